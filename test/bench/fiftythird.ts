/**
 * `fiftythird`: a blind, labelled roster for the reconciliation engine. Theme: families hired
 * together, with family names taken from fathers' given names, three generations on one floor.
 *
 * THE MODEL
 * In traditional Khmer naming a child's family name is often the FATHER'S GIVEN NAME (or the
 * grandfather's). A factory that hires through families therefore has on its register:
 *   grandfather KEO SOK  ->  his son SOK DARA  ->  DARA SOPHEA, DARA VISAL, DARA SREYMOM,
 * and sometimes a son named after his grandfather: DARA SOK, the mirror image of his father's
 * SOK DARA (same two words, swapped, a generation apart). Other families keep one inherited
 * family name for everyone (CHEA SAMNANG, CHEA SOPHEA, CHEA VIBOL), and some are a mother with
 * children who carry their absent father's given name.
 *   - 45-55 % (per seed) of registered workers belong to families of 2-6 registered workers that
 *     span two or three generations; the rest are unrelated singles. Generations are at least
 *     19 birth-years apart; three-generation families have a grandparent aged 58-65.
 *   - On-site: ~8 % of registered workers absent (7.5-8.5 %); hidden workers are ~8 % of on-site
 *     rows (7.5-8.5 %), about 80 % of them relatives of a registered worker: a newly hired child
 *     (father's given name as family name), a son named after his grandfather (the mirror of his
 *     father's name), a sibling (same family name), a grandchild carrying the grandfather's given
 *     name, or a spouse; the rest are namesakes of a registered worker or unrelated people.
 *   - Rows: Khmer script ~35 %, Latin ~65 %; family/given order swapped on ~25 % of rows (both
 *     scripts); Latin romanization varies per word (Sok/Sokh, Sreymom/Srey Mom ...), upper / title /
 *     lower case, one typo on ~5 % of Latin rows; Khmer rows use zero-width spaces or no space
 *     instead of the space, typed code-point orders (vowel before the register shifter or before
 *     a subscript consonant), split composite vowels (េ+ា for ោ), and the second listed Khmer
 *     spelling of a few words (ពេជ្រ/ពេជ, ចំរើន/ចម្រើន).
 *   - Fields: DOB on ~70 % of rows (drawn on ~48 % of non-card rows, then added where a rule below
 *     needs it, then topped up to 70 % on rows drawn blind to the truth; day and month swapped on
 *     ~6 % of true rows that show one and allow it),
 *     national ID on ~35 % (one slipped digit on ~5 %), NSSF on ~20 % of true rows (one slip on
 *     ~4 %), sex on ~63 %. ID-card rows (8 %) always carry national ID, DOB and sex. Hidden workers
 *     have no NSSF number except a rare one from a former employer (3 %).
 *
 * FAIRNESS RULES (audited by the self-check; "name distance" is the edit distance, with adjacent
 * transpositions, between the row's name and the nearest listed spelling of a registered worker's
 * name in either order, after upper-casing and dropping spaces/punctuation for Latin, and after
 * dropping separators and restoring the standard code-point order for Khmer)
 *   1. A true row shows only plausible variants of its worker: listed romanizations / Khmer
 *      spellings, either order, any case, Khmer encoding variants, at most one typo in one Latin
 *      word of 4+ letters (so name distance <= 1); national ID / NSSF exact or one slipped digit;
 *      DOB exact or day/month swapped; sex right or missing. No other variation is modelled.
 *   2. Registered namesakes (any shared spelling, either order) never share a DOB and are more than
 *      a swap or one digit apart (enforced at word level on the wider "one edit per word" relation).
 *   3. A hidden row is either more than one edit from every registered worker's name, or is ruled
 *      out from each worker it could pass for by a field present on both sides: sex differs, DOB
 *      more than a day/month swap or one digit apart, national ID or NSSF 2+ edits apart. Hidden
 *      relatives are ruled out mostly by DOB (a generation apart), so a hidden row that could pass
 *      for someone always shows a DOB unless sex or an ID already tells them apart.
 *   4. Nothing leaks the truth: rows shuffled, ids are version-4 UUIDs from the seeded PRNG,
 *      recordedAt increases in row order, registered worker ids are assigned after shuffling.
 *   5. Undecidable true rows (another registered worker at the same or smaller name distance that
 *      no field tells apart) stay under 4 % (the generator caps them near 3 %: for the rest the
 *      inspector asked the date of birth, as they do when a name is shared).
 *   Also: a true row whose order is swapped always carries a DOB or an ID (applied to hidden rows
 *   too, so it tells nothing), so SOK DARA (the father, swapped) and DARA SOK (his son) can be told
 *   apart by a human.
 *
 * Run directly for the self-check: npx tsx test/bench/fiftythird.ts 10000 1
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { ALL_WORDS, FEMALE_GIVEN_WORDS, MALE_GIVEN_WORDS, SURNAME_WORDS } from './fiftythird-names';

export const FIFTYTHIRD_LABEL =
  'fiftythird: families hired together, family names from fathers\' given names (SOK DARA / DARA SOK), hidden relatives';

const V = 2025; // visit year
const VISIT_ID = 'visit-fiftythird';
const T0 = Date.UTC(2025, 2, 14, 1, 0, 0); // 08:00 in Phnom Penh

type Sex = 'M' | 'F';
type Source = 'manual' | 'csv' | 'id-card';
type Script = 'L' | 'K';
type Role = 'grandfather' | 'grandmother' | 'father' | 'mother' | 'uncle' | 'child' | 'single' | 'hidden';
type FamKind = 'P2' | 'P3' | 'I2' | 'I3' | 'M2' | 'single' | 'none';
export type HiddenKind = 'child' | 'mirror-son' | 'sibling' | 'grandchild' | 'spouse' | 'namesake' | 'random';

// ---------------------------------------------------------------------------------------------
// Text helpers (shared with the self-check)

export function normLatin(s: string): string {
  return s.normalize('NFKD').toUpperCase().replace(/[^A-Z]/g, '');
}

/** Khmer in one canonical form: no separators, shifter and subscript before the vowel, vowels recomposed. */
export function canonKhmer(s: string): string {
  let t = s.normalize('NFC').replace(/[\s\u200B\u200C\u200D\uFEFF]/g, '');
  t = t.replace(/([\u17B6-\u17C5]+)([\u17C9\u17CA])/g, '$2$1');
  t = t.replace(/([\u17B6-\u17C5]+)(\u17D2[\u1780-\u17B3])/g, '$2$1');
  t = t.replace(/\u17C1\u17B6/g, '\u17C4').replace(/\u17C1\u17B8/g, '\u17BE');
  return t;
}

export function isKhmer(s: string): boolean {
  return /[\u1780-\u17FF]/.test(s);
}

export function nameKey(name: string): { script: Script; key: string } {
  return isKhmer(name) ? { script: 'K', key: canonKhmer(name) } : { script: 'L', key: normLatin(name) };
}

