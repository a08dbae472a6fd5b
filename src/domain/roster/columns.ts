import { normalizeId } from '../names/normalize';
import { meaningOf, notKnown, parseDate, parseSex, type Parsed } from './fields';

/**
 * A header cell reduced to its letters and digits, lower-cased: "Full Name", "full_name" and
 * "FULL-NAME" are one column, as are "ប.ស.ស" and "ប. ស. ស.".
 */
export function headerKey(cell: string): string {
  return cell.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{M}\p{N}]/gu, '');
}

/** Header spellings seen in employers' sheets and the fund's exports, for the fields both rosters share. */
export const SHARED_ALIASES = {
  national_id: ['national_id', 'national_id_number', 'national_id_no', 'id_card', 'id_card_number', 'id_card_no', 'id_number', 'id_no', 'nid', 'អត្តសញ្ញាណប័ណ្ណ', 'លេខអត្តសញ្ញាណប័ណ្ណ'],
  nssf_number: ['nssf_number', 'nssf', 'nssf_no', 'nssf_id', 'nssf_card', 'nssf_card_number', 'ប.ស.ស', 'លេខ ប.ស.ស'],
  sex: ['sex', 'gender', 'm_f', 'ភេទ'],
  date_of_birth: ['date_of_birth', 'dob', 'birth_date', 'birthdate', 'birthday', 'ថ្ងៃខែឆ្នាំកំណើត', 'ថ្ងៃកំណើត'],
} as const;

/** How two columns giving one shared field are compared: "0123-456" and "0123456" agree. */
export const SHARED_MEANINGS: Meanings = {
  national_id: normalizeId,
  nssf_number: normalizeId,
  sex: meaningOf(parseSex),
  date_of_birth: meaningOf(parseDate),
};

export type Meanings = Partial<Record<string, (value: string) => unknown>>;

export type Aliases<F extends string> = Record<F, readonly string[]>;

/** For each field, the positions of the columns that carry it, in header order. */
export type ColumnMap<F extends string> = Record<F, number[]>;

export function resolveColumns<F extends string>(header: string[], aliases: Aliases<F>): ColumnMap<F> {
  const fieldOf = new Map<string, F>();
  for (const field of Object.keys(aliases) as F[]) {
    for (const alias of aliases[field]) fieldOf.set(headerKey(alias), field);
  }
  const map = Object.fromEntries(Object.keys(aliases).map((f) => [f, [] as number[]])) as ColumnMap<F>;
  header.forEach((cell, i) => {
    const field = fieldOf.get(headerKey(cell));
    if (field) map[field].push(i);
  });
  return map;
}

/**
 * A field's value when the file gives it once, or in several columns that agree (say "sex" and
 * "ភេទ"). Columns that disagree are a problem with the row: the file does not say which to trust.
 * A cell saying "not known" (N/A, -, null) is blank.
 */
export function cell<F extends string>(
  fields: string[],
  map: ColumnMap<F>,
  field: F,
  header: string[],
  /** What a value means, so "F" and "ស្រី" agree; the spelling kept is the first column's. */
  meaning: (value: string) => unknown = (v) => v,
): Parsed<string | null> {
  const values = map[field].map((i) => (fields[i] ?? '').trim()).filter((v) => v !== '' && !notKnown(v));
  if (new Set(values.map(meaning)).size > 1) {
    const cols = map[field].map((i) => `"${header[i]}"`).join(' and ');
    return { ok: false, message: `columns ${cols} disagree (${values.map((v) => `"${v}"`).join(' vs ')})` };
  }
  return { ok: true, value: values[0] ?? null };
}

/** Every cell of the given columns, row by row, as written: for a reading of the whole file (dateOrderOf). */
export function* cellsOf(rows: readonly { fields: string[] }[], columns: readonly number[]): Generator<string> {
  for (const r of rows) for (const i of columns) yield r.fields[i] ?? '';
}
