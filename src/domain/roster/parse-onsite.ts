import { OnsiteWorker } from '../../protocol';
import { cell, cellsOf, type ColumnMap, headerKey, resolveColumns, SHARED_ALIASES, SHARED_MEANINGS } from './columns';
import { PUT_BACK_NOTE, readCsvRows } from './csv-rows';
import { dittoMark, withFamilyAbove } from './ditto';
import { type RosterError, type RosterNote, RowProblems } from './errors';
import { hasKhmer } from '../names/khmer-letters';
import { dateOrderOf, type DateOrder, notKnown, parseDate, parseSex } from './fields';
import { placeholderRows } from '../reconcile/placeholders';

/** One worker from the employer's sheet, ready to become an OnsiteWorker with source 'csv'. */
export interface OnsiteRowInput {
  sourceRow: number;
  rowId: string | null;
  name: string;
  nationalId: string | null;
  nssfNumber: string | null;
  sex: 'F' | 'M' | null;
  dateOfBirth: string | null;
}

/** The UI translates these; 'bad_row' covers broken quotes, field counts, over-long values and disagreeing columns. */
export type OnsiteErrorCode = 'no_name_column' | 'missing_name' | 'bad_sex' | 'bad_date' | 'bad_row';

export type OnsiteCsvError = RosterError<OnsiteErrorCode>;
/** The name the UI imports. */
export type OnsiteRowError = OnsiteCsvError;

export interface OnsiteCsvResult {
  rows: OnsiteRowInput[];
  errors: OnsiteCsvError[];
  /** Rows imported with a value read otherwise than written, to show the inspector. */
  notes: RosterNote[];
  /** The header as found in the file, to tell the inspector what was and was not recognised. */
  columns: string[];
  /** Rows above the header, read as the sheet's title (csv-rows.ts). */
  titleRows: number;
  /** Rows that give the sheet's totals (isTotalRow), left out. */
  totalRows: number;
  /** Rows whose ID number or date of birth is a placeholder (000000000, 1900-01-01), which matching reads as missing. */
  placeholderRows: number;
  /** How the sheet writes its dates, and so how they were read (dateOrderOf). */
  dateOrder: DateOrder;
}

const ALIASES = {
  name: ['name', 'full_name', 'worker_name', 'employee_name', 'staff_name', 'ឈ្មោះ', 'ឈ្មោះកម្មករ', 'នាមត្រកូលនិងនាមខ្លួន',
    'name_kh', 'khmer_name', 'name_khmer', 'name_in_khmer', 'ឈ្មោះខ្មែរ',
    'name_latin', 'name_en', 'latin_name', 'english_name', 'name_english', 'name_in_latin', 'name_in_english', 'ឈ្មោះឡាតាំង'],
  // A payroll may give the name in two columns; the family name comes first, as Khmer writes it.
  family_name: ['family_name', 'last_name', 'surname', 'នាមត្រកូល', 'គោត្តនាម'],
  given_name: ['given_name', 'first_name', 'នាមខ្លួន'],
  ...SHARED_ALIASES,
  row_id: ['row_id', 'row', 'row_no', 'no', 'employee_id', 'employee_no', 'staff_id', 'emp_id', 'ល.រ'],
};

type NameFields = Pick<ColumnMap<keyof typeof ALIASES>, 'name' | 'family_name' | 'given_name'>;

/** Whether a header names the worker: a name column, or a family name column and a given name column. */
const hasName = (map: NameFields) => map.name.length > 0 || (map.family_name.length > 0 && map.given_name.length > 0);

// The wire schema's limits, checked here so a row that imports is a row that syncs.
const MAX_NAME = OnsiteWorker.shape.name.maxLength ?? Infinity;
const MAX_ID = OnsiteWorker.shape.nationalId.unwrap().maxLength ?? Infinity;

/**
 * The employer's list of workers, as exported from Excel. Every data row ends up in `rows` or
 * in `errors`, never dropped: a row that vanished is a worker the employer hid again. Only a
 * totals row is left out, and counted.
 * Cells beginning with = + - @ stay as written; the UI shows them as text, never as formulas.
 * A sheet may carry the name twice, in Khmer and in Latin: both are kept (nameCell).
 */
