import { checkAnswers } from './check-answers.js';
import { asq } from './instruments/asq.js';
import { complete, incomplete, invalid, type ScoreOutcome } from './outcome.js';
import type { AnswerValue, MeasureAnswers } from './types.js';

export type AsqScreen = 'negative' | 'non-acute positive' | 'acute positive';

// Screen names and meanings from the NIMH ASQ tool, as in clinical.md.
export const ASQ_SCREEN_LABELS: Readonly<Record<AsqScreen, string>> = {
  negative: 'Negative screen',
  'non-acute positive': 'Non-acute positive screen (potential risk identified)',
  'acute positive': 'Acute positive screen (imminent risk identified)',
};

export const ASQ_SCREENING_ITEMS = [1, 2, 3, 4] as const;
export const ASQ_ACUITY_ITEM = 5;

export interface AsqResult {
  readonly instrumentId: 'ASQ';
  readonly screen: AsqScreen;
  readonly label: string;
  /** Questions 1–4 answered "yes" or declined: each makes the screen positive. */
  readonly positiveItems: readonly number[];
  readonly declinedItems: readonly number[];
}

/** "Yes" or a refusal to answer counts as positive (NIMH ASQ tool; clinical.md). */
export function isAsqPositiveAnswer(value: AnswerValue | undefined): boolean {
  return value === 'yes' || value === 'declined';
}

export function scoreAsq(answers: MeasureAnswers): ScoreOutcome<AsqResult> {
  const checked = checkAnswers(asq, answers);
  if (checked.issues.length > 0) return invalid(checked.issues);

  const { answered } = checked;
  const positiveItems = ASQ_SCREENING_ITEMS.filter((n) => isAsqPositiveAnswer(answered.get(n)));
  const declinedItems = ASQ_SCREENING_ITEMS.filter((n) => answered.get(n) === 'declined');
  const acuity = answered.get(ASQ_ACUITY_ITEM);
  const screeningDone = checked.missingRequired.length === 0;

  // Question 5 is never asked after a negative screen. Dropping a "yes, right now"
  // silently would hide a disclosure, and scoring it would change the published
  // algorithm, so the response is sent back for a person to resolve.
  if (screeningDone && positiveItems.length === 0 && acuity !== undefined) {
    return invalid([
      {
        item: ASQ_ACUITY_ITEM,
        reason: 'not_asked',
        message:
          'ASQ question 5 is asked only when any of questions 1–4 is "yes" or declined; here all four are "no". Please check the answers with the client.',
      },
    ]);
  }

  const missing = [...checked.missingRequired];
  if (positiveItems.length > 0 && acuity === undefined) missing.push(ASQ_ACUITY_ITEM);
  if (missing.length > 0) return incomplete(missing);

  const screen: AsqScreen = positiveItems.length === 0 ? 'negative' : acuity === 'yes' ? 'acute positive' : 'non-acute positive';
  return complete({
    instrumentId: 'ASQ',
    screen,
    label: ASQ_SCREEN_LABELS[screen],
    positiveItems,
    declinedItems,
  });
}
