/**
 * `seventysecond`: a grader's roster, an ordinary inspection visit at an ordinary garment factory.
 *
 * Written blind: only the product's own description of what the engine must handle was used.
 * Every variation below is one the product text lists; none is invented, and each appears at a
 * plain, everyday rate (the kind a grader would see on most visits), so a good engine and a
 * mediocre one are told apart by the everyday mix rather than by one extreme trap.
 *
 * THE REGISTER (from the fund), `size` workers, mostly complete in both scripts
 *   - Khmer name always; Latin name missing 7 % (upper case, FAMILY GIVEN, one listed romanization
 *     per word: the most common spelling 70 %, the others share 30 %).
 *   - Khmer encoding on the register itself: zero-width space for the space 3 %, a different
 *     keyboard's code point order in one syllable 4 %.
 *   - national ID missing 3 %, NSSF number missing 2 %, date of birth missing 1 %, sex always,
 *     hire date always, wage missing 3 %. ~70 % women (a garment floor).
 *   - Common names collide by nature: 70 family names, Zipf-skewed (Sok, Chan, Chea ... first),
 *     ~150 given names, skewed too. About 15 % of a 1,000 register and about 68 % of a 10,000
 *     register share their exact full name with someone (groups of up to ~20 at 10,000); printed.
 *
 * THE VISIT
 *   - absent registered workers ~5 % (each worker absent with p = 0.05);
 *   - hidden workers 5.5-7 % of on-site rows (drawn per seed), ~35 % of them copied from a
 *     registered worker's name (a namesake, present or absent), the rest drawn from the same
 *     name distribution, so many more are namesakes by chance: ~50 % of hidden rows pass by
 *     name for someone at 1,000, ~90 % at 10,000 (printed);
 *   - ~10,100 on-site rows for 10,000 registered.
 *
 * ON-SITE ROWS by source (the same for true and hidden rows, so the source leaks nothing)
 *                          csv (employer's sheet)  manual (inspector)  id-card (typed from card)
 *   share of rows                68 %                   17 %                15 %
 *   name in Khmer script         55 %                   40 %                85 %  (else Latin)
 *   national ID present          80 %                   40 %               100 %
 *   NSSF number present          60 %                   12 %                 0 %  (hidden: never, they
 *                                                                                 have no NSSF number)
 *   sex present                  92 %                   90 %               100 %
 *   date of birth present        92 %                   70 %               100 %
 *   Latin in upper case          50 %                   15 %               100 %  (lower: 2 % / 5 % / 0)
 *   Latin typo (one word, 4+)     4 %                    8 %                 2 %
 *   family/given swapped, Latin  10 %                   12 %                 3 %
 *   family/given swapped, Khmer   4 %                    5 %                 2 %
 *   Khmer ZWSP for the space     20 %                   10 %                10 %
 *   Khmer keyboard order variant 12 %                    8 %                 8 %  (only names with a syllable
 *                                                                                 of two mark kinds: ~6 % of rows)
 *   Khmer NFD form               10 %                   10 %                10 %  (byte-identical: Unicode
 *                                                                                 has no Khmer decompositions)
 *   national ID slip              2 %                    4 %               1.5 %  (one digit mistyped or
 *   NSSF number slip              2 %                    4 %                 -    two adjacent transposed)
 *   DOB day/month swapped         3 %                    2 %               0.5 %  (of DOBs where the swap is
 *                                                                                 a valid, different date)
 *   Latin romanization: each word drawn independently of the register's (70 % most common
 *   spelling), so ~57 % of the Latin rows spell at least one word differently from the
 *   register; Srey Mom / Sreymom style joins are listed spellings. A Latin row against a
 *   register entry with no Latin name is the cross-script case (~3 % of true rows).
 *
 * FAIRNESS RULES (audited by the self-check; "candidates" of a name are the registered workers
 * with a listed spelling - Khmer after removing spaces/zero-width spaces and putting each syllable's
 * marks in canonical order, or Latin lower-cased without spaces, family-given or given-family -
 * within one edit (substitution, insertion, deletion, adjacent transposition) of it):
 *   1. A true row carries only plausible variants of its registered worker: listed spellings,
 *      either order, any case, at most one typo in one Latin word of 4+ letters, Khmer encoding
 *      variants (ZWSP, keyboard order, NFD); IDs exact or one slip; DOB exact or day/month
 *      swapped; sex right or missing. Its registered worker is always among its candidates.
 *      No variation beyond these is modelled.
 *   2. Registered namesakes (each other's candidates, i.e. same full name in any spelling or one
 *      edit from it) never share a DOB and are more than a swap or one digit apart (the generator
 *      also keeps them apart after a swap of either). National IDs and NSSF numbers are at least
 *      3 substitutions/transpositions apart across the whole register, so one slip never lands
 *      on or next to another worker's number.
 *   3. A hidden row either has no candidate, or is ruled out from every candidate by a field
 *      present on both sides: sex differs, DOB more than a swap/one digit apart, or national IDs
 *      2+ edits apart. (Hidden national IDs are 3+ from every registered one.) Where the row's
 *      source left out every such field, the DOB (else the national ID) is kept on the row; a
 *      name that still cannot be told apart is redrawn.
 *   4. Nothing leaks: the register and the on-site rows are shuffled independently; worker ids
 *      are assigned after the shuffle; on-site ids are version-4 UUIDs from the seeded PRNG;
 *      recordedAt increases in row order; sourceRow numbers the csv rows in row order.
 *   5. Undecidable true rows (another candidate not ruled out by sex, DOB, national ID or NSSF
 *      number, and no ID of the row within one slip of its own worker's) stay under 4 %.
 */
import type { RegisteredWorker, OnsiteWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY, GIVEN } from './seventysecond-names';

export const SEVENTYSECOND_LABEL =
  "seventysecond: a grader's everyday visit (register complete in both scripts, employer sheet mostly filled, a minority typed from ID cards, every listed variation at a plain rate)";

// ---------------------------------------------------------------- rates

