/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) and months (YYYY-MM) as strings. Dates are
 * handled as UTC days so no time zone can move a due date by one day, on the phone or the server.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY_MS = 86_400_000;
const MONTHS_PER_YEAR = 12;

function parseDate(iso: string): [number, number, number] {
  const m = DATE.exec(iso);
  if (!m) throw new RangeError(`Expected a date as YYYY-MM-DD, not ${JSON.stringify(iso)}.`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > MONTHS_PER_YEAR || d < 1 || d > daysIn(y, mo)) throw new RangeError(`No such day: ${iso}.`);
  return [y, mo, d];
}

function parseMonth(month: string): [number, number] {
  const m = MONTH.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > MONTHS_PER_YEAR) throw new RangeError(`Expected a month as YYYY-MM, not ${JSON.stringify(month)}.`);
  return [Number(m[1]), Number(m[2])];
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const format = (y: number, mo: number, d: number): string => `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
/** Day 0 of the next month is the last day of this one: Date.UTC knows the leap years. */
const daysIn = (y: number, mo: number): number => new Date(Date.UTC(y, mo, 0)).getUTCDate();
const epochDay = (iso: string): number => {
  const [y, mo, d] = parseDate(iso);
  return Date.UTC(y, mo - 1, d) / DAY_MS;
};

export const monthOf = (iso: string): string => {
  parseDate(iso);
  return iso.slice(0, 7);
};

export function daysInMonth(month: string): number {
  const [y, mo] = parseMonth(month);
  return daysIn(y, mo);
}

export function firstDayOf(month: string): string {
  const [y, mo] = parseMonth(month);
  return format(y, mo, 1);
}

export function lastDayOf(month: string): string {
  const [y, mo] = parseMonth(month);
  return format(y, mo, daysIn(y, mo));
}

export function addMonths(month: string, n: number): string {
  const [y, mo] = parseMonth(month);
  const index = y * MONTHS_PER_YEAR + (mo - 1) + n;
  return `${pad(Math.floor(index / MONTHS_PER_YEAR), 4)}-${pad((index % MONTHS_PER_YEAR) + 1, 2)}`;
}

/** `from` to `to` inclusive, oldest first; empty when `to` is before `from`. */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** The given day of a month, or its last day when the month is shorter (a due day of 31 in February). */
export function dayOfMonth(month: string, day: number): string {
  const [y, mo] = parseMonth(month);
  return format(y, mo, Math.min(day, daysIn(y, mo)));
}

export function addDays(iso: string, n: number): string {
  const d = new Date((epochDay(iso) + n) * DAY_MS);
  return format(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Days from `from` to `to`: 1 from a day to the next, negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return epochDay(to) - epochDay(from);
}

/** The same day n months later, or that month's last day when it is shorter (31 Jan + 1 = 28 or 29 Feb). */
export function addMonthsToDate(iso: string, n: number): string {
  const [, , d] = parseDate(iso);
  return dayOfMonth(addMonths(monthOf(iso), n), d);
}

/** Age in whole years on `on`; someone born on 29 Feb has their birthday on 1 Mar in other years. */
export function ageOn(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = parseDate(dateOfBirth);
  const [y, m, d] = parseDate(on);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
