/**
 * Blind benchmark roster `fortyeighth`: Khmer typed on a phone with predictive text.
 *
 * Story. The inspector typed the on-site list in Khmer on a phone whose keyboard suggests words as
 * you type. On about a fifth of the rows the suggestion was accepted for one word of the name: a
 * more common word with the same start (ស្រីពៅ → ស្រីពេជ្រ, សុខា → សុខុម, ដារ៉ា → ដារី, វណ្ណា → វណ្ណៈ,
 * សំណាង → សំណួរ, បញ្ញា → បញ្ហា ...), sometimes for the family name (ចាន់ → ចន្ទ, សុខ → សុខា,
 * ប្រាក់ → ប្រាក់ខែ). Never more than one word per name. The rest of the row is right: date of birth
 * read off the card on ~85 % of rows, national ID on ~50 %, sex on ~91 %. A few rows come from the
 * employer's sheet (csv, Latin script) or were read off the ID card (id-card, canonical Khmer).
 *
 * Model (rates per on-site row unless stated):
 *  - register: `size` workers, names from fortyeighth-names (Zipf-skewed, so full names collide),
 *    Latin name missing 8 %, national ID missing 3 %, NSSF number missing 1 %, DOB missing 1 %,
 *    sex missing 0.5 %, wage missing 4 %.
 *  - 5 % of registered workers are absent; hidden workers are ~7.5 % of on-site rows, ~45 % of them
 *    built on a registered worker's name, the rest drawn from the same lists (at 10,000 registered
 *    ~85 % of hidden rows carry some registered worker's exact name, because common names collide).
 *  - sources: manual 86 % (Khmer typed on the phone), csv 10 % (Latin, employer's sheet),
 *    id-card 4 % (canonical Khmer, DOB + ID + sex always).
 *  - predictive replacement: 20 % of all rows, true and hidden alike (manual Khmer rows only, ~23 %
 *    of them; ~80 % given name, ~20 % family name).
 *  - Khmer encoding: zero-width space as separator ~27 %; keyboard code-point order (vowel typed
 *    before the subscript or the register shifter, nikahit before the vowel) on ~7 %; subscript DA
 *    for the look-alike subscript TA in half the names that have one (NFD is the identity for Khmer,
 *    so no NFC/NFD variant exists to generate). Order swap 10 % (Khmer), 20 % (Latin); typos ~2 %
 *    (Khmer vowel slip ិ/ី, ុ/ូ, េ/ែ) and ~7 % (Latin); ID slips 4 %; DOB day/month swaps 8 % (15 %
 *    csv) of the DOBs that can swap (day <= 12), ~3 % of DOBs; NSSF number on 50 % of csv rows,
 *    4 % of manual rows.
 *
 * Fairness rules (audited by the self-check at the bottom):
 *  1. A true on-site row carries only plausible variants of its registered worker: listed Khmer
 *     spellings / romanizations, either order, any case, at most one typo in one word of 4+ letters,
 *     Khmer encoding variants (ZWSP for space, code-point order, subscript DA/TA); IDs exact or one
 *     slip (one digit or one adjacent transposition); DOB exact or day/month swapped; sex right or
 *     missing. EXTRA VARIATION (predictive text): on a Khmer row one word (never both, never with a
 *     typo) may be replaced by a keyboard suggestion from PREDICTIVE48, which shares at least its first
 *     two Khmer letters (consonants incl. subscripts) with the right word; such a row always has the
 *     exact DOB or the exact national ID, and the other word plus that DOB/ID picks out its worker.
 *  2. Registered namesakes (same full name in any listed spelling) never share a date of birth and
 *     are more than a swap or one digit apart; all national IDs / NSSF numbers are 2+ edits apart.
 *  3. A hidden row either could not pass for any registered worker by name (not within one edit of
 *     any spelling variant, nor one word equal and the other sharing its first two Khmer letters, i.e.
 *     a possible keyboard suggestion), or is ruled out from every worker it could pass for by a field
 *     present on BOTH sides (sex differs, DOB more than a swap/one digit apart, IDs 2+ edits apart).
 *  4. Nothing leaks the truth: rows shuffled, ids random v4 UUIDs from the seeded PRNG, recordedAt
 *     increasing in row order, registered worker ids assigned after shuffling.
 *  5. Undecidable true rows (another registered worker not ruled out whose evidence — name level,
 *     DOB, national ID, NSSF number, sex — the true worker's does not strictly dominate) stay < 4 %.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY48, GIVEN48, PREDICTIVE48, type Given48, type Word48 } from './fortyeighth-names';

export const FORTYEIGHTH_LABEL = 'Khmer typed on a phone with predictive text: ~20% of rows have one name word replaced by a keyboard suggestion';

type Sex = 'F' | 'M';
type Source = 'manual' | 'csv' | 'id-card';

// ---------------------------------------------------------------- rates
const R = {
  absent: 0.05,
  hiddenShare: 0.075,
  hiddenNamesake: 0.45,
  hiddenSparse: 0.92,
  regLatinMissing: 0.08,
  regNidMissing: 0.03,
  regNssfMissing: 0.01,
  regDobMissing: 0.01,
  regSexMissing: 0.005,
  regWageMissing: 0.04,
  srcCsv: 0.1,
  srcCard: 0.04,
  predictive: 0.2,
  predictiveGiven: 0.72,
  khZwsp: 0.28,
  khReorder: 0.12,
  khDa: 0.5,
  khSwap: 0.1,
  khTypo: 0.025,
  latSwap: 0.2,
  latTypo: 0.08,
  dobManual: 0.86,
  dobCsv: 0.75,
  nidWithDob: 0.43,
  nidWithoutDob: 0.9,
  nidCsv: 0.4,
  sexManual: 0.92,
  sexCsv: 0.85,
  nssfCsv: 0.5,
  nssfManual: 0.04,
  nidSlip: 0.04,
  nssfSlip: 0.03,
  dobSwap: 0.08,
  dobSwapCsv: 0.15,
};

// ---------------------------------------------------------------- Khmer text
const ZWSP = '\u200B';
const isKhLetter = (c: number) => c >= 0x1780 && c <= 0x17b3; // consonants + independent vowels
const KH_RE = /[\u1780-\u17ff]/;

/** Canonical Khmer: separators to one space, subscript DA → subscript TA, marks in Unicode order. */
export function normKh(s: string): string {
  const t = s
    .normalize('NFC')
    .replace(/[\u200b-\u200d\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\u17d2\u178a/g, '\u17d2\u178f');
  const out: string[] = [];
  let units: [number, string][] = [];
  const flush = () => {
    if (units.length) {
      units.sort((a, b) => a[0] - b[0]);
      for (const u of units) out.push(u[1]);
      units = [];
    }
  };
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x17d2 && i + 1 < t.length && isKhLetter(t.charCodeAt(i + 1))) {
      units.push([1, t.slice(i, i + 2)]);
      i++;
    } else if (isKhLetter(c)) {
      flush();
      out.push(t[i]);
    } else if (c === 0x17c9 || c === 0x17ca) units.push([2, t[i]]);
    else if (c >= 0x17b6 && c <= 0x17c5) units.push([3, t[i]]);
    else if (c >= 0x17c6 && c <= 0x17dd) units.push([4, t[i]]);
    else {
      flush();
      out.push(t[i]);
    }
  }
  flush();
  return out.join('');
}

