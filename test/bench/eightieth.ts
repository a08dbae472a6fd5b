/**
 * `eightieth`: a grader's roster, written blind. Emphasis: LATIN SPELLINGS.
 *
 * The employer's sheet is kept in Latin letters by clerks who transliterate by ear
 * (Sok/Sokh, Chea/Chear, Sophea/Sophear, Vuthy/Voeuthy, Srey Mom/Sreymom ... one or more
 * real alternatives for every common name, see eightieth-names.ts), in upper case on some
 * rows, family and given names swapped on some, with typos, against a register whose Latin
 * spelling is the fund's own (`latin[0]`) and is missing on some rows (only the Khmer name
 * is there, so the engine must go Latin → Khmer). Only variations the product text lists.
 *
 * RATES (chosen to tell a good engine from a mediocre one)
 *   Register:  size N; Latin name missing 12 %; DOB missing 0.5 %; national ID missing 5 %;
 *              NSSF number missing 2 %; wage missing 30 %; 70 % women. Family names drawn with
 *              a strong skew (Sok ≈ 12 %; 3 % from a rare tail), given names with a milder
 *              one, so full-name namesakes are common: about 30 % of workers share their full
 *              name at N = 1,000 and about 85 % at N = 10,000 (groups of 50 "Sok Sophea").
 *              Near-namesakes one letter apart are common too (Sophea/Sopheap, Heng/Leng).
 *   Absent:    7 % of registered workers are not on site.
 *   Hidden:    6 % of on-site rows; 60 % of them namesakes of a registered worker (told apart
 *              by date of birth, or a national ID where the namesake's DOB is unknown), 40 %
 *              with a name that is not within one edit of any registered spelling.
 *              (≈ 9,300 present + ≈ 600 hidden ≈ 9,900 rows at N = 10,000.)
 *   Sources:   employer's sheet (csv) 62 %, typed by the inspector (manual) 26 %, read off
 *              the ID card (id-card) 12 %.
 *   Script:    Latin on 92 % of csv rows, 45 % of manual rows, 40 % of id-card rows (≈ 75 %
 *              overall); Khmer otherwise.
 *   Latin:     each word with an alternative is written by ear (not the fund's spelling) with
 *              p = 0.5, so only ~1 in 4 two-word names matches the fund letter for letter;
 *              order swapped (given first) 12 %; ALL UPPER 22 % (id-card rows: always upper,
 *              never swapped); FAMILY-only upper 8 %; one typo 6 % (one edit: substitution,
 *              deletion, doubled letter or transposition, in one word of 4+ letters, never
 *              the first letter).
 *   Khmer:     zero-width space instead of the space 20 %; family/given swapped 4 %;
 *              keyboard code-point orders, each where the name allows: register shifter
 *              typed after the vowel 30 %, nikahit before the vowel U 30 %, ើ typed as េ+ី
 *              30 %, vowel typed before the subscript consonant 12 %. (NFC vs NFD is the
 *              identity on Khmer, which has no canonical decompositions, so it is not a
 *              separate variation here.)
 *   IDs:       national ID on 18 % csv / 15 % manual / 100 % id-card rows (≈ 27 %);
 *              NSSF number on 20 % / 8 % / 5 % (≈ 15 %); one slip (a transposed or mistyped
 *              digit) on 5 % of present IDs (2 % on id-card rows).
 *   DOB:       present on 95 % csv / 88 % manual / 100 % id-card rows (≈ 93 %; ≈ 95 % after
 *              the rule-5 top-up at N = 10,000: with namesakes this common, a sheet without
 *              DOBs would leave too many rows undecidable); day and month
 *              swapped on 15 % / 10 % / 3 % of those where the swap is a valid, different date
 *              (day ≤ 12, day ≠ month: about 37 % of dates), so ≈ 4 % of all present DOBs.
 *   Sex:       present on 60 % / 90 % / 100 % of rows; always right.
 *   Hidden rows carry no NSSF number (they are not registered); their national IDs, when
 *              present, are 2+ edits from every registered one. Otherwise hidden rows follow
 *              the same source, script and spelling mix as true rows.
 *
 * FAIRNESS RULES (audited by the self-check; "name key" = lower case, spaces and zero-width
 * characters removed, Khmer put in canonical code-point order; "spelling variant" = any listed
 * romanization of the family name and of the given name, in either order, or the Khmer name in
 * either order)
 *   1. A true row carries only plausible variants of its registered worker: a spelling variant,
 *      any case, at most one typo (one edit) in one word of 4+ letters, Khmer encoding
 *      variants; IDs exact or one slip; DOB exact or day/month swapped; sex right or missing.
 *      No extra variation is modelled.
 *   2. Registered workers whose names are within one edit of each other (namesakes included)
 *      never have DOBs equal, a day/month swap, or one digit (substitution or transposition)
 *      apart. All registered national IDs are pairwise 2+ edits apart, as are NSSF numbers.
 *   3. A hidden row either is not within one edit of any registered spelling variant, or every
 *      registered worker it is within one edit of is ruled out by a field present on BOTH
 *      sides: sex differs, DOB not within a swap or one digit, national IDs 2+ edits apart.
 *   4. No leak: rows shuffled (then the sheet's rows listed first, as an import is), ids are
 *      v4 UUIDs from the seeded PRNG drawn in final row order, recordedAt strictly increasing
 *      in row order, registered worker ids assigned after shuffling the register.
 *   5. Undecidable true rows (another registered worker within one edit of the row's name that
 *      no shared field rules out, and no exact ID proving the true one) are capped at 3 %
 *      of true rows during generation (audited < 4 %): beyond the cap a row gets its
 *      worker's DOB, else an exact ID.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { EIGHTIETH_FAMILY, EIGHTIETH_GIVEN as GIVEN, EIGHTIETH_RARE_FAMILY, EIGHTIETH_UNSURE } from './eightieth-names';

/** Common family names first (drawn with a skew), then the rare tail. */
const FAMILY = [...EIGHTIETH_FAMILY, ...EIGHTIETH_RARE_FAMILY];
const COMMON_FAMILIES = EIGHTIETH_FAMILY.length;

export const EIGHTIETH_LABEL =
  'grader, Latin by ear: clerk romanizations (Sok/Sokh, Srey Mom/Sreymom), upper case, swaps, typos, fund Latin missing 12 %; 6 % hidden, 7 % absent';

