/**
 * `seventyseventh`: a grader's roster, written blind, weighted to the inspector's own typing.
 *
 * The model is the product text's variations and nothing else. Most of the weight is on rows the
 * inspector types on a phone from what the worker says or shows ("workers typed in or read off ID
 * cards"); the rest come from the employer's sheet (CSV) at everyday rates, or are read off the
 * worker's ID card.
 *
 * SHAPE (size = registered workers)
 *   absent registered                 6 % of registered (not on site)
 *   hidden workers                    6.5 % of on-site rows (10,000 registered -> ~9,400 true + ~650 hidden)
 *   hidden namesakes                  55 % of hidden workers take the full name of a registered worker
 *                                     (20 % of those the name of an ABSENT one); the rest draw a name from
 *                                     the same common-name distribution, so many collide by chance too
 *   women                             75 % (garment floor)
 *   source of each on-site row        manual (inspector's phone) 45 %, csv (employer's sheet) 40 %, id-card 15 %
 *
 * REGISTER (the fund's list)
 *   nameKh always (ZWSP instead of the space 5 %); nameLatin in capitals, missing 15 %, the usual spelling of
 *   each word 65 % else another listed one; national ID missing 4 %, NSSF number missing 1 %,
 *   DOB missing 1 %, sex missing 1 %, hire date missing 2 %, wage missing 5 %.
 *
 * MANUAL rows (the emphasis: typed by the inspector)
 *   script: Latin 85 %, Khmer 15 %
 *   Latin: each word's spelling picked by ear among its listed romanizations (Sok/Sokh, Chea/Chear,
 *     Sophea/Sophear, Vuthy/Voeuthy, Srey Mom/Sreymom ...): the usual one 55 %, else another listed one,
 *     independently of the register's spelling; given name first 35 %; case lower 30 %, Title 30 %, UPPER 20 %, mixed per word 20 %;
 *     one typo 30 % (a letter dropped 30 %, doubled 25 %, two swapped 25 %, mistyped to a QWERTY
 *     neighbour 20 %), in one word of 4+ letters.
 *   Khmer: ZWSP instead of the space 30 %, one keyboard code-point-order difference drawn 30 % (it needs a
 *     syllable with two marks, so ~18 % of rows show one), given name first 10 %.
 *   DOB missing 45 % as drawn; the inspector asks it back when the name is too common to decide (rule 5),
 *     which leaves ~20 % of manual rows without DOB at 10,000 registered (more at 1,000);
 *     day/month swapped in 10 % of shown DOBs that allow a swap (day <= 12, day != month);
 *   sex missing 30 %; national ID given 20 % (slip 5 %); NSSF number given 8 % (slip 5 %).
 * CSV rows (employer's sheet)
 *   script: Khmer 55 % (ZWSP 20 %, keyboard order 15 %), Latin 45 % (the register's spelling 60 % else any listed,
 *   UPPER 70 % / Title 30 %, given name first 8 %, typo 3 %); DOB missing 8 %, swapped 10 % of shown swappable;
 *   sex missing 5 %; national ID 75 % (slip 2 %); NSSF 55 % (slip 2 %).
 * ID-CARD rows (read off the card)
 *   script: Khmer 65 % (ZWSP 15 %, keyboard order 10 %), Latin 35 % in capitals (the register's spelling 70 %);
 *   DOB always (swapped 4 % of swappable); sex always; national ID always (misread digit 3 %); NSSF 5 %.
 * NAMES: 47 family names drawn Zipf-like (Sok, Chan, Chea first), 41 women's and 41 men's given names;
 *   at 10,000 registered about nine in ten workers share their full name with someone (largest group ~20),
 *   as "common names collide" says.
 * HIDDEN rows follow the same source rates, never carry an NSSF number (they have none), and carry a national
 *   ID of their own (2+ edits from every other one) when the source gives one.
 *
 * NFC/NFD: Khmer letters have no canonical decompositions, so NFC and NFD Khmer are byte-identical; the
 * encoding variants that really differ are ZWSP for the space and keyboard code-point order (a vowel typed
 * before a subscript, or before the register shifter ៉/៊), and those are what this roster varies.
 *
 * FAIRNESS (audited by the self-check; "could pass by name" = the name, compacted, is within one edit of
 * one of the registered worker's spellings: Latin lower-cased letters only in either order, or Khmer with
 * separators removed and marks put in canonical order, in either order)
 *   1. A true row carries only plausible variants of its worker: listed spellings, either order, any case,
 *      split/run-together as listed, at most one typo in one word of 4+ letters (Latin only), Khmer encoding
 *      variants; IDs exact or one slip (one digit mistyped or two adjacent swapped); DOB exact or day/month
 *      swapped; sex right or missing. No variation beyond these is modelled.
 *   2. Registered namesakes (any shared spelling) never have DOBs within a swap, one digit or one adjacent
 *      transposition. All national IDs and NSSF numbers (registered or hidden) are 2+ edits apart, and a
 *      slipped ID stays 2+ edits from every other one, so it is still nearest its own.
 *   3. A hidden row either cannot pass by name for any registered worker, or is ruled out from every one it
 *      could pass for by a field on BOTH sides: sex differs, DOB further than a swap/one digit, or national
 *      IDs 2+ edits apart. (When a hidden worker's name collides and the row has neither, the inspector is
 *      taken to have asked the DOB, then the card.)
 *   4. Nothing leaks the truth: rows shuffled, row ids random v4 UUIDs from the seeded PRNG, recordedAt
 *      increasing in row order, sourceRow numbered in row order, worker ids assigned after shuffling.
 *   5. A true row is undecidable when another registered worker could pass by name at least as well and no
 *      field on both sides rules them out. Undecidable rows are kept to 2.5 % of true rows: past that budget
 *      the inspector is taken to have asked the DOB (then the card's national ID, then the NSSF card).
 */
import { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY, GIVEN_F, GIVEN_M, QWERTY_NEIGHBOURS, type GivenName, type NameWord } from './seventyseventh-names';

export const SEVENTYSEVENTH_LABEL =
  "grader's roster: inspector's phone typing (case, typos, by-ear romanization, order, Srey Mom/Sreymom, DOB often missing), sheet and ID-card rows, namesake hidden workers";

type Sex = 'F' | 'M';
type Source = 'manual' | 'csv' | 'id-card';
type CaseStyle = 'lower' | 'title' | 'upper' | 'mixed';

