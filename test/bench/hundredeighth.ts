/**
 * "hundredeighth": a grader's roster of the variations only, weighted towards names written
 * with SEVERAL variations at once.
 *
 * Population
 *   `size` registered workers of a garment factory: 75 % women. Family names are drawn skewed
 *   (Sok, Chan, Chea … are common) and given names moderately skewed, so many workers share a full
 *   name. Khmer name always present (canonical: NFC, usual code-point order, one space between family
 *   and given name); Latin name present for 85 % (title case; 80 % of name parts in the most usual
 *   spelling, else another usual transliteration; compound given names joined 55 % "Sreymom",
 *   split 45 % "Srey Mom"). Registered fields: NSSF number 97 %, national ID 92 % (9 digits; no two
 *   on the register within one edit), sex 99 %, date of birth 98 % (1968-2007), hire date 97 %,
 *   wage 90 %.
 *
 *   On site: round(0.95 × size) rows (9,500 at 10,000), one visit. 94 % are registered workers
 *   (each at most once), 6 % are hidden workers. Registered workers absent: about 10.7 %.
 *   Source: csv 60 % (numbered sourceRow), manual 36 %, id-card 4 % (id-card rows carry a national ID).
 *   Both lists are shuffled; workerIds are assigned after shuffling; on-site ids are v4 UUIDs drawn
 *   from the seeded RNG; recordedAt increases in row order.
 *
 * Name variations (every on-site row, true or hidden, goes through the same draw)
 *   Script: Khmer 45 %, Latin 55 % (Latin also when the register has no Latin name, so the engine needs
 *   its own romanization).
 *   Level: clean 30 %, one variation 35 %, two or three stacked variations 35 %.
 *   Latin variations: another transliteration (Sok/Sokh, Sophea/Sophear, Vuthy/Voeuthy …), family
 *     and given name swapped, case (UPPER 80 % / lower 20 %), one typo (substitution by a neighbouring
 *     key, deletion, doubled letter or two adjacent letters swapped, never in the first letter, only
 *     in words of 4+ letters, never landing within one edit of another name's spelling), compound
 *     given name joined/split (Srey Mom/Sreymom).
 *     Single-variation weights: transliteration .30, swap .20, case .20, typo .15, join/split .15
 *     (.45 for a compound given name).
 *     Stacked bundles: swap+translit+case .30, join/split+typo .20, translit+typo .15,
 *     swap+case+typo .10, join/split+translit+case .10, swap+translit .15 (bundles with join/split
 *     weighed 2.5× for a compound given name).
 *   Khmer variations: zero-width space instead of the space (sometimes also between the parts of a
 *     compound given name), no separator at all (joined), given and family name swapped, another
 *     keyboard's code-point order (register shifter ៉/៊ after the vowel, ំ before ុ/ា, vowel typed
 *     before a subscript consonant), decomposed / visually identical forms (String.normalize('NFD'),
 *     which leaves Khmer unchanged as Khmer has no canonical decompositions, plus ោ → េ+ា,
 *     ើ → េ+ី, subscript ្ត → ្ដ).
 *     Single weights: ZWS .35, code-point order .25, decomposed .10, swap .20, joined .10.
 *     Stacked bundles: ZWS+order+decomposed .35, ZWS+order .20, swap+ZWS .15, order+decomposed .10,
 *     swap+order .10, joined+order .10.
 *   A variation that does not apply to a name (no alternative spelling, no compound, nothing to
 *   reorder …) is replaced by one that does; the self-check prints the rates actually applied.
 *
 * Field variations on true rows
 *   Date of birth: missing 5 %; else day and month swapped 20 % of the dates where that is possible
 *     (day ≤ 12 and day ≠ month, so about 7.5 % of rows);
 *     else exact. (If the register has none, the row carries the worker's real date, drawn far from
 *     every namesake's date, so that it cannot point at someone else.)
 *   National ID: present 45 % (always on id-card rows); of those one slipped digit 15 % (adjacent
 *     transposition or one mistyped digit; never within one edit of another registered ID).
 *     When the register has none, the row carries the worker's own (unregistered) number.
 *   NSSF number: present 30 % when the register has one; one slipped digit 12 %.
 *   Sex: present 90 %, never contradicting the register.
 *
 * Hidden workers: 6 % of rows. Half are namesakes of a registered worker (same family and given name,
 *   their own spellings, same variation draw); of these 88 % are told apart by a date of birth and
 *   12 % by a national ID (date of birth missing on the row). The other half have a name that no
 *   registered worker carries. Field fill on hidden rows follows the true rows: date of birth 95 %
 *   (100 % for date-told namesakes, 0 % for ID-told ones), national ID 45 % (100 % when ID-told or
 *   from an id-card), NSSF number 29 % (40 % when ID-told), sex 90 %. A hidden row's IDs are fresh
 *   numbers, never within one edit of a registered one.
 *
 * Fairness rules (audited by the self-check, which exits non-zero when one fails)
 *   1. A true row only carries the variations above (IDs within one edit, date exact or swapped,
 *      sex not contradicted, typos only on a word of 4+ letters and still nearer its own name).
 *   2. Every hidden row is tellable from every registered worker it could pass for by name
 *      (same family and given name, or each within one edit in Latin): some field present on both
 *      sides differs beyond a swap or slip — a date of birth at least 2 digits and 20 days away and
 *      not a day/month swap or digit transposition, or an ID number 2+ edits away. Otherwise the row
 *      is redrawn. True rows that another registered namesake fits at least as well on every field
 *      the row carries are counted as undecidable (must stay under 3 %).
 *   3. No leaks: both lists shuffled, workerIds assigned after shuffling, on-site ids random v4
 *      UUIDs, recordedAt increasing, ids unique, every truth id on the register, one-to-one.
 *   4. On-site ≈ 0.95 × size, hidden 5-10 %, absent 5-15 %.
 */
import { pathToFileURL } from 'node:url';
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY_NAMES, GIVEN_NAMES, type GivenName } from './hundredeighth-names';

export const HUNDREDEIGHTH_LABEL =
  'hundredeighth: stacked name variations (a third of rows carry 2-3 at once: swap+translit+CASE, Sreymom+typo, ZWS+key order+NFD), IDs often missing, 6 % hidden (half namesakes told by DOB or ID)';

// ---------------------------------------------------------------- constants

const ZWS = '\u200B';
const P_FEMALE = 0.75;
const ONSITE_SHARE = 0.95;
const HIDDEN_SHARE = 0.06;
const P_KHMER_ROW = 0.45;
const P_CLEAN = 0.3;
const P_SINGLE = 0.35; // the rest (0.35) stacked

type LatinOp = 'translit' | 'swap' | 'case' | 'typo' | 'joinsplit';
type KhmerOp = 'zws' | 'joined' | 'swap' | 'reorder' | 'nfd';
type Op = LatinOp | KhmerOp;

