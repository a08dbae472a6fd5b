/**
 * Eighth roster: a subcontractor's informal crew list.
 *
 * A building contractor's crews are listed on paper by each crew boss; the inspector types the
 * lists into the phone on site, crew by crew. The register is the fund's own.
 *
 * THE REGISTER (one row per registered worker, `size` rows)
 *   - Khmer name always, family then given, canonical Unicode, one space between.
 *   - Latin name for 60 % (upper case; the official-style spelling 85 %, another listed one 15 %).
 *   - Names drawn with a mild skew toward the common ones (Sok, Chan, Chea ...; Dara, Sokha,
 *     Sophea ...): 86 family and 166 given names make a small name space, so at 10,000 workers
 *     over half share their full Khmer name with someone (about 9 % at 1,000).
 *   - NSSF number 95 %, national ID 88 %, sex 98 %, hire date 97 %, wage 90 %.
 *   - Date of birth 97.5 %; 12 % of those only the year (YYYY-01-01: the worker only knew it).
 *   - Namesakes (same Khmer family and given name) are born 4+ years apart (stronger than
 *     "never share a birth year", so that a year typed one off cannot land between two of them).
 *   - Row order is shuffled before worker ids are given out.
 *
 * WHO IS ON SITE
 *   - 15 % of registered workers are absent (exact count).
 *   - About 1 % of on-site rows are a second listing of a worker (two crew bosses both put them
 *     on their list); both rows are true rows of the same worker, in different crews.
 *   - Hidden rows are 10 % of on-site rows (exact count = true rows / 9): 30 % relatives of a
 *     registered worker (same family name), 25 % given-name namesakes, 20 % full namesakes
 *     (3+ years apart or the other sex, with a field on the row that shows it), 25 % other day
 *     labourers. Half the relatives and namesakes of a present worker are in that worker's crew.
 *
 * THE CREW LIST (one row per person listed, typed crew by crew)
 *   - Crews of 8-30 rows; every crew has true and hidden rows (hidden quota ~10 %, at least 1).
 *     Rows are shuffled within a crew, crews shuffled; recordedAt increases row by row.
 *   - Each crew boss has habits: Khmer script 10/35/60/85 % of rows (about 48 % overall), a
 *     kinship or respect term on 10-60 % of rows (about 35 % overall), the official spelling
 *     30-80 % of the time, given name first on 3/10/25 % of rows.
 *   - Kinship terms fit the worker: Bong (elder sibling, 24-50), Oun (younger, <=32), Pou (uncle,
 *     men 35+), Ming (aunt, women 35+), Ta / Yeay (grandfather / grandmother, 52+), Neak
 *     (respectful, anyone); in Khmer បង អូន ពូ មីង តា យាយ អ្នក.
 *   - Given name alone (no family name) drawn for 2.3 % of rows and kept only where no other
 *     person in that crew has that given name: about 1.8 % of rows in the end. (At 10,000 a
 *     hidden worker can hardly be listed by given name alone: rule 3 would need every registered
 *     holder of that name ruled out; so nearly all given-name-alone rows there are true rows,
 *     and most of them are undecidable.)
 *   - Khmer rows: words separated by a zero-width space 40 %, a space 35 %, nothing 25 %; one
 *     keyboard slip on 12 % (a subscript left out, a wrong subscript ្ត/្ដ ្ន/្ណ ..., or a vowel
 *     sign swapped for a similar one ិ/ី ុ/ូ េ/ែ ...), only in a word of 3+ units; 5 % typed
 *     with marks in another order (register sign after the vowel, a vowel after ំ/់), which
 *     looks the same.
 *   - Latin rows: the boss's spelling from the listed ones; case UPPER / Title / lower by crew
 *     habit; one typo (neighbouring key, letter dropped, doubled or swapped) on 6 %, in one
 *     word of 4+ letters.
 *   - Birth: 20 % of rows were copied off an ID card (source 'id-card'): full date of birth
 *     (day and month swapped 10 % where the day is 12 or less) and the national ID (one digit
 *     mistyped or two swapped 12 %). 77 % give an age, turned into a year written YYYY-01-01:
 *     the age is the true one 55 %, a year more 35 % (counted from birth or the lunar new year),
 *     a year less 10 %; as the visit is in June, the year comes out right on about 45 % of these
 *     rows and one off on the rest (never more). 3 % have no age.
 *   - Sex recorded on 80 % of rows. No NSSF number on site. No start date or wage on any row.
 *
 * FAIRNESS RULES (checked by the audit below; `npx tsx test/bench/eighth.ts 10000 1`)
 *   1. A true row carries only plausible variants of its registered worker: listed spellings, or
 *      the Khmer name with at most one keyboard slip, a kinship/respect term added, the family
 *      name left out only where the row's crew has no other worker of that given name, either
 *      order, any case, at most one typo in one word of 4+ letters; the year of birth right or
 *      one off (as YYYY-01-01), or the full date exact or day/month swapped; national ID exact
 *      or one slip; sex right or missing.
 *   2. Registered namesakes (same Khmer words) never share a birth year (here: 4+ years apart).
 *   3. Every hidden row either could not pass for any registered worker's name, or, for every
 *      registered worker it could pass for, carries a field that rules them out with both sides
 *      present: sex differs, birth years differ by 3 or more, or national IDs 2+ edits apart.
 *   4. Nothing leaks the truth: rows shuffled within the typing order (crew by crew, every crew
 *      mixing hidden and true rows), random UUIDs, recordedAt increasing in row order, worker
 *      ids given after shuffling; no row has statedStartDate or wage.
 *   5. Undecidable true rows (another registered worker the row could equally be, with nothing
 *      to tell them apart) stay under 6 %; given-name-alone rows are counted separately.
 *      "Undecidable": some other registered worker the row could pass for is not ruled out (as
 *      in rule 3), its name needs no more edits than the true worker's, and the date does not
 *      favour the true worker (either side's date missing, or no closer). Seeds 1-3 give about
 *      4.5-5 % at 10,000 (a third of it given names alone) and about 1 % at 1,000.
 *
 * "Could pass for a worker's name" is read off the text alone. A leading kinship term may be
 * dropped (or read as a name: "Oun" is also a spelling of the family name អ៊ុន). The rest reads
 * as one unit (a given name alone) or two units (family and given, in either order).
 *   Latin: a unit is one or two tokens run together ("Srey Mom" = "Sreymom"); it reads as any
 *   name with a listed spelling equal to it or, if either has 4+ letters, one edit away
 *   (substitution, insertion, deletion, swap of neighbours).
 *   Khmer: marks are put in canonical order; spaces and zero-width spaces are word boundaries,
 *   and words written together may split before any consonant; a unit reads as any name equal
 *   to it or, for names of 3+ units (a subscript "្X" counting as one), one keyboard slip away
 *   (a subscript left out, a subscript or a vowel sign swapped for a similar one).
 */
import { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY_NAMES, GIVEN_NAMES, KIN_TERMS, type KinTerm } from './eighth-names';

export const EIGHTH_LABEL = 'eighth (a crew list: kinship terms, ages, given names alone)';

// ---------------------------------------------------------------- rates

const R = {
  absent: 0.15,
  twiceOfRows: 0.01,
  hiddenOfRows: 0.1,
  regLatin: 0.6,
  regLatinOfficial: 0.85,
  regNssf: 0.95,
  regNid: 0.88,
  regSex: 0.98,
  regDob: 0.975,
  regYearOnly: 0.12,
  regHire: 0.97,
  regWage: 0.9,
  card: 0.2,
  noAge: 0.03,
  swapDayMonth: 0.1,
  nidSlip: 0.12,
  sex: 0.8,
  alone: 0.023,
  kmSlip: 0.12,
  kmReorder: 0.05,
  typo: 0.06,
  sameCrewAsTarget: 0.5,
};
/** pickSkewed exponents: mild, so that every name is in use and the common ones are commoner. */
const SKEW_FAMILY = 1.3;
const SKEW_GIVEN = 1.15;

