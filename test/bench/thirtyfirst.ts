/**
 * `thirtyfirst`: a blind, labelled benchmark roster — an employer who registered only part of
 * the floor.
 *
 * THE MODEL
 * - The register holds `size` workers (the fund's list). Nearly all of them are on site: 2-5 %
 *   are absent (set per seed).
 * - 45-70 % of the on-site rows (set per seed) are hidden workers, so the on-site list is about
 *   1.7 to 3.3 times as long as the register. Hidden workers are mostly family of registered
 *   ones: ~50 % "relatives" (a registered worker's family name, another given name), ~30 %
 *   "namesakes" (a registered worker's family AND given name, spelled any listed way), ~20 %
 *   unrelated people (any listed name, picked evenly).
 * - The usual variations apply to every row: Khmer or Latin script (either script against a
 *   register whose Latin name may be missing), listed romanizations, family/given order swaps,
 *   case, Latin typos, Khmer encoding variants, ID slips, DOB day/month swaps, missing fields.
 *   Sources: id-card 15 % (Khmer or upper-case Latin, national ID, DOB and sex read off the
 *   card), employer's sheet (csv) 40 %, inspector's typing (manual) 45 %.
 *
 * FAIRNESS RULES (audited by the self-check: `npx tsx test/bench/thirtyfirst.ts 10000 1`)
 * 1. A true on-site row carries only plausible variants of its registered worker:
 *    - Latin name: any listed romanization of each name (thirtyfirst-names.ts), either order,
 *      any case, multi-word given names split or joined, occasionally a doubled space; at most
 *      one typo (one substitution, deletion, insertion or adjacent swap, never the first letter)
 *      in one word of 4+ letters.
 *    - Khmer name: the register's name in either order, with its encoding varied: space, zero
 *      width space (U+200B) or nothing between the names (and sometimes a U+200B after ស្រី),
 *      NFC/NFD (identical for these names), legacy code point orders (register shifter after
 *      the vowel, nikahit before vowel u, coeng ro before another coeng) and coeng da for coeng
 *      ta (the same glyph). No Khmer typos. The register's own Khmer may also use the legacy
 *      orders (~8 %). All of these render alike or near-alike for a human reader.
 *    - national ID / NSSF number: exact or one slip (one digit changed or two adjacent digits
 *      swapped); missing often. Where the register has no national ID, an ID card's number is
 *      shown (one side only, so it says nothing).
 *    - DOB exact or day/month swapped (only when both are <= 12), or missing; sex right or
 *      missing.
 * 2. Registered namesakes (names within one edit of each other in any spelling) never share a
 *    DOB, and their DOBs are more than a day/month swap, one changed digit or one adjacent digit
 *    swap apart. Registered national IDs and NSSF numbers are pairwise 2+ edits apart.
 * 3. A hidden row either could not pass for any registered worker by name (its name is not
 *    within one edit of any spelling variant above), or is ruled out from every registered
 *    worker it could pass for by a field present on BOTH sides: sex differs, DOB not within a
 *    swap / one digit, or national IDs 2+ edits apart. Hidden national IDs and the rare NSSF
 *    number (from a former employer) are 2+ edits from every registered one.
 * 4. Nothing leaks the truth: both lists are shuffled, on-site ids are version-4 UUIDs from the
 *    seeded PRNG, recordedAt increases in row order, CSV sourceRow counts up in row order, and
 *    registered workerIds are assigned after shuffling.
 * 5. Undecidable true rows (another registered worker not ruled out by any field, and at least
 *    as good as the true one on name, sex, DOB, national ID and NSSF number) stay under 4 %:
 *    the generator gives most such rows their DOB (the inspector would ask for it).
 */
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY_31 as FAMILY, GIVEN_31 as GIVEN } from './thirtyfirst-names';
import { OnsiteWorker, RegisteredWorker } from '../../src/protocol';

type Sex = 'M' | 'F';
type Source = 'manual' | 'csv' | 'id-card';

export const THIRTYFIRST_LABEL =
  'part-registered floor: 45-70 % hidden (relatives and namesakes of registered workers), 2-5 % absent';

// ───────────────────────── strings ─────────────────────────

const KH_RE = /[\u1780-\u17FF]/;

/** A Khmer name reduced to what a reader sees: no spaces or zero-width marks, one code point order. */
function canonicalKh(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\s\u200B\u200C\u200D\u2060\uFEFF]/g, '')
    .replace(/\u17D2\u178A/g, '\u17D2\u178F') // coeng da → coeng ta (same glyph)
    .replace(/\u17C6\u17BB/g, '\u17BB\u17C6') // nikahit + u → u + nikahit
    .replace(/([\u17B6-\u17C5])([\u17C9\u17CA])/g, '$2$1') // vowel + shifter → shifter + vowel
    .replace(/\u17D2\u179A(\u17D2[\u1780-\u17A2])/g, '$1\u17D2\u179A'); // coeng ro last
}

/** The legacy-keyboard code point orders (the inverse of canonicalKh's reorderings). */
function khLegacyOrder(s: string): string {
  return s
    .replace(/\u17BB\u17C6/g, '\u17C6\u17BB')
    .replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/g, '$2$1')
    .replace(/(\u17D2[\u1780-\u17A2])\u17D2\u179A/g, (m, c: string) => (c === '\u17D2\u179A' ? m : '\u17D2\u179A' + c));
}

function normLatin(s: string): string {
  return s.normalize('NFKD').toLowerCase().replace(/[^a-z]/g, '');
}

function nameKey(s: string): string {
  return KH_RE.test(s) ? canonicalKh(s) : normLatin(s);
}

