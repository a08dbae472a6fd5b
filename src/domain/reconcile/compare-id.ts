/** How two normalized ID numbers relate; null when either side has none (no evidence). */
export type IdAgreement = 'equal' | 'transposed' | 'oneDigit' | 'differs';

/**
 * The two slips a clerk makes copying a number (Damerau 1964: most typing errors are one
 * substitution or one swap of neighbours). Anything further is another number.
 */
export function compareId(a: string | null, b: string | null): IdAgreement | null {
  if (a === null || b === null) return null;
  if (a === b) return 'equal';
  if (a.length !== b.length) return 'differs';
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