type Src = 'csv' | 'manual' | 'id-card';
interface SrcRates {
  share: number;
  khmer: number;
  nid: number;
  nssf: number;
  sex: number;
  dob: number;
  upper: number;
  lower: number;
  typo: number;
  swapLatin: number;
  swapKhmer: number;
  zwsp: number;
  khOrder: number;
  nfd: number;
  nidSlip: number;
  nssfSlip: number;
  dobSwap: number;
}
const RATES: Record<Src, SrcRates> = {
  csv: { share: 0.68, khmer: 0.55, nid: 0.8, nssf: 0.6, sex: 0.92, dob: 0.92, upper: 0.5, lower: 0.02, typo: 0.04, swapLatin: 0.1, swapKhmer: 0.04, zwsp: 0.2, khOrder: 0.12, nfd: 0.1, nidSlip: 0.02, nssfSlip: 0.02, dobSwap: 0.03 },
  manual: { share: 0.17, khmer: 0.4, nid: 0.4, nssf: 0.12, sex: 0.9, dob: 0.7, upper: 0.15, lower: 0.05, typo: 0.08, swapLatin: 0.12, swapKhmer: 0.05, zwsp: 0.1, khOrder: 0.08, nfd: 0.1, nidSlip: 0.04, nssfSlip: 0.04, dobSwap: 0.02 },
  'id-card': { share: 0.15, khmer: 0.85, nid: 1, nssf: 0, sex: 1, dob: 1, upper: 1, lower: 0, typo: 0.02, swapLatin: 0.03, swapKhmer: 0.02, zwsp: 0.1, khOrder: 0.08, nfd: 0.1, nidSlip: 0.015, nssfSlip: 0, dobSwap: 0.005 },
};
const REG = { latinMissing: 0.07, nidMissing: 0.03, nssfMissing: 0.02, dobMissing: 0.01, wageMissing: 0.03, khZwsp: 0.03, khOrder: 0.04, female: 0.7 };
const ABSENT = 0.05;
const HIDDEN_MIN = 0.055;
const HIDDEN_MAX = 0.07;
const HIDDEN_NAMESAKE = 0.35;
const SPELLING_TOP = 0.7;
const FAM_SKEW = 1.6;
const GIVEN_SKEW = 1.4;
const VISIT_ID = 'visit-seventysecond';
const VISIT_DAY = Date.UTC(2025, 5, 17);
const DAY = 86_400_000;

// ---------------------------------------------------------------- names

const G = GIVEN.length;
const ZWSP = '\u200B';
const KH = /[\u1780-\u17FF]/;

/** Canonical order class of a Khmer mark inside a syllable (base = 0). */
function khClass(c: number): number {
  if (c === 0x17c9 || c === 0x17ca) return 2; // register shifters
  if (c >= 0x17b6 && c <= 0x17c5) return 3; // dependent vowels
  if (c === 0x17c6 || c === 0x17c7 || c === 0x17c8 || (c >= 0x17cb && c <= 0x17d1) || c === 0x17d3 || c === 0x17dd) return 4;
  return -1;
}
const isKhBase = (c: number) => c >= 0x1780 && c <= 0x17b3;

interface Syllable {
  base: string;
  groups: { cls: number; text: string }[];
}
function syllables(s: string): (Syllable | string)[] {
  const out: (Syllable | string)[] = [];
  let cur: Syllable | null = null;
  const cps = [...s];
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i];
    const c = ch.codePointAt(0)!;
    if (isKhBase(c)) {
      cur = { base: ch, groups: [] };
      out.push(cur);
    } else if (c === 0x17d2 && cur && i + 1 < cps.length && isKhBase(cps[i + 1].codePointAt(0)!)) {
      cur.groups.push({ cls: 1, text: ch + cps[i + 1] });
      i++;
    } else if (cur && khClass(c) > 0) {
      cur.groups.push({ cls: khClass(c), text: ch });
    } else {
      cur = null;
      out.push(ch);
    }
  }
  return out;
}
const joinSyl = (xs: (Syllable | string)[]) => xs.map((x) => (typeof x === 'string' ? x : x.base + x.groups.map((g) => g.text).join(''))).join('');

/** Khmer comparison form: no spaces or zero-width characters, NFC, marks in canonical order. */
export function canonKh(s: string): string {
  const t = s.normalize('NFC').replace(/[\s\u200B\u200C\u200D\uFEFF]/g, '');
  const syl = syllables(t);
  for (const x of syl) if (typeof x !== 'string') x.groups = x.groups.map((g, i) => ({ g, i })).sort((a, b) => a.g.cls - b.g.cls || a.i - b.i).map((x) => x.g);
  return joinSyl(syl);
}
const normLatin = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
export const normName = (s: string) => (KH.test(s) ? canonKh(s) : normLatin(s));

/** A different keyboard's code point order: two neighbouring mark groups of one syllable swapped. */
function keyboardOrder(s: string, r: Rng): string | null {
  const syl = syllables(s);
  const spots: [Syllable, number][] = [];
  for (const x of syl) {
    if (typeof x === 'string') continue;
    for (let i = 0; i + 1 < x.groups.length; i++) if (x.groups[i].cls !== x.groups[i + 1].cls) spots.push([x, i]);
  }
  if (!spots.length) return null;
  const [x, i] = r.pick(spots);
  [x.groups[i], x.groups[i + 1]] = [x.groups[i + 1], x.groups[i]];
  return joinSyl(syl);
}

const comboOf = (fam: number, given: number) => fam * G + given;
const famOf = (combo: number) => Math.floor(combo / G);
const givenOf = (combo: number) => combo % G;

/** Every listed spelling of a full name, in comparison form, both orders, both scripts. */
export function comboKeys(combo: number): string[] {
  const f = FAMILY[famOf(combo)];
  const g = GIVEN[givenOf(combo)];
  const keys = new Set<string>([canonKh(f.kh + g.kh), canonKh(g.kh + f.kh)]);
  for (const a of f.latin) for (const b of g.latin) {
    keys.add(normLatin(a + b));
    keys.add(normLatin(b + a));
  }
  return [...keys];
}

/** Within one edit (substitution, insertion, deletion or adjacent transposition)? */
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

/** Optimal-string-alignment distance (IDs). */
export function osa(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= m; i++)
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[m][n];
}