const LATIN_SINGLE: [LatinOp, number][] = [
  ['translit', 0.3], ['swap', 0.2], ['case', 0.2], ['typo', 0.15], ['joinsplit', 0.15],
];
const LATIN_BUNDLES: [LatinOp[], number][] = [
  [['swap', 'translit', 'case'], 0.3],
  [['joinsplit', 'typo'], 0.2],
  [['translit', 'typo'], 0.15],
  [['swap', 'case', 'typo'], 0.1],
  [['joinsplit', 'translit', 'case'], 0.1],
  [['swap', 'translit'], 0.15],
];
const KHMER_SINGLE: [KhmerOp, number][] = [
  ['zws', 0.35], ['reorder', 0.25], ['nfd', 0.1], ['swap', 0.2], ['joined', 0.1],
];
const KHMER_BUNDLES: [KhmerOp[], number][] = [
  [['zws', 'reorder', 'nfd'], 0.35],
  [['zws', 'reorder'], 0.2],
  [['swap', 'zws'], 0.15],
  [['reorder', 'nfd'], 0.1],
  [['swap', 'reorder'], 0.1],
  [['joined', 'reorder'], 0.1],
];

// ---------------------------------------------------------------- small helpers

/** Optimal string alignment distance (Levenshtein + adjacent transposition). */
export function osa(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (m === 0) return n;
  if (n === 0) return m;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = new Array<number>(n + 1);
  let cur = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const c = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + c);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n];
}

/** OSA(a, b) <= 1, without the table. */
export function within1(a: string, b: string): boolean {
  if (a === b) return true;
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > 1) return false;
  let i = 0;
  while (i < m && i < n && a[i] === b[i]) i++;
  if (m === n) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // one substitution
    return i + 1 < m && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return m > n ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function weighted<T>(r: Rng, items: readonly [T, number][]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let u = r.next() * total;
  for (const [x, w] of items) {
    if (u < w) return x;
    u -= w;
  }
  return items[items.length - 1][0];
}

const DAY = 86_400_000;
const DOB_LO = Date.UTC(1968, 0, 1);
const DOB_HI = Date.UTC(2007, 5, 30);

function iso(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}
function dayOf(d: string): number {
  return Date.parse(`${d}T00:00:00Z`) / DAY;
}
let DOB_TABLE: string[] | null = null;
function randomDob(r: Rng): string {
  if (!DOB_TABLE) {
    DOB_TABLE = [];
    for (let t = DOB_LO; t <= DOB_HI; t += DAY) DOB_TABLE.push(iso(t));
  }
  return DOB_TABLE[r.int(0, DOB_TABLE.length - 1)];
}
function isRealDate(d: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return false;
  const t = Date.parse(`${d}T00:00:00Z`);
  return Number.isFinite(t) && iso(t) === d;
}
function swapDayMonth(d: string): string | null {
  const [y, m, dd] = d.split('-');
  if (Number(dd) > 12 || dd === m) return null;
  return `${y}-${dd}-${m}`;
}
interface DateInfo {
  d8: string;
  day: number;
  swapped: string | null;
}
const DATE_INFO = new Map<string, DateInfo>();
function info(d: string): DateInfo {
  let x = DATE_INFO.get(d);
  if (!x) DATE_INFO.set(d, (x = { d8: d.replace(/-/g, ''), day: dayOf(d), swapped: swapDayMonth(d) }));
  return x;
}
function digitHamming(a: string, b: string): number {
  const x = info(a).d8;
  const y = info(b).d8;
  let h = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) h++;
  return h;
}
/** A date a person would take for the same one typed otherwise: swapped, one digit, two digits swapped. */
function dobNear(a: string, b: string): boolean {
  if (a === b) return false;
  const x = info(a);
  if (x.swapped === b) return true;
  return within1(x.d8, info(b).d8);
}
/** A date that tells two people apart. */
function dobFar(a: string, b: string): boolean {
  return a !== b && !dobNear(a, b) && digitHamming(a, b) >= 2 && Math.abs(info(a).day - info(b).day) >= 20;
}

function digits(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(r.int(0, 9));
  return s;
}
/**
 * ID numbers on file. Anything one substitution or one adjacent transposition away from an ID keeps
 * either its first half or its second half, or swaps the two digits around the middle; so two small
 * buckets and one set lookup find every near number.
 */
export class IdIndex {
  private readonly all = new Set<string>();
  private readonly byHead = new Map<string, string[]>();
  private readonly byTail = new Map<string, string[]>();
  private static push(m: Map<string, string[]>, k: string, id: string) {
    const a = m.get(k);
    if (a) a.push(id);
    else m.set(k, [id]);
  }
  add(id: string): void {
    const k = id.length >> 1;
    this.all.add(id);
    IdIndex.push(this.byHead, id.slice(0, k), id);
    IdIndex.push(this.byTail, id.slice(k), id);
  }
  /** Is any ID on file, other than `except`, within one edit of `id` (itself included)? */
  clashes(id: string, except: string | null = null): boolean {
    const k = id.length >> 1;
    const head = this.byHead.get(id.slice(0, k));
    if (head) for (const c of head) if (c !== except && within1(c, id)) return true;
    const tail = this.byTail.get(id.slice(k));
    if (tail) for (const c of tail) if (c !== except && within1(c, id)) return true;
    if (k > 0 && k < id.length && id[k - 1] !== id[k]) {
      const x = id.slice(0, k - 1) + id[k] + id[k - 1] + id.slice(k + 1);
      if (x !== except && this.all.has(x)) return true;
    }
    return false;
  }
  /** IDs on file within one edit (including itself). */
  near(id: string): Set<string> {
    const out = new Set<string>();
    const k = id.length >> 1;
    for (const c of this.byHead.get(id.slice(0, k)) ?? []) if (within1(c, id)) out.add(c);
    for (const c of this.byTail.get(id.slice(k)) ?? []) if (within1(c, id)) out.add(c);
    if (k > 0 && k < id.length && id[k - 1] !== id[k]) {
      const x = id.slice(0, k - 1) + id[k] + id[k - 1] + id.slice(k + 1);
      if (this.all.has(x)) out.add(x);
    }
    return out;
  }
}

function slip(r: Rng, id: string): string {
  for (;;) {
    const i = r.int(0, id.length - 1);
    if (r.chance(0.5)) {
      if (i + 1 < id.length && id[i] !== id[i + 1]) return id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
    } else {
      let d = String(r.int(0, 9));
      while (d === id[i]) d = String(r.int(0, 9));
      return id.slice(0, i) + d + id.slice(i + 1);
    }
  }
}

function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(r.int(0, 255));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ---------------------------------------------------------------- names

const FEMALE_GIVEN = GIVEN_NAMES.map((_, i) => i).filter((i) => GIVEN_NAMES[i].sex !== 'M');
const MALE_GIVEN = GIVEN_NAMES.map((_, i) => i).filter((i) => GIVEN_NAMES[i].sex !== 'F');
const FAMILY_IDX = FAMILY_NAMES.map((_, i) => i);

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}
/** All Latin forms of a given name, lower case, parts joined without space. */
function givenForms(g: GivenName): string[] {
  let out = [''];
  for (const p of g.latin) {
    const next: string[] = [];
    for (const o of out) for (const v of p) next.push(o + v.toLowerCase());
    out = next;
  }
  return out;
}

/** Lower-case Latin words and which names own them (f3 = family 3, g7 = given 7). */
const TOKEN_OWNERS = new Map<string, Set<string>>();
function own(token: string, owner: string) {
  const t = token.toLowerCase();
  let s = TOKEN_OWNERS.get(t);
  if (!s) TOKEN_OWNERS.set(t, (s = new Set()));
  s.add(owner);
}
FAMILY_NAMES.forEach((f, i) => f.latin.forEach((v) => own(v, `f${i}`)));
GIVEN_NAMES.forEach((g, i) => {
  for (const p of g.latin) for (const v of p) own(v, `g${i}`);
  if (g.latin.length > 1) for (const form of givenForms(g)) own(form, `g${i}`);
});
const TOKENS = [...TOKEN_OWNERS.entries()];

