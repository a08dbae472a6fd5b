/**
 * ELEVENTH roster: the REGISTER is the messy side.
 *
 * Scene. The fund's register for this employer was migrated years ago from paper forms and an old
 * database. Registry clerks typed Latin names in their own habits: some given name first, some with
 * family and given name run together ("SOKDARA"), a few with one typo or a doubled letter dropped or
 * added (Sokkha/Sokha, Rattana/Ratana); Latin is missing for many older workers. Khmer names were
 * typed on legacy keyboards (register shifter after the vowel, vowel before the subscript, zero-width
 * spaces or no space between names, coeng-da for coeng-ta, NFD). Dates of birth are sometimes stored
 * with day and month swapped, or only the year was known and stored as YYYY-01-01. Some national IDs
 * are missing or carry one slip. The on-site list is typed by the inspector off workers' national ID
 * cards (source 'id-card': Khmer name, or the card's Latin in capitals family first; national ID;
 * full date of birth; sex) and, for workers who forgot their card, off the employer's HR sheet
 * (source 'csv': a Latin name as HR spells it, sex, sometimes a date of birth, national ID or NSSF
 * number). 10-15 % of the registered are absent; about 7 % of on-site rows are hidden workers, many
 * of them namesakes or relatives of registered workers. The employer's trick: a few hidden workers
 * are put on the HR sheet under the national ID (sometimes also the NSSF number) of a registered
 * worker who has left (absent), with their own name and date of birth.
 *
 * Fairness rules (audited by the self-check, `npx tsx test/bench/eleventh.ts 10000 1`):
 *  1. A true on-site row carries only plausible variants of its registered worker: the Khmer name in
 *     any equivalent encoding (ZWSP / no space / shifter-vowel order / vowel-coeng order / coeng-da vs
 *     coeng-ta / NFD); or a listed Latin spelling of each part (eleventh-names.ts), either order, any
 *     case, spaced or run together, with at most one typo (one edit) in one word of 4+ letters, and no
 *     on-site typo when the register's own Latin already carries one. IDs exact or one slip (one
 *     digit mistyped or two adjacent digits transposed), never a slip on both sides. DOB exact or
 *     day/month swapped. Sex right or missing.
 *     Extra variation modelled: a register DOB known only by year is stored YYYY-01-01 and the on-site
 *     row shows the full date of the same year (a human reads 01-01 as "year only"); register Latin
 *     with the given name first, or family and given name run together ("SOKDARA", never both).
 *  2. Registered namesakes (same full name in any spelling, or within one edit of it) never have
 *     compatible dates of birth: not equal, not a day/month swap, not one digit apart, and not the same
 *     year when either is a year-only YYYY-01-01. All national IDs (and NSSF numbers) are 2+ edits
 *     apart, and a slipped ID is never within one edit of another person's.
 *  3. A hidden row either cannot pass for any registered worker by name (not within one edit of any
 *     spelling of their name or of their register Latin; a Khmer row is also compared through its
 *     romanizations), or is ruled out from every one it could pass for by a field present on BOTH
 *     sides: sex differs, DOB incompatible (as in 2), national ID or NSSF number 2+ edits apart.
 *     Trick rows differ from the absent worker whose ID they carry by name (not passable) AND by DOB.
 *  4. Nothing leaks the truth: rows shuffled, ids random v4 UUIDs from the seeded PRNG, recordedAt
 *     increasing in row order, sheet rows numbered in row order, register shuffled before worker ids
 *     are assigned.
 *  5. Undecidable true rows (another registered worker not ruled out and not strictly worse on name or
 *     any shared field) stay under 4 %.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY_11, GIVEN_11, type KhGiven } from './eleventh-names';

export const ELEVENTH_LABEL = 'eleventh: messy migrated register (clerk Latin habits, legacy Khmer, year-only/swapped DOBs, missing IDs) vs ID-card + HR-sheet list, ID-borrowing hidden workers';

// ---------------------------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------------------------

const ZWSP = '\u200B';
const COENG = '\u17D2';
const isKhmer = (s: string) => /[\u1780-\u17FF]/.test(s);
const latinNorm = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

function khRank(c: string): number {
  const cp = c.codePointAt(0)!;
  if (cp === 0x17c9 || cp === 0x17ca || cp === 0x17cc) return 2; // shifters, robat
  if (cp >= 0x17b6 && cp <= 0x17c5) return 3; // dependent vowels
  if ((cp >= 0x17c6 && cp <= 0x17d1) || cp === 0x17d3 || cp === 0x17dd) return 4; // signs
  return 0; // base
}

/** Khmer in one canonical form: invisible separators gone, coeng-da as coeng-ta, marks in a fixed order per cluster. */
export function khNorm(s: string): string {
  const t = s.normalize('NFC').replace(/[\u200B-\u200D\uFEFF\s]/g, '').replace(/\u17D2\u178A/g, '\u17D2\u178F');
  let out = '';
  let marks: { r: number; s: string }[] = [];
  const flush = () => {
    marks.sort((a, b) => a.r - b.r); // stable
    for (const m of marks) out += m.s;
    marks = [];
  };
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === COENG && i + 1 < t.length) {
      marks.push({ r: 1, s: c + t[i + 1] });
      i++;
      continue;
    }
    const r = khRank(c);
    if (r === 0) {
      flush();
      out += c;
    } else marks.push({ r, s: c });
  }
  flush();
  return out;
}

/** a and b are at most one edit apart (substitution, insertion, deletion, adjacent transposition). */
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

function dels(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const d = s.slice(0, i) + s.slice(i + 1);
    if (out[out.length - 1] !== d) out.push(d);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const isYearOnly = (d: string) => d.endsWith('-01-01');

function swapDM(d: string): string | null {
  const m = +d.slice(5, 7);
  const day = +d.slice(8, 10);
  if (day > 12 || day === m) return null;
  return `${d.slice(0, 4)}-${pad(day)}-${pad(m)}`;
}

/** Two dates a careful reader could take for the same person's: equal, swapped, one digit apart, or same year with a year-only one. */
export function dobCompat(a: string, b: string): boolean {
  if (a === b) return true;
  let m1 = -1;
  let m2 = -1;
  let cnt = 0;
  for (let i = 0; i < 10 && cnt < 3; i++) {
    if (a.charCodeAt(i) !== b.charCodeAt(i)) {
      cnt++;
      if (cnt === 1) m1 = i;
      else m2 = i;
    }
  }
  if (cnt === 1) return true; // one digit mistyped
  if (cnt === 2 && a[m1] === b[m2] && a[m2] === b[m1] && (m2 === m1 + 1 || (m2 === m1 + 2 && a[m1 + 1] === '-'))) return true; // two adjacent digits transposed
  if (a.slice(0, 4) !== b.slice(0, 4)) return false;
  if (isYearOnly(a) || isYearOnly(b)) return true;
  return a[5] === b[8] && a[6] === b[9] && a[8] === b[5] && a[9] === b[6]; // day and month swapped
}

function randomDob(r: Rng, y0 = 1970, y1 = 2006): string {
  for (;;) {
    const y = r.int(y0, y1);
    const m = r.int(1, 12);
    const d = r.int(1, daysIn(y, m));
    if (m === 1 && d === 1) continue; // keep 01-01 for year-only registers
    return `${y}-${pad(m)}-${pad(d)}`;
  }
}

// ---------------------------------------------------------------------------------------------
// IDs
// ---------------------------------------------------------------------------------------------

function slipsOf(n: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < n.length; i++) {
    for (let d = 0; d <= 9; d++) {
      const c = String(d);
      if (c !== n[i]) out.push(n.slice(0, i) + c + n.slice(i + 1));
    }
    if (i + 1 < n.length && n[i] !== n[i + 1]) out.push(n.slice(0, i) + n[i + 1] + n[i] + n.slice(i + 2));
  }
  return out;
}

