/**
 * `npm run --silent reconcile -- --registered R.csv --onsite O.csv`: reconciles two CSV files
 * and prints the outcome as JSON on stdout. Bad input is reported on stderr, row by row, with a
 * non-zero exit, and nothing is printed on stdout: a partial result would hide workers. A value
 * read otherwise than written (a date that exists only with day and month swapped, or one not on
 * the calendar, read as not given) is a warning on stderr, and the run goes on.
 *
 * `stats.elapsedMs` times the engine alone. A fresh Node process runs JavaScript slowly until
 * V8 has compiled the hot code, which for 10,000 workers roughly doubles the first run; that is
 * start-up, not the engine's work, so the engine runs WARM_UP_RUNS times on the same files
 * first, then TIMED_RUNS times, and elapsedMs is the median of those: one run alone can meet a
 * garbage collection that belongs to the runs before it. `stats.firstRunMs` is the first, cold
 * run, for anyone who wants it; every run gives the same result.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { reconcile } from '../../domain/reconcile';
import { droppedDate, droppedId, LAST_PLACEHOLDER_YEAR, NO_SHARED_VALUES, SHARED_ID_ROWS, type SharedValues } from '../../domain/reconcile/placeholders';
import { decodeRosterFile } from '../../domain/roster/decode';
import { onsiteWorkerFromRow, parseOnsiteCsv } from '../../domain/roster/parse-onsite';
import type { RosterNote } from '../../domain/roster/errors';
import { parseRegisteredCsv } from '../../domain/roster/parse-registered';
import type { DateOrder, OnsiteWorker, Reconciliation, RegisteredWorker } from '../../protocol';

export interface Io {
  readFile: (path: string) => Uint8Array;
  out: (text: string) => void;
  err: (text: string) => void;
}

/**
 * V8 keeps compiling the engine's loops, and the heap keeps settling, over several runs: on a
 * 10,000-worker pair of files (noisy) fourteen runs took 619, 429, 363, 323, 322, 326, 358, 316,
 * 306, 298, 281, 290, 319 and 298 ms. After four warm-ups, the median of three read 5 % above
 * the steady speed (CLI, four runs each: 255-280 ms against 247-262 after six, of five).
 */
const WARM_UP_RUNS = 6;
const TIMED_RUNS = 5;

const tenths = (ms: number) => Math.round(ms * 10) / 10;

const USAGE = 'usage: reconcile --registered REGISTERED.csv --onsite ONSITE.csv';

/** Runs the CLI; returns the exit code. */
export function main(argv: string[], io: Io): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.err(`${args}\n${USAGE}\n`);
    return 2;
  }
  const problems: string[] = [];
  // The sheet is read now: a date in its date-of-birth column is a child's or a hire date
  // (tooYoung) by the worker's age today. The Unix epoch once stood here, and every worker born
  // from 1957 to 1970 was read as a child and their date as not given.
  const now = new Date().toISOString();
  const register = readRegistered(args.registered, io, problems);
  const onsite = readOnsite(args.onsite, now, io, problems);
  if (problems.length || !register || !onsite) {
    io.err(problems.join('\n') + '\n');
    return 1;
  }
  const { workers: registered, shared } = register;
  warnPlaceholders(args, registered, shared, onsite, io);
  const input = { visitId: 'cli', registered, onsite, tally: null, runAt: now };
  let firstRunMs = 0;
  for (let i = 0; i < WARM_UP_RUNS; i++) {
    const t = performance.now();
    reconcile(input);
    if (i === 0) firstRunMs = tenths(performance.now() - t);
  }
  const timed: number[] = [];
  let result: Reconciliation | undefined;
  for (let i = 0; i < TIMED_RUNS; i++) {
    const t0 = performance.now();
    result = reconcile(input);
    timed.push(performance.now() - t0);
  }
  if (!result) throw new Error('TIMED_RUNS is at least one');
  const elapsedMs = tenths(timed.sort((a, b) => a - b)[Math.floor(TIMED_RUNS / 2)]);
  io.out(JSON.stringify({
    results: result.results.map((r) => ({ onsiteId: r.onsiteId, status: r.status, registeredId: r.registeredId, score: r.score, reasons: r.reasons, ...(r.candidates ? { candidates: r.candidates } : {}), ...(r.namesakeId ? { namesakeId: r.namesakeId } : {}) })),
    absent: result.absent,
    stats: { elapsedMs, firstRunMs, warmUpRuns: WARM_UP_RUNS, timedRuns: TIMED_RUNS, engine: result.engine, registered: registered.length, onsite: onsite.length, matched: result.summary.matched, review: result.summary.review, hidden: result.summary.hidden, absent: result.summary.absent, absentRegisteredTwice: result.registeredTwice?.length ?? 0 },
  }) + '\n');
  return 0;
}

function parseArgs(argv: string[]): { registered: string; onsite: string } | string {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = /^--(registered|onsite)(?:=(.*))?$/.exec(a);
    if (!m) return `unknown argument "${a}"`;
    const value = m[2] ?? argv[++i];
    if (value === undefined) return `--${m[1]} needs a file name`;
    out[m[1]] = value;
  }
  if (!out.registered || !out.onsite) return 'both --registered and --onsite are required';
  return { registered: out.registered, onsite: out.onsite };
}

