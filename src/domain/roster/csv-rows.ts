import Papa from 'papaparse';
import { repairMisreadUtf8 } from '../names/misread-utf8';

export interface CsvRow {
  /** 1 = first data row after the header, as the inspector counts rows in the sheet. */
  row: number;
  fields: string[];
  /** The row's text as written in the file, to show beside an error. */
  raw: string;
  /** Set when the row cannot be trusted field by field (broken quotes, wrong field count). */
  problem: string | null;
  /** Whether a field's text had been misread as Windows-1252 and was put back (misread-utf8.ts). */
  putBack: boolean;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  /** Rows above the header, as a sheet's title and date written over its table: not data. */
  titleRows: number;
}

/** The note a row with text put back carries (CsvRow.putBack). */
export const PUT_BACK_NOTE = 'text misread as Windows-1252 (as Excel does to a UTF-8 file) put back';

/** How far down a sheet its header is looked for; a title block is a few rows. */
const MAX_TITLE_ROWS = 10;

/**
 * The one CSV reader. Rows come one at a time through `step` because papaparse's batch error
 * rows count the blank lines it skipped, and the cursor gives each row's raw text. The header
 * is handled here rather than by `header: true` so that two spellings of one column stay
 * visible and a short row is reported rather than filled with undefined. Excel leaves rows of
 * bare commas at the end of a sheet; 'greedy' skips them, and they are not data. With
 * `isHeader`, the header is the first of the top rows it accepts, and the rows above it a title
 * (an employer's payroll often starts with its name and month); without, or when none is
 * accepted, it is the first row. Text a spreadsheet misread as Windows-1252 (Khmer turned to
 * "ážŸáž»"), header included, is put back before anything reads it, and the row says so.
 */
export function readCsvRows(text: string, isHeader?: (cells: string[]) => boolean): CsvTable {
  let all = splitRows(text);
  let found = isHeader ? headerIn(all, isHeader) : 0;
  // Papaparse guesses the delimiter from the rows it sees, and a sheet whose few rows hold more
  // of another sign (" ||", a phone list's 1;2;3) is split on that; the header then names
  // nothing. The delimiter is then the one its header is found by.
  for (const delimiter of DELIMITERS) {
    if (found >= 0 || !isHeader) break;
    const split = splitRows(text, delimiter);
    const at = headerIn(split, isHeader);
    if (at >= 0) [all, found] = [split, at];
  }
  const titleRows = Math.max(found, 0);
  const header = all[titleRows]?.fields ?? [];
  const rows = all.slice(titleRows + 1).map((r) => ({ ...r, row: r.row - titleRows, problem: r.problem ?? fieldCountProblem(r.fields, header.length) }));
  return { header, rows, titleRows };
}

/** The delimiters a sheet is tried with when the guessed one finds no header. */
const DELIMITERS = [',', ';', '\t', '|'];

/** The first of the top rows `isHeader` accepts, or -1. */
const headerIn = (all: readonly CsvRow[], isHeader: (cells: string[]) => boolean): number => all.slice(0, MAX_TITLE_ROWS).findIndex((r) => isHeader(r.fields));

/** Every row of the text, split on `delimiter` or on the one papaparse guesses. */
function splitRows(text: string, delimiter?: string): CsvRow[] {
  const all: CsvRow[] = [];
  let cursor = 0;
  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: 'greedy',
    delimiter,
    step: (result) => {
      const raw = rawText(text.slice(cursor, result.meta.cursor));
      cursor = result.meta.cursor;
      // A one-column file has no delimiter to detect; that is not a problem with any row.
      const errors = result.errors.filter((e) => e.type !== 'Delimiter');
      const fields = result.data.map(repairMisreadUtf8);
      const putBack = fields.some((f, i) => f !== result.data[i]);
      all.push({ row: all.length, fields: fields.map(oneByte), raw, problem: errors.length ? errors.map((e) => e.message).join('; ') : null, putBack });
    },
  });
  return all;
}

/**
 * The field as a one-byte string when it is plain ASCII, as ids, dates and Latin names are. A
 * file with any Khmer in it decodes to a two-byte string, and every field cut from it stays
 * two-byte whatever it holds; V8 compares and hashes such strings more slowly, which made
 * reconciling 10,000 workers read from CSV 5–7 % slower than the same workers built in memory.
 */
function oneByte(field: string): string {
  // A cell no roster field needs, left as it is: its letters would be too many arguments for fromCharCode.
  if (field.length > ONE_BYTE_MAX) return field;
  const codes = asciiCodes;
  codes.length = field.length;
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i);
    if (c > 0x7f) return field;
    codes[i] = c;
  }
  return String.fromCharCode.apply(null, codes);
}

/** Reused by oneByte: a field is short, and the file has tens of thousands of them. */
const asciiCodes: number[] = [];
/** Longer than any name, ID or date the parsers accept (they report such a cell as over-long). */
const ONE_BYTE_MAX = 1024;

/**
 * Excel writes trailing commas for cells that were once touched, so extra fields that are all
 * blank lose nothing; any other count means the cells would land in the wrong columns.
 */
function fieldCountProblem(fields: string[], expected: number): string | null {
  if (fields.length < expected) return `expected ${expected} fields but found ${fields.length}`;
  if (fields.slice(expected).some((f) => f.trim() !== '')) return `expected ${expected} fields but found ${fields.length}`;
  return null;
}

/** The slice between two cursors also holds the blank lines skipped before the row. */
function rawText(slice: string): string {
  const lines = slice.replace(/(\r\n|\n|\r)$/, '').split(/\r\n|\n|\r/);
  while (lines.length > 1 && /^[\s,;\t|]*$/.test(lines[0])) lines.shift();
  return lines.join('\n');
}
