/**
 * How a register writes one kind of number, so that a sheet's column holding another kind (an
 * employer's staff number, EMP-0421 or 4-6 digits, in the NSSF column) is read as no number
 * rather than as the worker's own number, differing: that counted 2,000 to 1 against the
 * worker, and flagged them hidden.
 */
export interface IdShape {
  /** The fewest digits, past leading zeros, of the lengths at least SHAPE_SHARE of the register's numbers have. */
  min: number;
  /** The register's own numbers shorter than a number of its kind can be (otherShape), which are still its numbers. */
  short: ReadonlySet<string>;
}

/** A length this share of the register's numbers have is one of its lengths; fewer are its slips. */
const SHAPE_SHARE = 0.01;
/** Fewer numbers than this say nothing of a shape. */
const SHAPE_NUMBERS = 20;
/**
 * Digits a number may lack and still be of the register's kind: a slip can drop one, or turn
 * the first digit into a zero (40823853 as 00823853). Leading zeros are not counted, for a
 * spreadsheet drops them (0001713070 as 1713070). A longer number is kept: it may be the
 * worker's other number, in the wrong column.
 */
const FEWER = 2;

/** The shape of these normalized numbers; null if there are too few to tell. */
export function idShape(ids: readonly string[]): IdShape | null {
  if (ids.length < SHAPE_NUMBERS) return null;
  const counts = new Map<number, number>();
  for (const id of ids) {
    const n = digitCount(id);
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let min = Infinity;
  for (const [n, count] of counts) if (count >= SHAPE_SHARE * ids.length) min = Math.min(min, n);
  if (min === Infinity) return null;
  const short = new Set(ids.filter((id) => digitCount(id) < min - FEWER));
  return { min, short };
}

/** Whether a normalized number has too few digits to be of this shape, letters aside (an OCR's O for 0 is still a slip), and is none of the register's own. */
export function otherShape(id: string, shape: IdShape | null): boolean {
  return shape !== null && digitCount(id) < shape.min - FEWER && !shape.short.has(id);
}

/** Digits past the leading zeros. */
function digitCount(id: string): number {
  let n = 0;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c === 48 && n === 0) continue;
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}