/** Edit distance with adjacent transpositions (optimal string alignment). */
export function osa(a: string, b: string): number {
  const la = a.length;
  const lb = b.length;
  if (a === b) return 0;
  if (!la) return lb;
  if (!lb) return la;
  let p2 = new Array<number>(lb + 1).fill(0);
  let p1 = new Array<number>(lb + 1);
  let cur = new Array<number>(lb + 1);
  for (let j = 0; j <= lb; j++) p1[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    for (let j = 1; j <= lb; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(p1[j] + 1, cur[j - 1] + 1, p1[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, p2[j - 2] + 1);
      cur[j] = v;
    }
    const t = p2;
    p2 = p1;
    p1 = cur;
    cur = t;
  }
  return p1[lb];
}

/** osa(a, b) <= 1, fast. */
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
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

// ---------------------------------------------------------------------------------------------
// Dates and ids

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function randomDob(r: Rng, y: number): string {
  const m = r.int(1, 12);
  return `${y}-${pad(m)}-${pad(r.int(1, daysIn(y, m)))}`;
}

/** The date with day and month swapped, or null when that is no date or the same date. */
export function swapDayMonth(d: string): string | null {
  const y = +d.slice(0, 4);
  const m = +d.slice(5, 7);
  const dd = +d.slice(8, 10);
  if (dd > 12 || dd === m) return null;
  return `${y}-${pad(dd)}-${pad(m)}`;
}

function hamming(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

/** Two dates of birth tell two people apart: not equal, not a day/month swap, not one digit apart. */
export function dobFar(a: string, b: string): boolean {
  return a !== b && swapDayMonth(a) !== b && swapDayMonth(b) !== a && hamming(a, b) >= 2;
}

function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(Math.floor(r.next() * 256));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * Numbers kept 2+ edits apart: each stored number leaves one key per position with that digit
 * masked, and one key per neighbouring pair with the pair sorted, so a number one substitution
 * or one adjacent transposition from a stored one (or equal to it) shares a key with it.
 */
class NumberSet {
  private keys = new Set<number>();
  private static keysOf(s: string): number[] {
    const d: number[] = [];
    for (let i = 0; i < s.length; i++) d.push(s.charCodeAt(i) - 48);
    const n = d.length;
    const out: number[] = [];
    const val = (xs: number[]) => xs.reduce((a, x) => a * 11 + x, 0);
    for (let i = 0; i < n; i++) {
      const o = d[i];
      d[i] = 10;
      out.push(val(d) * 20 + i);
      d[i] = o;
    }
    for (let i = 0; i + 1 < n; i++) {
      const a = d[i];
      const b = d[i + 1];
      d[i] = Math.min(a, b);
      d[i + 1] = Math.max(a, b);
      out.push(val(d) * 20 + 10 + i);
      d[i] = a;
      d[i + 1] = b;
    }
    return out;
  }
  near(s: string): boolean {
    return NumberSet.keysOf(s).some((k) => this.keys.has(k));
  }
  add(s: string): void {
    for (const k of NumberSet.keysOf(s)) this.keys.add(k);
  }
}

/** A fresh number that is 2+ edits from every number in `set` (and is added to it). */
function freshNumber(r: Rng, len: number, first: string, set: NumberSet): string {
  for (;;) {
    let s = first;
    while (s.length < len) s += String(r.int(0, 9));
    if (!set.near(s)) {
      set.add(s);
      return s;
    }
  }
}

/** One slipped digit: a mistyped digit or two neighbours transposed. */
function slipDigits(r: Rng, s: string): string {
  const d = s.split('');
  if (r.chance(0.3)) {
    const opts: number[] = [];
    for (let i = 0; i + 1 < d.length; i++) if (d[i] !== d[i + 1]) opts.push(i);
    if (opts.length) {
      const i = r.pick(opts);
      [d[i], d[i + 1]] = [d[i + 1], d[i]];
      return d.join('');
    }
  }
  const i = r.int(0, d.length - 1);
  let c = d[i];
  while (c === d[i]) c = String(r.int(0, 9));
  d[i] = c;
  return d.join('');
}

// ---------------------------------------------------------------------------------------------
// Words: spellings, confusable sets, weighted pools

const W = ALL_WORDS;
const NS = SURNAME_WORDS.length;
const NM = MALE_GIVEN_WORDS.length;

interface Lex {
  latN: string[][]; // normalized romanizations per word
  khC: string[][]; // canonical Khmer spellings per word
  e1: number[][]; // words one edit away in some spelling (incl. itself)
  e2: number[][]; // words two Latin edits away (incl. e1)
}

let LEX: Lex | null = null;
function lex(): Lex {
  if (LEX) return LEX;
  const latN = W.map((w) => [...new Set(w.lat.map(normLatin))]);
  const khC = W.map((w) => [...new Set(w.kh.map(canonKhmer))]);
  const e1: number[][] = W.map((_, i) => [i]);
  const e2: number[][] = W.map((_, i) => [i]);
  for (let i = 0; i < W.length; i++) {
    for (let j = i + 1; j < W.length; j++) {
      let best = 9;
      for (const a of latN[i]) for (const b of latN[j]) best = Math.min(best, osa(a, b));
      let kh = 9;
      for (const a of khC[i]) for (const b of khC[j]) kh = Math.min(kh, osa(a, b));
      if (best <= 1 || kh <= 1) {
        e1[i].push(j);
        e1[j].push(i);
      }
      if (best <= 2 || kh <= 1) {
        e2[i].push(j);
        e2[j].push(i);
      }
    }
  }
  LEX = { latN, khC, e1, e2 };
  return LEX;
}

const pairKey = (a: number, b: number) => (a < b ? a * 1024 + b : b * 1024 + a);

export interface PairVariants {
  lat: Set<string>;
  latArr: string[];
  kh: Set<string>;
  khArr: string[];
}
const PV = new Map<number, PairVariants>();
/** Every listed spelling of the name (a, b) in both orders, normalized, in both scripts. */
export function pairVariants(a: number, b: number): PairVariants {
  const k = pairKey(a, b);
  let v = PV.get(k);
  if (v) return v;
  const L = lex();
  const lat = new Set<string>();
  for (const x of L.latN[a]) for (const y of L.latN[b]) lat.add(x + y).add(y + x);
  const kh = new Set<string>();
  for (const x of L.khC[a]) for (const y of L.khC[b]) kh.add(x + y).add(y + x);
  v = { lat, latArr: [...lat], kh, khArr: [...kh] };
  PV.set(k, v);
  return v;
}

/** 0 = a listed spelling of (a, b) in some order, 1 = one edit from one, 2 = further. */
export function nameDist(script: Script, key: string, a: number, b: number): 0 | 1 | 2 {
  const v = pairVariants(a, b);
  const set = script === 'L' ? v.lat : v.kh;
  if (set.has(key)) return 0;
  for (const s of script === 'L' ? v.latArr : v.khArr) if (within1(key, s)) return 1;
  return 2;
}

class Picker {
  private cum: number[] = [];
  private total = 0;
  constructor(private idx: number[], weights: number[]) {
    for (const w of weights) this.cum.push((this.total += w));
  }
  pick(r: Rng, exclude?: ReadonlySet<number> | number[]): number {
    for (let tries = 0; tries < 200; tries++) {
      const u = r.next() * this.total;
      let lo = 0;
      let hi = this.cum.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.cum[mid] > u) hi = mid;
        else lo = mid + 1;
      }
      const w = this.idx[lo];
      if (!exclude || !(Array.isArray(exclude) ? exclude.includes(w) : exclude.has(w))) return w;
    }
    return this.idx.find((w) => !exclude || !(Array.isArray(exclude) ? exclude.includes(w) : exclude.has(w)))!;
  }
}

function pools() {
  const sur = SURNAME_WORDS.map((_, i) => 0.96 ** i);
  const giv = MALE_GIVEN_WORDS.map((_, j) => 0.98 ** j);
  const sS = sur.reduce((a, b) => a + b, 0);
  const sG = giv.reduce((a, b) => a + b, 0);
  const maleIdx = [...Array(NS + NM).keys()];
  // a family name is a father's given name, or an old inherited family name
  const fam = new Picker(maleIdx, [...sur.map((x) => (0.5 * x) / sS), ...giv.map((x) => (0.5 * x) / sG)]);
  const maleGiven = new Picker(maleIdx, [...sur.map((x) => 0.25 * x), ...giv]);
  const fIdx: number[] = [];
  const fW: number[] = [];
  FEMALE_GIVEN_WORDS.forEach((_, j) => {
    fIdx.push(NS + NM + j);
    fW.push(0.975 ** j);
  });
  MALE_GIVEN_WORDS.forEach((w, j) => {
    if (w.sex === 'U') {
      fIdx.push(NS + j);
      fW.push(0.45 * 0.98 ** j);
    }
  });
  const femaleGiven = new Picker(fIdx, fW);
  return { fam, maleGiven, femaleGiven };
}

// ---------------------------------------------------------------------------------------------
// People

