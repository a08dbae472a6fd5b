/**
 * `eightyfourth`: a grader's roster with a wide name inventory.
 *
 * Written blind (from the product text and the record schemas only) by someone who will score
 * reconciliation engines against the product's targets. It models the product text's variations
 * and nothing else, at an everyday visit's rates, but draws names from a large inventory
 * (eightyfourth-names.ts: 133 family names, 256 given names: men's, women's, unisex, 90-odd of
 * them compound, each in Khmer with the romanizations in real use). An engine that only knows
 * the commonest names, or only one romanization per word, should show it here.
 *
 * ## The model and its rates (chosen by the grader; measured values are printed by the self-check)
 * Register (size = N registered workers):
 *   - sex F 60 % / M 40 %; family names drawn with a strong skew (Sok ~7 %), given names with a
 *     milder skew from the sex's pool (its own names plus unisex ones), so common full names
 *     collide ("many workers share a full name": at 10,000 about 36 % of registered workers share
 *     their exact full name, groups up to 10-15) while every name of the inventory is drawn.
 *   - dates of birth 1970-2006, more of them recent (a factory's workforce).
 *   - nameKh always; written with a zero-width space instead of the space 5 %, with a different
 *     code point order 5 % where the name allows one (about 3 % of lines; see Khmer names below).
 *   - nameLatin missing 12 %; otherwise family-first, UPPER 80 % / Title 20 %, each word in its
 *     first-listed romanization 65 %, another listed one 35 %.
 *   - national ID (9 digits) present 93 %, NSSF number (10 digits) present 97 %, DOB, hire date
 *     and sex always present, wage present 90 %.
 * Visit:
 *   - absent registered workers: 5 % of the register (exact count, random).
 *   - hidden workers: 7 % of on-site rows; 60 % of them namesakes of a registered worker (the
 *     registered worker's name in any listed spelling), the rest fresh names from the inventory.
 *   - source: manual 45 % (typed by the inspector), csv 45 % (employer's sheet), id-card 10 %.
 *   - name script: Khmer for manual 55 %, csv 30 %, id-card 75 % of rows; otherwise Latin. A Latin
 *     row against a register line without nameLatin is the "Khmer on one side, Latin on the other"
 *     case (it happens about 7 % of true rows); every Latin row against a Khmer-only mind is too.
 *   - Latin names: each word keeps the register's romanization 65 %, else another listed one
 *     (compound given names joined or spaced are listed romanizations: Sreymom / Srey Mom);
 *     family and given swapped 10 %; UPPER 45 % / Title 45 % / lower 10 %; one typo (keyboard
 *     neighbour, dropped, doubled or two adjacent letters swapped) in one word of 4+ letters,
 *     4 % of typed (manual, csv) Latin rows.
 *   - Khmer names: given-family order 5 %; zero-width space instead of the space 15 %; a different
 *     code point order 12 % where the name allows one (about 7 % of Khmer rows: vowel typed
 *     before the subscript, register shifter after the vowel, NIKAHIT before vowel U, subscript
 *     RO before the other subscript); NFD instead of NFC 50 % (a no-op for Khmer, which has no
 *     decompositions, kept because the text lists it). No typos in Khmer (the text lists typos
 *     among Latin spellings).
 *   - national ID on site: manual 30 %, csv 45 %, id-card 100 %; one slip (adjacent transposition
 *     or one mistyped digit) in 5 % of typed ones (never on the card).
 *   - NSSF number on site: manual 15 %, csv 40 %, id-card 0 %; one slip in 5 % of them. Hidden
 *     workers have none.
 *   - DOB on site: manual 75 %, csv 88 %, id-card 100 %; day and month swapped in 8 % of typed ones
 *     where the swap gives another valid date (about 2.5 % of DOBs shown). Sex on site: manual
 *     85 %, csv 80 %, id-card 100 %. Hidden rows show a DOB more often (about 90 %) than
 *     true rows (about 83 %): rule 3 needs a field that rules their namesakes out.
 * Nothing else is varied (no duplicated rows, no one-digit DOB slips, no Khmer typos).
 *
 * ## Fairness rules (audited by the self-check)
 *   1. A true row carries only plausible variants of its registered worker: listed romanizations,
 *      either order, any case, at most one typo in one word of 4+ letters, Khmer encoding
 *      variants (equal after removing zero-width characters and canonical reordering); IDs exact
 *      or one slip; DOB exact or day/month swapped; sex right or missing. No extra variation.
 *   2. Registered workers whose names could be confused (any spelling variant within one edit,
 *      either script) have dates of birth that are never equal and stay two digits apart even
 *      after either is day/month swapped. All registered national IDs and NSSF numbers are
 *      pairwise two or more edits apart (so is every ID a hidden worker shows).
 *   3. A hidden row either is not within one edit of any spelling variant of any registered
 *      worker, or, for every registered worker it could pass for, a field present on both sides
 *      rules that worker out: sex differs, DOB two digits apart even after swaps, or ID numbers
 *      two or more edits apart.
 *   4. Nothing leaks the truth: rows shuffled, on-site ids random v4 UUIDs from the seeded PRNG,
 *      recordedAt increasing in row order, csv sourceRow numbered in row order, registered
 *      workerIds assigned after shuffling the register.
 *   5. Undecidable true rows (another registered worker they could be, no field on the row
 *      telling them apart, and the row's name no closer to the true worker's than to the other's)
 *      stay under 4 % (about 3 % at 10,000, 0.4 % at 1,000). Rows whose name is an exact listed
 *      spelling for the true worker but only one edit from another's are reported separately
 *      (about 3 %): the name tells them apart.
 */
import type { Roster } from './generate';
import type { RegisteredWorker, OnsiteWorker } from '../../src/protocol';
import { rng, type Rng } from './prng';
import { FAMILY, GIVEN } from './eightyfourth-names';

export const EIGHTYFOURTH_LABEL =
  "grader's roster, wide name inventory (133 family / 256 given names, compound, 2-4 romanizations), everyday rates";

// ───────────────────────────── Khmer and Latin name keys ─────────────────────────────

const KH_CHAR = /[\u1780-\u17FF]/;
const ZW = /[\s\u200B\u200C\u200D\u2060\uFEFF]/g;

/** A Khmer name's canonical form: no separators, NFC, the standard code point order. */
export function khCanon(s: string): string {
  let t = s.normalize('NFC').replace(ZW, '');
  t = t.replace(/([\u17B6-\u17C5])((?:\u17D2[\u1780-\u17B3])+)/g, '$2$1'); // vowel typed before the subscript
  t = t.replace(/([\u17B6-\u17C5])([\u17C9\u17CA])/g, '$2$1'); // register shifter after the vowel
  t = t.replace(/\u17C6\u17BB/g, '\u17BB\u17C6'); // NIKAHIT before vowel U
  t = t.replace(/\u17D2\u179A\u17D2([\u1780-\u17A2])/g, '\u17D2$1\u17D2\u179A'); // subscript RO first
  return t;
}