/** Names within one edit of each other in some Latin spelling ("could pass for by name"). */
const FAM_SIM: number[][] = FAMILY_NAMES.map((f, i) =>
  FAMILY_NAMES.map((_, j) => j).filter(
    (j) => j === i || f.latin.some((a) => FAMILY_NAMES[j].latin.some((b) => osa(a.toLowerCase(), b.toLowerCase()) <= 1)),
  ),
);
const GIV_FORMS = GIVEN_NAMES.map(givenForms);
const GIV_SIM: number[][] = GIVEN_NAMES.map((_, i) =>
  GIVEN_NAMES.map((_, j) => j).filter((j) => j === i || GIV_FORMS[i].some((a) => GIV_FORMS[j].some((b) => osa(a, b) <= 1))),
);

interface Person {
  fam: number;
  giv: number;
  famVar: number;
  givVar: number[];
  /** compound given name written joined in Latin */
  joined: boolean;
  sex: 'F' | 'M';
}

function drawPerson(r: Rng, sex: 'F' | 'M', fam?: number, giv?: number): Person {
  const f = fam ?? r.pickSkewed(FAMILY_IDX, 2);
  const g = giv ?? r.pickSkewed(sex === 'F' ? FEMALE_GIVEN : MALE_GIVEN, 1.3);
  const famVar = FAMILY_NAMES[f].latin.length > 1 && r.chance(0.2) ? r.int(1, FAMILY_NAMES[f].latin.length - 1) : 0;
  const givVar = GIVEN_NAMES[g].latin.map((p) => (p.length > 1 && r.chance(0.2) ? r.int(1, p.length - 1) : 0));
  return { fam: f, giv: g, famVar, givVar, joined: r.chance(0.55), sex };
}

function latinGiven(p: Person, givVar: number[], joined: boolean): string {
  const parts = GIVEN_NAMES[p.giv].latin.map((alts, k) => alts[givVar[k]]);
  return joined ? cap(parts.join('')) : parts.map(cap).join(' ');
}
function registeredLatin(p: Person): string {
  return `${FAMILY_NAMES[p.fam].latin[p.famVar]} ${latinGiven(p, p.givVar, p.joined)}`;
}
function khmerCanonical(p: Person): string {
  return `${FAMILY_NAMES[p.fam].kh} ${GIVEN_NAMES[p.giv].kh.join('')}`;
}

/** Another keyboard's code-point order. */
function reorderKhmer(s: string): string {
  return s
    .replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/g, '$2$1') // shifter after the vowel
    .replace(/\u17BB\u17C6/g, '\u17C6\u17BB') // ំ before ុ
    .replace(/\u17B6\u17C6/g, '\u17C6\u17B6') // ំ before ា
    .replace(/(\u17D2[\u1780-\u17A2])([\u17B6-\u17C5])/g, '$2$1'); // vowel before the subscript
}
/** Decomposed / visually identical forms. */
function decomposeKhmer(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\u17C4/g, '\u17C1\u17B6') // ោ → េ + ា
    .replace(/\u17BE/g, '\u17C1\u17B8') // ើ → េ + ី
    .replace(/\u17D2\u178F/g, '\u17D2\u178A'); // ្ត → ្ដ
}

const KEY_NEIGHBOURS: Record<string, string> = {
  a: 'sq', b: 'vn', c: 'xv', d: 'sf', e: 'wr', f: 'dg', g: 'fh', h: 'gj', i: 'uo', j: 'hk', k: 'jl', l: 'k',
  m: 'n', n: 'bm', o: 'ip', p: 'o', q: 'wa', r: 'et', s: 'ad', t: 'ry', u: 'yi', v: 'cb', w: 'qe', x: 'zc',
  y: 'tu', z: 'x',
};

/** A typo in one word of 4+ letters (never its first letter) that stays nearer its own name. */
function typo(r: Rng, words: string[], owners: string[]): { words: string[]; ok: boolean } {
  const candidates = words.map((_, i) => i).filter((i) => words[i].length >= 4);
  for (let attempt = 0; attempt < 12 && candidates.length > 0; attempt++) {
    const wi = r.pick(candidates);
    const w = words[wi];
    const pos = r.int(1, w.length - 1);
    const kind = r.int(0, 3);
    let t: string;
    const ch = w[pos].toLowerCase();
    if (kind === 0) {
      const nb = KEY_NEIGHBOURS[ch] ?? 'a';
      t = w.slice(0, pos) + r.pick([...nb]) + w.slice(pos + 1);
    } else if (kind === 1) {
      t = w.slice(0, pos) + w.slice(pos + 1);
    } else if (kind === 2) {
      t = w.slice(0, pos) + w[pos] + w.slice(pos);
    } else {
      if (pos + 1 >= w.length || w[pos] === w[pos + 1]) continue;
      t = w.slice(0, pos) + w[pos + 1] + w[pos] + w.slice(pos + 2);
    }
    const lt = t.toLowerCase();
    if (lt === w.toLowerCase()) continue;
    const me = owners[wi];
    let clash = false;
    for (const [tok, os] of TOKENS) {
      let foreign = false;
      for (const o of os) if (o !== me) foreign = true;
      if (foreign && within1(lt, tok)) {
        clash = true;
        break;
      }
    }
    if (clash) continue;
    const out = [...words];
    out[wi] = t;
    return { words: out, ok: true };
  }
  return { words, ok: false };
}

interface NameResult {
  name: string;
  script: 'kh' | 'latin';
  ops: Op[];
}

function latinApplicable(p: Person, op: LatinOp): boolean {
  if (op === 'translit')
    return FAMILY_NAMES[p.fam].latin.length > 1 || GIVEN_NAMES[p.giv].latin.some((alts) => alts.length > 1);
  if (op === 'joinsplit') return GIVEN_NAMES[p.giv].latin.length > 1;
  return true; // swap, case, typo (typo is checked when applied)
}
function khmerApplicable(p: Person, op: KhmerOp): boolean {
  const s = khmerCanonical(p);
  if (op === 'reorder') return reorderKhmer(s) !== s;
  if (op === 'nfd') return decomposeKhmer(s) !== s;
  return true;
}

function chooseOps<T extends Op>(
  r: Rng,
  single: [T, number][],
  bundles: [T[], number][],
  applicable: (op: T) => boolean,
  exclusive: [T, T] | null,
): T[] {
  const u = r.next();
  if (u < P_CLEAN) return [];
  const pool = single.filter(([op]) => applicable(op));
  if (u < P_CLEAN + P_SINGLE) return [weighted(r, pool)];
  const template = weighted(r, bundles);
  const ops = template.filter(applicable);
  const want = Math.max(2, template.length === 3 ? 3 : 2);
  const clash = (op: T, cur: T[]) =>
    exclusive !== null && ((op === exclusive[0] && cur.includes(exclusive[1])) || (op === exclusive[1] && cur.includes(exclusive[0])));
  for (let guard = 0; ops.length < want && guard < 20; guard++) {
    const rest = pool.filter(([op]) => !ops.includes(op) && !clash(op, ops));
    if (rest.length === 0) break;
    ops.push(weighted(r, rest));
  }
  return ops;
}