function sameFrom(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

/** 0 if equal, 1 if one substitution / insertion / deletion / adjacent swap apart, else 2. */
function osa01(a: string, b: string): 0 | 1 | 2 {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (la === lb) {
    let i = 0;
    while (a.charCodeAt(i) === b.charCodeAt(i)) i++;
    if (sameFrom(a, i + 1, b, i + 1)) return 1;
    if (i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && sameFrom(a, i + 2, b, i + 2)) return 1;
    return 2;
  }
  if (la - lb > 1 || lb - la > 1) return 2;
  const s = la < lb ? a : b;
  const l = la < lb ? b : a;
  let i = 0;
  while (i < s.length && s.charCodeAt(i) === l.charCodeAt(i)) i++;
  return sameFrom(s, i, l, i + 1) ? 1 : 2;
}

/** The string and its single-deletion variants. */
function dels(s: string): string[] {
  const out = [s];
  for (let i = 0; i < s.length; i++) {
    const d = s.slice(0, i) + s.slice(i + 1);
    if (d !== out[out.length - 1]) out.push(d);
  }
  return out;
}

/** Symmetric-delete index: owners of keys within one OSA edit of a query. */
class NearIndex {
  /** deletion variant → key index, or several key indexes */
  private map = new Map<string, number | number[]>();
  private keys: string[] = [];
  private owners: number[] = [];
  private stamp: number[] = [];
  private gen = 0;
  add(key: string, owner: number): void {
    const vi = this.keys.length;
    this.keys.push(key);
    this.owners.push(owner);
    this.stamp.push(0);
    for (const d of dels(key)) {
      const l = this.map.get(d);
      if (l === undefined) this.map.set(d, vi);
      else if (typeof l === 'number') this.map.set(d, [l, vi]);
      else l.push(vi);
    }
  }
  private visit(q: string, vi: number, out: Map<number, number>): void {
    if (this.stamp[vi] === this.gen) return;
    this.stamp[vi] = this.gen;
    const d = osa01(q, this.keys[vi]);
    if (d <= 1) {
      const o = this.owners[vi];
      const p = out.get(o);
      if (p === undefined || d < p) out.set(o, d);
    }
  }
  /** owner → least distance (0 or 1). */
  near(q: string): Map<number, number> {
    const out = new Map<number, number>();
    this.gen++;
    let prev = '';
    for (let i = -1; i < q.length; i++) {
      const t = i < 0 ? q : q.slice(0, i) + q.slice(i + 1);
      if (t === prev) continue;
      prev = t;
      const vs = this.map.get(t);
      if (vs === undefined) continue;
      if (typeof vs === 'number') this.visit(q, vs, out);
      else for (const vi of vs) this.visit(q, vi, out);
    }
    return out;
  }
  /** Pairs of owners with keys within one edit, found bucket by bucket. */
  nearPairs(): Map<number, Set<number>> {
    const out = new Map<number, Set<number>>();
    for (const vs of this.map.values()) {
      if (typeof vs === 'number') continue;
      for (let x = 0; x < vs.length; x++)
        for (let y = x + 1; y < vs.length; y++) {
          const a = this.owners[vs[x]];
          const b = this.owners[vs[y]];
          if (a === b || out.get(a)?.has(b)) continue;
          if (osa01(this.keys[vs[x]], this.keys[vs[y]]) <= 1) {
            let sa = out.get(a);
            if (!sa) out.set(a, (sa = new Set()));
            sa.add(b);
            let sb = out.get(b);
            if (!sb) out.set(b, (sb = new Set()));
            sb.add(a);
          }
        }
    }
    return out;
  }
}

/**
 * Digit strings (IDs) by their single-deletion variants as numbers: a fast, conservative test for
 * "within one edit" (it may also flag a few pairs two edits apart, which only makes IDs farther).
 */
class IdIndex {
  private map = new Map<number, number>();
  private static keys(s: string): number[] {
    const n = s.length;
    const v = Number(s);
    const out = [v * 16 + n];
    let p = 1; // 10^(digits right of i)
    for (let i = n - 1; i >= 0; i--) {
      const hi = Math.floor(v / (p * 10));
      const lo = v % p;
      out.push((hi * p + lo) * 16 + (n - 1));
      p *= 10;
    }
    return out;
  }
  /** Whether some ID is possibly within one edit. */
  any(s: string): boolean {
    for (const k of IdIndex.keys(s)) if (this.map.has(k)) return true;
    return false;
  }
  /** Owners of IDs possibly within one edit (-2: several). */
  owners(s: string): Set<number> {
    const out = new Set<number>();
    for (const k of IdIndex.keys(s)) {
      const o = this.map.get(k);
      if (o !== undefined) out.add(o);
    }
    return out;
  }
  add(s: string, owner: number): void {
    for (const k of IdIndex.keys(s)) {
      const o = this.map.get(k);
      this.map.set(k, o === undefined || o === owner ? owner : -2);
    }
  }
}

// ───────────────────────── dates ─────────────────────────

function swapDM(d: string): string {
  return `${d.slice(0, 4)}-${d.slice(8, 10)}-${d.slice(5, 7)}`;
}
const DPOS = [0, 1, 2, 3, 5, 6, 8, 9];
/** Same, day/month swapped, one digit changed, or two adjacent digits swapped (no allocation). */
function dobClose(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.slice(0, 4) === b.slice(0, 4) && a[5] === b[8] && a[6] === b[9] && a[8] === b[5] && a[9] === b[6]) return true;
  let first = -1;
  let second = -1;
  let n = 0;
  for (let k = 0; k < 8; k++) {
    const p = DPOS[k];
    if (a.charCodeAt(p) !== b.charCodeAt(p)) {
      if (n === 0) first = k;
      else second = k;
      if (++n > 2) return false;
    }
  }
  if (n <= 1) return true;
  if (second !== first + 1) return false;
  const p = DPOS[first];
  const q = DPOS[second];
  return a[p] === b[q] && a[q] === b[p];
}
/**
 * Numbers two dates share exactly when they are dobClose: the date with digit i blanked (one digit
 * changed), with digits i, i+1 sorted (adjacent swap), or the year with day and month sorted.
 */
function dobKeys(d: string): number[] {
  const x: number[] = [];
  for (const p of DPOS) x.push(d.charCodeAt(p) - 48);
  let v = 0;
  for (const c of x) v = v * 10 + c;
  const out: number[] = [];
  for (let i = 0, w = 1e7; i < 8; i++, w /= 10) out.push(i * 1e8 + v - x[i] * w);
  for (let i = 0, w = 1e7; i < 7; i++, w /= 10) {
    const lo = Math.min(x[i], x[i + 1]);
    const hi = Math.max(x[i], x[i + 1]);
    out.push((8 + i) * 1e8 + v - x[i] * w - x[i + 1] * (w / 10) + lo * w + hi * (w / 10));
  }
  const mm = x[4] * 10 + x[5];
  const dd = x[6] * 10 + x[7];
  out.push(15 * 1e8 + Math.floor(v / 1e4) * 1e4 + Math.min(mm, dd) * 100 + Math.max(mm, dd));
  return out;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysIn(y: number, m: number): number {
  return m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1];
}
function randomDate(r: Rng, y0: number, y1: number): string {
  const y = r.int(y0, y1);
  const m = r.int(1, 12);
  return `${y}-${pad(m)}-${pad(r.int(1, daysIn(y, m)))}`;
}

// ───────────────────────── identities (family × given) ─────────────────────────

const NG = GIVEN.length;
interface NameCtx {
  index: NearIndex; // owners: identity = f * NG + g
  keysOf: Map<number, string[]>;
  khToIdent: Map<string, number>;
  neighbours: Map<number, number[]>;
}
let CTX: NameCtx | null = null;

function identityKeys(f: number, g: number): string[] {
  const s = new Set<string>();
  for (const fr of FAMILY[f].latin)
    for (const gr of GIVEN[g].latin) {
      s.add(normLatin(fr + gr));
      s.add(normLatin(gr + fr));
    }
  s.add(canonicalKh(FAMILY[f].kh + GIVEN[g].kh));
  s.add(canonicalKh(GIVEN[g].kh + FAMILY[f].kh));
  return [...s];
}

function nameCtx(): NameCtx {
  if (CTX) return CTX;
  const index = new NearIndex();
  const keysOf = new Map<number, string[]>();
  const khToIdent = new Map<string, number>();
  for (let f = 0; f < FAMILY.length; f++)
    for (let g = 0; g < NG; g++) {
      const id = f * NG + g;
      const keys = identityKeys(f, g);
      keysOf.set(id, keys);
      for (const k of keys) index.add(k, id);
      khToIdent.set(canonicalKh(FAMILY[f].kh + GIVEN[g].kh), id);
    }
  CTX = { index, keysOf, khToIdent, neighbours: new Map() };
  return CTX;
}

