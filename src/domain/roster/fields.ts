import type { DateOrder, RosterNoteKind } from '../../protocol';
import { toAsciiDigits } from '../digits';

/** How a value was read otherwise than written (the protocol's list), for a screen to say in its own language. */
export type NoteKind = RosterNoteKind;

/** `note`: the value was read, but not as written; said so the person who made the file can check. */
export type Parsed<T> = { ok: true; value: T; note?: { kind: NoteKind; text: string } } | { ok: false; message: string };

const SEX_WORDS: Record<string, 'F' | 'M'> = {
  f: 'F', female: 'F', woman: 'F', 'ស្រី': 'F', 'ស': 'F',
  m: 'M', male: 'M', man: 'M', 'ប្រុស': 'M', 'ប': 'M',
};

/** Codes registers use for a sex that is neither recorded as F nor M: unknown, unspecified, other. */
const NOT_F_OR_M = new Set(['u', 'x', 'o', 'other']);

/**
 * F/M, female/male, woman/man, ស្រី/ប្រុស or their first letters ស/ប, any case; blank is "not
 * stated", and so are U, X and O (other), with a note: the pair is then not compared on sex.
 */
export function parseSex(value: string | null): Parsed<'F' | 'M' | null> {
  if (value === null) return { ok: true, value: null };
  const key = value.normalize('NFC').toLowerCase().replace(/[\s\u200b.]/g, '');
  const sex = SEX_WORDS[key];
  if (sex) return { ok: true, value: sex };
  if (NOT_F_OR_M.has(key)) return { ok: true, value: null, note: { kind: 'sexNotStated', text: `sex "${value}" read as not stated` } };
  return { ok: false, message: `sex "${value}" is not F, M, female, male, ស្រី or ប្រុស` };
}

/**
 * Cells that sheets fill in for "not known": read as blank, so a roster that writes N/A for a
 * missing date is not refused for it. With them, what tools write for a value that is not
 * there: Excel's #N/A (a lookup that found nothing), and nan, NaT and undefined, which a script
 * writes when it turns an empty cell to text.
 */
const NOT_KNOWN = new Set(['-', '--', '–', '—', '?', 'n/a', 'na', 'n.a.', 'null', 'none', 'nil', 'unknown', 'មិនដឹង', 'គ្មាន', 'មិនមាន',
  '#n/a', 'nan', 'nat', 'undefined']);
export const notKnown = (value: string): boolean => NOT_KNOWN.has(value.toLowerCase());

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  'មករា': 1, 'កុម្ភៈ': 2, 'មីនា': 3, 'មេសា': 4, 'ឧសភា': 5, 'មិថុនា': 6, 'កក្កដា': 7, 'សីហា': 8, 'កញ្ញា': 9, 'តុលា': 10, 'វិច្ឆិកា': 11, 'ធ្នូ': 12,
};

/**
 * YYYY-MM-DD (or with / or . between), YYYYMMDD, or day first as Cambodia writes it:
 * DD/MM/YYYY, DD-MM-YYYY, DD.MM.YYYY (one-digit day and month too, as Excel writes them), or
 * with the month's name in English or Khmer (25-Mar-1990, 25 មីនា 1990, Mar 25, 1990). A
 * two-digit year (25/03/90, 4-Mar-90), a spreadsheet's day number (32957) and a year alone
 * (1990, read as 1 January) are read too, with a note saying how. Khmer digits are read, and a
 * time after the date (Excel's 00:00:00, or 12:00:00 AM) is dropped.
 * A date is read day first where day first makes sense, 03/04 as 3 April, unless the file
 * writes its dates month first (`order`, from dateOrderOf). Where only the other order gives a
 * real date (1990-25-03, 12/31/1990), day and month were swapped, and the date is read so,
 * with a note: the engine expects that slip in dates of birth. Any other date that is not on
 * the calendar (1990-02-30, 1990-03-38: a digit mistyped) is read as not given, with a note,
 * never rolled over to another day: the worker stays on the list, and matching goes by the
 * other fields, as for a blank. Text in no date form at all is an error: the cell is not a date.
 */
export function parseDate(value: string | null, order: DateOrder = 'dayFirst'): Parsed<string | null> {
  if (value === null) return { ok: true, value: null };
  const parts = dateParts(withoutTime(value), order);
  if (!parts) return { ok: false, message: `date "${value}" is not YYYY-MM-DD or DD/MM/YYYY` };
  const [year, month, day, how] = parts;
  if (exists(year, month, day)) {
    const read = iso(year, month, day);
    return how ? { ok: true, value: read, note: { kind: how, text: `date "${value}" read as ${read} (${HOW[how]})` } } : { ok: true, value: read };
  }
  if (exists(year, day, month)) {
    const read = iso(year, day, month);
    return { ok: true, value: read, note: { kind: 'dayMonthSwapped', text: `date "${value}" read as ${read}: only with day and month swapped is it a date` } };
  }
  return { ok: true, value: null, note: { kind: 'notOnCalendar', text: `date "${value}" is not on the calendar: read as not given` } };
}

