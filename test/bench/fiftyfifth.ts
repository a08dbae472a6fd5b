/**
 * `fiftyfifth`: the employer's sheet is the production lines' own lists pasted one after another.
 *
 * MODEL
 * - Register (the fund): `size` workers; Khmer name always, Latin name (clerk's romanization,
 *   upper case) for ~92 %; national ID ~96 %, NSSF number ~98 %; DOB always (4 % are 1 January);
 *   ~70 % women (garment lines). Worker ids are assigned after the list is shuffled.
 * - ~5 % of registered workers are absent. The present ones are split AT RANDOM between 15-25
 *   line supervisors' blocks (100-800 rows each at 10,000 registered, scaled for other sizes);
 *   blocks follow one another in any order, rows inside a block are in the supervisor's own order
 *   (alphabetical, as met, or by staff number). Each block after the first starts two sheet rows
 *   later (a blank row and the line's header row), so `sourceRow` jumps by 3 between blocks.
 * - Hidden workers: ~7 % of rows, spread over every block but with a per-block rate between about
 *   0.3x and 2.2x the average. ~Half are namesakes of a registered worker.
 * - Every supervisor has conventions of his own, drawn per block. Ordinary blocks differ in
 *   script (Khmer ~45 % / Latin), case (upper / title), preferred romanizations (the register's
 *   own, or a spelling of his own that he uses for the whole block), whether he writes zero-width
 *   spaces between Khmer words, whether he kept an NSSF-number column, row order. On top of that
 *   three to six blocks each carry ONE unusual convention:
 *     givenFirst   Latin names written given name first ("SREYMOM SOK")
 *     lowerCase    Latin names in lower case
 *     yearOnly     DOB column holds the year of birth only, written as YYYY-01-01
 *     ageDerived   the supervisor listed ages; the clerk wrote (year of the list - age) with the
 *                  list's own day and month, so every DOB in the block ends in the same MM-DD and
 *                  the year is the true year or one off (one year either side at most)
 *     noDob        no date of birth at all (national ID column still there)
 *     swappedDates the whole block has day and month swapped wherever the day allows (day <= 12)
 *     idEmpty      national ID column empty
 *     idStaff      national ID column holds the line's staff numbers (L3-045), not national IDs
 *     lineCode     every name carries the line's code ("SOK DARA L3")
 *     fastTyped    typed fast: one row in ten has a typo (otherwise 2.5 %)
 *     sexEmpty     sex column left empty
 * - Ordinary per-row noise: family/given order swapped against the block's habit (4 % Latin,
 *   1 % Khmer), a row in the other script (3 %), Khmer: zero-width space instead of space,
 *   ស្រី-names split in two, marks typed in another order (15 %); DOB missing 5 %, day/month swapped
 *   alone 2 %; national ID missing 10 %, one slip (substitution or transposition) 3 %; sex
 *   missing 2 %; NSSF (where kept) 85 % filled, 1 % slipped.
 *
 * FAIRNESS (audited by the self-check below)
 * 1. A true row carries only plausible variants of its registered worker: the Khmer name (any
 *    encoding variant) or a listed romanization of each word, either order, any case, at most one
 *    typo in one word of 4+ letters (Latin) or one vowel/sign slip in a Khmer word of 4+ code
 *    points, plus the block's line code; IDs exact, one slip, missing, or (idStaff block) staff
 *    numbers; DOB exact, day/month swapped, missing, or per the block's convention (swapped block,
 *    year only, year-from-age within one year with the block's fixed MM-DD); sex right or missing.
 * 2. Registered namesakes (same full name in any listed spelling, either order) never share a DOB,
 *    are more than a day/month swap or one digit apart, and are born 3+ years apart (so a
 *    year-only or age-derived block can still tell them apart).
 * 3. A hidden row either is not within one edit of any spelling of any registered name, or every
 *    registered worker it could pass for is ruled out by a field present on both sides under the
 *    block's convention: sex differs; DOB more than a swap/one digit apart (full dates), birth year
 *    2+ apart (year-only), 3+ apart (age-derived); national IDs or NSSF numbers 2+ edits apart.
 * 4. Nothing leaks the truth: present workers are split between lines at random, rows within a
 *    block are ordered by the supervisor's convention, on-site ids are random v4 UUIDs from the
 *    seeded PRNG, recordedAt increases with the row, registered ids are assigned after shuffling.
 * 5. Undecidable true rows (another registered worker the row could equally be, nothing telling
 *    them apart under the block's convention) stay under 4 %.
 *
 * Run directly for the self-check: `npx tsx test/bench/fiftyfifth.ts 10000 1`.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import { OnsiteWorker as OnsiteWorkerSchema, RegisteredWorker as RegisteredWorkerSchema } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY_55, GIVEN_55 } from './fiftyfifth-names';

export const FIFTYFIFTH_LABEL =
  'line supervisors\' lists pasted into one sheet: 15-25 blocks, each with its own conventions (script, order, case, DOB given / year only / from ages / swapped / none, ID column / staff numbers, line codes, fast typing, empty sex)';

// ---------------------------------------------------------------------------------------------
// small helpers

const ZWSP = '\u200b';
const KH_RE = /[\u1780-\u17ff]/;
const VISIT_ID = 'visit-fiftyfifth';
const VISIT_DAY = Date.UTC(2024, 5, 15);

interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const fmt = (x: Ymd) => `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;
const dim = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const yearOf = (s: string) => Number(s.slice(0, 4));

function swapDM(s: string): string | null {
  const y = s.slice(0, 4);
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (d > 12 || d === m) return null;
  return `${y}-${pad(d)}-${pad(m)}`;
}

/** Two strings within one edit (substitution, insertion, deletion, adjacent transposition). */
function within1(a: string, b: string): boolean {
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

/** DOBs a human would take for the same one: equal, day/month swapped, one digit or one transposition. */
function dobClose(a: string, b: string): boolean {
  return a === b || swapDM(a) === b || within1(a.replace(/-/g, ''), b.replace(/-/g, ''));
}

function uuid(r: Rng): string {
  let h = '';
  for (let i = 0; i < 4; i++) h += Math.floor(r.next() * 4294967296).toString(16).padStart(8, '0');
  const v = '89ab'[Math.floor(r.next() * 4)];
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${v}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

// ---------------------------------------------------------------------------------------------
// Khmer canonical order and name normalization (what a careful reader does in his head)

const isCoeng = (c: number) => c === 0x17d2;
const isShifter = (c: number) => c === 0x17c9 || c === 0x17ca;
const isVowel = (c: number) => c >= 0x17b6 && c <= 0x17c5;
const isMark = (c: number) => (c >= 0x17b6 && c <= 0x17d3) || c === 0x17dd;

/** Reorders the marks of each Khmer cluster: coeng+subscript, register shifter, vowel, other signs. */
export function khCanon(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    out += s[i];
    i++;
    const groups: [number, string][] = [];
    while (i < s.length && isMark(s.charCodeAt(i))) {
      const c = s.charCodeAt(i);
      if (isCoeng(c) && i + 1 < s.length) {
        groups.push([0, s.slice(i, i + 2)]);
        i += 2;
      } else {
        groups.push([isShifter(c) ? 1 : isVowel(c) ? 2 : 3, s[i]]);
        i++;
      }
    }
    if (groups.length) {
      const sorted = groups.map((g, k) => [g[0], k, g[1]] as const).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
      for (const g of sorted) out += g[2];
    }
  }
  return out;
}

/** One comparable string for a shown name: lower case, line code dropped, no separators, Khmer canonical. */
function normName(s: string): string {
  const toks = s
    .normalize('NFC')
    .toLowerCase()
    .split(/[\s\u200b\u200c\u200d\u00a0\ufeff]+/)
    .filter((t) => t.length > 0 && !/^l\d{1,2}$/.test(t));
  return khCanon(toks.join(''));
}

const normWord = (s: string) => s.toLowerCase().replace(/\s+/g, '');

const keyCache = new Map<number, string[]>();
/** Every way the full name (family f, given g) can be written, normalized: any romanization, either order, Khmer. */
function keyStrings(f: number, g: number): string[] {
  const k = f * 1000 + g;
  let v = keyCache.get(k);
  if (v) return v;
  const F = FAMILY_55[f];
  const G = GIVEN_55[g];
  const set = new Set<string>();
  for (const fv of F.lat) {
    for (const gv of G.lat) {
      const a = normWord(fv);
      const b = normWord(gv);
      set.add(a + b);
      set.add(b + a);
    }
  }
  const fk = khCanon(F.kh);
  const gk = khCanon(G.kh);
  set.add(fk + gk);
  set.add(gk + fk);
  v = [...set];
  keyCache.set(k, v);
  return v;
}

const LAT_ALPHA = 'abcdefghijklmnopqrstuvwxyz'.split('');
const KH_ALPHA = (() => {
  const set = new Set<string>();
  for (const w of [...FAMILY_55, ...GIVEN_55]) for (const c of khCanon(w.kh)) set.add(c);
  return [...set];
})();

/** Calls visit for q and every string one edit away from q (over the alphabet of its script). */
function forNeighbors(q: string, visit: (s: string) => void): void {
  const alpha = KH_RE.test(q) ? KH_ALPHA : LAT_ALPHA;
  const n = q.length;
  visit(q);
  for (let i = 0; i < n; i++) visit(q.slice(0, i) + q.slice(i + 1));
  for (let i = 0; i < n - 1; i++) if (q[i] !== q[i + 1]) visit(q.slice(0, i) + q[i + 1] + q[i] + q.slice(i + 2));
  for (let i = 0; i < n; i++) {
    const pre = q.slice(0, i);
    const post = q.slice(i + 1);
    for (const c of alpha) if (c !== q[i]) visit(pre + c + post);
  }
  for (let i = 0; i <= n; i++) {
    const pre = q.slice(0, i);
    const post = q.slice(i);
    for (const c of alpha) visit(pre + c + post);
  }
}

// ---------------------------------------------------------------------------------------------
// people, blocks, rows

interface Person {
  f: number;
  g: number;
  sex: 'F' | 'M';
  dob: string;
  nationalId: string | null;
  nssf: string | null;
}

interface Reg extends Person {
  idx: number;
  rec: RegisteredWorker;
}

class NameIndex {
  private map = new Map<string, Reg[]>();
  private cache = new Map<string, Reg[]>();
  add(r: Reg): void {
    for (const s of keyStrings(r.f, r.g)) {
      const a = this.map.get(s);
      if (a) a.push(r);
      else this.map.set(s, [r]);
    }
  }
  /** Registered workers whose name, in any listed spelling, is exactly this full name. */
  namesakes(f: number, g: number): Reg[] {
    const set = new Set<Reg>();
    for (const s of keyStrings(f, g)) for (const r of this.map.get(s) ?? []) set.add(r);
    return [...set];
  }
  /** Registered workers a shown name could pass for: within one edit of any of their spellings. */
  near(shown: string): Reg[] {
    const q = normName(shown);
    const c = this.cache.get(q);
    if (c) return c;
    const set = new Set<Reg>();
    forNeighbors(q, (s) => {
      const hit = this.map.get(s);
      if (hit) for (const r of hit) set.add(r);
    });
    const out = [...set];
    this.cache.set(q, out);
    return out;
  }
}

type DobMode = 'full' | 'year' | 'age' | 'none';
type IdMode = 'filled' | 'empty' | 'staff';
type Unusual =
  | 'givenFirst'
  | 'lowerCase'
  | 'yearOnly'
  | 'ageDerived'
  | 'noDob'
  | 'swappedDates'
  | 'idEmpty'
  | 'idStaff'
  | 'lineCode'
  | 'fastTyped'
  | 'sexEmpty';
const UNUSUAL: readonly Unusual[] = [
  'givenFirst',
  'lowerCase',
  'yearOnly',
  'ageDerived',
  'noDob',
  'swappedDates',
  'idEmpty',
  'idStaff',
  'lineCode',
  'fastTyped',
  'sexEmpty',
];

interface Block {
  line: number;
  code: string;
  size: number;
  hidden: number;
  script: 'kh' | 'lat';
  order: 'fam' | 'given';
  caseMode: 'upper' | 'title' | 'lower';
  dob: DobMode;
  dobSwapped: boolean;
  /** ageDerived: the list's own month and day, written on every DOB of the block. */
  ageMD: string;
  ageM: number;
  ageD: number;
  id: IdMode;
  nssfColumn: boolean;
  lineCode: boolean;
  typoRate: number;
  sexEmpty: boolean;
  zwsp: boolean;
  spelling: 'register' | 'own';
  ownSeed: number;
  rowOrder: 'alpha' | 'random' | 'staff';
  unusual: Unusual | null;
}

interface RowMeta {
  block: number;
  reg: Reg | null;
  hiddenNamesake: boolean;
  hiddenReasons: string[];
  typo: boolean;
  offSpelling: boolean;
  orderSwap: boolean;
  scriptFlip: boolean;
  khmer: boolean;
  zw: boolean;
  cpOrder: boolean;
  dobNull: boolean;
  dobSwapOne: boolean;
  idSlip: boolean;
  idNull: boolean;
  sexNull: boolean;
  staff: string | null;
}

interface Draft {
  name: string;
  nationalId: string | null;
  nssfNumber: string | null;
  sex: 'F' | 'M' | null;
  dateOfBirth: string | null;
  meta: RowMeta;
}

export interface Built {
  roster: Roster;
  blocks: Block[];
  regs: Reg[];
  index: NameIndex;
  /** per on-site row, in row order */
  metas: RowMeta[];
}

// ---------------------------------------------------------------------------------------------
// generation

const QWERTY: Record<string, string> = {
  a: 'qsz', b: 'vn', c: 'xv', d: 'sf', e: 'wr', f: 'dg', g: 'fh', h: 'gj', i: 'uo', j: 'hk', k: 'jl', l: 'k',
  m: 'n', n: 'bm', o: 'ip', p: 'o', q: 'wa', r: 'et', s: 'ad', t: 'ry', u: 'yi', v: 'cb', w: 'qe', x: 'zc',
  y: 'tu', z: 'x',
};
const KH_SWAP: Record<string, string> = {
  '\u17b7': '\u17b8', '\u17b8': '\u17b7', '\u17bb': '\u17bc', '\u17bc': '\u17bb', '\u17b9': '\u17ba',
  '\u17ba': '\u17b9', '\u17c1': '\u17c2', '\u17c2': '\u17c1', '\u17b6': '\u17c1',
};

function latTypo(tok: string, r: Rng): string {
  const n = tok.length;
  for (let tries = 0; tries < 10; tries++) {
    const op = r.int(0, 3);
    const i = r.int(0, n - 1);
    let out = tok;
    if (op === 0) {
      const nb = QWERTY[tok[i]] ?? 'aeiou';
      const c = nb[r.int(0, nb.length - 1)];
      out = tok.slice(0, i) + c + tok.slice(i + 1);
    } else if (op === 1) out = tok.slice(0, i) + tok.slice(i + 1);
    else if (op === 2) out = tok.slice(0, i) + tok[i] + tok.slice(i);
    else if (i < n - 1 && tok[i] !== tok[i + 1]) out = tok.slice(0, i) + tok[i + 1] + tok[i] + tok.slice(i + 2);
    if (out !== tok) return out;
  }
  return tok;
}

/** One vowel/sign slip in a Khmer word: a mark dropped or a vowel typed as its neighbour. */
function khTypo(tok: string, r: Rng): string {
  const pos: number[] = [];
  for (let i = 1; i < tok.length; i++) {
    const c = tok.charCodeAt(i);
    if (isMark(c) && !isCoeng(c) && !isCoeng(tok.charCodeAt(i - 1))) pos.push(i);
  }
  if (!pos.length) return tok;
  const i = r.pick(pos);
  const sub = KH_SWAP[tok[i]];
  if (sub && r.chance(0.6)) return tok.slice(0, i) + sub + tok.slice(i + 1);
  return tok.slice(0, i) + tok.slice(i + 1);
}

/** Types the marks of one cluster in another order (shifter after vowel, vowel before coeng, sign before vowel). */
function khReorder(tok: string, r: Rng): string {
  const opts: number[] = [];
  for (let i = 1; i < tok.length - 1; i++) {
    const a = tok.charCodeAt(i);
    const b = tok.charCodeAt(i + 1);
    if ((isShifter(a) && isVowel(b)) || (isVowel(a) && isMark(b) && !isCoeng(b) && !isVowel(b) && !isShifter(b))) opts.push(i);
    if (isCoeng(a) && i + 2 < tok.length && isVowel(tok.charCodeAt(i + 2))) opts.push(-i);
  }
  if (!opts.length) return tok;
  const o = r.pick(opts);
  if (o > 0) return tok.slice(0, o) + tok[o + 1] + tok[o] + tok.slice(o + 2);
  const i = -o;
  return tok.slice(0, i) + tok[i + 2] + tok[i] + tok[i + 1] + tok.slice(i + 3);
}

const title = (t: string) => (t ? t[0].toUpperCase() + t.slice(1) : t);

function hash2(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 13;
  h = Math.imul(h, 0x27d4eb2f);
  return (h ^ (h >>> 15)) >>> 0;
}

function randomDob(r: Rng): string {
  const y = 2005 - Math.floor(39.999 * r.next() ** 1.3);
  if (r.chance(0.04)) return `${y}-01-01`;
  const m = r.int(1, 12);
  return fmt({ y, m, d: r.int(1, dim(y, m)) });
}

function digits(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(r.int(0, 9));
  return s;
}

/** A set of digit strings that answers "is any member within one substitution or adjacent transposition?". */
class IdSet {
  private full = new Set<string>();
  private wild = new Set<string>();
  add(id: string): void {
    this.full.add(id);
    for (let i = 0; i < id.length; i++) this.wild.add(id.slice(0, i) + '*' + id.slice(i + 1));
  }
  has(id: string): boolean {
    return this.full.has(id);
  }
  near(id: string): boolean {
    if (this.full.has(id)) return true;
    for (let i = 0; i < id.length; i++) if (this.wild.has(id.slice(0, i) + '*' + id.slice(i + 1))) return true;
    for (let i = 0; i < id.length - 1; i++) {
      if (id[i] !== id[i + 1] && this.full.has(id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2))) return true;
    }
    return false;
  }
}

