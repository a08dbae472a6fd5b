/**
 * `sixtysecond`: a blind, labelled benchmark roster, theme "ID numbers that mislead".
 *
 * The story. A factory's register at the fund was keyed by the fund's clerks from paper forms,
 * and its ID numbers cannot be taken at their word:
 *   - 3-5 % of registered workers carry a national ID that is another registered worker's: the
 *     clerk copied it from the row above, or from a family member's form (same family name).
 *   - 1-2 % of registered workers share an NSSF number with one other worker (issued twice).
 *   - 1-2 % carry a national ID that is a neighbouring row's with one digit changed.
 *   - ~1.5 % have no national ID on the register at all.
 * On site, 7-10 % of rows are hidden workers. About a third of them work on a BORROWED or bought
 * ID card: they give their own name, their own date of birth and their own sex, but the national
 * ID of a registered worker who is absent that day (a tenth of those with one slip; some also
 * quote the owner's NSSF number). The other hidden workers carry no registered number (a quarter
 * carry their own, unregistered, national ID). About 5 % of registered workers are absent.
 *
 * True on-site rows carry, for their registered worker:
 *   - the name in Khmer (~40 %) or Latin (~60 %). Latin: any listed romanization of each word,
 *     family/given order swapped (~15 %), upper/lower/title case, at most one typo (~7 % of
 *     Latin rows: one substitution, deletion, insertion or swap of adjacent letters in one word
 *     of 4+ letters, first letter kept). Khmer: zero-width space or no space between the words,
 *     register shifter typed after the vowel, nikahit typed before the vowel ុ, NFD, order swap
 *     (about half of Khmer rows differ from the register's code points);
 *   - national ID on ~40 % of rows (the register's value exactly, or one slip: one digit
 *     mistyped or two adjacent digits swapped). A worker whose register ID is another's carries
 *     that same (shared) register value when it carries one — the employer's sheet has the same
 *     error. A worker whose register ID is a neighbour's with one digit changed sometimes carries
 *     the neighbour's own number, which is one slip from the register value;
 *   - NSSF number on ~25 % of rows (exact or one slip), DOB on ~80 % (exact, or day/month
 *     swapped on ~3 % of dates), sex on ~85 % (always right). Where a row's name could also pass
 *     for another registered worker and nothing on it tells them apart, the row is usually (85 %)
 *     given its DOB and sex, as an inspector would ask for them.
 * Rows come from the employer's CSV (~60 %), manual entry (~35 %) or an ID-card scan (~5 %),
 * drawn the same way for true and hidden rows.
 * Registered names are the canonical Khmer (sometimes keyed with a zero-width space or the other
 * code point order) and a Latin name that is missing on ~12 % of rows.
 *
 * FAIRNESS RULES (audited by the self-check below; "could pass by name" means: the on-site name,
 * lower-cased with spaces/zero-width characters removed and Khmer put in a canonical code point
 * order, is within one edit — substitution, insertion, deletion or adjacent swap — of some
 * spelling of the worker's name in either order, in either script):
 *   1. A true row carries only plausible variants of its registered worker (as listed above). No
 *      other variation is modelled.
 *   2. Registered workers who could pass for each other by name (same full name in any spelling,
 *      or one edit apart) never share a date of birth, nor are their dates a day/month swap or
 *      one digit (or one adjacent-digit swap) apart.
 *   3. A hidden row either could not pass by name for any registered worker, or is ruled out from
 *      every one it could pass for by a field present on BOTH sides: sex differs, DOB more than a
 *      swap/one digit apart, or national IDs 2+ edits apart. In particular a borrowed-card row is
 *      ruled out from the card's owner by its name, or (when the name could pass) by DOB or sex;
 *      a borrower with the owner's very name, date and sex is never generated.
 *   4. Nothing leaks the truth: on-site rows are shuffled, their ids are random v4 UUIDs from the
 *      seeded PRNG, recordedAt increases in row order, the source (csv/manual/id-card) is drawn
 *      the same way for every row, and registered worker ids are assigned after shuffling.
 *   5. Undecidable true rows — another registered worker whom the row could pass for by name and
 *      whom no field present on both sides tells apart (sex, DOB, national ID, NSSF number) —
 *      stay under 4 %. Rows tied only by a shared register ID are decided by name and date.
 *
 * Run directly for the self-check: `npx tsx test/bench/sixtysecond.ts 10000 1`.
 */
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import { SX_FAMILY, SX_GIVEN_F, SX_GIVEN_M, type SxName } from './sixtysecond-names';

export const SIXTYSECOND_LABEL =
  'ID numbers that mislead: register IDs copied from another worker or one digit off, NSSF numbers issued twice, hidden workers on borrowed ID cards';

type Sex = 'M' | 'F';
type Row = OnsiteWorker;

// ---------------------------------------------------------------------------------------------
// Name normalisation and the "could pass by name" index
// ---------------------------------------------------------------------------------------------

const KHMER = /[\u1780-\u17FF]/;
const isShifter = (c: number) => c === 0x17c9 || c === 0x17ca;
const isVowel = (c: number) => c >= 0x17b6 && c <= 0x17c5;

/** Khmer in one canonical form: NFC, no spaces or zero-width characters, shifter before vowel, ុ before ំ. */
function normKh(s: string): string {
  const cps = [...s.normalize('NFC').replace(/[\s\u200b-\u200d\ufeff]/g, '')].map((c) => c.codePointAt(0)!);
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i + 1 < cps.length; i++) {
      const a = cps[i];
      const b = cps[i + 1];
      if ((isVowel(a) && isShifter(b)) || (a === 0x17c6 && b === 0x17bb)) {
        cps[i] = b;
        cps[i + 1] = a;
        changed = true;
      }
    }
  }
  return String.fromCodePoint(...cps);
}
const normLat = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
const normName = (s: string) => (KHMER.test(s) ? normKh(s) : normLat(s));

/** Optimal-string-alignment distance <= 1 (one substitution, insertion, deletion or adjacent swap). */
function osa1(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (la === lb) {
    let i = 0;
    while (a[i] === b[i]) i++;
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  if (Math.abs(la - lb) !== 1) return false;
  const [l, s] = la > lb ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && l[i] === s[i]) i++;
  return l.slice(i + 1) === s.slice(i);
}

const M1 = 67108859;
const M2 = 67108837;
const POW1: number[] = [1];
const POW2: number[] = [1];
const PRE1: number[] = [];
const PRE2: number[] = [];
const SUF1: number[] = [];
const SUF2: number[] = [];