const RATE = {
  absent: 0.06,
  hidden: 0.065,
  hiddenNamesake: 0.55,
  hiddenNamesakeOfAbsent: 0.2,
  female: 0.75,
  source: { manual: 0.45, csv: 0.4 },
  reg: { latinNull: 0.15, latinUsual: 0.65, khZwsp: 0.05, natNull: 0.04, nssfNull: 0.01, dobNull: 0.01, sexNull: 0.01, hireNull: 0.02, wageNull: 0.05 },
  manual: {
    khmer: 0.15, khZwsp: 0.3, khOrder: 0.3, khSwap: 0.1,
    givenFirst: 0.35, typo: 0.3, regSpelling: 0, usualByEar: 0.55, upper: 0,
    dobMissing: 0.45, dobSwap: 0.1, sexMissing: 0.3, nat: 0.2, natSlip: 0.05, nssf: 0.08, nssfSlip: 0.05,
  },
  csv: {
    khmer: 0.55, khZwsp: 0.2, khOrder: 0.15, khSwap: 0,
    givenFirst: 0.08, typo: 0.03, regSpelling: 0.6, usualByEar: 0, upper: 0.7,
    dobMissing: 0.08, dobSwap: 0.1, sexMissing: 0.05, nat: 0.75, natSlip: 0.02, nssf: 0.55, nssfSlip: 0.02,
  },
  'id-card': {
    khmer: 0.65, khZwsp: 0.15, khOrder: 0.1, khSwap: 0,
    givenFirst: 0, typo: 0, regSpelling: 0.7, usualByEar: 0, upper: 1,
    dobMissing: 0, dobSwap: 0.04, sexMissing: 0, nat: 1, natSlip: 0.03, nssf: 0.05, nssfSlip: 0,
  },
  undecidableBudget: 0.025,
} as const;

const VISIT_ID = 'visit-seventyseventh';
const ZWSP = '\u200B';
const GIVEN: readonly GivenName[] = [...GIVEN_F, ...GIVEN_M];
const F_IDX = GIVEN_F.map((_, i) => i);
const M_IDX = GIVEN_M.map((_, i) => GIVEN_F.length + i);
const FAM_IDX = FAMILY.map((_, i) => i);

// ---------------------------------------------------------------- text helpers

export function latinCompact(s: string): string {
  return s.normalize('NFKD').toLowerCase().replace(/[^a-z]/g, '');
}

const isKhmerMark = (c: number) => (c >= 0x17b6 && c <= 0x17d3) || c === 0x17dd;
/** Canonical rank of a Khmer mark: coeng+subscript / robat, register shifter, vowel, sign. */
function markRank(c: number): number {
  if (c === 0x17d2 || c === 0x17cc) return 0;
  if (c === 0x17c9 || c === 0x17ca) return 1;
  if (c >= 0x17b6 && c <= 0x17c5) return 2;
  return 3;
}
interface KhUnit { s: string; rank: number }
interface KhCluster { base: string; units: KhUnit[] }
function khClusters(s: string): KhCluster[] {
  const cps = [...s];
  const out: KhCluster[] = [];
  let i = 0;
  while (i < cps.length) {
    const c = cps[i].codePointAt(0)!;
    if (isKhmerMark(c) && out.length) {
      // a mark with no base of its own: attach to the previous cluster
    } else {
      out.push({ base: cps[i], units: [] });
      i++;
    }
    const cl = out[out.length - 1];
    while (i < cps.length && isKhmerMark(cps[i].codePointAt(0)!)) {
      const m = cps[i].codePointAt(0)!;
      if (m === 0x17d2 && i + 1 < cps.length) {
        cl.units.push({ s: cps[i] + cps[i + 1], rank: 0 });
        i += 2;
      } else {
        cl.units.push({ s: cps[i], rank: markRank(m) });
        i++;
      }
    }
  }
  return out;
}
/** Khmer compared as a reader sees it: NFC, no separators, marks in canonical order. */
export function khCanon(s: string): string {
  const clean = s.normalize('NFC').replace(/[\s\u200B\u200C\u200D\uFEFF]/g, '');
  let out = '';
  for (const cl of khClusters(clean)) {
    out += cl.base;
    const units = cl.units.map((u, k) => ({ ...u, k })).sort((a, b) => a.rank - b.rank || a.k - b.k);
    for (const u of units) out += u.s;
  }
  return out;
}
const KHMER_RE = /[\u1780-\u17ff]/;
export function nameCompact(name: string): string {
  return KHMER_RE.test(name) ? khCanon(name) : latinCompact(name);
}
/** One keyboard's order: two adjacent marks of one syllable typed the other way round. */
function keyboardOrder(s: string, r: Rng): string {
  const cls = khClusters(s);
  const spots: [number, number][] = [];
  cls.forEach((cl, ci) => {
    for (let u = 0; u + 1 < cl.units.length; u++) if (cl.units[u].rank !== cl.units[u + 1].rank) spots.push([ci, u]);
  });
  if (!spots.length) return s;
  const [ci, u] = r.pick(spots);
  const units = cls[ci].units;
  [units[u], units[u + 1]] = [units[u + 1], units[u]];
  return cls.map((cl) => cl.base + cl.units.map((x) => x.s).join('')).join('');
}

/** Optimal-string-alignment distance <= 1 (one substitution, insertion, deletion or adjacent swap). */
export function within1(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  if (la > lb) return a.slice(i + 1) === b.slice(i);
  return a.slice(i) === b.slice(i + 1);
}
/** 0, 1 or 2 (meaning 2 or more) edits between two ID strings. */
export function idEdits(a: string, b: string): number {
  return a === b ? 0 : within1(a, b) ? 1 : 2;
}
function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[i - 1]) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

