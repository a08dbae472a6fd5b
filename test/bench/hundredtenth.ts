/**
 * "hundredtenth" roster: a grader's roster of the issue's variations only, with the weight on
 * ID NUMBERS WITH SLIPS. Written blind (from the issue text, the data schemas and prng.ts only).
 *
 * Population
 *   - `size` registered workers (the fund's list), about 85 % women; family and given names drawn
 *     skewed from hundredtenth-names.ts (61 family names, 71 given names), so full namesakes are
 *     common. Register fill: NSSF number 99 %, national ID 97 %, Khmer name 100 %, Latin name 85 %
 *     (usual spelling, 15 % of words by another transliteration, UPPER 70 % / Title 30 %), sex 99 %,
 *     date of birth 97 %, hire date 95 %, wage never (the fund's list has none).
 *   - National IDs are 9 digits (2-digit province 01-25, so about a third start with 0);
 *     NSSF numbers are 10 digits (40 % start with 0). Registered numbers are at least 2 edits
 *     (OSA, with insertions/deletions) from each other, and a slip is only kept when the slipped
 *     number is still within one edit of its own worker's number and of no one else's.
 *   - On site: round(0.95 × size) rows, of which round(6 %) are hidden workers; the rest are distinct
 *     registered workers, so about 10-11 % of the register is absent.
 *
 * Variations on a true on-site row (rates are per row, or per given value where said)
 *   - National ID given on 70 % of rows; NSSF number on 50 % (40 % when the national ID is given,
 *     73 % when it is not, so few rows carry no number at all).
 *     Of each number given: 10 % one transposed pair of adjacent digits, 10 % one mistyped digit
 *     (so a fifth carry a slip); otherwise, when it starts with 0, 12 % drop the leading zero;
 *     independently 15 % are written with spaces or dashes as typed off the card ("010 234 567",
 *     "0123-456-789"). Never more than one slip per number.
 *   - Date of birth missing on about 30 % of rows (32 % when a number is given, 8 % when none is);
 *     of the dates given, 15 % of those whose day is 1-12 (and differs from the month) have day and
 *     month swapped (about 5 % of dates given).
 *   - Sex given on 95 % of rows, always the worker's own.
 *   - Name in Khmer script on 45 % of rows, Latin on 55 %.
 *     Khmer: separator U+200B instead of a space 15 %, no separator 5 %; other keyboard code point
 *     order (register shifter after the vowel, nikahit before u) on 25 % of rows where it applies;
 *     the vowel ើ / ោ typed as two code points (េ + ី / េ + ា) on 30 % where it applies; "ស្រី"
 *     given names split with a space 15 % where it applies; given name first 8 %.
 *     Latin: each of family / given by another transliteration 30 % (Sok/Sokh, Chea/Chear,
 *     Sophea/Sophear, Vuthy/Voeuthy, Srey/Srei ...); two-word given names joined 40 %
 *     (Srey Mom/Sreymom); whole name joined 2 %; given name first 10 %; UPPER 45 %, Title 40 %,
 *     lower 15 %; one typo (substitution by a neighbouring key, dropped, doubled or swapped letter)
 *     in a word of 5+ letters that is spelled the usual way, 7 % of rows where there is such a word
 *     (about 4 % of Latin rows).
 *   - source csv 60 % (sourceRow numbered in row order) / manual 30 % / id-card 10 %;
 *     recordedAt strictly increasing in row order.
 *
 * Hidden workers (about 6 % of on-site rows), each drawn, then redrawn until it is tellable:
 *   - 30 % namesake-by-ID: the full name of a registered worker, their own national ID (at least
 *     2 edits from every national ID on the register and 3 from those of every registered worker
 *     it could pass for by name), no date of birth, no NSSF number;
 *   - 35 % own-ID: a drawn name (often a namesake), their own national ID as above, date of birth
 *     on half, an NSSF number of their own (same distances) on 15 %;
 *   - 25 % date-only: a drawn name, a date of birth, no numbers;
 *   - 10 % no-namesake: a name no registered worker could pass for, no numbers, no date
 *     (when no such name can be found, it becomes own-ID).
 *   Hidden rows get the same name variations as true rows, except typos.
 *
 * Fairness rules (audited by the self-check, which exits non-zero on a failure)
 *   1. A true row carries only variants of its own worker: numbers at most one edit from the
 *      worker's, dates equal or day/month swapped, same sex, Khmer name equal after removing
 *      separators and reordering / recomposing marks, Latin name within one edit of some spelling.
 *   2. A hidden row is told apart from EVERY registered worker it could pass for by name (a name
 *      pair whose spellings are within 1 edit, 2 for names longer than 5 letters, in either order)
 *      by a field present on both sides: a national ID or NSSF number 3+ edits away (the audit
 *      accepts 2+), or a date of birth that is neither equal, nor day/month swapped, nor one digit
 *      off. Sex is not counted. Hidden numbers are 2+ edits from every registered number.
 *      Rows that cannot be told apart are redrawn. Undecidable true rows (another registered worker
 *      with as close a name, no field against them and every field that supports the true worker
 *      supporting them too) are counted and must stay under 3 %.
 *   3. Both lists shuffled; workerIds assigned after shuffling; on-site ids random v4 UUIDs from the
 *      seeded RNG, unique; recordedAt increasing; every truth id on the register.
 *   4. On-site ≈ 95 % of size; hidden 5-10 %, absent 5-15 %; field fills within ±5 points of the
 *      theme (national ID 70 %, NSSF 50 %, date of birth missing 30 %), slips 15-25 % of numbers.
 */
import { pathToFileURL } from 'node:url';
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY, GIVEN } from './hundredtenth-names';

export const HUNDREDTENTH_LABEL =
  'hundredtenth: ID numbers with slips (nat. ID on 70 %, NSSF on 50 %, 1 in 5 with a transposed/mistyped digit, dropped zeros, spaces/dashes), DOB missing 30 %, 6 % hidden (ID-only namesakes)';

// ---------------------------------------------------------------------------------------------
// names