/** Hashes of s itself and of s less each one of its characters (two 26-bit polynomial hashes in one number). */
function delKeys(s: string, out: number[]): void {
  const n = s.length;
  while (POW1.length <= n) {
    POW1.push((POW1[POW1.length - 1] * 131) % M1);
    POW2.push((POW2[POW2.length - 1] * 137) % M2);
  }
  PRE1[0] = PRE2[0] = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    PRE1[i + 1] = (PRE1[i] * 131 + c) % M1;
    PRE2[i + 1] = (PRE2[i] * 137 + c) % M2;
  }
  SUF1[n] = SUF2[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    SUF1[i] = (c * POW1[n - 1 - i] + SUF1[i + 1]) % M1;
    SUF2[i] = (c * POW2[n - 1 - i] + SUF2[i + 1]) % M2;
  }
  out.length = 0;
  out.push(PRE1[n] * 67108864 + PRE2[n]);
  for (let i = 0; i < n; i++) {
    const h1 = (PRE1[i] * POW1[n - 1 - i] + SUF1[i + 1]) % M1;
    const h2 = (PRE2[i] * POW2[n - 1 - i] + SUF2[i + 1]) % M2;
    out.push(h1 * 67108864 + h2);
  }
}

interface Given extends SxName {
  sex: Sex;
}

interface Pool {
  fam: readonly SxName[];
  giv: Given[];
  G: number;
  /** unique normalised variant strings, and the identities (fam * G + giv) each belongs to */
  strs: string[];
  strIds: number[][];
  /** normalised string → index in strs (exact spelling variants) */
  exact: Map<string, number>;
  /** the variant strings of each identity */
  identStrs: number[][];
  /** deletion index: hash of a string or of it less one character → head of a list of strs indices */
  del: Map<number, number>;
  eStr: Int32Array;
  eNext: Int32Array;
  passCache: Map<string, number[]>;
  nbrCache: (number[] | undefined)[];
}

let POOL: Pool | undefined;

function pool(): Pool {
  if (POOL) return POOL;
  const giv: Given[] = [...SX_GIVEN_F.map((g) => ({ ...g, sex: 'F' as Sex })), ...SX_GIVEN_M.map((g) => ({ ...g, sex: 'M' as Sex }))];
  const G = giv.length;
  const strs: string[] = [];
  const strIds: number[][] = [];
  const exact = new Map<string, number>();
  const identStrs: number[][] = [];
  const add = (s: string, id: number, own: Set<number>) => {
    let k = exact.get(s);
    if (k === undefined) {
      k = strs.length;
      strs.push(s);
      strIds.push([]);
      exact.set(s, k);
    }
    if (!own.has(k)) {
      own.add(k);
      strIds[k].push(id);
    }
  };
  for (let f = 0; f < SX_FAMILY.length; f++) {
    for (let g = 0; g < G; g++) {
      const id = f * G + g;
      const own = new Set<number>();
      const F = SX_FAMILY[f];
      const Gv = giv[g];
      for (const fl of F.lat) for (const gl of Gv.lat) {
        add(normLat(fl + gl), id, own);
        add(normLat(gl + fl), id, own);
      }
      add(normKh(F.kh + Gv.kh), id, own);
      add(normKh(Gv.kh + F.kh), id, own);
      identStrs.push([...own]);
    }
  }
  // The deletion index, keyed by hashes so that no deleted-string is ever built. A hash collision
  // only adds a candidate, and every candidate is checked with osa1.
  let total = 0;
  for (const x of strs) total += x.length + 1;
  const del = new Map<number, number>();
  const eStr = new Int32Array(total);
  const eNext = new Int32Array(total);
  let e = 0;
  const keys: number[] = [];
  for (let k = 0; k < strs.length; k++) {
    delKeys(strs[k], keys);
    for (const key of keys) {
      const head = del.get(key);
      if (head !== undefined && eStr[head] === k) continue;
      eStr[e] = k;
      eNext[e] = head ?? -1;
      del.set(key, e++);
    }
  }
  POOL = { fam: SX_FAMILY, giv, G, strs, strIds, exact, identStrs, del, eStr, eNext, passCache: new Map(), nbrCache: [] };
  return POOL;
}

/** Identities (fam * G + giv) whose name the normalised string `n` could pass for. */
function passNorm(P: Pool, n: string): number[] {
  const hit = P.passCache.get(n);
  if (hit) return hit;
  const ks = new Set<number>();
  const keys: number[] = [];
  delKeys(n, keys);
  for (const key of keys) {
    for (let e = P.del.get(key) ?? -1; e >= 0; e = P.eNext[e]) ks.add(P.eStr[e]);
  }
  const ids = new Set<number>();
  for (const k of ks) if (osa1(n, P.strs[k])) for (const id of P.strIds[k]) ids.add(id);
  const out = [...ids].sort((a, b) => a - b);
  P.passCache.set(n, out);
  return out;
}
const pass = (P: Pool, name: string) => passNorm(P, normName(name));

/** Identities that could pass for identity `id` (itself included): rule 2's "namesakes". */
function nbrIdent(P: Pool, id: number): number[] {
  const hit = P.nbrCache[id];
  if (hit) return hit;
  // First call: link every pair of identities with variant strings one edit apart, in one pass
  // over the deletion index (two strings one edit apart always share a key there).
  const sets: Set<number>[] = Array.from({ length: P.fam.length * P.G }, (_, i) => new Set([i]));
  const link = (a: number, b: number) => {
    for (const i of P.strIds[a]) for (const j of P.strIds[b]) {
      sets[i].add(j);
      sets[j].add(i);
    }
  };
  for (let k = 0; k < P.strs.length; k++) link(k, k);
  const ks: number[] = [];
  for (const head of P.del.values()) {
    if (P.eNext[head] < 0) continue;
    ks.length = 0;
    for (let e = head; e >= 0; e = P.eNext[e]) ks.push(P.eStr[e]);
    for (let x = 0; x < ks.length; x++) for (let y = x + 1; y < ks.length; y++) {
      if (ks[x] !== ks[y] && osa1(P.strs[ks[x]], P.strs[ks[y]])) link(ks[x], ks[y]);
    }
  }
  sets.forEach((st, i) => (P.nbrCache[i] = [...st]));
  return P.nbrCache[id]!;
}

// ---------------------------------------------------------------------------------------------
// Dates and ID numbers
// ---------------------------------------------------------------------------------------------

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const ymd = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
const dobNum = (s: string) => Number(s.slice(0, 4)) * 10000 + Number(s.slice(5, 7)) * 100 + Number(s.slice(8, 10));

