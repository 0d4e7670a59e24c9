import { describe, expect, it } from 'vitest';
import { DEFAULT_SOMATIC_VOCABULARY, SOMATIC_CATEGORIES } from '../../../domain/session/index';
import { ACTION_KEYS, assignTermKeys, shortcutKey } from './shortcuts';

describe('console shortcuts', () => {
  it('gives every default somatic term its own key, none taken by an action', () => {
    const terms = SOMATIC_CATEGORIES.flatMap((c) => DEFAULT_SOMATIC_VOCABULARY[c]);
    const keys = assignTermKeys(terms).map((t) => t.key);
    expect(keys.every((k) => k !== null)).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of Object.values(ACTION_KEYS)) expect(keys).not.toContain(key);
  });

  it('leaves terms past the keys as one tap, without a key', () => {
    const many = Array.from({ length: 40 }, (_, i) => i);
    const assigned = assignTermKeys(many);
    expect(assigned.at(-1)?.key).toBeNull();
  });

  it('ignores keys held with a modifier', () => {
    expect(shortcutKey({ key: 'F', ctrlKey: false, metaKey: false, altKey: false })).toBe('f');
    expect(shortcutKey({ key: 'r', ctrlKey: true, metaKey: false, altKey: false })).toBeNull();
    expect(shortcutKey({ key: 'Enter', ctrlKey: false, metaKey: false, altKey: false })).toBeNull();
  });
});
