import type { Answers, PortalInstrument, PortalItem, PortalOption } from './portal.api';

/** The one condition the instruments use today: ASQ question 5 follows a "yes" or a declined answer to 1–4. */
const POSITIVE_SCREEN = 'asq-positive-screen';

function screensPositive(instrument: PortalInstrument, answers: Answers): boolean {
  return instrument.items.some(
    (item) => item.kind === 'yes-no' && !item.askedOnlyIf && (answers[item.number] === 'yes' || answers[item.number] === 'declined'),
  );
}

/** The questions to show now, in order. A question with a condition appears only once the condition holds. */
export function visibleItems(instrument: PortalInstrument, answers: Answers): PortalItem[] {
  return instrument.items.filter((item) => {
    if (!item.askedOnlyIf) return true;
    if (item.askedOnlyIf === POSITIVE_SCREEN) return screensPositive(instrument, answers);
    // A condition this screen does not know: ask the question rather than hide it.
    return true;
  });
}

/** A question's own options when it has them (PHQ-9 question 10), else the instrument's; "declined" only where allowed. */
export function optionsFor(instrument: PortalInstrument, item: PortalItem): PortalOption[] {
  const options = item.options ?? instrument.options;
  if (item.kind === 'yes-no') return options.filter((option) => option.value !== 'declined' || item.allowsDeclined === true);
  return options.filter((option) => typeof option.value === 'number');
}

/** Conditional questions are optional in the definition but must be answered once they are asked. */
export function needsAnswer(item: PortalItem): boolean {
  return item.required || item.askedOnlyIf !== undefined;
}

export function isAnswered(answers: Answers, item: PortalItem): boolean {
  return answers[item.number] !== undefined;
}

/** Shown questions that need an answer and have none, in order. */
export function unansweredItems(instrument: PortalInstrument, answers: Answers): number[] {
  return visibleItems(instrument, answers)
    .filter((item) => needsAnswer(item) && !isAnswered(answers, item))
    .map((item) => item.number);
}

export function progressOf(instrument: PortalInstrument, answers: Answers): { answered: number; total: number } {
  const shown = visibleItems(instrument, answers);
  return { answered: shown.filter((item) => isAnswered(answers, item)).length, total: shown.length };
}

/** Only the answers to questions still shown: an answer to a question that was hidden again is never sent. */
export function answersToSend(instrument: PortalInstrument, answers: Answers): Answers {
  const sent: Answers = {};
  for (const item of visibleItems(instrument, answers)) {
    const value = answers[item.number];
    if (value !== undefined) sent[String(item.number)] = value;
  }
  return sent;
}

/** Question numbers named by a refused response (`answers.3` → 3). */
export function itemsInIssues(issues: readonly { path: string }[]): number[] {
  const numbers = issues.map((issue) => /^answers\.(\d+)$/.exec(issue.path)?.[1]).filter((n): n is string => n !== undefined);
  return [...new Set(numbers.map(Number))].sort((a, b) => a - b);
}

/** "about 2 minutes": roughly five questions a minute, never less than one. */
export function minutesFor(itemCount: number): string {
  const minutes = Math.max(1, Math.ceil(itemCount / 5));
  return minutes === 1 ? 'about 1 minute' : `about ${minutes} minutes`;
}
