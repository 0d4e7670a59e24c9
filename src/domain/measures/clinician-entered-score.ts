import { INSTRUMENT_IDS } from './types.js';

// Licensed instruments (C-SSRS electronic use, CADSS, EBI, CEQ, MEQ-30) are not
// shipped: a clinician records only the name and score they obtained elsewhere
// (clinical.md, "Licensed instruments").

export const LICENSED_INSTRUMENT_SUGGESTIONS = ['C-SSRS', 'CADSS', 'EBI', 'CEQ', 'MEQ-30'] as const;

export const CLINICIAN_SCORE_NAME_MAX = 80;
export const CLINICIAN_SCORE_NOTE_MAX = 2000;

export interface ClinicianEnteredScoreInput {
  readonly instrumentName: unknown;
  readonly score: unknown;
  readonly note?: unknown;
}

export interface ClinicianEnteredScore {
  readonly instrumentName: string;
  readonly score: number;
  readonly note: string | null;
}

export type ClinicianScoreIssueReason = 'required' | 'too_long' | 'not_text' | 'not_a_number' | 'shipped_instrument';

export interface ClinicianScoreIssue {
  readonly field: 'instrumentName' | 'score' | 'note';
  readonly reason: ClinicianScoreIssueReason;
  readonly message: string;
}

export type ClinicianScoreValidation =
  | { readonly ok: true; readonly value: ClinicianEnteredScore }
  | { readonly ok: false; readonly issues: readonly ClinicianScoreIssue[] };

export function validateClinicianEnteredScore(input: ClinicianEnteredScoreInput): ClinicianScoreValidation {
  const issues: ClinicianScoreIssue[] = [];
  const instrumentName = checkName(input.instrumentName, issues);
  const score = checkScore(input.score, issues);
  const note = checkNote(input.note, issues);
  if (issues.length > 0 || instrumentName === null || score === null) return { ok: false, issues };
  return { ok: true, value: { instrumentName, score, note } };
}

function checkName(raw: unknown, issues: ClinicianScoreIssue[]): string | null {
  if (raw !== undefined && raw !== null && typeof raw !== 'string') {
    issues.push({ field: 'instrumentName', reason: 'not_text', message: 'The instrument name must be text.' });
    return null;
  }
  const name = (raw ?? '').replace(/\s+/g, ' ').trim();
  if (name.length === 0) {
    issues.push({ field: 'instrumentName', reason: 'required', message: 'Please name the instrument, for example CADSS.' });
    return null;
  }
  if ([...name].length > CLINICIAN_SCORE_NAME_MAX) {
    issues.push({
      field: 'instrumentName',
      reason: 'too_long',
      message: `The instrument name can be up to ${CLINICIAN_SCORE_NAME_MAX} characters.`,
    });
    return null;
  }
  // A shipped instrument entered as a bare score would skip its item checks and
  // safety flags (PHQ-9 question 9, the ASQ), so it must be entered item by item.
  const shipped = INSTRUMENT_IDS.find((id) => comparable(id) === comparable(name));
  if (shipped) {
    issues.push({
      field: 'instrumentName',
      reason: 'shipped_instrument',
      message: `${shipped} is recorded question by question so its answers can be checked. Please use the ${shipped} form.`,
    });
    return null;
  }
  return name;
}

function checkScore(raw: unknown, issues: ClinicianScoreIssue[]): number | null {
  if (raw === undefined || raw === null || raw === '') {
    issues.push({ field: 'score', reason: 'required', message: 'Please enter the score.' });
    return null;
  }
  if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    issues.push({ field: 'score', reason: 'not_a_number', message: 'The score must be a number.' });
    return null;
  }
  return raw;
}

function checkNote(raw: unknown, issues: ClinicianScoreIssue[]): string | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== 'string') {
    issues.push({ field: 'note', reason: 'not_text', message: 'The note must be text.' });
    return null;
  }
  const note = raw.trim();
  if ([...note].length > CLINICIAN_SCORE_NOTE_MAX) {
    issues.push({ field: 'note', reason: 'too_long', message: `The note can be up to ${CLINICIAN_SCORE_NOTE_MAX} characters.` });
    return null;
  }
  return note.length === 0 ? null : note;
}

/** "phq 9", "PHQ9" and "PHQ-9" all name the same instrument. */
function comparable(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}