/** The first two Khmer letters (consonants, subscripts, independent vowels), or null. */
export function firstTwoLetters(word: string): string | null {
  let r = '';
  for (let i = 0; i < word.length && r.length < 2; i++) if (isKhLetter(word.charCodeAt(i))) r += word[i];
  return r.length === 2 ? r : null;
}

/** How a phone keyboard may order the code points (renders the same or nearly). */
function keyboardOrder(w: string): string {
  return w
    .replace(/(\u17d2[\u1780-\u17a2])([\u17b6-\u17c5])/g, '$2$1')
    .replace(/([\u17c9\u17ca])([\u17b6-\u17c5])/g, '$2$1')
    .replace(/([\u17b6-\u17c5])(\u17c6)/g, '$2$1');
}
const subscriptDa = (w: string) => w.replace(/\u17d2\u178f/g, '\u17d2\u178a');

const KH_VOWEL_SLIP: Record<string, string> = {
  '\u17b7': '\u17b8', '\u17b8': '\u17b7', '\u17bb': '\u17bc', '\u17bc': '\u17bb',
  '\u17c1': '\u17c2', '\u17c2': '\u17c1', '\u17b9': '\u17ba', '\u17ba': '\u17b9',
};

function khTypo(r: Rng, w: string): string | null {
  if ([...w].length < 4) return null;
  const pos: number[] = [];
  for (let i = 0; i < w.length; i++) if (KH_VOWEL_SLIP[w[i]]) pos.push(i);
  if (!pos.length) return null;
  const i = r.pick(pos);
  return w.slice(0, i) + KH_VOWEL_SLIP[w[i]] + w.slice(i + 1);
}

// ---------------------------------------------------------------- Latin text
const latKey = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
const KEY_NEIGHBOURS: Record<string, string> = {
  a: 'qs', e: 'wr', i: 'uo', o: 'ip', u: 'yi', h: 'gj', n: 'bm', m: 'n', r: 'et', t: 'ry',
  s: 'ad', k: 'jl', p: 'o', y: 'tu', c: 'xv', l: 'k', d: 'sf', v: 'cb', b: 'vn', g: 'fh',
};

function latTypo(r: Rng, word: string): string {
  const n = word.length;
  const i = r.int(1, n - 1); // keep the first letter, as people do
  const kind = r.int(0, 3);
  const ch = word[i].toLowerCase();
  if (kind === 0) {
    const nb = KEY_NEIGHBOURS[ch] ?? 'e';
    const sub = nb[r.int(0, nb.length - 1)];
    return word.slice(0, i) + (word[i] === ch ? sub : sub.toUpperCase()) + word.slice(i + 1);
  }
  if (kind === 1) return word.slice(0, i) + word.slice(i + 1);
  if (kind === 2) return word.slice(0, i) + word[i] + word.slice(i);
  if (i < n - 1 && word[i] !== word[i + 1]) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  return word.slice(0, i) + word.slice(i + 1);
}

const titleCase = (s: string) => s.replace(/[A-Za-z]+/g, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase());

// ---------------------------------------------------------------- fields
function withinOne(a: string, b: string): boolean {
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

const swapDayMonth = (d: string) => `${d.slice(0, 5)}${d.slice(8, 10)}-${d.slice(5, 7)}`;
function charDiffs(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) n++;
  return n;
}
/** 2 exact, 1 a swap or one digit apart, 0 missing on either side, -1 rules the pair out. */
export function dobLevel(a: string | null, b: string | null): number {
  if (!a || !b) return 0;
  if (a === b) return 2;
  if (charDiffs(a, b) === 1) return 1;
  const c = (s: string, i: number) => s.charCodeAt(i);
  const swapped = c(a, 0) === c(b, 0) && c(a, 1) === c(b, 1) && c(a, 2) === c(b, 2) && c(a, 3) === c(b, 3)
    && c(a, 5) === c(b, 8) && c(a, 6) === c(b, 9) && c(a, 8) === c(b, 5) && c(a, 9) === c(b, 6);
  return swapped ? 1 : -1;
}
/** 2 exact, 1 one slip (digit or adjacent transposition), 0 missing, -1 two or more edits apart. */
export function idLevel(a: string | null, b: string | null): number {
  if (!a || !b) return 0;
  if (a === b) return 2;
  return a.length === b.length && withinOne(a, b) ? 1 : -1;
}
const sexLevel = (a: Sex | null, b: Sex | null) => (!a || !b ? 0 : a === b ? 1 : -1);

function isValidDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
function randomDob(r: Rng): string {
  const y = r.int(1966, 2006);
  const m = r.int(1, 12);
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return iso(y, m, r.int(1, dim));
}

/** Keeps every number 2+ edits (substitution / adjacent transposition) from every other (9 digits). */
class NumberPool {
  private exact = new Set<number>();
  private masked: Set<number>[] = [];
  private pow: number[] = [];
  constructor(private r: Rng, private len: number, private lead: readonly number[]) {
    for (let i = 0; i < len; i++) {
      this.pow.push(10 ** (len - 1 - i));
      this.masked.push(new Set());
    }
  }
  take(): string {
    const d: number[] = new Array(this.len);
    for (;;) {
      let v = 0;
      for (let i = 0; i < this.len; i++) {
        d[i] = i === 0 ? this.r.pick(this.lead) : this.r.int(0, 9);
        v += d[i] * this.pow[i];
      }
      if (this.exact.has(v)) continue;
      let ok = true;
      // blanking digit i gives the same number for two numbers one substitution apart
      for (let i = 0; ok && i < this.len; i++) if (this.masked[i].has(v - d[i] * this.pow[i])) ok = false;
      for (let i = 0; ok && i + 1 < this.len; i++) {
        if (d[i] !== d[i + 1] && this.exact.has(v + (d[i + 1] - d[i]) * (this.pow[i] - this.pow[i + 1]))) ok = false;
      }
      if (!ok) continue;
      this.exact.add(v);
      for (let i = 0; i < this.len; i++) this.masked[i].add(v - d[i] * this.pow[i]);
      return d.join('');
    }
  }
}