// ---------------------------------------------------------------- words

type Sex = 'M' | 'F';
interface Word {
  id: number;
  km: string;
  units: string[];
  latin: string[];
  family: boolean;
  sex: 'M' | 'F' | 'U';
}

const SEPARATORS = /[\s\u200B-\u200D\u2060\uFEFF]/g;
const KHMER = /[\u1780-\u17FF]/;
const isBase = (c: string) => c >= '\u1780' && c <= '\u17B3';

function markRank(c: string): number {
  const x = c.codePointAt(0)!;
  if (x === 0x17c9 || x === 0x17ca) return 1; // register shifters
  if (x === 0x17cc) return 2; // robat
  if (x >= 0x17b6 && x <= 0x17c5) return 3; // dependent vowels
  return 4; // signs: ំ ះ ៈ ់ ័ ...
}

/** Khmer text → canonical units: separators removed, a consonant's subscripts first, then its marks in a fixed order; "្X" is one unit. */
export function kmUnits(text: string): string[] {
  const cps = Array.from(text.normalize('NFC').replace(SEPARATORS, ''));
  const out: string[] = [];
  let i = 0;
  while (i < cps.length) {
    const c = cps[i++];
    out.push(c);
    if (!isBase(c)) continue;
    const subs: string[] = [];
    const marks: string[] = [];
    while (i < cps.length && !isBase(cps[i])) {
      if (cps[i] === '\u17D2' && i + 1 < cps.length) {
        subs.push('\u17D2' + cps[i + 1]);
        i += 2;
      } else marks.push(cps[i++]);
    }
    marks.sort((a, b) => markRank(a) - markRank(b));
    out.push(...subs, ...marks);
  }
  return out;
}

const latKey = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

const WORDS: Word[] = [];
for (const [km, ...latin] of FAMILY_NAMES) WORDS.push({ id: WORDS.length, km, units: kmUnits(km), latin, family: true, sex: 'U' });
for (const [km, sex, ...latin] of GIVEN_NAMES) WORDS.push({ id: WORDS.length, km, units: kmUnits(km), latin, family: false, sex: sex as 'M' | 'F' | 'U' });
const FAMILY = WORDS.filter((w) => w.family);
const GIVEN = WORDS.filter((w) => !w.family);
const GIVEN_FOR: Record<Sex, Word[]> = { M: GIVEN.filter((w) => w.sex !== 'F'), F: GIVEN.filter((w) => w.sex !== 'M') };
const WORD_BY_KM = new Map(WORDS.map((w) => [w.units.join(''), w]));
const LAT_KEY: string[] = [];
const LAT_WORD: number[] = [];
for (const w of WORDS) for (const l of w.latin) (LAT_KEY.push(latKey(l)), LAT_WORD.push(w.id));
const TERM_KM = KIN_TERMS.map((t) => kmUnits(t.km));
const TERM_LAT = new Set(KIN_TERMS.flatMap((t) => t.latin.map(latKey)));

// ---------------------------------------------------------------- reading a name off the text

/** 0 equal, 1 one edit (substitution, insertion, deletion, adjacent swap), 2 more. */
function near1(a: ArrayLike<string>, b: ArrayLike<string>): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return 2;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (i === la && i === lb) return 0;
  const eqFrom = (p: number, q: number) => {
    if (la - p !== lb - q) return false;
    for (; p < la; p++, q++) if (a[p] !== b[q]) return false;
    return true;
  };
  if (la === lb) {
    if (eqFrom(i + 1, i + 1)) return 1;
    if (i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && eqFrom(i + 2, i + 2)) return 1;
    return 2;
  }
  return la > lb ? (eqFrom(i + 1, i) ? 1 : 2) : eqFrom(i, i + 1) ? 1 : 2;
}

type Reading = Map<number, number>; // word id → edits
const latCache = new Map<string, Reading>();
function readLatin(key: string): Reading {
  let m = latCache.get(key);
  if (m) return m;
  m = new Map();
  const n = key.length;
  for (let i = 0; i < LAT_KEY.length; i++) {
    const k = LAT_KEY[i];
    if (k.length > n + 1 || k.length < n - 1) continue;
    const d = k === key ? 0 : Math.max(k.length, n) >= 4 ? near1(k, key) : 2;
    if (d <= 1 && (m.get(LAT_WORD[i]) ?? 9) > d) m.set(LAT_WORD[i], d);
  }
  latCache.set(key, m);
  return m;
}
/** One keyboard slip apart: a subscript left out, a subscript or a vowel sign swapped for a similar one. */
function kmSlipApart(a: string[], b: string[]): boolean {
  if (a.length === b.length) {
    let diff = -1;
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i]) continue;
      if (diff >= 0) return false;
      diff = i;
    }
    if (diff < 0) return false;
    const x = a[diff];
    const y = b[diff];
    if (x[0] === '\u17D2' && y[0] === '\u17D2') return SUB_SIMILAR[x[1]] === y[1] || SUB_SIMILAR[y[1]] === x[1];
    return VOWEL_SIMILAR[x] === y || VOWEL_SIMILAR[y] === x;
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  if (long[i][0] !== '\u17D2') return false;
  for (let j = i; j < short.length; j++) if (long[j + 1] !== short[j]) return false;
  return true;
}
const kmCache = new Map<string, Reading>();
function readKm(units: string[]): Reading {
  const key = units.join('');
  let m = kmCache.get(key);
  if (m) return m;
  m = new Map();
  for (const w of WORDS) {
    if (Math.abs(w.units.length - units.length) > 1) continue;
    if (w.units.length === units.length && w.units.every((u, i) => u === units[i])) m.set(w.id, 0);
    else if (w.units.length >= 3 && kmSlipApart(w.units, units)) m.set(w.id, 1);
  }
  kmCache.set(key, m);
  return m;
}
const SEP_RUN = /[\s\u200B-\u200D\u2060\uFEFF]+/;

/** The ways a written name can be read: each a list of one (given alone) or two (family, given in any order) units. */
const interpCache = new Map<string, Reading[][]>();
function interpret(name: string): Reading[][] {
  let out = interpCache.get(name);
  if (out) return out;
  out = [];
  if (KHMER.test(name)) {
    // separators are word boundaries; a run of words written together may split anywhere before a consonant.
    const toks = name.split(SEP_RUN).filter(Boolean).map(kmUnits);
    const variants: string[][][] = [toks];
    const first = toks[0] ?? [];
    for (const t of TERM_KM) {
      if (t.length > first.length || !t.every((x, i) => first[i] === x)) continue;
      if (t.length === first.length && toks.length > 1) variants.push(toks.slice(1));
      else if (t.length < first.length) variants.push([first.slice(t.length), ...toks.slice(1)]);
    }
    for (const v of variants) {
      if (v.length === 2) {
        const a = readKm(v[0]);
        const b = readKm(v[1]);
        if (a.size && b.size) out.push([a, b]);
      } else if (v.length === 1) {
        const rest = v[0];
        const one = readKm(rest);
        if (one.size) out.push([one]);
        for (let c = 1; c < rest.length; c++) {
          if (!isBase(rest[c])) continue;
          const a = readKm(rest.slice(0, c));
          if (!a.size) continue;
          const b = readKm(rest.slice(c));
          if (b.size) out.push([a, b]);
        }
      }
    }
  } else {
    const toks = name.toLowerCase().split(/[^a-z]+/).filter(Boolean);
    const starts = [0];
    if (toks.length > 1 && TERM_LAT.has(toks[0])) starts.push(1);
    for (const s of starts) {
      const rest = toks.slice(s);
      if (rest.length <= 2) {
        const one = readLatin(rest.join(''));
        if (one.size) out.push([one]);
      }
      for (let k = 1; k < rest.length; k++) {
        if (k > 2 || rest.length - k > 2) continue;
        const a = readLatin(rest.slice(0, k).join(''));
        if (!a.size) continue;
        const b = readLatin(rest.slice(k).join(''));
        if (b.size) out.push([a, b]);
      }
    }
  }
  interpCache.set(name, out);
  return out;
}

