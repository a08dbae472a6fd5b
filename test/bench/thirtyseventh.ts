/**
 * `thirtyseventh`: a blind, labelled roster generator. Theme: re-issued ID cards and an employer's
 * own staff numbers.
 *
 * The story. Cambodia has re-issued national ID cards. About 15 % of the registered workers found on
 * site now carry a NEW card whose number has nothing to do with the old number the fund registered
 * them with; wherever their row shows a national ID, it is the new number. The employer's sheet
 * (source 'csv') has an "NSSF" column that, for about a third of its rows, holds the employer's
 * internal staff number instead (EMP-0421, A0421, or 4-6 digits), for registered and hidden workers
 * alike. The rest of the IDs are right or one slip off. Hidden workers (~7 % of on-site rows) are:
 * namesakes of registered workers (same name, told apart by date of birth or sex); people using a
 * registered relative's OLD card number (same family name, a given name that does not fit, a date
 * of birth at least three years away); and other people. About 6 % of registered workers are absent.
 *
 * Fairness rules (audited by the self-check at the bottom; `npx tsx test/bench/thirtyseventh.ts 10000 1`):
 *  1. A true on-site row carries only plausible variants of its registered worker: a listed
 *     romanization of each word, either order, any case, at most one typo (substitution, deletion,
 *     insertion or adjacent transposition) in one word of 4+ letters; Khmer written with ZWSP or no
 *     separator, another keyboard's code point order (shifter after vowel, coeng RO typed first,
 *     vowel typed before a subscript RO), or NFD (code-point identical for Khmer); national ID and
 *     NSSF exact or one slip (one digit changed or two adjacent digits swapped); DOB exact or
 *     day/month swapped; sex right or missing. Extra variation modelled by this theme, which a human
 *     still recognises: (a) a national ID with nothing in common with the registered one, only on
 *     rows whose DOB is present (a re-issued card, or a card the register never recorded); it is
 *     never within one slip of any registered national ID; (b) an employer staff number in the NSSF
 *     field, whose format (EMP-dddd, Adddd, 4-6 digits) can never be confused with a 10-digit NSSF
 *     number.
 *  2. Registered namesakes (any two workers sharing a full-name spelling in either script and
 *     either order) have dates of birth more than a day/month swap, one digit or one adjacent digit
 *     transposition apart. Near-namesakes of the same sex (names one edit apart) never share a
 *     date of birth or its day/month swap.
 *  3. A hidden row either cannot pass for any registered worker by name (its name is not within one
 *     edit of any spelling variant of theirs), or it is ruled out from every worker it could pass
 *     for by a field present on both sides: sex differs, or DOB more than a swap/one digit apart.
 *     National IDs are NEVER used to rule a namesake out (a differing ID may be a re-issued card).
 *     A hidden row using a relative's old card number matches that relative's ID exactly, but its
 *     name cannot pass for the relative (or, failing that, sex/DOB rule the relative out).
 *  4. Nothing leaks the truth: on-site rows are shuffled; ids are v4 UUIDs from the seeded PRNG;
 *     recordedAt increases in row order; sourceRow numbers the csv rows in row order; registered
 *     workers are shuffled before their ids are assigned. Staff numbers, sources and name
 *     presentation are drawn the same way for true and hidden rows.
 *  5. Undecidable true rows (another registered worker consistent with every field present, no ID
 *     singling the truth out, and no exact-versus-typo name difference) stay under 4 %. When a
 *     generated true row would be undecidable, the inspector usually (85 %) asked for the DOB/sex.
 *
 * Rates (approximate, 10,000 registered): sources csv 55 % / manual 35 % / id-card 10 %; names in
 * Khmer ~44 % (a third with ZWSP, 1 in 6 with no separator, ~11 % another keyboard's order); Latin
 * romanization differs from the register's on ~30 % of Latin rows; order swapped 15 % (Latin) / 5 %
 * (Khmer); typo 6 % of Latin rows; national ID on ~59 % of true rows (15 % of those a re-issued
 * card, 4 % a card the register lacks, 5 % one slip); NSSF column: staff number on a third of csv
 * rows, real NSSF on ~36 % of true rows (6 % slipped); DOB on ~85 % of true rows (10 % of swappable
 * dates swapped), on every hidden row that has a name candidate; sex on ~85 % of rows.
 */
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import { FAMILY37, GIVEN37, type NameWord37 } from './thirtyseventh-names';

export const THIRTYSEVENTH_LABEL =
  'Re-issued national ID cards (~15 % of on-site workers show a new number) and employer staff numbers in the NSSF column (a third of sheet rows)';

type Sex = 'M' | 'F';
type Source = 'manual' | 'csv' | 'id-card';

// ---------------------------------------------------------------------------------------------
// Text helpers

const ZWSP = '\u200B';
const COENG = 0x17d2;
const RO = 0x179a;

export function isKhmer37(s: string): boolean {
  return /[\u1780-\u17FF]/.test(s);
}

export function latinKey37(s: string): string {
  return s.toLowerCase().replace(/[^a-z]/g, '');
}

const isShifter = (c: number) => c === 0x17c9 || c === 0x17ca;
const isVowel = (c: number) => c >= 0x17b4 && c <= 0x17c5;
const isMark = (c: number) => (c >= 0x17b4 && c <= 0x17d3) || c === 0x17dd;

/** A canonical key for a Khmer name: separators dropped, marks of each cluster in one fixed order. */
export function khmerKey37(s: string): string {
  const cps = [...s.normalize('NFC').replace(/[\s\u200B-\u200D\uFEFF]/g, '')].map((c) => c.codePointAt(0)!);
  const out: number[] = [];
  let i = 0;
  while (i < cps.length) {
    const base = cps[i++];
    const units: { cls: number; cps: number[] }[] = [];
    while (i < cps.length && isMark(cps[i])) {
      const c = cps[i];
      if (c === COENG && i + 1 < cps.length) {
        const sub = cps[i + 1];
        units.push({ cls: sub === RO ? 1 : 0, cps: [c, sub] });
        i += 2;
      } else {
        units.push({ cls: isShifter(c) ? 2 : isVowel(c) ? 3 : 4, cps: [c] });
        i += 1;
      }
    }
    units.sort((a, b) => a.cls - b.cls); // stable
    out.push(base);
    for (const u of units) out.push(...u.cps);
  }
  return String.fromCodePoint(...out);
}

export function nameKey37(s: string): string {
  return isKhmer(s) ? khmerKey37(s) : latinKey37(s);
}
const isKhmer = isKhmer37;