function idSlip(r: Rng, s: string): string {
  for (;;) {
    const i = r.int(0, s.length - 2);
    if (r.chance(0.5) && s[i] !== s[i + 1]) return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    const j = r.int(0, s.length - 1);
    const d = String((Number(s[j]) + r.int(1, 9)) % 10);
    if (j === 0 && d === '0' && s[0] !== '0') continue;
    return s.slice(0, j) + d + s.slice(j + 1);
  }
}

// ---------------------------------------------------------------- vocabulary
const KH_WORD = new Map<string, Word48>();
for (const w of [...FAMILY48, ...GIVEN48]) KH_WORD.set(w.kh, w);

/** Every listed spelling of a two-word name as one comparison key (no separators), both orders. */
function nameVariants(fam: Word48, giv: Word48): string[] {
  const v = new Set<string>([fam.kh + giv.kh, giv.kh + fam.kh]);
  for (const a of fam.latin) for (const b of giv.latin) {
    v.add(latKey(a + b));
    v.add(latKey(b + a));
  }
  return [...v];
}

/** A row's name as compared: the key without separators, and its Khmer words. */
export function parseName(name: string): { key: string; words: string[]; kh: boolean } {
  if (KH_RE.test(name)) {
    const n = normKh(name);
    return { key: n.replace(/ /g, ''), words: n.split(' '), kh: true };
  }
  return { key: latKey(name), words: [], kh: false };
}

/** Name level of a row against a registered Khmer name: 3 listed spelling, 2 one edit, 1 keyboard suggestion, 0 no. */
export function nameLevel(p: { key: string; words: string[]; kh: boolean }, fam: Word48, giv: Word48, vars?: string[]): number {
  const vs = vars ?? nameVariants(fam, giv);
  if (vs.includes(p.key)) return 3;
  if (vs.some((v) => withinOne(p.key, v))) return 2;
  if (p.kh && p.words.length === 2) {
    const [a, b] = p.words;
    const fits = (x: string, y: string, same: string, other: string) => {
      const f = firstTwoLetters(y);
      return x === same && f !== null && f === firstTwoLetters(other);
    };
    if (fits(a, b, fam.kh, giv.kh) || fits(a, b, giv.kh, fam.kh) || fits(b, a, fam.kh, giv.kh) || fits(b, a, giv.kh, fam.kh)) return 1;
  }
  return 0;
}

// ---------------------------------------------------------------- the candidate index
interface RegInfo {
  fam: Word48;
  giv: Given48;
  sex: Sex | null;
  dob: string | null;
  nid: string | null;
  nssf: string | null;
}
interface RowFields {
  sex: Sex | null;
  dob: string | null;
  nid: string | null;
  nssf: string | null;
}

const HASH_B = 0x01000193;
const HASH_POW: number[] = [1];
for (let i = 1; i < 256; i++) HASH_POW.push(Math.imul(HASH_POW[i - 1], HASH_B) >>> 0);
/** 32-bit hashes of s and of s with each one character deleted (collisions are checked later). */
function deletionHashes(s: string): number[] {
  const n = s.length;
  const pre = new Array<number>(n + 1);
  const suf = new Array<number>(n + 1);
  pre[0] = 0;
  for (let i = 0; i < n; i++) pre[i + 1] = (Math.imul(pre[i], HASH_B) + s.charCodeAt(i)) >>> 0;
  suf[n] = 0;
  for (let i = n - 1; i >= 0; i--) suf[i] = (suf[i + 1] + Math.imul(s.charCodeAt(i), HASH_POW[n - 1 - i])) >>> 0;
  const out = [pre[n]];
  for (let i = 0; i < n; i++) out.push((Math.imul(pre[i], HASH_POW[n - 1 - i]) + suf[i + 1]) >>> 0);
  return out;
}

interface PairIndex {
  pairs: { fam: Word48; giv: Word48; vars: string[] }[];
  /** sorted hash * PAIR_SLOTS + pair, one entry per spelling variant and one-deletion of it */
  del: Float64Array;
  pred: Map<string, number[]>;
}
const PAIR_SLOTS = 4096;
let PAIR_INDEX: PairIndex | null = null;
const FAM_IDX = new Map(FAMILY48.map((w, i) => [w.kh, i]));
const GIV_IDX = new Map(GIVEN48.map((w, i) => [w.kh, i]));
const pairId = (fam: Word48, giv: Word48) => FAM_IDX.get(fam.kh)! * GIVEN48.length + GIV_IDX.get(giv.kh)!;

/** Every family × given name of the lists, indexed once: one-deletion hashes and keyboard-suggestion keys. */
function pairIndex(): PairIndex {
  if (PAIR_INDEX) return PAIR_INDEX;
  const push = <K>(m: Map<K, number[]>, k: K, v: number) => {
    const a = m.get(k);
    if (!a) m.set(k, [v]);
    else if (a[a.length - 1] !== v) a.push(v);
  };
  const idx: PairIndex = { pairs: [], del: new Float64Array(0), pred: new Map() };
  const del: number[] = [];
  for (const fam of FAMILY48) for (const giv of GIVEN48) {
    const p = idx.pairs.length;
    const vars = nameVariants(fam, giv);
    idx.pairs.push({ fam, giv, vars });
    for (const v of vars) for (const h of deletionHashes(v)) del.push(h * PAIR_SLOTS + p);
    const fg = firstTwoLetters(giv.kh);
    const ff = firstTwoLetters(fam.kh);
    if (fg) push(idx.pred, `${fam.kh}|${fg}`, p);
    if (ff) push(idx.pred, `${giv.kh}|${ff}`, p);
  }
  if (idx.pairs.length > PAIR_SLOTS) throw new Error('fortyeighth: too many name pairs for the index');
  idx.del = Float64Array.from(del).sort();
  PAIR_INDEX = idx;
  return idx;
}