function slipDigits(id: string, r: Rng): string {
  for (;;) {
    const i = r.int(0, id.length - 1);
    if (r.chance(0.5) && i < id.length - 1 && id[i] !== id[i + 1]) return id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
    const c = String(r.int(0, 9));
    if (c !== id[i]) return id.slice(0, i) + c + id.slice(i + 1);
  }
}

function pickGiven(r: Rng, sex: 'F' | 'M', skew: number): number {
  const list = GIVEN_BY_SEX[sex];
  return skew > 0 ? r.pickSkewed(list, skew) : r.pick(list);
}
const GIVEN_BY_SEX: Record<'F' | 'M', number[]> = (() => {
  const F: number[] = [];
  const M: number[] = [];
  GIVEN_55.forEach((g, i) => {
    if (g.sex !== 'M') F.push(i);
    if (g.sex !== 'F') M.push(i);
  });
  // unisex names sit after the women's names in the list, so they are picked less often
  return { F, M };
})();
const FAMILY_IDX = FAMILY_55.map((_, i) => i);

/** Registered namesakes must be told apart by DOB even in year-only and age-derived blocks. */
const regDobFar = (a: string, b: string) => !dobClose(a, b) && Math.abs(yearOf(a) - yearOf(b)) >= 3;

function makeRegistered(size: number, r: Rng): { regs: Reg[]; index: NameIndex } {
  const tmp = new NameIndex();
  const regs: Reg[] = [];
  const ids = new IdSet();
  const nssfs = new IdSet();
  for (let n = 0; n < size; n++) {
    let person: Person | null = null;
    for (let attempt = 0; attempt < 60 && !person; attempt++) {
      const sex: 'F' | 'M' = r.chance(0.7) ? 'F' : 'M';
      const f = r.pickSkewed(FAMILY_IDX, 1.4);
      const g = pickGiven(r, sex, 1.2);
      const group = tmp.namesakes(f, g);
      if (group.length >= 13) continue;
      for (let t = 0; t < 25; t++) {
        const dob = randomDob(r);
        if (group.every((o) => regDobFar(dob, o.dob))) {
          person = { f, g, sex, dob, nationalId: null, nssf: null };
          break;
        }
      }
    }
    if (!person) throw new Error('fiftyfifth: could not place a registered worker');
    let nid: string;
    do nid = String(r.int(0, 2)) + digits(r, 8);
    while (ids.near(nid));
    ids.add(nid);
    let nssf: string;
    do nssf = '1' + digits(r, 9);
    while (nssfs.near(nssf));
    nssfs.add(nssf);
    person.nationalId = r.chance(0.03) ? null : nid;
    person.nssf = r.chance(0.02) ? null : nssf;
    const F = FAMILY_55[person.f];
    const G = GIVEN_55[person.g];
    const fl = r.chance(0.85) ? F.lat[0] : r.pick(F.lat);
    const gl = r.chance(0.85) ? G.lat[0] : r.pick(G.lat);
    const earliest = Math.max(Date.UTC(2008, 0, 1), Date.UTC(yearOf(person.dob) + 18, 0, 1));
    const latest = Date.UTC(2024, 4, 31);
    const hire = new Date(earliest + Math.floor(r.next() * Math.max(1, (latest - earliest) / 86400000)) * 86400000);
    const reg: Reg = {
      ...person,
      idx: -1,
      rec: {
        workerId: '',
        nssfNumber: person.nssf,
        nationalId: person.nationalId,
        nameKh: F.kh + (r.chance(0.03) ? ZWSP : ' ') + G.kh,
        nameLatin: r.chance(0.08) ? null : `${fl} ${gl}`.toUpperCase(),
        sex: person.sex,
        dateOfBirth: person.dob,
        hireDate: hire.toISOString().slice(0, 10),
        wageRiel: r.chance(0.05) ? null : r.int(800, 1800) * 1000,
      },
    };
    regs.push(reg);
    tmp.add(reg);
  }
  r.shuffle(regs);
  const index = new NameIndex();
  regs.forEach((x, i) => {
    x.idx = i;
    x.rec.workerId = `w${pad(i + 1, 6)}`;
    index.add(x);
  });
  return { regs, index };
}

