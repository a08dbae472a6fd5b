/**
 * `eightyfirst`: a grader's roster, written blind, at the edges of the product text's rates.
 *
 * I score reconciliation engines against the product's targets (hidden recall >= 0.98, hidden
 * precision >= 0.95, wrongful-hidden <= 0.5 %, wrong auto-matches <= 0.2 %, review <= 5 %), and
 * this is the roster I would score them on: only the variations the product text lists, each at
 * a rate that separates a good engine from a mediocre one, on a large site.
 *
 * ROSTER SHAPE (per roster; the two ranged rates are drawn once per seed)
 *   - absent registered workers: 5-6 % of the register (about 550 of 10,000).
 *   - hidden workers: 9.5-10.5 % of on-site rows (the top of the text's 5-10 % range), so
 *     10,000 registered give about 9,450 present + 1,050 hidden = 10,500 on-site rows (the
 *     text's "about 9,500" holds when hidden and absent are equal; here both sit at the edge).
 *   - hidden split: 35 % namesakes of a registered worker who is ON site, 30 % namesakes of an
 *     ABSENT registered worker (the hardest case: the namesake is not there to claim the row,
 *     so an engine that matches on name alone will wrongly match), 35 % names of their own.
 *     A namesake takes the registered worker's name (any listed spelling, either script) and,
 *     for a name given to both sexes, is of the other sex 30 % of the time.
 *   - names: 66 family names drawn skewed (the commonest ~7 %, the top ten ~30 %), 45 boys' and 49
 *     girls' given names plus 14 given to both, drawn nearly evenly; so at 10,000 registered
 *     about 3 in 4 workers share their full name (in some spelling) with another, at 1,000
 *     about 1 in 6 ("common names collide").
 *   - register: 62 % women; 12 % of given names are ones given to both sexes; Latin name
 *     missing 15 % (Latin, when there, 60 % upper case); national ID missing 3 %; Khmer name
 *     with a zero-width space 8 %, in another keyboard's code-point order 6 %; wage missing 5 %.
 *   - on-site sources: manual (typed by the inspector) 38 %, csv (employer's payroll or
 *     attendance sheet) 47 %, id-card 15 %. Per source (manual / csv / id-card):
 *       name in Khmer 50 / 45 / 60 % (else Latin, romanization drawn independently of the
 *         register's: the commonest spelling 60 % of the time (register 65 %), another listed one
 *         otherwise, so about 70 % of true Latin rows are spelled otherwise than the register)
 *       Khmer: zero-width space between the names 20 / 15 / 5 %, another keyboard's code-point
 *         order (vowel typed before the subscript, nikahit before the vowel, register shifter
 *         after the vowel, subscript RO before another subscript) 25 / 15 / 5 %
 *       Latin: given name first 15 / 8 / 0 %, upper case 25 / 50 / 100 %, lower case 3 / 0 / 0 %,
 *         one typo in one word of 4+ letters 6 / 3 / 1 %; compound given names split or
 *         joined ("Srey Mom" / "Sreymom") as the listed spellings fall
 *       national ID given 25 / 60 / 100 %, of which one digit slipped 3 / 2 / 1 %
 *       NSSF number given 10 / 40 / 3 %, of which one digit slipped 3 / 2 / 0 %
 *       date of birth given 90 / 88 / 100 %; day and month swapped, where the date allows it
 *         (day <= 12, day != month), tried on 6 / 8 / 1 % (about 40 % of dates allow it)
 *       sex given 95 / 85 / 100 %
 *     Hidden rows use the same sources and rates, except: no NSSF number (they are not
 *     registered), and a namesake always states a date of birth (the inspector asks it).
 *   - NFC/NFD: Khmer has no canonical decompositions, and its only non-zero combining classes
 *     (coeng, U+17DD) never meet in a name, so NFC and NFD leave these names unchanged; the
 *     encoding variants that really differ are the zero-width spaces and code-point orders above.
 *
 * FAIRNESS RULES (audited by the self-check at the bottom)
 *   1. A true on-site row carries only plausible variants of its registered worker: a listed
 *      romanization of each word (or the Khmer, with encoding variants), either order (Latin),
 *      any case, at most one typo in one word of 4+ letters; national ID / NSSF number exact or
 *      one digit substituted or two adjacent digits transposed; date of birth exact or day and
 *      month swapped; sex right or missing. No other variation is modelled.
 *   2. Registered namesakes (names sharing a spelling in either script) never share a date of
 *      birth, and are more than a day/month swap or one digit apart, even after a swap of either.
 *      National IDs and NSSF numbers are unique and at least two edits apart across the whole
 *      roster (hidden workers' IDs included), and an ID slip never lands within one edit of
 *      another worker's ID.
 *   3. A hidden row either could not pass for any registered worker by name (not within one
 *      edit of any spelling of theirs, in either script, after removing spaces and case and
 *      putting Khmer in one code-point order), or is ruled out from every one it could pass for
 *      by a field present on both sides: sex differs, date of birth more than a swap or one
 *      digit apart (here: even after a swap), national IDs two or more edits apart.
 *   4. Nothing leaks the truth: on-site rows are shuffled, their ids are random version-4 UUIDs
 *      from the seeded PRNG, recordedAt increases in row order, csv sourceRow is numbered in row
 *      order, and registered workerIds are assigned after the register is shuffled.
 *   5. Undecidable true rows (another registered worker the row fits at least as well on every
 *      field both sides carry, none telling them apart) stay under 4 %. A typo that would make a
 *      row undecidable is not applied (a reader could not have recognised it either). Measured:
 *      about 3 % at 10,000 registered (rows with no date of birth and no ID among namesakes),
 *      about 1 % at 1,000.
 *
 * Run `npx tsx test/bench/eightyfirst.ts 10000 1` for the shape and the audit.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY_81, GIVEN_81 } from './eightyfirst-names';

export const EIGHTYFIRST_LABEL =
  "grader's roster at the text's edges: ~10% hidden (namesakes of present / of absent / own names), ~5.5% absent, everyday variations";

type Src = OnsiteWorker['source'];
type SexMF = 'M' | 'F';

interface SourceRates {
  khmer: number; zwsp: number; keyboard: number; swap: number; upper: number; lower: number; typo: number;
  nid: number; nidSlip: number; nssf: number; nssfSlip: number; dob: number; dobSwap: number; sex: number;
}

const RATES = {
  absent: [0.05, 0.06] as const,
  hiddenShare: [0.095, 0.105] as const,
  hiddenSplit: { present: 0.35, absent: 0.30 }, // own names: the rest (0.35)
  hiddenOtherSexIfUnisex: 0.3,
  female: 0.62,
  unisexGiven: 0.12,
  reg: { latinMissing: 0.15, latinUpper: 0.6, khZwsp: 0.08, khKeyboard: 0.06, nidMissing: 0.03, wageMissing: 0.05 },
  source: [['manual', 0.38], ['csv', 0.47], ['id-card', 0.15]] as const,
  bySource: {
    manual: { khmer: 0.5, zwsp: 0.2, keyboard: 0.25, swap: 0.15, upper: 0.25, lower: 0.03, typo: 0.06, nid: 0.25, nidSlip: 0.03, nssf: 0.10, nssfSlip: 0.03, dob: 0.9, dobSwap: 0.06, sex: 0.95 },
    csv: { khmer: 0.45, zwsp: 0.15, keyboard: 0.15, swap: 0.08, upper: 0.5, lower: 0, typo: 0.03, nid: 0.6, nidSlip: 0.02, nssf: 0.4, nssfSlip: 0.02, dob: 0.88, dobSwap: 0.08, sex: 0.85 },
    'id-card': { khmer: 0.6, zwsp: 0.05, keyboard: 0.05, swap: 0, upper: 1, lower: 0, typo: 0.01, nid: 1, nidSlip: 0.01, nssf: 0.03, nssfSlip: 0, dob: 1, dobSwap: 0.01, sex: 1 },
  } as Record<Src, SourceRates>,
};

const VISIT_ID = 'visit-eightyfirst';
const VISIT_MS = Date.UTC(2025, 5, 10, 0, 30, 0); // 07:30 in Phnom Penh
const DAY_MS = 86_400_000;
const ZWSP = '\u200B';

// ---------------------------------------------------------------- names, normalized

/** Puts Khmer in one code-point order (undoing the keyboard variants modelled here). */
export function canonKhmer81(s: string): string {
  let prev: string;
  do {
    prev = s;
    s = s
      .replace(/([\u17B6-\u17C5])(\u17D2[\u1780-\u17B3])/g, '$2$1') // vowel typed before a subscript
      .replace(/([\u17B6-\u17C5])([\u17C9\u17CA])/g, '$2$1') // register shifter typed after the vowel
      .replace(/(\u17C6)([\u17B6-\u17C5])/g, '$2$1') // nikahit typed before the vowel
      .replace(/(\u17D2\u179A)(\u17D2[\u1780-\u17B3])/g, '$2$1'); // subscript RO typed first
  } while (s !== prev);
  return s;
}

