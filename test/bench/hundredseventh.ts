/**
 * The hundred-and-seventh roster: a grader's roster of the issue's variations only, with the weight
 * on DATES OF BIRTH. Written blind (from the issue text and the data schemas only).
 *
 * POPULATION
 *   `size` registered workers of one garment factory, three in four of them women. Names come from
 *   short lists (hundredseventh-names.ts: 32 family names, 46 given names) drawn with a strong skew
 *   toward the common ones, so full names collide heavily: at 10,000 workers the commonest full
 *   name is carried by well over a hundred people. On site: round(0.95 × size) rows, 8 % of them
 *   hidden workers; every other row is a distinct registered worker, so about 12.6 % of the
 *   register is absent.
 *
 * REGISTERED SIDE (the fund's list)
 *   workerId assigned after shuffling; national ID (9 digits) 92 %, NSSF number (10 digits) 97 %,
 *   Latin name 88 % (a per-worker spelling, 75 % upper case, compound given names joined 25 %),
 *   sex 99 %, date of birth 99.8 %, hire date 96 %, wage 93 %. The fund's Khmer is itself written in
 *   equivalent ways now and then: ZWSP instead of the space 8 %, vowel-before-shifter order 10 % and
 *   legacy COENG RO order 15 % of the names where they apply.
 *
 * VARIATIONS OF A TRUE ON-SITE ROW (each row carries only these, so a careful person sees through it)
 *   source            id-card 8 % (national ID, sex and date of birth always read off the card; the
 *                     date never swapped, slipped on 1 %), csv 40 % (sourceRow = 1, 2, … in row
 *                     order), manual 52 %.
 *   script            name in Khmer 45 % (75 % on id-card rows), in Latin 55 %.
 *   Khmer name        ZWSP instead of the space 15 %, no space 10 %, two spaces 3 %; family and given
 *                     swapped 8 %; ZWSP inside a compound given name 5 %; register shifter typed
 *                     after the vowel 35 % / COENG RO typed first 50 % / NIKAHIT before AA 30 % of the
 *                     names where each applies; a typo (one vowel sign dropped) 3 %.
 *   Latin name        each word's spelling: the register's own 60 % (when it has one), otherwise a
 *                     spelling drawn from the list (so 15-20 % of words differ from the register's);
 *                     compound given name joined/split against the register 15 %; family and given
 *                     swapped 15 %; UPPER 45 %, Title 45 %, lower 10 %; a typo (one substitution,
 *                     deletion, doubling or transposition inside one word) 5 %; a double space 3 %.
 *   date of birth     missing on 15 % of all rows (drawn at 21 % on rows that are not id-card rows,
 *                     before the redraw of undecidable rows below: ~16 % of true rows in the end);
 *                     of the rows giving a date, day and month swapped on about
 *                     20 % (only where the swap gives a real, different date), one digit slipped on
 *                     3 % (one of the last six digits, giving a real date, year 1940-2012).
 *   national ID       on about 25 % of rows (every id-card row; 60 % of the rows without a date, 9 %
 *                     of the others); one digit mistyped or two adjacent digits transposed on 8 % of
 *                     them (2 % on id-card rows; never onto another worker's ID), ~6 % in all.
 *   NSSF number       on about 10 % of rows (30 % of the rows without a date, 6 % of the others);
 *                     slipped on 8 %.
 *   sex               given on 85 % of rows, always the true one.
 *   Any name typo is redrawn if it would bring the name as close to another name as to its own.
 *
 * HIDDEN WORKERS (8 % of rows; truth null)
 *   80 % are namesakes of a registered worker (a third of those of an absent one), the rest draw a
 *   name from the lists (mostly namesakes too). Their names carry the same variations. Every
 *   registered worker a hidden row could pass for by name (any worker whose name is within one edit
 *   of the row's, after normalising script, spacing, case and transliteration) is told apart by a
 *   date of birth that differs from theirs by more than a swap or a one-digit slip (at least two
 *   digits differ from both the date and its swap, and it is not two adjacent digits transposed);
 *   when such a worker has no date on the register, by a national ID two or more edits from theirs.
 *   Otherwise the row is redrawn. So every hidden namesake gives a date (a hidden row without a
 *   date has no registered namesake). Hidden rows never carry an NSSF number.
 *
 * FAIRNESS RULES (audited by the self-check, `npx tsx test/bench/hundredseventh.ts 10000 1`)
 *   1. A true row carries only the variations above of its worker: its name is recognised as that
 *      worker's name (within one edit after normalisation) and no other name is as close; its date
 *      is equal, swapped or one digit off; its IDs equal or one edit off; its sex equal or missing.
 *   2. Every hidden row is told apart from every registered worker it could pass for by name, by a
 *      date or an ID as above. Rows that stay undecidable (a true row that another registered
 *      worker fits at least as well: a name as close, no field contradicting, and as much evidence,
 *      counting an equal date 9, a swapped one 7, a slipped one 3, an equal ID 10, an ID one edit
 *      off 5, an equal sex 0.5, anything missing 0) are counted and kept under 3 %: a true row
 *      without a date found undecidable is redrawn once with probability 0.7.
 *   3. Both lists shuffled; workerIds assigned after shuffling; on-site ids random v4 UUIDs from
 *      the seeded RNG, all unique; recordedAt strictly increasing in row order; every truth id on
 *      the register and every registered worker at most once.
 *   4. About 0.95 × size rows; hidden 5-10 % of rows; absent 5-15 % of the register.
 */
import { pathToFileURL } from 'node:url';
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY_NAMES, GIVEN_NAMES, type GivenName } from './hundredseventh-names';

export const HUNDREDSEVENTH_LABEL =
  'dates of birth carry it: heavy namesakes, DOB missing 15 %, day/month swapped on ~20 % of dates, 1-digit slips; IDs on 25 %/10 %; 8 % hidden namesakes told apart by date';

// ---------------------------------------------------------------------------------------------
// rates
const ONSITE_PER_REGISTERED = 0.95;
const HIDDEN_SHARE = 0.08;
const FEMALE_SHARE = 0.75;

const REG = { latin: 0.88, nationalId: 0.92, nssf: 0.97, sex: 0.99, dob: 0.998, hire: 0.96, wage: 0.93 };
const REG_KH = { zwsp: 0.08, shifterOrder: 0.1, coengRo: 0.15 };
const REG_LATIN_UPPER = 0.75;
const REG_LATIN_JOINED = 0.25;

const SRC = { idCard: 0.08, csv: 0.4 };
const KHMER_SCRIPT = 0.45;
const KHMER_SCRIPT_IDCARD = 0.75;
const KH = { zwspSep: 0.15, noSep: 0.1, doubleSpace: 0.03, swap: 0.08, innerZwsp: 0.05, shifter: 0.35, coengRo: 0.5, nikahit: 0.3, typo: 0.03 };
const LA = { keepRegSpelling: 0.6, joinSplit: 0.15, swap: 0.15, upper: 0.45, title: 0.45, typo: 0.05, doubleSpace: 0.03 };
/** P(date missing) on rows that are not id-card rows, so that ~15 % of all rows miss it. */
const DOB_MISSING_NONCARD = 0.21;
/** P(swap | swap possible): a swap is possible on ~36 % of dates, so this gives ~20 % of dates. */
const DOB_SWAP_IF_POSSIBLE = 0.6;
const DOB_SLIP = 0.04;
const DOB_SLIP_IDCARD = 0.01;
/** national ID on rows that are not id-card rows: where the date is missing / where it is given. */
const NATID_IF_NO_DOB = 0.6;
const NATID_IF_DOB = 0.09;
const NSSF_IF_NO_DOB = 0.3;
const NSSF_IF_DOB = 0.06;
const ID_SLIP = 0.08;
const SEX_GIVEN = 0.85;
const REDRAW_UNDECIDABLE = 0.7;
const HIDDEN_NAMESAKE = 0.8;
const HIDDEN_NAMESAKE_OF_ABSENT = 1 / 3;