function allocate(total: number, n: number, lo: number, hi: number, weights: number[], r: Rng): number[] {
  const sizes = new Array<number>(n).fill(lo);
  let rest = total - lo * n;
  // proportional share, capped, overflow spread on the others
  let open = weights.map((_, i) => i);
  while (rest > 0 && open.length) {
    const w = open.reduce((s, i) => s + weights[i], 0);
    let given = 0;
    const next: number[] = [];
    for (const i of open) {
      const add = Math.min(hi - sizes[i], Math.floor((rest * weights[i]) / w));
      sizes[i] += add;
      given += add;
      if (sizes[i] < hi) next.push(i);
    }
    rest -= given;
    open = next;
    if (given === 0) {
      // leftovers one by one
      while (rest > 0 && open.length) {
        const i = open[r.int(0, open.length - 1)];
        sizes[i]++;
        rest--;
        if (sizes[i] >= hi) open = open.filter((k) => k !== i);
      }
    }
  }
  return sizes;
}

function makeBlocks(size: number, total: number, hiddenTotal: number, r: Rng): Block[] {
  const scale = size / 10000;
  const lo = Math.max(3, Math.round(100 * scale));
  const hi = Math.max(lo + 1, Math.round(800 * scale));
  let B = r.int(15, 25);
  B = Math.max(B, Math.ceil(total / hi));
  B = Math.min(B, Math.floor(total / lo));
  const sizes = allocate(total, B, lo, hi, Array.from({ length: B }, () => 0.2 + 1.3 * r.next()), r);
  // hidden per block: proportional to size times a block multiplier (some lines hide more)
  const mult = sizes.map(() => 0.3 + 1.9 * r.next() ** 1.4);
  const w = sizes.map((s, i) => s * mult[i]);
  const wsum = w.reduce((a, b) => a + b, 0);
  const hidden = w.map((x, i) => Math.min(Math.floor((hiddenTotal * x) / wsum), Math.floor(sizes[i] * 0.3)));
  let left = hiddenTotal - hidden.reduce((a, b) => a + b, 0);
  while (left > 0) {
    const i = r.int(0, B - 1);
    if (hidden[i] < Math.floor(sizes[i] * 0.3)) {
      hidden[i]++;
      left--;
    }
  }
  const lines = r.shuffle(Array.from({ length: B }, (_, i) => i + 1));
  const blocks: Block[] = sizes.map((s, i) => {
    const script: 'kh' | 'lat' = r.chance(0.4) ? 'kh' : 'lat';
    const ageM = r.int(1, 5);
    return {
      line: lines[i],
      code: `L${lines[i]}`,
      size: s,
      hidden: hidden[i],
      script,
      order: 'fam',
      caseMode: r.chance(0.6) ? 'upper' : 'title',
      dob: 'full',
      dobSwapped: false,
      ageMD: '',
      ageM,
      ageD: r.int(1, 28),
      id: 'filled',
      nssfColumn: r.chance(0.25),
      lineCode: false,
      typoRate: 0.025,
      sexEmpty: false,
      zwsp: script === 'kh' && r.chance(0.35),
      spelling: r.chance(0.5) ? 'register' : 'own',
      ownSeed: r.int(1, 1 << 30),
      rowOrder: r.chance(0.4) ? 'alpha' : 'random',
      unusual: null,
    };
  });
  const nUnusual = r.int(3, 6);
  const kinds = r.shuffle([...UNUSUAL]).slice(0, nUnusual);
  const which = r.shuffle(blocks.map((_, i) => i)).slice(0, nUnusual);
  kinds.forEach((k, j) => {
    const b = blocks[which[j]];
    b.unusual = k;
    switch (k) {
      case 'givenFirst':
        b.script = 'lat';
        b.order = 'given';
        b.zwsp = false;
        break;
      case 'lowerCase':
        b.script = 'lat';
        b.caseMode = 'lower';
        b.zwsp = false;
        break;
      case 'yearOnly':
        b.dob = 'year';
        break;
      case 'ageDerived':
        b.dob = 'age';
        break;
      case 'noDob':
        b.dob = 'none';
        break;
      case 'swappedDates':
        b.dobSwapped = true;
        break;
      case 'idEmpty':
        b.id = 'empty';
        b.nssfColumn = false;
        break;
      case 'idStaff':
        b.id = 'staff';
        b.nssfColumn = false;
        b.rowOrder = 'staff';
        break;
      case 'lineCode':
        b.lineCode = true;
        break;
      case 'fastTyped':
        b.typoRate = 0.1;
        break;
      case 'sexEmpty':
        b.sexEmpty = true;
        break;
    }
  });
  for (const b of blocks) b.ageMD = `${pad(b.ageM)}-${pad(b.ageD)}`;
  return blocks;
}

