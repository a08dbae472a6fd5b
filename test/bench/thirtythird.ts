/**
 * `thirtythird`: a blind, labelled benchmark roster. Theme: TWO EMPLOYER SHEETS MERGED INTO ONE LIST.
 *
 * The employer hands the inspector (a) a payroll export — Latin names in UPPER CASE, a national
 * ID on most rows, sex, sometimes an NSSF number or a date of birth — and (b) the floor
 * supervisor's attendance sheet — names in Khmer script or in by-ear Latin, few IDs, a date of
 * birth on some rows. The inspector's on-site list is the two CSVs concatenated (payroll rows
 * first, then attendance rows, numbered continuously as one file), plus a few people the
 * inspector added by hand (`manual`) or by reading their ID card (`id-card`) because they were on
 * neither sheet. So a worker on both sheets appears TWICE, written differently (Latin from payroll,
 * Khmer or another spelling from attendance), with fields present on one copy and missing on the
 * other. Both copies are the same person: in `truth` both map to the same registered workerId
 * (both to null for a hidden worker). An engine that calls the second copy of a registered worker
 * hidden makes a wrongful-hidden error; one that sends it to another registered worker makes a
 * wrong auto-match.
 *
 * Population (per seed; `size` = registered workers):
 * - register: 46 family names (Zipf-like) x 90 given names (by sex, 14 % unisex), so at 10,000
 *   most workers share their full name with someone (about 90 %; about 25 % at 1,000). National
 *   ID shown on 92 %, NSSF number on 97 %, Latin name on 92 %; DOB, sex, hire date always.
 * - registered: 4-6 % absent from both sheets; of those present, 24-32 % are on both sheets
 *   (listed twice), the rest split payroll-only 45 % (paid, not at work today), attendance-only
 *   51 %, inspector-added 4 % (manual or ID card).
 * - hidden (not registered): 6-9 % of on-site rows; mostly day labourers on the attendance sheet
 *   only (65 %), 18 % on both sheets (listed twice, both null), 9 % payroll-only, 8 % inspector-
 *   added. About 55 % are drawn as namesakes of a registered worker (most others collide by
 *   chance). 45 % carry the personal NSSF number of an earlier job elsewhere (matches nobody).
 * - payroll row: Latin UPPER; the register's romanization on ~55 % of rows, else another listed one;
 *   given-first order 8 %; one typo 3 %; national ID 85 % (one-digit slip 3 %); NSSF no. 35 %
 *   (slip 2 %); sex 95 %; DOB 25 % (day/month swap 3 %).
 * - attendance row: Khmer 65 % (separator space / zero-width space / none / double space; keyboard
 *   mark order swapped; coeng DA for coeng TA; the alternative Khmer spelling where the list has
 *   one; ZWSP inside ស្រី… names; given-first 10 %) or by-ear Latin 35 % (any listed romanization,
 *   Title/lower/UPPER case, given-first 20 %, one typo 6 %); national ID 12 % (slip 6 %); NSSF 4 %;
 *   sex 50 %; DOB 45 % (swap 8 %).
 * - inspector-added rows: `manual` (Khmer 55 % or Latin; sex 95 %, DOB 65 %, ID 35 %) or `id-card`
 *   (the card's Khmer name, ID, DOB and sex, exact).
 * - sheets tell namesakes apart: a row of a registered worker that another registered worker with
 *   a name within one edit could equally be gets, with probability 0.93, its ID number (30 %, if
 *   missing) and/or its DOB. A hidden row that could pass for a registered worker by name always
 *   carries a DOB (or an ID) that rules every such worker out (rule 3).
 *
 * FAIRNESS RULES (audited by the self-check; run `npx tsx test/bench/thirtythird.ts 10000 1`):
 *  1. A true row carries only plausible variants of its registered worker: listed romanizations or
 *     Khmer spellings, either order, any case, spaces/ZWSP/none between words, at most one typo in
 *     one Latin word of 4+ letters, Khmer encoding variants (mark order, coeng DA/TA, zero-width
 *     characters; NFC/NFD is a no-op for Khmer); national ID / NSSF exact or one slip (a mistyped
 *     or transposed digit); DOB exact or day/month swapped; sex right or missing. Extra variation
 *     modelled by the theme: the same person may appear on two rows, each on its own satisfying
 *     this rule.
 *  2. Registered namesakes (same full name in any listed spelling) never share a DOB and are more
 *     than a swap or one digit apart. All national IDs and NSSF numbers (registered, hidden, and
 *     the earlier-job NSSF numbers some hidden workers carry, never mistyped) are pairwise 2+
 *     edits apart.
 *  3. A hidden row either is not within one edit of any spelling variant of any registered name, or
 *     is ruled out from every registered worker it could pass for by a field present on BOTH sides
 *     (sex differs, DOB more than a swap / one digit apart, national IDs 2+ edits apart).
 *  4. Nothing leaks the truth: each sheet's rows are shuffled, on-site ids are random v4 UUIDs from
 *     the seeded PRNG, recordedAt increases in row order, registered workerIds are assigned after
 *     shuffling the register.
 *  5. Undecidable true rows (another registered worker compatible on name and every field present
 *     on both sides) stay under 4 %.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY_33, GIVEN_33 } from './thirtythird-names';

export const THIRTYTHIRD_LABEL =
  'two employer sheets merged (payroll export in Latin UPPER with IDs + attendance sheet in Khmer/by-ear Latin): ' +
  '20-35 % of on-list workers appear twice, written differently; both copies are the same person (same workerId, or both hidden)';

// ---------------------------------------------------------------------------------------------
// Normalization, distance, dates, IDs

const KH_RE = /[\u1780-\u17FF]/;
const KH_MARKS_RE = /[\u17B6-\u17D1\u17D3\u17DD]+/g;

/** Khmer name as one comparable string: no separators, marks in a fixed order, coeng DA → TA. */
export function normKh33(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\s\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\u17D2\u178A/g, '\u17D2\u178F')
    .replace(KH_MARKS_RE, (m) => [...m].sort().join(''));
}

export function normLat33(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
}

export function normName33(s: string): string {
  return KH_RE.test(s) ? normKh33(s) : normLat33(s);
}