export interface Person {
  i: number;
  fam: number;
  role: Role;
  sex: Sex;
  fw: number; // family-name word
  gw: number; // given-name word
  y: number;
  dob: string;
  pmaxY: number; // latest birth year of a known parent, or -1
  reg: boolean;
  nid: string; // the person's real national ID
  regNid: string | null; // as the register has it
  nssf: string | null; // registered NSSF number
  latIdx: [number, number] | null; // registered Latin spelling, null when the register has none
  khIdx: [number, number];
  hidden?: HiddenKind;
  anchor: number; // the registered relative a hidden worker is tied to, or -1
  absent: boolean;
  workerId: string;
}

export interface Family {
  kind: FamKind;
  members: number[];
}

export interface Row {
  p: number;
  reg: boolean;
  id: string;
  source: Source;
  script: Script;
  swapped: boolean;
  name: string;
  key: string;
  typo: boolean;
  typoWord: number; // 0 = family word, 1 = given word, -1 = none
  spellDiff: boolean;
  caseStyle: 'upper' | 'title' | 'lower' | '';
  khSep: string;
  khShift: boolean;
  khCoeng: boolean;
  khSplit: boolean;
  khAlt: boolean;
  sex: Sex | null;
  dob: string | null;
  dobSwap: boolean;
  nid: string | null;
  nidSlip: boolean;
  nssf: string | null;
  nssfSlip: boolean;
  forced: '' | 'swap' | 'hidden' | 'undecidable';
}

export interface Built {
  roster: Roster;
  persons: Person[];
  fams: Family[];
  rows: Row[];
  regOrder: number[]; // person index of each registered worker, in output order
  notes: { famShare: number; hiddenRate: number; absentRate: number; undecidableGen: number; hiddenFixFail: number };
}

const TYPO_LETTERS = 'ABCDEFGHIJKLMNOPRSTUVY';

function applyTypo(r: Rng, tok: string): string {
  const pos: number[] = [];
  for (let i = 0; i < tok.length; i++) if (/[A-Z]/.test(tok[i])) pos.push(i);
  const op = r.int(0, 3);
  const i = r.pick(pos);
  if (op === 0) {
    let c = tok[i];
    while (c === tok[i]) c = TYPO_LETTERS[r.int(0, TYPO_LETTERS.length - 1)];
    return tok.slice(0, i) + c + tok.slice(i + 1);
  }
  if (op === 1) return tok.slice(0, i) + tok.slice(i + 1);
  if (op === 2) return tok.slice(0, i) + tok[i] + tok.slice(i);
  const opts = pos.filter((p) => p + 1 < tok.length && /[A-Z]/.test(tok[p + 1]) && tok[p] !== tok[p + 1]);
  if (!opts.length) return tok.slice(0, i) + tok.slice(i + 1);
  const j = r.pick(opts);
  return tok.slice(0, j) + tok[j + 1] + tok[j] + tok.slice(j + 2);
}

function caseIt(s: string, style: 'upper' | 'title' | 'lower'): string {
  if (style === 'upper') return s.toUpperCase();
  if (style === 'lower') return s.toLowerCase();
  return s
    .toLowerCase()
    .split(' ')
    .map((t) => (t ? t[0].toUpperCase() + t.slice(1) : t))
    .join(' ');
}

function khVariants(r: Rng, s: string, f: { shift: boolean; coeng: boolean; split: boolean }): string {
  let t = s;
  if (/[\u17C9\u17CA][\u17B6-\u17C5]/.test(t) && r.chance(0.3)) {
    t = t.replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/, '$2$1');
    f.shift = true;
  }
  if (/\u17D2[\u1780-\u17B3][\u17B6-\u17C5]/.test(t) && r.chance(0.2)) {
    t = t.replace(/(\u17D2[\u1780-\u17B3])([\u17B6-\u17C5])/, '$2$1');
    f.coeng = true;
  }
  if (/[\u17C4\u17BE]/.test(t) && r.chance(0.35)) {
    t = t.replace(/\u17C4/g, '\u17C1\u17B6').replace(/\u17BE/g, '\u17C1\u17B8');
    f.split = true;
  }
  return t;
}

// ---------------------------------------------------------------------------------------------

export function generateFiftythird(size: number, seed: number): Roster {
  return buildFiftythird(size, seed).roster;
}

