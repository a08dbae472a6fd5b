/**
 * `hundredsecond`: a grader's roster, with the weight on namesakes of absent workers.
 *
 * Written blind (from the product's own description of what the engine must handle, nothing
 * else). Only the variations that text lists are modelled; none is invented. Chosen rates:
 *
 *  Register (the fund's list), `size` workers
 *   - sex F 72 % (garment-like workforce); names drawn with a Zipf-like skew from
 *     hundredsecond-names.ts (49 family names, ~55 given names per sex), so full names collide
 *     (the text: many workers share a full name): at 10,000 about 85 % of registered workers share
 *     theirs with another worker of the same sex, at 1,000 about 35 %
 *   - nameLatin missing 20 % (otherwise uppercase, family name first, each word the first listed
 *     spelling 70 % of the time, another listed one 30 %)
 *   - nameKh: zero-width space instead of the space 10 %, another keyboard's code-point order 8 %
 *   - national ID (9 digits) missing 3 %; NSSF number (8 digits), sex and date of birth always
 *     present; all registered IDs 2+ edits apart; wage missing 3 %
 *   - absent on the day: 10 % (the theme; the text: registered workers are often absent)
 *  On site (~9,570 rows for 10,000 registered)
 *   - hidden workers: 6 % of on-site rows, of which
 *       50 % namesakes of an ABSENT registered worker (same full name in some spelling, same sex;
 *            at least 70 % of those absent workers, ~95 % at 10,000, also have a same-sex
 *            namesake who IS on site and must still be matched to the right one),
 *       25 % namesakes of a present registered worker (same name, same sex),
 *       25 % unrelated (no spelling of the name within one edit of any registered name)
 *     a namesake hidden worker's date of birth is 2-12 years from his namesake's (inside the
 *     register's range of years) and no closer than a swap or one digit to anyone he could pass
 *     for by name; his national ID (when shown) is 2+ digits from every registered one; hidden
 *     workers carry no NSSF number. Where the row shows neither DOB nor a usable ID, he is
 *     undecidable (about 0.2 % of rows).
 *   - source: id-card 25 % (Khmer 70 %, uppercase Latin 30 %; national ID, DOB, sex always),
 *     employer's sheet (csv) 45 % (Khmer 35 %; nat. ID 35 %, NSSF 55 %, DOB 94 %, sex 90 %),
 *     typed by the inspector (manual) 30 % (Khmer 30 %; nat. ID 30 %, NSSF 15 %, DOB 88 %, sex 95 %)
 *   - Khmer rows: zero-width space for the space 20 %, another keyboard's code-point order 15 %
 *     (where the name has a cluster it applies to: ~9 % of Khmer rows), NFD 15 % (a no-op for
 *     Khmer code points, kept because pipelines do it), given name first 5 %
 *   - Latin rows: each word spelled as on the register 55 % of the time, otherwise any listed
 *     romanization (Sok/Sokh, Srey Mom/Sreymom ...; ~27 % of Latin rows differ from the
 *     register's spelling); given name first 12 %; UPPER CASE on id-card rows, 45 % of csv rows,
 *     15 % of manual rows; one typo in one word of 4+ letters: manual 6 %, csv 3 %, id-card 1 %.
 *     A Latin row whose register entry has no Latin name is a Khmer-on-one-side,
 *     Latin-on-the-other row (~11 % of all rows).
 *   - IDs shown: one transposed or mistyped digit 3 % (each of national ID and NSSF number)
 *   - date of birth shown: day and month swapped 8 % where the swap is a real date (~2.5 % of rows)
 *
 * Fairness rules (a careful human with both lists could reach the targets; audited below):
 *  1. A true on-site row carries only plausible variants of its registered worker: a listed
 *     spelling of each word, either order, any case, at most one typo in one word of 4+ letters
 *     (and never a typo that makes it pass for a name it could not pass for before), Khmer
 *     encoding variants; IDs exact or one slip (and a slip never lands within one slip of
 *     another registered ID); DOB exact or day/month swapped (never a swap that lands within a
 *     swap/one digit of another worker it could pass for); sex right or missing.
 *  2. Registered namesakes (same full name in any spelling, either order)
 *     never share a date of birth and are more than a swap or one digit apart.
 *  3. A hidden row either cannot pass for any registered worker by name (not within one edit of
 *     any spelling variant), or is ruled out from every one it could pass for by a field present
 *     on BOTH sides (sex differs, DOB more than a swap/one digit apart, national IDs or NSSF
 *     numbers 2+ edits apart). The theme's exception: a namesake hidden row that happens to lack
 *     that field on site (no DOB, no usable ID) is undecidable, and counted under rule 5.
 *  4. Nothing leaks the truth: rows shuffled, ids random v4 UUIDs from the seeded PRNG,
 *     recordedAt increasing in row order, csv sourceRow increasing in row order, registered
 *     workerIds assigned after the register is shuffled.
 *  5. Undecidable rows (true rows another registered worker could equally be, with no field to
 *     tell them apart and no ID pointing at their own worker; plus the hidden rows of rule 3's
 *     exception) stay under 4 % of on-site rows.
 *
 * Run directly (`npx tsx test/bench/hundredsecond.ts 10000 1`) for the shape and the self-check.
 */
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import { FAMILY, GIVEN, givenFor, type GivenName, type NameWord } from './hundredsecond-names';

export const HUNDREDSECOND_LABEL =
  'grader: 10 % absent, half the hidden workers namesakes of absent workers (DOB/ID tells them apart)';

// ---------------------------------------------------------------------------------------------
// Khmer and Latin name helpers (shared by the generator and the audit)

const ZWSP = '\u200B';

/** 1: register shifters/robat, 2: dependent vowels, 3: signs after the vowel, 4: other marks. */
function markRank(cp: number): number {
  if (cp === 0x17c9 || cp === 0x17ca || cp === 0x17cc) return 1;
  if (cp >= 0x17b4 && cp <= 0x17c5) return 2;
  if (cp >= 0x17c6 && cp <= 0x17c8) return 3;
  if (cp === 0x17cb || (cp >= 0x17cd && cp <= 0x17d1) || cp === 0x17d3 || cp === 0x17dd) return 4;
  return 0;
}

/** Khmer in one canonical order, separators dropped: base, subscripts (ro last), marks by rank. */
export function canonKhmer(s: string): string {
  const cps = [...s.normalize('NFC').replace(/[\s\u200B\u200C\u200D\uFEFF]/g, '')];
  let out = '';
  let base = '';
  let subs: string[] = [];
  let marks: { r: number; i: number; c: string }[] = [];
  const flush = () => {
    const ro = subs.filter((x) => x === '\u17D2\u179A');
    const other = subs.filter((x) => x !== '\u17D2\u179A');
    marks.sort((a, b) => a.r - b.r || a.i - b.i);
    out += base + other.join('') + ro.join('') + marks.map((m) => m.c).join('');
    base = '';
    subs = [];
    marks = [];
  };
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    const cp = c.codePointAt(0)!;
    if (cp === 0x17d2 && i + 1 < cps.length) {
      subs.push(c + cps[i + 1]);
      i++;
      continue;
    }
    const r = markRank(cp);
    if (r > 0) {
      marks.push({ r, i, c });
      continue;
    }
    flush();
    base = c;
  }
  flush();
  return out;
}

