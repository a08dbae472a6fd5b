/** A date of birth split once into its parts. */
export interface Dob {
  iso: string;
  year: number;
  month: number;
  day: number;
  /** year·10⁴ + month·10² + day: equal numbers, equal dates. */
  ymd: number;
}

/**
 * `yearDefaultDay`: the same year, and one side gives 1 January, the day written for people who
 * know only their birth year (common among Cambodians born before birth registration was usual).
 * `yearDefaultApart`: years one apart, and one side gives 1 January: a year alone worked out
 * from an age, against the card's date.
 * `sameYear`: the same year with another day and month and no default to explain it.
 * `nearYear`: years one apart with another day and month and no default to explain it: a date
 * that shares nothing, unless the sheet's workers do not know their birthdays (birthdays-apart.ts).
 * `yearApart`: the same day and month, the years one apart: a birth year worked out from an age
 * (Cambodians often count age by the lunar new year in April, or from one at birth), which
 * crosses a decade as often as not (1989 and 1990), where it is no one-digit slip.
 * `dayApart`: one calendar day apart (the 9th and the 10th, 31 March and 1 April): a date kept as
 * midnight and written out in another time zone (Cambodia is 7 hours ahead of UTC) comes out a
 * day early, and so does a day counted off by one. Where one digit changes it is oneDigit too.
 * `yearOnlyNear`: both sides give only a birth year (1 January) and the years are one slip or
 * one year apart. Day and month then agree by custom, not by evidence, so this is far weaker
 * than a one-digit slip in a full date: about a quarter of all years are that close to any year.
 * `centuryApart`: the same day and month, in either order, and years a hundred apart: a two-digit
 * year (05, 68) that a spreadsheet put in the wrong century (1905, 2068), which no worker's date is.
 * `monthDefaultDay`: the same year and month, and one side gives the 1st, the day written for
 * someone who knows the month but not the day.
 * `hireDate`: the date written as the row's date of birth is the registered worker's hire date,
 * typed in the wrong column (score.ts finds it; compareDob never answers it).
 */
export type DobAgreement = 'equal' | 'dayMonthSwapped' | 'oneDigit' | 'transposed' | 'dayApart' | 'yearApart' | 'yearOnlyNear' | 'yearDefaultDay' | 'yearDefaultApart' | 'sameYear' | 'nearYear' | 'monthDefaultDay' | 'centuryApart' | 'hireDate' | 'differs';

export function toDob(iso: string | null): Dob | null {
  if (iso === null) return null;
  if (!ISO_DATE.test(iso)) {
    const [y, m, d] = iso.split('-').map(Number);
    return dob(iso, y, m, d);
  }
  return dob(iso, digits(iso, 0, 4), digits(iso, 5, 7), digits(iso, 8, 10));
}

const dob = (iso: string, year: number, month: number, day: number): Dob => ({ iso, year, month, day, ymd: year * 10000 + month * 100 + day });

/** The protocol's date form; parsed by hand because every row of both lists has one. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + s.charCodeAt(i) - 48;
  return n;
}

/**
 * A date whose year is in the Buddhist Era (CE + 543; 1990 is 2533), as Khmer papers write it,
 * as its Common Era date; null for any other. No worker's year is 2300 or after in either era
 * but the Buddhist one (a century slip puts 68 in 2068 at most), nor before BE 2400 (CE 1857).
 */
export function fromBuddhistEra(d: Dob): Dob | null {
  if (d.year < BE_FIRST || d.year > BE_LAST) return null;
  const year = d.year - BUDDHIST_ERA;
  return dob(`${year}${d.iso.slice(4)}`, year, d.month, d.day);
}
const BUDDHIST_ERA = 543;
const BE_FIRST = 2400;
const BE_LAST = 2599;

/** 1 January: the day written for someone who knows only their birth year. */
export const isDefaultDay = (d: Dob) => d.month === 1 && d.day === 1;

/**
 * How two dates of birth relate. Day and month swap when a sheet written day-first is read
 * month-first (or the reverse); one wrong digit, or two neighbouring digits swapped (1989 and
 * 1998, the 12th and the 21st), is a typing slip, the same two slips compare-id.ts allows an
 * ID; the same year with another day is common where people know their birth year but not the day.
 */
export function compareDob(a: Dob | null, b: Dob | null): DobAgreement | null {
  if (a === null || b === null) return null;
  if (a.ymd === b.ymd) return 'equal';
  if (a.year === b.year && a.day === b.month && a.month === b.day) return 'dayMonthSwapped';
  const yearOnly = isDefaultDay(a) && isDefaultDay(b);
  if (a.iso.length === b.iso.length) {
    let diff = 0;
    let first = -1;
    for (let i = 0; i < a.iso.length; i++) {
      if (a.iso.charCodeAt(i) === b.iso.charCodeAt(i)) continue;
      if (diff++ === 0) first = i;
    }
    if (diff === 1) return yearOnly ? 'yearOnlyNear' : 'oneDigit';
    if (diff === 2 && a.iso[first] === b.iso[first + 1] && a.iso[first + 1] === b.iso[first]) return yearOnly ? 'yearOnlyNear' : 'transposed';
  }
  if (oneDayApart(a, b)) return 'dayApart';
  if (Math.abs(a.year - b.year) === 100 && ((a.month === b.month && a.day === b.day) || (a.month === b.day && a.day === b.month))) return 'centuryApart';
  if (a.year !== b.year) {
    if (Math.abs(a.year - b.year) !== 1) return 'differs';
    if (a.month === b.month && a.day === b.day) return yearOnly ? 'yearOnlyNear' : 'yearApart';
    return isDefaultDay(a) || isDefaultDay(b) ? 'yearDefaultApart' : 'nearYear';
  }
  if (isDefaultDay(a) || isDefaultDay(b)) return 'yearDefaultDay';
  return a.month === b.month && (a.day === 1 || b.day === 1) ? 'monthDefaultDay' : 'sameYear';
}

/** Under this many years old on the day the row was written, no one works on a factory floor: the date is another (a hire date in the wrong column). */
export const YOUNGEST_AT_WORK = 14;

/**
 * Whether a date written as a row's date of birth would make the worker younger than
 * YOUNGEST_AT_WORK when the row was recorded (an ISO date-time): by whole years, so a date
 * near the line is kept. Not a date after the record's year: that is a two-digit year put in the
 * wrong century (2068 for 68), which compareDob reads.
 */
export function tooYoung(d: Dob, recordedAt: string): boolean {
  const age = digits(recordedAt, 0, 4) - d.year;
  return age >= 0 && age < YOUNGEST_AT_WORK;
}

/** Whether b is the day before or after a, across a month's or a year's end too. */
function oneDayApart(a: Dob, b: Dob): boolean {
  if (a.year === b.year && a.month === b.month) return Math.abs(a.day - b.day) === 1;
  const [early, late] = a.ymd < b.ymd ? [a, b] : [b, a];
  if (late.day !== 1 || early.day < 28) return false;
  // Day 0 of a month is the last day of the month before.
  return Date.UTC(late.year, late.month - 1, 0) === Date.UTC(early.year, early.month - 1, early.day);
}

/** Equal for a date and its day/month swap, so one block finds both. */
export function dobBlockKey(d: Dob): number {
  return dayMonthKey(d) + d.year * 1024;
}

/** The day and month without the year, in either order: below 1024. */
export function dayMonthKey(d: Dob): number {
  return Math.min(d.month, d.day) * 32 + Math.max(d.month, d.day);
}