export function buildFiftythird(size: number, seed: number): Built {
  const r = rng((seed * 2654435761 + 53) >>> 0);
  const L = lex();
  const P = pools();
  const persons: Person[] = [];
  const fams: Family[] = [];
  const usedGiven = new Map<string, Set<number>>(); // `${fam}:${familyWord}` -> given words used
  const mirrorDone = new Set<number>(); // fathers who have a son named after the grandfather
  const nidSet = new NumberSet();
  const nssfSet = new NumberSet();

  const groupOf = (fam: number, fw: number) => {
    const k = `${fam}:${fw}`;
    let s = usedGiven.get(k);
    if (!s) usedGiven.set(k, (s = new Set<number>([fw])));
    return s;
  };
  const pickGiven = (sex: Sex, excl: Set<number>) => (sex === 'M' ? P.maleGiven : P.femaleGiven).pick(r, excl);
  const add = (fam: number, role: Role, sex: Sex, fw: number, gw: number, y: number, pmaxY: number, reg: boolean): Person => {
    const p: Person = {
      i: persons.length,
      fam,
      role,
      sex,
      fw,
      gw,
      y,
      dob: randomDob(r, y),
      pmaxY,
      reg,
      nid: freshNumber(r, 9, String(r.int(0, 2)), nidSet),
      regNid: null,
      nssf: null,
      latIdx: null,
      khIdx: [0, 0],
      anchor: -1,
      absent: false,
      workerId: '',
    };
    persons.push(p);
    if (fam >= 0) {
      fams[fam].members.push(p.i);
      groupOf(fam, fw).add(gw);
    }
    return p;
  };
  const ownName = (sex: Sex): [number, number] => {
    const fw = P.fam.pick(r);
    return [fw, pickGiven(sex, new Set([fw]))];
  };
  /** Children with family word fw: distinct given names, one of them maybe named after the grandfather. */
  const kids = (fam: number, fw: number, n: number, pmax: number, mirrorWord: number, father: Person | null, role: Role) => {
    const used = groupOf(fam, fw);
    if (father) used.add(father.gw).add(father.fw);
    for (let k = 0; k < n; k++) {
      const sex: Sex = r.chance(0.55) ? 'F' : 'M';
      let gw: number;
      if (sex === 'M' && father && mirrorWord >= 0 && !mirrorDone.has(father.i) && r.chance(0.3)) {
        gw = mirrorWord;
        mirrorDone.add(father.i);
      } else gw = pickGiven(sex, used);
      used.add(gw);
      add(fam, role, sex, fw, gw, r.int(pmax + 19, Math.min(pmax + 34, V - 19)), pmax, true);
    }
  };

  // ---- registered families
  const famShare = 0.45 + 0.1 * r.next();
  const famTarget = Math.round(size * famShare);
  let famCount = 0;
  while (famTarget - famCount >= 2) {
    const u = r.next();
    let kind: FamKind = u < 0.33 ? 'P2' : u < 0.55 ? 'P3' : u < 0.75 ? 'I2' : u < 0.85 ? 'I3' : 'M2';
    const su = r.next();
    let sz = su < 0.33 ? 2 : su < 0.61 ? 3 : su < 0.8 ? 4 : su < 0.92 ? 5 : 6;
    sz = Math.min(sz, famTarget - famCount);
    if ((kind === 'P3' || kind === 'I3') && sz < 3) kind = kind === 'P3' ? 'P2' : 'I2';
    const fam = fams.length;
    fams.push({ kind, members: [] });
    let slots = sz;
    if (kind === 'P2' || kind === 'I2') {
      const F = P.fam.pick(r);
      const G = P.maleGiven.pick(r, [F]);
      const father = add(fam, 'father', 'M', F, G, r.int(V - 56, V - 38), -1, true);
      slots--;
      let pmax = father.y;
      if (slots >= 2 && r.chance(0.35)) {
        const [a, b] = ownName('F');
        const m = add(fam, 'mother', 'F', a, b, r.int(Math.max(father.y - 6, V - 58), Math.min(father.y + 6, V - 38)), -1, true);
        pmax = Math.max(pmax, m.y);
        slots--;
      }
      if (kind === 'P2') kids(fam, G, slots, pmax, F, father, 'child');
      else kids(fam, F, slots, pmax, -1, father, 'child');
    } else if (kind === 'P3' || kind === 'I3') {
      const A = P.fam.pick(r);
      const B = P.maleGiven.pick(r, [A]);
      const gf = add(fam, 'grandfather', 'M', A, B, r.int(V - 65, V - 58), -1, true);
      slots--;
      let gmax = gf.y;
      if (slots >= 3 && r.chance(0.2)) {
        const [a, b] = ownName('F');
        const gm = add(fam, 'grandmother', 'F', a, b, r.int(Math.max(gf.y - 5, V - 66), Math.min(gf.y + 5, V - 58)), -1, true);
        gmax = Math.max(gmax, gm.y);
        slots--;
      }
      const fFam = kind === 'P3' ? B : A;
      const sibs = groupOf(fam, fFam).add(A).add(B);
      const C = P.maleGiven.pick(r, sibs);
      const father = add(fam, 'father', 'M', fFam, C, r.int(gmax + 20, V - 38), gmax, true);
      slots--;
      if (slots >= 2 && r.chance(0.3)) {
        const sx: Sex = r.chance(0.5) ? 'F' : 'M';
        add(fam, 'uncle', sx, fFam, pickGiven(sx, sibs), r.int(gmax + 20, V - 19), gmax, true);
        slots--;
      }
      let pmax = father.y;
      if (slots >= 2 && r.chance(0.25)) {
        const [a, b] = ownName('F');
        const m = add(fam, 'mother', 'F', a, b, r.int(Math.max(father.y - 6, gmax + 18), Math.min(father.y + 6, V - 38)), -1, true);
        pmax = Math.max(pmax, m.y);
        slots--;
      }
      if (kind === 'P3') kids(fam, C, slots, pmax, B, father, 'child');
      else kids(fam, A, slots, pmax, -1, father, 'child');
    } else {
      const [a, b] = ownName('F');
      const mother = add(fam, 'mother', 'F', a, b, r.int(V - 56, V - 38), -1, true);
      slots--;
      kids(fam, P.fam.pick(r), slots, mother.y, -1, null, 'child');
    }
    famCount += sz;
  }
  // ---- unrelated singles (each its own one-person family, so hidden siblings can join it)
  while (persons.length < size) {
    const fam = fams.length;
    fams.push({ kind: 'single', members: [] });
    const sex: Sex = r.chance(0.6) ? 'F' : 'M';
    const [fw, gw] = ownName(sex);
    add(fam, 'single', sex, fw, gw, V - 19 - Math.floor(32 * r.next() ** 1.4), -1, true);
  }
  const nReg = persons.length;

  // ---- rule 2: registered namesakes (one edit per word, either order) have DOBs far apart
  const regIdx = new Map<number, number[]>();
  const lookup = (A: number[], B: number[], cb: (q: number) => void) => {
    const seen = new Set<number>();
    for (const x of A)
      for (const y of B) {
        const l = regIdx.get(pairKey(x, y));
        if (l) for (const q of l) if (!seen.has(q)) {
          seen.add(q);
          cb(q);
        }
      }
  };
  for (let i = 0; i < nReg; i++) {
    const p = persons[i];
    const near: Person[] = [];
    lookup(L.e1[p.fw], L.e1[p.gw], (q) => near.push(persons[q]));
    for (let t = 0; t < 500 && near.some((q) => !dobFar(q.dob, p.dob)); t++) p.dob = randomDob(r, p.y);
    const k = pairKey(p.fw, p.gw);
    const l = regIdx.get(k);
    if (l) l.push(i);
    else regIdx.set(k, [i]);
  }

  // ---- register fields
  for (let i = 0; i < nReg; i++) {
    const p = persons[i];
    p.regNid = r.chance(0.92) ? p.nid : null;
    p.nssf = freshNumber(r, 10, '1', nssfSet);
    const sp = (w: number) => (r.chance(0.7) || W[w].lat.length === 1 ? 0 : r.int(1, W[w].lat.length - 1));
    p.latIdx = r.chance(0.88) ? [sp(p.fw), sp(p.gw)] : null;
    const kp = (w: number) => (W[w].kh.length > 1 && r.chance(0.25) ? 1 : 0);
    p.khIdx = [kp(p.fw), kp(p.gw)];
  }

  // ---- absent
  const absentRate = 0.075 + 0.01 * r.next();
  const order = r.shuffle([...Array(nReg).keys()]);
  const nAbsent = Math.round(nReg * absentRate);
  for (let k = 0; k < nAbsent; k++) persons[order[k]].absent = true;
  const present = nReg - nAbsent;

  // ---- hidden workers
  const hiddenRate = 0.075 + 0.01 * r.next();
  const nHidden = Math.round((present * hiddenRate) / (1 - hiddenRate));
  const regs = persons.slice(0, nReg);
  const fathers = regs.filter((p) => p.sex === 'M' && p.y <= V - 38);
  const young = regs.filter((p) => (p.role === 'child' || p.role === 'uncle' || p.role === 'single') && p.y >= V - 45);
  const elders = regs.filter((p) => p.sex === 'M' && p.y <= V - 57);
  const adults = regs.filter((p) => p.y <= V - 22);
  const KINDS: [HiddenKind, number][] = [
    ['child', 0.28],
    ['mirror-son', 0.14],
    ['sibling', 0.22],
    ['grandchild', 0.06],
    ['spouse', 0.1],
    ['namesake', 0.08],
    ['random', 0.12],
  ];
  for (let h = 0; h < nHidden; h++) {
    let u = r.next();
    let kind: HiddenKind = 'random';
    for (const [k, w] of KINDS) {
      if (u < w) {
        kind = k;
        break;
      }
      u -= w;
    }
    let made: Person | null = null;
    if (kind === 'child' && fathers.length) {
      const a = r.pick(fathers);
      const sex: Sex = r.chance(0.55) ? 'F' : 'M';
      const g = groupOf(a.fam, a.gw).add(a.fw);
      const gw = pickGiven(sex, g);
      made = add(a.fam, 'hidden', sex, a.gw, gw, r.int(a.y + 19, V - 19), a.y, false);
      made.anchor = a.i;
    } else if (kind === 'mirror-son' && fathers.length) {
      for (let t = 0; t < 30 && !made; t++) {
        const a = r.pick(fathers);
        if (mirrorDone.has(a.i) || groupOf(a.fam, a.gw).has(a.fw)) continue;
        mirrorDone.add(a.i);
        made = add(a.fam, 'hidden', 'M', a.gw, a.fw, r.int(a.y + 19, V - 19), a.y, false);
        made.anchor = a.i;
      }
    } else if (kind === 'sibling' && young.length) {
      const a = r.pick(young);
      const sex: Sex = r.chance(0.55) ? 'F' : 'M';
      const gw = pickGiven(sex, groupOf(a.fam, a.fw));
      const y = a.pmaxY > 0 ? r.int(a.pmaxY + 19, V - 19) : r.int(Math.max(a.y - 7, V - 50), Math.min(a.y + 7, V - 19));
      made = add(a.fam, 'hidden', sex, a.fw, gw, y, a.pmaxY, false);
      made.anchor = a.i;
    } else if (kind === 'grandchild' && elders.length) {
      const a = r.pick(elders);
      const sex: Sex = r.chance(0.55) ? 'F' : 'M';
      const g = groupOf(a.fam, a.gw).add(a.fw);
      made = add(a.fam, 'hidden', sex, a.gw, pickGiven(sex, g), r.int(a.y + 38, V - 19), a.y + 19, false);
      made.anchor = a.i;
    } else if (kind === 'spouse' && adults.length) {
      const a = r.pick(adults);
      const sex: Sex = a.sex === 'M' ? 'F' : 'M';
      const [fw, gw] = ownName(sex);
      made = add(a.fam, 'hidden', sex, fw, gw, r.int(Math.max(a.y - 5, V - 65), Math.min(a.y + 5, V - 19)), -1, false);
      made.anchor = a.i;
    } else if (kind === 'namesake') {
      const a = r.pick(regs);
      made = add(-1, 'hidden', a.sex, a.fw, a.gw, V - 19 - Math.floor(35 * r.next() ** 1.3), -1, false);
    }
    if (!made) {
      kind = 'random';
      const sex: Sex = r.chance(0.68) ? 'F' : 'M';
      const [fw, gw] = ownName(sex);
      made = add(-1, 'hidden', sex, fw, gw, V - 19 - Math.floor(32 * r.next() ** 1.4), -1, false);
    }
    made.hidden = kind;
  }

  // ---- registered output: shuffled, ids assigned after the shuffle
  const regOrder = r.shuffle([...Array(nReg).keys()]);
  regOrder.forEach((pi, k) => (persons[pi].workerId = `W${pad(k + 1, 6)}`));

  // ---- on-site rows
  const rowPersons = r.shuffle([...regs.filter((p) => !p.absent).map((p) => p.i), ...persons.slice(nReg).map((p) => p.i)]);
  const foreignNssf = nssfSet; // foreign numbers stay 2+ edits from every registered one
  const rows: Row[] = rowPersons.map((pi) => {
    const p = persons[pi];
    const su = r.next();
    const source: Source = su < 0.08 ? 'id-card' : su < 0.38 ? 'manual' : 'csv';
    const script: Script = r.chance(source === 'id-card' ? 0.5 : 0.33) ? 'K' : 'L';
    const swapped = r.chance(0.25);
    const row: Row = {
      p: pi,
      reg: p.reg,
      id: uuid(r),
      source,
      script,
      swapped,
      name: '',
      key: '',
      typo: false,
      typoWord: -1,
      spellDiff: false,
      caseStyle: '',
      khSep: ' ',
      khShift: false,
      khCoeng: false,
      khSplit: false,
      khAlt: false,
      sex: null,
      dob: null,
      dobSwap: false,
      nid: null,
      nidSlip: false,
      nssf: null,
      nssfSlip: false,
      forced: '',
    };
    const words = [p.fw, p.gw];
    if (script === 'L') {
      const toks = words.map((w, k) => {
        const n = W[w].lat.length;
        let ix: number;
        if (p.latIdx && r.chance(0.65)) ix = p.latIdx[k];
        else ix = !p.reg && r.chance(0.5) ? 0 : r.int(0, n - 1);
        if (!p.latIdx || ix !== p.latIdx[k]) row.spellDiff = true;
        return W[w].lat[ix];
      });
      if (r.chance(0.05)) {
        const el = [0, 1].filter((k) => toks[k].replace(/[^A-Z]/g, '').length >= 4);
        if (el.length) {
          const k = r.pick(el);
          toks[k] = applyTypo(r, toks[k]);
          row.typo = true;
          row.typoWord = k;
        }
      }
      const cu = r.next();
      row.caseStyle = cu < 0.55 ? 'upper' : cu < 0.9 ? 'title' : 'lower';
      const ordered = swapped ? [toks[1], toks[0]] : toks;
      row.name = caseIt(ordered.join(r.chance(0.02) ? '  ' : ' '), row.caseStyle);
    } else {
      const f = { shift: false, coeng: false, split: false };
      const toks = words.map((w, k) => {
        const kh = W[w].kh;
        let ix = p.khIdx[k];
        if (kh.length > 1 && r.chance(0.1)) ix = 1 - ix;
        if (ix !== 0) row.khAlt = true;
        return khVariants(r, kh[ix], f);
      });
      row.khShift = f.shift;
      row.khCoeng = f.coeng;
      row.khSplit = f.split;
      const su2 = r.next();
      row.khSep = su2 < 0.6 ? ' ' : su2 < 0.9 ? '\u200B' : '';
      row.name = (swapped ? [toks[1], toks[0]] : toks).join(row.khSep);
    }
    row.key = nameKey(row.name).key;
    const card = source === 'id-card';
    if (card || r.chance(0.6)) row.sex = p.sex;
    if (card || r.chance(0.48)) {
      row.dob = p.dob;
      const sw = swapDayMonth(p.dob);
      if (p.reg && sw && r.chance(0.06)) {
        row.dob = sw;
        row.dobSwap = true;
      }
    }
    if (card || r.chance(0.29)) {
      row.nid = p.nid;
      if (p.reg && r.chance(card ? 0.03 : 0.05)) {
        row.nid = slipDigits(r, p.nid);
        row.nidSlip = true;
      }
    }
    if (p.reg && p.nssf && r.chance(0.2)) {
      row.nssf = p.nssf;
      if (r.chance(0.04)) {
        row.nssf = slipDigits(r, p.nssf);
        row.nssfSlip = true;
      }
    }
    if (!p.reg && r.chance(0.03)) row.nssf = freshNumber(r, 10, '1', foreignNssf);
    // a swapped name always comes with a DOB or an ID, on true and hidden rows alike
    if (swapped && !row.dob && !row.nid && !row.nssf) {
      row.dob = p.dob;
      row.forced = 'swap';
    }
    return row;
  });

  const ruledOut = (row: Row, v: Person): boolean =>
    (row.sex !== null && row.sex !== v.sex) ||
    (row.dob !== null && dobFar(row.dob, v.dob)) ||
    (row.nid !== null && v.regNid !== null && osa(row.nid, v.regNid) >= 2) ||
    (row.nssf !== null && v.nssf !== null && osa(row.nssf, v.nssf) >= 2);
  const candidates = (row: Row): { q: Person; d: 0 | 1 | 2 }[] => {
    const p = persons[row.p];
    const out: { q: Person; d: 0 | 1 | 2 }[] = [];
    const A = row.typoWord === 0 ? L.e2[p.fw] : L.e1[p.fw];
    const B = row.typoWord === 1 ? L.e2[p.gw] : L.e1[p.gw];
    lookup(A, B, (qi) => {
      const q = persons[qi];
      out.push({ q, d: nameDist(row.script, row.key, q.fw, q.gw) });
    });
    return out;
  };

  // ---- rule 3: a hidden row that could pass for a registered worker is ruled out by a field
  let hiddenFixFail = 0;
  for (const row of rows) {
    if (row.reg) continue;
    const p = persons[row.p];
    const c = candidates(row).filter((x) => x.d <= 1);
    if (c.every((x) => ruledOut(row, x.q))) continue;
    if (row.dob !== p.dob) {
      row.dob = p.dob;
      row.forced = 'hidden';
    }
    let t = 0;
    while (!c.every((x) => ruledOut(row, x.q)) && t < 400) {
      const y = t < 200 ? p.y : Math.min(V - 19, Math.max(V - 66, p.y + r.int(-1, 1)));
      p.dob = randomDob(r, y);
      row.dob = p.dob;
      t++;
    }
    if (!c.every((x) => ruledOut(row, x.q))) hiddenFixFail++;
  }

  // ---- rule 5: cap the undecidable true rows near 3 %
  const undecidable = (row: Row): boolean => {
    const w = persons[row.p];
    const c = candidates(row);
    const dw = c.find((x) => x.q === w)?.d ?? nameDist(row.script, row.key, w.fw, w.gw);
    return c.some((x) => x.q !== w && x.d <= dw && !ruledOut(row, x.q));
  };
  const trueRows = rows.filter((x) => x.reg);
  const und = r.shuffle(trueRows.filter(undecidable));
  const cap = Math.floor(0.03 * trueRows.length);
  for (const row of und.slice(cap)) {
    const w = persons[row.p];
    row.dob = w.dob;
    row.dobSwap = false;
    row.forced = 'undecidable';
    if (undecidable(row) && w.regNid) {
      row.nid = w.nid;
      row.nidSlip = false;
    }
  }
  // ---- top the DOB rate up to ~70 % with rows drawn blind to the truth (more DOBs only rule out more)
  const noDob = r.shuffle(rows.filter((x) => x.dob === null));
  const need = Math.round(0.7 * rows.length) - (rows.length - noDob.length);
  for (const row of noDob.slice(0, Math.max(0, need))) {
    const p = persons[row.p];
    row.dob = p.dob;
    const sw = swapDayMonth(p.dob);
    if (p.reg && sw && r.chance(0.06)) {
      row.dob = sw;
      row.dobSwap = true;
    }
  }
  const undecidableGen = und.filter(undecidable).length / Math.max(1, trueRows.length); // adding fields never makes a row undecidable

  // ---- output records
  let t = T0;
  let csvRow = 0;
  const truth = new Map<string, string | null>();
  const onsite: OnsiteWorker[] = rows.map((row) => {
    t += r.int(2, 9) * 1000;
    const p = persons[row.p];
    truth.set(row.id, p.reg ? p.workerId : null);
    return {
      id: row.id,
      visitId: VISIT_ID,
      name: row.name,
      nationalId: row.nid,
      nssfNumber: row.nssf,
      sex: row.sex,
      dateOfBirth: row.dob,
      source: row.source,
      sourceRow: row.source === 'csv' ? ++csvRow : null,
      recordedAt: new Date(t).toISOString(),
    };
  });
  const registered: RegisteredWorker[] = regOrder.map((pi) => {
    const p = persons[pi];
    const hireLo = Math.max(Date.UTC(p.y + 18, +p.dob.slice(5, 7) - 1, Math.min(28, +p.dob.slice(8, 10))), Date.UTC(2008, 0, 1));
    const hireHi = Date.UTC(2025, 1, 28);
    const hire = new Date(hireLo + Math.floor(r.next() * Math.max(1, hireHi - hireLo) / 86400000) * 86400000);
    return {
      workerId: p.workerId,
      nssfNumber: p.nssf,
      nationalId: p.regNid,
      nameKh: `${W[p.fw].kh[p.khIdx[0]]} ${W[p.gw].kh[p.khIdx[1]]}`,
      nameLatin: p.latIdx ? `${W[p.fw].lat[p.latIdx[0]]} ${W[p.gw].lat[p.latIdx[1]]}` : null,
      sex: p.sex,
      dateOfBirth: p.dob,
      hireDate: hire.toISOString().slice(0, 10),
      wageRiel: r.chance(0.03) ? null : 1000 * r.int(850, 1600),
    };
  });

  return {
    roster: { registered, onsite, truth },
    persons,
    fams,
    rows,
    regOrder,
    notes: { famShare: famCount / nReg, hiddenRate: nHidden / rows.length, absentRate: nAbsent / nReg, undecidableGen, hiddenFixFail },
  };
}