/** Optimal-string-alignment distance <= 1 (one substitution, insertion, deletion or adjacent swap). */
export function withinOne37(a: string, b: string): boolean {
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
// Names as (family, given) pairs, and an index of their spelling variants

const NG = GIVEN37.length;
const pairOf = (f: number, g: number) => f * NG + g;
const famOf = (p: number) => Math.floor(p / NG);
const givOf = (p: number) => p % NG;

const variantCache = new Map<number, string[]>();
/** Every spelling of a full name as a key: each romanization combination in both orders, and Khmer in both orders. */
export function pairVariants37(p: number): string[] {
  let v = variantCache.get(p);
  if (v) return v;
  const F = FAMILY37[famOf(p)];
  const G = GIVEN37[givOf(p)];
  const set = new Set<string>();
  for (const fr of F.latin) for (const gr of G.latin) {
    set.add(latinKey37(fr + gr));
    set.add(latinKey37(gr + fr));
  }
  set.add(khmerKey37(F.kh + G.kh));
  set.add(khmerKey37(G.kh + F.kh));
  v = [...set];
  variantCache.set(p, v);
  return v;
}

/** Symmetric-deletion index of the spelling variants of a set of name pairs. */
export class NameIndex37 {
  private variants: string[] = [];
  private owner: number[] = [];
  private keys = new Map<string, number[]>();
  private added = new Set<number>();
  private stamp = new Int32Array(1024);
  private tick = 0;

  private put(k: string, id: number): void {
    const list = this.keys.get(k);
    if (!list) this.keys.set(k, [id]);
    else if (list[list.length - 1] !== id) list.push(id);
  }

  add(p: number): void {
    if (this.added.has(p)) return;
    this.added.add(p);
    for (const v of pairVariants37(p)) {
      const id = this.variants.length;
      this.variants.push(v);
      this.owner.push(p);
      this.put(v, id);
      for (let i = 0; i < v.length; i++) this.put(v.slice(0, i) + v.slice(i + 1), id);
    }
  }

  /**
   * For every indexed pair: the pairs sharing one of its spellings (itself included) and the pairs
   * with a spelling one edit from one of its spellings. Two variants within one edit always share a
   * key of the symmetric-deletion index, so walking the key lists finds every such couple.
   */
  neighbours(): Map<number, { exact: Set<number>; near: Set<number> }> {
    const out = new Map<number, { exact: Set<number>; near: Set<number> }>();
    const get = (p: number) => {
      let n = out.get(p);
      if (!n) out.set(p, (n = { exact: new Set([p]), near: new Set() }));
      return n;
    };
    for (const p of this.added) get(p);
    for (const ids of this.keys.values()) {
      if (ids.length < 2) continue;
      for (let a = 0; a < ids.length; a++) for (let b = a + 1; b < ids.length; b++) {
        const p = this.owner[ids[a]];
        const q = this.owner[ids[b]];
        if (p === q) continue;
        const va = this.variants[ids[a]];
        const vb = this.variants[ids[b]];
        if (va === vb) {
          get(p).exact.add(q);
          get(q).exact.add(p);
        } else if (withinOne37(va, vb)) {
          get(p).near.add(q);
          get(q).near.add(p);
        }
      }
    }
    for (const n of out.values()) for (const q of n.exact) n.near.delete(q);
    return out;
  }

  /** Pairs with a variant within one edit of the key → 0 (exact) or 1. */
  query(key: string): Map<number, number> {
    const out = new Map<number, number>();
    if (this.stamp.length < this.variants.length) this.stamp = new Int32Array(this.variants.length * 2);
    const tick = ++this.tick;
    for (let i = -1; i < key.length; i++) {
      const ids = this.keys.get(i < 0 ? key : key.slice(0, i) + key.slice(i + 1));
      if (!ids) continue;
      for (const id of ids) {
        if (this.stamp[id] === tick) continue;
        this.stamp[id] = tick;
        const v = this.variants[id];
        const d = v === key ? 0 : withinOne37(v, key) ? 1 : -1;
        if (d < 0) continue;
        const p = this.owner[id];
        const prev = out.get(p);
        if (prev === undefined || d < prev) out.set(p, d);
      }
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Dates and numbers

const DAY = 86_400_000;
const VISIT = Date.UTC(2025, 5, 10);

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : MONTH_DAYS[m - 1]);
}

/** The date with day and month swapped, or null when that is not a different valid date. */
export function swapDM37(iso: string): string | null {
  const y = +iso.slice(0, 4);
  const m = +iso.slice(5, 7);
  const d = +iso.slice(8, 10);
  if (d === m || !validDate(y, d, m)) return null;
  return `${iso.slice(0, 4)}-${iso.slice(8, 10)}-${iso.slice(5, 7)}`;
}

/** Equal, day/month swapped, one digit apart, or two adjacent digits transposed. */
const DIGIT_POS = [0, 1, 2, 3, 5, 6, 8, 9];
export function dobClose37(a: string, b: string): boolean {
  if (a === b) return true;
  // day/month swap (b is a valid date, so nothing more to check)
  if (a.startsWith(b.slice(0, 5)) && a[5] === b[8] && a[6] === b[9] && a[8] === b[5] && a[9] === b[6]) return true;
  let first = -1;
  let n = 0;
  for (let k = 0; k < 8; k++) {
    const i = DIGIT_POS[k];
    if (a.charCodeAt(i) !== b.charCodeAt(i)) {
      if (n === 0) first = k;
      n++;
      if (n > 2) return false;
    }
  }
  if (n <= 1) return true;
  // two adjacent digits transposed (adjacent in YYYYMMDD)
  if (first + 1 >= 8) return false;
  const i = DIGIT_POS[first];
  const j = DIGIT_POS[first + 1];
  return a[i] === b[j] && a[j] === b[i];
}

function randomDob(r: Rng): string {
  const u = r.next();
  const [lo, hi] = u < 0.35 ? [18, 24] : u < 0.75 ? [25, 34] : u < 0.93 ? [35, 44] : [45, 59];
  const from = VISIT - (hi + 1) * 365.25 * DAY + DAY;
  const to = VISIT - lo * 365.25 * DAY;
  return isoDay(from + r.int(0, Math.floor((to - from) / DAY)) * DAY);
}

function digits(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(r.int(0, 9));
  return s;
}

/** All strings one digit substitution or one adjacent transposition away. */
function slipNeighbours(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    for (let d = 0; d <= 9; d++) {
      const c = String(d);
      if (c !== s[i]) out.push(s.slice(0, i) + c + s.slice(i + 1));
    }
    if (i + 1 < s.length && s[i] !== s[i + 1]) out.push(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  }
  return out;
}

function slip(r: Rng, s: string): string {
  if (r.chance(0.4)) {
    for (let t = 0; t < 10; t++) {
      const i = r.int(0, s.length - 2);
      if (s[i] !== s[i + 1]) return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    }
  }
  const i = r.int(0, s.length - 1);
  let d = String(r.int(0, 9));
  while (d === s[i]) d = String(r.int(0, 9));
  return s.slice(0, i) + d + s.slice(i + 1);
}

const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);
/** Is v, or a number one digit substitution / adjacent transposition from it, in `set`? */
function nearNumber(set: Map<number, number>, v: number, len: number, except = -1): boolean {
  const own = set.get(v);
  if (own !== undefined && own !== except) return true;
  for (let k = 0; k < len; k++) {
    const p = POW10[k];
    const d = Math.floor(v / p) % 10;
    for (let e = 0; e <= 9; e++) {
      if (e === d) continue;
      const o = set.get(v + (e - d) * p);
      if (o !== undefined && o !== except) return true;
    }
    if (k + 1 < len) {
      const d2 = Math.floor(v / (p * 10)) % 10;
      if (d2 !== d) {
        const o = set.get(v + (d2 - d) * p + (d - d2) * p * 10);
        if (o !== undefined && o !== except) return true;
      }
    }
  }
  return false;
}

/** A fresh number of `len` digits, never equal to nor one slip from any number in `book`. */
function freshNumber(book: Map<number, number>, owner: number, len: number, make: () => string): string {
  for (;;) {
    const s = make();
    const v = Number(s);
    if (nearNumber(book, v, len)) continue;
    book.set(v, owner);
    return s;
  }
}

/** One slip of `s` that is not also within one slip of someone else's number, or null. */
function safeSlip(r: Rng, s: string, book: Map<number, number>, owner: number): string | null {
  for (let t = 0; t < 12; t++) {
    const x = slip(r, s);
    if (!nearNumber(book, Number(x), x.length, owner)) return x;
  }
  return null;
}

const nationalIdShape = (r: Rng) => () => String(r.int(0, 2)) + digits(r, 8);
const nssfShape = (r: Rng) => () => String(r.int(1, 9)) + digits(r, 9);

export const STAFF_NUMBER_37 = /^(EMP-\d{4,5}|A\d{4,5}|\d{4,6})$/;
export const NSSF_NUMBER_37 = /^\d{10}$/;

function staffString(r: Rng, n: number): string {
  const u = r.next();
  const p = String(n).padStart(4, '0');
  if (u < 0.4) return `EMP-${p}`;
  if (u < 0.65) return `A${p}`;
  if (u < 0.9) return p;
  return String(100000 + n);
}

function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(r.int(0, 255));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ---------------------------------------------------------------------------------------------
// Name presentation

interface NameShown {
  name: string;
  script: 'kh' | 'latin';
  romDiffers: boolean;
  swapped: boolean;
  caseStyle: 'upper' | 'title' | 'lower' | 'family-upper';
  typo: boolean;
  khSep: 'space' | 'zwsp' | 'none' | 'zwsp+space' | 'latin';
  khOrder: boolean;
  nfd: boolean;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function typoWord(r: Rng, w: string): string {
  for (;;) {
    const op = r.int(0, 3);
    const i = r.int(0, w.length - 1);
    let out = w;
    if (op === 0) out = w.slice(0, i) + LETTERS[r.int(0, 25)] + w.slice(i + 1);
    else if (op === 1) out = w.slice(0, i) + w.slice(i + 1);
    else if (op === 2) out = w.slice(0, i) + (r.chance(0.5) ? w[i] : LETTERS[r.int(0, 25)]) + w.slice(i);
    else if (i + 1 < w.length) out = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    if (out !== w && out.length > 0) return out;
  }
}

function caseWord(w: string, style: NameShown['caseStyle'], isFamily: boolean): string {
  if (style === 'upper' || (style === 'family-upper' && isFamily)) return w.toUpperCase();
  if (style === 'lower') return w.toLowerCase();
  return w.length ? w[0].toUpperCase() + w.slice(1).toLowerCase() : w;
}

/** Another keyboard's order: shifter after the vowel, coeng RO before another coeng, vowel before coeng RO. */
function keyboardOrder(s: string): string {
  const c = [...s].map((x) => x.codePointAt(0)!);
  const out: number[] = [];
  let i = 0;
  while (i < c.length) {
    if (isShifter(c[i]) && i + 1 < c.length && isVowel(c[i + 1])) {
      out.push(c[i + 1], c[i]);
      i += 2;
    } else if (c[i] === COENG && c[i + 1] !== RO && c[i + 2] === COENG && c[i + 3] === RO) {
      out.push(COENG, RO, COENG, c[i + 1]);
      i += 4;
    } else if (c[i] === COENG && c[i + 1] === RO && i + 2 < c.length && isVowel(c[i + 2])) {
      out.push(c[i + 2], COENG, RO);
      i += 3;
    } else out.push(c[i++]);
  }
  return String.fromCodePoint(...out);
}

function showName(r: Rng, f: number, g: number, regRom: [number, number] | null, script: 'kh' | 'latin', allowTypo: boolean): NameShown {
  const F = FAMILY37[f];
  const G = GIVEN37[g];
  if (script === 'kh') {
    const swapped = r.chance(0.05);
    let famKh = F.kh;
    let givKh = G.kh;
    let khOrder = false;
    if (r.chance(0.3)) {
      const a = keyboardOrder(famKh);
      const b = keyboardOrder(givKh);
      khOrder = a !== famKh || b !== givKh;
      famKh = a;
      givKh = b;
    }
    if (givKh.startsWith('ស្រី') && givKh.length > 4 && r.chance(0.3)) givKh = givKh.slice(0, 4) + ZWSP + givKh.slice(4);
    const u = r.next();
    const [sepName, sep]: [NameShown['khSep'], string] =
      u < 0.5 ? ['space', ' '] : u < 0.75 ? ['zwsp', ZWSP] : u < 0.92 ? ['none', ''] : ['zwsp+space', ZWSP + ' '];
    let name = swapped ? givKh + sep + famKh : famKh + sep + givKh;
    const nfd = r.chance(0.1);
    if (nfd) name = name.normalize('NFD');
    return { name, script, romDiffers: false, swapped, caseStyle: 'title', typo: false, khSep: sepName, khOrder, nfd };
  }
  const fi = regRom && r.chance(0.6) ? regRom[0] : r.int(0, F.latin.length - 1);
  const gi = regRom && r.chance(0.6) ? regRom[1] : r.int(0, G.latin.length - 1);
  const romDiffers = !!regRom && (fi !== regRom[0] || gi !== regRom[1]);
  const famWords = F.latin[fi].toLowerCase().split(' ');
  const givWords = G.latin[gi].toLowerCase().split(' ');
  let typo = false;
  if (allowTypo && r.chance(0.06)) {
    const all = [...famWords.map((w, k) => ['f', k, w] as const), ...givWords.map((w, k) => ['g', k, w] as const)].filter(
      (x) => x[2].length >= 4,
    );
    if (all.length) {
      const [which, k, w] = r.pick(all);
      const t = typoWord(r, w);
      if (which === 'f') famWords[k] = t;
      else givWords[k] = t;
      typo = true;
    }
  }
  const u = r.next();
  const caseStyle: NameShown['caseStyle'] = u < 0.35 ? 'upper' : u < 0.85 ? 'title' : u < 0.95 ? 'lower' : 'family-upper';
  const fam = famWords.map((w) => caseWord(w, caseStyle, true));
  const giv = givWords.map((w) => caseWord(w, caseStyle, false));
  const swapped = r.chance(0.15);
  const words = swapped ? [...giv, ...fam] : [...fam, ...giv];
  const sep = r.chance(0.03) ? '  ' : ' ';
  return { name: words.join(sep), script, romDiffers, swapped, caseStyle, typo, khSep: 'latin', khOrder: false, nfd: false };
}

// ---------------------------------------------------------------------------------------------
// Shared judgement: which registered workers a row could be

export interface RegView37 {
  key: number;
  pair: number;
  sex: Sex | null;
  dob: string | null;
  nid: string | null;
  nssf: string | null;
}

export interface RowView37 {
  name: string;
  sex: Sex | null;
  dob: string | null;
  nid: string | null;
  nssf: string | null;
}

/** Registered workers whose name the row's name is within one edit of, with the name distance. */
export function nameCandidates37(idx: NameIndex37, byPair: Map<number, RegView37[]>, name: string): { w: RegView37; d: number }[] {
  const out: { w: RegView37; d: number }[] = [];
  for (const [p, d] of idx.query(nameKey37(name))) for (const w of byPair.get(p) ?? []) out.push({ w, d });
  return out;
}

/** Rule 3: a field present on both sides rules the worker out (national IDs deliberately not used). */
export function ruledOut37(row: RowView37, w: RegView37): 'sex' | 'dob' | null {
  if (row.sex && w.sex && row.sex !== w.sex) return 'sex';
  if (row.dob && w.dob && !dobClose37(row.dob, w.dob)) return 'dob';
  return null;
}

/** Rule 5: could the row, as a true row, be this worker (every present field consistent)? */
function consistent(row: RowView37, w: RegView37): boolean {
  if (row.sex && w.sex && row.sex !== w.sex) return false;
  if (row.dob && w.dob && row.dob !== w.dob && swapDM37(w.dob) !== row.dob) return false;
  if (row.nssf && NSSF_NUMBER_37.test(row.nssf) && w.nssf && !withinOne37(row.nssf, w.nssf)) return false;
  return true;
}

function idEvidence(row: RowView37, w: RegView37): boolean {
  if (row.nid && w.nid && withinOne37(row.nid, w.nid)) return true;
  if (row.nssf && NSSF_NUMBER_37.test(row.nssf) && w.nssf && withinOne37(row.nssf, w.nssf)) return true;
  return false;
}

export type Decision37 = 'unique' | 'id' | 'exact-name' | 'undecidable' | 'inconsistent';

export function decide37(row: RowView37, truthKey: number, cands: { w: RegView37; d: number }[]): Decision37 {
  const c = cands.filter((x) => consistent(row, x.w));
  const t = c.find((x) => x.w.key === truthKey);
  if (!t) return 'inconsistent';
  const others = c.filter((x) => x.w.key !== truthKey);
  if (others.length === 0) return 'unique';
  if (idEvidence(row, t.w) && !others.some((x) => idEvidence(row, x.w))) return 'id';
  if (t.d === 0 && others.every((x) => x.d === 1)) return 'exact-name';
  return 'undecidable';
}

// ---------------------------------------------------------------------------------------------
// The generator

interface Person {
  key: number;
  f: number;
  g: number;
  pair: number;
  sex: Sex;
  dob: string;
  nid: string | null;
  nssf: string;
  rom: [number, number];
  latinName: string | null;
  hire: string;
  wage: number | null;
  absent: boolean;
  reissued: boolean;
  newNid: string | null;
  workerId: string;
}

export type HiddenKind37 = 'namesake' | 'relative-card' | 'other';

export interface RowMeta37 {
  truthKey: number | null;
  hiddenKind: HiddenKind37 | null;
  source: Source;
  shown: NameShown;
  nid: 'none' | 'exact' | 'slip' | 'reissued' | 'unrecorded' | 'own' | 'relative';
  nssf: 'none' | 'exact' | 'slip' | 'staff';
  dob: 'none' | 'exact' | 'swap';
  sexShown: boolean;
  askedForDob: boolean;
}

interface Draft {
  row: Omit<OnsiteWorker, 'id' | 'visitId' | 'source' | 'sourceRow' | 'recordedAt'>;
  meta: RowMeta37;
}

export interface Build37 {
  roster: Roster;
  meta: Map<string, RowMeta37>;
}

const pickSource = (r: Rng): Source => {
  const u = r.next();
  return u < 0.55 ? 'csv' : u < 0.9 ? 'manual' : 'id-card';
};

const pickScript = (r: Rng, s: Source): 'kh' | 'latin' =>
  r.chance(s === 'csv' ? 0.35 : s === 'manual' ? 0.5 : 0.8) ? 'kh' : 'latin';

const P_SEX = { csv: 0.8, manual: 0.88, 'id-card': 1 } as const;
const P_DOB = { csv: 0.8, manual: 0.68, 'id-card': 1 } as const;
const P_NID = { csv: 0.65, manual: 0.4, 'id-card': 1 } as const;

function pickGiven(r: Rng, sex: Sex): number {
  const ids = sex === 'F' ? GIVEN_F : GIVEN_M;
  return r.pickSkewed(ids, 1.7);
}
const GIVEN_F = GIVEN37.map((g, i) => (g.sex === 'F' ? i : -1)).filter((i) => i >= 0);
const GIVEN_M = GIVEN37.map((g, i) => (g.sex === 'M' ? i : -1)).filter((i) => i >= 0);
const FAMILY_IDS = FAMILY37.map((_, i) => i);

const romPick = (r: Rng, w: NameWord37) => r.pickSkewed(w.latin.map((_, i) => i), 1.6);

export function build37(size: number, seed: number): Build37 {
  const r = rng(seed * 7919 + 37);
  const n = Math.max(10, Math.floor(size));

  // 1. Registered names and sex.
  const people: Person[] = [];
  for (let k = 0; k < n; k++) {
    const sex: Sex = r.chance(0.74) ? 'F' : 'M';
    const f = r.pickSkewed(FAMILY_IDS, 2.2);
    const g = pickGiven(r, sex);
    const rom: [number, number] = [romPick(r, FAMILY37[f]), romPick(r, GIVEN37[g])];
    const hasLatin = r.chance(0.88);
    const upper = r.chance(0.65);
    const latinName = hasLatin
      ? [FAMILY37[f].latin[rom[0]], GIVEN37[g].latin[rom[1]]].map((w) => (upper ? w.toUpperCase() : w)).join(' ')
      : null;
    people.push({
      key: k, f, g, pair: pairOf(f, g), sex, dob: '', nid: null, nssf: '', rom, latinName,
      hire: '', wage: null, absent: false, reissued: false, newNid: null, workerId: '',
    });
  }

  // 2. Index the registered names; find namesake and near-namesake pairs.
  const idx = new NameIndex37();
  const pairs = [...new Set(people.map((p) => p.pair))];
  for (const p of pairs) idx.add(p);
  const neighbours = idx.neighbours();
  const exactN = (p: number) => neighbours.get(p)!.exact;
  const nearN = (p: number) => neighbours.get(p)!.near;

  // 3. Dates of birth: rule 2 (namesakes not close) and near-namesakes of one sex never equal/swapped.
  const dobsByPair = new Map<number, { dob: string; sex: Sex }[]>();
  for (const p of people) {
    let dob = randomDob(r);
    for (let t = 0; t < 400; t++) {
      let ok = true;
      for (const q of exactN(p.pair)) {
        for (const o of dobsByPair.get(q) ?? []) if (dobClose37(dob, o.dob)) { ok = false; break; }
        if (!ok) break;
      }
      if (ok) {
        const sw = swapDM37(dob);
        for (const q of nearN(p.pair)) {
          for (const o of dobsByPair.get(q) ?? []) if (o.sex === p.sex && (o.dob === dob || o.dob === sw)) { ok = false; break; }
          if (!ok) break;
        }
      }
      if (ok) break;
      dob = randomDob(r);
      if (t === 399) throw new Error('thirtyseventh: could not place a date of birth');
    }
    p.dob = dob;
    const list = dobsByPair.get(p.pair);
    if (list) list.push({ dob, sex: p.sex });
    else dobsByPair.set(p.pair, [{ dob, sex: p.sex }]);
  }

  // 4. IDs, hire dates, wages, absence, re-issued cards.
  // Registered numbers are at least two slips apart; the books map a number to its holder.
  const nidBook = new Map<number, number>();
  const nssfBook = new Map<number, number>();
  for (const p of people) {
    p.nssf = freshNumber(nssfBook, p.key, 10, nssfShape(r));
    if (r.chance(0.96)) p.nid = freshNumber(nidBook, p.key, 9, nationalIdShape(r));
    const earliest = Math.max(Date.parse(p.dob) + 18 * 365.25 * DAY, Date.UTC(2008, 0, 1));
    const latest = Date.UTC(2025, 4, 31);
    p.hire = isoDay(earliest + r.int(0, Math.max(0, Math.floor((latest - earliest) / DAY))) * DAY);
    p.wage = r.chance(0.96) ? r.int(820, 1600) * 1000 : null;
    p.absent = r.chance(0.06);
    if (!p.absent && r.chance(0.15)) p.reissued = true;
  }
  // New and unrecorded card numbers: never one slip from any registered number.
  const cardNumber = () => freshNumber(nidBook, -2, 9, nationalIdShape(r));

  const views: RegView37[] = people.map((p) => ({ key: p.key, pair: p.pair, sex: p.sex, dob: p.dob, nid: p.nid, nssf: p.nssf }));
  const byPair = new Map<number, RegView37[]>();
  for (const v of views) {
    const list = byPair.get(v.pair);
    if (list) list.push(v);
    else byPair.set(v.pair, [v]);
  }

  // Staff numbers: one per person on the payroll, in random order.
  const staffPool: number[] = [];
  for (let i = 0; i < Math.ceil(n * 1.3) + 50; i++) staffPool.push(i + 21);
  r.shuffle(staffPool);
  let staffNext = 0;
  const nextStaff = () => staffPool[staffNext++];

  const drafts: { d: Draft; source: Source }[] = [];

  // 5. True rows.
  for (const p of people) {
    if (p.absent) continue;
    const source = pickSource(r);
    const shown = showName(r, p.f, p.g, p.latinName ? p.rom : null, pickScript(r, source), true);
    const staff = nextStaff();
    const meta: RowMeta37 = {
      truthKey: p.key, hiddenKind: null, source, shown, nid: 'none', nssf: 'none', dob: 'none', sexShown: false, askedForDob: false,
    };
    let nid: string | null = null;
    if (r.chance(P_NID[source])) {
      if (p.nid === null) {
        if (!p.newNid) p.newNid = cardNumber();
        nid = p.newNid;
        meta.nid = 'unrecorded';
      } else if (p.reissued) {
        if (!p.newNid) p.newNid = cardNumber();
        nid = p.newNid;
        meta.nid = 'reissued';
      } else if (r.chance(source === 'id-card' ? 0.02 : 0.07) && (nid = safeSlip(r, p.nid, nidBook, p.key)) !== null) {
        meta.nid = 'slip';
      } else {
        nid = p.nid;
        meta.nid = 'exact';
      }
    }
    let nssf: string | null = null;
    const u = r.next();
    const realP = source === 'csv' ? 0.33 + 0.67 * 0.75 : source === 'manual' ? 0.05 + 0.22 : 0;
    const staffP = source === 'csv' ? 0.33 : source === 'manual' ? 0.05 : 0;
    if (u < staffP) {
      nssf = staffString(r, staff);
      meta.nssf = 'staff';
    } else if (u < realP) {
      if (r.chance(0.06) && (nssf = safeSlip(r, p.nssf, nssfBook, p.key)) !== null) {
        meta.nssf = 'slip';
      } else {
        nssf = p.nssf;
        meta.nssf = 'exact';
      }
    }
    const showDob = (dobShown: boolean): string | null => {
      if (!dobShown) return null;
      const sw = swapDM37(p.dob);
      if (sw && r.chance(0.1)) {
        meta.dob = 'swap';
        return sw;
      }
      meta.dob = 'exact';
      return p.dob;
    };
    const newCard = meta.nid === 'reissued' || meta.nid === 'unrecorded';
    let dob = showDob(newCard || r.chance(P_DOB[source]));
    let sex: Sex | null = r.chance(P_SEX[source]) ? p.sex : null;
    // Rule 5: an inspector who cannot tell two workers apart asks for the date of birth and sex.
    const row: RowView37 = { name: shown.name, sex, dob, nid, nssf };
    const cands = dob !== null && sex !== null ? [] : nameCandidates37(idx, byPair, shown.name);
    if (cands.length > 1 && decide37(row, p.key, cands) === 'undecidable') {
      if (dob === null && r.chance(0.85)) {
        dob = showDob(true);
        row.dob = dob;
        meta.askedForDob = true;
      }
      if (sex === null && decide37(row, p.key, cands) === 'undecidable' && r.chance(0.85)) {
        sex = p.sex;
        row.sex = sex;
      }
    }
    meta.sexShown = sex !== null;
    drafts.push({
      source,
      d: { row: { name: shown.name, nationalId: nid, nssfNumber: nssf, sex, dateOfBirth: dob }, meta },
    });
  }

  // 6. Hidden rows.
  const nTrue = drafts.length;
  const nHidden = Math.round(nTrue * 0.075);
  const withNid = people.filter((p) => p.nid !== null);
  const relPools = [withNid.filter((p) => p.absent), withNid.filter((p) => p.reissued), withNid];
  for (let h = 0; h < nHidden; h++) {
    const u = r.next();
    const kind: HiddenKind37 = u < 0.45 ? 'namesake' : u < 0.65 ? 'relative-card' : 'other';
    for (let attempt = 0; ; attempt++) {
      if (attempt > 200) throw new Error('thirtyseventh: could not place a hidden worker');
      let f: number;
      let g: number;
      let sex: Sex;
      let dob: string;
      let relative: Person | null = null;
      if (kind === 'namesake') {
        const p = people[r.int(0, n - 1)];
        f = p.f;
        g = p.g;
        sex = p.sex;
        dob = randomDob(r);
      } else if (kind === 'relative-card') {
        const v = r.next();
        const pool = relPools[v < 0.4 ? 0 : v < 0.8 ? 1 : 2];
        relative = (pool.length ? r.pick(pool) : r.pick(withNid)) as Person;
        f = relative.f;
        sex = r.chance(0.7) ? 'F' : 'M';
        const rg = GIVEN37[relative.g].latin.map(latinKey37);
        g = pickGiven(r, sex);
        if (g === relative.g || GIVEN37[g].latin.some((x) => rg.some((y) => withinOne37(latinKey37(x), y)))) continue;
        // A sibling, cousin, parent or child: drawn like any worker's DOB, at least 3 years away.
        dob = randomDob(r);
        if (Math.abs(Date.parse(dob) - Date.parse(relative.dob)) < 3 * 365.25 * DAY || dobClose37(dob, relative.dob)) continue;
      } else {
        f = r.pickSkewed(FAMILY_IDS, 1.6);
        sex = r.chance(0.7) ? 'F' : 'M';
        g = pickGiven(r, sex);
        dob = randomDob(r);
      }
      const source: Source = kind === 'relative-card' ? (r.chance(0.7) ? 'csv' : 'manual') : pickSource(r);
      // The same romanization habits as for true rows: a register-like choice, kept 60 % of the time.
      const habit: [number, number] | null = r.chance(0.88) ? [romPick(r, FAMILY37[f]), romPick(r, GIVEN37[g])] : null;
      const shown = showName(r, f, g, habit, pickScript(r, source), true);
      const meta: RowMeta37 = {
        truthKey: null, hiddenKind: kind, source, shown, nid: 'none', nssf: 'none', dob: 'none', sexShown: false, askedForDob: false,
      };
      let nid: string | null = null;
      if (relative) {
        nid = relative.nid;
        meta.nid = 'relative';
      } else if (r.chance(P_NID[source])) {
        nid = cardNumber();
        meta.nid = 'own';
      }
      let nssf: string | null = null;
      const staffP = source === 'csv' ? 0.33 : source === 'manual' ? 0.05 : 0;
      if (r.chance(staffP)) {
        nssf = staffString(r, nextStaff());
        meta.nssf = 'staff';
      }
      const row: RowView37 = {
        name: shown.name,
        sex: r.chance(P_SEX[source]) ? sex : null,
        dob: kind !== 'other' || r.chance(P_DOB[source]) ? dob : null,
        nid,
        nssf,
      };
      // Rule 3: every registered worker the name could pass for must be ruled out by sex or DOB.
      const cands = nameCandidates37(idx, byPair, shown.name);
      let ok = false;
      for (let fix = 0; fix < 60; fix++) {
        const open = cands.filter((c) => !ruledOut37(row, c.w));
        if (open.length === 0) {
          ok = true;
          break;
        }
        if (row.sex === null && open.some((c) => c.w.sex && c.w.sex !== sex)) row.sex = sex;
        else if (row.dob === null) row.dob = dob;
        else if (kind !== 'relative-card') {
          dob = randomDob(r);
          row.dob = dob;
        } else break;
      }
      if (!ok) continue;
      if (relative) {
        const relView = views[relative.key];
        const passes = cands.some((c) => c.w.key === relative.key);
        if (passes && !ruledOut37(row, relView)) continue;
      }
      meta.dob = row.dob ? 'exact' : 'none';
      meta.sexShown = row.sex !== null;
      drafts.push({
        source,
        d: { row: { name: shown.name, nationalId: nid, nssfNumber: nssf, sex: row.sex, dateOfBirth: row.dob }, meta },
      });
      break;
    }
  }

  // 7. Shuffle; assign ids, times and sheet rows in row order; shuffle the register, then its ids.
  r.shuffle(drafts);
  let t = VISIT + 1 * 3_600_000 + r.int(0, 1800) * 1000;
  let sheetRow = 0;
  const onsite: OnsiteWorker[] = [];
  const meta = new Map<string, RowMeta37>();
  for (const { d, source } of drafts) {
    t += r.int(2, 9) * 1000;
    const id = uuid(r);
    onsite.push({
      id,
      visitId: 'visit-thirtyseventh',
      ...d.row,
      source,
      sourceRow: source === 'csv' ? ++sheetRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    meta.set(id, d.meta);
  }
  const order = r.shuffle(people.slice());
  order.forEach((p, i) => (p.workerId = `NSSF-W${String(i + 1).padStart(6, '0')}`));
  const registered: RegisteredWorker[] = order.map((p) => ({
    workerId: p.workerId,
    nssfNumber: p.nssf,
    nationalId: p.nid,
    nameKh: `${FAMILY37[p.f].kh} ${GIVEN37[p.g].kh}`,
    nameLatin: p.latinName,
    sex: p.sex,
    dateOfBirth: p.dob,
    hireDate: p.hire,
    wageRiel: p.wage,
  }));
  const truth = new Map<string, string | null>();
  for (const w of onsite) {
    const m = meta.get(w.id)!;
    truth.set(w.id, m.truthKey === null ? null : people[m.truthKey].workerId);
  }
  return { roster: { registered, onsite, truth }, meta };
}

export function generateThirtyseventh(size: number, seed: number): Roster {
  return build37(size, seed).roster;
}

// ---------------------------------------------------------------------------------------------
// Self-check

async function selfCheck(size: number, seed: number): Promise<boolean> {
  const { RegisteredWorker: RegSchema, OnsiteWorker: OnsiteSchema } = await import('../../src/protocol');
  const t0 = performance.now();
  const { roster, meta } = build37(size, seed);
  const ms = performance.now() - t0;
  const { registered, onsite, truth } = roster;
  let pass = true;
  const fails: string[] = [];
  const check = (ok: boolean, what: string) => {
    console.log(`${ok ? 'ok  ' : 'FAIL'}  ${what}`);
    if (!ok) {
      pass = false;
      fails.push(what);
    }
  };
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '0.0') + '%';

  // The name lists: no romanization shared by two different words.
  const romOwner = new Map<string, string>();
  let romClash = 0;
  for (const w of [...FAMILY37, ...GIVEN37]) for (const l of w.latin) {
    const k = latinKey37(l);
    const o = romOwner.get(k);
    if (o !== undefined && o !== w.kh) romClash++;
    romOwner.set(k, w.kh);
  }

  // Rebuild the register's view from the roster alone (Khmer name → the listed words).
  const famByKh = new Map(FAMILY37.map((w, i) => [w.kh, i] as const));
  const givByKh = new Map(GIVEN37.map((w, i) => [w.kh, i] as const));
  const idx = new NameIndex37();
  const regViews: RegView37[] = [];
  const byPair = new Map<number, RegView37[]>();
  const regIndex = new Map<string, number>();
  let unparsed = 0;
  registered.forEach((w, i) => {
    const [fk, gk] = w.nameKh.split(' ');
    const f = famByKh.get(fk);
    const g = givByKh.get(gk);
    if (f === undefined || g === undefined) {
      unparsed++;
      return;
    }
    const v: RegView37 = { key: i, pair: pairOf(f, g), sex: w.sex, dob: w.dateOfBirth, nid: w.nationalId, nssf: w.nssfNumber };
    regViews[i] = v;
    regIndex.set(w.workerId, i);
    idx.add(v.pair);
    const l = byPair.get(v.pair);
    if (l) l.push(v);
    else byPair.set(v.pair, [v]);
  });
  const rowView = (o: OnsiteWorker): RowView37 => ({ name: o.name, sex: o.sex, dob: o.dateOfBirth, nid: o.nationalId, nssf: o.nssfNumber });

  // ---- shape
  const metas = onsite.map((o) => meta.get(o.id)!);
  const trueRows = onsite.filter((o) => truth.get(o.id) !== null);
  const hiddenRows = onsite.filter((o) => truth.get(o.id) === null);
  const present = new Set([...truth.values()].filter((x): x is string => x !== null));
  const count = (pred: (m: RowMeta37, o: OnsiteWorker) => boolean, rows = onsite) => rows.filter((o) => pred(meta.get(o.id)!, o)).length;
  const latinRows = onsite.filter((o) => meta.get(o.id)!.shown.script === 'latin');
  const khRows = onsite.filter((o) => meta.get(o.id)!.shown.script === 'kh');
  const csvRows = onsite.filter((o) => o.source === 'csv');
  const nidRowsTrue = trueRows.filter((o) => o.nationalId !== null);
  console.log(`thirtyseventh ${size}/${seed}: ${THIRTYSEVENTH_LABEL}`);
  console.log(`registered ${registered.length}, on site ${onsite.length} (true ${trueRows.length}, hidden ${hiddenRows.length} = ${pct(hiddenRows.length, onsite.length)}), absent ${registered.length - present.size} = ${pct(registered.length - present.size, registered.length)}; generated in ${ms.toFixed(0)} ms`);
  console.log(`register: Latin name missing ${pct(registered.filter((w) => !w.nameLatin).length, registered.length)}, national ID missing ${pct(registered.filter((w) => !w.nationalId).length, registered.length)}, distinct names ${byPair.size}, workers sharing a name ${pct(registered.filter((_, i) => (byPair.get(regViews[i]?.pair)?.length ?? 0) > 1).length, registered.length)}`);
  console.log(`sources: csv ${pct(csvRows.length, onsite.length)}, manual ${pct(onsite.filter((o) => o.source === 'manual').length, onsite.length)}, id-card ${pct(onsite.filter((o) => o.source === 'id-card').length, onsite.length)}`);
  console.log(`names: Khmer ${pct(khRows.length, onsite.length)} [ZWSP ${pct(count((m) => m.shown.khSep === 'zwsp' || m.shown.khSep === 'zwsp+space', khRows), khRows.length)}, no separator ${pct(count((m) => m.shown.khSep === 'none', khRows), khRows.length)}, keyboard order ${pct(count((m) => m.shown.khOrder, khRows), khRows.length)}, NFD ${pct(count((m) => m.shown.nfd, khRows), khRows.length)}, swapped ${pct(count((m) => m.shown.swapped, khRows), khRows.length)}]; Latin ${pct(latinRows.length, onsite.length)} [romanization differs from register ${pct(count((m) => m.shown.romDiffers, latinRows), latinRows.length)}, swapped ${pct(count((m) => m.shown.swapped, latinRows), latinRows.length)}, upper ${pct(count((m) => m.shown.caseStyle === 'upper', latinRows), latinRows.length)}, lower ${pct(count((m) => m.shown.caseStyle === 'lower', latinRows), latinRows.length)}, typo ${pct(count((m) => m.shown.typo, latinRows), latinRows.length)}]`);
  const trueLatinNoRegLatin = trueRows.filter((o) => meta.get(o.id)!.shown.script === 'latin' && !registered[regIndex.get(truth.get(o.id)!)!].nameLatin).length;
  const trueKhVsLatin = trueRows.filter((o) => meta.get(o.id)!.shown.script === 'kh').length;
  console.log(`cross-script true rows: Latin on site vs no Latin on register ${pct(trueLatinNoRegLatin, trueRows.length)}; Khmer on site ${pct(trueKhVsLatin, trueRows.length)}`);
  console.log(`national ID (true rows): present ${pct(nidRowsTrue.length, trueRows.length)}; of those exact ${pct(count((m) => m.nid === 'exact', nidRowsTrue), nidRowsTrue.length)}, one slip ${pct(count((m) => m.nid === 'slip', nidRowsTrue), nidRowsTrue.length)}, RE-ISSUED card ${pct(count((m) => m.nid === 'reissued', nidRowsTrue), nidRowsTrue.length)}, card not on register ${pct(count((m) => m.nid === 'unrecorded', nidRowsTrue), nidRowsTrue.length)}`);
  const reissuedWorkers = count((m) => m.nid === 'reissued' || m.nid === 'unrecorded', trueRows);
  console.log(`  true workers showing a card number unlike the register's: ${pct(reissuedWorkers, nidRowsTrue.length)} of rows with an ID`);
  const nssfTrue = trueRows.filter((o) => o.nssfNumber !== null);
  console.log(`NSSF column: staff number on ${pct(count((m) => m.nssf === 'staff', csvRows), csvRows.length)} of csv rows (${pct(count((m) => m.nssf === 'staff', hiddenRows), hiddenRows.length)} of hidden rows, ${pct(count((m) => m.nssf === 'staff', trueRows), trueRows.length)} of true rows); true rows: real NSSF ${pct(count((m) => m.nssf === 'exact' || m.nssf === 'slip', trueRows), trueRows.length)} (slip ${pct(count((m) => m.nssf === 'slip', nssfTrue), count((m) => m.nssf === 'exact' || m.nssf === 'slip', trueRows))})`);
  console.log(`DOB: present true ${pct(trueRows.filter((o) => o.dateOfBirth).length, trueRows.length)} (day/month swapped ${pct(count((m) => m.dob === 'swap', trueRows), trueRows.filter((o) => o.dateOfBirth).length)}, asked for to tell namesakes apart ${pct(count((m) => m.askedForDob, trueRows), trueRows.length)}), hidden ${pct(hiddenRows.filter((o) => o.dateOfBirth).length, hiddenRows.length)}; sex present true ${pct(trueRows.filter((o) => o.sex).length, trueRows.length)}, hidden ${pct(hiddenRows.filter((o) => o.sex).length, hiddenRows.length)}`);
  console.log(`hidden kinds: namesake ${count((m) => m.hiddenKind === 'namesake', hiddenRows)}, relative's old card ${count((m) => m.hiddenKind === 'relative-card', hiddenRows)}, other ${count((m) => m.hiddenKind === 'other', hiddenRows)}`);

  // ---- rule 1
  let r1 = 0;
  const r1ex: string[] = [];
  const fail1 = (o: OnsiteWorker, why: string) => {
    r1++;
    if (r1ex.length < 5) r1ex.push(`${o.name}: ${why}`);
  };
  const otherNid = new Map<string, number>();
  const otherNssf = new Map<string, number>();
  registered.forEach((w, i) => {
    if (w.nationalId) otherNid.set(w.nationalId, i);
    if (w.nssfNumber) otherNssf.set(w.nssfNumber, i);
  });
  const nearAny = (s: string, map: Map<string, number>, except: number) => {
    for (const x of [s, ...slipNeighbours(s)]) {
      const j = map.get(x);
      if (j !== undefined && j !== except) return true;
    }
    return false;
  };
  for (const o of trueRows) {
    const i = regIndex.get(truth.get(o.id)!);
    if (i === undefined) {
      fail1(o, 'truth not on register');
      continue;
    }
    const w = registered[i];
    const v = regViews[i];
    const F = FAMILY37[famOf(v.pair)];
    const G = GIVEN37[givOf(v.pair)];
    if (isKhmer37(o.name)) {
      const k = khmerKey37(o.name);
      if (k !== khmerKey37(F.kh + G.kh) && k !== khmerKey37(G.kh + F.kh)) fail1(o, 'Khmer name not an encoding variant');
    } else {
      const tokens = o.name.toLowerCase().trim().split(/\s+/);
      let ok = false;
      for (const fr of F.latin) for (const gr of G.latin) for (const order of [0, 1]) {
        const ref = (order ? [gr, fr] : [fr, gr]).join(' ').toLowerCase().split(' ');
        if (ref.length !== tokens.length) continue;
        let diff = 0;
        let good = true;
        for (let k = 0; k < ref.length && good; k++) {
          if (ref[k] === tokens[k]) continue;
          diff++;
          if (diff > 1 || ref[k].length < 4 || !withinOne37(ref[k], tokens[k])) good = false;
        }
        if (good) ok = true;
      }
      if (!ok) fail1(o, 'Latin name not a listed spelling with at most one typo');
    }
    if (o.sex !== null && o.sex !== w.sex) fail1(o, 'sex differs');
    if (o.dateOfBirth !== null && o.dateOfBirth !== w.dateOfBirth && o.dateOfBirth !== swapDM37(w.dateOfBirth!)) fail1(o, 'DOB not exact/swap');
    if (o.nationalId !== null) {
      const same = w.nationalId !== null && withinOne37(o.nationalId, w.nationalId);
      if (!same) {
        if (o.dateOfBirth === null) fail1(o, 'new card number without a DOB');
        if (nearAny(o.nationalId, otherNid, -1)) fail1(o, 'new card number near a registered ID');
      } else if (nearAny(o.nationalId, otherNid, i)) fail1(o, 'national ID also near another worker');
    }
    if (o.nssfNumber !== null) {
      if (STAFF_NUMBER_37.test(o.nssfNumber)) {
        // staff number: fine
      } else if (!NSSF_NUMBER_37.test(o.nssfNumber) || !w.nssfNumber || !withinOne37(o.nssfNumber, w.nssfNumber)) fail1(o, 'NSSF neither own (±1 slip) nor a staff number');
      else if (nearAny(o.nssfNumber, otherNssf, i)) fail1(o, 'NSSF near another worker');
    }
  }
  check(romClash === 0 && unparsed === 0, `name lists: no romanization shared by two words (${romClash}), every register name parsed (${unparsed} unparsed)`);
  check(r1 === 0, `rule 1: true rows carry only plausible variants (${r1} violations)${r1ex.length ? ' e.g. ' + r1ex.join(' | ') : ''}`);

  // ---- rule 2
  let r2 = 0;
  let nearSame = 0;
  for (const [p, list] of byPair) {
    const exact = new Set<number>([p]);
    const near = new Set<number>();
    for (const vv of pairVariants37(p)) for (const [q, d] of idx.query(vv)) (d === 0 ? exact : near).add(q);
    const group = [...exact].flatMap((q) => byPair.get(q) ?? []);
    for (const a of list) for (const b of group) {
      if (a.key !== b.key && a.dob && b.dob && dobClose37(a.dob, b.dob)) r2++;
    }
    for (const q of near) if (!exact.has(q)) for (const a of list) for (const b of byPair.get(q) ?? []) {
      if (a.sex === b.sex && a.dob && b.dob && (a.dob === b.dob || swapDM37(a.dob) === b.dob)) nearSame++;
    }
  }
  check(r2 === 0 && nearSame === 0, `rule 2: registered namesakes' DOBs more than a swap/one digit apart (${r2} close pairs); same-sex near-namesakes never share a DOB (${nearSame})`);

  // ---- rule 3
  let r3 = 0;
  let withCand = 0;
  let bySex = 0;
  let byDob = 0;
  let relIdMatch = 0;
  let relBad = 0;
  const r3ex: string[] = [];
  for (const o of hiddenRows) {
    const row = rowView(o);
    const cands = nameCandidates37(idx, byPair, o.name);
    if (cands.length) withCand++;
    for (const c of cands) {
      const why = ruledOut37(row, c.w);
      if (!why) {
        r3++;
        if (r3ex.length < 5) r3ex.push(`${o.name} ~ ${registered[c.w.key].nameKh}`);
      } else if (why === 'sex') bySex++;
      else byDob++;
    }
    if (o.nationalId) {
      const j = otherNid.get(o.nationalId);
      if (j !== undefined) {
        relIdMatch++;
        const c = cands.find((x) => x.w.key === j);
        if (c && !ruledOut37(row, c.w)) relBad++;
      } else if (nearAny(o.nationalId, otherNid, -1)) relBad++;
    }
  }
  check(r3 === 0 && relBad === 0, `rule 3: hidden rows ruled out from every name candidate by sex or DOB, never by national ID alone (${r3} open${r3ex.length ? ': ' + r3ex.join(' | ') : ''}); ${pct(withCand, hiddenRows.length)} of hidden rows have a name candidate (${byDob} exclusions by DOB, ${bySex} by sex); ${relIdMatch} hidden rows carry a registered relative's exact old card number, whose name cannot pass (${relBad} bad)`);

  // ---- rule 4
  const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const idsOk = onsite.every((o) => uuidV4.test(o.id)) && new Set(onsite.map((o) => o.id)).size === onsite.length;
  let inc = true;
  for (let i = 1; i < onsite.length; i++) if (!(Date.parse(onsite[i].recordedAt) > Date.parse(onsite[i - 1].recordedAt))) inc = false;
  let sr = 0;
  let srOk = true;
  for (const o of onsite) {
    if (o.source === 'csv') srOk &&= o.sourceRow === ++sr;
    else srOk &&= o.sourceRow === null;
  }
  const q = 4;
  const hRate = hiddenRows.length / onsite.length;
  let quartOk = true;
  const quartRates: string[] = [];
  for (let k = 0; k < q; k++) {
    const part = onsite.slice(Math.floor((k * onsite.length) / q), Math.floor(((k + 1) * onsite.length) / q));
    const h = part.filter((o) => truth.get(o.id) === null).length;
    const exp = part.length * hRate;
    if (Math.abs(h - exp) > 4.5 * Math.sqrt(exp * (1 - hRate)) + 1) quartOk = false;
    quartRates.push(pct(h, part.length));
  }
  // Rank correlation between on-site position and the true worker's position on the register.
  const xs: number[] = [];
  const ys: number[] = [];
  onsite.forEach((o, i) => {
    const t = truth.get(o.id);
    if (t) {
      xs.push(i);
      ys.push(regIndex.get(t)!);
    }
  });
  const corr = (a: number[], b: number[]) => {
    const ma = a.reduce((s, x) => s + x, 0) / a.length;
    const mb = b.reduce((s, x) => s + x, 0) / b.length;
    let sab = 0, saa = 0, sbb = 0;
    for (let i = 0; i < a.length; i++) {
      sab += (a[i] - ma) * (b[i] - mb);
      saa += (a[i] - ma) ** 2;
      sbb += (b[i] - mb) ** 2;
    }
    return sab / Math.sqrt(saa * sbb);
  };
  const rho = corr(xs, ys);
  const idOrder = registered.every((w, i) => w.workerId === `NSSF-W${String(i + 1).padStart(6, '0')}`);
  const absentIdx = registered.map((w, i) => (present.has(w.workerId) ? -1 : i)).filter((i) => i >= 0);
  const absentMean = absentIdx.reduce((s, x) => s + x, 0) / Math.max(1, absentIdx.length) / registered.length;
  const truthOk = truth.size === onsite.length && onsite.every((o) => truth.has(o.id)) && [...truth.values()].every((x) => x === null || regIndex.has(x));
  // Staff numbers and sources look the same on true and hidden rows.
  const staffT = count((m) => m.nssf === 'staff', trueRows.filter((o) => o.source === 'csv')) / Math.max(1, trueRows.filter((o) => o.source === 'csv').length);
  const staffH = count((m) => m.nssf === 'staff', hiddenRows.filter((o) => o.source === 'csv')) / Math.max(1, hiddenRows.filter((o) => o.source === 'csv').length);
  const bound = 4.5 / Math.sqrt(xs.length);
  check(
    idsOk && inc && srOk && quartOk && Math.abs(rho) < bound && idOrder && Math.abs(absentMean - 0.5) < 0.15 && truthOk,
    `rule 4: v4 UUIDs unique ${idsOk}, recordedAt increasing ${inc}, sourceRow in row order ${srOk}, hidden share by quarter ${quartRates.join('/')} ${quartOk}, row-vs-register rank corr ${rho.toFixed(3)} (|r| < ${bound.toFixed(3)}), worker ids in register order ${idOrder}, absent spread ${absentMean.toFixed(2)}, truth map complete ${truthOk}; staff number on csv rows true ${(100 * staffT).toFixed(1)}% vs hidden ${(100 * staffH).toFixed(1)}%`,
  );

  // ---- rule 5
  const tally: Record<Decision37, number> = { unique: 0, id: 0, 'exact-name': 0, undecidable: 0, inconsistent: 0 };
  for (const o of trueRows) {
    const k = regIndex.get(truth.get(o.id)!)!;
    tally[decide37(rowView(o), k, nameCandidates37(idx, byPair, o.name))]++;
  }
  const und = tally.undecidable / trueRows.length;
  check(
    und < 0.04 && tally.inconsistent === 0,
    `rule 5: undecidable true rows ${pct(tally.undecidable, trueRows.length)} (< 4%); decided by name+sex+DOB alone ${pct(tally.unique, trueRows.length)}, by an ID ${pct(tally.id, trueRows.length)}, by exact-vs-typo spelling ${pct(tally['exact-name'], trueRows.length)}; inconsistent ${tally.inconsistent}`,
  );

  // ---- schemas
  let bad = 0;
  let firstBad = '';
  for (const w of registered) {
    const p = RegSchema.safeParse(w);
    if (!p.success) {
      bad++;
      firstBad ||= JSON.stringify(p.error.issues[0]);
    }
  }
  for (const o of onsite) {
    const p = OnsiteSchema.safeParse(o);
    if (!p.success) {
      bad++;
      firstBad ||= JSON.stringify(p.error.issues[0]);
    }
    if ('statedStartDate' in o || 'wageRiel' in o) bad++;
  }
  check(bad === 0, `schemas: all ${registered.length} registered and ${onsite.length} on-site records parse (${bad} bad) ${firstBad}`);

  // ---- determinism and time
  const dump = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const a = dump(generateThirtyseventh(size, seed));
  const b = dump(generateThirtyseventh(size, seed));
  const c = dump(generateThirtyseventh(size, seed + 1));
  check(a === b && a !== c, `determinism: same seed identical ${a === b}, seed ${seed + 1} differs ${a !== c}`);
  // Wall time depends on what else the machine runs; the CPU time spent is the generator's own cost.
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  generateThirtyseventh(10_000, seed + 2);
  const cpu = process.cpuUsage(c1);
  const ms10k = performance.now() - t1;
  const cpu10k = (cpu.user + cpu.system) / 1000;
  check(
    Math.min(ms10k, cpu10k) < 2000,
    `time: 10,000 registered generated in ${ms10k.toFixed(0)} ms wall, ${cpu10k.toFixed(0)} ms CPU (< 2000; first, cold build of this run: ${ms.toFixed(0)} ms wall)`,
  );

  console.log(pass ? 'PASS' : `FAIL (${fails.length})`);
  return pass;
}

if (process.argv[1]?.endsWith('thirtyseventh.ts')) {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  selfCheck(size, seed).then((ok) => process.exit(ok ? 0 : 1));
}