const NF = FAMILY.length;
/** Family entries are 0..NF-1, given entries NF..; one index space so cross-role confusion is seen. */
const ENTRY = [...FAMILY, ...GIVEN.map((g) => ({ kh: g.kh, latin: g.latin }))];
const normLatin = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
const SPELL: string[][] = ENTRY.map((e) => [...new Set(e.latin.map(normLatin))]);
const GIVEN_F = GIVEN.map((g, i) => ({ g, i: NF + i })).filter((x) => x.g.sex !== 'M').map((x) => x.i);
const GIVEN_M = GIVEN.map((g, i) => ({ g, i: NF + i })).filter((x) => x.g.sex !== 'F').map((x) => x.i);
const FAMILY_IDX = FAMILY.map((_, i) => i);

const OSA_ROWS = [new Int32Array(256), new Int32Array(256), new Int32Array(256)];

/** Optimal string alignment distance (substitution, insertion, deletion, adjacent transposition). */
export function osa(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  if (m >= 255) throw new Error('osa: string too long');
  let [pp, p, c] = OSA_ROWS;
  for (let j = 0; j <= m; j++) p[j] = j;
  for (let i = 1; i <= n; i++) {
    c[0] = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(p[j] + 1, c[j - 1] + 1, p[j - 1] + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, pp[j - 2] + 1);
      c[j] = v;
    }
    const t = pp;
    pp = p;
    p = c;
    c = t;
  }
  return p[m];
}

function entriesConfusable(i: number, j: number): boolean {
  if (i === j || ENTRY[i].kh === ENTRY[j].kh) return true;
  for (const a of SPELL[i])
    for (const b of SPELL[j]) {
      const thr = Math.max(a.length, b.length) > 5 ? 2 : 1;
      if (Math.abs(a.length - b.length) <= thr && osa(a, b) <= thr) return true;
    }
  return false;
}
/** For each name entry, the entries a person could take it for (itself included). */
const CONF: number[][] = ENTRY.map((_, i) => ENTRY.map((_, j) => j).filter((j) => entriesConfusable(i, j)));

// ---------------------------------------------------------------------------------------------
// numbers and dates

const digits = (s: string) => s.replace(/\D/g, '');

const POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);

/**
 * The digit string and every string obtained by deleting one digit, as numbers (the length is
 * folded in so that leading zeros count): two digit strings within OSA 1 share one.
 */
function dels1(s: string, out: number[]): number[] {
  out.length = 0;
  const n = s.length;
  const v = Number(s);
  out.push(n * 1e12 + v);
  for (let i = 0; i < n; i++) {
    if (i > 0 && s.charCodeAt(i) === s.charCodeAt(i - 1)) continue;
    const lowDigits = n - 1 - i;
    const high = Math.floor(v / POW10[lowDigits + 1]);
    const low = v % POW10[lowDigits];
    out.push((n - 1) * 1e12 + high * POW10[lowDigits] + low);
  }
  return out;
}

/**
 * Finds the digit strings within one edit of a query, without comparing all pairs: an open-addressing
 * table from deletion variants (numbers) to the values that have them (linked postings).
 */
class NearIndex {
  private keys: Float64Array;
  private heads: Int32Array;
  private mask: number;
  private used = 0;
  private postValue: number[] = [];
  private postNext: number[] = [];
  private readonly buf: number[] = [];
  readonly values: string[] = [];
  readonly owners: number[] = [];
  constructor(expected: number) {
    let cap = 1024;
    while (cap < expected * 24) cap *= 2;
    this.keys = new Float64Array(cap).fill(-1);
    this.heads = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
  }
  private slot(key: number): number {
    let h = (key >>> 0) ^ Math.imul(Math.floor(key / 4294967296), 0x9e3779b1);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h = (h ^ (h >>> 16)) & this.mask;
    while (this.keys[h] !== -1 && this.keys[h] !== key) h = (h + 1) & this.mask;
    return h;
  }
  private grow(): void {
    const oldKeys = this.keys;
    const oldHeads = this.heads;
    this.keys = new Float64Array(oldKeys.length * 2).fill(-1);
    this.heads = new Int32Array(oldKeys.length * 2).fill(-1);
    this.mask = this.keys.length - 1;
    for (let i = 0; i < oldKeys.length; i++)
      if (oldKeys[i] !== -1) {
        const h = this.slot(oldKeys[i]);
        this.keys[h] = oldKeys[i];
        this.heads[h] = oldHeads[i];
      }
  }
  add(s: string, owner: number): void {
    const k = this.values.length;
    this.values.push(s);
    this.owners.push(owner);
    for (const v of dels1(s, this.buf)) {
      if (this.used * 2 > this.keys.length) this.grow();
      const h = this.slot(v);
      if (this.keys[h] === -1) {
        this.keys[h] = v;
        this.used++;
      } else if (this.postValue[this.heads[h]] === k) continue;
      this.postValue.push(k);
      this.postNext.push(this.heads[h]);
      this.heads[h] = this.postValue.length - 1;
    }
  }
  /** Owners of the indexed values within one edit of s (digits only). */
  within1(s: string): number[] {
    const out: number[] = [];
    if (s.length === 0 || s.length > 12) return out;
    for (const v of dels1(s, this.buf)) {
      const h = this.slot(v);
      for (let p = this.keys[h] === -1 ? -1 : this.heads[h]; p !== -1; p = this.postNext[p]) {
        const k = this.postValue[p];
        if (!out.includes(this.owners[k]) && osa(s, this.values[k]) <= 1) out.push(this.owners[k]);
      }
    }
    return out;
  }
}

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const DOB_FROM = Date.UTC(1974, 0, 1);
const DOB_TO = Date.UTC(2006, 5, 30);
const HIRE_FROM = Date.UTC(2012, 0, 1);
const HIRE_TO = Date.UTC(2024, 7, 31);

function randomDob(r: Rng): string {
  return iso(DOB_FROM + r.int(0, Math.floor((DOB_TO - DOB_FROM) / DAY)) * DAY);
}

export function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const t = Date.parse(`${s}T00:00:00Z`);
  return Number.isFinite(t) && iso(t) === s;
}

/** The date with day and month swapped, when that is a real date (day 1-12). */
function swapDayMonth(s: string): string | null {
  const d = s.slice(8, 10);
  return d <= '12' && d !== '00' ? `${s.slice(0, 4)}-${d}-${s.slice(5, 7)}` : null;
}

/** Equal, day/month swapped, or one digit off: dates a careful person would not call different. */
export function dobClose(a: string, b: string): boolean {
  if (a === b || swapDayMonth(a) === b) return true;
  return osa(digits(a), digits(b)) <= 1;
}

