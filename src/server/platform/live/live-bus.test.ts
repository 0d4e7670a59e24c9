import { describe, expect, it } from 'vitest';
import { assertLivePayloadFits, inProcessLiveBus, type LiveEvent, LivePayloadTooLargeError } from './live-bus.js';

const event = (topic: string, seq: number): LiveEvent => ({
  topic,
  seq,
  type: 'test.happened',
  data: { seq },
  at: '2026-11-22T10:00:00.000Z',
});

describe('the in-process live bus', () => {
  it('delivers an event to the subscribers of its topic only, in the order published', async () => {
    const bus = inProcessLiveBus();
    const seen: string[] = [];
    bus.subscribe('a', (e) => seen.push(`a1:${e.seq}`));
    bus.subscribe('a', (e) => seen.push(`a2:${e.seq}`));
    bus.subscribe('b', (e) => seen.push(`b:${e.seq}`));
    await bus.publish(event('a', 1));
    await bus.publish(event('a', 2));
    expect(seen).toEqual(['a1:1', 'a2:1', 'a1:2', 'a2:2']);
  });

  it('stops delivering once unsubscribed, and a handler that throws does not stop the others', async () => {
    const bus = inProcessLiveBus();
    const seen: number[] = [];
    bus.subscribe('a', () => {
      throw new Error('a broken reader');
    });
    const stop = bus.subscribe('a', (e) => seen.push(e.seq));
    await bus.publish(event('a', 1));
    stop();
    await bus.publish(event('a', 2));
    expect(seen).toEqual([1]);
  });

  it('lets a handler unsubscribe itself while being called', async () => {
    const bus = inProcessLiveBus();
    const seen: number[] = [];
    const stop = bus.subscribe('a', () => stop());
    bus.subscribe('a', (e) => seen.push(e.seq));
    await bus.publish(event('a', 1));
    await bus.publish(event('a', 2));
    expect(seen).toEqual([1, 2]);
  });

  it('delivers nothing after close', async () => {
    const bus = inProcessLiveBus();
    const seen: number[] = [];
    bus.subscribe('a', (e) => seen.push(e.seq));
    await bus.close();
    await bus.publish(event('a', 1));
    expect(seen).toEqual([]);
  });
});

describe('what a live event may carry', () => {
  it('takes ids and codes under the NOTIFY limit', () => {
    expect(() => assertLivePayloadFits('session.1', { type: 'session.entry_added', data: { entryId: 'x', kind: 'vitals' } })).not.toThrow();
  });

  it('refuses a payload over about 7,500 bytes', () => {
    expect(() => assertLivePayloadFits('session.1', { type: 'session.entry_added', data: { text: 'x'.repeat(7_500) } })).toThrow(
      LivePayloadTooLargeError,
    );
  });

  it('refuses a type that is not a plain dotted name, or that takes the stream’s own live.* names', () => {
    expect(() => assertLivePayloadFits('t', { type: 'added\ndata: forged', data: {} })).toThrow();
    expect(() => assertLivePayloadFits('t', { type: 'added', data: {} })).toThrow();
    expect(() => assertLivePayloadFits('t', { type: 'live.reset', data: {} })).toThrow();
  });
});
