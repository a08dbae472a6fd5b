import { normalizeId, roundedScientific } from '../names/normalize';
import { tooFewDigits } from './compare-id';
import { asNumber } from './id-index';
import { idShape, type IdShape } from './id-shape';

// Values an export writes where the real one is missing. Read as real values they are strong
// evidence for strangers (the same "card number") or against a worker's own pair (a register's
// 1900-01-01 against the real date on site), so the engine reads them as missing: a missing
// value neither helps nor hurts. Each value is judged alone as its person is prepared, and the
// register's values are counted once per run, for those too many of its workers share. Counting
// the employer's sheet too cost the engine 4-6 % in all, for values it repeats that can pair its
// rows with at most two registered workers.

/**
 * Whether a normalized ID is a placeholder: a number of fewer than MIN_ID_DIGITS digits after
 * its leading zeros (0, 000000000, 1234: a blank an export filled, or a row number in the wrong
 * column), or one digit repeated (999999999). Read as an ID, a 0 on a third of both lists made
 * every holder on site a candidate for every holder on the register: 10,000 workers took forty
 * times as long, and 6.6 % were flagged hidden wrongly.
 */
export function placeholderId(id: string): boolean {
  if (asNumber(id) < 0) return false;
  if (tooFewDigits(id)) return true;
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
 * know only their birth year, is 0.3 % of 10,000 and 0.6 % of 1,000 workers.
 */
const SHARED_DATE_SHARE = 0.03;
const SHARED_DATE_ROWS = 20;

/**
 * An ID number this many of the register's workers share is not a card's number but a
 * placeholder or the employer's own number copied down the column. Two can be one slip or one
 * worker listed twice. With 123456789 for a third of the IDs, 10,000 workers took 10-12 s
 * instead of 0.3 and 6.6 % were flagged hidden wrongly.
 */
export const SHARED_ID_ROWS = 3;

/** Values too many of the register's workers share to be their own, read as none on both lists. */
export interface SharedValues {
  /** Dates of birth as written. */
  dates: ReadonlySet<string>;
  /** National IDs and NSSF numbers, normalized (normalizeId), each kind on its own. */
  nationalIds: ReadonlySet<string>;
  nssfNumbers: ReadonlySet<string>;
  /** How the register writes each kind of number (id-shape.ts); null where it gives too few to tell. */
  nationalIdShape: IdShape | null;
  nssfShape: IdShape | null;
}

export const NO_SHARED_VALUES: SharedValues = { dates: new Set(), nationalIds: new Set(), nssfNumbers: new Set(), nationalIdShape: null, nssfShape: null };

/**
 * The register's shared values (SharedValues), counted once per run, before either list is
 * prepared: about 5 ms for 10,000 workers. Only the register is counted: an employer's sheet is
 * typed row by row, and a value it repeats can pair its rows with two workers at most.
 */
export function sharedOnRegister(workers: readonly { nationalId: string | null; nssfNumber: string | null; dateOfBirth: string | null }[]): SharedValues {
  const dateLimit = Math.max(SHARED_DATE_ROWS, Math.ceil(SHARED_DATE_SHARE * workers.length));
  const counts = { dates: new Map<string, number>(), nationalIds: new Map<string, number>(), nssfNumbers: new Map<string, number>() };
  const out = { dates: new Set<string>(), nationalIds: new Set<string>(), nssfNumbers: new Set<string>() };
  const count = (kind: keyof typeof counts, value: string | null, limit: number) => {
    if (value === null) return;
    const n = (counts[kind].get(value) ?? 0) + 1;
    counts[kind].set(value, n);
    if (n === limit) out[kind].add(value);
  };
  for (let i = 0; i < workers.length; i++) {
    const w = workers[i];
    if (workers.length >= dateLimit) count('dates', w.dateOfBirth, dateLimit);
    count('nationalIds', normalizeId(w.nationalId), SHARED_ID_ROWS);
    count('nssfNumbers', normalizeId(w.nssfNumber), SHARED_ID_ROWS);
  }
  return { ...out, nationalIdShape: idShape([...counts.nationalIds.keys()]), nssfShape: idShape([...counts.nssfNumbers.keys()]) };
}

/**
 * How many rows give a value the engine reads as missing: a placeholder above, or one of the
 * register's shared values. For an import to say, so that a file that lost its numbers or
 * dates is noticed.
 */
export function placeholderRows(rows: readonly { nationalId: string | null; nssfNumber: string | null; dateOfBirth: string | null }[], shared: SharedValues = NO_SHARED_VALUES): number {
  let count = 0;
  for (const r of rows) {
    const date = r.dateOfBirth !== null && droppedDate(r.dateOfBirth, shared.dates);
    if (date || droppedId(r.nationalId, shared.nationalIds) || droppedId(r.nssfNumber, shared.nssfNumbers)) count++;
  }
  return count;
}

/** Whether matching reads an ID that is given as none: a placeholder, a number the register shares, or one a spreadsheet rounded. */
export const droppedId = (raw: string | null, shared: ReadonlySet<string>): boolean =>
  raw !== null && (normalizeId(raw) !== null ? readId(raw, shared) === null : roundedScientific(raw));

/** Whether matching reads a date of birth (ISO) as none: a placeholder year, or one of the register's shared dates. */
export const droppedDate = (iso: string, shared: ReadonlySet<string>): boolean => placeholderYear(Number(iso.slice(0, 4))) || shared.has(iso);

/** An ID as matching reads it: normalized, and none for a placeholder or a value the register shares. */
export function readId(raw: string | null, shared: ReadonlySet<string>): string | null {
  const id = normalizeId(raw);
  return id === null || placeholderId(id) || (shared.size > 0 && shared.has(id)) ? null : id;
}