/**
 * Two dates of birth a person could confuse (as yyyymmdd numbers): equal, day/month swapped, or
 * one digit (or one adjacent-digit swap) apart.
 */
function closeNum(a: number, b: number): boolean {
  if (a === b) return true;
  const d = a % 100;
  const m = Math.floor(a / 100) % 100;
  if (a - d - m * 100 + m + d * 100 === b) return true;
  let x = a;
  let z = b;
  let diffs = 0;
  let k1 = -1;
  let a1 = 0;
  let b1 = 0;
  let k2 = -1;
  let a2 = 0;
  let b2 = 0;
  for (let k = 0; k < 8; k++) {
    const ca = x % 10;
    const cb = z % 10;
    if (ca !== cb) {
      diffs++;
      if (diffs === 1) [k1, a1, b1] = [k, ca, cb];
      else if (diffs === 2) [k2, a2, b2] = [k, ca, cb];
      else return false;
    }
    x = (x - ca) / 10;
    z = (z - cb) / 10;
  }
  if (diffs === 1) return true;
  return k2 === k1 + 1 && a1 === b2 && a2 === b1;
}
const dobClose = (a: string, b: string) => closeNum(dobNum(a), dobNum(b));

function randDob(r: Rng): string {
  const y = 2006 - Math.floor(34 * r.next() ** 1.35);
  const m = r.int(1, 12);
  return ymd(y, m, r.int(1, daysIn(y, m)));
}

function swapDayMonth(d: string): string | null {
  const day = Number(d.slice(8, 10));
  const mon = Number(d.slice(5, 7));
  if (day > 12 || day === mon) return null;
  return `${d.slice(0, 4)}-${pad(day, 2)}-${pad(mon, 2)}`;
}

const POW10 = Array.from({ length: 12 }, (_, i) => 10 ** i);

/** Numbers of `len` digits, each at least 2 edits (substitution / adjacent swap) from every other issued. */
class IdBank {
  used = new Set<number>();
  constructor(readonly len: number, readonly lo: number, readonly hi: number) {}
  neighbours(x: number): number[] {
    const out: number[] = [];
    for (let k = 0; k < this.len; k++) {
      const d = Math.floor(x / POW10[k]) % 10;
      for (let e = 0; e < 10; e++) if (e !== d) out.push(x + (e - d) * POW10[k]);
    }
    for (let k = 0; k + 1 < this.len; k++) {
      const d0 = Math.floor(x / POW10[k]) % 10;
      const d1 = Math.floor(x / POW10[k + 1]) % 10;
      if (d0 !== d1) out.push(x + (d1 - d0) * POW10[k] + (d0 - d1) * POW10[k + 1]);
    }
    return out;
  }
  free(x: number, except = -1): boolean {
    const u = this.used;
    if (u.has(x)) return false;
    for (let k = 0; k < this.len; k++) {
      const p = POW10[k];
      const d = Math.floor(x / p) % 10;
      const base = x - d * p;
      for (let e = 0; e < 10; e++) {
        const n = base + e * p;
        if (e !== d && n !== except && u.has(n)) return false;
      }
      if (k + 1 < this.len) {
        const d1 = Math.floor(x / POW10[k + 1]) % 10;
        const n = x + (d1 - d) * p + (d - d1) * POW10[k + 1];
        if (d1 !== d && n !== except && u.has(n)) return false;
      }
    }
    return true;
  }
  fresh(r: Rng): string {
    for (;;) {
      const x = r.int(this.lo, this.hi);
      if (this.free(x)) {
        this.used.add(x);
        return pad(x, this.len);
      }
    }
  }
  /** A new number one digit away from `of`, and at least 2 edits from every other issued number. */
  nearOf(r: Rng, of: string): string | null {
    const x0 = Number(of);
    for (let t = 0; t < 60; t++) {
      const k = r.int(0, this.len - 2);
      const d = Math.floor(x0 / POW10[k]) % 10;
      let e = r.int(0, 8);
      if (e >= d) e++;
      const x = x0 + (e - d) * POW10[k];
      if (this.free(x, x0)) {
        this.used.add(x);
        return pad(x, this.len);
      }
    }
    return null;
  }
}

/** One slip in an ID: one digit mistyped (70 %) or two adjacent different digits swapped. */
function slipId(r: Rng, s: string): string {
  const c = s.split('');
  if (r.chance(0.3)) {
    const ks: number[] = [];
    for (let i = 0; i + 1 < c.length; i++) if (c[i] !== c[i + 1]) ks.push(i);
    if (ks.length) {
      const i = r.pick(ks);
      [c[i], c[i + 1]] = [c[i + 1], c[i]];
      return c.join('');
    }
  }
  const i = r.int(0, c.length - 1);
  let e = r.int(0, 8);
  if (e >= Number(c[i])) e++;
  c[i] = String(e);
  return c.join('');
}