/** Optimal-string-alignment distance <= 1 (one substitution, insertion, deletion or adjacent swap). */
export function within1(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (la === lb) {
    let i = 0;
    while (a[i] === b[i]) i++;
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  if (Math.abs(la - lb) !== 1) return false;
  const [lo, sh] = la > lb ? [a, b] : [b, a];
  let i = 0;
  while (i < sh.length && lo[i] === sh[i]) i++;
  return lo.slice(i + 1) === sh.slice(i);
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function swapDM(d: string): string | null {
  const day = Number(d.slice(8, 10));
  const month = Number(d.slice(5, 7));
  if (day > 12 || day === month) return null;
  return `${d.slice(0, 4)}-${d.slice(8, 10)}-${d.slice(5, 7)}`;
}

function oneDigitApart(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n === 1;
}

/** Same DOB, day/month swapped, or one digit apart: a human could not rule the pair out by DOB. */
export function dobNear(a: string, b: string): boolean {
  return a === b || swapDM(a) === b || oneDigitApart(a, b);
}

function idNeighbours(id: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < id.length; i++) {
    for (let d = 0; d < 10; d++) {
      const c = String(d);
      if (c !== id[i]) out.push(id.slice(0, i) + c + id.slice(i + 1));
    }
    if (i + 1 < id.length && id[i] !== id[i + 1]) out.push(id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2));
  }
  return out;
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];

/** True if some number within one substitution or adjacent transposition of v (9 digits) is taken. */
function neighbourTaken(v: number, used: Set<number>): boolean {
  for (let k = 0; k < 9; k++) {
    const w = POW10[k];
    const dk = Math.floor(v / w) % 10;
    for (let c = 0; c < 10; c++) if (c !== dk && used.has(v + (c - dk) * w)) return true;
    if (k < 8) {
      const w2 = POW10[k + 1];
      const dk2 = Math.floor(v / w2) % 10;
      if (dk2 !== dk && used.has(v + (dk2 - dk) * w + (dk - dk2) * w2)) return true;
    }
  }
  return false;
}

/**
 * A fresh 9-digit number below `below`, 2+ edits (substitution / adjacent transposition) from every
 * number already handed out from the same set, written with `lead` in front.
 */
function freshId(r: Rng, below: number, lead: string, used: Set<number>): string {
  for (;;) {
    const v = Math.floor(r.next() * below);
    if (used.has(v) || neighbourTaken(v, used)) continue;
    used.add(v);
    return lead + String(v).padStart(9, '0');
  }
}

/** One mistyped or transposed digit. */
function slipId(r: Rng, id: string): string {
  if (r.chance(0.5)) {
    const pos: number[] = [];
    for (let i = 0; i + 1 < id.length; i++) if (id[i] !== id[i + 1]) pos.push(i);
    if (pos.length) {
      const i = r.pick(pos);
      return id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
    }
  }
  const i = r.int(0, id.length - 1);
  let c = id[i];
  while (c === id[i]) c = String(r.int(0, 9));
  return id.slice(0, i) + c + id.slice(i + 1);
}