/** The comparison key a careful reader uses: no spaces of any kind, no case, one Khmer order. */
export function nameKey81(s: string): string {
  return canonKhmer81(s.normalize('NFC').toLowerCase().replace(/[\s\u200B-\u200D\u2060\uFEFF.'-]/g, ''));
}

/** Another keyboard's code-point order for the same Khmer text. */
function legacyKhmer(s: string): string {
  return s
    .replace(/((?:\u17D2[\u1780-\u17B3])+)([\u17B6-\u17C5])/g, '$2$1')
    .replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/g, '$2$1')
    .replace(/([\u17B6-\u17C5])(\u17C6)/g, '$2$1')
    .replace(/((?:\u17D2[\u1780-\u1799\u179B-\u17B3])+)(\u17D2\u179A)/g, '$2$1');
}

const NG = 256;
const pairOf = (fam: number, giv: number) => fam * NG + giv;
const famOf = (pair: number) => Math.floor(pair / NG);
const givOf = (pair: number) => pair % NG;

const variantCache = new Map<number, string[]>();
/** Every spelling of a full name a reader would accept as exact: listed romanizations, either order, either script. */
function pairVariants(pair: number): string[] {
  let v = variantCache.get(pair);
  if (v) return v;
  const f = FAMILY_81[famOf(pair)];
  const g = GIVEN_81[givOf(pair)];
  const set = new Set<string>();
  for (const fl of f.latin) for (const gl of g.latin) {
    set.add(nameKey81(fl + gl));
    set.add(nameKey81(gl + fl));
  }
  set.add(nameKey81(f.kh + g.kh));
  set.add(nameKey81(g.kh + f.kh));
  v = [...set];
  variantCache.set(pair, v);
  return v;
}

/** Optimal-string-alignment distance <= 1 (one substitution, insertion, deletion or adjacent transposition). */
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

function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

/** Every spelling of one word (listed romanizations and the Khmer), as comparison keys. */
interface WordRef { family: boolean; idx: number }
const wordExact = new Map<string, WordRef[]>();
const wordDel = new Map<string, string[]>();
{
  const add = (k: string, ref: WordRef) => {
    const a = wordExact.get(k);
    if (!a) wordExact.set(k, [ref]);
    else if (!a.some((x) => x.family === ref.family && x.idx === ref.idx)) a.push(ref);
  };
  FAMILY_81.forEach((w, idx) => { for (const sp of [w.kh, ...w.latin]) add(nameKey81(sp), { family: true, idx }); });
  GIVEN_81.forEach((w, idx) => { for (const sp of [w.kh, ...w.latin]) add(nameKey81(sp), { family: false, idx }); });
  for (const k of wordExact.keys()) {
    for (const d of [k, ...deletions(k)]) {
      const a = wordDel.get(d);
      if (!a) wordDel.set(d, [k]);
      else if (!a.includes(k)) a.push(k);
    }
  }
}
const wordNearCache = new Map<string, Array<[WordRef, number]>>();
/** Words a piece of a name could be: level 0 a listed spelling, 1 one edit from one. */
function wordsNear(piece: string): Array<[WordRef, number]> {
  const hit = wordNearCache.get(piece);
  if (hit) return hit;
  const keys = new Set<string>();
  for (const d of [piece, ...deletions(piece)]) for (const k of wordDel.get(d) ?? []) keys.add(k);
  const best = new Map<string, [WordRef, number]>();
  for (const k of keys) {
    const level = k === piece ? 0 : within1(k, piece) ? 1 : 2;
    if (level > 1) continue;
    for (const ref of wordExact.get(k)!) {
      const id = `${ref.family ? 'f' : 'g'}${ref.idx}`;
      const cur = best.get(id);
      if (!cur || cur[1] > level) best.set(id, [ref, level]);
    }
  }
  const out = [...best.values()];
  wordNearCache.set(piece, out);
  return out;
}

/**
 * Which name identities (family, given) a written name could pass for: level 0 when it is a listed
 * spelling (either order, either script), 1 when it is one edit (substitution, insertion, deletion,
 * adjacent transposition) from one. A full name is one edit from "A" + "B" exactly when it splits
 * into a piece equal to A and a piece one edit from B (or the other way round), or is A + B with
 * the two letters at the join transposed; so the lookup walks the split points over small word indexes.
 */
class NameIndex {
  private cache = new Map<string, Map<number, number>>();
  constructor(private pairs: Set<number>) {}
  lookupKey(key: string): Map<number, number> {
    const hit = this.cache.get(key);
    if (hit) return hit;
    const out = new Map<number, number>();
    const put = (a: WordRef, b: WordRef, level: number) => {
      if (a.family === b.family) return;
      const p = a.family ? pairOf(a.idx, b.idx) : pairOf(b.idx, a.idx);
      if (!this.pairs.has(p)) return;
      const cur = out.get(p);
      if (cur === undefined || cur > level) out.set(p, level);
    };
    for (let k = 1; k < key.length; k++) {
      const left = wordsNear(key.slice(0, k));
      if (left.length === 0) continue;
      const right = wordsNear(key.slice(k));
      for (const [a, la] of left) for (const [b, lb] of right) if (la + lb <= 1) put(a, b, la + lb);
    }
    for (let k = 1; k < key.length; k++) {
      if (key[k - 1] === key[k]) continue;
      const t = key.slice(0, k - 1) + key[k] + key[k - 1] + key.slice(k + 1);
      const left = wordExact.get(t.slice(0, k));
      const right = left && wordExact.get(t.slice(k));
      if (left && right) for (const a of left) for (const b of right) put(a, b, 1);
    }
    this.cache.set(key, out);
    return out;
  }
  lookup(name: string): Map<number, number> {
    return this.lookupKey(nameKey81(name));
  }
}

/** The slow, obvious form of the same relation, to cross-check the index in the self-check. */
function bruteLookup(key: string, pairs: Iterable<number>): Map<number, number> {
  const out = new Map<number, number>();
  for (const p of pairs) {
    let level = 2;
    for (const v of pairVariants(p)) {
      if (v === key) { level = 0; break; }
      if (within1(v, key)) level = 1;
    }
    if (level <= 1) out.set(p, level);
  }
  return out;
}

/** The name identity of a registered worker, read back from the Khmer name. */
const khmerToPair = new Map<string, number>();
for (let f = 0; f < FAMILY_81.length; f++) for (let g = 0; g < GIVEN_81.length; g++) {
  khmerToPair.set(nameKey81(FAMILY_81[f].kh + GIVEN_81[g].kh), pairOf(f, g));
}

// ---------------------------------------------------------------- dates and IDs

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const digits = (d: string) => d.replace(/-/g, '');

export function swapDM81(d: string): string | null {
  const day = Number(d.slice(8, 10));
  const month = Number(d.slice(5, 7));
  if (day > 12 || day === month) return null;
  return `${d.slice(0, 4)}-${d.slice(8, 10)}-${d.slice(5, 7)}`;
}

/** Same date, or a day/month swap, or one digit mistyped or two adjacent digits transposed. */
export function dobClose81(a: string, b: string): boolean {
  return a === b || swapDM81(a) === b || within1(digits(a), digits(b));
}

/** Not close, even after a swap on either side. */
function dobSeparated(a: string, b: string): boolean {
  if (dobClose81(a, b)) return false;
  const sa = swapDM81(a);
  const sb = swapDM81(b);
  return !(sa && dobClose81(sa, b)) && !(sb && dobClose81(a, sb));
}

function randomDob(r: Rng): string {
  const years = 18.05 + 37 * r.next() ** 1.7; // garment and construction sites skew young
  return iso(VISIT_MS - Math.floor(years * 365.25 * DAY_MS));
}

/** All same-length strings one substitution or one adjacent transposition away. */
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

/** Numeric IDs of a fixed length, unique and at least two edits apart (checked arithmetically, for speed). */
class IdPool {
  readonly used = new Set<number>();
  private pow: number[] = [];
  constructor(private r: Rng, private len: number, private lo: number, private hi: number) {
    for (let i = 0; i < len; i++) this.pow.push(10 ** i);
  }
  private str(x: number): string {
    return String(x).padStart(this.len, '0');
  }
  /** Is some used ID (other than `except`) within one substitution or adjacent transposition of x? */
  private near(x: number, except: number): boolean {
    for (let i = 0; i < this.len; i++) {
      const p = this.pow[i];
      const di = Math.floor(x / p) % 10;
      const base = x - di * p;
      for (let d = 0; d <= 9; d++) {
        if (d === di) continue;
        const y = base + d * p;
        if (y !== except && this.used.has(y)) return true;
      }
      if (i + 1 < this.len) {
        const q = this.pow[i + 1];
        const dj = Math.floor(x / q) % 10;
        if (dj !== di) {
          const y = x - di * p - dj * q + dj * p + di * q;
          if (y !== except && this.used.has(y)) return true;
        }
      }
    }
    return false;
  }
  fresh(): string {
    for (;;) {
      const x = this.r.int(this.lo, this.hi);
      if (this.used.has(x) || this.near(x, -1)) continue;
      this.used.add(x);
      return this.str(x);
    }
  }
  /** The ID with one digit mistyped or two adjacent digits transposed, landing within one edit of no other ID. */
  slip(id: string): string | null {
    for (let t = 0; t < 12; t++) {
      let s: string;
      const i = this.r.int(0, id.length - 1);
      if (this.r.chance(0.5) && i + 1 < id.length && id[i] !== id[i + 1]) s = id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
      else {
        let d = String(this.r.int(0, 9));
        while (d === id[i]) d = String(this.r.int(0, 9));
        s = id.slice(0, i) + d + id.slice(i + 1);
      }
      const x = Number(s);
      if (this.used.has(x) || this.near(x, Number(id))) continue;
      return s;
    }
    return null;
  }
}

/** National ID: 9 digits, a province code 01-25 first. NSSF number: 10 digits. */
const newNidPool = (r: Rng) => new IdPool(r, 9, 10_000_000, 259_999_999);
const newNssfPool = (r: Rng) => new IdPool(r, 10, 1_000_000_000, 9_999_999_999);

// ---------------------------------------------------------------- rendering a name

const KEY_NEIGHBOURS: Record<string, string> = {
  a: 'qsz', b: 'vghn', c: 'xdfv', d: 'serfcx', e: 'wrsd', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb', i: 'ujko', j: 'huikmn',
  k: 'jiolm', l: 'kop', m: 'njk', n: 'bhjm', o: 'iklp', p: 'ol', q: 'wa', r: 'edft', s: 'awedxz', t: 'rfgy',
  u: 'yhji', v: 'cfgb', w: 'qase', x: 'zsdc', y: 'tghu', z: 'asx',
};

/** One typo in one word of 4+ letters: a neighbouring key, a dropped, doubled or transposed letter. */
function typo(name: string, r: Rng): string | null {
  const words = name.split(' ');
  const long = words.map((w, i) => (w.length >= 4 ? i : -1)).filter((i) => i >= 0);
  if (long.length === 0) return null;
  const wi = r.pick(long);
  const w = words[wi];
  const upper = w === w.toUpperCase();
  const kind = r.int(0, 3);
  const i = r.int(1, w.length - 1);
  let out: string;
  if (kind === 0) {
    const c = w[i].toLowerCase();
    const n = KEY_NEIGHBOURS[c] ?? 'e';
    const rep = n[r.int(0, n.length - 1)];
    out = w.slice(0, i) + (upper ? rep.toUpperCase() : rep) + w.slice(i + 1);
  } else if (kind === 1) out = w.slice(0, i) + w.slice(i + 1);
  else if (kind === 2) out = w.slice(0, i) + w[i] + w.slice(i);
  else {
    if (i + 1 >= w.length || w[i] === w[i + 1]) return null;
    out = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  }
  if (out.toLowerCase() === w.toLowerCase()) return null;
  words[wi] = out;
  return words.join(' ');
}

function pickSpelling(xs: readonly string[], r: Rng, commonest: number): string {
  if (xs.length === 1 || r.chance(commonest)) return xs[0];
  return xs[r.int(1, xs.length - 1)];
}

interface Rendered {
  name: string; khmer: boolean; zwsp: boolean; keyboard: boolean; swapped: boolean; upper: boolean; lower: boolean; typo: boolean;
}

function render(pair: number, src: Src, r: Rng, allowTypo: boolean): Rendered {
  const S = RATES.bySource[src];
  const f = FAMILY_81[famOf(pair)];
  const g = GIVEN_81[givOf(pair)];
  const out: Rendered = { name: '', khmer: false, zwsp: false, keyboard: false, swapped: false, upper: false, lower: false, typo: false };
  if (r.chance(S.khmer)) {
    out.khmer = true;
    out.zwsp = r.chance(S.zwsp);
    let s = f.kh + (out.zwsp ? ZWSP : ' ') + g.kh;
    if (r.chance(S.keyboard)) {
      const l = legacyKhmer(s);
      out.keyboard = l !== s;
      s = l;
    }
    out.name = s;
    return out;
  }
  const fl = pickSpelling(f.latin, r, 0.6);
  const gl = pickSpelling(g.latin, r, 0.6);
  out.swapped = r.chance(S.swap);
  let s = out.swapped ? `${gl} ${fl}` : `${fl} ${gl}`;
  const c = r.next();
  if (c < S.upper) { s = s.toUpperCase(); out.upper = true; }
  else if (c < S.upper + S.lower) { s = s.toLowerCase(); out.lower = true; }
  if (allowTypo && r.chance(S.typo)) {
    const t = typo(s, r);
    if (t) { s = t; out.typo = true; }
  }
  out.name = s;
  return out;
}

// ---------------------------------------------------------------- evidence (shared by the generator's guards and the audit)

interface Fields { name: string; nid: string | null; nssf: string | null; sex: SexMF | null; dob: string | null }

/** Per field: -1 not on both sides, 0 same, 1 one slip, 2 rules the pair out. Name level first. */
function evidence(row: Fields, reg: Fields, nameLevel: number): number[] {
  const id = (a: string | null, b: string | null) => (a == null || b == null ? -1 : a === b ? 0 : within1(a, b) ? 1 : 2);
  const sex = row.sex == null || reg.sex == null ? -1 : row.sex === reg.sex ? 0 : 2;
  const dob = row.dob == null || reg.dob == null ? -1 : row.dob === reg.dob ? 0 : dobClose81(row.dob, reg.dob) ? 1 : 2;
  return [nameLevel, id(row.nid, reg.nid), id(row.nssf, reg.nssf), sex, dob];
}
const ruledOut = (ev: number[]) => ev.some((x) => x === 2);

/** True when some other candidate fits the row at least as well as the truth on every field. */
function undecidable(row: Fields, truth: Fields, truthLevel: number, others: Array<[Fields, number]>): boolean {
  const et = evidence(row, truth, truthLevel);
  for (const [o, lvl] of others) {
    const eo = evidence(row, o, lvl);
    if (ruledOut(eo)) continue;
    let truthBetter = false;
    for (let k = 0; k < et.length; k++) {
      const a = et[k] < 0 ? 0 : et[k];
      const b = eo[k] < 0 ? 0 : eo[k];
      if (a < b) truthBetter = true;
    }
    if (!truthBetter) return true;
  }
  return false;
}

// ---------------------------------------------------------------- the generator

type Kind = 'true' | 'hidden-present' | 'hidden-absent' | 'hidden-own';

interface RowMeta extends Rendered {
  kind: Kind; src: Src; nidSlip: boolean; nssfSlip: boolean; dobSwap: boolean; typoUndone: boolean; nearNamesake: boolean;
}

interface Draft { row: Omit<OnsiteWorker, 'id' | 'recordedAt' | 'sourceRow'>; truth: number | null; meta: RowMeta }

const META = new WeakMap<Roster, { meta: Map<string, RowMeta>; absentIds: Set<string> }>();

export function generateEightyFirst(size: number, seed: number): Roster {
  const r = rng((Math.imul(seed, 0x9e3779b1) ^ 0x81) >>> 0);
  const nidPool = newNidPool(r);
  const nssfPool = newNssfPool(r);

  const famIdx = FAMILY_81.map((_, i) => i);
  const givBySex: Record<'M' | 'F' | 'U', number[]> = { M: [], F: [], U: [] };
  GIVEN_81.forEach((g, i) => givBySex[g.sex].push(i));
  const drawGiven = (sex: SexMF, s: number) => r.pickSkewed(givBySex[r.chance(RATES.unisexGiven) ? 'U' : sex], s);

  // 1. The register's people and names.
  const n = size;
  const sexes: SexMF[] = [];
  const pairs: number[] = [];
  for (let i = 0; i < n; i++) {
    const sex: SexMF = r.chance(RATES.female) ? 'F' : 'M';
    sexes.push(sex);
    pairs.push(pairOf(r.pickSkewed(famIdx, 1.6), drawGiven(sex, 1.1)));
  }
  const regIndex = new NameIndex(new Set(pairs));
  const byPair = new Map<number, number[]>();
  pairs.forEach((p, i) => {
    const a = byPair.get(p);
    if (a) a.push(i); else byPair.set(p, [i]);
  });
  // Names sharing a spelling with each name (exact namesakes in either script): rule 2 keeps their dates apart.
  const byVariant = new Map<string, number[]>();
  for (const p of byPair.keys()) for (const v of pairVariants(p)) {
    const a = byVariant.get(v);
    if (a) a.push(p); else byVariant.set(v, [p]);
  }
  const nearPairs = new Map<number, number[]>();
  for (const p of byPair.keys()) {
    const set = new Set<number>();
    for (const v of pairVariants(p)) for (const q of byVariant.get(v)!) set.add(q);
    nearPairs.set(p, [...set]);
  }

  // 2. Dates of birth (rule 2), IDs, the rest of each registered record.
  const dobs: string[] = new Array(n);
  const assigned: boolean[] = new Array(n).fill(false);
  for (let i = 0; i < n; i++) {
    let dob = randomDob(r);
    for (let t = 0; t < 200; t++) {
      let ok = true;
      for (const q of nearPairs.get(pairs[i])!) {
        for (const j of byPair.get(q)!) if (assigned[j] && !dobSeparated(dob, dobs[j])) { ok = false; break; }
        if (!ok) break;
      }
      if (ok) break;
      dob = randomDob(r);
    }
    dobs[i] = dob;
    assigned[i] = true;
  }
  const trueNid = pairs.map(() => nidPool.fresh());
  const regs: RegisteredWorker[] = pairs.map((p, i) => {
    const f = FAMILY_81[famOf(p)];
    const g = GIVEN_81[givOf(p)];
    let kh = f.kh + (r.chance(RATES.reg.khZwsp) ? ZWSP : ' ') + g.kh;
    if (r.chance(RATES.reg.khKeyboard)) kh = legacyKhmer(kh);
    let latin: string | null = null;
    if (!r.chance(RATES.reg.latinMissing)) {
      latin = `${pickSpelling(f.latin, r, 0.65)} ${pickSpelling(g.latin, r, 0.65)}`;
      if (r.chance(RATES.reg.latinUpper)) latin = latin.toUpperCase();
    }
    const dobMs = Date.parse(dobs[i]);
    const start = Math.max(dobMs + 18 * 365.25 * DAY_MS, Date.UTC(2012, 0, 1));
    const end = Date.UTC(2025, 4, 31);
    const hire = start + Math.max(0, end - start) * r.next() ** 0.7;
    return {
      workerId: '',
      nssfNumber: nssfPool.fresh(),
      nationalId: r.chance(RATES.reg.nidMissing) ? null : trueNid[i],
      nameKh: kh,
      nameLatin: latin,
      sex: sexes[i],
      dateOfBirth: dobs[i],
      hireDate: iso(Math.min(hire, end)),
      wageRiel: r.chance(RATES.reg.wageMissing) ? null : Math.round((830_000 + 1_200_000 * r.next() ** 2.5) / 1000) * 1000,
    };
  });
  const regFields = (i: number): Fields => ({
    name: '', nid: regs[i].nationalId, nssf: regs[i].nssfNumber, sex: regs[i].sex, dob: regs[i].dateOfBirth,
  });
  const candidates = (name: string): Array<[number, number]> => {
    const out: Array<[number, number]> = [];
    for (const [p, lvl] of regIndex.lookup(name)) for (const j of byPair.get(p) ?? []) out.push([j, lvl]);
    return out;
  };

  // 3. Who is absent.
  const absentRate = RATES.absent[0] + (RATES.absent[1] - RATES.absent[0]) * r.next();
  const order = r.shuffle(pairs.map((_, i) => i));
  const nAbsent = Math.round(n * absentRate);
  const isAbsent: boolean[] = new Array(n).fill(false);
  for (let k = 0; k < nAbsent; k++) isAbsent[order[k]] = true;
  const present = order.slice(nAbsent).sort((a, b) => a - b);
  const absent = order.slice(0, nAbsent).sort((a, b) => a - b);

  const pickSource = (): Src => {
    const x = r.next();
    let acc = 0;
    for (const [s, p] of RATES.source) { acc += p; if (x < acc) return s; }
    return 'manual';
  };

  const drafts: Draft[] = [];

  // 4. True rows.
  for (const i of present) {
    const src = pickSource();
    const S = RATES.bySource[src];
    let rend = render(pairs[i], src, r, true);
    let nid: string | null = null;
    let nidSlip = false;
    if (r.chance(S.nid)) {
      nid = trueNid[i];
      if (r.chance(S.nidSlip)) { const s = nidPool.slip(nid); if (s) { nid = s; nidSlip = true; } }
    }
    let nssf: string | null = null;
    let nssfSlip = false;
    if (r.chance(S.nssf)) {
      nssf = regs[i].nssfNumber;
      if (nssf && r.chance(S.nssfSlip)) { const s = nssfPool.slip(nssf); if (s) { nssf = s; nssfSlip = true; } }
    }
    let dob: string | null = null;
    let dobSwap = false;
    if (r.chance(S.dob)) {
      dob = dobs[i];
      if (r.chance(S.dobSwap)) { const s = swapDM81(dob); if (s) { dob = s; dobSwap = true; } }
    }
    const sex = r.chance(S.sex) ? sexes[i] : null;
    const fieldsFor = (name: string): Fields => ({ name, nid, nssf, sex, dob });
    const undecided = (name: string) => {
      const c = candidates(name);
      const own = c.find(([j]) => j === i);
      const others = c.filter(([j]) => j !== i).map(([j, l]) => [regFields(j), l] as [Fields, number]);
      return undecidable(fieldsFor(name), regFields(i), own ? own[1] : 1, others);
    };
    let typoUndone = false;
    if (rend.typo && undecided(rend.name)) {
      // Rule 5: a typo that would make the row undecidable is one a reader could not recognise.
      for (let t = 0; t < 20; t++) {
        rend = render(pairs[i], src, r, false);
        if (!undecided(rend.name)) break;
      }
      typoUndone = true;
    }
    drafts.push({
      row: { visitId: VISIT_ID, name: rend.name, nationalId: nid, nssfNumber: nssf, sex, dateOfBirth: dob, source: src },
      truth: i,
      meta: { ...rend, kind: 'true', src, nidSlip, nssfSlip, dobSwap, typoUndone, nearNamesake: false },
    });
  }

  // 5. Hidden rows.
  const hiddenShare = RATES.hiddenShare[0] + (RATES.hiddenShare[1] - RATES.hiddenShare[0]) * r.next();
  const nHidden = Math.round((present.length * hiddenShare) / (1 - hiddenShare));
  const regPairSet = new Set(pairs);
  const makeHidden = (kind: Kind): Draft | null => {
    let pair: number;
    let sex: SexMF;
    if (kind === 'hidden-present' || kind === 'hidden-absent') {
      const pool = kind === 'hidden-present' ? present : absent;
      if (pool.length === 0) return null;
      const w = r.pick(pool);
      pair = pairs[w];
      sex = sexes[w];
      if (GIVEN_81[givOf(pair)].sex === 'U' && r.chance(RATES.hiddenOtherSexIfUnisex)) sex = sex === 'F' ? 'M' : 'F';
    } else {
      sex = r.chance(RATES.female) ? 'F' : 'M';
      pair = -1;
      let fallback = -1;
      for (let t = 0; t < 40; t++) {
        const p = pairOf(r.int(0, FAMILY_81.length - 1), r.pick(givBySex[r.chance(RATES.unisexGiven) ? 'U' : sex]));
        if (regPairSet.has(p)) continue;
        const f = FAMILY_81[famOf(p)];
        const g = GIVEN_81[givOf(p)];
        const near = regIndex.lookup(f.kh + g.kh).size > 0 || regIndex.lookup(f.latin[0] + g.latin[0]).size > 0;
        if (!near) { pair = p; break; }
        if (fallback < 0) fallback = p;
      }
      if (pair < 0) pair = fallback;
      if (pair < 0) return null;
    }
    const src = pickSource();
    const S = RATES.bySource[src];
    const rend = render(pair, src, r, true);
    const nid = r.chance(S.nid) ? nidPool.fresh() : null;
    let dob: string | null = kind === 'hidden-own' && !r.chance(S.dob) ? null : randomDob(r);
    const rowSex = r.chance(S.sex) ? sex : null;
    const cands = candidates(rend.name);
    const safe = (j: number) => {
      const w = regs[j];
      if (rowSex && w.sex && rowSex !== w.sex) return true;
      if (dob && w.dateOfBirth && dobSeparated(dob, w.dateOfBirth)) return true;
      if (nid && w.nationalId && !within1(nid, w.nationalId)) return true;
      return false;
    };
    let ok = cands.every(([j]) => safe(j));
    for (let t = 0; !ok && t < 100; t++) {
      dob = randomDob(r);
      ok = cands.every(([j]) => safe(j));
    }
    if (!ok) return null;
    return {
      row: { visitId: VISIT_ID, name: rend.name, nationalId: nid, nssfNumber: null, sex: rowSex, dateOfBirth: dob, source: src },
      truth: null,
      meta: { ...rend, kind, src, nidSlip: false, nssfSlip: false, dobSwap: false, typoUndone: false, nearNamesake: cands.length > 0 },
    };
  };
  for (let k = 0; k < nHidden; k++) {
    const x = r.next();
    const kind: Kind = x < RATES.hiddenSplit.present ? 'hidden-present'
      : x < RATES.hiddenSplit.present + RATES.hiddenSplit.absent ? 'hidden-absent' : 'hidden-own';
    let d = makeHidden(kind);
    for (let t = 0; !d && t < 20; t++) d = makeHidden(kind);
    if (d) drafts.push(d);
  }

  // 6. Shuffle the register, then name its workers; shuffle the site, then number its rows.
  const regOrder = r.shuffle(regs.map((_, i) => i));
  regOrder.forEach((i, k) => { regs[i].workerId = `W${String(k + 1).padStart(6, '0')}`; });
  const registered = regOrder.map((i) => regs[i]);

  r.shuffle(drafts);
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  const meta = new Map<string, RowMeta>();
  let t = VISIT_MS;
  let csvRow = 0;
  for (const d of drafts) {
    t += d.row.source === 'csv' ? r.int(800, 3000) : d.row.source === 'manual' ? r.int(6000, 25000) : r.int(9000, 30000);
    const id = uuid(r);
    onsite.push({ id, ...d.row, sourceRow: d.row.source === 'csv' ? ++csvRow : null, recordedAt: new Date(t).toISOString() });
    truth.set(id, d.truth == null ? null : regs[d.truth].workerId);
    meta.set(id, d.meta);
  }
  const roster: Roster = { registered, onsite, truth };
  META.set(roster, { meta, absentIds: new Set(absent.map((i) => regs[i].workerId)) });
  return roster;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
function uuid(r: Rng): string {
  let h = '';
  for (let i = 0; i < 16; i++) {
    let b = Math.floor(r.next() * 256);
    if (i === 6) b = (b & 0x0f) | 0x40;
    if (i === 8) b = (b & 0x3f) | 0x80;
    h += HEX[b];
    if (i === 3 || i === 5 || i === 7 || i === 9) h += '-';
  }
  return h;
}

// ---------------------------------------------------------------- self-check

async function selfCheck(size: number, seed: number): Promise<boolean> {
  const { RegisteredWorker: RegSchema, OnsiteWorker: OnsiteSchema } = await import('../../src/protocol');
  let pass = true;
  const check = (ok: boolean, what: string) => {
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
    if (!ok) pass = false;
  };
  const pct = (a: number, b: number) => (b === 0 ? '0.00' : ((100 * a) / b).toFixed(2)) + ' %';

  const roster = generateEightyFirst(size, seed);
  const { registered, onsite, truth } = roster;
  const side = META.get(roster)!;
  const regById = new Map(registered.map((w) => [w.workerId, w]));

  // Read each registered worker's name identity back from the Khmer, as a reader would.
  const regPair = registered.map((w) => khmerToPair.get(nameKey81(w.nameKh)));
  check(regPair.every((p) => p !== undefined), 'every registered Khmer name reads back to a listed family + given name');
  const index = new NameIndex(new Set(regPair as number[]));
  const byPair = new Map<number, RegisteredWorker[]>();
  registered.forEach((w, k) => {
    const p = regPair[k]!;
    const a = byPair.get(p);
    if (a) a.push(w); else byPair.set(p, [w]);
  });
  const pairOfWorker = new Map(registered.map((w, k) => [w.workerId, regPair[k]!]));
  const cands = (name: string) => {
    const out: Array<[RegisteredWorker, number]> = [];
    for (const [p, l] of index.lookup(name)) for (const w of byPair.get(p) ?? []) out.push([w, l]);
    return out;
  };
  const regF = (w: RegisteredWorker): Fields => ({ name: w.nameLatin ?? w.nameKh, nid: w.nationalId, nssf: w.nssfNumber, sex: w.sex, dob: w.dateOfBirth });
  const rowF = (o: OnsiteWorker): Fields => ({ name: o.name, nid: o.nationalId, nssf: o.nssfNumber, sex: o.sex, dob: o.dateOfBirth });

  // The name index against the obvious brute-force relation, on a sample of rows and typo'd names.
  {
    const pairSet = new Set(regPair as number[]);
    let diff = 0;
    const sample = onsite.filter((_, k) => k % Math.max(1, Math.floor(onsite.length / 150)) === 0).map((o) => nameKey81(o.name));
    const probe = rng(seed + 99);
    for (const k of sample.slice(0, 60)) {
      const t = typo(k, probe);
      if (t) sample.push(t);
    }
    for (const k of sample) {
      const a = index.lookupKey(k);
      const b = bruteLookup(k, pairSet);
      if (a.size !== b.size || [...a].some(([p, l]) => b.get(p) !== l)) diff++;
    }
    check(diff === 0, `name index agrees with brute force on ${sample.length} names (${diff} differ)`);
  }

  // ---- shape
  const rows = onsite.map((o) => ({ o, m: side.meta.get(o.id)!, t: truth.get(o.id) }));
  const trueRows = rows.filter((x) => x.t != null);
  const hidden = rows.filter((x) => x.t == null);
  const count = (xs: typeof rows, f: (x: (typeof rows)[number]) => boolean) => xs.filter(f).length;
  console.log(`\n== eightyfirst roster, size ${size}, seed ${seed}`);
  console.log(`registered ${registered.length}, absent ${side.absentIds.size} (${pct(side.absentIds.size, registered.length)}), on site ${onsite.length}: true ${trueRows.length}, hidden ${hidden.length} (${pct(hidden.length, onsite.length)})`);
  console.log(`hidden split: namesake of a present worker ${count(hidden, (x) => x.m.kind === 'hidden-present')}, of an absent worker ${count(hidden, (x) => x.m.kind === 'hidden-absent')}, own name ${count(hidden, (x) => x.m.kind === 'hidden-own')} (of which within one edit of a registered name ${count(hidden, (x) => x.m.kind === 'hidden-own' && x.m.nearNamesake)})`);
  console.log(`hidden rows within one edit of some registered name: ${pct(count(hidden, (x) => x.m.nearNamesake), hidden.length)}; other sex than every namesake: ${count(hidden, (x) => x.m.kind !== 'hidden-own' && x.o.sex != null && cands(x.o.name).every(([w]) => w.sex !== x.o.sex))}`);
  const srcs: Src[] = ['manual', 'csv', 'id-card'];
  console.log(`sources: ${srcs.map((s) => `${s} ${pct(count(rows, (x) => x.o.source === s), rows.length)}`).join(', ')}`);
  const kh = rows.filter((x) => x.m.khmer);
  const la = rows.filter((x) => !x.m.khmer);
  console.log(`register: Latin missing ${pct(registered.filter((w) => !w.nameLatin).length, registered.length)}, national ID missing ${pct(registered.filter((w) => !w.nationalId).length, registered.length)}, Khmer with ZWSP ${pct(registered.filter((w) => w.nameKh.includes(ZWSP)).length, registered.length)}, Khmer in another order ${pct(registered.filter((w) => canonKhmer81(w.nameKh) !== w.nameKh).length, registered.length)}`);
  console.log(`on-site names: Khmer ${pct(kh.length, rows.length)} (ZWSP ${pct(count(kh, (x) => x.m.zwsp), kh.length)}, another code-point order ${pct(count(kh, (x) => x.m.keyboard), kh.length)}), Latin ${pct(la.length, rows.length)} (given first ${pct(count(la, (x) => x.m.swapped), la.length)}, upper ${pct(count(la, (x) => x.m.upper), la.length)}, lower ${pct(count(la, (x) => x.m.lower), la.length)}, typo ${pct(count(la, (x) => x.m.typo), la.length)})`);
  const trueLa = trueRows.filter((x) => !x.m.khmer);
  const withRegLatin = trueLa.filter((x) => regById.get(x.t!)!.nameLatin);
  console.log(`true Latin rows: register has no Latin (Latin vs Khmer only) ${pct(trueLa.length - withRegLatin.length, trueLa.length)}; spelled otherwise than the register's Latin ${pct(count(withRegLatin, (x) => nameKey81(x.o.name) !== nameKey81(regById.get(x.t!)!.nameLatin!)), withRegLatin.length)}; typos dropped by rule 5: ${count(trueRows, (x) => x.m.typoUndone)}`);
  const f = (get: (o: OnsiteWorker) => unknown) => count(trueRows, (x) => get(x.o) != null);
  console.log(`true rows: national ID ${pct(f((o) => o.nationalId), trueRows.length)} (slipped ${count(trueRows, (x) => x.m.nidSlip)}), NSSF ${pct(f((o) => o.nssfNumber), trueRows.length)} (slipped ${count(trueRows, (x) => x.m.nssfSlip)}), DOB ${pct(f((o) => o.dateOfBirth), trueRows.length)} (day/month swapped ${count(trueRows, (x) => x.m.dobSwap)}), sex ${pct(f((o) => o.sex), trueRows.length)}, no DOB and no ID ${pct(count(trueRows, (x) => !x.o.dateOfBirth && !x.o.nationalId && !x.o.nssfNumber), trueRows.length)}`);
  const exactNamesake = registered.filter((w) => cands(w.nameKh).some(([o, l]) => o !== w && l === 0)).length;
  console.log(`register: workers sharing their full name (some spelling) with another ${pct(exactNamesake, registered.length)}`);

  // ---- rule 1
  let bad1 = 0;
  const bad1Examples: string[] = [];
  for (const { o, t } of trueRows) {
    const w = regById.get(t!);
    const ok = !!w
      && cands(o.name).some(([c]) => c === w)
      && (o.nationalId == null || w.nationalId == null || within1(o.nationalId, w.nationalId))
      && (o.nssfNumber == null || (w.nssfNumber != null && within1(o.nssfNumber, w.nssfNumber)))
      && (o.dateOfBirth == null || o.dateOfBirth === w.dateOfBirth || swapDM81(w.dateOfBirth!) === o.dateOfBirth)
      && (o.sex == null || o.sex === w.sex);
    if (!ok) { bad1++; if (bad1Examples.length < 3) bad1Examples.push(`${o.name} -> ${w?.nameKh}/${w?.nameLatin}`); }
  }
  check(bad1 === 0, `rule 1: every true row carries only plausible variants of its worker (${bad1} not)${bad1Examples.length ? ' e.g. ' + bad1Examples.join('; ') : ''}`);

  // ---- rule 2
  let bad2 = 0;
  for (const w of registered) {
    for (const [o, l] of cands(w.nameKh)) {
      if (o === w || l !== 0) continue;
      if (!w.dateOfBirth || !o.dateOfBirth || dobClose81(w.dateOfBirth, o.dateOfBirth)) bad2++;
    }
  }
  check(bad2 === 0, `rule 2: registered namesakes' dates of birth more than a swap or one digit apart (${bad2 / 2} pairs not)`);
  const allNids = [...registered.map((w) => w.nationalId), ...onsite.filter((o) => truth.get(o.id) == null).map((o) => o.nationalId)].filter((x): x is string => !!x);
  const nidSet = new Set(allNids);
  const nidClash = allNids.filter((x) => idNeighbours(x).some((y) => nidSet.has(y))).length + (allNids.length - nidSet.size);
  const nssfs = registered.map((w) => w.nssfNumber).filter((x): x is string => !!x);
  const nssfSet = new Set(nssfs);
  const nssfClash = nssfs.filter((x) => idNeighbours(x).some((y) => nssfSet.has(y))).length + (nssfs.length - nssfSet.size);
  check(nidClash === 0 && nssfClash === 0, `rule 2: national IDs and NSSF numbers unique and 2+ edits apart (${nidClash}, ${nssfClash} clashes)`);

  // ---- rule 3
  let bad3 = 0;
  let hiddenPassable = 0;
  for (const { o } of hidden) {
    const c = cands(o.name);
    if (c.length > 0) hiddenPassable++;
    for (const [w] of c) {
      const ev = evidence(rowF(o), regF(w), 0);
      if (!(ev[3] === 2 || ev[4] === 2 || ev[1] === 2)) { bad3++; break; }
    }
  }
  check(bad3 === 0, `rule 3: every hidden row that could pass for a registered worker by name is ruled out by sex, DOB or national ID (${hiddenPassable} could pass by name; ${bad3} not ruled out)`);

  // ---- rule 4
  let inc = true;
  for (let k = 1; k < onsite.length; k++) if (!(onsite[k].recordedAt > onsite[k - 1].recordedAt)) inc = false;
  check(inc, 'rule 4: recordedAt strictly increasing in row order');
  const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  check(onsite.every((o) => v4.test(o.id)) && new Set(onsite.map((o) => o.id)).size === onsite.length, 'rule 4: on-site ids are unique version-4 UUIDs');
  const csvRows = onsite.filter((o) => o.source === 'csv').map((o) => o.sourceRow);
  check(csvRows.every((x, k) => x === k + 1) && onsite.every((o) => o.source === 'csv' || o.sourceRow === null), 'rule 4: csv sourceRow numbered in row order, null otherwise');
  const corr = (xs: number[], ys: number[]) => {
    const m = (a: number[]) => a.reduce((s, x) => s + x, 0) / a.length;
    const mx = m(xs), my = m(ys);
    let sxy = 0, sxx = 0, syy = 0;
    for (let k = 0; k < xs.length; k++) { sxy += (xs[k] - mx) * (ys[k] - my); sxx += (xs[k] - mx) ** 2; syy += (ys[k] - my) ** 2; }
    return sxx && syy ? sxy / Math.sqrt(sxx * syy) : 0;
  };
  const lim = 4 / Math.sqrt(onsite.length);
  const cHidden = corr(onsite.map((_, k) => k), onsite.map((o) => (truth.get(o.id) == null ? 1 : 0)));
  const regPos = new Map(registered.map((w, k) => [w.workerId, k]));
  const tr = onsite.filter((o) => truth.get(o.id) != null);
  const cOrder = corr(tr.map((_, k) => k), tr.map((o) => regPos.get(truth.get(o.id)!)!));
  const cAbsent = corr(registered.map((_, k) => k), registered.map((w) => (side.absentIds.has(w.workerId) ? 1 : 0)));
  check(Math.abs(cHidden) < lim && Math.abs(cOrder) < lim && Math.abs(cAbsent) < 4 / Math.sqrt(registered.length),
    `rule 4: no order leaks (row order vs hidden ${cHidden.toFixed(3)}, vs register order ${cOrder.toFixed(3)}; register order vs absent ${cAbsent.toFixed(3)})`);
  const idOrdered = registered.every((w, k) => w.workerId === `W${String(k + 1).padStart(6, '0')}`);
  check(idOrdered, 'rule 4: workerIds follow the shuffled register order');
  const truthIds = [...truth.values()].filter((x): x is string => x != null);
  check(truth.size === onsite.length && truthIds.every((x) => regById.has(x)) && new Set(truthIds).size === truthIds.length
    && truthIds.length + side.absentIds.size === registered.length && truthIds.every((x) => !side.absentIds.has(x)),
  'truth: one entry per row, each registered worker on site at most once, absent ones never');

  // ---- rule 5
  let undec = 0;
  let sameNameOther = 0;
  for (const { o, t } of trueRows) {
    const w = regById.get(t!)!;
    const c = cands(o.name);
    const own = c.find(([x]) => x === w);
    const others = c.filter(([x]) => x !== w);
    if (others.some(([x, l]) => l === 0 && pairOfWorker.get(x.workerId) !== undefined)) sameNameOther++;
    if (undecidable(rowF(o), regF(w), own ? own[1] : 1, others.map(([x, l]) => [regF(x), l]))) undec++;
  }
  console.log(`true rows whose name fits another registered worker exactly: ${pct(sameNameOther, trueRows.length)}`);
  check(undec / trueRows.length < 0.04, `rule 5: undecidable true rows ${undec} (${pct(undec, trueRows.length)}) < 4 %`);

  // ---- schemas
  const regBad = registered.filter((w) => !RegSchema.safeParse(w).success).length;
  const onBad = onsite.filter((o) => !OnsiteSchema.safeParse(o).success).length;
  const extra = onsite.filter((o) => 'statedStartDate' in o || 'wageRiel' in o).length;
  check(regBad === 0 && onBad === 0 && extra === 0, `schemas: RegisteredWorker ${registered.length - regBad}/${registered.length}, OnsiteWorker ${onsite.length - onBad}/${onsite.length} parse; no statedStartDate/wageRiel (${extra})`);

  // ---- names list sanity
  const allWords = [...FAMILY_81, ...GIVEN_81];
  check(allWords.every((w) => canonKhmer81(w.kh) === w.kh && canonKhmer81(legacyKhmer(w.kh)) === w.kh), 'names: Khmer in standard order, keyboard variants read back');

  // ---- determinism and time
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  check(ser(generateEightyFirst(size, seed)) === ser(roster), 'determinism: same seed, same roster');
  check(ser(generateEightyFirst(size, seed + 1)) !== ser(roster), 'determinism: another seed, another roster');
  const t0 = performance.now();
  generateEightyFirst(10_000, seed + 7);
  const ms = performance.now() - t0;
  check(ms < 2000, `time: 10,000 registered generated in ${ms.toFixed(0)} ms (< 2000)`);

  console.log(pass ? 'PASS' : 'FAIL');
  return pass;
}

if (process.argv[1]?.endsWith('eightyfirst.ts')) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  selfCheck(size, seed).then((ok) => { if (!ok) process.exitCode = 1; });
}