/** A Latin name's key: letters only, upper case (spaces in compound names do not count). */
export function latNorm(s: string): string {
  return s.toUpperCase().replace(/[^A-Z]/g, '');
}

const FAM_C = FAMILY.map((f) => khCanon(f.kh));
const GIV_C = GIVEN.map((g) => khCanon(g.kh));
const GIV_BY_C = new Map<string, number[]>();
GIV_C.forEach((c, i) => {
  const l = GIV_BY_C.get(c);
  if (l) l.push(i);
  else GIV_BY_C.set(c, [i]);
});

const pairKeyCache = new Map<number, string[]>();
/** Every key a full name (family f, given g) can take: Khmer both orders, every romanization both orders. */
export function pairKeys(f: number, g: number): string[] {
  const id = f * 1000 + g;
  const hit = pairKeyCache.get(id);
  if (hit) return hit;
  const out = new Set<string>([FAM_C[f] + GIV_C[g], GIV_C[g] + FAM_C[f]]);
  for (const fl of FAMILY[f].latin) {
    for (const gl of GIVEN[g].latin) {
      out.add(latNorm(fl + gl));
      out.add(latNorm(gl + fl));
    }
  }
  const keys = [...out];
  pairKeyCache.set(id, keys);
  return keys;
}

const parseCache = new Map<string, [number, number][]>();
/** The (family, given) pairs a canonical Khmer name can be read as, in either order. */
export function parseKh(c: string): [number, number][] {
  const hit = parseCache.get(c);
  if (hit) return hit;
  const out: [number, number][] = [];
  for (let f = 0; f < FAM_C.length; f++) {
    const fc = FAM_C[f];
    if (c.length <= fc.length) continue;
    if (c.startsWith(fc)) for (const g of GIV_BY_C.get(c.slice(fc.length)) ?? []) out.push([f, g]);
    if (c.endsWith(fc)) for (const g of GIV_BY_C.get(c.slice(0, c.length - fc.length)) ?? []) out.push([f, g]);
  }
  parseCache.set(c, out);
  return out;
}

/** Keys of a name as written: a Khmer name gives its canonical form and every reading's keys. */
export function keysOfString(s: string): string[] {
  if (KH_CHAR.test(s)) {
    const c = khCanon(s);
    const out = new Set<string>([c]);
    for (const [f, g] of parseKh(c)) for (const k of pairKeys(f, g)) out.add(k);
    return [...out];
  }
  const k = latNorm(s);
  return k ? [k] : [];
}

/** 0 when equal, 1 when one substitution, insertion, deletion or adjacent transposition apart, else 2. */
export function dist01(a: string, b: string): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return 2;
  if (la === lb) {
    let i = 0;
    while (a[i] === b[i]) i++;
    if (a.slice(i + 1) === b.slice(i + 1)) return 1;
    if (i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) return 1;
    return 2;
  }
  const [s, l] = la < lb ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1) ? 1 : 2;
}

const HB = 0x01000193;

/** 32-bit polynomial hashes of a key and of each string one deletion from it (no substrings built). */
function deletionHashes(k: string, out: number[]): number {
  const n = k.length;
  const pre = new Array<number>(n + 1);
  const suf = new Array<number>(n + 1);
  const pow = new Array<number>(n + 1);
  pre[0] = 0;
  pow[0] = 1;
  for (let i = 0; i < n; i++) {
    pre[i + 1] = (Math.imul(pre[i], HB) + k.charCodeAt(i)) | 0;
    pow[i + 1] = Math.imul(pow[i], HB);
  }
  suf[n] = 0;
  for (let i = n - 1; i >= 0; i--) suf[i] = (Math.imul(k.charCodeAt(i), pow[n - 1 - i]) + suf[i + 1]) | 0;
  out.length = 0;
  out.push(pre[n]);
  for (let i = 0; i < n; i++) {
    if (i > 0 && k.charCodeAt(i) === k.charCodeAt(i - 1)) continue; // same string as the deletion before
    out.push((Math.imul(pre[i], pow[n - 1 - i]) + suf[i + 1]) | 0);
  }
  return out.length;
}

/**
 * Owners (name pairs or registered workers) by the keys of their names. A Latin key is found by
 * any key within one edit; a Khmer name is found by its canonical form within one edit, or by a
 * romanization it shares exactly (two Khmer spellings of one sound, ស្រីលក្ខណ៍ / ស្រីល័ក្ខ).
 * Keys are filed under the hashes of their one-deletion strings (symmetric deletion), in an
 * open-addressing multimap; every hit is checked with dist01.
 */
export class NameIndex {
  private keyIds = new Map<string, number>();
  private keys: string[] = [];
  private owners: number[][] = [];
  private slotHash = new Int32Array(1 << 16);
  private slotKey = new Int32Array(1 << 16).fill(-1);
  private used = 0;
  private scratch: number[] = [];