// ---------------------------------------------------------------------------------------------
// Rates
// ---------------------------------------------------------------------------------------------

const REG = { latinMissing: 0.12, dobMissing: 0.005, nidMissing: 0.05, nssfMissing: 0.02, wageMissing: 0.3, female: 0.7 };
const ABSENT = 0.07;
const HIDDEN = 0.06;
const HIDDEN_NAMESAKE = 0.6;
const UNDECIDABLE_CAP = 0.03;
const RARE_FAMILY_REG = 0.03;
const FAMILY_SKEW = 1.8;
const GIVEN_SKEW = 1.4;

type Source = 'csv' | 'manual' | 'id-card';
interface SourceCfg { share: number; latin: number; nid: number; nssf: number; dob: number; dobSwap: number; sex: number; idSlip: number }
const SOURCES: Record<Source, SourceCfg> = {
  csv: { share: 0.62, latin: 0.92, nid: 0.18, nssf: 0.2, dob: 0.95, dobSwap: 0.15, sex: 0.6, idSlip: 0.05 },
  manual: { share: 0.26, latin: 0.45, nid: 0.15, nssf: 0.08, dob: 0.88, dobSwap: 0.1, sex: 0.9, idSlip: 0.05 },
  'id-card': { share: 0.12, latin: 0.4, nid: 1, nssf: 0.05, dob: 1, dobSwap: 0.03, sex: 1, idSlip: 0.02 },
};
const LATIN = { byEar: 0.5, swap: 0.12, upperAll: 0.22, upperFamily: 0.08, typo: 0.06 };
const KHMER = { zwsp: 0.2, swap: 0.04, shifterAfterVowel: 0.3, nikahitFirst: 0.3, decomposed: 0.3, vowelBeforeCoeng: 0.12 };

const VISIT_ID = 'visit-eightieth';
const NID_LEN = 9;
const NSSF_LEN = 10;

// ---------------------------------------------------------------------------------------------
// Names: types, keys, one-edit index
// ---------------------------------------------------------------------------------------------

const NG = GIVEN.length;
const typeOf = (f: number, g: number) => f * NG + g;
const famOf = (t: number) => Math.floor(t / NG);
const givOf = (t: number) => t % NG;

const SEPARATORS = /[\s\u200B\u200C\u200D\uFEFF]/g;
const KHMER_CHAR = /[\u1780-\u17FF]/;

/** Khmer in canonical order: recomposed vowels, shifter before vowel, U before nikahit, subscripts before vowels. */
function khCanon(s: string): string {
  let k = s;
  let prev: string;
  do {
    prev = k;
    k = k.replace(/([\u17B6-\u17C5])(\u17D2[\u1780-\u17B3])/g, '$2$1');
    k = k.replace(/\u17C1\u17B8/g, '\u17BE').replace(/\u17C1\u17B6/g, '\u17C4');
    k = k.replace(/([\u17B6-\u17C5])([\u17C9\u17CA])/g, '$2$1');
    k = k.replace(/\u17C6\u17BB/g, '\u17BB\u17C6');
  } while (k !== prev);
  return k;
}

/** The name key: what a careful reader compares. */
export function eightiethNameKey(name: string): string {
  const k = name.toLowerCase().replace(SEPARATORS, '');
  return KHMER_CHAR.test(k) ? khCanon(k) : k;
}

/** At most one edit (substitution, insertion, deletion, adjacent transposition). */
function within1(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Token lists (lower case) of every Latin spelling variant of a name type, both orders. */
const latinFormsCache = new Map<number, string[][]>();
function latinForms(t: number): string[][] {
  let forms = latinFormsCache.get(t);
  if (forms) return forms;
  forms = [];
  for (const fl of FAMILY[famOf(t)].latin) {
    for (const gl of GIVEN[givOf(t)].latin) {
      const ft = fl.toLowerCase().split(' ');
      const gt = gl.toLowerCase().split(' ');
      forms.push([...ft, ...gt], [...gt, ...ft]);
    }
  }
  latinFormsCache.set(t, forms);
  return forms;
}

const keysCache = new Map<number, string[]>();
function keysOf(t: number): string[] {
  let keys = keysCache.get(t);
  if (keys) return keys;
  const set = new Set<string>(latinForms(t).map((f) => f.join('')));
  const fk = FAMILY[famOf(t)].kh;
  const gk = GIVEN[givOf(t)].kh;
  set.add(eightiethNameKey(fk + gk));
  set.add(eightiethNameKey(gk + fk));
  keys = [...set];
  keysCache.set(t, keys);
  return keys;
}

function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

/** Symmetric-deletion index: which name types have a key within one edit of a query key. */
class NameIndex {
  private readonly keyTypes = new Map<string, number[]>();
  private readonly del = new Map<string, string[]>();
  private readonly memo = new Map<string, number[]>();
  add(t: number): void {
    this.memo.clear();
    for (const key of keysOf(t)) {
      const ts = this.keyTypes.get(key);
      if (ts) {
        if (!ts.includes(t)) ts.push(t);
        continue;
      }
      this.keyTypes.set(key, [t]);
      this.put(key, key);
      for (const d of deletions(key)) this.put(d, key);
    }
  }
  private put(d: string, key: string): void {
    const ks = this.del.get(d);
    if (!ks) this.del.set(d, [key]);
    else if (ks[ks.length - 1] !== key) ks.push(key);
  }
  /** For every indexed type, the indexed types with a key within one edit of one of its keys (itself included). */
  confusable(): Map<number, Set<number>> {
    const out = new Map<number, Set<number>>();
    const link = (a: number, b: number) => {
      const s = out.get(a);
      if (s) s.add(b);
      else out.set(a, new Set([b]));
    };
    for (const ts of this.keyTypes.values()) for (const a of ts) for (const b of ts) link(a, b);
    for (const ks of this.del.values()) {
      if (ks.length < 2) continue;
      for (let i = 0; i < ks.length; i++) {
        for (let j = i + 1; j < ks.length; j++) {
          if (!within1(ks[i], ks[j])) continue;
          for (const a of this.keyTypes.get(ks[i])!) for (const b of this.keyTypes.get(ks[j])!) {
            link(a, b);
            link(b, a);
          }
        }
      }
    }
    return out;
  }
  /** Types with a key within one edit of `q`. */
  lookup(q: string): number[] {
    const hit = this.memo.get(q);
    if (hit) return hit;
    const out = new Set<number>();
    const scan = (d: string) => {
      const ks = this.del.get(d);
      if (ks) for (const k of ks) if (within1(q, k)) for (const t of this.keyTypes.get(k)!) out.add(t);
    };
    scan(q);
    for (let i = 0; i < q.length; i++) scan(q.slice(0, i) + q.slice(i + 1));
    const res = [...out];
    this.memo.set(q, res);
    return res;
  }
}

/** One index over every name type of the lists (built once per process; lookups memoised). */
let universeCache: { index: NameIndex; confusable: Map<number, Set<number>> } | null = null;
function universe(): { index: NameIndex; confusable: Map<number, Set<number>> } {
  if (!universeCache) {
    const index = new NameIndex();
    for (let t = 0; t < FAMILY.length * NG; t++) index.add(t);
    universeCache = { index, confusable: index.confusable() };
  }
  return universeCache;
}

// ---------------------------------------------------------------------------------------------
// Dates and IDs
// ---------------------------------------------------------------------------------------------

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function swapDob(d: string): string | null {
  const m = d.slice(5, 7);
  const dd = d.slice(8, 10);
  if (dd > '12' || dd === m) return null;
  return `${d.slice(0, 4)}-${dd}-${m}`;
}

const DOB_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];
/** Equal, a day/month swap, or one digit (substitution or adjacent transposition in YYYYMMDD) apart. */
function dobClose(a: string, b: string): boolean {
  if (a === b) return true;
  let first = -1;
  let second = -1;
  let n = 0;
  for (let i = 0; i < 8; i++) {
    const p = DOB_DIGITS[i];
    if (a[p] !== b[p]) {
      if (n === 0) first = i;
      else second = i;
      if (++n > 2) break;
    }
  }
  if (n === 1) return true;
  if (n === 2 && second === first + 1 && a[DOB_DIGITS[first]] === b[DOB_DIGITS[second]] && a[DOB_DIGITS[second]] === b[DOB_DIGITS[first]]) return true;
  return a.slice(0, 4) === b.slice(0, 4) && (swapDob(a) === b || swapDob(b) === a);
}