// ---------------------------------------------------------------------------------------------
// names
const ZWSP = '\u200B';
const G_F: number[] = [];
const G_M: number[] = [];
{
  const f = GIVEN_NAMES.map((g, i) => [g, i] as const).filter(([g]) => g.sex === 'F').map(([, i]) => i);
  const m = GIVEN_NAMES.map((g, i) => [g, i] as const).filter(([g]) => g.sex === 'M').map(([, i]) => i);
  const dara = GIVEN_NAMES.findIndex((g) => g.latin[0] === 'Dara');
  const samnang = GIVEN_NAMES.findIndex((g) => g.latin[0] === 'Samnang');
  // names for both sexes slot in among the common ones
  f.splice(5, 0, dara);
  f.splice(12, 0, samnang);
  m.splice(2, 0, dara);
  m.splice(7, 0, samnang);
  G_F.push(...f);
  G_M.push(...m);
}
const NG = GIVEN_NAMES.length;
const pairKey = (f: number, g: number) => f * NG + g;

/** Normalise Khmer the way a careful reader sees it: no invisible spaces, one code-point order. */
export function normKh(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\s\u200B\u200C\u200D\uFEFF]/g, '')
    .replace(/([\u17B6-\u17C5])([\u17C9\u17CA])/g, '$2$1') // shifter before vowel
    .replace(/\u17C6([\u17B6-\u17C5])/g, '$1\u17C6') // vowel before nikahit
    .replace(/\u17D2\u179A\u17D2([\u1780-\u17A2])/g, '\u17D2$1\u17D2\u179A'); // COENG RO last
}
export function normLatin(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[^a-z]/g, '');
}
const isKhmer = (s: string) => /[\u1780-\u17FF]/.test(s);
const normName = (s: string) => (isKhmer(s) ? normKh(s) : normLatin(s));

/** Whether two strings are at most one edit apart (substitution, insertion, deletion, or two adjacent characters transposed); 0, 1 or 2 (= more). */
function osa1(a: string, b: string): 0 | 1 | 2 {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (n === m) {
    let i = 0;
    while (a.charCodeAt(i) === b.charCodeAt(i)) i++;
    // substitution at i, or transposition of i and i+1
    if (a.slice(i + 1) === b.slice(i + 1)) return 1;
    return i + 1 < n && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2) ? 1 : 2;
  }
  if (Math.abs(n - m) > 1) return 2;
  const [long, short] = n > m ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && long.charCodeAt(i) === short.charCodeAt(i)) i++;
  return long.slice(i + 1) === short.slice(i) ? 1 : 2;
}

/**
 * Name recogniser: which (family, given) pairs a written name could be, within one edit after
 * normalisation (script, spacing, case, code-point order), in either order and either script, and
 * under any of the listed transliterations. The name is cut at every point into two parts; one
 * part must be a listed family or given name exactly and the other within one edit of one (an
 * index of one-character deletions finds those), or the two characters at the cut are transposed.
 */
interface TokenIndex {
  exact: Map<string, number[]>;
  dels: Map<string, string[]>; // a form with at most one character deleted -> forms
}
function tokenIndex(entries: readonly { kh: string; latin: readonly string[] }[]): TokenIndex {
  const exact = new Map<string, number[]>();
  entries.forEach((e, i) => {
    for (const f of [normKh(e.kh), ...e.latin.map(normLatin)]) {
      const l = exact.get(f);
      if (!l) exact.set(f, [i]);
      else if (!l.includes(i)) l.push(i);
    }
  });
  const dels = new Map<string, string[]>();
  const add = (d: string, f: string) => {
    const l = dels.get(d);
    if (!l) dels.set(d, [f]);
    else if (!l.includes(f)) l.push(f);
  };
  for (const f of exact.keys()) {
    add(f, f);
    for (let i = 0; i < f.length; i++) add(f.slice(0, i) + f.slice(i + 1), f);
  }
  return { exact, dels };
}
let INDEX: { fam: TokenIndex; giv: TokenIndex } | null = null;
const index = () => (INDEX ??= { fam: tokenIndex(FAMILY_NAMES), giv: tokenIndex(GIVEN_NAMES) });
/** Entries whose form is exactly one edit from `part`. */
function oneOff(ix: TokenIndex, part: string): number[] {
  const out: number[] = [];
  for (let i = -1; i < part.length; i++) {
    const l = ix.dels.get(i < 0 ? part : part.slice(0, i) + part.slice(i + 1));
    if (!l) continue;
    for (const f of l) if (osa1(part, f) === 1) for (const e of ix.exact.get(f)!) out.push(e);
  }
  return out;
}
const RECOGNISED = new Map<string, Map<number, number>>();
const RECOGNISED_RAW = new Map<string, Map<number, number>>();
/** pair key -> smallest distance (0 or 1) of the written name to any form of that pair. */
export function recognise(name: string): Map<number, number> {
  let out = RECOGNISED_RAW.get(name);
  if (out) return out;
  const s = normName(name);
  out = RECOGNISED.get(s);
  if (!out) RECOGNISED.set(s, (out = recogniseNormalised(s)));
  RECOGNISED_RAW.set(name, out);
  return out;
}
function setMin(out: Map<number, number>, fi: number, gi: number, d: number): void {
  const k = pairKey(fi, gi);
  const old = out.get(k);
  if (old === undefined || d < old) out.set(k, d);
}
/** Record pairs for a first part `as` (entries of A) and a second part `bs` (entries of B). */
function putAll(out: Map<number, number>, famFirst: boolean, as: readonly number[], bs: readonly number[], d: number): void {
  for (const a of as) for (const b of bs) famFirst ? setMin(out, a, b, d) : setMin(out, b, a, d);
}
function recogniseNormalised(s: string): Map<number, number> {
  const { fam, giv } = index();
  const out = new Map<number, number>();
  for (let k = 1; k < s.length; k++) {
    const p = s.slice(0, k);
    const q = s.slice(k);
    const cross = s[k - 1] !== s[k];
    const tp = cross ? s.slice(0, k - 1) + s[k] : '';
    const tq = cross ? s[k - 1] + s.slice(k + 1) : '';
    for (let o = 0; o < 2; o++) {
      const famFirst = o === 0;
      const A = famFirst ? fam : giv;
      const B = famFirst ? giv : fam;
      const ea = A.exact.get(p);
      const eb = B.exact.get(q);
      if (ea && eb) putAll(out, famFirst, ea, eb, 0);
      if (ea) putAll(out, famFirst, ea, oneOff(B, q), 1);
      if (eb) putAll(out, famFirst, oneOff(A, p), eb, 1);
      const xa = cross ? A.exact.get(tp) : undefined;
      const xb = xa && B.exact.get(tq);
      if (xa && xb) putAll(out, famFirst, xa, xb, 1);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// dates and numbers
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (y: number, m: number) => (m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1]);
function validDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = +m[1];
  const mo = +m[2];
  const d = +m[3];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo);
}
/** The date with day and month swapped, when that is a real and different date. */
function swapDM(s: string): string | null {
  const m = +s.slice(5, 7);
  const d = +s.slice(8, 10);
  if (d > 12 || d === m || m > daysIn(+s.slice(0, 4), d)) return null;
  return `${s.slice(0, 4)}-${s.slice(8, 10)}-${s.slice(5, 7)}`;
}
const digits = (s: string) => (s.length === 10 ? s.slice(0, 4) + s.slice(5, 7) + s.slice(8, 10) : s.replace(/\D/g, ''));
function hamming(a: string, b: string): number {
  if (a.length !== b.length) return Math.max(a.length, b.length);
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}
function adjacentTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i >= a.length - 1) return false;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
/** One slipped digit or two adjacent digits swapped: one edit on a fixed-width number. */
const oneEdit = (a: string, b: string) => hamming(a, b) === 1 || adjacentTransposition(a, b);
/** Level of agreement between an on-site and a registered date: 'eq' | 'swap' | 'slip' | 'differ'. */
function dateLevel(on: string, reg: string): 'eq' | 'swap' | 'slip' | 'differ' {
  const d = dateDist(on, reg, SAME);
  if (d === 0) return 'eq';
  if (dateDist(on, reg, SWAPPED) === 0) return 'swap';
  return d === 1 ? 'slip' : 'differ';
}
/** Index of each YYYY-MM-DD position in YYYYMMDD (-1 for the dashes). */
const DIGIT_AT = [0, 1, 2, 3, -1, 4, 5, -1, 6, 7];
const SAME = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
/** Compare with the other date's day and month swapped. */
const SWAPPED = [0, 1, 2, 3, 4, 8, 9, 7, 5, 6];
/**
 * 0 when two YYYY-MM-DD dates are equal (the second one read through `map`), 1 when one digit
 * differs or two adjacent digits are transposed, 2 otherwise. No allocation: this runs millions of times.
 */