// ---------------------------------------------------------------- dates and numbers

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthDays = (y: number, m: number) => (m === 2 && leap(y) ? 29 : DAYS[m - 1]);
function dateStr(y: number, m: number, d: number): string {
  return `${y}-${pad(m, 2)}-${pad(d, 2)}`;
}
function randomDate(r: Rng, y: number): string {
  const m = r.int(1, 12);
  return dateStr(y, m, r.int(1, monthDays(y, m)));
}
function swapDM(d: string): string | null {
  const day = +d.slice(8, 10);
  const mon = +d.slice(5, 7);
  if (day > 12 || day === mon) return null;
  return `${d.slice(0, 4)}-${pad(day, 2)}-${pad(mon, 2)}`;
}
/** Dates a person could mistake for each other: equal, day/month swapped, one digit off, two adjacent digits swapped. */
export function dobClose(a: string, b: string): boolean {
  if (a === b) return true;
  const x = a.replace(/-/g, '');
  const y = b.replace(/-/g, '');
  if (`${x.slice(0, 4)}${x.slice(6, 8)}${x.slice(4, 6)}` === y) return true;
  let diff = 0;
  const pos: number[] = [];
  for (let i = 0; i < 8; i++) if (x[i] !== y[i]) { diff++; pos.push(i); }
  if (diff === 1) return true;
  return diff === 2 && pos[1] === pos[0] + 1 && x[pos[0]] === y[pos[1]] && x[pos[1]] === y[pos[0]];
}
/** dobClose on YYYYMMDD numbers. */
export function dobCloseNum(a: number, b: number): boolean {
  if (a === b) return true;
  const md = a % 10000;
  if (a - md + (md % 100) * 100 + Math.floor(md / 100) === b) return true;
  let diff = 0;
  let p0 = -1;
  for (let k = 0, x = a, y = b; k < 8; k++, x = Math.floor(x / 10), y = Math.floor(y / 10)) {
    if (x % 10 !== y % 10) {
      if (++diff > 2) return false;
      if (p0 < 0) p0 = k;
      else if (k !== p0 + 1) return false;
    }
  }
  if (diff === 1) return true;
  const dA = (n: number, k: number) => Math.floor(n / P10[k]) % 10;
  return dA(a, p0) === dA(b, p0 + 1) && dA(a, p0 + 1) === dA(b, p0);
}
const P10 = Array.from({ length: 12 }, (_, k) => 10 ** k);
/** Every number within one digit substitution or one adjacent transposition of n (and n itself). */
function ball(n: number, digits: number, f: (m: number) => void): void {
  f(n);
  for (let k = 0; k < digits; k++) {
    const d = Math.floor(n / P10[k]) % 10;
    for (let e = 0; e < 10; e++) if (e !== d) f(n + (e - d) * P10[k]);
    if (k + 1 < digits) {
      const d2 = Math.floor(n / P10[k + 1]) % 10;
      if (d2 !== d) f(n + (d2 - d) * P10[k] + (d - d2) * P10[k + 1]);
    }
  }
}
/** DOB as YYYYMMDD, with its close dates (dobClose) including the day/month swap. */
function dobBall(d: string, f: (m: number) => void): void {
  const n = +d.replace(/-/g, '');
  ball(n, 8, f);
  f(+`${d.slice(0, 4)}${d.slice(8, 10)}${d.slice(5, 7)}`);
}
/** Fresh ID numbers, each 2+ edits from every one already issued. */
class IdPool {
  private issued = new Set<number>();
  constructor(private digits: number, private lo: number, private hi: number) {}
  private clear(n: number, own: number): boolean {
    let clash = false;
    ball(n, this.digits, (m) => { if (m !== own && this.issued.has(m)) clash = true; });
    return !clash;
  }
  fresh(r: Rng): string {
    for (;;) {
      const n = r.int(this.lo, this.hi);
      if (!this.clear(n, -1)) continue;
      this.issued.add(n);
      return pad(n, this.digits);
    }
  }
  /** One slip of the holder's own ID that stays 2+ edits from every other issued ID (nearest its own). */
  slip(own: string, r: Rng): string {
    for (let k = 0; k < 20; k++) {
      const s = slip(own, r);
      if (this.clear(+s, +own)) return s;
    }
    return own;
  }
}
function slip(s: string, r: Rng): string {
  if (r.chance(0.5)) {
    const spots: number[] = [];
    for (let i = 0; i + 1 < s.length; i++) if (s[i] !== s[i + 1]) spots.push(i);
    if (spots.length) {
      const i = r.pick(spots);
      return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    }
  }
  const i = r.int(0, s.length - 1);
  let d = r.int(0, 8);
  if (d >= +s[i]) d++;
  return s.slice(0, i) + d + s.slice(i + 1);
}
function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(Math.floor(r.next() * 256));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ---------------------------------------------------------------- the name index

/** Every full name (family, given) in every listed spelling, for "could pass by name". */
export class NameIndex {
  readonly variants: string[][] = [];
  /** union of keys that share an exact spelling: namesakes in any spelling */
  readonly klass: number[] = [];
  private exact = new Map<string, number[]>();
  private del = new Map<string, number[]>();
  constructor() {
    const push = (m: Map<string, number[]>, s: string, id: number) => {
      const a = m.get(s);
      if (!a) m.set(s, [id]);
      else if (a[a.length - 1] !== id) a.push(id);
    };
    for (let fi = 0; fi < FAMILY.length; fi++) {
      for (let gi = 0; gi < GIVEN.length; gi++) {
        const id = keyId(fi, gi);
        const vs = new Set<string>();
        for (const f of FAMILY[fi].latin) for (const g of GIVEN[gi].latin) { vs.add(latinCompact(f + g)); vs.add(latinCompact(g + f)); }
        vs.add(khCanon(FAMILY[fi].kh + GIVEN[gi].kh));
        vs.add(khCanon(GIVEN[gi].kh + FAMILY[fi].kh));
        this.variants[id] = [...vs];
        for (const v of vs) {
          push(this.exact, v, id);
          for (const d of deletions(v)) push(this.del, d, id);
        }
      }
    }
    // classes: keys sharing any exact spelling
    const parent = this.variants.map((_, i) => i);
    const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
    for (const ids of this.exact.values()) for (let k = 1; k < ids.length; k++) parent[find(ids[k])] = find(ids[0]);
    for (let i = 0; i < parent.length; i++) this.klass[i] = find(i);
  }
  isExactSpelling(compact: string): boolean {
    return this.exact.has(compact);
  }
  /** key id -> 0 (a listed spelling) or 1 (one edit from one). */
  query(name: string): Map<number, number> {
    const s = nameCompact(name);
    const res = new Map<number, number>();
    for (const id of this.exact.get(s) ?? []) res.set(id, 0);
    const cand = new Set<number>(this.del.get(s) ?? []);
    for (const d of deletions(s)) {
      for (const id of this.exact.get(d) ?? []) cand.add(id);
      for (const id of this.del.get(d) ?? []) cand.add(id);
    }
    for (const id of cand) if (!res.has(id) && this.variants[id].some((v) => within1(s, v))) res.set(id, 1);
    return res;
  }
}
export function keyId(fi: number, gi: number): number {
  return fi * GIVEN.length + gi;
}
let INDEX: NameIndex | null = null;
export function nameIndex(): NameIndex {
  return (INDEX ??= new NameIndex());
}