function randomDob(r: Rng): string {
  const y = 2006 - Math.floor(38 * r.next() ** 1.5);
  const m = r.int(1, 12);
  return `${y}-${pad(m)}-${pad(r.int(1, daysIn(y, m)))}`;
}

function randomDateBetween(r: Rng, lo: number, hi: number): string {
  const t = lo + Math.floor(r.next() * (hi - lo));
  return new Date(t).toISOString().slice(0, 10);
}

function digits(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(r.int(0, 9));
  return s;
}

function oneEditNeighbours(id: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < id.length; i++) {
    for (let c = 0; c <= 9; c++) {
      const ch = String(c);
      if (ch !== id[i]) out.push(id.slice(0, i) + ch + id.slice(i + 1));
    }
    if (i + 1 < id.length && id[i] !== id[i + 1]) out.push(id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2));
  }
  return out;
}

/** IDs handed out so far, with every one-digit-masked form, to keep new IDs 2+ edits away. */
class IdPool {
  private readonly exact = new Set<string>();
  private readonly masks = new Set<string>();
  private clashes(id: string): boolean {
    for (let i = 0; i < id.length; i++) {
      if (this.masks.has(id.slice(0, i) + '*' + id.slice(i + 1))) return true;
      if (i + 1 < id.length && id[i] !== id[i + 1] && this.exact.has(id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2))) return true;
    }
    return false;
  }
  /** A fresh ID 2+ edits from every ID already handed out. */
  fresh(r: Rng, len: number, first: string): string {
    for (;;) {
      const id = first + digits(r, len - first.length);
      if (this.clashes(id)) continue;
      this.exact.add(id);
      for (let i = 0; i < id.length; i++) this.masks.add(id.slice(0, i) + '*' + id.slice(i + 1));
      return id;
    }
  }
}

/** One transposed or mistyped digit. */
function slipId(r: Rng, id: string): string {
  if (r.chance(0.5)) {
    const spots: number[] = [];
    for (let i = 0; i + 1 < id.length; i++) if (id[i] !== id[i + 1]) spots.push(i);
    if (spots.length) {
      const i = r.pick(spots);
      return id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
    }
  }
  const i = r.int(0, id.length - 1);
  let c = id[i];
  while (c === id[i]) c = String(r.int(0, 9));
  return id.slice(0, i) + c + id.slice(i + 1);
}

function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(Math.floor(r.next() * 256));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ---------------------------------------------------------------------------------------------
// Rendering a name as a clerk or the inspector writes it
// ---------------------------------------------------------------------------------------------

const KEY_NEIGHBOURS: Record<string, string> = {
  a: 'qse', b: 'vnh', c: 'xvd', d: 'sfe', e: 'wra', f: 'dgr', g: 'fht', h: 'gjy', i: 'uoe', j: 'hku', k: 'jli', l: 'kop',
  m: 'nj', n: 'bmh', o: 'ipu', p: 'ol', q: 'wa', r: 'eft', s: 'adw', t: 'rgy', u: 'yio', v: 'cbf', w: 'qes', x: 'zcs', y: 'tui', z: 'xs',
};

/** One edit in a word of 4+ letters, never the first letter. */
function typo(r: Rng, w: string): string {
  for (;;) {
    const op = r.next();
    let out: string;
    if (op < 0.4) {
      const i = r.int(1, w.length - 1);
      const lower = w[i].toLowerCase();
      const ch = r.pick((KEY_NEIGHBOURS[lower] ?? 'e').split(''));
      out = w.slice(0, i) + (w[i] === lower ? ch : ch.toUpperCase()) + w.slice(i + 1);
    } else if (op < 0.6) {
      const i = r.int(1, w.length - 1);
      out = w.slice(0, i) + w.slice(i + 1);
    } else if (op < 0.8) {
      const i = r.int(1, w.length - 1);
      out = w.slice(0, i + 1) + w[i] + w.slice(i + 1);
    } else {
      const i = r.int(1, w.length - 2);
      out = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    }
    if (out !== w && out.toLowerCase() !== w.toLowerCase()) return out;
  }
}