function dateDist(a: string, b: string, map: readonly number[]): 0 | 1 | 2 {
  let diff = 0;
  let i1 = -1;
  let i2 = -1;
  for (let i = 0; i < 10; i++) {
    if (a.charCodeAt(i) !== b.charCodeAt(map[i])) {
      diff++;
      if (diff === 1) i1 = i;
      else if (diff === 2) i2 = i;
      else return 2;
    }
  }
  if (diff < 2) return diff as 0 | 1;
  return DIGIT_AT[i2] === DIGIT_AT[i1] + 1 && a[i1] === b[map[i2]] && a[i2] === b[map[i1]] ? 1 : 2;
}
/** A date a careful person would call another person's: more than a swap or a one-digit slip. */
const clearlyDifferentDate = (a: string, b: string) => dateDist(a, b, SAME) === 2 && dateDist(a, b, SWAPPED) === 2;
const clearlyDifferentId = (a: string, b: string) => a !== b && !oneEdit(a, b);

function randomDob(r: Rng): string {
  // ages 18-55 in 2024, skewed toward the twenties and thirties
  const age = 18 + Math.floor(37 * Math.min(r.next(), r.next()) ** 0.9);
  const y = 2024 - age - (r.chance(0.5) ? 1 : 0);
  const m = r.int(1, 12);
  return `${y}-${pad(m)}-${pad(r.int(1, daysIn(y, m)))}`;
}
function slipDate(s: string, r: Rng): string {
  const d = digits(s);
  for (let k = 0; k < 200; k++) {
    const i = r.int(2, 7); // not the century digits: a slip there gives no plausible year
    const c = String(r.int(0, 9));
    if (c === d[i]) continue;
    const t = d.slice(0, i) + c + d.slice(i + 1);
    const out = `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}`;
    const y = +t.slice(0, 4);
    if (y < 1940 || y > 2012 || !validDate(out)) continue;
    return out;
  }
  return s;
}
function slipId(s: string, r: Rng): string {
  for (let k = 0; k < 100; k++) {
    if (r.chance(0.5)) {
      const i = r.int(0, s.length - 2);
      if (s[i] === s[i + 1]) continue;
      return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    }
    const i = r.int(0, s.length - 1);
    const c = String(r.int(0, 9));
    if (c !== s[i]) return s.slice(0, i) + c + s.slice(i + 1);
  }
  return s;
}
function randDigits(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += r.int(0, 9);
  return s;
}
const newNationalId = (r: Rng) => `${r.chance(0.7) ? '0' : '1'}${pad(r.int(1, 25))}${randDigits(r, 6)}`;
const newNssf = (r: Rng) => `1${randDigits(r, 9)}`;
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
function uuid(r: Rng): string {
  let h = '';
  for (let i = 0; i < 16; i++) {
    let x = r.int(0, 255);
    if (i === 6) x = (x & 0x0f) | 0x40;
    if (i === 8) x = (x & 0x3f) | 0x80;
    h += HEX[x];
  }
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ---------------------------------------------------------------------------------------------
// writing names
const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s])([a-z])/g, (_, a, b) => a + b.toUpperCase());
interface Spelling {
  fam: string;
  given: string; // may contain a space (compound)
}
function drawSpelling(fi: number, gi: number, r: Rng): Spelling {
  return { fam: r.pickSkewed(FAMILY_NAMES[fi].latin, 2), given: r.pickSkewed(GIVEN_NAMES[gi].latin, 2) };
}
const KEYS = 'qwertyuiopasdfghjklzxcvbnm';
const NEAR: Record<string, string> = {
  q: 'wa', w: 'qes', e: 'wrd', r: 'etf', t: 'ryg', y: 'tuh', u: 'yij', i: 'uok', o: 'ipl', p: 'ol',
  a: 'qsz', s: 'adwx', d: 'sfe', f: 'dgr', g: 'fht', h: 'gjy', j: 'hku', k: 'jli', l: 'ko',
  z: 'asx', x: 'zsc', c: 'xvd', v: 'cbf', b: 'vng', n: 'bmh', m: 'nj',
};
function latinTypo(word: string, r: Rng): string {
  const w = word;
  const i = r.int(1, w.length - 1);
  switch (r.int(0, 3)) {
    case 0: {
      const lower = w[i].toLowerCase();
      const near = NEAR[lower] ?? KEYS;
      let c = near[r.int(0, near.length - 1)];
      if (w[i] !== lower) c = c.toUpperCase();
      return w.slice(0, i) + c + w.slice(i + 1);
    }
    case 1:
      return w.slice(0, i) + w.slice(i + 1);
    case 2:
      return w.slice(0, i) + w[i] + w.slice(i);
    default:
      if (i >= w.length - 1 || w[i] === w[i + 1]) return w.slice(0, i) + w.slice(i + 1);
      return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  }
}

interface NameCounters {
  [k: string]: number;
}
const bump = (c: NameCounters, k: string) => (c[k] = (c[k] ?? 0) + 1);

/** The keyboard orders a Khmer word may be typed in, each applied where it changes something. */
const KH_ORDERS = {
  coengRo: (s: string) => s.replace(/\u17D2([\u1780-\u17A2])\u17D2\u179A/g, '\u17D2\u179A\u17D2$1'),
  shifter: (s: string) => s.replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/g, '$2$1'),
  nikahit: (s: string) => s.replace(/\u17B6\u17C6/g, '\u17C6\u17B6'),
};
const KH_KINDS = [
  ['coengRo', 'kh.coengRoFirst'],
  ['shifter', 'kh.vowelBeforeShifter'],
  ['nikahit', 'kh.nikahitBeforeAa'],
] as const;
/** Which keyboard orders change a listed Khmer name (each name has at most a couple). */
const KH_APPLIES = new Map<string, (typeof KH_KINDS)[number][]>();
for (const e of [...FAMILY_NAMES, ...GIVEN_NAMES])
  KH_APPLIES.set(e.kh, KH_KINDS.filter(([kind]) => KH_ORDERS[kind](e.kh) !== e.kh) as (typeof KH_KINDS)[number][]);