function onsiteName(r: Rng, p: Person): NameResult {
  if (r.chance(P_KHMER_ROW)) {
    const ops = chooseOps<KhmerOp>(r, KHMER_SINGLE, KHMER_BUNDLES, (op) => khmerApplicable(p, op), ['zws', 'joined']);
    const fam = FAMILY_NAMES[p.fam].kh;
    const parts = GIVEN_NAMES[p.giv].kh;
    const sep = ops.includes('zws') ? ZWS : ops.includes('joined') ? '' : ' ';
    const inner = ops.includes('zws') && parts.length > 1 && r.chance(0.4) ? ZWS : '';
    const given = parts.join(inner);
    let s = ops.includes('swap') ? `${given}${sep}${fam}` : `${fam}${sep}${given}`;
    if (ops.includes('nfd')) s = decomposeKhmer(s);
    if (ops.includes('reorder')) s = reorderKhmer(s);
    return { name: s, script: 'kh', ops };
  }
  // a compound given name (Srey Mom) is the one that gets written joined or split: weigh that up
  const compound = GIVEN_NAMES[p.giv].latin.length > 1;
  const single: [LatinOp, number][] = compound ? LATIN_SINGLE.map(([op, w]) => [op, op === 'joinsplit' ? 0.45 : w]) : LATIN_SINGLE;
  const bundles: [LatinOp[], number][] = compound
    ? LATIN_BUNDLES.map(([ops, w]) => [ops, ops.includes('joinsplit') ? w * 2.5 : w])
    : LATIN_BUNDLES;
  const ops = chooseOps<LatinOp>(r, single, bundles, (op) => latinApplicable(p, op), null);
  let famVar = p.famVar;
  const givVar = [...p.givVar];
  let joined = p.joined;
  if (ops.includes('translit')) {
    // change one spelling (sometimes two) to another usual transliteration
    const slots: (-1 | number)[] = [];
    if (FAMILY_NAMES[p.fam].latin.length > 1) slots.push(-1);
    GIVEN_NAMES[p.giv].latin.forEach((alts, k) => {
      if (alts.length > 1) slots.push(k);
    });
    r.shuffle(slots);
    const n = slots.length > 1 && r.chance(0.35) ? 2 : 1;
    for (const s of slots.slice(0, n)) {
      const alts = s === -1 ? FAMILY_NAMES[p.fam].latin : GIVEN_NAMES[p.giv].latin[s];
      const curV = s === -1 ? famVar : givVar[s];
      let v = r.int(0, alts.length - 1);
      while (v === curV) v = r.int(0, alts.length - 1);
      if (s === -1) famVar = v;
      else givVar[s] = v;
    }
  }
  if (ops.includes('joinsplit')) joined = !joined;
  const famWord = FAMILY_NAMES[p.fam].latin[famVar];
  const givenWords = latinGiven(p, givVar, joined).split(' ');
  let words = [famWord, ...givenWords];
  let owners = [`f${p.fam}`, ...givenWords.map(() => `g${p.giv}`)];
  if (ops.includes('typo')) {
    const t = typo(r, words, owners);
    if (t.ok) words = t.words;
    else ops.splice(ops.indexOf('typo'), 1);
  }
  if (ops.includes('swap')) {
    words = [...words.slice(1), words[0]];
    owners = [...owners.slice(1), owners[0]];
  }
  let name = words.join(' ');
  if (ops.includes('case')) name = r.chance(0.8) ? name.toUpperCase() : name.toLowerCase();
  return { name, script: 'latin', ops };
}

// ---------------------------------------------------------------- the roster

interface RowMeta {
  hidden: boolean;
  person: Person;
  /** index into `registered` for true rows, and for a namesake's model */
  reg: number | null;
  namesake: boolean;
  ops: Op[];
  script: 'kh' | 'latin';
  dobVariant: 'exact' | 'swap' | 'missing' | 'own' | 'fresh';
  nidVariant: 'exact' | 'slip' | 'missing' | 'own' | 'fresh';
  nssfVariant: 'exact' | 'slip' | 'missing' | 'fresh';
  tells: string[];
}

export interface Built {
  roster: Roster;
  meta: Map<string, RowMeta>;
  people: Person[]; // parallel to roster.registered
  undecidable: string[];
}

function sameKeyGroups(people: Person[]): Map<string, number[]> {
  const m = new Map<string, number[]>();
  people.forEach((p, i) => {
    const k = `${p.fam}|${p.giv}`;
    let a = m.get(k);
    if (!a) m.set(k, (a = []));
    a.push(i);
  });
  return m;
}

/** Registered workers a row with this name could pass for: same name, or within one edit on each part. */
function passFor(groups: Map<string, number[]>, fam: number, giv: number): number[] {
  const out: number[] = [];
  for (const f of FAM_SIM[fam]) for (const g of GIV_SIM[giv]) {
    const a = groups.get(`${f}|${g}`);
    if (a) out.push(...a);
  }
  return out;
}

function tellable(row: OnsiteWorker, w: RegisteredWorker): string | null {
  if (row.dateOfBirth && w.dateOfBirth && dobFar(row.dateOfBirth, w.dateOfBirth)) return 'dob';
  if (row.nationalId && w.nationalId && !within1(row.nationalId, w.nationalId)) return 'nationalId';
  if (row.nssfNumber && w.nssfNumber && !within1(row.nssfNumber, w.nssfNumber)) return 'nssf';
  return null;
}

/** How well one field of an on-site row fits a registered worker: 3 exact, 2 near, 1 unknown there, 0 differs, -1 not on the row. */
function dobLevel(row: OnsiteWorker, w: RegisteredWorker): number {
  if (!row.dateOfBirth) return -1;
  if (!w.dateOfBirth) return 1;
  if (w.dateOfBirth === row.dateOfBirth) return 3;
  return dobNear(row.dateOfBirth, w.dateOfBirth) ? 2 : 0;
}
function idLevel(a: string | null, b: string | null): number {
  if (!a) return -1;
  if (!b) return 1;
  return a === b ? 3 : within1(a, b) ? 2 : 0;
}
function sexLevel(row: OnsiteWorker, w: RegisteredWorker): number {
  if (!row.sex) return -1;
  return !w.sex ? 1 : w.sex === row.sex ? 3 : 0;
}
/** Does `other` fit the row at least as well as its own worker `w` on every field the row carries? */
function fitsAsWell(row: OnsiteWorker, w: RegisteredWorker, other: RegisteredWorker): boolean {
  return (
    dobLevel(row, other) >= dobLevel(row, w) &&
    idLevel(row.nationalId, other.nationalId) >= idLevel(row.nationalId, w.nationalId) &&
    idLevel(row.nssfNumber, other.nssfNumber) >= idLevel(row.nssfNumber, w.nssfNumber) &&
    sexLevel(row, other) >= sexLevel(row, w)
  );
}

