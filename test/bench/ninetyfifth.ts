/**
 * `ninetyfifth`: a grader's roster — the product text's listed variations and nothing else, at
 * rates chosen to tell a good reconciliation engine from a mediocre one, with the emphasis on
 * variation on BOTH lists: the fund's register is typed by clerks too, so its own Latin and Khmer
 * names vary (transliteration system, order, case, the odd typo, zero-width spaces, keyboard code
 * point order, Latin missing), and the on-site sheet varies independently of it.
 *
 * Written blind: from the product text, the record schemas, prng.ts and the `Roster` interface only.
 *
 * ── Population ────────────────────────────────────────────────────────────────────────────────
 *   registered = size; absent registered 5 % (exactly round(0.05·size), picked at random);
 *   hidden = 6 % of on-site rows (→ ~9,500 present + ~606 hidden at 10,000 registered);
 *   55 % of hidden workers are drawn as namesakes of a registered worker (present or absent),
 *   the rest get a fresh random name (which often collides with a registered one anyway).
 *   Sex: 65 % women. Family names (55) Zipf-skewed with s = 1.3, given names (~80 a woman can
 *   bear, ~55 a man) with s = 1.1. At 10,000 registered about 80 % of workers share their full
 *   name with another registered worker (about 16 % at 1,000): "common names collide".
 *
 * ── Register's own variation (the theme) ─────────────────────────────────────────────────────
 *   Latin name missing                         15 %
 *   Latin romanization ≠ commonest, per part   45 % (drawn independently of the sheet's)
 *   Latin written given name first             12 %
 *   Latin case: UPPER 35 %, FAMILY-upper 10 %, lower 3 %, Title 52 %
 *   Latin typo (one edit, one word of 4+ ltrs)  3 %
 *   Khmer: zero-width space for the space      10 %;  other keyboard's code point order  8 % drawn,
 *     ≈ 4.4 % effective (only names with a shifter+vowel, subscript+vowel, two subscripts or
 *     vowel+sign cluster can be reordered)
 *
 * ── On-site sheet (independent of the register) ──────────────────────────────────────────────
 *   source: csv 55 % · manual 35 % · id-card 10 %; name in Khmer script: csv 25 %, manual 55 %,
 *     id-card 70 % (≈ 40 % overall), otherwise Latin — so Khmer on one side / Latin on the other
 *     is common, and Latin-vs-missing-register-Latin (≈ 9 % of rows) forces transliteration.
 *   Latin: romanization ≠ commonest 45 % per part, family/given swapped 15 %, UPPER 25 %,
 *     FAMILY-upper 5 %, lower 5 %, one typo 5 % (only where the register's Latin has none).
 *   Khmer: ZWSP for the space 12 %, other code point order 12 % drawn (≈ 6.3 % effective).
 *   national ID present csv 35 % / manual 25 % / id-card 100 %; one-digit slip (transposition or
 *     mistype) 5 % of those (id-card 1 %). NSSF number present csv 30 % / manual 10 % / id-card 0;
 *     slip 5 %. Hidden workers never show an NSSF number (they are not registered).
 *   DOB present csv 94 % / manual 90 % / id-card 100 % (≈ 7 % missing overall); day/month swapped on 10 % of the rows
 *     whose date allows it (day ≤ 12, day ≠ month). Sex present csv 90 % / manual 95 % / card 100 %.
 *   Hidden rows draw the same source/script/field mix; where the name passes for a registered
 *     worker and no national ID rules them out, the DOB is made present and far (rule 3), which
 *     happens on ≈ 5 % of hidden rows. At 10,000 registered ≈ 96 % of hidden rows pass for a
 *     registered name by name alone (≈ 60 % at 1,000).
 *   NFC/NFD: Khmer has no decomposable code points and these romanizations are plain ASCII, so
 *     the two forms are byte-identical here; it is not modelled separately.
 *
 * ── Fairness rules (audited by the self-check) ───────────────────────────────────────────────
 *   1. A true row carries only plausible variants of its registered worker: a listed romanization
 *      of each part, either order, any case, at most ONE typo (one edit in one name part of 4+
 *      letters) counted across the sheet AND the register's Latin together; Khmer equal after
 *      removing zero-width characters/spaces and restoring the standard code point order; IDs
 *      exact or one slip; DOB exact or day/month swapped; sex right or missing. Nothing else.
 *      Typos are Latin only (no Khmer misspellings are modelled).
 *   2. Registered namesakes (same family + given name, any spelling) never share a DOB and their
 *      DOBs are more than a swap or one digit apart; every registered national ID / NSSF number
 *      is at least 2 edits from every other.
 *   3. A hidden row either cannot pass for any registered worker by name (no listed spelling of
 *      any registered name within one edit, in either script/order), or is ruled out from EVERY
 *      one it could pass for by a field present on both sides: sex differs, DOB more than a
 *      swap/one digit apart, or national IDs 2+ edits apart (hidden national IDs are drawn ≥ 2
 *      edits from every registered one).
 *   4. No leak: rows shuffled; on-site ids are v4 UUIDs from the seeded PRNG drawn in row order;
 *      recordedAt increases in row order; registered workerIds assigned after shuffling.
 *   5. Undecidable true rows — another registered worker the row passes for, not ruled out, and
 *      at least as good on name and every field present on both sides — stay under 4 %.
 *
 * Run `npx tsx test/bench/ninetyfifth.ts 10000 1` for the shape, the audit, and PASS/FAIL.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import { OnsiteWorker as OnsiteWorkerSchema, RegisteredWorker as RegisteredWorkerSchema } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { NINETYFIFTH_FAMILY as FAMILY, NINETYFIFTH_GIVEN as GIVEN, type KhName } from './ninetyfifth-names';

export const NINETYFIFTH_LABEL =
  "grader's roster: listed variations only, on both lists (register Latin in another romanization/order/case/typo or missing, register Khmer with ZWSP/keyboard order), namesake hidden, 5% absent";

// ───────────────────────────────────────── rates ─────────────────────────────────────────────
type Src = 'csv' | 'manual' | 'id-card';
const RATE = {
  absent: 0.05,
  hiddenShare: 0.06,
  female: 0.65,
  hiddenNamesake: 0.55,
  familySkew: 1.3,
  givenSkew: 1.1,
  // register
  regLatinMissing: 0.15,
  regPrimaryRoman: 0.55,
  regGivenFirst: 0.12,
  regCase: { upper: 0.35, familyUpper: 0.1, lower: 0.03 },
  regTypo: 0.03,
  regKhZwsp: 0.1,
  regKhReorder: 0.08,
  // sheet
  source: { csv: 0.55, manual: 0.35 },
  khmerScript: { csv: 0.25, manual: 0.55, 'id-card': 0.7 } as Record<Src, number>,
  sheetPrimaryRoman: 0.55,
  sheetSwap: 0.15,
  sheetCase: { upper: 0.25, familyUpper: 0.05, lower: 0.05 },
  sheetTypo: 0.05,
  sheetKhZwsp: 0.12,
  sheetKhReorder: 0.12,
  nationalId: { csv: 0.35, manual: 0.25, 'id-card': 1 } as Record<Src, number>,
  nssf: { csv: 0.3, manual: 0.1, 'id-card': 0 } as Record<Src, number>,
  dob: { csv: 0.94, manual: 0.9, 'id-card': 1 } as Record<Src, number>,
  sex: { csv: 0.9, manual: 0.95, 'id-card': 1 } as Record<Src, number>,
  idSlip: 0.05,
  idSlipCard: 0.01,
  dobSwap: 0.1,
};

// ───────────────────────────────────────── Khmer ─────────────────────────────────────────────
const ZWSP = '\u200B';
const COENG = '\u17D2';
const RO = '\u179A';
const isKhBase = (c: string) => c >= '\u1780' && c <= '\u17B3';
const isKhMark = (c: string) => (c >= '\u17B4' && c <= '\u17D3') || c === '\u17DD';
const isShifter = (c: string) => c === '\u17C9' || c === '\u17CA';
const isVowel = (c: string) => c >= '\u17B4' && c <= '\u17C5';
const hasKhmer = (s: string) => /[\u1780-\u17FF]/.test(s);

/** Rank of a mark unit in the standard order: robat, subscripts (coeng-ro last), shifter, vowel, signs. */
function markRank(unit: string): number {
  const c = unit[0];
  if (c === COENG) return unit[1] === RO ? 2 : 1;
  if (c === '\u17CC') return 0;
  if (isShifter(c)) return 3;
  if (isVowel(c)) return 4;
  return 5;
}

