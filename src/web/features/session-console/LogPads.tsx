import { type RefObject, useState } from 'react';
import {
  DEFAULT_SOMATIC_VOCABULARY,
  ENVIRONMENT_ASPECTS,
  type EnvironmentAspect,
  FRAGMENT_KINDS,
  type FragmentKind,
  SOMATIC_CATEGORIES,
  SOMATIC_CATEGORY_LABELS,
  type SomaticCategory,
} from '../../../domain/session/index';
import type { ConsoleState, EntryContent } from './console-types';
import { ACTION_KEYS, assignTermKeys } from './shortcuts';

export type Log = (content: EntryContent) => Promise<void>;

export interface SomaticButton {
  category: SomaticCategory;
  code: string;
  label: string;
  key: string | null;
}

/** The practice's vocabulary when the server sends it, the default otherwise; retired terms not offered. */
export function somaticButtons(state: ConsoleState): SomaticButton[] {
  const vocabulary = state.vocabulary ?? DEFAULT_SOMATIC_VOCABULARY;
  const terms = SOMATIC_CATEGORIES.flatMap((category) =>
    (vocabulary[category] ?? []).filter((t) => !t.retired).map((t) => ({ category, code: t.code, label: t.label })),
  );
  return assignTermKeys(terms).map(({ term, key }) => ({ ...term, key }));
}

export function Kbd({ k }: { k: string | null }) {
  if (!k) return null;
  return (
    <span className="console-kbd" aria-hidden="true">
      {k.toUpperCase()}
    </span>
  );
}

export function ObservationPad({ buttons, log }: { buttons: SomaticButton[]; log: Log }) {
  return (
    <section className="console-pad" aria-labelledby="console-somatic">
      <h2 id="console-somatic">Somatic</h2>
      {SOMATIC_CATEGORIES.map((category) => (
        <fieldset key={category} className="console-pad-row">
          <legend className="console-pad-label">{SOMATIC_CATEGORY_LABELS[category]}</legend>
          {buttons
            .filter((b) => b.category === category)
            .map((b) => (
              <button
                key={b.code}
                type="button"
                className="console-tap"
                aria-keyshortcuts={b.key ?? undefined}
                onClick={() => void log({ kind: 'observation', body: { category, term: b.code, note: '' } })}
              >
                {b.label} <Kbd k={b.key} />
              </button>
            ))}
        </fieldset>
      ))}
    </section>
  );
}

interface InterventionProps {
  log: Log;
  touchKinds: { code: string; label: string }[];
  environmentRef: RefObject<HTMLSelectElement | null>;
  touchRef: RefObject<HTMLFieldSetElement | null>;
}

export function InterventionPad({ log, touchKinds, environmentRef, touchRef }: InterventionProps) {
  const [aspect, setAspect] = useState<EnvironmentAspect>('light');
  const [note, setNote] = useState('');
  const simple = [
    { type: 'grounding_cue', label: 'Grounding cue', key: ACTION_KEYS.grounding_cue },
    { type: 'co_regulation', label: 'Co-regulation', key: ACTION_KEYS.co_regulation },
    { type: 'words_offered', label: 'Words offered', key: ACTION_KEYS.words_offered },
  ] as const;
  const saveEnvironment = () => {
    void log({ kind: 'intervention', body: { type: 'environment', aspect, note: note.trim() } });
    setNote('');
  };
  return (
    <section className="console-pad" aria-labelledby="console-interventions">
      <h2 id="console-interventions">Interventions</h2>
      <div className="console-pad-row">
        {simple.map((s) => (
          <button
            key={s.type}
            type="button"
            className="console-tap"
            aria-keyshortcuts={s.key}
            onClick={() => void log({ kind: 'intervention', body: { type: s.type, note: '' } })}
          >
            {s.label} <Kbd k={s.key} />
          </button>
        ))}
      </div>
      <fieldset className="console-pad-row" ref={touchRef} tabIndex={-1}>
        <legend className="console-pad-label">
          Supportive touch <Kbd k={ACTION_KEYS.supportive_touch} />
        </legend>
        {touchKinds.length === 0 ? (
          <span className="console-muted">No touch consented</span>
        ) : (
          touchKinds.map((t) => (
            <button
              key={t.code}
              type="button"
              className="console-tap"
              onClick={() => void log({ kind: 'intervention', body: { type: 'supportive_touch', touchKind: t.code, note: '' } })}
            >
              {t.label}
            </button>
          ))
        )}
      </fieldset>
      <form
        className="console-pad-row console-environment"
        onSubmit={(event) => {
          event.preventDefault();
          saveEnvironment();
        }}
      >
        <label htmlFor="console-environment-aspect" className="console-pad-label">
          Environment <Kbd k={ACTION_KEYS.environment} />
        </label>
        <select
          id="console-environment-aspect"
          ref={environmentRef}
          value={aspect}
          onChange={(e) => setAspect(e.target.value as EnvironmentAspect)}
        >
          {ENVIRONMENT_ASPECTS.map((a) => (
            <option key={a.code} value={a.code}>
              {a.label}
            </option>
          ))}
        </select>
        <label htmlFor="console-environment-note" className="visually-hidden">
          Environment note
        </label>
        <input
          id="console-environment-note"
          value={note}
          maxLength={200}
          placeholder="e.g. music set 2"
          onChange={(e) => setNote(e.target.value)}
        />
        <button type="submit" className="console-tap">
          Log
        </button>
      </form>
    </section>
  );
}

export function FragmentBox({ log, inputRef }: { log: Log; inputRef: RefObject<HTMLTextAreaElement | null> }) {
  const [kind, setKind] = useState<FragmentKind>('feeling');
  const [words, setWords] = useState('');
  const save = () => {
    if (words.trim() === '') return;
    void log({ kind: 'fragment', body: { fragmentKind: kind, words } });
    setWords('');
  };
  return (
    <section className="console-pad console-fragment" aria-labelledby="console-fragment">
      <h2 id="console-fragment">
        Fragment <Kbd k={ACTION_KEYS.fragment} />
      </h2>
      <fieldset className="console-pad-row">
        <legend className="visually-hidden">Kind of fragment</legend>
        {FRAGMENT_KINDS.map((k) => (
          <label key={k.code} className="console-choice">
            <input type="radio" name="fragment-kind" value={k.code} checked={kind === k.code} onChange={() => setKind(k.code)} />
            {k.label}
          </label>
        ))}
      </fieldset>
      <label htmlFor="console-fragment-words">In the client’s words (Enter saves, Shift+Enter for a new line, Esc leaves)</label>
      <textarea
        id="console-fragment-words"
        ref={inputRef}
        rows={2}
        value={words}
        onChange={(e) => setWords(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            save();
          } else if (e.key === 'Escape') e.currentTarget.blur();
        }}
      />
    </section>
  );
}

export function NoteBox({ log, inputRef }: { log: Log; inputRef: RefObject<HTMLTextAreaElement | null> }) {
  const [text, setText] = useState('');
  const save = () => {
    if (text.trim() === '') return;
    void log({ kind: 'note', body: { text: text.trim() } });
    setText('');
  };
  return (
    <section className="console-pad" aria-labelledby="console-note">
      <h2 id="console-note">
        Note <Kbd k={ACTION_KEYS.note} />
      </h2>
      <label htmlFor="console-note-text" className="visually-hidden">
        Free note (Enter saves)
      </label>
      <textarea
        id="console-note-text"
        ref={inputRef}
        rows={2}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            save();
          } else if (e.key === 'Escape') e.currentTarget.blur();
        }}
      />
    </section>
  );
}
