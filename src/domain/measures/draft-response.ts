import { instruments } from './instruments/index.js';
import { type SafetyFlag, type SafetyFlagKind, safetyFlagsForAnswers } from './safety-flags.js';
import { scoreMeasure } from './score-measure.js';
import type { InstrumentId, MeasureAnswers } from './types.js';

// A draft is a response still being answered. It is saved as each answer is given so a disclosure
// reaches the care team at once, and it is never scored: blanks are never counted as 0.

export interface DraftSummary {
  readonly status: 'incomplete' | 'ready';
  /** Questions still to answer, ascending. ASQ question 5 is listed only once it is asked. */
  readonly missingItems: readonly number[];
  readonly answeredCount: number;
  /** Plain words for the chart; never a total or a band. */
  readonly summary: string;
}

export function summarizeDraft(instrumentId: InstrumentId, answers: MeasureAnswers): DraftSummary {
  const outcome = scoreMeasure(instrumentId, answers);
  const missingItems = outcome.status === 'incomplete' ? outcome.missingItems : [];
  const answeredCount = Object.values(answers).filter((value) => value !== undefined && value !== null).length;
  if (missingItems.length === 0 && outcome.status !== 'invalid') {
    return { status: 'ready', missingItems, answeredCount, summary: 'Every question answered; not sent yet, so not scored.' };
  }
  const notAnswered = missingItems.length > 0 ? `${questionsText(missingItems)} not answered` : 'Needs a look';
  return { status: 'incomplete', missingItems, answeredCount, summary: `Incomplete — ${notAnswered}; not scored.` };
}

/** Summary of a response sent with questions unanswered: it is kept as it is, and never scored. */
export function incompleteSummary(missingItems: readonly number[]): string {
  return `Incomplete — ${questionsText(missingItems)} not answered; not scored.`;
}

/** "question 3", "questions 3 and 7", "questions 1–8 and 10": consecutive numbers become a range. */
export function questionsText(items: readonly number[]): string {
  const sorted = [...new Set(items)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j += 1;
    if (j - i >= 2) parts.push(`${sorted[i]}–${sorted[j]}`);
    else parts.push(...sorted.slice(i, j + 1).map(String));
    i = j + 1;
  }
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `${sorted.length > 1 ? 'questions' : 'question'} ${list}`;
}

/** An urgent ASQ flag says all a positive one would: once it is raised, a later positive adds nothing. */
const COVERED_BY: Readonly<Partial<Record<SafetyFlagKind, SafetyFlagKind>>> = { asq_positive: 'asq_acute' };

/**
 * The flags to raise now for one response, given the kinds already raised for it. Each kind is raised
 * once per response however often the draft is saved; a disclosure that grows more urgent (ASQ
 * question 5 "yes" after a positive screen) is raised again as urgent. Nothing here ever clears a flag:
 * an answer changed back leaves the flag standing until a clinician acknowledges it.
 */
export function flagsToRaise(current: readonly SafetyFlag[], alreadyRaised: readonly SafetyFlagKind[]): SafetyFlag[] {
  const raised = new Set(alreadyRaised);
  return current.filter((flag) => {
    if (raised.has(flag.kind)) return false;
    const coveredBy = COVERED_BY[flag.kind];
    return !(coveredBy && raised.has(coveredBy));
  });
}

/** Flags for a draft's answers: works on any partial answer set. */
export function draftFlags(instrumentId: InstrumentId, answers: MeasureAnswers): SafetyFlag[] {
  if (!Object.hasOwn(instruments, instrumentId)) throw new RangeError(`Unknown instrument: ${String(instrumentId)}.`);
  return safetyFlagsForAnswers(instrumentId, answers);
}