export function parseOnsiteCsv(text: string): OnsiteCsvResult {
  const { header, rows, titleRows } = readCsvRows(text, (cells) => hasName(resolveColumns(cells, ALIASES)));
  const columns = header.map((h) => h.trim());
  const map = resolveColumns(header, ALIASES);
  if (!hasName(map)) {
    const found = columns.length ? columns.map((c) => `"${c}"`).join(', ') : 'none';
    return { rows: [], columns, notes: [], titleRows, totalRows: 0, placeholderRows: 0, dateOrder: 'dayFirst', errors: [{ row: 0, code: 'no_name_column', raw: header.join(','),
      message: `No name column (name, full_name, worker_name or ឈ្មោះ, or family_name and given_name). Columns found: ${found}.` }] };
  }

  const dateOrder = dateOrderOf(cellsOf(rows, map.date_of_birth));
  const out: OnsiteRowInput[] = [];
  const errors: OnsiteCsvError[] = [];
  const notes: RosterNote[] = [];
  let totalRows = 0;
  // The name of the nearest row above without a ditto mark, whose family name such a mark repeats.
  let above: string | null = null;
  for (const r of rows) {
    const written = nameCell(r.fields, map);
    if (isTotalRow(r.fields, written)) {
      totalRows++;
      continue;
    }
    const mark = written === null ? 0 : dittoMark(written);
    const filled = written !== null && mark > 0 ? withFamilyAbove(written.slice(mark), above) : null;
    if (written !== null && mark === 0) above = written;
    const name = filled ?? written;
    const p = new RowProblems<OnsiteErrorCode>();
    if (r.putBack) p.note('textPutBack', PUT_BACK_NOTE);
    if (filled !== null) p.note('dittoFilled', `ditto mark read as the family name of the row above (${filled})`);
    if (r.problem) p.add('bad_row', r.problem);
    const get = (f: Exclude<keyof typeof ALIASES, keyof NameFields>) => p.take(cell(r.fields, map, f, columns, SHARED_MEANINGS[f]), 'bad_row');
    if (name === null) p.add('missing_name', 'no name');
    else if (name.length > MAX_NAME) p.add('bad_row', `name is longer than ${MAX_NAME} characters`);
    const nationalId = get('national_id');
    const nssfNumber = get('nssf_number');
    for (const [label, v] of [['national ID', nationalId], ['NSSF number', nssfNumber]] as const) {
      if (v !== null && v.length > MAX_ID) p.add('bad_row', `${label} is longer than ${MAX_ID} characters`);
    }
    const sex = p.take(parseSex(get('sex')), 'bad_sex');
    const dateOfBirth = p.take(parseDate(get('date_of_birth'), dateOrder), 'bad_date');
    const rowId = get('row_id');
    if (p.any) {
      errors.push(p.toError(r.row, r.raw));
      continue;
    }
    out.push({ sourceRow: r.row, rowId, name: name!, nationalId, nssfNumber, sex, dateOfBirth });
    const note = p.toNote(r.row, r.raw);
    if (note) notes.push(note);
  }
  return { rows: out, errors, notes, columns, titleRows, totalRows, placeholderRows: placeholderRows(out), dateOrder };
}

/**
 * What a payroll writes in its last row, over the sums: "Total", "TOTAL:", "សរុប". Not "Sum",
 * which is also a name (Sum Sokha).
 */
const TOTAL_WORDS = new Set(['total', 'totals', 'grandtotal', 'subtotal', 'សរុប', 'សរុបរួម', 'សរុបទាំងអស់']);

/**
 * A sheet's totals row: some cell says Total and the name cell is blank or says it too. Not a
 * worker; read as one it would be a hidden worker named Total, and a fine for nobody.
 */
function isTotalRow(fields: string[], name: string | null): boolean {
  const total = (v: string) => TOTAL_WORDS.has(headerKey(v));
  return (name === null || total(name)) && fields.some(total);
}

/** A parsed sheet row as the on-site worker it records, under the id and visit the caller gives it. */
export function onsiteWorkerFromRow(row: OnsiteRowInput, id: string, visitId: string, recordedAt: string): OnsiteWorker {
  return {
    id,
    visitId,
    name: row.name,
    nationalId: row.nationalId,
    nssfNumber: row.nssfNumber,
    sex: row.sex,
    dateOfBirth: row.dateOfBirth,
    source: 'csv',
    sourceRow: row.sourceRow,
    recordedAt,
  };
}

/**
 * The row's name: the first non-blank name column's, and after it, with " / ", a name in the
 * other script from another column (ឈ្មោះ and name), so the engine has both writings to match
 * (name-writings.ts) and the inspector sees both. Columns in one script are one name: the first is taken.
 * A sheet without a name column gives each name as its family and given name columns, paired
 * in the order they come.
 */
function nameCell(fields: string[], map: NameFields): string | null {
  const text = (i: number) => {
    const v = (fields[i] ?? '').trim();
    return v === '' || notKnown(v) ? '' : v;
  };
  const written = map.name.length > 0
    ? map.name.map(text)
    : map.family_name.map((f, k) => (k < map.given_name.length ? `${text(f)} ${text(map.given_name[k])}`.trim() : ''));
  const names: string[] = [];
  for (const v of written) if (v !== '' && names.every((n) => hasKhmer(n) !== hasKhmer(v))) names.push(v);
  return names.length > 0 ? names.join(' / ') : null;
}
