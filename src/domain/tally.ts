import { toAsciiDigits } from './digits';

/** tally − registered: positive means more people at work than on the register. */
export function tallyDifference(tally: number | null, registeredCount: number): number | null {
  return tally === null ? null : tally - registeredCount;
}

/**
 * The head count as typed, in ASCII or Khmer digits, with or without thousands separators.
 * Blank means no count was taken (null); anything else that is not a whole number is undefined,
 * so the form can tell "not counted" from "mistyped".
 */
export function parseTally(input: string): number | null | undefined {
  const s = toAsciiDigits(input).replace(/[\s,.\u00a0]/g, '');
  if (s === '') return null;
  if (!/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : undefined;
}
