import { optionsFor } from './check-answers.js';
import type { InstrumentDefinition, InstrumentItem } from './types.js';

/** One refused answer: the item's key as sent, and what the item allows, in plain words. */
export interface AnswerIssue {
  readonly item: string;
  readonly message: string;
}

/**
 * Strict checks for answers arriving over the API, drafts included. Unlike scoring, nothing is read
 * leniently here: `null`, a string for a scale, 1.5 or 7 are each refused, naming the item and saying
 * what it allows, because a caller that sends them has a bug the person answering cannot see. An
 * unanswered item is left out, never sent as null.
 */
export function answerIssues(definition: InstrumentDefinition, answers: Readonly<Record<string, unknown>>): AnswerIssue[] {
  const byNumber = new Map(definition.items.map((item) => [String(item.number), item]));
  const issues: AnswerIssue[] = [];
  for (const [key, value] of Object.entries(answers)) {
    const item = byNumber.get(key);
    if (!item) {
      issues.push({
        item: key,
        message: `The ${definition.id} has questions 1 to ${definition.items.length}; there is no question ${key}.`,
      });
      continue;
    }
    if (!isAllowed(definition, item, value)) issues.push({ item: key, message: allowedAnswersText(definition, item) });
  }
  return issues.sort((a, b) => Number(a.item) - Number(b.item));
}

function isAllowed(definition: InstrumentDefinition, item: InstrumentItem, value: unknown): boolean {
  if (item.kind === 'scale') return typeof value === 'number' && optionsFor(definition, item).some((option) => option.value === value);
  return value === 'yes' || value === 'no' || (value === 'declined' && item.allowsDeclined);
}

/** "Choose one of 0, 1, 2 or 3." / "Choose yes, no or declined." — what this item accepts. */
export function allowedAnswersText(definition: InstrumentDefinition, item: InstrumentItem): string {
  const values =
    item.kind === 'scale'
      ? optionsFor(definition, item).map((option) => String(option.value))
      : ['yes', 'no', ...(item.allowsDeclined ? ['declined'] : [])];
  const listed = `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
  return item.kind === 'scale' ? `Choose one of ${listed}.` : `Choose ${listed}.`;
}
