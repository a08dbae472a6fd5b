/**
 * "Fourteenth" benchmark roster: HARD MODE. Written blind (without reading the engine or the
 * other generators). Only the variations the product text lists, each at two to three times a
 * typical rate, so the engine is tested near the limit of what a careful human can still decide.
 *
 * MODEL (nominal rates; the self-check prints the realised ones)
 *   Register (size = number of registered workers): Khmer name always, Latin name missing on
 *   30 % (else upper case 70 % / title case, one of the listed romanizations per word, a
 *   two-word given name joined or spaced), a Khmer encoding variant on 12 % of registered Khmer
 *   names, sex always, date of birth always, national ID 97 %, NSSF number 99 %, hire date,
 *   wage (5 % null). Names come from a heavily skewed distribution (family: pickSkewed s=2.2 over
 *   50 names; given: s=2.0 over 33 women's / 34 men's names, unisex ones in both; 65 % women),
 *   so common full names collide a lot (at 10,000 about 93 % of workers share their full name
 *   with someone, the largest group is about 200).
 *   12 % of registered workers are absent.
 *   On site: every present registered worker once, plus hidden workers = 9 % of the on-site list;
 *   60 % of hidden workers are namesakes of a registered worker (the same full name, exact or in
 *   another listed spelling / the other script, never a typo), 40 % carry a name that no
 *   registered worker has (they may still be within one edit of one: then rule 3 applies).
 *   Hidden rows get the same field, script, case and swap rates as true rows; only the 40 %
 *   non-namesakes get typos (18 % of their Latin rows), and they never carry an NSSF number.
 *   Name field: Latin 55 % / Khmer 45 %.
 *   Latin rows: another listed romanization than the register's (or, when the register has no
 *   Latin name, than the first listed one) for at least one word in 75 %,
 *   family/given swapped 20 %, UPPER 40 % / Title 50 % / lower 10 %, two-word given name joined
 *   or spaced at random, one typo in one word of 4+ letters in 18 % (substitution, deletion,
 *   doubled/inserted letter or adjacent transposition; never producing a listed spelling).
 *   Khmer rows: an encoding variant in 50 % (one or two of: ZWSP instead of the space, no space,
 *   ZWSP inside a joined two-word given name, register shifter typed after the vowel, nikahit
 *   typed before the vowel, split vowel េ+ី for ើ / េ+ា for ោ). NFC/NFD is a no-op on these
 *   code points, so it is not counted as a variant.
 *   Source: manual 40 % / csv 50 % (sourceRow 1.. in row order) / id-card 10 % (an id-card row
 *   always carries national ID, sex and date of birth, typed by the inspector, slips possible).
 *   National ID on ~35 % of rows, one slip (one digit changed or two adjacent digits
 *   transposed) on 8 % of those; NSSF number on ~15 % of true rows (never on hidden rows), one
 *   slip on 8 %; date of birth missing on ~20 %, day/month swapped on ~8 % of those present
 *   (only dates with day <= 12 can be swapped); sex missing on 25 %.
 *
 * FAIRNESS RULES (audited by the self-check; a careful human with both lists can decide)
 *   1. A true row carries only plausible variants of its registered worker: listed
 *      romanizations, either order, any case, joined/spaced two-word given name, at most one typo
 *      in one word of 4+ letters (Latin rows only), Khmer encoding variants; IDs exact or one
 *      slip; date of birth exact or day/month swapped; sex right or missing. No extra variation.
 *   2. Registered namesakes (same full name in any spelling) never share a date of birth and are
 *      more than a swap / one digit / one adjacent transposition apart; all registered national
 *      IDs (and NSSF numbers) are pairwise more than one slip apart.
 *   3. A hidden row either cannot pass for any registered worker by name (a Latin name, case
 *      ignored, is not within one Damerau edit, a space counting as a character, of any
 *      romanization of any registered name, in either order; a Khmer name is not the same name
 *      and does not differ from one in a single part, family or given name, whose romanizations
 *      come within one edit of each other), or is ruled out from EVERY
 *      registered worker it could pass for by a field present on both sides: sex differs, date
 *      of birth more than a swap / one digit apart, or national IDs two or more edits apart.
 *      Hidden namesakes get such a field when their natural draw has none (65 % a far date of
 *      birth, 35 % a national ID), which raises their field rates a little.
 *   4. Nothing leaks the truth: persons and rows are shuffled, on-site ids are random v4 UUIDs
 *      from the seeded PRNG, recordedAt increases in row order, worker ids are assigned after
 *      the register is shuffled.
 *   5. Undecidable true rows stay under 4 %: when a true row could equally well (same or fewer
 *      slips) be another registered worker, it is given a DISTINGUISHING FIELD from its own
 *      worker (the exact date of birth, the national ID, or sex; an ID/date slip or a typo is
 *      undone if that is what ties it). A row another worker fits strictly better is always
 *      fixed; genuine ties are left in place up to 1.5 % of true rows (those belong in review).
 *      Because of these fixes the draw rates of date of birth and national ID are steered by a
 *      small deterministic feedback loop so the FINAL rates land near the targets above at any
 *      size (the self-check prints them). Rows with rare names therefore miss their date of
 *      birth more often than rows with common names, as they would on a real form that the
 *      inspector completes only where it matters.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY14, GIVEN14, type GivenEntry, type KhWord } from './fourteenth-names';

export const FOURTEENTH_LABEL = 'fourteenth: hard mode (2-3x variation rates, skewed namesakes, 9% hidden, 12% absent)';

// ---------------------------------------------------------------------------------------------
// Rates
// ---------------------------------------------------------------------------------------------

const R = {
  absent: 0.12,
  hiddenShare: 0.09,
  hiddenNamesake: 0.6,
  female: 0.65,
  skewFamily: 2.2,
  skewGiven: 2.0,
  regLatinMissing: 0.3,
  regLatinUpper: 0.7,
  regKhVariant: 0.12,
  regNid: 0.97,
  regNssf: 0.99,
  regWageNull: 0.05,
  onsiteLatin: 0.55,
  latinTranslit: 0.75,
  latinSwap: 0.2,
  latinTypo: 0.18,
  khEncoding: 0.5,
  idCard: 0.1,
  csv: 0.5,
  // Final targets over all on-site rows (id-card rows and rule-5 / rule-3 fixes included). Fixes
  // add dates of birth and IDs, so the draw rate for the other rows is steered by a small
  // feedback controller (deterministic; rows are shuffled afterwards, so it leaks nothing).
  nidTarget: 0.35,
  dobMissingTarget: 0.2,
  nidStart: 0.2,
  dobMissingStart: 0.36,
  sexMissingBase: 0.278,
  nidSlip: 0.1,
  nssf: 0.15,
  nssfSlip: 0.08,
  dobSwapEligible: 0.28,
  hiddenFixDob: 0.65,
  residualTies: 0.015,
};

// ---------------------------------------------------------------------------------------------
// Names: keys, renderings, Khmer normalisation
// ---------------------------------------------------------------------------------------------

const NG = GIVEN14.length;
const keyOf = (f: number, g: number) => f * NG + g;
const famOf = (key: number) => Math.floor(key / NG);
const givOf = (key: number) => key % NG;
const wordsOf = (key: number): KhWord[] => [FAMILY14[famOf(key)], ...GIVEN14[givOf(key)].words];

const GIVEN_BY_SEX: Record<'F' | 'M', number[]> = { F: [], M: [] };
GIVEN14.forEach((g: GivenEntry, i) => {
  if (g.sex !== 'M') GIVEN_BY_SEX.F.push(i);
  if (g.sex !== 'F') GIVEN_BY_SEX.M.push(i);
});
const FAMILY_IDX = FAMILY14.map((_, i) => i);

/** Every listed spelling of every word (lower case), plus joined two-word given names. */
const ALL_SPELLINGS = new Set<string>();
for (const f of FAMILY14) for (const l of f.lat) ALL_SPELLINGS.add(l.toLowerCase());
for (const g of GIVEN14) {
  for (const wd of g.words) for (const l of wd.lat) ALL_SPELLINGS.add(l.toLowerCase());
  if (g.words.length === 2) for (const a of g.words[0].lat) for (const b of g.words[1].lat) ALL_SPELLINGS.add((a + b).toLowerCase());
}

