// The three ways scoring can end. A response is never partly scored: an
// out-of-range answer is rejected (never clamped) and a missing item is never
// counted as 0 (clinical.md, "A response with any item missing…").

export type MeasureIssueReason = 'unknown_item' | 'wrong_kind' | 'not_whole_number' | 'out_of_range' | 'declined_not_allowed' | 'not_asked';

export interface MeasureIssue {
  /** The item number, or the key as given when it is not an item number at all. */
  readonly item: number | string;
  readonly reason: MeasureIssueReason;
  /** Plain words for staff; tests and code should use `reason`. */
  readonly message: string;
}

export interface InvalidOutcome {
  readonly status: 'invalid';
  readonly issues: readonly MeasureIssue[];
}

export interface IncompleteOutcome {
  readonly status: 'incomplete';
  /** Sorted ascending. */
  readonly missingItems: readonly number[];
}

export type CompleteOutcome<R> = { readonly status: 'complete' } & R;

export type ScoreOutcome<R> = InvalidOutcome | IncompleteOutcome | CompleteOutcome<R>;

export const invalid = (issues: readonly MeasureIssue[]): InvalidOutcome => ({
  status: 'invalid',
  issues,
});

export const incomplete = (missingItems: readonly number[]): IncompleteOutcome => ({
  status: 'incomplete',
  missingItems: [...missingItems].sort((a, b) => a - b),
});

export const complete = <R>(result: R): CompleteOutcome<R> => ({ status: 'complete', ...result });