/** The text of a date cell without its time (Excel's 00:00:00, or 12:00:00 AM), Khmer digits read. */
const withoutTime = (value: string) => toAsciiDigits(value.trim()).replace(/[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(\s?[AaPp][Mm]|Z|[+-]\d{2}:?\d{2})?$/, '');

/** A date written in numbers with the year last: 25/03/1990, 3-25-90. */
const YEAR_LAST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;

/** Which of day and month a file writes first in its dates with the year last (the protocol's, as the register's upload says it). */
export type { DateOrder };

/**
 * How a file writes its dates: month first when more of its dates can be read only month first
 * (3/25/1990) than only day first (25/3/1990), and at least two can; day first otherwise, as
 * Cambodia writes them. Excel in a US locale exports dates month first, and a column read the
 * wrong way round gives every date whose day is 12 or less swapped. One date alone is too few:
 * a day-first sheet with a slip in it looks the same.
 */
export function dateOrderOf(values: Iterable<string | null>): DateOrder {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const v of values) {
    const m = v === null ? null : YEAR_LAST.exec(withoutTime(v));
    if (!m) continue;
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 && b <= 12) dayFirst++;
    else if (b > 12 && a <= 12) monthFirst++;
  }
  return monthFirst >= 2 && monthFirst > dayFirst ? 'monthFirst' : 'dayFirst';
}

/**
 * Year, month and day as written, and how they were read when the form leaves room for doubt
 * (a two-digit year, Excel's day number); null for a form not recognized.
 */
function dateParts(s: string, order: DateOrder): [number, number, number, DateNote?] | null {
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  m = YEAR_LAST.exec(s);
  if (m) {
    const [day, month] = order === 'dayFirst' ? [m[1], m[2]] : [m[2], m[1]];
    // Excel's own rule for a two-digit year: 00–29 are 2000–2029, 30–99 are 1930–1999.
    return m[3].length === 4 ? [Number(m[3]), Number(month), Number(day)] : [centuryOf(Number(m[3])), Number(month), Number(day), 'twoDigitYear'];
  }
  // A year alone, for someone who knows no more: 1 January, as the register writes it.
  m = /^((?:19|20)\d{2})$/.exec(s);
  if (m) return [Number(m[1]), 1, 1, 'yearOnly'];
  // A date cell exported as a number: days since 30 December 1899, five digits from 1927 to 2173.
  m = /^(\d{5})$/.exec(s);
  if (m) {
    const t = new Date(Date.UTC(1899, 11, 30) + Number(m[1]) * 86_400_000);
    return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), 'dayNumber'];
  }
  // The month's name, and the year in four digits or, as Excel's d-mmm-yy shows it, two (4-Mar-90).
  m = /^(\d{1,2})[\s/.-]+([^\s\d/.,-]+)[\s/.,-]+(\d{4}|\d{2})$/u.exec(s);
  let month = m ? MONTHS[m[2].normalize('NFC').toLowerCase()] : undefined;
  if (m && month) return m[3].length === 4 ? [Number(m[3]), month, Number(m[1])] : [centuryOf(Number(m[3])), month, Number(m[1]), 'twoDigitYear'];
  // The month first, as English writes it: Mar 25, 1990.
  m = /^([^\s\d/.,-]+)[\s.]+(\d{1,2}),?\s+(\d{4})$/u.exec(s);
  month = m ? MONTHS[m[1].normalize('NFC').toLowerCase()] : undefined;
  return m && month ? [Number(m[3]), month, Number(m[2])] : null;
}

const centuryOf = (yy: number) => (yy <= 29 ? 2000 + yy : 1900 + yy);

type DateNote = Extract<NoteKind, 'twoDigitYear' | 'dayNumber' | 'yearOnly'>;
const HOW: Record<DateNote, string> = { twoDigitYear: 'a two-digit year, 00–29 as 2000–2029', dayNumber: "a spreadsheet's day number", yearOnly: 'a year alone, as 1 January' };

function exists(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const t = new Date(Date.UTC(year, month - 1, day));
  return t.getUTCFullYear() === year && t.getUTCMonth() === month - 1 && t.getUTCDate() === day;
}

const iso = (year: number, month: number, day: number) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** A whole number of riel, with or without thousands separators or the riel sign; blank is unknown. */
export function parseRiel(value: string | null): Parsed<number | null> {
  if (value === null) return { ok: true, value: null };
  const s = toAsciiDigits(value).replace(/[\s,\u00a0៛]/g, '').replace(/^KHR/i, '');
  const n = Number(s);
  return /^\d+$/.test(s) && Number.isSafeInteger(n)
    ? { ok: true, value: n }
    : { ok: false, message: `wage "${value}" is not a whole number of riel` };
}

/** A field's meaning for comparing two columns that give it: the parsed value, or the text when it does not parse. */
export function meaningOf<T>(parse: (v: string) => Parsed<T>): (v: string) => unknown {
  return (v) => {
    const p = parse(v);
    return p.ok ? p.value : v;
  };
}