function renderName(p: Person, b: Block, r: Rng, meta: RowMeta): string {
  const F = FAMILY_55[p.f];
  const G = GIVEN_55[p.g];
  const khmer = b.script === 'kh' ? !r.chance(0.03) : r.chance(0.03);
  meta.khmer = khmer;
  meta.scriptFlip = khmer !== (b.script === 'kh');
  let name: string;
  if (khmer) {
    const fk = F.kh;
    const gk = G.kh;
    const parts = [fk];
    if (gk.startsWith('ស្រី') && gk.length > 4 && r.chance(0.2)) {
      parts.push('ស្រី', gk.slice(4));
      meta.zw = true;
    } else parts.push(gk);
    // parts[0] family, parts[1..] given
    const fam = [parts[0]];
    const giv = parts.slice(1);
    if (r.chance(b.typoRate)) {
      const all = [...fam, ...giv];
      const cands = all.map((t, i) => [t, i] as const).filter(([t]) => t.length >= 4);
      if (cands.length) {
        const [t, i] = r.pick(cands);
        const nt = khTypo(t, r);
        if (nt !== t) {
          meta.typo = true;
          if (i < fam.length) fam[i] = nt;
          else giv[i - fam.length] = nt;
        }
      }
    }
    if (r.chance(0.15)) {
      const all = [...fam, ...giv];
      const i = r.int(0, all.length - 1);
      const nt = khReorder(all[i], r);
      if (nt !== all[i]) {
        meta.cpOrder = true;
        if (i < fam.length) fam[i] = nt;
        else giv[i - fam.length] = nt;
      }
    }
    const swap = r.chance(0.01);
    meta.orderSwap = swap;
    const toks = swap ? [...giv, ...fam] : [...fam, ...giv];
    const zw = b.zwsp || r.chance(0.08);
    if (zw) meta.zw = true;
    name = toks.join(zw ? ZWSP : ' ');
  } else {
    const choose = (lat: readonly string[], wordId: number): string => {
      if (b.spelling === 'own') return r.chance(0.85) ? lat[hash2(b.ownSeed, wordId) % lat.length] : r.pick(lat);
      return r.chance(0.75) ? lat[0] : r.pick(lat);
    };
    const fv = choose(F.lat, p.f);
    const gv = choose(G.lat, 1000 + p.g);
    meta.offSpelling = fv !== F.lat[0] || gv !== G.lat[0];
    const fam = fv.toLowerCase().split(' ');
    const giv = gv.toLowerCase().split(' ');
    const swap = r.chance(0.04);
    meta.orderSwap = swap;
    const givenFirst = (b.order === 'given') !== swap;
    const toks = givenFirst ? [...giv, ...fam] : [...fam, ...giv];
    if (r.chance(b.typoRate)) {
      const cands = toks.map((t, i) => [t, i] as const).filter(([t]) => t.length >= 4);
      if (cands.length) {
        const [t, i] = r.pick(cands);
        const nt = latTypo(t, r);
        if (nt !== t) {
          toks[i] = nt;
          meta.typo = true;
        }
      }
    }
    const cased = toks.map((t) => (b.caseMode === 'upper' ? t.toUpperCase() : b.caseMode === 'title' ? title(t) : t));
    name = cased.join(' ');
  }
  if (b.lineCode) name += ` ${b.code}`;
  return name;
}

