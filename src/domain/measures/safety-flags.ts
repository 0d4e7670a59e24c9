import { checkAnswer } from './check-answers.js';
import { asq } from './instruments/asq.js';
import { phq9 } from './instruments/phq9.js';
import { ASQ_ACUITY_ITEM, ASQ_SCREENING_ITEMS, isAsqPositiveAnswer } from './score-asq.js';
import type { MeasureOutcome } from './score-measure.js';
import type { InstrumentDefinition, InstrumentId, MeasureAnswers } from './types.js';

// Only these structured answers raise flags (clinical.md, "Safety flags"). Free
// text is never read for risk.

export type SafetyFlagKind = 'phq9_item9' | 'asq_positive' | 'asq_acute';
export type SafetyFlagUrgency = 'high' | 'urgent';

export interface SafetyFlag {
  readonly kind: SafetyFlagKind;
  readonly urgency: SafetyFlagUrgency;
  readonly instrumentId: 'PHQ-9' | 'ASQ';
  /** The questions whose answers raised the flag. */
  readonly items: readonly number[];
  /** What was answered, in plain words, for the treating therapist and prescriber. */
  readonly summary: string;
}

/**
 * Flags for one response. Flags come from the individual answers, not from
 * whether the whole form could be scored: a disclosure is raised at once even
 * when another question was skipped or mistyped.
 */
export function safetyFlagsFor(instrumentId: InstrumentId, answers: MeasureAnswers, result: MeasureOutcome): SafetyFlag[] {
  if (result.status === 'complete' && result.instrumentId !== instrumentId) {
    throw new RangeError(`A ${result.instrumentId} result was passed for ${instrumentId} answers.`);
  }
  return safetyFlagsForAnswers(instrumentId, answers);
}

/**
 * Flags from the answers alone, with no score needed: works on a draft with most questions
 * unanswered (PHQ-9 question 9 alone; ASQ question 5 alone).
 */
export function safetyFlagsForAnswers(instrumentId: InstrumentId, answers: MeasureAnswers): SafetyFlag[] {
  if (instrumentId === 'PHQ-9') return phq9Flags(answers);
  if (instrumentId === 'ASQ') return asqFlags(answers);
  return [];
}

const PHQ9_ITEM9 = 9;

// PHQ-9 question 9 above 0 is flagged whatever the total (clinical.md).
function phq9Flags(answers: MeasureAnswers): SafetyFlag[] {
  const value = acceptedAnswer(phq9, PHQ9_ITEM9, answers);
  if (typeof value !== 'number' || value <= 0) return [];
  const label = phq9.options.find((option) => option.value === value)?.label ?? String(value);
  return [
    {
      kind: 'phq9_item9',
      urgency: 'high',
      instrumentId: 'PHQ-9',
      items: [PHQ9_ITEM9],
      summary: `PHQ-9 question 9 ("${itemText(phq9, PHQ9_ITEM9)}") was answered "${label}".`,
    },
  ];
}

// ASQ: a positive screen is flagged high; "yes" to question 5 is flagged urgent.
// A "yes" to question 5 is flagged even if 1–4 are not yet positive: a
// disclosure of thoughts of killing oneself right now must never go unseen.
function asqFlags(answers: MeasureAnswers): SafetyFlag[] {
  const positiveItems = ASQ_SCREENING_ITEMS.filter((n) => isAsqPositiveAnswer(acceptedAnswer(asq, n, answers)));
  const acuity = acceptedAnswer(asq, ASQ_ACUITY_ITEM, answers);
  if (acuity === 'yes') {
    return [
      {
        kind: 'asq_acute',
        urgency: 'urgent',
        instrumentId: 'ASQ',
        items: [...positiveItems, ASQ_ACUITY_ITEM],
        summary:
          positiveItems.length > 0
            ? `ASQ acute positive: question 5 ("${itemText(asq, ASQ_ACUITY_ITEM)}") was answered "Yes".`
            : `ASQ question 5 ("${itemText(asq, ASQ_ACUITY_ITEM)}") was answered "Yes", though questions 1–4 are not positive; please check the answers with the client.`,
      },
    ];
  }
  if (positiveItems.length === 0) return [];
  return [
    {
      kind: 'asq_positive',
      urgency: 'high',
      instrumentId: 'ASQ',
      items: positiveItems,
      summary:
        `ASQ positive screen: "yes" or declined to answer on question ${positiveItems.join(', ')}.` +
        (acuity === undefined ? ' Question 5 (acuity) has not been answered yet.' : ''),
    },
  ];
}

/** The answer if it is an allowed answer to that item; otherwise undefined. */
function acceptedAnswer(definition: InstrumentDefinition, itemNumber: number, answers: MeasureAnswers) {
  const item = definition.items.find((i) => i.number === itemNumber);
  const value: unknown = answers[itemNumber];
  if (!item || value === undefined || value === null) return undefined;
  return checkAnswer(definition, item, value) === null ? (value as MeasureAnswers[number]) : undefined;
}

function itemText(definition: InstrumentDefinition, itemNumber: number): string {
  return definition.items.find((i) => i.number === itemNumber)?.text ?? '';
}