function variantKhmer(s: string, r: Rng, p: { shifter: number; coengRo: number; nikahit: number }, c: NameCounters, tag: string): string {
  let out = s;
  for (const [kind, label] of KH_APPLIES.get(s)!) {
    if (r.chance(p[kind])) {
      out = KH_ORDERS[kind](out);
      bump(c, tag + label);
    }
  }
  return out;
}

function registeredKhmer(fi: number, gi: number, r: Rng, c: NameCounters): string {
  const f = variantKhmer(FAMILY_NAMES[fi].kh, r, { shifter: REG_KH.shifterOrder, coengRo: REG_KH.coengRo, nikahit: 0 }, c, 'reg.');
  const g = variantKhmer(GIVEN_NAMES[gi].kh, r, { shifter: REG_KH.shifterOrder, coengRo: REG_KH.coengRo, nikahit: 0 }, c, 'reg.');
  const sep = r.chance(REG_KH.zwsp) ? ZWSP : ' ';
  if (sep === ZWSP) bump(c, 'reg.kh.zwspSeparator');
  return f + sep + g;
}

/** Positions inside a Khmer word where a ZWSP can go unseen: before a base that is no subscript. */
function syllableBreaks(s: string): number[] {
  const out: number[] = [];
  for (let i = 1; i < s.length; i++) {
    const cp = s.charCodeAt(i);
    if (cp >= 0x1780 && cp <= 0x17a2 && s.charCodeAt(i - 1) !== 0x17d2) out.push(i);
  }
  return out;
}

function onsiteKhmer(fi: number, gi: number, r: Rng, c: NameCounters): string {
  let f = variantKhmer(FAMILY_NAMES[fi].kh, r, KH, c, '');
  let g = variantKhmer(GIVEN_NAMES[gi].kh, r, KH, c, '');
  if (r.chance(KH.typo)) {
    const vs = [...g].map((ch, i) => [ch, i] as const).filter(([ch]) => /[\u17B6-\u17C5]/.test(ch));
    if (vs.length && g.length >= 4) {
      const [, i] = r.pick(vs);
      g = g.slice(0, i) + g.slice(i + 1);
      bump(c, 'kh.typo');
    }
  }
  if (r.chance(KH.innerZwsp)) {
    const br = syllableBreaks(g);
    if (br.length) {
      const i = r.pick(br);
      g = g.slice(0, i) + ZWSP + g.slice(i);
      bump(c, 'kh.innerZwsp');
    }
  }
  let sep = ' ';
  const x = r.next();
  if (x < KH.zwspSep) (sep = ZWSP), bump(c, 'kh.zwspSeparator');
  else if (x < KH.zwspSep + KH.noSep) (sep = ''), bump(c, 'kh.noSeparator');
  else if (x < KH.zwspSep + KH.noSep + KH.doubleSpace) (sep = '  '), bump(c, 'kh.doubleSpace');
  if (r.chance(KH.swap)) {
    [f, g] = [g, f];
    bump(c, 'kh.swappedOrder');
  }
  return f + sep + g;
}

function onsiteLatin(fi: number, gi: number, reg: Spelling | null, r: Rng, c: NameCounters, forceUpper: boolean): string {
  const fresh = drawSpelling(fi, gi, r);
  let fam = reg && r.chance(LA.keepRegSpelling) ? reg.fam : fresh.fam;
  let given = reg && r.chance(LA.keepRegSpelling) ? reg.given : fresh.given;
  if (reg) {
    if (normLatin(fam) !== normLatin(reg.fam)) bump(c, 'la.otherFamilySpelling');
    if (normLatin(given) !== normLatin(reg.given)) bump(c, 'la.otherGivenSpelling');
  }
  // compound given names: by default written as on the register (or split when there is none)
  const canonicalCompound = GIVEN_NAMES[gi].latin.some((l) => l.includes(' '));
  if (canonicalCompound) {
    const regJoined = reg ? !reg.given.includes(' ') : false;
    let joined = regJoined;
    if (r.chance(LA.joinSplit)) {
      joined = !joined;
      bump(c, 'la.joinedOrSplit');
    }
    if (joined) given = given.replace(/ /g, '').replace(/^(.)(.*)$/, (_, a, b) => a + b.toLowerCase());
    else if (!given.includes(' '))
      given = GIVEN_NAMES[gi].latin.find((l) => normLatin(l) === normLatin(given)) ?? fresh.given;
  }
  if (r.chance(LA.typo)) {
    // a typo inside one word of four letters or more
    const words = [fam, ...given.split(' ')];
    const idx = words.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 4).map(([, i]) => i);
    if (idx.length) {
      const i = r.pick(idx);
      words[i] = latinTypo(words[i], r);
      fam = words[0];
      given = words.slice(1).join(' ');
      bump(c, 'la.typo');
    }
  }
  let parts = [fam, given];
  if (r.chance(LA.swap)) {
    parts = [given, fam];
    bump(c, 'la.swappedOrder');
  }
  const sep = r.chance(LA.doubleSpace) ? (bump(c, 'la.doubleSpace'), '  ') : ' ';
  let s = parts.join(sep);
  const x = r.next();
  if (forceUpper || x < LA.upper) (s = s.toUpperCase()), bump(c, 'la.upper');
  else if (x < LA.upper + LA.title) (s = titleCase(s).replace(/ {2,}/g, sep)), bump(c, 'la.title');
  else (s = s.toLowerCase()), bump(c, 'la.lower');
  return s.trim();
}

// ---------------------------------------------------------------------------------------------
// evidence (used for the undecidable count and the audits)
interface Person {
  fi: number;
  gi: number;
  sex: 'F' | 'M';
  spelling: Spelling | null;
  reg: RegisteredWorker;
}
type Fields = Pick<OnsiteWorker, 'nationalId' | 'nssfNumber' | 'sex' | 'dateOfBirth'>;
/** Evidence that an on-site row is a registered worker; null when a field contradicts it. */
function evidence(o: Fields, w: RegisteredWorker): number | null {
  let e = 0;
  if (o.dateOfBirth && w.dateOfBirth) {
    const l = dateLevel(o.dateOfBirth, w.dateOfBirth);
    if (l === 'differ') return null;
    e += l === 'eq' ? 9 : l === 'swap' ? 7 : 3;
  }
  if (o.nationalId && w.nationalId) {
    if (o.nationalId === w.nationalId) e += 10;
    else if (oneEdit(o.nationalId, w.nationalId)) e += 5;
    else return null;
  }
  if (o.nssfNumber && w.nssfNumber) {
    if (o.nssfNumber === w.nssfNumber) e += 10;
    else if (oneEdit(o.nssfNumber, w.nssfNumber)) e += 5;
    else return null;
  }
  if (o.sex && w.sex) {
    if (o.sex !== w.sex) return null;
    e += 0.5;
  }
  return e;
}

/** Registered workers an on-site name could pass for (within one edit of their name, in any spelling). */
function nameCandidates(name: string, byPair: Map<number, RegisteredWorker[]>): RegisteredWorker[] {
  const out: RegisteredWorker[] = [];
  for (const k of recognise(name).keys()) {
    const l = byPair.get(k);
    if (l) for (const w of l) out.push(w);
  }
  return out;
}