// ---------------------------------------------------------------------------------------------
// the generator

type Sex = 'F' | 'M';

interface Person {
  /** order of creation (the number indexes' owner id), not the register's order */
  serial: number;
  fam: number;
  giv: number;
  sex: Sex;
  dob: string;
  nid: string;
  nssf: string;
  reg: RegisteredWorker;
}

export type HiddenKind = 'namesake-id' | 'own-id' | 'date-only' | 'no-namesake';

export interface RowMeta {
  fam: number;
  giv: number;
  script: 'kh' | 'latin';
  tags: string[];
  /** index into meta.persons of the true worker, or -1 */
  person: number;
  hidden: HiddenKind | null;
  /** for hidden rows: how each registered worker it could pass for is told apart */
  tells: string[];
  namesakes: number;
}

export interface Meta {
  persons: { fam: number; giv: number; workerId: string }[];
  rows: RowMeta[];
}

function titleCase(s: string): string {
  return s.replace(/[A-Za-z]+/g, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase());
}

const KEY_NEIGHBOURS: Record<string, string> = {
  a: 'qsz', b: 'vgn', c: 'xdv', d: 'sfe', e: 'wrd', f: 'dgr', g: 'fht', h: 'gjy', i: 'uok', j: 'hku',
  k: 'jli', l: 'ko', m: 'nj', n: 'bmh', o: 'ipl', p: 'ol', q: 'wa', r: 'etf', s: 'adw', t: 'ryg',
  u: 'yij', v: 'cbf', w: 'qes', x: 'zcs', y: 'tuh', z: 'xa',
};

function typo(r: Rng, w: string): string {
  for (let attempt = 0; attempt < 10; attempt++) {
    const i = r.int(1, w.length - 1); // keep the first letter
    const op = r.int(0, 3);
    let out = w;
    if (op === 0) {
      const lower = w[i].toLowerCase();
      const nb = KEY_NEIGHBOURS[lower];
      if (!nb) continue;
      const c = r.pick([...nb]);
      out = w.slice(0, i) + (w[i] === lower ? c : c.toUpperCase()) + w.slice(i + 1);
    } else if (op === 1) out = w.slice(0, i) + w.slice(i + 1);
    else if (op === 2) out = w.slice(0, i) + w[i] + w.slice(i);
    else {
      if (i >= w.length - 1 || w[i] === w[i + 1]) continue;
      out = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    }
    if (out !== w) return out;
  }
  return w;
}

const ZWSP = '\u200B';
function khReorder(s: string): string {
  return s.replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/g, '$2$1').replace(/\u17BB\u17C6/g, '\u17C6\u17BB');
}
function khSplitVowel(s: string): string {
  return s.replace(/\u17BE/g, '\u17C1\u17B8').replace(/\u17C4/g, '\u17C1\u17B6');
}
/** Canonical Khmer for the audit: no separators, marks recomposed and in standard order. */
export function khCanon(s: string): string {
  return s
    .replace(/[\s\u200B-\u200D]/g, '')
    .replace(/\u17C1\u17B8/g, '\u17BE')
    .replace(/\u17C1\u17B6/g, '\u17C4')
    .replace(/([\u17B6-\u17C5])([\u17C9\u17CA])/g, '$2$1')
    .replace(/\u17C6\u17BB/g, '\u17BB\u17C6');
}

function renderName(r: Rng, fam: number, giv: number, allowTypo: boolean, tags: string[]): { name: string; script: 'kh' | 'latin' } {
  if (r.chance(0.45)) {
    let fk = ENTRY[fam].kh;
    let gk = ENTRY[giv].kh;
    if (gk.startsWith('ស្រី') && gk.length > 4 && r.chance(0.15)) {
      gk = `ស្រី ${gk.slice(4)}`;
      tags.push('kh-given-split');
    }
    if (r.chance(0.25)) {
      const a = khReorder(fk);
      const b = khReorder(gk);
      if (a !== fk || b !== gk) tags.push('kh-code-point-order');
      fk = a;
      gk = b;
    }
    if (r.chance(0.3)) {
      const a = khSplitVowel(fk);
      const b = khSplitVowel(gk);
      if (a !== fk || b !== gk) tags.push('kh-split-vowel');
      fk = a;
      gk = b;
    }
    const swapped = r.chance(0.08);
    if (swapped) tags.push('given-first');
    const u = r.next();
    const sep = u < 0.15 ? ZWSP : u < 0.2 ? '' : ' ';
    if (sep === ZWSP) tags.push('kh-zwsp');
    if (sep === '') tags.push('kh-joined');
    return { name: swapped ? gk + sep + fk : fk + sep + gk, script: 'kh' };
  }
  const word = (e: number, label: string) => {
    const alts = ENTRY[e].latin;
    if (alts.length > 1 && r.chance(0.3)) {
      tags.push(`alt-${label}`);
      return { s: r.pick(alts.slice(1)), alt: true };
    }
    return { s: alts[0], alt: false };
  };
  const f = word(fam, 'family');
  const g = word(giv, 'given');
  let fs = f.s;
  let gs = g.s;
  if (gs.includes(' ') && r.chance(0.4)) {
    gs = gs.replace(/ /g, '');
    tags.push('given-joined');
  }
  if (allowTypo && r.chance(0.07)) {
    // one typo, in one word of 5+ letters spelled the usual way
    const cands: ('f' | number)[] = [];
    if (!f.alt && fs.length >= 5) cands.push('f');
    if (!g.alt) gs.split(' ').forEach((w, k) => w.length >= 5 && cands.push(k));
    if (cands.length) {
      const c = r.pick(cands);
      if (c === 'f') fs = typo(r, fs);
      else gs = gs.split(' ').map((w, k) => (k === c ? typo(r, w) : w)).join(' ');
      tags.push('typo');
    }
  }
  const swapped = r.chance(0.1);
  if (swapped) tags.push('given-first');
  let name: string;
  if (!tags.includes('typo') && r.chance(0.02)) {
    name = swapped ? gs.replace(/ /g, '') + fs : fs + gs.replace(/ /g, '');
    tags.push('all-joined');
  } else name = swapped ? `${gs} ${fs}` : `${fs} ${gs}`;
  const u = r.next();
  if (u < 0.45) {
    name = name.toUpperCase();
    tags.push('upper');
  } else if (u < 0.85) tags.push('title');
  else {
    name = name.toLowerCase();
    tags.push('lower');
  }
  return { name, script: 'latin' };
}