const renderCache = new Map<number, string[]>();
/**
 * All romanizations of a full name, both orders, lower case, one space between words (a two-word
 * given name joined or spaced).
 */
function renderings(key: number): string[] {
  let out = renderCache.get(key);
  if (out) return out;
  const ws = wordsOf(key);
  let given = [''];
  for (const wd of ws.slice(1)) given = given.flatMap((p) => wd.lat.flatMap((l) => (p ? [p + l.toLowerCase(), p + ' ' + l.toLowerCase()] : [l.toLowerCase()])));
  const set = new Set<string>();
  for (const fl of ws[0].lat) for (const gl of given) {
    set.add(fl.toLowerCase() + ' ' + gl);
    set.add(gl + ' ' + fl.toLowerCase());
  }
  out = [...set];
  renderCache.set(key, out);
  return out;
}

/** Forms of a given name: each word's romanizations, a two-word name joined or spaced; lower case. */
function givenForms(g: number): string[] {
  let forms = [''];
  for (const wd of GIVEN14[g].words) forms = forms.flatMap((p) => wd.lat.flatMap((l) => (p ? [p + l.toLowerCase(), p + ' ' + l.toLowerCase()] : [l.toLowerCase()])));
  return forms;
}
const nearLists = (forms: string[][]): number[][] =>
  forms.map((a, i) => forms.flatMap((b, j) => (i !== j && a.some((x) => b.some((y) => dl1(x, y) <= 1)) ? [j] : [])));
/** Family names (and given names) one of whose romanizations is within one edit of one of another's. */
const FAM_NEAR = nearLists(FAMILY14.map((f) => f.lat.map((l) => l.toLowerCase())));
const GIV_NEAR = nearLists(GIVEN14.map((_, g) => givenForms(g)));

const ZW = /[\s\u200B\u200C\u200D\u2060\uFEFF]/g;
/** Khmer text to one canonical form: no separators, composite vowels, shifter before vowel, sign after vowel. */
export function normKh(s: string): string {
  return s
    .normalize('NFC')
    .replace(ZW, '')
    .replace(/\u17C1\u17B8/g, '\u17BE')
    .replace(/\u17C1\u17B6/g, '\u17C4')
    .replace(/([\u17B6-\u17C5])([\u17C9\u17CA])/g, '$2$1')
    .replace(/\u17C6([\u17B6-\u17C5])/g, '$1\u17C6');
}

const khCanon = (key: number) => {
  const ws = wordsOf(key);
  return ws[0].kh + ' ' + ws.slice(1).map((x) => x.kh).join('');
};

/** Normalised Khmer full name (either order) -> key, for every possible name. */
const KH_LOOKUP = new Map<string, number>();
const KH_COLLISIONS: string[] = [];
for (let f = 0; f < FAMILY14.length; f++) {
  for (let g = 0; g < NG; g++) {
    const key = keyOf(f, g);
    const ws = wordsOf(key);
    const gk = ws.slice(1).map((x) => x.kh).join('');
    for (const s of [ws[0].kh + gk, gk + ws[0].kh]) {
      const n = normKh(s);
      const prev = KH_LOOKUP.get(n);
      if (prev !== undefined && prev !== key) KH_COLLISIONS.push(s);
      KH_LOOKUP.set(n, key);
    }
  }
}
const parseKh = (s: string): number | undefined => KH_LOOKUP.get(normKh(s));
const isKhmer = (s: string) => /[\u1780-\u17FF]/.test(s);
/** A Latin name as compared: lower case, words separated by one space. */
const normLatin = (s: string) => s.toLowerCase().replace(/[^a-z]+/g, ' ').trim();
const letters = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

// ---------------------------------------------------------------------------------------------
// Distances
// ---------------------------------------------------------------------------------------------

/** Damerau (optimal string alignment) distance capped at 2: 0, 1 or 2 (= "2 or more"). */
export function dl1(a: string, b: string): 0 | 1 | 2 {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1 || lb - la > 1) return 2;
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

/** One slip between digit strings: one digit changed, or two adjacent digits transposed. */
function oneSlip(a: string, b: string): boolean {
  return a.length === b.length && dl1(a, b) === 1;
}

function swapDM(dob: string): string | null {
  const [y, m, d] = dob.split('-');
  if (Number(d) > 12 || d === m) return null;
  return `${y}-${d}-${m}`;
}
/** Dates a human could not tell apart: equal, day/month swapped, or one digit / one transposition apart. */
function dobNear(a: string, b: string): boolean {
  return a === b || swapDM(a) === b || oneSlip(a.replace(/-/g, ''), b.replace(/-/g, ''));
}