export function buildHundredeighth(size: number, seed: number): Built {
  const r = rng(seed ^ 0x108a1e5);

  // ---- registered
  const people: Person[] = [];
  const registered: RegisteredWorker[] = [];
  const nidSet = new IdIndex();
  const nssfSet = new IdIndex();
  /** A number no registered one is within one edit of. */
  const freshId = (set: IdIndex, make: () => string): string => {
    for (;;) {
      const id = make();
      if (!set.clashes(id)) return id;
    }
  };
  const makeNid = () => String(r.int(1, 25)).padStart(2, '0') + digits(r, 7);
  const makeNssf = () => '1' + digits(r, 9);
  for (let i = 0; i < size; i++) {
    const sex: 'F' | 'M' = r.chance(P_FEMALE) ? 'F' : 'M';
    const p = drawPerson(r, sex);
    const dob = r.chance(0.98) ? randomDob(r) : null;
    const hireLo = Math.max(Date.UTC(2008, 0, 1), dob ? Date.parse(`${dob}T00:00:00Z`) + 18 * 365.25 * DAY : 0);
    const hireHi = Date.UTC(2025, 5, 30);
    const hire = r.chance(0.97) ? iso(hireLo + r.int(0, Math.max(0, Math.floor((hireHi - hireLo) / DAY))) * DAY) : null;
    let nid: string | null = null;
    if (r.chance(0.92)) {
      nid = freshId(nidSet, makeNid);
      nidSet.add(nid);
    }
    let nssf: string | null = null;
    if (r.chance(0.97)) {
      nssf = freshId(nssfSet, makeNssf);
      nssfSet.add(nssf);
    }
    people.push(p);
    registered.push({
      workerId: '',
      nssfNumber: nssf,
      nationalId: nid,
      nameKh: khmerCanonical(p),
      nameLatin: r.chance(0.85) ? registeredLatin(p) : null,
      sex: r.chance(0.99) ? sex : null,
      dateOfBirth: dob,
      hireDate: hire,
      wageRiel: r.chance(0.9) ? r.int(800, 1600) * 1000 : null,
    });
  }
  // shuffle, then number
  const order = r.shuffle(registered.map((_, i) => i));
  const reg = order.map((i) => registered[i]);
  const ppl = order.map((i) => people[i]);
  reg.forEach((w, i) => (w.workerId = `W${String(i + 1).padStart(6, '0')}`));
  const groups = sameKeyGroups(ppl);

  const nOnsite = Math.round(ONSITE_SHARE * size);
  const nHidden = Math.round(HIDDEN_SHARE * nOnsite);
  const nTrue = nOnsite - nHidden;

  type Draft = { row: Omit<OnsiteWorker, 'id' | 'visitId' | 'recordedAt' | 'sourceRow'>; meta: RowMeta; truth: string | null };
  const drafts: Draft[] = [];
  const pickSource = (): OnsiteWorker['source'] => {
    const u = r.next();
    return u < 0.6 ? 'csv' : u < 0.96 ? 'manual' : 'id-card';
  };

  // ---- true rows
  const present = r.shuffle(reg.map((_, i) => i)).slice(0, nTrue);
  for (const wi of present) {
    const w = reg[wi];
    const p = ppl[wi];
    const source = pickSource();
    const nm = onsiteName(r, p);
    let dob: string | null = null;
    let dobVariant: RowMeta['dobVariant'] = 'missing';
    if (!r.chance(0.05)) {
      if (!w.dateOfBirth) {
        // the worker's real date, which the register lacks: never one a namesake could claim
        const kin = groups.get(`${p.fam}|${p.giv}`)!.map((j) => reg[j].dateOfBirth).filter((d): d is string => d !== null);
        dob = randomDob(r);
        for (let k = 0; k < 30 && kin.some((d) => !dobFar(dob!, d)); k++) dob = randomDob(r);
        dobVariant = 'own';
      } else {
        const sw = swapDayMonth(w.dateOfBirth);
        if (sw && r.chance(0.2)) {
          dob = sw;
          dobVariant = 'swap';
        } else {
          dob = w.dateOfBirth;
          dobVariant = 'exact';
        }
      }
    }
    let nid: string | null = null;
    let nidVariant: RowMeta['nidVariant'] = 'missing';
    if (source === 'id-card' || r.chance(0.45)) {
      if (!w.nationalId) {
        nid = freshId(nidSet, makeNid);
        nidVariant = 'own';
      } else if (source !== 'id-card' && r.chance(0.15)) {
        const own = w.nationalId;
        for (let k = 0; k < 20; k++) {
          const s = slip(r, own);
          if (!nidSet.clashes(s, own)) {
            nid = s;
            break;
          }
        }
        nidVariant = nid ? 'slip' : 'exact';
        nid = nid ?? own;
      } else {
        nid = w.nationalId;
        nidVariant = 'exact';
      }
    }
    let nssf: string | null = null;
    let nssfVariant: RowMeta['nssfVariant'] = 'missing';
    if (w.nssfNumber && r.chance(0.3)) {
      if (r.chance(0.12)) {
        const own = w.nssfNumber;
        for (let k = 0; k < 20; k++) {
          const s = slip(r, own);
          if (!nssfSet.clashes(s, own)) {
            nssf = s;
            break;
          }
        }
        nssfVariant = nssf ? 'slip' : 'exact';
        nssf = nssf ?? own;
      } else {
        nssf = w.nssfNumber;
        nssfVariant = 'exact';
      }
    }
    drafts.push({
      row: { name: nm.name, nationalId: nid, nssfNumber: nssf, sex: r.chance(0.9) ? p.sex : null, dateOfBirth: dob, source },
      meta: { hidden: false, person: p, reg: wi, namesake: false, ops: nm.ops, script: nm.script, dobVariant, nidVariant, nssfVariant, tells: [] },
      truth: w.workerId,
    });
  }

  // ---- hidden rows
  for (let h = 0; h < nHidden; h++) {
    const namesake = h % 2 === 0;
    for (let attempt = 0; ; attempt++) {
      if (attempt > 500) throw new Error('hundredeighth: could not draw a tellable hidden worker');
      let p: Person;
      let model: number | null = null;
      if (namesake) {
        model = r.int(0, reg.length - 1);
        const m = ppl[model];
        p = drawPerson(r, m.sex, m.fam, m.giv);
      } else {
        p = drawPerson(r, r.chance(P_FEMALE) ? 'F' : 'M');
        if (groups.has(`${p.fam}|${p.giv}`)) continue;
      }
      const mode = namesake ? (r.chance(0.12) ? 'id' : 'dob') : 'natural';
      const source = pickSource();
      const nid = mode === 'id' || source === 'id-card' || r.chance(0.45) ? freshId(nidSet, makeNid) : null;
      const nssf = r.chance(mode === 'id' ? 0.4 : 0.29) ? freshId(nssfSet, makeNssf) : null;
      const sex = r.chance(0.9) ? p.sex : null;
      const P = passFor(groups, p.fam, p.giv);
      const wantDob = mode === 'dob' || (mode === 'natural' && r.chance(0.95));
      let dob: string | null = null;
      let okRow = false;
      const base = { nationalId: nid, nssfNumber: nssf, sex, source } as const;
      for (let k = 0; k < (wantDob ? 60 : 1); k++) {
        dob = wantDob ? randomDob(r) : null;
        const row = { ...base, name: 'x', dateOfBirth: dob } as OnsiteWorker;
        if (P.every((i) => tellable(row, reg[i]) !== null)) {
          okRow = true;
          break;
        }
      }
      if (!okRow) continue;
      const nm = onsiteName(r, p);
      const row = { ...base, name: nm.name, dateOfBirth: dob };
      const tells = [...new Set(P.map((i) => tellable(row as OnsiteWorker, reg[i]) as string))].sort();
      drafts.push({
        row,
        meta: {
          hidden: true, person: p, reg: model, namesake, ops: nm.ops, script: nm.script,
          dobVariant: dob ? 'fresh' : 'missing', nidVariant: nid ? 'fresh' : 'missing', nssfVariant: nssf ? 'fresh' : 'missing', tells,
        },
        truth: null,
      });
      break;
    }
  }

  // ---- shuffle, number, stamp
  r.shuffle(drafts);
  const visitId = uuid(r);
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  const meta = new Map<string, RowMeta>();
  const ids = new Set<string>();
  let t = Date.UTC(2025, 2, 11, 1, 30, 0);
  let csvRow = 1;
  for (const d of drafts) {
    let id = uuid(r);
    while (ids.has(id)) id = uuid(r);
    ids.add(id);
    t += r.int(4, 75) * 1000;
    onsite.push({
      id,
      visitId,
      name: d.row.name,
      nationalId: d.row.nationalId,
      nssfNumber: d.row.nssfNumber,
      sex: d.row.sex,
      dateOfBirth: d.row.dateOfBirth,
      source: d.row.source,
      sourceRow: d.row.source === 'csv' ? ++csvRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, d.truth);
    meta.set(id, d.meta);
  }

  // ---- undecidable true rows: another registered namesake fits at least as well on every field
  const undecidable: string[] = [];
  for (const row of onsite) {
    const m = meta.get(row.id)!;
    if (m.hidden || m.reg === null) continue;
    const w = reg[m.reg];
    for (const j of groups.get(`${m.person.fam}|${m.person.giv}`)!) {
      if (j === m.reg) continue;
      if (fitsAsWell(row, w, reg[j])) {
        undecidable.push(row.id);
        break;
      }
    }
  }

  return { roster: { registered: reg, onsite, truth }, meta, people: ppl, undecidable };
}

export function hundredeighthRoster(size: number, seed: number): Roster {
  return buildHundredeighth(size, seed).roster;
}

// ---------------------------------------------------------------- self-check

function selfCheck(size: number, seed: number): number {
  const failures: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) failures.push(what);
  };
  const pct = (n: number, d: number) => (d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(1).padStart(5)} %`);

  const t0 = performance.now();
  const built = buildHundredeighth(size, seed);
  const ms = performance.now() - t0;
  const { roster, meta, undecidable } = built;
  const { registered, onsite, truth } = roster;
  const regById = new Map(registered.map((w, i) => [w.workerId, i]));

  const hiddenRows = onsite.filter((o) => truth.get(o.id) === null);
  const trueRows = onsite.filter((o) => truth.get(o.id) !== null);
  const matched = new Set(trueRows.map((o) => truth.get(o.id)!));
  const absent = registered.length - matched.size;

  console.log(`${HUNDREDEIGHTH_LABEL}`);
  console.log(`size ${size}, seed ${seed}\n`);
  console.log('counts');
  console.log(`  registered ${registered.length}`);
  console.log(`  on site    ${onsite.length}  (${pct(onsite.length, registered.length)} of registered)`);
  console.log(`  true rows  ${trueRows.length}`);
  console.log(`  hidden     ${hiddenRows.length}  (${pct(hiddenRows.length, onsite.length)} of rows)`);
  console.log(`  absent     ${absent}  (${pct(absent, registered.length)} of registered)`);

  // rule 4
  check(Math.abs(onsite.length - ONSITE_SHARE * size) <= Math.max(2, 0.02 * size), 'on-site count ≈ 0.95 × size');
  check(hiddenRows.length / onsite.length >= 0.05 && hiddenRows.length / onsite.length <= 0.1, 'hidden share 5-10 %');
  check(absent / registered.length >= 0.05 && absent / registered.length <= 0.15, 'absent share 5-15 %');

  // fill
  const fill = <T>(xs: T[], f: (x: T) => unknown) => pct(xs.filter((x) => f(x) !== null && f(x) !== undefined).length, xs.length);
  console.log('\nfield fill (registered)');
  for (const k of ['nssfNumber', 'nationalId', 'nameKh', 'nameLatin', 'sex', 'dateOfBirth', 'hireDate', 'wageRiel'] as const)
    console.log(`  ${k.padEnd(12)} ${fill(registered, (w) => w[k])}`);
  console.log('field fill (on site)            all     true   hidden');
  for (const k of ['name', 'nationalId', 'nssfNumber', 'sex', 'dateOfBirth'] as const)
    console.log(`  ${k.padEnd(12)}             ${fill(onsite, (o) => o[k])}  ${fill(trueRows, (o) => o[k])}  ${fill(hiddenRows, (o) => o[k])}`);
  const isKh = (s: string) => /[\u1780-\u17FF]/.test(s);
  console.log(
    `  name in Khmer script       ${pct(onsite.filter((o) => isKh(o.name)).length, onsite.length)}  ${pct(trueRows.filter((o) => isKh(o.name)).length, trueRows.length)}  ${pct(hiddenRows.filter((o) => isKh(o.name)).length, hiddenRows.length)}`,
  );
  const srcs = ['csv', 'manual', 'id-card'] as const;
  console.log(
    `  source csv/manual/id-card  ` +
      srcs.map((s) => pct(onsite.filter((o) => o.source === s).length, onsite.length).trim()).join(' / ') +
      '  (hidden: ' +
      srcs.map((s) => pct(hiddenRows.filter((o) => o.source === s).length, hiddenRows.length).trim()).join(' / ') +
      ')',
  );
  const latinMissingTrueLatin = trueRows.filter((o) => !isKh(o.name) && registered[regById.get(truth.get(o.id)!)!].nameLatin === null).length;
  console.log(`  true rows in Latin whose registered worker has no Latin name: ${latinMissingTrueLatin} (${pct(latinMissingTrueLatin, trueRows.length).trim()})`);

  // variation rates
  const rowsMeta = onsite.map((o) => meta.get(o.id)!);
  const tm = rowsMeta.filter((m) => !m.hidden);
  const hm = rowsMeta.filter((m) => m.hidden);
  console.log('\nname variations (share of rows of that script)      true    hidden');
  for (const script of ['latin', 'kh'] as const) {
    const ts = tm.filter((m) => m.script === script);
    const hs = hm.filter((m) => m.script === script);
    const ops: Op[] = script === 'latin' ? ['translit', 'swap', 'case', 'typo', 'joinsplit'] : ['zws', 'joined', 'swap', 'reorder', 'nfd'];
    for (const op of ops)
      console.log(`  ${script.padEnd(5)} ${op.padEnd(10)}                           ${pct(ts.filter((m) => m.ops.includes(op)).length, ts.length)}  ${pct(hs.filter((m) => m.ops.includes(op)).length, hs.length)}`);
    for (const n of [0, 1, 2, 3])
      console.log(`  ${script.padEnd(5)} ${n} variation(s)                       ${pct(ts.filter((m) => m.ops.length === n).length, ts.length)}  ${pct(hs.filter((m) => m.ops.length === n).length, hs.length)}`);
  }
  const stacked = tm.filter((m) => m.ops.length >= 2).length;
  console.log(`  true rows with 2-3 stacked name variations: ${stacked} (${pct(stacked, tm.length).trim()})`);
  const combos = new Map<string, number>();
  for (const m of tm.filter((x) => x.ops.length >= 2)) {
    const k = `${m.script}:${[...m.ops].sort().join('+')}`;
    combos.set(k, (combos.get(k) ?? 0) + 1);
  }
  console.log('  most frequent stacks: ' + [...combos.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${v}`).join(', '));
  check(stacked / tm.length >= 0.28 && stacked / tm.length <= 0.4, 'about a third of true rows carry stacked name variations');

  console.log('\nfield variations on true rows');
  const cnt = (f: (m: RowMeta) => boolean) => pct(tm.filter(f).length, tm.length).trim();
  console.log(`  date of birth: exact ${cnt((m) => m.dobVariant === 'exact')}, day/month swapped ${cnt((m) => m.dobVariant === 'swap')}, missing ${cnt((m) => m.dobVariant === 'missing')}, not on register ${cnt((m) => m.dobVariant === 'own')}`);
  console.log(`  national ID:   exact ${cnt((m) => m.nidVariant === 'exact')}, one slipped digit ${cnt((m) => m.nidVariant === 'slip')}, missing ${cnt((m) => m.nidVariant === 'missing')}, not on register ${cnt((m) => m.nidVariant === 'own')}`);
  console.log(`  NSSF number:   exact ${cnt((m) => m.nssfVariant === 'exact')}, one slipped digit ${cnt((m) => m.nssfVariant === 'slip')}, missing ${cnt((m) => m.nssfVariant === 'missing')}`);

  // rule 3: leaks and structure
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  check(new Set(onsite.map((o) => o.id)).size === onsite.length, 'on-site ids unique');
  check(onsite.every((o) => uuidRe.test(o.id) && uuidRe.test(o.visitId)), 'on-site ids are v4 UUIDs');
  check(new Set(registered.map((w) => w.workerId)).size === registered.length, 'workerIds unique');
  check(truth.size === onsite.length && onsite.every((o) => truth.has(o.id)), 'truth covers every on-site row');
  check([...truth.values()].every((v) => v === null || regById.has(v)), 'every truth id is on the register');
  check(matched.size === trueRows.length, 'one-to-one: no registered worker appears twice on site');
  check(onsite.every((o, i) => i === 0 || Date.parse(o.recordedAt) > Date.parse(onsite[i - 1].recordedAt)), 'recordedAt increases in row order');
  check(onsite.every((o) => new Date(o.recordedAt).toISOString() === o.recordedAt), 'recordedAt is ISO');
  check(onsite.every((o) => (o.source === 'csv' ? Number.isInteger(o.sourceRow) && (o.sourceRow as number) > 0 : o.sourceRow === null)), 'sourceRow positive for csv rows only');
  check(onsite.every((o) => o.name === o.name.trim() && o.name.length >= 1 && o.name.length <= 200 && !o.name.startsWith(ZWS) && !o.name.endsWith(ZWS)), 'names trimmed, 1-200 chars');
  check(onsite.every((o) => o.nationalId === null || o.nationalId.length <= 40), 'national IDs ≤ 40 chars');
  check(onsite.every((o) => o.dateOfBirth === null || isRealDate(o.dateOfBirth)), 'on-site dates are real dates');
  check(registered.every((w) => (w.dateOfBirth === null || isRealDate(w.dateOfBirth)) && (w.hireDate === null || isRealDate(w.hireDate))), 'registered dates are real dates');
  check(registered.every((w) => w.wageRiel === null || (Number.isInteger(w.wageRiel) && w.wageRiel >= 0)), 'wages are non-negative integers');
  check(onsite.every((o) => !isKh(o.name) || /^[\u1780-\u17FF \u200B]+$/.test(o.name)), 'Khmer names only hold Khmer letters, spaces and ZWS');
  check(onsite.every((o) => isKh(o.name) || /^[A-Za-z ]+$/.test(o.name)), 'Latin names only hold Latin letters and spaces');
  // a leak probe: the order of workerIds says nothing about presence
  const firstHalfPresent = registered.slice(0, registered.length / 2).filter((w) => matched.has(w.workerId)).length;
  console.log(`\nleak probes: present among the first half of workerIds ${pct(firstHalfPresent, registered.length / 2).trim()} vs overall ${pct(matched.size, registered.length).trim()}`);
  const hiddenFirstHalf = onsite.slice(0, onsite.length / 2).filter((o) => truth.get(o.id) === null).length;
  console.log(`             hidden among the first half of rows ${pct(hiddenFirstHalf, onsite.length / 2).trim()} vs overall ${pct(hiddenRows.length, onsite.length).trim()}`);

  // rule 1: true rows are plausible variants
  let bad1 = 0;
  for (const o of trueRows) {
    const w = registered[regById.get(truth.get(o.id)!)!];
    const m = meta.get(o.id)!;
    if (o.dateOfBirth && w.dateOfBirth && o.dateOfBirth !== w.dateOfBirth && swapDayMonth(w.dateOfBirth) !== o.dateOfBirth) bad1++;
    else if (o.nationalId && w.nationalId && osa(o.nationalId, w.nationalId) > 1) bad1++;
    else if (o.nssfNumber && w.nssfNumber && osa(o.nssfNumber, w.nssfNumber) > 1) bad1++;
    else if (o.sex && w.sex && o.sex !== w.sex) bad1++;
    else if (m.ops.length > 3) bad1++;
    else if (isKh(o.name)) {
      // undo the Khmer variations a reader sees through and compare the letters
      const letters = (s: string) => [...s.replace(/[ \u200B]/g, '').replace(/\u17D2\u178A/g, '\u17D2\u178F').replace(/\u17C1\u17B6/g, '\u17C4').replace(/\u17C1\u17B8/g, '\u17BE')].sort().join('');
      if (letters(o.name) !== letters(w.nameKh)) bad1++;
    } else {
      // every word is a spelling of the worker's name, or one typo from one
      const p = m.person;
      const mine = new Set<string>();
      FAMILY_NAMES[p.fam].latin.forEach((v) => mine.add(v.toLowerCase()));
      GIVEN_NAMES[p.giv].latin.forEach((alts) => alts.forEach((v) => mine.add(v.toLowerCase())));
      givenForms(GIVEN_NAMES[p.giv]).forEach((v) => mine.add(v));
      const words = o.name.toLowerCase().split(' ');
      const typos = words.filter((x) => !mine.has(x));
      if (typos.length > 1 || typos.some((x) => ![...mine].some((v) => osa(x, v) === 1))) bad1++;
    }
  }
  console.log(`\nrule 1: true rows carrying something no person could see through: ${bad1}`);
  check(bad1 === 0, 'rule 1: true rows only carry plausible variants');

  // rule 2: hidden rows are tellable from everyone they could pass for
  const groups = sameKeyGroups(built.people);
  const nidIndex = new IdIndex();
  const nssfIndex = new IdIndex();
  let nidClash = 0;
  for (const w of registered) {
    if (w.nationalId) {
      if (nidIndex.near(w.nationalId).size > 0) nidClash++;
      nidIndex.add(w.nationalId);
    }
    if (w.nssfNumber) {
      if (nssfIndex.near(w.nssfNumber).size > 0) nidClash++;
      nssfIndex.add(w.nssfNumber);
    }
  }
  check(nidClash === 0, 'no two registered ID numbers within one edit');
  let bad2 = 0;
  let namesakes = 0;
  const tellCount = new Map<string, number>();
  const nsTellCount = new Map<string, number>();
  let nsOfAbsent = 0;
  let passForTotal = 0;
  for (const o of hiddenRows) {
    const m = meta.get(o.id)!;
    const P = passFor(groups, m.person.fam, m.person.giv);
    passForTotal += P.length;
    const isNamesake = (groups.get(`${m.person.fam}|${m.person.giv}`) ?? []).length > 0;
    if (isNamesake) {
      namesakes++;
      if ((groups.get(`${m.person.fam}|${m.person.giv}`) ?? []).some((i) => !matched.has(registered[i].workerId))) nsOfAbsent++;
    }
    const used = new Set<string>();
    for (const i of P) {
      const tl = tellable(o, registered[i]);
      if (tl === null) bad2++;
      else used.add(tl);
    }
    const key = P.length === 0 ? '(no one it could pass for)' : [...used].sort().join('+');
    tellCount.set(key, (tellCount.get(key) ?? 0) + 1);
    if (isNamesake) nsTellCount.set(key, (nsTellCount.get(key) ?? 0) + 1);
    // IDs of hidden rows are never within one edit of a registered one
    if (o.nationalId && nidIndex.near(o.nationalId).size > 0) bad2++;
    if (o.nssfNumber && nssfIndex.near(o.nssfNumber).size > 0) bad2++;
  }
  console.log(`\nrule 2: hidden rows ${hiddenRows.length}; namesakes of a registered worker ${namesakes} (${pct(namesakes, hiddenRows.length).trim()}), ${nsOfAbsent} of them share the name of an absent worker`);
  console.log(`  registered workers a hidden row could pass for by name: ${passForTotal} in all (${(passForTotal / Math.max(1, hiddenRows.length)).toFixed(1)} per row)`);
  console.log('  what tells namesakes apart (fields used against their pass-for set): ' + [...nsTellCount.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));
  console.log('  all hidden rows: ' + [...tellCount.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));
  console.log(`  hidden rows not tellable from someone they could pass for: ${bad2}`);
  check(bad2 === 0, 'rule 2: every hidden row is tellable');
  // no on-site ID number lands within one edit of a registered worker's other than its own
  let strayIds = 0;
  for (const o of onsite) {
    const tid = truth.get(o.id);
    const w = tid ? registered[regById.get(tid)!] : null;
    if (o.nationalId && [...nidIndex.near(o.nationalId)].some((x) => x !== w?.nationalId)) strayIds++;
    if (o.nssfNumber && [...nssfIndex.near(o.nssfNumber)].some((x) => x !== w?.nssfNumber)) strayIds++;
  }
  console.log(`  on-site ID numbers within one edit of someone else's registered number: ${strayIds}`);
  check(strayIds === 0, 'no on-site ID points at the wrong registered worker');
  check(namesakes / hiddenRows.length >= 0.45, 'about half the hidden rows are namesakes');
  console.log(`  undecidable true rows (a namesake fits at least as well on every field): ${undecidable.length} (${pct(undecidable.length, onsite.length).trim()} of rows)`);
  check(undecidable.length / onsite.length < 0.03, 'undecidable rows under 3 %');

  // name collisions on the register
  const sizes = [...groups.values()].map((g) => g.length);
  const withNamesake = sizes.filter((s) => s > 1).reduce((a, b) => a + b, 0);
  console.log(`\nregister: ${groups.size} distinct full names; ${withNamesake} workers (${pct(withNamesake, registered.length).trim()}) share their full name; largest group ${Math.max(...sizes)}`);

  // samples
  console.log('\nsample rows');
  const show = (o: OnsiteWorker) => {
    const m = meta.get(o.id)!;
    const tid = truth.get(o.id)!;
    const f = (x: unknown) => (x === null || x === undefined ? '-' : String(x));
    const vis = o.name.replace(/\u200B/g, '<zws>');
    console.log(`  [${m.hidden ? 'HIDDEN' : 'true'}] ${JSON.stringify(vis)} nid ${f(o.nationalId)} nssf ${f(o.nssfNumber)} dob ${f(o.dateOfBirth)} sex ${f(o.sex)}  ops ${m.ops.join('+') || 'none'}`);
    if (tid) {
      const w = registered[regById.get(tid)!];
      console.log(`      → ${tid} ${w.nameKh} / ${f(w.nameLatin)} nid ${f(w.nationalId)} nssf ${f(w.nssfNumber)} dob ${f(w.dateOfBirth)} sex ${f(w.sex)}`);
    } else {
      const P = passFor(groups, m.person.fam, m.person.giv);
      if (P.length > 0) {
        const w = registered[P[0]];
        console.log(`      → null; could pass for ${P.length}, e.g. ${w.workerId} ${w.nameKh} / ${f(w.nameLatin)} dob ${f(w.dateOfBirth)} nid ${f(w.nationalId)} (told by ${tellable(o, w)})`);
      } else console.log('      → null; no registered worker has a similar name');
    }
  };
  const sampleR = rng(seed + 77);
  const stackedRows = trueRows.filter((o) => meta.get(o.id)!.ops.length >= 2);
  for (let i = 0; i < 5; i++) show(sampleR.pick(stackedRows));
  for (let i = 0; i < 2; i++) show(sampleR.pick(trueRows));
  for (let i = 0; i < 3; i++) show(sampleR.pick(hiddenRows));
  if (undecidable.length) {
    console.log('  an undecidable row:');
    show(onsite.find((o) => o.id === undecidable[0])!);
  }

  // determinism and time
  const ser = (b: Built) => JSON.stringify([b.roster.registered, b.roster.onsite, [...b.roster.truth.entries()]]);
  const again = buildHundredeighth(size, seed);
  const same = ser(again) === ser(built);
  const other = ser(buildHundredeighth(size, seed + 1)) !== ser(built);
  console.log(`\ndeterminism: same seed → same output ${same ? 'yes' : 'NO'}; another seed → another roster ${other ? 'yes' : 'NO'}`);
  check(same, 'deterministic for a seed');
  check(other, 'seed changes the roster');
  // best of 5, on the wall clock and in CPU time (the machine may be shared with other jobs)
  const runs: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < 5; i++) {
    const c = process.cpuUsage();
    const t1 = performance.now();
    buildHundredeighth(10_000, seed + 100 + i);
    runs.push(performance.now() - t1);
    const u = process.cpuUsage(c);
    cpus.push((u.user + u.system) / 1000);
  }
  const ms10k = Math.min(Math.min(...runs), Math.min(...cpus));
  console.log(
    `time: ${size} registered in ${ms.toFixed(0)} ms (first call, cold); 10,000 registered, 5 runs: wall ${runs.map((x) => x.toFixed(0)).join(' / ')} ms, CPU ${cpus.map((x) => x.toFixed(0)).join(' / ')} ms`,
  );
  check(ms10k < 1000, 'generates 10,000 in under a second');

  console.log(failures.length === 0 ? '\nALL CHECKS PASSED' : `\nFAILED:\n  ${failures.join('\n  ')}`);
  return failures.length === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  process.exit(selfCheck(size, seed));
}
