import { toAsciiDigits } from '../digits';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const SEX_WORDS: Record<string, 'F' | 'M'> = {
  f: 'F', female: 'F', 'ស្រី': 'F',
  m: 'M', male: 'M', 'ប្រុស': 'M',
};

/** F/M, female/male or ស្រី/ប្រុស, any case; blank is "not stated". */
export function parseSex(value: string | null): Parsed<'F' | 'M' | null> {
  if (value === null) return { ok: true, value: null };
  const sex = SEX_WORDS[value.normalize('NFC').toLowerCase().replace(/[\s\u200b]/g, '')];
  return sex ? { ok: true, value: sex } : { ok: false, message: `sex "${value}" is not F, M, female, male, ស្រី or ប្រុស` };
}

/**
 * YYYY-MM-DD, or day first as Cambodia writes it: DD/MM/YYYY, DD-MM-YYYY, DD.MM.YYYY (one-digit
 * day and month too, as Excel writes them). Khmer digits are read. Never month first: 03/04 is
 * 3 April here. A date that does not exist on the calendar is an error, not rolled over.
 */
export function parseDate(value: string | null): Parsed<string | null> {
  if (value === null) return { ok: true, value: null };
  const s = toAsciiDigits(value.trim());
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : [];
  if (y === undefined) return { ok: false, message: `date "${value}" is not YYYY-MM-DD or DD/MM/YYYY` };
  const [year, month, day] = [Number(y), Number(m), Number(d)];
  const t = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || t.getUTCFullYear() !== year || t.getUTCMonth() !== month - 1 || t.getUTCDate() !== day) {
    return { ok: false, message: `date "${value}" does not exist` };
  }
  return { ok: true, value: `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

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