/** Finds every registered worker a name could pass for (levels as nameLevel), by blocking on name pairs. */
export class Matcher {
  private idx = pairIndex();
  private workers: number[][] = [];
  constructor(reg: readonly RegInfo[]) {
    reg.forEach((w, i) => {
      const p = pairId(w.fam, w.giv);
      (this.workers[p] ??= []).push(i);
    });
  }
  /** registered index → name level (1..3). */
  candidates(name: string): Map<number, number> {
    const q = parseName(name);
    const lv = new Map<number, number>();
    const seen = new Set<number>();
    const del = this.idx.del;
    for (const h of deletionHashes(q.key)) {
      const lo = h * PAIR_SLOTS;
      let a = 0;
      let b = del.length;
      while (a < b) {
        const m = (a + b) >>> 1;
        if (del[m] < lo) a = m + 1;
        else b = m;
      }
      for (let j = a; j < del.length && del[j] < lo + PAIR_SLOTS; j++) {
        const p = del[j] - lo;
        if (seen.has(p) || !this.workers[p]) continue;
        seen.add(p);
        let best = 0;
        for (const v of this.idx.pairs[p].vars) {
          if (v === q.key) { best = 3; break; }
          if (best < 2 && withinOne(q.key, v)) best = 2;
        }
        if (best) lv.set(p, best);
      }
    }
    if (q.kh && q.words.length === 2) {
      const [a, b] = q.words;
      const fb = firstTwoLetters(b);
      const fa = firstTwoLetters(a);
      for (const k of [fb ? `${a}|${fb}` : '', fa ? `${b}|${fa}` : '']) {
        if (!k) continue;
        for (const p of this.idx.pred.get(k) ?? []) if (this.workers[p] && !lv.has(p)) lv.set(p, 1);
      }
    }
    const out = new Map<number, number>();
    for (const [p, l] of lv) for (const w of this.workers[p]) out.set(w, l);
    return out;
  }
}

/** [name, dob, nid, nssf, sex] evidence; null when a field on both sides rules the worker out. */
export function evidence(row: RowFields, w: RegInfo, nameLv: number): number[] | null {
  const d = dobLevel(row.dob, w.dob);
  const n = idLevel(row.nid, w.nid);
  const s = idLevel(row.nssf, w.nssf);
  const x = sexLevel(row.sex, w.sex);
  if (d < 0 || n < 0 || s < 0 || x < 0) return null;
  return [nameLv, d, n, s, x];
}
const dominates = (t: number[], c: number[]) => t.every((v, i) => v >= c[i]) && t.some((v, i) => v > c[i]);

/** Rule 5: some other registered worker, not ruled out, whose evidence the truth does not strictly beat. */
export function undecidable(cands: Map<number, number>, row: RowFields, reg: readonly RegInfo[], truth: number): boolean {
  const tl = cands.get(truth);
  if (!tl) return true;
  const t = evidence(row, reg[truth], tl);
  if (!t) return true;
  for (const [c, l] of cands) {
    if (c === truth) continue;
    const e = evidence(row, reg[c], l);
    if (e && !dominates(t, e)) return true;
  }
  return false;
}
/** Rule 3: every registered worker the name could pass for is ruled out by a field on both sides. */
export function ruledOutFromAll(cands: Map<number, number>, row: RowFields, reg: readonly RegInfo[]): boolean {
  for (const [c, l] of cands) if (evidence(row, reg[c], l)) return false;
  return true;
}

// ---------------------------------------------------------------- rows
interface Row48 extends RowFields {
  truth: number; // registered index, -1 hidden
  source: Source;
  kh: boolean;
  famKh: string;
  givKh: string;
  swap: boolean;
  sep: string;
  reorder: boolean;
  da: boolean;
  name: string;
  replaced: 0 | 1 | 2; // 1 family, 2 given
  typo: boolean;
  dobSwap: boolean;
  nidSlip: boolean;
  nssfSlip: boolean;
  namesakeOf: number; // hidden rows built on a registered worker's name, else -1
}

function renderKh(row: Row48): string {
  const enc = (w: string) => {
    let s = w;
    if (row.da) s = subscriptDa(s);
    if (row.reorder) s = keyboardOrder(s);
    return s;
  };
  const a = enc(row.famKh);
  const b = enc(row.givKh);
  return row.swap ? `${b}${row.sep}${a}` : `${a}${row.sep}${b}`;
}

interface Person {
  fam: Word48;
  giv: Given48;
  sex: Sex | null;
  dob: string | null;
  nid: string | null;
  nssf: string | null;
}

function buildRow(r: Rng, p: Person, truth: number, careful: boolean): Row48 {
  // hidden rows start a little sparser: ruling them out (rule 3) later adds a DOB or ID to some
  const sparse = truth < 0 ? R.hiddenSparse : 1;
  const u = r.next();
  const source: Source = u < R.srcCard ? 'id-card' : u < R.srcCard + R.srcCsv ? 'csv' : 'manual';
  const row: Row48 = {
    truth, source, kh: source !== 'csv', famKh: p.fam.kh, givKh: p.giv.kh, swap: false, sep: ' ',
    reorder: false, da: false, name: '', replaced: 0, typo: false, sex: null, dob: null, nid: null,
    nssf: null, dobSwap: false, nidSlip: false, nssfSlip: false, namesakeOf: -1,
  };
  // fields
  if (source === 'id-card') {
    row.dob = p.dob;
    row.nid = p.nid;
    row.sex = p.sex;
  } else {
    const csv = source === 'csv';
    if (r.chance(sparse * (csv ? R.dobCsv : R.dobManual))) row.dob = p.dob;
    if (r.chance(sparse * sparse * (csv ? R.nidCsv : row.dob ? R.nidWithDob : R.nidWithoutDob))) row.nid = p.nid;
    if (r.chance(csv ? R.sexCsv : R.sexManual)) row.sex = p.sex;
    if (r.chance(csv ? R.nssfCsv : R.nssfManual)) row.nssf = p.nssf;
    if (!careful) {
      if (row.dob) {
        const d = Number(row.dob.slice(8, 10));
        const m = Number(row.dob.slice(5, 7));
        if (d <= 12 && d !== m && r.chance(csv ? R.dobSwapCsv : R.dobSwap)) {
          row.dob = swapDayMonth(row.dob);
          row.dobSwap = true;
        }
      }
      if (row.nid && r.chance(R.nidSlip)) {
        row.nid = idSlip(r, row.nid);
        row.nidSlip = true;
      }
      if (row.nssf && r.chance(R.nssfSlip)) {
        row.nssf = idSlip(r, row.nssf);
        row.nssfSlip = true;
      }
    }
  }
  // name
  if (row.kh) {
    if (source === 'manual') {
      row.swap = r.chance(R.khSwap);
      row.sep = r.chance(R.khZwsp) ? (r.chance(0.75) ? ZWSP : ` ${ZWSP}`) : ' ';
      row.reorder = r.chance(R.khReorder);
      row.da = r.chance(R.khDa);
      if (!careful && r.chance(R.khTypo)) {
        for (const fam of r.chance(0.5) ? [true, false] : [false, true]) {
          const t = khTypo(r, fam ? row.famKh : row.givKh);
          if (t === null) continue;
          if (fam) row.famKh = t;
          else row.givKh = t;
          row.typo = true;
          break;
        }
      }
    }
    row.name = renderKh(row);
  } else {
    let a = r.pickSkewed(p.fam.latin, 1.6);
    let b = r.pickSkewed(p.giv.latin, 1.6);
    if (!careful && r.chance(R.latTypo)) {
      const words = [a, b].flatMap((x, wi) => x.split(' ').map((t, ti) => ({ t, wi, ti }))).filter((x) => x.t.length >= 4);
      if (words.length) {
        const w = r.pick(words);
        const parts = (w.wi === 0 ? a : b).split(' ');
        parts[w.ti] = latTypo(r, parts[w.ti]);
        if (w.wi === 0) a = parts.join(' ');
        else b = parts.join(' ');
        row.typo = true;
      }
    }
    row.swap = r.chance(R.latSwap);
    let s = row.swap ? `${b} ${a}` : `${a} ${b}`;
    const c = r.next();
    s = c < 0.55 ? titleCase(s) : c < 0.9 ? s.toUpperCase() : s.toLowerCase();
    row.name = s;
  }
  return row;
}

