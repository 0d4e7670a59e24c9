import type { ReactNode } from 'react';
import type { ConsoleState } from './console-types';

const none = <span className="console-muted">None recorded</span>;
const joined = (items: string[]): ReactNode => (items.length > 0 ? items.join(' · ') : none);

/** What the room holds in mind, as it stood when the session opened (0025): read at a glance, never edited here. */
export function GlancePanel({ state }: { state: ConsoleState }) {
  const g = state.glance;
  const touch = g.touch;
  const cues = [...g.groundingCues, ...g.groundingTools.map((t) => (t.howToUse ? `${t.name} (${t.howToUse})` : t.name))];
  return (
    <section className="console-glance" aria-labelledby="console-glance">
      <h2 id="console-glance">At a glance</h2>
      <dl>
        <dt>Intention for today</dt>
        <dd>{joined(g.intentions)}</dd>
        <dt>Touch</dt>
        <dd>
          {!touch && none}
          {touch && touch.consented.length === 0 && 'No touch'}
          {touch && touch.consented.length > 0 && `Consented: ${touch.consented.map((k) => k.label).join(', ')}`}
          {touch?.otherTouch && <span className="console-glance-line">Also: {touch.otherTouch}</span>}
          {touch?.neverTouch && <span className="console-glance-line console-glance-never">Never: {touch.neverTouch}</span>}
        </dd>
        <dt>Grounding cues</dt>
        <dd>{joined(cues)}</dd>
        <dt>Words to avoid</dt>
        <dd>{joined(g.wordsToAvoid)}</dd>
        <dt>Signals</dt>
        <dd>{joined(g.signals.map((s) => `${s.signal}: ${s.meaning}`))}</dd>
      </dl>
    </section>
  );
}