function uuid(r: Rng): string {
  const h: string[] = [];
  for (let i = 0; i < 32; i++) h.push(Math.floor(r.next() * 16).toString(16));
  h[12] = '4';
  h[16] = (8 + Math.floor(r.next() * 4)).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

// ---------------------------------------------------------------------------------------------
// Names: keys, variants, a one-edit index

/** A full name's identity: family index * 1000 + given index. */
type Key = number;
const famOf = (k: Key) => Math.floor(k / 1000);
const givOf = (k: Key) => k % 1000;

const variantCache = new Map<Key, string[]>();
/** Every comparable form of a full name: all romanizations and Khmer spellings, both orders. */
export function variantsOfKey33(k: Key): string[] {
  let v = variantCache.get(k);
  if (v) return v;
  const f = FAMILY_33[famOf(k)];
  const g = GIVEN_33[givOf(k)];
  const set = new Set<string>();
  for (const a of f.lat) for (const b of g.lat) {
    set.add(normLat33(a) + normLat33(b));
    set.add(normLat33(b) + normLat33(a));
  }
  for (const a of f.kh) for (const b of g.kh) {
    set.add(normKh33(a) + normKh33(b));
    set.add(normKh33(b) + normKh33(a));
  }
  v = [...set];
  variantCache.set(k, v);
  return v;
}

/** Register Khmer full name (either order, any encoding) → key. */
let khKeyMap: Map<string, Key> | null = null;
export function keyOfKh33(nameKh: string): Key | undefined {
  if (!khKeyMap) {
    khKeyMap = new Map();
    for (let f = 0; f < FAMILY_33.length; f++)
      for (let g = 0; g < GIVEN_33.length; g++)
        for (const a of FAMILY_33[f].kh) for (const b of GIVEN_33[g].kh) khKeyMap.set(normKh33(a) + normKh33(b), f * 1000 + g);
  }
  return khKeyMap.get(normKh33(nameKh));
}

interface WordRef {
  fam: boolean;
  i: number;
}

/**
 * Full names within one edit of any spelling variant of a listed name, found word by word: a
 * normalized name is split at every point, one side must be a listed spelling of a word exactly
 * and the other within one edit of one (plus a transposition across the split). This is the same
 * set as "within one edit of some concatenated variant", without indexing every full name.
 */
export class NameIndex33 {
  private exact = new Map<string, WordRef[]>();
  private dels = new Map<string, string[]>();
  private fuzzyMemo = new Map<string, WordRef[]>();
  private memo = new Map<string, Key[]>();
  private exactMemo = new Map<string, Key[]>();
  constructor() {
    const addSpelling = (x: string, ref: WordRef) => {
      let refs = this.exact.get(x);
      if (!refs) {
        refs = [];
        this.exact.set(x, refs);
        for (let j = 0; j < x.length; j++) {
          const d = x.slice(0, j) + x.slice(j + 1);
          const arr = this.dels.get(d);
          if (arr) arr.push(x);
          else this.dels.set(d, [x]);
        }
      }
      if (!refs.some((q) => q.fam === ref.fam && q.i === ref.i)) refs.push(ref);
    };
    for (const [list, fam] of [[FAMILY_33, true], [GIVEN_33, false]] as const) {
      list.forEach((w, i) => {
        for (const l of w.lat) addSpelling(normLat33(l), { fam, i });
        for (const k of w.kh) addSpelling(normKh33(k), { fam, i });
      });
    }
  }
  private fuzzy(x: string): WordRef[] {
    const hit = this.fuzzyMemo.get(x);
    if (hit) return hit;
    const xs = new Set<string>();
    if (this.exact.has(x)) xs.add(x);
    for (const v of this.dels.get(x) ?? []) xs.add(v);
    for (let j = 0; j < x.length; j++) {
      const d = x.slice(0, j) + x.slice(j + 1);
      if (this.exact.has(d)) xs.add(d);
      for (const v of this.dels.get(d) ?? []) xs.add(v);
    }
    const out: WordRef[] = [];
    for (const v of xs) if (within1(x, v)) out.push(...this.exact.get(v)!);
    this.fuzzyMemo.set(x, out);
    return out;
  }
  private static pair(keys: Set<Key>, a: WordRef, b: WordRef): void {
    if (a.fam && !b.fam) keys.add(a.i * 1000 + b.i);
    else if (!a.fam && b.fam) keys.add(b.i * 1000 + a.i);
  }
  /** Keys with a variant exactly equal to the normalized name. */
  exactKeys(norm: string): Key[] {
    const hit = this.exactMemo.get(norm);
    if (hit) return hit;
    const keys = new Set<Key>();
    for (let j = 1; j < norm.length; j++) {
      const ea = this.exact.get(norm.slice(0, j));
      if (!ea) continue;
      const eb = this.exact.get(norm.slice(j));
      if (eb) for (const a of ea) for (const b of eb) NameIndex33.pair(keys, a, b);
    }
    const out = [...keys];
    this.exactMemo.set(norm, out);
    return out;
  }
  /** Keys with a variant within one edit of the normalized name. */
  lookup(norm: string): Key[] {
    const hit = this.memo.get(norm);
    if (hit) return hit;
    const keys = new Set<Key>();
    for (let j = 1; j < norm.length; j++) {
      const pa = norm.slice(0, j);
      const pb = norm.slice(j);
      const ea = this.exact.get(pa);
      const eb = this.exact.get(pb);
      if (ea) for (const a of ea) for (const b of this.fuzzy(pb)) NameIndex33.pair(keys, a, b);
      if (eb) for (const a of this.fuzzy(pa)) for (const b of eb) NameIndex33.pair(keys, a, b);
      if (norm[j - 1] !== norm[j]) {
        const t = norm.slice(0, j - 1) + norm[j] + norm[j - 1] + norm.slice(j + 1);
        const ta = this.exact.get(t.slice(0, j));
        const tb = ta && this.exact.get(t.slice(j));
        if (ta && tb) for (const a of ta) for (const b of tb) NameIndex33.pair(keys, a, b);
      }
    }
    const out = [...keys];
    this.memo.set(norm, out);
    return out;
  }
}

// Khmer encoding variants -------------------------------------------------------------------

const SHIFTERS = '\u17C9\u17CA';
const isVowelSign = (c: string) => c >= '\u17B6' && c <= '\u17C5';

/** Swap one pair of marks into the order another keyboard produces; null if the word has none. */
function swapMarkOrder(w: string): string | null {
  for (let i = 0; i + 1 < w.length; i++) {
    const a = w[i];
    const b = w[i + 1];
    if ((SHIFTERS.includes(a) && isVowelSign(b)) || ((a === '\u17B6' || a === '\u17BB') && b === '\u17C6')) {
      return w.slice(0, i) + b + a + w.slice(i + 2);
    }
  }
  return null;
}

const isLetter = (c: string) => /[A-Za-z]/.test(c);

/** One typo in one word of 4+ letters; null if no such word. */
function typo(r: Rng, name: string): string | null {
  const toks = name.split(' ');
  const idx = toks.map((t, i) => (t.length >= 4 && [...t].every(isLetter) ? i : -1)).filter((i) => i >= 0);
  if (!idx.length) return null;
  const ti = r.pick(idx);
  const t = toks[ti];
  const upper = t === t.toUpperCase();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let out = t;
  for (let tries = 0; tries < 10 && out === t; tries++) {
    const i = r.int(1, t.length - 1);
    const op = r.int(0, 3);
    if (op === 0) {
      let c = r.pick([...letters]);
      if (upper) c = c.toUpperCase();
      out = t.slice(0, i) + c + t.slice(i + 1);
    } else if (op === 1) out = t.slice(0, i) + t.slice(i + 1);
    else if (op === 2) out = t.slice(0, i) + t[i] + t.slice(i);
    else if (i + 1 < t.length && t[i] !== t[i + 1]) out = t.slice(0, i) + t[i + 1] + t[i] + t.slice(i + 2);
    if (out.toLowerCase() === t.toLowerCase()) out = t;
  }
  if (out === t) return null;
  toks[ti] = out;
  return toks.join(' ');
}

// ---------------------------------------------------------------------------------------------
// Model

type Sheet = 'payroll' | 'attendance' | 'manual' | 'id-card';
type Presence = 'absent' | 'both' | 'payroll' | 'attendance' | 'manual' | 'id-card';

interface Person {
  key: Key;
  sex: 'M' | 'F';
  dob: string;
  /** The person's real ID card number (the register may not show it). */
  nid: string;
  /** The person's NSSF number, null if none is known. */
  nssf: string | null;
  famRom: number;
  givRom: number;
  reg: RegisteredWorker | null;
  presence: Presence;
}

/** What the self-check needs to know about a row beyond the roster itself. */
export interface RowMeta33 {
  person: number;
  hidden: boolean;
  sheet: Sheet;
  script: 'kh' | 'lat';
  orderSwap: boolean;
  typo: boolean;
  khSep: 'space' | 'zwsp' | 'none' | 'double' | null;
  khMarkOrder: boolean;
  khCoengDa: boolean;
  khAltSpelling: boolean;
  khInnerZwsp: boolean;
  nidSlip: boolean;
  nssfSlip: boolean;
  dobSwap: boolean;
  dobForNamesake: boolean;
  idForNamesake: boolean;
  strayNssf: boolean;
}

interface Draft {
  name: string;
  nationalId: string | null;
  nssfNumber: string | null;
  sex: 'M' | 'F' | null;
  dateOfBirth: string | null;
  meta: RowMeta33;
}

export interface Build33 {
  roster: Roster;
  meta: RowMeta33[];
  persons: number;
  hiddenPersons: number;
  absentRegistered: number;
}

const VISIT_ID = 'visit-thirtythird';
const VISIT_START = Date.UTC(2025, 2, 18, 1, 10, 0);
const DOB_LO = Date.UTC(1968, 0, 1);
const DOB_HI = Date.UTC(2006, 11, 31);

function compatible(row: { sex: string | null; dateOfBirth: string | null; nationalId: string | null; nssfNumber: string | null }, w: RegisteredWorker, useNssf: boolean): boolean {
  if (row.sex && w.sex && row.sex !== w.sex) return false;
  if (row.dateOfBirth && w.dateOfBirth && !dobNear(row.dateOfBirth, w.dateOfBirth)) return false;
  if (row.nationalId && w.nationalId && !within1(row.nationalId, w.nationalId)) return false;
  if (useNssf && row.nssfNumber && w.nssfNumber && !within1(row.nssfNumber, w.nssfNumber)) return false;
  return true;
}

export function buildThirtythird(size: number, seed: number): Build33 {
  const r = rng((seed * 2654435761 + 0x33) >>> 0);
  const usedNid = new Set<number>();
  const usedNssf = new Set<number>();
  const fams = FAMILY_33.map((_, i) => i);
  const femaleGiven = GIVEN_33.map((g, i) => (g.sex === 'F' ? i : -1)).filter((i) => i >= 0);
  const maleGiven = GIVEN_33.map((g, i) => (g.sex === 'M' ? i : -1)).filter((i) => i >= 0);
  const eitherGiven = GIVEN_33.map((g, i) => (g.sex === 'U' ? i : -1)).filter((i) => i >= 0);

  const drawKey = (sex: 'M' | 'F'): Key => {
    const f = r.pickSkewed(fams, 1.4);
    const g = r.chance(0.14) ? r.pick(eitherGiven) : r.pickSkewed(sex === 'F' ? femaleGiven : maleGiven, 1.25);
    return f * 1000 + g;
  };
  const randomDob = () => iso(DOB_LO + Math.floor(r.next() * ((DOB_HI - DOB_LO) / DAY)) * DAY);
  const romFor = (n: number, regular: number) => (r.chance(regular) ? 0 : r.int(0, n - 1));

  // --- the register ------------------------------------------------------------------------
  // namesakes' birth dates as yyyymmdd numbers, per name
  const dobsByKey = new Map<Key, number[]>();
  const dobNum = (d: string) => Number(d.slice(0, 4)) * 10000 + Number(d.slice(5, 7)) * 100 + Number(d.slice(8, 10));
  const numNear = (a: number, b: number, bSwap: number): boolean => {
    if (a === b || a === bSwap) return true;
    let x = Math.abs(a - b);
    let p = 0;
    while (x % 10 === 0) {
      x /= 10;
      p++;
    }
    return x < 10 && Math.floor(a / POW10[p + 1]) === Math.floor(b / POW10[p + 1]);
  };
  const dobTaken = (key: Key, d: string) => {
    const list = dobsByKey.get(key);
    if (!list) return false;
    const n = dobNum(d);
    const sw = swapDM(d);
    const ns = sw ? dobNum(sw) : -1;
    return list.some((e) => numNear(e, n, ns));
  };
  const regPersons: Person[] = [];
  for (let i = 0; i < size; i++) {
    const sex: 'M' | 'F' = r.chance(0.58) ? 'F' : 'M';
    const key = drawKey(sex);
    let dob = randomDob();
    while (dobTaken(key, dob)) dob = randomDob();
    const list = dobsByKey.get(key);
    if (list) list.push(dobNum(dob));
    else dobsByKey.set(key, [dobNum(dob)]);
    const nid = freshId(r, 3e8, '', usedNid);
    const nssf = r.chance(0.97) ? freshId(r, 1e9, '1', usedNssf) : null;
    const f = FAMILY_33[famOf(key)];
    const g = GIVEN_33[givOf(key)];
    const famRom = romFor(f.lat.length, 0.8);
    const givRom = romFor(g.lat.length, 0.75);
    const adult = Date.parse(dob) + Math.round(18 * 365.25 * DAY);
    const hireLo = Math.max(adult, Date.UTC(2010, 0, 1));
    const hireHi = Date.UTC(2025, 1, 28);
    const reg: RegisteredWorker = {
      workerId: '',
      nssfNumber: nssf,
      nationalId: r.chance(0.92) ? nid : null,
      nameKh: `${f.kh[0]} ${g.kh[0]}`,
      nameLatin: r.chance(0.92) ? `${f.lat[famRom]} ${g.lat[givRom]}`.toUpperCase() : null,
      sex,
      dateOfBirth: dob,
      hireDate: iso(hireLo + Math.floor(r.next() * Math.max(1, (hireHi - hireLo) / DAY)) * DAY),
      wageRiel: r.chance(0.95) ? r.int(7800, 18000) * 100 : null,
    };
    regPersons.push({ key, sex, dob, nid, nssf, famRom, givRom, reg, presence: 'absent' });
  }
  r.shuffle(regPersons);
  regPersons.forEach((p, i) => (p.reg!.workerId = `W${String(i + 1).padStart(6, '0')}`));
  const registered = regPersons.map((p) => p.reg!);

  const index = new NameIndex33();
  const regByKey = new Map<Key, RegisteredWorker[]>();
  for (const p of regPersons) {
    const list = regByKey.get(p.key);
    if (list) list.push(p.reg!);
    else regByKey.set(p.key, [p.reg!]);
  }
  /** Is some registered worker (other than `self`) with a name within one edit still compatible? */
  const anyOpen = (d: Draft, self: RegisteredWorker | null, useNssf: boolean): boolean => {
    for (const k of index.lookup(normName33(d.name))) {
      const ws = regByKey.get(k);
      if (ws) for (const w of ws) if (w !== self && compatible(d, w, useNssf)) return true;
    }
    return false;
  };

  // --- who is on which sheet ---------------------------------------------------------------
  const absentRate = 0.04 + r.next() * 0.02;
  const bothRate = 0.24 + r.next() * 0.08;
  let presentReg = 0;
  for (const p of regPersons) {
    if (r.chance(absentRate)) continue;
    presentReg++;
    const u = r.next();
    if (u < bothRate) p.presence = 'both';
    else {
      const v = r.next();
      p.presence = v < 0.45 ? 'payroll' : v < 0.96 ? 'attendance' : r.chance(0.5) ? 'manual' : 'id-card';
    }
  }

  const hiddenShare = 0.06 + r.next() * 0.03;
  const regRows = presentReg * (1 + bothRate);
  const hiddenCount = Math.max(3, Math.round(((hiddenShare / (1 - hiddenShare)) * regRows) / 1.18));
  const nearMemo = new Map<Key, RegisteredWorker[]>();
  /** Registered workers whose name is within one edit of some spelling of this name. */
  const nearOf = (key: Key): RegisteredWorker[] => {
    let near = nearMemo.get(key);
    if (near) return near;
    const keys = new Set<Key>();
    for (const v of variantsOfKey33(key)) for (const k of index.lookup(v)) keys.add(k);
    near = [...keys].flatMap((k) => regByKey.get(k) ?? []);
    nearMemo.set(key, near);
    return near;
  };
  const hidPersons: Person[] = [];
  for (let i = 0; i < hiddenCount; i++) {
    let key: Key;
    let sex: 'M' | 'F';
    if (r.chance(0.55)) {
      const model = r.pick(regPersons);
      key = model.key;
      const gs = GIVEN_33[givOf(key)].sex;
      sex = gs === 'U' ? (r.chance(0.5) ? 'F' : 'M') : gs;
    } else {
      sex = r.chance(0.55) ? 'F' : 'M';
      key = drawKey(sex);
    }
    const near = nearOf(key);
    let dob = randomDob();
    for (let t = 0; t < 500 && near.some((w) => w.dateOfBirth && dobNear(w.dateOfBirth, dob)); t++) dob = randomDob();
    const nid = freshId(r, 3e8, '', usedNid);
    const f = FAMILY_33[famOf(key)];
    const g = GIVEN_33[givOf(key)];
    const u = r.next();
    const presence: Presence = u < 0.65 ? 'attendance' : u < 0.83 ? 'both' : u < 0.92 ? 'payroll' : r.chance(0.5) ? 'manual' : 'id-card';
    // about half carry the personal NSSF number of an earlier job elsewhere: it matches nobody here
    const nssf = r.chance(0.45) ? freshId(r, 1e9, '1', usedNssf) : null;
    hidPersons.push({ key, sex, dob, nid, nssf, famRom: romFor(f.lat.length, 0.7), givRom: romFor(g.lat.length, 0.7), reg: null, presence });
  }

  const persons = [...regPersons, ...hidPersons];

  // --- rendering ---------------------------------------------------------------------------
  const caseTitle = (s: string) => s.split(' ').map((t) => t.charAt(0).toUpperCase() + t.slice(1).toLowerCase()).join(' ');

  const latinName = (p: Person, sheet: Sheet, m: RowMeta33, allowTypo: boolean): string => {
    const f = FAMILY_33[famOf(p.key)];
    const g = GIVEN_33[givOf(p.key)];
    let fr: string;
    let gr: string;
    if (sheet === 'payroll') {
      const same = p.reg?.nameLatin != null && r.chance(0.55);
      fr = f.lat[same ? p.famRom : romFor(f.lat.length, 0.5)];
      gr = g.lat[same ? p.givRom : romFor(g.lat.length, 0.5)];
    } else {
      fr = r.pick(f.lat);
      gr = r.pick(g.lat);
    }
    m.orderSwap = r.chance(sheet === 'payroll' ? 0.08 : sheet === 'attendance' ? 0.2 : 0.1);
    let name = m.orderSwap ? `${gr} ${fr}` : `${fr} ${gr}`;
    if (allowTypo && r.chance(sheet === 'payroll' ? 0.03 : sheet === 'attendance' ? 0.06 : 0.03)) {
      const t = typo(r, name);
      if (t) {
        name = t;
        m.typo = true;
      }
    }
    if (sheet === 'payroll') return name.toUpperCase();
    const c = r.next();
    return c < 0.7 ? caseTitle(name) : c < 0.85 ? name.toLowerCase() : name.toUpperCase();
  };

  const khWord = (spellings: readonly string[], m: RowMeta33, plain: boolean): string => {
    let w = spellings[0];
    if (plain) return w;
    if (spellings.length > 1 && r.chance(0.35)) {
      w = r.pick(spellings.slice(1));
      m.khAltSpelling = true;
    }
    if (r.chance(0.15)) {
      const s = swapMarkOrder(w);
      if (s) {
        w = s;
        m.khMarkOrder = true;
      }
    }
    if (w.includes('\u17D2\u178F') && r.chance(0.3)) {
      w = w.replace('\u17D2\u178F', '\u17D2\u178A');
      m.khCoengDa = true;
    }
    if (w.startsWith('ស្រី') && w.length > 4 && r.chance(0.2)) {
      w = `ស្រី\u200B${w.slice(4)}`;
      m.khInnerZwsp = true;
    }
    return w;
  };

  const khmerName = (p: Person, sheet: Sheet, m: RowMeta33): string => {
    const plain = sheet === 'id-card';
    const f = khWord(FAMILY_33[famOf(p.key)].kh, m, plain);
    const g = khWord(GIVEN_33[givOf(p.key)].kh, m, plain);
    if (plain) {
      m.khSep = 'space';
      return `${f} ${g}`;
    }
    const u = r.next();
    m.khSep = u < 0.55 ? 'space' : u < 0.8 ? 'zwsp' : u < 0.92 ? 'none' : 'double';
    const sep = { space: ' ', zwsp: '\u200B', none: '', double: '  ' }[m.khSep];
    m.orderSwap = r.chance(0.1);
    return m.orderSwap ? `${g}${sep}${f}` : `${f}${sep}${g}`;
  };

  interface SheetRates { nid: number; nidSlip: number; nssf: number; nssfSlip: number; sex: number; dob: number; dobSwap: number; kh: number }
  const RATES: Record<Sheet, SheetRates> = {
    payroll: { nid: 0.85, nidSlip: 0.03, nssf: 0.35, nssfSlip: 0.02, sex: 0.95, dob: 0.25, dobSwap: 0.03, kh: 0 },
    attendance: { nid: 0.12, nidSlip: 0.06, nssf: 0.04, nssfSlip: 0.03, sex: 0.5, dob: 0.45, dobSwap: 0.08, kh: 0.65 },
    manual: { nid: 0.35, nidSlip: 0.03, nssf: 0.05, nssfSlip: 0.02, sex: 0.95, dob: 0.65, dobSwap: 0.05, kh: 0.55 },
    'id-card': { nid: 1, nidSlip: 0, nssf: 0, nssfSlip: 0, sex: 1, dob: 1, dobSwap: 0, kh: 1 },
  };

  const rowDob = (p: Person, rates: SheetRates, m: RowMeta33): string => {
    if (r.chance(rates.dobSwap)) {
      const s = swapDM(p.dob);
      if (s) {
        m.dobSwap = true;
        return s;
      }
    }
    return p.dob;
  };

  const render = (pi: number, sheet: Sheet, allowTypo: boolean): Draft => {
    const p = persons[pi];
    const rates = RATES[sheet];
    const m: RowMeta33 = {
      person: pi, hidden: p.reg === null, sheet, script: 'lat', orderSwap: false, typo: false, khSep: null,
      khMarkOrder: false, khCoengDa: false, khAltSpelling: false, khInnerZwsp: false,
      nidSlip: false, nssfSlip: false, dobSwap: false, dobForNamesake: false, idForNamesake: false, strayNssf: false,
    };
    const kh = r.chance(rates.kh);
    m.script = kh ? 'kh' : 'lat';
    const name = kh ? khmerName(p, sheet, m) : latinName(p, sheet, m, allowTypo);
    let nationalId: string | null = null;
    if (r.chance(rates.nid)) {
      m.nidSlip = r.chance(rates.nidSlip);
      nationalId = m.nidSlip ? slipId(r, p.nid) : p.nid;
    }
    let nssfNumber: string | null = null;
    if (p.nssf && r.chance(rates.nssf)) {
      m.nssfSlip = !!p.reg && r.chance(rates.nssfSlip);
      nssfNumber = m.nssfSlip ? slipId(r, p.nssf) : p.nssf;
      m.strayNssf = !p.reg;
    }
    const sex = r.chance(rates.sex) ? p.sex : null;
    const dateOfBirth = r.chance(rates.dob) ? rowDob(p, rates, m) : null;
    return { name, nationalId, nssfNumber, sex, dateOfBirth, meta: m };
  };

  const renderRegistered = (pi: number, sheet: Sheet): Draft => {
    const p = persons[pi];
    const d = render(pi, sheet, true);
    const open = () => anyOpen(d, p.reg, true);
    if (open() && r.chance(0.93)) {
      // the sheet tells namesakes apart: usually a birth date, sometimes the ID card number
      const useId = !d.nationalId && r.chance(0.3);
      if (useId) {
        d.nationalId = p.nid;
        d.meta.idForNamesake = true;
      }
      if ((!useId || open()) && !d.dateOfBirth) {
        d.dateOfBirth = rowDob(p, RATES[sheet], d.meta);
        d.meta.dobForNamesake = true;
      }
    }
    return d;
  };

  const renderHidden = (pi: number, sheet: Sheet): Draft => {
    const p = persons[pi];
    let d = render(pi, sheet, true);
    for (let attempt = 0; attempt < 12; attempt++) {
      const ok = (x: Draft) => !anyOpen(x, null, false);
      if (ok(d)) return d;
      if (!d.dateOfBirth || d.dateOfBirth !== p.dob) {
        d.dateOfBirth = p.dob;
        d.meta.dobSwap = false;
        d.meta.dobForNamesake = true;
        if (ok(d)) return d;
      }
      if (!d.nationalId || d.meta.nidSlip) {
        d.nationalId = p.nid;
        d.meta.nidSlip = false;
        if (ok(d)) return d;
      }
      d = render(pi, sheet, attempt < 4);
    }
    return d; // the self-check reports it if still unfair
  };

  const renderRow = (pi: number, sheet: Sheet) => (persons[pi].reg ? renderRegistered(pi, sheet) : renderHidden(pi, sheet));

  const onPayroll: number[] = [];
  const onAttendance: number[] = [];
  const added: number[] = [];
  persons.forEach((p, i) => {
    if (p.presence === 'both' || p.presence === 'payroll') onPayroll.push(i);
    if (p.presence === 'both' || p.presence === 'attendance') onAttendance.push(i);
    if (p.presence === 'manual' || p.presence === 'id-card') added.push(i);
  });
  r.shuffle(onPayroll);
  r.shuffle(onAttendance);
  r.shuffle(added);

  const drafts: Draft[] = [
    ...onPayroll.map((i) => renderRow(i, 'payroll')),
    ...onAttendance.map((i) => renderRow(i, 'attendance')),
    ...added.map((i) => renderRow(i, persons[i].presence === 'id-card' ? 'id-card' : 'manual')),
  ];

  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  let t = VISIT_START;
  let csvRow = 0;
  for (const d of drafts) {
    const csv = d.meta.sheet === 'payroll' || d.meta.sheet === 'attendance';
    t += csv ? r.int(40, 400) : r.int(30_000, 240_000);
    const id = uuid(r);
    onsite.push({
      id,
      visitId: VISIT_ID,
      name: d.name,
      nationalId: d.nationalId,
      nssfNumber: d.nssfNumber,
      sex: d.sex,
      dateOfBirth: d.dateOfBirth,
      source: csv ? 'csv' : d.meta.sheet === 'id-card' ? 'id-card' : 'manual',
      sourceRow: csv ? ++csvRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, persons[d.meta.person].reg?.workerId ?? null);
  }

  return {
    roster: { registered, onsite, truth },
    meta: drafts.map((d) => d.meta),
    persons: persons.filter((p) => p.presence !== 'absent').length,
    hiddenPersons: hidPersons.length,
    absentRegistered: regPersons.filter((p) => p.presence === 'absent').length,
  };
}

export function generateThirtythird(size: number, seed: number): Roster {
  return buildThirtythird(size, seed).roster;
}

// ---------------------------------------------------------------------------------------------
// Self-check

async function selfCheck(size: number, seed: number): Promise<boolean> {
  const { OnsiteWorker: OnsiteSchema, RegisteredWorker: RegisteredSchema } = await import('../../src/protocol');
  const fails: string[] = [];
  const check = (ok: boolean, what: string) => {
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
    if (!ok) fails.push(what);
  };
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(2)} %` : 'n/a');

  // name lists
  const romOwner = new Map<string, string>();
  let romClash = 0;
  let khBad = 0;
  for (const [list, tag] of [[FAMILY_33, 'F'], [GIVEN_33, 'G']] as const) {
    list.forEach((w, i) => {
      for (const k of w.kh) if (![...k].every((c) => KH_RE.test(c))) khBad++;
      for (const l of w.lat) {
        const n = normLat33(l);
        const owner = `${tag}${i}`;
        if (romOwner.has(n) && romOwner.get(n) !== owner) romClash++;
        romOwner.set(n, owner);
      }
    });
  }

  const t0 = performance.now();
  const b = buildThirtythird(size, seed);
  const genMs = performance.now() - t0;
  const { registered, onsite, truth } = b.roster;
  const meta = b.meta;
  const byId = new Map(registered.map((w, i) => [w.workerId, { w, i }]));

  // shape
  const rows = onsite.length;
  const hiddenRows = onsite.filter((o) => truth.get(o.id) === null).length;
  const seen = new Set<number>();
  let secondCopies = 0;
  const firstRow = new Map<number, number>();
  const pairs: [number, number][] = [];
  meta.forEach((m, i) => {
    if (seen.has(m.person)) {
      secondCopies++;
      pairs.push([firstRow.get(m.person)!, i]);
    } else {
      seen.add(m.person);
      firstRow.set(m.person, i);
    }
  });
  const twice = pairs.length;
  const hiddenTwice = pairs.filter(([a]) => meta[a].hidden).length;
  const count = (f: (m: RowMeta33, i: number) => boolean) => meta.filter(f).length;
  const sheetRows = (s: Sheet) => count((m) => m.sheet === s);
  const latRows = count((m) => m.script === 'lat');
  const khRows = count((m) => m.script === 'kh');
  const namesDiffer = pairs.filter(([a, c]) => normName33(onsite[a].name) !== normName33(onsite[c].name)).length;
  const scriptDiffer = pairs.filter(([a, c]) => meta[a].script !== meta[c].script).length;
  const fieldGap = pairs.filter(([a, c]) => {
    const x = onsite[a];
    const y = onsite[c];
    return (!x.nationalId !== !y.nationalId) || (!x.dateOfBirth !== !y.dateOfBirth) || (!x.sex !== !y.sex) || (!x.nssfNumber !== !y.nssfNumber);
  }).length;

  console.log(`thirtythird size=${size} seed=${seed}: ${THIRTYTHIRD_LABEL}`);
  console.log(`  registered ${registered.length}, absent from both sheets ${b.absentRegistered} (${pct(b.absentRegistered, registered.length)})`);
  console.log(`  on-site rows ${rows}: payroll ${sheetRows('payroll')}, attendance ${sheetRows('attendance')}, manual ${sheetRows('manual')}, id-card ${sheetRows('id-card')}`);
  console.log(`  distinct people on the list ${b.persons}; listed twice ${twice} (${pct(twice, b.persons)}), of them hidden ${hiddenTwice}`);
  console.log(`  SECOND COPIES (rows repeating a person already listed above): ${secondCopies} (${pct(secondCopies, rows)} of rows)`);
  console.log(`  duplicate pairs written differently ${pct(namesDiffer, twice)}, in different scripts ${pct(scriptDiffer, twice)}, a field on one copy only ${pct(fieldGap, twice)}`);
  console.log(`  hidden rows ${hiddenRows} (${pct(hiddenRows, rows)}), hidden people ${b.hiddenPersons}`);
  console.log(`  scripts: Latin ${pct(latRows, rows)}, Khmer ${pct(khRows, rows)}`);
  console.log(`  Khmer rows: ZWSP separator ${pct(count((m) => m.khSep === 'zwsp'), khRows)}, no separator ${pct(count((m) => m.khSep === 'none'), khRows)}, double space ${pct(count((m) => m.khSep === 'double'), khRows)}, mark order ${pct(count((m) => m.khMarkOrder), khRows)}, coeng DA ${pct(count((m) => m.khCoengDa), khRows)}, alt spelling ${pct(count((m) => m.khAltSpelling), khRows)}, inner ZWSP ${pct(count((m) => m.khInnerZwsp), khRows)}`);
  console.log(`  order swaps ${pct(count((m) => m.orderSwap), rows)}, Latin typos ${pct(count((m) => m.typo), latRows)} of Latin rows`);
  const withNid = onsite.filter((o) => o.nationalId).length;
  const withNssf = onsite.filter((o) => o.nssfNumber).length;
  const withDob = onsite.filter((o) => o.dateOfBirth).length;
  const withSex = onsite.filter((o) => o.sex).length;
  console.log(`  fields: national ID ${pct(withNid, rows)} (slips ${count((m) => m.nidSlip)}), NSSF ${pct(withNssf, rows)} (slips ${count((m) => m.nssfSlip)}, stray ${count((m) => m.strayNssf)}), DOB ${pct(withDob, rows)} (swaps ${count((m) => m.dobSwap)}, added to tell namesakes apart ${count((m) => m.dobForNamesake)}), sex ${pct(withSex, rows)}; IDs added to tell namesakes apart ${count((m) => m.idForNamesake)}`);
  for (const s of ['payroll', 'attendance'] as const) {
    const idx = meta.map((m, i) => (m.sheet === s ? i : -1)).filter((i) => i >= 0);
    const f = (g: (o: OnsiteWorker) => unknown) => pct(idx.filter((i) => g(onsite[i])).length, idx.length);
    console.log(`    ${s}: ID ${f((o) => o.nationalId)}, NSSF ${f((o) => o.nssfNumber)}, DOB ${f((o) => o.dateOfBirth)}, sex ${f((o) => o.sex)}, hidden ${f((o) => truth.get(o.id) === null)}`);
  }

  console.log('audit:');
  check(romClash === 0 && khBad === 0, `name lists: every romanization belongs to one word (${romClash} clashes), Khmer spellings are Khmer (${khBad} bad)`);
  const dupShare = twice / b.persons;
  check(dupShare >= 0.2 && dupShare <= 0.35, `workers listed twice ${pct(twice, b.persons)} of people on the list, within 20-35 %`);
  check(hiddenRows / rows >= 0.05 && hiddenRows / rows <= 0.1, `hidden rows ${pct(hiddenRows, rows)} within 5-10 %`);
  check(b.absentRegistered / registered.length >= 0.03 && b.absentRegistered / registered.length <= 0.07, `absent registered ${pct(b.absentRegistered, registered.length)} within 3-7 %`);

  // registered keys and the audit's own index
  const keyOf = new Map<string, Key>();
  let unknownKh = 0;
  for (const w of registered) {
    const k = keyOfKh33(w.nameKh);
    if (k === undefined) unknownKh++;
    else keyOf.set(w.workerId, k);
  }
  check(unknownKh === 0, `every registered Khmer name parses to a listed name (${unknownKh} do not)`);
  const idx = new NameIndex33();
  const regByKey = new Map<Key, RegisteredWorker[]>();
  for (const w of registered) {
    const k = keyOf.get(w.workerId)!;
    const l = regByKey.get(k);
    if (l) l.push(w);
    else regByKey.set(k, [w]);
  }
  const cands = (name: string) => idx.lookup(normName33(name)).flatMap((k) => regByKey.get(k) ?? []);

  // rule 1
  let bad1 = 0;
  const bad1Examples: string[] = [];
  for (const o of onsite) {
    const wid = truth.get(o.id);
    if (!wid) continue;
    const w = byId.get(wid)!.w;
    const n = normName33(o.name);
    const vars = variantsOfKey33(keyOf.get(wid)!);
    const nameOk = vars.includes(n) || (!KH_RE.test(o.name) && vars.some((v) => within1(n, v)));
    const nidOk = !o.nationalId || !w.nationalId || within1(o.nationalId, w.nationalId);
    const nssfOk = !o.nssfNumber || !w.nssfNumber || within1(o.nssfNumber, w.nssfNumber);
    const dobOk = !o.dateOfBirth || !w.dateOfBirth || o.dateOfBirth === w.dateOfBirth || swapDM(w.dateOfBirth) === o.dateOfBirth;
    const sexOk = !o.sex || o.sex === w.sex;
    if (!(nameOk && nidOk && nssfOk && dobOk && sexOk)) {
      bad1++;
      if (bad1Examples.length < 3) bad1Examples.push(`${o.name} ~ ${w.nameKh}/${w.nameLatin}`);
    }
  }
  check(bad1 === 0, `rule 1: true rows carry only plausible variants (${bad1} violate)${bad1Examples.length ? ' e.g. ' + bad1Examples.join('; ') : ''}`);

  // rule 2
  let bad2 = 0;
  let namesakeGroups = 0;
  let inNamesakeGroups = 0;
  const groupOf = new Map<Key, Set<Key>>();
  for (const k of regByKey.keys()) {
    const g = new Set<Key>([k]);
    for (const v of variantsOfKey33(k)) for (const k2 of idx.exactKeys(v)) g.add(k2);
    groupOf.set(k, g);
  }
  for (const [k, g] of groupOf) {
    const ws = [...g].filter((x) => x >= k).flatMap((x) => regByKey.get(x) ?? []);
    if (regByKey.get(k)!.length > 1) {
      namesakeGroups++;
      inNamesakeGroups += regByKey.get(k)!.length;
    }
    for (let i = 0; i < ws.length; i++)
      for (let j = i + 1; j < ws.length; j++) {
        const a = ws[i].dateOfBirth;
        const c = ws[j].dateOfBirth;
        if (a && c && dobNear(a, c)) bad2++;
      }
  }
  const nidSet = new Set(registered.map((w) => w.nationalId).filter((x): x is string => !!x));
  let nidClose = 0;
  for (const n of nidSet) if (idNeighbours(n).some((x) => nidSet.has(x))) nidClose++;
  console.log(`  registered names shared: ${namesakeGroups} names held by ${inNamesakeGroups} workers (${pct(inNamesakeGroups, registered.length)})`);
  check(bad2 === 0 && nidClose === 0, `rule 2: namesake pairs with DOB within a swap/one digit ${bad2}; registered national IDs within one slip of another ${nidClose} (of ${nidSet.size})`);

  // rule 3
  let bad3 = 0;
  let hiddenNamesakeRows = 0;
  const bad3Examples: string[] = [];
  for (const o of onsite) {
    if (truth.get(o.id) !== null) continue;
    const cs = cands(o.name);
    if (cs.length) hiddenNamesakeRows++;
    const open = cs.filter((w) => compatible(o, w, false));
    if (open.length) {
      bad3++;
      if (bad3Examples.length < 3) bad3Examples.push(`${o.name} could be ${open[0].workerId}`);
    }
  }
  console.log(`  hidden rows that could pass for a registered worker by name: ${hiddenNamesakeRows} (${pct(hiddenNamesakeRows, hiddenRows)} of hidden rows)`);
  check(bad3 === 0, `rule 3: every hidden row is unmatched by name or ruled out by a field on both sides (${bad3} are not)${bad3Examples.length ? ' e.g. ' + bad3Examples.join('; ') : ''}`);

  // rule 4
  const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const idsOk = onsite.every((o) => UUID4.test(o.id)) && new Set(onsite.map((o) => o.id)).size === rows;
  let increasing = true;
  for (let i = 1; i < rows; i++) if (!(onsite[i].recordedAt > onsite[i - 1].recordedAt)) increasing = false;
  const truthOk = truth.size === rows && onsite.every((o) => truth.has(o.id)) && [...truth.values()].every((v) => v === null || byId.has(v));
  const wids = new Set(registered.map((w) => w.workerId));
  let up = 0;
  let adj = 0;
  let prev = -1;
  for (const o of onsite) {
    const v = truth.get(o.id);
    if (!v) continue;
    const i = byId.get(v)!.i;
    if (prev >= 0) {
      adj++;
      if (i > prev) up++;
    }
    prev = i;
  }
  const upShare = up / Math.max(1, adj);
  const spread: number[] = [];
  for (const s of ['payroll', 'attendance'] as const) {
    const ix = meta.map((m, i) => (m.sheet === s ? i : -1)).filter((i) => i >= 0);
    const hid = ix.map((i, j) => (truth.get(onsite[i].id) === null ? j / Math.max(1, ix.length - 1) : -1)).filter((x) => x >= 0);
    if (hid.length >= 20) spread.push(hid.reduce((a, c) => a + c, 0) / hid.length);
  }
  const spreadOk = spread.every((x) => Math.abs(x - 0.5) < 0.12);
  check(idsOk && increasing && truthOk && wids.size === registered.length, `rule 4: ids are unique v4 UUIDs, recordedAt increases, truth covers every row, workerIds unique`);
  check(Math.abs(upShare - 0.5) < 0.08 && spreadOk, `rule 4: row order carries no truth (register order rises on ${pct(up, adj)} of adjacent true rows; hidden rows' mean position per sheet ${spread.map((x) => x.toFixed(2)).join(', ')})`);

  // rule 5
  let undecidable = 0;
  let trueRows = 0;
  for (const o of onsite) {
    const wid = truth.get(o.id);
    if (!wid) continue;
    trueRows++;
    if (cands(o.name).some((w) => w.workerId !== wid && compatible(o, w, true))) undecidable++;
  }
  check(undecidable / trueRows < 0.04, `rule 5: undecidable true rows ${undecidable} (${pct(undecidable, trueRows)}) under 4 %`);

  // schemas
  const badReg = registered.filter((w) => !RegisteredSchema.safeParse(w).success).length;
  const badOn = onsite.filter((o) => !OnsiteSchema.safeParse(o).success).length;
  const noExtras = onsite.every((o) => !('statedStartDate' in o) && !('wageRiel' in o));
  check(badReg === 0 && badOn === 0 && noExtras, `schemas: registered ${badReg} invalid, on-site ${badOn} invalid (all rows parsed), no statedStartDate/wageRiel`);

  // determinism
  const dump = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const again = dump(generateThirtythird(size, seed));
  const other = dump(generateThirtythird(size, seed + 1));
  const mine = dump(b.roster);
  check(again === mine && other !== mine, 'determinism: same seed identical, another seed differs');

  // time
  // wall clock, best of three (other processes may share the machine), with the CPU time beside it
  let tenK = Infinity;
  let tenKCpu = Infinity;
  for (let i = 0; i < 3; i++) {
    const c = process.cpuUsage();
    const t1 = performance.now();
    generateThirtythird(10_000, seed + 100 + i);
    const wall = performance.now() - t1;
    const cpu = process.cpuUsage(c);
    tenK = Math.min(tenK, wall);
    tenKCpu = Math.min(tenKCpu, (cpu.user + cpu.system) / 1000);
  }
  check(tenK < 2000, `10k generation ${tenK.toFixed(0)} ms wall, ${tenKCpu.toFixed(0)} ms CPU (best of 3; this run's ${size}: ${genMs.toFixed(0)} ms, cold) under 2 s`);

  console.log(fails.length ? `FAIL (${fails.length})` : 'PASS');
  return fails.length === 0;
}

if (process.argv[1]?.endsWith('thirtythird.ts')) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  selfCheck(size, seed).then((ok) => process.exit(ok ? 0 : 1));
}
