/**
 * thirtyeighth — a blind benchmark roster: dates of birth written in two calendars.
 *
 * Cambodian official papers (family books, Khmer-language forms) often give the year in the
 * Buddhist Era, BE = CE + 543 (1990 → 2533). The employer's clerk who typed the sheet kept that
 * year, so on the sheet a share of dates of birth read '2533-05-12' for a worker the fund has as
 * 1990-05-12. A few BE dates also have day and month swapped, and a smaller share are years the
 * clerk tried to convert and got wrong by one (subtracted 542 or 544: 1991 or 1989 for 1990).
 * The register's dates are all CE. Everything else is an ordinary sheet.
 *
 * Model (rates are per on-site row unless said otherwise):
 *  - Register: `size` workers; Khmer name always, Latin name on ~93 % (upper case ~60 %),
 *    NSSF number ~97 %, national ID ~96 % (9 digits), sex and CE date of birth always, hire
 *    date, wage ~95 %. Family and given names drawn skewed (Sok, Chan, Chea ... Dara, Sophea ...),
 *    so full names collide often.
 *  - Absent: ~5 % of registered workers have no on-site row.
 *  - Hidden: ~6.5 % of on-site rows; ~55 % of them copy the full name of a registered worker
 *    (a namesake born in another year), the rest draw a name from the same lists (and, names
 *    being few, mostly also share one). Their sheet dates use the same calendars as everyone's,
 *    so a namesake's BE date must be converted before it rules the registered worker out. When
 *    a hidden row has no date of birth and nothing else tells it apart, the worker's card number
 *    is shown (as an inspector would ask for it); ~4 % of hidden rows show an NSSF number from a
 *    previous employer. A hidden worker's ID numbers are 2+ edits from every registered one.
 *  - Source: csv (employer sheet) ~80 %, manual (inspector) ~15 %, id-card ~5 %.
 *  - Name: Khmer on ~45 % of csv rows, ~25 % of manual rows and every id-card row; Latin
 *    otherwise. Khmer: zero-width space (~18 %) or no space (~7 %) or a double space (~7 %)
 *    between the words, ស្រី split from the rest of a ស្រី- name (~15 % of those), a
 *    keyboard code-point order (~12 %: register shifter after the vowel, vowel before a coeng
 *    subscript, sign before the vowel), NFD (~10 %, a no-op for Khmer), order swapped (~8 %).
 *    Latin: any listed romanization (the register's one ~60 %), order swapped ~15 %, upper case
 *    ~35 %, lower case ~5 %, one typo ~4 % (one edit in one word of 4+ letters).
 *  - IDs: national ID on every id-card row, ~40 % of csv and ~25 % of manual rows; NSSF number on
 *    ~30 % csv and ~15 % manual rows (when the worker has one); ~4 % / ~3 % of those shown carry
 *    one slip (one digit mistyped, or two adjacent digits transposed).
 *  - Sex: shown on ~85 % csv, ~75 % manual, every id-card row; always right.
 *  - Date of birth (the theme): missing on ~4.5 % csv / ~8 % manual rows. csv: BE year ~24 % of
 *    those shown (a quarter of those whose day is <= 12 also day/month swapped: ~9 % of BE
 *    dates), botched BE→CE conversion ±1 year ~3.5 %, CE day/month swap ~6 % of swappable dates.
 *    manual: BE ~8 %, swap as csv. id-card: exact CE. Overall ~20 % of shown dates carry a BE
 *    year, ~2-3 % are off by one year, ~2 % are CE dates with day and month swapped.
 *
 * Fairness rules (audited by the self-check at the bottom):
 *  1. A true row carries only plausible variants of its registered worker: a listed spelling or
 *     romanization of each word, either order, any case, at most one typo in one word of 4+
 *     letters, Khmer encoding variants (spaces, ZWSP, code-point order, NFC/NFD); IDs exact or one
 *     slip; sex right or missing; DOB exact or day/month swapped, PLUS the extra variations of
 *     this roster: a BE year (year + 543, optionally with day/month swapped) and a botched
 *     conversion (year ± 1, month and day right). A human who knows the BE calendar reads
 *     2533-05-12 as 1990-05-12, and a date one year off with the same day and month as a clerk's
 *     slip. Dates are compared by `dobNear`: after turning a year ≥ 2300 back into CE, two dates
 *     are near when equal, day/month swapped, one digit apart, two adjacent digits transposed, or
 *     one year apart with the same month and day.
 *  2. Registered workers whose full names are the same in any spelling (in this generator also
 *     those one word-edit apart, and those whose Khmer, written without a space, is one edit
 *     apart) never have dates of birth that are `dobNear`.
 *  3. A hidden row either is not within one edit of any spelling variant of any registered
 *     worker's name, or is ruled out from every registered worker it could pass for by a field
 *     shown on both sides: sex differs, the DOB is not `dobNear` (a BE year is converted back
 *     first, so a BE date only rules out when the converted date is far), or national IDs are 2+
 *     edits apart.
 *  4. Nothing leaks the truth: rows are shuffled, on-site ids are random v4 UUIDs from the
 *     seeded PRNG, recordedAt increases in row order, sourceRow numbers the csv rows in row order,
 *     registered worker ids are given after the register is shuffled.
 *  5. Undecidable true rows (another registered worker fits every field shown as well as the
 *     true one) stay under 4 %.
 *
 * Run `npx tsx test/bench/thirtyeighth.ts 10000 1` for the shape and the audit.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY_38, GIVEN_38, type Word38 } from './thirtyeighth-names';

export const THIRTYEIGHTH_LABEL =
  'thirtyeighth: Buddhist-Era years (CE+543) on ~20% of sheet dates of birth, ~3% botched BE→CE conversions (±1 year), BE-dated namesakes among hidden workers';

// ---------------------------------------------------------------- words and names

const WORDS: readonly Word38[] = [...FAMILY_38, ...GIVEN_38];
const NF = FAMILY_38.length;
const NW = WORDS.length;
const FAMILY_IDS = FAMILY_38.map((_, i) => i);
const GIVEN_IDS = GIVEN_38.map((_, i) => NF + i);
const isFamily = (w: number) => w < NF;

const ZW = /[\u200B\u200C\u200D\u2060\uFEFF]/g;
const ZWSP = '\u200B';

const isKhmerText = (s: string) => /[\u1780-\u17FF]/.test(s);
const isKhConsonant = (c: number) => c >= 0x1780 && c <= 0x17a2;
const isKhMark = (c: number) => (c >= 0x17b6 && c <= 0x17d3) || c === 0x17dd;
function khRank(c: number): number {
  if (c === 0x17d2) return 0; // coeng (+ its consonant)
  if (c === 0x17c9 || c === 0x17ca || c === 0x17cc) return 1; // register shifters, robat
  if (c >= 0x17b6 && c <= 0x17c5) return 2; // dependent vowels
  return 3; // nikahit, reahmuk, bantoc, toandakhiat, samyok sannya ...
}

interface KhUnit { s: string; rank: number }
interface KhCluster { base: string; units: KhUnit[] }

function khClusters(s: string): KhCluster[] {
  const out: KhCluster[] = [];
  let cur: KhCluster | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isKhMark(c)) {
      if (!cur) {
        cur = { base: '', units: [] };
        out.push(cur);
      }
      if (c === 0x17d2 && i + 1 < s.length && isKhConsonant(s.charCodeAt(i + 1))) {
        cur.units.push({ s: s[i] + s[i + 1], rank: 0 });
        i++;
      } else cur.units.push({ s: s[i], rank: khRank(c) });
    } else {
      cur = { base: s[i], units: [] };
      out.push(cur);
    }
  }
  return out;
}

/** Khmer in one canonical form: NFC, no spaces or zero-width characters, marks in a fixed order. */
function canonKhmer(s: string): string {
  const t = s.normalize('NFC').replace(ZW, '').replace(/\s+/g, '');
  let out = '';
  for (const cl of khClusters(t)) {
    const units = cl.units.map((u, i) => ({ u, i })).sort((a, b) => a.u.rank - b.u.rank || a.i - b.i);
    out += cl.base + units.map((x) => x.u.s).join('');
  }
  return out;
}

