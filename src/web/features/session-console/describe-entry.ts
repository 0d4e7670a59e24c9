import type { ContentEntryBody } from '../../../contracts/session-console.contracts';
import {
  ADVERSE_EVENT_KINDS,
  ENVIRONMENT_ASPECTS,
  FRAGMENT_KINDS,
  INTERVENTION_KINDS,
  ROUTES,
  SOMATIC_CATEGORY_LABELS,
} from '../../../domain/session/index';
import type { EntryContent } from './console-types';

type Labelled = readonly { code: string; label: string }[];
const labelOf = (list: Labelled, code: string) => list.find((item) => item.code === code)?.label ?? code.replaceAll('_', ' ');

export interface EntryWords {
  /** A short heading: "Breath", "Fragment · image". */
  title: string;
  /** What was logged, in plain words. */
  detail: string;
}

export type TermLabels = (category: string, term: string) => string;
const plainTerm: TermLabels = (_category, term) => term.replaceAll('_', ' ');

/** What a timeline row says for an entry, from its kind and body. */
export function describeEntry(entry: ContentEntryBody | EntryContent, terms: TermLabels = plainTerm): EntryWords {
  switch (entry.kind) {
    case 'vitals': {
      const r = entry.body.reading;
      const parts = [`BP ${r.systolic}/${r.diastolic}`, `HR ${r.heartRate}`, `SpO2 ${r.spo2}%`];
      if (r.respiratoryRate !== null) parts.push(`RR ${r.respiratoryRate}`);
      if (r.sedation !== null) parts.push(`MOAA/S ${r.sedation}`);
      return { title: `Vitals · ${entry.body.purpose}`, detail: parts.join(', ') };
    }
    case 'observation':
      return {
        title: SOMATIC_CATEGORY_LABELS[entry.body.category],
        detail: withNote(terms(entry.body.category, entry.body.term), entry.body.note),
      };
    case 'intervention': {
      const b = entry.body;
      const what =
        b.type === 'environment' ? `Environment · ${labelOf(ENVIRONMENT_ASPECTS, b.aspect)}` : labelOf(INTERVENTION_KINDS, b.type);
      const extra = b.type === 'supportive_touch' ? b.touchKind.replaceAll('_', ' ') : '';
      return { title: what, detail: withNote(extra, b.note) };
    }
    case 'fragment':
      return { title: `Fragment · ${labelOf(FRAGMENT_KINDS, entry.body.fragmentKind).toLowerCase()}`, detail: entry.body.words };
    case 'adverse_event':
      return {
        title: `Adverse event · ${labelOf(ADVERSE_EVENT_KINDS, entry.body.eventKind)}`,
        detail: [
          entry.body.severity,
          entry.body.serious ? 'serious' : '',
          entry.body.actionTaken,
          `outcome: ${entry.body.outcome.replaceAll('_', ' ')}`,
        ]
          .filter(Boolean)
          .join(' · '),
      };
    case 'dose':
      return {
        title: 'Dose',
        detail: `${entry.body.medicine} ${entry.body.mg} mg, ${labelOf(ROUTES, entry.body.route).toLowerCase()}${entry.body.lot ? `, lot ${entry.body.lot}` : ''}`,
      };
    case 'prn_medicine':
      return { title: 'As-needed medicine', detail: `${entry.body.medicine} ${entry.body.amount} — ${entry.body.reason}` };
    case 'note':
      return { title: 'Note', detail: entry.body.text };
    case 'clinician_score':
      return { title: entry.body.instrumentName, detail: withNote(`score ${entry.body.score}`, entry.body.note) };
    case 'baseline_decision':
      return {
        title: 'Prescriber’s decision on the baseline',
        detail: withNote(entry.body.decision.replaceAll('_', ' '), entry.body.reason),
      };
    case 'adverse_event_outcome':
      return { title: 'Adverse event outcome', detail: withNote(entry.body.outcome.replaceAll('_', ' '), entry.body.note) };
    case 'discharge_assessment':
      return { title: 'Discharge assessment', detail: 'Checklist recorded' };
    case 'alert_acknowledged':
      return { title: 'Alert acknowledged', detail: entry.body.note };
    case 'discharged':
      return { title: 'Discharged', detail: entry.body.override ? `Before every item held: ${entry.body.override.reason}` : '' };
    case 'edit':
      return { title: 'Edit', detail: describeEntry(entry.body.replacement, terms).detail };
    case 'amendment':
      return { title: 'Amendment', detail: entry.body.reason };
  }
}

function withNote(main: string, note: string): string {
  return [main, note].filter((part) => part.trim() !== '').join(' — ');
}