function readText(path: string, io: Io, problems: string[]): string | null {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(path);
  } catch (e) {
    problems.push(`${path}: cannot read (${(e as Error).message})`);
    return null;
  }
  const decoded = decodeRosterFile(bytes);
  if (!decoded.ok) {
    problems.push(`${path}: ${decoded.message}`);
    return null;
  }
  return decoded.text;
}

function readRegistered(path: string, io: Io, problems: string[]): { workers: RegisteredWorker[]; shared: SharedValues } | null {
  const text = readText(path, io, problems);
  if (text === null) return null;
  const parsed = parseRegisteredCsv(text);
  for (const e of parsed.errors) problems.push(`${path}: ${e.row === 0 ? e.message : `${e.message} [${e.raw}]`}`);
  warn(path, parsed, io);
  return parsed.errors.length ? null : parsed;
}

function readOnsite(path: string, recordedAt: string, io: Io, problems: string[]): OnsiteWorker[] | null {
  const text = readText(path, io, problems);
  if (text === null) return null;
  const parsed = parseOnsiteCsv(text);
  const before = problems.length;
  for (const e of parsed.errors) problems.push(`${path}: ${e.row === 0 ? e.message : `${e.message} [${e.raw}]`}`);
  warn(path, parsed, io);
  if (parsed.errors.length === 0 && parsed.rows.length > 0 && parsed.rows.every((r) => r.rowId === null)) {
    problems.push(`${path}: no row_id column; each on-site row needs an id to report on`);
    return null;
  }
  const seen = new Map<string, number>();
  for (const r of parsed.rows) {
    if (r.rowId === null) problems.push(`${path}: Row ${r.sourceRow}: no row_id`);
    else if (seen.has(r.rowId)) problems.push(`${path}: Row ${r.sourceRow}: row_id ${r.rowId} is already on row ${seen.get(r.rowId)}`);
    else seen.set(r.rowId, r.sourceRow);
  }
  if (problems.length > before) return null;
  return parsed.rows.map((r) => onsiteWorkerFromRow(r, r.rowId!, 'cli', recordedAt));
}

/** How many example values a placeholder warning names. */
const PLACEHOLDER_EXAMPLES = 3;

/**
 * Values the engine reads as missing (placeholders.ts: an ID of 0, 000000000 or 999999999, a
 * birth in 1900 or before, a value too many of the register's workers share) are said on
 * stderr, per file and column, so a file that lost its numbers or dates is noticed.
 */
function warnPlaceholders(paths: { registered: string; onsite: string }, registered: RegisteredWorker[], shared: SharedValues, onsite: OnsiteWorker[], io: Io): void {
  const idWhy = `not a number a card could carry, one a spreadsheet rounded (4.66854E+08), or one ${SHARED_ID_ROWS} or more registered workers share`;
  const dateWhy = `in ${LAST_PLACEHOLDER_YEAR} or before, or given to too many registered workers to be each one's birthday`;
  const lists: [string, (RegisteredWorker | OnsiteWorker)[], ReadonlySet<string>][] = [[paths.registered, registered, shared.dates], [paths.onsite, onsite, NO_SHARED_VALUES.dates]];
  for (const [path, workers, sharedDates] of lists) {
    for (const [column, values, placeholder, why] of [
      ['national_id', workers.map((w) => w.nationalId), (id: string) => droppedId(id, shared.nationalIds), idWhy],
      ['nssf_number', workers.map((w) => w.nssfNumber), (id: string) => droppedId(id, shared.nssfNumbers), idWhy],
      ['date_of_birth', workers.map((w) => w.dateOfBirth), (iso: string) => droppedDate(iso, sharedDates), dateWhy],
    ] as const) {
      const found = values.filter((v): v is string => v !== null && placeholder(v));
      if (found.length === 0) continue;
      const examples = [...new Set(found)].slice(0, PLACEHOLDER_EXAMPLES).map((v) => `"${v}"`).join(', ');
      io.err(`${path}: warning: ${column} on ${found.length === 1 ? '1 row' : `${found.length} rows`} (${examples}) read as missing: ${why}\n`);
    }
  }
}

/** Values read otherwise than written go to stderr as warnings; the run goes on. */
function warn(path: string, parsed: { notes: readonly RosterNote[]; titleRows: number; totalRows?: number; dateOrder: DateOrder }, io: Io): void {
  const rows = (n: number) => (n === 1 ? 'row' : `${n} rows`);
  if (parsed.titleRows > 0) io.err(`${path}: warning: the ${rows(parsed.titleRows)} above the header read as a title, not as workers\n`);
  if (parsed.totalRows) io.err(`${path}: warning: ${rows(parsed.totalRows)} of totals left out, not read as workers\n`);
  if (parsed.dateOrder === 'monthFirst') io.err(`${path}: warning: dates read month first (3/25/1990 as 1990-03-25), as more of them can only be read so than day first\n`);
  for (const n of parsed.notes) io.err(`${path}: warning: ${n.message} [${n.raw}]\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2), {
    readFile: (p) => readFileSync(p),
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
  });
}
