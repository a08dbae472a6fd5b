/**
 * Sixteenth benchmark roster: a provincial garment factory that hires through families.
 *
 * THE SCENE
 * Sisters, brothers, cousins and in-laws from the same villages work side by side. The register
 * is built household by household: a household has one family name, one home province (the
 * first two digits of the national ID), 1-5 members on the register, siblings born 1.5-8 years
 * apart, given names that often share a syllable with a sibling's (Srey Pov / Srey Pich,
 * Sokha / Sokhom, Bun Tha / Bun Thoeun); about 30 % of households are cousins of an earlier one
 * (same family name, same province). About 1 % of registered workers are one of a pair of
 * TWINS who are both registered (same family name and date of birth, same or different sex,
 * given names at least two edits apart even when they share a syllable); a further ~0.5 % have
 * an unregistered twin working on site. About 10 % of registered workers are absent.
 *
 * The employer hides about 8 % of the on-site rows, mostly relatives of registered workers:
 *   relative      sibling or cousin: same family name, a different given name (often one that
 *                 shares a syllable with the registered relative's), DOB years apart;
 *   relative-near sibling with a given name within one edit of the relative's (Sophea/Sopheap,
 *                 Vanna/Vannak, Socheat/Socheata), told apart by the date of birth;
 *   twin-far      twin of a registered worker: same family name, same DOB, a different real
 *                 given name that is NOT within one edit of the registered twin's; this row IS
 *                 ruled out by name (rule 3, first branch) -- the matching DOB is no reason to
 *                 match it;
 *   twin-near     twin with a given name within one edit of the registered twin's, told apart
 *                 by sex (both sides present) or national ID (both present, 2+ edits apart);
 *   unrelated     a worker from another family (common family names, so often a namesake).
 * A quarter of the relatives are relatives of an ABSENT registered worker, so the namesake that
 * "should" be on site is not. One hidden worker in ten has an NSSF number from a previous
 * employer (on no registered worker's record), so a row with an NSSF number is not always
 * registered here.
 *
 * THE INSPECTOR'S LIST
 * ~78 % rows from the employer's sheet (CSV, sourceRow = row in the sheet), ~12 % typed off ID
 * cards, ~10 % typed by hand. Per row: name in Khmer (CSV 45 %, ID card 75 %, manual 20 %) or
 * Latin; Latin spellings chosen among the listed romanizations per word (half the time the
 * register's own), family/given swapped (CSV 15 %, ID card 5 %, manual 30 %), upper/title/lower
 * case, multi-part given names with or without the space (Srey Mom / Sreymom), one typo in one
 * word of 4+ letters (CSV 4 %, ID card 2 %, manual 10 %); Khmer with zero-width space or no
 * separator instead of a space, order swapped, and encoding variants (ោ as េ+ា, ើ as េ+ី,
 * register shifter after the vowel, ំ before ុ, subscript ដ for subscript ត, coeng-ro before
 * the other coeng; NFD). National ID present CSV 45 % / ID card 96 % / manual 15 %, NSSF number
 * CSV 30 % / ID card 2 % / manual 10 %, each with one slipped digit (substitution or adjacent
 * transposition) 4 % (ID card 2 %); DOB present 93 / 97 / 80 %, day/month swapped 5 % where
 * the swap is a valid different date; sex present 88 / 97 / 90 %. The register itself writes
 * ~5 % of Khmer names with a zero-width space or an encoding variant; nameLatin is present 85 %.
 *
 * FAIRNESS (audited by the self-check: `npx tsx test/bench/sixteenth.ts 10000 1`)
 *  1. A true row carries only plausible variants of its registered worker: listed spellings,
 *     either order, any case, with/without the space inside a given name, at most one typo in
 *     one word of 4+ letters (one edit: substitution, deletion, duplication or adjacent
 *     transposition), Khmer encoding variants (canonicalized by khCanon below); IDs exact or
 *     one slip; DOB exact or day/month swapped; sex right or missing. No extra variation.
 *  2. Registered namesakes (same full name in any listed spelling or the same canonical Khmer)
 *     never share a DOB and their DOBs are more than a swap / one digit apart.
 *  3. A hidden row either cannot pass for any registered worker by name (not within one edit,
 *     OSA distance, of any spelling of their name, either order; Khmer rows compared in Khmer
 *     within one edit and by exact romanization), or is ruled out from every one it could pass
 *     for by a field present on both sides: sex differs, DOB more than a swap / one digit
 *     apart, national IDs 2+ edits apart (an NSSF number from a previous employer does not
 *     count here, though it differs from every registered one).
 *  4. Nothing leaks the truth: rows shuffled, on-site ids random v4 UUIDs from the seeded PRNG,
 *     recordedAt increasing in row order, registered worker ids assigned after shuffling.
 *  5. Undecidable true rows (another registered worker compatible with the row whose evidence
 *     -- exact name, exact/swapped DOB, exact/slipped IDs, sex -- is at least as good) stay
 *     under 4 %; rows of a registered twin are never undecidable (their given names are 2+
 *     edits apart, and a row whose typo would blur them is re-drawn or given the ID).
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY_NAMES, GIVEN_NAMES } from './sixteenth-names';

export const SIXTEENTH_LABEL = 'sixteenth: family-hiring garment factory (siblings, cousins, twins; hidden relatives and twins)';

// ---------------------------------------------------------------------------------------------
// Names: keys, Khmer canonical form, lookups
// ---------------------------------------------------------------------------------------------

const KH_SEP = /[\s\u200B\u200C\u200D\uFEFF\u00A0]+/g;
const KH_CHAR = /[\u1780-\u17FF]/;

/** The canonical Khmer key: every encoding variant this generator produces folds to one string. */
export function khCanon(s: string): string {
  return s
    .normalize('NFC')
    .replace(KH_SEP, '')
    .replace(/\u17C1\u17B6/g, '\u17C4') // េ + ា → ោ
    .replace(/\u17C1\u17B8/g, '\u17BE') // េ + ី → ើ
    .replace(/([\u17B6-\u17C5])([\u17C9\u17CA])/g, '$2$1') // shifter before the vowel
    .replace(/\u17C6([\u17BB-\u17BD])/g, '$1\u17C6') // ុ before ំ
    .replace(/\u17D2\u178A/g, '\u17D2\u178F') // subscript ដ looks like subscript ត
    .replace(/(\u17D2\u179A)(\u17D2[\u1780-\u17A2])/g, '$2$1'); // coeng-ro last
}

export function latKey(s: string): string {
  return s.toLowerCase().replace(/[^a-z]/g, '');
}

function cartesian(parts: readonly (readonly string[])[]): string[][] {
  let out: string[][] = [[]];
  for (const p of parts) out = out.flatMap((pre) => p.map((x) => [...pre, x]));
  return out;
}
const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

interface Fam { kh: string; khc: string; lat: readonly string[]; keys: string[] }
interface Giv { kh: string; khc: string; parts: readonly (readonly string[])[]; forms: string[][]; keys: string[]; sex: 'F' | 'M' | 'U' }

const FAM: Fam[] = FAMILY_NAMES.map((f) => ({ kh: f.kh, khc: khCanon(f.kh), lat: f.latin, keys: uniq(f.latin.map(latKey)) }));
const GIV: Giv[] = GIVEN_NAMES.map((g) => {
  const forms = cartesian(g.parts);
  return { kh: g.kh, khc: khCanon(g.kh), parts: g.parts, forms, keys: uniq(forms.map((f) => latKey(f.join('')))), sex: g.sex };
});