function renderDob(dob: string, b: Block, r: Rng, meta: RowMeta): string | null {
  meta.dobNull = false;
  meta.dobSwapOne = false;
  if (b.dob === 'none' || r.chance(0.05)) {
    meta.dobNull = true;
    return null;
  }
  const y = yearOf(dob);
  if (b.dob === 'year') return `${y}-01-01`;
  if (b.dob === 'age') {
    const m = Number(dob.slice(5, 7));
    const d = Number(dob.slice(8, 10));
    const notYet = m > b.ageM || (m === b.ageM && d > b.ageD);
    let yy = y + (notYet ? 1 : 0);
    if (r.chance(0.12)) yy += r.chance(0.5) ? 1 : -1;
    if (Math.abs(yy - y) > 1) yy = y;
    return `${yy}-${b.ageMD}`;
  }
  if (b.dobSwapped) return swapDM(dob) ?? dob;
  if (r.chance(0.02)) {
    const s = swapDM(dob);
    if (s) {
      meta.dobSwapOne = true;
      return s;
    }
  }
  return dob;
}

function renderRow(p: Person, b: Block, r: Rng, meta: RowMeta, staff: string | null, hidden: boolean): Draft {
  const name = renderName(p, b, r, meta);
  const sex = b.sexEmpty ? null : r.chance(0.02) ? null : p.sex;
  meta.sexNull = sex === null;
  const dateOfBirth = renderDob(p.dob, b, r, meta);
  let nationalId: string | null = null;
  if (b.id === 'staff') nationalId = staff;
  else if (b.id === 'filled' && p.nationalId && !r.chance(b.dob === 'none' ? 0.05 : 0.1)) {
    nationalId = p.nationalId;
    if (!hidden && r.chance(0.03)) {
      nationalId = slipDigits(nationalId, r);
      meta.idSlip = true;
    }
  }
  meta.idNull = b.id !== 'staff' && nationalId === null;
  let nssfNumber: string | null = null;
  if (b.nssfColumn && p.nssf && r.chance(0.85)) {
    nssfNumber = r.chance(0.01) ? slipDigits(p.nssf, r) : p.nssf;
  }
  return { name, nationalId, nssfNumber, sex, dateOfBirth, meta };
}