// ---------------------------------------------------------------- fairness predicates

/** Rule 3's test: a field on both sides that tells the row from the registered worker. */
export function ruledOutHidden(row: OnsiteWorker, w: RegisteredWorker): boolean {
  if (row.sex && w.sex && row.sex !== w.sex) return true;
  if (row.dateOfBirth && w.dateOfBirth && !dobClose(row.dateOfBirth, w.dateOfBirth)) return true;
  if (row.nationalId && w.nationalId && idEdits(row.nationalId, w.nationalId) >= 2) return true;
  return false;
}
/** Rule 5's test: as rule 3, plus the NSSF number. */
export function ruledOut(row: OnsiteWorker, w: RegisteredWorker): boolean {
  if (ruledOutHidden(row, w)) return true;
  return !!(row.nssfNumber && w.nssfNumber && idEdits(row.nssfNumber, w.nssfNumber) >= 2);
}

// ---------------------------------------------------------------- the model

interface Person {
  fi: number;
  gi: number;
  sex: Sex;
  famVar: number;
  givVar: number;
  dob: string | null;
  nat: string;
  nssf: string | null;
}

export interface RowMeta {
  hidden: boolean;
  source: Source;
  script: 'kh' | 'latin';
  caseStyle: CaseStyle | null;
  givenFirst: boolean;
  romanDiffers: boolean;
  joinSplit: boolean;
  typo: string | null;
  khZwsp: boolean;
  khOrder: boolean;
  crossScript: boolean;
  dobMissingDrawn: boolean;
  dobSwap: boolean;
  sexMissing: boolean;
  natSlip: boolean;
  nssfSlip: boolean;
  askedDob: boolean;
  askedId: boolean;
  namesakeCopy: boolean;
}

export interface Built {
  roster: Roster;
  meta: Map<string, RowMeta>;
}

function caseWord(w: string, style: Exclude<CaseStyle, 'mixed'>): string {
  if (style === 'upper') return w.toUpperCase();
  if (style === 'lower') return w.toLowerCase();
  return w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
}
const STYLES = ['lower', 'title', 'upper'] as const;

function typoWord(w: string, kind: string, r: Rng): string {
  const i = r.int(0, w.length - 1);
  if (kind === 'drop') return w.slice(0, i) + w.slice(i + 1);
  if (kind === 'double') return w.slice(0, i + 1) + w[i] + w.slice(i + 1);
  if (kind === 'swap') {
    const spots: number[] = [];
    for (let k = 0; k + 1 < w.length; k++) if (w[k].toLowerCase() !== w[k + 1].toLowerCase()) spots.push(k);
    const k = r.pick(spots);
    return w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2);
  }
  const c = w[i];
  const nb = QWERTY_NEIGHBOURS[c.toLowerCase()] ?? 'a';
  let n = r.pick([...nb]);
  if (c !== c.toLowerCase()) n = n.toUpperCase();
  return w.slice(0, i) + n + w.slice(i + 1);
}
function pickTypoKind(r: Rng): string {
  const x = r.next();
  return x < 0.3 ? 'drop' : x < 0.55 ? 'double' : x < 0.8 ? 'swap' : 'mistype';
}

