/** How two normalized ID numbers relate; null when either side has none (no evidence). */
export type IdAgreement = 'equal' | 'transposed' | 'oneDigit' | 'differs';

/**
 * The two slips a clerk makes copying a number (Damerau 1964: most typing errors are one
 * substitution or one swap of neighbours). Anything further is another number. A number whose
 * leading zeros a spreadsheet dropped (Excel reads 012345678 as 12345678) is the same number.
 */
export function compareId(a: string | null, b: string | null): IdAgreement | null {
  if (a === null || b === null) return null;
  if (a === b) return 'equal';
  if (a.length !== b.length) return sameDigitsUnpadded(a, b) ? 'equal' : 'differs';
  let first = -1;
  let count = 0;
  for (let i = 0; i < a.length; i++) {
    if (a.charCodeAt(i) !== b.charCodeAt(i)) {
      if (++count > 2) return 'differs';
      if (first < 0) first = i;
    }
  }
  if (count === 1) return 'oneDigit';
  const i = first;
  return a[i] === b[i + 1] && a[i + 1] === b[i] ? 'transposed' : 'differs';
}

/** IDs shorter than this are too short for a slip or dropped zeros to leave them recognizable. */
export const MIN_ID_DIGITS = 5;

/**
 * Whether two digit strings of different lengths differ only by zeros in front of the shorter,
 * which is long enough to be an ID by itself.
 */
function sameDigitsUnpadded(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (tooFewDigits(short)) return false;
  const pad = long.length - short.length;
  for (let i = 0; i < pad; i++) if (long.charCodeAt(i) !== 48) return false;
  for (let i = 0; i < short.length; i++) {
    const c = short.charCodeAt(i);
    if (c < 48 || c > 57 || c !== long.charCodeAt(pad + i)) return false;
  }
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