/** Canonical Khmer word → every Latin key listed for it (family and given lists together). */
const KH_LOOKUP = new Map<string, string[]>();
for (const f of FAM) KH_LOOKUP.set(f.khc, uniq([...(KH_LOOKUP.get(f.khc) ?? []), ...f.keys]));
for (const g of GIV) KH_LOOKUP.set(g.khc, uniq([...(KH_LOOKUP.get(g.khc) ?? []), ...g.keys]));

/** OSA distance capped at 2: 0 equal, 1 one substitution/insertion/deletion/adjacent transposition, 2 more. */
export function dist1(a: string, b: string): 0 | 1 | 2 {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (la === lb) {
    let i = 0;
    while (a[i] === b[i]) i++;
    if (a.slice(i + 1) === b.slice(i + 1)) return 1;
    if (i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) return 1;
    return 2;
  }
  if (Math.abs(la - lb) > 1) return 2;
  const [s, l] = la < lb ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1) ? 1 : 2;
}

/** Distance (0/1/2) between two given names over all their spellings. */
const GIV_DIST: number[][] = GIV.map((a) =>
  GIV.map((b) => {
    let d = 2;
    for (const x of a.keys) for (const y of b.keys) d = Math.min(d, dist1(x, y));
    return d;
  }),
);
/** Names a sibling might share a syllable with: same first part, or the same first three letters. */
const GIV_SIMILAR: number[][] = GIV.map((a, i) =>
  GIV.map((_, j) => j).filter((j) => {
    if (j === i) return false;
    const b = GIV[j];
    if (a.parts.length > 1 && b.parts.length > 1 && a.parts[0][0] === b.parts[0][0]) return true;
    return latKey(a.parts[0][0]).slice(0, 3) === latKey(b.parts[0][0]).slice(0, 3);
  }),
);
const sexOk = (g: number, sex: 'M' | 'F') => GIV[g].sex === 'U' || GIV[g].sex === sex;
const GIV_BY_SEX = {
  F: GIV.map((_, i) => i).filter((i) => sexOk(i, 'F')),
  M: GIV.map((_, i) => i).filter((i) => sexOk(i, 'M')),
};

/** The keys a name is known by, from its text alone (what a human with the name lists can do). */
export function nameKeys(name: string): { fuzzy: string[]; exact: string[]; khmer: boolean } {
  if (!KH_CHAR.test(name)) return { fuzzy: [latKey(name)], exact: [], khmer: false };
  const words = name.split(KH_SEP).filter(Boolean).map(khCanon);
  const whole = words.join('');
  const exact: string[] = [];
  const splits: [string, string][] = [];
  if (words.length === 2) splits.push([words[0], words[1]]);
  else if (words.length === 1) for (let i = 1; i < whole.length; i++) splits.push([whole.slice(0, i), whole.slice(i)]);
  for (const [a, b] of splits) {
    const la = KH_LOOKUP.get(a);
    const lb = KH_LOOKUP.get(b);
    if (!la || !lb) continue;
    for (const x of la) for (const y of lb) exact.push(x + y);
  }
  return { fuzzy: [whole], exact: uniq(exact), khmer: true };
}

/** Every key a registered worker is known by: both orders, Khmer and every listed romanization. */
export function registeredKeys(rw: { nameKh: string; nameLatin: string | null }): string[] {
  const out: string[] = [];
  const words = rw.nameKh.split(KH_SEP).filter(Boolean).map(khCanon);
  const whole = words.join('');
  out.push(whole);
  const splits: [string, string][] = [];
  if (words.length === 2) splits.push([words[0], words[1]]);
  else if (words.length === 1) for (let i = 1; i < whole.length; i++) splits.push([whole.slice(0, i), whole.slice(i)]);
  for (const [a, b] of splits) {
    out.push(b + a);
    const la = KH_LOOKUP.get(a);
    const lb = KH_LOOKUP.get(b);
    if (!la || !lb) continue;
    for (const x of la) for (const y of lb) out.push(x + y, y + x);
  }
  if (rw.nameLatin) {
    const ws = rw.nameLatin.trim().split(/\s+/);
    out.push(latKey(rw.nameLatin), latKey([...ws.slice(1), ws[0]].join('')));
  }
  return uniq(out);
}

const LATIN_ALPHA = 'abcdefghijklmnopqrstuvwxyz'.split('');