interface RegEntry {
  f: number;
  g: number;
  sex: Sex | null;
  dob: string | null;
  nid: string | null;
}
interface RegIndex {
  entries: RegEntry[];
  byGiven: Map<number, number[]>;
  byPair: Map<number, number[]>;
}
function indexRegister(reg: RegisteredWorker[]): RegIndex {
  const entries: RegEntry[] = [];
  const byGiven = new Map<number, number[]>();
  const byPair = new Map<number, number[]>();
  reg.forEach((w, i) => {
    const [fk, gk] = w.nameKh.split(' ');
    const f = WORD_BY_KM.get(kmUnits(fk).join(''));
    const g = WORD_BY_KM.get(kmUnits(gk ?? '').join(''));
    if (!f || !g || !f.family || g.family) throw new Error(`register name not in the lists: ${w.nameKh}`);
    entries.push({ f: f.id, g: g.id, sex: (w.sex as Sex | null) ?? null, dob: w.dateOfBirth, nid: w.nationalId });
    let l = byGiven.get(g.id);
    if (!l) byGiven.set(g.id, (l = []));
    l.push(i);
    let q = byPair.get(f.id * 4096 + g.id);
    if (!q) byPair.set(f.id * 4096 + g.id, (q = []));
    q.push(i);
  });
  return { entries, byGiven, byPair };
}

interface Cand {
  d: number;
  alone: boolean;
}
/** Registered workers (by index) whose name the written name could be, with the fewest edits needed. */
function candidates(name: string, idx: RegIndex): Map<number, Cand> {
  const out = new Map<number, Cand>();
  for (const parts of interpret(name)) {
    if (parts.length === 1) {
      for (const [g, d] of parts[0]) for (const r of idx.byGiven.get(g) ?? []) updCand(out, r, d, true);
    } else {
      for (let k = 0; k < 2; k++) {
        const x = parts[k];
        const y = parts[1 - k];
        for (const [f, df] of x) {
          if (!WORDS[f].family) continue;
          for (const [g, dg] of y) for (const r of idx.byPair.get(f * 4096 + g) ?? []) updCand(out, r, df + dg, false);
        }
      }
    }
  }
  return out;
}
function updCand(out: Map<number, Cand>, r: number, d: number, alone: boolean) {
  const c = out.get(r);
  if (!c || d < c.d || (d === c.d && c.alone && !alone)) out.set(r, { d, alone });
}

// ---------------------------------------------------------------- fields

interface RowFields {
  sex: Sex | null;
  dob: string | null;
  nid: string | null;
}
const year = (iso: string) => Number(iso.slice(0, 4));
const yearOnly = (iso: string) => iso.endsWith('-01-01');

/** Sets apart for sure (rule 3): sex differs, birth years 3+ apart, or national IDs 2+ edits apart, both sides present. */
function ruledOut(row: RowFields, e: RegEntry): boolean {
  if (row.sex && e.sex && row.sex !== e.sex) return true;
  if (row.dob && e.dob && Math.abs(year(row.dob) - year(e.dob)) >= 3) return true;
  if (row.nid && e.nid && near1(row.nid, e.nid) >= 2) return true;
  return false;
}
/** How far a row's date is from a registered one (smaller is closer); null when either is missing. */
function dobGap(row: string | null, reg: string | null): number | null {
  if (!row || !reg) return null;
  const dy = Math.abs(year(row) - year(reg));
  if (yearOnly(row) || yearOnly(reg)) return dy;
  if (row === reg) return 0;
  if (row.slice(5) === `${reg.slice(8, 10)}-${reg.slice(5, 7)}` && dy === 0) return 0.25;
  return dy + 0.5;
}

// ---------------------------------------------------------------- dates, ids

const VISIT = { y: 2025, m: 6, d: 17 };
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const dim = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const afterVisit = (m: number, d: number) => m > VISIT.m || (m === VISIT.m && d > VISIT.d);

interface Birth {
  y: number;
  m: number;
  d: number;
}
const trueAge = (b: Birth) => VISIT.y - b.y - (afterVisit(b.m, b.d) ? 1 : 0);
function drawBirth(r: Rng): Birth {
  const age = 18 + Math.floor(45 * r.next() ** 1.5);
  const m = r.int(1, 12);
  const d0 = r.int(1, 31);
  const y = VISIT.y - age - (afterVisit(m, d0) ? 1 : 0);
  return { y, m, d: Math.min(d0, dim(y, m)) };
}

function idNeighbours(id: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < id.length; i++) {
    for (let c = 0; c <= 9; c++) if (String(c) !== id[i]) out.push(id.slice(0, i) + c + id.slice(i + 1));
    if (i + 1 < id.length && id[i] !== id[i + 1]) out.push(id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2));
  }
  return out;
}

/** The 9-digit numbers one digit or one swap of neighbouring digits away. */
function numNeighbours(id: number): number[] {
  const out: number[] = [];
  const dig: number[] = [];
  for (let i = 0, x = id; i < 9; i++, x = Math.floor(x / 10)) dig.push(x % 10);
  for (let i = 0, p = 1; i < 9; i++, p *= 10) {
    for (let c = 0; c <= 9; c++) if (c !== dig[i]) out.push(id + (c - dig[i]) * p);
    if (i < 8 && dig[i] !== dig[i + 1]) out.push(id + (dig[i + 1] - dig[i]) * p + (dig[i] - dig[i + 1]) * p * 10);
  }
  return out;
}