const HM = 94_906_247; // keeps every product below 2^53, every key a small integer
const HB = 131;
const HPOW: number[] = [1];
/** Hashes of `s` and of each string one deletion from it (collisions are filtered by within1). */
function deletionHashes(s: string): number[] {
  const n = s.length;
  while (HPOW.length <= n) HPOW.push((HPOW[HPOW.length - 1] * HB) % HM);
  const P = new Array<number>(n + 1);
  P[0] = 0;
  for (let i = 0; i < n; i++) P[i + 1] = (P[i] * HB + s.charCodeAt(i)) % HM;
  const out = [P[n]];
  for (let i = 0; i < n; i++) {
    const k = HPOW[n - 1 - i];
    out.push((((P[i] * k) % HM) + P[n] - ((P[i + 1] * k) % HM) + HM) % HM);
  }
  return out;
}

/** Symmetric-deletion index from name spellings to full-name combos. */
export class NameIndex {
  private strings: string[] = [];
  private owners: number[][] = [];
  private ids = new Map<string, number>();
  private del = new Map<number, number[]>();
  private combos = new Set<number>();
  add(combo: number): void {
    if (this.combos.has(combo)) return;
    this.combos.add(combo);
    for (const k of comboKeys(combo)) {
      let id = this.ids.get(k);
      if (id === undefined) {
        id = this.strings.length;
        this.ids.set(k, id);
        this.strings.push(k);
        this.owners.push([]);
        for (const h of deletionHashes(k)) {
          const l = this.del.get(h);
          if (!l) this.del.set(h, [id]);
          else if (l[l.length - 1] !== id) l.push(id);
        }
      }
      if (!this.owners[id].includes(combo)) this.owners[id].push(combo);
    }
  }
  /** For every indexed combo, the indexed combos with a spelling within one edit of one of its own. */
  nearAll(): Map<number, number[]> {
    const res = new Map<number, Set<number>>();
    for (const c of this.combos) res.set(c, new Set([c]));
    const link = (xs: number[], ys: number[]) => {
      for (const x of xs) for (const y of ys) {
        res.get(x)!.add(y);
        res.get(y)!.add(x);
      }
    };
    for (const own of this.owners) if (own.length > 1) link(own, own);
    for (const l of this.del.values()) {
      if (l.length < 2) continue;
      for (let i = 0; i < l.length; i++)
        for (let j = i + 1; j < l.length; j++) if (within1(this.strings[l[i]], this.strings[l[j]])) link(this.owners[l[i]], this.owners[l[j]]);
    }
    return new Map([...res].map(([c, set]) => [c, [...set]]));
  }
  /** Combos with a spelling within one edit of `key` (already in comparison form). */
  query(key: string): Set<number> {
    const out = new Set<number>();
    const seen = new Set<number>();
    for (const h of deletionHashes(key)) {
      const l = this.del.get(h);
      if (!l) continue;
      for (const id of l) {
        if (seen.has(id)) continue;
        seen.add(id);
        if (within1(key, this.strings[id])) for (const c of this.owners[id]) out.add(c);
      }
    }
    return out;
  }
}

// ---------------------------------------------------------------- dates and ids

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
export function swapDM(d: string): string | null {
  const [y, m, dd] = d.split('-');
  if (Number(dd) > 12 || dd === m) return null;
  return `${y}-${dd}-${m}`;
}
/** One digit apart (substitution) or two adjacent digits transposed, same length. */
function digitSlip(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  return within1(a, b);
}
/** Equal, day/month swap, or one digit apart: a human could not tell these DOBs apart. */
export function closeDob(a: string, b: string): boolean {
  return a === b || swapDM(a) === b || digitSlip(a, b);
}
/** closeDob, also after a swap of either side (kept apart between namesakes by the generator). */
function closeDobStrong(a: string, b: string): boolean {
  if (closeDob(a, b)) return true;
  const sa = swapDM(a);
  const sb = swapDM(b);
  return (sa !== null && closeDob(sa, b)) || (sb !== null && closeDob(a, sb));
}

const dobInt = (d: string) => Number(d.slice(0, 4) + d.slice(5, 7) + d.slice(8, 10));
/** YYYYMMDD with day and month swapped, or -1 when that is not a valid, different date. */
function swapInt(a: number): number {
  const d = a % 100;
  const m = Math.floor(a / 100) % 100;
  if (d > 12 || d === m) return -1;
  return a - d - m * 100 + m + d * 100;
}
/** Equal, or one digit apart, or two adjacent digits transposed (8-digit dates). */
function closeInt(a: number, b: number): boolean {
  if (b < 0 || a < 0) return false;
  if (a === b) return true;
  let diffs = 0;
  let first = -1;
  let x = a;
  let y = b;
  const da: number[] = [];
  const db: number[] = [];
  for (let k = 0; k < 8; k++) {
    da.push(x % 10);
    db.push(y % 10);
    x = Math.floor(x / 10);
    y = Math.floor(y / 10);
  }
  for (let k = 0; k < 8; k++)
    if (da[k] !== db[k]) {
      diffs++;
      if (first < 0) first = k;
    }
  if (diffs === 1) return true;
  return diffs === 2 && first < 7 && da[first] === db[first + 1] && da[first + 1] === db[first] && da[first] !== da[first + 1];
}

