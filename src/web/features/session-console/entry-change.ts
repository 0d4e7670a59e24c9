import type { ContentEntryBody } from '../../../contracts/session-console.contracts';

/**
 * Which fields of a logged entry the timeline lets someone correct in place, and the replacement it
 * sends. Kinds with no field here can still be marked as entered in error (an amendment, keeping the
 * original); a dose or a decision is corrected that way and logged again, never rewritten.
 */
export interface ChangeField {
  name: string;
  label: string;
  type: 'text' | 'longtext' | 'number' | 'choice';
  choices?: { code: string; label: string }[];
}

export type ChangeValues = Record<string, string>;
export type Choices = Record<string, { code: string; label: string }[]>;

export function changeFields(entry: ContentEntryBody, terms: Choices): ChangeField[] {
  switch (entry.kind) {
    case 'note':
      return [{ name: 'text', label: 'Note', type: 'longtext' }];
    case 'fragment':
      return [{ name: 'words', label: 'In the client’s words', type: 'longtext' }];
    case 'observation':
      return [
        { name: 'term', label: 'Term', type: 'choice', choices: terms[entry.body.category] ?? [] },
        { name: 'note', label: 'Note', type: 'text' },
      ];
    case 'intervention':
      return [{ name: 'note', label: 'Note', type: 'text' }];
    case 'vitals':
      return [
        { name: 'systolic', label: 'Systolic', type: 'number' },
        { name: 'diastolic', label: 'Diastolic', type: 'number' },
        { name: 'heartRate', label: 'Heart rate', type: 'number' },
        { name: 'spo2', label: 'SpO2 (%)', type: 'number' },
      ];
    case 'adverse_event':
      return [{ name: 'actionTaken', label: 'Action taken', type: 'text' }];
    default:
      return [];
  }
}

/** The values the form starts from: what the entry says now. */
export function initialValues(entry: ContentEntryBody): ChangeValues {
  switch (entry.kind) {
    case 'note':
      return { text: entry.body.text };
    case 'fragment':
      return { words: entry.body.words };
    case 'observation':
      return { term: entry.body.term, note: entry.body.note };
    case 'intervention':
      return { note: entry.body.note };
    case 'vitals': {
      const r = entry.body.reading;
      return { systolic: String(r.systolic), diastolic: String(r.diastolic), heartRate: String(r.heartRate), spo2: String(r.spo2) };
    }
    case 'adverse_event':
      return { actionTaken: entry.body.actionTaken };
    default:
      return {};
  }
}

/** The corrected entry, or a plain problem to show beside the form. */
export function replacementFrom(entry: ContentEntryBody, v: ChangeValues): { replacement: ContentEntryBody } | { problem: string } {
  const text = (name: string) => (v[name] ?? '').trim();
  switch (entry.kind) {
    case 'note':
      return text('text') ? { replacement: { kind: 'note', body: { text: text('text') } } } : { problem: 'Please write the note.' };
    case 'fragment':
      return text('words')
        ? { replacement: { kind: 'fragment', body: { ...entry.body, words: text('words') } } }
        : { problem: 'Please keep the client’s words.' };
    case 'observation':
      return { replacement: { kind: 'observation', body: { ...entry.body, term: text('term') || entry.body.term, note: text('note') } } };
    case 'intervention':
      return { replacement: { kind: 'intervention', body: { ...entry.body, note: text('note') } } as ContentEntryBody };
    case 'vitals': {
      const n = (name: string) => Number(text(name));
      const values = ['systolic', 'diastolic', 'heartRate', 'spo2'].map(n);
      if (values.some((x) => !Number.isInteger(x) || x <= 0)) return { problem: 'Enter each reading as a whole number.' };
      const [systolic, diastolic, heartRate, spo2] = values as [number, number, number, number];
      return {
        replacement: { kind: 'vitals', body: { ...entry.body, reading: { ...entry.body.reading, systolic, diastolic, heartRate, spo2 } } },
      };
    }
    case 'adverse_event':
      return { replacement: { kind: 'adverse_event', body: { ...entry.body, actionTaken: text('actionTaken') } } };
    default:
      return { problem: 'This kind of entry can only be marked as entered in error.' };
  }
}