export function buildSeventySeventh(size: number, seed: number): Built {
  const r = rng(seed);
  const idx = nameIndex();
  const natPool = new IdPool(9, 10_000_000, 259_999_999);
  const nssfPool = new IdPool(10, 1_000_000_000, 9_999_999_999);
  const classDobs = new Map<number, number[]>();

  const drawName = (): { fi: number; gi: number; sex: Sex } => {
    const sex: Sex = r.chance(RATE.female) ? 'F' : 'M';
    return { fi: r.pickSkewed(FAM_IDX, 1.4), gi: r.pickSkewed(sex === 'F' ? F_IDX : M_IDX, 1.1), sex };
  };
  const drawDob = (): string => randomDate(r, 2006 - Math.floor(37 * r.next() ** 1.6));
  const usualVar = (n: number) => (n > 1 && !r.chance(RATE.reg.latinUsual) ? r.int(1, n - 1) : 0);

  // ---- register
  const persons: Person[] = [];
  const registered: RegisteredWorker[] = [];
  for (let i = 0; i < size; i++) {
    const { fi, gi, sex } = drawName();
    const famVar = usualVar(FAMILY[fi].latin.length);
    const givVar = usualVar(GIVEN[gi].latin.length);
    let dob: string | null = null;
    if (!r.chance(RATE.reg.dobNull)) {
      const k = idx.klass[keyId(fi, gi)];
      let dobs = classDobs.get(k);
      if (!dobs) classDobs.set(k, (dobs = []));
      let n: number;
      do {
        dob = drawDob();
        n = +dob.replace(/-/g, '');
      } while (dobs.some((m) => dobCloseNum(m, n)));
      dobs.push(n);
    }
    const p: Person = { fi, gi, sex, famVar, givVar, dob, nat: natPool.fresh(r), nssf: nssfPool.fresh(r) };
    persons.push(p);
    const dobYear = dob ? +dob.slice(0, 4) : 1995;
    const hy = r.int(Math.max(2010, Math.min(2024, dobYear + 18)), 2025);
    registered.push({
      workerId: '',
      nssfNumber: r.chance(RATE.reg.nssfNull) ? null : p.nssf,
      nationalId: r.chance(RATE.reg.natNull) ? null : p.nat,
      nameKh: FAMILY[fi].kh + (r.chance(RATE.reg.khZwsp) ? ZWSP : ' ') + GIVEN[gi].kh,
      nameLatin: r.chance(RATE.reg.latinNull) ? null : `${FAMILY[fi].latin[famVar]} ${GIVEN[gi].latin[givVar]}`.toUpperCase(),
      sex: r.chance(RATE.reg.sexNull) ? null : sex,
      dateOfBirth: dob,
      hireDate: r.chance(RATE.reg.hireNull) ? null : hy === 2025 ? dateStr(2025, r.int(1, 5), r.int(1, 28)) : randomDate(r, hy),
      wageRiel: r.chance(RATE.reg.wageNull) ? null : r.int(850, 2400) * 1000,
    });
  }
  // shuffle the register, then give ids
  const order = r.shuffle(persons.map((_, i) => i));
  const P = order.map((i) => persons[i]);
  const REG = order.map((i) => registered[i]);
  REG.forEach((w, i) => (w.workerId = `w-${pad(i + 1, 6)}`));
  const byKey = new Map<number, number[]>();
  P.forEach((p, i) => {
    const k = keyId(p.fi, p.gi);
    const a = byKey.get(k);
    if (a) a.push(i);
    else byKey.set(k, [i]);
  });
  const absentCount = Math.round(size * RATE.absent);
  const absentIdx = r.shuffle(P.map((_, i) => i)).slice(0, absentCount);
  const absent = new Set(absentIdx);

  const candidates = (name: string): { wi: number; level: number }[] => {
    const out: { wi: number; level: number }[] = [];
    for (const [k, level] of idx.query(name)) for (const wi of byKey.get(k) ?? []) out.push({ wi, level });
    return out;
  };

  // ---- one on-site row
  const pickSource = (): Source => {
    const x = r.next();
    return x < RATE.source.manual ? 'manual' : x < RATE.source.manual + RATE.source.csv ? 'csv' : 'id-card';
  };
  const makeRow = (p: Person, reg: RegisteredWorker | null, source: Source): { row: OnsiteWorker; meta: RowMeta } => {
    const R = RATE[source];
    const meta: RowMeta = {
      hidden: !reg, source, script: 'latin', caseStyle: null, givenFirst: false, romanDiffers: false, joinSplit: false,
      typo: null, khZwsp: false, khOrder: false, crossScript: false, dobMissingDrawn: false, dobSwap: false,
      sexMissing: false, natSlip: false, nssfSlip: false, askedDob: false, askedId: false, namesakeCopy: false,
    };
    let name: string;
    if (r.chance(R.khmer)) {
      meta.script = 'kh';
      meta.givenFirst = r.chance(R.khSwap);
      meta.khZwsp = r.chance(R.khZwsp);
      const sep = meta.khZwsp ? ZWSP : ' ';
      const fam = FAMILY[p.fi].kh;
      const giv = GIVEN[p.gi].kh;
      name = meta.givenFirst ? giv + sep + fam : fam + sep + giv;
      if (r.chance(R.khOrder)) {
        const t = keyboardOrder(name, r);
        meta.khOrder = t !== name;
        name = t;
      }
    } else {
      const fw: NameWord = FAMILY[p.fi];
      const gw: NameWord = GIVEN[p.gi];
      const useReg = !!reg?.nameLatin && r.chance(R.regSpelling);
      // by ear: the usual spelling of each word, else any other listed one
      const byEar = (n: number) => (source === 'manual' ? (n > 1 && !r.chance(R.usualByEar) ? r.int(1, n - 1) : 0) : r.int(0, n - 1));
      const fv = useReg ? p.famVar : byEar(fw.latin.length);
      const gv = useReg ? p.givVar : byEar(gw.latin.length);
      if (reg) {
        meta.crossScript = !reg.nameLatin;
        for (const [w, a, b] of [[fw, fv, p.famVar], [gw, gv, p.givVar]] as const) {
          if (a === b) continue;
          if (latinCompact(w.latin[a]) === latinCompact(w.latin[b])) meta.joinSplit = true;
          else meta.romanDiffers = true;
        }
      }
      meta.givenFirst = r.chance(R.givenFirst);
      const parts = meta.givenFirst ? [gw.latin[gv], fw.latin[fv]] : [fw.latin[fv], gw.latin[gv]];
      let words = parts.join(' ').split(' ');
      let style: CaseStyle;
      if (source === 'manual') {
        const x = r.next();
        style = x < 0.3 ? 'lower' : x < 0.6 ? 'title' : x < 0.8 ? 'upper' : 'mixed';
      } else style = r.chance(R.upper) ? 'upper' : 'title';
      meta.caseStyle = style;
      if (style === 'mixed') {
        let styled: string[];
        do styled = words.map((w) => caseWord(w, r.pick(STYLES)));
        while (new Set(styled.map((w, k) => (w === words[k].toUpperCase() ? 'U' : w === w.toLowerCase() ? 'l' : 'T'))).size < 2);
        words = styled;
      } else words = words.map((w) => caseWord(w, style as Exclude<CaseStyle, 'mixed'>));
      if (r.chance(R.typo)) {
        const long = words.map((w, k) => (w.length >= 4 ? k : -1)).filter((k) => k >= 0);
        for (let tries = 0; long.length && tries < 6; tries++) {
          const k = r.pick(long);
          const kind = pickTypoKind(r);
          const t = typoWord(words[k], kind, r);
          const next = words.slice();
          next[k] = t;
          // a typo that lands on a listed spelling (of any name) is not a typo a reader could see
          if (idx.isExactSpelling(latinCompact(next.join('')))) continue;
          words = next;
          meta.typo = kind;
          break;
        }
      }
      name = words.join(' ');
    }
    let dob = p.dob;
    if (dob && r.chance(R.dobMissing)) {
      dob = null;
      meta.dobMissingDrawn = true;
    } else if (dob && reg) {
      const s = swapDM(dob);
      if (s && r.chance(R.dobSwap)) {
        dob = s;
        meta.dobSwap = true;
      }
    }
    meta.sexMissing = r.chance(R.sexMissing);
    let nat: string | null = null;
    if (r.chance(R.nat)) {
      nat = p.nat;
      if (reg && r.chance(R.natSlip)) {
        nat = natPool.slip(nat, r);
        meta.natSlip = nat !== p.nat;
      }
    }
    let nssf: string | null = null;
    if (p.nssf && r.chance(R.nssf)) {
      nssf = p.nssf;
      if (r.chance(R.nssfSlip)) {
        nssf = nssfPool.slip(nssf, r);
        meta.nssfSlip = nssf !== p.nssf;
      }
    }
    const row: OnsiteWorker = {
      id: '', visitId: VISIT_ID, name, nationalId: nat, nssfNumber: nssf, sex: meta.sexMissing ? null : p.sex,
      dateOfBirth: dob, source, sourceRow: null, recordedAt: '',
    };
    return { row, meta };
  };

  // ---- true rows
  interface Draft { row: OnsiteWorker; meta: RowMeta; truth: number | null }
  const drafts: Draft[] = [];
  for (let i = 0; i < P.length; i++) {
    if (absent.has(i)) continue;
    const { row, meta } = makeRow(P[i], REG[i], pickSource());
    drafts.push({ row, meta, truth: i });
  }
  const trueCount = drafts.length;

  // ---- rule 5: keep undecidable true rows within budget (the inspector asks for the DOB, then a card)
  const undecidable = (d: Draft): boolean => {
    const t = d.truth!;
    const q = idx.query(d.row.name);
    const lt = q.get(keyId(P[t].fi, P[t].gi)) ?? 9;
    for (const [k, l] of q) {
      if (l > lt) continue;
      for (const wi of byKey.get(k) ?? []) if (wi !== t && !ruledOut(d.row, REG[wi])) return true;
    }
    return false;
  };
  const undec = r.shuffle(drafts.filter(undecidable));
  const budget = Math.floor(trueCount * RATE.undecidableBudget);
  for (const d of undec.slice(budget)) {
    const w = REG[d.truth!];
    const p = P[d.truth!];
    if (!d.row.dateOfBirth && p.dob) {
      d.row.dateOfBirth = p.dob;
      d.meta.askedDob = true;
      if (!undecidable(d)) continue;
    }
    if (!d.row.nationalId && w.nationalId) {
      d.row.nationalId = p.nat;
      d.meta.askedId = true;
      if (!undecidable(d)) continue;
    }
    if (!d.row.nssfNumber && w.nssfNumber) {
      d.row.nssfNumber = p.nssf;
      d.meta.askedId = true;
      if (!undecidable(d)) continue;
    }
    if (!d.row.sex) {
      d.row.sex = p.sex;
      d.meta.sexMissing = false;
    }
  }

  // ---- hidden rows
  const hiddenCount = Math.round((trueCount * RATE.hidden) / (1 - RATE.hidden));
  const absentList = [...absentIdx];
  for (let h = 0; h < hiddenCount; h++) {
    for (let attempt = 0; ; attempt++) {
      let nm: { fi: number; gi: number; sex: Sex };
      let copy = false;
      if (attempt < 20 && r.chance(RATE.hiddenNamesake)) {
        const src = absentList.length && r.chance(RATE.hiddenNamesakeOfAbsent) ? P[r.pick(absentList)] : r.pick(P);
        nm = { fi: src.fi, gi: src.gi, sex: src.sex };
        copy = true;
      } else nm = drawName();
      const p: Person = {
        ...nm, famVar: r.int(0, FAMILY[nm.fi].latin.length - 1), givVar: r.int(0, GIVEN[nm.gi].latin.length - 1),
        dob: drawDob(), nat: natPool.fresh(r), nssf: null,
      };
      const { row, meta } = makeRow(p, null, pickSource());
      meta.namesakeCopy = copy;
      const cands = candidates(row.name).map((c) => REG[c.wi]);
      const open = () => cands.filter((w) => !ruledOutHidden(row, w));
      if (open().length) {
        if (!row.dateOfBirth) {
          row.dateOfBirth = p.dob;
          meta.askedDob = true;
        }
        // a DOB of their own, clear of every namesake's
        const forb = new Set<number>();
        for (const w of cands) if (w.dateOfBirth) dobBall(w.dateOfBirth, (m) => forb.add(m));
        for (let k = 0; k < 50 && forb.has(+row.dateOfBirth!.replace(/-/g, '')); k++) row.dateOfBirth = p.dob = drawDob();
      }
      if (open().length && !row.nationalId) {
        row.nationalId = p.nat;
        meta.askedId = true;
      }
      if (open().length) continue;
      drafts.push({ row, meta, truth: null });
      break;
    }
  }

  // ---- shuffle, then ids, times and sheet rows in row order
  r.shuffle(drafts);
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  const metaById = new Map<string, RowMeta>();
  let t = Date.UTC(2025, 5, 17, 0, 30, 0);
  let sheetRow = 0;
  for (const d of drafts) {
    t += r.int(1500, 6500);
    d.row.id = uuid(r);
    d.row.recordedAt = new Date(t).toISOString();
    d.row.sourceRow = d.row.source === 'csv' ? ++sheetRow : null;
    onsite.push(d.row);
    truth.set(d.row.id, d.truth === null ? null : REG[d.truth].workerId);
    metaById.set(d.row.id, d.meta);
  }
  return { roster: { registered: REG, onsite, truth }, meta: metaById };
}