/** Splits Khmer text into clusters: [base or other char, ...mark units]. */
function khClusters(s: string): string[][] {
  const out: string[][] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    const cluster = [c];
    i++;
    if (isKhBase(c)) {
      while (i < s.length && isKhMark(s[i])) {
        if (s[i] === COENG && i + 1 < s.length && isKhBase(s[i + 1])) {
          cluster.push(s[i] + s[i + 1]);
          i += 2;
        } else {
          cluster.push(s[i]);
          i++;
        }
      }
    }
    out.push(cluster);
  }
  return out;
}

/** Canonical comparison key: NFC, zero-width characters and spaces removed, marks in standard order. */
export function khKey(s: string): string {
  const t = s.normalize('NFC').replace(/[\s\u200B\u200C\u200D\uFEFF]+/g, '');
  let out = '';
  for (const cl of khClusters(t)) {
    const [base, ...marks] = cl;
    out += base;
    if (marks.length > 1) marks.sort((a, b) => markRank(a) - markRank(b)); // stable
    out += marks.join('');
  }
  return out;
}

type ReorderKind = 'shifter' | 'coeng' | 'ro' | 'sign';
const REORDER_KINDS: readonly ReorderKind[] = ['shifter', 'coeng', 'ro', 'sign'];

/** Rewrites every cluster the way another keyboard would order its code points. */
function khReorder(s: string, kind: ReorderKind): string {
  let out = '';
  for (const cl of khClusters(s)) {
    const [base, ...m] = cl;
    for (let i = 0; i + 1 < m.length; i++) {
      const a = m[i];
      const b = m[i + 1];
      const swap =
        (kind === 'shifter' && isShifter(a) && isVowel(b)) ||
        (kind === 'coeng' && a[0] === COENG && isVowel(b)) ||
        (kind === 'ro' && a[0] === COENG && a[1] !== RO && b[0] === COENG && b[1] === RO) ||
        (kind === 'sign' && isVowel(a) && markRank(b) === 5);
      if (swap) {
        m[i] = b;
        m[i + 1] = a;
        i++;
      }
    }
    out += base + m.join('');
  }
  return out;
}

function khVariant(r: Rng, canonical: string, pZwsp: number, pReorder: number, st: Stats, prefix: string): string {
  let s = canonical;
  if (r.chance(pReorder)) {
    const kinds = REORDER_KINDS.filter((k) => khReorder(s, k) !== s);
    if (kinds.length) {
      s = khReorder(s, r.pick(kinds));
      st.inc(`${prefix}.kh.reorder`);
    }
  }
  if (r.chance(pZwsp)) {
    s = s.replace(' ', ZWSP);
    st.inc(`${prefix}.kh.zwsp`);
  }
  return s;
}

// ───────────────────────────────────────── Latin ─────────────────────────────────────────────
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function romanize(r: Rng, e: KhName, pPrimary: number): string {
  if (e.latin.length === 1 || r.chance(pPrimary)) return e.latin[0];
  return r.pick(e.latin.slice(1));
}

function typo(r: Rng, t: string): string {
  for (;;) {
    const op = r.int(0, 3);
    const i = r.int(0, t.length - 1);
    const ch = LETTERS[r.int(0, 25)];
    let out = t;
    if (op === 0) out = t.slice(0, i) + ch + t.slice(i + 1);
    else if (op === 1) out = t.slice(0, i) + t.slice(i + 1);
    else if (op === 2) out = t.slice(0, i) + ch + t.slice(i);
    else if (i + 1 < t.length) out = t.slice(0, i) + t[i + 1] + t[i] + t.slice(i + 2);
    if (out !== t && out.length >= 3) return out;
  }
}

type CaseStyle = 'title' | 'upper' | 'lower' | 'familyUpper';
function pickCase(r: Rng, c: { upper: number; familyUpper: number; lower: number }): CaseStyle {
  const u = r.next();
  if (u < c.upper) return 'upper';
  if (u < c.upper + c.familyUpper) return 'familyUpper';
  if (u < c.upper + c.familyUpper + c.lower) return 'lower';
  return 'title';
}
const title = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