/** Open-addressing set of non-negative integers below 2^30 (fast for a million ids' neighbours). */
class IntSet {
  private t: Int32Array;
  private mask: number;
  private shift: number;
  constructor(expected: number) {
    let bits = 10;
    while (1 << bits < expected * 2) bits++;
    this.t = new Int32Array(1 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
  }
  private slot(v: number): number {
    let i = Math.imul(v, 0x9e3779b1) >>> this.shift;
    const k = v + 1;
    while (this.t[i] !== 0 && this.t[i] !== k) i = (i + 1) & this.mask;
    return i;
  }
  has(v: number): boolean {
    return this.t[this.slot(v)] !== 0;
  }
  add(v: number): void {
    this.t[this.slot(v)] = v + 1;
  }
}

/** IDs kept 3+ substitutions/transpositions apart: each id's 1-neighbourhood is reserved. */
class IdPool {
  private taken: IntSet;
  private pow: number[];
  private nb: number[] = [];
  constructor(private digits: number, private first: string, expectedIds: number) {
    this.pow = Array.from({ length: digits }, (_, k) => 10 ** k);
    this.taken = new IntSet(expectedIds * (digits * 10 + 1));
  }
  private neighbours(v: number): number[] {
    const out = this.nb;
    out.length = 0;
    out.push(v);
    const { pow } = this;
    for (let k = 0; k < this.digits; k++) {
      const d = Math.floor(v / pow[k]) % 10;
      for (let e = 0; e < 10; e++) if (e !== d) out.push(v + (e - d) * pow[k]);
      if (k + 1 < this.digits) {
        const d1 = Math.floor(v / pow[k + 1]) % 10;
        if (d1 !== d) out.push(v + (d1 - d) * pow[k] + (d - d1) * pow[k + 1]);
      }
    }
    return out;
  }
  draw(r: Rng): string {
    for (;;) {
      let v = Number(r.pick([...this.first]));
      for (let k = 1; k < this.digits; k++) v = v * 10 + r.int(0, 9);
      const nb = this.neighbours(v);
      let free = true;
      for (let i = 0; i < nb.length && free; i++) if (this.taken.has(nb[i])) free = false;
      if (!free) continue;
      for (let i = 0; i < nb.length; i++) this.taken.add(nb[i]);
      return String(v).padStart(this.digits, '0');
    }
  }
}

function slipDigits(s: string, r: Rng): string {
  const a = s.split('');
  if (r.chance(0.4)) {
    const spots = [];
    for (let i = 0; i + 1 < a.length; i++) if (a[i] !== a[i + 1]) spots.push(i);
    if (spots.length) {
      const i = r.pick(spots);
      [a[i], a[i + 1]] = [a[i + 1], a[i]];
      return a.join('');
    }
  }
  const i = r.int(0, a.length - 1);
  let d = a[i];
  while (d === a[i]) d = String(r.int(0, 9));
  a[i] = d;
  return a.join('');
}

function uuid(r: Rng): string {
  const b = Array.from({ length: 16 }, () => Math.floor(r.next() * 256));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ---------------------------------------------------------------- rendering

const NEAR_KEYS: Record<string, string> = {
  a: 'qsz', b: 'vn', c: 'xv', d: 'sf', e: 'wr', f: 'dg', g: 'fh', h: 'gj', i: 'uo', j: 'hk', k: 'jl', l: 'k', m: 'n', n: 'bm',
  o: 'ip', p: 'o', q: 'w', r: 'et', s: 'ad', t: 'ry', u: 'yi', v: 'cb', w: 'qe', x: 'zc', y: 'tu', z: 'x',
};
function typo(word: string, r: Rng): string {
  const w = word.toLowerCase();
  for (;;) {
    const op = r.int(0, 3);
    const i = r.int(0, w.length - 1);
    let out = w;
    if (op === 0) out = w.slice(0, i) + r.pick([...NEAR_KEYS[w[i]] ?? 'e']) + w.slice(i + 1);
    else if (op === 1) out = w.slice(0, i) + w.slice(i + 1);
    else if (op === 2) out = w.slice(0, i + 1) + w[i] + w.slice(i + 1);
    else if (i + 1 < w.length && w[i] !== w[i + 1]) out = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    if (out !== w) return out[0].toUpperCase() + out.slice(1);
  }
}

function spell(latin: readonly string[], r: Rng): number {
  if (latin.length === 1 || r.chance(SPELLING_TOP)) return 0;
  return r.int(1, latin.length - 1);
}

interface Flags {
  khmer: boolean;
  swapped: boolean;
  upper: boolean;
  typo: boolean;
  zwsp: boolean;
  khOrder: boolean;
  nfd: boolean;
  famSp: number;
  givSp: number;
}

function renderName(fam: number, given: number, src: Src, r: Rng): { name: string; f: Flags } {
  const R = RATES[src];
  const F = FAMILY[fam];
  const Gv = GIVEN[given];
  const f: Flags = { khmer: r.chance(R.khmer), swapped: false, upper: false, typo: false, zwsp: false, khOrder: false, nfd: false, famSp: -1, givSp: -1 };
  if (f.khmer) {
    f.swapped = r.chance(R.swapKhmer);
    f.zwsp = r.chance(R.zwsp);
    const parts = f.swapped ? [Gv.kh, F.kh] : [F.kh, Gv.kh];
    let s = parts.join(f.zwsp ? ZWSP : ' ');
    if (r.chance(R.khOrder)) {
      const v = keyboardOrder(s, r);
      if (v) {
        s = v;
        f.khOrder = true;
      }
    }
    if (r.chance(R.nfd)) {
      s = s.normalize('NFD');
      f.nfd = true;
    }
    return { name: s, f };
  }
  f.famSp = spell(F.latin, r);
  f.givSp = spell(Gv.latin, r);
  f.swapped = r.chance(R.swapLatin);
  const words = f.swapped ? [Gv.latin[f.givSp], F.latin[f.famSp]] : [F.latin[f.famSp], Gv.latin[f.givSp]];
  const tokens = words.join(' ').split(' ');
  if (r.chance(R.typo)) {
    const long = tokens.map((t, i) => [t, i] as const).filter(([t]) => t.length >= 4);
    if (long.length) {
      const [t, i] = r.pick(long);
      tokens[i] = typo(t, r);
      f.typo = true;
    }
  }
  let name = tokens.join(' ');
  const c = r.next();
  if (c < R.upper) {
    name = name.toUpperCase();
    f.upper = true;
  } else if (c < R.upper + R.lower) name = name.toLowerCase();
  return { name, f };
}

function pickSource(r: Rng): Src {
  const x = r.next();
  return x < RATES.csv.share ? 'csv' : x < RATES.csv.share + RATES.manual.share ? 'manual' : 'id-card';
}

// ---------------------------------------------------------------- generator

interface Person {
  fam: number;
  given: number;
  sex: 'F' | 'M';
  dob: string;
  nid: string;
  nssf: string;
  famSp: number;
  givSp: number;
  reg: RegisteredWorker;
}

type Row = Omit<OnsiteWorker, 'id' | 'recordedAt' | 'sourceRow'> & { sourceRow: number | null; truth: Person | null; f: Flags; nidSlip: boolean; nssfSlip: boolean; dobSwap: boolean; namesake: boolean };

const FEMALE_GIVEN = GIVEN.map((g, i) => [g, i] as const).filter(([g]) => g.sex !== 'M').map(([, i]) => i);
const MALE_GIVEN = GIVEN.map((g, i) => [g, i] as const).filter(([g]) => g.sex !== 'F').map(([, i]) => i);

function drawDob(r: Rng): string {
  const age = 18 + 37 * r.next() ** 1.7;
  return iso(VISIT_DAY - Math.floor(age * 365.25 * DAY) - r.int(0, 364) * DAY);
}

/** Is on-site row `o` ruled out from registered worker `w` by a field present on both sides? */
export function ruledOut(o: Pick<OnsiteWorker, 'sex' | 'dateOfBirth' | 'nationalId' | 'nssfNumber'>, w: RegisteredWorker, useNssf: boolean): boolean {
  if (o.sex && w.sex && o.sex !== w.sex) return true;
  if (o.dateOfBirth && w.dateOfBirth && !closeDob(o.dateOfBirth, w.dateOfBirth)) return true;
  if (o.nationalId && w.nationalId && osa(o.nationalId, w.nationalId) >= 2) return true;
  if (useNssf && o.nssfNumber && w.nssfNumber && osa(o.nssfNumber, w.nssfNumber) >= 2) return true;
  return false;
}

export interface Build {
  roster: Roster;
  rows: Row[];
  persons: Person[];
  hiddenShare: number;
}

export function buildSeventySecond(size: number, seed: number): Build {
  const r = rng(seed * 7919 + 72);
  const nidPool = new IdPool(9, '0011122', Math.ceil(size * 1.5) + 100);
  const nssfPool = new IdPool(9, '3456789', size + 10);

  // 1. registered people and their names
  const persons: Person[] = [];
  for (let i = 0; i < size; i++) {
    const sex = r.chance(REG.female) ? 'F' : 'M';
    const given = GIVEN_IDX(sex, r);
    const fam = FAMILY.indexOf(r.pickSkewed(FAMILY, FAM_SKEW));
    persons.push({ fam, given, sex, dob: '', nid: nidPool.draw(r), nssf: nssfPool.draw(r), famSp: spell(FAMILY[fam].latin, r), givSp: spell(GIVEN[given].latin, r), reg: null as unknown as RegisteredWorker });
  }

  // 2. dates of birth kept apart between namesakes (rule 2)
  const index = new NameIndex();
  for (const p of persons) index.add(comboOf(p.fam, p.given));
  const nearMap = index.nearAll();
  const near = (combo: number): number[] => nearMap.get(combo)!;
  const dobsByCombo = new Map<number, number[]>();
  for (const p of persons) {
    const c = comboOf(p.fam, p.given);
    const nc = near(c);
    let dob = drawDob(r);
    for (;;) {
      const a = dobInt(dob);
      const sa = swapInt(a);
      let clash = false;
      for (const x of nc) {
        for (const b of dobsByCombo.get(x) ?? []) if (closeInt(a, b) || (sa > 0 && closeInt(sa, b)) || closeInt(a, swapInt(b))) clash = true;
        if (clash) break;
      }
      if (!clash) break;
      dob = drawDob(r);
    }
    p.dob = dob;
    const l = dobsByCombo.get(c);
    if (l) l.push(dobInt(dob));
    else dobsByCombo.set(c, [dobInt(dob)]);
  }

  // 3. the register's view of each person
  for (const p of persons) {
    const F = FAMILY[p.fam];
    const Gv = GIVEN[p.given];
    let nameKh = F.kh + (r.chance(REG.khZwsp) ? ZWSP : ' ') + Gv.kh;
    if (r.chance(REG.khOrder)) nameKh = keyboardOrder(nameKh, r) ?? nameKh;
    const adult = Date.parse(p.dob) + 18 * 365.25 * DAY;
    const from = Math.max(adult, Date.UTC(2012, 0, 1));
    const to = VISIT_DAY - 14 * DAY;
    p.reg = {
      workerId: '',
      nssfNumber: r.chance(REG.nssfMissing) ? null : p.nssf,
      nationalId: r.chance(REG.nidMissing) ? null : p.nid,
      nameKh,
      nameLatin: r.chance(REG.latinMissing) ? null : `${F.latin[p.famSp]} ${Gv.latin[p.givSp]}`.toUpperCase(),
      sex: p.sex,
      dateOfBirth: r.chance(REG.dobMissing) ? null : p.dob,
      hireDate: iso(from + Math.floor(r.next() * Math.max(1, (to - from) / DAY)) * DAY),
      wageRiel: r.chance(REG.wageMissing) ? null : r.int(800, 2600) * 1000,
    };
  }

  // 4. who is on site
  const rows: Row[] = [];
  for (const p of persons) {
    if (r.chance(ABSENT)) continue;
    const src = pickSource(r);
    const R = RATES[src];
    const { name, f } = renderName(p.fam, p.given, src, r);
    const row: Row = { visitId: VISIT_ID, name, nationalId: null, nssfNumber: null, sex: null, dateOfBirth: null, source: src, sourceRow: null, truth: p, f, nidSlip: false, nssfSlip: false, dobSwap: false, namesake: false };
    if (r.chance(R.nid)) {
      row.nidSlip = r.chance(R.nidSlip);
      row.nationalId = row.nidSlip ? slipDigits(p.nid, r) : p.nid;
    }
    if (r.chance(R.nssf)) {
      row.nssfSlip = r.chance(R.nssfSlip);
      row.nssfNumber = row.nssfSlip ? slipDigits(p.nssf, r) : p.nssf;
    }
    if (r.chance(R.sex)) row.sex = p.sex;
    if (r.chance(R.dob)) {
      const sw = swapDM(p.dob);
      row.dobSwap = sw !== null && r.chance(R.dobSwap);
      row.dateOfBirth = row.dobSwap ? sw : p.dob;
    }
    rows.push(row);
  }

  // 5. hidden workers (rule 3)
  const present = rows.length;
  const hiddenShare = HIDDEN_MIN + (HIDDEN_MAX - HIDDEN_MIN) * r.next();
  const hiddenCount = Math.round((present * hiddenShare) / (1 - hiddenShare));
  const workersOf = new Map<number, Person[]>();
  for (const p of persons) {
    const c = comboOf(p.fam, p.given);
    const l = workersOf.get(c);
    if (l) l.push(p);
    else workersOf.set(c, [p]);
  }
  for (let k = 0; k < hiddenCount; k++) {
    for (;;) {
      let fam: number;
      let given: number;
      let sex: 'F' | 'M';
      if (r.chance(HIDDEN_NAMESAKE)) {
        const t = r.pick(persons);
        fam = t.fam;
        given = t.given;
        sex = GIVEN[given].sex === 'U' ? (r.chance(REG.female) ? 'F' : 'M') : t.sex;
      } else {
        sex = r.chance(REG.female) ? 'F' : 'M';
        given = GIVEN_IDX(sex, r);
        fam = FAMILY.indexOf(r.pickSkewed(FAMILY, FAM_SKEW));
      }
      const src = pickSource(r);
      const R = RATES[src];
      const { name, f } = renderName(fam, given, src, r);
      const cands = [...index.query(normName(name))].flatMap((c) => workersOf.get(c) ?? []);
      let dob = drawDob(r);
      for (let t = 0; t < 500 && cands.some((w) => w.reg.dateOfBirth && closeDobStrong(dob, w.reg.dateOfBirth)); t++) dob = drawDob(r);
      const nid = nidPool.draw(r);
      const row: Row = { visitId: VISIT_ID, name, nationalId: r.chance(R.nid) ? nid : null, nssfNumber: null, sex: r.chance(R.sex) ? sex : null, dateOfBirth: r.chance(R.dob) ? dob : null, source: src, sourceRow: null, truth: null, f, nidSlip: false, nssfSlip: false, dobSwap: false, namesake: cands.length > 0 };
      const ok = () => cands.every((w) => ruledOut(row, w.reg, false));
      if (!ok() && row.dateOfBirth === null) row.dateOfBirth = dob;
      if (!ok() && row.nationalId === null) row.nationalId = nid;
      if (!ok()) continue;
      rows.push(row);
      break;
    }
  }

  // 6. shuffle both lists, then assign ids (rule 4)
  const registered = r.shuffle(persons.slice()).map((p, i) => {
    p.reg.workerId = `W${String(i + 1).padStart(6, '0')}`;
    return p.reg;
  });
  r.shuffle(rows);
  const ur = rng(seed * 104729 + 7272);
  const truth = new Map<string, string | null>();
  const onsite: OnsiteWorker[] = [];
  let t = VISIT_DAY + 8 * 3_600_000 - 7 * 3_600_000; // 08:00 in Phnom Penh
  let csvRow = 0;
  for (const row of rows) {
    t += ur.int(50, 1500);
    const id = uuid(ur);
    if (row.source === 'csv') row.sourceRow = ++csvRow;
    onsite.push({ id, visitId: row.visitId, name: row.name, nationalId: row.nationalId, nssfNumber: row.nssfNumber, sex: row.sex, dateOfBirth: row.dateOfBirth, source: row.source, sourceRow: row.sourceRow, recordedAt: new Date(t).toISOString() });
    truth.set(id, row.truth ? row.truth.reg.workerId : null);
  }
  return { roster: { registered, onsite, truth }, rows, persons, hiddenShare };
}

function GIVEN_IDX(sex: 'F' | 'M', r: Rng): number {
  return r.pickSkewed(sex === 'F' ? FEMALE_GIVEN : MALE_GIVEN, GIVEN_SKEW);
}

export function generateSeventySecond(size: number, seed: number): Roster {
  return buildSeventySecond(size, seed).roster;
}

// ---------------------------------------------------------------- self-check

async function selfCheck(size: number, seed: number): Promise<boolean> {
  const { RegisteredWorker: RegSchema, OnsiteWorker: OnSchema } = await import('../../src/protocol');
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(2) : '0.00') + ' %';
  const t0 = performance.now();
  const b = buildSeventySecond(size, seed);
  const genMs = performance.now() - t0;
  const { registered, onsite, truth } = b.roster;
  const fails: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) fails.push(what);
    console.log(`  [${ok ? 'ok' : 'FAIL'}] ${what}`);
  };

  // --- independent reconstruction of the register's names (from nameKh only)
  const comboByKh = new Map<string, number>();
  for (let f = 0; f < FAMILY.length; f++) for (let g = 0; g < G; g++) comboByKh.set(canonKh(FAMILY[f].kh + GIVEN[g].kh), comboOf(f, g));
  const regCombo = registered.map((w) => comboByKh.get(canonKh(w.nameKh)) ?? -1);
  const idx = new NameIndex();
  const byCombo = new Map<number, number[]>();
  regCombo.forEach((c, i) => {
    if (c < 0) return;
    idx.add(c);
    const l = byCombo.get(c);
    if (l) l.push(i);
    else byCombo.set(c, [i]);
  });
  const regPos = new Map(registered.map((w, i) => [w.workerId, i]));
  const candidates = (name: string) => [...idx.query(normName(name))].flatMap((c) => byCombo.get(c) ?? []);

  const trueRows = b.rows.filter((x) => x.truth);
  const hiddenRows = b.rows.filter((x) => !x.truth);
  const T = trueRows.length;
  const count = (xs: Row[], fn: (x: Row) => boolean) => xs.filter(fn).length;

  console.log(`seventysecond  size=${size} seed=${seed}`);
  console.log(`  registered ${registered.length}; on site ${onsite.length} (true ${T}, hidden ${hiddenRows.length} = ${pct(hiddenRows.length, onsite.length)} of rows; drawn share ${(100 * b.hiddenShare).toFixed(2)} %)`);
  console.log(`  absent registered ${registered.length - T} = ${pct(registered.length - T, registered.length)}`);
  const exactShared = [...byCombo.values()].filter((l) => l.length > 1).reduce((a, l) => a + l.length, 0);
  const nearShared = regCombo.filter((c) => c >= 0 && comboKeys(c).some((k) => [...idx.query(k)].some((c2) => c2 !== c || (byCombo.get(c)?.length ?? 0) > 1))).length;
  console.log(`  register: Latin missing ${pct(count2(registered, (w) => !w.nameLatin), size)}, national ID missing ${pct(count2(registered, (w) => !w.nationalId), size)}, NSSF missing ${pct(count2(registered, (w) => !w.nssfNumber), size)}, DOB missing ${pct(count2(registered, (w) => !w.dateOfBirth), size)}, Khmer ZWSP ${pct(count2(registered, (w) => w.nameKh.includes(ZWSP)), size)}, Khmer non-canonical order ${pct(count2(registered, (w) => w.nameKh.replace(ZWSP, ' ') !== canonKhSpaced(w.nameKh)), size)}`);
  console.log(`  register: workers sharing their exact full name with another ${pct(exactShared, size)} (largest group ${Math.max(...[...byCombo.values()].map((l) => l.length))}); with a namesake within one edit ${pct(nearShared, size)}`);
  const hNamesake = hiddenRows.filter((x) => candidates(x.name).length > 0).length;
  console.log(`  hidden rows that pass by name for a registered worker (namesakes) ${pct(hNamesake, hiddenRows.length)}`);
  for (const s of ['csv', 'manual', 'id-card'] as const) console.log(`  source ${s.padEnd(7)} ${pct(count(b.rows, (x) => x.source === s), b.rows.length)}`);
  const kh = trueRows.filter((x) => x.f.khmer);
  const la = trueRows.filter((x) => !x.f.khmer);
  const laReg = la.filter((x) => x.truth!.reg.nameLatin);
  console.log(`  true rows: Khmer script ${pct(kh.length, T)}, Latin ${pct(la.length, T)}; cross-script (Latin row, register has no Latin) ${pct(la.length - laReg.length, T)}`);
  console.log(`  Latin rows: spelled differently from the register ${pct(count(laReg, (x) => x.f.famSp !== x.truth!.famSp || x.f.givSp !== x.truth!.givSp), laReg.length)}, family/given swapped ${pct(count(la, (x) => x.f.swapped), la.length)}, upper case ${pct(count(la, (x) => x.f.upper), la.length)}, typo ${pct(count(la, (x) => x.f.typo), la.length)}`);
  console.log(`  Khmer rows: ZWSP ${pct(count(kh, (x) => x.f.zwsp), kh.length)}, keyboard order ${pct(count(kh, (x) => x.f.khOrder), kh.length)}, NFD ${pct(count(kh, (x) => x.f.nfd), kh.length)}, family/given swapped ${pct(count(kh, (x) => x.f.swapped), kh.length)}`);
  console.log(`  national ID present ${pct(count(trueRows, (x) => !!x.nationalId), T)} (slip ${pct(count(trueRows, (x) => x.nidSlip), count(trueRows, (x) => !!x.nationalId))}); NSSF present ${pct(count(trueRows, (x) => !!x.nssfNumber), T)} (slip ${pct(count(trueRows, (x) => x.nssfSlip), count(trueRows, (x) => !!x.nssfNumber))})`);
  console.log(`  DOB present ${pct(count(trueRows, (x) => !!x.dateOfBirth), T)} (day/month swapped ${pct(count(trueRows, (x) => x.dobSwap), count(trueRows, (x) => !!x.dateOfBirth))} of DOBs, ${pct(count(trueRows, (x) => x.dobSwap), count(trueRows, (x) => !!x.dateOfBirth && swapDM(x.truth!.dob) !== null))} of swappable ones); sex missing ${pct(count(trueRows, (x) => !x.sex), T)}; no DOB and no ID ${pct(count(trueRows, (x) => !x.dateOfBirth && !x.nationalId && !x.nssfNumber), T)}`);

  console.log('audit');
  check(regCombo.every((c) => c >= 0), 'every registered Khmer name reads back as a listed family + given name');
  check([...FAMILY, ...GIVEN].every((w) => canonKh(w.kh) === w.kh), 'name lists are in canonical Khmer order');

  // rule 1
  let r1 = 0;
  const r1ex: string[] = [];
  const personOf = new Map(b.persons.map((x) => [x.reg, x]));
  for (const o of onsite) {
    const wid = truth.get(o.id);
    if (!wid) continue;
    const wi = regPos.get(wid)!;
    const w = registered[wi];
    const p = personOf.get(w)!;
    const bad =
      !candidates(o.name).includes(wi) ||
      (o.nationalId !== null && osa(o.nationalId, p.nid) > 1) ||
      (o.nssfNumber !== null && osa(o.nssfNumber, p.nssf) > 1) ||
      (o.dateOfBirth !== null && o.dateOfBirth !== p.dob && o.dateOfBirth !== swapDM(p.dob)) ||
      (o.sex !== null && o.sex !== w.sex);
    if (bad) {
      r1++;
      if (r1ex.length < 3) r1ex.push(`${o.name} ~ ${w.nameKh}/${w.nameLatin}`);
    }
  }
  check(r1 === 0, `rule 1: true rows carry only plausible variants (${r1} violations) ${r1ex.join('; ')}`);

  // rule 2
  let r2 = 0;
  for (let i = 0; i < registered.length; i++) {
    const c = regCombo[i];
    const near = new Set<number>();
    for (const k of comboKeys(c)) for (const c2 of idx.query(k)) near.add(c2);
    for (const c2 of near)
      for (const j of byCombo.get(c2) ?? []) {
        if (j <= i) continue;
        const a = registered[i];
        const z = registered[j];
        if (a.dateOfBirth && z.dateOfBirth && closeDob(a.dateOfBirth, z.dateOfBirth)) r2++;
        if (a.nationalId && z.nationalId && osa(a.nationalId, z.nationalId) < 2) r2++;
      }
  }
  const idClash = (xs: (string | null)[]) => {
    const seen = new Map<string, number>();
    let n = 0;
    xs.forEach((x, i) => {
      if (!x) return;
      const nb = [x];
      for (let k = 0; k < x.length; k++) {
        for (let d = 0; d < 10; d++) nb.push(x.slice(0, k) + d + x.slice(k + 1));
        if (k + 1 < x.length) nb.push(x.slice(0, k) + x[k + 1] + x[k] + x.slice(k + 2));
      }
      for (const y of new Set(nb)) {
        const j = seen.get(y);
        if (j !== undefined && j !== i) n++;
        seen.set(y, i);
      }
    });
    return n;
  };
  const nidClash = idClash(registered.map((w) => w.nationalId).concat(onsite.filter((o) => truth.get(o.id) === null).map((o) => o.nationalId)));
  const nssfClash = idClash(registered.map((w) => w.nssfNumber));
  check(r2 === 0, `rule 2: registered namesakes never share or nearly share a DOB / national ID (${r2} violations)`);
  check(nidClash === 0 && nssfClash === 0, `rule 2: national IDs (incl. hidden) and NSSF numbers 3+ slips apart (${nidClash}/${nssfClash} clashes)`);

  // rule 3
  let r3 = 0;
  for (const o of onsite) {
    if (truth.get(o.id) !== null) continue;
    if (candidates(o.name).some((i) => !ruledOut(o, registered[i], false))) r3++;
  }
  check(r3 === 0, `rule 3: every hidden row is unnamed in the register or ruled out by a field on both sides (${r3} violations)`);

  // rule 4
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  check(onsite.every((o) => uuidRe.test(o.id)) && new Set(onsite.map((o) => o.id)).size === onsite.length, 'rule 4: on-site ids are unique version-4 UUIDs');
  check(onsite.every((o, i) => i === 0 || Date.parse(o.recordedAt) > Date.parse(onsite[i - 1].recordedAt)), 'rule 4: recordedAt strictly increases in row order');
  const csvRows = onsite.filter((o) => o.source === 'csv');
  check(csvRows.every((o, i) => o.sourceRow === i + 1) && onsite.every((o) => o.source === 'csv' || o.sourceRow === null), 'rule 4: sourceRow numbers the csv rows in row order');
  const pairs = onsite.map((o, i) => [i, truth.get(o.id)] as const).filter(([, w]) => w).map(([i, w]) => [i, regPos.get(w!)!] as const);
  const corr = spearman(pairs.map((x) => x[0]), pairs.map((x) => x[1]));
  const q = 4;
  const hq = Array.from({ length: q }, (_, k) => onsite.slice(Math.floor((k * onsite.length) / q), Math.floor(((k + 1) * onsite.length) / q)).filter((o) => truth.get(o.id) === null).length);
  const presentSet = new Set([...truth.values()].filter(Boolean));
  const aq = Array.from({ length: q }, (_, k) => registered.slice(Math.floor((k * size) / q), Math.floor(((k + 1) * size) / q)).filter((w) => !presentSet.has(w.workerId)).length);
  const spread = (xs: number[]) => {
    const m = xs.reduce((a, x) => a + x, 0) / xs.length;
    return xs.every((x) => Math.abs(x - m) <= Math.max(4 * Math.sqrt(m), 5));
  };
  check(Math.abs(corr) < 0.05 && spread(hq) && spread(aq), `rule 4: row order tells nothing (rank corr on-site/register ${corr.toFixed(4)}, hidden per quarter ${hq.join('/')}, absent per register quarter ${aq.join('/')})`);
  check(registered.every((w, i) => w.workerId === `W${String(i + 1).padStart(6, '0')}`), 'rule 4: worker ids assigned in shuffled register order');

  // rule 5
  let undecidable = 0;
  for (const o of onsite) {
    const wid = truth.get(o.id);
    if (!wid) continue;
    const ti = regPos.get(wid)!;
    const tw = registered[ti];
    const idHit = (o.nationalId !== null && tw.nationalId !== null && osa(o.nationalId, tw.nationalId) <= 1) || (o.nssfNumber !== null && tw.nssfNumber !== null && osa(o.nssfNumber, tw.nssfNumber) <= 1);
    if (idHit) continue;
    if (candidates(o.name).some((i) => i !== ti && !ruledOut(o, registered[i], true))) undecidable++;
  }
  check(undecidable / T < 0.04, `rule 5: undecidable true rows ${undecidable} = ${pct(undecidable, T)} (< 4 %)`);

  // schemas
  const regBad = registered.filter((w) => !RegSchema.safeParse(w).success).length;
  const onBad = onsite.filter((o) => !OnSchema.safeParse(o).success).length;
  check(regBad === 0 && onBad === 0, `schemas: every registered (${registered.length}) and on-site (${onsite.length}) record parses (${regBad}/${onBad} failures)`);
  check(truth.size === onsite.length && [...truth.values()].every((v) => v === null || regPos.has(v)), 'truth: one entry per on-site row, pointing at a registered worker or null');

  // determinism
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const again = generateSeventySecond(size, seed);
  const other = generateSeventySecond(size, seed + 1);
  check(ser(again) === ser(b.roster), 'determinism: same seed, identical roster');
  check(ser(other) !== ser(b.roster), 'determinism: another seed, a different roster');

  // timing
  const t1 = performance.now();
  generateSeventySecond(10_000, seed + 11);
  const ms10k = performance.now() - t1;
  check(ms10k < 2000 && (size !== 10_000 || genMs < 2000), `time: 10,000 generated in ${ms10k.toFixed(0)} ms (first build of this size ${genMs.toFixed(0)} ms)`);

  console.log(fails.length ? `FAIL (${fails.length})` : 'PASS');
  return fails.length === 0;
}

function count2<T>(xs: T[], fn: (x: T) => boolean): number {
  return xs.filter(fn).length;
}
function canonKhSpaced(s: string): string {
  return s
    .replace(ZWSP, ' ')
    .split(' ')
    .map((w) => canonKh(w))
    .join(' ');
}
function spearman(a: number[], b: number[]): number {
  const rank = (xs: number[]) => {
    const order = xs.map((x, i) => [x, i] as const).sort((p, q) => p[0] - q[0]);
    const rk = new Array<number>(xs.length);
    order.forEach(([, i], k) => (rk[i] = k));
    return rk;
  };
  const ra = rank(a);
  const rb = rank(b);
  const n = a.length;
  const m = (n - 1) / 2;
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < n; i++) {
    num += (ra[i] - m) * (rb[i] - m);
    da += (ra[i] - m) ** 2;
    db += (rb[i] - m) ** 2;
  }
  return num / Math.sqrt(da * db);
}

if (process.argv[1]?.endsWith('seventysecond.ts')) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  selfCheck(size, seed).then((ok) => process.exit(ok ? 0 : 1));
}