function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(r.int(0, 255));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ---------------------------------------------------------------- the generator
interface Built {
  roster: Roster;
  reg: RegInfo[];
  rows: Row48[];
}

const FEMALE = GIVEN48.filter((g) => g.sex !== 'M');
const MALE = GIVEN48.filter((g) => g.sex !== 'F');

function pickPersonName(r: Rng): { fam: Word48; giv: Given48; sex: Sex } {
  const sex: Sex = r.chance(0.62) ? 'F' : 'M'; // garment-heavy workforce
  return { fam: r.pickSkewed(FAMILY48, 1.5), giv: r.pickSkewed(sex === 'F' ? FEMALE : MALE, 1.3), sex };
}

function build(size: number, seed: number): Built {
  const r = rng(seed);
  const nidPool = new NumberPool(r, 9, [0, 0, 0, 1, 1, 1, 2]);
  const nssfPool = new NumberPool(r, 9, [1, 2, 3]);

  // registered people, shuffled before anything refers to their position
  const people = Array.from({ length: size }, () => pickPersonName(r));
  r.shuffle(people);
  // namesake classes: pairs sharing any listed spelling
  const classOf = new Map<string, string>();
  const varOwner = new Map<string, string>();
  for (const p of people) {
    const k = `${p.fam.kh}|${p.giv.kh}`;
    if (classOf.has(k)) continue;
    let cls = k;
    for (const v of nameVariants(p.fam, p.giv)) {
      const o = varOwner.get(v);
      if (o) cls = classOf.get(o)!;
    }
    classOf.set(k, cls);
    for (const v of nameVariants(p.fam, p.giv)) if (!varOwner.has(v)) varOwner.set(v, k);
  }
  const dobsOf = new Map<string, string[]>();
  const reg: RegInfo[] = people.map((p) => {
    const cls = classOf.get(`${p.fam.kh}|${p.giv.kh}`)!;
    const taken = dobsOf.get(cls) ?? [];
    let dob = randomDob(r);
    while (taken.some((d) => dobLevel(d, dob) > 0)) dob = randomDob(r);
    taken.push(dob);
    dobsOf.set(cls, taken);
    return {
      fam: p.fam, giv: p.giv,
      sex: r.chance(R.regSexMissing) ? null : p.sex,
      dob: r.chance(R.regDobMissing) ? null : dob,
      nid: r.chance(R.regNidMissing) ? (nidPool.take(), null) : nidPool.take(),
      nssf: r.chance(R.regNssfMissing) ? null : nssfPool.take(),
    };
  });
  const registered: RegisteredWorker[] = reg.map((w, i) => {
    const dob = w.dob ?? randomDob(r);
    const y = Math.max(Number(dob.slice(0, 4)) + 18, 2008);
    const hy = r.int(Math.min(y, 2024), 2024);
    return {
      workerId: `W${String(i + 1).padStart(6, '0')}`,
      nssfNumber: w.nssf,
      nationalId: w.nid,
      nameKh: `${w.fam.kh} ${w.giv.kh}`,
      nameLatin: r.chance(R.regLatinMissing) ? null : `${r.pickSkewed(w.fam.latin, 1.6)} ${r.pickSkewed(w.giv.latin, 1.6)}`.toUpperCase(),
      sex: w.sex,
      dateOfBirth: w.dob,
      hireDate: iso(hy, r.int(1, 12), r.int(1, 28)),
      wageRiel: r.chance(R.regWageMissing) ? null : r.int(780, 1800) * 1000,
    };
  });
  const matcher = new Matcher(reg);

  // true rows
  const rows: Row48[] = [];
  for (let i = 0; i < size; i++) {
    if (r.chance(R.absent)) continue;
    const w = reg[i];
    const p: Person = { fam: w.fam, giv: w.giv, sex: w.sex, dob: w.dob, nid: w.nid, nssf: w.nssf };
    let row = buildRow(r, p, i, false);
    if ((row.typo || row.dobSwap || row.nidSlip || row.nssfSlip) && undecidable(matcher.candidates(row.name), row, reg, i)) {
      row = buildRow(r, p, i, true);
    }
    rows.push(row);
  }

  // hidden rows
  const hiddenCount = Math.round((rows.length * R.hiddenShare) / (1 - R.hiddenShare));
  for (let h = 0; h < hiddenCount; h++) {
    for (let attempt = 0; ; attempt++) {
      let namesakeOf = -1;
      let nm: { fam: Word48; giv: Given48; sex: Sex };
      if (r.chance(R.hiddenNamesake)) {
        namesakeOf = r.int(0, size - 1);
        const w = reg[namesakeOf];
        const sex: Sex = w.sex ?? (w.giv.sex === 'M' ? 'M' : 'F');
        nm = { fam: w.fam, giv: w.giv, sex };
      } else nm = pickPersonName(r);
      const p: Person = { ...nm, dob: randomDob(r), nid: nidPool.take(), nssf: null };
      const row = buildRow(r, p, -1, attempt > 20);
      row.namesakeOf = namesakeOf;
      const cands = matcher.candidates(row.name);
      let ok = ruledOutFromAll(cands, row, reg);
      if (!ok && !row.nid && row.source !== 'id-card' && r.chance(0.5)) {
        row.nid = p.nid; // the inspector also noted the card number
        ok = ruledOutFromAll(cands, row, reg);
      }
      for (let k = 0; !ok && k < 12; k++) {
        p.dob = randomDob(r);
        row.dob = p.dob;
        ok = ruledOutFromAll(cands, row, reg);
      }
      if (ok) {
        rows.push(row);
        break;
      }
    }
  }

  // predictive text: one word of the name replaced by the keyboard's suggestion
  const target = Math.round(R.predictive * rows.length);
  let done = 0;
  const order = r.shuffle(rows.map((_, i) => i));
  for (const idx of order) {
    if (done >= target) break;
    const row = rows[idx];
    if (row.source !== 'manual' || !row.kh || row.typo) continue;
    if (row.truth >= 0) {
      const w = reg[row.truth];
      if (!(row.dob && row.dob === w.dob) && !(row.nid && row.nid === w.nid)) continue;
    }
    const famS = PREDICTIVE48[row.famKh];
    const givS = PREDICTIVE48[row.givKh];
    if (!famS && !givS) continue;
    const given = givS && (!famS || r.chance(R.predictiveGiven));
    const sug = r.pick(given ? givS : famS);
    const before = { fam: row.famKh, giv: row.givKh, name: row.name };
    if (given) row.givKh = sug;
    else row.famKh = sug;
    row.name = renderKh(row);
    const cands = matcher.candidates(row.name);
    const ok = row.truth >= 0 ? !undecidable(cands, row, reg, row.truth) : ruledOutFromAll(cands, row, reg);
    if (ok) {
      row.replaced = given ? 2 : 1;
      done++;
    } else {
      row.famKh = before.fam;
      row.givKh = before.giv;
      row.name = before.name;
    }
  }

  // shuffle, then ids, times and sheet rows in row order
  r.shuffle(rows);
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  let t = Date.UTC(2025, 2, 12, 1, 30, 0);
  let sheetRow = 0;
  for (const row of rows) {
    t += r.int(15, 75) * 1000;
    const id = uuid(r);
    onsite.push({
      id,
      visitId: 'visit-fortyeighth',
      name: row.name,
      nationalId: row.nid,
      nssfNumber: row.nssf,
      sex: row.sex,
      dateOfBirth: row.dob,
      source: row.source,
      sourceRow: row.source === 'csv' ? ++sheetRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, row.truth >= 0 ? registered[row.truth].workerId : null);
  }
  return { roster: { registered, onsite, truth }, reg, rows };
}

export function generateFortyeighth(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ---------------------------------------------------------------- self-check
if (process.argv[1]?.endsWith('fortyeighth.ts')) {
  void selfCheck(Number(process.argv[2] ?? 10000), Number(process.argv[3] ?? 1));
}

async function selfCheck(size: number, seed: number): Promise<void> {
  const protocol = await import('../../src/protocol');
  const fails: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) fails.push(what);
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  };
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;

  const t0 = performance.now();
  const { roster, rows } = build(size, seed);
  const tGen = performance.now() - t0;
  const { registered, onsite, truth } = roster;

  // --- the audit re-reads the roster from its published fields and the name lists only
  const regById = new Map(registered.map((w, i) => [w.workerId, i]));
  const words = (w: RegisteredWorker) => {
    const [f, g] = w.nameKh.split(' ');
    return { fam: KH_WORD.get(f)!, giv: KH_WORD.get(g)! as Given48 };
  };
  const info: RegInfo[] = registered.map((w) => ({
    ...words(w), sex: w.sex, dob: w.dateOfBirth, nid: w.nationalId, nssf: w.nssfNumber,
  }));
  const matcher = new Matcher(info);

  // --- shape
  const trueRows = onsite.filter((o) => truth.get(o.id) !== null);
  const hiddenRows = onsite.filter((o) => truth.get(o.id) === null);
  const present = new Set(trueRows.map((o) => truth.get(o.id)));
  const khRows = rows.filter((x) => x.kh);
  const manualKh = rows.filter((x) => x.kh && x.source === 'manual');
  const repl = rows.filter((x) => x.replaced);
  console.log(`fortyeighth size=${size} seed=${seed}: ${FORTYEIGHTH_LABEL}`);
  console.log(`registered ${registered.length}, on site ${onsite.length} (true ${trueRows.length}, hidden ${hiddenRows.length} = ${pct(hiddenRows.length, onsite.length)}), absent ${registered.length - present.size} = ${pct(registered.length - present.size, registered.length)}`);
  const bySource = (s: Source) => pct(onsite.filter((o) => o.source === s).length, onsite.length);
  console.log(`sources: manual ${bySource('manual')}, csv ${bySource('csv')}, id-card ${bySource('id-card')}; Khmer script ${pct(khRows.length, rows.length)}`);
  console.log(`predictive replacement: ${pct(repl.length, rows.length)} of rows (${pct(repl.length, manualKh.length)} of manual Khmer rows), family ${repl.filter((x) => x.replaced === 1).length} / given ${repl.filter((x) => x.replaced === 2).length}; true rows ${pct(repl.filter((x) => x.truth >= 0).length, trueRows.length)}, hidden rows ${pct(repl.filter((x) => x.truth < 0).length, hiddenRows.length)}`);
  console.log(`Khmer rows: ZWSP ${pct(khRows.filter((x) => x.name.includes(ZWSP)).length, khRows.length)}, keyboard order ${pct(khRows.filter((x) => x.reorder && keyboardOrder(x.famKh + ' ' + x.givKh) !== x.famKh + ' ' + x.givKh).length, khRows.length)}, subscript DA ${pct(khRows.filter((x) => x.name.includes('\u17d2\u178a')).length, khRows.length)}, order swap ${pct(khRows.filter((x) => x.swap).length, khRows.length)}, typo ${pct(khRows.filter((x) => x.typo).length, khRows.length)}`);
  const lat = rows.filter((x) => !x.kh);
  console.log(`Latin rows: order swap ${pct(lat.filter((x) => x.swap).length, lat.length)}, typo ${pct(lat.filter((x) => x.typo).length, lat.length)}, upper case ${pct(lat.filter((x) => x.name === x.name.toUpperCase()).length, lat.length)}`);
  const rate = (f: (o: OnsiteWorker) => boolean, xs = onsite) => pct(xs.filter(f).length, xs.length);
  console.log(`fields: DOB ${rate((o) => !!o.dateOfBirth)} (true ${rate((o) => !!o.dateOfBirth, trueRows)}, hidden ${rate((o) => !!o.dateOfBirth, hiddenRows)}), national ID ${rate((o) => !!o.nationalId)} (hidden ${rate((o) => !!o.nationalId, hiddenRows)}), NSSF ${rate((o) => !!o.nssfNumber)}, sex ${rate((o) => !!o.sex)}`);
  console.log(`slips: DOB day/month swaps ${pct(rows.filter((x) => x.dobSwap).length, rows.filter((x) => x.dob).length)} of DOBs, ID slips ${pct(rows.filter((x) => x.nidSlip).length, rows.filter((x) => x.nid).length)} of IDs, NSSF slips ${rows.filter((x) => x.nssfSlip).length}`);
  console.log(`register: Latin name missing ${pct(registered.filter((w) => !w.nameLatin).length, registered.length)}, national ID missing ${pct(registered.filter((w) => !w.nationalId).length, registered.length)}, DOB missing ${pct(registered.filter((w) => !w.dateOfBirth).length, registered.length)}`);
  const fullNames = new Map<string, number>();
  for (const w of registered) fullNames.set(w.nameKh, (fullNames.get(w.nameKh) ?? 0) + 1);
  console.log(`register: ${fullNames.size} distinct full names, ${pct(registered.filter((w) => fullNames.get(w.nameKh)! > 1).length, registered.length)} of workers share theirs`);

  const ex = rows.filter((x) => x.replaced && x.truth >= 0).slice(0, 6);
  for (const x of ex) console.log(`  e.g. typed ${JSON.stringify(x.name)} for ${registered[x.truth].nameKh} (${x.replaced === 1 ? 'family' : 'given'} name replaced)`);
  console.log(`hidden rows built on a registered worker's name: ${pct(rows.filter((x) => x.namesakeOf >= 0).length, hiddenRows.length)}`);

  // --- lists
  {
    const latOwner = new Map<string, string>();
    let clash = '';
    for (const w of [...FAMILY48, ...GIVEN48]) for (const l of w.latin) {
      const k = latKey(l);
      if (latOwner.has(k) && latOwner.get(k) !== w.kh) clash = `${l} (${latOwner.get(k)} / ${w.kh})`;
      latOwner.set(k, w.kh);
    }
    check(!clash, `lists: no Latin spelling shared by two Khmer words ${clash}`);
    const bad = [...KH_WORD.keys(), ...Object.values(PREDICTIVE48).flat()].filter((w) => normKh(w) !== w);
    check(bad.length === 0, `lists: every Khmer word is canonical (${bad.join(' ')})`);
    const badPred = Object.entries(PREDICTIVE48).flatMap(([w, ss]) => ss.filter((s) => s === w || !firstTwoLetters(w) || firstTwoLetters(s) !== firstTwoLetters(w)).map((s) => `${w}→${s}`));
    check(badPred.length === 0 && Object.keys(PREDICTIVE48).every((w) => KH_WORD.has(w)), `lists: every keyboard suggestion shares its first two Khmer letters with a listed word (${badPred.join(' ')})`);
    const encOk = [...KH_WORD.keys()].every((w) => normKh(keyboardOrder(subscriptDa(w))) === w && normKh(`${w}${ZWSP}${w}`) === `${w} ${w}`);
    check(encOk, 'lists: every Khmer encoding variant normalizes back');
  }

  // --- index completeness: every hidden row and a sample of true rows against every registered name, by brute force
  {
    const pairs = new Map<string, { fam: Word48; giv: Word48; vars: string[]; workers: number[] }>();
    info.forEach((w, i) => {
      const k = `${w.fam.kh}|${w.giv.kh}`;
      const e = pairs.get(k) ?? { fam: w.fam, giv: w.giv, vars: nameVariants(w.fam, w.giv), workers: [] };
      e.workers.push(i);
      pairs.set(k, e);
    });
    let diff = 0;
    const step = Math.max(1, Math.floor(trueRows.length / 300));
    const sample = [...hiddenRows, ...trueRows.filter((_, i) => i % step === 0)];
    for (const o of sample) {
      const q = parseName(o.name);
      const got = matcher.candidates(o.name);
      for (const e of pairs.values()) {
        const l = nameLevel(q, e.fam, e.giv, e.vars);
        for (const i of e.workers) if ((got.get(i) ?? 0) !== l) diff++;
      }
    }
    check(diff === 0, `candidate index agrees with a brute-force name comparison on ${sample.length} rows, all hidden ones included (${diff} differences)`);
  }

  // --- rule 1
  {
    let bad = 0;
    let badPred = 0;
    const ex: string[] = [];
    for (const o of trueRows) {
      const w = info[regById.get(truth.get(o.id)!)!];
      const lv = nameLevel(parseName(o.name), w.fam, w.giv);
      const dobOk = !o.dateOfBirth || !w.dob || o.dateOfBirth === w.dob || swapDayMonth(o.dateOfBirth) === w.dob;
      const ok = lv > 0 && dobOk && idLevel(o.nationalId, w.nid) >= 0 && idLevel(o.nssfNumber, w.nssf) >= 0 && sexLevel(o.sex, w.sex) >= 0;
      if (!ok) {
        bad++;
        if (ex.length < 3) ex.push(`${o.name} / ${w.fam.kh} ${w.giv.kh}`);
      }
      if (lv === 1 && !((o.dateOfBirth && o.dateOfBirth === w.dob) || (o.nationalId && o.nationalId === w.nid))) badPred++;
    }
    check(bad === 0, `rule 1: every true row is a plausible variant of its worker (${bad} not) ${ex.join('; ')}`);
    check(badPred === 0, `rule 1: every row with a keyboard suggestion has the exact DOB or ID (${badPred} not)`);
  }

  // --- rule 2
  {
    const byVar = new Map<string, number[]>();
    info.forEach((w, i) => {
      for (const v of nameVariants(w.fam, w.giv)) {
        const a = byVar.get(v) ?? [];
        if (a[a.length - 1] !== i) a.push(i);
        byVar.set(v, a);
      }
    });
    const seen = new Set<string>();
    let bad = 0;
    for (const group of byVar.values()) {
      if (group.length < 2) continue;
      const k = `${group[0]}:${group.length}`;
      if (seen.has(k)) continue;
      seen.add(k);
      for (let a = 0; a < group.length; a++) for (let b = a + 1; b < group.length; b++) {
        if (dobLevel(info[group[a]].dob, info[group[b]].dob) > 0) bad++;
      }
    }
    check(bad === 0, `rule 2: registered namesakes never within a swap or one digit of each other's DOB (${bad} pairs)`);
    const nids = registered.map((w) => w.nationalId).filter((x): x is string => !!x);
    const nidSet = new Set(nids);
    let near = 0;
    for (const s of nids) {
      for (let i = 0; i < s.length; i++) {
        for (let d = 0; d <= 9; d++) {
          const t = s.slice(0, i) + d + s.slice(i + 1);
          if (t !== s && nidSet.has(t)) near++;
        }
        if (i + 1 < s.length && s[i] !== s[i + 1] && nidSet.has(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2))) near++;
      }
    }
    const nssfs = registered.map((w) => w.nssfNumber).filter((x): x is string => !!x);
    check(near === 0 && nidSet.size === nids.length && new Set(nssfs).size === nssfs.length, `rule 2: registered national IDs unique and 2+ edits apart (${near} near pairs), NSSF numbers unique`);
  }

  // --- rule 3
  {
    let bad = 0;
    let passable = 0;
    let exact = 0;
    for (const o of hiddenRows) {
      const cands = matcher.candidates(o.name);
      if (cands.size) passable++;
      if ([...cands.values()].some((l) => l === 3)) exact++;
      if (!ruledOutFromAll(cands, { sex: o.sex, dob: o.dateOfBirth, nid: o.nationalId, nssf: o.nssfNumber }, info)) bad++;
    }
    console.log(`hidden rows: ${pct(exact, hiddenRows.length)} carry a registered worker's exact name, ${pct(passable, hiddenRows.length)} could pass for someone by name`);
    check(bad === 0, `rule 3: every hidden row is ruled out from every worker it could pass for (${bad} not)`);
  }

  // --- rule 4
  {
    const ids = new Set(onsite.map((o) => o.id));
    const v4 = onsite.every((o) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(o.id));
    let inc = true;
    for (let i = 1; i < onsite.length; i++) if (!(onsite[i].recordedAt > onsite[i - 1].recordedAt)) inc = false;
    check(ids.size === onsite.length && v4 && truth.size === onsite.length && onsite.every((o) => truth.has(o.id)), 'rule 4: on-site ids unique v4 UUIDs, truth covers every row');
    check(inc, 'rule 4: recordedAt strictly increasing in row order');
    // rank correlation between row position and registered position
    const xs: number[] = [];
    const ys: number[] = [];
    onsite.forEach((o, i) => {
      const t = truth.get(o.id);
      if (t) {
        xs.push(i);
        ys.push(regById.get(t)!);
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
    const rho = sxy / Math.sqrt(sxx * syy);
    const half = Math.floor(onsite.length / 2);
    const h1 = onsite.slice(0, half).filter((o) => truth.get(o.id) === null).length / half;
    const h2 = onsite.slice(half).filter((o) => truth.get(o.id) === null).length / (onsite.length - half);
    const ph = (h1 + h2) / 2;
    const sd = Math.sqrt(ph * (1 - ph) * (1 / half + 1 / (onsite.length - half)));
    const rhoLimit = 4 / Math.sqrt(xs.length);
    check(Math.abs(rho) < rhoLimit && Math.abs(h1 - h2) < 4 * sd, `rule 4: row order carries no truth (position correlation ${rho.toFixed(3)}, limit ${rhoLimit.toFixed(3)}; hidden share ${pct(h1 * 100, 100)} / ${pct(h2 * 100, 100)} by half, limit ±${pct(4 * sd * 100, 100)})`);
    const wids = registered.map((w) => w.workerId);
    check(wids.every((w, i) => w === `W${String(i + 1).padStart(6, '0')}`), 'rule 4: worker ids assigned in register order after shuffling');
  }

  // --- rule 5
  {
    let und = 0;
    let undRepl = 0;
    let undTypo = 0;
    for (const o of trueRows) {
      const ti = regById.get(truth.get(o.id)!)!;
      const cands = matcher.candidates(o.name);
      const f = { sex: o.sex, dob: o.dateOfBirth, nid: o.nationalId, nssf: o.nssfNumber };
      if (undecidable(cands, f, info, ti)) {
        und++;
        if (cands.get(ti) === 1) undRepl++;
        if (cands.get(ti) === 2) undTypo++;
      }
    }
    check(und / trueRows.length < 0.04, `rule 5: undecidable true rows ${und} = ${pct(und, trueRows.length)} (< 4 %)`);
    check(undRepl === 0, `rule 5: every row with a keyboard suggestion is recognisable (${undRepl} not)`);
    console.log(`     (undecidable rows with a one-edit name: ${undTypo})`);
  }

  // --- schemas
  {
    const badOn = onsite.filter((o) => !protocol.OnsiteWorker.safeParse(o).success).length;
    const badReg = registered.filter((w) => !protocol.RegisteredWorker.safeParse(w).success).length;
    const extra = onsite.some((o) => 'statedStartDate' in o || 'wageRiel' in o);
    check(badOn === 0 && badReg === 0 && !extra, `schemas: all ${onsite.length} on-site and ${registered.length} registered records parse (${badOn} / ${badReg} fail)`);
  }

  // --- determinism and time
  {
    const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
    const a = ser(roster);
    const b = ser(generateFortyeighth(size, seed));
    const c = ser(generateFortyeighth(size, seed + 1));
    check(a === b, 'determinism: same seed gives an identical roster');
    check(a !== c, 'determinism: another seed gives a different roster');
    const t1 = performance.now();
    generateFortyeighth(10000, seed);
    const t10k = performance.now() - t1;
    check(t10k < 2000 && (size < 10000 || tGen < 2000), `time: 10,000 registered generated in ${t10k.toFixed(0)} ms warm; this run (${size}, cold, incl. the name-pair index) ${tGen.toFixed(0)} ms`);
  }

  console.log(fails.length ? `FAIL (${fails.length})` : 'PASS');
  if (fails.length) process.exitCode = 1;
}