function uuid(r: Rng): string {
  let s = '';
  for (let k = 0; k < 4; k++) s += Math.floor(r.next() * 2 ** 32).toString(16).padStart(8, '0');
  s = `${s.slice(0, 12)}4${s.slice(13, 16)}${'89ab'[parseInt(s[16], 16) & 3]}${s.slice(17)}`;
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

// ---------------------------------------------------------------- writing names

const SUB_SIMILAR: Record<string, string> = { ត: 'ដ', ដ: 'ត', ន: 'ណ', ណ: 'ន', ទ: 'ធ', ធ: 'ទ', ក: 'គ', គ: 'ក', ប: 'ផ', ផ: 'ប', រ: 'ល', ល: 'រ', ថ: 'ឋ', ឋ: 'ថ', ម: 'ព', ព: 'ម' };
const VOWEL_SIMILAR: Record<string, string> = { 'ិ': 'ី', 'ី': 'ិ', 'ុ': 'ូ', 'ូ': 'ុ', 'ឹ': 'ឺ', 'ឺ': 'ឹ', 'េ': 'ែ', 'ែ': 'េ', 'ៀ': 'ឿ', 'ឿ': 'ៀ', 'ោ': 'ៅ', 'ៅ': 'ោ', 'ួ': 'ូ' };

/** One keyboard slip in a Khmer word, or null if the word offers none. */
function kmSlip(units: string[], r: Rng): string[] | null {
  if (units.length < 3) return null;
  const ops: (() => string[])[] = [];
  units.forEach((u, i) => {
    if (u[0] === '\u17D2') {
      ops.push(() => [...units.slice(0, i), ...units.slice(i + 1)]);
      const s = SUB_SIMILAR[u[1]];
      if (s) ops.push(() => [...units.slice(0, i), '\u17D2' + s, ...units.slice(i + 1)]);
    } else if (VOWEL_SIMILAR[u]) ops.push(() => [...units.slice(0, i), VOWEL_SIMILAR[u], ...units.slice(i + 1)]);
  });
  return ops.length ? r.pick(ops)() : null;
}
/** The same word with two marks in the other order (renders the same), or null. */
function kmReorder(units: string[]): string | null {
  for (let i = 0; i + 1 < units.length; i++) {
    const a = units[i];
    const b = units[i + 1];
    if (a.length !== 1 || b.length !== 1 || isBase(a) || isBase(b)) continue;
    const ra = markRank(a);
    const rb = markRank(b);
    if ((ra === 1 && rb === 3) || (ra === 3 && rb === 4)) return [...units.slice(0, i), b, a, ...units.slice(i + 2)].join('');
  }
  return null;
}

const KB = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function keyNeighbour(c: string, r: Rng): string {
  for (const row of KB) {
    const i = row.indexOf(c);
    if (i < 0) continue;
    const n = [row[i - 1], row[i + 1]].filter(Boolean) as string[];
    return r.pick(n);
  }
  return c;
}
function latinTypo(tok: string, r: Rng): string {
  const t = tok.toLowerCase();
  for (let k = 0; k < 10; k++) {
    const op = r.next();
    const i = r.int(0, t.length - 1);
    let out: string;
    if (op < 0.4) out = t.slice(0, i) + keyNeighbour(t[i], r) + t.slice(i + 1);
    else if (op < 0.65) out = t.slice(0, i) + t.slice(i + 1);
    else if (op < 0.8) out = t.slice(0, i) + t[i] + t.slice(i);
    else {
      if (i + 1 >= t.length || t[i] === t[i + 1]) continue;
      out = t.slice(0, i) + t[i + 1] + t[i] + t.slice(i + 2);
    }
    if (out !== t && near1(out, t) === 1) return out;
  }
  return t;
}

type CaseStyle = 'upper' | 'title' | 'lower';
const applyCase = (s: string, c: CaseStyle) =>
  c === 'upper' ? s.toUpperCase() : c === 'lower' ? s.toLowerCase() : s.toLowerCase().replace(/(^|\s)([a-z])/g, (_, a, b) => a + b.toUpperCase());

interface Crew {
  pKm: number;
  pTerm: number;
  pOfficial: number;
  pSwap: number;
  caseMain: CaseStyle;
}
interface Person {
  sex: Sex;
  f: Word;
  g: Word;
  birth: Birth;
  nid: string;
}
interface Written {
  name: string;
  km: boolean;
  term: boolean;
  alone: boolean;
  slip: boolean;
}

function writeName(p: Person, crew: Crew, alone: boolean, r: Rng): Written {
  const age = trueAge(p.birth);
  const words = alone ? [p.g] : r.chance(crew.pSwap) ? [p.g, p.f] : [p.f, p.g];
  let term: KinTerm | null = null;
  if (r.chance(crew.pTerm)) {
    const fit = KIN_TERMS.filter((t) => (t.sex === null || t.sex === p.sex) && age >= t.minAge && age <= t.maxAge);
    // a boss says Bong, Pou, Ming more often than Neak.
    if (fit.length) term = r.chance(0.8) && fit.some((t) => t.km !== 'អ្នក') ? r.pick(fit.filter((t) => t.km !== 'អ្នក')) : r.pick(fit);
  }
  const km = r.chance(crew.pKm);
  let slip = false;
  if (km) {
    const texts = words.map((w) => w.km);
    if (r.chance(R.kmSlip)) {
      const order = r.shuffle(words.map((_, i) => i));
      for (const i of order) {
        const s = kmSlip(words[i].units, r);
        if (s) {
          texts[i] = s.join('');
          slip = true;
          break;
        }
      }
    }
    if (!slip && r.chance(R.kmReorder)) {
      for (let i = 0; i < words.length; i++) {
        const s = kmReorder(words[i].units);
        if (s) {
          texts[i] = s;
          break;
        }
      }
    }
    const u = r.next();
    const sep = u < 0.4 ? '\u200B' : u < 0.75 ? ' ' : '';
    return { name: [...(term ? [term.km] : []), ...texts].join(sep), km, term: !!term, alone, slip };
  }
  const toks = words.map((w) => (r.chance(crew.pOfficial) ? w.latin[0] : r.pick(w.latin)).toLowerCase());
  if (r.chance(R.typo)) {
    const pieces = toks.flatMap((t, i) => t.split(' ').map((x, j) => ({ i, j, x }))).filter((p) => p.x.length >= 4);
    if (pieces.length) {
      const p = r.pick(pieces);
      const parts = toks[p.i].split(' ');
      parts[p.j] = latinTypo(parts[p.j], r);
      toks[p.i] = parts.join(' ');
      slip = true;
    }
  }
  const c: CaseStyle = r.chance(0.8) ? crew.caseMain : r.pick(['upper', 'title', 'lower'] as const);
  const termText = term ? r.pick(term.latin) : null;
  return { name: applyCase([...(termText ? [termText] : []), ...toks].join(' '), c), km, term: !!term, alone, slip };
}

type DobMode = 'card' | 'age' | 'none';
function drawDobMode(r: Rng): DobMode {
  const u = r.next();
  return u < R.card ? 'card' : u < R.card + R.noAge ? 'none' : 'age';
}
function rowDob(b: Birth, mode: DobMode, r: Rng): string | null {
  if (mode === 'none') return null;
  if (mode === 'card') return b.d <= 12 && b.d !== b.m && r.chance(R.swapDayMonth) ? iso(b.y, b.d, b.m) : iso(b.y, b.m, b.d);
  const t = trueAge(b);
  const u = r.next();
  const said = u < 0.55 ? t : u < 0.9 ? t + 1 : t - 1;
  const y = Math.min(b.y + 1, Math.max(b.y - 1, VISIT.y - said));
  return `${y}-01-01`;
}

// ---------------------------------------------------------------- the generator

interface RowMeta {
  crew: number;
  hidden: boolean;
  g: number;
  written: Written;
  dobMode: DobMode;
  kind: string;
}
interface Built {
  roster: Roster;
  meta: RowMeta[];
  crewCount: number;
}

function build(size: number, seed: number): Built {
  const r = rng((seed * 0x9e3779b1) ^ 0x8e1a7c3);
  const ids = new Set<number>();
  const newNid = (): string => {
    for (;;) {
      const id = r.int(0, 299_999_999);
      if (!ids.has(id) && !numNeighbours(id).some((n) => ids.has(n))) {
        ids.add(id);
        return pad(id, 9);
      }
    }
  };
  const drawSex = (): Sex => (r.chance(0.68) ? 'M' : 'F');
  const pickFamily = () => r.pickSkewed(FAMILY, SKEW_FAMILY);
  const pickGiven = (s: Sex) => r.pickSkewed(GIVEN_FOR[s], SKEW_GIVEN);

  // --- the register
  const yearsByName = new Map<string, number[]>();
  const nameKey = (f: Word, g: Word) => `${f.id}:${g.id}`;
  const clash = (f: Word, g: Word, y: number, gap: number) => (yearsByName.get(nameKey(f, g)) ?? []).some((x) => Math.abs(x - y) < gap);
  const people: Person[] = [];
  for (let i = 0; i < size; i++) {
    let sex = drawSex();
    let f = pickFamily();
    let g = pickGiven(sex);
    let birth = drawBirth(r);
    for (let t = 0; clash(f, g, birth.y, 4); t++) {
      if (t % 5 === 4) {
        sex = drawSex();
        f = pickFamily();
        g = pickGiven(sex);
      }
      birth = drawBirth(r);
    }
    const k = nameKey(f, g);
    yearsByName.set(k, [...(yearsByName.get(k) ?? []), birth.y]);
    people.push({ sex, f, g, birth, nid: newNid() });
  }
  r.shuffle(people);
  const nssfSeen = new Set<string>();
  const registered: RegisteredWorker[] = people.map((p, i) => {
    let nssf: string;
    do nssf = `1${pad(r.int(0, 999_999_999), 9)}`;
    while (nssfSeen.has(nssf));
    nssfSeen.add(nssf);
    const spell = (w: Word) => (r.chance(R.regLatinOfficial) ? w.latin[0] : r.pick(w.latin)).toUpperCase();
    const hireTo = Date.UTC(VISIT.y, VISIT.m - 1, VISIT.d - 7);
    const hireFrom = Math.min(hireTo - 30 * 86_400_000, Math.max(Date.UTC(2012, 0, 1), Date.UTC(p.birth.y + 18, p.birth.m - 1, 1)));
    const hire = new Date(hireFrom + Math.floor(r.next() * Math.max(1, hireTo - hireFrom))).toISOString().slice(0, 10);
    return {
      workerId: `E8-W${pad(i + 1, 6)}`,
      nssfNumber: r.chance(R.regNssf) ? nssf : null,
      nationalId: r.chance(R.regNid) ? p.nid : null,
      nameKh: `${p.f.km} ${p.g.km}`,
      nameLatin: r.chance(R.regLatin) ? `${spell(p.f)} ${spell(p.g)}` : null,
      sex: r.chance(R.regSex) ? p.sex : null,
      dateOfBirth: r.chance(R.regDob) ? (r.chance(R.regYearOnly) ? `${p.birth.y}-01-01` : iso(p.birth.y, p.birth.m, p.birth.d)) : null,
      hireDate: r.chance(R.regHire) ? hire : null,
      wageRiel: r.chance(R.regWage) ? 10_000 * r.int(80, 180) : null,
    };
  });
  const idx = indexRegister(registered);

  // --- who is on site
  const order = r.shuffle(people.map((_, i) => i));
  const absent = new Set(order.slice(0, Math.round(R.absent * size)));
  const present = order.slice(Math.round(R.absent * size));
  const twiceCount = Math.round((R.twiceOfRows * present.length) / (1 - R.hiddenOfRows - R.twiceOfRows));
  const twice = r.shuffle([...present]).slice(0, twiceCount);
  const twiceSet = new Set(twice);
  const trueRegs = r.shuffle([...present, ...twice]);
  const hiddenCount = Math.round((trueRegs.length * R.hiddenOfRows) / (1 - R.hiddenOfRows));
  const N = trueRegs.length + hiddenCount;

  // --- crews
  const sizes: number[] = [];
  let total = 0;
  while (total < N) {
    const s = Math.min(r.int(8, 30), N - total);
    if (s < 5 && sizes.length) sizes[sizes.length - 1] += s;
    else sizes.push(s);
    total += s;
  }
  const quota = sizes.map((s) => Math.min(s - 1, Math.max(1, Math.round((s * hiddenCount) / N))));
  let qsum = quota.reduce((a, b) => a + b, 0);
  while (qsum !== hiddenCount) {
    const c = r.int(0, sizes.length - 1);
    if (qsum > hiddenCount && quota[c] > 1) (quota[c]--, qsum--);
    else if (qsum < hiddenCount && quota[c] < sizes[c] - 1) (quota[c]++, qsum++);
  }
  const crews: Crew[] = sizes.map(() => ({
    pKm: r.pick([0.1, 0.35, 0.6, 0.85]),
    pTerm: 0.1 + 0.5 * r.next(),
    pOfficial: 0.3 + 0.5 * r.next(),
    pSwap: r.pick([0.03, 0.1, 0.25]),
    caseMain: r.pick(['upper', 'upper', 'title', 'lower'] as const),
  }));
  // true rows fill the crews' true slots in turn; a worker listed twice is in two crews.
  const trueCrew: number[] = [];
  {
    let c = 0;
    let used = 0;
    for (let i = 0; i < trueRegs.length; i++) {
      while (used >= sizes[c] - quota[c]) (c++, (used = 0));
      trueCrew.push(c);
      used++;
    }
    const firstCrew = new Map<number, number>();
    for (let i = 0; i < trueRegs.length; i++) {
      const w = trueRegs[i];
      const fc = firstCrew.get(w);
      if (fc === undefined) firstCrew.set(w, trueCrew[i]);
      else if (fc === trueCrew[i]) {
        for (;;) {
          const j = r.int(0, trueRegs.length - 1);
          if (trueCrew[j] !== fc && trueRegs[j] !== w && !twiceSet.has(trueRegs[j])) {
            [trueRegs[i], trueRegs[j]] = [trueRegs[j], trueRegs[i]];
            firstCrew.set(trueRegs[i], trueCrew[i]);
            break;
          }
        }
      }
    }
  }
  const crewOfReg = new Map<number, number>();
  trueRegs.forEach((w, i) => crewOfReg.has(w) || crewOfReg.set(w, trueCrew[i]));

  // --- hidden people (identities; fields come when they are written)
  type Kind = 'relative' | 'given' | 'full' | 'new';
  const drawKind = (): Kind => {
    const u = r.next();
    return u < 0.3 ? 'relative' : u < 0.55 ? 'given' : u < 0.75 ? 'full' : 'new';
  };
  const absentList = order.slice(0, absent.size);
  const drawTarget = () => (r.chance(0.8) || !absentList.length ? r.pick(present) : r.pick(absentList));
  const hiddenIdentity = (kind: Kind, target: number, uniform: boolean): Person => {
    const t = people[target];
    let sex = drawSex();
    let f = uniform ? r.pick(FAMILY) : pickFamily();
    let g = uniform ? r.pick(GIVEN_FOR[sex]) : pickGiven(sex);
    if (kind === 'relative') {
      f = t.f;
      while (g.id === t.g.id) g = pickGiven(sex);
    } else if (kind === 'given' || kind === 'full') {
      g = t.g;
      sex = g.sex === 'U' && r.chance(0.35) ? (t.sex === 'M' ? 'F' : 'M') : t.sex;
      if (kind === 'full') f = t.f;
      else while (f.id === t.f.id) f = pickFamily();
    }
    return { sex, f, g, birth: drawBirth(r), nid: '' };
  };
  const hiddenPlan = Array.from({ length: hiddenCount }, () => {
    const kind = drawKind();
    const target = drawTarget();
    return { kind, target, person: hiddenIdentity(kind, target, false) };
  });
  const hiddenCrew: number[] = new Array(hiddenCount).fill(-1);
  const left = [...quota];
  hiddenPlan.forEach((h, i) => {
    const c = crewOfReg.get(h.target);
    if (h.kind !== 'new' && c !== undefined && left[c] > 0 && r.chance(R.sameCrewAsTarget)) (hiddenCrew[i] = c, left[c]--);
  });
  {
    const slots = r.shuffle(left.flatMap((n, c) => Array.from({ length: n }, () => c)));
    let k = 0;
    hiddenCrew.forEach((c, i) => c < 0 && (hiddenCrew[i] = slots[k++]));
  }

  // given-name counts per crew, for "the given name alone only where nobody else in the crew has it".
  const crewGiven = sizes.map(() => new Map<number, number>());
  const bump = (c: number, g: number, d: number) => crewGiven[c].set(g, (crewGiven[c].get(g) ?? 0) + d);
  trueRegs.forEach((w, i) => bump(trueCrew[i], people[w].g.id, 1));
  hiddenPlan.forEach((h, i) => bump(hiddenCrew[i], h.person.g.id, 1));
  const aloneGiven = sizes.map(() => new Set<number>());

  interface Row {
    crew: number;
    reg: number | null;
    g: number;
    fields: RowFields;
    written: Written;
    dobMode: DobMode;
    kind: string;
  }
  const rows: Row[] = [];

  // --- write the hidden rows; every namesake they could pass for is ruled out by a field.
  hiddenPlan.forEach((h, i) => {
    const c = hiddenCrew[i];
    const dobMode = drawDobMode(r);
    const hasSex = r.chance(R.sex);
    const wantAlone = r.chance(R.alone);
    let p = h.person;
    let kind: string = h.kind;
    for (let attempt = 0; ; attempt++) {
      if (attempt > 0 && attempt % 8 === 0) {
        // a new identity: after a while, a plain day labourer with an uncommon name.
        const k: Kind = attempt >= 32 ? 'new' : h.kind;
        const np = hiddenIdentity(k, attempt >= 32 ? r.pick(present) : h.target, attempt >= 48);
        if (aloneGiven[c].has(np.g.id)) continue;
        bump(c, p.g.id, -1);
        bump(c, np.g.id, 1);
        p = np;
        kind = k;
      } else if (attempt > 0) p = { ...p, birth: drawBirth(r) };
      if (attempt > 400) throw new Error('eighth: could not place a hidden worker');
      const alone = wantAlone && attempt < 8 && crewGiven[c].get(p.g.id) === 1;
      const written = writeName(p, crews[c], alone, r);
      if (dobMode === 'card' && !p.nid) p = { ...p, nid: newNid() };
      const fields: RowFields = { sex: hasSex ? p.sex : null, dob: rowDob(p.birth, dobMode, r), nid: dobMode === 'card' ? p.nid : null };
      const cands = candidates(written.name, idx);
      let ok = true;
      for (const reg of cands.keys()) if (!ruledOut(fields, idx.entries[reg])) (ok = false);
      if (!ok) continue;
      if (alone) aloneGiven[c].add(p.g.id);
      rows.push({ crew: c, reg: null, g: p.g.id, fields, written, dobMode, kind: `hidden-${kind}` });
      break;
    }
  });

  // --- write the true rows
  trueRegs.forEach((w, i) => {
    const c = trueCrew[i];
    const p = people[w];
    const dobMode = drawDobMode(r);
    const hasSex = r.chance(R.sex);
    const alone = r.chance(R.alone) && crewGiven[c].get(p.g.id) === 1;
    let nid: string | null = null;
    if (dobMode === 'card') {
      nid = p.nid;
      if (r.chance(R.nidSlip)) {
        const own = Number(p.nid);
        const opts = idNeighbours(p.nid).filter((n) => !numNeighbours(Number(n)).some((x) => x !== own && ids.has(x)));
        if (opts.length) nid = r.pick(opts);
      }
    }
    const fields: RowFields = { sex: hasSex ? p.sex : null, dob: rowDob(p.birth, dobMode, r), nid };
    let written = writeName(p, crews[c], alone, r);
    for (let t = 0; !(candidates(written.name, idx).get(w)?.d! <= 1); t++) {
      if (t > 20) throw new Error(`eighth: cannot write ${p.f.latin[0]} ${p.g.latin[0]}`);
      written = writeName(p, crews[c], alone, r);
    }
    if (alone) aloneGiven[c].add(p.g.id);
    rows.push({ crew: c, reg: w, g: p.g.id, fields, written, dobMode, kind: twiceSet.has(w) ? 'true-twice' : 'true' });
  });

  // --- typing order: crew by crew (crews shuffled), rows shuffled within a crew
  const byCrew = sizes.map(() => [] as Row[]);
  for (const row of rows) byCrew[row.crew].push(row);
  const crewOrder = r.shuffle(sizes.map((_, c) => c));
  const visitId = `visit-eighth-${seed}`;
  let t = Date.UTC(VISIT.y, VISIT.m - 1, VISIT.d, 1, 0, 0); // 08:00 in Phnom Penh
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  const meta: RowMeta[] = [];
  crewOrder.forEach((c, ci) => {
    t += ci === 0 ? 0 : r.int(60, 600) * 1000;
    for (const row of r.shuffle(byCrew[c])) {
      t += r.int(8, 45) * 1000;
      const id = uuid(r);
      onsite.push({
        id,
        visitId,
        name: row.written.name,
        nationalId: row.fields.nid,
        nssfNumber: null,
        sex: row.fields.sex,
        dateOfBirth: row.fields.dob,
        source: row.dobMode === 'card' ? 'id-card' : 'manual',
        sourceRow: null,
        recordedAt: new Date(t).toISOString(),
      });
      truth.set(id, row.reg === null ? null : registered[row.reg].workerId);
      meta.push({ crew: ci, hidden: row.reg === null, g: row.g, written: row.written, dobMode: row.dobMode, kind: row.kind });
    }
  });
  return { roster: { registered, onsite, truth }, meta, crewCount: sizes.length };
}

export function generateEighth(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ---------------------------------------------------------------- self-check

function audit(size: number, seed: number): boolean {
  const t0 = performance.now();
  const built = build(size, seed);
  const ms = performance.now() - t0;
  const { registered, onsite, truth } = built.roster;
  const meta = built.meta;
  const problems: string[] = [];
  const fail = (rule: string, msg: string) => {
    if (problems.filter((p) => p.startsWith(rule)).length < 5) problems.push(`${rule}: ${msg}`);
    else if (!problems.includes(`${rule}: ...`)) problems.push(`${rule}: ...`);
  };
  const pct = (a: number, b: number) => `${a} (${((100 * a) / Math.max(1, b)).toFixed(1)} %)`;

  // independent reading of the output
  const idx = indexRegister(registered);
  const regPos = new Map(registered.map((w, i) => [w.workerId, i]));
  const hiddenRows = onsite.filter((o) => truth.get(o.id) === null);
  const trueRows = onsite.filter((o) => truth.get(o.id) !== null);
  const seenReg = new Map<string, number>();
  for (const o of trueRows) seenReg.set(truth.get(o.id)!, (seenReg.get(truth.get(o.id)!) ?? 0) + 1);
  const twiceListed = [...seenReg.values()].filter((n) => n > 1).length;
  const absentCount = registered.length - seenReg.size;

  // --- counts
  const n = onsite.length;
  console.log(`eighth: size ${size}, seed ${seed}, built in ${ms.toFixed(0)} ms`);
  console.log(`  registered ${registered.length}; on site ${n}; true ${trueRows.length}; hidden ${pct(hiddenRows.length, n)}; absent ${pct(absentCount, registered.length)}; workers listed twice ${twiceListed} (${((100 * twiceListed) / n).toFixed(1)} % of rows); crews ${built.crewCount}`);
  const filled = (k: keyof RegisteredWorker) => pct(registered.filter((w) => w[k] !== null).length, registered.length);
  console.log(`  register filled: latin ${filled('nameLatin')}, nssf ${filled('nssfNumber')}, national ID ${filled('nationalId')}, sex ${filled('sex')}, dob ${filled('dateOfBirth')} (year only ${registered.filter((w) => w.dateOfBirth?.endsWith('-01-01')).length}), hire ${filled('hireDate')}, wage ${filled('wageRiel')}`);
  const of = (f: (o: OnsiteWorker, i: number) => boolean) => pct(onsite.filter(f).length, n);
  console.log(`  on site filled: sex ${of((o) => o.sex !== null)}, year from age ${of((o, i) => meta[i].dobMode === 'age')}, full dob + ID card ${of((o) => o.source === 'id-card')}, no date ${of((o) => o.dateOfBirth === null)}, national ID ${of((o) => o.nationalId !== null)}, nssf ${of((o) => o.nssfNumber !== null)}`);
  console.log(`  names: Khmer ${of((o, i) => meta[i].written.km)}, Latin ${of((o, i) => !meta[i].written.km)}, kinship term ${of((o, i) => meta[i].written.term)}, given name alone ${of((o, i) => meta[i].written.alone)} (hidden ${meta.filter((m) => m.hidden && m.written.alone).length}), slip or typo ${of((o, i) => meta[i].written.slip)}, zero-width space ${of((o) => o.name.includes('\u200B'))}`);
  const kinds = new Map<string, number>();
  for (const m of meta) kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
  console.log(`  row kinds: ${[...kinds].map(([k, v]) => `${k} ${v}`).join(', ')}`);

  // --- rule 1: true rows carry plausible variants only
  let undecidable = 0;
  const whyCount = new Map<string, number>();
  let undecidableAlone = 0;
  let misleading = 0;
  let aloneTrue = 0;
  const yearOff = [0, 0, 0];
  const crewGiven = new Map<string, number>();
  meta.forEach((m, i) => {
    const reg = truth.get(onsite[i].id);
    if (reg == null) return;
    const e = idx.entries[regPos.get(reg)!];
    crewGiven.set(`${m.crew}:${e.g}`, (crewGiven.get(`${m.crew}:${e.g}`) ?? 0) + 1);
  });
  // hidden people's given names, from the generator's notes (the output does not say who they are)
  meta.forEach((m) => m.hidden && crewGiven.set(`${m.crew}:${m.g}`, (crewGiven.get(`${m.crew}:${m.g}`) ?? 0) + 1));
  onsite.forEach((o, i) => {
    const reg = truth.get(o.id);
    if (reg == null) return;
    const ri = regPos.get(reg);
    if (ri === undefined) return fail('rule 1', `truth names an unknown worker ${reg}`);
    const w = registered[ri];
    const e = idx.entries[ri];
    const cands = candidates(o.name, idx);
    const own = cands.get(ri);
    if (!own || own.d > 1) fail('rule 1', `"${o.name}" does not read as ${w.nameKh} / ${w.nameLatin}`);
    if (own?.alone) {
      aloneTrue++;
      if ((crewGiven.get(`${meta[i].crew}:${e.g}`) ?? 0) > 1) fail('rule 1', `"${o.name}" leaves out the family name in a crew with another ${WORDS[e.g].latin[0]}`);
    }
    const fields: RowFields = { sex: o.sex as Sex | null, dob: o.dateOfBirth, nid: o.nationalId };
    if (o.sex && w.sex && o.sex !== w.sex) fail('rule 1', `${o.name}: sex ${o.sex} vs ${w.sex}`);
    if (o.nssfNumber !== null) fail('rule 1', `${o.name}: an NSSF number on site`);
    if (o.nationalId && w.nationalId && near1(o.nationalId, w.nationalId) > 1) fail('rule 1', `${o.name}: ID ${o.nationalId} vs ${w.nationalId}`);
    if (o.dateOfBirth && w.dateOfBirth) {
      const dy = year(o.dateOfBirth) - year(w.dateOfBirth);
      if (yearOnly(o.dateOfBirth) || yearOnly(w.dateOfBirth)) {
        if (Math.abs(dy) > 1) fail('rule 1', `${o.name}: year ${o.dateOfBirth} vs ${w.dateOfBirth}`);
        if (yearOnly(o.dateOfBirth) && Math.abs(dy) <= 1) yearOff[dy + 1]++;
      } else if ((dobGap(o.dateOfBirth, w.dateOfBirth) ?? 9) > 0.25) fail('rule 1', `${o.name}: date ${o.dateOfBirth} vs ${w.dateOfBirth}`);
    }
    if (o.source === 'id-card' && (!o.nationalId || !o.dateOfBirth)) fail('rule 1', `${o.name}: an ID-card row without ID or date`);
    if (ruledOut(fields, e)) fail('rule 1', `${o.name}: ruled out from its own worker`);
    // --- rule 5: could the row equally be someone else?
    let tie = false;
    let worse = false;
    for (const [rj, c] of cands) {
      if (rj === ri) continue;
      const x = idx.entries[rj];
      if (ruledOut(fields, x)) continue;
      const dOwn = own?.d ?? 9;
      const gOwn = dobGap(o.dateOfBirth, w.dateOfBirth);
      const gX = dobGap(o.dateOfBirth, x.dob);
      const ownBetter = dOwn < c.d || (gOwn !== null && gX !== null && gOwn < gX);
      if (ownBetter) continue;
      tie = true;
      if (c.d < dOwn || (gOwn !== null && gX !== null && gX < gOwn)) worse = true;
    }
    if (tie) {
      const why = own?.alone ? 'alone' : !o.dateOfBirth ? 'row-no-date' : [...cands].some(([rj, c]) => rj !== ri && !ruledOut(fields, idx.entries[rj]) && !idx.entries[rj].dob) ? 'other-no-dob' : !w.dateOfBirth ? 'own-no-dob' : 'other';
      whyCount.set(why, (whyCount.get(why) ?? 0) + 1);
      undecidable++;
      if (own?.alone) undecidableAlone++;
      if (worse) misleading++;
    }
  });
  const nt = trueRows.length;
  console.log(`  true rows: year typed one early/right/one late ${yearOff.join('/')}; given name alone ${aloneTrue}`);
  console.log(`  rule 5: undecidable ${pct(undecidable, nt)} of true rows — given name alone ${undecidableAlone}, full name ${undecidable - undecidableAlone}; of them pointing rather at another worker ${misleading}`);
  console.log(`    why: ${['alone', 'row-no-date', 'other-no-dob', 'own-no-dob', 'other'].map((k) => `${k} ${whyCount.get(k) ?? 0}`).join(', ')} (alone: the given name alone; row-no-date: no age on the row; other-no-dob: a namesake with no date on the register; other: spellings or slips)`);
  if (undecidable >= 0.06 * nt) fail('rule 5', `${undecidable} undecidable true rows of ${nt}`);

  // --- rule 2
  const yearsByKh = new Map<string, number[]>();
  let namesakes = 0;
  for (const w of registered) {
    const k = kmUnits(w.nameKh).join('');
    const l = yearsByKh.get(k) ?? [];
    if (w.dateOfBirth) {
      const y = year(w.dateOfBirth);
      if (l.includes(y)) fail('rule 2', `${w.nameKh} twice born ${y}`);
      l.push(y);
    }
    yearsByKh.set(k, l);
  }
  const groups = new Map<string, number>();
  for (const w of registered) groups.set(kmUnits(w.nameKh).join(''), (groups.get(kmUnits(w.nameKh).join('')) ?? 0) + 1);
  for (const v of groups.values()) if (v > 1) namesakes += v;
  console.log(`  rule 2: registered workers sharing their full Khmer name with another ${pct(namesakes, registered.length)}`);

  // --- rule 3
  let couldPass = 0;
  const ruledBy = { sex: 0, year: 0, id: 0 };
  for (const o of hiddenRows) {
    const fields: RowFields = { sex: o.sex as Sex | null, dob: o.dateOfBirth, nid: o.nationalId };
    const cands = candidates(o.name, idx);
    if (cands.size) couldPass++;
    for (const rj of cands.keys()) {
      const x = idx.entries[rj];
      if (!ruledOut(fields, x)) fail('rule 3', `hidden "${o.name}" could be ${registered[rj].nameKh} (${registered[rj].workerId}) and nothing rules it out`);
      else if (fields.sex && x.sex && fields.sex !== x.sex) ruledBy.sex++;
      else if (fields.dob && x.dob && Math.abs(year(fields.dob) - year(x.dob)) >= 3) ruledBy.year++;
      else ruledBy.id++;
    }
    if (o.statedStartDate != null || o.wageRiel != null) fail('rule 4', `hidden row with a start date or wage`);
  }
  console.log(`  rule 3: hidden rows that could pass for a registered name ${pct(couldPass, hiddenRows.length)}; namesakes ruled out by sex ${ruledBy.sex}, by year ${ruledBy.year}, by ID ${ruledBy.id}`);

  // --- rule 4
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const seenIds = new Set<string>();
  for (let i = 0; i < n; i++) {
    const o = onsite[i];
    if (!uuidRe.test(o.id) || seenIds.has(o.id)) fail('rule 4', `bad or repeated id ${o.id}`);
    seenIds.add(o.id);
    if (i > 0 && !(o.recordedAt > onsite[i - 1].recordedAt)) fail('rule 4', `recordedAt not increasing at row ${i}`);
    if (o.statedStartDate != null || o.wageRiel != null) fail('rule 4', 'a row with a start date or wage');
  }
  const crewMix = new Map<number, [number, number]>();
  meta.forEach((m, i) => {
    const c = crewMix.get(m.crew) ?? [0, 0];
    c[truth.get(onsite[i].id) === null ? 1 : 0]++;
    crewMix.set(m.crew, c);
  });
  for (const [c, [t, h]] of crewMix) if (!t || !h) fail('rule 4', `crew ${c} has ${t} true and ${h} hidden rows`);
  // position of hidden rows within their crew, and absent workers within the register: both should look random.
  const posIn = (pred: (i: number) => boolean) => {
    let s = 0;
    let k = 0;
    const start = new Map<number, number>();
    const len = new Map<number, number>();
    meta.forEach((m, i) => (start.has(m.crew) || start.set(m.crew, i), len.set(m.crew, (len.get(m.crew) ?? 0) + 1)));
    meta.forEach((m, i) => {
      if (!pred(i)) return;
      s += (i - start.get(m.crew)! + 0.5) / len.get(m.crew)!;
      k++;
    });
    return [s / Math.max(1, k), k];
  };
  const [hidPos, hidK] = posIn((i) => truth.get(onsite[i].id) === null);
  const [truePos] = posIn((i) => truth.get(onsite[i].id) !== null);
  let absSum = 0;
  registered.forEach((w, i) => !seenReg.has(w.workerId) && (absSum += (i + 0.5) / registered.length));
  const absPos = absSum / Math.max(1, absentCount);
  console.log(`  rule 4: mean position in crew hidden ${hidPos.toFixed(3)} vs true ${truePos.toFixed(3)}; mean register position of absent workers ${absPos.toFixed(3)}; crews all mixed: ${[...crewMix.values()].every(([t, h]) => t && h)}`);
  // uniform positions have a standard deviation of sqrt(1/12) each; allow 4 standard errors.
  const sd = (k: number) => Math.sqrt(1 / 12 / Math.max(1, k));
  if (Math.abs(hidPos - 0.5) > 4 * sd(hidK) || Math.abs(absPos - 0.5) > 4 * sd(absentCount)) fail('rule 4', 'hidden or absent rows sit in a telltale place');
  // leak checks: field presence should not differ much between hidden and true rows
  const rate = (rows: OnsiteWorker[], f: (o: OnsiteWorker) => boolean) => rows.filter(f).length / Math.max(1, rows.length);
  const leak: [string, (o: OnsiteWorker) => boolean][] = [
    ['sex', (o) => o.sex !== null],
    ['date', (o) => o.dateOfBirth !== null],
    ['id card', (o) => o.source === 'id-card'],
    ['Khmer', (o) => KHMER.test(o.name)],
  ];
  console.log(`  field presence hidden vs true: ${leak.map(([k, f]) => `${k} ${(100 * rate(hiddenRows, f)).toFixed(0)}/${(100 * rate(trueRows, f)).toFixed(0)} %`).join(', ')}`);

  // --- schemas and dates
  const sr = rng(seed + 77);
  for (let k = 0; k < Math.min(1000, n); k++) {
    const o = onsite[sr.int(0, n - 1)];
    const p = OnsiteWorker.safeParse(o);
    if (!p.success) fail('schema', `on-site row ${o.id}: ${p.error.issues[0]?.message}`);
  }
  for (let k = 0; k < Math.min(1000, registered.length); k++) {
    const w = registered[sr.int(0, registered.length - 1)];
    const p = RegisteredWorker.safeParse(w);
    if (!p.success) fail('schema', `registered ${w.workerId}: ${p.error.issues[0]?.message}`);
  }
  const validDate = (s: string | null | undefined) => {
    if (s == null) return true;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    return !!m && +m[2] >= 1 && +m[2] <= 12 && +m[3] >= 1 && +m[3] <= dim(+m[1], +m[2]);
  };
  for (const w of registered) if (!validDate(w.dateOfBirth) || !validDate(w.hireDate)) fail('schema', `bad date on ${w.workerId}`);
  for (const o of onsite) if (!validDate(o.dateOfBirth)) fail('schema', `bad date on ${o.id}`);
  if (new Set(registered.map((w) => w.workerId)).size !== registered.length) fail('schema', 'repeated worker ids');
  if (truth.size !== n) fail('schema', 'truth does not cover every on-site row');

  // --- determinism and speed
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  if (ser(generateEighth(size, seed)) !== ser(built.roster)) fail('determinism', 'two runs with the same seed differ');
  if (ser(generateEighth(size, seed + 1)) === ser(built.roster)) fail('determinism', 'another seed gives the same roster');
  if (ms > 2000) fail('speed', `${ms.toFixed(0)} ms`);

  // --- samples
  console.log('  sample rows:');
  const pr = rng(seed + 5);
  for (let k = 0; k < 12; k++) {
    const i = pr.int(0, n - 1);
    const o = onsite[i];
    const reg = truth.get(o.id);
    const w = reg ? registered[regPos.get(reg)!] : null;
    console.log(`    ${JSON.stringify(o.name)} ${o.sex ?? '-'} ${o.dateOfBirth ?? '-'} ${o.nationalId ?? '-'}  →  ${w ? `${w.workerId} ${w.nameKh} / ${w.nameLatin ?? '-'} ${w.sex ?? '-'} ${w.dateOfBirth ?? '-'} ${w.nationalId ?? '-'}` : `hidden (${meta[i].kind})`}`);
  }

  if (problems.length) {
    console.log('  AUDIT FAILED');
    for (const p of problems) console.log(`    ${p}`);
    return false;
  }
  console.log('  audit: rules 1-5, schemas, determinism and speed all pass');
  return true;
}

if (process.argv[1]?.endsWith('eighth.ts')) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  process.exit(audit(size, seed) ? 0 : 1);
}