function formatNumber(s: string, sep: string, nssf: boolean): string {
  const groups: string[] = [];
  let i = 0;
  if (nssf && s.length >= 10) {
    groups.push(s.slice(0, 4));
    i = 4;
  }
  for (; i < s.length; i += 3) groups.push(s.slice(i, i + 3));
  return groups.join(sep);
}

/**
 * A number as written on site: at most one slip (when `slipOk` is given and accepts the slipped
 * digits; otherwise the slip is redrawn, or left out), sometimes a dropped leading zero, sometimes
 * grouped with spaces or dashes.
 */
function writeNumber(r: Rng, id: string, kind: 'nid' | 'nssf', tags: string[], slipOk: ((s: string) => boolean) | null): string {
  let s = id;
  const u = slipOk ? r.next() : 1;
  if (u < 0.2) {
    for (let attempt = 0; attempt < 20; attempt++) {
      let t: string;
      if (u < 0.1) {
        const pos: number[] = [];
        for (let i = 0; i + 1 < id.length; i++) if (id[i] !== id[i + 1]) pos.push(i);
        const i = r.pick(pos);
        t = id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
      } else {
        const i = r.int(0, id.length - 1);
        let d = id[i];
        while (d === id[i]) d = String(r.int(0, 9));
        t = id.slice(0, i) + d + id.slice(i + 1);
      }
      if (slipOk && slipOk(t)) {
        s = t;
        tags.push(u < 0.1 ? `${kind}-transposed` : `${kind}-mistyped`);
        break;
      }
    }
  } else if (slipOk && s[0] === '0' && r.chance(0.12) && slipOk(s.slice(1))) {
    s = s.slice(1);
    tags.push(`${kind}-lead-zero-dropped`);
  }
  if (r.chance(0.15)) {
    s = formatNumber(s, r.chance(0.5) ? ' ' : '-', kind === 'nssf');
    tags.push(`${kind}-formatted`);
  }
  return s;
}

function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(r.int(0, 255));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const newNid = (r: Rng) => pad(r.int(1, 25), 2) + pad(r.int(0, 9_999_999), 7);
const newNssf = (r: Rng) => (r.chance(0.4) ? '0' : String(r.int(1, 9))) + pad(r.int(0, 999_999_999), 9);

const groupKey = (fam: number, giv: number) => fam * 1000 + giv;

/** Registered workers a row with these name entries could pass for (generous; either order). */
function compatiblePersons(groups: Map<number, number[]>, fam: number, giv: number): number[] {
  const out = new Set<number>();
  const add = (as: number[], bs: number[]) => {
    for (const a of as) {
      if (a >= NF) continue;
      for (const b of bs) {
        if (b < NF) continue;
        const g = groups.get(groupKey(a, b));
        if (g) for (const k of g) out.add(k);
      }
    }
  };
  add(CONF[fam], CONF[giv]);
  add(CONF[giv], CONF[fam]);
  return [...out];
}

interface Draft {
  row: Omit<OnsiteWorker, 'id' | 'visitId' | 'source' | 'sourceRow' | 'recordedAt'>;
  meta: RowMeta;
}