export function generateSeventySeventh(size: number, seed: number): Roster {
  return buildSeventySeventh(size, seed).roster;
}

// ---------------------------------------------------------------- self-check

function selfCheck(size: number, seed: number): boolean {
  const pct = (n: number, d: number) => `${d ? ((100 * n) / d).toFixed(2) : '0.00'} %`;
  const fails: string[] = [];
  const check = (ok: boolean, what: string) => {
    console.log(`  [${ok ? 'ok' : 'FAIL'}] ${what}`);
    if (!ok) fails.push(what);
  };

  const t0 = performance.now();
  const { roster, meta } = buildSeventySeventh(size, seed);
  const tBuild = performance.now() - t0;
  const { registered, onsite, truth } = roster;
  const idx = nameIndex();
  const regById = new Map(registered.map((w) => [w.workerId, w]));
  const regPos = new Map(registered.map((w, i) => [w.workerId, i]));

  // key of each registered worker, read back from its Khmer name
  const khToKey = new Map<string, number>();
  FAMILY.forEach((f, fi) => GIVEN.forEach((g, gi) => khToKey.set(khCanon(f.kh + ' ' + g.kh), keyId(fi, gi))));
  const regKey = registered.map((w) => khToKey.get(khCanon(w.nameKh)) ?? -1);
  const byKey = new Map<number, number[]>();
  regKey.forEach((k, i) => { const a = byKey.get(k); if (a) a.push(i); else byKey.set(k, [i]); });

  const rows = onsite.map((o) => ({ o, m: meta.get(o.id)!, t: truth.get(o.id) ?? null }));
  const trueRows = rows.filter((x) => x.t !== null);
  const hiddenRows = rows.filter((x) => x.t === null);
  const present = new Set(trueRows.map((x) => x.t));
  const count = (xs: typeof rows, f: (x: (typeof rows)[number]) => boolean) => xs.filter(f).length;

  console.log(`seventyseventh  size=${size} seed=${seed}`);
  console.log(`  registered ${registered.length}, absent ${registered.length - present.size} (${pct(registered.length - present.size, registered.length)})`);
  console.log(`  on-site rows ${onsite.length}: true ${trueRows.length}, hidden ${hiddenRows.length} (${pct(hiddenRows.length, onsite.length)} of rows)`);
  const bySrc = (s: Source) => count(rows, (x) => x.m.source === s);
  console.log(`  source: manual ${pct(bySrc('manual'), rows.length)}, csv ${pct(bySrc('csv'), rows.length)}, id-card ${pct(bySrc('id-card'), rows.length)}`);
  for (const s of ['manual', 'csv', 'id-card'] as const) {
    const xs = trueRows.filter((x) => x.m.source === s);
    const lat = xs.filter((x) => x.m.script === 'latin');
    const kh = xs.filter((x) => x.m.script === 'kh');
    const swappable = xs.filter((x) => { const w = regById.get(x.t!)!; return !!x.o.dateOfBirth && !x.m.askedDob && !!w.dateOfBirth && !!swapDM(w.dateOfBirth); });
    console.log(`  ${s.padEnd(7)} true rows ${xs.length}: Latin ${pct(lat.length, xs.length)}, Khmer ${pct(kh.length, xs.length)}`);
    if (lat.length) {
      const cs = (c: CaseStyle) => pct(count(lat, (x) => x.m.caseStyle === c), lat.length);
      console.log(`     Latin: lower ${cs('lower')}, Title ${cs('title')}, UPPER ${cs('upper')}, mixed ${cs('mixed')}; given-first ${pct(count(lat, (x) => x.m.givenFirst), lat.length)}; romanization differs from register ${pct(count(lat, (x) => x.m.romanDiffers), lat.length)}; split/run-together differs ${pct(count(lat, (x) => x.m.joinSplit), lat.length)}; typo ${pct(count(lat, (x) => !!x.m.typo), lat.length)} (${['drop', 'double', 'swap', 'mistype'].map((k) => `${k} ${count(lat, (x) => x.m.typo === k)}`).join(', ')}); register has no Latin (cross-script) ${pct(count(lat, (x) => x.m.crossScript), lat.length)}`);
    }
    if (kh.length) console.log(`     Khmer: ZWSP ${pct(count(kh, (x) => x.m.khZwsp), kh.length)}, keyboard order ${pct(count(kh, (x) => x.m.khOrder), kh.length)}, given-first ${pct(count(kh, (x) => x.m.givenFirst), kh.length)}`);
    console.log(`     DOB missing ${pct(count(xs, (x) => !x.o.dateOfBirth), xs.length)} (drawn ${pct(count(xs, (x) => x.m.dobMissingDrawn), xs.length)}, asked back ${count(xs, (x) => x.m.askedDob)}), swapped ${pct(count(xs, (x) => x.m.dobSwap), xs.length)} (${pct(count(xs, (x) => x.m.dobSwap), swappable.length)} of shown swappable DOBs); sex missing ${pct(count(xs, (x) => !x.o.sex), xs.length)}; national ID ${pct(count(xs, (x) => !!x.o.nationalId), xs.length)} (slip ${count(xs, (x) => x.m.natSlip)}); NSSF ${pct(count(xs, (x) => !!x.o.nssfNumber), xs.length)} (slip ${count(xs, (x) => x.m.nssfSlip)}); asked for a card ${count(xs, (x) => x.m.askedId)}`);
  }
  console.log(`  register: nameLatin missing ${pct(registered.filter((w) => !w.nameLatin).length, registered.length)}, Khmer ZWSP ${pct(registered.filter((w) => w.nameKh.includes(ZWSP)).length, registered.length)}, national ID missing ${pct(registered.filter((w) => !w.nationalId).length, registered.length)}, DOB missing ${pct(registered.filter((w) => !w.dateOfBirth).length, registered.length)}, sex missing ${pct(registered.filter((w) => !w.sex).length, registered.length)}`);
  const groupSizes = [...byKey.values()].map((a) => a.length);
  const withNamesake = groupSizes.filter((n) => n > 1).reduce((a, b) => a + b, 0);
  console.log(`  namesakes: ${pct(withNamesake, registered.length)} of registered share their full name, ${byKey.size} distinct names, largest group ${Math.max(...groupSizes)}; name keys joined by a shared spelling across different Khmer names: ${new Set(idx.klass).size !== idx.klass.length ? idx.klass.length - new Set(idx.klass).size : 0}`);

  // ---- rule 1
  let bad1 = 0;
  const bad1eg: string[] = [];
  for (const { o, t } of trueRows) {
    const w = regById.get(t!)!;
    const k = regKey[regPos.get(t!)!];
    const lvl = idx.query(o.name).get(k);
    const script = KHMER_RE.test(o.name) ? 'kh' : 'latin';
    const okName = lvl !== undefined && (script === 'latin' ? lvl <= 1 : lvl === 0);
    const okNat = !o.nationalId || !w.nationalId || idEdits(o.nationalId, w.nationalId) <= 1;
    const okNssf = !o.nssfNumber || !w.nssfNumber || idEdits(o.nssfNumber, w.nssfNumber) <= 1;
    const okDob = !o.dateOfBirth || !w.dateOfBirth || o.dateOfBirth === w.dateOfBirth || swapDM(w.dateOfBirth) === o.dateOfBirth;
    const okSex = !o.sex || !w.sex || o.sex === w.sex;
    if (!(okName && okNat && okNssf && okDob && okSex)) {
      bad1++;
      if (bad1eg.length < 3) bad1eg.push(`${o.name} / ${w.nameKh} ${w.nameLatin} ${[okName, okNat, okNssf, okDob, okSex]}`);
    }
  }
  console.log('rules');
  check(bad1 === 0, `rule 1: every true row is a plausible variant of its worker (${bad1} not)${bad1eg.length ? ' e.g. ' + bad1eg.join(' | ') : ''}`);

  // ---- rule 2
  let bad2 = 0;
  const byClass = new Map<number, number[]>();
  regKey.forEach((k, i) => { const c = idx.klass[k]; const a = byClass.get(c); if (a) a.push(i); else byClass.set(c, [i]); });
  for (const a of byClass.values()) {
    for (let x = 0; x < a.length; x++) for (let y = x + 1; y < a.length; y++) {
      const d1 = registered[a[x]].dateOfBirth;
      const d2 = registered[a[y]].dateOfBirth;
      if (d1 && d2 && dobClose(d1, d2)) bad2++;
    }
  }
  const idClash = (vals: (string | null)[]) => {
    const seen = new Set<string>();
    let n = 0;
    for (const v of vals) if (v) {
      if (seen.has(v)) n++;
      seen.add(v);
    }
    // within one edit: look up every one-edit neighbour
    const set = new Set(vals.filter((v): v is string => !!v));
    for (const v of set) ball(+v, v.length, (m) => { const s = pad(m, v.length); if (s !== v && set.has(s)) n++; });
    return n;
  };
  const natClash = idClash(registered.map((w) => w.nationalId));
  const nssfClash = idClash(registered.map((w) => w.nssfNumber));
  check(bad2 === 0 && natClash === 0 && nssfClash === 0, `rule 2: namesakes' DOBs never within a swap/one digit (${bad2} pairs); registered IDs pairwise 2+ edits apart (national ${natClash}, NSSF ${nssfClash} clashes)`);

  // ---- rule 3
  let bad3 = 0;
  let couldPass = 0;
  let byDob = 0;
  let bySexOrId = 0;
  for (const { o } of hiddenRows) {
    const q = idx.query(o.name);
    let any = false;
    let allOut = true;
    for (const k of q.keys()) for (const wi of byKey.get(k) ?? []) {
      any = true;
      const w = registered[wi];
      if (!ruledOutHidden(o, w)) allOut = false;
      else if (o.dateOfBirth && w.dateOfBirth && !dobClose(o.dateOfBirth, w.dateOfBirth)) byDob++;
      else bySexOrId++;
    }
    if (any) couldPass++;
    if (!allOut) bad3++;
  }
  console.log(`  hidden: namesake of a registered worker by construction ${pct(count(hiddenRows, (x) => x.m.namesakeCopy), hiddenRows.length)}, could pass by name for someone ${pct(couldPass, hiddenRows.length)}; rulings by DOB ${byDob}, by sex/national ID ${bySexOrId}; DOB asked ${count(hiddenRows, (x) => x.m.askedDob)}, card asked ${count(hiddenRows, (x) => x.m.askedId)}; hidden rows without DOB ${pct(count(hiddenRows, (x) => !x.o.dateOfBirth), hiddenRows.length)}; Khmer ${pct(count(hiddenRows, (x) => x.m.script === 'kh'), hiddenRows.length)}`);
  check(bad3 === 0, `rule 3: every hidden row is unmatched by name or ruled out from every namesake by a field on both sides (${bad3} not)`);

  // ---- rule 4
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const idsOk = onsite.every((o) => uuidRe.test(o.id)) && new Set(onsite.map((o) => o.id)).size === onsite.length;
  let inc = true;
  for (let i = 1; i < onsite.length; i++) if (!(onsite[i].recordedAt > onsite[i - 1].recordedAt)) inc = false;
  let sr = 0;
  let srOk = true;
  for (const o of onsite) {
    if (o.source === 'csv') { if (o.sourceRow !== ++sr) srOk = false; }
    else if (o.sourceRow !== null) srOk = false;
  }
  const corr = (xs: number[], ys: number[]) => {
    const n = xs.length;
    const mx = xs.reduce((a, b) => a + b, 0) / n;
    const my = ys.reduce((a, b) => a + b, 0) / n;
    let sxy = 0, sxx = 0, syy = 0;
    for (let i = 0; i < n; i++) { sxy += (xs[i] - mx) * (ys[i] - my); sxx += (xs[i] - mx) ** 2; syy += (ys[i] - my) ** 2; }
    return sxy / Math.sqrt(sxx * syy);
  };
  const rowPos = new Map(onsite.map((o, i) => [o.id, i]));
  const posT = trueRows.map((x) => rowPos.get(x.o.id)!);
  const rho = corr(posT, trueRows.map((x) => regPos.get(x.t!)!));
  const hidPos = hiddenRows.map((x) => rowPos.get(x.o.id)! / onsite.length);
  const hidMean = hidPos.reduce((a, b) => a + b, 0) / hidPos.length;
  const absentPos = registered.map((w, i) => (present.has(w.workerId) ? -1 : i / registered.length)).filter((v) => v >= 0);
  const absMean = absentPos.reduce((a, b) => a + b, 0) / absentPos.length;
  const regRho = corr(registered.map((_, i) => i), regKey.map((k) => Math.floor(k / GIVEN.length)));
  const tol = (n: number) => 4 * 0.2887 / Math.sqrt(n);
  console.log(`  leak stats: row-order vs worker-id corr ${rho.toFixed(4)}, hidden mean position ${hidMean.toFixed(3)}, absent mean id position ${absMean.toFixed(3)}, worker-id vs family-name corr ${regRho.toFixed(4)}`);
  check(idsOk && inc && srOk && Math.abs(rho) < 4 / Math.sqrt(posT.length) && Math.abs(hidMean - 0.5) < tol(hidPos.length) && Math.abs(absMean - 0.5) < tol(absentPos.length) && Math.abs(regRho) < 4 / Math.sqrt(registered.length),
    `rule 4: v4 UUIDs unique ${idsOk}, recordedAt increasing ${inc}, sourceRow in row order ${srOk}, no order leak`);

  // ---- rule 5
  let undec = 0;
  for (const { o, t } of trueRows) {
    const ti = regPos.get(t!)!;
    const q = idx.query(o.name);
    const lt = q.get(regKey[ti]) ?? 9;
    let u = false;
    for (const [k, l] of q) {
      if (l > lt || u) continue;
      for (const wi of byKey.get(k) ?? []) if (wi !== ti && !ruledOut(o, registered[wi])) { u = true; break; }
    }
    if (u) undec++;
  }
  check(undec / trueRows.length < 0.04, `rule 5: undecidable true rows ${undec} (${pct(undec, trueRows.length)}) < 4 %`);

  // ---- schemas
  let badSchema = 0;
  for (const w of registered) if (!RegisteredWorker.safeParse(w).success) badSchema++;
  for (const o of onsite) if (!OnsiteWorker.safeParse(o).success) badSchema++;
  const extra = onsite.some((o) => 'statedStartDate' in o || 'wageRiel' in o);
  check(badSchema === 0 && !extra && truth.size === onsite.length, `schemas: all ${registered.length} registered and ${onsite.length} on-site records parse (${badSchema} fail), truth covers every row`);

  // ---- determinism and time
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const again = generateSeventySeventh(size, seed);
  const other = generateSeventySeventh(size, seed + 1);
  check(ser(again) === ser(roster) && ser(other) !== ser(roster), 'determinism: same seed identical, next seed differs');
  const t1 = performance.now();
  generateSeventySeventh(10000, seed + 7);
  const t10k = performance.now() - t1;
  console.log(`  time: this build (first, includes the name index) ${tBuild.toFixed(0)} ms; a further 10k build ${t10k.toFixed(0)} ms`);
  check(t10k < 2000 && (size !== 10000 || tBuild < 2000), '10k generation under 2 s');

  console.log(fails.length ? `FAIL (${fails.length})` : 'PASS');
  return fails.length === 0;
}

if (process.argv[1]?.endsWith('seventyseventh.ts')) {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  if (!selfCheck(size, seed)) process.exit(1);
}