function renderLatin(r: Rng, t: number, src: Source): string {
  const fam = FAMILY[famOf(t)];
  const giv = GIVEN[givOf(t)];
  const spell = (ls: readonly string[]) => (ls.length > 1 && r.chance(LATIN.byEar) ? ls[r.int(1, ls.length - 1)] : ls[0]);
  const famTokens = spell(fam.latin).split(' ');
  const givTokens = spell(giv.latin).split(' ');
  if (r.chance(LATIN.typo)) {
    const spots: [string[], number][] = [];
    for (const toks of [famTokens, givTokens]) toks.forEach((w, i) => w.length >= 4 && spots.push([toks, i]));
    if (spots.length) {
      const [toks, i] = r.pick(spots);
      toks[i] = typo(r, toks[i]);
    }
  }
  const upperAll = src === 'id-card' || r.chance(LATIN.upperAll);
  const upperFam = !upperAll && r.chance(LATIN.upperFamily);
  const fam2 = upperAll || upperFam ? famTokens.map((w) => w.toUpperCase()) : famTokens;
  const giv2 = upperAll ? givTokens.map((w) => w.toUpperCase()) : givTokens;
  const swap = src !== 'id-card' && r.chance(LATIN.swap);
  return (swap ? [...giv2, ...fam2] : [...fam2, ...giv2]).join(' ');
}

function renderKhmer(r: Rng, t: number): string {
  let a = FAMILY[famOf(t)].kh;
  let b = GIVEN[givOf(t)].kh;
  if (r.chance(KHMER.swap)) [a, b] = [b, a];
  let s = a + (r.chance(KHMER.zwsp) ? '\u200B' : ' ') + b;
  if (r.chance(KHMER.shifterAfterVowel)) s = s.replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/g, '$2$1');
  if (r.chance(KHMER.nikahitFirst)) s = s.replace(/\u17BB\u17C6/g, '\u17C6\u17BB');
  if (r.chance(KHMER.decomposed)) s = s.replace(/\u17BE/g, '\u17C1\u17B8').replace(/\u17C4/g, '\u17C1\u17B6');
  if (r.chance(KHMER.vowelBeforeCoeng)) s = s.replace(/(\u17D2[\u1780-\u17B3])([\u17B6-\u17C5])/g, '$2$1');
  return s;
}

// ---------------------------------------------------------------------------------------------
// Fields present on both sides
// ---------------------------------------------------------------------------------------------

interface Fields { nationalId: string | null; nssfNumber: string | null; sex: 'M' | 'F' | null; dateOfBirth: string | null }

/** Some field present on both sides tells the row apart from this registered worker. */
function ruledOut(row: Fields, w: RegisteredWorker): boolean {
  if (row.sex && w.sex && row.sex !== w.sex) return true;
  if (row.dateOfBirth && w.dateOfBirth && !dobClose(row.dateOfBirth, w.dateOfBirth)) return true;
  if (row.nationalId && w.nationalId && !within1(row.nationalId, w.nationalId)) return true;
  if (row.nssfNumber && w.nssfNumber && !within1(row.nssfNumber, w.nssfNumber)) return true;
  return false;
}

/** An exact ID on both sides proves the row is this worker (registered IDs are 2+ edits apart). */
const idProof = (row: Fields, w: RegisteredWorker) =>
  (!!row.nationalId && row.nationalId === w.nationalId) || (!!row.nssfNumber && row.nssfNumber === w.nssfNumber);

// ---------------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------------

interface RegDraft { w: RegisteredWorker; t: number }
interface RowDraft { row: Omit<OnsiteWorker, 'id' | 'sourceRow' | 'recordedAt'>; truth: RegDraft | null }