/** An index of registered workers by name key, queried within one edit. */
export class NameIndex {
  private map = new Map<string, number[]>();
  private khAlpha = new Set<string>();
  add(key: string, idx: number): void {
    const l = this.map.get(key);
    if (l) {
      if (l[l.length - 1] !== idx) l.push(idx);
    } else this.map.set(key, [idx]);
    if (KH_CHAR.test(key)) for (const c of key) this.khAlpha.add(c);
  }
  get(key: string): readonly number[] {
    return this.map.get(key) ?? [];
  }
  entries(): IterableIterator<[string, number[]]> {
    return this.map.entries();
  }
  /** Registered workers the name could pass for: idx → 0 (an exact spelling) or 1 (one edit off). */
  candidates(name: string): Map<number, 0 | 1> {
    const out = new Map<number, 0 | 1>();
    const { fuzzy, exact, khmer } = nameKeys(name);
    const hit = (k: string, d: 0 | 1) => {
      const l = this.map.get(k);
      if (!l) return;
      for (const i of l) if (d === 0 || !out.has(i)) out.set(i, d);
    };
    for (const k of exact) hit(k, 0);
    const alpha = khmer ? [...this.khAlpha] : LATIN_ALPHA;
    for (const q of fuzzy) {
      hit(q, 0);
      const n = q.length;
      for (let i = 0; i < n; i++) {
        const pre = q.slice(0, i);
        const post = q.slice(i + 1);
        hit(pre + post, 1);
        if (i + 1 < n && q[i] !== q[i + 1]) hit(pre + q[i + 1] + q[i] + q.slice(i + 2), 1);
        for (const c of alpha) if (c !== q[i]) hit(pre + c + post, 1);
      }
      for (let i = 0; i <= n; i++) {
        const pre = q.slice(0, i);
        const post = q.slice(i);
        for (const c of alpha) hit(pre + c + post, 1);
      }
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Fields: closeness, ruling out, evidence
// ---------------------------------------------------------------------------------------------

const swapDM = (d: string) => `${d.slice(0, 4)}-${d.slice(8, 10)}-${d.slice(5, 7)}`;
/** Same, day/month swapped, or one digit off (substituted or two adjacent digits transposed). */
const DIGIT_POS = [0, 1, 2, 3, 5, 6, 8, 9];
export function dobClose(a: string, b: string): boolean {
  if (a === b) return true;
  let n = 0;
  let first = -1;
  let second = -1;
  for (let k = 0; k < 8 && n < 3; k++) {
    if (a[DIGIT_POS[k]] !== b[DIGIT_POS[k]]) {
      n++;
      if (n === 1) first = k;
      else if (n === 2) second = k;
    }
  }
  if (n <= 1) return true;
  if (n === 2 && second === first + 1 && a[DIGIT_POS[first]] === b[DIGIT_POS[second]] && a[DIGIT_POS[second]] === b[DIGIT_POS[first]]) return true;
  return swapDM(a) === b;
}
export const idClose = (a: string, b: string) => dist1(a.replace(/\D/g, ''), b.replace(/\D/g, '')) <= 1;

type RowFields = Pick<OnsiteWorker, 'sex' | 'dateOfBirth' | 'nationalId' | 'nssfNumber'>;
type RegFields = Pick<RegisteredWorker, 'sex' | 'dateOfBirth' | 'nationalId' | 'nssfNumber'>;

/**
 * A field present on both sides tells the row and the registered worker apart. Rule 3 counts
 * only sex, DOB and national ID (useNssf false); rule 5 also lets NSSF numbers tell apart.
 */
export function ruledOut(row: RowFields, rw: RegFields, useNssf = true): boolean {
  if (row.sex && rw.sex && row.sex !== rw.sex) return true;
  if (row.dateOfBirth && rw.dateOfBirth && !dobClose(row.dateOfBirth, rw.dateOfBirth)) return true;
  if (row.nationalId && rw.nationalId && !idClose(row.nationalId, rw.nationalId)) return true;
  if (useNssf && row.nssfNumber && rw.nssfNumber && !idClose(row.nssfNumber, rw.nssfNumber)) return true;
  return false;
}

/** How well a row fits a registered worker it is not ruled out from (higher is better). */
export function evidence(row: RowFields, rw: RegFields, nameDist: number): number {
  let s = nameDist === 0 ? 1 : 0;
  if (row.dateOfBirth && rw.dateOfBirth) s += row.dateOfBirth === rw.dateOfBirth ? 2 : swapDM(row.dateOfBirth) === rw.dateOfBirth ? 1 : 0;
  if (row.nationalId && rw.nationalId) s += row.nationalId === rw.nationalId ? 2 : 1;
  if (row.nssfNumber && rw.nssfNumber) s += row.nssfNumber === rw.nssfNumber ? 2 : 1;
  if (row.sex && rw.sex) s += 1;
  return s;
}

/** Rule 5: another compatible registered worker fits the row at least as well as the true one. */
function undecidable(row: OnsiteWorker, trueIdx: number, regs: readonly RegisteredWorker[], cands: Map<number, 0 | 1>): number | null {
  const d = cands.get(trueIdx);
  const own = evidence(row, regs[trueIdx], d ?? 1);
  for (const [i, di] of cands) {
    if (i === trueIdx || ruledOut(row, regs[i])) continue;
    if (evidence(row, regs[i], di) >= own) return i;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

const DAY = 86_400_000;
const dayOf = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / DAY);
const iso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const MIN_DOB = dayOf(1968, 1, 1);
const MAX_DOB = dayOf(2007, 5, 31);

function uuid(r: Rng): string {
  const h: string[] = [];
  for (let i = 0; i < 32; i++) h.push(r.int(0, 15).toString(16));
  h[12] = '4';
  h[16] = '89ab'[r.int(0, 3)];
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function weighted<T>(r: Rng, xs: readonly [T, number][]): T {
  let x = r.next() * xs.reduce((a, [, w]) => a + w, 0);
  for (const [v, w] of xs) if ((x -= w) < 0) return v;
  return xs[xs.length - 1][0];
}

const KEYBOARD: Record<string, string> = {
  a: 'qsz', b: 'vgn', c: 'xdv', d: 'sfe', e: 'wrd', f: 'dgr', g: 'fht', h: 'gjy', i: 'uok', j: 'hku', k: 'jli', l: 'kop', m: 'nj',
  n: 'bmh', o: 'ipl', p: 'ol', q: 'wa', r: 'etf', s: 'adw', t: 'ryg', u: 'yij', v: 'cbf', w: 'qes', x: 'zcs', y: 'tuh', z: 'xa',
};

/** One typo in a word: substitution by a neighbouring key, deletion, duplication or adjacent transposition. */
function typo(word: string, r: Rng): string {
  const n = word.length;
  for (let t = 0; t < 10; t++) {
    const op = r.int(0, 3);
    const i = r.int(1, n - 1);
    const c = word[i];
    const upper = c !== c.toLowerCase();
    let out = word;
    if (op === 0) {
      const nb = KEYBOARD[c.toLowerCase()];
      if (!nb) continue;
      const s = r.pick(nb.split(''));
      out = word.slice(0, i) + (upper ? s.toUpperCase() : s) + word.slice(i + 1);
    } else if (op === 1) out = word.slice(0, i) + word.slice(i + 1);
    else if (op === 2) out = word.slice(0, i) + c + word.slice(i);
    else {
      if (i + 1 >= n || word[i] === word[i + 1]) continue;
      out = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    }
    if (out !== word) return out;
  }
  return word;
}

/** Khmer written the way another keyboard or font would: visually the same, other code points. */
function khVariant(s: string, r: Rng): string {
  let out = s;
  if (r.chance(0.6)) out = out.replace(/\u17C4/g, '\u17C1\u17B6');
  if (r.chance(0.6)) out = out.replace(/\u17BE/g, '\u17C1\u17B8');
  if (r.chance(0.5)) out = out.replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/g, '$2$1');
  if (r.chance(0.6)) out = out.replace(/([\u17BB-\u17BD])\u17C6/g, '\u17C6$1');
  if (r.chance(0.5)) out = out.replace(/\u17D2\u178F/g, '\u17D2\u178A');
  if (r.chance(0.6)) out = out.replace(/(\u17D2[\u1780-\u1799\u179B-\u17A2])(\u17D2\u179A)/g, '$2$1');
  if (r.chance(0.15)) out = out.normalize('NFD');
  return out;
}

const title = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();

// ---------------------------------------------------------------------------------------------
// The model
// ---------------------------------------------------------------------------------------------

type Sex = 'M' | 'F';
type Source = OnsiteWorker['source'];

interface Person {
  fam: number;
  giv: number;
  sex: Sex;
  dob: number;
  dobIso: string;
  household: number;
  province: string;
  nid: string;
  nssf: string | null;
  /** Index of the twin in `persons` (registered or hidden), or -1. */
  twin: number;
  registered: boolean;
  /** For a registered person: the spelling the register uses (family index, given form index, compact). */
  regLatin: { f: number; g: number } | null;
}

export type HiddenKind = 'relative' | 'relative-near' | 'twin-far' | 'twin-near' | 'unrelated';

export interface RowFlags {
  source: Source;
  khmer: boolean;
  swapped: boolean;
  upper: boolean;
  romanOther: boolean;
  compactChanged: boolean;
  typo: boolean;
  khEnc: boolean;
  khSep: 'space' | 'zwsp' | 'none' | 'other';
  nidSlip: boolean;
  nssfSlip: boolean;
  dobSwap: boolean;
}

export interface SixteenthMeta {
  /** on-site id → kind of row. */
  kind: Map<string, 'true' | 'true-twin' | HiddenKind>;
  /** on-site id → the registered twin's workerId (twin rows: true-twin and hidden twins). */
  twinOf: Map<string, string>;
  /** on-site id → the registered relative's workerId (hidden relatives and twins). */
  anchorOf: Map<string, string>;
  flags: Map<string, RowFlags>;
  /** workerId → household number. */
  household: Map<string, number>;
  /** workerIds of registered workers who are a twin (of a registered or a hidden worker). */
  twins: Set<string>;
  absent: Set<string>;
  hiddenHouseholds: Set<number>;
  households: number;
  forcedRows: number;
  hiddenRedraws: number;
}

const PROVINCES: [string, number][] = [
  ['05', 40], ['04', 14], ['14', 10], ['03', 9], ['21', 7], ['20', 6], ['02', 5], ['06', 4], ['08', 3], ['12', 2],
];

class IdIssuer {
  private used = new Set<string>();
  /** Each issued number with one position masked: a new number sharing a mask is one substitution away. */
  private masks = new Set<string>();
  constructor(private readonly r: Rng) {}
  /** A fresh number 2+ edits from every number issued before. */
  issue(prefix: string, len: number): string {
    for (;;) {
      let s = prefix;
      while (s.length < len) s += String(this.r.int(0, 9));
      if (this.farFromAll(s)) {
        this.used.add(s);
        for (let i = 0; i < s.length; i++) this.masks.add(`${s.slice(0, i)}*${s.slice(i + 1)}`);
        return s;
      }
    }
  }
  private farFromAll(s: string): boolean {
    for (let i = 0; i < s.length; i++) {
      if (this.masks.has(`${s.slice(0, i)}*${s.slice(i + 1)}`)) return false;
      if (i + 1 < s.length && s[i] !== s[i + 1] && this.used.has(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2))) return false;
    }
    return true;
  }
}

function slipDigits(s: string, r: Rng): string {
  for (;;) {
    const i = r.int(0, s.length - 1);
    if (r.chance(0.5) && i + 1 < s.length && s[i] !== s[i + 1]) return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    const c = String(r.int(0, 9));
    if (c !== s[i]) return s.slice(0, i) + c + s.slice(i + 1);
  }
}

interface Force { noTypo?: boolean; dob?: boolean; sex?: boolean; nid?: boolean; exactName?: boolean }

interface Built {
  roster: Roster;
  meta: SixteenthMeta;
}

function build(size: number, seed: number): Built {
  const r = rng(seed * 7919 + 16);
  const persons: Person[] = [];
  const nids = new IdIssuer(r);
  const nssfs = new IdIssuer(r);
  const index = new NameIndex(); // person index by name key (registered only)
  const keyCache = new Map<number, string[]>();
  const keysOf = (f: number, g: number): string[] => {
    const id = f * 1000 + g;
    let k = keyCache.get(id);
    if (!k) {
      const out: string[] = [FAM[f].khc + GIV[g].khc, GIV[g].khc + FAM[f].khc];
      for (const a of FAM[f].keys) for (const b of GIV[g].keys) out.push(a + b, b + a);
      k = uniq(out);
      keyCache.set(id, k);
    }
    return k;
  };
  /** Rule 2: a registered namesake with a close DOB. */
  const namesakeClash = (f: number, g: number, dob: number, except = -1): boolean => {
    const d = iso(dob);
    for (const k of keysOf(f, g)) for (const i of index.get(k)) if (i !== except && dobClose(persons[i].dobIso, d)) return true;
    return false;
  };
  const famIdx = FAM.map((_, i) => i);
  const pickGiven = (sex: Sex, avoid: number[], similarTo: number[], far: number[]): number => {
    for (let t = 0; ; t++) {
      let g: number;
      if (similarTo.length && r.chance(0.4) && t < 20) {
        const base = r.pick(similarTo);
        const sim = GIV_SIMILAR[base].filter((j) => sexOk(j, sex));
        g = sim.length ? r.pick(sim) : r.pickSkewed(GIV_BY_SEX[sex], 1.2);
      } else g = r.pickSkewed(GIV_BY_SEX[sex], 1.2);
      if (avoid.includes(g)) continue;
      if (far.some((x) => GIV_DIST[x][g] <= 1)) continue;
      return g;
    }
  };

  // --- registered households ---
  const householdMembers: number[][] = [];
  const householdFam: number[] = [];
  const householdProv: string[] = [];
  while (persons.length < size) {
    const h = householdMembers.length;
    let fam: number;
    let prov: string;
    if (h > 0 && r.chance(0.3)) {
      const cousinOf = r.int(0, h - 1);
      fam = householdFam[cousinOf];
      prov = householdProv[cousinOf];
    } else {
      fam = r.pickSkewed(famIdx, 1.7);
      prov = weighted(r, PROVINCES);
    }
    householdFam.push(fam);
    householdProv.push(prov);
    const n = Math.min(size - persons.length, weighted(r, [[1, 34], [2, 30], [3, 20], [4, 11], [5, 5]] as [number, number][]));
    const members: number[] = [];
    householdMembers.push(members);
    const first = r.int(dayOf(1975, 1, 1), dayOf(2005, 12, 31));
    for (let k = 0; k < n; k++) {
      const sex: Sex = r.chance(0.78) ? 'F' : 'M';
      const prev = members.length ? persons[members[members.length - 1]] : null;
      const isTwin = !!prev && prev.twin < 0 && r.chance(0.011);
      let dob: number;
      if (!prev) dob = first;
      else if (isTwin) dob = prev.dob;
      else {
        const sib = persons[r.pick(members)];
        dob = sib.dob + (r.chance(0.5) ? 1 : -1) * r.int(540, 2900);
        if (dob < MIN_DOB || dob > MAX_DOB) dob = sib.dob + (dob < MIN_DOB ? 1 : -1) * r.int(540, 2900);
        dob = Math.max(MIN_DOB, Math.min(MAX_DOB, dob));
      }
      const sibGivs = members.map((m) => persons[m].giv);
      let giv = -1;
      for (let t = 0; t < 40; t++) {
        giv = pickGiven(sex, sibGivs, sibGivs, isTwin && prev ? [prev.giv] : []);
        if (!namesakeClash(fam, giv, dob)) break;
        if (!isTwin && t >= 10) {
          // shift the date of birth instead of the name
          dob = Math.max(MIN_DOB, Math.min(MAX_DOB, dob + (r.chance(0.5) ? 1 : -1) * r.int(40, 500)));
          if (!namesakeClash(fam, giv, dob)) break;
        }
        giv = -1;
      }
      if (giv < 0) continue; // no clash-free name for this twin: leave the household one short
      const idx = persons.length;
      const fi = r.chance(0.7) ? 0 : r.int(0, FAM[fam].lat.length - 1);
      const gi = r.chance(0.6) ? 0 : r.int(0, GIV[giv].forms.length - 1);
      persons.push({
        fam, giv, sex, dob, dobIso: iso(dob), household: h, province: prov, nid: nids.issue(prov, 9), nssf: nssfs.issue('1', 10),
        twin: isTwin && prev ? members[members.length - 1] : -1, registered: true, regLatin: { f: fi, g: gi },
      });
      if (isTwin && prev) prev.twin = idx;
      members.push(idx);
      for (const key of keysOf(fam, giv)) index.add(key, idx);
    }
  }
  const nReg = persons.length;

  // --- the register's records (in person order; shuffled at the end) ---
  const regs: RegisteredWorker[] = persons.map((p) => {
    const f = FAM[p.fam];
    const g = GIV[p.giv];
    let nameKh = `${f.kh} ${g.kh}`;
    if (r.chance(0.1)) nameKh = r.chance(0.4) ? `${f.kh}\u200B${g.kh}` : khVariant(nameKh, r);
    let nameLatin: string | null = null;
    if (r.chance(0.85) && p.regLatin) {
      const form = g.forms[p.regLatin.g];
      const given = form.length > 1 && r.chance(0.5) ? title(form.join('')) : form.join(' ');
      nameLatin = `${f.lat[p.regLatin.f]} ${given}`;
      nameLatin = r.chance(0.85) ? nameLatin.toUpperCase() : nameLatin;
    }
    const dob = iso(p.dob);
    const hireFrom = Math.max(dayOf(2010, 1, 1), p.dob + 18 * 365 + 5);
    const hireTo = dayOf(2025, 5, 31);
    return {
      workerId: '',
      nssfNumber: r.chance(0.97) ? p.nssf : null,
      nationalId: r.chance(0.93) ? p.nid : null,
      nameKh,
      nameLatin,
      sex: r.chance(0.99) ? p.sex : null,
      dateOfBirth: r.chance(0.98) ? dob : null,
      hireDate: r.chance(0.97) ? iso(r.int(Math.min(hireFrom, hireTo - 30), hireTo)) : null,
      wageRiel: r.chance(0.9) ? r.int(830, 1350) * 1000 : null,
    };
  });

  // --- absent ---
  const absent = new Set<number>();
  const order = r.shuffle(persons.map((_, i) => i));
  for (let i = 0; i < Math.round(nReg * 0.1); i++) absent.add(order[i]);
  const present = persons.map((_, i) => i).filter((i) => !absent.has(i));

  // --- rendering a row ---
  const render = (p: Person, force: Force): { row: OnsiteWorker; flags: RowFlags } => {
    const source: Source = weighted(r, [['csv', 78], ['id-card', 12], ['manual', 10]] as [Source, number][]);
    const S = source === 'csv' ? 0 : source === 'id-card' ? 1 : 2;
    const khmer = r.chance([0.45, 0.75, 0.2][S]);
    const swapped = r.chance(khmer ? [0.08, 0.03, 0.12][S] : [0.15, 0.05, 0.3][S]);
    const flags: RowFlags = {
      source, khmer, swapped, upper: false, romanOther: false, compactChanged: false, typo: false, khEnc: false, khSep: 'space',
      nidSlip: false, nssfSlip: false, dobSwap: false,
    };
    const f = FAM[p.fam];
    const g = GIV[p.giv];
    let name: string;
    if (khmer) {
      const sep = weighted(r, [[' ', 72], ['\u200B', 18], ['', 5], ['other', 5]] as [string, number][]);
      flags.khSep = sep === ' ' ? 'space' : sep === '\u200B' ? 'zwsp' : sep === '' ? 'none' : 'other';
      const s2 = sep === 'other' ? r.pick(['  ', '\u00A0', ' \u200B']) : sep;
      const [a, b] = swapped ? [g.kh, f.kh] : [f.kh, g.kh];
      name = a + s2 + b;
      if (r.chance(0.45)) {
        const v = khVariant(name, r);
        flags.khEnc = v !== name;
        name = v;
      }
    } else {
      const reg = p.regLatin;
      const sameAsReg = !!reg && r.chance(0.5);
      const fi = sameAsReg && reg ? reg.f : r.chance(0.6) ? 0 : r.int(0, f.lat.length - 1);
      const gi = sameAsReg && reg ? reg.g : r.chance(0.6) ? 0 : r.int(0, g.forms.length - 1);
      flags.romanOther = !!reg && (fi !== reg.f || gi !== reg.g);
      const form = g.forms[gi];
      const compact = form.length > 1 && r.chance(0.45);
      flags.compactChanged = compact;
      const caseMode = weighted(r, ([[['upper', 55], ['title', 40], ['lower', 5]], [['upper', 85], ['title', 15], ['lower', 0]], [['upper', 20], ['title', 70], ['lower', 10]]] as [string, number][][])[S]);
      const fmt = (w: string) => (caseMode === 'upper' ? w.toUpperCase() : caseMode === 'lower' ? w.toLowerCase() : title(w));
      flags.upper = caseMode === 'upper';
      const words = [fmt(f.lat[fi]), ...(compact ? [fmt(form.join(''))] : form.map(fmt))];
      if (!force.noTypo && !force.exactName && r.chance([0.04, 0.02, 0.1][S])) {
        const long = words.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 4);
        if (long.length) {
          const [w, i] = r.pick(long);
          words[i] = typo(w, r);
          flags.typo = words[i] !== w;
        }
      }
      const fw = words[0];
      const gw = words.slice(1).join(' ');
      name = swapped ? `${gw} ${fw}` : `${fw} ${gw}`;
    }
    let nationalId: string | null = null;
    if (force.nid || r.chance([0.45, 0.96, 0.15][S])) {
      nationalId = p.nid;
      if (r.chance(S === 1 ? 0.02 : 0.04)) {
        nationalId = slipDigits(nationalId, r);
        flags.nidSlip = true;
      }
    }
    let nssfNumber: string | null = null;
    if (p.nssf && r.chance([0.3, 0.02, 0.1][S])) {
      nssfNumber = p.nssf;
      if (r.chance(0.04)) {
        nssfNumber = slipDigits(nssfNumber, r);
        flags.nssfSlip = true;
      }
    }
    let dateOfBirth: string | null = null;
    if (force.dob || r.chance([0.93, 0.97, 0.8][S])) {
      dateOfBirth = iso(p.dob);
      const sw = swapDM(dateOfBirth);
      const dd = Number(dateOfBirth.slice(8, 10));
      if (dd <= 12 && sw !== dateOfBirth && r.chance(S === 1 ? 0.01 : 0.05)) {
        dateOfBirth = sw;
        flags.dobSwap = true;
      }
    }
    const sex = force.sex || r.chance([0.88, 0.97, 0.9][S]) ? p.sex : null;
    return {
      row: {
        id: '', visitId: VISIT_ID, name, nationalId, nssfNumber, sex, dateOfBirth, source, sourceRow: null, recordedAt: '',
      },
      flags,
    };
  };

  interface Pending { row: OnsiteWorker; flags: RowFlags; truth: number | null; kind: 'true' | 'true-twin' | HiddenKind; twin: number; anchor: number }
  const rows: Pending[] = [];
  let forcedRows = 0;

  // --- true rows ---
  for (const i of present) {
    const p = persons[i];
    const isTwinRow = p.twin >= 0 && persons[p.twin].registered;
    let got = render(p, {});
    if (isTwinRow) {
      // Rule 5 for twins: the row must tell the twins (and anyone else) apart.
      for (let t = 0; t < 12 && undecidable(got.row, i, regs, index.candidates(got.row.name)) !== null; t++) {
        got = render(p, t < 6 ? { noTypo: true } : { exactName: true, nid: true, dob: true, sex: true });
        if (t >= 6) forcedRows++;
      }
    }
    rows.push({ ...got, truth: i, kind: isTwinRow ? 'true-twin' : 'true', twin: isTwinRow ? p.twin : -1, anchor: -1 });
  }

  // --- hidden rows ---
  const H = Math.round((present.length * 0.08) / 0.92);
  const nTwinFar = Math.max(2, Math.round(H * 0.05));
  const nTwinNear = Math.max(1, Math.round(H * 0.03));
  const nRelNear = Math.round(H * 0.12);
  const nRel = Math.round(H * 0.42);
  const kinds: HiddenKind[] = [
    ...Array<HiddenKind>(nTwinFar).fill('twin-far'), ...Array<HiddenKind>(nTwinNear).fill('twin-near'),
    ...Array<HiddenKind>(nRelNear).fill('relative-near'), ...Array<HiddenKind>(nRel).fill('relative'),
  ];
  while (kinds.length < H) kinds.push('unrelated');
  const absentList = [...absent];
  const usedTwinAnchor = new Set<number>();
  const hiddenHouseholds = new Set<number>();
  let hiddenRedraws = 0;

  const rule3ok = (row: OnsiteWorker): boolean => {
    for (const i of index.candidates(row.name).keys()) if (!ruledOut(row, regs[i], false)) return false;
    return true;
  };

  for (const kind of kinds) {
    let done = false;
    for (let attempt = 0; attempt < 60 && !done; attempt++) {
      if (attempt > 0) hiddenRedraws++;
      const k: HiddenKind = attempt < 40 ? kind : 'unrelated';
      const twin = k === 'twin-far' || k === 'twin-near';
      // the registered relative
      let anchor = -1;
      if (k !== 'unrelated') {
        const fromAbsent = absentList.length > 0 && r.chance(0.25);
        anchor = fromAbsent ? r.pick(absentList) : r.int(0, nReg - 1);
        const a = persons[anchor];
        const ra = regs[anchor];
        if (twin && (a.twin >= 0 || usedTwinAnchor.has(anchor) || !ra.dateOfBirth || !ra.sex)) continue;
        if (k === 'twin-near' && !ra.nationalId) continue;
      }
      const a = anchor >= 0 ? persons[anchor] : null;
      let sex: Sex = r.chance(0.75) ? 'F' : 'M';
      let giv = -1;
      let dob: number;
      let fam: number;
      if (a) {
        fam = a.fam;
        const pool = (k === 'relative-near' || k === 'twin-near' ? GIV.map((_, j) => j).filter((j) => j !== a.giv && GIV_DIST[a.giv][j] <= 1) : []);
        if (k === 'relative-near' || k === 'twin-near') {
          if (!pool.length) continue;
          giv = r.pick(pool);
          const opts: Sex[] = (['F', 'M'] as Sex[]).filter((s) => sexOk(giv, s));
          sex = k === 'twin-near' && opts.includes(a.sex === 'F' ? 'M' : 'F') && r.chance(0.6) ? (a.sex === 'F' ? 'M' : 'F') : r.pick(opts);
        } else {
          giv = pickGiven(sex, [a.giv], [a.giv], [a.giv]);
        }
        dob = twin ? a.dob : Math.max(MIN_DOB, Math.min(MAX_DOB, a.dob + (r.chance(0.5) ? 1 : -1) * r.int(540, 2900)));
        if (k === 'relative' && r.chance(0.3)) dob = r.int(dayOf(1975, 1, 1), dayOf(2005, 12, 31)); // a cousin
      } else {
        fam = r.pickSkewed(famIdx, 1.7);
        giv = r.pickSkewed(GIV_BY_SEX[sex], 1.2);
        dob = r.int(dayOf(1975, 1, 1), dayOf(2005, 12, 31));
      }
      const province = a ? a.province : weighted(r, PROVINCES);
      const hp: Person = {
        fam, giv, sex, dob, dobIso: iso(dob), household: a ? a.household : -1, province, nid: nids.issue(province, 9), nssf: r.chance(0.1) ? nssfs.issue('1', 10) : null,
        twin: twin ? anchor : -1, registered: false, regLatin: null,
      };
      for (let t = 0; t < 10; t++) {
        const force: Force = t < 3 ? {} : t < 6 ? { dob: true, sex: true } : { dob: true, sex: true, nid: true };
        if (k === 'twin-near' && sex === a?.sex) force.nid = t >= 1;
        const got = render(hp, force);
        if (!rule3ok(got.row)) continue;
        if (twin) {
          const nd = index.candidates(got.row.name).get(anchor);
          // twin-far must be ruled out by name from its twin; twin-near must pass for it by name
          if (k === 'twin-far' && nd !== undefined) continue;
          if (k === 'twin-near' && nd === undefined) continue;
          usedTwinAnchor.add(anchor);
        }
        if (a) hiddenHouseholds.add(a.household);
        rows.push({ ...got, truth: null, kind: k, twin: twin ? anchor : -1, anchor });
        persons.push(hp);
        done = true;
        break;
      }
    }
    if (!done) throw new Error('sixteenth: could not place a fair hidden row');
  }

  // --- shuffle, ids, timestamps ---
  r.shuffle(rows);
  const regOrder = r.shuffle(regs.map((_, i) => i));
  const workerIdOf = new Array<string>(nReg);
  regOrder.forEach((pi, k) => {
    workerIdOf[pi] = `NSSF-W${String(100000 + k * 7 + r.int(0, 6)).padStart(7, '0')}`;
    regs[pi].workerId = workerIdOf[pi];
  });
  const registered = regOrder.map((pi) => regs[pi]);
  const truth = new Map<string, string | null>();
  const meta: SixteenthMeta = {
    kind: new Map(), twinOf: new Map(), anchorOf: new Map(), flags: new Map(), household: new Map(), twins: new Set(),
    absent: new Set([...absent].map((i) => workerIdOf[i])), hiddenHouseholds, households: householdMembers.length, forcedRows, hiddenRedraws,
  };
  for (let i = 0; i < nReg; i++) {
    meta.household.set(workerIdOf[i], persons[i].household);
    if (persons[i].twin >= 0) meta.twins.add(workerIdOf[i]);
  }
  let t = Date.UTC(2025, 5, 12, 1, 30, 0);
  let csvRow = 0;
  const onsite: OnsiteWorker[] = rows.map((p) => {
    t += r.int(4, 45) * 1000;
    const row: OnsiteWorker = { ...p.row, id: uuid(r), recordedAt: new Date(t).toISOString(), sourceRow: p.row.source === 'csv' ? ++csvRow : null };
    truth.set(row.id, p.truth === null ? null : workerIdOf[p.truth]);
    meta.kind.set(row.id, p.kind);
    meta.flags.set(row.id, p.flags);
    if (p.twin >= 0) {
      meta.twinOf.set(row.id, workerIdOf[p.twin]);
      meta.twins.add(workerIdOf[p.twin]);
    }
    if (p.anchor >= 0) meta.anchorOf.set(row.id, workerIdOf[p.anchor]);
    return row;
  });
  return { roster: { registered, onsite, truth }, meta };
}

const VISIT_ID = 'visit-sixteenth-family-factory';

export function generateSixteenth(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ---------------------------------------------------------------------------------------------
// Self-check
// ---------------------------------------------------------------------------------------------

async function selfCheck(size: number, seed: number): Promise<boolean> {
  const { RegisteredWorker: RegSchema, OnsiteWorker: OnsiteSchema } = await import('../../src/protocol');
  const fails: string[] = [];
  const check = (ok: boolean, what: string) => {
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
    if (!ok) fails.push(what);
  };
  const pct = (a: number, b: number) => `${a} (${b ? ((100 * a) / b).toFixed(2) : '0.00'} %)`;

  const t0 = performance.now();
  const { roster, meta } = build(size, seed);
  const genMs = performance.now() - t0;
  const { registered, onsite, truth } = roster;
  const byId = new Map(registered.map((w, i) => [w.workerId, i] as const));

  // --- shape ---
  const hiddenRows = onsite.filter((o) => truth.get(o.id) === null);
  const trueRows = onsite.filter((o) => truth.get(o.id) !== null);
  const presentIds = new Set(trueRows.map((o) => truth.get(o.id)!));
  const absentCount = registered.length - presentIds.size;
  console.log(`sixteenth roster: size ${size}, seed ${seed}, generated in ${genMs.toFixed(0)} ms`);
  console.log(`  registered ${registered.length}, households ${meta.households} (mean ${(registered.length / meta.households).toFixed(2)} registered per household)`);
  console.log(`  on site ${onsite.length}: true ${trueRows.length}, hidden ${pct(hiddenRows.length, onsite.length)}; absent ${pct(absentCount, registered.length)}`);
  const hhSize = new Map<number, number>();
  for (const h of meta.household.values()) hhSize.set(h, (hhSize.get(h) ?? 0) + 1);
  const inBig = [...meta.household.values()].filter((h) => (hhSize.get(h) ?? 0) >= 3).length;
  const famCount = new Map<string, number>();
  const famOf = (w: RegisteredWorker) => khCanon(w.nameKh.split(KH_SEP)[0] ?? '');
  for (const w of registered) famCount.set(famOf(w), (famCount.get(famOf(w)) ?? 0) + 1);
  console.log(`  registered in a household with 2+ other registered members: ${pct(inBig, registered.length)}; ${famCount.size} family names, the most common on ${pct(Math.max(...famCount.values()), registered.length)}`);
  const twinsOfRegistered = [...meta.twins].length;
  const hiddenTwins = [...meta.kind.values()].filter((k) => k === 'twin-far' || k === 'twin-near').length;
  console.log(`  twins: ${pct(twinsOfRegistered, registered.length)} registered workers are a twin (${twinsOfRegistered - hiddenTwins} with a registered twin, ${hiddenTwins} with a hidden twin on site)`);
  const kindCount = new Map<string, number>();
  for (const k of meta.kind.values()) kindCount.set(k, (kindCount.get(k) ?? 0) + 1);
  console.log(`  row kinds: ${[...kindCount].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  const anchoredAbsent = hiddenRows.filter((o) => meta.absent.has(meta.anchorOf.get(o.id) ?? '')).length;
  const absentWithSibling = [...meta.absent].filter((wid) => {
    const h = meta.household.get(wid)!;
    return [...meta.household].some(([w2, h2]) => h2 === h && w2 !== wid && presentIds.has(w2)) || meta.hiddenHouseholds.has(h);
  }).length;
  console.log(`  hidden relatives/twins of an absent registered worker: ${anchoredAbsent}; absent workers with a sibling/relative on site: ${pct(absentWithSibling, absentCount)}`);
  const F = [...meta.flags.entries()];
  const cnt = (pred: (f: RowFlags, id: string) => boolean) => F.filter(([id, f]) => pred(f, id)).length;
  const lat = cnt((f) => !f.khmer);
  const kh = cnt((f) => f.khmer);
  console.log(`  sources: csv ${pct(cnt((f) => f.source === 'csv'), onsite.length)}, id-card ${pct(cnt((f) => f.source === 'id-card'), onsite.length)}, manual ${pct(cnt((f) => f.source === 'manual'), onsite.length)}`);
  console.log(`  names: Khmer ${pct(kh, onsite.length)}, Latin ${pct(lat, onsite.length)}; order swapped ${pct(cnt((f) => f.swapped), onsite.length)}`);
  console.log(`  Latin rows: upper ${pct(cnt((f) => !f.khmer && f.upper), lat)}, spelling other than register's ${pct(cnt((f, id) => !f.khmer && f.romanOther && truth.get(id) !== null), lat)}, compact given name ${pct(cnt((f) => !f.khmer && f.compactChanged), lat)}, typo ${pct(cnt((f) => !f.khmer && f.typo), lat)}`);
  console.log(`  Khmer rows: encoding variant ${pct(cnt((f) => f.khmer && f.khEnc), kh)}, zero-width separator ${pct(cnt((f) => f.khSep === 'zwsp'), kh)}, no separator ${pct(cnt((f) => f.khSep === 'none'), kh)}, other separator ${pct(cnt((f) => f.khSep === 'other'), kh)}`);
  const rate = (rows: OnsiteWorker[], pred: (o: OnsiteWorker) => boolean) => pct(rows.filter(pred).length, rows.length);
  for (const [label, rows] of [['true', trueRows], ['hidden', hiddenRows]] as const) {
    console.log(`  ${label} rows: nid ${rate(rows, (o) => !!o.nationalId)}, nssf ${rate(rows, (o) => !!o.nssfNumber)}, dob ${rate(rows, (o) => !!o.dateOfBirth)}, sex ${rate(rows, (o) => !!o.sex)}`);
  }
  console.log(`  slips: nid ${pct(cnt((f) => f.nidSlip), trueRows.filter((o) => o.nationalId).length)} of true rows with nid, nssf ${pct(cnt((f) => f.nssfSlip), trueRows.filter((o) => o.nssfNumber).length)}; dob day/month swapped ${pct(cnt((f) => f.dobSwap), onsite.filter((o) => o.dateOfBirth).length)}`);
  console.log(`  register: nameLatin ${pct(registered.filter((w) => w.nameLatin).length, registered.length)}, nid ${pct(registered.filter((w) => w.nationalId).length, registered.length)}, nssf ${pct(registered.filter((w) => w.nssfNumber).length, registered.length)}, dob ${pct(registered.filter((w) => w.dateOfBirth).length, registered.length)}, sex ${pct(registered.filter((w) => w.sex).length, registered.length)}, Khmer with a zero-width space or an encoding variant ${pct(registered.filter((w) => w.nameKh !== w.nameKh.normalize('NFC').replace(/\u200B/g, ' ') || khCanon(w.nameKh) !== w.nameKh.replace(/\s/g, '')).length, registered.length)}`);
  console.log(`  generator: ${meta.forcedRows} twin rows given exact name + ID to stay decidable; ${meta.hiddenRedraws} hidden rows redrawn for fairness`);

  // --- audit index (built from the roster's text alone) ---
  const idx = new NameIndex();
  const regKeys = registered.map((w, i) => {
    const ks = registeredKeys(w);
    for (const k of ks) idx.add(k, i);
    return ks;
  });

  // --- rule 1 ---
  console.log('rule 1: true rows carry only plausible variants');
  let r1name = 0;
  let r1id = 0;
  let r1dob = 0;
  let r1sex = 0;
  let r1found = 0;
  for (const o of trueRows) {
    const i = byId.get(truth.get(o.id)!)!;
    const w = registered[i];
    const { fuzzy, exact, khmer } = nameKeys(o.name);
    let ok: boolean;
    if (khmer) ok = regKeys[i].includes(fuzzy[0]) || exact.some((k) => regKeys[i].includes(k));
    else ok = regKeys[i].some((k) => dist1(k, fuzzy[0]) <= 1);
    if (!ok) r1name++;
    if ((o.nationalId && w.nationalId && !idClose(o.nationalId, w.nationalId)) || (o.nssfNumber && w.nssfNumber && !idClose(o.nssfNumber, w.nssfNumber))) r1id++;
    if (o.dateOfBirth && w.dateOfBirth && o.dateOfBirth !== w.dateOfBirth && swapDM(o.dateOfBirth) !== w.dateOfBirth) r1dob++;
    if (o.sex && w.sex && o.sex !== w.sex) r1sex++;
    if (!idx.candidates(o.name).has(i)) r1found++;
  }
  check(r1name === 0, `names within the listed variants (+1 typo / encoding): ${r1name} violations`);
  check(r1id === 0, `IDs exact or one slip: ${r1id} violations`);
  check(r1dob === 0, `DOB exact or day/month swapped: ${r1dob} violations`);
  check(r1sex === 0, `sex right or missing: ${r1sex} violations`);
  check(r1found === 0, `the true worker is found by name within one edit: ${r1found} misses`);

  // --- rule 2 ---
  console.log('rule 2: registered namesakes never share a DOB (nor a swap / one digit)');
  let pairs = 0;
  let r2 = 0;
  const seenPair = new Set<string>();
  for (const [, list] of idx.entries()) {
    if (list.length < 2) continue;
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const key = list[a] < list[b] ? `${list[a]},${list[b]}` : `${list[b]},${list[a]}`;
        if (seenPair.has(key)) continue;
        seenPair.add(key);
        pairs++;
        const da = registered[list[a]].dateOfBirth;
        const db = registered[list[b]].dateOfBirth;
        if (da && db && dobClose(da, db)) r2++;
      }
    }
  }
  const withNamesake = new Set([...seenPair].flatMap((k) => k.split(',').map(Number))).size;
  check(r2 === 0, `${pairs} namesake pairs (${pct(withNamesake, registered.length)} registered have a namesake), ${r2} with a close DOB`);

  // --- rule 3 ---
  console.log('rule 3: every hidden row is ruled out by name or by a field on both sides');
  let r3 = 0;
  let byName = 0;
  let byField = 0;
  let twinFarByName = 0;
  let twinFarBad = 0;
  let twinNearOk = 0;
  let twinNearBad = 0;
  for (const o of hiddenRows) {
    const cands = idx.candidates(o.name);
    if (cands.size === 0) byName++;
    else byField++;
    for (const i of cands.keys()) if (!ruledOut(o, registered[i], false)) r3++;
    const k = meta.kind.get(o.id);
    const tw = meta.twinOf.get(o.id);
    if (tw && k === 'twin-far') {
      const twi = byId.get(tw)!;
      if (cands.has(twi)) twinFarBad++;
      else twinFarByName++;
    }
    if (tw && k === 'twin-near') {
      const twi = byId.get(tw)!;
      const w = registered[twi];
      const bySexOrId = (!!o.sex && !!w.sex && o.sex !== w.sex) || (!!o.nationalId && !!w.nationalId && !idClose(o.nationalId, w.nationalId));
      if (cands.has(twi) && bySexOrId) twinNearOk++;
      else twinNearBad++;
    }
  }
  check(r3 === 0, `${hiddenRows.length} hidden rows: ${byName} pass for no registered worker by name, ${byField} pass for a namesake and are ruled out by a field; ${r3} not ruled out`);
  check(twinFarByName > 0 && twinFarBad === 0, `hidden twins with a different real given name, ruled out from their registered twin by name: ${twinFarByName} (bad ${twinFarBad})`);
  check(twinNearOk > 0 && twinNearBad === 0, `hidden twins with a given name within one edit, ruled out from their twin by sex or national ID: ${twinNearOk} (bad ${twinNearBad})`);

  // --- rule 4 ---
  console.log('rule 4: nothing leaks the truth');
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  check(onsite.every((o) => uuidRe.test(o.id)) && new Set(onsite.map((o) => o.id)).size === onsite.length, 'on-site ids are unique v4 UUIDs');
  check(onsite.every((o, i) => i === 0 || o.recordedAt > onsite[i - 1].recordedAt), 'recordedAt strictly increasing in row order');
  const half = Math.floor(onsite.length / 2);
  const h1 = onsite.slice(0, half).filter((o) => truth.get(o.id) === null).length / half;
  const h2 = onsite.slice(half).filter((o) => truth.get(o.id) === null).length / (onsite.length - half);
  const hp = hiddenRows.length / onsite.length;
  const sigH = Math.sqrt(hp * (1 - hp) * (1 / half + 1 / (onsite.length - half)));
  check(Math.abs(h1 - h2) < 4 * sigH, `hidden rate first half ${(100 * h1).toFixed(1)} % vs second half ${(100 * h2).toFixed(1)} % (within 4 sigma = ${(400 * sigH).toFixed(1)} points)`);
  let up = 0;
  let steps = 0;
  for (let i = 1; i < trueRows.length; i++) {
    steps++;
    if (byId.get(truth.get(trueRows[i].id)!)! > byId.get(truth.get(trueRows[i - 1].id)!)!) up++;
  }
  check(Math.abs(up / steps - 0.5) < 4 * (0.5 / Math.sqrt(steps)), `true rows in register order ${(100 * up / steps).toFixed(1)} % of steps (≈ 50 % when shuffled, within 4 sigma)`);
  let adjSame = 0;
  for (let i = 1; i < registered.length; i++) if (meta.household.get(registered[i].workerId) === meta.household.get(registered[i - 1].workerId)) adjSame++;
  check(adjSame / registered.length < 0.02, `register order does not follow households: ${adjSame} adjacent same-household pairs`);
  check(onsite.every((o) => (o.source === 'csv') === (o.sourceRow !== null)), 'sourceRow set exactly on CSV rows');

  // --- rule 5 ---
  console.log('rule 5: undecidable true rows under 4 %');
  let und = 0;
  let undTwin = 0;
  let twinRows = 0;
  for (const o of trueRows) {
    const i = byId.get(truth.get(o.id)!)!;
    const other = undecidable(o, i, registered, idx.candidates(o.name));
    const tw = meta.twinOf.get(o.id);
    if (tw) twinRows++;
    if (other !== null) {
      und++;
      if (tw) undTwin++;
    }
  }
  check(und / trueRows.length < 0.04, `undecidable true rows: ${pct(und, trueRows.length)}`);
  check(undTwin === 0, `rows of registered twins (${twinRows}) undecidable: ${undTwin}`);

  // --- schemas ---
  console.log('schemas');
  const r = rng(seed + 99);
  const sampleReg = [...registered.slice(0, 100), ...Array.from({ length: 200 }, () => r.pick(registered))];
  const sampleOn = [...onsite.slice(0, 100), ...Array.from({ length: 300 }, () => r.pick(onsite)), ...hiddenRows.slice(0, 50)];
  const badReg = sampleReg.filter((w) => !RegSchema.safeParse(w).success).length;
  const badOn = sampleOn.filter((o) => !OnsiteSchema.safeParse(o).success).length;
  check(badReg === 0, `RegisteredWorker schema: ${badReg} of ${sampleReg.length} sampled invalid`);
  check(badOn === 0, `OnsiteWorker schema: ${badOn} of ${sampleOn.length} sampled invalid`);
  check(onsite.every((o) => !('statedStartDate' in o) && !('wageRiel' in o)), 'no statedStartDate / wageRiel on on-site rows');
  check(truth.size === onsite.length && [...truth.values()].every((v) => v === null || byId.has(v)), 'truth covers every row and names registered workers');
  check(new Set(registered.map((w) => w.workerId)).size === registered.length, 'workerIds unique');

  // --- determinism and time ---
  console.log('determinism and time');
  const ser = (x: Roster) => JSON.stringify({ r: x.registered, o: x.onsite, t: [...x.truth] });
  const a = ser(generateSixteenth(size, seed));
  check(a === ser(roster), 'same seed gives the same roster');
  check(a !== ser(generateSixteenth(size, seed + 1)), 'another seed gives another roster');
  const t1 = performance.now();
  generateSixteenth(10000, seed);
  const ms = performance.now() - t1;
  check(ms < 2000, `10,000 registered generated in ${ms.toFixed(0)} ms (first build in this process: ${genMs.toFixed(0)} ms at size ${size})`);

  console.log(fails.length ? `FAIL (${fails.length}): ${fails.join('; ')}` : 'PASS');
  return fails.length === 0;
}

if (process.argv[1]?.endsWith('sixteenth.ts')) {
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