/** Why a registered worker cannot be this row, under the block's convention (null: he could be). */
function ruledOut(
  row: { sex: string | null; dateOfBirth: string | null; nationalId: string | null; nssfNumber: string | null },
  b: Block,
  R: Person,
  strict: boolean,
): string | null {
  if (row.sex && R.sex && row.sex !== R.sex) return 'sex';
  if (row.dateOfBirth && R.dob) {
    if (b.dob === 'year') {
      if (Math.abs(yearOf(row.dateOfBirth) - yearOf(R.dob)) >= 2) return 'dob';
    } else if (b.dob === 'age') {
      if (Math.abs(yearOf(row.dateOfBirth) - yearOf(R.dob)) >= (strict ? 3 : 2)) return 'dob';
    } else if (!dobClose(row.dateOfBirth, R.dob)) return 'dob';
  }
  if (b.id === 'filled' && row.nationalId && R.nationalId && !within1(row.nationalId, R.nationalId)) return 'id';
  if (row.nssfNumber && R.nssf && !within1(row.nssfNumber, R.nssf)) return 'nssf';
  return null;
}

function emptyMeta(block: number, reg: Reg | null): RowMeta {
  return {
    block,
    reg,
    hiddenNamesake: false,
    hiddenReasons: [],
    typo: false,
    offSpelling: false,
    orderSwap: false,
    scriptFlip: false,
    khmer: false,
    zw: false,
    cpOrder: false,
    dobNull: false,
    dobSwapOne: false,
    idSlip: false,
    idNull: false,
    sexNull: false,
    staff: null,
  };
}

function makeHidden(
  b: Block,
  bi: number,
  r: Rng,
  regs: Reg[],
  index: NameIndex,
  regIds: IdSet,
  hiddenIds: Set<string>,
  staff: string | null,
): Draft {
  // about half are namesakes of a registered worker (same full name); the others are strangers,
  // whose name is not within one edit of any registered name when one can be found
  const wantNamesake = r.chance(0.55);
  for (let attempt = 0; attempt < 400; attempt++) {
    const namesake = wantNamesake && attempt < 6;
    const stranger = !wantNamesake && attempt < 150;
    let f: number;
    let g: number;
    let sex: 'F' | 'M';
    if (namesake) {
      const R0 = regs[r.int(0, regs.length - 1)];
      f = R0.f;
      g = R0.g;
      const gs = GIVEN_55[g].sex;
      sex = gs === 'U' ? (r.chance(0.5) ? 'F' : 'M') : gs;
    } else {
      sex = r.chance(0.7) ? 'F' : 'M';
      f = r.pick(FAMILY_IDX);
      g = pickGiven(r, sex, 0);
      if (stranger && index.namesakes(f, g).length) continue;
    }
    let nid: string;
    do nid = String(r.int(0, 2)) + digits(r, 8);
    while (regIds.near(nid) || hiddenIds.has(nid));
    const p: Person = { f, g, sex, dob: randomDob(r), nationalId: nid, nssf: null };
    const meta = emptyMeta(bi, null);
    const d = renderRow(p, b, r, meta, staff, true);
    const cands = index.near(d.name);
    if (stranger && cands.length) continue;
    for (let t = 0; t < 15; t++) {
      const reasons = cands.map((R) => ruledOut(d, b, R, true));
      if (reasons.every((x) => x !== null)) {
        hiddenIds.add(nid);
        meta.hiddenNamesake = cands.length > 0;
        meta.hiddenReasons = reasons as string[];
        return d;
      }
      if (b.dob === 'none') break;
      p.dob = randomDob(r);
      d.dateOfBirth = renderDob(p.dob, b, r, meta);
    }
  }
  throw new Error('fiftyfifth: could not place a hidden worker');
}

export function buildFiftyfifth(size: number, seed: number): Built {
  const r = rng(seed * 7919 + 55);
  const { regs, index } = makeRegistered(size, r);
  const regIds = new IdSet();
  for (const x of regs) if (x.nationalId) regIds.add(x.nationalId);
  const present = r.shuffle(regs.filter(() => !r.chance(0.05)));
  const hiddenTotal = Math.round((present.length * 0.07) / 0.93);
  const blocks = makeBlocks(size, present.length + hiddenTotal, hiddenTotal, r);
  const hiddenIds = new Set<string>();
  const drafts: Draft[] = [];
  const blockStart: number[] = [];
  let cursor = 0;
  blocks.forEach((b, bi) => {
    const nTrue = b.size - b.hidden;
    const members = present.slice(cursor, cursor + nTrue);
    cursor += nTrue;
    const slots: (Reg | null)[] = [...members, ...new Array<null>(b.hidden).fill(null)];
    r.shuffle(slots);
    const staffNos = b.id === 'staff' ? r.shuffle(Array.from({ length: b.size }, (_, i) => `${b.code}-${pad(i + 1, 3)}`)) : null;
    const rows: Draft[] = slots.map((R, k) => {
      const staff = staffNos ? staffNos[k] : null;
      let d: Draft;
      if (R) d = renderRow(R, b, r, emptyMeta(bi, R), staff, false);
      else d = makeHidden(b, bi, r, regs, index, regIds, hiddenIds, staff);
      d.meta.staff = staff;
      return d;
    });
    if (b.rowOrder === 'alpha') {
      const key = (d: Draft) => normName(d.name);
      rows.sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
    } else if (b.rowOrder === 'staff') rows.sort((x, y) => ((x.meta.staff ?? '') < (y.meta.staff ?? '') ? -1 : 1));
    blockStart.push(drafts.length);
    drafts.push(...rows);
  });

  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  let sheetRow = 0;
  let bi = -1;
  drafts.forEach((d, i) => {
    if (d.meta.block !== bi) {
      if (bi >= 0) sheetRow += 2;
      bi = d.meta.block;
    }
    sheetRow++;
    const id = uuid(r);
    onsite.push({
      id,
      visitId: VISIT_ID,
      name: d.name,
      nationalId: d.nationalId,
      nssfNumber: d.nssfNumber,
      sex: d.sex,
      dateOfBirth: d.dateOfBirth,
      source: 'csv',
      sourceRow: sheetRow,
      recordedAt: new Date(VISIT_DAY + 9 * 3600_000 + i * 1000).toISOString(),
    });
    truth.set(id, d.meta.reg ? d.meta.reg.rec.workerId : null);
  });
  return {
    roster: { registered: regs.map((x) => x.rec), onsite, truth },
    blocks,
    regs,
    index,
    metas: drafts.map((d) => d.meta),
  };
}