  private insert(h: number, id: number): void {
    if ((this.used + 1) * 2 > this.slotKey.length) this.grow();
    const mask = this.slotKey.length - 1;
    let i = (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
    while (this.slotKey[i] !== -1) {
      if (this.slotKey[i] === id && this.slotHash[i] === h) return;
      i = (i + 1) & mask;
    }
    this.slotHash[i] = h;
    this.slotKey[i] = id;
    this.used++;
  }

  private grow(): void {
    const oh = this.slotHash;
    const ok = this.slotKey;
    this.slotHash = new Int32Array(oh.length * 2);
    this.slotKey = new Int32Array(ok.length * 2).fill(-1);
    this.used = 0;
    for (let i = 0; i < ok.length; i++) if (ok[i] !== -1) this.insert(oh[i], ok[i]);
  }

  private candidates(h: number, visit: (id: number) => void): void {
    const mask = this.slotKey.length - 1;
    let i = (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
    while (this.slotKey[i] !== -1) {
      if (this.slotHash[i] === h) visit(this.slotKey[i]);
      i = (i + 1) & mask;
    }
  }

  add(owner: number, keys: Iterable<string>): void {
    for (const k of keys) {
      let id = this.keyIds.get(k);
      if (id === undefined) {
        id = this.keys.length;
        this.keyIds.set(k, id);
        this.keys.push(k);
        this.owners.push([]);
        const n = deletionHashes(k, this.scratch);
        for (let j = 0; j < n; j++) this.insert(this.scratch[j], id);
      }
      const o = this.owners[id];
      if (!o.includes(owner)) o.push(owner);
    }
  }

  /** Key ids within one edit of q, with their distance. */
  private nearKeys(q: string, visit: (id: number, dist: number) => void): void {
    const hs: number[] = [];
    deletionHashes(q, hs);
    const seen = new Set<number>();
    for (const h of hs) {
      this.candidates(h, (id) => {
        if (seen.has(id)) return;
        seen.add(id);
        const dist = dist01(q, this.keys[id]);
        if (dist <= 1) visit(id, dist);
      });
    }
  }

  private near(q: string, out: Map<number, number>): void {
    this.nearKeys(q, (id, dist) => {
      for (const o of this.owners[id]) {
        const prev = out.get(o);
        if (prev === undefined || dist < prev) out.set(o, dist);
      }
    });
  }

  private exact(q: string, out: Map<number, number>): void {
    const id = this.keyIds.get(q);
    if (id !== undefined) for (const o of this.owners[id]) out.set(o, 0);
  }

  /** Owner → 0 (a spelling of its name) or 1 (one edit from one) for a name as written. */
  queryName(name: string): Map<number, number> {
    const out = new Map<number, number>();
    if (KH_CHAR.test(name)) {
      const c = khCanon(name);
      this.near(c, out);
      for (const [f, g] of parseKh(c)) for (const k of pairKeys(f, g)) if (!KH_CHAR.test(k)) this.exact(k, out);
    } else {
      const k = latNorm(name);
      if (k) this.near(k, out);
    }
    return out;
  }

  /** Owners whose names could be taken for one another: some key of one within one edit of a key of the other. */
  confusable(): Map<number, Set<number>> {
    const link = new Map<number, Set<number>>();
    for (let a = 0; a < this.keys.length; a++) {
      this.nearKeys(this.keys[a], (b) => {
        for (const x of this.owners[a]) {
          let s = link.get(x);
          if (!s) link.set(x, (s = new Set()));
          for (const y of this.owners[b]) s.add(y);
        }
      });
    }
    return link;
  }
}

// ───────────────────────────── dates and ID numbers ─────────────────────────────

function swapDM(d: string): string | null {
  const day = +d.slice(8, 10);
  const month = +d.slice(5, 7);
  if (day > 12 || day === month) return null;
  return `${d.slice(0, 4)}-${d.slice(8, 10)}-${d.slice(5, 7)}`;
}

function hamming(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

/** DOBs a reader could take for one another: equal, day/month swapped or one digit apart. */
export function dobClose(a: string, b: string): boolean {
  return a === b || swapDM(a) === b || hamming(a, b) <= 1;
}

/** DOBs two or more digits apart even when either is day/month swapped. */
export function dobFar(a: string, b: string): boolean {
  const xs = [a, swapDM(a)];
  const ys = [b, swapDM(b)];
  for (const x of xs) for (const y of ys) if (x && y && hamming(x, y) < 2) return false;
  return true;
}

function idNeighbours(id: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < id.length; i++) {
    for (let d = 0; d <= 9; d++) {
      const c = String(d);
      if (c !== id[i]) out.push(id.slice(0, i) + c + id.slice(i + 1));
    }
    if (i + 1 < id.length && id[i] !== id[i + 1]) out.push(id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2));
  }
  return out;
}

/** A new number two or more edits from every number in `taken`. */
function freshId(taken: Set<string>, make: () => string): string {
  for (;;) {
    const id = make();
    if (taken.has(id)) continue;
    if (idNeighbours(id).some((n) => taken.has(n))) continue;
    taken.add(id);
    return id;
  }
}

function slipId(r: Rng, id: string): string {
  for (;;) {
    const i = r.int(0, id.length - 1);
    if (r.chance(0.5) && i + 1 < id.length && id[i] !== id[i + 1]) {
      return id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
    }
    const c = String(r.int(0, 9));
    if (c !== id[i]) return id.slice(0, i) + c + id.slice(i + 1);
  }
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function randomDate(r: Rng, y0: number, y1: number): string {
  const y = r.int(y0, y1);
  const m = r.int(1, 12);
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const d = r.int(1, m === 2 && leap ? 29 : DAYS[m - 1]);
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A worker's date of birth: 1970-2006, more of them young (a factory's workforce). */
function birthDate(r: Rng): string {
  const y = 1970 + Math.floor(37 * r.next() ** 0.7);
  return randomDate(r, y, y);
}

function dateBetween(r: Rng, from: string, to: string): string {
  const a = Date.parse(from + 'T00:00:00Z');
  const b = Date.parse(to + 'T00:00:00Z');
  const t = a + Math.floor(r.next() * ((b - a) / 86400000 + 1)) * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}

// ───────────────────────────── name rendering ─────────────────────────────

const ZWSP = '\u200B';

/** The code point orders other keyboards produce for the same Khmer name, as [name, variant] rewrites. */
const KH_REORDERS: [string, (s: string) => string | null][] = [
  ['vowel-before-subscript', (s) => rewrite(s, /([\u1780-\u17A2])((?:\u17D2[\u1780-\u17A2])+)([\u17B6-\u17C5])/, '$1$3$2')],
  ['shifter-after-vowel', (s) => rewrite(s, /([\u17C9\u17CA])([\u17B6-\u17C5])/, '$2$1')],
  ['nikahit-before-u', (s) => rewrite(s, /\u17BB\u17C6/, '\u17C6\u17BB')],
  ['ro-first', (s) => rewrite(s, /\u17D2([\u1780-\u1799\u179B-\u17A2])\u17D2\u179A/, '\u17D2\u179A\u17D2$1')],
];
function rewrite(s: string, re: RegExp, to: string): string | null {
  return re.test(s) ? s.replace(re, to) : null;
}

function reorderKh(r: Rng, s: string): string | null {
  const options = KH_REORDERS.map(([, fn]) => fn(s)).filter((x): x is string => x !== null);
  return options.length ? r.pick(options) : null;
}

const titleCase = (s: string) =>
  s.split(' ').map((w) => (w ? w[0].toUpperCase() + w.slice(1).toLowerCase() : w)).join(' ');

const NEIGHBOURS: Record<string, string> = {
  q: 'wa', w: 'qes', e: 'wrd', r: 'etf', t: 'ryg', y: 'tuh', u: 'yij', i: 'uok', o: 'ipl', p: 'ol',
  a: 'qsz', s: 'awdz', d: 'sefx', f: 'drgc', g: 'fthv', h: 'gyjb', j: 'hukn', k: 'jilm', l: 'kop',
  z: 'asx', x: 'zsdc', c: 'xdfv', v: 'cfgb', b: 'vghn', n: 'bhjm', m: 'njk',
};

/** One typo in one word of 4+ letters, or null when no word is long enough. */
function typo(r: Rng, name: string): string | null {
  const words = name.split(' ');
  const long = words.map((w, i) => (w.length >= 4 ? i : -1)).filter((i) => i >= 0);
  if (!long.length) return null;
  const wi = r.pick(long);
  const w = words[wi];
  for (;;) {
    const p = r.int(0, w.length - 1);
    const ch = w[p];
    const upper = ch === ch.toUpperCase();
    const kind = r.int(0, 3);
    let out = w;
    if (kind === 0) {
      const n = r.pick([...NEIGHBOURS[ch.toLowerCase()]]);
      out = w.slice(0, p) + (upper ? n.toUpperCase() : n) + w.slice(p + 1);
    } else if (kind === 1) {
      out = w.slice(0, p) + w.slice(p + 1);
    } else if (kind === 2) {
      out = w.slice(0, p) + ch + w.slice(p);
    } else if (p + 1 < w.length && w[p] !== w[p + 1]) {
      out = w.slice(0, p) + w[p + 1] + w[p] + w.slice(p + 2);
    }
    if (out !== w) {
      words[wi] = out;
      return words.join(' ');
    }
  }
}

type Source = 'manual' | 'csv' | 'id-card';

export interface Counters {
  [k: string]: number;
}

function bump(c: Counters, k: string, n = 1): void {
  c[k] = (c[k] ?? 0) + n;
}

interface Person {
  f: number;
  g: number;
  sex: 'M' | 'F';
  famRom: number;
  givRom: number;
  dob: string;
  nid: string; // the person's real national ID (the register may not show it)
  nidOnRegister: boolean;
  nssf: string | null;
  hire: string;
  wage: number | null;
  nameKh: string;
  nameLatin: string | null;
}

interface Row {
  truth: number | null; // person index or null (hidden)
  name: string;
  nationalId: string | null;
  nssfNumber: string | null;
  sex: 'M' | 'F' | null;
  dateOfBirth: string | null;
  source: Source;
}

const POOL_F = GIVEN.map((g, i) => (g.sex !== 'M' ? i : -1)).filter((i) => i >= 0);
const POOL_M = GIVEN.map((g, i) => (g.sex !== 'F' ? i : -1)).filter((i) => i >= 0);
const FAMILY_IDX = FAMILY.map((_, i) => i);

function pickRom(r: Rng, n: number): number {
  return n === 1 || r.chance(0.65) ? 0 : r.int(1, n - 1);
}

/** The on-site name of (f, g) with the variations of the product text, counted in `c`. */
function renderName(r: Rng, c: Counters, f: number, g: number, famRom: number, givRom: number, source: Source): string {
  const khP = source === 'manual' ? 0.55 : source === 'csv' ? 0.3 : 0.75;
  if (r.chance(khP)) {
    bump(c, 'kh');
    const swapped = r.chance(0.05);
    if (swapped) bump(c, 'kh.orderSwap');
    let s = swapped ? `${GIVEN[g].kh} ${FAMILY[f].kh}` : `${FAMILY[f].kh} ${GIVEN[g].kh}`;
    if (r.chance(0.15)) {
      s = s.replace(' ', ZWSP);
      bump(c, 'kh.zwsp');
    }
    if (r.chance(0.12)) {
      const v = reorderKh(r, s);
      if (v) {
        s = v;
        bump(c, 'kh.reorder');
      }
    }
    if (r.chance(0.5)) {
      s = s.normalize('NFD');
      bump(c, 'kh.nfd');
    }
    return s;
  }
  bump(c, 'lat');
  const fl = FAMILY[f].latin;
  const gl = GIVEN[g].latin;
  const fi = fl.length > 1 && r.chance(0.35) ? r.int(0, fl.length - 1) : famRom;
  const gi = gl.length > 1 && r.chance(0.35) ? r.int(0, gl.length - 1) : givRom;
  if (fi !== famRom || gi !== givRom) bump(c, 'lat.otherRomanization');
  const swapped = r.chance(0.1);
  if (swapped) bump(c, 'lat.orderSwap');
  let s = swapped ? `${gl[gi]} ${fl[fi]}` : `${fl[fi]} ${gl[gi]}`;
  const cs = r.next();
  if (cs < 0.45) {
    s = s.toUpperCase();
    bump(c, 'lat.upper');
  } else if (cs < 0.9) {
    s = titleCase(s);
    bump(c, 'lat.title');
  } else {
    s = s.toLowerCase();
    bump(c, 'lat.lower');
  }
  if (source !== 'id-card' && r.chance(0.04)) {
    const t = typo(r, s);
    if (t) {
      s = t;
      bump(c, 'lat.typo');
    }
  }
  return s;
}

function pickSource(r: Rng): Source {
  const x = r.next();
  return x < 0.45 ? 'manual' : x < 0.9 ? 'csv' : 'id-card';
}

const P_NID: Record<Source, number> = { manual: 0.3, csv: 0.45, 'id-card': 1 };
const P_NSSF: Record<Source, number> = { manual: 0.15, csv: 0.4, 'id-card': 0 };
const P_DOB: Record<Source, number> = { manual: 0.75, csv: 0.88, 'id-card': 1 };
const P_SEX: Record<Source, number> = { manual: 0.85, csv: 0.8, 'id-card': 1 };

/** Does a field present on both sides rule registered person p out for this row? */
function ruledOut(row: { sex: string | null; dateOfBirth: string | null; nationalId: string | null; nssfNumber: string | null }, p: { sex: string | null; dob: string | null; nid: string | null; nssf: string | null }): boolean {
  if (row.sex && p.sex && row.sex !== p.sex) return true;
  if (row.dateOfBirth && p.dob && dobFar(row.dateOfBirth, p.dob)) return true;
  if (row.nationalId && p.nid && dist01(row.nationalId, p.nid) >= 2) return true;
  if (row.nssfNumber && p.nssf && dist01(row.nssfNumber, p.nssf) >= 2) return true;
  return false;
}

function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(r.int(0, 255));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ───────────────────────────── the generator ─────────────────────────────

export const VISIT_ID = 'visit-eightyfourth';
const VISIT_START = Date.UTC(2025, 5, 16, 0, 30, 0); // 07:30 in Phnom Penh
const RATE = { absent: 0.05, hidden: 0.07, hiddenNamesake: 0.6 };

export function generateEightyFourthWithCounters(size: number, seed: number): { roster: Roster; counters: Counters } {
  const r = rng((seed * 2654435761 + 84) >>> 0);
  const c: Counters = {};

  // 1. The register's people and their names.
  const persons: Person[] = [];
  const pairIds = new Map<number, number>();
  const pairs: [number, number][] = [];
  const pairOf: number[] = [];
  for (let i = 0; i < size; i++) {
    const sex: 'M' | 'F' = r.chance(0.6) ? 'F' : 'M';
    const f = r.pickSkewed(FAMILY_IDX, 1.8);
    const g = r.pickSkewed(sex === 'F' ? POOL_F : POOL_M, 1.25);
    const key = f * 1000 + g;
    let pid = pairIds.get(key);
    if (pid === undefined) {
      pid = pairs.length;
      pairIds.set(key, pid);
      pairs.push([f, g]);
    }
    pairOf.push(pid);
    persons.push({
      f, g, sex,
      famRom: pickRom(r, FAMILY[f].latin.length),
      givRom: pickRom(r, GIVEN[g].latin.length),
      dob: '', nid: '', nidOnRegister: true, nssf: null, hire: '', wage: null, nameKh: '', nameLatin: null,
    });
  }

  // Which names could be taken for one another (within one edit of any spelling, either script).
  const pairIndex = new NameIndex();
  pairs.forEach(([f, g], pid) => pairIndex.add(pid, keysOfString(`${FAMILY[f].kh} ${GIVEN[g].kh}`)));
  const membersOfPair: number[][] = pairs.map(() => []);
  const confusable = pairIndex.confusable();
  const compatPairs = (pid: number): Iterable<number> => confusable.get(pid) ?? [pid];

  // 2. Dates, numbers and the register's spellings.
  const nids = new Set<string>();
  const nssfs = new Set<string>();
  const makeNid = () => pad(r.int(1, 25)) + pad(r.int(0, 9999999), 7);
  const makeNssf = () => String(r.int(1, 9)) + pad(r.int(0, 999999999), 9);
  for (let i = 0; i < size; i++) {
    const p = persons[i];
    const others = [...compatPairs(pairOf[i])].flatMap((q) => membersOfPair[q]);
    let dob = '';
    for (let t = 0; ; t++) {
      dob = birthDate(r);
      if (others.every((o) => dobFar(dob, persons[o].dob))) break;
      if (t > 500) throw new Error('eightyfourth: no date of birth fits');
    }
    p.dob = dob;
    membersOfPair[pairOf[i]].push(i);
    p.nid = freshId(nids, makeNid);
    p.nidOnRegister = r.chance(0.93);
    p.nssf = r.chance(0.97) ? freshId(nssfs, makeNssf) : null;
    const adult = `${+dob.slice(0, 4) + 18}${dob.slice(4)}`.replace('-02-29', '-02-28');
    p.hire = dateBetween(r, adult > '2008-01-01' ? adult : '2008-01-01', '2025-05-31');
    p.wage = r.chance(0.9) ? r.int(800, 2000) * 1000 : null;
    let kh = `${FAMILY[p.f].kh} ${GIVEN[p.g].kh}`;
    const v = r.next();
    if (v < 0.05) {
      kh = kh.replace(' ', ZWSP);
      bump(c, 'reg.kh.zwsp');
    } else if (v < 0.1) {
      const re = reorderKh(r, kh);
      if (re) {
        kh = re;
        bump(c, 'reg.kh.reorder');
      }
    }
    p.nameKh = kh;
    if (r.chance(0.12)) {
      p.nameLatin = null;
      bump(c, 'reg.latin.missing');
    } else {
      const lat = `${FAMILY[p.f].latin[p.famRom]} ${GIVEN[p.g].latin[p.givRom]}`;
      p.nameLatin = r.chance(0.8) ? lat.toUpperCase() : titleCase(lat);
    }
  }

  // 3. Who is absent; the true rows of those present.
  const order = r.shuffle(persons.map((_, i) => i));
  const absent = new Set(order.slice(0, Math.round(size * RATE.absent)));
  const rows: Row[] = [];
  for (let i = 0; i < size; i++) {
    if (absent.has(i)) continue;
    const p = persons[i];
    const source = pickSource(r);
    bump(c, `true.source.${source}`);
    const name = renderName(r, c, p.f, p.g, p.famRom, p.givRom, source);
    if (!KH_CHAR.test(name) && p.nameLatin === null) bump(c, 'true.crossScript');
    const typed = source !== 'id-card';
    let nationalId: string | null = null;
    if (r.chance(P_NID[source])) {
      nationalId = p.nid;
      if (typed && r.chance(0.05)) {
        nationalId = slipId(r, p.nid);
        bump(c, 'true.nid.slip');
      }
      bump(c, 'true.nid.present');
    }
    let nssfNumber: string | null = null;
    if (p.nssf && r.chance(P_NSSF[source])) {
      nssfNumber = p.nssf;
      if (r.chance(0.05)) {
        nssfNumber = slipId(r, p.nssf);
        bump(c, 'true.nssf.slip');
      }
      bump(c, 'true.nssf.present');
    }
    let dateOfBirth: string | null = null;
    if (r.chance(P_DOB[source])) {
      dateOfBirth = p.dob;
      const sw = swapDM(p.dob);
      if (typed && sw && r.chance(0.08)) {
        dateOfBirth = sw;
        bump(c, 'true.dob.swap');
      }
      bump(c, 'true.dob.present');
    }
    const sex = r.chance(P_SEX[source]) ? p.sex : null;
    if (sex) bump(c, 'true.sex.present');
    rows.push({ truth: i, name, nationalId, nssfNumber, sex, dateOfBirth, source });
  }
  const trueCount = rows.length;

  // 4. Hidden workers: namesakes of registered ones, and strangers.
  const hiddenCount = Math.round((trueCount * RATE.hidden) / (1 - RATE.hidden));
  const namesakeCount = Math.round(hiddenCount * RATE.hiddenNamesake);
  const personsOf = (name: string): number[] =>
    [...pairIndex.queryName(name).keys()].flatMap((q) => membersOfPair[q]);
  const regView = (i: number) => {
    const p = persons[i];
    return { sex: p.sex, dob: p.dob, nid: p.nidOnRegister ? p.nid : null, nssf: p.nssf };
  };
  const hiddenNids = new Set<string>(nids);
  for (let h = 0; h < hiddenCount; h++) {
    const namesake = h < namesakeCount;
    for (let attempt = 0; ; attempt++) {
      if (attempt > 2000) throw new Error('eightyfourth: cannot place a hidden worker');
      const source = pickSource(r);
      const hc: Counters = {};
      let f: number, g: number, sex: 'M' | 'F', famRom: number, givRom: number;
      if (namesake) {
        const t = persons[r.int(0, size - 1)];
        f = t.f;
        g = t.g;
        famRom = t.famRom;
        givRom = t.givRom;
        sex = GIVEN[g].sex === 'U' && r.chance(0.15) ? (t.sex === 'F' ? 'M' : 'F') : t.sex;
      } else {
        sex = r.chance(0.6) ? 'F' : 'M';
        f = r.pickSkewed(FAMILY_IDX, 1.6);
        g = r.pickSkewed(sex === 'F' ? POOL_F : POOL_M, 1.2);
        famRom = pickRom(r, FAMILY[f].latin.length);
        givRom = pickRom(r, GIVEN[g].latin.length);
      }
      const name = renderName(r, hc, f, g, famRom, givRom, source);
      const could = personsOf(name);
      if (namesake !== could.length > 0) continue;
      const row: Row = {
        truth: null,
        name,
        nationalId: null,
        nssfNumber: null,
        sex: r.chance(P_SEX[source]) ? sex : null,
        dateOfBirth: r.chance(P_DOB[source]) ? birthDate(r) : null,
        source,
      };
      let nidDraft: string | null = null;
      if (r.chance(P_NID[source])) {
        for (;;) {
          nidDraft = makeNid();
          if (!hiddenNids.has(nidDraft) && !idNeighbours(nidDraft).some((n) => hiddenNids.has(n))) break;
        }
        row.nationalId = nidDraft;
      }
      let ok = could.every((i) => ruledOut(row, regView(i)));
      for (let t = 0; !ok && t < 60; t++) {
        row.dateOfBirth = birthDate(r);
        ok = could.every((i) => ruledOut(row, regView(i)));
      }
      if (!ok) continue;
      if (nidDraft) hiddenNids.add(nidDraft);
      for (const [k, v] of Object.entries(hc)) bump(c, `hidden.${k}`, v);
      bump(c, `hidden.source.${source}`);
      if (namesake) bump(c, 'hidden.namesake');
      rows.push(row);
      break;
    }
  }

  // 5. Shuffle, then number: register ids, on-site ids, times, sheet rows.
  const regOrder = r.shuffle(persons.map((_, i) => i));
  const workerIdOf = new Array<string>(size);
  const registered: RegisteredWorker[] = regOrder.map((i, k) => {
    const p = persons[i];
    workerIdOf[i] = `W${pad(k + 1, 6)}`;
    return {
      workerId: workerIdOf[i],
      nssfNumber: p.nssf,
      nationalId: p.nidOnRegister ? p.nid : null,
      nameKh: p.nameKh,
      nameLatin: p.nameLatin,
      sex: p.sex,
      dateOfBirth: p.dob,
      hireDate: p.hire,
      wageRiel: p.wage,
    };
  });
  r.shuffle(rows);
  const truth = new Map<string, string | null>();
  const onsite: OnsiteWorker[] = [];
  let t = VISIT_START;
  let csvRow = 0;
  for (const row of rows) {
    t += r.int(1000, 4000);
    const id = uuid(r);
    truth.set(id, row.truth === null ? null : workerIdOf[row.truth]);
    onsite.push({
      id,
      visitId: VISIT_ID,
      name: row.name,
      nationalId: row.nationalId,
      nssfNumber: row.nssfNumber,
      sex: row.sex,
      dateOfBirth: row.dateOfBirth,
      source: row.source,
      sourceRow: row.source === 'csv' ? ++csvRow : null,
      recordedAt: new Date(t).toISOString(),
    });
  }
  c['registered'] = size;
  c['absent'] = absent.size;
  c['true'] = trueCount;
  c['hidden'] = hiddenCount;
  c['distinctNames'] = pairs.length;
  return { roster: { registered, onsite, truth }, counters: c };
}

export function generateEightyFourth(size: number, seed: number): Roster {
  return generateEightyFourthWithCounters(size, seed).roster;
}

// ───────────────────────────── self-check ─────────────────────────────

async function selfCheck(size: number, seed: number): Promise<boolean> {
  const { RegisteredWorker: RegSchema, OnsiteWorker: OnSchema } = await import('../../src/protocol');
  const fails: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) fails.push(what);
    return ok;
  };
  const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(2) : '0.00') + ' %';

  const t0 = performance.now();
  const { roster, counters: c } = generateEightyFourthWithCounters(size, seed);
  const genMs = performance.now() - t0;
  const { registered, onsite, truth } = roster;

  // Shape.
  const trueRows = onsite.filter((o) => truth.get(o.id) !== null);
  const hiddenRows = onsite.filter((o) => truth.get(o.id) === null);
  const presentIds = new Set(trueRows.map((o) => truth.get(o.id)!));
  const absentCount = registered.filter((w) => !presentIds.has(w.workerId)).length;
  const lat = c['lat'] ?? 0;
  const kh = c['kh'] ?? 0;
  console.log(`eightyfourth ${size}/${seed}: ${EIGHTYFOURTH_LABEL}`);
  console.log(`  registered ${registered.length}, on site ${onsite.length} (true ${trueRows.length}, hidden ${hiddenRows.length} = ${pct(hiddenRows.length, onsite.length)} of rows, namesakes ${pct(c['hidden.namesake'] ?? 0, hiddenRows.length)} of hidden), absent ${absentCount} = ${pct(absentCount, registered.length)}`);
  console.log(`  register: nameLatin missing ${pct(c['reg.latin.missing'] ?? 0, size)}, nameKh zwsp ${pct(c['reg.kh.zwsp'] ?? 0, size)}, reorder ${pct(c['reg.kh.reorder'] ?? 0, size)}, national ID ${pct(registered.filter((w) => w.nationalId).length, size)}, NSSF ${pct(registered.filter((w) => w.nssfNumber).length, size)}`);
  console.log(`  true rows: source manual ${pct(c['true.source.manual'] ?? 0, trueRows.length)} csv ${pct(c['true.source.csv'] ?? 0, trueRows.length)} id-card ${pct(c['true.source.id-card'] ?? 0, trueRows.length)}; Khmer ${pct(kh, trueRows.length)}, Latin ${pct(lat, trueRows.length)}, Latin vs Khmer-only register ${pct(c['true.crossScript'] ?? 0, trueRows.length)}`);
  console.log(`  Latin (of Latin rows): other romanization ${pct(c['lat.otherRomanization'] ?? 0, lat)}, order swapped ${pct(c['lat.orderSwap'] ?? 0, lat)}, UPPER ${pct(c['lat.upper'] ?? 0, lat)} Title ${pct(c['lat.title'] ?? 0, lat)} lower ${pct(c['lat.lower'] ?? 0, lat)}, typo ${pct(c['lat.typo'] ?? 0, lat)}`);
  console.log(`  Khmer (of Khmer rows): zero-width space ${pct(c['kh.zwsp'] ?? 0, kh)}, code point order ${pct(c['kh.reorder'] ?? 0, kh)}, order swapped ${pct(c['kh.orderSwap'] ?? 0, kh)}, NFD (no-op) ${pct(c['kh.nfd'] ?? 0, kh)}`);
  const nidP = c['true.nid.present'] ?? 0;
  const nssfP = c['true.nssf.present'] ?? 0;
  const dobP = c['true.dob.present'] ?? 0;
  console.log(`  fields (of true rows): national ID ${pct(nidP, trueRows.length)} (slip ${pct(c['true.nid.slip'] ?? 0, nidP)}), NSSF ${pct(nssfP, trueRows.length)} (slip ${pct(c['true.nssf.slip'] ?? 0, nssfP)}), DOB ${pct(dobP, trueRows.length)} (swapped ${pct(c['true.dob.swap'] ?? 0, dobP)}), sex ${pct(c['true.sex.present'] ?? 0, trueRows.length)}`);
  console.log(`  hidden rows: Khmer ${pct(c['hidden.kh'] ?? 0, hiddenRows.length)}, typo ${pct(c['hidden.lat.typo'] ?? 0, c['hidden.lat'] ?? 0)} of Latin, national ID ${pct(hiddenRows.filter((o) => o.nationalId).length, hiddenRows.length)}, DOB ${pct(hiddenRows.filter((o) => o.dateOfBirth).length, hiddenRows.length)}, sex ${pct(hiddenRows.filter((o) => o.sex).length, hiddenRows.length)}`);

  // Independent reading of the output: every name parsed back with the inventory.
  const regIndex = new NameIndex();
  const regKeys: string[][] = [];
  let unparsed = 0;
  registered.forEach((w, i) => {
    const k = new Set(keysOfString(w.nameKh));
    if (parseKh(khCanon(w.nameKh)).length === 0) unparsed++;
    if (w.nameLatin) {
      const l = latNorm(w.nameLatin);
      if (!k.has(l)) unparsed++;
      k.add(l);
    }
    regKeys.push([...k]);
    regIndex.add(i, k);
  });
  check(unparsed === 0, `${unparsed} registered names do not read back as an inventory name`);
  const fixedPoints = [...FAMILY.map((f) => f.kh), ...GIVEN.map((g) => g.kh)].filter((s) => khCanon(s) !== s);
  check(fixedPoints.length === 0, `inventory spellings not in canonical order: ${fixedPoints.join(', ')}`);
  const byId = new Map(registered.map((w, i) => [w.workerId, i]));
  const famUsed = new Set<number>();
  const givUsed = new Set<number>();
  for (const w of registered) for (const [f, g] of parseKh(khCanon(w.nameKh))) (famUsed.add(f), givUsed.add(g));
  const regConfusable = regIndex.confusable();
  const shared = registered.filter((_, i) => [...(regConfusable.get(i) ?? [])].some((j) => j !== i)).length;
  const exactGroups = new Map<string, number>();
  for (const w of registered) {
    const k = khCanon(w.nameKh);
    exactGroups.set(k, (exactGroups.get(k) ?? 0) + 1);
  }
  const exactShared = [...exactGroups.values()].filter((n) => n > 1).reduce((a, b) => a + b, 0);
  console.log(`  names: ${famUsed.size}/${FAMILY.length} family and ${givUsed.size}/${GIVEN.length} given names in use, ${exactGroups.size} distinct full names; ${pct(exactShared, size)} of registered share their exact full name, ${pct(shared, size)} have a namesake within one edit; largest same-name group ${Math.max(...exactGroups.values())}`);

  // Rule 1: true rows carry only plausible variants of their registered worker.
  let r1 = 0;
  const r1Examples: string[] = [];
  for (const o of trueRows) {
    const w = registered[byId.get(truth.get(o.id)!)!];
    const keys = regKeys[byId.get(w.workerId)!];
    let nameOk: boolean;
    if (KH_CHAR.test(o.name)) nameOk = keys.includes(khCanon(o.name));
    else nameOk = keys.some((k) => dist01(latNorm(o.name), k) <= 1);
    const nidOk = !o.nationalId || !w.nationalId || dist01(o.nationalId, w.nationalId) <= 1;
    const nssfOk = !o.nssfNumber || (!!w.nssfNumber && dist01(o.nssfNumber, w.nssfNumber) <= 1);
    const dobOk = !o.dateOfBirth || o.dateOfBirth === w.dateOfBirth || o.dateOfBirth === swapDM(w.dateOfBirth!);
    const sexOk = !o.sex || o.sex === w.sex;
    if (!(nameOk && nidOk && nssfOk && dobOk && sexOk)) {
      r1++;
      if (r1Examples.length < 3) r1Examples.push(`${o.name} ~ ${w.nameKh}/${w.nameLatin}`);
    }
  }
  check(r1 === 0, `rule 1: ${r1} true rows are not plausible variants (${r1Examples.join('; ')})`);

  // Rule 2: confusable registered namesakes are told apart by DOB; ID numbers two edits apart.
  let r2 = 0;
  registered.forEach((w, i) => {
    for (const j of regConfusable.get(i) ?? []) {
      if (j > i && !dobFar(w.dateOfBirth!, registered[j].dateOfBirth!)) r2++;
    }
  });
  const near = (xs: (string | null)[]) => {
    const set = new Set<string>();
    let n = 0;
    for (const x of xs) {
      if (!x) continue;
      if (set.has(x) || idNeighbours(x).some((y) => set.has(y))) n++;
      set.add(x);
    }
    return n;
  };
  const nidNear = near(registered.map((w) => w.nationalId));
  const nssfNear = near(registered.map((w) => w.nssfNumber));
  check(r2 === 0, `rule 2: ${r2} namesake pairs with DOBs within a swap or one digit`);
  check(nidNear === 0 && nssfNear === 0, `rule 2: ${nidNear} national IDs / ${nssfNear} NSSF numbers within one edit of another`);

  // Rule 3: hidden rows are strangers by name, or ruled out from every namesake by a shared field.
  const view = (w: RegisteredWorker) => ({ sex: w.sex, dob: w.dateOfBirth, nid: w.nationalId, nssf: w.nssfNumber });
  let r3 = 0;
  let hiddenNamesakes = 0;
  const regNids = new Set(registered.map((w) => w.nationalId).filter((x): x is string => !!x));
  let hiddenIdNear = 0;
  for (const o of hiddenRows) {
    const could = [...regIndex.queryName(o.name).keys()];
    if (could.length) hiddenNamesakes++;
    if (!could.every((j) => ruledOut(o, view(registered[j])))) r3++;
    if (o.nationalId && (regNids.has(o.nationalId) || idNeighbours(o.nationalId).some((y) => regNids.has(y)))) hiddenIdNear++;
    if (o.nssfNumber) hiddenIdNear++;
  }
  check(r3 === 0, `rule 3: ${r3} hidden rows could pass for a registered worker`);
  check(hiddenIdNear === 0, `rule 3: ${hiddenIdNear} hidden rows show an ID within one edit of a registered one`);
  console.log(`  hidden rows that are namesakes (read back): ${hiddenNamesakes} = ${pct(hiddenNamesakes, hiddenRows.length)}`);

  // Rule 4: no leak through order, ids or times.
  const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  check(onsite.every((o) => uuidV4.test(o.id)) && new Set(onsite.map((o) => o.id)).size === onsite.length, 'rule 4: on-site ids are not unique v4 UUIDs');
  check(onsite.every((o, i) => i === 0 || o.recordedAt > onsite[i - 1].recordedAt), 'rule 4: recordedAt not increasing');
  check(new Set(registered.map((w) => w.workerId)).size === size, 'rule 4: workerIds not unique');
  check(truth.size === onsite.length, 'rule 4: truth does not cover every on-site row');
  const xs = trueRows.map((o) => onsite.indexOf(o));
  const ys = trueRows.map((o) => byId.get(truth.get(o.id)!)!);
  const corr = (a: number[], b: number[]) => {
    const n = a.length;
    const ma = a.reduce((s, x) => s + x, 0) / n;
    const mb = b.reduce((s, x) => s + x, 0) / n;
    let sab = 0, saa = 0, sbb = 0;
    for (let i = 0; i < n; i++) {
      sab += (a[i] - ma) * (b[i] - mb);
      saa += (a[i] - ma) ** 2;
      sbb += (b[i] - mb) ** 2;
    }
    return sab / Math.sqrt(saa * sbb);
  };
  const rho = corr(xs, ys);
  const hidFirstHalf = onsite.slice(0, onsite.length >> 1).filter((o) => truth.get(o.id) === null).length;
  const hidSigma = Math.sqrt(hiddenRows.length * 0.25);
  const absFirstHalf = registered.slice(0, size >> 1).filter((w) => !presentIds.has(w.workerId)).length;
  const absSigma = Math.sqrt(absentCount * 0.25);
  check(Math.abs(rho) < 4 / Math.sqrt(trueRows.length), `rule 4: row order correlates with register order (rho ${rho.toFixed(3)})`);
  check(Math.abs(hidFirstHalf - hiddenRows.length / 2) < 4 * hidSigma, 'rule 4: hidden rows bunched in the row order');
  check(Math.abs(absFirstHalf - absentCount / 2) < 4 * absSigma, 'rule 4: absent workers bunched in the register order');
  console.log(`  order: rho(row, register) ${rho.toFixed(4)}, hidden in first half ${hidFirstHalf}/${hiddenRows.length}, absent in first half ${absFirstHalf}/${absentCount}`);

  // Rule 5: undecidable true rows.
  const status = (x: string | null, y: string | null, kind: 'dob' | 'id' | 'sex'): string => {
    if (!x) return 'none';
    if (!y) return 'unknown';
    if (x === y) return 'exact';
    if (kind === 'sex') return 'differs';
    if (kind === 'dob') return dobClose(x, y) ? 'close' : 'differs';
    return dist01(x, y) <= 1 ? 'close' : 'differs';
  };
  let undecidable = 0;
  let nameOnly = 0;
  let withNamesake = 0;
  for (const o of trueRows) {
    const wi = byId.get(truth.get(o.id)!)!;
    const w = registered[wi];
    const cands = regIndex.queryName(o.name);
    const own = cands.get(wi) ?? 0;
    let strict = false;
    let weak = false;
    if (cands.size > 1) withNamesake++;
    for (const [j, d] of cands) {
      if (j === wi) continue;
      const x = registered[j];
      const same =
        status(o.sex, w.sex, 'sex') === status(o.sex, x.sex, 'sex') &&
        status(o.dateOfBirth, w.dateOfBirth, 'dob') === status(o.dateOfBirth, x.dateOfBirth, 'dob') &&
        status(o.nationalId, w.nationalId, 'id') === status(o.nationalId, x.nationalId, 'id') &&
        status(o.nssfNumber, w.nssfNumber, 'id') === status(o.nssfNumber, x.nssfNumber, 'id');
      if (!same) continue;
      if (d <= own) strict = true;
      else weak = true;
    }
    if (strict) undecidable++;
    else if (weak) nameOnly++;
  }
  check(undecidable / trueRows.length < 0.04, `rule 5: ${undecidable} undecidable true rows (${pct(undecidable, trueRows.length)})`);
  console.log(`  true rows with a confusable namesake ${pct(withNamesake, trueRows.length)}; undecidable ${undecidable} = ${pct(undecidable, trueRows.length)}, told apart only by the name being one edit closer ${nameOnly} = ${pct(nameOnly, trueRows.length)}`);

  // Schemas.
  const badReg = registered.filter((w) => !RegSchema.safeParse(w).success).length;
  const badOn = onsite.filter((o) => !OnSchema.safeParse(o).success).length;
  const extra = onsite.filter((o) => 'statedStartDate' in o || 'wageRiel' in o).length;
  check(badReg === 0 && badOn === 0 && extra === 0, `schemas: ${badReg} registered / ${badOn} on-site rows fail, ${extra} carry extra fields`);

  // Determinism and speed.
  const dump = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const a = dump(roster);
  check(a === dump(generateEightyFourth(size, seed)), 'determinism: same seed gives a different roster');
  check(a !== dump(generateEightyFourth(size, seed + 1)), 'determinism: another seed gives the same roster');
  const t1 = performance.now();
  generateEightyFourth(10000, seed);
  const ms10k = performance.now() - t1;
  check(ms10k < 2000, `speed: 10k roster took ${ms10k.toFixed(0)} ms`);
  console.log(`  time: this roster ${genMs.toFixed(0)} ms, a 10,000 roster ${ms10k.toFixed(0)} ms`);

  // The product's scale: ~9,500 on site for 10,000 registered.
  check(hiddenRows.length / onsite.length >= 0.05 && hiddenRows.length / onsite.length <= 0.1, 'shape: hidden share outside 5-10 %');
  check(Math.abs(absentCount / size - 0.05) < 0.01, 'shape: absent share not about 5 %');

  for (const f of fails) console.log(`  FAIL ${f}`);
  console.log(fails.length ? 'FAIL' : 'PASS');
  return fails.length === 0;
}

if (process.argv[1]?.endsWith('eightyfourth.ts')) {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  selfCheck(size, seed).then(
    (ok) => process.exit(ok ? 0 : 1),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