function uuid(r: Rng): string {
  const h: string[] = [];
  for (let i = 0; i < 32; i++) h.push(Math.floor(r.next() * 16).toString(16));
  h[12] = '4';
  h[16] = '89ab'[Math.floor(r.next() * 4)];
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

// ---------------------------------------------------------------------------------------------
// Name rendering
// ---------------------------------------------------------------------------------------------

function pickLat(r: Rng, xs: readonly string[]): string {
  return r.chance(0.55) ? xs[0] : r.pick(xs);
}

function caseLat(r: Rng, fam: string, giv: string, swap: boolean): string {
  const u = r.next();
  let f = fam;
  let g = giv;
  if (u < 0.28) {
    f = f.toUpperCase();
    g = g.toUpperCase();
  } else if (u < 0.36) {
    f = f.toLowerCase();
    g = g.toLowerCase();
  } else if (u < 0.5) f = f.toUpperCase();
  return swap ? `${g} ${f}` : `${f} ${g}`;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One typo in one word of 4+ letters; returns null when no word is long enough. */
function typo(r: Rng, name: string): string | null {
  const words = name.split(' ');
  const idx = words.map((w, i) => (w.length >= 4 ? i : -1)).filter((i) => i >= 0);
  if (!idx.length) return null;
  const wi = r.pick(idx);
  const w = words[wi];
  const up = w === w.toUpperCase();
  const letter = () => {
    const l = LETTERS[r.int(0, 25)];
    return up ? l.toUpperCase() : l;
  };
  for (let t = 0; t < 20; t++) {
    const op = r.int(0, 3);
    const i = r.int(1, w.length - 1); // keep the first letter, as most typos do
    let v = w;
    if (op === 0) v = w.slice(0, i) + letter() + w.slice(i + 1);
    else if (op === 1) v = w.slice(0, i) + w.slice(i + 1);
    else if (op === 2) v = w.slice(0, i) + w[i - 1] + w.slice(i);
    else if (i + 1 < w.length) v = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    if (v.toLowerCase() !== w.toLowerCase()) {
      words[wi] = v;
      return words.join(' ');
    }
  }
  return null;
}

/** A Khmer word in another keyboard's code point order. */
function khOrder(r: Rng, s: string): string {
  const cps = [...s].map((c) => c.codePointAt(0)!);
  let changed = false;
  for (let i = 0; i + 1 < cps.length; i++) {
    const a = cps[i];
    const b = cps[i + 1];
    if ((isShifter(a) && isVowel(b)) || (a === 0x17bb && b === 0x17c6)) {
      cps[i] = b;
      cps[i + 1] = a;
      changed = true;
      i++;
    }
  }
  return changed ? String.fromCodePoint(...cps) : s;
}

function renderKh(r: Rng, fam: string, giv: string, swap: boolean, pOrder: number): string {
  let f = fam;
  let g = giv;
  if (r.chance(pOrder)) {
    f = khOrder(r, f);
    g = khOrder(r, g);
  }
  const u = r.next();
  const sep = u < 0.62 ? ' ' : u < 0.87 ? '\u200b' : '';
  let s = swap ? g + sep + f : f + sep + g;
  if (r.chance(0.12)) s = s.normalize('NFD');
  return s;
}

/** The name as an on-site row carries it, either script. */
function renderOnsite(r: Rng, P: Pool, f: number, g: number): string {
  const F = P.fam[f];
  const Gv = P.giv[g];
  if (r.chance(0.4)) return renderKh(r, F.kh, Gv.kh, r.chance(0.08), 0.35);
  const name = caseLat(r, pickLat(r, F.lat), pickLat(r, Gv.lat), r.chance(0.15));
  if (r.chance(0.07)) return typo(r, name) ?? name;
  return name;
}

// ---------------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------------

interface Person {
  f: number;
  g: number;
  ident: number;
  sex: Sex;
  dob: string;
  dobN: number;
  regNid: string | null;
  regNssf: string;
  /** 'copy': nid is another's; 'slip': nid is a neighbour's with one digit changed */
  nidRole: 'clean' | 'source' | 'copy' | 'slipSource' | 'slip' | 'missing';
  /** for 'slip': the neighbour's own number, which the worker sometimes gives on site */
  slipOf: string | null;
  nssfShared: boolean;
  absent: boolean;
  workerId: string;
  reg?: RegisteredWorker;
}

interface Draft {
  name: string;
  nid: string | null;
  nssf: string | null;
  sex: Sex | null;
  dob: string | null;
  truth: string | null;
}

interface Fields {
  sex: Sex | null;
  dob: string | null;
  nid: string | null;
  nssf?: string | null;
}

/** Rule 3's test: a field present on both sides tells the on-site row from registered worker x. */
function ruledOut(h: Fields, x: RegisteredWorker): boolean {
  if (h.sex && x.sex && h.sex !== x.sex) return true;
  if (h.dob && x.dateOfBirth && !dobClose(h.dob, x.dateOfBirth)) return true;
  if (h.nid && x.nationalId && !osa1(h.nid, x.nationalId)) return true;
  return false;
}
/** Rule 5's test also counts the NSSF number as telling two workers apart. */
const toldApart = (h: Fields, x: RegisteredWorker) =>
  ruledOut(h, x) || (!!h.nssf && !!x.nssfNumber && !osa1(h.nssf, x.nssfNumber));

/** ruledOut / toldApart against a generated person, on numbers (the hot path). */
function apartP(h: Draft, hd: number, p: Person, nssfToo: boolean): boolean {
  if (h.sex && h.sex !== p.sex) return true;
  if (hd && !closeNum(hd, p.dobN)) return true;
  if (h.nid && p.regNid && !osa1(h.nid, p.regNid)) return true;
  return nssfToo && !!h.nssf && !osa1(h.nssf, p.regNssf);
}

export function generateSixtysecond(size: number, seed: number): Roster {
  const r = rng((Math.imul(seed >>> 0, 0x9e3779b1) ^ 0x62d00062) >>> 0);
  const P = pool();
  const N = Math.max(10, Math.floor(size));

  // Per-seed rates within the theme's ranges.
  const rateCopy = 0.03 + 0.02 * r.next();
  const rateNssf = 0.01 + 0.01 * r.next();
  const rateSlip = 0.01 + 0.01 * r.next();
  const rateNoNid = 0.015;
  const rateHidden = 0.07 + 0.03 * r.next();
  const rateAbsent = 0.045 + 0.015 * r.next();
  const shareBorrowed = 0.3 + 0.07 * r.next();

  const nidBank = new IdBank(9, 0, 299_999_999);
  const nssfBank = new IdBank(10, 1_000_000_000, 1_999_999_999);

  // 1. The register, in the order the clerks keyed it. Rule 2 is kept while drawing dates.
  const people: Person[] = [];
  const dobsByIdent = new Map<number, number[]>();
  const famF = SX_GIVEN_F.length;
  for (let i = 0; i < N; i++) {
    let f = 0;
    let g = 0;
    let sex: Sex = 'F';
    let dob = '';
    for (let attempt = 0; ; attempt++) {
      f = P.fam.indexOf(r.pickSkewed(P.fam, 2.2));
      sex = r.chance(0.74) ? 'F' : 'M';
      g = sex === 'F' ? SX_GIVEN_F.indexOf(r.pickSkewed(SX_GIVEN_F, 1.5)) : famF + SX_GIVEN_M.indexOf(r.pickSkewed(SX_GIVEN_M, 1.5));
      const nb = nbrIdent(P, f * P.G + g);
      let ok = false;
      for (let t = 0; t < 40 && !ok; t++) {
        dob = randDob(r);
        const dn = dobNum(dob);
        ok = nb.every((j) => (dobsByIdent.get(j) ?? []).every((d) => !closeNum(d, dn)));
      }
      if (ok) break;
      if (attempt > 50) throw new Error('sixtysecond: cannot keep namesakes apart by date of birth');
    }
    const ident = f * P.G + g;
    const list = dobsByIdent.get(ident);
    if (list) list.push(dobNum(dob));
    else dobsByIdent.set(ident, [dobNum(dob)]);
    people.push({
      f, g, ident, sex, dob, dobN: dobNum(dob),
      regNid: nidBank.fresh(r),
      regNssf: nssfBank.fresh(r),
      nidRole: 'clean', slipOf: null, nssfShared: false, absent: false, workerId: '',
    });
  }

  // 2. The clerks' mistakes.
  const byFam = new Map<number, number[]>();
  people.forEach((p, i) => {
    const a = byFam.get(p.f);
    if (a) a.push(i);
    else byFam.set(p.f, [i]);
  });
  const nCopy = Math.round(N * rateCopy);
  for (let t = 0, done = 0; done < nCopy && t < nCopy * 30; t++) {
    const b = r.int(1, N - 1);
    let a = b - 1;
    if (r.chance(0.45)) {
      const fam = byFam.get(people[b].f)!;
      a = r.pick(fam);
    }
    if (a === b || people[a].nidRole !== 'clean' || people[b].nidRole !== 'clean') continue;
    people[b].regNid = people[a].regNid;
    people[a].nidRole = 'source';
    people[b].nidRole = 'copy';
    done++;
  }
  const nSlip = Math.round(N * rateSlip);
  for (let t = 0, done = 0; done < nSlip && t < nSlip * 30; t++) {
    const c = r.int(1, N - 2);
    const d = r.chance(0.5) ? c - 1 : c + 1;
    if (people[c].nidRole !== 'clean' || people[d].nidRole !== 'clean') continue;
    const v = nidBank.nearOf(r, people[d].regNid!);
    if (!v) continue;
    people[c].regNid = v;
    people[c].slipOf = people[d].regNid;
    people[c].nidRole = 'slip';
    people[d].nidRole = 'slipSource';
    done++;
  }
  const nNssf = Math.round((N * rateNssf) / 2);
  for (let t = 0, done = 0; done < nNssf && t < nNssf * 30; t++) {
    const e = r.int(0, N - 1);
    const f = r.int(0, N - 1);
    if (e === f || people[e].nssfShared || people[f].nssfShared) continue;
    people[e].regNssf = people[f].regNssf;
    people[e].nssfShared = people[f].nssfShared = true;
    done++;
  }
  const nNoNid = Math.round(N * rateNoNid);
  for (let t = 0, done = 0; done < nNoNid && t < nNoNid * 30; t++) {
    const p = people[r.int(0, N - 1)];
    if (p.nidRole !== 'clean') continue;
    p.regNid = null;
    p.nidRole = 'missing';
    done++;
  }

  // 3. The register as the fund sends it: shuffled, then numbered.
  const order = r.shuffle(people.map((_, i) => i));
  const registered: RegisteredWorker[] = [];
  order.forEach((i, k) => {
    const p = people[i];
    p.workerId = `W${pad(k + 1, 6)}`;
    const F = P.fam[p.f];
    const Gv = P.giv[p.g];
    const nameKh = r.chance(0.1) ? renderKh(r, F.kh, Gv.kh, false, 0.5) : `${F.kh} ${Gv.kh}`;
    let nameLatin: string | null = null;
    if (!r.chance(0.12)) {
      const fl = r.chance(0.7) ? F.lat[0] : r.pick(F.lat);
      const gl = r.chance(0.7) ? Gv.lat[0] : r.pick(Gv.lat);
      nameLatin = r.chance(0.6) ? `${fl.toUpperCase()} ${gl}` : r.chance(0.5) ? `${fl} ${gl}` : `${fl} ${gl}`.toUpperCase();
    }
    const by = Number(p.dob.slice(0, 4));
    const from = Math.max(Date.UTC(by + 18, r.int(0, 11), 1), Date.UTC(2008, 0, 1));
    const to = Date.UTC(2025, 1, 28);
    const hire = new Date(from + Math.floor(r.next() * Math.max(0, to - from))).toISOString().slice(0, 10);
    const reg: RegisteredWorker = {
      workerId: p.workerId,
      nssfNumber: p.regNssf,
      nationalId: p.regNid,
      nameKh,
      nameLatin,
      sex: p.sex,
      dateOfBirth: p.dob,
      hireDate: hire,
      wageRiel: r.chance(0.08) ? null : 1000 * r.int(780, 1500),
    };
    p.reg = reg;
    registered.push(reg);
  });
  const byIdent = new Map<number, Person[]>();
  for (const p of people) {
    const a = byIdent.get(p.ident);
    if (a) a.push(p);
    else byIdent.set(p.ident, [p]);
  }
  const candidates = (name: string): Person[] => {
    const out: Person[] = [];
    for (const id of pass(P, name)) for (const p of byIdent.get(id) ?? []) out.push(p);
    return out;
  };

  // 4. Who is absent today; the absent whose clean card can be lent.
  const nAbsent = Math.round(N * rateAbsent);
  for (const i of r.shuffle(people.map((_, i) => i)).slice(0, nAbsent)) people[i].absent = true;
  const present = people.filter((p) => !p.absent);
  const nHidden = Math.round((present.length * rateHidden) / (1 - rateHidden));
  const owners = r.shuffle(people.filter((p) => p.absent && p.nidRole === 'clean' && !p.nssfShared));
  const nBorrowed = Math.min(owners.length, Math.round(nHidden * shareBorrowed));

  // 5. True rows.
  const drafts: Draft[] = [];
  for (const p of present) {
    const reg = p.reg!;
    const d: Draft = { name: renderOnsite(r, P, p.f, p.g), nid: null, nssf: null, sex: null, dob: null, truth: reg.workerId };
    if (r.chance(0.85)) d.sex = p.sex;
    if (r.chance(0.7)) d.dob = r.chance(0.12) ? (swapDayMonth(p.dob) ?? p.dob) : p.dob;
    if (p.regNid && r.chance(0.4)) {
      if (p.nidRole === 'slip' && r.chance(0.3)) d.nid = p.slipOf;
      else d.nid = r.chance(0.9) ? p.regNid : slipId(r, p.regNid);
    }
    if (r.chance(0.25)) d.nssf = r.chance(0.94) ? p.regNssf : slipId(r, p.regNssf);
    const tied = () => {
      const hd = d.dob ? dobNum(d.dob) : 0;
      return candidates(d.name).some((x) => x !== p && !apartP(d, hd, x, true));
    };
    if (tied() && r.chance(0.85)) {
      d.dob = p.dob;
      d.sex = p.sex;
      if (tied() && p.regNid && p.nidRole !== 'copy') d.nid = p.regNid;
    }
    drafts.push(d);
  }

  // 6. Hidden rows: borrowed cards first, then the rest. Rule 3 is kept by construction.
  const fairHidden = (h: Draft): boolean => {
    const hd = h.dob ? dobNum(h.dob) : 0;
    return candidates(h.name).every((x) => apartP(h, hd, x, false));
  };
  const drawPerson = (): { f: number; g: number } => {
    const f = P.fam.indexOf(r.pickSkewed(P.fam, 2.2));
    const g = r.chance(0.74) ? SX_GIVEN_F.indexOf(r.pickSkewed(SX_GIVEN_F, 1.5)) : famF + SX_GIVEN_M.indexOf(r.pickSkewed(SX_GIVEN_M, 1.5));
    return { f, g };
  };
  const settle = (h: Draft): boolean => {
    if (fairHidden(h)) return true;
    for (let t = 0; t < 40; t++) {
      h.dob = randDob(r);
      if (fairHidden(h)) return true;
    }
    return false;
  };
  for (let b = 0; b < nBorrowed; b++) {
    const o = owners[b];
    for (;;) {
      let f: number;
      let g: number;
      if (r.chance(0.12)) ({ f, g } = o);
      else {
        ({ f, g } = drawPerson());
        if (r.chance(0.35)) f = o.f;
        if (r.chance(0.8) && P.giv[g].sex !== o.sex) continue;
      }
      const h: Draft = {
        name: renderOnsite(r, P, f, g),
        nid: r.chance(0.9) ? o.regNid : slipId(r, o.regNid!),
        nssf: r.chance(0.12) ? o.regNssf : null,
        sex: r.chance(0.88) ? P.giv[g].sex : null,
        dob: r.chance(0.88) ? randDob(r) : null,
        truth: null,
      };
      if (!fairHidden(h)) {
        h.sex = P.giv[g].sex;
        if (!h.dob) h.dob = randDob(r);
        if (!settle(h)) continue;
      }
      drafts.push(h);
      break;
    }
  }
  for (let k = nBorrowed; k < nHidden; k++) {
    for (;;) {
      let { f, g } = drawPerson();
      if (r.chance(0.55)) ({ f, g } = people[r.int(0, N - 1)]);
      const h: Draft = {
        name: renderOnsite(r, P, f, g),
        nid: r.chance(0.25) ? nidBank.fresh(r) : null,
        nssf: null,
        sex: r.chance(0.85) ? P.giv[g].sex : null,
        dob: r.chance(0.78) ? randDob(r) : null,
        truth: null,
      };
      if (!fairHidden(h)) {
        h.sex = P.giv[g].sex;
        if (!h.dob) h.dob = randDob(r);
        if (!settle(h)) continue;
      }
      drafts.push(h);
      break;
    }
  }

  // 7. The on-site list: shuffled, numbered, stamped.
  r.shuffle(drafts);
  const onsite: Row[] = [];
  const truth = new Map<string, string | null>();
  let t = Date.UTC(2025, 2, 12, 1, 0, 0);
  let csvRow = 0;
  for (const d of drafts) {
    const u = r.next();
    const source: Row['source'] = d.nid && u < 0.08 ? 'id-card' : u < 0.66 ? 'csv' : 'manual';
    t += source === 'csv' ? r.int(50, 900) : 1000 * r.int(5, 30);
    const id = uuid(r);
    onsite.push({
      id,
      visitId: 'visit-sixtysecond',
      name: d.name,
      nationalId: d.nid,
      nssfNumber: d.nssf,
      sex: d.sex,
      dateOfBirth: d.dob,
      source,
      sourceRow: source === 'csv' ? ++csvRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, d.truth);
  }
  return { registered, onsite, truth };
}

// ---------------------------------------------------------------------------------------------
// Self-check
// ---------------------------------------------------------------------------------------------

function selfCheck(size: number, seed: number): boolean {
  const t0 = performance.now();
  const roster = generateSixtysecond(size, seed);
  const ms = performance.now() - t0;
  const { registered, onsite, truth } = roster;
  const P = pool();
  let ok = true;
  const fail = (m: string) => {
    ok = false;
    console.log(`  FAIL ${m}`);
  };
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(2)} %`;
  const line = (k: string, v: string | number) => console.log(`  ${k.padEnd(44)} ${v}`);

  // Identities of registered workers, read back from their Khmer names (not from generator state).
  const regIdent = new Map<string, Set<number>>();
  const byIdent = new Map<number, RegisteredWorker[]>();
  const regById = new Map<string, RegisteredWorker>();
  for (const w of registered) {
    regById.set(w.workerId, w);
    const k = P.exact.get(normKh(w.nameKh));
    const ids = new Set(k === undefined ? [] : P.strIds[k]);
    if (!ids.size) fail(`registered ${w.workerId}: Khmer name ${w.nameKh} is not in the name lists`);
    regIdent.set(w.workerId, ids);
    for (const id of ids) {
      const a = byIdent.get(id);
      if (a) a.push(w);
      else byIdent.set(id, [w]);
    }
  }
  const cands = (name: string): RegisteredWorker[] => {
    const out = new Set<RegisteredWorker>();
    for (const id of pass(P, name)) for (const w of byIdent.get(id) ?? []) out.add(w);
    return [...out];
  };

  // ---- shape
  const trueRows = onsite.filter((o) => truth.get(o.id));
  const hiddenRows = onsite.filter((o) => truth.get(o.id) === null);
  const present = new Set(trueRows.map((o) => truth.get(o.id)!));
  console.log(`sixtysecond  size=${size} seed=${seed}`);
  line('registered', registered.length);
  line('on-site rows', onsite.length);
  line('  true rows', trueRows.length);
  line('  hidden rows', `${hiddenRows.length} (${pct(hiddenRows.length, onsite.length)} of on-site)`);
  line('absent registered', `${registered.length - present.size} (${pct(registered.length - present.size, registered.length)})`);

  // ---- the register's misleading IDs
  const nidCount = new Map<string, number>();
  const nssfCount = new Map<string, number>();
  for (const w of registered) {
    if (w.nationalId) nidCount.set(w.nationalId, (nidCount.get(w.nationalId) ?? 0) + 1);
    if (w.nssfNumber) nssfCount.set(w.nssfNumber, (nssfCount.get(w.nssfNumber) ?? 0) + 1);
  }
  const byNid = new Map<string, RegisteredWorker[]>();
  for (const w of registered) if (w.nationalId) byNid.set(w.nationalId, [...(byNid.get(w.nationalId) ?? []), w]);
  const sharedNid = registered.filter((w) => w.nationalId && nidCount.get(w.nationalId)! > 1).length;
  const sharedNssf = registered.filter((w) => w.nssfNumber && nssfCount.get(w.nssfNumber)! > 1).length;
  const bank = new IdBank(9, 0, 0);
  const nidSet = new Set([...nidCount.keys()].map(Number));
  let nearNid = 0;
  for (const id of nidCount.keys()) if (bank.neighbours(Number(id)).some((n) => nidSet.has(n))) nearNid++;
  line('registered sharing a national ID', `${sharedNid} workers, ${pct(sharedNid, registered.length)} (copies: ${pct(sharedNid / 2, registered.length)})`);
  line('registered national IDs one slip from another', `${nearNid} (${pct(nearNid / 2, registered.length)} neighbour slips)`);
  line('registered sharing an NSSF number', `${sharedNssf} (${pct(sharedNssf, registered.length)})`);
  line('registered with no national ID', pct(registered.filter((w) => !w.nationalId).length, registered.length));
  line('registered with no Latin name', pct(registered.filter((w) => !w.nameLatin).length, registered.length));

  // ---- true rows' variation
  let kh = 0, swapped = 0, typos = 0, khVar = 0, upper = 0;
  let dob = 0, dobSwap = 0, nid = 0, nidSlip = 0, nidShared = 0, nidPointsElse = 0, nssf = 0, nssfSlip = 0, nssfShared = 0, sex = 0;
  const viol1: string[] = [];
  let undecidable = 0;
  for (const o of trueRows) {
    const w = regById.get(truth.get(o.id)!);
    if (!w) {
      viol1.push(`${o.id}: truth points at no registered worker`);
      continue;
    }
    const own = regIdent.get(w.workerId)!;
    const n = normName(o.name);
    const k = P.exact.get(n);
    const isKh = KHMER.test(o.name);
    if (isKh) {
      kh++;
      const canon = w.nameKh;
      if (o.name !== canon) khVar++;
    } else if (o.name === o.name.toUpperCase()) upper++;
    if (k !== undefined && P.strIds[k].some((id) => own.has(id))) {
      const ident = [...own][0];
      const f = Math.floor(ident / P.G);
      const g = ident % P.G;
      const famFirst = isKh
        ? normKh(P.fam[f].kh + P.giv[g].kh) === n
        : P.fam[f].lat.some((fl) => P.giv[g].lat.some((gl) => normLat(fl + gl) === n));
      if (!famFirst) swapped++;
    } else if (pass(P, o.name).some((id) => own.has(id))) typos++;
    else viol1.push(`${o.id}: name ${o.name} is not a variant of ${w.nameKh} / ${w.nameLatin}`);
    if (o.sex) {
      sex++;
      if (o.sex !== w.sex) viol1.push(`${o.id}: wrong sex`);
    }
    if (o.dateOfBirth) {
      dob++;
      if (o.dateOfBirth !== w.dateOfBirth) {
        if (w.dateOfBirth && swapDayMonth(w.dateOfBirth) === o.dateOfBirth) dobSwap++;
        else viol1.push(`${o.id}: DOB ${o.dateOfBirth} vs ${w.dateOfBirth}`);
      }
    }
    if (o.nationalId) {
      nid++;
      if (!w.nationalId || !osa1(o.nationalId, w.nationalId)) viol1.push(`${o.id}: national ID ${o.nationalId} vs ${w.nationalId}`);
      else if (o.nationalId !== w.nationalId) nidSlip++;
      if (nidCount.get(w.nationalId ?? '')! > 1) nidShared++;
      if ((nidCount.get(o.nationalId) ?? 0) - (o.nationalId === w.nationalId ? 1 : 0) > 0) nidPointsElse++;
    }
    if (o.nssfNumber) {
      nssf++;
      if (!w.nssfNumber || !osa1(o.nssfNumber, w.nssfNumber)) viol1.push(`${o.id}: NSSF ${o.nssfNumber} vs ${w.nssfNumber}`);
      else if (o.nssfNumber !== w.nssfNumber) nssfSlip++;
      if (nssfCount.get(w.nssfNumber ?? '')! > 1) nssfShared++;
    }
    const f: Fields = { sex: o.sex, dob: o.dateOfBirth, nid: o.nationalId, nssf: o.nssfNumber };
    if (cands(o.name).some((x) => x !== w && !toldApart(f, x))) undecidable++;
  }
  const T = trueRows.length;
  line('true rows in Khmer script', pct(kh, T));
  line('  Khmer rows with an encoding variant', pct(khVar, kh));
  line('true rows with family/given swapped', pct(swapped, T));
  line('true rows with a name typo', pct(typos, T));
  line('true Latin rows in upper case', pct(upper, T - kh));
  line('true rows with DOB', pct(dob, T));
  line('  of which day/month swapped', pct(dobSwap, dob));
  line('true rows with national ID', pct(nid, T));
  line('  of which one slip', pct(nidSlip, nid));
  line('  of which a register ID shared with another', pct(nidShared, nid));
  line('  exactly another registered worker\'s ID', `${nidPointsElse} rows`);
  line('true rows with NSSF number', pct(nssf, T));
  line('  of which one slip / shared on the register', `${pct(nssfSlip, nssf)} / ${pct(nssfShared, nssf)}`);
  line('true rows with sex', pct(sex, T));

  // ---- hidden rows
  let borrowed = 0, borrowedSlip = 0, borrowedNssf = 0, borrowedNamePass = 0, hiddenNamesake = 0, hiddenOwnNid = 0, hiddenDob = 0;
  const viol3: string[] = [];
  for (const o of hiddenRows) {
    if (o.dateOfBirth) hiddenDob++;
    const c = cands(o.name);
    if (c.length) hiddenNamesake++;
    const f: Fields = { sex: o.sex, dob: o.dateOfBirth, nid: o.nationalId };
    for (const x of c) if (!ruledOut(f, x)) viol3.push(`${o.id} ${o.name} could be ${x.workerId} ${x.nameKh}`);
    if (o.nationalId) {
      const near = [Number(o.nationalId), ...bank.neighbours(Number(o.nationalId))].map((x) => pad(x, 9));
      const owner = near.flatMap((x) => byNid.get(x) ?? [])[0];
      if (owner) {
        borrowed++;
        if (owner.nationalId !== o.nationalId) borrowedSlip++;
        if (o.nssfNumber) borrowedNssf++;
        if (present.has(owner.workerId)) viol3.push(`${o.id}: borrowed card of ${owner.workerId}, who is present`);
        if (c.includes(owner)) borrowedNamePass++;
      } else hiddenOwnNid++;
    }
  }
  const H = hiddenRows.length;
  line('hidden rows on a borrowed card (registered ID)', `${borrowed} (${pct(borrowed, H)} of hidden)`);
  line('  of which one slip / with the owner\'s NSSF', `${borrowedSlip} / ${borrowedNssf}`);
  line('  of which the name could pass for the owner', borrowedNamePass);
  line('hidden rows with their own unregistered ID', `${hiddenOwnNid} (${pct(hiddenOwnNid, H)})`);
  line('hidden rows that are namesakes (name could pass)', `${hiddenNamesake} (${pct(hiddenNamesake, H)})`);
  line('hidden rows with DOB', pct(hiddenDob, H));

  // ---- rule 1
  console.log('rules');
  if (viol1.length) fail(`rule 1: ${viol1.length} true rows carry implausible variants, e.g. ${viol1.slice(0, 3).join('; ')}`);
  else line('rule 1 (true rows plausible)', 'ok');

  // ---- rule 2
  let viol2 = 0;
  for (const [id, ws] of byIdent) {
    // Namesakes found afresh through the name index, not through the generator's own table.
    const nb = [...new Set(P.identStrs[id].flatMap((k) => passNorm(P, P.strs[k])))];
    for (const w of ws) for (const j of nb) for (const x of byIdent.get(j) ?? []) {
      if (x !== w && w.dateOfBirth && x.dateOfBirth && dobClose(w.dateOfBirth, x.dateOfBirth)) viol2++;
    }
  }
  if (viol2) fail(`rule 2: ${viol2 / 2} registered namesake pairs with confusable dates of birth`);
  else line('rule 2 (namesakes\' DOBs far apart)', 'ok');

  // ---- rule 3
  if (viol3.length) fail(`rule 3: ${viol3.length} hidden rows not ruled out, e.g. ${viol3.slice(0, 3).join('; ')}`);
  else line('rule 3 (hidden rows ruled out)', 'ok');
  if (borrowed < 0.25 * H || borrowed > 0.42 * H) fail(`theme: borrowed-card rows are ${pct(borrowed, H)} of hidden, want about a third`);
  if (H < 0.065 * onsite.length || H > 0.105 * onsite.length) fail(`theme: hidden rows are ${pct(H, onsite.length)} of on-site`);
  if (sharedNid / 2 < 0.025 * registered.length || sharedNid / 2 > 0.055 * registered.length) fail('theme: copied national IDs off 3-5 %');
  if (sharedNssf < 0.008 * registered.length || sharedNssf > 0.022 * registered.length) fail('theme: shared NSSF numbers off 1-2 %');

  // ---- rule 4
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  let viol4 = 0;
  const seen = new Set<string>();
  let lastT = '';
  let lastRow = 0;
  for (const o of onsite) {
    if (!uuidRe.test(o.id) || seen.has(o.id)) viol4++;
    seen.add(o.id);
    if (o.recordedAt <= lastT) viol4++;
    lastT = o.recordedAt;
    if (o.sourceRow !== null) {
      if (o.sourceRow <= lastRow) viol4++;
      lastRow = o.sourceRow;
    }
  }
  registered.forEach((w, k) => {
    if (w.workerId !== `W${pad(k + 1, 6)}`) viol4++;
  });
  if (truth.size !== onsite.length) viol4++;
  // Hidden rows spread evenly; true rows' order unrelated to register order.
  const rowPos = new Map(onsite.map((o, k) => [o.id, k]));
  const meanPos = hiddenRows.reduce((s, o) => s + rowPos.get(o.id)!, 0) / Math.max(1, H) / onsite.length;
  const regPos = new Map(registered.map((w, k) => [w.workerId, k]));
  const xs = trueRows.map((o) => rowPos.get(o.id)!);
  const ys = trueRows.map((o) => regPos.get(truth.get(o.id)!)!);
  const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
  const mx = mean(xs), my = mean(ys);
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  const corr = sxy / Math.sqrt(sxx * syy);
  const srcRate = (rows: Row[], s: string) => rows.filter((o) => o.source === s).length / Math.max(1, rows.length);
  const srcGap = Math.abs(srcRate(trueRows, 'csv') - srcRate(hiddenRows, 'csv'));
  const tol = size >= 5000 ? 1 : 3;
  if (viol4 || Math.abs(meanPos - 0.5) > 0.04 * tol || Math.abs(corr) > 0.03 * tol || srcGap > 0.05 * tol)
    fail(`rule 4: ${viol4} id/order problems, hidden mean position ${meanPos.toFixed(3)}, order correlation ${corr.toFixed(3)}, csv-share gap ${srcGap.toFixed(3)}`);
  else line('rule 4 (no leaks)', `ok (hidden mean pos ${meanPos.toFixed(3)}, order corr ${corr.toFixed(3)}, csv gap ${srcGap.toFixed(3)})`);

  // ---- rule 5
  if (undecidable >= 0.04 * T) fail(`rule 5: ${undecidable} undecidable true rows (${pct(undecidable, T)})`);
  else line('rule 5 (undecidable true rows < 4 %)', `ok: ${undecidable} (${pct(undecidable, T)})`);

  // ---- schemas
  let bad = 0;
  for (const w of registered) if (!RegisteredWorker.safeParse(w).success) bad++;
  for (const o of onsite) {
    const p = OnsiteWorker.safeParse(o);
    if (!p.success || 'statedStartDate' in o || 'wageRiel' in o) bad++;
  }
  if (bad) fail(`schemas: ${bad} records fail zod`);
  else line('schemas (zod, every record)', 'ok');

  // ---- determinism
  const dump = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const a = dump(roster);
  if (dump(generateSixtysecond(size, seed)) !== a) fail('determinism: same seed differs');
  else if (dump(generateSixtysecond(size, seed + 1)) === a) fail('determinism: another seed gives the same roster');
  else line('determinism', 'ok');

  // ---- timing: the first run in this process (name index built cold) when size is 10,000.
  let ms10 = ms;
  let how = 'cold, first run in this process';
  if (size !== 10000) {
    const t1 = performance.now();
    generateSixtysecond(10000, seed);
    ms10 = performance.now() - t1;
    how = 'name index already built';
  }
  if (ms10 >= 2000) fail(`timing: 10k took ${ms10.toFixed(0)} ms`);
  else line('10k generation time', `${ms10.toFixed(0)} ms (${how})`);

  console.log(ok ? 'PASS' : 'FAIL');
  return ok;
}

if (process.argv[1]?.endsWith('sixtysecond.ts')) {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  if (!selfCheck(size, seed)) process.exit(1);
}
