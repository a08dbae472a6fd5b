import { isAsciiDigit } from '../digits';

/**
 * How two normalized ID numbers relate; null when either side has none (no evidence).
 * `otherColumn`: the on-site number is not the worker's number of this kind but their other
 * one, the national ID in the NSSF column or the reverse (Scorer.measure): a sheet whose two
 * ID columns are swapped, or a number typed into the wrong box.
 */
export type IdAgreement = 'equal' | 'transposed' | 'oneDigit' | 'otherColumn' | 'differs';

/**
 * The slips a clerk makes copying a number (Damerau 1964: most typing errors are one
 * substitution, one swap of neighbours, one character dropped or one added); a dropped or added
 * digit reads as oneDigit. Anything further is another number. A number whose leading zeros a
 * spreadsheet dropped (Excel reads 012345678 as 12345678) is the same number, and the same slips
 * but a dropped or added digit are read in it.
 */
export function compareId(a: string | null, b: string | null): IdAgreement | null {
  if (a === null || b === null) return null;
  if (a === b) return 'equal';
  if (a.length === b.length) return slips(a, b, 0);
  // Not `[short, long] = …`: that made a list for every pair of numbers of two lengths (a national ID beside an NSSF number).
  return a.length < b.length ? apartInLength(a, b) : apartInLength(b, a);
}

/** compareId for two numbers of different lengths. */
function apartInLength(short: string, long: string): IdAgreement {
  if (unpadded(short, long)) {
    const padded = slips(short, long, long.length - short.length);
    if (padded !== 'differs') return padded;
  }
  return long.length === short.length + 1 && !tooFewDigits(short) && oneDropped(short, long) ? 'oneDigit' : 'differs';
}

/** Whether `short` is `long` with one character left out. */
function oneDropped(short: string, long: string): boolean {
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  for (; i < short.length; i++) if (short.charCodeAt(i) !== long.charCodeAt(i + 1)) return false;
  return true;
}

/**
 * How `short` relates to `long` from `pad` on, the same length: equal, one character
 * replaced, two neighbours swapped, or otherwise different.
 */
function slips(short: string, long: string, pad: number): IdAgreement {
  let first = -1;
  let count = 0;
  for (let i = 0; i < short.length; i++) {
    if (short.charCodeAt(i) !== long.charCodeAt(pad + i)) {
      if (++count > 2) return 'differs';
      if (first < 0) first = i;
    }
  }
  if (count === 0) return 'equal';
  if (count === 1) return 'oneDigit';
  const i = first;
  return short[i] === long[pad + i + 1] && short[i + 1] === long[pad + i] ? 'transposed' : 'differs';
}

/** IDs shorter than this are too short for a slip or dropped zeros to leave them recognizable. */
export const MIN_ID_DIGITS = 5;

/**
 * Whether `long` is `short`'s length with zeros in front, and `short` a number long enough to
 * be an ID by itself.
 */
function unpadded(short: string, long: string): boolean {
  if (tooFewDigits(short)) return false;
  for (let i = 0; i < short.length; i++) if (!isAsciiDigit(short.charCodeAt(i))) return false;
  const pad = long.length - short.length;
  for (let i = 0; i < pad; i++) if (long.charCodeAt(i) !== 48) return false;
  return true;
}

/** How many characters an ID has after its leading zeros. */
export function significantDigits(id: string): number {
  let zeros = 0;
  while (zeros < id.length && id.charCodeAt(zeros) === 48) zeros++;
  return id.length - zeros;
}

/** Whether an ID is too short, leading zeros aside, to be told from others by its digits (MIN_ID_DIGITS). */
export const tooFewDigits = (id: string): boolean => significantDigits(id) < MIN_ID_DIGITS;
