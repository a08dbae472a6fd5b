import { normalizeId } from '../names/normalize';
import { leadingZeros, MIN_ID_DIGITS } from './compare-id';
import { asNumber } from './id-index';

// Values an export writes where the real one is missing. Read as real values they are strong
// evidence for strangers (the same "card number") or against a worker's own pair (a register's
// 1900-01-01 against the real date on site), so the engine reads them as missing: a missing
// value neither helps nor hurts. IDs and dates are judged each alone, as its person is prepared,
// but for the register's dates, counted once per run: counting which values many rows of both
// lists share cost the engine 4-6 %.

/**
 * Whether a normalized ID is a placeholder: a number of fewer than MIN_ID_DIGITS digits after
 * its leading zeros (0, 000000000, 1234: a blank an export filled, or a row number in the wrong
 * column), or one digit repeated (999999999). Read as an ID, a 0 on a third of both lists made
 * every holder on site a candidate for every holder on the register: 10,000 workers took forty
 * times as long, and 6.6 % were flagged hidden wrongly.
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
 * its workers flagged 6-10 % of them hidden. A later year no worker was born in is more likely one
 * slip in a real date (1909 for 1990), which the comparison reads as such.
 */
export const LAST_PLACEHOLDER_YEAR = 1900;

/** Whether a date of birth's year marks it as a placeholder. */
export const placeholderYear = (year: number): boolean => year <= LAST_PLACEHOLDER_YEAR;

/**
 * A date of birth the register gives this share of its workers, and at least
 * SHARED_DATE_ROWS of them, is a placeholder (1970-01-01, where a null time was written out).
 * Birthdays spread: on the bench registers the commonest date, a 1 January given to people who
 * know only their birth year, is 0.3 % of 10,000 and 0.6 % of 1,000 workers. Only the register
 * is counted, once per run (about a millisecond): an employer's sheet is typed row by row.
 */
const SHARED_DATE_SHARE = 0.03;
const SHARED_DATE_ROWS = 20;

/** The dates of birth (as written) that too many of the register's workers share to be their birthdays. */
export function sharedDates(workers: readonly { dateOfBirth: string | null }[]): Set<string> {
  const limit = Math.max(SHARED_DATE_ROWS, Math.ceil(SHARED_DATE_SHARE * workers.length));
  const out = new Set<string>();
  if (workers.length < limit) return out;
  const counts = new Map<string, number>();
  for (let i = 0; i < workers.length; i++) {
    const d = workers[i].dateOfBirth;
    if (d === null) continue;
    const n = (counts.get(d) ?? 0) + 1;
    counts.set(d, n);
    if (n === limit) out.add(d);
  }
  return out;
}

/**
 * How many rows give a value the engine reads as missing: an ID number or a date of birth
 * above, or a date in `shared` (sharedDates, for the register). For an import to say, so that
 * a file that lost its numbers or dates is noticed.
 */
export function placeholderRows(rows: readonly { nationalId: string | null; nssfNumber: string | null; dateOfBirth: string | null }[], shared: ReadonlySet<string> = new Set()): number {
  let count = 0;
  for (const r of rows) {
    const date = r.dateOfBirth !== null && (placeholderYear(Number(r.dateOfBirth.slice(0, 4))) || shared.has(r.dateOfBirth));
    if (placeholderRaw(r.nationalId) || placeholderRaw(r.nssfNumber) || date) count++;
  }
  return count;
}

/** placeholderId of an ID as written. */
function placeholderRaw(raw: string | null): boolean {
  const id = normalizeId(raw);
  return id !== null && placeholderId(id);
}