/**
 * Numbers handed out so far, each with its owner; a new or slipped number stays 2+ edits from
 * everyone else's. Two numbers of 9+ digits within one slip share their first four or their last
 * four digits, so each is filed under both and compared only within those buckets.
 */
class IdPool {
  private buckets = new Map<string, { n: string; o: number }[]>();
  constructor(private readonly digits: number, private readonly lead: string) {}
  private near(n: string, owner: number): boolean {
    for (const k of ['p' + n.slice(0, 4), 's' + n.slice(-4)]) {
      const b = this.buckets.get(k);
      if (b) for (const e of b) if (e.o !== owner && within1(e.n, n)) return true;
    }
    return false;
  }
  private take(n: string, owner: number) {
    for (const k of ['p' + n.slice(0, 4), 's' + n.slice(-4)]) {
      const b = this.buckets.get(k);
      if (!b) this.buckets.set(k, [{ n, o: owner }]);
      else b.push({ n, o: owner });
    }
  }
  fresh(r: Rng, owner: number): string {
    for (;;) {
      let n = r.pick(this.lead.split(''));
      for (let i = 1; i < this.digits; i++) n += String(r.int(0, 9));
      if (!this.near(n, owner)) {
        this.take(n, owner);
        return n;
      }
    }
  }
  /** One slip of owner's number that is not within one edit of anyone else's; null if none found. */
  slip(r: Rng, n: string, owner: number, keep: boolean): string | null {
    for (let t = 0; t < 20; t++) {
      let s: string;
      const i = r.int(0, n.length - 2);
      if (r.chance(0.4) && n[i] !== n[i + 1]) s = n.slice(0, i) + n[i + 1] + n[i] + n.slice(i + 2);
      else {
        const j = r.int(0, n.length - 1);
        let c = String(r.int(0, 9));
        if (c === n[j]) c = String((+c + 1) % 10);
        s = n.slice(0, j) + c + n.slice(j + 1);
      }
      if (!this.near(s, owner)) {
        if (keep) this.take(s, owner);
        return s;
      }
    }
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Lexicon: name keys, their spellings, and which keys a name could pass for
// ---------------------------------------------------------------------------------------------

const NF = FAMILY_11.length;
const NG = GIVEN_11.length;
const keyOf = (f: number, g: number) => f * NG + g;
const famOf = (k: number) => Math.floor(k / NG);
const givOf = (k: number) => k % NG;
const POOL_F: number[] = [];
const POOL_M: number[] = [];
GIVEN_11.forEach((g: KhGiven, i) => {
  if (g.sex !== 'M') POOL_F.push(i);
  if (g.sex !== 'F') POOL_M.push(i);
});

interface Lexicon {
  /** normalized Latin spellings (both orders, no spaces) of each key */
  latin: string[][];
  /** every Latin and Khmer spelling of a key and each of its one-deletions → keys */
  del: Map<string, number[]>;
  /** exact normalized spelling → keys */
  exact: Map<string, number[]>;
  /** normalized Khmer (family first) → key */
  khKey: Map<string, number>;
  nbr: (number[] | undefined)[];
}

let LEX: Lexicon | null = null;
function lex(): Lexicon {
  if (LEX) return LEX;
  const latin: string[][] = [];
  const del = new Map<string, number[]>();
  const exact = new Map<string, number[]>();
  const khKey = new Map<string, number>();
  const add = (m: Map<string, number[]>, s: string, k: number) => {
    const a = m.get(s);
    if (!a) m.set(s, [k]);
    else if (a[a.length - 1] !== k) a.push(k);
  };
  for (let f = 0; f < NF; f++) {
    for (let g = 0; g < NG; g++) {
      const k = keyOf(f, g);
      const F = FAMILY_11[f];
      const G = GIVEN_11[g];
      const ls = new Set<string>();
      for (const a of F.latin) for (const b of G.latin) {
        ls.add(latinNorm(a + b));
        ls.add(latinNorm(b + a));
      }
      latin.push([...ls]);
      const kf = khNorm(F.kh + G.kh);
      khKey.set(kf, k);
      const all = new Set<string>([...ls, kf, khNorm(G.kh + F.kh)]);
      const seen = new Set<string>();
      for (const v of all) {
        add(exact, v, k);
        for (const d of [v, ...dels(v)]) {
          if (seen.has(d)) continue;
          seen.add(d);
          add(del, d, k);
        }
      }
    }
  }
  LEX = { latin, del, exact, khKey, nbr: new Array(NF * NG) };
  return LEX;
}

function lookupKeys(q: string, into: Set<number>) {
  const L = lex();
  for (const d of [q, ...dels(q)]) {
    const ks = L.del.get(d);
    if (ks) for (const k of ks) into.add(k);
  }
}

/** Keys whose name is within one edit of one of k's spellings (k included). */
export function neighbours(k: number): number[] {
  const L = lex();
  const c = L.nbr[k];
  if (c) return c;
  const s = new Set<number>();
  for (const v of L.latin[k]) lookupKeys(v, s);
  lookupKeys(khNorm(FAMILY_11[famOf(k)].kh + GIVEN_11[givOf(k)].kh), s);
  lookupKeys(khNorm(GIVEN_11[givOf(k)].kh + FAMILY_11[famOf(k)].kh), s);
  const out = [...s];
  L.nbr[k] = out;
  return out;
}

/** The lexicon key a Khmer name spells exactly, if any. */
function khmerKey(name: string): number | undefined {
  return lex().khKey.get(khNorm(name));
}

/** Keys an on-site name could pass for (within one edit of a spelling; Khmer also via its romanizations). */
function keysFor(name: string): Set<number> {
  const s = new Set<number>();
  if (isKhmer(name)) {
    lookupKeys(khNorm(name), s);
    const k = khmerKey(name);
    if (k !== undefined) for (const n of neighbours(k)) s.add(n);
  } else lookupKeys(latinNorm(name), s);
  return s;
}

/** Register lookup by name: records whose name (Khmer, or their own register Latin) an on-site name could pass for. */
export class RegIndex {
  readonly keys: number[] = [];
  private byKey = new Map<number, number[]>();
  private extras = new Map<string, number[]>();
  readonly latinOwn: (string | null)[] = [];
  constructor(records: { nameKh: string; nameLatin: string | null }[]) {
    records.forEach((r, i) => {
      const k = khmerKey(r.nameKh);
      if (k === undefined) throw new Error(`unknown Khmer name ${r.nameKh}`);
      this.keys.push(k);
      const a = this.byKey.get(k);
      if (a) a.push(i);
      else this.byKey.set(k, [i]);
      const l = r.nameLatin ? latinNorm(r.nameLatin) : null;
      this.latinOwn.push(l);
      if (l && !lex().latin[k].includes(l)) {
        for (const d of [l, ...dels(l)]) {
          const e = this.extras.get(d);
          if (!e) this.extras.set(d, [i]);
          else if (e[e.length - 1] !== i) e.push(i);
        }
      }
    });
  }
  withKey(k: number): readonly number[] {
    return this.byKey.get(k) ?? [];
  }
  query(name: string): Set<number> {
    const out = new Set<number>();
    for (const k of keysFor(name)) for (const i of this.byKey.get(k) ?? []) out.add(i);
    const qs: string[] = [];
    if (isKhmer(name)) {
      const k = khmerKey(name);
      if (k !== undefined) qs.push(...lex().latin[k]);
    } else qs.push(latinNorm(name));
    for (const q of qs) {
      for (const d of [q, ...dels(q)]) {
        const e = this.extras.get(d);
        if (e) for (const i of e) out.add(i);
      }
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Rendering names
// ---------------------------------------------------------------------------------------------

const QWERTY = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function nearKey(c: string, r: Rng): string {
  const lc = c.toLowerCase();
  for (let row = 0; row < 3; row++) {
    const i = QWERTY[row].indexOf(lc);
    if (i < 0) continue;
    const opts: string[] = [];
    if (i > 0) opts.push(QWERTY[row][i - 1]);
    if (i + 1 < QWERTY[row].length) opts.push(QWERTY[row][i + 1]);
    const out = r.pick(opts);
    return c === lc ? out : out.toUpperCase();
  }
  return c;
}

type Case = 'upper' | 'title' | 'lower';
function applyCase(s: string, c: Case): string {
  if (c === 'upper') return s.toUpperCase();
  if (c === 'lower') return s.toLowerCase();
  return s
    .split(' ')
    .map((w) => (w ? w[0].toUpperCase() + w.slice(1).toLowerCase() : w))
    .join(' ');
}

/** Pick a spelling index, the usual one most often. */
function pickSpelling(r: Rng, n: number): number {
  if (n === 1) return 0;
  const u = r.next();
  if (n === 2) return u < 0.68 ? 0 : 1;
  return u < 0.58 ? 0 : u < 0.86 ? 1 : 2;
}

/**
 * One edit in one word of 4+ letters. kind 'double' only doubles or undoubles a letter (a clerk's
 * habit). Never lands on another key's exact spelling nor on a listed spelling of the same key.
 */
function typo(name: string, key: number, r: Rng, kind: 'any' | 'double'): string | null {
  const L = lex();
  const words = name.split(' ');
  const elig = words.map((w, i) => (w.length >= 4 ? i : -1)).filter((i) => i >= 0);
  if (!elig.length) return null;
  for (let t = 0; t < 12; t++) {
    const wi = r.pick(elig);
    const w = words[wi];
    let nw = w;
    const op = kind === 'double' ? (/(.)\1/i.test(w) && r.chance(0.5) ? 'undouble' : 'dup') : r.pick(['sub', 'del', 'dup', 'swap', 'sub']);
    const p = r.int(1, w.length - 1);
    if (op === 'sub') nw = w.slice(0, p) + nearKey(w[p], r) + w.slice(p + 1);
    else if (op === 'del') nw = w.slice(0, p) + w.slice(p + 1);
    else if (op === 'dup') nw = w.slice(0, p) + w[p] + w.slice(p);
    else if (op === 'swap') nw = p + 1 < w.length ? w.slice(0, p) + w[p + 1] + w[p] + w.slice(p + 2) : w;
    else {
      const m = /(.)\1/i.exec(w);
      if (m) nw = w.slice(0, m.index) + w.slice(m.index + 1);
    }
    if (nw === w || nw.length < 4) continue;
    const out = words.map((x, i) => (i === wi ? nw : x)).join(' ');
    const q = latinNorm(out);
    if (L.exact.has(q) || L.latin[key].includes(q)) continue;
    if (!L.latin[key].some((v) => within1(v, q))) continue;
    return out;
  }
  return null;
}

interface KhOut {
  s: string;
  kinds: string[];
}
/** Khmer name as some keyboard typed it. */
function khRender(k: number, r: Rng, legacy: number): KhOut {
  let fam = FAMILY_11[famOf(k)].kh;
  let giv = GIVEN_11[givOf(k)].kh;
  const kinds: string[] = [];
  if (r.chance(legacy)) {
    const ops = r.shuffle(['shifter', 'coeng', 'zwsp-syllable', 'da-ta', 'nfd', 'shifter', 'coeng']).slice(0, r.int(1, 2));
    for (const op of ops) {
      if (op === 'shifter') {
        const re = /([\u17C9\u17CA])([\u17B6-\u17C5])/g;
        if (re.test(fam + giv)) {
          fam = fam.replace(re, '$2$1');
          giv = giv.replace(re, '$2$1');
          kinds.push(op);
        }
      } else if (op === 'coeng') {
        const re = /(\u17D2[\u1780-\u17A2])([\u17B6-\u17C5])/g;
        if (re.test(fam + giv)) {
          fam = fam.replace(re, '$2$1');
          giv = giv.replace(re, '$2$1');
          kinds.push(op);
        }
      } else if (op === 'zwsp-syllable') {
        const pos: number[] = [];
        for (let i = 2; i < giv.length - 1; i++) {
          if (/[\u1780-\u17A2]/.test(giv[i]) && /[\u17B6-\u17C5]/.test(giv[i - 1])) pos.push(i);
        }
        if (pos.length) {
          const p = r.pick(pos);
          giv = giv.slice(0, p) + ZWSP + giv.slice(p);
          kinds.push(op);
        }
      } else if (op === 'da-ta') {
        if (/\u17D2\u178F/.test(fam + giv)) {
          fam = fam.replace(/\u17D2\u178F/g, '\u17D2\u178A');
          giv = giv.replace(/\u17D2\u178F/g, '\u17D2\u178A');
          kinds.push(op);
        } else if (/\u17D2\u178A/.test(fam + giv)) {
          fam = fam.replace(/\u17D2\u178A/g, '\u17D2\u178F');
          giv = giv.replace(/\u17D2\u178A/g, '\u17D2\u178F');
          kinds.push(op);
        }
      } else {
        fam = fam.normalize('NFD');
        giv = giv.normalize('NFD');
        kinds.push(op);
      }
    }
  }
  const u = r.next();
  let sep = ' ';
  if (u < 0.2) {
    sep = ZWSP;
    kinds.push('sep-zwsp');
  } else if (u < 0.3) {
    sep = '';
    kinds.push('sep-none');
  } else if (u < 0.34) {
    sep = ' ' + ZWSP;
    kinds.push('sep-space-zwsp');
  }
  return { s: fam + sep + giv, kinds };
}

// ---------------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------------

interface Person {
  key: number;
  sex: 'M' | 'F';
  dob: string;
  nid: string;
  nssf: string;
  cardF: number;
  cardG: number;
  old: boolean;
  reg: Omit<RegisteredWorker, 'workerId'>;
  regDobKind: 'exact' | 'swap' | 'year';
  regNidKind: 'exact' | 'slip' | 'missing';
  regLatinKind: string[];
  regKhKinds: string[];
  absent: boolean;
}

interface Row {
  w: Omit<OnsiteWorker, 'id' | 'recordedAt' | 'sourceRow'>;
  person: number | null;
  kinds: string[];
}

export interface Built {
  roster: Roster;
  meta: { counts: Map<string, number>; trickIds: Set<string> };
}

function bump(m: Map<string, number>, k: string, n = 1) {
  m.set(k, (m.get(k) ?? 0) + n);
}

function pickSexGiven(r: Rng, sex: 'M' | 'F'): number {
  return r.pickSkewed(sex === 'F' ? POOL_F : POOL_M, 1.3);
}
const FAMILY_IDX = FAMILY_11.map((_, i) => i);
function pickFamily(r: Rng): number {
  return r.pickSkewed(FAMILY_IDX, 1.8);
}

function ruledOut(row: { sex: string | null; dateOfBirth: string | null; nationalId: string | null; nssfNumber: string | null }, reg: { sex: string | null; dateOfBirth: string | null; nationalId: string | null; nssfNumber: string | null }): string | null {
  if (row.sex && reg.sex && row.sex !== reg.sex) return 'sex';
  if (row.dateOfBirth && reg.dateOfBirth && !dobCompat(row.dateOfBirth, reg.dateOfBirth)) return 'dob';
  if (row.nationalId && reg.nationalId && !within1(row.nationalId, reg.nationalId)) return 'nid';
  if (row.nssfNumber && reg.nssfNumber && !within1(row.nssfNumber, reg.nssfNumber)) return 'nssf';
  return null;
}

function latinOf(k: number, fi: number, gi: number): [string, string] {
  const F = FAMILY_11[famOf(k)].latin;
  const G = GIVEN_11[givOf(k)].latin;
  return [F[Math.min(fi, F.length - 1)], G[Math.min(gi, G.length - 1)]];
}

function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(r.int(0, 255));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const VISIT = 'visit-eleventh';
/** Share of on-site rows typed off an ID card; the rest come off the employer's HR sheet. */
const CARD_SHARE = 0.8;
/** HR sheet rows: how often they carry a date of birth, a national ID. */
const HR_DOB = 0.65;
const HR_NID = 0.35;

export function build(size: number, seed: number): Built {
  const r = rng((seed * 2654435761) ^ 0x11e1e7);
  const counts = new Map<string, number>();
  const nids = new IdPool(9, '0012');
  const nssfs = new IdPool(10, '123456789');

  // ---- registered people -------------------------------------------------------------------
  const people: Person[] = [];
  const byKey = new Map<number, number[]>();
  const conflicts = (key: number, forms: string[]): boolean => {
    for (const nk of neighbours(key)) {
      for (const j of byKey.get(nk) ?? []) {
        const q = people[j];
        const qf = [q.dob, q.reg.dateOfBirth!];
        for (const a of forms) for (const b of qf) if (dobCompat(a, b)) return true;
      }
    }
    return false;
  };

  for (let i = 0; i < size; i++) {
    const sex: 'M' | 'F' = r.chance(0.62) ? 'F' : 'M';
    let key = 0;
    let dob = '';
    let regDob = '';
    let regDobKind: Person['regDobKind'] = 'exact';
    const hireYear = r.int(2005, 2024);
    const old = hireYear < 2012;
    for (let attempt = 0; ; attempt++) {
      if (attempt % 25 === 0) key = keyOf(pickFamily(r), pickSexGiven(r, sex));
      dob = randomDob(r, Math.max(1968, hireYear - 50), Math.min(2006, hireYear - 18));
      regDob = dob;
      regDobKind = 'exact';
      const u = r.next();
      if (u < (old ? 0.1 : 0.025)) {
        regDob = `${dob.slice(0, 4)}-01-01`;
        regDobKind = 'year';
      } else if (swapDM(dob) && r.chance(old ? 0.12 : 0.05)) {
        regDob = swapDM(dob)!;
        regDobKind = 'swap';
      }
      if (!conflicts(key, [dob, regDob])) break;
      if (attempt > 500) throw new Error('cannot place namesake DOB');
    }
    const idx = people.length;
    const nid = nids.fresh(r, idx);
    let regNid: string | null = nid;
    let regNidKind: Person['regNidKind'] = 'exact';
    if (r.chance(old ? 0.28 : 0.05)) {
      regNid = null;
      regNidKind = 'missing';
    } else if (r.chance(0.03)) {
      const s = nids.slip(r, nid, idx, true);
      if (s) {
        regNid = s;
        regNidKind = 'slip';
      }
    }
    const nssf = nssfs.fresh(r, idx);
    // register Khmer
    const kh = khRender(key, r, old ? 0.5 : 0.3);
    // register Latin: clerk habits
    let regLatin: string | null = null;
    const regLatinKind: string[] = [];
    if (r.chance(old ? 0.42 : 0.86)) {
      const [a, b] = latinOf(key, pickSpelling(r, 3), pickSpelling(r, 3));
      const givenFirst = r.chance(0.22);
      const runTogether = !givenFirst && r.chance(0.14);
      if (givenFirst) regLatinKind.push('given-first');
      if (runTogether) regLatinKind.push('run-together');
      const parts = givenFirst ? [b, a] : [a, b];
      let s = runTogether ? parts.join('').replace(/ /g, '') : parts.join(' ');
      const cs: Case = r.chance(0.55) ? 'upper' : r.chance(0.9) ? 'title' : 'lower';
      s = applyCase(s, cs);
      const u = r.next();
      if (u < 0.04) {
        const t = typo(s, key, r, 'any');
        if (t) {
          s = t;
          regLatinKind.push('typo');
        }
      } else if (u < 0.075) {
        const t = typo(s, key, r, 'double');
        if (t) {
          s = t;
          regLatinKind.push('double');
        }
      }
      regLatin = s;
    } else regLatinKind.push('missing');
    const hm = r.int(1, 12);
    const hire = `${hireYear}-${pad(hm)}-${pad(r.int(1, daysIn(hireYear, hm)))}`;
    const p: Person = {
      key,
      sex,
      dob,
      nid,
      nssf,
      cardF: pickSpelling(r, 3),
      cardG: pickSpelling(r, 3),
      old,
      reg: {
        nssfNumber: nssf,
        nationalId: regNid,
        nameKh: kh.s,
        nameLatin: regLatin,
        sex: r.chance(0.02) ? null : sex,
        dateOfBirth: regDob,
        hireDate: hire,
        wageRiel: r.chance(0.05) ? null : r.int(800, 2400) * 1000,
      },
      regDobKind,
      regNidKind,
      regLatinKind,
      regKhKinds: kh.kinds,
      absent: false,
    };
    people.push(p);
    const a = byKey.get(key);
    if (a) a.push(idx);
    else byKey.set(key, [idx]);
  }

  // ---- absent ------------------------------------------------------------------------------
  const absentRate = 0.1 + r.next() * 0.05;
  const order = r.shuffle(people.map((_, i) => i));
  const nAbsent = Math.round(size * absentRate);
  for (let i = 0; i < nAbsent; i++) people[order[i]].absent = true;

  const regIdx = new RegIndex(people.map((p) => p.reg));

  const rows: Row[] = [];
  const canTypo = (p: Person) => !p.regLatinKind.includes('typo') && !p.regLatinKind.includes('double');

  // ---- true rows ---------------------------------------------------------------------------
  for (let i = 0; i < size; i++) {
    const p = people[i];
    if (p.absent) continue;
    const kinds: string[] = [];
    let w: Row['w'];
    if (r.chance(CARD_SHARE)) {
      // ID card
      let name: string;
      if (r.chance(0.6)) {
        const kh = khRender(p.key, r, 0.22);
        name = kh.s;
        kinds.push('card-khmer', ...kh.kinds.map((k) => 'kh-' + k));
      } else {
        const [a, b] = latinOf(p.key, p.cardF, p.cardG);
        name = `${a} ${b}`.toUpperCase();
        kinds.push('card-latin');
        if (canTypo(p) && r.chance(0.02)) {
          const t = typo(name, p.key, r, 'any');
          if (t) {
            name = t;
            kinds.push('typo');
          }
        }
      }
      let nid = p.nid;
      if (p.regNidKind !== 'slip' && r.chance(0.015)) {
        const s = nids.slip(r, p.nid, i, false);
        if (s) {
          nid = s;
          kinds.push('nid-slip');
        }
      }
      w = { visitId: VISIT, name, nationalId: nid, nssfNumber: null, sex: r.chance(0.92) ? p.sex : null, dateOfBirth: p.dob, source: 'id-card' };
    } else {
      // HR sheet
      const [a, b] = latinOf(p.key, pickSpelling(r, 3), pickSpelling(r, 3));
      const givenFirst = r.chance(0.35);
      let name = applyCase(givenFirst ? `${b} ${a}` : `${a} ${b}`, r.chance(0.5) ? 'title' : r.chance(0.8) ? 'upper' : 'lower');
      kinds.push('hr', givenFirst ? 'given-first' : 'family-first');
      if (canTypo(p) && r.chance(0.07)) {
        const t = typo(name, p.key, r, 'any');
        if (t) {
          name = t;
          kinds.push('typo');
        }
      }
      let dob: string | null = null;
      if (r.chance(HR_DOB)) {
        dob = p.dob;
        if (r.chance(0.05) && swapDM(p.dob)) {
          dob = swapDM(p.dob);
          kinds.push('dob-swap');
        }
      }
      let nid: string | null = null;
      if (r.chance(HR_NID)) {
        nid = p.nid;
        if (p.regNidKind !== 'slip' && r.chance(0.02)) {
          const s = nids.slip(r, p.nid, i, false);
          if (s) {
            nid = s;
            kinds.push('nid-slip');
          }
        }
      }
      let nssf: string | null = null;
      if (r.chance(0.2)) {
        nssf = p.nssf;
        if (r.chance(0.02)) {
          const s = nssfs.slip(r, p.nssf, i, false);
          if (s) {
            nssf = s;
            kinds.push('nssf-slip');
          }
        }
      }
      w = { visitId: VISIT, name, nationalId: nid, nssfNumber: nssf, sex: p.sex, dateOfBirth: dob, source: 'csv' };
    }
    rows.push({ w, person: i, kinds });
  }

  // ---- hidden rows -------------------------------------------------------------------------
  const present = rows.length;
  const hiddenShare = 0.065 + r.next() * 0.01;
  const nHidden = Math.round((present * hiddenShare) / (1 - hiddenShare));
  const nTrick = Math.max(2, Math.round(nHidden * 0.07));
  const trickIds = new Set<number>();
  let hiddenOwner = -10;

  const check = (w: Row['w']): number[] => {
    const bad: number[] = [];
    for (const c of regIdx.query(w.name)) if (!ruledOut(w, people[c].reg)) bad.push(c);
    return bad;
  };

  // trick rows: an absent worker's national ID on the HR sheet
  const absentWithId = order.slice(0, nAbsent).filter((i) => people[i].reg.nationalId !== null);
  for (let t = 0; t < nTrick && t < absentWithId.length; t++) {
    const a = people[absentWithId[t]];
    for (let attempt = 0; attempt < 200; attempt++) {
      const sex: 'M' | 'F' = r.chance(0.7) ? a.sex : a.sex === 'F' ? 'M' : 'F';
      const key = keyOf(r.chance(0.3) ? famOf(a.key) : pickFamily(r), pickSexGiven(r, sex));
      const [fa, gi] = latinOf(key, pickSpelling(r, 3), pickSpelling(r, 3));
      const name = applyCase(r.chance(0.35) ? `${gi} ${fa}` : `${fa} ${gi}`, r.chance(0.5) ? 'title' : 'upper');
      if (regIdx.query(name).has(absentWithId[t])) continue;
      const dob = randomDob(r, 1975, 2006);
      if (dobCompat(dob, a.dob) || dobCompat(dob, a.reg.dateOfBirth!)) continue;
      const w: Row['w'] = { visitId: VISIT, name, nationalId: a.nid, nssfNumber: r.chance(0.5) ? a.nssf : null, sex, dateOfBirth: dob, source: 'csv' };
      if (check(w).length) continue;
      trickIds.add(rows.length);
      rows.push({ w, person: null, kinds: ['hidden', 'trick', famOf(key) === famOf(a.key) ? 'trick-same-family' : 'trick-other-family'] });
      break;
    }
  }

  while (rows.length < present + nHidden) {
    const base = people[r.int(0, size - 1)];
    const u = r.next();
    const type = u < 0.45 ? 'namesake' : u < 0.7 ? 'relative' : 'other';
    let key: number;
    let sex: 'M' | 'F';
    let y0 = 1972;
    let y1 = 2006;
    if (type === 'namesake') {
      key = base.key;
      const g = GIVEN_11[givOf(key)];
      sex = g.sex === 'U' ? (r.chance(0.62) ? 'F' : 'M') : g.sex;
    } else if (type === 'relative') {
      sex = r.chance(0.62) ? 'F' : 'M';
      let g = pickSexGiven(r, sex);
      while (g === givOf(base.key)) g = pickSexGiven(r, sex);
      key = keyOf(famOf(base.key), g);
      const by = +base.dob.slice(0, 4);
      y0 = Math.max(1968, by - 9);
      y1 = Math.min(2006, by + 9);
    } else {
      sex = r.chance(0.62) ? 'F' : 'M';
      key = keyOf(pickFamily(r), pickSexGiven(r, sex));
    }
    const hDob = randomDob(r, y0, y1);
    const kinds = ['hidden', type];
    let w: Row['w'];
    const hnid = nids.fresh(r, hiddenOwner--);
    if (r.chance(CARD_SHARE)) {
      let name: string;
      if (r.chance(0.6)) {
        const kh = khRender(key, r, 0.22);
        name = kh.s;
        kinds.push('card-khmer');
      } else {
        const [a, b] = latinOf(key, pickSpelling(r, 3), pickSpelling(r, 3));
        name = `${a} ${b}`.toUpperCase();
        kinds.push('card-latin');
        if (r.chance(0.02)) name = typo(name, key, r, 'any') ?? name;
      }
      w = { visitId: VISIT, name, nationalId: hnid, nssfNumber: null, sex: r.chance(0.92) ? sex : null, dateOfBirth: hDob, source: 'id-card' };
    } else {
      const [a, b] = latinOf(key, pickSpelling(r, 3), pickSpelling(r, 3));
      let name = applyCase(r.chance(0.35) ? `${b} ${a}` : `${a} ${b}`, r.chance(0.5) ? 'title' : r.chance(0.8) ? 'upper' : 'lower');
      if (r.chance(0.07)) name = typo(name, key, r, 'any') ?? name;
      kinds.push('hr');
      w = { visitId: VISIT, name, nationalId: r.chance(HR_NID) ? hnid : null, nssfNumber: null, sex, dateOfBirth: r.chance(HR_DOB) ? hDob : null, source: 'csv' };
    }
    let bad = check(w);
    if (bad.length && w.dateOfBirth === null) {
      w.dateOfBirth = hDob;
      kinds.push('repair-dob-added');
      bad = check(w);
    }
    for (let t = 0; bad.length && t < 40; t++) {
      w.dateOfBirth = randomDob(r, y0, y1);
      bad = check(w);
      if (!bad.length) kinds.push('repair-dob-redrawn');
    }
    if (bad.length) {
      bump(counts, 'hidden-discarded');
      continue;
    }
    rows.push({ w, person: null, kinds });
  }

  // ---- shuffle, number, stamp ----------------------------------------------------------------
  const rowOrder = r.shuffle(rows.map((_, i) => i));
  const onsite: OnsiteWorker[] = [];
  const truthIdx: (number | null)[] = [];
  const trickOut = new Set<string>();
  let t = Date.UTC(2025, 2, 12, 1, 30, 0);
  let sheetRow = 0;
  for (const ri of rowOrder) {
    const row = rows[ri];
    t += r.int(2, 9) * 1000 + r.int(0, 999);
    const id = uuid(r);
    onsite.push({ ...row.w, id, sourceRow: row.w.source === 'csv' ? ++sheetRow : null, recordedAt: new Date(t).toISOString() });
    truthIdx.push(row.person);
    if (trickIds.has(ri)) trickOut.add(id);
    for (const k of row.kinds) bump(counts, k);
  }

  const regOrder = r.shuffle(people.map((_, i) => i));
  const workerId = new Array<string>(size);
  const registered: RegisteredWorker[] = regOrder.map((pi, n) => {
    workerId[pi] = `W${String(n + 1).padStart(6, '0')}`;
    return { workerId: workerId[pi], ...people[pi].reg };
  });
  const truth = new Map<string, string | null>();
  onsite.forEach((o, i) => truth.set(o.id, truthIdx[i] === null ? null : workerId[truthIdx[i]!]));

  for (const p of people) {
    bump(counts, 'reg-dob-' + p.regDobKind);
    bump(counts, 'reg-nid-' + p.regNidKind);
    for (const k of p.regLatinKind) bump(counts, 'reg-latin-' + k);
    for (const k of p.regKhKinds) bump(counts, 'reg-kh-' + k);
    if (p.regKhKinds.some((k) => !k.startsWith('sep'))) bump(counts, 'reg-kh-any-reorder');
    if (p.reg.sex === null) bump(counts, 'reg-sex-missing');
    if (p.absent) bump(counts, 'reg-absent');
    if (p.old) bump(counts, 'reg-old-hire');
  }
  return { roster: { registered, onsite, truth }, meta: { counts, trickIds: trickOut } };
}

export function generateEleventh(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ---------------------------------------------------------------------------------------------
// Self-check
// ---------------------------------------------------------------------------------------------

async function selfCheck() {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  let ok = true;
  const fail = (msg: string) => {
    ok = false;
    console.log('  FAIL ' + msg);
  };
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(2)} %`;

  // timing first, so the lexicon build is included
  const t0 = performance.now();
  generateEleventh(10000, seed);
  const ms10k = performance.now() - t0;

  const { roster, meta } = build(size, seed);
  const { registered: reg, onsite, truth } = roster;
  const C = meta.counts;
  const g = (k: string) => C.get(k) ?? 0;
  const hiddenRows = onsite.filter((o) => truth.get(o.id) === null);
  const trueRows = onsite.filter((o) => truth.get(o.id) !== null);

  console.log(`eleventh  size=${size} seed=${seed}`);
  console.log(`  registered ${reg.length}, absent ${g('reg-absent')} (${pct(g('reg-absent'), reg.length)}), on site ${onsite.length}, hidden ${hiddenRows.length} (${pct(hiddenRows.length, onsite.length)}), trick rows ${meta.trickIds.size}`);
  console.log(`  register: old hires ${pct(g('reg-old-hire'), reg.length)}; Latin missing ${pct(g('reg-latin-missing'), reg.length)}, given-first ${pct(g('reg-latin-given-first'), reg.length)}, run-together ${pct(g('reg-latin-run-together'), reg.length)}, typo ${pct(g('reg-latin-typo'), reg.length)}, doubled/undoubled ${pct(g('reg-latin-double'), reg.length)}`);
  console.log(`  register: Khmer reordered/legacy ${pct(g('reg-kh-any-reorder'), reg.length)} (shifter ${g('reg-kh-shifter')}, coeng ${g('reg-kh-coeng')}, zwsp-syllable ${g('reg-kh-zwsp-syllable')}, da-ta ${g('reg-kh-da-ta')}, nfd ${g('reg-kh-nfd')}), separator zwsp ${g('reg-kh-sep-zwsp')} / none ${g('reg-kh-sep-none')} / space+zwsp ${g('reg-kh-sep-space-zwsp')}`);
  console.log(`  register: DOB year-only ${pct(g('reg-dob-year'), reg.length)}, swapped ${pct(g('reg-dob-swap'), reg.length)}; NID missing ${pct(g('reg-nid-missing'), reg.length)}, slip ${pct(g('reg-nid-slip'), reg.length)}; sex missing ${pct(g('reg-sex-missing'), reg.length)}`);
  const tr = trueRows.length;
  console.log(`  true rows ${tr}: id-card ${pct(trueRows.filter((o) => o.source === 'id-card').length, tr)} (Khmer ${g('card-khmer') - hiddenRows.filter((o) => o.source === 'id-card' && isKhmer(o.name)).length}, Latin caps ${g('card-latin') - hiddenRows.filter((o) => o.source === 'id-card' && !isKhmer(o.name)).length}), HR sheet ${pct(trueRows.filter((o) => o.source === 'csv').length, tr)} (given-first ${g('given-first')})`);
  console.log(`  true rows: typo ${g('typo')}, Khmer variants on site: shifter ${g('kh-shifter')}, coeng ${g('kh-coeng')}, zwsp-syllable ${g('kh-zwsp-syllable')}, da-ta ${g('kh-da-ta')}, nfd ${g('kh-nfd')}, sep zwsp ${g('kh-sep-zwsp')}/none ${g('kh-sep-none')}; NID slip ${g('nid-slip')}, NSSF slip ${g('nssf-slip')}, DOB swap on sheet ${g('dob-swap')}`);
  console.log(`  true rows: DOB missing ${pct(trueRows.filter((o) => !o.dateOfBirth).length, tr)}, NID missing ${pct(trueRows.filter((o) => !o.nationalId).length, tr)}, NSSF present ${pct(trueRows.filter((o) => o.nssfNumber).length, tr)}, sex missing ${pct(trueRows.filter((o) => !o.sex).length, tr)}`);
  console.log(`  hidden: namesake ${g('namesake')}, relative ${g('relative')}, other ${g('other')}, trick ${g('trick')} (same family ${g('trick-same-family')}); id-card ${hiddenRows.filter((o) => o.source === 'id-card').length}, HR ${hiddenRows.filter((o) => o.source === 'csv').length}; repairs: DOB added ${g('repair-dob-added')}, DOB redrawn ${g('repair-dob-redrawn')}, discarded ${g('hidden-discarded')}`);

  // ---- audits from the roster alone -------------------------------------------------------------
  const idx = new RegIndex(reg);
  const byId = new Map(reg.map((w, i) => [w.workerId, i]));

  // rule 1
  let r1bad = 0;
  const r1 = (o: OnsiteWorker, w: RegisteredWorker, k: number): string | null => {
    if (isKhmer(o.name)) {
      if (khmerKey(o.name) !== k) return 'khmer name';
    } else {
      const q = latinNorm(o.name);
      if (!lex().latin[k].some((v) => within1(v, q))) return 'latin name';
      const words = o.name.split(/\s+/);
      if (!lex().latin[k].includes(q) && !words.some((x) => x.length >= 4)) return 'typo in short word';
    }
    if (o.nationalId && w.nationalId && !within1(o.nationalId, w.nationalId)) return 'nid';
    if (o.nssfNumber && w.nssfNumber && !within1(o.nssfNumber, w.nssfNumber)) return 'nssf';
    if (o.dateOfBirth && w.dateOfBirth) {
      const d = o.dateOfBirth;
      const e = w.dateOfBirth;
      if (!(d === e || swapDM(d) === e || (isYearOnly(e) && d.slice(0, 4) === e.slice(0, 4)))) return 'dob';
    }
    if (o.sex && w.sex && o.sex !== w.sex) return 'sex';
    return null;
  };
  for (const o of trueRows) {
    const wi = byId.get(truth.get(o.id)!)!;
    const why = r1(o, reg[wi], idx.keys[wi]);
    if (why) {
      r1bad++;
      if (r1bad <= 5) console.log(`    rule 1: ${o.name} vs ${reg[wi].nameKh}/${reg[wi].nameLatin}: ${why}`);
    }
  }
  console.log(`  rule 1 (true rows carry plausible variants): ${r1bad} violations`);
  if (r1bad) fail('rule 1');

  // rule 2
  let r2pairs = 0;
  let r2bad = 0;
  const keysUsed = [...new Set(idx.keys)];
  for (const k of keysUsed) {
    const mine = idx.withKey(k);
    for (const nk of neighbours(k)) {
      if (nk < k) continue;
      const theirs = idx.withKey(nk);
      for (const i of mine) for (const j of theirs) {
        if (nk === k && j <= i) continue;
        r2pairs++;
        if (dobCompat(reg[i].dateOfBirth!, reg[j].dateOfBirth!)) r2bad++;
      }
    }
  }
  const nidSeen = new Map<string, number>();
  let nidNear = 0;
  reg.forEach((w, i) => {
    if (!w.nationalId) return;
    for (const s of [w.nationalId, ...slipsOf(w.nationalId)]) if (nidSeen.has(s)) nidNear++;
    nidSeen.set(w.nationalId, i);
  });
  const withNamesake = reg.filter((_, i) => neighbours(idx.keys[i]).some((nk) => idx.withKey(nk).some((j) => j !== i))).length;
  console.log(`  rule 2 (namesakes' DOBs apart): ${r2pairs} namesake pairs (within one edit), ${withNamesake} registered with a namesake (${pct(withNamesake, reg.length)}); ${r2bad} with compatible DOBs; ${nidNear} registered NIDs within one edit of another`);
  if (r2bad || nidNear) fail('rule 2');

  // rule 3
  let r3bad = 0;
  const how = new Map<string, number>();
  let trickAudit = 0;
  let trickBad = 0;
  const regByNid = new Map<string, number>();
  reg.forEach((w, i) => w.nationalId && regByNid.set(w.nationalId, i));
  for (const o of hiddenRows) {
    const cands = idx.query(o.name);
    if (!cands.size) bump(how, 'not passable by name');
    else {
      const reasons = new Set<string>();
      for (const c of cands) {
        const why = ruledOut(o, reg[c]);
        if (!why) {
          r3bad++;
          if (r3bad <= 5) console.log(`    rule 3: hidden ${o.name} passes for ${reg[c].nameKh}/${reg[c].nameLatin}`);
        } else reasons.add(why);
      }
      bump(how, 'passable, ruled out by ' + [...reasons].sort().join('+'));
    }
    let same: number | undefined;
    if (o.nationalId) for (const n of [o.nationalId, ...slipsOf(o.nationalId)]) same ??= regByNid.get(n);
    if (same !== undefined) {
      trickAudit++;
      const a = reg[same];
      const nameOk = !cands.has(same);
      const fieldOk = (o.sex && a.sex && o.sex !== a.sex) || (o.dateOfBirth && a.dateOfBirth && !dobCompat(o.dateOfBirth, a.dateOfBirth));
      if (!nameOk || !fieldOk) trickBad++;
    }
  }
  console.log(`  rule 3 (hidden rows ruled out): ${r3bad} violations; ${[...how].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`         hidden rows carrying a registered NID (exact or one slip): ${trickAudit}, ${trickBad} not differing by name AND DOB/sex`);
  if (r3bad || trickBad) fail('rule 3');
  // brute-force cross-check of the name index on a sample of on-site rows
  {
    const rs = rng(seed + 99);
    let missed = 0;
    const sample = Array.from({ length: 40 }, () => rs.pick(onsite));
    for (const o of sample) {
      const got = idx.query(o.name);
      const q = isKhmer(o.name) ? khNorm(o.name) : latinNorm(o.name);
      const kq = isKhmer(o.name) ? khmerKey(o.name) : undefined;
      reg.forEach((w, i) => {
        const k = idx.keys[i];
        let pass: boolean;
        if (isKhmer(o.name)) {
          pass = within1(khNorm(w.nameKh), q) || (kq !== undefined && lex().latin[kq].some((a) => lex().latin[k].some((b) => within1(a, b))));
        } else {
          pass = lex().latin[k].some((v) => within1(v, q)) || (w.nameLatin !== null && within1(latinNorm(w.nameLatin), q));
        }
        if (pass && !got.has(i)) missed++;
      });
    }
    console.log(`         name index vs brute force on 40 rows: ${missed} missed`);
    if (missed) fail('name index misses passable names');
  }

  // rule 4
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  let r4 = '';
  if (!onsite.every((o) => uuidRe.test(o.id))) r4 += ' non-v4 id;';
  if (new Set(onsite.map((o) => o.id)).size !== onsite.length) r4 += ' duplicate id;';
  for (let i = 1; i < onsite.length; i++) if (!(onsite[i].recordedAt > onsite[i - 1].recordedAt)) r4 += ' recordedAt not increasing;';
  const sheet = onsite.filter((o) => o.source === 'csv').map((o) => o.sourceRow!);
  if (!sheet.every((s, i) => s === i + 1)) r4 += ' sheet rows not in order;';
  if (onsite.some((o) => o.source !== 'csv' && o.sourceRow !== null)) r4 += ' sourceRow on card row;';
  const half = Math.floor(onsite.length / 2);
  const hA = onsite.slice(0, half).filter((o) => truth.get(o.id) === null).length / half;
  const hB = onsite.slice(half).filter((o) => truth.get(o.id) === null).length / (onsite.length - half);
  // shuffling is checked statistically: differences beyond 4 standard errors count as a leak
  const sdiff = (p: number, n1: number, n2: number) => 4 * Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
  const hAll = hiddenRows.length / onsite.length;
  if (Math.abs(hA - hB) > sdiff(hAll, half, onsite.length - half)) r4 += ` hidden share by half ${hA.toFixed(3)}/${hB.toFixed(3)};`;
  const xs: number[] = [];
  const ys: number[] = [];
  onsite.forEach((o, i) => {
    const t = truth.get(o.id);
    if (t) {
      xs.push(i);
      ys.push(byId.get(t)!);
    }
  });
  const corr = (a: number[], b: number[]) => {
    const n = a.length;
    const ma = a.reduce((s, x) => s + x, 0) / n;
    const mb = b.reduce((s, x) => s + x, 0) / n;
    let sab = 0;
    let saa = 0;
    let sbb = 0;
    for (let i = 0; i < n; i++) {
      sab += (a[i] - ma) * (b[i] - mb);
      saa += (a[i] - ma) ** 2;
      sbb += (b[i] - mb) ** 2;
    }
    return sab / Math.sqrt(saa * sbb);
  };
  const rc = corr(xs, ys);
  if (Math.abs(rc) > 4 / Math.sqrt(xs.length)) r4 += ` row/worker order correlation ${rc.toFixed(3)};`;
  const present = new Set([...truth.values()].filter((x): x is string => !!x));
  const regHalf = Math.floor(reg.length / 2);
  const aA = reg.slice(0, regHalf).filter((w) => !present.has(w.workerId)).length / regHalf;
  const aB = reg.slice(regHalf).filter((w) => !present.has(w.workerId)).length / (reg.length - regHalf);
  const aAll = 1 - present.size / reg.length;
  if (Math.abs(aA - aB) > sdiff(aAll, regHalf, reg.length - regHalf)) r4 += ` absent share by half ${aA.toFixed(3)}/${aB.toFixed(3)};`;
  if (new Set(reg.map((w) => w.workerId)).size !== reg.length) r4 += ' duplicate workerId;';
  if (present.size !== trueRows.length) r4 += ' a registered worker on site twice;';
  console.log(`  rule 4 (no leaks): ${r4 || 'ok'} (row/worker order r=${rc.toFixed(3)}, hidden share halves ${hA.toFixed(3)}/${hB.toFixed(3)}, absent share halves ${aA.toFixed(3)}/${aB.toFixed(3)})`);
  if (r4) fail('rule 4');

  // rule 5
  let undecidable = 0;
  let ambiguous = 0;
  const undKinds = new Map<string, number>();
  const grades = (o: OnsiteWorker, w: RegisteredWorker, k: number): number[] => {
    let name: number;
    if (isKhmer(o.name)) name = khmerKey(o.name) === k ? 0 : 1;
    else {
      const q = latinNorm(o.name);
      name = lex().latin[k].includes(q) || (w.nameLatin !== null && latinNorm(w.nameLatin) === q) ? 0 : 1;
    }
    const f = (a: string | null, b: string | null, same: (x: string, y: string) => boolean) => (a === null ? -1 : b === null ? 2 : a === b ? 0 : same(a, b) ? 1 : 3);
    return [
      name,
      f(o.nationalId, w.nationalId, within1),
      f(o.nssfNumber, w.nssfNumber, within1),
      f(o.dateOfBirth, w.dateOfBirth, dobCompat),
      o.sex === null ? -1 : w.sex === null ? 2 : 0,
    ];
  };
  for (const o of trueRows) {
    const wi = byId.get(truth.get(o.id)!)!;
    const gw = grades(o, reg[wi], idx.keys[wi]);
    let amb = false;
    let und = false;
    for (const c of idx.query(o.name)) {
      if (c === wi || ruledOut(o, reg[c])) continue;
      amb = true;
      const gc = grades(o, reg[c], idx.keys[c]);
      let better = false;
      let worse = false;
      for (let d = 0; d < gw.length; d++) {
        if (gw[d] < gc[d]) better = true;
        if (gw[d] > gc[d]) worse = true;
      }
      if (!better || worse) und = true;
    }
    if (amb) ambiguous++;
    if (und) {
      undecidable++;
      if (process.env.DEBUG11) bump(undKinds, `${o.source} dob:${!!o.dateOfBirth} nid:${!!o.nationalId} nssf:${!!o.nssfNumber} sex:${!!o.sex}`);
    }
  }
  console.log(`  rule 5 (undecidable true rows): ${undecidable} (${pct(undecidable, tr)}); rows with another candidate not ruled out but the truth strictly better: ${ambiguous - undecidable}`);
  if (process.env.DEBUG11) console.log(undKinds);
  if (undecidable / tr >= 0.04) fail('rule 5');

  // schemas
  const { OnsiteWorker: OS, RegisteredWorker: RS } = await import('../../src/protocol');
  const badReg = reg.filter((w) => !RS.safeParse(w).success).length;
  const badOn = onsite.filter((o) => !OS.safeParse(o).success || 'statedStartDate' in o || 'wageRiel' in o).length;
  console.log(`  schemas: ${badReg} registered and ${badOn} on-site records invalid`);
  if (badReg || badOn) fail('schemas');

  // determinism
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const same = ser(generateEleventh(size, seed)) === ser(roster);
  const other = ser(generateEleventh(size, seed + 1)) !== ser(roster);
  console.log(`  determinism: same seed identical ${same}, other seed differs ${other}`);
  if (!same || !other) fail('determinism');

  console.log(`  10k generation: ${ms10k.toFixed(0)} ms (first call, lexicon build included)`);
  if (ms10k > 2000) fail('10k generation over 2 s');

  console.log(ok ? 'PASS' : 'FAIL');
  if (!ok) process.exit(1);
}

if (process.argv[1]?.endsWith('eleventh.ts')) {
  selfCheck().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