/** Symmetric-deletion index of the romanizations of a set of name keys; finds names within one edit. */
class NameIndex {
  /** rendering id -> string, and -> the name keys it renders */
  private str: string[] = [];
  private keys: number[][] = [];
  private exact = new Map<string, number>();
  private del = new Map<string, number[]>();
  private seen: Int32Array = new Int32Array(0);
  private stamp = 0;
  private cacheL = new Map<string, Map<number, number>>();
  private cacheK = new Map<number, Map<number, number>>();
  constructor(keys: Iterable<number>) {
    for (const key of keys) {
      for (const r of renderings(key)) {
        let id = this.exact.get(r);
        if (id === undefined) {
          id = this.str.length;
          this.str.push(r);
          this.keys.push([]);
          this.exact.set(r, id);
          for (let i = 0; i < r.length; i++) {
            if (i > 0 && r[i] === r[i - 1]) continue; // same deletion as the previous one
            const d = r.slice(0, i) + r.slice(i + 1);
            const l = this.del.get(d);
            if (l) l.push(id);
            else this.del.set(d, [id]);
          }
        }
        const ks = this.keys[id];
        if (!ks.includes(key)) ks.push(key);
      }
    }
    this.seen = new Int32Array(this.str.length);
  }
  /** name key -> 0 (an exact romanization) or 1 (one edit, a space counting as a character), for a normalised Latin name. */
  queryLatin(q: string): Map<number, number> {
    let res = this.cacheL.get(q);
    if (res) return res;
    res = new Map();
    const stamp = ++this.stamp;
    const found = res;
    const visit = (id: number | undefined) => {
      if (id === undefined || this.seen[id] === stamp) return;
      this.seen[id] = stamp;
      const dist = dl1(q, this.str[id]);
      if (dist > 1) return;
      for (const key of this.keys[id]) {
        const prev = found.get(key);
        if (prev === undefined || dist < prev) found.set(key, dist);
      }
    };
    visit(this.exact.get(q));
    for (const id of this.del.get(q) ?? []) visit(id);
    for (let i = 0; i < q.length; i++) {
      if (i > 0 && q[i] === q[i - 1]) continue;
      const d = q.slice(0, i) + q.slice(i + 1);
      visit(this.exact.get(d));
      for (const id of this.del.get(d) ?? []) visit(id);
    }
    this.cacheL.set(q, res);
    return res;
  }
  /**
   * For a Khmer name (its key): the same name at 0; at 1 a name that differs in one part only (the
   * family name, or the given name) where some romanization of the one is within one edit of some
   * romanization of the other.
   */
  queryKhmer(key: number): Map<number, number> {
    let res = this.cacheK.get(key);
    if (res) return res;
    res = new Map();
    const f = famOf(key);
    const g = givOf(key);
    if (this.has(key)) res.set(key, 0);
    for (const f2 of FAM_NEAR[f]) if (this.has(keyOf(f2, g))) res.set(keyOf(f2, g), 1);
    for (const g2 of GIV_NEAR[g]) if (this.has(keyOf(f, g2))) res.set(keyOf(f, g2), 1);
    this.cacheK.set(key, res);
    return res;
  }
  private keySet: Set<number> | null = null;
  private has(key: number): boolean {
    if (!this.keySet) this.keySet = new Set(this.keys.flat());
    return this.keySet.has(key);
  }
  query(name: string): Map<number, number> {
    if (isKhmer(name)) {
      const key = parseKh(name);
      return key === undefined ? new Map() : this.queryKhmer(key);
    }
    return this.queryLatin(normLatin(name));
  }
}

// ---------------------------------------------------------------------------------------------
// Generation helpers
// ---------------------------------------------------------------------------------------------

const DAY = 86_400_000;
const DOB_FROM = Date.UTC(1966, 0, 1);
const DOB_DAYS = Math.round((Date.UTC(2006, 11, 31) - DOB_FROM) / DAY);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const drawDob = (r: Rng) => isoDay(DOB_FROM + r.int(0, DOB_DAYS) * DAY);

const digits = (r: Rng, n: number, first: string) => {
  let s = first;
  while (s.length < n) s += String(r.int(0, 9));
  return s;
};
function slipNeighbours(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    for (let d = 0; d <= 9; d++) if (String(d) !== s[i]) out.push(s.slice(0, i) + d + s.slice(i + 1));
    if (i + 1 < s.length && s[i] !== s[i + 1]) out.push(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  }
  return out;
}
/** A new number not equal to, nor one slip from, any number already in `used`. */
function freshNumber(r: Rng, used: Set<string>, n: number, firsts: string): string {
  for (;;) {
    const s = digits(r, n, firsts[r.int(0, firsts.length - 1)]);
    if (used.has(s) || slipNeighbours(s).some((x) => used.has(x))) continue;
    used.add(s);
    return s;
  }
}
function slip(r: Rng, s: string): string {
  if (r.chance(0.5)) {
    const ps: number[] = [];
    for (let i = 0; i + 1 < s.length; i++) if (s[i] !== s[i + 1]) ps.push(i);
    if (ps.length) {
      const i = r.pick(ps);
      return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    }
  }
  const i = r.int(0, s.length - 1);
  let d = s[i];
  while (d === s[i]) d = String(r.int(0, 9));
  return s.slice(0, i) + d + s.slice(i + 1);
}

function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(Math.floor(r.next() * 256));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

type KhKind = 'zwsp' | 'nospace' | 'zwsp-inner' | 'shifter-order' | 'nikahit-order' | 'split-vowel';

/** A Khmer rendering of the name with one or two encoding variants that look the same (or differ only in the gap). */
function khVariant(r: Rng, key: number): string {
  const ws = wordsOf(key);
  const fam = ws[0].kh;
  const giv = ws.slice(1).map((x) => x.kh);
  const kinds: KhKind[] = ['zwsp', 'nospace'];
  const whole = fam + giv.join('');
  if (giv.length === 2) kinds.push('zwsp-inner');
  if (/[\u17C9\u17CA][\u17B6-\u17C5]/.test(whole)) kinds.push('shifter-order', 'shifter-order');
  if (/[\u17B6-\u17C5]\u17C6/.test(whole)) kinds.push('nikahit-order', 'nikahit-order');
  if (/[\u17BE\u17C4]/.test(whole)) kinds.push('split-vowel', 'split-vowel');
  const chosen = new Set<KhKind>([r.pick(kinds)]);
  if (r.chance(0.3)) chosen.add(r.pick(kinds));
  if (chosen.has('zwsp') && chosen.has('nospace')) chosen.delete('nospace');
  const word = (s: string) => {
    let t = s;
    if (chosen.has('shifter-order')) t = t.replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/g, '$2$1');
    if (chosen.has('nikahit-order')) t = t.replace(/([\u17B6-\u17C5])\u17C6/g, '\u17C6$1');
    if (chosen.has('split-vowel')) t = t.replace(/\u17BE/g, '\u17C1\u17B8').replace(/\u17C4/g, '\u17C1\u17B6');
    return t;
  };
  const sep = chosen.has('zwsp') ? '\u200B' : chosen.has('nospace') ? '' : ' ';
  const gsep = chosen.has('zwsp-inner') ? '\u200B' : '';
  return word(fam) + sep + giv.map(word).join(gsep);
}

type Case = 'upper' | 'title' | 'lower';
const applyCase = (t: string, c: Case) => (c === 'upper' ? t.toUpperCase() : c === 'lower' ? t.toLowerCase() : t[0].toUpperCase() + t.slice(1).toLowerCase());

/** Tokens of a Latin rendering: family, then given (joined into one token or one per word). */
function latinTokens(spell: string[], join: boolean, swap: boolean): string[] {
  const fam = spell[0];
  const giv = join ? [spell.slice(1).join('')] : spell.slice(1);
  return swap ? [...giv, fam] : [fam, ...giv];
}

const KEYBOARD = 'qwertyuiop|asdfghjkl|zxcvbnm'.split('|');
function nearKey(c: string, r: Rng): string {
  for (const row of KEYBOARD) {
    const i = row.indexOf(c);
    if (i < 0) continue;
    const opts = [row[i - 1], row[i + 1]].filter((x): x is string => !!x);
    return r.pick(opts);
  }
  return r.pick([...'aeiou']);
}
/** One typo in a lower-case word; never the word itself nor any listed spelling. */
function typo(r: Rng, word: string): string {
  for (let tries = 0; tries < 50; tries++) {
    const i = r.int(0, word.length - 1);
    const op = r.int(0, 3);
    let t: string;
    if (op === 0) t = word.slice(0, i) + nearKey(word[i], r) + word.slice(i + 1);
    else if (op === 1) t = word.slice(0, i) + word.slice(i + 1);
    else if (op === 2) t = word.slice(0, i + 1) + (r.chance(0.5) ? word[i] : r.pick([...'aehinorsu'])) + word.slice(i + 1);
    else {
      if (i + 1 >= word.length || word[i] === word[i + 1]) continue;
      t = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    }
    if (t !== word && !ALL_SPELLINGS.has(t) && dl1(t, word) === 1) return t;
  }
  return word;
}

