import { RegisteredWorker } from '../../protocol';
import { cell, cellsOf, type Meanings, resolveColumns, SHARED_ALIASES, SHARED_MEANINGS } from './columns';
import { PUT_BACK_NOTE, readCsvRows } from './csv-rows';
import { type RosterError, type RosterNote, RowProblems } from './errors';
import { dateOrderOf, type DateOrder, meaningOf, parseDate, parseRiel, parseSex } from './fields';
import { NO_SHARED_VALUES, placeholderRows, sharedOnRegister, type SharedValues } from '../reconcile/placeholders';

export type RegisteredErrorCode =
  | 'missing_column'
  | 'missing_worker_id'
  | 'duplicate_worker_id'
  | 'missing_name'
  | 'bad_sex'
  | 'bad_date'
  | 'bad_wage'
  | 'bad_row';

export type RegisteredCsvError = RosterError<RegisteredErrorCode>;

export interface RegisteredCsvResult {
  workers: RegisteredWorker[];
  errors: RegisteredCsvError[];
  /** Rows imported with a value read otherwise than written. */
  notes: RosterNote[];
  columns: string[];
  /** Rows above the header, read as the file's title (csv-rows.ts). */
  titleRows: number;
  /** Rows whose ID number or date of birth is a placeholder (000000000, 1900-01-01, one date too many share), which matching reads as missing. */
  placeholderRows: number;
  /** How the file writes its dates, and so how they were read (dateOrderOf). */
  dateOrder: DateOrder;
  /** The values too many of the register's workers share to be their own (sharedOnRegister), for a caller to name them. */
  shared: SharedValues;
}

const ALIASES = {
  worker_id: ['worker_id'],
  name_kh: ['name_kh', 'khmer_name', 'name_khmer', 'ឈ្មោះ', 'ឈ្មោះខ្មែរ'],
  name_latin: ['name_latin', 'name_en', 'latin_name', 'english_name', 'name_english', 'ឈ្មោះឡាតាំង'],
  ...SHARED_ALIASES,
  hire_date: ['hire_date', 'ថ្ងៃចូលធ្វើការ'],
  wage_riel: ['wage_riel', 'wage'],
};

const MEANING: Meanings = {
  ...SHARED_MEANINGS,
  hire_date: meaningOf(parseDate),
  wage_riel: meaningOf(parseRiel),
};

/** The fund's export always has these; a missing one would silently weaken matching. */
const REQUIRED = ['worker_id', 'nssf_number', 'national_id', 'name_kh', 'name_latin', 'sex', 'date_of_birth', 'hire_date'] as const;

/**
 * The fund's register of an employer's workers, as a supervisor uploads it. Same rules as the
 * employer's sheet: every data row ends in `workers` or `errors`, and columns that give one
 * field twice must agree. A worker id seen twice is an error on the later row, since
 * reconciliation pairs workers by that id.
 */
export function parseRegisteredCsv(text: string): RegisteredCsvResult {
  const { header, rows, titleRows } = readCsvRows(text, (cells) => {
    const found = resolveColumns(cells, ALIASES);
    return REQUIRED.every((f) => found[f].length > 0);
  });
  const columns = header.map((h) => h.trim());
  const map = resolveColumns(header, ALIASES);
  const fileError = (code: RegisteredErrorCode, message: string): RegisteredCsvResult =>
    ({ workers: [], columns, notes: [], titleRows, placeholderRows: 0, dateOrder: 'dayFirst', shared: NO_SHARED_VALUES, errors: [{ row: 0, code, message, raw: header.join(',') }] });
  const missing = REQUIRED.filter((f) => map[f].length === 0);
  if (missing.length) {
    return fileError('missing_column', `Missing column(s) ${missing.join(', ')}. Columns found: ${columns.map((c) => `"${c}"`).join(', ') || 'none'}.`);
  }

  // Dates of birth and of hire are written alike: both columns say how.
  const dateOrder = dateOrderOf(cellsOf(rows, [...map.date_of_birth, ...map.hire_date]));
  const workers: RegisteredWorker[] = [];
  const errors: RegisteredCsvError[] = [];
  const notes: RosterNote[] = [];
  const seen = new Map<string, number>();
  for (const r of rows) {
    const p = new RowProblems<RegisteredErrorCode>();
    if (r.putBack) p.note('textPutBack', PUT_BACK_NOTE);
    if (r.problem) p.add('bad_row', r.problem);
    const get = (f: keyof typeof ALIASES) => p.take(cell(r.fields, map, f, columns, MEANING[f]), 'bad_row');
    const workerId = get('worker_id');
    if (workerId === null) p.add('missing_worker_id', 'no worker_id');
    else if (seen.has(workerId)) p.add('duplicate_worker_id', `worker_id ${workerId} is already on row ${seen.get(workerId)}`);
    const nameKh = get('name_kh');
    const nameLatin = get('name_latin');
    if (nameKh === null && nameLatin === null) p.add('missing_name', 'no name_kh or name_latin');
    const sex = p.take(parseSex(get('sex')), 'bad_sex');
    const dateOfBirth = p.take(parseDate(get('date_of_birth'), dateOrder), 'bad_date');
    const hireDate = p.take(parseDate(get('hire_date'), dateOrder), 'bad_date');
    const wageRiel = p.take(parseRiel(get('wage_riel')), 'bad_wage');
    if (p.any) {
      errors.push(p.toError(r.row, r.raw));
      continue;
    }
    seen.set(workerId!, r.row);
    const note = p.toNote(r.row, r.raw);
    if (note) notes.push(note);
    workers.push({
      workerId: workerId!,
      nssfNumber: get('nssf_number'),
      nationalId: get('national_id'),
      nameKh: nameKh ?? '',
      nameLatin,
      sex,
      dateOfBirth,
      hireDate,
      wageRiel,
    });
  }
  const shared = sharedOnRegister(workers);
  return { workers, errors, notes, columns, titleRows, placeholderRows: placeholderRows(workers, shared), dateOrder, shared };
}