/** A keyboard order for one Khmer word: two adjacent marks of a cluster typed the other way round. */
function khReorder(word: string, r: Rng): string | null {
  const cls = khClusters(word);
  const spots: [number, number][] = [];
  cls.forEach((cl, ci) => {
    for (let ui = 0; ui + 1 < cl.units.length; ui++) if (cl.units[ui].rank < cl.units[ui + 1].rank) spots.push([ci, ui]);
  });
  if (!spots.length) return null;
  const [ci, ui] = r.pick(spots);
  const units = cls[ci].units;
  [units[ui], units[ui + 1]] = [units[ui + 1], units[ui]];
  return cls.map((cl) => cl.base + cl.units.map((u) => u.s).join('')).join('');
}

const normLatin = (s: string) => s.normalize('NFC').replace(ZW, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** A name as a reader compares it: Khmer canonicalised (spaces dropped), Latin lower-cased. */
export function normName38(s: string): string {
  return isKhmerText(s) ? 'k:' + canonKhmer(s) : 'l:' + normLatin(s);
}

/** Optimal-string-alignment distance (edits + adjacent transpositions), stopping above `cap`. */
function osa(a: string, b: string, cap = 3): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > cap) return cap + 1;
  let pp = new Array<number>(lb + 1).fill(0);
  let p = new Array<number>(lb + 1);
  let c = new Array<number>(lb + 1);
  for (let j = 0; j <= lb; j++) p[j] = j;
  for (let i = 1; i <= la; i++) {
    c[0] = i;
    let rowMin = c[0];
    for (let j = 1; j <= lb; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(p[j] + 1, c[j - 1] + 1, p[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, pp[j - 2] + 1);
      c[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return cap + 1;
    [pp, p, c] = [p, c, pp];
  }
  return Math.min(p[lb], cap + 1);
}

/** osa(a, b) <= 1, without the table. */
function within1(a: string, b: string): boolean {
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
  const [s, t] = la < lb ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === t[i]) i++;
  return s.slice(i) === t.slice(i + 1);
}

/** Every form of a word a reader treats as that word, normalised. */
function wordForms(w: number): string[] {
  const word = WORDS[w];
  const forms = new Set<string>();
  for (const l of word.latin) {
    forms.add('l:' + normLatin(l));
    forms.add('l:' + normLatin(l).replace(/ /g, ''));
  }
  forms.add('k:' + canonKhmer(word.kh));
  return [...forms];
}

/** Word-to-word distance: the least edit distance between any two forms in the same script. */
const WORD_DIST: Int8Array = (() => {
  const forms = WORDS.map((_, w) => wordForms(w));
  const d = new Int8Array(NW * NW);
  for (let i = 0; i < NW; i++)
    for (let j = i; j < NW; j++) {
      let best = i === j ? 0 : 9;
      if (i !== j)
        for (const a of forms[i])
          for (const b of forms[j]) if (a[0] === b[0]) best = Math.min(best, osa(a, b, 8));
      d[i * NW + j] = best;
      d[j * NW + i] = best;
    }
  return d;
})();
const wd = (a: number, b: number) => WORD_DIST[a * NW + b];
/** CLOSE[k][w]: words within k of word w (k = 0..4). */
const CLOSE: number[][][] = [0, 1, 2, 3, 4].map((k) => WORDS.map((_, w) => WORDS.map((__, v) => v).filter((v) => wd(w, v) <= k)));

const nameKey = (f: number, g: number) => f * 4096 + g;
/** Word-level distance between two full names, in either order. */
const nameDist = (f1: number, g1: number, f2: number, g2: number) => Math.min(wd(f1, f2) + wd(g1, g2), wd(f1, g2) + wd(g1, f2));

/** Keys of the full names within `k` word-edits of (f, g). */
function keysNear(f: number, g: number, k: number): number[] {
  const cl = CLOSE[Math.min(k, 4)];
  const xs = new Set<number>();
  const ys = new Set<number>();
  for (const w of [...cl[f], ...cl[g]]) (isFamily(w) ? xs : ys).add(w);
  const out: number[] = [];
  for (const x of xs) for (const y of ys) if (nameDist(f, g, x, y) <= k) out.push(nameKey(x, y));
  return out;
}

/** Every spelling of a full name a reader accepts, normalised (both orders, both scripts). */
function nameVariants(f: number, g: number): string[] {
  const out = new Set<string>();
  for (const a of WORDS[f].latin)
    for (const b of WORDS[g].latin) {
      out.add('l:' + normLatin(`${a} ${b}`));
      out.add('l:' + normLatin(`${b} ${a}`));
    }
  out.add('k:' + canonKhmer(WORDS[f].kh + WORDS[g].kh));
  out.add('k:' + canonKhmer(WORDS[g].kh + WORDS[f].kh));
  return [...out];
}

// ---------------------------------------------------------------- dates

const pad2 = (n: number) => String(n).padStart(2, '0');
const dstr = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const BE_OFFSET = 543;

/** The date as 8 CE digits, a Buddhist-Era year (>= 2300) turned back into CE. */
function ceDigits(s: string): string {
  let y = Number(s.slice(0, 4));
  if (y >= 2300) y -= BE_OFFSET;
  return String(y).padStart(4, '0') + s.slice(5, 7) + s.slice(8, 10);
}

/** Could these two dates of birth be the same person's (see rule 1)? Symmetric. */
export function dobNear38(a: string, b: string): boolean {
  const x = ceDigits(a);
  const y = ceDigits(b);
  if (x === y) return true;
  if (x.slice(0, 4) === y.slice(0, 4) && x.slice(4, 6) === y.slice(6, 8) && x.slice(6, 8) === y.slice(4, 6)) return true;
  let diff = 0;
  let p = -1;
  let q = -1;
  for (let i = 0; i < 8; i++)
    if (x[i] !== y[i]) {
      diff++;
      if (p < 0) p = i;
      else q = i;
    }
  if (diff === 1) return true;
  if (diff === 2 && q === p + 1 && x[p] === y[q] && x[q] === y[p]) return true;
  if (x.slice(4) === y.slice(4) && Math.abs(Number(x.slice(0, 4)) - Number(y.slice(0, 4))) === 1) return true;
  return false;
}

function randomDob(r: Rng): string {
  const y = r.int(1968, 2006);
  const m = r.int(1, 12);
  return dstr(y, m, r.int(1, daysIn(y, m)));
}

type DobKind = 'missing' | 'ce' | 'ce-swap' | 'be' | 'be-swap' | 'ce-off1';

function renderDob(dob: string, src: Source, r: Rng): { value: string | null; kind: DobKind } {
  const y = Number(dob.slice(0, 4));
  const m = Number(dob.slice(5, 7));
  const d = Number(dob.slice(8, 10));
  const swappable = d <= 12 && d !== m;
  if (src === 'id-card') return { value: dob, kind: 'ce' };
  if (r.chance(src === 'csv' ? 0.045 : 0.08)) return { value: null, kind: 'missing' };
  const u = r.next();
  const pBe = src === 'csv' ? 0.24 : 0.08;
  const pOff = src === 'csv' ? 0.035 : 0;
  if (u < pBe) {
    if (swappable && r.chance(0.25)) return { value: dstr(y + BE_OFFSET, d, m), kind: 'be-swap' };
    return { value: dstr(y + BE_OFFSET, m, d), kind: 'be' };
  }
  if (u < pBe + pOff && !(m === 2 && d === 29)) return { value: dstr(y + (r.chance(0.5) ? 1 : -1), m, d), kind: 'ce-off1' };
  if (u < pBe + pOff + 0.06 && swappable) return { value: dstr(y, d, m), kind: 'ce-swap' };
  return { value: dob, kind: 'ce' };
}

// ---------------------------------------------------------------- ids

/** Numbers kept 2+ edits apart: each stored with its one-digit deletions. */
class IdPool {
  // An id and each of its one-digit deletions, as numbers tagged with their length.
  private keys = new Set<number>();
  private static codes(digits: number[]): number[] {
    const L = digits.length;
    let v = 0;
    for (const d of digits) v = v * 10 + d;
    const out = [v + L * 1e11];
    for (let i = 0; i < L; i++) {
      const lowPow = 10 ** (L - 1 - i);
      const high = Math.floor(v / (lowPow * 10));
      out.push(high * lowPow + (v % lowPow) + (L - 1) * 1e11);
    }
    return out;
  }
  fresh(r: Rng, len: number, lead: number): string {
    for (;;) {
      const digits = [lead];
      while (digits.length < len) digits.push(r.int(0, 9));
      const codes = IdPool.codes(digits);
      if (codes.some((c) => this.keys.has(c))) continue;
      for (const c of codes) this.keys.add(c);
      return digits.join('');
    }
  }
}

/** One digit mistyped, or two different adjacent digits transposed. */
function slip(s: string, r: Rng): string {
  const spots: number[] = [];
  for (let i = 0; i + 1 < s.length; i++) if (s[i] !== s[i + 1]) spots.push(i);
  if (spots.length && r.chance(0.5)) {
    const i = r.pick(spots);
    return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
  }
  const i = r.int(0, s.length - 1);
  let c = s[i];
  while (c === s[i]) c = String(r.int(0, 9));
  return s.slice(0, i) + c + s.slice(i + 1);
}

// ---------------------------------------------------------------- rows

type Source = 'csv' | 'manual' | 'id-card';
type Sex = 'M' | 'F';

interface Person {
  f: number;
  g: number;
  sex: Sex;
  dob: string;
  /** the number on the person's card (the register's when it has one) */
  nid: string;
  /** the NSSF number the person knows, if any */
  nssf: string | null;
  /** the register's romanization choice, if any */
  latinPref: [number, number] | null;
}

export interface RowMeta38 {
  hidden: boolean;
  /** index into `regs` (generation order) of the true worker, -1 for hidden rows */
  reg: number;
  source: Source;
  script: 'kh' | 'latin';
  khZwsp: boolean;
  khNoSpace: boolean;
  khReordered: boolean;
  khSreySplit: boolean;
  nfd: boolean;
  orderSwap: boolean;
  upper: boolean;
  typo: boolean;
  romanDiffers: boolean;
  nid: 'none' | 'exact' | 'slip';
  nssf: 'none' | 'exact' | 'slip';
  sexMissing: boolean;
  dob: DobKind;
  namesakeDraw: boolean;
}

type RowBody = Omit<OnsiteWorker, 'id' | 'recordedAt' | 'sourceRow'>;

const VOWELS = 'aeiou';
const CONSONANTS = 'bcdfghklmnprstvy';

function typoWord(w: string, r: Rng): string {
  for (;;) {
    const kind = r.int(0, 3);
    const i = r.int(1, w.length - 1);
    let out = w;
    if (kind === 0) {
      const pool = VOWELS.includes(w[i].toLowerCase()) ? VOWELS : CONSONANTS;
      out = w.slice(0, i) + r.pick(pool.split('')) + w.slice(i + 1);
    } else if (kind === 1) out = w.slice(0, i) + w.slice(i + 1);
    else if (kind === 2) out = w.slice(0, i) + w[i] + w.slice(i);
    else if (i + 1 < w.length) out = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    if (out.toLowerCase() !== w.toLowerCase()) return out;
  }
}

function pickSource(r: Rng): Source {
  const u = r.next();
  return u < 0.8 ? 'csv' : u < 0.95 ? 'manual' : 'id-card';
}

function renderName(p: Person, src: Source, r: Rng, m: RowMeta38): string {
  const kh = src === 'id-card' || r.chance(src === 'csv' ? 0.45 : 0.25);
  if (kh) {
    m.script = 'kh';
    let a = WORDS[p.f].kh;
    let b = WORDS[p.g].kh;
    if (src !== 'id-card') {
      if (r.chance(0.12)) {
        const firstA = r.chance(0.5);
        for (const which of firstA ? ['a', 'b'] : ['b', 'a']) {
          const re = khReorder(which === 'a' ? a : b, r);
          if (re === null) continue;
          if (which === 'a') a = re;
          else b = re;
          m.khReordered = true;
          break;
        }
      }
      if (b.startsWith('ស្រី') && b.length > 4 && r.chance(0.15)) {
        m.khSreySplit = true;
        b = 'ស្រី' + (r.chance(0.5) ? ' ' : ZWSP) + b.slice(4);
      }
    }
    let sep = ' ';
    if (src !== 'id-card') {
      const u = r.next();
      if (u < 0.18) {
        sep = ZWSP;
        m.khZwsp = true;
      } else if (u < 0.25) {
        sep = '';
        m.khNoSpace = true;
      } else if (u < 0.32) sep = '  ';
    }
    m.orderSwap = src !== 'id-card' && r.chance(0.08);
    let name = m.orderSwap ? b + sep + a : a + sep + b;
    if (r.chance(0.1)) {
      name = name.normalize('NFD');
      m.nfd = true;
    }
    return name;
  }
  m.script = 'latin';
  const lf = WORDS[p.f].latin;
  const lg = WORDS[p.g].latin;
  const pf = p.latinPref && r.chance(0.6) ? p.latinPref[0] : r.int(0, lf.length - 1);
  const pg = p.latinPref && r.chance(0.6) ? p.latinPref[1] : r.int(0, lg.length - 1);
  m.romanDiffers = !p.latinPref || pf !== p.latinPref[0] || pg !== p.latinPref[1];
  m.orderSwap = r.chance(0.15);
  const words = m.orderSwap ? [lg[pg], lf[pf]] : [lf[pf], lg[pg]];
  const tokens = words.join(' ').split(' ');
  if (r.chance(0.04)) {
    const long = tokens.map((t, i) => ({ t, i })).filter((x) => x.t.length >= 4);
    if (long.length) {
      const x = r.pick(long);
      tokens[x.i] = typoWord(x.t, r);
      m.typo = true;
    }
  }
  let name = tokens.join(' ');
  const u = r.next();
  if (u < 0.35) {
    name = name.toUpperCase();
    m.upper = true;
  } else if (u < 0.4) name = name.toLowerCase();
  return name;
}

function renderRow(p: Person, src: Source, r: Rng, hidden: boolean, reg: number): { body: RowBody; meta: RowMeta38 } {
  const m: RowMeta38 = {
    hidden, reg, source: src, script: 'latin', khZwsp: false, khNoSpace: false, khReordered: false, khSreySplit: false, nfd: false,
    orderSwap: false, upper: false, typo: false, romanDiffers: false, nid: 'none', nssf: 'none', sexMissing: false, dob: 'ce',
    namesakeDraw: false,
  };
  const name = renderName(p, src, r, m);
  let nationalId: string | null = null;
  if (src === 'id-card' || r.chance(src === 'csv' ? 0.4 : 0.25)) {
    nationalId = p.nid;
    m.nid = 'exact';
    if (src !== 'id-card' && r.chance(0.04)) {
      nationalId = slip(p.nid, r);
      m.nid = 'slip';
    }
  }
  let nssfNumber: string | null = null;
  if (p.nssf && src !== 'id-card' && r.chance(src === 'csv' ? 0.3 : 0.15)) {
    nssfNumber = p.nssf;
    m.nssf = 'exact';
    if (r.chance(0.03)) {
      nssfNumber = slip(p.nssf, r);
      m.nssf = 'slip';
    }
  }
  const sexShown = src === 'id-card' || r.chance(src === 'csv' ? 0.85 : 0.75);
  m.sexMissing = !sexShown;
  const dob = renderDob(p.dob, src, r);
  m.dob = dob.kind;
  return {
    body: {
      visitId: 'visit-thirtyeighth',
      name,
      nationalId,
      nssfNumber,
      sex: sexShown ? p.sex : null,
      dateOfBirth: dob.value,
      source: src,
    },
    meta: m,
  };
}

/** A shown field on both sides that tells this row from that registered worker (rule 3). */
function ruledOut(row: { sex: Sex | null; dateOfBirth: string | null; nationalId: string | null }, w: RegisteredWorker): boolean {
  if (row.sex && w.sex && row.sex !== w.sex) return true;
  if (row.dateOfBirth && w.dateOfBirth && !dobNear38(row.dateOfBirth, w.dateOfBirth)) return true;
  if (row.nationalId && w.nationalId && osa(row.nationalId, w.nationalId, 2) >= 2) return true;
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

const titleCase = (s: string) => s.replace(/\b([a-z])/g, (c) => c.toUpperCase());

/**
 * Which registered workers a written name could be, by rule 3's test: the name, normalised, is
 * within one edit of one of the worker's spellings (a deletion index over all spellings).
 */
const MASK38 = (1 << 19) - 1;
class NameIndex38 {
  readonly byVariant = new Map<string, number[]>();
  private readonly variants: string[] = [];
  // Hash chains over each spelling and its one-character deletions (hash → spelling id); a
  // collision only adds a candidate, which the edit-distance test then drops.
  private readonly head = new Int32Array(MASK38 + 1).fill(-1);
  private keys = new Uint32Array(1 << 16);
  private vals = new Int32Array(1 << 16);
  private next = new Int32Array(1 << 16);
  private size = 0;
  private stamp = new Int32Array(1024);
  private query = 0;
  add(variants: readonly string[], worker: number): void {
    for (const v of variants) {
      const l = this.byVariant.get(v);
      if (l) {
        if (l[l.length - 1] !== worker) l.push(worker);
        continue;
      }
      this.byVariant.set(v, [worker]);
      const id = this.variants.length;
      this.variants.push(v);
      const n = deletionHashes(v);
      if (this.size + n > this.keys.length) {
        const cap = Math.max(this.keys.length * 2, this.size + n);
        const grow = <T extends Uint32Array | Int32Array>(a: T, b: T) => (b.set(a), b);
        this.keys = grow(this.keys, new Uint32Array(cap));
        this.vals = grow(this.vals, new Int32Array(cap));
        this.next = grow(this.next, new Int32Array(cap));
      }
      for (let k = 0; k < n; k++) {
        const h = HASHES[k];
        const b = h & MASK38;
        const e = this.size++;
        this.keys[e] = h;
        this.vals[e] = id;
        this.next[e] = this.head[b];
        this.head[b] = e;
      }
    }
  }
  couldBe(name: string): Set<number> {
    return this.couldBeNorm(normName38(name));
  }
  /** as couldBe, for a name already normalised */
  couldBeNorm(nm: string): Set<number> {
    const out = new Set<number>();
    if (this.stamp.length < this.variants.length) {
      const grown = new Int32Array(this.variants.length * 2);
      grown.set(this.stamp);
      this.stamp = grown;
    }
    const mark = ++this.query;
    const n = deletionHashes(nm);
    const hs = HASHES.slice(0, n);
    for (const h of hs)
      for (let e = this.head[h & MASK38]; e >= 0; e = this.next[e]) {
        if (this.keys[e] !== h) continue;
        const id = this.vals[e];
        if (this.stamp[id] === mark) continue;
        this.stamp[id] = mark;
        const v = this.variants[id];
        if (within1(nm, v)) for (const i of this.byVariant.get(v)!) out.add(i);
      }
    return out;
  }
}

const HB_PRE = new Int32Array(512);
const HB_SUF = new Int32Array(512);
const HB_POW = new Int32Array(512);
const HASHES = new Uint32Array(512);
/**
 * Hashes of s and of each string made by deleting one character of s (tagged by length), into
 * HASHES; returns how many.
 */
function deletionHashes(s: string): number {
  const L = Math.min(s.length, 510);
  const B = 0x01000193;
  const pre = HB_PRE;
  const suf = HB_SUF;
  const pow = HB_POW;
  pre[0] = 0;
  pow[0] = 1;
  for (let i = 0; i < L; i++) {
    pre[i + 1] = (Math.imul(pre[i], B) + s.charCodeAt(i)) | 0;
    pow[i + 1] = Math.imul(pow[i], B);
  }
  suf[L] = 0;
  for (let i = L - 1; i >= 0; i--) suf[i] = (suf[i + 1] + Math.imul(s.charCodeAt(i), pow[L - 1 - i])) | 0;
  const tagFull = Math.imul(L + 1, 0x9e3779b1);
  const tagDel = Math.imul(L, 0x9e3779b1);
  HASHES[0] = (pre[L] ^ tagFull) >>> 0;
  for (let i = 0; i < L; i++) HASHES[i + 1] = (((Math.imul(pre[i], pow[L - 1 - i]) + suf[i + 1]) | 0) ^ tagDel) >>> 0;
  return L + 1;
}

const nameVariantCache = new Map<number, string[]>();
function variantsOfName(key: number): string[] {
  let vs = nameVariantCache.get(key);
  if (!vs) nameVariantCache.set(key, (vs = nameVariants(Math.floor(key / 4096), key % 4096)));
  return vs;
}

/** Every full name the lists can make, indexed by spelling (built once, on first use). */
let allNames: NameIndex38 | null = null;
function allNamesIndex(): NameIndex38 {
  if (!allNames) {
    allNames = new NameIndex38();
    for (const f of FAMILY_IDS) for (const g of GIVEN_IDS) allNames.add(variantsOfName(nameKey(f, g)), nameKey(f, g));
  }
  return allNames;
}

/**
 * Full names a reader could confuse with this one: one word-edit apart, or a Khmer spelling
 * within one edit of its Khmer spellings (this catches Khmer written without a space, ចាន់ធីតា /
 * ចាន់ធីជា). Cached: it depends on the lists only.
 */
const nearNamesCache = new Map<number, number[]>();
function nearNames(f: number, g: number): number[] {
  const key = nameKey(f, g);
  let out = nearNamesCache.get(key);
  if (!out) {
    const set = new Set<number>(keysNear(f, g, 1));
    const idx = allNamesIndex();
    for (const v of variantsOfName(key)) if (v.startsWith('k:')) for (const k of idx.couldBeNorm(v)) set.add(k);
    nearNamesCache.set(key, (out = [...set]));
  }
  return out;
}

// ---------------------------------------------------------------- generator

const ABSENT_SHARE = 0.05;
const HIDDEN_SHARE = 0.065;
const HIDDEN_NAMESAKE_SHARE = 0.55;

interface Built {
  roster: Roster;
  /** per on-site row, in row order */
  meta: RowMeta38[];
  /** registered workers in generation order (meta.reg indexes this) */
  regs: RegisteredWorker[];
}

function build(size: number, seed: number): Built {
  const r = rng(seed * 7919 + 38);
  const nidPool = new IdPool();
  const nssfPool = new IdPool();

  // --- register
  const regs: RegisteredWorker[] = [];
  const persons: Person[] = [];
  const byName = new Map<number, number[]>();
  for (let i = 0; i < size; i++) {
    let f = 0;
    let g = 0;
    let dob = '';
    for (let placed = false; !placed; ) {
      f = r.pickSkewed(FAMILY_IDS, 1.9);
      g = r.pickSkewed(GIVEN_IDS, 1.5);
      // Namesakes and names a reader could confuse with this one get dates of birth far apart.
      const near: number[] = [];
      for (const k of nearNames(f, g)) for (const j of byName.get(k) ?? []) near.push(j);
      for (let t = 0; t < 30 && !placed; t++) {
        dob = randomDob(r);
        placed = near.every((j) => !dobNear38(regs[j].dateOfBirth!, dob));
      }
    }
    const gs = WORDS[g].sex;
    const sex: Sex = gs ?? (r.chance(0.5) ? 'M' : 'F');
    const nid = nidPool.fresh(r, 9, r.chance(0.5) ? 0 : 1);
    const nssf = nssfPool.fresh(r, 10, 1);
    const lp: [number, number] = [
      r.chance(0.7) ? 0 : r.int(0, WORDS[f].latin.length - 1),
      r.chance(0.7) ? 0 : r.int(0, WORDS[g].latin.length - 1),
    ];
    const hasLatin = r.chance(0.93);
    let latin: string | null = null;
    if (hasLatin) {
      latin = `${WORDS[f].latin[lp[0]]} ${WORDS[g].latin[lp[1]]}`;
      latin = r.chance(0.6) ? latin.toUpperCase() : titleCase(latin);
    }
    const dobY = Number(dob.slice(0, 4));
    const hireY = r.int(Math.max(2010, dobY + 18), 2024);
    const hireM = r.int(1, 12);
    const w: RegisteredWorker = {
      workerId: '',
      nssfNumber: r.chance(0.97) ? nssf : null,
      nationalId: r.chance(0.96) ? nid : null,
      nameKh: `${WORDS[f].kh} ${WORDS[g].kh}`,
      nameLatin: latin,
      sex,
      dateOfBirth: dob,
      hireDate: dstr(hireY, hireM, r.int(1, daysIn(hireY, hireM))),
      wageRiel: r.chance(0.95) ? r.int(830, 2400) * 1000 : null,
    };
    regs.push(w);
    persons.push({ f, g, sex, dob, nid, nssf: w.nssfNumber, latinPref: hasLatin ? lp : null });
    const key = nameKey(f, g);
    const list = byName.get(key);
    if (list) list.push(i);
    else byName.set(key, [i]);
  }
  const allIndex = allNamesIndex();
  /** registered workers (generation order) a written name is within one edit of */
  const couldBe = (name: string): number[] => {
    const out: number[] = [];
    for (const k of allIndex.couldBe(name)) for (const j of byName.get(k) ?? []) out.push(j);
    return out;
  };

  // --- true rows
  const rows: { body: RowBody; meta: RowMeta38 }[] = [];
  for (let i = 0; i < size; i++) {
    if (r.chance(ABSENT_SHARE)) continue;
    rows.push(renderRow(persons[i], pickSource(r), r, false, i));
  }

  // --- hidden rows
  const present = rows.length;
  const hiddenCount = Math.round((present * HIDDEN_SHARE) / (1 - HIDDEN_SHARE));
  for (let h = 0; h < hiddenCount; h++) {
    for (let attempt = 0; ; attempt++) {
      const namesake = r.chance(HIDDEN_NAMESAKE_SHARE);
      let f: number;
      let g: number;
      let sex: Sex;
      if (namesake) {
        const base = persons[r.int(0, size - 1)];
        f = base.f;
        g = base.g;
        sex = WORDS[g].sex ?? (r.chance(0.7) ? base.sex : base.sex === 'M' ? 'F' : 'M');
      } else {
        f = r.pickSkewed(FAMILY_IDS, 1.9);
        g = r.pickSkewed(GIVEN_IDS, 1.5);
        sex = WORDS[g].sex ?? (r.chance(0.5) ? 'M' : 'F');
      }
      let done = false;
      for (let t = 0; t < 12 && !done; t++) {
        const p: Person = { f, g, sex, dob: randomDob(r), nid: '000000000', nssf: null, latinPref: null };
        const row = renderRow(p, pickSource(r), r, true, -1);
        // Rule 3, on the name as written: every registered worker it is within one edit of must
        // be told apart by sex or date of birth, or by the worker's own card number, drawn below
        // 2+ edits from every registered number (IdPool), where the register has one too.
        const cands = couldBe(row.body.name);
        const apart = (j: number, nid: boolean) =>
          ruledOut({ sex: row.body.sex, dateOfBirth: row.body.dateOfBirth, nationalId: null }, regs[j]) || (nid && regs[j].nationalId !== null);
        let showsNid = row.body.nationalId !== null;
        if (!cands.every((j) => apart(j, showsNid))) {
          // No date of birth on the row: an inspector who cannot tell the namesakes apart asks
          // for the card, so the number is shown when that settles it.
          if (row.body.dateOfBirth !== null || row.body.source === 'id-card' || !cands.every((j) => apart(j, true))) continue;
          showsNid = true;
        }
        if (showsNid) {
          // A hidden worker's own card: shown as it is (no register number to slip from).
          row.body.nationalId = nidPool.fresh(r, 9, r.chance(0.5) ? 0 : 1);
          row.meta.nid = 'exact';
        }
        if (r.chance(0.12) && row.body.source !== 'id-card' && r.chance(row.body.source === 'csv' ? 0.3 : 0.15)) {
          row.body.nssfNumber = nssfPool.fresh(r, 10, 1); // from a previous employer
          row.meta.nssf = 'exact';
        }
        row.meta.namesakeDraw = namesake;
        rows.push(row);
        done = true;
      }
      if (done) break;
      if (attempt > 200) throw new Error('thirtyeighth: could not place a hidden worker');
    }
  }

  // --- shuffle, then give ids, times, sheet rows
  r.shuffle(rows);
  const onsite: OnsiteWorker[] = [];
  const meta: RowMeta38[] = [];
  let t = Date.UTC(2025, 2, 11, 1, 30, 0);
  let csvRow = 0;
  for (const row of rows) {
    t += r.int(1, 20) * 1000;
    const src = row.body.source;
    onsite.push({
      id: uuid(r),
      ...row.body,
      sourceRow: src === 'csv' ? ++csvRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    meta.push(row.meta);
  }
  const order = r.shuffle(regs.map((_, i) => i));
  const registered: RegisteredWorker[] = [];
  order.forEach((gi, k) => {
    regs[gi].workerId = `nssf-w${String(k + 1).padStart(6, '0')}`;
    registered.push(regs[gi]);
  });
  const truth = new Map<string, string | null>();
  onsite.forEach((o, i) => truth.set(o.id, meta[i].hidden ? null : regs[meta[i].reg].workerId));
  return { roster: { registered, onsite, truth }, meta, regs };
}

export function generateThirtyeighth(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ---------------------------------------------------------------- self-check

async function selfCheck(size: number, seed: number): Promise<boolean> {
  const { OnsiteWorker: OnsiteSchema, RegisteredWorker: RegisteredSchema } = await import('../../src/protocol');
  const t0 = performance.now();
  const { roster, meta } = build(size, seed);
  const genMs = performance.now() - t0;
  const { registered, onsite, truth } = roster;
  const fails: string[] = [];
  const check = (ok: boolean, what: string) => {
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
    if (!ok) fails.push(what);
  };
  const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(2) + ' %' : '-');

  // name lists
  const khWordById = new Map<string, number>();
  const latinSeen = new Map<string, number>();
  let listProblems = 0;
  WORDS.forEach((w, i) => {
    if (!/^[\u1780-\u17FF]+$/.test(w.kh) || canonKhmer(w.kh) !== w.kh || khWordById.has(w.kh)) listProblems++;
    khWordById.set(w.kh, i);
    for (const l of w.latin) {
      const k = normLatin(l).replace(/ /g, '');
      if (latinSeen.has(k) && latinSeen.get(k) !== i) listProblems++;
      latinSeen.set(k, i);
    }
  });

  // name index over the register (from its Khmer names, which fix the words)
  const regIdx = new Map<string, number>(registered.map((w, i) => [w.workerId, i]));
  const variantsOfReg: string[][] = [];
  const index = new NameIndex38();
  const cache = new Map<string, string[]>();
  let unparsed = 0;
  registered.forEach((w, i) => {
    let vs = cache.get(w.nameKh);
    if (!vs) {
      const [a, b] = w.nameKh.split(' ');
      const f = khWordById.get(a);
      const g = khWordById.get(b);
      if (f === undefined || g === undefined) {
        unparsed++;
        vs = ['k:' + canonKhmer(w.nameKh)];
      } else vs = nameVariants(f, g);
      cache.set(w.nameKh, vs);
    }
    const all = w.nameLatin ? [...new Set([...vs, 'l:' + normLatin(w.nameLatin)])] : vs;
    variantsOfReg.push(all);
    index.add(all, i);
  });
  const byVariant = index.byVariant;
  const couldBe = (name: string) => index.couldBe(name);
  const fits = (o: OnsiteWorker, w: RegisteredWorker) =>
    (!o.sex || !w.sex || o.sex === w.sex) &&
    (!o.dateOfBirth || !w.dateOfBirth || dobNear38(o.dateOfBirth, w.dateOfBirth)) &&
    (!o.nationalId || !w.nationalId || osa(o.nationalId, w.nationalId, 1) <= 1) &&
    (!o.nssfNumber || !w.nssfNumber || osa(o.nssfNumber, w.nssfNumber, 1) <= 1);

  // ---- shape
  const trueIdx = onsite.map((_, i) => i).filter((i) => !meta[i].hidden);
  const hidIdx = onsite.map((_, i) => i).filter((i) => meta[i].hidden);
  const presentRegs = new Set(trueIdx.map((i) => truth.get(onsite[i].id)!));
  const absent = registered.length - presentRegs.size;
  const count = (idx: number[], p: (m: RowMeta38, o: OnsiteWorker) => boolean) => idx.filter((i) => p(meta[i], onsite[i])).length;
  const all = onsite.map((_, i) => i);
  const dobShown = count(all, (m) => m.dob !== 'missing');
  const beRows = count(all, (m) => m.dob === 'be' || m.dob === 'be-swap');
  const khRows = all.filter((i) => meta[i].script === 'kh');
  const laRows = all.filter((i) => meta[i].script === 'latin');
  const groups = new Map<string, number>();
  for (const w of registered) groups.set(w.nameKh, (groups.get(w.nameKh) ?? 0) + 1);
  const shared = registered.filter((w) => groups.get(w.nameKh)! > 1).length;
  console.log(`thirtyeighth roster, size ${size}, seed ${seed}`);
  console.log(`  registered ${registered.length}, on site ${onsite.length} (true ${trueIdx.length}, hidden ${hidIdx.length} = ${pct(hidIdx.length, onsite.length)}), absent ${absent} = ${pct(absent, registered.length)}`);
  console.log(`  register: distinct full names ${groups.size}, workers sharing their full name ${pct(shared, registered.length)}, largest group ${Math.max(...groups.values())}; Latin name missing ${pct(registered.filter((w) => !w.nameLatin).length, registered.length)}, national ID missing ${pct(registered.filter((w) => !w.nationalId).length, registered.length)}, NSSF missing ${pct(registered.filter((w) => !w.nssfNumber).length, registered.length)}`);
  console.log(`  source: csv ${pct(count(all, (m) => m.source === 'csv'), onsite.length)}, manual ${pct(count(all, (m) => m.source === 'manual'), onsite.length)}, id-card ${pct(count(all, (m) => m.source === 'id-card'), onsite.length)}`);
  console.log(`  dates of birth shown ${pct(dobShown, onsite.length)}; of those shown: BE year ${pct(beRows, dobShown)} (BE + day/month swap ${pct(count(all, (m) => m.dob === 'be-swap'), dobShown)}), botched conversion ±1 year ${pct(count(all, (m) => m.dob === 'ce-off1'), dobShown)}, CE day/month swap ${pct(count(all, (m) => m.dob === 'ce-swap'), dobShown)}, CE exact ${pct(count(all, (m) => m.dob === 'ce'), dobShown)}`);
  console.log(`  DOB missing: true rows ${pct(count(trueIdx, (m) => m.dob === 'missing'), trueIdx.length)}, hidden rows ${pct(count(hidIdx, (m) => m.dob === 'missing'), hidIdx.length)}; BE among shown: true ${pct(count(trueIdx, (m) => m.dob.startsWith('be')), count(trueIdx, (m) => m.dob !== 'missing'))}, hidden ${pct(count(hidIdx, (m) => m.dob.startsWith('be')), count(hidIdx, (m) => m.dob !== 'missing'))}`);
  console.log(`  names: Khmer ${pct(khRows.length, onsite.length)} (ZWSP ${pct(count(khRows, (m) => m.khZwsp), khRows.length)}, no space ${pct(count(khRows, (m) => m.khNoSpace), khRows.length)}, code-point order ${pct(count(khRows, (m) => m.khReordered), khRows.length)}, ស្រី split ${pct(count(khRows, (m) => m.khSreySplit), khRows.length)}, NFD ${pct(count(khRows, (m) => m.nfd), khRows.length)}, order swapped ${pct(count(khRows, (m) => m.orderSwap), khRows.length)})`);
  console.log(`         Latin ${pct(laRows.length, onsite.length)} (romanization differs from register ${pct(count(laRows, (m) => m.romanDiffers), laRows.length)}, order swapped ${pct(count(laRows, (m) => m.orderSwap), laRows.length)}, upper case ${pct(count(laRows, (m) => m.upper), laRows.length)}, typo ${pct(count(laRows, (m) => m.typo), laRows.length)})`);
  console.log(`  IDs: national ID shown ${pct(count(all, (m) => m.nid !== 'none'), onsite.length)} (slip ${pct(count(all, (m) => m.nid === 'slip'), count(all, (m) => m.nid !== 'none'))}), NSSF shown ${pct(count(all, (m) => m.nssf !== 'none'), onsite.length)} (slip ${pct(count(all, (m) => m.nssf === 'slip'), count(all, (m) => m.nssf !== 'none'))}); sex missing ${pct(count(all, (m) => m.sexMissing), onsite.length)}`);

  // ---- rule 1
  let r1 = 0;
  const r1Examples: string[] = [];
  for (const i of trueIdx) {
    const o = onsite[i];
    const w = registered[regIdx.get(truth.get(o.id)!)!];
    const n = normName38(o.name);
    const vs = variantsOfReg[regIdx.get(w.workerId)!];
    const nameOk = vs.includes(n) || (n.startsWith('l:') && vs.some((v) => osa(n, v, 1) <= 1));
    const ok =
      nameOk &&
      (!o.nationalId || !w.nationalId || osa(o.nationalId, w.nationalId, 1) <= 1) &&
      (!o.nssfNumber || !w.nssfNumber || osa(o.nssfNumber, w.nssfNumber, 1) <= 1) &&
      (!o.sex || o.sex === w.sex) &&
      (!o.dateOfBirth || dobNear38(o.dateOfBirth, w.dateOfBirth!));
    if (!ok) {
      r1++;
      if (r1Examples.length < 3) r1Examples.push(`${JSON.stringify(o.name)} ${o.dateOfBirth} vs ${w.nameKh}/${w.nameLatin} ${w.dateOfBirth}`);
    }
  }
  console.log('rule audit');
  check(listProblems === 0 && unparsed === 0, `name lists: Khmer canonical and unique, romanizations unique (${listProblems} problems, ${unparsed} unparsed register names)`);
  check(r1 === 0, `rule 1: every true row is a plausible variant of its worker (${r1} violations)${r1Examples.length ? ' e.g. ' + r1Examples.join('; ') : ''}`);

  // ---- rule 2
  let r2 = 0;
  let r2pairs = 0;
  for (const list of byVariant.values()) {
    if (list.length < 2) continue;
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) {
        r2pairs++;
        if (dobNear38(registered[list[a]].dateOfBirth!, registered[list[b]].dateOfBirth!)) r2++;
      }
  }
  let r2near = 0;
  const r2Examples: string[] = [];
  for (let i = 0; i < registered.length; i++) {
    const w = registered[i];
    for (const j of couldBe(w.nameKh))
      if (j > i && dobNear38(w.dateOfBirth!, registered[j].dateOfBirth!)) {
        r2near++;
        if (r2Examples.length < 3) r2Examples.push(`${w.nameKh} ${w.dateOfBirth} / ${registered[j].nameKh} ${registered[j].dateOfBirth}`);
      }
  }
  check(r2 === 0, `rule 2: registered namesakes have DOBs far apart (${r2} near pairs of ${r2pairs} namesake pairs counted per spelling)`);
  check(r2near === 0, `rule 2+: registered names one edit apart (Khmer) also have DOBs far apart (${r2near} near pairs)${r2Examples.length ? ' e.g. ' + r2Examples.join('; ') : ''}`);

  // ---- rule 3
  let r3 = 0;
  let hidNamesakes = 0;
  let bySex = 0;
  let byDob = 0;
  let byDobBe = 0;
  let byNid = 0;
  for (const i of hidIdx) {
    const o = onsite[i];
    const cands = couldBe(o.name);
    if (cands.size) hidNamesakes++;
    let bad = false;
    for (const j of cands) {
      const w = registered[j];
      if (!ruledOut(o, w)) bad = true;
      if (o.sex && w.sex && o.sex !== w.sex) bySex++;
      else if (o.dateOfBirth && !dobNear38(o.dateOfBirth, w.dateOfBirth!)) {
        byDob++;
        if (Number(o.dateOfBirth.slice(0, 4)) >= 2300) byDobBe++;
      } else byNid++;
    }
    if (bad) r3++;
  }
  console.log(`  hidden rows that could pass for a registered worker by name: ${pct(hidNamesakes, hidIdx.length)}; candidate pairs told apart by sex ${bySex}, by DOB ${byDob} (of which the row's DOB is BE: ${byDobBe}), by national ID ${byNid}`);
  check(r3 === 0, `rule 3: every hidden row is ruled out from every registered worker it could pass for (${r3} violations)`);

  // ---- rule 4
  let increasing = true;
  for (let i = 1; i < onsite.length; i++) if (!(onsite[i].recordedAt > onsite[i - 1].recordedAt)) increasing = false;
  const ids = new Set(onsite.map((o) => o.id));
  const v4 = onsite.every((o) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(o.id));
  let lastRow = 0;
  let rowsOk = true;
  for (const o of onsite) if (o.source === 'csv') rowsOk &&= o.sourceRow === ++lastRow;
  else rowsOk &&= o.sourceRow === null;
  const half = Math.floor(onsite.length / 2);
  const h1 = hidIdx.filter((i) => i < half).length;
  const hidSpread = Math.abs(h1 - hidIdx.length / 2) < 1.75 * Math.sqrt(hidIdx.length); // within 3.5 sd
  // rank correlation between row order and the true worker's id order
  const xs = trueIdx.map((i) => i);
  const ys = trueIdx.map((i) => regIdx.get(truth.get(onsite[i].id)!)!);
  const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let k = 0; k < xs.length; k++) {
    sxy += (xs[k] - mx) * (ys[k] - my);
    sxx += (xs[k] - mx) ** 2;
    syy += (ys[k] - my) ** 2;
  }
  const corr = sxy / Math.sqrt(sxx * syy);
  check(
    increasing && ids.size === onsite.length && v4 && rowsOk && hidSpread && Math.abs(corr) < 4 / Math.sqrt(xs.length) && truth.size === onsite.length,
    `rule 4: recordedAt increasing ${increasing}, unique v4 ids ${ids.size === onsite.length && v4}, csv sourceRow in order ${rowsOk}, hidden in first half ${pct(h1, hidIdx.length)}, row/worker-id correlation ${corr.toFixed(3)} (|r| < ${(4 / Math.sqrt(xs.length)).toFixed(3)})`,
  );

  // ---- rule 5
  let undecidable = 0;
  let undecNoDob = 0;
  for (const i of trueIdx) {
    const o = onsite[i];
    const tj = regIdx.get(truth.get(o.id)!)!;
    for (const j of couldBe(o.name))
      if (j !== tj && fits(o, registered[j])) {
        undecidable++;
        if (!o.dateOfBirth) undecNoDob++;
        break;
      }
  }
  console.log(`  undecidable true rows without a date of birth: ${undecNoDob} of ${undecidable}`);
  check(undecidable / trueIdx.length < 0.04, `rule 5: undecidable true rows ${undecidable} = ${pct(undecidable, trueIdx.length)} (< 4 %)`);

  // ---- theme rates
  const beShare = beRows / dobShown;
  const offShare = count(all, (m) => m.dob === 'ce-off1') / dobShown;
  const hidShare = hidIdx.length / onsite.length;
  check(beShare >= 0.15 && beShare <= 0.25 && offShare >= 0.015 && offShare <= 0.045, `theme: BE share ${pct(beRows, dobShown)} in 15-25 %, off-by-one ${(offShare * 100).toFixed(2)} % about 3 %`);
  check(hidShare >= 0.05 && hidShare <= 0.1 && absent / registered.length >= 0.03 && absent / registered.length <= 0.08, `rates: hidden ${pct(hidIdx.length, onsite.length)} of on-site rows, absent ${pct(absent, registered.length)}`);

  // ---- schemas
  const sample = (n: number, len: number) => Array.from({ length: Math.min(n, len) }, (_, k) => Math.floor((k * len) / Math.min(n, len)));
  const badOn = sample(500, onsite.length).filter((i) => !OnsiteSchema.safeParse(onsite[i]).success).length;
  const badReg = sample(500, registered.length).filter((i) => !RegisteredSchema.safeParse(registered[i]).success).length;
  const extra = onsite.some((o) => 'statedStartDate' in o || 'wageRiel' in o);
  check(badOn === 0 && badReg === 0 && !extra, `schemas: ${badOn} bad on-site, ${badReg} bad registered in samples of 500; no statedStartDate/wageRiel ${!extra}`);

  // ---- determinism
  const dump = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const same = dump(generateThirtyeighth(size, seed)) === dump(roster);
  const other = dump(generateThirtyeighth(size, seed + 1)) !== dump(roster);
  check(same && other, `determinism: same seed identical ${same}, another seed differs ${other}`);

  // ---- time
  // Best of three, so a busy machine does not decide it; the first (cold) build is shown too.
  let ms10k = Infinity;
  for (let k = 0; k < 3; k++) {
    const t1 = performance.now();
    generateThirtyeighth(10000, seed + k);
    ms10k = Math.min(ms10k, performance.now() - t1);
  }
  check(ms10k < 2000, `time: 10,000 generated in ${ms10k.toFixed(0)} ms (best of 3; first build of this run, size ${size}, cold: ${genMs.toFixed(0)} ms)`);

  console.log(fails.length ? `FAIL (${fails.length})` : 'PASS');
  return fails.length === 0;
}

if (process.argv[1]?.endsWith('thirtyeighth.ts')) {
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
