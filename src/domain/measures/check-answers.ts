import type { MeasureIssue } from './outcome.js';
import type { AnswerValue, InstrumentDefinition, InstrumentItem, MeasureAnswers, ScaleItem, ScaleOption, YesNoItem } from './types.js';

export interface CheckedAnswers {
  readonly issues: readonly MeasureIssue[];
  /** Only answers that passed every check, keyed by item number. */
  readonly answered: ReadonlyMap<number, AnswerValue>;
  /** Required items with no answer, ascending. */
  readonly missingRequired: readonly number[];
}

/**
 * Checks every answer against its item. Answers arrive from forms and storage,
 * so values are checked at run time even though the type says they are fine.
 * `null`/`undefined` mean unanswered, as a form library or JSON may send them.
 */
export function checkAnswers(definition: InstrumentDefinition, answers: MeasureAnswers): CheckedAnswers {
  const issues: MeasureIssue[] = [];
  const answered = new Map<number, AnswerValue>();
  const byNumber = new Map(definition.items.map((item) => [item.number, item]));

  for (const [key, raw] of Object.entries(answers) as [string, unknown][]) {
    if (raw === undefined || raw === null) continue;
    const itemNumber = /^[0-9]+$/.test(key) ? Number(key) : Number.NaN;
    const item = byNumber.get(itemNumber);
    if (!item) {
      issues.push({
        item: Number.isInteger(itemNumber) ? itemNumber : key,
        reason: 'unknown_item',
        message: `${definition.id} has no question ${key}.`,
      });
      continue;
    }
    const issue = checkAnswer(definition, item, raw);
    if (issue) issues.push(issue);
    else answered.set(item.number, raw as AnswerValue);
  }

  const missingRequired = definition.items
    .filter((item) => item.required && !answered.has(item.number) && !hasIssueFor(issues, item.number))
    .map((item) => item.number);

  return { issues, answered, missingRequired };
}

/** Null when the value is an allowed answer to this item. */
export function checkAnswer(definition: InstrumentDefinition, item: InstrumentItem, value: unknown): MeasureIssue | null {
  return item.kind === 'scale' ? checkScale(definition, item, value) : checkYesNo(definition, item, value);
}

export function optionsFor(definition: InstrumentDefinition, item: ScaleItem): readonly ScaleOption[] {
  if (item.options) return item.options;
  return definition.options.filter((option): option is ScaleOption => typeof option.value === 'number');
}

function checkScale(definition: InstrumentDefinition, item: ScaleItem, value: unknown): MeasureIssue | null {
  const options = optionsFor(definition, item);
  const low = Math.min(...options.map((o) => o.value));
  const high = Math.max(...options.map((o) => o.value));
  const where = `${definition.id} question ${item.number}`;
  if (typeof value !== 'number') {
    return { item: item.number, reason: 'wrong_kind', message: `${where} needs a number from ${low} to ${high}.` };
  }
  if (!Number.isInteger(value)) {
    return { item: item.number, reason: 'not_whole_number', message: `${where} needs a whole number from ${low} to ${high}.` };
  }
  if (!options.some((option) => option.value === value)) {
    return { item: item.number, reason: 'out_of_range', message: `${where} was ${value}; it must be from ${low} to ${high}.` };
  }
  return null;
}

function checkYesNo(definition: InstrumentDefinition, item: YesNoItem, value: unknown): MeasureIssue | null {
  const where = `${definition.id} question ${item.number}`;
  if (value === 'yes' || value === 'no') return null;
  if (value === 'declined') {
    return item.allowsDeclined ? null : { item: item.number, reason: 'declined_not_allowed', message: `${where} needs a yes or no.` };
  }
  return { item: item.number, reason: 'wrong_kind', message: `${where} needs a yes or no answer.` };
}

function hasIssueFor(issues: readonly MeasureIssue[], itemNumber: number): boolean {
  return issues.some((issue) => issue.item === itemNumber);
}

/** Reads a scale answer that `checkAnswers` has already accepted. */
export function scaleAnswer(answered: ReadonlyMap<number, AnswerValue>, itemNumber: number): number {
  const value = answered.get(itemNumber);
  if (typeof value !== 'number') {
    throw new Error(`Internal: question ${itemNumber} was scored without a checked answer.`);
  }
  return value;
}

export function sumOf(answered: ReadonlyMap<number, AnswerValue>, itemNumbers: readonly number[]): number {
  return itemNumbers.reduce((sum, n) => sum + scaleAnswer(answered, n), 0);
}
