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

const DIGITS = '0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Every number one slip away (one character replaced by another of its kind, or two
 * neighbours swapped). Looking these up in the register's exact index finds a typo'd ID
 * without indexing variants of every registered number; only IDs with no exact hit need it.
 */
export function* slipVariants(id: string): Generator<string> {
  for (let i = 0; i < id.length; i++) {
    const c = id[i];
    const alphabet = c >= '0' && c <= '9' ? DIGITS : LETTERS;
    const head = id.slice(0, i);
    const tail = id.slice(i + 1);
    for (const x of alphabet) if (x !== c) yield head + x + tail;
    if (i + 1 < id.length && id[i + 1] !== c) yield head + id[i + 1] + c + id.slice(i + 2);
  }
}