export function generateEightieth(size: number, seed: number): Roster {
  const r = rng(seed * 2654435761 + 80);
  const famIdx = EIGHTIETH_FAMILY.map((_, i) => i);
  const givBySex = { F: [] as number[], M: [] as number[] };
  GIVEN.forEach((g, i) => givBySex[g.sex].push(i));

  // Register: names first.
  const regs: RegDraft[] = [];
  for (let i = 0; i < size; i++) {
    const sex: 'F' | 'M' = r.chance(REG.female) ? 'F' : 'M';
    const f = r.chance(RARE_FAMILY_REG) ? r.int(COMMON_FAMILIES, FAMILY.length - 1) : r.pickSkewed(famIdx, FAMILY_SKEW);
    const t = typeOf(f, r.pickSkewed(givBySex[sex], GIVEN_SKEW));
    regs.push({ t, w: { workerId: '', nssfNumber: null, nationalId: null, nameKh: '', nameLatin: null, sex, dateOfBirth: null, hireDate: null, wageRiel: null } });
  }
  const byType = new Map<number, RegDraft[]>();
  for (const d of regs) {
    const xs = byType.get(d.t);
    if (xs) xs.push(d);
    else byType.set(d.t, [d]);
  }
  const { index, confusable } = universe();

  // Register: DOBs (rule 2), IDs 2+ edits apart, the rest.
  const dobsByType = new Map<number, string[]>();
  const nids = new IdPool();
  const nssfs = new IdPool();
  const hireLo = Date.UTC(2010, 0, 1);
  const hireHi = Date.UTC(2025, 1, 1);
  for (const d of regs) {
    const w = d.w;
    const fam = FAMILY[famOf(d.t)];
    const giv = GIVEN[givOf(d.t)];
    w.nameKh = `${fam.kh} ${giv.kh}`;
    w.nameLatin = r.chance(REG.latinMissing) ? null : `${fam.latin[0]} ${giv.latin[0]}`;
    if (!r.chance(REG.dobMissing)) {
      const near: string[] = [];
      for (const u of confusable.get(d.t)!) for (const x of dobsByType.get(u) ?? []) near.push(x);
      let dob = randomDob(r);
      while (near.some((x) => dobClose(x, dob))) dob = randomDob(r);
      w.dateOfBirth = dob;
      const xs = dobsByType.get(d.t);
      if (xs) xs.push(dob);
      else dobsByType.set(d.t, [dob]);
    }
    w.nationalId = r.chance(REG.nidMissing) ? null : nids.fresh(r, NID_LEN, String(r.int(0, 2)));
    w.nssfNumber = r.chance(REG.nssfMissing) ? null : nssfs.fresh(r, NSSF_LEN, String(r.int(1, 9)));
    const adult = w.dateOfBirth ? Date.UTC(Number(w.dateOfBirth.slice(0, 4)) + 18, 0, 1) : hireLo;
    w.hireDate = randomDateBetween(r, Math.max(hireLo, adult), hireHi);
    w.wageRiel = r.chance(REG.wageMissing) ? null : r.int(800, 2000) * 1000;
  }
  r.shuffle(regs);
  regs.forEach((d, i) => (d.w.workerId = `E80-${pad(i + 1, 6)}`));

  const candidates = (name: string): RegDraft[] => [...index.lookup(eightiethNameKey(name))].flatMap((t) => byType.get(t) ?? []);
  const pickSource = (): Source => {
    const u = r.next();
    return u < SOURCES.csv.share ? 'csv' : u < SOURCES.csv.share + SOURCES.manual.share ? 'manual' : 'id-card';
  };
  const renderName = (t: number, src: Source) => (r.chance(SOURCES[src].latin) ? renderLatin(r, t, src) : renderKhmer(r, t));

  // True rows.
  const present = regs.filter(() => !r.chance(ABSENT));
  const undecidableCap = Math.floor(UNDECIDABLE_CAP * present.length);
  let undecidable = 0;
  const drafts: RowDraft[] = [];
  for (const d of present) {
    const w = d.w;
    let accepted: RowDraft | null = null;
    for (let attempt = 0; attempt < 6 && !accepted; attempt++) {
      let src = pickSource();
      if (src === 'id-card' && !w.nationalId) src = 'manual';
      const cfg = SOURCES[src];
      const name = renderName(d.t, src);
      const row: RowDraft['row'] = {
        visitId: VISIT_ID,
        name,
        nationalId: w.nationalId && (src === 'id-card' || r.chance(cfg.nid)) ? (r.chance(cfg.idSlip) ? slipId(r, w.nationalId) : w.nationalId) : null,
        nssfNumber: w.nssfNumber && r.chance(cfg.nssf) ? (r.chance(cfg.idSlip) ? slipId(r, w.nssfNumber) : w.nssfNumber) : null,
        sex: r.chance(cfg.sex) ? w.sex : null,
        dateOfBirth: null,
        source: src,
      };
      if (w.dateOfBirth && r.chance(cfg.dob)) {
        const sw = swapDob(w.dateOfBirth);
        row.dateOfBirth = sw && r.chance(cfg.dobSwap) ? sw : w.dateOfBirth;
      }
      const others = candidates(name).filter((c) => c !== d);
      const isUndecidable = () => !idProof(row, w) && others.some((c) => !ruledOut(row, c.w));
      if (!isUndecidable()) accepted = { row, truth: d };
      else if (undecidable < undecidableCap) {
        undecidable++;
        accepted = { row, truth: d };
      } else {
        if (w.dateOfBirth) row.dateOfBirth = w.dateOfBirth;
        if (isUndecidable() && w.nationalId) row.nationalId = w.nationalId;
        else if (isUndecidable() && w.nssfNumber) row.nssfNumber = w.nssfNumber;
        if (!isUndecidable() || attempt === 5) accepted = { row, truth: d };
      }
    }
    drafts.push(accepted!);
  }

  // Hidden rows.
  const hiddenCount = Math.round((drafts.length * HIDDEN) / (1 - HIDDEN));
  for (let h = 0; h < hiddenCount; h++) {
    const wantNamesake = r.chance(HIDDEN_NAMESAKE);
    for (let tries = 0; ; tries++) {
      const src = pickSource();
      const cfg = SOURCES[src];
      const namesake = wantNamesake || tries >= 400;
      const fresh = () => typeOf(r.chance(0.5) ? r.int(COMMON_FAMILIES, FAMILY.length - 1) : r.int(0, COMMON_FAMILIES - 1), r.int(0, NG - 1));
      const t = namesake ? r.pick(regs).t : fresh();
      const name = renderName(t, src);
      const cands = candidates(name);
      if (!namesake && cands.length) continue;
      const row: RowDraft['row'] = {
        visitId: VISIT_ID,
        name,
        nationalId: src === 'id-card' || r.chance(cfg.nid) ? nids.fresh(r, NID_LEN, String(r.int(0, 2))) : null,
        nssfNumber: null,
        sex: r.chance(cfg.sex) ? GIVEN[givOf(t)].sex : null,
        dateOfBirth: cands.length || r.chance(cfg.dob) ? randomDob(r) : null,
        source: src,
      };
      if (cands.length) {
        for (let k = 0; k < 200 && cands.some((c) => c.w.dateOfBirth && dobClose(c.w.dateOfBirth, row.dateOfBirth!)); k++) row.dateOfBirth = randomDob(r);
        if (cands.some((c) => !ruledOut(row, c.w)) && !row.nationalId) row.nationalId = nids.fresh(r, NID_LEN, String(r.int(0, 2)));
        if (cands.some((c) => !ruledOut(row, c.w))) continue;
      }
      drafts.push({ row, truth: null });
      break;
    }
  }

  // Shuffle; the sheet's rows (one import) first, then those recorded one by one.
  r.shuffle(drafts);
  const ordered = [...drafts.filter((x) => x.row.source === 'csv'), ...drafts.filter((x) => x.row.source !== 'csv')];
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  let clock = Date.UTC(2025, 2, 11, 1, 30, 0);
  let sheetRow = 0;
  for (const x of ordered) {
    const csv = x.row.source === 'csv';
    clock += csv ? r.int(1, 15) : r.int(1_000, 15_000);
    const id = uuid(r);
    onsite.push({ id, ...x.row, sourceRow: csv ? ++sheetRow : null, recordedAt: new Date(clock).toISOString() });
    truth.set(id, x.truth ? x.truth.w.workerId : null);
  }
  return { registered: regs.map((d) => d.w), onsite, truth };
}

// ---------------------------------------------------------------------------------------------
// Self-check: npx tsx test/bench/eightieth.ts [size] [seed]
// ---------------------------------------------------------------------------------------------