export function generateFiftyfifth(size: number, seed: number): Roster {
  return buildFiftyfifth(size, seed).roster;
}

// ---------------------------------------------------------------------------------------------
// self-check

function spearman(xs: number[], ys: number[]): number {
  const rank = (v: number[]) => {
    const o = v.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
    const rk = new Array<number>(v.length);
    o.forEach(([, i], k) => (rk[i] = k));
    return rk;
  };
  const a = rank(xs);
  const b = rank(ys);
  const n = xs.length;
  const ma = (n - 1) / 2;
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < n; i++) {
    num += (a[i] - ma) * (b[i] - ma);
    da += (a[i] - ma) ** 2;
    db += (b[i] - ma) ** 2;
  }
  return num / Math.sqrt(da * db);
}

function selfCheck(size: number, seed: number): boolean {
  let ok = true;
  const fail = (msg: string) => {
    ok = false;
    console.log(`  FAIL ${msg}`);
  };
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(2)} %`;

  const t0 = performance.now();
  const built = buildFiftyfifth(size, seed);
  const ms = performance.now() - t0;
  const { roster, blocks, metas, index, regs } = built;
  const { registered, onsite, truth } = roster;
  const trueRows = metas.filter((m) => m.reg);
  const hiddenRows = metas.filter((m) => !m.reg);
  const presentIds = new Set(trueRows.map((m) => m.reg!.rec.workerId));

  console.log(`fiftyfifth size=${size} seed=${seed}: ${FIFTYFIFTH_LABEL}`);
  console.log(
    `registered ${registered.length}, on site ${onsite.length} (true ${trueRows.length}, hidden ${hiddenRows.length} = ${pct(hiddenRows.length, onsite.length)}), absent ${registered.length - presentIds.size} = ${pct(registered.length - presentIds.size, registered.length)}`,
  );
  console.log(`blocks ${blocks.length}, unusual: ${blocks.filter((b) => b.unusual).map((b) => `${b.code}:${b.unusual}`).join(', ')}`);
  console.log('  line rows hidden  script order case  dob   id     nssf  unusual');
  for (const b of blocks) {
    console.log(
      `  ${b.code.padEnd(4)} ${String(b.size).padStart(4)} ${pct(b.hidden, b.size).padStart(7)}  ${b.script.padEnd(6)} ${b.order.padEnd(5)} ${b.caseMode.padEnd(5)} ${(b.dobSwapped ? 'swap' : b.dob).padEnd(5)} ${b.id.padEnd(6)} ${b.nssfColumn ? 'yes ' : 'no  '}  ${b.unusual ?? ''}`,
    );
  }
  const rate = (f: (m: RowMeta) => boolean, rows = metas) => pct(rows.filter(f).length, rows.length);
  const latRows = metas.filter((m) => !m.khmer);
  const khRows = metas.filter((m) => m.khmer);
  console.log(
    `names: Khmer ${rate((m) => m.khmer)}, script flipped ${rate((m) => m.scriptFlip)}, order swapped ${rate((m) => m.orderSwap)}, typo ${rate((m) => m.typo)}, Latin off-register spelling ${rate((m) => m.offSpelling, latRows)}, Khmer ZWSP/split ${rate((m) => m.zw, khRows)}, Khmer mark order ${rate((m) => m.cpOrder, khRows)}`,
  );
  console.log(
    `fields (true rows): DOB null ${rate((m) => m.dobNull, trueRows)}, DOB swapped alone ${rate((m) => m.dobSwapOne, trueRows)}, ID null ${rate((m) => m.idNull, trueRows)}, ID slip ${rate((m) => m.idSlip, trueRows)}, staff no ${rate((m) => m.staff !== null, trueRows)}, sex null ${rate((m) => m.sexNull, trueRows)}`,
  );
  const byDobMode: Record<string, number> = {};
  for (const m of metas) {
    const b = blocks[m.block];
    const k = b.dobSwapped ? 'swappedBlock' : b.dob;
    byDobMode[k] = (byDobMode[k] ?? 0) + 1;
  }
  console.log(`rows by DOB convention: ${Object.entries(byDobMode).map(([k, v]) => `${k} ${pct(v, metas.length)}`).join(', ')}`);
  const reasons: Record<string, number> = {};
  for (const m of hiddenRows) for (const x of new Set(m.hiddenReasons)) reasons[x] = (reasons[x] ?? 0) + 1;
  console.log(
    `hidden: namesake/near-namesake ${rate((m) => m.hiddenNamesake, hiddenRows)}; ruled out by ${Object.entries(reasons).map(([k, v]) => `${k} ${v}`).join(', ')}`,
  );
  const groups = new Map<string, number>();
  for (const x of regs) {
    const k = [...keyStrings(x.f, x.g)].sort()[0];
    groups.set(k, (groups.get(k) ?? 0) + 1);
  }
  const inGroups = [...groups.values()].filter((v) => v > 1).reduce((a, b) => a + b, 0);
  console.log(`register: ${pct(inGroups, regs.length)} share a full name, largest group ${Math.max(...groups.values())}, Latin missing ${pct(registered.filter((x) => !x.nameLatin).length, registered.length)}`);

  // names list sanity: Khmer written in canonical order
  for (const w of [...FAMILY_55, ...GIVEN_55]) if (khCanon(w.kh) !== w.kh) fail(`name list: ${w.kh} not in canonical mark order`);

  // rule 1
  let r1 = 0;
  const r1ex: string[] = [];
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    if (!m.reg) continue;
    const R = m.reg;
    const o = onsite[i];
    const b = blocks[m.block];
    const bad: string[] = [];
    if (!index.near(o.name).includes(R)) bad.push('name');
    if (o.sex !== null && o.sex !== R.sex) bad.push('sex');
    if (o.dateOfBirth !== null) {
      const dob = o.dateOfBirth;
      if (b.dob === 'none') bad.push('dob');
      else if (b.dob === 'year' && dob !== `${yearOf(R.dob)}-01-01`) bad.push('dob');
      else if (b.dob === 'age' && (Math.abs(yearOf(dob) - yearOf(R.dob)) > 1 || dob.slice(5) !== b.ageMD)) bad.push('dob');
      else if (b.dob === 'full' && dob !== R.dob && dob !== swapDM(R.dob)) bad.push('dob');
    }
    if (o.nationalId !== null) {
      if (b.id === 'staff') {
        if (!/^L\d+-\d{3}$/.test(o.nationalId)) bad.push('staff');
      } else if (b.id === 'empty' || !R.nationalId || !within1(o.nationalId, R.nationalId)) bad.push('id');
    }
    if (o.nssfNumber !== null && (!R.nssf || !within1(o.nssfNumber, R.nssf))) bad.push('nssf');
    if (bad.length) {
      r1++;
      if (r1ex.length < 5) r1ex.push(`${o.name} / ${R.rec.nameLatin ?? R.rec.nameKh}: ${bad.join(',')}`);
    }
  }
  console.log(`rule 1 (true rows are plausible variants): ${r1} violations`);
  if (r1) fail(`rule 1: ${r1} true rows not plausible: ${r1ex.join(' | ')}`);

  // rule 2
  let r2 = 0;
  for (const x of regs) {
    for (const y of index.namesakes(x.f, x.g)) {
      if (y.idx <= x.idx) continue;
      if (!regDobFar(x.dob, y.dob)) r2++;
    }
  }
  console.log(`rule 2 (registered namesakes told apart by DOB, 3+ years): ${r2} violations`);
  if (r2) fail(`rule 2: ${r2} namesake pairs too close`);

  // rule 3
  let r3 = 0;
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    if (m.reg) continue;
    const o = onsite[i];
    const row = { sex: o.sex, dateOfBirth: o.dateOfBirth, nationalId: o.nationalId, nssfNumber: o.nssfNumber };
    for (const R of index.near(o.name)) if (!ruledOut(row, blocks[m.block], R, true)) r3++;
  }
  console.log(`rule 3 (hidden rows ruled out from every registered worker they could pass for): ${r3} violations`);
  if (r3) fail(`rule 3: ${r3} hidden rows could pass for a registered worker`);

  // rule 4
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  if (!onsite.every((o) => uuidRe.test(o.id))) fail('rule 4: an on-site id is not a v4 UUID');
  if (new Set(onsite.map((o) => o.id)).size !== onsite.length) fail('rule 4: duplicate on-site ids');
  if (new Set(registered.map((x) => x.workerId)).size !== registered.length) fail('rule 4: duplicate worker ids');
  for (let i = 1; i < onsite.length; i++) {
    if (!(onsite[i].recordedAt > onsite[i - 1].recordedAt)) {
      fail('rule 4: recordedAt not increasing');
      break;
    }
    if (!((onsite[i].sourceRow ?? 0) > (onsite[i - 1].sourceRow ?? 0))) {
      fail('rule 4: sourceRow not increasing');
      break;
    }
  }
  const tIdx: number[] = [];
  const tReg: number[] = [];
  metas.forEach((m, i) => {
    if (m.reg) {
      tIdx.push(i);
      tReg.push(m.reg.idx);
    }
  });
  const rho1 = spearman(tIdx, tReg);
  const rho2 = spearman(
    registered.map((_, i) => i),
    registered.map((x) => Date.parse(x.hireDate ?? '2000-01-01')),
  );
  let hidPosSum = 0;
  metas.forEach((m, i) => {
    if (!m.reg) hidPosSum += i / metas.length;
  });
  const hidMeanPos = hidPosSum / Math.max(1, hiddenRows.length);
  const lim = (n: number) => 4 / Math.sqrt(n);
  console.log(
    `rule 4 (no leak): rho(row order, register order) ${rho1.toFixed(3)}, rho(worker id, hire date) ${rho2.toFixed(3)}, mean relative row of hidden rows ${hidMeanPos.toFixed(3)}`,
  );
  if (Math.abs(rho1) > lim(tIdx.length)) fail('rule 4: on-site order follows register order');
  if (Math.abs(rho2) > lim(registered.length)) fail('rule 4: worker ids follow hire dates');
  let withTruth = 0;
  for (const o of onsite) if (truth.has(o.id)) withTruth++;
  if (withTruth !== onsite.length || truth.size !== onsite.length) fail('rule 4: truth map does not cover every on-site row');

  // rule 5
  let und = 0;
  const undEx: string[] = [];
  const undBy: Record<string, number> = {};
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    if (!m.reg) continue;
    const o = onsite[i];
    const row = { sex: o.sex, dateOfBirth: o.dateOfBirth, nationalId: o.nationalId, nssfNumber: o.nssfNumber };
    const others = index.near(o.name).filter((R) => R !== m.reg && !ruledOut(row, blocks[m.block], R, false));
    if (others.length) {
      und++;
      const k = `${blocks[m.block].unusual ?? 'ordinary'}${o.dateOfBirth ? '' : '/noDOB'}${o.nationalId && blocks[m.block].id === 'filled' ? '' : '/noID'}`;
      undBy[k] = (undBy[k] ?? 0) + 1;
      if (undEx.length < 3) undEx.push(`${o.name} (${blocks[m.block].unusual ?? 'ordinary'})`);
    }
  }
  console.log(`rule 5 (undecidable true rows): ${und} = ${pct(und, trueRows.length)} e.g. ${undEx.join(' | ')}`);
  console.log(`  undecidable by block/missing fields: ${Object.entries(undBy).sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  if (und / trueRows.length >= 0.04) fail('rule 5: too many undecidable true rows');

  // schemas
  let bad = 0;
  for (const x of registered) if (!RegisteredWorkerSchema.safeParse(x).success) bad++;
  for (const o of onsite) {
    if (!OnsiteWorkerSchema.safeParse(o).success) bad++;
    if ('statedStartDate' in o || 'wageRiel' in o) bad++;
  }
  console.log(`schemas: ${bad} invalid records of ${registered.length + onsite.length}`);
  if (bad) fail('schema');

  // determinism
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const a = ser(generateFiftyfifth(size, seed));
  const same = a === ser(roster);
  const differs = a !== ser(generateFiftyfifth(size, seed + 1));
  console.log(`determinism: same seed identical ${same}, other seed differs ${differs}`);
  if (!same || !differs) fail('determinism');

  // timing
  let ms10k = ms;
  if (size !== 10000) {
    const t1 = performance.now();
    generateFiftyfifth(10000, seed);
    ms10k = performance.now() - t1;
  } else {
    const t1 = performance.now();
    generateFiftyfifth(10000, seed);
    ms10k = Math.min(ms, performance.now() - t1);
  }
  console.log(`timing: this size ${ms.toFixed(0)} ms, 10k ${ms10k.toFixed(0)} ms`);
  if (ms10k > 2000) fail('10k generation slower than 2 s');

  console.log(ok ? 'PASS' : 'FAIL');
  return ok;
}

if (process.argv[1]?.endsWith('fiftyfifth.ts')) {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  if (!selfCheck(size, seed)) process.exit(1);
}