/** The code-point orders other keyboards produce, each one a rewrite of a canonical cluster. */
const KHMER_REORDERS: readonly [RegExp, string][] = [
  [/([\u17BB\u17BC])\u17C6/g, '\u17C6$1'], // nikahit typed before the vowel u/uu (មុំ → មំុ)
  [/([\u17C9\u17CA])([\u17B6-\u17C5])/g, '$2$1'], // register shifter after the vowel (ម៉ៅ → មៅ៉)
  [/(\u17D2[\u1780-\u17A2])([\u17B6-\u17C5])/g, '$2$1'], // vowel typed before the subscript
  [/(\u17D2[\u1780-\u1799\u179B-\u17A2])(\u17D2\u179A)/g, '$2$1'], // coeng ro before the other subscript
];

function khmerReorder(s: string, r: Rng): string {
  const applicable = KHMER_REORDERS.filter(([re]) => {
    re.lastIndex = 0;
    return re.test(s);
  });
  if (!applicable.length) return s;
  const [re, rep] = r.pick(applicable);
  re.lastIndex = 0;
  return s.replace(re, rep);
}

export const isKhmer = (s: string) => /[\u1780-\u17FF]/.test(s);
export const normLatin = (s: string) => s.toUpperCase().replace(/[^A-Z]/g, '');
/** The key a name is compared on: canonical Khmer, or Latin letters only. */
export const nameKey = (s: string) => (isKhmer(s) ? canonKhmer(s) : normLatin(s));

/** Damerau-Levenshtein distance at most one (one substitution, insertion, deletion or adjacent swap). */
export function withinOne(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  if (la === lb) {
    let i = 0;
    while (i < la && a[i] === b[i]) i++;
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [s, l] = la < lb ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1);
}

function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

/** Groups of names, found by any spelling within one edit (symmetric-deletion index). */
export class NameIndex {
  private keys = new Map<string, number[]>();
  private variants = new Map<number, string[]>();
  add(group: number, variants: Iterable<string>): void {
    const own = this.variants.get(group) ?? [];
    for (const v of variants) {
      if (!v || own.includes(v)) continue;
      own.push(v);
      for (const k of [v, ...deletions(v)]) {
        const list = this.keys.get(k);
        if (!list) this.keys.set(k, [group]);
        else if (list[list.length - 1] !== group) list.push(group);
      }
    }
    this.variants.set(group, own);
  }
  variantsOf(group: number): readonly string[] {
    return this.variants.get(group) ?? [];
  }
  /** Groups with a spelling within one edit of the key. */
  query(key: string): number[] {
    const seen = new Set<number>();
    const out: number[] = [];
    for (const k of [key, ...deletions(key)]) {
      for (const g of this.keys.get(k) ?? []) {
        if (seen.has(g)) continue;
        seen.add(g);
        if (this.variants.get(g)!.some((v) => withinOne(v, key))) out.push(g);
      }
    }
    return out;
  }
  /** Groups with exactly this spelling. */
  exact(key: string): number[] {
    return (this.keys.get(key) ?? []).filter((g) => this.variants.get(g)!.includes(key));
  }
}

/** Every spelling of family + given a careful reader would accept, in both orders. */
export function nameVariants(fam: NameWord, given: NameWord): string[] {
  const out = new Set<string>();
  for (const f of fam.latin) for (const g of given.latin) {
    out.add(normLatin(f + g));
    out.add(normLatin(g + f));
  }
  out.add(canonKhmer(fam.kh + given.kh));
  out.add(canonKhmer(given.kh + fam.kh));
  return [...out];
}

/**
 * The same question as NameIndex (which full names have a spelling within one edit of this key),
 * answered from the word lists instead of an index of every registered name: the key is split at
 * every point into family + given (or given + family), one part exact and the other within one
 * edit, or both exact after undoing a swap across the split. The generator uses this (fast); the
 * self-check uses NameIndex over the register (independent).
 */
class WordIndex {
  private fam = new NameIndex();
  private given = new NameIndex();
  constructor(private readonly known: (ident: number) => boolean) {
    FAMILY.forEach((f, i) => this.fam.add(i, [...f.latin.map(normLatin), canonKhmer(f.kh)]));
    GIVEN.forEach((g, i) => this.given.add(i, [...g.latin.map(normLatin), canonKhmer(g.kh)]));
  }
  query(q: string): number[] {
    const out = new Set<number>();
    const put = (f: number, g: number) => {
      const id = identOf(f, g);
      if (this.known(id)) out.add(id);
    };
    for (let k = 1; k < q.length; k++) {
      const a = q.slice(0, k);
      const b = q.slice(k);
      const fa = this.fam.exact(a);
      const gb = this.given.exact(b);
      const ga = this.given.exact(a);
      const fb = this.fam.exact(b);
      if (fa.length) for (const g of this.given.query(b)) for (const f of fa) put(f, g);
      if (gb.length) for (const f of this.fam.query(a)) for (const g of gb) put(f, g);
      if (ga.length) for (const f of this.fam.query(b)) for (const g of ga) put(f, g);
      if (fb.length) for (const g of this.given.query(a)) for (const f of fb) put(f, g);
      if (q[k - 1] !== q[k]) {
        const q2 = q.slice(0, k - 1) + q[k] + q[k - 1] + q.slice(k + 1);
        const a2 = q2.slice(0, k);
        const b2 = q2.slice(k);
        for (const f of this.fam.exact(a2)) for (const g of this.given.exact(b2)) put(f, g);
        for (const g of this.given.exact(a2)) for (const f of this.fam.exact(b2)) put(f, g);
      }
    }
    return [...out];
  }
}

// ---------------------------------------------------------------------------------------------
// Dates and IDs

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Day and month swapped, or null when that is not a real, different date. */
export function swapDayMonth(dob: string): string | null {
  const [y, m, d] = dob.split('-').map(Number);
  if (d > 12 || d === m || m > daysIn(y, d)) return null;
  return iso(y, d, m);
}

/** Same length and one digit mistyped, or two adjacent digits swapped. */
export function oneSlip(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  return withinOne(a, b);
}

/** Within what a typing slip explains: equal, day/month swapped, one digit or one adjacent swap. */
export function dobClose(a: string, b: string): boolean {
  if (a === b) return true;
  // day and month swapped (symmetric; both are real dates)
  if (a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3] && a[5] === b[8] && a[6] === b[9] && a[8] === b[5] && a[9] === b[6]) return true;
  // one digit mistyped, or two adjacent digits swapped, over YYYYMMDD
  let first = -1;
  let diffs = 0;
  for (const i of DOB_DIGITS) {
    if (a[i] === b[i]) continue;
    if (++diffs > 2) return false;
    if (first < 0) first = i;
  }
  if (diffs <= 1) return true;
  const k = DOB_DIGITS.indexOf(first);
  const j = DOB_DIGITS[k + 1];
  if (j === undefined || a[first] !== b[j] || a[j] !== b[first]) return false;
  // the two differing digits must be these adjacent ones
  for (const i of DOB_DIGITS) if (i !== first && i !== j && a[i] !== b[i]) return false;
  return true;
}
const DOB_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];

/** IDs that tell two people apart: both present and 2+ edits apart. */
const idsDiffer = (a: string | null, b: string | null) => !!a && !!b && a !== b && !oneSlip(a, b);