/** Identities with a spelling within one edit of one of id's spellings (id included). */
function neighbours(ctx: NameCtx, id: number): number[] {
  if (!ctx.neighbours.size) for (const [a, bs] of ctx.index.nearPairs()) ctx.neighbours.set(a, [a, ...bs]);
  let n = ctx.neighbours.get(id);
  if (!n) ctx.neighbours.set(id, (n = [id]));
  return n;
}

// ───────────────────────── the register, as a reader sees it ─────────────────────────

/** Built from the output records only (the audit uses it too). */
class RegisterView {
  ident: number[];
  byIdent = new Map<number, number[]>();
  byWorkerId = new Map<string, number>();
  unparsed = 0;
  private cache = new Map<string, Map<number, number>>();
  private dobSets = new Map<number, Set<number>>();
  allHaveDob(id: number): boolean {
    return (this.byIdent.get(id) ?? []).every((wi) => !!this.ws[wi].dateOfBirth);
  }
  /** dobKeys of every DOB of identity id. */
  dobKeySet(id: number): Set<number> {
    let set = this.dobSets.get(id);
    if (!set) {
      set = new Set();
      for (const wi of this.byIdent.get(id) ?? []) {
        const d = this.ws[wi].dateOfBirth;
        if (d) for (const k of dobKeys(d)) set.add(k);
      }
      this.dobSets.set(id, set);
    }
    return set;
  }
  constructor(readonly ws: RegisteredWorker[], readonly ctx: NameCtx) {
    this.ident = ws.map((w, i) => {
      this.byWorkerId.set(w.workerId, i);
      const id = ctx.khToIdent.get(canonicalKh(w.nameKh));
      if (id === undefined) {
        this.unparsed++;
        return -1;
      }
      push(this.byIdent, id, i);
      return id;
    });
  }
  /** Registered identities the name could pass for, with the name distance. */
  nameCands(name: string): Map<number, number> {
    const key = nameKey(name);
    let out = this.cache.get(key);
    if (!out) {
      out = new Map<number, number>();
      for (const [id, d] of this.ctx.index.near(key)) if (this.byIdent.has(id)) out.set(id, d);
      this.cache.set(key, out);
    }
    return out;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

interface RowFields {
  name: string;
  sex: Sex | null;
  dateOfBirth: string | null;
  nationalId: string | null;
  nssfNumber: string | null;
}

/** Rule 3's test: a field present on both sides tells them apart. */
function ruledOut(row: RowFields, w: RegisteredWorker): 'sex' | 'dob' | 'nid' | null {
  if (row.dateOfBirth && w.dateOfBirth && !dobClose(row.dateOfBirth, w.dateOfBirth)) return 'dob';
  if (row.sex && w.sex && row.sex !== w.sex) return 'sex';
  if (row.nationalId && w.nationalId && osa01(row.nationalId, w.nationalId) > 1) return 'nid';
  return null;
}

/** [name, sex, dob, nid, nssf]: 2 exact, 1 one slip / swap, 0 missing, -1 contradicts. */
function quality(row: RowFields, w: RegisteredWorker, nameDist: number): number[] {
  const id = (a: string | null, b: string | null) => (a && b ? 2 - osa01(a, b) * 1.5 : 0);
  return [
    nameDist > 1 ? -1 : 2 - nameDist,
    row.sex && w.sex ? (row.sex === w.sex ? 1 : -1) : 0,
    row.dateOfBirth && w.dateOfBirth
      ? row.dateOfBirth === w.dateOfBirth ? 2 : dobClose(row.dateOfBirth, w.dateOfBirth) ? 1 : -1
      : 0,
    id(row.nationalId, w.nationalId),
    id(row.nssfNumber, w.nssfNumber),
  ];
}

/**
 * Another registered worker this true row could be: `loose` if one is not ruled out by any field,
 * `strict` (undecidable) if one is also at least as good as the true worker on every field.
 */
function alternatives(view: RegisterView, row: RowFields, trueIdx: number): { loose: boolean; strict: boolean } {
  const cands = view.nameCands(row.name);
  const qR = quality(row, view.ws[trueIdx], cands.get(view.ident[trueIdx]) ?? 2);
  let loose = false;
  let strict = false;
  const ks = row.dateOfBirth ? dobKeys(row.dateOfBirth) : null;
  for (const [id, d] of cands) {
    if (ks && view.allHaveDob(id)) {
      // Everyone of this name has a DOB: skip the name when none is close to the row's.
      const set = view.dobKeySet(id);
      if (!ks.some((k) => set.has(k))) continue;
    }
    for (const wi of view.byIdent.get(id)!) {
      if (wi === trueIdx) continue;
      const w = view.ws[wi];
      if (row.dateOfBirth && w.dateOfBirth && !dobClose(row.dateOfBirth, w.dateOfBirth)) continue;
      const q = quality(row, w, d);
      if (q.some((x) => x < 0)) continue;
      loose = true;
      if (q.every((x, k) => x >= qR[k])) return { loose, strict: (strict = true) };
    }
  }
  return { loose, strict };
}

/** Rule 3: registered workers a hidden row could pass for and is not ruled out from. */
function passesFor(view: RegisterView, row: RowFields, idents?: Iterable<number>): { cands: number; notRuledOut: number[]; by: Set<string> } {
  let cands = 0;
  const notRuledOut: number[] = [];
  const by = new Set<string>();
  for (const id of idents ?? view.nameCands(row.name).keys()) {
    const list = view.byIdent.get(id)!;
    cands += list.length;
    for (const wi of list) {
      const why = ruledOut(row, view.ws[wi]);
      if (why) by.add(why);
      else notRuledOut.push(wi);
    }
  }
  return { cands, notRuledOut, by };
}

// ───────────────────────── rendering ─────────────────────────

function pickRom(r: Rng, n: number): number {
  if (n === 1 || r.chance(0.6)) return 0;
  return r.int(1, n - 1);
}

type CaseMode = 'upper' | 'title' | 'lower';
function applyCase(s: string, c: CaseMode): string {
  if (c === 'upper') return s.toUpperCase();
  if (c === 'lower') return s.toLowerCase();
  return s.replace(/\S+/g, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase());
}

const TYPO_LETTERS = 'aeiouhnkmrstycpl';
function typoWord(w: string, r: Rng): string {
  const upper = w === w.toUpperCase();
  const letter = () => {
    const c = TYPO_LETTERS[r.int(0, TYPO_LETTERS.length - 1)];
    return upper ? c.toUpperCase() : c;
  };
  for (;;) {
    const op = r.int(0, 3);
    const i = r.int(1, w.length - 1);
    let out = w;
    if (op === 0) out = w.slice(0, i) + letter() + w.slice(i + 1);
    else if (op === 1) out = w.slice(0, i) + w.slice(i + 1);
    else if (op === 2) out = w.slice(0, i) + letter() + w.slice(i);
    else if (i < w.length - 1) out = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    if (out.toLowerCase() !== w.toLowerCase()) return out;
  }
}

interface RowMeta {
  script: 'kh' | 'latin';
  swapped: boolean;
  altRom: boolean;
  caseMode: CaseMode | null;
  typo: boolean;
  zwsp: boolean;
  noSpace: boolean;
  legacyOrder: boolean;
  coengDa: boolean;
  nfd: boolean;
  crossScript: boolean;
  nidSlip: boolean;
  nssfSlip: boolean;
  dobSwap: boolean;
  dobAdded: boolean;
  hiddenKind?: 'relative' | 'namesake' | 'stranger';
  hiddenCands?: number;
  ruledBy?: string;
}
function newMeta(): RowMeta {
  return {
    script: 'latin', swapped: false, altRom: false, caseMode: null, typo: false, zwsp: false, noSpace: false,
    legacyOrder: false, coengDa: false, nfd: false, crossScript: false, nidSlip: false, nssfSlip: false,
    dobSwap: false, dobAdded: false,
  };
}

function renderKh(r: Rng, f: number, g: number, m: RowMeta): string {
  m.script = 'kh';
  let a = FAMILY[f].kh;
  let b = GIVEN[g].kh;
  if (r.chance(0.08)) {
    [a, b] = [b, a];
    m.swapped = true;
  }
  const x = r.next();
  let sep = ' ';
  if (x < 0.18) {
    sep = '\u200B';
    m.zwsp = true;
  } else if (x < 0.26) {
    sep = '';
    m.noSpace = true;
  }
  let s = a + sep + b;
  if (s.includes('ស្រី') && r.chance(0.1)) {
    s = s.replace('ស្រី', 'ស្រី\u200B');
    m.zwsp = true;
  }
  if (r.chance(0.3)) {
    const t = khLegacyOrder(s);
    if (t !== s) m.legacyOrder = true;
    s = t;
  }
  if (s.includes('\u17D2\u178F') && r.chance(0.4)) {
    s = s.replace(/\u17D2\u178F/g, '\u17D2\u178A');
    m.coengDa = true;
  }
  if (r.chance(0.1)) {
    s = s.normalize('NFD');
    m.nfd = true;
  }
  return s;
}

function renderLatin(r: Rng, f: number, g: number, fr: number, gr: number, c: CaseMode, typo: boolean, m: RowMeta): string {
  m.script = 'latin';
  m.caseMode = c;
  let parts = [FAMILY[f].latin[fr], GIVEN[g].latin[gr]];
  if (r.chance(0.12)) {
    parts = [parts[1], parts[0]];
    m.swapped = true;
  }
  let tokens = applyCase(parts.join(' '), c).split(' ');
  if (typo) {
    const long = tokens.map((t, i) => (t.length >= 4 ? i : -1)).filter((i) => i >= 0);
    if (long.length) {
      const i = long[r.int(0, long.length - 1)];
      tokens = tokens.slice();
      tokens[i] = typoWord(tokens[i], r);
      m.typo = true;
    }
  }
  return tokens.join(r.chance(0.02) ? '  ' : ' ');
}

// ───────────────────────── ids ─────────────────────────

function randomDigits(r: Rng, n: number, first = ''): string {
  let s = first;
  while (s.length < n) s += String(r.int(0, 9));
  return s;
}
function slipDigits(r: Rng, s: string): string {
  for (;;) {
    if (r.chance(0.7)) {
      const i = r.int(0, s.length - 1);
      const c = String(r.int(0, 9));
      if (c !== s[i]) return s.slice(0, i) + c + s.slice(i + 1);
    } else {
      const i = r.int(0, s.length - 2);
      if (s[i] !== s[i + 1]) return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    }
  }
}
function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(Math.floor(r.next() * 256));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ───────────────────────── the generator ─────────────────────────

interface RegDraft {
  k: number;
  f: number;
  g: number;
  id: number;
  sex: Sex;
  fr: number;
  gr: number;
  dob: string;
  nid: string | null;
  nssf: string | null;
  nameKh: string;
  nameLatin: string | null;
  legacyKh: boolean;
  hire: string | null;
  wage: number | null;
}

interface Draft extends RowFields {
  source: Source;
  regIdx: number | null;
  meta: RowMeta;
}

interface BuildStats {
  hiddenFrac: number;
  absentRate: number;
  rows: Draft[];
  regs: RegDraft[];
  undecidableFixed: number;
  undecidableKept: number;
  hiddenDobForced: number;
}

function pickSource(r: Rng): Source {
  const x = r.next();
  return x < 0.15 ? 'id-card' : x < 0.55 ? 'csv' : 'manual';
}
function pickCase(r: Rng, src: Source): CaseMode {
  const x = r.next();
  if (src === 'id-card') return 'upper';
  if (src === 'csv') return x < 0.5 ? 'upper' : x < 0.95 ? 'title' : 'lower';
  return x < 0.2 ? 'upper' : x < 0.9 ? 'title' : 'lower';
}
const GIVEN_POOL: Record<Sex, number[]> = {
  F: GIVEN.map((g, i) => (g.sex !== 'M' ? i : -1)).filter((i) => i >= 0),
  M: GIVEN.map((g, i) => (g.sex !== 'F' ? i : -1)).filter((i) => i >= 0),
};
function sexOfGiven(r: Rng, g: number, pref: Sex): Sex {
  const s = GIVEN[g].sex;
  return s === 'U' ? pref : s;
}

function build(size: number, seed: number): { roster: Roster; stats: BuildStats } {
  const r = rng((Math.imul(seed >>> 0, 2654435761) + 0x31f1) >>> 0);
  const ctx = nameCtx();
  const hiddenFrac = 0.45 + 0.25 * r.next();
  const absentRate = 0.02 + 0.03 * r.next();

  // ── the register ──
  const regs: RegDraft[] = [];
  const dobKeysOf = new Map<number, Set<number>>();
  const nidIdx = new IdIndex();
  const nssfIdx = new IdIndex();
  const famIdx = [...FAMILY.keys()];
  const freshId = (idx: IdIndex, n: number, first: () => string, owner: number): string => {
    for (;;) {
      const s = randomDigits(r, n, first());
      if (!idx.any(s)) {
        idx.add(s, owner);
        return s;
      }
    }
  };
  for (let i = 0; i < size; i++) {
    const sex: Sex = r.chance(0.7) ? 'F' : 'M';
    const f = r.pickSkewed(famIdx, 1.8);
    const g = r.pickSkewed(GIVEN_POOL[sex], 1.5);
    const id = f * NG + g;
    const fr = pickRom(r, FAMILY[f].latin.length);
    const gr = pickRom(r, GIVEN[g].latin.length);
    // Rule 2: no DOB close to a registered namesake's.
    const nb = neighbours(ctx, id);
    let dob = '';
    for (let t = 0; ; t++) {
      dob = randomDate(r, 1966, 2006);
      const ks = dobKeys(dob);
      if (nb.every((n) => {
        const set = dobKeysOf.get(n);
        return !set || !ks.some((k) => set.has(k));
      }))
        break;
      if (t > 5000) throw new Error('thirtyfirst: no free DOB');
    }
    let ds = dobKeysOf.get(id);
    if (!ds) dobKeysOf.set(id, (ds = new Set()));
    for (const k of dobKeys(dob)) ds.add(k);
    const nid = r.chance(0.97) ? freshId(nidIdx, 9, () => String(r.int(0, 1)), i) : null;
    const nssf = r.chance(0.98) ? freshId(nssfIdx, 10, () => '1', i) : null;
    const legacyKh = r.chance(0.08);
    const kh0 = `${FAMILY[f].kh} ${GIVEN[g].kh}`;
    const nameKh = legacyKh ? khLegacyOrder(kh0) : kh0;
    const nameLatin = r.chance(0.88)
      ? applyCase(`${FAMILY[f].latin[fr]} ${GIVEN[g].latin[gr]}`, r.chance(0.6) ? 'upper' : 'title')
      : null;
    const y18 = Number(dob.slice(0, 4)) + 18;
    const hire = r.chance(0.95) ? randomDate(r, Math.max(2008, Math.min(y18, 2024)), 2024) : null;
    const wage = r.chance(0.97) ? r.int(850, 1600) * 1000 : null;
    regs.push({ k: i, f, g, id, sex, fr, gr, dob, nid, nssf, nameKh, nameLatin, legacyKh: legacyKh && nameKh !== kh0, hire, wage });
  }
  // Shuffle, then number.
  const order = r.shuffle([...regs.keys()]);
  const registered: RegisteredWorker[] = order.map((i, k) => {
    const d = regs[i];
    return {
      workerId: `W${pad(k + 1, 6)}`,
      nssfNumber: d.nssf,
      nationalId: d.nid,
      nameKh: d.nameKh,
      nameLatin: d.nameLatin,
      sex: d.sex,
      dateOfBirth: d.dob,
      hireDate: d.hire,
      wageRiel: d.wage,
    };
  });
  // regIdx in drafts refers to the shuffled position.
  const regAt = order.map((i) => regs[i]);
  const view = new RegisterView(registered, ctx);

  // ── on site: registered workers present ──
  const rows: Draft[] = [];
  const nPresent = size - Math.round(size * absentRate);
  const present = r.shuffle([...registered.keys()]).slice(0, nPresent);
  let undecidableFixed = 0;
  let undecidableKept = 0;
  for (const ri of present) {
    const d = regAt[ri];
    const w = registered[ri];
    const m = newMeta();
    const source = pickSource(r);
    const kh = r.chance(source === 'id-card' ? 0.7 : source === 'csv' ? 0.25 : 0.55);
    const typoP = source === 'manual' ? 0.05 : source === 'csv' ? 0.03 : 0;
    let fr: number;
    let gr: number;
    if (d.nameLatin && r.chance(0.6)) {
      fr = d.fr;
      gr = d.gr;
    } else {
      fr = pickRom(r, FAMILY[d.f].latin.length);
      gr = pickRom(r, GIVEN[d.g].latin.length);
    }
    const caseMode = pickCase(r, source);
    const typo = r.chance(typoP);
    const name = kh ? renderKh(r, d.f, d.g, m) : renderLatin(r, d.f, d.g, fr, gr, caseMode, typo, m);
    if (!kh) {
      m.altRom = fr !== d.fr || gr !== d.gr;
      m.crossScript = !d.nameLatin;
    }
    let dob: string | null = null;
    let sex: Sex | null = null;
    let nid: string | null = null;
    let nssf: string | null = null;
    if (source === 'id-card') {
      dob = d.dob;
      sex = d.sex;
      nid = d.nid ?? freshId(nidIdx, 9, () => String(r.int(0, 1)), -1);
    } else {
      const csv = source === 'csv';
      if (r.chance(csv ? 0.85 : 0.7)) {
        dob = d.dob;
        const day = Number(dob.slice(8, 10));
        const mon = Number(dob.slice(5, 7));
        if (day <= 12 && day !== mon && r.chance(0.04)) {
          dob = swapDM(dob);
          m.dobSwap = true;
        }
      }
      if (r.chance(csv ? 0.9 : 0.8)) sex = d.sex;
      const slip = (idx: IdIndex, s: string): string | null => {
        for (let t = 0; t < 20; t++) {
          const x = slipDigits(r, s);
          const near = idx.owners(x);
          if (near.size === 1 && near.has(d.k)) return x;
        }
        return null;
      };
      if (d.nid && r.chance(csv ? 0.45 : 0.2)) {
        nid = d.nid;
        if (r.chance(0.03)) {
          const x = slip(nidIdx, d.nid);
          if (x) {
            nid = x;
            m.nidSlip = true;
          }
        }
      }
      if (d.nssf && r.chance(csv ? 0.55 : 0.08)) {
        nssf = d.nssf;
        if (r.chance(0.03)) {
          const x = slip(nssfIdx, d.nssf);
          if (x) {
            nssf = x;
            m.nssfSlip = true;
          }
        }
      }
    }
    const row: Draft = { name, sex, dateOfBirth: dob, nationalId: nid, nssfNumber: nssf, source, regIdx: ri, meta: m };
    // Rule 5: an inspector asks a common name for the date of birth.
    if (alternatives(view, row, ri).strict) {
      if (r.chance(0.85)) {
        if (row.dateOfBirth !== d.dob) m.dobAdded = true;
        row.dateOfBirth = d.dob;
        m.dobSwap = false;
        if (!row.sex) row.sex = d.sex;
        if (alternatives(view, row, ri).strict && d.nid) row.nationalId = d.nid;
        undecidableFixed++;
      } else undecidableKept++;
    }
    rows.push(row);
  }

  // ── on site: hidden workers ──
  const nHidden = Math.round((nPresent * hiddenFrac) / (1 - hiddenFrac));
  let hiddenDobForced = 0;
  for (let h = 0; h < nHidden; h++) {
    const m = newMeta();
    const x = r.next();
    const kind: RowMeta['hiddenKind'] = x < 0.5 ? 'relative' : x < 0.8 ? 'namesake' : 'stranger';
    m.hiddenKind = kind;
    const rel = regs[r.int(0, regs.length - 1)];
    let f: number;
    let g: number;
    let sex: Sex;
    let fr: number;
    if (kind === 'stranger') {
      sex = r.chance(0.65) ? 'F' : 'M';
      f = r.int(0, FAMILY.length - 1);
      g = r.pick(GIVEN_POOL[sex]);
      fr = pickRom(r, FAMILY[f].latin.length);
    } else {
      f = rel.f;
      fr = rel.nameLatin && r.chance(0.6) ? rel.fr : pickRom(r, FAMILY[f].latin.length);
      if (kind === 'namesake') {
        g = rel.g;
        sex = sexOfGiven(r, g, r.chance(0.5) ? 'F' : 'M');
      } else {
        sex = r.chance(0.65) ? 'F' : 'M';
        do g = r.pickSkewed(GIVEN_POOL[sex], 1.5);
        while (g === rel.g);
      }
    }
    const gr = kind === 'namesake' && rel.nameLatin && r.chance(0.5) ? rel.gr : pickRom(r, GIVEN[g].latin.length);
    const source = pickSource(r);
    const kh = r.chance(source === 'id-card' ? 0.7 : source === 'csv' ? 0.25 : 0.55);
    const typo = r.chance(source === 'manual' ? 0.05 : source === 'csv' ? 0.03 : 0);
    const name = kh ? renderKh(r, f, g, m) : renderLatin(r, f, g, fr, gr, pickCase(r, source), typo, m);
    const idCard = source === 'id-card';
    const row: Draft = {
      name,
      sex: idCard || r.chance(source === 'csv' ? 0.9 : 0.8) ? sex : null,
      dateOfBirth: idCard || r.chance(source === 'csv' ? 0.85 : 0.7) ? randomDate(r, 1966, 2006) : null,
      nationalId: idCard || r.chance(source === 'csv' ? 0.45 : 0.2) ? freshId(nidIdx, 9, () => String(r.int(0, 1)), -1) : null,
      nssfNumber: !idCard && r.chance(0.02) ? freshId(nssfIdx, 10, () => '1', -1) : null,
      source,
      regIdx: null,
      meta: m,
    };
    // Rule 3: whoever the name could pass for must be ruled out by a field on both sides.
    const cands = view.nameCands(name);
    m.hiddenCands = 0;
    if (cands.size) {
      const idents = [...cands.keys()];
      let keep = !!row.dateOfBirth || r.chance(0.93);
      if (!keep && passesFor(view, row, idents).notRuledOut.length) keep = true;
      if (keep) {
        if (!row.dateOfBirth) hiddenDobForced++;
        const sets = idents.map((id) => view.dobKeySet(id));
        for (let t = 0; ; t++) {
          row.dateOfBirth = randomDate(r, 1966, 2006);
          const ks = dobKeys(row.dateOfBirth);
          if (sets.every((set) => !ks.some((k) => set.has(k)))) break;
          if (t > 5000) throw new Error('thirtyfirst: no DOB rules the namesakes out');
        }
      }
      const pf = passesFor(view, row, idents);
      if (pf.notRuledOut.length) throw new Error('thirtyfirst: a hidden namesake not ruled out');
      m.hiddenCands = pf.cands;
      m.ruledBy = [...pf.by].sort().join('+');
    }
    rows.push(row);
  }

  // ── shuffle, then stamp ──
  r.shuffle(rows);
  const visitId = 'visit-thirtyfirst';
  let t = Date.UTC(2025, 2, 12, 1, 30, 0);
  let csvRow = 0;
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  for (const row of rows) {
    t += r.int(800, 6000);
    const id = uuid(r);
    onsite.push({
      id,
      visitId,
      name: row.name,
      nationalId: row.nationalId,
      nssfNumber: row.nssfNumber,
      sex: row.sex,
      dateOfBirth: row.dateOfBirth,
      source: row.source,
      sourceRow: row.source === 'csv' ? ++csvRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, row.regIdx === null ? null : registered[row.regIdx].workerId);
  }
  return {
    roster: { registered, onsite, truth },
    stats: { hiddenFrac, absentRate, rows, regs, undecidableFixed, undecidableKept, hiddenDobForced },
  };
}

export function generateThirtyfirst(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ───────────────────────── self-check ─────────────────────────

function latinPlausible(name: string, f: number, g: number): 'exact' | 'typo' | null {
  const toks = name.trim().split(/\s+/).map(normLatin).filter(Boolean);
  const joined = toks.join('');
  let typo = false;
  for (const fr of FAMILY[f].latin)
    for (const gr of GIVEN[g].latin) {
      const ft = fr.split(' ').map(normLatin);
      const gt = gr.split(' ').map(normLatin);
      for (const v of [[...ft, ...gt], [...gt, ...ft]]) {
        if (v.join('') === joined) return 'exact';
        if (v.length !== toks.length) continue;
        let diff = 0;
        let ok = true;
        for (let i = 0; i < v.length; i++) {
          if (v[i] === toks[i]) continue;
          diff++;
          if (osa01(v[i], toks[i]) !== 1 || v[i].length < 4) ok = false;
        }
        if (diff === 1 && ok) typo = true;
      }
    }
  return typo ? 'typo' : null;
}

function selfCheck(size: number, seed: number): boolean {
  const fails: string[] = [];
  const check = (ok: boolean, what: string) => {
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
    if (!ok) fails.push(what);
  };
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '0.0') + ' %';

  // timing first, cold (name index not yet built); best of 3, as other processes share the machine
  let ms10k = Infinity;
  let cpu10k = 0;
  for (let k = 0; k < 3 && ms10k >= 1000; k++) {
    CTX = null;
    const c0 = process.cpuUsage();
    const t = performance.now();
    build(10000, seed);
    const ms = performance.now() - t;
    if (ms < ms10k) {
      ms10k = ms;
      const c = process.cpuUsage(c0);
      cpu10k = (c.user + c.system) / 1000;
    }
  }
  CTX = null;
  const t0 = performance.now();
  const { roster, stats } = build(size, seed);
  const msSize = performance.now() - t0;
  const { registered, onsite, truth } = roster;
  const rows = stats.rows;

  // ── shape ──
  const trueRows = rows.filter((x) => x.regIdx !== null);
  const hidRows = rows.filter((x) => x.regIdx === null);
  const nT = trueRows.length;
  const nH = hidRows.length;
  const cnt = (xs: Draft[], p: (d: Draft) => boolean) => xs.filter(p).length;
  console.log(`thirtyfirst ${size}/${seed}: ${THIRTYFIRST_LABEL}`);
  console.log(`  registered ${registered.length}, on site ${onsite.length} (${(onsite.length / registered.length).toFixed(2)}× the register)`);
  console.log(`  true ${nT}, hidden ${nH} (${pct(nH, onsite.length)} of rows; seed's target ${(100 * stats.hiddenFrac).toFixed(1)} %), absent ${registered.length - nT} (${pct(registered.length - nT, registered.length)})`);
  console.log(`  hidden kinds: relative ${pct(cnt(hidRows, (d) => d.meta.hiddenKind === 'relative'), nH)}, namesake ${pct(cnt(hidRows, (d) => d.meta.hiddenKind === 'namesake'), nH)}, stranger ${pct(cnt(hidRows, (d) => d.meta.hiddenKind === 'stranger'), nH)}`);
  const withC = hidRows.filter((d) => (d.meta.hiddenCands ?? 0) > 0);
  const meanC = withC.reduce((a, d) => a + (d.meta.hiddenCands ?? 0), 0) / Math.max(1, withC.length);
  console.log(`  hidden rows that could pass by name for a registered worker: ${pct(withC.length, nH)} (mean ${meanC.toFixed(1)} such workers each); ruled out (DOB checked first, then sex, then ID) by dob ${pct(cnt(withC, (d) => !!d.meta.ruledBy?.includes('dob')), withC.length)}, sex ${pct(cnt(withC, (d) => !!d.meta.ruledBy?.includes('sex')), withC.length)}, nid ${pct(cnt(withC, (d) => !!d.meta.ruledBy?.includes('nid')), withC.length)}; DOB added for ${stats.hiddenDobForced}`);
  for (const [label, xs] of [['true', trueRows], ['hidden', hidRows]] as const) {
    const n = xs.length;
    const kh = xs.filter((d) => d.meta.script === 'kh');
    const la = xs.filter((d) => d.meta.script === 'latin');
    console.log(`  ${label} rows: Khmer ${pct(kh.length, n)} [zwsp ${pct(cnt(kh, (d) => d.meta.zwsp), kh.length)}, no space ${pct(cnt(kh, (d) => d.meta.noSpace), kh.length)}, legacy order ${pct(cnt(kh, (d) => d.meta.legacyOrder), kh.length)}, coeng da ${pct(cnt(kh, (d) => d.meta.coengDa), kh.length)}, NFD ${pct(cnt(kh, (d) => d.meta.nfd), kh.length)}, swapped ${pct(cnt(kh, (d) => d.meta.swapped), kh.length)}]`);
    console.log(`    Latin ${pct(la.length, n)} [upper ${pct(cnt(la, (d) => d.meta.caseMode === 'upper'), la.length)}, lower ${pct(cnt(la, (d) => d.meta.caseMode === 'lower'), la.length)}, swapped ${pct(cnt(la, (d) => d.meta.swapped), la.length)}, typo ${pct(cnt(la, (d) => d.meta.typo), la.length)}${label === 'true' ? `, other romanization than register ${pct(cnt(la, (d) => d.meta.altRom), la.length)}, register has no Latin ${pct(cnt(la, (d) => d.meta.crossScript), la.length)}` : ''}]`);
    console.log(`    DOB ${pct(cnt(xs, (d) => !!d.dateOfBirth), n)}${label === 'true' ? ` (swapped ${pct(cnt(xs, (d) => d.meta.dobSwap), n)}, added for rule 5 ${pct(cnt(xs, (d) => d.meta.dobAdded), n)})` : ''}, sex ${pct(cnt(xs, (d) => !!d.sex), n)}, national ID ${pct(cnt(xs, (d) => !!d.nationalId), n)}${label === 'true' ? ` (slip ${pct(cnt(xs, (d) => d.meta.nidSlip), n)})` : ''}, NSSF ${pct(cnt(xs, (d) => !!d.nssfNumber), n)}${label === 'true' ? ` (slip ${pct(cnt(xs, (d) => d.meta.nssfSlip), n)})` : ''}`);
    console.log(`    source: id-card ${pct(cnt(xs, (d) => d.source === 'id-card'), n)}, csv ${pct(cnt(xs, (d) => d.source === 'csv'), n)}, manual ${pct(cnt(xs, (d) => d.source === 'manual'), n)}`);
  }
  console.log(`  register: Latin missing ${pct(registered.filter((w) => !w.nameLatin).length, registered.length)}, legacy Khmer order ${pct(stats.regs.filter((d) => d.legacyKh).length, registered.length)}, NID missing ${pct(registered.filter((w) => !w.nationalId).length, registered.length)}, NSSF missing ${pct(registered.filter((w) => !w.nssfNumber).length, registered.length)}`);
  console.log(`  time: ${size} in ${msSize.toFixed(0)} ms, 10000 (cold, best of up to 3) in ${ms10k.toFixed(0)} ms wall, ${cpu10k.toFixed(0)} ms CPU`);

  // ── audits, on the output only ──
  console.log('audit:');
  const ctx = nameCtx();
  const view = new RegisterView(registered, ctx);
  check(view.unparsed === 0, `every registered Khmer name reads as a listed name (${view.unparsed} not)`);
  const badLatinReg = registered.filter((w, i) => w.nameLatin && view.ident[i] >= 0 && latinPlausible(w.nameLatin, Math.floor(view.ident[i] / NG), view.ident[i] % NG) !== 'exact').length;
  check(badLatinReg === 0, `registered Latin names are listed romanizations of their Khmer names (${badLatinReg} not)`);
  check(stats.hiddenFrac >= 0.4 && stats.hiddenFrac <= 0.7 && nH / onsite.length >= 0.4 && nH / onsite.length <= 0.71, `hidden share ${pct(nH, onsite.length)} within 40-70 %`);
  check(stats.absentRate >= 0.02 && stats.absentRate <= 0.05, `absent rate ${pct(registered.length - nT, registered.length)} within 2-5 %`);
  const ratio = onsite.length / registered.length;
  check(ratio >= 1.7 && ratio <= 3.3, `on-site/register ${ratio.toFixed(2)} within 1.7-3.3`);

  // rule 1
  let r1 = 0;
  const r1ex: string[] = [];
  let typoRows = 0;
  for (const o of onsite) {
    const wid = truth.get(o.id);
    if (!wid) continue;
    const wi = view.byWorkerId.get(wid)!;
    const w = registered[wi];
    const id = view.ident[wi];
    const f = Math.floor(id / NG);
    const g = id % NG;
    const bad: string[] = [];
    if (KH_RE.test(o.name)) {
      const c = canonicalKh(o.name);
      if (c !== canonicalKh(FAMILY[f].kh + GIVEN[g].kh) && c !== canonicalKh(GIVEN[g].kh + FAMILY[f].kh)) bad.push('kh name');
    } else {
      const p = latinPlausible(o.name, f, g);
      if (!p) bad.push('latin name');
      if (p === 'typo') typoRows++;
    }
    if (o.sex && o.sex !== w.sex) bad.push('sex');
    if (o.dateOfBirth && o.dateOfBirth !== w.dateOfBirth && (!w.dateOfBirth || swapDM(w.dateOfBirth) !== o.dateOfBirth)) bad.push('dob');
    if (o.nationalId && w.nationalId && osa01(o.nationalId, w.nationalId) > 1) bad.push('nid');
    if (o.nssfNumber && (!w.nssfNumber || osa01(o.nssfNumber, w.nssfNumber) > 1)) bad.push('nssf');
    if (bad.length) {
      r1++;
      if (r1ex.length < 5) r1ex.push(`${o.name} vs ${w.nameKh}/${w.nameLatin}: ${bad.join(',')}`);
    }
  }
  check(r1 === 0, `rule 1: true rows carry only plausible variants (${r1} not; ${typoRows} with one typo)${r1ex.length ? ' e.g. ' + r1ex.join(' | ') : ''}`);

  // rule 2
  let r2 = 0;
  let namesakePairs = 0;
  let withNamesake = 0;
  // namesakes found afresh (query every spelling), not from the generator's bucket pass
  const nbOf = new Map<number, number[]>();
  const nbAudit = (id: number): number[] => {
    let n = nbOf.get(id);
    if (!n) {
      const set = new Set<number>([id]);
      for (const k of identityKeys(Math.floor(id / NG), id % NG)) for (const o of ctx.index.near(k).keys()) set.add(o);
      nbOf.set(id, (n = [...set]));
    }
    return n;
  };
  for (let i = 0; i < registered.length; i++) {
    const id = view.ident[i];
    if (id < 0) continue;
    let has = false;
    for (const n of nbAudit(id))
      for (const j of view.byIdent.get(n) ?? []) {
        if (j === i) continue;
        has = true;
        if (j < i) continue;
        namesakePairs++;
        const a = registered[i].dateOfBirth;
        const b = registered[j].dateOfBirth;
        if (!a || !b || dobClose(a, b)) r2++;
      }
    if (has) withNamesake++;
  }
  const nidI = new NearIndex();
  const nssfI = new NearIndex();
  let r2ids = 0;
  registered.forEach((w, i) => {
    if (w.nationalId) {
      if (nidI.near(w.nationalId).size) r2ids++;
      nidI.add(w.nationalId, i);
    }
    if (w.nssfNumber) {
      if (nssfI.near(w.nssfNumber).size) r2ids++;
      nssfI.add(w.nssfNumber, i);
    }
  });
  check(r2 === 0 && r2ids === 0, `rule 2: ${namesakePairs} registered namesake pairs (${pct(withNamesake, registered.length)} of workers have one), ${r2} with DOBs within a swap/one digit; ${r2ids} IDs within one edit of another`);

  // rule 3
  let r3 = 0;
  let r3c = 0;
  let r3ids = 0;
  for (const o of onsite) {
    if (truth.get(o.id) !== null) continue;
    const pf = passesFor(view, o);
    if (pf.cands) r3c++;
    if (pf.notRuledOut.length) r3++;
    if (o.nationalId && nidI.near(o.nationalId).size) r3ids++;
    if (o.nssfNumber && nssfI.near(o.nssfNumber).size) r3ids++;
  }
  check(r3 === 0 && r3ids === 0, `rule 3: ${r3c} of ${nH} hidden rows could pass by name for a registered worker; ${r3} not ruled out from all of them; ${r3ids} hidden IDs within one edit of a registered one`);

  // rule 4
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const ids = new Set(onsite.map((o) => o.id));
  let incr = true;
  for (let i = 1; i < onsite.length; i++) if (!(onsite[i].recordedAt > onsite[i - 1].recordedAt)) incr = false;
  let csvOk = true;
  let lastCsv = 0;
  for (const o of onsite) {
    if (o.source === 'csv') {
      if (o.sourceRow !== lastCsv + 1) csvOk = false;
      lastCsv = o.sourceRow ?? -1;
    } else if (o.sourceRow !== null) csvOk = false;
  }
  const tv = [...truth.values()].filter((v): v is string => v !== null);
  const truthOk =
    truth.size === onsite.length && onsite.every((o) => truth.has(o.id)) && new Set(tv).size === tv.length && tv.every((v) => view.byWorkerId.has(v));
  const half = Math.floor(onsite.length / 2);
  const hA = onsite.slice(0, half).filter((o) => truth.get(o.id) === null).length / half;
  const hB = onsite.slice(half).filter((o) => truth.get(o.id) === null).length / (onsite.length - half);
  const p = nH / onsite.length;
  const zHalf = Math.abs(hA - hB) / Math.sqrt(p * (1 - p) * (1 / half + 1 / (onsite.length - half)));
  // rank correlation: row position vs registered position, true rows
  const xs: number[] = [];
  const ys: number[] = [];
  onsite.forEach((o, i) => {
    const v = truth.get(o.id);
    if (v) {
      xs.push(i);
      ys.push(view.byWorkerId.get(v)!);
    }
  });
  const corr = (a: number[], b: number[]) => {
    const n = a.length;
    const ma = a.reduce((s, x) => s + x, 0) / n;
    const mb = b.reduce((s, x) => s + x, 0) / n;
    let sab = 0;
    let saa = 0;
    let sbb = 0;
    for (let i = 0; i < n; i++) {
      sab += (a[i] - ma) * (b[i] - mb);
      saa += (a[i] - ma) ** 2;
      sbb += (b[i] - mb) ** 2;
    }
    return sab / Math.sqrt(saa * sbb);
  };
  const rc = corr(xs, ys);
  // registered order vs name: adjacent same-identity pairs against chance
  const idCount = new Map<number, number>();
  for (const id of view.ident) idCount.set(id, (idCount.get(id) ?? 0) + 1);
  const nR = registered.length;
  let expSame = 0;
  for (const c of idCount.values()) expSame += (c * (c - 1)) / (nR * (nR - 1));
  let adjSame = 0;
  for (let i = 1; i < nR; i++) if (view.ident[i] === view.ident[i - 1]) adjSame++;
  const zAdj = Math.abs(adjSame - expSame * (nR - 1)) / Math.sqrt(Math.max(1, expSame * (nR - 1)));
  const hiddenNssf = onsite.filter((o) => truth.get(o.id) === null && o.nssfNumber).length;
  check(
    ids.size === onsite.length && onsite.every((o) => uuidRe.test(o.id)) && incr && csvOk && truthOk && zHalf < 4 && Math.abs(rc) < 4 / Math.sqrt(xs.length) && zAdj < 5,
    `rule 4: v4 UUIDs unique, recordedAt increasing, sourceRow in order, truth complete; hidden share 1st/2nd half ${pct(hA * 1e3, 1e3)}/${pct(hB * 1e3, 1e3)} (z ${zHalf.toFixed(2)}); row vs workerId correlation ${rc.toFixed(4)}; adjacent registered namesakes ${adjSame} vs ${(expSame * (nR - 1)).toFixed(1)} by chance (z ${zAdj.toFixed(2)}); hidden rows with an NSSF number ${hiddenNssf}`,
  );

  // rule 5
  let loose = 0;
  let strict = 0;
  for (const o of onsite) {
    const v = truth.get(o.id);
    if (!v) continue;
    const a = alternatives(view, o, view.byWorkerId.get(v)!);
    if (a.loose) loose++;
    if (a.strict) strict++;
  }
  check(strict / nT < 0.04, `rule 5: undecidable true rows ${strict} (${pct(strict, nT)}) < 4 % [another worker not ruled out: ${pct(loose, nT)}; generator gave the DOB to ${stats.undecidableFixed}, kept ${stats.undecidableKept}]`);

  // schemas
  let badReg = 0;
  let badOn = 0;
  let firstErr = '';
  for (const w of registered) {
    const res = RegisteredWorker.safeParse(w);
    if (!res.success) {
      badReg++;
      firstErr ||= JSON.stringify(res.error.issues[0]);
    }
  }
  for (const o of onsite) {
    const res = OnsiteWorker.safeParse(o);
    if (!res.success) {
      badOn++;
      firstErr ||= JSON.stringify(res.error.issues[0]);
    }
    if ('statedStartDate' in o || 'wageRiel' in o) badOn++;
  }
  check(badReg === 0 && badOn === 0, `schemas: ${badReg} registered, ${badOn} on-site records fail zod safeParse (all checked) ${firstErr}`);

  // determinism
  const dump = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const again = generateThirtyfirst(size, seed);
  const other = generateThirtyfirst(size, seed + 1);
  check(dump(again) === dump(roster), 'determinism: same seed gives an identical roster');
  check(dump(other) !== dump(roster), 'determinism: another seed gives a different roster');
  check(ms10k < 2000, `time: 10000 generated in ${ms10k.toFixed(0)} ms (< 2000)`);

  console.log(fails.length ? `FAIL (${fails.length}): ${fails.join('; ')}` : 'PASS');
  return fails.length === 0;
}

if (process.argv[1]?.endsWith('thirtyfirst.ts')) {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  if (!selfCheck(size, seed)) process.exit(1);
}
