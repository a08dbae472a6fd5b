import { leadingZeros, MIN_ID_DIGITS } from './compare-id';
import { asNumber } from './id-index';

// Values an export writes where the real one is missing. Read as real values they are strong
// evidence for strangers (the same "card number") or against a worker's own pair (a register's
// 1900-01-01 against the real date on site), so the engine reads them as missing: a missing
// value neither helps nor hurts. Each value is judged alone, as its person is prepared: counting
// which values many rows share cost the engine 4-6 %.

/**
 * Whether a normalized ID is a placeholder: a number of fewer than MIN_ID_DIGITS digits after
 * its leading zeros (0, 000000000, 1234: a blank an export filled, or a row number in the wrong
 * column), or one digit repeated (999999999). Read as an ID, a 0 on a third of both lists made
 * every holder on site a candidate for every holder on the register: 10,000 workers took forty
 * times as long, and 7 % were flagged hidden wrongly.
 */
export function placeholderId(id: string): boolean {
  if (asNumber(id) < 0) return false;
  if (id.length - leadingZeros(id) < MIN_ID_DIGITS) return true;
  for (let i = 1; i < id.length; i++) if (id.charCodeAt(i) !== id.charCodeAt(0)) return false;
  return true;
}

/**
 * A date of birth in this year or before is a placeholder (1900-01-01, Excel's day zero
 * 1899-12-30, 0001-01-01): nobody at work is that old. A register with 1900-01-01 for a fifth of
 * its workers flagged 6 % of them hidden. A later year no worker was born in is more likely one
 * slip in a real date (1909 for 1990), which the comparison reads as such.
 */
export const LAST_PLACEHOLDER_YEAR = 1900;

/** Whether a date of birth's year marks it as a placeholder. */
export const placeholderYear = (year: number): boolean => year <= LAST_PLACEHOLDER_YEAR;