async function selfCheck(size: number, seed: number): Promise<boolean> {
  const { OnsiteWorker: OnsiteSchema, RegisteredWorker: RegisteredSchema } = await import('../../src/protocol');
  const t0 = performance.now();
  const roster = generateEightieth(size, seed);
  const genMs = performance.now() - t0;
  const { registered, onsite, truth } = roster;
  let ok = true;
  const fails: string[] = [];
  const check = (cond: boolean, msg: string) => {
    if (!cond) {
      ok = false;
      fails.push(msg);
    }
  };
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : 'n/a');
  const line = (label: string, value: string) => console.log(`  ${label.padEnd(44)} ${value}`);

  // The audit's own view of names (independent of the generator's bookkeeping).
  const typeByKh = new Map<string, number>();
  FAMILY.forEach((f, fi) => GIVEN.forEach((g, gi) => typeByKh.set(`${f.kh} ${g.kh}`, typeOf(fi, gi))));
  const regById = new Map(registered.map((w) => [w.workerId, w]));
  const regType = new Map<string, number>();
  for (const w of registered) {
    const t = typeByKh.get(w.nameKh);
    check(t !== undefined, `registered ${w.workerId}: unknown Khmer name`);
    regType.set(w.workerId, t ?? -1);
  }
  const regsByType = new Map<number, RegisteredWorker[]>();
  for (const w of registered) {
    const t = regType.get(w.workerId)!;
    const xs = regsByType.get(t);
    if (xs) xs.push(w);
    else regsByType.set(t, [w]);
  }
  const idx = new NameIndex();
  for (const t of regsByType.keys()) idx.add(t);
  const cands = (name: string) => [...idx.lookup(eightiethNameKey(name))].flatMap((t) => regsByType.get(t) ?? []);

  // Names file sanity.
  for (const list of [FAMILY, GIVEN] as const) {
    const seen = new Map<string, string>();
    const khSeen = new Set<string>();
    for (const n of list) {
      check(khCanon(n.kh) === n.kh, `names: ${n.latin[0]} Khmer not in canonical order`);
      check(!khSeen.has(n.kh), `names: duplicate Khmer ${n.kh}`);
      khSeen.add(n.kh);
      for (const l of n.latin) {
        const k = l.toLowerCase().replace(/ /g, '');
        check(!seen.has(k) || seen.get(k) === n.kh, `names: romanization ${l} shared`);
        seen.set(k, n.kh);
      }
    }
  }

  console.log(`eightieth roster, size ${size}, seed ${seed}: ${EIGHTIETH_LABEL}`);
  // Shape.
  const trueRows = onsite.filter((o) => truth.get(o.id));
  const hiddenRows = onsite.filter((o) => truth.get(o.id) === null);
  const presentIds = new Set(trueRows.map((o) => truth.get(o.id)!));
  console.log('register');
  line('registered workers', String(registered.length));
  line('Latin name missing (Khmer only)', pct(registered.filter((w) => !w.nameLatin).length, registered.length));
  line('DOB / national ID / NSSF missing', `${pct(registered.filter((w) => !w.dateOfBirth).length, registered.length)} / ${pct(registered.filter((w) => !w.nationalId).length, registered.length)} / ${pct(registered.filter((w) => !w.nssfNumber).length, registered.length)}`);
  const shared = registered.filter((w) => regsByType.get(regType.get(w.workerId)!)!.length > 1).length;
  line('distinct full names', String(regsByType.size));
  line('workers sharing their full name', pct(shared, registered.length));
  line('largest namesake group', String(Math.max(...[...regsByType.values()].map((x) => x.length))));
  line('absent (registered, not on site)', `${registered.length - presentIds.size} (${pct(registered.length - presentIds.size, registered.length)})`);
  console.log('on site');
  line('rows', String(onsite.length));
  line('true / hidden', `${trueRows.length} / ${hiddenRows.length} (${pct(hiddenRows.length, onsite.length)} hidden)`);
  const hiddenNamesakes = hiddenRows.filter((o) => cands(o.name).length > 0).length;
  line('hidden rows that are namesakes', pct(hiddenNamesakes, hiddenRows.length));
  for (const s of ['csv', 'manual', 'id-card'] as const) line(`source ${s}`, pct(onsite.filter((o) => o.source === s).length, onsite.length));
  const isKh = (o: OnsiteWorker) => KHMER_CHAR.test(o.name);
  line('Latin-script names / Khmer-script names', `${pct(onsite.filter((o) => !isKh(o)).length, onsite.length)} / ${pct(onsite.filter(isKh).length, onsite.length)}`);

  // Rule 1 + variation rates on true rows.
  let r1 = 0;
  const r1ex: string[] = [];
  let latinRows = 0, fundExact = 0, byEarRow = 0, byEarWords = 0, wordsWithAlt = 0, swapped = 0, upperAll = 0, upperFam = 0, typos = 0, crossScript = 0;
  let khRows = 0, zwsp = 0, khSwap = 0, shifter = 0, nikahit = 0, decomposed = 0, vbc = 0, khAny = 0;
  let shifterN = 0, nikahitN = 0, decomposedN = 0, vbcN = 0;
  let nidP = 0, nidSlip = 0, nssfP = 0, nssfSlip = 0, dobP = 0, dobSw = 0, dobSwappable = 0, sexP = 0, undecidable = 0;
  for (const o of trueRows) {
    const w = regById.get(truth.get(o.id)!);
    if (!w) {
      r1++;
      continue;
    }
    const t = regType.get(w.workerId)!;
    const bad = (why: string) => {
      r1++;
      if (r1ex.length < 5) r1ex.push(`${o.name} ~ ${w.nameKh}/${w.nameLatin}: ${why}`);
    };
    if (isKh(o)) {
      khRows++;
      const f = FAMILY[famOf(t)].kh;
      const g = GIVEN[givOf(t)].kh;
      const key = eightiethNameKey(o.name);
      if (key !== khCanon(f + g) && key !== khCanon(g + f)) bad('Khmer name not an encoding variant');
      if (/[^\u1780-\u17FF \u200B]/.test(o.name)) bad('foreign characters in Khmer name');
      const a = o.name.includes('\u200B');
      const b = key === khCanon(g + f) && key !== khCanon(f + g);
      const c = /[\u17B6-\u17C5][\u17C9\u17CA]/.test(o.name);
      const d2 = /\u17C6\u17BB/.test(o.name);
      const e = /\u17C1[\u17B8\u17B6]/.test(o.name);
      const v = /[\u17B6-\u17C5]\u17D2/.test(o.name);
      const canon = f + g;
      zwsp += +a; khSwap += +b; shifter += +c; nikahit += +d2; decomposed += +e; vbc += +v;
      shifterN += +/[\u17C9\u17CA]/.test(canon); nikahitN += +/\u17BB\u17C6/.test(canon);
      decomposedN += +/[\u17BE\u17C4]/.test(canon); vbcN += +/\u17D2[\u1780-\u17B3][\u17B6-\u17C5]/.test(canon);
      khAny += +(c || d2 || e || v);
    } else {
      latinRows++;
      if (!w.nameLatin) crossScript++;
      const toks = o.name.toLowerCase().split(' ');
      if (o.name === o.name.toUpperCase()) upperAll++;
      const forms = latinForms(t);
      let exact: string[] | null = forms.find((f) => f.length === toks.length && f.every((x, i) => x === toks[i])) ?? null;
      let typoed = false;
      if (!exact) {
        for (const f of forms) {
          if (f.length !== toks.length) continue;
          const diff = f.map((x, i) => (x === toks[i] ? -1 : i)).filter((i) => i >= 0);
          if (diff.length === 1 && f[diff[0]].length >= 4 && within1(f[diff[0]], toks[diff[0]]) && toks[diff[0]][0] === f[diff[0]][0]) {
            exact = f;
            typoed = true;
            break;
          }
        }
      }
      if (!exact) bad('Latin name not a listed spelling (+ at most one typo in a 4+ letter word)');
      else {
        typos += +typoed;
        const fam = FAMILY[famOf(t)].latin.map((l) => l.toLowerCase().split(' '));
        const giv = GIVEN[givOf(t)].latin.map((l) => l.toLowerCase().split(' '));
        const famFirst = fam.some((fl) => fl.every((x, i) => x === exact![i]));
        const nf = famFirst ? fam.find((fl) => fl.every((x, i) => x === exact![i]))!.length : exact.length - fam.find((fl) => fl.every((x, i) => x === exact![exact!.length - fl.length + i]))!.length;
        const famToks = famFirst ? exact.slice(0, nf) : exact.slice(exact.length - nf);
        const givToks = famFirst ? exact.slice(nf) : exact.slice(0, exact.length - nf);
        const famEar = fam.length > 1 && famToks.join(' ') !== fam[0].join(' ');
        const givEar = giv.length > 1 && givToks.join(' ') !== giv[0].join(' ');
        wordsWithAlt += +(fam.length > 1) + +(giv.length > 1);
        byEarWords += +famEar + +givEar;
        byEarRow += +(famEar || givEar);
        if (!famFirst) swapped++;
        if (!famEar && !givEar && famFirst && !typoed) fundExact++;
        const rawToks = o.name.split(' ');
        const rawFam = famFirst ? rawToks.slice(0, nf) : rawToks.slice(rawToks.length - nf);
        if (o.name !== o.name.toUpperCase() && rawFam.every((x) => x === x.toUpperCase())) upperFam++;
      }
    }
    if (o.nationalId) {
      nidP++;
      if (!w.nationalId || !within1(o.nationalId, w.nationalId) || o.nationalId.length !== w.nationalId.length) bad('national ID not exact or one slip');
      else if (o.nationalId !== w.nationalId) nidSlip++;
    }
    if (o.nssfNumber) {
      nssfP++;
      if (!w.nssfNumber || !within1(o.nssfNumber, w.nssfNumber) || o.nssfNumber.length !== w.nssfNumber.length) bad('NSSF number not exact or one slip');
      else if (o.nssfNumber !== w.nssfNumber) nssfSlip++;
    }
    if (o.dateOfBirth) {
      dobP++;
      if (w.dateOfBirth && swapDob(w.dateOfBirth)) dobSwappable++;
      if (!w.dateOfBirth || (o.dateOfBirth !== w.dateOfBirth && o.dateOfBirth !== swapDob(w.dateOfBirth))) bad('DOB not exact or swapped');
      else if (o.dateOfBirth !== w.dateOfBirth) dobSw++;
    }
    if (o.sex) {
      sexP++;
      if (o.sex !== w.sex) bad('wrong sex');
    }
    if (ruledOut(o, w)) bad('ruled out from its own worker');
    const others = cands(o.name).filter((c) => c.workerId !== w.workerId);
    if (!cands(o.name).some((c) => c.workerId === w.workerId)) bad('name not within one edit of own worker');
    if (!idProof(o, w) && others.some((c) => !ruledOut(o, c))) undecidable++;
  }
  console.log('Latin rows (true)');
  line('Latin rows', `${latinRows} (${pct(latinRows, trueRows.length)} of true rows)`);
  line('spelled exactly as the fund does', pct(fundExact, latinRows));
  line('rows with a by-ear spelling', pct(byEarRow, latinRows));
  line('words written by ear (of words with variants)', pct(byEarWords, wordsWithAlt));
  line('given name first', pct(swapped, latinRows));
  line('ALL UPPER / FAMILY-only upper', `${pct(upperAll, latinRows)} / ${pct(upperFam, latinRows)}`);
  line('one typo', pct(typos, latinRows));
  line('register has no Latin name (Latin vs Khmer)', pct(crossScript, latinRows));
  console.log('Khmer rows (true)');
  line('Khmer rows', `${khRows} (${pct(khRows, trueRows.length)} of true rows)`);
  line('zero-width space separator', pct(zwsp, khRows));
  line('given name first', pct(khSwap, khRows));
  line('shifter after vowel (of rows that can)', `${pct(shifter, shifterN)} of ${shifterN}`);
  line('nikahit before U (of rows that can)', `${pct(nikahit, nikahitN)} of ${nikahitN}`);
  line('decomposed vowel (of rows that can)', `${pct(decomposed, decomposedN)} of ${decomposedN}`);
  line('vowel before subscript (of rows that can)', `${pct(vbc, vbcN)} of ${vbcN}`);
  line('any code-point-order variant', pct(khAny, khRows));
  console.log('fields (true rows)');
  line('national ID present / of which one slip', `${pct(nidP, trueRows.length)} / ${pct(nidSlip, nidP)}`);
  line('NSSF number present / of which one slip', `${pct(nssfP, trueRows.length)} / ${pct(nssfSlip, nssfP)}`);
  line('DOB present / of which day-month swapped', `${pct(dobP, trueRows.length)} / ${pct(dobSw, dobP)} (${pct(dobSw, dobSwappable)} of swappable)`);
  line('sex present', pct(sexP, trueRows.length));
  line('undecidable (rule 5)', pct(undecidable, trueRows.length));

  console.log('audit');
  check(r1 === 0, `rule 1: ${r1} true rows carry implausible variants: ${r1ex.join('; ')}`);
  line('rule 1 (true rows plausible)', r1 === 0 ? 'ok' : `${r1} violations`);

  // Rule 2.
  let r2dob = 0;
  for (const [t, ws] of regsByType) {
    const near = new Set<number>();
    for (const k of keysOf(t)) for (const u of idx.lookup(k)) near.add(u);
    for (const u of near) {
      if (u < t) continue;
      const vs = regsByType.get(u)!;
      for (let i = 0; i < ws.length; i++) {
        for (let j = u === t ? i + 1 : 0; j < vs.length; j++) {
          const a = ws[i].dateOfBirth;
          const b = vs[j].dateOfBirth;
          if (a && b && dobClose(a, b)) r2dob++;
        }
      }
    }
  }
  const idClash = (ids: (string | null)[]) => {
    const set = new Set<string>();
    let n = 0;
    for (const id of ids) if (id) {
      if (set.has(id) || oneEditNeighbours(id).some((x) => set.has(x))) n++;
      set.add(id);
    }
    return n;
  };
  const r2nid = idClash(registered.map((w) => w.nationalId));
  const r2nssf = idClash(registered.map((w) => w.nssfNumber));
  check(r2dob + r2nid + r2nssf === 0, `rule 2: ${r2dob} namesake DOB pairs too close, ${r2nid}/${r2nssf} ID pairs within one edit`);
  line('rule 2 (namesakes apart, IDs 2+ apart)', r2dob + r2nid + r2nssf === 0 ? 'ok' : `${r2dob} DOB, ${r2nid} NID, ${r2nssf} NSSF`);

  // Rule 3.
  let r3 = 0;
  for (const o of hiddenRows) if (cands(o.name).some((c) => !ruledOut(o, c))) r3++;
  check(r3 === 0, `rule 3: ${r3} hidden rows could pass for a registered worker`);
  line('rule 3 (hidden rows ruled out)', r3 === 0 ? 'ok' : `${r3} violations`);

  // Rule 4.
  const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  let r4 = 0;
  const ids = new Set<string>();
  let lastAt = '';
  let lastRow = 0;
  for (const o of onsite) {
    if (!uuidV4.test(o.id) || ids.has(o.id) || !truth.has(o.id)) r4++;
    ids.add(o.id);
    if (o.recordedAt <= lastAt) r4++;
    lastAt = o.recordedAt;
    if (o.sourceRow !== null) {
      if (o.sourceRow !== lastRow + 1) r4++;
      lastRow = o.sourceRow;
    }
  }
  if (truth.size !== onsite.length || new Set(registered.map((w) => w.workerId)).size !== registered.length) r4++;
  const halves = <T,>(xs: T[], f: (x: T) => boolean) => {
    const h = Math.floor(xs.length / 2);
    const a = xs.slice(0, h).filter(f).length / Math.max(1, h);
    const b = xs.slice(h).filter(f).length / Math.max(1, xs.length - h);
    const p = xs.filter(f).length / Math.max(1, xs.length);
    return Math.abs(a - b) <= 4.5 * Math.sqrt((p * (1 - p) * 4) / Math.max(1, xs.length)) + 1e-9;
  };
  const hiddenEven = halves(onsite, (o) => truth.get(o.id) === null);
  const absentEven = halves(registered, (w) => !presentIds.has(w.workerId));
  const csvRows = onsite.filter((o) => o.source === 'csv');
  const hiddenSrcEven = Math.abs(hiddenRows.filter((o) => o.source === 'csv').length / Math.max(1, hiddenRows.length) - csvRows.length / onsite.length) < 0.12;
  const r4ok = r4 === 0 && hiddenEven && absentEven && hiddenSrcEven;
  check(r4ok, `rule 4: ${r4} id/order faults, hidden spread even ${hiddenEven}, absent spread even ${absentEven}, hidden source mix even ${hiddenSrcEven}`);
  line('rule 4 (no leak: ids, order, spread)', r4ok ? 'ok' : 'FAULT');

  // Rule 5.
  check(undecidable / Math.max(1, trueRows.length) < 0.04, `rule 5: ${pct(undecidable, trueRows.length)} undecidable`);
  line('rule 5 (undecidable < 4 %)', pct(undecidable, trueRows.length));

  // Schemas.
  let schemaBad = 0;
  const sample = <T,>(xs: T[]) => xs.filter((_, i) => i < 200 || i % 37 === 0);
  for (const w of sample(registered)) if (!RegisteredSchema.safeParse(w).success) schemaBad++;
  for (const o of sample(onsite)) {
    if (!OnsiteSchema.safeParse(o).success) schemaBad++;
    if ('statedStartDate' in o || 'wageRiel' in o) schemaBad++;
  }
  check(schemaBad === 0, `schema: ${schemaBad} sampled records fail`);
  line('schemas (zod, sampled)', schemaBad === 0 ? 'ok' : `${schemaBad} failures`);

  // Determinism.
  const dump = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const same = dump(generateEightieth(size, seed)) === dump(roster);
  const differs = dump(generateEightieth(size, seed + 1)) !== dump(roster);
  check(same && differs, `determinism: same seed identical ${same}, other seed differs ${differs}`);
  line('determinism (same seed / other seed)', `${same ? 'identical' : 'DIFFERENT'} / ${differs ? 'differs' : 'SAME'}`);

  // Time at 10k.
  const t1 = performance.now();
  generateEightieth(10_000, seed);
  const ms10k = performance.now() - t1;
  check(ms10k < 2000 && (size < 10_000 || genMs < 2000), `time: 10k took ${ms10k.toFixed(0)} ms warm, this size ${genMs.toFixed(0)} ms cold`);
  line('generation time (this size cold / 10k warm)', `${genMs.toFixed(0)} ms / ${ms10k.toFixed(0)} ms`);
  line('Khmer spellings flagged unsure', EIGHTIETH_UNSURE.join(' '));

  for (const f of fails) console.log(`  FAIL: ${f}`);
  console.log(ok ? 'PASS' : 'FAIL');
  return ok;
}

if (process.argv[1]?.endsWith('eightieth.ts')) {
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
