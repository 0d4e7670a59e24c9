// A band is a stable machine code (for storage, filters, exports) plus the
// words staff read. Bands describe a score range; they are never a diagnosis.

export interface SeverityBand<C extends string = string> {
  readonly code: C;
  readonly label: string;
  readonly min: number;
  readonly max: number;
}

export function bandFor<C extends string>(bands: readonly SeverityBand<C>[], total: number): SeverityBand<C> {
  const band = bands.find((b) => total >= b.min && total <= b.max);
  if (!band) throw new RangeError(`Internal: no band covers a total of ${total}.`);
  return band;
}