// =============================================================================================
// Self-check

async function selfCheck(): Promise<void> {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  const { RegisteredWorker: RegSchema, OnsiteWorker: OnSchema } = await import('../../src/protocol');
  const fails: string[] = [];
  const check = (ok: boolean, msg: string) => {
    if (!ok) fails.push(msg);
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${msg}`);
  };
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;

  const t0 = performance.now();
  const b = buildFiftythird(size, seed);
  const genMs = performance.now() - t0;
  const { roster, persons, rows, fams } = b;
  const reg = roster.registered;
  const on = roster.onsite;
  const byWid = new Map(persons.filter((p) => p.reg).map((p) => [p.workerId, p]));
  const regP = reg.map((x) => byWid.get(x.workerId)!);
  const trueRows = rows.filter((x) => x.reg);
  const hidRows = rows.filter((x) => !x.reg);

  // ---- shape
  console.log(`\nfiftythird roster: size=${size} seed=${seed}  (${FIFTYTHIRD_LABEL})`);
  console.log(`registered ${reg.length}, on-site ${on.length} (true ${trueRows.length}, hidden ${hidRows.length} = ${pct(hidRows.length, on.length)}), absent ${persons.filter((p) => p.absent).length} = ${pct(persons.filter((p) => p.absent).length, reg.length)}`);
  const famMembers = regP.filter((p) => fams[p.fam].kind !== 'single');
  const realFams = fams.filter((f) => f.kind !== 'single' && f.kind !== 'none');
  const sizeHist = new Map<number, number>();
  const genSpan = { 2: 0, 3: 0 } as Record<number, number>;
  const kindHist = new Map<string, number>();
  for (const f of realFams) {
    const regM = f.members.filter((m) => persons[m].reg);
    sizeHist.set(regM.length, (sizeHist.get(regM.length) ?? 0) + 1);
    const hasG = regM.some((m) => persons[m].role === 'grandfather' || persons[m].role === 'grandmother');
    genSpan[hasG ? 3 : 2]++;
    kindHist.set(f.kind, (kindHist.get(f.kind) ?? 0) + 1);
  }
  console.log(`families: ${realFams.length}, workers in families ${pct(famMembers.length, reg.length)}; sizes ${[...sizeHist].sort((a, c) => a[0] - c[0]).map(([k, v]) => `${k}:${v}`).join(' ')}; 2 gens ${genSpan[2]}, 3 gens ${genSpan[3]}; kinds ${[...kindHist].map(([k, v]) => `${k}:${v}`).join(' ')}`);
  const famWords = new Set(regP.map((p) => p.fw));
  const givWords = new Set(regP.map((p) => p.gw));
  const both = [...famWords].filter((w) => givWords.has(w));
  const regPairs = new Set(regP.map((p) => `${p.fw}|${p.gw}`));
  const mirrorPairs = regP.filter((p) => p.fw !== p.gw && regPairs.has(`${p.gw}|${p.fw}`)).length;
  const famMirror = regP.filter((p) => p.fam >= 0 && persons.some((q) => q.reg && q.fam === p.fam && q.fw === p.gw && q.gw === p.fw)).length;
  console.log(`words used both as family and given name: ${both.length}; registered workers whose swapped name is another registered worker: ${mirrorPairs} (${famMirror} father/son mirrors in one family)`);
  const hk = new Map<string, number>();
  for (const x of hidRows) hk.set(persons[x.p].hidden!, (hk.get(persons[x.p].hidden!) ?? 0) + 1);
  const hidShare = hidRows.filter((x) => {
    const p = persons[x.p];
    if (p.anchor < 0) return false;
    const a = persons[p.anchor];
    return [a.fw, a.gw].includes(p.fw) || [a.fw, a.gw].includes(p.gw);
  }).length;
  const hidRel = hidRows.filter((x) => persons[x.p].anchor >= 0).length;
  console.log(`hidden kinds: ${[...hk].map(([k, v]) => `${k}:${v}`).join(' ')}; relatives ${pct(hidRel, hidRows.length)}, sharing a name word with their registered relative ${pct(hidShare, hidRows.length)}`);
  const rate = (f: (x: Row) => boolean, of: Row[] = rows) => pct(of.filter(f).length, of.length);
  const lat = rows.filter((x) => x.script === 'L');
  const kh = rows.filter((x) => x.script === 'K');
  console.log(`script: Khmer ${rate((x) => x.script === 'K')}, Latin ${rate((x) => x.script === 'L')}; order swapped ${rate((x) => x.swapped)}; sources csv ${rate((x) => x.source === 'csv')} manual ${rate((x) => x.source === 'manual')} id-card ${rate((x) => x.source === 'id-card')}`);
  console.log(`Latin rows: spelling differs from register ${rate((x) => x.spellDiff, lat)}, typo ${rate((x) => x.typo, lat)}, upper ${rate((x) => x.caseStyle === 'upper', lat)} title ${rate((x) => x.caseStyle === 'title', lat)} lower ${rate((x) => x.caseStyle === 'lower', lat)}`);
  console.log(`Khmer rows: ZWSP ${rate((x) => x.khSep === '\u200B', kh)}, no separator ${rate((x) => x.khSep === '', kh)}, shifter order ${rate((x) => x.khShift, kh)}, subscript order ${rate((x) => x.khCoeng, kh)}, split vowel ${rate((x) => x.khSplit, kh)}, other Khmer spelling ${rate((x) => x.khAlt, kh)}`);
  console.log(`fields: DOB ${rate((x) => !!x.dob)} (swapped ${rate((x) => x.dobSwap, trueRows)} of true rows), national ID ${rate((x) => !!x.nid)} (slip ${rate((x) => x.nidSlip, trueRows)}), NSSF ${rate((x) => !!x.nssf)} (true rows ${rate((x) => !!x.nssf, trueRows)}, slip ${rate((x) => x.nssfSlip, trueRows)}), sex ${rate((x) => !!x.sex)}`);
  console.log(`DOB added: for a swapped name ${rate((x) => x.forced === 'swap')}, hidden namesake ${rate((x) => x.forced === 'hidden')}, shared name ${rate((x) => x.forced === 'undecidable')}; DOB on true ${rate((x) => !!x.dob, trueRows)} vs hidden ${rate((x) => !!x.dob, hidRows)}`);
  console.log(`register: national ID ${pct(reg.filter((x) => x.nationalId).length, reg.length)}, Latin name ${pct(reg.filter((x) => x.nameLatin).length, reg.length)}, DOB ${pct(reg.filter((x) => x.dateOfBirth).length, reg.length)}`);

  // ---- exact name index over every listed spelling of every registered worker
  const index = new Map<string, number[]>();
  const khAlpha = new Set<string>();
  regP.forEach((p, ri) => {
    const v = pairVariants(p.fw, p.gw);
    for (const s of v.latArr) {
      const k = 'L' + s;
      const l = index.get(k);
      if (l) l.push(ri);
      else index.set(k, [ri]);
    }
    for (const s of v.khArr) {
      for (const ch of s) khAlpha.add(ch);
      const k = 'K' + s;
      const l = index.get(k);
      if (l) l.push(ri);
      else index.set(k, [ri]);
    }
  });
  const LAT = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
  const KH = [...khAlpha];
  /** Registered workers within one edit of the name: index -> 0 (a listed spelling) or 1. */
  const near = (name: string): Map<number, 0 | 1> => {
    const { script, key } = nameKey(name);
    const out = new Map<number, 0 | 1>();
    const hit = (s: string, d: 0 | 1) => {
      const l = index.get(script + s);
      if (l) for (const ri of l) if (!out.has(ri) || d < out.get(ri)!) out.set(ri, d);
    };
    hit(key, 0);
    const A = script === 'L' ? LAT : KH;
    const ch = [...key];
    for (let i = 0; i < ch.length; i++) {
      hit(ch.slice(0, i).join('') + ch.slice(i + 1).join(''), 1);
      for (const c of A) if (c !== ch[i]) hit(ch.slice(0, i).join('') + c + ch.slice(i + 1).join(''), 1);
      if (i + 1 < ch.length && ch[i] !== ch[i + 1]) hit(ch.slice(0, i).join('') + ch[i + 1] + ch[i] + ch.slice(i + 2).join(''), 1);
    }
    for (let i = 0; i <= ch.length; i++) for (const c of A) hit(ch.slice(0, i).join('') + c + ch.slice(i).join(''), 1);
    return out;
  };
  const ruledOut = (o: OnsiteWorker, x: RegisteredWorker) =>
    (o.sex !== null && x.sex !== null && o.sex !== x.sex) ||
    (o.dateOfBirth !== null && x.dateOfBirth !== null && dobFar(o.dateOfBirth, x.dateOfBirth)) ||
    (o.nationalId !== null && x.nationalId !== null && osa(o.nationalId, x.nationalId) >= 2) ||
    (o.nssfNumber !== null && x.nssfNumber !== null && osa(o.nssfNumber, x.nssfNumber) >= 2);
  const regIx = new Map(reg.map((x, i) => [x.workerId, i]));

  // ---- rule 1
  let r1 = 0;
  const r1ex: string[] = [];
  let undec = 0;
  let hidPass = 0;
  let hidViol = 0;
  const hidBy = { dob: 0, sex: 0, id: 0 };
  const hidViolEx: string[] = [];
  const undecEx: string[] = [];
  on.forEach((o, k) => {
    const wid = roster.truth.get(o.id);
    const nb = near(o.name);
    if (wid) {
      const ri = regIx.get(wid)!;
      const x = reg[ri];
      const p = regP[ri];
      const bad: string[] = [];
      const dw = nb.get(ri);
      if (dw === undefined) bad.push('name');
      if (rows[k].typo && rows[k].script === 'L') {
        const toks = [W[p.fw], W[p.gw]];
        if (!toks.some((w) => w.lat.some((s) => normLatin(s).length >= 4))) bad.push('typo-short');
      }
      if (o.nationalId !== null && osa(o.nationalId, p.nid) > 1) bad.push('nid');
      if (o.nssfNumber !== null && (x.nssfNumber === null || osa(o.nssfNumber, x.nssfNumber) > 1)) bad.push('nssf');
      if (o.dateOfBirth !== null && o.dateOfBirth !== x.dateOfBirth && o.dateOfBirth !== swapDayMonth(x.dateOfBirth!)) bad.push('dob');
      if (o.sex !== null && o.sex !== x.sex) bad.push('sex');
      if (bad.length) {
        r1++;
        if (r1ex.length < 5) r1ex.push(`${o.name} vs ${x.nameKh}/${x.nameLatin}: ${bad.join(',')}`);
      }
      // rule 5
      if (dw !== undefined) {
        for (const [qi, d] of nb) {
          if (qi !== ri && d <= dw && !ruledOut(o, reg[qi])) {
            undec++;
            if (undecEx.length < 4) undecEx.push(`${o.name} [dob ${o.dateOfBirth}] = ${x.nameLatin ?? x.nameKh} ${x.dateOfBirth} | also ${reg[qi].nameLatin ?? reg[qi].nameKh} ${reg[qi].dateOfBirth}`);
            break;
          }
        }
      }
    } else {
      // rule 3
      if (nb.size) hidPass++;
      let viol = false;
      for (const [qi] of nb) {
        const x = reg[qi];
        if (!ruledOut(o, x)) viol = true;
      }
      if (nb.size && !viol) {
        const xs = [...nb.keys()].map((qi) => reg[qi]);
        if (xs.every((x) => o.dateOfBirth !== null && dobFar(o.dateOfBirth, x.dateOfBirth!))) hidBy.dob++;
        else if (xs.every((x) => o.sex !== null && o.sex !== x.sex)) hidBy.sex++;
        else hidBy.id++;
      }
      if (viol) {
        hidViol++;
        if (hidViolEx.length < 5) hidViolEx.push(`${o.name} dob=${o.dateOfBirth} sex=${o.sex}`);
      }
    }
  });
  let famTrap = 0;
  on.forEach((o, k) => {
    const wid = roster.truth.get(o.id);
    if (!wid) return;
    const p = byWid.get(wid)!;
    for (const [qi, d] of near(o.name)) {
      const q = regP[qi];
      if (d === 0 && q !== p && q.fam === p.fam && fams[p.fam].kind !== 'single') {
        famTrap++;
        break;
      }
    }
  });
  const hidAbsentRel = hidRows.filter((x) => persons[x.p].anchor >= 0 && persons[persons[x.p].anchor].absent).length;
  const mirrorSons = hidRows.filter((x) => persons[x.p].hidden === 'mirror-son');
  console.log(`family traps: ${famTrap} true rows that read, in some order, exactly as another registered member of their own family (father SOK DARA vs son DARA SOK); ${mirrorSons.length} hidden sons carry their father's name swapped (${mirrorSons.filter((x) => persons[persons[x.p].anchor].absent).length} of those fathers absent); ${hidAbsentRel} hidden relatives of an absent registered worker`);
  console.log(`\nhidden rows that could pass by name for a registered worker: ${hidPass} of ${hidRows.length} (ruled out by DOB ${hidBy.dob}, sex ${hidBy.sex}, mixed/ID ${hidBy.id})`);
  check(r1 === 0, `rule 1: true rows carry only plausible variants of their worker (${r1} bad)${r1ex.length ? ' e.g. ' + r1ex.join(' ; ') : ''}`);

  // ---- rule 2
  let r2 = 0;
  const r2ex: string[] = [];
  for (const l of index.values()) {
    if (l.length < 2) continue;
    const u = [...new Set(l)];
    for (let i = 0; i < u.length; i++)
      for (let j = i + 1; j < u.length; j++) {
        const a = reg[u[i]];
        const c = reg[u[j]];
        if (!dobFar(a.dateOfBirth!, c.dateOfBirth!)) {
          r2++;
          if (r2ex.length < 3) r2ex.push(`${a.nameKh} ${a.dateOfBirth} / ${c.nameKh} ${c.dateOfBirth}`);
        }
      }
  }
  check(r2 === 0, `rule 2: registered namesakes have DOBs more than a swap or one digit apart (${r2} pairs bad)${r2ex.length ? ' e.g. ' + r2ex.join(' ; ') : ''}`);
  check(hidViol === 0, `rule 3: every hidden row that could pass by name is ruled out by a field on both sides (${hidViol} bad)${hidViolEx.length ? ' e.g. ' + hidViolEx.join(' ; ') : ''}`);

  // ---- rule 4
  const ids = new Set(on.map((o) => o.id));
  const v4 = on.every((o) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(o.id));
  const incr = on.every((o, i) => i === 0 || o.recordedAt > on[i - 1].recordedAt);
  const csvRows = on.filter((o) => o.source === 'csv').map((o) => o.sourceRow!);
  const csvOk = csvRows.every((s, i) => s === i + 1) && on.every((o) => (o.source === 'csv') === (o.sourceRow !== null));
  const truthOk = roster.truth.size === on.length && on.every((o) => roster.truth.has(o.id));
  // correlation between on-site position and the registered position of the truth
  const pairs = on.map((o, i) => [i, roster.truth.get(o.id) ? regIx.get(roster.truth.get(o.id)!)! : -1]).filter((x) => x[1] >= 0);
  const corr = (xs: number[][]) => {
    const n = xs.length;
    const mx = xs.reduce((s, x) => s + x[0], 0) / n;
    const my = xs.reduce((s, x) => s + x[1], 0) / n;
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (const [x, y] of xs) {
      sxy += (x - mx) * (y - my);
      sxx += (x - mx) ** 2;
      syy += (y - my) ** 2;
    }
    return sxy / Math.sqrt(sxx * syy);
  };
  const c1 = corr(pairs);
  const half = Math.floor(on.length / 2);
  const hidFirst = on.slice(0, half).filter((o) => roster.truth.get(o.id) === null).length;
  const hidExpected = hidRows.length / 2;
  const adjFam = (xs: Person[]) => xs.slice(1).filter((p, i) => p.fam >= 0 && p.fam === xs[i].fam && fams[p.fam].kind !== 'single').length;
  const regAdj = adjFam(regP);
  const onAdj = adjFam(rows.map((x) => persons[x.p]));
  const famMass = (xs: Person[]) => {
    const c = new Map<number, number>();
    for (const p of xs) if (p.fam >= 0 && fams[p.fam].kind !== 'single') c.set(p.fam, (c.get(p.fam) ?? 0) + 1);
    let s = 0;
    for (const v of c.values()) s += v * (v - 1);
    return s / Math.max(1, xs.length);
  };
  const regAdjExp = famMass(regP);
  const onAdjExp = famMass(rows.map((x) => persons[x.p]));
  const leakOk =
    Math.abs(c1) < 0.05 &&
    Math.abs(hidFirst - hidExpected) < 4 * Math.sqrt(hidExpected) + 2 &&
    regAdj <= 2 * regAdjExp + 10 &&
    onAdj <= 2 * onAdjExp + 10;
  check(
    ids.size === on.length && v4 && incr && csvOk && truthOk && leakOk,
    `rule 4: unique v4 UUIDs ${ids.size === on.length && v4}, recordedAt increasing ${incr}, sourceRow ${csvOk}, truth keys ${truthOk}; corr(row, register position) ${c1.toFixed(3)}, hidden in first half ${hidFirst} vs ${hidExpected.toFixed(0)}, relatives adjacent: register ${regAdj} (random ~${regAdjExp.toFixed(1)}), on-site ${onAdj} (random ~${onAdjExp.toFixed(1)})`,
  );
  check(undec / trueRows.length < 0.04, `rule 5: undecidable true rows ${pct(undec, trueRows.length)} (< 4%; generator estimate ${(100 * b.notes.undecidableGen).toFixed(1)}%)${undecEx.length ? ' e.g. ' + undecEx.slice(0, 2).join(' ; ') : ''}`);

  // ---- theme rates
  const share = famMembers.length / reg.length;
  const hr = hidRows.length / on.length;
  const ar = persons.filter((p) => p.absent).length / reg.length;
  const dobR = rows.filter((x) => x.dob).length / rows.length;
  const nidR = rows.filter((x) => x.nid).length / rows.length;
  const nssfR = rows.filter((x) => x.nssf).length / rows.length;
  const swR = rows.filter((x) => x.swapped).length / rows.length;
  const sizesOk = [...sizeHist.keys()].every((k) => k >= 2 && k <= 6);
  check(share >= 0.4 && share <= 0.6 && sizesOk, `theme: ${pct(famMembers.length, reg.length)} of workers in families of 2-6 (40-60%), sizes ok ${sizesOk}`);
  check(hr > 0.065 && hr < 0.095 && ar > 0.065 && ar < 0.095, `theme: hidden ${pct(hidRows.length, on.length)} of rows, absent ${pct(persons.filter((p) => p.absent).length, reg.length)} (~8% each)`);
  check(hidRel / hidRows.length > 0.6, `theme: hidden workers mostly relatives (${pct(hidRel, hidRows.length)})`);
  check(dobR > 0.66 && dobR < 0.76 && nidR > 0.3 && nidR < 0.4 && nssfR > 0.15 && nssfR < 0.25 && swR > 0.22 && swR < 0.28, `theme: DOB ${(100 * dobR).toFixed(1)}% (~70), national ID ${(100 * nidR).toFixed(1)}% (~35), NSSF ${(100 * nssfR).toFixed(1)}% (~20), swapped order ${(100 * swR).toFixed(1)}% (~25)`);

  // ---- schemas
  let badSchema = 0;
  for (const x of reg) if (!RegSchema.safeParse(x).success) badSchema++;
  for (const o of on) if (!OnSchema.safeParse(o).success) badSchema++;
  const extra = on.some((o) => 'statedStartDate' in o || 'wageRiel' in o);
  check(badSchema === 0 && !extra, `schemas: every RegisteredWorker and OnsiteWorker parses (${badSchema} bad), no statedStartDate/wageRiel`);

  // ---- determinism
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const again = ser(generateFiftythird(size, seed));
  const other = ser(generateFiftythird(size, seed + 1));
  check(again === ser(roster) && other !== again, `determinism: same seed identical ${again === ser(roster)}, seed ${seed + 1} differs ${other !== again}`);

  // ---- time
  const times: number[] = [];
  for (let k = 0; k < 3; k++) {
    const t1 = performance.now();
    generateFiftythird(10000, seed + 7 + k);
    times.push(performance.now() - t1);
  }
  const ms10k = Math.min(...times);
  check(ms10k < 2000, `time: 10,000 registered generated in ${ms10k.toFixed(0)} ms (best of ${times.map((x) => x.toFixed(0)).join('/')} ms; < 2000; this run ${genMs.toFixed(0)} ms); hidden fixes that failed in generation: ${b.notes.hiddenFixFail}`);

  console.log(fails.length ? `\nFAIL (${fails.length})` : '\nPASS');
  if (fails.length) process.exit(1);
}

if (process.argv[1]?.endsWith('fiftythird.ts')) {
  selfCheck().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