/** Another registered worker that fits the row at least as well by name and by every field. */
function rival(o: Fields & { name: string }, own: RegisteredWorker, ownKey: number, byPair: Map<number, RegisteredWorker[]>, rec = recognise(o.name)): RegisteredWorker | null {
  const ownD = rec.get(ownKey);
  if (ownD === undefined) return null; // not recognised: an audit failure, reported elsewhere
  const eOwn = evidence(o, own) ?? -1;
  for (const k of rec.keys()) {
    const l = byPair.get(k);
    if (!l || rec.get(k)! > ownD) continue;
    for (const w of l) {
      if (w === own) continue;
      const e = evidence(o, w);
      if (e !== null && e >= eOwn) return w;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// the roster
interface Meta {
  counters: NameCounters;
  redrawnUndecidable: number;
  hiddenRedraws: number;
  hiddenNamesakeSource: number;
  hiddenOfAbsent: number;
}

function build(size: number, seed: number): { roster: Roster; meta: Meta } {
  const r = rng(seed);
  const c: NameCounters = {};
  const meta: Meta = { counters: c, redrawnUndecidable: 0, hiddenRedraws: 0, hiddenNamesakeSource: 0, hiddenOfAbsent: 0 };
  const usedNat = new Set<string>();
  const usedNssf = new Set<string>();
  const uniq = (set: Set<string>, make: () => string) => {
    let v = make();
    while (set.has(v)) v = make();
    set.add(v);
    return v;
  };

  // registered workers
  const persons: Person[] = [];
  for (let i = 0; i < size; i++) {
    const sex: 'F' | 'M' = r.chance(FEMALE_SHARE) ? 'F' : 'M';
    const fi = FAMILY_NAMES.indexOf(r.pickSkewed(FAMILY_NAMES, 2.2));
    const gi = r.pickSkewed(sex === 'F' ? G_F : G_M, 2);
    const dob = randomDob(r);
    const by = +dob.slice(0, 4);
    const hy = Math.max(by + 18, r.int(2008, 2024));
    const hm = r.int(1, 12);
    const hire = hy > 2024 ? null : `${hy}-${pad(hm)}-${pad(r.int(1, daysIn(hy, hm)))}`;
    let spelling: Spelling | null = null;
    let nameLatin: string | null = null;
    if (r.chance(REG.latin)) {
      spelling = drawSpelling(fi, gi, r);
      if (GIVEN_NAMES[gi].latin[0].includes(' ') && r.chance(REG_LATIN_JOINED)) {
        const j = spelling.given.replace(/ /g, '');
        spelling = { ...spelling, given: j[0] + j.slice(1).toLowerCase() };
      }
      nameLatin = `${spelling.fam} ${spelling.given}`;
      nameLatin = r.chance(REG_LATIN_UPPER) ? nameLatin.toUpperCase() : nameLatin;
    }
    persons.push({
      fi,
      gi,
      sex,
      spelling,
      reg: {
        workerId: '',
        nssfNumber: r.chance(REG.nssf) ? uniq(usedNssf, () => newNssf(r)) : null,
        nationalId: r.chance(REG.nationalId) ? uniq(usedNat, () => newNationalId(r)) : null,
        nameKh: registeredKhmer(fi, gi, r, c),
        nameLatin,
        sex: r.chance(REG.sex) ? sex : null,
        dateOfBirth: r.chance(REG.dob) ? dob : null,
        hireDate: r.chance(REG.hire) ? hire : null,
        wageRiel: r.chance(REG.wage) ? 100 * r.int(8200, 13500) : null,
      },
    });
  }
  r.shuffle(persons);
  persons.forEach((p, i) => (p.reg.workerId = `W${pad(i + 1, 6)}`));
  const byPair = new Map<number, RegisteredWorker[]>();
  for (const p of persons) {
    const k = pairKey(p.fi, p.gi);
    const l = byPair.get(k);
    if (l) l.push(p.reg);
    else byPair.set(k, [p.reg]);
  }

  const nOnsite = Math.round(size * ONSITE_PER_REGISTERED);
  const nHidden = Math.round(nOnsite * HIDDEN_SHARE);
  const nTrue = nOnsite - nHidden;
  const order = r.shuffle(persons.map((_, i) => i));
  const present = order.slice(0, nTrue).map((i) => persons[i]);
  const absent = order.slice(nTrue).map((i) => persons[i]);

  type Draft = Omit<OnsiteWorker, 'id' | 'visitId' | 'recordedAt' | 'sourceRow'>;
  const rows: { draft: Draft; truth: string | null }[] = [];

  const drawSource = (): OnsiteWorker['source'] => {
    const x = r.next();
    return x < SRC.idCard ? 'id-card' : x < SRC.idCard + SRC.csv ? 'csv' : 'manual';
  };

  const trueRow = (p: Person, cc: NameCounters): Draft => {
    const source = drawSource();
    const card = source === 'id-card';
    const w = p.reg;
    const khmer = r.chance(card ? KHMER_SCRIPT_IDCARD : KHMER_SCRIPT);
    let name = '';
    for (let k = 0; k < 20; k++) {
      const tmp: NameCounters = {};
      name = khmer ? onsiteKhmer(p.fi, p.gi, r, tmp) : onsiteLatin(p.fi, p.gi, p.spelling, r, tmp, card);
      // a typo must leave the name closer to its own than to any other name: else redraw it
      // (without a typo the name normalises to one of its own listed forms, which no other name has)
      let clash = false;
      if (tmp['kh.typo'] || tmp['la.typo']) {
        const rec = recognise(name);
        const own = rec.get(pairKey(p.fi, p.gi));
        clash = own === undefined;
        for (const [k2, d] of rec) if (k2 !== pairKey(p.fi, p.gi) && d <= own!) clash = true;
      }
      if (!clash || k === 19) {
        for (const kk in tmp) cc[kk] = (cc[kk] ?? 0) + tmp[kk];
        break;
      }
    }
    bump(cc, khmer ? 'script.khmer' : 'script.latin');
    let dob: string | null = null;
    const noDob = !card && r.chance(DOB_MISSING_NONCARD);
    if (!noDob && w.dateOfBirth) {
      dob = w.dateOfBirth;
      const sw = swapDM(dob);
      if (!card && sw && r.chance(DOB_SWAP_IF_POSSIBLE)) (dob = sw), bump(cc, 'dob.swapped');
      else if (r.chance(card ? DOB_SLIP_IDCARD : DOB_SLIP)) (dob = slipDate(dob, r)), bump(cc, 'dob.slipped');
      else bump(cc, 'dob.exact');
    } else if (!noDob && !w.dateOfBirth) {
      // the register has no date; the inspector writes the worker's own (not recoverable here): leave it out
      bump(cc, 'dob.noneOnRegister');
    }
    const hasNat = card || r.chance(dob ? NATID_IF_DOB : NATID_IF_NO_DOB);
    let nationalId: string | null = null;
    if (hasNat && w.nationalId) {
      nationalId = w.nationalId;
      if (r.chance(card ? 0.02 : ID_SLIP)) {
        const s = slipId(nationalId, r);
        if (!usedNat.has(s)) (nationalId = s), bump(cc, 'natId.slipped');
      }
    }
    let nssfNumber: string | null = null;
    if (r.chance(dob ? NSSF_IF_DOB : NSSF_IF_NO_DOB) && w.nssfNumber) {
      nssfNumber = w.nssfNumber;
      if (r.chance(ID_SLIP)) {
        const s = slipId(nssfNumber, r);
        if (!usedNssf.has(s)) (nssfNumber = s), bump(cc, 'nssf.slipped');
      }
    }
    const sex = card || r.chance(SEX_GIVEN) ? w.sex : null;
    return { name, nationalId, nssfNumber, sex, dateOfBirth: dob, source };
  };

  for (const p of present) {
    let cc: NameCounters = {};
    let d = trueRow(p, cc);
    // a row with neither date nor usable ID among namesakes: redrawn once, with probability 0.7
    if (!d.dateOfBirth && rival(d, p.reg, pairKey(p.fi, p.gi), byPair) && r.chance(REDRAW_UNDECIDABLE)) {
      meta.redrawnUndecidable++;
      cc = {};
      d = trueRow(p, cc);
    }
    for (const kk in cc) c[kk] = (c[kk] ?? 0) + cc[kk];
    rows.push({ draft: d, truth: p.reg.workerId });
  }

  // hidden workers
  const allNat = usedNat;
  for (let h = 0; h < nHidden; h++) {
    for (let attempt = 0; ; attempt++) {
      let fi: number;
      let gi: number;
      let sex: 'F' | 'M';
      const namesake = r.chance(HIDDEN_NAMESAKE);
      let ofAbsent = false;
      if (namesake) {
        ofAbsent = absent.length > 0 && r.chance(HIDDEN_NAMESAKE_OF_ABSENT);
        const p = ofAbsent ? r.pick(absent) : r.pick(persons);
        fi = p.fi;
        gi = p.gi;
        sex = GIVEN_NAMES[gi].sex === 'U' ? (r.chance(FEMALE_SHARE) ? 'F' : 'M') : p.sex;
      } else {
        sex = r.chance(FEMALE_SHARE) ? 'F' : 'M';
        fi = FAMILY_NAMES.indexOf(r.pickSkewed(FAMILY_NAMES, 2.2));
        gi = r.pickSkewed(sex === 'F' ? G_F : G_M, 2);
      }
      const source = drawSource();
      const card = source === 'id-card';
      const tmp: NameCounters = {};
      const khmer = r.chance(card ? KHMER_SCRIPT_IDCARD : KHMER_SCRIPT);
      const name = khmer ? onsiteKhmer(fi, gi, r, tmp) : onsiteLatin(fi, gi, r.chance(0.5) ? drawSpelling(fi, gi, r) : null, r, tmp, card);
      const cands = nameCandidates(name, byPair);
      let undated = 0;
      let untellable = false;
      for (const w of cands) if (!w.dateOfBirth) (undated++, (untellable ||= !w.nationalId));
      if (untellable) {
        meta.hiddenRedraws++;
        continue; // a namesake without date nor ID on the register: nothing could tell them apart
      }
      // namesakes are told apart by the date: every hidden namesake gives one
      let dob: string | null = !card && cands.length === 0 && r.chance(DOB_MISSING_NONCARD) ? null : randomDob(r);
      if (dob && cands.length) {
        let ok = false;
        for (let k = 0; k < 60 && !ok; k++) {
          ok = true;
          for (const w of cands) if (w.dateOfBirth && !clearlyDifferentDate(dob, w.dateOfBirth)) (ok = false);
          if (!ok) dob = randomDob(r);
        }
        if (!ok) {
          meta.hiddenRedraws++;
          continue;
        }
      }
      let nationalId: string | null = null;
      if (card || undated > 0 || r.chance(dob ? NATID_IF_DOB : NATID_IF_NO_DOB)) {
        const clash = (id: string) => {
          if (allNat.has(id)) return true;
          for (const w of cands) if (w.nationalId && !clearlyDifferentId(id, w.nationalId)) return true;
          return false;
        };
        do nationalId = newNationalId(r);
        while (clash(nationalId));
        allNat.add(nationalId);
      }
      if (namesake) meta.hiddenNamesakeSource++;
      if (ofAbsent) meta.hiddenOfAbsent++;
      for (const [kk, v] of Object.entries(tmp)) c[`hidden.${kk}`] = (c[`hidden.${kk}`] ?? 0) + v;
      rows.push({
        draft: { name, nationalId, nssfNumber: null, sex: card || r.chance(SEX_GIVEN) ? sex : null, dateOfBirth: dob, source },
        truth: null,
      });
      break;
    }
  }

  // shuffle both lists, then give the on-site rows their ids, times and csv row numbers
  r.shuffle(rows);
  const visitId = uuid(r);
  let t = Date.UTC(2024, 2, 4, 1, 30, 0) + (seed % 300) * 86_400_000;
  let csvRow = 0;
  const ids = new Set<string>();
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  for (const { draft, truth: tr } of rows) {
    let id = uuid(r);
    while (ids.has(id)) id = uuid(r);
    ids.add(id);
    t += 1000 * r.int(2, 9) + r.int(0, 999);
    onsite.push({
      id,
      visitId,
      ...draft,
      sourceRow: draft.source === 'csv' ? ++csvRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, tr);
  }
  // persons were shuffled before their ids were given, so the register is in random order already
  return { roster: { registered: persons.map((p) => p.reg), onsite, truth }, meta };
}

export function hundredseventhRoster(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ---------------------------------------------------------------------------------------------
// self-check
function selfCheck(size: number, seed: number): boolean {
  const fails: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) fails.push(what);
  };
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)} %`;

  const t0 = performance.now();
  const { roster, meta } = build(size, seed);
  const tBuild = performance.now() - t0;
  const { registered, onsite, truth } = roster;
  const regById = new Map(registered.map((w) => [w.workerId, w]));
  const hidden = onsite.filter((o) => truth.get(o.id) === null);
  const trueRows = onsite.filter((o) => truth.get(o.id) !== null);
  const present = new Set(trueRows.map((o) => truth.get(o.id)!));
  const nAbsent = registered.length - present.size;

  console.log(`hundredseventh roster, size ${size}, seed ${seed}: ${HUNDREDSEVENTH_LABEL}`);
  console.log(`  registered ${registered.length}, on site ${onsite.length}, hidden ${hidden.length} (${pct(hidden.length, onsite.length)} of rows), absent ${nAbsent} (${pct(nAbsent, registered.length)} of the register)`);

  // rule 3 and 4: structure
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  check(new Set(onsite.map((o) => o.id)).size === onsite.length, 'on-site ids unique');
  check(onsite.every((o) => uuidRe.test(o.id)), 'on-site ids are v4 UUIDs');
  check(new Set(registered.map((w) => w.workerId)).size === registered.length, 'workerIds unique');
  check(onsite.every((o, i) => i === 0 || Date.parse(o.recordedAt) > Date.parse(onsite[i - 1].recordedAt)), 'recordedAt strictly increasing');
  check(onsite.every((o) => /Z$|[+-]\d{2}:\d{2}$/.test(o.recordedAt) && !Number.isNaN(Date.parse(o.recordedAt))), 'recordedAt ISO with offset');
  check(truth.size === onsite.length && onsite.every((o) => truth.has(o.id)), 'truth covers every on-site row');
  check([...truth.values()].every((v) => v === null || regById.has(v)), 'every truth id on the register');
  check(present.size === trueRows.length, 'no registered worker on site twice');
  check(onsite.every((o) => o.name === o.name.trim() && o.name.length >= 1 && o.name.length <= 200), 'names trimmed, 1-200 chars');
  check(onsite.every((o) => !o.dateOfBirth || validDate(o.dateOfBirth)), 'on-site dates real');
  check(registered.every((w) => (!w.dateOfBirth || validDate(w.dateOfBirth)) && (!w.hireDate || validDate(w.hireDate))), 'registered dates real');
  check(onsite.every((o) => !o.nationalId || o.nationalId.length <= 40), 'national IDs ≤ 40 chars');
  check(onsite.every((o) => (o.source === 'csv') === (o.sourceRow !== null) && (o.sourceRow === null || (Number.isInteger(o.sourceRow) && o.sourceRow > 0))), 'sourceRow positive on csv rows only');
  check(registered.every((w) => w.wageRiel === null || (Number.isInteger(w.wageRiel) && w.wageRiel >= 0)), 'wages are integers ≥ 0');
  check(Math.abs(onsite.length - 0.95 * size) <= 0.03 * size, 'about 0.95 × size rows on site');
  check(hidden.length >= 0.05 * onsite.length && hidden.length <= 0.1 * onsite.length, 'hidden 5-10 % of rows');
  check(nAbsent >= 0.05 * size && nAbsent <= 0.15 * size, 'absent 5-15 % of the register');
  // leakage: the order of rows says nothing about the truth's place in the register
  {
    const xs: number[] = [];
    const ys: number[] = [];
    const regIndex = new Map(registered.map((w, i) => [w.workerId, i]));
    onsite.forEach((o, i) => {
      const tr = truth.get(o.id);
      if (tr) xs.push(i), ys.push(regIndex.get(tr)!);
    });
    const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
    const mx = mean(xs);
    const my = mean(ys);
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let i = 0; i < xs.length; i++) (sxy += (xs[i] - mx) * (ys[i] - my)), (sxx += (xs[i] - mx) ** 2), (syy += (ys[i] - my) ** 2);
    const corr = sxy / Math.sqrt(sxx * syy);
    const hiddenPos = mean(onsite.map((o, i) => (truth.get(o.id) === null ? i : NaN)).filter((v) => !Number.isNaN(v))) / onsite.length;
    // four standard errors: a shuffled roster fails this about once in 15,000 runs
    const seCorr = 1 / Math.sqrt(xs.length);
    const sePos = Math.sqrt(1 / 12 / hidden.length);
    console.log(`  leakage: corr(row order, truth's place in register) = ${corr.toFixed(3)} (±${seCorr.toFixed(3)}); mean position of hidden rows = ${hiddenPos.toFixed(3)} (0.5 ± ${sePos.toFixed(3)} expected)`);
    check(Math.abs(corr) < 4 * seCorr && Math.abs(hiddenPos - 0.5) < 4 * sePos, 'no order leak');
  }

  // fill rates
  const fill = <T>(xs: T[], f: (x: T) => unknown) => pct(xs.filter((x) => f(x) !== null && f(x) !== undefined).length, xs.length);
  console.log('  fields filled, registered:');
  console.log(`    nssfNumber ${fill(registered, (w) => w.nssfNumber)}, nationalId ${fill(registered, (w) => w.nationalId)}, nameKh 100 %, nameLatin ${fill(registered, (w) => w.nameLatin)}, sex ${fill(registered, (w) => w.sex)}, dateOfBirth ${fill(registered, (w) => w.dateOfBirth)}, hireDate ${fill(registered, (w) => w.hireDate)}, wageRiel ${fill(registered, (w) => w.wageRiel)}`);
  for (const [label, xs] of [
    ['on site, all rows', onsite],
    ['on site, true rows', trueRows],
    ['on site, hidden rows', hidden],
  ] as const) {
    console.log(`  fields filled, ${label}:`);
    console.log(`    name 100 % (Khmer script ${pct(xs.filter((o) => isKhmer(o.name)).length, xs.length)}), nationalId ${fill([...xs], (o) => o.nationalId)}, nssfNumber ${fill([...xs], (o) => o.nssfNumber)}, sex ${fill([...xs], (o) => o.sex)}, dateOfBirth ${fill([...xs], (o) => o.dateOfBirth)}; source id-card ${pct(xs.filter((o) => o.source === 'id-card').length, xs.length)}, csv ${pct(xs.filter((o) => o.source === 'csv').length, xs.length)}, manual ${pct(xs.filter((o) => o.source === 'manual').length, xs.length)}`);
  }
  const natOn = pct(onsite.filter((o) => o.nationalId).length, onsite.length);
  check(Math.abs(onsite.filter((o) => o.dateOfBirth).length / onsite.length - 0.85) < 0.04, `dates given on about 85 % of rows`);
  void natOn;

  // name collisions
  {
    const byPair = new Map<string, number>();
    for (const w of registered) byPair.set(normKh(w.nameKh), (byPair.get(normKh(w.nameKh)) ?? 0) + 1);
    const sizes = [...byPair.values()].sort((a, b) => b - a);
    const inShared = registered.filter((w) => byPair.get(normKh(w.nameKh))! > 1).length;
    console.log(`  names: ${byPair.size} distinct full names on the register; largest namesake groups ${sizes.slice(0, 5).join(', ')}; ${pct(inShared, registered.length)} of workers share their full name`);
  }

  // the variations actually drawn
  const cn = meta.counters;
  const nLatin = cn['script.latin'] ?? 0;
  const nKh = cn['script.khmer'] ?? 0;
  const dated = trueRows.filter((o) => o.dateOfBirth).length;
  console.log('  variations on true rows (share of the rows where they can occur):');
  console.log(`    Khmer rows ${nKh}: ZWSP separator ${pct(cn['kh.zwspSeparator'] ?? 0, nKh)}, no separator ${pct(cn['kh.noSeparator'] ?? 0, nKh)}, double space ${pct(cn['kh.doubleSpace'] ?? 0, nKh)}, swapped ${pct(cn['kh.swappedOrder'] ?? 0, nKh)}, inner ZWSP ${pct(cn['kh.innerZwsp'] ?? 0, nKh)}, vowel-before-shifter ${cn['kh.vowelBeforeShifter'] ?? 0}, COENG RO first ${cn['kh.coengRoFirst'] ?? 0}, NIKAHIT-before-AA ${cn['kh.nikahitBeforeAa'] ?? 0}, typo ${pct(cn['kh.typo'] ?? 0, nKh)}`);
  console.log(`    Latin rows ${nLatin}: other family spelling ${pct(cn['la.otherFamilySpelling'] ?? 0, nLatin)}, other given spelling ${pct(cn['la.otherGivenSpelling'] ?? 0, nLatin)} (of rows whose register has a Latin name), joined/split ${cn['la.joinedOrSplit'] ?? 0}, swapped ${pct(cn['la.swappedOrder'] ?? 0, nLatin)}, UPPER ${pct(cn['la.upper'] ?? 0, nLatin)}, Title ${pct(cn['la.title'] ?? 0, nLatin)}, lower ${pct(cn['la.lower'] ?? 0, nLatin)}, typo ${pct(cn['la.typo'] ?? 0, nLatin)}, double space ${pct(cn['la.doubleSpace'] ?? 0, nLatin)}`);
  console.log(`    dates: missing ${pct(trueRows.length - dated, trueRows.length)} of true rows; of the ${dated} dated: exact ${pct(cn['dob.exact'] ?? 0, dated)}, day/month swapped ${pct(cn['dob.swapped'] ?? 0, dated)}, one digit slipped ${pct(cn['dob.slipped'] ?? 0, dated)}`);
  const nNat = trueRows.filter((o) => o.nationalId).length;
  const nNssf = trueRows.filter((o) => o.nssfNumber).length;
  console.log(`    IDs: national ID slipped ${pct(cn['natId.slipped'] ?? 0, nNat)} of ${nNat}, NSSF slipped ${pct(cn['nssf.slipped'] ?? 0, nNssf)} of ${nNssf}`);
  console.log(`    register Khmer: ZWSP separator ${cn['reg.kh.zwspSeparator'] ?? 0}, vowel-before-shifter ${cn['reg.kh.vowelBeforeShifter'] ?? 0}, COENG RO first ${cn['reg.kh.coengRoFirst'] ?? 0}`);
  check(Math.abs((cn['dob.swapped'] ?? 0) / dated - 0.2) < 0.04, 'about 20 % of given dates swapped');

  // rule 1: every true row is a plausible variant of its worker, recognised independently
  const byPairAudit = new Map<number, RegisteredWorker[]>();
  const pairOf = new Map<string, number>();
  for (const w of registered) {
    const rec = [...recognise(w.nameKh)].filter(([, d]) => d === 0).map(([k]) => k);
    check(rec.length === 1, `register name ${w.workerId} recognised`);
    pairOf.set(w.workerId, rec[0]);
    const l = byPairAudit.get(rec[0]);
    if (l) l.push(w);
    else byPairAudit.set(rec[0], [w]);
  }
  let bad1 = 0;
  const bad1Samples: string[] = [];
  for (const o of trueRows) {
    const w = regById.get(truth.get(o.id)!)!;
    const rec = recognise(o.name);
    const ownKey = [...recognise(w.nameKh)].find(([, d]) => d === 0)![0];
    const own = rec.get(ownKey);
    const problems: string[] = [];
    if (own === undefined) problems.push('name not recognised');
    else if ([...rec].some(([k, d]) => k !== ownKey && d <= own)) problems.push('name as close to another');
    if (o.dateOfBirth && w.dateOfBirth && dateLevel(o.dateOfBirth, w.dateOfBirth) === 'differ') problems.push('date');
    if (o.dateOfBirth && !w.dateOfBirth) problems.push('date not on register');
    if (o.nationalId && (!w.nationalId || (o.nationalId !== w.nationalId && !oneEdit(o.nationalId, w.nationalId)))) problems.push('national ID');
    if (o.nssfNumber && (!w.nssfNumber || (o.nssfNumber !== w.nssfNumber && !oneEdit(o.nssfNumber, w.nssfNumber)))) problems.push('NSSF');
    if (o.sex && o.sex !== w.sex) problems.push('sex');
    if (problems.length) {
      bad1++;
      if (bad1Samples.length < 5) bad1Samples.push(`${o.name} → ${w.nameKh}/${w.nameLatin}: ${problems.join(', ')}`);
    }
  }
  console.log(`  rule 1 (true rows are plausible variants): ${bad1} violations`);
  for (const s of bad1Samples) console.log(`    ${s}`);
  check(bad1 === 0, 'rule 1');

  // rule 2: every hidden row told apart from every worker it could pass for by name
  let bad2 = 0;
  let namesakeRows = 0;
  let candTotal = 0;
  let maxCands = 0;
  const tells = { date: 0, nationalId: 0 };
  const bad2Samples: string[] = [];
  for (const o of hidden) {
    const cands = nameCandidates(o.name, byPairAudit);
    if (cands.length) namesakeRows++;
    candTotal += cands.length;
    maxCands = Math.max(maxCands, cands.length);
    for (const w of cands) {
      if (o.dateOfBirth && w.dateOfBirth && clearlyDifferentDate(o.dateOfBirth, w.dateOfBirth)) tells.date++;
      else if (o.nationalId && w.nationalId && clearlyDifferentId(o.nationalId, w.nationalId)) tells.nationalId++;
      else {
        bad2++;
        if (bad2Samples.length < 5) bad2Samples.push(`${o.name} ${o.dateOfBirth} vs ${w.workerId} ${w.nameKh} ${w.dateOfBirth}`);
      }
    }
  }
  console.log(`  rule 2 (hidden rows tellable): ${namesakeRows} of ${hidden.length} hidden rows (${pct(namesakeRows, hidden.length)}) are namesakes of registered workers (${candTotal} namesake pairs, up to ${maxCands} for one row; the namesake of an absent worker on ${meta.hiddenOfAbsent} rows by construction);`);
  console.log(`    told apart by date of birth on ${tells.date} pairs, by national ID (namesake has no date) on ${tells.nationalId}; ${bad2} pairs untellable; ${meta.hiddenRedraws} hidden drafts redrawn`);
  for (const s of bad2Samples) console.log(`    ${s}`);
  check(bad2 === 0, 'rule 2');

  // undecidable true rows
  let undecidable = 0;
  let undecidableUndated = 0;
  const undSamples: string[] = [];
  for (const o of trueRows) {
    const w = regById.get(truth.get(o.id)!)!;
    const rv = rival(o, w, pairOf.get(w.workerId)!, byPairAudit);
    if (rv) {
      undecidable++;
      if (!o.dateOfBirth) undecidableUndated++;
      if (undSamples.length < 3) {
        undSamples.push(`"${o.name}" dob ${o.dateOfBirth} id ${o.nationalId} sex ${o.sex}: truth ${w.workerId} (${w.dateOfBirth}), also ${rv.workerId} (${rv.dateOfBirth})`);
      }
    }
  }
  console.log(`  undecidable true rows (another registered worker fits at least as well): ${undecidable} = ${pct(undecidable, onsite.length)} of rows: ${undecidableUndated} without a date, ${undecidable - undecidableUndated} with one (a namesake born the same day, or a slipped date); ${meta.redrawnUndecidable} undated rows redrawn once`);
  for (const s of undSamples) console.log(`    e.g. ${s}`);
  check(undecidable <= 0.03 * onsite.length, 'undecidable under 3 %');

  // samples
  console.log('  sample rows:');
  const sr = rng(seed + 7);
  const picks = [...sr.shuffle(trueRows.slice()).slice(0, 5), ...sr.shuffle(hidden.slice()).slice(0, 3)];
  for (const o of picks) {
    const tr = truth.get(o.id)!;
    const w = tr ? regById.get(tr)! : null;
    const show = (s: string) => JSON.stringify(s).replace(/\u200B/g, '\\u200B');
    console.log(`    ${show(o.name)} dob ${o.dateOfBirth} nat ${o.nationalId} nssf ${o.nssfNumber} sex ${o.sex} [${o.source}]`);
    console.log(`      → ${w ? `${w.workerId} ${show(w.nameKh)} / ${w.nameLatin} dob ${w.dateOfBirth} nat ${w.nationalId} nssf ${w.nssfNumber} sex ${w.sex}` : 'hidden'}`);
  }

  // determinism and time
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const again = build(size, seed).roster;
  const same = ser(again) === ser(roster);
  const other = ser(build(size, seed + 1).roster) !== ser(roster);
  console.log(`  determinism: same seed → same output ${same ? 'yes' : 'NO'}; another seed → another roster ${other ? 'yes' : 'NO'}`);
  check(same && other, 'determinism');
  const times: number[] = [];
  let cpu = 0;
  for (let i = 0; i < 3; i++) {
    const c0 = process.cpuUsage();
    const t1 = performance.now();
    hundredseventhRoster(10_000, seed + 100 + i);
    times.push(performance.now() - t1);
    const c1 = process.cpuUsage(c0);
    cpu += (c1.user + c1.system) / 1000 / 3;
  }
  const t10k = Math.min(...times);
  console.log(`  time: this roster ${tBuild.toFixed(0)} ms (first call in the process: cold JIT, name index built); 10,000 registered ${times.map((t) => t.toFixed(0)).join(' / ')} ms over three further seeds (process CPU ${cpu.toFixed(0)} ms per roster, GC and compiler threads included)`);
  check(t10k < 1000, 'under a second at 10,000');

  if (fails.length) console.log(`FAIL: ${fails.filter((f, i) => fails.indexOf(f) === i).join('; ')}`);
  else console.log('all checks passed');
  return fails.length === 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  process.exit(selfCheck(size, seed) ? 0 : 1);
}