// ---------------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------------

type Sex = 'F' | 'M';
interface Person {
  key: number;
  sex: Sex;
  dob: string;
  nid: string | null;
  nssf: string | null;
  nameKh: string;
  nameLatin: string | null;
  /** The register's spelling per word (family first), or null when it has no Latin name. */
  spell: string[] | null;
  hireDate: string;
  wage: number | null;
  workerId: string;
}
type Source = OnsiteWorker['source'];
interface Row {
  person: Person | null;
  name: string;
  nid: string | null;
  nssf: string | null;
  sex: Sex | null;
  dob: string | null;
  source: Source;
  /** For a Latin true row: how it was built, so a typo can be undone by rule 5. */
  latin?: LatinPlan;
}
interface LatinPlan {
  spell: string[];
  join: boolean;
  swap: boolean;
  kase: Case;
  typo: boolean;
}

/** What the last generation did that is not visible in the output (for the self-check). */
const lastStats = {
  tiesLeft: 0,
  misleadingFixed: 0,
  tiesFixed: 0,
  fixes: {} as Record<string, number>,
  hiddenNamesake: 0,
  hiddenFixed: {} as Record<string, number>,
  trueRows: 0,
};

export function generateFourteenth(size: number, seed: number): Roster {
  const r = rng(seed * 7919 + 14);
  const st = lastStats;
  st.tiesLeft = 0;
  st.misleadingFixed = 0;
  st.tiesFixed = 0;
  st.fixes = {};
  st.hiddenNamesake = 0;
  st.hiddenFixed = {};
  const bump = (o: Record<string, number>, k: string) => (o[k] = (o[k] ?? 0) + 1);

  // --- the register ---
  const persons: Person[] = [];
  const groups = new Map<number, Person[]>();
  const nidUsed = new Set<string>();
  const nssfUsed = new Set<string>();
  const HIRE_FROM = Date.UTC(2012, 0, 1);
  const HIRE_TO = Date.UTC(2025, 1, 28);
  for (let i = 0; i < size; i++) {
    const sex: Sex = r.chance(R.female) ? 'F' : 'M';
    const f = r.pickSkewed(FAMILY_IDX, R.skewFamily);
    const g = r.pickSkewed(GIVEN_BY_SEX[sex], R.skewGiven);
    const key = keyOf(f, g);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    let dob = drawDob(r);
    for (let t = 0; t < 2000 && group.some((p) => dobNear(p.dob, dob)); t++) dob = drawDob(r);
    const nid = r.chance(R.regNid) ? freshNumber(r, nidUsed, 9, '0012') : null;
    const nssf = r.chance(R.regNssf) ? freshNumber(r, nssfUsed, 10, '123') : null;
    const nameKh = r.chance(R.regKhVariant) ? khVariant(r, key) : khCanon(key);
    let nameLatin: string | null = null;
    let spell: string[] | null = null;
    if (!r.chance(R.regLatinMissing)) {
      spell = wordsOf(key).map((wd) => (r.chance(0.6) ? wd.lat[0] : r.pick(wd.lat)));
      const toks = latinTokens(spell, r.chance(0.5), false);
      const kase: Case = r.chance(R.regLatinUpper) ? 'upper' : 'title';
      nameLatin = toks.map((t) => applyCase(t, kase)).join(' ');
    }
    const dobMs = Date.parse(dob);
    const hireFrom = Math.max(HIRE_FROM, dobMs + 18 * 365.25 * DAY);
    const hireDate = isoDay(hireFrom + Math.floor(r.next() * (HIRE_TO - hireFrom)));
    const wage = r.chance(R.regWageNull) ? null : r.int(800, 2600) * 1000;
    const p: Person = { key, sex, dob, nid, nssf, nameKh, nameLatin, spell, hireDate, wage, workerId: '' };
    persons.push(p);
    group.push(p);
  }
  // register order is shuffled, then ids are given
  const registerOrder = r.shuffle([...persons]);
  registerOrder.forEach((p, i) => (p.workerId = `W${String(i + 1).padStart(6, '0')}`));

  const index = new NameIndex(groups.keys());

  // --- compatibility between a row and a registered worker ---
  /** Extra slips the fields need for `row` to be `p` (null: a field rules p out for a true row). */
  const fieldSlips = (row: Row, p: Person): number | null => {
    let s = 0;
    if (row.sex && row.sex !== p.sex) return null;
    if (row.dob) {
      if (row.dob === p.dob) s += 0;
      else if (swapDM(p.dob) === row.dob) s += 1;
      else return null;
    }
    for (const [a, b] of [
      [row.nid, p.nid],
      [row.nssf, p.nssf],
    ] as const) {
      if (a && b) {
        if (a === b) s += 0;
        else if (oneSlip(a, b)) s += 1;
        else return null;
      }
    }
    return s;
  };
  /** Other registered workers the true row fits as well as (tie) or better than (misleading) its own. */
  const rivals = (row: Row): { ties: Person[]; better: Person[] } => {
    const q = index.query(row.name);
    const a = row.person!;
    const own = q.get(a.key);
    const ownF = fieldSlips(row, a);
    if (own === undefined || ownF === null) throw new Error('fourteenth: a true row does not fit its own worker');
    const mine = own + ownF;
    const ties: Person[] = [];
    const better: Person[] = [];
    for (const [k, d] of q) {
      if (d > mine) continue;
      for (const p of groups.get(k)!) {
        if (p === a) continue;
        const fs = fieldSlips(row, p);
        if (fs === null) continue;
        if (d + fs < mine) better.push(p);
        else if (d + fs === mine) ties.push(p);
      }
    }
    return { ties, better };
  };
  /** Hidden row: is `p` ruled out by a field on both sides? */
  const ruledOut = (row: Row, p: Person): boolean =>
    (!!row.sex && row.sex !== p.sex) ||
    (!!row.dob && !dobNear(row.dob, p.dob)) ||
    (!!row.nid && !!p.nid && row.nid !== p.nid && !oneSlip(row.nid, p.nid));

  const pickSource = (): Source => (r.chance(R.idCard) ? 'id-card' : r.chance(R.csv / (1 - R.idCard)) ? 'csv' : 'manual');

  const latinName = (key: number, base: string[] | null, opts: { translit: boolean; typo: boolean }): LatinPlan => {
    const ws = wordsOf(key);
    const ref = base ?? ws.map((wd) => wd.lat[0]);
    let spell = [...ref];
    if (opts.translit && ws.some((wd) => wd.lat.length > 1)) {
      do spell = ws.map((wd, i) => (r.chance(0.6) ? r.pick(wd.lat.filter((l) => l !== ref[i])) ?? ref[i] : r.pick(wd.lat)));
      while (spell.every((s, i) => s === ref[i]));
    }
    const u = r.next();
    const kase: Case = u < 0.4 ? 'upper' : u < 0.9 ? 'title' : 'lower';
    return { spell, join: r.chance(0.5), swap: r.chance(R.latinSwap), kase, typo: opts.typo };
  };
  const composeLatin = (l: LatinPlan): string => {
    const toks = latinTokens(l.spell, l.join, l.swap).map((t) => t.toLowerCase());
    if (l.typo) {
      const long = toks.map((t, i) => (t.length >= 4 ? i : -1)).filter((i) => i >= 0);
      if (long.length) {
        const i = r.pick(long);
        toks[i] = typo(r, toks[i]);
      } else l.typo = false;
    }
    return toks.map((t) => applyCase(t, l.kase)).join(' ');
  };

  // --- true rows ---
  const present = persons.filter(() => !r.chance(R.absent));
  const rows: Row[] = [];
  let processed = 0;
  // feedback on the final rates of the rows done so far, true and hidden rows steered apart so
  // the two look alike
  const done = [0, 0];
  const doneNoDob = [0, 0];
  const doneNid = [0, 0];
  const clamp = (x: number) => Math.min(0.9, Math.max(0.02, x));
  const pDobMissing = (c: number) => clamp(R.dobMissingStart + 6 * (R.dobMissingTarget - doneNoDob[c] / Math.max(1, done[c])));
  const pNid = (c: number) => clamp(R.nidStart + 6 * (R.nidTarget - doneNid[c] / Math.max(1, done[c])));
  const account = (row: Row) => {
    const c = row.person ? 0 : 1;
    done[c]++;
    if (!row.dob) doneNoDob[c]++;
    if (row.nid) doneNid[c]++;
  };
  for (const p of present) {
    const source = pickSource();
    const card = source === 'id-card';
    const row: Row = { person: p, name: '', nid: null, nssf: null, sex: null, dob: null, source };
    if (r.chance(R.onsiteLatin)) {
      row.latin = latinName(p.key, p.spell, { translit: r.chance(R.latinTranslit), typo: r.chance(R.latinTypo) });
      row.name = composeLatin(row.latin);
    } else row.name = r.chance(R.khEncoding) ? khVariant(r, p.key) : khCanon(p.key);
    row.sex = card || !r.chance(R.sexMissingBase) ? p.sex : null;
    if (card || !r.chance(pDobMissing(0))) {
      const sw = swapDM(p.dob);
      row.dob = sw && r.chance(R.dobSwapEligible) ? sw : p.dob;
    }
    if (p.nid && (card || r.chance(pNid(0)))) row.nid = r.chance(R.nidSlip) ? slip(r, p.nid) : p.nid;
    if (p.nssf && r.chance(R.nssf)) row.nssf = r.chance(R.nssfSlip) ? slip(r, p.nssf) : p.nssf;

    // rule 5: a distinguishing field for rows another worker fits as well or better
    processed++;
    let rv = rivals(row);
    if (rv.better.length || rv.ties.length) {
      const misleading = rv.better.length > 0;
      if (!misleading && st.tiesLeft < R.residualTies * processed) st.tiesLeft++;
      else {
        for (let step = 0; step < 6 && (rv.better.length || rv.ties.length); step++) {
          const others = [...rv.better, ...rv.ties];
          const opts: string[] = [];
          if (!row.dob) opts.push('add-dob', 'add-dob', 'add-dob');
          if (!row.nid && p.nid) opts.push('add-nid', 'add-nid');
          if (!row.sex && others.some((o) => o.sex !== p.sex)) opts.push('add-sex', 'add-sex', 'add-sex', 'add-sex');
          if (row.dob && row.dob !== p.dob) opts.push('unswap-dob');
          if (row.nid && row.nid !== p.nid) opts.push('unslip-nid');
          if (row.nssf && row.nssf !== p.nssf) opts.push('unslip-nssf');
          if (!opts.length && row.latin?.typo) opts.push('untypo');
          if (!opts.length) break;
          const op = r.pick(opts);
          bump(st.fixes, op);
          if (op === 'add-dob' || op === 'unswap-dob') row.dob = p.dob;
          else if (op === 'add-nid' || op === 'unslip-nid') row.nid = p.nid;
          else if (op === 'add-sex') row.sex = p.sex;
          else if (op === 'unslip-nssf') row.nssf = p.nssf;
          else if (op === 'untypo' && row.latin) {
            row.latin.typo = false;
            row.name = composeLatin(row.latin);
          }
          rv = rivals(row);
        }
        if (misleading) st.misleadingFixed++;
        else st.tiesFixed++;
      }
    }
    rows.push(row);
    account(row);
  }
  st.trueRows = rows.length;

  // --- hidden rows ---
  const hiddenCount = Math.round((present.length * R.hiddenShare) / (1 - R.hiddenShare));
  for (let h = 0; h < hiddenCount; h++) {
    const namesake = r.chance(R.hiddenNamesake);
    let key: number;
    let sex: Sex;
    if (namesake) {
      const twin = r.pick(persons);
      key = twin.key;
      const gs = GIVEN14[givOf(key)].sex;
      sex = gs === 'U' ? (r.chance(0.5) ? 'F' : 'M') : gs;
      st.hiddenNamesake++;
    } else {
      let t = 0;
      do {
        sex = r.chance(R.female) ? 'F' : 'M';
        key = keyOf(r.pickSkewed(FAMILY_IDX, R.skewFamily), r.pickSkewed(GIVEN_BY_SEX[sex], R.skewGiven));
      } while (groups.has(key) && ++t < 5000);
    }
    const source = pickSource();
    const card = source === 'id-card';
    const row: Row = { person: null, name: '', nid: null, nssf: null, sex: null, dob: null, source };
    if (r.chance(R.onsiteLatin)) {
      const l = latinName(key, null, { translit: r.chance(R.latinTranslit), typo: !namesake && r.chance(R.latinTypo) });
      row.name = composeLatin(l);
    } else row.name = r.chance(R.khEncoding) ? khVariant(r, key) : khCanon(key);
    row.sex = card || !r.chance(R.sexMissingBase) ? sex : null;
    if (card || !r.chance(pDobMissing(1))) row.dob = drawDob(r);
    if (card || r.chance(pNid(1))) row.nid = freshNumber(r, nidUsed, 9, '0012');
    // rule 3: every registered worker the name could pass for is ruled out by a field on both sides
    const cands: Person[] = [];
    for (const k of index.query(row.name).keys()) cands.push(...groups.get(k)!);
    const farDob = () => {
      for (let t = 0; t < 5000; t++) {
        const d = drawDob(r);
        if (cands.every((p) => !dobNear(d, p.dob))) return d;
      }
      throw new Error('fourteenth: no far date of birth');
    };
    if (row.dob && cands.some((p) => dobNear(row.dob!, p.dob))) row.dob = farDob();
    let open = cands.filter((p) => !ruledOut(row, p));
    if (open.length) {
      const first = row.nid || !r.chance(1 - R.hiddenFixDob) ? 'dob' : 'nid';
      for (const op of first === 'dob' ? ['dob', 'nid'] : ['nid', 'dob']) {
        if (!open.length) break;
        if (op === 'dob') row.dob = farDob();
        else if (!row.nid) row.nid = freshNumber(r, nidUsed, 9, '0012');
        else continue;
        bump(st.hiddenFixed, op);
        open = cands.filter((p) => !ruledOut(row, p));
      }
      if (open.length) throw new Error('fourteenth: hidden row not ruled out');
    }
    rows.push(row);
    account(row);
  }

  // --- output: shuffled rows, random ids, increasing times ---
  r.shuffle(rows);
  const truth = new Map<string, string | null>();
  const onsite: OnsiteWorker[] = [];
  let t = Date.UTC(2025, 2, 10, 1, 0, 0);
  let csvRow = 0;
  for (const row of rows) {
    t += r.int(4, 45) * 1000;
    const id = uuid(r);
    onsite.push({
      id,
      visitId: 'visit-fourteenth',
      name: row.name,
      nationalId: row.nid,
      nssfNumber: row.nssf,
      sex: row.sex,
      dateOfBirth: row.dob,
      source: row.source,
      sourceRow: row.source === 'csv' ? ++csvRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, row.person ? row.person.workerId : null);
  }
  const registered: RegisteredWorker[] = registerOrder.map((p) => ({
    workerId: p.workerId,
    nssfNumber: p.nssf,
    nationalId: p.nid,
    nameKh: p.nameKh,
    nameLatin: p.nameLatin,
    sex: p.sex,
    dateOfBirth: p.dob,
    hireDate: p.hireDate,
    wageRiel: p.wage,
  }));
  return { registered, onsite, truth };
}

// ---------------------------------------------------------------------------------------------
// Self-check: npx tsx test/bench/fourteenth.ts [size] [seed]
// ---------------------------------------------------------------------------------------------

async function selfCheck(size: number, seed: number): Promise<boolean> {
  const { OnsiteWorker: OnsiteSchema, RegisteredWorker: RegisteredSchema } = await import('../../src/protocol');
  const problems: string[] = [];
  const fail = (m: string) => problems.push(m);
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + ' %' : '-');
  const out: string[] = [];
  const line = (s: string) => out.push(s);

  // lexicon sanity: one Khmer word per romanization; no two names share a rendering or a Khmer form
  const spellOwner = new Map<string, string>();
  for (const wd of [...FAMILY14, ...GIVEN14.flatMap((g) => g.words)]) {
    for (const l of wd.lat) {
      const o = spellOwner.get(l.toLowerCase());
      if (o && o !== wd.kh) fail(`romanization ${l} names two words (${o}, ${wd.kh})`);
      spellOwner.set(l.toLowerCase(), wd.kh);
    }
  }
  const famKh = new Set(FAMILY14.map((f) => f.kh));
  for (const g of GIVEN14) for (const wd of g.words) if (famKh.has(wd.kh)) fail(`word ${wd.kh} is both family and given`);
  if (KH_COLLISIONS.length) fail(`Khmer name collisions: ${KH_COLLISIONS.slice(0, 5).join(', ')}`);
  const renderOwner = new Map<string, number>();
  let renderClash = 0;
  for (let f = 0; f < FAMILY14.length; f++)
    for (let g = 0; g < NG; g++)
      for (const s of renderings(keyOf(f, g))) {
        const o = renderOwner.get(s);
        if (o !== undefined && o !== keyOf(f, g)) renderClash++;
        renderOwner.set(s, keyOf(f, g));
      }
  if (renderClash) fail(`${renderClash} romanizations are shared by two different names`);

  // timing (cold: first 10k generation in this process)
  const t0 = performance.now();
  generateFourteenth(10_000, seed + 1000);
  const ms10k = performance.now() - t0;

  const roster = generateFourteenth(size, seed);
  const stats = { ...lastStats, fixes: { ...lastStats.fixes }, hiddenFixed: { ...lastStats.hiddenFixed } };
  const { registered, onsite, truth } = roster;
  const byId = new Map(registered.map((w) => [w.workerId, w]));

  // keys of registered workers, parsed back from their Khmer names
  const regKey = new Map<string, number>();
  const groups = new Map<number, RegisteredWorker[]>();
  for (const w of registered) {
    const k = parseKh(w.nameKh);
    if (k === undefined) {
      fail(`registered ${w.workerId}: Khmer name ${w.nameKh} does not parse`);
      continue;
    }
    regKey.set(w.workerId, k);
    const g = groups.get(k) ?? [];
    g.push(w);
    groups.set(k, g);
  }
  const index = new NameIndex(groups.keys());

  // brute-force cross-check of the index on a sample of rows
  const rs = rng(seed ^ 0x5eed);
  const allKeys = [...groups.keys()];
  for (let i = 0; i < Math.min(150, onsite.length); i++) {
    const o = rs.pick(onsite);
    const got = index.query(o.name);
    const want = new Map<number, number>();
    const own = isKhmer(o.name) ? parseKh(o.name) : undefined;
    for (const k of allKeys) {
      let best = 2;
      if (own === undefined) {
        const q = normLatin(o.name);
        for (const rr of renderings(k)) best = Math.min(best, dl1(q, rr));
      } else if (k === own) best = 0;
      else {
        // Khmer row: exactly one part (family / given) differs, by one edit in some romanization
        const sameF = famOf(k) === famOf(own);
        const sameG = givOf(k) === givOf(own);
        const a = sameF ? givenForms(givOf(k)) : FAMILY14[famOf(k)].lat.map((x) => x.toLowerCase());
        const b = sameF ? givenForms(givOf(own)) : FAMILY14[famOf(own)].lat.map((x) => x.toLowerCase());
        if (sameF !== sameG && a.some((x) => b.some((y) => dl1(x, y) <= 1))) best = 1;
      }
      if (best <= 1) want.set(k, best);
    }
    if (got.size !== want.size || [...want].some(([k, d]) => got.get(k) !== d)) fail(`index disagrees with brute force on "${o.name}"`);
  }

  // --- shape ---
  const trueRows = onsite.filter((o) => truth.get(o.id));
  const hidden = onsite.filter((o) => truth.get(o.id) === null);
  const presentIds = new Set(trueRows.map((o) => truth.get(o.id)!));
  line(`fourteenth size=${size} seed=${seed}`);
  line(`registered ${registered.length}, on site ${onsite.length} (true ${trueRows.length}, hidden ${hidden.length} = ${pct(hidden.length, onsite.length)}), absent ${registered.length - presentIds.size} = ${pct(registered.length - presentIds.size, registered.length)}`);
  const groupSizes = [...groups.values()].map((g) => g.length).sort((a, b) => b - a);
  const inShared = groupSizes.filter((n) => n > 1).reduce((a, b) => a + b, 0);
  line(`register: distinct full names ${groups.size}, workers sharing their full name ${pct(inShared, registered.length)}, largest groups ${groupSizes.slice(0, 5).join('/')}`);
  line(`register: Latin name missing ${pct(registered.filter((w) => !w.nameLatin).length, registered.length)}, Khmer encoding variant ${pct(registered.filter((w) => w.nameKh !== khCanon(regKey.get(w.workerId)!)).length, registered.length)}, national ID ${pct(registered.filter((w) => w.nationalId).length, registered.length)}, NSSF ${pct(registered.filter((w) => w.nssfNumber).length, registered.length)}`);

  // --- rule 1 and rates ---
  let latinRows = 0, khRows = 0, translit = 0, swapped = 0, typos = 0, khVar = 0, upper = 0, lower = 0, joined = 0;
  let nidRows = 0, nidSlips = 0, nssfRows = 0, nssfSlips = 0, dobRows = 0, dobSwaps = 0, sexMissing = 0;
  let crossScript = 0;
  const r1 = (o: OnsiteWorker, m: string) => fail(`rule 1: row ${o.id} ("${o.name}"): ${m}`);
  for (const o of trueRows) {
    const w = byId.get(truth.get(o.id)!);
    if (!w) {
      r1(o, 'truth names an unknown worker');
      continue;
    }
    const key = regKey.get(w.workerId)!;
    if (isKhmer(o.name)) {
      khRows++;
      if (parseKh(o.name) !== key) r1(o, 'Khmer name is not the worker’s');
      if (o.name !== khCanon(key)) khVar++;
    } else {
      latinRows++;
      if (!w.nameLatin) crossScript++;
      if (o.name === o.name.toUpperCase()) upper++;
      else if (o.name === o.name.toLowerCase()) lower++;
      const toks = o.name.toLowerCase().split(/\s+/);
      const ws = wordsOf(key);
      let verdict: 'exact' | 'typo' | null = null;
      let orderSwapped = false;
      let isJoined = false;
      let spellMatch: string[] | null = null;
      // enumerate spellings x join x order; find an exact or one-typo alignment
      const combos: string[][] = [[]];
      for (const wd of ws) {
        const next: string[][] = [];
        for (const c of combos) for (const l of wd.lat) next.push([...c, l]);
        combos.splice(0, combos.length, ...next);
      }
      for (const spell of combos) {
        for (const join of ws.length > 2 ? [false, true] : [false]) {
          for (const sw of [false, true]) {
            const ref = latinTokens(spell, join, sw).map((x) => x.toLowerCase());
            if (ref.length !== toks.length) continue;
            const diffs = ref.map((x, i) => (x === toks[i] ? -1 : i)).filter((i) => i >= 0);
            let v: 'exact' | 'typo' | null = null;
            if (diffs.length === 0) v = 'exact';
            else if (diffs.length === 1 && ref[diffs[0]].length >= 4 && dl1(ref[diffs[0]], toks[diffs[0]]) === 1) v = 'typo';
            if (v && (verdict === null || (verdict === 'typo' && v === 'exact'))) {
              verdict = v;
              orderSwapped = sw;
              isJoined = join;
              spellMatch = spell;
            }
          }
        }
      }
      if (!verdict) r1(o, 'Latin name is not a listed spelling of the worker’s name with at most one typo');
      else {
        if (verdict === 'typo') typos++;
        if (orderSwapped) swapped++;
        if (isJoined) joined++;
        const ref = w.nameLatin ? null : ws.map((wd) => wd.lat[0].toLowerCase());
        const regToks = w.nameLatin?.toLowerCase() ?? '';
        const differs = ref ? spellMatch!.some((s, i) => s.toLowerCase() !== ref[i]) : letters(spellMatch!.join('')) !== letters(regToks);
        if (differs) translit++;
      }
    }
    if (o.sex === null) sexMissing++;
    else if (o.sex !== w.sex) r1(o, 'sex differs');
    if (o.dateOfBirth) {
      dobRows++;
      if (o.dateOfBirth !== w.dateOfBirth) {
        if (swapDM(w.dateOfBirth!) === o.dateOfBirth) dobSwaps++;
        else r1(o, 'date of birth neither exact nor swapped');
      }
    }
    if (o.nationalId) {
      nidRows++;
      if (o.nationalId !== w.nationalId) {
        if (w.nationalId && oneSlip(o.nationalId, w.nationalId)) nidSlips++;
        else r1(o, 'national ID more than one slip off');
      }
    }
    if (o.nssfNumber) {
      nssfRows++;
      if (o.nssfNumber !== w.nssfNumber) {
        if (w.nssfNumber && oneSlip(o.nssfNumber, w.nssfNumber)) nssfSlips++;
        else r1(o, 'NSSF number more than one slip off');
      }
    }
  }
  for (const w of registered) {
    if (!w.nameLatin) continue;
    const n = normLatin(w.nameLatin);
    if (!renderings(regKey.get(w.workerId)!).includes(n)) fail(`register ${w.workerId}: Latin name ${w.nameLatin} is not a listed spelling`);
  }
  const allRows = onsite.length;
  const allNid = onsite.filter((o) => o.nationalId).length;
  const allDobMissing = onsite.filter((o) => !o.dateOfBirth).length;
  const allSexMissing = onsite.filter((o) => !o.sex).length;
  line(`on-site names: Latin ${pct(latinRows, trueRows.length)} of true rows (${pct(crossScript, latinRows)} of them against a register row with no Latin name), Khmer ${pct(khRows, trueRows.length)}`);
  line(`Latin true rows: other romanization ${pct(translit, latinRows)}, swapped ${pct(swapped, latinRows)}, one typo ${pct(typos, latinRows)}, UPPER ${pct(upper, latinRows)}, lower ${pct(lower, latinRows)}, joined given ${pct(joined, latinRows)}`);
  line(`Khmer true rows: encoding variant ${pct(khVar, khRows)}`);
  line(`all rows: national ID ${pct(allNid, allRows)}, DOB missing ${pct(allDobMissing, allRows)}, sex missing ${pct(allSexMissing, allRows)}`);
  line(`true rows: national ID ${pct(nidRows, trueRows.length)} (slip ${pct(nidSlips, nidRows)}), NSSF ${pct(nssfRows, trueRows.length)} (slip ${pct(nssfSlips, nssfRows)}), DOB present ${pct(dobRows, trueRows.length)} (day/month swapped ${pct(dobSwaps, dobRows)}), sex missing ${pct(sexMissing, trueRows.length)}`);
  const src = (s: string) => pct(onsite.filter((o) => o.source === s).length, allRows);
  line(`sources: manual ${src('manual')}, csv ${src('csv')}, id-card ${src('id-card')}`);
  line(`rule-5 fixes: misleading rows fixed ${stats.misleadingFixed}, tied rows fixed ${stats.tiesFixed} (${pct(stats.misleadingFixed + stats.tiesFixed, stats.trueRows)} of true rows), ties left ${stats.tiesLeft}; by field ${JSON.stringify(stats.fixes)}`);
  line(`hidden rows: national ID ${pct(hidden.filter((o) => o.nationalId).length, hidden.length)}, DOB missing ${pct(hidden.filter((o) => !o.dateOfBirth).length, hidden.length)}, sex missing ${pct(hidden.filter((o) => !o.sex).length, hidden.length)}, Latin ${pct(hidden.filter((o) => !isKhmer(o.name)).length, hidden.length)}`);
  line(`hidden: namesakes ${pct(stats.hiddenNamesake, hidden.length)}, given a ruling-out field ${JSON.stringify(stats.hiddenFixed)}; hidden rows with NSSF ${hidden.filter((o) => o.nssfNumber).length}`);

  // --- rule 2 ---
  let r2 = 0;
  for (const g of groups.values()) {
    for (let i = 0; i < g.length; i++)
      for (let j = i + 1; j < g.length; j++) {
        const a = g[i], b = g[j];
        if (dobNear(a.dateOfBirth!, b.dateOfBirth!)) r2++;
        if (a.nationalId && b.nationalId && (a.nationalId === b.nationalId || oneSlip(a.nationalId, b.nationalId))) r2++;
      }
  }
  const nids = registered.map((w) => w.nationalId).filter((x): x is string => !!x);
  const nidSet = new Set(nids);
  if (nidSet.size !== nids.length || nids.some((n) => slipNeighbours(n).some((x) => nidSet.has(x)))) r2++;
  const nssfs = registered.map((w) => w.nssfNumber).filter((x): x is string => !!x);
  const nssfSet = new Set(nssfs);
  if (nssfSet.size !== nssfs.length || nssfs.some((n) => slipNeighbours(n).some((x) => nssfSet.has(x)))) r2++;
  if (r2) fail(`rule 2: ${r2} namesake pairs (or ID sets) too close`);

  // --- rule 3 ---
  let r3 = 0, hiddenWithCands = 0, hiddenExact = 0;
  for (const o of hidden) {
    const q = index.query(o.name);
    if (q.size) hiddenWithCands++;
    if ([...q.values()].some((d) => d === 0)) hiddenExact++;
    for (const k of q.keys()) {
      for (const w of groups.get(k)!) {
        const out = (o.sex && o.sex !== w.sex) || (o.dateOfBirth && !dobNear(o.dateOfBirth, w.dateOfBirth!)) || (o.nationalId && w.nationalId && dl1(o.nationalId, w.nationalId) === 2);
        if (!out) r3++;
      }
    }
  }
  line(`hidden rows that could pass for a registered worker by name: ${pct(hiddenWithCands, hidden.length)} (exact spelling ${pct(hiddenExact, hidden.length)}); all ruled out: ${r3 === 0 ? 'yes' : 'NO'}`);
  if (r3) fail(`rule 3: ${r3} (hidden row, registered worker) pairs not ruled out`);

  // --- rule 5 ---
  let undecidable = 0, misleading = 0;
  for (const o of trueRows) {
    const w = byId.get(truth.get(o.id)!)!;
    const q = index.query(o.name);
    const fs = (x: RegisteredWorker): number | null => {
      let s = 0;
      if (o.sex && o.sex !== x.sex) return null;
      if (o.dateOfBirth) {
        if (o.dateOfBirth === x.dateOfBirth) s += 0;
        else if (swapDM(x.dateOfBirth!) === o.dateOfBirth) s++;
        else return null;
      }
      for (const [a, b] of [[o.nationalId, x.nationalId], [o.nssfNumber, x.nssfNumber]] as const) {
        if (a && b) {
          if (a === b) s += 0;
          else if (oneSlip(a, b)) s++;
          else return null;
        }
      }
      return s;
    };
    const own = q.get(regKey.get(w.workerId)!);
    const ownF = fs(w);
    if (own === undefined || ownF === null) {
      fail(`rule 1/5: row ${o.id} does not fit its own worker`);
      continue;
    }
    const mine = own + ownF;
    let tie = false, better = false;
    for (const [k, d] of q) {
      for (const x of groups.get(k)!) {
        if (x === w) continue;
        const f = fs(x);
        if (f === null) continue;
        if (d + f < mine) better = true;
        else if (d + f === mine) tie = true;
      }
    }
    if (better) misleading++;
    else if (tie) undecidable++;
  }
  line(`rule 5: undecidable true rows ${undecidable} = ${pct(undecidable, trueRows.length)} (limit 4 %), rows another worker fits better ${misleading}`);
  if (undecidable / trueRows.length >= 0.04) fail('rule 5: too many undecidable rows');
  if (misleading) fail(`rule 5: ${misleading} rows fit another worker better than their own`);

  // --- rule 4 ---
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  if (new Set(onsite.map((o) => o.id)).size !== onsite.length || !onsite.every((o) => uuidRe.test(o.id))) fail('rule 4: ids are not unique v4 UUIDs');
  for (let i = 1; i < onsite.length; i++) if (!(onsite[i].recordedAt > onsite[i - 1].recordedAt)) fail('rule 4: recordedAt not increasing');
  const csvRows = onsite.filter((o) => o.source === 'csv').map((o) => o.sourceRow!);
  if (csvRows.some((v, i) => v !== i + 1)) fail('rule 4: sourceRow not 1.. in row order');
  const widx = (id: string) => Number(id.slice(1));
  let inc = 0;
  for (let i = 1; i < trueRows.length; i++) if (widx(truth.get(trueRows[i].id)!) > widx(truth.get(trueRows[i - 1].id)!)) inc++;
  const incShare = inc / Math.max(1, trueRows.length - 1);
  const posOf = new Map(onsite.map((o, i) => [o.id, i / onsite.length]));
  const hiddenPos = hidden.reduce((a, o) => a + posOf.get(o.id)!, 0) / Math.max(1, hidden.length);
  const absentIdx = registered.map((w, i) => (presentIds.has(w.workerId) ? -1 : i / registered.length)).filter((x) => x >= 0);
  const absentPos = absentIdx.reduce((a, b) => a + b, 0) / Math.max(1, absentIdx.length);
  line(`rule 4: consecutive true rows in worker-id order ${pct(inc, trueRows.length - 1)} (~50 %), mean position of hidden rows ${hiddenPos.toFixed(3)}, of absent workers in the register ${absentPos.toFixed(3)} (~0.5)`);
  const tol = size >= 5000 ? 0.03 : 0.08;
  if (Math.abs(incShare - 0.5) > tol || Math.abs(hiddenPos - 0.5) > tol * 2 || Math.abs(absentPos - 0.5) > tol * 2) fail('rule 4: row order leaks the truth');

  // --- schemas ---
  let bad = 0;
  for (const o of onsite) if (!OnsiteSchema.safeParse(o).success) bad++;
  for (const w of registered) if (!RegisteredSchema.safeParse(w).success) bad++;
  line(`schemas: ${bad} invalid of ${onsite.length + registered.length} records`);
  if (bad) fail(`schema: ${bad} invalid records (first: ${JSON.stringify(OnsiteSchema.safeParse(onsite[0]).error?.issues ?? RegisteredSchema.safeParse(registered[0]).error?.issues)})`);
  if (truth.size !== onsite.length) fail('truth does not cover every on-site row');

  // --- determinism ---
  const dump = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const a = dump(roster);
  const same = dump(generateFourteenth(size, seed)) === a;
  const other = dump(generateFourteenth(size, seed + 1)) !== a;
  line(`determinism: same seed identical ${same ? 'yes' : 'NO'}, other seed differs ${other ? 'yes' : 'NO'}`);
  if (!same || !other) fail('determinism');

  line(`10k generation: ${ms10k.toFixed(0)} ms (limit 2000 ms)`);
  if (ms10k >= 2000) fail('10k generation too slow');

  console.log(out.join('\n'));
  for (const p of problems.slice(0, 30)) console.log('  - ' + p);
  if (problems.length > 30) console.log(`  ... ${problems.length - 30} more`);
  console.log(problems.length ? `FAIL (${problems.length} problems)` : 'PASS');
  return problems.length === 0;
}

if (process.argv[1]?.endsWith('fourteenth.ts')) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  selfCheck(size, seed).then(
    (ok) => process.exit(ok ? 0 : 1),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
