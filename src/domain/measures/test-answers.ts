import type { AnswerValue, MeasureAnswers } from './types.js';

// Test helper: the first value answers question 1, the next question 2, and so on.
export function answersFrom(values: readonly AnswerValue[]): MeasureAnswers {
  return Object.fromEntries(values.map((value, index) => [index + 1, value]));
}

export function sameAnswer(count: number, value: AnswerValue): MeasureAnswers {
  return answersFrom(Array.from({ length: count }, () => value));
}

export function without(answers: MeasureAnswers, ...itemNumbers: number[]): MeasureAnswers {
  return Object.fromEntries(Object.entries(answers).filter(([key]) => !itemNumbers.includes(Number(key))));
}