interface LatinOpts {
  givenFirst: boolean;
  caseStyle: CaseStyle;
  typo: boolean;
}
function renderLatin(r: Rng, famVar: string, givVar: string, o: LatinOpts): string {
  const fam = [famVar.toLowerCase()];
  const giv = givVar.toLowerCase().split(' ');
  if (o.typo) {
    const slots: Array<[string[], number]> = [];
    fam.forEach((t, i) => t.length >= 4 && slots.push([fam, i]));
    giv.forEach((t, i) => t.length >= 4 && slots.push([giv, i]));
    if (slots.length) {
      const [arr, i] = r.pick(slots);
      arr[i] = typo(r, arr[i]);
    } else o.typo = false; // no word of 4+ letters to slip on
  }
  const fmt = (t: string, isFam: boolean) =>
    o.caseStyle === 'upper' || (o.caseStyle === 'familyUpper' && isFam) ? t.toUpperCase() : o.caseStyle === 'lower' ? t : title(t);
  const f = fam.map((t) => fmt(t, true));
  const g = giv.map((t) => fmt(t, false));
  return (o.givenFirst ? [...g, ...f] : [...f, ...g]).join(' ');
}

/** True if a and b are within one edit (substitution, insertion, deletion, adjacent transposition). */
function withinOne(a: string, b: string): boolean {
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
  return la < lb ? a.slice(i) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}
const deletions = (s: string) => Array.from({ length: s.length }, (_, i) => s.slice(0, i) + s.slice(i + 1));

// ─────────────────────────────────────── name index ──────────────────────────────────────────
const pairKey = (f: number, g: number) => f * 1000 + g;
type Hits = Map<number, number>; // key → fewest typos

function addHit(m: Hits, k: number, t: number) {
  const old = m.get(k);
  if (old === undefined || t < old) m.set(k, t);
}

class PartIndex {
  private exact = new Map<string, number[]>();
  private del = new Map<string, Array<[string, number]>>();
  private cache = new Map<string, Hits>();
  constructor(list: readonly KhName[]) {
    list.forEach((e, idx) => {
      for (const v of new Set(e.latin.map((x) => x.toLowerCase().replace(/ /g, '')))) {
        push(this.exact, v, idx);
        if (v.length >= 4) for (const k of [v, ...deletions(v)]) push(this.del, k, [v, idx] as [string, number]);
      }
    });
  }
  /** Entries this written part can be: exact spelling (0 typos) or one edit from a 4+ letter spelling (1). */
  lookup(s: string): Hits {
    let hit = this.cache.get(s);
    if (hit) return hit;
    hit = new Map();
    for (const idx of this.exact.get(s) ?? []) addHit(hit, idx, 0);
    for (const k of [s, ...deletions(s)])
      for (const [v, idx] of this.del.get(k) ?? []) if (withinOne(s, v)) addHit(hit, idx, v === s ? 0 : 1);
    this.cache.set(s, hit);
    return hit;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

/** Which (family, given) pairs a written name could be: listed spellings, either order, ≤ 1 typo. */
class NameIndex {
  readonly fam = new PartIndex(FAMILY);
  readonly giv = new PartIndex(GIVEN);
  private khExact = new Map<string, number[]>();
  private khDel = new Map<string, string[]>();
  constructor() {
    FAMILY.forEach((f, fi) =>
      GIVEN.forEach((g, gi) => {
        const pk = pairKey(fi, gi);
        for (const k of [khKey(f.kh + g.kh), khKey(g.kh + f.kh)]) {
          if (!this.khExact.has(k)) for (const d of [k, ...deletions(k)]) push(this.khDel, d, k);
          push(this.khExact, k, pk);
        }
      }),
    );
  }
  parse(name: string): Hits {
    return hasKhmer(name) ? this.parseKhmer(name) : this.parseLatin(name);
  }
  parseKhmer(name: string): Hits {
    const q = khKey(name);
    const hit: Hits = new Map();
    for (const pk of this.khExact.get(q) ?? []) addHit(hit, pk, 0);
    const seen = new Set<string>();
    for (const d of [q, ...deletions(q)]) {
      for (const k of this.khDel.get(d) ?? []) {
        if (k === q || seen.has(k)) continue;
        seen.add(k);
        if (withinOne(q, k)) for (const pk of this.khExact.get(k) ?? []) addHit(hit, pk, 1);
      }
    }
    return hit;
  }
  parseLatin(name: string): Hits {
    const tok = name.toLowerCase().split(/\s+/).filter(Boolean);
    const hit: Hits = new Map();
    for (let k = 1; k < tok.length; k++) {
      const a = tok.slice(0, k).join('');
      const b = tok.slice(k).join('');
      for (const [famPart, givPart] of [
        [a, b],
        [b, a],
      ]) {
        const fs = this.fam.lookup(famPart);
        if (!fs.size) continue;
        const gs = this.giv.lookup(givPart);
        for (const [f, tf] of fs) for (const [g, tg] of gs) if (tf + tg <= 1) addHit(hit, pairKey(f, g), tf + tg);
      }
    }
    return hit;
  }
}
let nameIndex: NameIndex | null = null;
const names = () => (nameIndex ??= new NameIndex());

// ───────────────────────────────────── IDs and dates ─────────────────────────────────────────
/** 0 = far (2+ edits), 1 = one slip (one digit or adjacent transposition), 2 = equal. */
function idClass(a: string, b: string): 0 | 1 | 2 {
  if (a === b) return 2;
  if (a.length !== b.length) return 0;
  const diff: number[] = [];
  for (let i = 0; i < a.length && diff.length < 3; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 1) return 1;
  if (diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]]) return 1;
  return 0;
}

class IdIndex {
  private pat = new Map<string, string[]>();
  private all = new Set<string>();
  add(id: string) {
    this.all.add(id);
    for (let i = 0; i < id.length; i++) push(this.pat, id.slice(0, i) + '*' + id.slice(i + 1), id);
  }
  /** Registered ids within one slip of q, other than `except`. */
  near(q: string, except?: string): boolean {
    for (let i = 0; i < q.length; i++)
      for (const id of this.pat.get(q.slice(0, i) + '*' + q.slice(i + 1)) ?? []) if (id !== except) return true;
    for (let i = 0; i + 1 < q.length; i++) {
      const t = q.slice(0, i) + q[i + 1] + q[i] + q.slice(i + 2);
      if (t !== except && this.all.has(t)) return true;
    }
    return false;
  }
}