function digitNeighbours(id: string): string[] {
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

/**
 * Registered IDs, kept 2+ edits apart from each other. Each ID is filed under masked keys (one
 * position blanked; two adjacent positions reduced to their unordered pair), so the IDs one
 * mistyped or transposed digit from a given one are found in a few lookups.
 */
class IdBook {
  // per position k: key → the ID filed under it, or -1 for several (keys stay small integers)
  private sub: Map<number, number>[] = [];
  private tr: Map<number, number>[] = [];
  private readonly pows: number[] = [];
  constructor(private readonly len: number) {
    if (len > 9) throw new Error('IdBook keys IDs of up to 9 digits');
    for (let k = 0; k < len; k++) {
      this.sub.push(new Map());
      this.tr.push(new Map());
      this.pows.push(10 ** k);
    }
  }
  /** Calls back with (map, key) for each key the ID is filed under. */
  private each(n: number, f: (m: Map<number, number>, key: number) => boolean): boolean {
    for (let k = 0; k < this.len; k++) {
      const pow = this.pows[k];
      const d = Math.floor(n / pow) % 10;
      if (!f(this.sub[k], n - d * pow)) return false;
      if (k + 1 < this.len) {
        const d2 = Math.floor(n / (pow * 10)) % 10;
        if (d2 !== d) {
          const lo = Math.min(d, d2);
          const hi = Math.max(d, d2);
          if (!f(this.tr[k], n - d * pow - d2 * pow * 10 + lo * pow + hi * pow * 10)) return false;
        }
      }
    }
    return true;
  }
  add(id: string): void {
    const n = Number(id);
    this.each(n, (m, key) => {
      const o = m.get(key);
      m.set(key, o === undefined || o === n ? n : -1);
      return true;
    });
  }
  /** No ID in the book, other than `except`, is this one or one slip from it. */
  clear(id: string, except?: string): boolean {
    const ex = except === undefined ? -2 : Number(except);
    return this.each(Number(id), (m, key) => {
      const o = m.get(key);
      return o === undefined || o === ex;
    });
  }
  /** A fresh ID 2+ edits from every ID in the book. */
  fresh(r: Rng, lead: number): string {
    const span = 10 ** (this.len - 1);
    for (;;) {
      const s = String(lead * span + r.int(0, span - 1)).padStart(this.len, '0');
      if (this.clear(s)) return s;
    }
  }
  /** One transposed or mistyped digit, landing 2+ edits from every other ID in the book. */
  slip(r: Rng, id: string): string | null {
    for (let tries = 0; tries < 12; tries++) {
      const i = r.int(0, id.length - 1);
      let s: string;
      if (r.chance(0.5) && i + 1 < id.length && id[i] !== id[i + 1]) s = id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
      else {
        let d = String(r.int(0, 9));
        if (d === id[i]) d = String((Number(d) + 1 + r.int(0, 8)) % 10);
        s = id.slice(0, i) + d + id.slice(i + 1);
      }
      if (s !== id && this.clear(s, id)) return s;
    }
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Typos (Latin only: one edit in one word of 4+ letters)

const KEYS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function nearKey(ch: string, r: Rng): string {
  const lower = ch.toLowerCase();
  for (let row = 0; row < 3; row++) {
    const col = KEYS[row].indexOf(lower);
    if (col < 0) continue;
    const near: string[] = [];
    if (col > 0) near.push(KEYS[row][col - 1]);
    if (col + 1 < KEYS[row].length) near.push(KEYS[row][col + 1]);
    for (const rr of [row - 1, row + 1]) if (rr >= 0 && rr < 3 && KEYS[rr][col]) near.push(KEYS[rr][col]);
    const pick = r.pick(near);
    return ch === lower ? pick : pick.toUpperCase();
  }
  return ch;
}

function typo(name: string, r: Rng): string | null {
  const words = name.split(' ');
  const eligible = words.map((w, i) => (w.length >= 4 ? i : -1)).filter((i) => i >= 0);
  if (!eligible.length) return null;
  const wi = r.pick(eligible);
  const w = words[wi];
  const p = r.int(0, w.length - 1);
  const op = r.int(0, 3);
  let t = w;
  if (op === 0) t = w.slice(0, p) + nearKey(w[p], r) + w.slice(p + 1);
  else if (op === 1) t = w.slice(0, p) + w.slice(p + 1);
  else if (op === 2) t = w.slice(0, p + 1) + w[p] + w.slice(p + 1);
  else if (p + 1 < w.length && w[p] !== w[p + 1]) t = w.slice(0, p) + w[p + 1] + w[p] + w.slice(p + 2);
  if (t === w || normLatin(t) === normLatin(w)) return null;
  words[wi] = t;
  return words.join(' ');
}

// ---------------------------------------------------------------------------------------------
// The generator

type Sex = 'F' | 'M';
type Source = 'id-card' | 'csv' | 'manual';
type HiddenKind = 'absent-namesake' | 'present-namesake' | 'unrelated';

interface Person {
  fam: number;
  given: number; // index into GIVEN
  sex: Sex;
  dob: string;
  nid: string; // the real national ID (the register may not carry it)
  latinF: string; // the register's spelling of each word
  latinG: string;
}

interface Reg extends Person {
  ident: number;
  regNid: string | null;
  nssf: string;
  nameKh: string;
  nameLatin: string | null;
  hireDate: string;
  wage: number | null;
  absent: boolean;
  workerId: string;
}

interface Spec {
  person: Person;
  ident: number;
  reg: Reg | null; // null: hidden
  kind: HiddenKind | null;
  target: Reg | null; // the namesake a hidden worker was made from
}

interface Row {
  spec: Spec;
  source: Source;
  name: string;
  nationalId: string | null;
  nssfNumber: string | null;
  sex: Sex | null;
  dateOfBirth: string | null;
}

export interface Stats {
  [k: string]: number;
}

const SOURCES: readonly { s: Source; w: number; kh: number; upper: number; typo: number; nid: number; nssf: number; dob: number; sex: number }[] = [
  { s: 'id-card', w: 0.25, kh: 0.7, upper: 1, typo: 0.01, nid: 1, nssf: 0, dob: 1, sex: 1 },
  { s: 'csv', w: 0.45, kh: 0.35, upper: 0.45, typo: 0.03, nid: 0.35, nssf: 0.55, dob: 0.94, sex: 0.9 },
  { s: 'manual', w: 0.3, kh: 0.3, upper: 0.15, typo: 0.06, nid: 0.3, nssf: 0.15, dob: 0.88, sex: 0.95 },
];

const RATES = {
  female: 0.72,
  regLatinMissing: 0.2,
  regZwsp: 0.1,
  regReorder: 0.08,
  regNidMissing: 0.03,
  wageMissing: 0.03,
  absent: 0.1,
  hiddenShare: 0.06,
  hiddenAbsentNs: 0.5,
  hiddenPresentNs: 0.25,
  targetWithPresentNamesake: 0.7,
  khZwsp: 0.2,
  khReorder: 0.15,
  khNfd: 0.15,
  khSwap: 0.05,
  latSameAsRegister: 0.55,
  latSwap: 0.12,
  idSlip: 0.03,
  dobSwap: 0.08,
};

const identOf = (fam: number, given: number) => fam * 1000 + given;
const FAM_SKEW = 2.2;
const GIVEN_SKEW = 1.4;

function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(r.int(0, 255));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function randomDob(r: Rng, yearLo = 1968, yearHi = 2006): string {
  const y = yearHi - Math.floor((yearHi - yearLo + 1) * r.next() ** 1.5);
  const m = r.int(1, 12);
  return iso(y, m, r.int(1, daysIn(y, m)));
}

/** Internal: the roster together with what was done to it (for the self-check). */
export function buildHundredsecond(size: number, seed: number) {
  const r = rng(seed);
  const stats: Stats = {};
  const bump = (k: string, by = 1) => {
    stats[k] = (stats[k] ?? 0) + by;
  };
  const givenF = givenFor('F');
  const givenM = givenFor('M');
  const givenIdx = new Map<GivenName, number>(GIVEN.map((g, i) => [g, i]));

  // 1. who is on the register, and their names
  const people: { fam: number; given: number; sex: Sex }[] = [];
  for (let i = 0; i < size; i++) {
    const sex: Sex = r.chance(RATES.female) ? 'F' : 'M';
    const fam = FAMILY.indexOf(r.pickSkewed(FAMILY, FAM_SKEW));
    const given = givenIdx.get(r.pickSkewed(sex === 'F' ? givenF : givenM, GIVEN_SKEW))!;
    people.push({ fam, given, sex });
  }
  const identWorkers = new Map<number, number[]>();
  const byVariant = new Map<string, number[]>();
  const variantsOf = new Map<number, string[]>();
  people.forEach((p, i) => {
    const id = identOf(p.fam, p.given);
    const list = identWorkers.get(id);
    if (list) list.push(i);
    else {
      identWorkers.set(id, [i]);
      const vs = nameVariants(FAMILY[p.fam], GIVEN[p.given]);
      variantsOf.set(id, vs);
      for (const v of vs) {
        const l = byVariant.get(v);
        if (l) l.push(id);
        else byVariant.set(v, [id]);
      }
    }
  });
  const index = new WordIndex((id) => identWorkers.has(id));
  // namesakes (same full name in some spelling): their dates of birth are kept apart
  const near = new Map<number, number[]>();
  for (const id of identWorkers.keys()) {
    const s = new Set<number>();
    for (const v of variantsOf.get(id)!) for (const g of byVariant.get(v)!) s.add(g);
    near.set(id, [...s]);
  }

  // 2. dates of birth (rule 2), IDs, spellings
  const dobsByIdent = new Map<number, string[]>();
  const nidBook = new IdBook(9);
  const nssfBook = new IdBook(8);
  const regs: Reg[] = people.map((p) => {
    const ident = identOf(p.fam, p.given);
    const neighbours = near.get(ident)!;
    let dob = randomDob(r);
    for (let tries = 0; tries < 500; tries++) {
      if (!neighbours.some((g) => (dobsByIdent.get(g) ?? []).some((d) => dobClose(d, dob)))) break;
      dob = randomDob(r);
    }
    const own = dobsByIdent.get(ident);
    if (own) own.push(dob);
    else dobsByIdent.set(ident, [dob]);
    const nid = nidBook.fresh(r, r.int(0, 2));
    nidBook.add(nid);
    const nssf = nssfBook.fresh(r, 1);
    nssfBook.add(nssf);
    const fam = FAMILY[p.fam];
    const given = GIVEN[p.given];
    const latinF = r.chance(0.7) ? fam.latin[0] : r.pick(fam.latin);
    const latinG = r.chance(0.7) ? given.latin[0] : r.pick(given.latin);
    let nameKh = fam.kh + (r.chance(RATES.regZwsp) ? ZWSP : ' ') + given.kh;
    if (r.chance(RATES.regReorder)) nameKh = khmerReorder(nameKh, r);
    const nameLatin = r.chance(RATES.regLatinMissing) ? null : `${latinF} ${latinG}`.toUpperCase();
    const by = Number(dob.slice(0, 4));
    const hy = r.int(Math.max(2008, by + 18), 2024);
    const hm = r.int(1, 12);
    const hireDate = iso(hy, hm, r.int(1, daysIn(hy, hm)));
    const wage = r.chance(RATES.wageMissing) ? null : 800_000 + 1000 * r.int(0, 800);
    const regNid = r.chance(RATES.regNidMissing) ? null : nid;
    const reg: Reg = {
      fam: p.fam, given: p.given, sex: p.sex, ident, dob, nid, latinF, latinG, regNid, nssf,
      nameKh, nameLatin, hireDate, wage, absent: false, workerId: '',
    };
    return reg;
  });

  // 3. who is absent: first the absent workers a hidden namesake will be made from
  const absentCount = Math.round(size * RATES.absent);
  const presentCount = size - absentCount;
  const hiddenCount = Math.round((presentCount / (1 - RATES.hiddenShare)) * RATES.hiddenShare);
  const nAbsentNs = Math.round(hiddenCount * RATES.hiddenAbsentNs);
  const nPresentNs = Math.round(hiddenCount * RATES.hiddenPresentNs);
  const nUnrelated = hiddenCount - nAbsentNs - nPresentNs;
  const sameSexNamesakes = (w: Reg) => identWorkers.get(w.ident)!.filter((j) => regs[j] !== w && regs[j].sex === w.sex);
  const bySex = new Map<number, number>();
  for (const w of regs) bySex.set(w.ident * 2 + (w.sex === 'F' ? 1 : 0), (bySex.get(w.ident * 2 + (w.sex === 'F' ? 1 : 0)) ?? 0) + 1);
  const shared = regs.filter((w) => bySex.get(w.ident * 2 + (w.sex === 'F' ? 1 : 0))! > 1);
  const targets: Reg[] = [];
  for (let tries = 0; targets.length < nAbsentNs && tries < size * 20; tries++) {
    const pool = r.chance(RATES.targetWithPresentNamesake) && shared.length ? shared : regs;
    const w = r.pick(pool);
    if (w.absent) continue;
    // keep at least one namesake on site when the target was picked for having one
    if (pool === shared && sameSexNamesakes(w).every((j) => regs[j].absent)) continue;
    w.absent = true;
    targets.push(w);
  }
  const protectedPresent = new Set<Reg>();
  for (const t of targets) for (const j of sameSexNamesakes(t)) if (!regs[j].absent) protectedPresent.add(regs[j]);
  let absentSoFar = targets.length;
  for (let tries = 0; absentSoFar < absentCount && tries < size * 20; tries++) {
    const w = r.pick(regs);
    if (w.absent || protectedPresent.has(w)) continue;
    w.absent = true;
    absentSoFar++;
  }

  // 4. the on-site population
  const specs: Spec[] = [];
  for (const w of regs) if (!w.absent) specs.push({ person: w, ident: w.ident, reg: w, kind: null, target: null });
  const present = regs.filter((w) => !w.absent);
  const hiddenPerson = (t: Reg): Person => ({
    fam: t.fam, given: t.given, sex: t.sex, dob: '', nid: '',
    latinF: r.chance(0.7) ? FAMILY[t.fam].latin[0] : r.pick(FAMILY[t.fam].latin),
    latinG: r.chance(0.7) ? GIVEN[t.given].latin[0] : r.pick(GIVEN[t.given].latin),
  });
  for (const t of targets) specs.push({ person: hiddenPerson(t), ident: t.ident, reg: null, kind: 'absent-namesake', target: t });
  for (let i = 0; i < nPresentNs; i++) {
    const t = r.pick(present);
    specs.push({ person: hiddenPerson(t), ident: t.ident, reg: null, kind: 'present-namesake', target: t });
  }
  for (let i = 0; i < nUnrelated; i++) {
    let made = false;
    for (let tries = 0; tries < 2000 && !made; tries++) {
      const sex: Sex = r.chance(RATES.female) ? 'F' : 'M';
      const fam = r.int(0, FAMILY.length - 1);
      const given = givenIdx.get(r.pick(sex === 'F' ? givenF : givenM))!;
      if (nameVariants(FAMILY[fam], GIVEN[given]).some((v) => index.query(v).length > 0)) continue;
      const p: Person = {
        fam, given, sex, dob: '', nid: '',
        latinF: r.chance(0.7) ? FAMILY[fam].latin[0] : r.pick(FAMILY[fam].latin),
        latinG: r.chance(0.7) ? GIVEN[given].latin[0] : r.pick(GIVEN[given].latin),
      };
      specs.push({ person: p, ident: identOf(fam, given), reg: null, kind: 'unrelated', target: null });
      made = true;
    }
    if (!made) {
      // the name lists are exhausted at this size: fall back to a namesake of a present worker
      const t = r.pick(present);
      specs.push({ person: hiddenPerson(t), ident: t.ident, reg: null, kind: 'present-namesake', target: t });
      bump('unrelated fell back to present namesake');
    }
  }

  // 5. render each row as a source would show it
  const candidatesOf = (key: string): Reg[] => {
    const out: Reg[] = [];
    for (const g of index.query(key)) for (const j of identWorkers.get(g)!) out.push(regs[j]);
    return out;
  };
  const rows: Row[] = specs.map((spec) => {
    const p = spec.person;
    const w = spec.reg;
    const hidden = !w;
    const src = (() => {
      let u = r.next();
      for (const s of SOURCES) {
        if (u < s.w) return s;
        u -= s.w;
      }
      return SOURCES[SOURCES.length - 1];
    })();
    bump(`source ${src.s}`);
    const fam = FAMILY[p.fam];
    const given = GIVEN[p.given];
    let name: string;
    let key: string;
    if (r.chance(src.kh)) {
      bump('script khmer');
      const swap = r.chance(RATES.khSwap);
      const zw = r.chance(RATES.khZwsp);
      const parts = swap ? [given.kh, fam.kh] : [fam.kh, given.kh];
      name = parts.join(zw ? ZWSP : ' ');
      if (r.chance(RATES.khReorder)) {
        const re = khmerReorder(name, r);
        if (re !== name) bump('khmer reordered');
        name = re;
      }
      if (r.chance(RATES.khNfd)) {
        name = name.normalize('NFD');
        bump('khmer NFD (no-op)');
      }
      if (swap) bump('khmer given first');
      if (zw) bump('khmer zwsp');
      key = canonKhmer(name);
    } else {
      bump('script latin');
      const reg = w;
      const same = (regWord: string, word: NameWord) =>
        reg && reg.nameLatin && r.chance(RATES.latSameAsRegister) ? regWord : r.pick(word.latin);
      const f = same(p.latinF, fam);
      const g = same(p.latinG, given);
      if (w && !w.nameLatin) bump('latin vs khmer-only register');
      if (w && w.nameLatin && normLatin(f + g) !== normLatin(w.nameLatin)) bump('latin spelling differs from register');
      if (w && w.nameLatin && normLatin(f + g) === normLatin(w.nameLatin) && f + g !== w.latinF + w.latinG) bump('latin compound split/joined only');
      const swap = r.chance(RATES.latSwap);
      if (swap) bump('latin given first');
      let s = swap ? `${g} ${f}` : `${f} ${g}`;
      if (r.chance(src.upper)) {
        s = s.toUpperCase();
        bump('latin upper case');
      }
      if (r.chance(src.typo)) {
        const before = new Set(index.query(normLatin(s)));
        for (let tries = 0; tries < 6; tries++) {
          const t = typo(s, r);
          if (!t) continue;
          const after = index.query(normLatin(t));
          const ok = hidden && spec.kind === 'unrelated' ? after.length === 0 : after.every((g) => before.has(g));
          if (!ok) continue;
          s = t;
          bump('latin typo');
          break;
        }
      }
      name = s;
      key = normLatin(s);
    }
    // date of birth
    let dob: string | null = null;
    if (w) {
      if (r.chance(src.dob)) {
        dob = w.dob;
        {
          const s = swapDayMonth(w.dob);
          if (s && r.chance(RATES.dobSwap) && !candidatesOf(key).some((c) => c !== w && dobClose(s, c.dob))) {
            dob = s;
            bump('dob day/month swapped');
          }
        }
      }
    } else {
      const t = spec.target;
      const cands = candidatesOf(key);
      let d = randomDob(r);
      for (let tries = 0; tries < 2000; tries++) {
        if (t) {
          const ty = Number(t.dob.slice(0, 4)) + (r.chance(0.5) ? 1 : -1) * r.int(2, 12);
          const y = Math.min(2006, Math.max(1968, ty)); // the register's range: age tells nothing
          const m = r.int(1, 12);
          d = iso(y, m, r.int(1, daysIn(y, m)));
          if (Math.abs(y - Number(t.dob.slice(0, 4))) < 2) continue;
        }
        if (!cands.some((c) => dobClose(d, c.dob))) break;
        d = randomDob(r);
      }
      p.dob = d;
      if (r.chance(src.dob)) dob = d;
    }
    if (!dob) bump('dob missing');
    // national ID and NSSF number
    let nationalId: string | null = null;
    if (r.chance(src.nid)) {
      if (w) {
        nationalId = w.nid;
        if (r.chance(RATES.idSlip)) {
          const s = nidBook.slip(r, w.nid);
          if (s) {
            nationalId = s;
            bump('national id slip');
          }
        }
      } else {
        // 2+ digits from every registered worker's ID (and from the other hidden workers')
        p.nid = nidBook.fresh(r, r.int(0, 2));
        nidBook.add(p.nid);
        nationalId = p.nid;
      }
    }
    if (nationalId) bump('national id shown');
    let nssfNumber: string | null = null;
    if (w && r.chance(src.nssf)) {
      nssfNumber = w.nssf;
      if (r.chance(RATES.idSlip)) {
        const s = nssfBook.slip(r, w.nssf);
        if (s) {
          nssfNumber = s;
          bump('nssf slip');
        }
      }
    }
    if (nssfNumber) bump('nssf shown');
    const sex = r.chance(src.sex) ? p.sex : null;
    if (!sex) bump('sex missing');
    return { spec, source: src.s, name, nationalId, nssfNumber, sex, dateOfBirth: dob };
  });

  // 6. shuffle, then give ids, times and sheet rows in row order; shuffle the register, then ids
  r.shuffle(rows);
  r.shuffle(regs);
  regs.forEach((w, i) => {
    w.workerId = `W${pad(i + 1, 6)}`;
  });
  const visitId = 'visit-hundredsecond';
  let t = Date.UTC(2025, 2, 12, 1, 0, 0);
  let sheetRow = 0;
  const truth = new Map<string, string | null>();
  const kinds = new Map<string, HiddenKind>();
  const targetOf = new Map<string, string>();
  const onsite: OnsiteWorker[] = rows.map((row) => {
    t += r.int(800, 5000);
    const id = uuid(r);
    truth.set(id, row.spec.reg ? row.spec.reg.workerId : null);
    if (row.spec.kind) kinds.set(id, row.spec.kind);
    if (row.spec.target) targetOf.set(id, row.spec.target.workerId);
    return {
      id,
      visitId,
      name: row.name,
      nationalId: row.nationalId,
      nssfNumber: row.nssfNumber,
      sex: row.sex,
      dateOfBirth: row.dateOfBirth,
      source: row.source,
      sourceRow: row.source === 'csv' ? ++sheetRow : null,
      recordedAt: new Date(t).toISOString(),
    };
  });
  const registered: RegisteredWorker[] = regs.map((w) => ({
    workerId: w.workerId,
    nssfNumber: w.nssf,
    nationalId: w.regNid,
    nameKh: w.nameKh,
    nameLatin: w.nameLatin,
    sex: w.sex,
    dateOfBirth: w.dob,
    hireDate: w.hireDate,
    wageRiel: w.wage,
  }));
  const roster: Roster = { registered, onsite, truth };
  return { roster, stats, kinds, targetOf };
}

export function hundredsecondRoster(size: number, seed: number): Roster {
  return buildHundredsecond(size, seed).roster;
}

// ---------------------------------------------------------------------------------------------
// Self-check: `npx tsx test/bench/hundredsecond.ts [size] [seed]`

interface AuditRow {
  name: string;
  nationalId: string | null;
  nssfNumber: string | null;
  sex: string | null;
  dateOfBirth: string | null;
}

/** A field on both sides that tells the row from this registered worker. */
function ruledOut(row: AuditRow, c: RegisteredWorker): boolean {
  if (row.sex && c.sex && row.sex !== c.sex) return true;
  if (row.dateOfBirth && c.dateOfBirth && !dobClose(row.dateOfBirth, c.dateOfBirth) && !dobClose(c.dateOfBirth, row.dateOfBirth)) return true;
  return idsDiffer(row.nationalId, c.nationalId) || idsDiffer(row.nssfNumber, c.nssfNumber);
}

/** The row shows an ID that is this worker's, exactly or by one slip (IDs are 2+ edits apart). */
function idPointsAt(row: AuditRow, c: RegisteredWorker): boolean {
  const hit = (a: string | null, b: string | null) => !!a && !!b && (a === b || oneSlip(a, b));
  return hit(row.nationalId, c.nationalId) || hit(row.nssfNumber, c.nssfNumber);
}

async function selfCheck(): Promise<void> {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  const { RegisteredWorker: RegSchema, OnsiteWorker: OnsiteSchema } = await import('../../src/protocol');
  const fails: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) fails.push(what);
  };
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(2)} %` : '-');

  // timing at 10,000 first (cold), then the roster under test
  const t0 = performance.now();
  hundredsecondRoster(10000, seed);
  const ms10k = performance.now() - t0;
  const { roster, stats, kinds, targetOf } = buildHundredsecond(size, seed);
  const { registered, onsite, truth } = roster;
  const byId = new Map(registered.map((w) => [w.workerId, w]));

  // --- the audit's own reading of the register (from the lists and the name tables only)
  const famByKh = new Map(FAMILY.map((f) => [canonKhmer(f.kh), f]));
  const givenByKh = new Map(GIVEN.map((g) => [canonKhmer(g.kh), g]));
  const index = new NameIndex();
  const groupKey = new Map<string, number>();
  const members: number[][] = [];
  const groupOfWorker = new Map<string, number>();
  let badRegNames = 0;
  registered.forEach((w, i) => {
    const parts = w.nameKh.split(/[\s\u200B]+/);
    const fam = famByKh.get(canonKhmer(parts[0] ?? ''));
    const given = givenByKh.get(canonKhmer(parts[1] ?? ''));
    if (parts.length !== 2 || !fam || !given) {
      badRegNames++;
      return;
    }
    const key = `${canonKhmer(parts[0])}|${canonKhmer(parts[1])}`;
    let g = groupKey.get(key);
    if (g === undefined) {
      g = members.length;
      groupKey.set(key, g);
      members.push([]);
      index.add(g, nameVariants(fam, given));
    }
    if (w.nameLatin && !index.variantsOf(g).includes(normLatin(w.nameLatin))) badRegNames++;
    members[g].push(i);
    groupOfWorker.set(w.workerId, g);
  });
  check(badRegNames === 0, `register names outside the listed spellings: ${badRegNames}`);
  const notCanonical = [...FAMILY, ...GIVEN].filter((w) => canonKhmer(w.kh) !== w.kh).map((w) => w.kh);
  check(notCanonical.length === 0, `name list Khmer not in canonical order: ${notCanonical.join(' ')}`);
  const candidates = (name: string): RegisteredWorker[] => {
    const out: RegisteredWorker[] = [];
    for (const g of index.query(nameKey(name))) for (const i of members[g]) out.push(registered[i]);
    return out;
  };

  // --- truth bookkeeping
  const matchedIds = new Set<string>();
  let dupMatch = 0;
  for (const o of onsite) {
    const tw = truth.get(o.id);
    check(tw !== undefined, `row ${o.id} has no truth`);
    if (tw) {
      if (matchedIds.has(tw)) dupMatch++;
      matchedIds.add(tw);
      check(byId.has(tw), `truth ${tw} not on the register`);
    }
  }
  check(dupMatch === 0, `registered workers found twice on site: ${dupMatch}`);
  check(truth.size === onsite.length, 'truth size differs from the on-site rows');
  const hiddenRows = onsite.filter((o) => truth.get(o.id) === null);
  const trueRows = onsite.filter((o) => truth.get(o.id));
  const absent = registered.filter((w) => !matchedIds.has(w.workerId));

  // --- rule 1: true rows carry only plausible variants
  const nidOwner = new Map<string, string>();
  const nssfOwner = new Map<string, string>();
  for (const w of registered) {
    if (w.nationalId) nidOwner.set(w.nationalId, w.workerId);
    if (w.nssfNumber) nssfOwner.set(w.nssfNumber, w.workerId);
  }
  const pointsElsewhere = (id: string | null, owners: Map<string, string>, own: string) =>
    !!id && [id, ...digitNeighbours(id)].some((n) => owners.has(n) && owners.get(n) !== own);
  let r1 = { name: 0, nid: 0, nssf: 0, dob: 0, sex: 0, elsewhere: 0 };
  let undecidableTrue = 0;
  let namesakeRows = 0;
  const undecidableIds = new Set<string>();
  for (const o of trueRows) {
    const w = byId.get(truth.get(o.id)!)!;
    const cands = candidates(o.name);
    if (!cands.includes(w)) r1.name++;
    if (o.nationalId && w.nationalId && o.nationalId !== w.nationalId && !oneSlip(o.nationalId, w.nationalId)) r1.nid++;
    if (o.nssfNumber && w.nssfNumber && o.nssfNumber !== w.nssfNumber && !oneSlip(o.nssfNumber, w.nssfNumber)) r1.nssf++;
    if (o.dateOfBirth && o.dateOfBirth !== w.dateOfBirth && swapDayMonth(w.dateOfBirth!) !== o.dateOfBirth) r1.dob++;
    if (o.sex && o.sex !== w.sex) r1.sex++;
    if (pointsElsewhere(o.nationalId, nidOwner, w.workerId) || pointsElsewhere(o.nssfNumber, nssfOwner, w.workerId)) r1.elsewhere++;
    const others = cands.filter((c) => c !== w);
    if (others.some((c) => c.sex === w.sex)) namesakeRows++;
    // rule 5: another worker it could equally be
    if (others.some((c) => !ruledOut(o, c)) && !idPointsAt(o, w)) {
      undecidableTrue++;
      undecidableIds.add(o.id);
    }
  }
  // registered IDs 2+ edits apart (so one slip still points at one worker); hidden IDs 2+ from all
  let idClash = 0;
  for (const w of registered) {
    if (w.nationalId && digitNeighbours(w.nationalId).some((n) => nidOwner.has(n))) idClash++;
    if (w.nssfNumber && digitNeighbours(w.nssfNumber).some((n) => nssfOwner.has(n))) idClash++;
  }
  check(idClash === 0 && nidOwner.size === registered.filter((w) => w.nationalId).length && nssfOwner.size === registered.length, `registered IDs within one slip of each other: ${idClash}`);
  let hiddenIdNear = 0;
  for (const h of onsite) if (truth.get(h.id) === null && h.nationalId && [h.nationalId, ...digitNeighbours(h.nationalId)].some((n) => nidOwner.has(n))) hiddenIdNear++;
  check(hiddenIdNear === 0, `hidden national IDs within one slip of a registered one: ${hiddenIdNear}`);
  const r1total = Object.values(r1).reduce((a, b) => a + b, 0);
  check(r1total === 0, `rule 1 violations: ${JSON.stringify(r1)}`);

  // --- rule 2: registered namesakes' dates of birth are far apart
  let r2pairs = 0;
  let r2bad = 0;
  const byVariant = new Map<string, number[]>();
  members.forEach((_, g) => {
    for (const v of index.variantsOf(g)) {
      const l = byVariant.get(v);
      if (l) l.push(g);
      else byVariant.set(v, [g]);
    }
  });
  const seenPairs = new Set<string>();
  for (const gs of byVariant.values()) {
    const ws = gs.flatMap((g) => members[g]);
    for (let a = 0; a < ws.length; a++) for (let b = a + 1; b < ws.length; b++) {
      const k = ws[a] < ws[b] ? `${ws[a]}|${ws[b]}` : `${ws[b]}|${ws[a]}`;
      if (seenPairs.has(k)) continue;
      seenPairs.add(k);
      r2pairs++;
      const da = registered[ws[a]].dateOfBirth!;
      const db = registered[ws[b]].dateOfBirth!;
      if (dobClose(da, db) || dobClose(db, da)) r2bad++;
    }
  }
  check(r2bad === 0, `rule 2: namesake pairs with close dates of birth: ${r2bad}`);

  // --- rule 3: hidden rows
  let hiddenNoName = 0;
  let hiddenRuledOut = 0;
  let undecidableHidden = 0;
  let hiddenNsAbsent = 0;
  let hiddenNsPresentOnly = 0;
  let unrelatedWithCands = 0;
  let targetNotCand = 0;
  let hiddenWithNssf = 0;
  const ruledBy = { sex: 0, dob: 0, id: 0 };
  for (const h of hiddenRows) {
    const cands = candidates(h.name);
    if (h.nssfNumber) hiddenWithNssf++;
    if (kinds.get(h.id) === 'unrelated' && cands.length) unrelatedWithCands++;
    const tId = targetOf.get(h.id);
    if (tId && !cands.some((c) => c.workerId === tId)) targetNotCand++;
    if (!cands.length) {
      hiddenNoName++;
      continue;
    }
    const sameSex = cands.filter((c) => !h.sex || c.sex === h.sex);
    if (sameSex.some((c) => !matchedIds.has(c.workerId))) hiddenNsAbsent++;
    else if (sameSex.length) hiddenNsPresentOnly++;
    if (cands.every((c) => ruledOut(h, c))) {
      hiddenRuledOut++;
      const t = tId ? byId.get(tId)! : cands[0];
      if (h.dateOfBirth && !dobClose(h.dateOfBirth, t.dateOfBirth!) && !dobClose(t.dateOfBirth!, h.dateOfBirth)) ruledBy.dob++;
      else if (idsDiffer(h.nationalId, t.nationalId)) ruledBy.id++;
      else ruledBy.sex++;
    } else {
      undecidableHidden++;
      undecidableIds.add(h.id);
    }
  }
  check(unrelatedWithCands === 0, `rule 3: unrelated hidden rows that pass for a registered name: ${unrelatedWithCands}`);
  check(targetNotCand === 0, `rule 3: namesake hidden rows not passing for their namesake: ${targetNotCand}`);
  check(hiddenWithNssf === 0, `hidden rows with an NSSF number: ${hiddenWithNssf}`);
  check(hiddenNoName + hiddenRuledOut + undecidableHidden === hiddenRows.length, 'rule 3: hidden rows unaccounted for');

  // --- rule 5
  const undecidable = undecidableTrue + undecidableHidden;
  check(undecidableTrue / onsite.length < 0.04, `rule 5: undecidable true rows ${pct(undecidableTrue, onsite.length)} >= 4 %`);
  check(undecidable / onsite.length < 0.04, `rule 5: undecidable rows (true + hidden) ${pct(undecidable, onsite.length)} >= 4 %`);

  // --- rule 4: no leak
  const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  check(onsite.every((o) => uuidV4.test(o.id)), 'rule 4: ids are not v4 UUIDs');
  check(new Set(onsite.map((o) => o.id)).size === onsite.length, 'rule 4: duplicate on-site ids');
  check(onsite.every((o, i) => i === 0 || o.recordedAt > onsite[i - 1].recordedAt), 'rule 4: recordedAt not increasing');
  const sheet = onsite.filter((o) => o.source === 'csv').map((o) => o.sourceRow);
  check(sheet.every((s, i) => s === i + 1), 'rule 4: csv sourceRow not in row order');
  check(onsite.every((o) => (o.source === 'csv') === (o.sourceRow !== null)), 'rule 4: sourceRow on a non-csv row');
  check(registered.every((w, i) => w.workerId === `W${pad(i + 1, 6)}`), 'rule 4: workerIds not assigned in register order');
  const quarter = Math.ceil(onsite.length / 4);
  const hiddenRate = hiddenRows.length / onsite.length;
  const qRates: number[] = [];
  for (let q = 0; q < 4; q++) {
    const part = onsite.slice(q * quarter, (q + 1) * quarter);
    qRates.push(part.filter((o) => truth.get(o.id) === null).length / part.length);
  }
  // order tests at four standard deviations of chance (a real leak would be far larger)
  const qTol = 4 * Math.sqrt((hiddenRate * (1 - hiddenRate)) / quarter);
  check(qRates.every((x) => Math.abs(x - hiddenRate) < qTol), `rule 4: hidden rate by quarter of rows ${qRates.map((x) => x.toFixed(3))}`);
  const half = registered.length >> 1;
  const absentRate = (ws: RegisteredWorker[]) => ws.filter((w) => !matchedIds.has(w.workerId)).length / ws.length;
  const aFirst = absentRate(registered.slice(0, half));
  const aSecond = absentRate(registered.slice(half));
  const aAll = (aFirst + aSecond) / 2;
  const aTol = 4 * Math.sqrt(aAll * (1 - aAll) * (2 / half));
  check(Math.abs(aFirst - aSecond) < aTol, `rule 4: absent rate by register half ${aFirst.toFixed(3)} / ${aSecond.toFixed(3)}`);
  const regPos = new Map(registered.map((w, i) => [w.workerId, i]));
  const xs: number[] = [];
  const ys: number[] = [];
  onsite.forEach((o, i) => {
    const tw = truth.get(o.id);
    if (tw) {
      xs.push(i);
      ys.push(regPos.get(tw)!);
    }
  });
  const mean = (a: number[]) => a.reduce((s, x) => s + x, 0) / a.length;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  const corr = sxy / Math.sqrt(sxx * syy);
  check(Math.abs(corr) < 4 / Math.sqrt(xs.length), `rule 4: row order correlates with register order (${corr.toFixed(3)})`);
  const khmerShare = (rows: OnsiteWorker[]) => rows.filter((o) => isKhmer(o.name)).length / Math.max(1, rows.length);
  const kAll = khmerShare(trueRows);
  check(
    Math.abs(khmerShare(hiddenRows) - kAll) < 4 * Math.sqrt((kAll * (1 - kAll)) / Math.max(1, hiddenRows.length)),
    'rule 4: script mix differs between hidden and true rows',
  );

  // --- schemas
  let badSchema = 0;
  for (const w of registered) if (!RegSchema.safeParse(w).success) badSchema++;
  for (const o of onsite) if (!OnsiteSchema.safeParse(o).success) badSchema++;
  check(badSchema === 0, `schema failures: ${badSchema}`);

  // --- determinism and time
  const dump = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const again = hundredsecondRoster(size, seed);
  const other = hundredsecondRoster(size, seed + 1);
  check(dump(again) === dump(roster), 'determinism: the same seed gave a different roster');
  check(dump(other) !== dump(roster), 'determinism: another seed gave the same roster');
  check(ms10k < 2000, `10,000 took ${ms10k.toFixed(0)} ms (>= 2 s)`);

  // --- theme: namesakes of absent workers
  const targets = [...targetOf.entries()].filter(([id]) => kinds.get(id) === 'absent-namesake');
  let targetsWithPresentNs = 0;
  let presentNsRows = 0;
  let presentNsDecidable = 0;
  const rowOfWorker = new Map<string, OnsiteWorker>();
  for (const o of trueRows) rowOfWorker.set(truth.get(o.id)!, o);
  for (const [, tid] of targets) {
    const t = byId.get(tid)!;
    const mates = members[groupOfWorker.get(tid)!].map((i) => registered[i]).filter((w) => w !== t && w.sex === t.sex && matchedIds.has(w.workerId));
    if (mates.length) targetsWithPresentNs++;
    for (const m of mates) {
      presentNsRows++;
      if (!undecidableIds.has(rowOfWorker.get(m.workerId)!.id)) presentNsDecidable++;
    }
  }
  const regWithNamesake = registered.filter((w) => members[groupOfWorker.get(w.workerId)!].some((i) => registered[i] !== w && registered[i].sex === w.sex)).length;
  check(Math.abs(absent.length / registered.length - RATES.absent) < 0.01, 'theme: absent rate off 10 %');
  check(hiddenRate >= 0.05 && hiddenRate <= 0.1, 'theme: hidden rate outside 5-10 %');
  check(hiddenNsAbsent / hiddenRows.length >= 0.4, `theme: hidden namesakes of absent workers ${pct(hiddenNsAbsent, hiddenRows.length)} < 40 %`);

  // --- report
  const s = (k: string) => stats[k] ?? 0;
  const n = onsite.length;
  const latin = s('script latin');
  const khmer = s('script khmer');
  const lines = [
    `hundredsecond roster, size ${size}, seed ${seed}: ${HUNDREDSECOND_LABEL}`,
    `register ${registered.length}; absent ${absent.length} (${pct(absent.length, registered.length)}); on site ${n}: true ${trueRows.length}, hidden ${hiddenRows.length} (${pct(hiddenRows.length, n)})`,
    `register: nameLatin missing ${pct(registered.filter((w) => !w.nameLatin).length, registered.length)}, nameKh with ZWSP ${pct(registered.filter((w) => w.nameKh.includes(ZWSP)).length, registered.length)}, nameKh in another code-point order ${pct(registered.filter((w) => w.nameKh.replace(ZWSP, ' ').split(' ').map(canonKhmer).join(' ') !== w.nameKh.replace(ZWSP, ' ')).length, registered.length)}, national ID missing ${pct(registered.filter((w) => !w.nationalId).length, registered.length)}`,
    `namesakes: registered workers with a same-sex namesake ${pct(regWithNamesake, registered.length)}; true rows that could pass for another same-sex worker by name ${pct(namesakeRows, trueRows.length)}`,
    `hidden by construction: absent-namesake ${[...kinds.values()].filter((k) => k === 'absent-namesake').length}, present-namesake ${[...kinds.values()].filter((k) => k === 'present-namesake').length}, unrelated ${[...kinds.values()].filter((k) => k === 'unrelated').length}${s('unrelated fell back to present namesake') ? ` (fell back: ${s('unrelated fell back to present namesake')})` : ''}`,
    `hidden as audited: name passes for an absent same-sex worker ${pct(hiddenNsAbsent, hiddenRows.length)}, only for present ones ${pct(hiddenNsPresentOnly, hiddenRows.length)}, for nobody ${pct(hiddenNoName, hiddenRows.length)}; ruled out by a field ${hiddenRuledOut} (dob ${ruledBy.dob}, id ${ruledBy.id}, sex ${ruledBy.sex}), undecidable ${undecidableHidden}`,
    `absent targets with a present same-sex namesake ${pct(targetsWithPresentNs, targets.length)}; those namesakes' rows ${presentNsRows}, decidable ${pct(presentNsDecidable, presentNsRows)}`,
    `sources: id-card ${pct(s('source id-card'), n)}, csv ${pct(s('source csv'), n)}, manual ${pct(s('source manual'), n)}; script Khmer ${pct(khmer, n)}, Latin ${pct(latin, n)}`,
    `khmer rows: ZWSP ${pct(s('khmer zwsp'), khmer)}, code-point order ${pct(s('khmer reordered'), khmer)}, NFD (no-op) ${pct(s('khmer NFD (no-op)'), khmer)}, given name first ${pct(s('khmer given first'), khmer)}`,
    `latin rows: register Khmer-only (cross-script) ${pct(s('latin vs khmer-only register'), latin)} (${pct(s('latin vs khmer-only register'), n)} of rows), spelling differs from register's ${pct(s('latin spelling differs from register'), latin)} (compound only split/joined ${pct(s('latin compound split/joined only'), latin)}), given name first ${pct(s('latin given first'), latin)}, upper case ${pct(s('latin upper case'), latin)}, typo ${pct(s('latin typo'), latin)}`,
    `fields: national ID shown ${pct(s('national id shown'), n)} (slip ${pct(s('national id slip'), s('national id shown'))}), NSSF shown ${pct(s('nssf shown'), n)} (slip ${pct(s('nssf slip'), s('nssf shown'))}), DOB missing ${pct(s('dob missing'), n)}, DOB day/month swapped ${pct(s('dob day/month swapped'), n)}, sex missing ${pct(s('sex missing'), n)}`,
    `rule 1 (true rows plausible): ${r1total} violations`,
    `rule 2 (namesake DOBs apart): ${r2pairs} namesake pairs, ${r2bad} too close`,
    `rule 3 (hidden ruled out or unpassable): ${hiddenNoName + hiddenRuledOut}/${hiddenRows.length}, theme's undecidable exception ${undecidableHidden}`,
    `rule 4 (no leak): hidden rate by quarter ${qRates.map((x) => x.toFixed(3)).join(' ')}, absent by register half ${aFirst.toFixed(3)}/${aSecond.toFixed(3)}, row/register order corr ${corr.toFixed(3)}`,
    `rule 5 (undecidable < 4 %): true ${undecidableTrue} (${pct(undecidableTrue, n)}), hidden ${undecidableHidden} (${pct(undecidableHidden, n)}), total ${pct(undecidable, n)}`,
    `schemas: ${registered.length + n} records parsed, ${badSchema} failures; determinism checked; 10,000 generated in ${ms10k.toFixed(0)} ms`,
  ];
  console.log(lines.join('\n'));
  if (fails.length) {
    console.log(`FAIL\n  - ${fails.join('\n  - ')}`);
    process.exit(1);
  }
  console.log('PASS');
}

if (process.argv[1]?.endsWith('hundredsecond.ts')) {
  selfCheck().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