function build(size: number, seed: number): { roster: Roster; meta: Meta } {
  const r = rng(seed);
  const nidIdx = new NearIndex(size);
  const nssfIdx = new NearIndex(size);
  /** A new number at least 2 edits from every number already drawn. */
  const drawFar = (idx: NearIndex, make: (r: Rng) => string) => {
    for (;;) {
      const s = make(r);
      if (idx.within1(s).length === 0) return s;
    }
  };

  // --- the register
  const persons: Person[] = [];
  for (let i = 0; i < size; i++) {
    const sex: Sex = r.chance(0.85) ? 'F' : 'M';
    const fam = r.pickSkewed(FAMILY_IDX, 1.6);
    const giv = r.pickSkewed(sex === 'F' ? GIVEN_F : GIVEN_M, 1.4);
    const dobT = DOB_FROM + r.int(0, Math.floor((DOB_TO - DOB_FROM) / DAY)) * DAY;
    const dob = iso(dobT);
    const hireFrom = Math.max(HIRE_FROM, dobT + 18 * 365.25 * DAY);
    const hire = iso(hireFrom + r.int(0, Math.max(0, Math.floor((HIRE_TO - hireFrom) / DAY))) * DAY);
    const nid = drawFar(nidIdx, newNid);
    nidIdx.add(nid, i);
    const nssf = drawFar(nssfIdx, newNssf);
    nssfIdx.add(nssf, i);
    let nameLatin: string | null = null;
    if (r.chance(0.85)) {
      const sp = (e: number) => (r.chance(0.85) ? ENTRY[e].latin[0] : r.pick(ENTRY[e].latin));
      let g = sp(giv);
      if (g.includes(' ') && r.chance(0.25)) g = g.replace(/ /g, '');
      nameLatin = `${sp(fam)} ${g}`;
      nameLatin = r.chance(0.7) ? nameLatin.toUpperCase() : titleCase(nameLatin);
    }
    const reg: RegisteredWorker = {
      workerId: '',
      nssfNumber: r.chance(0.99) ? nssf : null,
      nationalId: r.chance(0.97) ? nid : null,
      nameKh: ENTRY[fam].kh + (r.chance(0.05) ? ZWSP : ' ') + ENTRY[giv].kh,
      nameLatin,
      sex: r.chance(0.99) ? sex : null,
      dateOfBirth: r.chance(0.97) ? dob : null,
      hireDate: r.chance(0.95) ? hire : null,
      wageRiel: null,
    };
    persons.push({ serial: i, fam, giv, sex, dob, nid, nssf, reg });
  }
  r.shuffle(persons);
  persons.forEach((p, i) => (p.reg.workerId = `W${pad(i + 1, 6)}`));
  const groups = new Map<number, number[]>();
  persons.forEach((p, k) => {
    const key = groupKey(p.fam, p.giv);
    const g = groups.get(key);
    if (g) g.push(k);
    else groups.set(key, [k]);
  });

  const nOnsite = Math.round(size * 0.95);
  const nHidden = Math.round(nOnsite * 0.06);
  const nTrue = nOnsite - nHidden;
  const drafts: Draft[] = [];

  // --- true rows: distinct registered workers
  /** A slip is allowed only when the slipped number is still within one edit of no one but its owner. */
  const onlyOwn = (idx: NearIndex, serial: number) => (s: string) => idx.within1(s).every((o) => o === serial);
  const order = r.shuffle(persons.map((_, k) => k)).slice(0, nTrue);
  for (const k of order) {
    const p = persons[k];
    const tags: string[] = [];
    const { name, script } = renderName(r, p.fam, p.giv, true, tags);
    const hasNid = r.chance(0.7);
    const hasNssf = r.chance(hasNid ? 0.42 : 0.76);
    const hasDob = r.chance(hasNid || hasNssf ? 0.681 : 0.92);
    let dob: string | null = null;
    if (hasDob) {
      dob = p.dob;
      const sw = swapDayMonth(p.dob);
      if (sw && sw !== p.dob && r.chance(0.15)) {
        dob = sw;
        tags.push('dob-swapped');
      }
    }
    drafts.push({
      row: {
        name,
        nationalId: hasNid ? writeNumber(r, p.nid, 'nid', tags, onlyOwn(nidIdx, p.serial)) : null,
        nssfNumber: hasNssf ? writeNumber(r, p.nssf, 'nssf', tags, onlyOwn(nssfIdx, p.serial)) : null,
        sex: r.chance(0.95) ? p.sex : null,
        dateOfBirth: dob,
      },
      meta: { fam: p.fam, giv: p.giv, script, tags, person: k, hidden: null, tells: [], namesakes: 0 },
    });
  }

  // --- hidden rows
  const tellsFor = (fam: number, giv: number, nid: string | null, nssf: string | null, dob: string | null) => {
    const comp = compatiblePersons(groups, fam, giv);
    const tells: string[] = [];
    for (const k of comp) {
      const reg = persons[k].reg;
      // numbers: 3+ edits from a namesake's (2+ from everyone's is guaranteed by drawFar)
      if (nid && reg.nationalId && osa(digits(nid), reg.nationalId) >= 3) tells.push('national ID');
      else if (nssf && reg.nssfNumber && osa(digits(nssf), reg.nssfNumber) >= 3) tells.push('NSSF number');
      else if (dob && reg.dateOfBirth && !dobClose(dob, reg.dateOfBirth)) tells.push('date of birth');
      else return null;
    }
    return { tells, namesakes: comp.length };
  };
  for (let h = 0; h < nHidden; h++) {
    const u = r.next();
    let kind: HiddenKind = u < 0.3 ? 'namesake-id' : u < 0.65 ? 'own-id' : u < 0.9 ? 'date-only' : 'no-namesake';
    for (let attempt = 0; ; attempt++) {
      if (attempt === 150) kind = 'own-id';
      const tags: string[] = [];
      let fam: number;
      let giv: number;
      let sex: Sex;
      if (kind === 'namesake-id') {
        const p = persons[r.int(0, size - 1)];
        fam = p.fam;
        giv = p.giv;
        sex = p.sex;
      } else {
        sex = r.chance(0.85) ? 'F' : 'M';
        const gl = sex === 'F' ? GIVEN_F : GIVEN_M;
        fam = kind === 'no-namesake' ? r.pick(FAMILY_IDX) : r.pickSkewed(FAMILY_IDX, 1.6);
        giv = kind === 'no-namesake' ? r.pick(gl) : r.pickSkewed(gl, 1.4);
      }
      let nid: string | null = null;
      let nssf: string | null = null;
      let dob: string | null = null;
      let nidBase: string | null = null;
      let nssfBase: string | null = null;
      if (kind === 'namesake-id' || kind === 'own-id') {
        nidBase = drawFar(nidIdx, newNid);
        nid = writeNumber(r, nidBase, 'nid', tags, null);
      }
      if (kind === 'own-id') {
        if (r.chance(0.15)) {
          nssfBase = drawFar(nssfIdx, newNssf);
          nssf = writeNumber(r, nssfBase, 'nssf', tags, null);
        }
        if (r.chance(0.5)) dob = randomDob(r);
      }
      if (kind === 'date-only') dob = randomDob(r);
      const t = tellsFor(fam, giv, nid, nssf, dob);
      if (!t) continue;
      if (kind === 'no-namesake' && t.namesakes > 0) continue;
      if (nidBase) nidIdx.add(nidBase, -1);
      if (nssfBase) nssfIdx.add(nssfBase, -1);
      const { name, script } = renderName(r, fam, giv, false, tags);
      drafts.push({
        row: { name, nationalId: nid, nssfNumber: nssf, sex: r.chance(0.95) ? sex : null, dateOfBirth: dob },
        meta: { fam, giv, script, tags, person: -1, hidden: kind, tells: t.tells, namesakes: t.namesakes },
      });
      break;
    }
  }

  // --- shuffle the site list, then give ids, times and sources in row order
  r.shuffle(drafts);
  const visitId = uuid(r);
  const ids = new Set<string>();
  let t = Date.UTC(2024, 8, 16, 1, 30, 0);
  let csvRow = 0;
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  for (const d of drafts) {
    let id = uuid(r);
    while (ids.has(id)) id = uuid(r);
    ids.add(id);
    t += r.int(1, 6) * 1000 + r.int(0, 999);
    const u = r.next();
    const source: OnsiteWorker['source'] = u < 0.6 ? 'csv' : u < 0.9 ? 'manual' : 'id-card';
    onsite.push({
      id,
      visitId,
      ...d.row,
      source,
      sourceRow: source === 'csv' ? ++csvRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, d.meta.person >= 0 ? persons[d.meta.person].reg.workerId : null);
  }
  return {
    roster: { registered: persons.map((p) => p.reg), onsite, truth },
    meta: { persons: persons.map((p) => ({ fam: p.fam, giv: p.giv, workerId: p.reg.workerId })), rows: drafts.map((d) => d.meta) },
  };
}

export function hundredtenthRoster(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ---------------------------------------------------------------------------------------------
// self-check

type FieldState = 'agree' | 'disagree' | 'missing';

function fieldStates(row: OnsiteWorker, reg: RegisteredWorker): Record<'nid' | 'nssf' | 'dob', FieldState> {
  const num = (a: string | null, b: string | null): FieldState =>
    a && b ? (osa(digits(a), digits(b)) <= 1 ? 'agree' : 'disagree') : 'missing';
  return {
    nid: num(row.nationalId, reg.nationalId),
    nssf: num(row.nssfNumber, reg.nssfNumber),
    dob: row.dateOfBirth && reg.dateOfBirth ? (dobClose(row.dateOfBirth, reg.dateOfBirth) ? 'agree' : 'disagree') : 'missing',
  };
}

/** Smallest edit distance between a Latin row name and any spelling of fam+given, either order. */
function latinNameDist(name: string, fam: number, giv: number): number {
  const n = normLatin(name);
  let best = Infinity;
  for (const f of SPELL[fam])
    for (const g of SPELL[giv]) best = Math.min(best, osa(n, f + g), osa(n, g + f));
  return best;
}

function selfCheck(size: number, seed: number): boolean {
  const failures: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) failures.push(what);
  };
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : 'n/a');

  const t0 = performance.now();
  const { roster, meta } = build(size, seed);
  const genMs = performance.now() - t0;
  const { registered, onsite, truth } = roster;
  const regById = new Map(registered.map((w, k) => [w.workerId, k]));
  const trueRows = onsite.filter((o) => truth.get(o.id) !== null);
  const hiddenRows = onsite.filter((o) => truth.get(o.id) === null);
  const present = new Set(trueRows.map((o) => truth.get(o.id)));
  const absent = registered.length - present.size;

  console.log(`${HUNDREDTENTH_LABEL}`);
  console.log(`size ${size}, seed ${seed}: generated in ${genMs.toFixed(0)} ms\n`);
  console.log('counts');
  console.log(`  registered ${registered.length}, on site ${onsite.length} (${pct(onsite.length, registered.length)} of registered)`);
  console.log(`  true rows ${trueRows.length}, hidden ${hiddenRows.length} (${pct(hiddenRows.length, onsite.length)} of rows), absent ${absent} (${pct(absent, registered.length)} of registered)`);

  // --- fills
  const fill = <T>(xs: T[], f: (x: T) => unknown) => pct(xs.filter((x) => f(x) !== null && f(x) !== undefined).length, xs.length);
  console.log('\nfill, register');
  for (const k of ['nssfNumber', 'nationalId', 'nameKh', 'nameLatin', 'sex', 'dateOfBirth', 'hireDate', 'wageRiel'] as const)
    console.log(`  ${k.padEnd(12)} ${fill(registered, (w) => w[k])}`);
  console.log('fill, on site (all rows / true rows / hidden rows)');
  for (const k of ['nationalId', 'nssfNumber', 'sex', 'dateOfBirth'] as const)
    console.log(`  ${k.padEnd(12)} ${fill(onsite, (w) => w[k])} / ${fill(trueRows, (w) => w[k])} / ${fill(hiddenRows, (w) => w[k])}`);
  const noNumber = onsite.filter((o) => !o.nationalId && !o.nssfNumber).length;
  const nothing = onsite.filter((o) => !o.nationalId && !o.nssfNumber && !o.dateOfBirth).length;
  console.log(`  no number at all ${pct(noNumber, onsite.length)}; no number and no date ${pct(nothing, onsite.length)}`);
  const khRows = onsite.filter((o) => /[\u1780-\u17FF]/.test(o.name)).length;
  console.log(`  name in Khmer script ${pct(khRows, onsite.length)} (true ${pct(trueRows.filter((o) => /[\u1780-\u17FF]/.test(o.name)).length, trueRows.length)}, hidden ${pct(hiddenRows.filter((o) => /[\u1780-\u17FF]/.test(o.name)).length, hiddenRows.length)})`);
  const src = (s: string) => pct(onsite.filter((o) => o.source === s).length, onsite.length);
  console.log(`  source csv ${src('csv')}, manual ${src('manual')}, id-card ${src('id-card')}`);

  // --- variations
  const tagCount = new Map<string, number>();
  meta.rows.forEach((m, i) => {
    if (truth.get(onsite[i].id) === null) return;
    for (const t of m.tags) tagCount.set(t, (tagCount.get(t) ?? 0) + 1);
  });
  const tc = (t: string) => tagCount.get(t) ?? 0;
  const nidGiven = trueRows.filter((o) => o.nationalId).length;
  const nssfGiven = trueRows.filter((o) => o.nssfNumber).length;
  const dobGiven = trueRows.filter((o) => o.dateOfBirth).length;
  const latinTrue = meta.rows.filter((m, i) => m.script === 'latin' && truth.get(onsite[i].id) !== null).length;
  const khTrue = meta.rows.filter((m, i) => m.script === 'kh' && truth.get(onsite[i].id) !== null).length;
  console.log('\nvariations on true rows (share of the values given)');
  for (const [k, given] of [['nid', nidGiven], ['nssf', nssfGiven]] as const) {
    const slips = tc(`${k}-transposed`) + tc(`${k}-mistyped`);
    console.log(`  ${k === 'nid' ? 'national ID' : 'NSSF number'} given ${given}: transposed ${pct(tc(`${k}-transposed`), given)}, mistyped ${pct(tc(`${k}-mistyped`), given)} (slips ${pct(slips, given)}), leading zero dropped ${pct(tc(`${k}-lead-zero-dropped`), given)}, spaces/dashes ${pct(tc(`${k}-formatted`), given)}`);
    check(given > 0 && slips / given >= 0.15 && slips / given <= 0.25, `${k} slip share ${pct(slips, given)} outside 15-25 %`);
  }
  console.log(`  date of birth given ${dobGiven}: day/month swapped ${pct(tc('dob-swapped'), dobGiven)}`);
  console.log(`  Latin names ${latinTrue}: family other spelling ${pct(tc('alt-family'), latinTrue)}, given other spelling ${pct(tc('alt-given'), latinTrue)}, given joined ${pct(tc('given-joined'), latinTrue)}, all joined ${pct(tc('all-joined'), latinTrue)}, typo ${pct(tc('typo'), latinTrue)}, UPPER ${pct(tc('upper'), latinTrue)}, Title ${pct(tc('title'), latinTrue)}, lower ${pct(tc('lower'), latinTrue)}`);
  console.log(`  Khmer names ${khTrue}: zero-width space ${pct(tc('kh-zwsp'), khTrue)}, no separator ${pct(tc('kh-joined'), khTrue)}, other code point order ${pct(tc('kh-code-point-order'), khTrue)}, split vowel ${pct(tc('kh-split-vowel'), khTrue)}, ស្រី split ${pct(tc('kh-given-split'), khTrue)}`);
  console.log(`  given name first ${pct(tc('given-first'), trueRows.length)} of true rows`);

  // --- rule 3: no leaks, integrity
  const idSet = new Set(onsite.map((o) => o.id));
  check(idSet.size === onsite.length, 'on-site ids not unique');
  check(onsite.every((o) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(o.id)), 'on-site id not a v4 UUID');
  check(truth.size === onsite.length && onsite.every((o) => truth.has(o.id)), 'truth does not cover every row');
  check([...truth.values()].every((v) => v === null || regById.has(v)), 'truth id not on the register');
  check(present.size === trueRows.length, 'a registered worker is on site twice');
  check(new Set(registered.map((w) => w.workerId)).size === registered.length, 'workerIds not unique');
  check(onsite.every((o, i) => i === 0 || Date.parse(o.recordedAt) > Date.parse(onsite[i - 1].recordedAt)), 'recordedAt not increasing');
  check(onsite.every((o) => (o.source === 'csv' ? Number.isInteger(o.sourceRow) && (o.sourceRow as number) > 0 : o.sourceRow === null)), 'bad sourceRow');
  check(onsite.every((o) => o.name === o.name.trim() && o.name.length >= 1 && o.name.length <= 200), 'name not trimmed or bad length');
  check(onsite.every((o) => (o.nationalId ?? '').length <= 40), 'national ID too long');
  check(onsite.every((o) => o.dateOfBirth === null || isRealDate(o.dateOfBirth)), 'on-site date not real');
  check(registered.every((w) => (w.dateOfBirth === null || isRealDate(w.dateOfBirth)) && (w.hireDate === null || isRealDate(w.hireDate))), 'register date not real');
  // the register's order is not the truth order: the share of true rows whose worker index grows with row index
  const regIdxOrder = trueRows.map((o) => regById.get(truth.get(o.id) as string) as number);
  let rising = 0;
  for (let i = 1; i < regIdxOrder.length; i++) if (regIdxOrder[i] > regIdxOrder[i - 1]) rising++;
  console.log(`\nleak check: consecutive true rows with rising register index ${pct(rising, regIdxOrder.length - 1)} (about 50 % when shuffled)`);
  check(Math.abs(rising / Math.max(1, regIdxOrder.length - 1) - 0.5) < 0.05, 'row order follows the register');

  // --- rule 4: shares
  const hs = hiddenRows.length / onsite.length;
  const as = absent / registered.length;
  check(onsite.length === Math.round(size * 0.95), 'on-site count not 95 % of size');
  check(hs >= 0.05 && hs <= 0.1, `hidden share ${pct(hiddenRows.length, onsite.length)} outside 5-10 %`);
  check(as >= 0.05 && as <= 0.15, `absent share ${pct(absent, registered.length)} outside 5-15 %`);
  const share = (f: (o: OnsiteWorker) => unknown) => onsite.filter((o) => f(o)).length / onsite.length;
  check(Math.abs(share((o) => o.nationalId) - 0.7) <= 0.05, 'national ID fill not about 70 %');
  check(Math.abs(share((o) => o.nssfNumber) - 0.5) <= 0.05, 'NSSF fill not about 50 %');
  check(Math.abs(share((o) => !o.dateOfBirth) - 0.3) <= 0.05, 'date of birth missing not about 30 %');

  // --- numbers: registered ones pairwise 2+ edits apart; a true row's number within one edit of
  // its own worker's and no one else's; a hidden row's 2+ edits from every registered one
  const regNid = new NearIndex(registered.length);
  const regNssf = new NearIndex(registered.length);
  let closePairs = 0;
  registered.forEach((w, k) => {
    if (w.nationalId) {
      if (regNid.within1(w.nationalId).length) closePairs++;
      regNid.add(w.nationalId, k);
    }
    if (w.nssfNumber) {
      if (regNssf.within1(w.nssfNumber).length) closePairs++;
      regNssf.add(w.nssfNumber, k);
    }
  });
  check(closePairs === 0, `${closePairs} registered numbers within 1 edit of another`);
  let hiddenNear = 0;
  let trueNearOther = 0;
  for (const o of onsite) {
    const wid = truth.get(o.id);
    const own = wid ? (regById.get(wid) as number) : -1;
    for (const [v, idx] of [[o.nationalId, regNid], [o.nssfNumber, regNssf]] as const) {
      if (!v) continue;
      const near = idx.within1(digits(v));
      if (own < 0 && near.length) hiddenNear++;
      if (own >= 0 && near.some((k) => k !== own)) trueNearOther++;
    }
  }
  check(hiddenNear === 0, `${hiddenNear} hidden numbers within 1 edit of a registered one`);
  check(trueNearOther === 0, `${trueNearOther} true-row numbers within 1 edit of another worker's`);
  console.log(`
numbers: registered pairs within 1 edit ${closePairs}; hidden numbers within 1 edit of a registered one ${hiddenNear}; true-row numbers within 1 edit of another worker's ${trueNearOther}`);

  // --- rule 1: a true row carries only plausible variants of its worker
  const groups = new Map<number, number[]>();
  meta.persons.forEach((p, k) => {
    const key = groupKey(p.fam, p.giv);
    const g = groups.get(key);
    if (g) g.push(k);
    else groups.set(key, [k]);
  });
  let implausible = 0;
  let undecidable = 0;
  const undecidableSamples: string[] = [];
  onsite.forEach((o, i) => {
    const m = meta.rows[i];
    const wid = truth.get(o.id);
    if (wid === null || wid === undefined) return;
    const k = regById.get(wid) as number;
    const reg = registered[k];
    const p = meta.persons[k];
    const st = fieldStates(o, reg);
    let ok = st.nid !== 'disagree' && st.nssf !== 'disagree' && st.dob !== 'disagree';
    if (o.sex && reg.sex && o.sex !== reg.sex) ok = false;
    let ownDist = 0;
    if (m.script === 'kh') {
      const c = khCanon(o.name);
      ok &&= c === khCanon(ENTRY[p.fam].kh + ENTRY[p.giv].kh) || c === khCanon(ENTRY[p.giv].kh + ENTRY[p.fam].kh);
      ok &&= khCanon(reg.nameKh) === khCanon(ENTRY[p.fam].kh + ENTRY[p.giv].kh);
    } else {
      ownDist = latinNameDist(o.name, p.fam, p.giv);
      ok &&= ownDist <= 1;
    }
    if (!ok) {
      implausible++;
      return;
    }
    // rule 2, second half: is there another registered worker this row could equally be?
    for (const k2 of compatiblePersons(groups, p.fam, p.giv)) {
      if (k2 === k) continue;
      const reg2 = registered[k2];
      if (o.sex && reg2.sex && o.sex !== reg2.sex) continue;
      const st2 = fieldStates(o, reg2);
      if (st2.nid === 'disagree' || st2.nssf === 'disagree' || st2.dob === 'disagree') continue;
      if ((st.nid === 'agree' && st2.nid !== 'agree') || (st.nssf === 'agree' && st2.nssf !== 'agree') || (st.dob === 'agree' && st2.dob !== 'agree')) continue;
      const p2 = meta.persons[k2];
      if (m.script === 'kh') {
        if (ENTRY[p2.fam].kh !== ENTRY[p.fam].kh || ENTRY[p2.giv].kh !== ENTRY[p.giv].kh) continue;
      } else if (latinNameDist(o.name, p2.fam, p2.giv) > ownDist) continue;
      undecidable++;
      if (undecidableSamples.length < 3) undecidableSamples.push(`${JSON.stringify(o.name)} (${wid}) could equally be ${reg2.workerId} ${JSON.stringify(reg2.nameKh)}`);
      break;
    }
  });
  check(implausible === 0, `${implausible} true rows carry a change no person could see through`);
  console.log(`\nrule 1: true rows with an implausible change: ${implausible}`);
  console.log(`undecidable true rows (another registered worker it could equally be): ${undecidable} = ${pct(undecidable, onsite.length)} of rows`);
  for (const s of undecidableSamples) console.log(`  e.g. ${s}`);
  check(undecidable / onsite.length < 0.03, 'undecidable rows 3 % or more');

  // --- rule 2: hidden rows tellable from every registered worker they could pass for
  const kinds = new Map<string, number>();
  const tellCats = new Map<string, number>();
  let namesakeRows = 0;
  let exactNamesakeRows = 0;
  let untellable = 0;
  onsite.forEach((o, i) => {
    if (truth.get(o.id) !== null) return;
    const m = meta.rows[i];
    kinds.set(m.hidden as string, (kinds.get(m.hidden as string) ?? 0) + 1);
    const comp = compatiblePersons(groups, m.fam, m.giv);
    const used = new Set<string>();
    for (const k of comp) {
      const st = fieldStates(o, registered[k]);
      if (st.nid === 'disagree') used.add('national ID');
      else if (st.nssf === 'disagree') used.add('NSSF number');
      else if (st.dob === 'disagree') used.add('date of birth');
      else untellable++;
    }
    if (comp.length) namesakeRows++;
    if (groups.has(groupKey(m.fam, m.giv))) exactNamesakeRows++;
    const cat = comp.length ? `told apart by ${[...used].sort().join(' + ')}` : 'no registered worker with a similar name';
    tellCats.set(cat, (tellCats.get(cat) ?? 0) + 1);
  });
  check(untellable === 0, `${untellable} hidden rows not tellable from a worker they could pass for`);
  console.log(`\nhidden rows ${hiddenRows.length}: ${[...kinds].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`  namesakes: ${exactNamesakeRows} share a registered worker's exact name, ${namesakeRows} could pass for at least one by name`);
  for (const [c, v] of [...tellCats].sort((a, b) => b[1] - a[1])) console.log(`  ${c}: ${v}`);
  const nsk = onsite.filter((o, i) => meta.rows[i].hidden === 'namesake-id');
  console.log(`  namesake-by-ID rows with a date of birth: ${nsk.filter((o) => o.dateOfBirth).length} (should be 0); mean registered workers each could pass for: ${(meta.rows.filter((m) => m.hidden).reduce((a, m) => a + m.namesakes, 0) / Math.max(1, hiddenRows.length)).toFixed(1)}`);
  console.log(`  untellable pairs: ${untellable}`);

  // --- samples
  console.log('\nsample rows (on site → truth)');
  const shown = new Set<string>();
  const wanted = ['nid-transposed', 'nid-mistyped', 'nid-lead-zero-dropped', 'nssf-formatted', 'dob-swapped', 'kh-code-point-order', 'typo', 'namesake-id', 'date-only'];
  for (const w of wanted) {
    const i = meta.rows.findIndex((m, j) => (m.tags.includes(w) || m.hidden === w) && !shown.has(onsite[j].id));
    if (i < 0) continue;
    const o = onsite[i];
    shown.add(o.id);
    const wid = truth.get(o.id);
    const reg = wid ? registered[regById.get(wid) as number] : null;
    console.log(`  [${w}] ${JSON.stringify({ name: o.name, nationalId: o.nationalId, nssfNumber: o.nssfNumber, sex: o.sex, dateOfBirth: o.dateOfBirth })}`);
    console.log(
      reg
        ? `      → ${reg.workerId} ${JSON.stringify({ nameKh: reg.nameKh, nameLatin: reg.nameLatin, nationalId: reg.nationalId, nssfNumber: reg.nssfNumber, sex: reg.sex, dateOfBirth: reg.dateOfBirth })}`
        : `      → hidden (${meta.rows[i].hidden}; could pass for ${meta.rows[i].namesakes} registered; told apart by ${[...new Set(meta.rows[i].tells)].join(', ') || 'name'})`,
    );
  }

  // --- determinism and time
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const same = ser(hundredtenthRoster(size, seed)) === ser(roster);
  const other = ser(hundredtenthRoster(size, seed + 1)) !== ser(roster);
  console.log(`\ndeterminism: same seed → same output: ${same}; seed+1 differs: ${other}`);
  check(same, 'not deterministic');
  check(other, 'seed has no effect');
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const s = performance.now();
    hundredtenthRoster(10_000, seed);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  console.log(`time to generate 10,000: ${times.map((x) => x.toFixed(0)).join(' / ')} ms (best ${times[0].toFixed(0)} ms)`);
  check(times[0] < 1000, 'generating 10,000 takes a second or more');

  console.log(failures.length ? `\nAUDIT FAILED:\n  ${failures.join('\n  ')}` : '\naudit: all fairness rules pass');
  return failures.length === 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  process.exit(selfCheck(size, seed) ? 0 : 1);
}