function drawId(r: Rng, len: number, first: string, idx: IdIndex): string {
  for (;;) {
    let s = r.pick(first.split(''));
    while (s.length < len) s += String(r.int(0, 9));
    if (!idx.near(s)) return s;
  }
}

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
  let d = id[i];
  while (d === id[i]) d = String(r.int(0, 9));
  return id.slice(0, i) + d + id.slice(i + 1);
}

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DOB_LO = Date.UTC(1970, 0, 1);
const DOB_HI = Date.UTC(2006, 11, 31);
const randDob = (r: Rng) => isoDay(DOB_LO + r.int(0, Math.round((DOB_HI - DOB_LO) / DAY)) * DAY);

function swapDM(d: string): string | null {
  const [y, m, dd] = d.split('-');
  return Number(dd) <= 12 && dd !== m ? `${y}-${dd}-${m}` : null;
}
/** 0 = far, 1 = day/month swap or one digit (or adjacent digits transposed), 2 = equal. */
function dobClass(a: string, b: string): 0 | 1 | 2 {
  if (a === b) return 2;
  if (swapDM(a) === b) return 1;
  return idClass(a.replace(/-/g, ''), b.replace(/-/g, '')) === 1 ? 1 : 0;
}

function uuid(r: Rng): string {
  const b = Array.from({ length: 16 }, () => Math.floor(r.next() * 256));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ───────────────────────────────────────── stats ─────────────────────────────────────────────
class Stats {
  readonly n = new Map<string, number>();
  inc(k: string, by = 1) {
    this.n.set(k, (this.n.get(k) ?? 0) + by);
  }
  get(k: string) {
    return this.n.get(k) ?? 0;
  }
}

// ───────────────────────────────────────── build ─────────────────────────────────────────────
interface RegDraft {
  f: number;
  g: number;
  sex: 'M' | 'F';
  dob: string;
  nationalId: string;
  nssf: string;
  nameKh: string;
  nameLatin: string | null;
  latinTypo: boolean;
  hireDate: string;
  wage: number | null;
  workerId: string;
}
interface RowDraft {
  reg: RegDraft | null;
  source: Src;
  name: string;
  nationalId: string | null;
  nssf: string | null;
  sex: 'M' | 'F' | null;
  dob: string | null;
}

export interface Built {
  roster: Roster;
  /** workerId → the (family, given) entries behind the name: for the audit only, never in the roster. */
  pairOf: Map<string, number>;
  stats: Stats;
}

const FAM_IDX = FAMILY.map((_, i) => i);
const GIV_BY_SEX = {
  F: GIVEN.map((g, i) => (g.sex === 'F' ? i : -1)).filter((i) => i >= 0).concat(GIVEN.map((g, i) => (g.sex === 'U' ? i : -1)).filter((i) => i >= 0)),
  M: GIVEN.map((g, i) => (g.sex === 'M' ? i : -1)).filter((i) => i >= 0).concat(GIVEN.map((g, i) => (g.sex === 'U' ? i : -1)).filter((i) => i >= 0)),
};

function pickSource(r: Rng): Src {
  const u = r.next();
  return u < RATE.source.csv ? 'csv' : u < RATE.source.csv + RATE.source.manual ? 'manual' : 'id-card';
}

/** Are all of `row`'s name-candidates ruled out by a field present on both sides? */
function ruledOut(row: { sex: 'M' | 'F' | null; dob: string | null; nationalId: string | null }, reg: { sex: string | null; dateOfBirth: string | null; nationalId: string | null }): boolean {
  if (row.sex && reg.sex && row.sex !== reg.sex) return true;
  if (row.dob && reg.dateOfBirth && dobClass(row.dob, reg.dateOfBirth) === 0) return true;
  if (row.nationalId && reg.nationalId && idClass(row.nationalId, reg.nationalId) === 0) return true;
  return false;
}

function sheetName(r: Rng, source: Src, f: number, g: number, allowTypo: boolean, st: Stats): string {
  const fam = FAMILY[f];
  const giv = GIVEN[g];
  if (r.chance(RATE.khmerScript[source])) {
    st.inc('sheet.khmer');
    return khVariant(r, `${fam.kh} ${giv.kh}`, RATE.sheetKhZwsp, RATE.sheetKhReorder, st, 'sheet');
  }
  st.inc('sheet.latin');
  const fv = romanize(r, fam, RATE.sheetPrimaryRoman);
  const gv = romanize(r, giv, RATE.sheetPrimaryRoman);
  if (fv !== fam.latin[0]) st.inc('sheet.lat.altFamily');
  if (gv !== giv.latin[0]) st.inc('sheet.lat.altGiven');
  const o: LatinOpts = { givenFirst: r.chance(RATE.sheetSwap), caseStyle: pickCase(r, RATE.sheetCase), typo: false };
  const wantTypo = r.chance(RATE.sheetTypo);
  if (wantTypo && allowTypo) o.typo = true;
  const out = renderLatin(r, fv, gv, o);
  if (o.givenFirst) st.inc('sheet.lat.givenFirst');
  st.inc(`sheet.lat.case.${o.caseStyle}`);
  if (o.typo) st.inc('sheet.lat.typo');
  return out;
}

function build(size: number, seed: number): Built {
  const r = rng(seed);
  const st = new Stats();
  const idxNid = new IdIndex();
  const idxNssf = new IdIndex();

  // registered workers
  const regs: RegDraft[] = [];
  const dobsByPair = new Map<number, string[]>();
  for (let i = 0; i < size; i++) {
    const sex: 'M' | 'F' = r.chance(RATE.female) ? 'F' : 'M';
    const f = r.pickSkewed(FAM_IDX, RATE.familySkew);
    const g = r.pickSkewed(GIV_BY_SEX[sex], RATE.givenSkew);
    const pk = pairKey(f, g);
    const same = dobsByPair.get(pk) ?? [];
    let dob = randDob(r);
    while (same.some((d) => dobClass(d, dob) > 0)) dob = randDob(r);
    push(dobsByPair, pk, dob);
    const nationalId = drawId(r, 9, '0000111122', idxNid);
    idxNid.add(nationalId);
    const nssf = drawId(r, 10, '1', idxNssf);
    idxNssf.add(nssf);
    const fam = FAMILY[f];
    const giv = GIVEN[g];
    const nameKh = khVariant(r, `${fam.kh} ${giv.kh}`, RATE.regKhZwsp, RATE.regKhReorder, st, 'reg');
    let nameLatin: string | null = null;
    let latinTypo = false;
    if (r.chance(RATE.regLatinMissing)) st.inc('reg.lat.missing');
    else {
      const fv = romanize(r, fam, RATE.regPrimaryRoman);
      const gv = romanize(r, giv, RATE.regPrimaryRoman);
      if (fv !== fam.latin[0]) st.inc('reg.lat.altFamily');
      if (gv !== giv.latin[0]) st.inc('reg.lat.altGiven');
      const o: LatinOpts = { givenFirst: r.chance(RATE.regGivenFirst), caseStyle: pickCase(r, RATE.regCase), typo: r.chance(RATE.regTypo) };
      nameLatin = renderLatin(r, fv, gv, o);
      latinTypo = o.typo;
      if (o.givenFirst) st.inc('reg.lat.givenFirst');
      st.inc(`reg.lat.case.${o.caseStyle}`);
      if (o.typo) st.inc('reg.lat.typo');
    }
    const dobMs = Date.parse(dob);
    const hireLo = Math.max(Date.UTC(2008, 0, 1), dobMs + Math.round(18 * 365.25) * DAY);
    const hireHi = Date.UTC(2025, 1, 28);
    const hireDate = isoDay(hireLo + r.int(0, Math.max(0, Math.floor((hireHi - hireLo) / DAY))) * DAY);
    const wage = r.chance(0.03) ? null : r.int(800, 2400) * 1000;
    regs.push({ f, g, sex, dob, nationalId, nssf, nameKh, nameLatin, latinTypo, hireDate, wage, workerId: '' });
  }
  r.shuffle(regs);
  regs.forEach((w, i) => (w.workerId = `W${String(i + 1).padStart(6, '0')}`));
  const registered: RegisteredWorker[] = regs.map((w) => ({
    workerId: w.workerId,
    nssfNumber: w.nssf,
    nationalId: w.nationalId,
    nameKh: w.nameKh,
    nameLatin: w.nameLatin,
    sex: w.sex,
    dateOfBirth: w.dob,
    hireDate: w.hireDate,
    wageRiel: w.wage,
  }));
  const regsByPair = new Map<number, RegisteredWorker[]>();
  regs.forEach((w, i) => push(regsByPair, pairKey(w.f, w.g), registered[i]));

  // absent
  const order = r.shuffle(regs.map((_, i) => i));
  const nAbsent = Math.round(RATE.absent * size);
  const absent = new Set(order.slice(0, nAbsent));
  st.inc('absent', nAbsent);

  const rows: RowDraft[] = [];
  // true rows
  for (let i = 0; i < regs.length; i++) {
    if (absent.has(i)) continue;
    const w = regs[i];
    const source = pickSource(r);
    st.inc(`src.${source}`);
    const name = sheetName(r, source, w.f, w.g, !w.latinTypo, st);
    if (!hasKhmer(name) && w.nameLatin === null) st.inc('sheet.crossScriptNoRegLatin');
    let nationalId: string | null = null;
    if (r.chance(RATE.nationalId[source])) {
      nationalId = w.nationalId;
      if (r.chance(source === 'id-card' ? RATE.idSlipCard : RATE.idSlip)) {
        for (let k = 0; k < 20; k++) {
          const s = slipId(r, w.nationalId);
          if (!idxNid.near(s, w.nationalId)) {
            nationalId = s;
            st.inc('sheet.nid.slip');
            break;
          }
        }
      }
      st.inc('sheet.nid.present');
    }
    let nssf: string | null = null;
    if (r.chance(RATE.nssf[source])) {
      nssf = w.nssf;
      if (r.chance(RATE.idSlip)) {
        for (let k = 0; k < 20; k++) {
          const s = slipId(r, w.nssf);
          if (!idxNssf.near(s, w.nssf)) {
            nssf = s;
            st.inc('sheet.nssf.slip');
            break;
          }
        }
      }
      st.inc('sheet.nssf.present');
    }
    let dob: string | null = null;
    if (r.chance(RATE.dob[source])) {
      dob = w.dob;
      const sw = swapDM(w.dob);
      if (sw) {
        st.inc('sheet.dob.swappable');
        if (r.chance(RATE.dobSwap)) {
          dob = sw;
          st.inc('sheet.dob.swap');
        }
      }
      st.inc('sheet.dob.present');
    }
    const sex = r.chance(RATE.sex[source]) ? w.sex : null;
    rows.push({ reg: w, source, name, nationalId, nssf, sex, dob });
  }

  // hidden rows
  const nHidden = Math.round((rows.length * RATE.hiddenShare) / (1 - RATE.hiddenShare));
  const hiddenIds = new IdIndex();
  const ix = names();
  for (let h = 0; h < nHidden; h++) {
    for (let attempt = 0; ; attempt++) {
      const namesake = r.chance(RATE.hiddenNamesake);
      let f: number, g: number, sexTrue: 'M' | 'F';
      if (namesake) {
        const base = r.pick(regs);
        f = base.f;
        g = base.g;
        const gs = GIVEN[g].sex;
        sexTrue = gs === 'M' || gs === 'F' ? gs : r.chance(RATE.female) ? 'F' : 'M';
      } else {
        sexTrue = r.chance(RATE.female) ? 'F' : 'M';
        f = r.pickSkewed(FAM_IDX, RATE.familySkew);
        g = r.pickSkewed(GIV_BY_SEX[sexTrue], RATE.givenSkew);
      }
      const source = pickSource(r);
      const sub = new Stats();
      const name = sheetName(r, source, f, g, true, sub);
      let nationalId: string | null = null;
      if (r.chance(RATE.nationalId[source])) {
        nationalId = drawId(r, 9, '0000111122', idxNid);
        while (hiddenIds.near(nationalId)) nationalId = drawId(r, 9, '0000111122', idxNid);
      }
      let dob: string | null = r.chance(RATE.dob[source]) ? randDob(r) : null;
      const sex = r.chance(RATE.sex[source]) ? sexTrue : null;
      const cands: RegisteredWorker[] = [];
      for (const pk of ix.parse(name).keys()) for (const w of regsByPair.get(pk) ?? []) cands.push(w);
      const row = { sex, dob, nationalId };
      let ok = cands.every((w) => ruledOut(row, w));
      let forcedDob = false;
      if (!ok) {
        if (dob === null) forcedDob = true;
        for (let k = 0; k < 200 && !ok; k++) {
          row.dob = dob = randDob(r);
          ok = cands.every((w) => ruledOut(row, w));
        }
      }
      if (!ok) continue;
      for (const [k, v] of sub.n) st.inc(`hidden.${k}`, v);
      st.inc(`src.${source}`);
      if (namesake) st.inc('hidden.drawnAsNamesake');
      if (cands.length) st.inc('hidden.passesForRegistered');
      if (forcedDob) st.inc('hidden.dobForced');
      if (nationalId) hiddenIds.add(nationalId);
      rows.push({ reg: null, source, name, nationalId, nssf: null, sex, dob });
      break;
    }
  }

  // shuffle, then give ids, times and sheet rows in row order
  r.shuffle(rows);
  const visitId = 'visit-ninetyfifth';
  let t = Date.UTC(2025, 2, 12, 1, 30, 0);
  let csvRow = 0;
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  for (const row of rows) {
    t += row.source === 'csv' ? r.int(20, 400) : r.int(3_000, 20_000);
    const id = uuid(r);
    onsite.push({
      id,
      visitId,
      name: row.name,
      nationalId: row.nationalId,
      nssfNumber: row.nssf,
      sex: row.sex,
      dateOfBirth: row.dob,
      source: row.source,
      sourceRow: row.source === 'csv' ? ++csvRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, row.reg ? row.reg.workerId : null);
  }
  const pairOf = new Map<string, number>();
  for (const w of regs) pairOf.set(w.workerId, pairKey(w.f, w.g));
  return { roster: { registered, onsite, truth }, pairOf, stats: st };
}

export function ninetyfifthRoster(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ───────────────────────────────────────── audit ─────────────────────────────────────────────
interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(2) + ' %' : 'n/a');

function audit(b: Built, size: number, seed: number): Check[] {
  const checks: Check[] = [];
  const { registered, onsite, truth } = b.roster;
  const ix = names();
  const regById = new Map(registered.map((w) => [w.workerId, w]));
  const regsByPair = new Map<number, RegisteredWorker[]>();
  for (const w of registered) push(regsByPair, b.pairOf.get(w.workerId)!, w);
  const canonKh = (pk: number) => khKey(FAMILY[Math.floor(pk / 1000)].kh + GIVEN[pk % 1000].kh);
  const candidates = (name: string) => {
    const out: Array<[RegisteredWorker, number]> = [];
    for (const [pk, t] of ix.parse(name)) for (const w of regsByPair.get(pk) ?? []) out.push([w, t]);
    return out;
  };

  // names file sanity: canonical Khmer is a fixed point, every keyboard order normalises back
  let khBad = 0;
  for (const e of [...FAMILY, ...GIVEN]) {
    if (khKey(e.kh) !== e.kh) khBad++;
    for (const k of REORDER_KINDS) if (khKey(khReorder(e.kh, k)) !== e.kh) khBad++;
  }
  checks.push({ name: 'names: Khmer canonical order / reorder round trip', ok: khBad === 0, detail: `${khBad} bad` });

  // rule 1
  let r1 = 0;
  const r1ex: string[] = [];
  let regNameBad = 0;
  for (const w of registered) {
    const pk = b.pairOf.get(w.workerId)!;
    if (khKey(w.nameKh) !== canonKh(pk)) regNameBad++;
    if (w.nameLatin !== null && ix.parseLatin(w.nameLatin).get(pk) === undefined) regNameBad++;
  }
  for (const o of onsite) {
    const wid = truth.get(o.id);
    if (!wid) continue;
    const w = regById.get(wid)!;
    const pk = b.pairOf.get(wid)!;
    const bad: string[] = [];
    if (hasKhmer(o.name)) {
      if (khKey(o.name) !== canonKh(pk)) bad.push('khmer name');
    } else {
      const t = ix.parseLatin(o.name).get(pk);
      const t2 = w.nameLatin === null ? 0 : (ix.parseLatin(w.nameLatin).get(pk) ?? 9);
      if (t === undefined || t + t2 > 1) bad.push('latin name');
    }
    if (o.nationalId !== null && idClass(o.nationalId, w.nationalId!) === 0) bad.push('nid');
    if (o.nssfNumber !== null && idClass(o.nssfNumber, w.nssfNumber!) === 0) bad.push('nssf');
    if (o.dateOfBirth !== null && o.dateOfBirth !== w.dateOfBirth && o.dateOfBirth !== swapDM(w.dateOfBirth!)) bad.push('dob');
    if (o.sex !== null && o.sex !== w.sex) bad.push('sex');
    if (bad.length) {
      r1++;
      if (r1ex.length < 3) r1ex.push(`${o.name} ~ ${w.nameLatin ?? w.nameKh}: ${bad.join(',')}`);
    }
  }
  checks.push({ name: 'rule 1: true rows carry only plausible variants', ok: r1 === 0 && regNameBad === 0, detail: `${r1} rows bad, ${regNameBad} register names bad ${r1ex.join(' | ')}` });

  // rule 2
  let r2 = 0;
  let groups = 0;
  let inGroups = 0;
  for (const ws of regsByPair.values()) {
    if (ws.length > 1) {
      groups++;
      inGroups += ws.length;
    }
    for (let i = 0; i < ws.length; i++)
      for (let j = i + 1; j < ws.length; j++)
        if (dobClass(ws[i].dateOfBirth!, ws[j].dateOfBirth!) > 0 || idClass(ws[i].nationalId!, ws[j].nationalId!) > 0) r2++;
  }
  const nidIx = new IdIndex();
  const nssfIx = new IdIndex();
  let idClash = 0;
  for (const w of registered) {
    if (nidIx.near(w.nationalId!) || nssfIx.near(w.nssfNumber!)) idClash++;
    nidIx.add(w.nationalId!);
    nssfIx.add(w.nssfNumber!);
  }
  checks.push({
    name: 'rule 2: registered namesakes told apart by DOB; IDs 2+ edits apart',
    ok: r2 === 0 && idClash === 0,
    detail: `${groups} namesake groups holding ${inGroups} workers (${pct(inGroups, registered.length)}); ${r2} close pairs, ${idClash} ID clashes`,
  });

  // rule 3
  let r3 = 0;
  let hidden = 0;
  let hiddenPassing = 0;
  const by = { sex: 0, dob: 0, nid: 0 };
  for (const o of onsite) {
    if (truth.get(o.id) !== null) continue;
    hidden++;
    const c = candidates(o.name);
    if (c.length) hiddenPassing++;
    const row = { sex: o.sex, dob: o.dateOfBirth, nationalId: o.nationalId };
    for (const [w] of c) {
      if (!ruledOut(row, w)) {
        r3++;
        break;
      }
      if (row.nationalId && idClass(row.nationalId, w.nationalId!) === 0) by.nid++;
      else if (row.dob && dobClass(row.dob, w.dateOfBirth!) === 0) by.dob++;
      else by.sex++;
    }
  }
  checks.push({
    name: 'rule 3: hidden rows unpassable or ruled out from every candidate',
    ok: r3 === 0,
    detail: `${r3} bad of ${hidden}; ${hiddenPassing} (${pct(hiddenPassing, hidden)}) pass for a registered name; candidate exclusions by nid ${by.nid}, dob ${by.dob}, sex ${by.sex}`,
  });

  // rule 4
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const ids = new Set(onsite.map((o) => o.id));
  let timeBad = 0;
  for (let i = 1; i < onsite.length; i++) if (!(onsite[i].recordedAt > onsite[i - 1].recordedAt)) timeBad++;
  const uuidBad = onsite.filter((o) => !uuidRe.test(o.id)).length + (onsite.length - ids.size);
  const widBad = registered.filter((w, i) => w.workerId !== `W${String(i + 1).padStart(6, '0')}`).length;
  // row position vs registered position of its truth: no correlation
  const regPos = new Map(registered.map((w, i) => [w.workerId, i]));
  const xs: number[] = [];
  const ys: number[] = [];
  onsite.forEach((o, i) => {
    const wid = truth.get(o.id);
    if (wid) {
      xs.push(i);
      ys.push(regPos.get(wid)!);
    }
  });
  const corr = pearson(xs, ys);
  const half = Math.floor(onsite.length / 2);
  const h1 = onsite.slice(0, half).filter((o) => truth.get(o.id) === null).length / half;
  const h2 = onsite.slice(half).filter((o) => truth.get(o.id) === null).length / (onsite.length - half);
  const hp = (h1 + h2) / 2;
  const hsd = Math.sqrt((hp * (1 - hp) * 4) / onsite.length);
  const present = new Set([...truth.values()].filter((x): x is string => !!x));
  const rh = Math.floor(registered.length / 2);
  const a1 = registered.slice(0, rh).filter((w) => !present.has(w.workerId)).length / rh;
  const a2 = registered.slice(rh).filter((w) => !present.has(w.workerId)).length / (registered.length - rh);
  const ap = (a1 + a2) / 2;
  const asd = Math.sqrt((ap * (1 - ap) * 4) / registered.length);
  const ok4 =
    timeBad === 0 && uuidBad === 0 && widBad === 0 && Math.abs(corr) < 4 / Math.sqrt(xs.length) && Math.abs(h1 - h2) < 4 * hsd + 1e-9 && Math.abs(a1 - a2) < 4 * asd + 1e-9 && truth.size === onsite.length;
  checks.push({
    name: 'rule 4: no leak (uuid v4, times increasing, ids after shuffle, no order signal)',
    ok: ok4,
    detail: `uuid bad ${uuidBad}, time bad ${timeBad}, workerId order bad ${widBad}, corr(row, reg) ${corr.toFixed(3)}, hidden 1st/2nd half ${pct(h1, 1)}/${pct(h2, 1)}, absent 1st/2nd half ${pct(a1, 1)}/${pct(a2, 1)}`,
  });

  // rule 5
  let undecidable = 0;
  let confusable = 0;
  let trueRows = 0;
  const evidence = (o: OnsiteWorker, w: RegisteredWorker, t: number) => [
    -t,
    o.sex === null ? 0 : o.sex === w.sex ? 1 : -1,
    o.dateOfBirth === null ? 0 : dobClass(o.dateOfBirth, w.dateOfBirth!),
    o.nationalId === null ? 0 : idClass(o.nationalId, w.nationalId!),
    o.nssfNumber === null ? 0 : idClass(o.nssfNumber, w.nssfNumber!),
  ];
  for (const o of onsite) {
    const wid = truth.get(o.id);
    if (!wid) continue;
    trueRows++;
    const c = candidates(o.name);
    const self = c.find(([w]) => w.workerId === wid);
    const eSelf = evidence(o, regById.get(wid)!, self ? self[1] : 1);
    const row = { sex: o.sex, dob: o.dateOfBirth, nationalId: o.nationalId };
    let conf = false;
    let und = false;
    for (const [w, t] of c) {
      if (w.workerId === wid || ruledOut(row, w)) continue;
      conf = true;
      const e = evidence(o, w, t);
      if (e.every((x, i) => x >= eSelf[i])) und = true;
    }
    if (conf) confusable++;
    if (und) undecidable++;
  }
  checks.push({
    name: 'rule 5: undecidable true rows < 4 %',
    ok: undecidable / trueRows < 0.04,
    detail: `undecidable ${undecidable} (${pct(undecidable, trueRows)}); confusable with a not-ruled-out other ${confusable} (${pct(confusable, trueRows)})`,
  });

  // schemas
  let schemaBad = 0;
  const firstErr: string[] = [];
  for (const w of registered) {
    const p = RegisteredWorkerSchema.safeParse(w);
    if (!p.success) {
      schemaBad++;
      if (firstErr.length < 2) firstErr.push(p.error.message.slice(0, 200));
    }
  }
  for (const o of onsite) {
    const p = OnsiteWorkerSchema.safeParse(o);
    if (!p.success) {
      schemaBad++;
      if (firstErr.length < 2) firstErr.push(p.error.message.slice(0, 200));
    }
  }
  checks.push({ name: 'schemas: every registered and on-site record parses', ok: schemaBad === 0, detail: `${schemaBad} bad ${firstErr.join(' | ')}` });

  // determinism
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const s1 = ser(b.roster);
  const same = ser(ninetyfifthRoster(size, seed)) === s1;
  const other = ser(ninetyfifthRoster(size, seed + 1)) !== s1;
  checks.push({ name: 'determinism: same seed identical, other seed differs', ok: same && other, detail: `same ${same}, differs ${other}` });

  // timing
  const t0 = performance.now();
  ninetyfifthRoster(10_000, seed);
  const ms = performance.now() - t0;
  checks.push({ name: 'time: 10,000 registered under 2 s', ok: ms < 2000, detail: `${ms.toFixed(0)} ms` });
  return checks;
}

function pearson(xs: number[], ys: number[]): number {
  const n = xs.length;
  if (n < 2) return 0;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy || 1);
}

function shape(b: Built): string[] {
  const { registered, onsite, truth } = b.roster;
  const s = b.stats;
  const hidden = [...truth.values()].filter((x) => x === null).length;
  const trueRows = onsite.length - hidden;
  const regLatin = registered.length - s.get('reg.lat.missing');
  const sheetLat = s.get('sheet.latin');
  const sheetKh = s.get('sheet.khmer');
  const kh = onsite.filter((o) => hasKhmer(o.name)).length;
  const zw = onsite.filter((o) => o.name.includes(ZWSP)).length;
  const reord = onsite.filter((o) => hasKhmer(o.name) && khKey(o.name) !== o.name.replace(/[\s\u200B]/g, '')).length;
  const regById = new Map(registered.map((w) => [w.workerId, w]));
  let bothLatin = 0;
  let spelledApart = 0;
  for (const o of onsite) {
    const w = regById.get(truth.get(o.id) ?? '');
    if (!w || w.nameLatin === null || hasKhmer(o.name)) continue;
    bothLatin++;
    if (w.nameLatin.toLowerCase() !== o.name.toLowerCase()) spelledApart++;
  }
  const L = [
    `registered ${registered.length}, on site ${onsite.length} (true ${trueRows}, hidden ${hidden} = ${pct(hidden, onsite.length)} of rows), absent ${s.get('absent')} = ${pct(s.get('absent'), registered.length)}`,
    `sources: csv ${s.get('src.csv')}, manual ${s.get('src.manual')}, id-card ${s.get('src.id-card')}`,
    `REGISTER  Latin missing ${pct(s.get('reg.lat.missing'), registered.length)}; of Latin names: alt family romanization ${pct(s.get('reg.lat.altFamily'), regLatin)}, alt given ${pct(s.get('reg.lat.altGiven'), regLatin)}, given first ${pct(s.get('reg.lat.givenFirst'), regLatin)}, typo ${pct(s.get('reg.lat.typo'), regLatin)}`,
    `          case: UPPER ${pct(s.get('reg.lat.case.upper'), regLatin)}, FAMILY-upper ${pct(s.get('reg.lat.case.familyUpper'), regLatin)}, lower ${pct(s.get('reg.lat.case.lower'), regLatin)}, Title ${pct(s.get('reg.lat.case.title'), regLatin)}`,
    `          Khmer: ZWSP ${pct(s.get('reg.kh.zwsp'), registered.length)}, keyboard code point order ${pct(s.get('reg.kh.reorder'), registered.length)}`,
    `SHEET (true rows) Khmer script ${pct(sheetKh, trueRows)}, Latin ${pct(sheetLat, trueRows)}; Latin vs register Latin missing (transliterate) ${pct(s.get('sheet.crossScriptNoRegLatin'), trueRows)}`,
    `          Latin: alt family ${pct(s.get('sheet.lat.altFamily'), sheetLat)}, alt given ${pct(s.get('sheet.lat.altGiven'), sheetLat)}, swapped ${pct(s.get('sheet.lat.givenFirst'), sheetLat)}, typo ${pct(s.get('sheet.lat.typo'), sheetLat)}, UPPER ${pct(s.get('sheet.lat.case.upper'), sheetLat)}, FAMILY-upper ${pct(s.get('sheet.lat.case.familyUpper'), sheetLat)}, lower ${pct(s.get('sheet.lat.case.lower'), sheetLat)}`,
    `          Latin on both sides: written differently (ignoring case) ${pct(spelledApart, bothLatin)} of ${bothLatin}`,
    `          Khmer: ZWSP ${pct(s.get('sheet.kh.zwsp'), sheetKh)}, keyboard order ${pct(s.get('sheet.kh.reorder'), sheetKh)}`,
    `          national ID present ${pct(s.get('sheet.nid.present'), trueRows)} (slip ${pct(s.get('sheet.nid.slip'), s.get('sheet.nid.present'))}), NSSF present ${pct(s.get('sheet.nssf.present'), trueRows)} (slip ${pct(s.get('sheet.nssf.slip'), s.get('sheet.nssf.present'))})`,
    `          DOB present ${pct(s.get('sheet.dob.present'), trueRows)}, day/month swapped ${pct(s.get('sheet.dob.swap'), s.get('sheet.dob.present'))} of present (${pct(s.get('sheet.dob.swap'), s.get('sheet.dob.swappable'))} of swappable)`,
    `HIDDEN    drawn as namesakes ${pct(s.get('hidden.drawnAsNamesake'), hidden)}, pass for a registered name ${pct(s.get('hidden.passesForRegistered'), hidden)}, DOB forced present to rule out ${pct(s.get('hidden.dobForced'), hidden)}, Khmer script ${pct(s.get('hidden.sheet.khmer'), hidden)}`,
    `ALL ROWS  Khmer ${pct(kh, onsite.length)}, with ZWSP ${pct(zw, kh)}, non-standard code point order ${pct(reord, kh)}; DOB missing ${pct(onsite.filter((o) => !o.dateOfBirth).length, onsite.length)}, sex missing ${pct(onsite.filter((o) => !o.sex).length, onsite.length)}`,
  ];
  return L;
}

if (process.argv[1]?.endsWith('ninetyfifth.ts')) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  const t0 = performance.now();
  const b = build(size, seed);
  const ms = performance.now() - t0;
  console.log(`ninetyfifth roster — size ${size}, seed ${seed}, built in ${ms.toFixed(0)} ms`);
  console.log(`label: ${NINETYFIFTH_LABEL}`);
  for (const l of shape(b)) console.log('  ' + l);
  const checks = audit(b, size, seed);
  for (const c of checks) console.log(`  [${c.ok ? 'ok' : 'FAIL'}] ${c.name}: ${c.detail}`);
  const pass = checks.every((c) => c.ok);
  console.log(pass ? 'PASS' : 'FAIL');
  if (!pass) process.exit(1);
}
