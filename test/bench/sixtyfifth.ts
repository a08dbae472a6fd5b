/**
 * Blind benchmark roster `sixtyfifth`: parents' names in the name cells.
 *
 * Cambodian forms ask for a worker's name with the father's and mother's names, and this
 * employer's HR sheet copied them into the one name cell for about a third of its rows:
 *   "SOK DARA (F: SOK CHAN)", "SOK DARA (F: SOK CHAN, M: KEO SREY MOM)", "SOK DARA s/o SOK CHAN",
 *   "Keo Sophea d/o Keo Vanna", "SOK DARA F: SOK CHAN M: KEO SOPHEA",
 *   "សុខ ដារ៉ា ឪពុក សុខ ចាន់ ម្ដាយ កែវ ស្រីមុំ", "សុខ ដារ៉ា (ឪពុក៖ សុខ ចាន់)", "សុខ ដារ៉ា / កូន សុខ ចាន់",
 *   "សុខ ដារ៉ា ម្តាយ កែវ សុភា", and in a few rows both names run on with no mark: "SOK DARA SOK CHAN".
 * The factory hires families: about a tenth of registered workers have a parent, child or sibling
 * on the register too (their cells then name a registered worker as father or mother), and a
 * third of the hidden workers are children of registered workers (present or absent), whose
 * cells name that registered parent. The register writes only each worker's own name.
 *
 * Model and rates (per seed some rates move a little):
 * - Register: `size` workers; national ID on 85 %, NSSF number on 97 %, Latin name on 85 %
 *   (upper case, one of the listed spellings), sex on 99 %, date of birth always.
 *   ~10 % of them in families: parent + child (50 % of groups), parent + two children (12 %),
 *   two siblings (38 %). A child is born 19-36 years after the parent; siblings share the
 *   family name and both parents. Family names and given names are drawn Zipf-like, so many
 *   workers share a full name (at 10,000: ~90 % share theirs, the commonest ~45 times).
 * - On site: 4-6 % of registered absent; hidden rows 6.5-8.5 % of on-site rows: a third are children
 *   of a registered worker (cell names that parent; in ~30 % of them the parent is absent, as
 *   if the child came in the parent's place), the rest half namesakes of a registered worker
 *   (same full name, told apart by a field) and half other names.
 * - Sources: employer sheet (csv) 78 %, manual 16 %, id-card 6 %. Parent names in 40 % of csv
 *   rows (~31 % of all rows, more among hidden since every hidden child carries them); 6 % of
 *   those cells run the two names on without a mark.
 * - Script: Khmer in ~45 % of cells (75 % of id-card rows). Khmer encoding variants in 35 % of
 *   Khmer cells (zero-width space or no space between names, register shifter typed after the
 *   vowel, vowel typed before the subscript, nikahit typed before the u-vowel).
 * - Latin: listed romanizations (~33 % of cells differ from the register's spelling), family and
 *   given name swapped 12 % (Khmer 4 %), upper/title/lower case, one typo in one word of 4+
 *   letters in ~4.5 % of Latin cells (never in run-on cells).
 * - Fields: national ID on 55 % csv / 35 % manual / 100 % id-card rows; NSSF 45/25/8 % (hidden
 *   rows 4 %, never near a registered number); DOB 95/88/100 %; sex 65/90/100 %. Slips on true
 *   rows: ID one digit mistyped or two adjacent digits swapped 3 %, NSSF 3 %, DOB day/month
 *   swapped 3 %. A hidden row that its name alone could pass for a registered worker gets its
 *   DOB filled in (or redrawn) until a field tells them apart (a few dozen rows at 10,000).
 *
 * Fairness (audited by the self-check, run `npx tsx test/bench/sixtyfifth.ts 10000 1`):
 * 1. A true row carries only plausible variants of its registered worker: listed spellings in
 *    either order and any case, at most one typo in one word of 4+ letters, Khmer encoding
 *    variants; IDs exact or one slip; DOB exact or day/month swapped; sex right or missing.
 *    Extra variation modelled: the parents' names after the worker's own name. Whenever a mark
 *    (F:, M:, s/o, d/o, ឪពុក, ម្ដាយ/ម្តាយ, កូន, with brackets, commas, ៖ or /) is present, the
 *    worker's own name comes first, before the first mark. A run-on cell (no mark) is read as
 *    every 1-3 word stretch of it; it is undecidable when its other fields do not settle which
 *    registered worker it is (kept under 2 % of rows).
 * 2. Registered namesakes (same Khmer name, so the same name in any spelling) never share a date
 *    of birth and are more than a day/month swap or one digit (or adjacent-digit swap) apart.
 * 3. A hidden row either matches no registered name within one edit of any spelling (own name,
 *    parents' names and every stretch of a run-on cell all count), or is ruled out from every
 *    registered worker it could pass for by a field present on both sides: sex differs, DOB more
 *    than a swap/one digit apart, or national ID / NSSF number 2+ edits apart. A hidden child is
 *    so ruled out from the registered parent its cell names (DOB a generation apart, sex or ID).
 * 4. Nothing leaks the truth: rows shuffled, ids random v4 UUIDs from the seeded PRNG, recordedAt
 *    increasing in row order, csv sourceRow increasing in row order, registered workerIds given
 *    after shuffling the register.
 * 5. True rows that another registered worker could equally be (same best name match, nothing
 *    in the fields to tell them apart) stay under 4 %.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY, FEMALE, MALE, MARK, type NameWord } from './sixtyfifth-names';

export const SIXTYFIFTH_LABEL =
  "parents' names in the name cell (F:/M:/s/o/d/o/ឪពុក/ម្ដាយ/កូន, a few run on), families on the register, hidden children of registered workers";

type Sex = 'M' | 'F';
type Source = OnsiteWorker['source'];

const GIVEN: readonly NameWord[] = [...MALE, ...FEMALE];
const NM = MALE.length;
const ident = (f: number, g: number) => f * 100 + g;
const identFam = (id: number) => Math.floor(id / 100);
const identGiv = (id: number) => id % 100;

// ---------------------------------------------------------------------------------------------
// Small helpers: dates, edit distance, keys

const DAY = 86_400_000;
const isoOf = (d: number) => new Date(d * DAY).toISOString().slice(0, 10);
const dayOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const MIN_DOB = dayOf('1965-01-01');
const MAX_DOB = dayOf('2007-02-28');
const OLDEST_PARENT_DOB = dayOf('1987-06-30');
const YEAR = 365.25;

/** 0 if equal, 1 if one substitution, insertion, deletion or adjacent transposition apart, else 2. */
export function osa1(a: string, b: string): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (la === lb) {
    let i = 0;
    while (i < la && a[i] === b[i]) i++;
    let j = la - 1;
    while (j > i && a[j] === b[j]) j--;
    if (i === j) return 1;
    if (j === i + 1 && a[i] === b[j] && a[j] === b[i]) return 1;
    return 2;
  }
  if (Math.abs(la - lb) !== 1) return 2;
  const [s, l] = la < lb ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1) ? 1 : 2;
}

function swapDM(iso: string): string | null {
  const y = iso.slice(0, 4);
  const m = iso.slice(5, 7);
  const d = iso.slice(8, 10);
  if (+d > 12 || d === m) return null;
  return `${y}-${d}-${m}`;
}

/** Could one date of birth be the other with a slip (day/month swap, one digit, adjacent digits)? */
export function dobClose(a: string, b: string): boolean {
  if (a === b) return true;
  if (swapDM(a) === b) return true;
  return osa1(a, b) <= 1;
}

const isKhmer = (s: string) => /[\u1780-\u17FF]/.test(s);
const latKey = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

const isKhCons = (c: number) => c >= 0x1780 && c <= 0x17a2;
const isKhMark = (c: number) => (c >= 0x17b4 && c <= 0x17d3) || c === 0x17dd;
const markRank = (c: number) => (c === 0x17c9 || c === 0x17ca || c === 0x17cc ? 1 : c >= 0x17b6 && c <= 0x17c5 ? 2 : 3);

/** Khmer text to one canonical form: no spaces or zero-width characters, marks in a fixed order. */
export function khKey(s: string): string {
  const t = s.normalize('NFC').replace(/[^\u1780-\u17D3\u17DD]/g, '');
  let out = '';
  let i = 0;
  while (i < t.length) {
    const c = t.charCodeAt(i);
    out += t[i];
    i++;
    if (isKhMark(c)) continue;
    const units: { r: number; s: string }[] = [];
    while (i < t.length) {
      const m = t.charCodeAt(i);
      if (m === 0x17d2 && i + 1 < t.length && isKhCons(t.charCodeAt(i + 1))) {
        units.push({ r: 0, s: t.slice(i, i + 2) });
        i += 2;
      } else if (isKhMark(m)) {
        units.push({ r: markRank(m), s: t[i] });
        i++;
      } else break;
    }
    if (units.length > 1) units.sort((x, y) => x.r - y.r);
    for (const u of units) out += u.s;
  }
  return out;
}

const segKey = (s: string) => (isKhmer(s) ? khKey(s) : latKey(s));

// ---------------------------------------------------------------------------------------------
// A name index: every spelling of every full name on the register, looked up within one edit

const ALL_LAT_TOKENS = new Set<string>();
for (const w of [...FAMILY, ...GIVEN]) {
  for (const l of w.lat) {
    ALL_LAT_TOKENS.add(latKey(l));
    for (const t of l.split(' ')) ALL_LAT_TOKENS.add(latKey(t));
  }
}

let khIdentCache: Map<string, number> | null = null;
/** Canonical Khmer key of a full name (family + given) → identity, over every name in the lists. */
function khIdentMap(): Map<string, number> {
  if (khIdentCache) return khIdentCache;
  const m = new Map<string, number>();
  FAMILY.forEach((f, fi) => GIVEN.forEach((g, gi) => m.set(khKey(f.kh + g.kh), ident(fi, gi))));
  khIdentCache = m;
  return m;
}

function identKeys(id: number): string[] {
  const f = FAMILY[identFam(id)];
  const g = GIVEN[identGiv(id)];
  const keys = new Set<string>();
  for (const fv of f.lat) {
    for (const gv of g.lat) {
      keys.add(latKey(fv + gv));
      keys.add(latKey(gv + fv));
    }
  }
  keys.add(khKey(f.kh + g.kh));
  keys.add(khKey(g.kh + f.kh));
  return [...keys];
}

function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[i - 1]) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

class KeyIndex {
  keys: string[] = [];
  owner: number[] = [];
  exact = new Map<string, number[]>();
  dels = new Map<string, number[]>();
  add(key: string, id: number) {
    const k = this.keys.length;
    this.keys.push(key);
    this.owner.push(id);
    push(this.exact, key, k);
    for (const d of deletions(key)) push(this.dels, d, k);
  }
  /** identity → smallest edit distance (0 or 1) of any of its spellings to `q`. */
  lookup(q: string): Map<number, number> {
    const res = new Map<number, number>();
    if (q.length < 2) return res;
    const seen = new Set<number>();
    const consider = (ks: number[] | undefined) => {
      if (!ks) return;
      for (const k of ks) {
        if (seen.has(k)) continue;
        seen.add(k);
        const d = osa1(q, this.keys[k]);
        if (d > 1) continue;
        const id = this.owner[k];
        const prev = res.get(id);
        if (prev === undefined || d < prev) res.set(id, d);
      }
    };
    consider(this.exact.get(q));
    consider(this.dels.get(q));
    for (const d of deletions(q)) {
      consider(this.exact.get(d));
      consider(this.dels.get(d));
    }
    return res;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

const MARK_RE = /\(|\)|,|\b[SsDd]\s*\/\s*[Oo]\b|\/|\b[FfMm]\s*:|ឪពុក|ម្[ដត]ាយ|កូន|៖/g;

/** Splits a cell at the parent marks: the first part is the worker's own name. */
export function splitMarks(cell: string): { marked: boolean; segs: string[] } {
  MARK_RE.lastIndex = 0;
  const marked = MARK_RE.test(cell);
  MARK_RE.lastIndex = 0;
  if (!marked) return { marked, segs: [cell.trim()] };
  return { marked, segs: cell.split(MARK_RE).map((s) => s.trim()).filter((s) => s.length > 0) };
}

export interface CellReading {
  marked: boolean;
  runOn: boolean;
  /** identities the worker's own name could be (run-on: any stretch), with edit distance. */
  own: Map<number, number>;
  /** identities the parents' names could be. */
  other: Map<number, number>;
}

/** How a careful reader sees the register's names, and each on-site name cell. */
export class RegisterReader {
  readonly identOfReg: number[];
  readonly regsOfIdent = new Map<number, number[]>();
  private idx = new KeyIndex();
  constructor(readonly regs: readonly RegisteredWorker[]) {
    const kh = khIdentMap();
    this.identOfReg = regs.map((r) => kh.get(khKey(r.nameKh)) ?? -1);
    this.identOfReg.forEach((id, i) => {
      if (id >= 0) push(this.regsOfIdent, id, i);
    });
    for (const id of this.regsOfIdent.keys()) for (const k of identKeys(id)) this.idx.add(k, id);
  }
  lookup(seg: string): Map<number, number> {
    return this.idx.lookup(segKey(seg));
  }
  read(cell: string): CellReading {
    const { marked, segs } = splitMarks(cell);
    const other = new Map<number, number>();
    if (marked) {
      const own = segs.length ? this.lookup(segs[0]) : new Map<number, number>();
      for (const s of segs.slice(1)) mergeMin(other, this.lookup(s));
      return { marked, runOn: false, own, other };
    }
    const whole = this.lookup(cell);
    if (whole.size > 0) return { marked, runOn: false, own: whole, other };
    const kh = isKhmer(cell);
    const toks = cell.split(/[\s\u200B]+/).filter((t) => t.length > 0);
    const own = new Map<number, number>();
    for (let i = 0; i < toks.length; i++) {
      for (let len = kh ? 1 : 2; len <= 3 && i + len <= toks.length; len++) {
        if (len === toks.length) continue;
        mergeMin(own, this.lookup(toks.slice(i, i + len).join(' ')));
      }
    }
    return { marked, runOn: true, own, other };
  }
  regsOf(ids: Iterable<number>): number[] {
    const out: number[] = [];
    for (const id of ids) for (const r of this.regsOfIdent.get(id) ?? []) out.push(r);
    return out;
  }
  /** Registered workers a true row's name points at: the best-matching names (any stretch of a run-on cell). */
  trueCandidates(cell: string): { reading: CellReading; cands: number[] } {
    const reading = this.read(cell);
    let ids: number[];
    if (reading.runOn) ids = [...reading.own.keys()];
    else {
      let best = 2;
      for (const d of reading.own.values()) best = Math.min(best, d);
      ids = [...reading.own].filter(([, d]) => d === best).map(([id]) => id);
    }
    return { reading, cands: this.regsOf(ids) };
  }
  /** Registered workers a hidden row could pass for by any name in its cell, not ruled out by a field. */
  hiddenUnresolved(row: RowFields): number[] {
    const reading = this.read(row.name);
    const ids = new Set<number>([...reading.own.keys(), ...reading.other.keys()]);
    return this.regsOf(ids).filter((r) => !ruledOut(row, this.regs[r]));
  }
}

function mergeMin(into: Map<number, number>, from: Map<number, number>) {
  for (const [k, d] of from) {
    const p = into.get(k);
    if (p === undefined || d < p) into.set(k, d);
  }
}

type RowFields = Pick<OnsiteWorker, 'name' | 'nationalId' | 'nssfNumber' | 'sex' | 'dateOfBirth'>;

/** A field present on both sides that no slip explains. */
export function ruledOut(row: RowFields, reg: RegisteredWorker): boolean {
  if (row.sex && reg.sex && row.sex !== reg.sex) return true;
  if (row.dateOfBirth && reg.dateOfBirth && !dobClose(row.dateOfBirth, reg.dateOfBirth)) return true;
  if (row.nationalId && reg.nationalId && osa1(row.nationalId, reg.nationalId) >= 2) return true;
  if (row.nssfNumber && reg.nssfNumber && osa1(row.nssfNumber, reg.nssfNumber) >= 2) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// People

interface Person {
  fam: number;
  giv: number;
  sex: Sex;
  dob: number;
  nid: string;
  nssf: string | null;
  fa: number; // identity of the father
  mo: number; // identity of the mother
  latF: string | null; // the register's spellings
  latG: string | null;
  reg: number; // index in the register, -1 for a hidden worker
  /** the registered parent a hidden child's cell names */
  parentOf?: { reg: Person; role: 'F' | 'M' };
  /** a registered child: which of its parents is registered too */
  regParent?: 'F' | 'M';
  kind: 'reg' | 'child' | 'namesake' | 'other';
}

interface Tags {
  source: Source;
  script: 'kh' | 'lat';
  fmt: string | null;
  runOn: boolean;
  swap: boolean;
  spellDiff: boolean;
  typo: boolean;
  khVar: string | null;
  nidSlip: boolean;
  nssfSlip: boolean;
  dobSwap: boolean;
  namesRegParent: boolean;
  /** the cell names the worker's own registered parent (a registered child, or a hidden child) */
  namesRelative: boolean;
  runParent: 'F' | 'M' | null;
}

interface Draft {
  person: Person;
  row: RowFields & { source: Source };
  tags: Tags;
}

interface Meta {
  relations: [number, number][]; // register index pairs (parent-child or siblings)
  inFamilies: number;
  drafts: Draft[]; // in final row order
  hiddenKinds: Record<string, number>;
  hiddenChildParentAbsent: number;
  repairs: { dobFilled: number; dobMoved: number; nidFilled: number; replaced: number };
  absent: number;
}
const META = new WeakMap<Roster, Meta>();

function makeIdGen(r: Rng, len: number, first: string) {
  const used = new Set<string>();
  const near = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      for (let d = 0; d < 10; d++) {
        const ch = String(d);
        if (ch !== c && used.has(s.slice(0, i) + ch + s.slice(i + 1))) return true;
      }
      if (i + 1 < s.length && s[i] !== s[i + 1] && used.has(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2))) return true;
    }
    return false;
  };
  return () => {
    for (;;) {
      let s = r.pick(first.split(''));
      while (s.length < len) s += String(r.int(0, 9));
      if (used.has(s) || near(s)) continue;
      used.add(s);
      return s;
    }
  };
}

function slipDigits(r: Rng, s: string): string {
  for (;;) {
    const i = r.int(0, s.length - 1);
    let out: string;
    if (r.chance(0.3) && i + 1 < s.length) out = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    else out = s.slice(0, i) + String(r.int(0, 9)) + s.slice(i + 1);
    if (out !== s) return out;
  }
}

const TYPO_LETTERS = 'aehikmnorstuy';
function typoWord(r: Rng, w: string): string | null {
  for (let t = 0; t < 12; t++) {
    const i = r.int(0, w.length - 1);
    const op = r.int(0, 3);
    let out = w;
    if (op === 0) {
      const c = TYPO_LETTERS[r.int(0, TYPO_LETTERS.length - 1)];
      out = w.slice(0, i) + (w[i] === w[i].toUpperCase() ? c.toUpperCase() : c) + w.slice(i + 1);
    } else if (op === 1 && i > 0) out = w.slice(0, i) + w.slice(i + 1);
    else if (op === 2) out = w.slice(0, i + 1) + w[i] + w.slice(i + 1);
    else if (op === 3 && i + 1 < w.length) out = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    const k = out.toLowerCase();
    if (k !== w.toLowerCase() && !ALL_LAT_TOKENS.has(k)) return out;
  }
  return null;
}

type CaseStyle = 'upper' | 'title' | 'lower';
function applyCase(s: string, c: CaseStyle): string {
  if (c === 'upper') return s.toUpperCase();
  if (c === 'lower') return s.toLowerCase();
  return s
    .split(' ')
    .map((t) => (t ? t[0].toUpperCase() + t.slice(1).toLowerCase() : t))
    .join(' ');
}

// Khmer encoding variants of one word; null when the word has nothing to vary.
function khShifterAfterVowel(w: string): string | null {
  for (let i = 0; i + 1 < w.length; i++) {
    const c = w.charCodeAt(i);
    const n = w.charCodeAt(i + 1);
    if ((c === 0x17c9 || c === 0x17ca) && n >= 0x17b6 && n <= 0x17c5) return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  }
  return null;
}
function khVowelBeforeCoeng(w: string): string | null {
  for (let i = 0; i + 2 < w.length; i++) {
    const c = w.charCodeAt(i);
    const v = w.charCodeAt(i + 2);
    if (c === 0x17d2 && isKhCons(w.charCodeAt(i + 1)) && v >= 0x17b6 && v <= 0x17c5) return w.slice(0, i) + w[i + 2] + w.slice(i, i + 2) + w.slice(i + 3);
  }
  return null;
}
function khNikahitFirst(w: string): string | null {
  const i = w.indexOf('\u17BB\u17C6');
  return i < 0 ? null : w.slice(0, i) + '\u17C6\u17BB' + w.slice(i + 2);
}

// ---------------------------------------------------------------------------------------------
// The generator

export function generateSixtyfifth(size: number, seed: number): Roster {
  return build(size, seed);
}

function build(size: number, seed: number): Roster {
  const r = rng((seed * 0x9e3779b1) ^ 0x65f1f7);
  const famIdx = new Map<NameWord, number>(FAMILY.map((f, i) => [f, i]));
  const malIdx = new Map<NameWord, number>(MALE.map((g, i) => [g, i]));
  const femIdx = new Map<NameWord, number>(FEMALE.map((g, i) => [g, NM + i]));
  const pickFamF = () => famIdx.get(r.pickSkewed(FAMILY, 1.7))!;
  const pickGiv = (sex: Sex) => (sex === 'M' ? malIdx.get(r.pickSkewed(MALE, 1.4))! : femIdx.get(r.pickSkewed(FEMALE, 1.4))!);
  const pickGivUniform = (sex: Sex) => (sex === 'M' ? r.int(0, NM - 1) : NM + r.int(0, FEMALE.length - 1));
  const randSex = (): Sex => (r.chance(0.58) ? 'F' : 'M');

  // --- register people, with rule 2 enforced as dates of birth are drawn -----------------------
  const dobsByIdent = new Map<number, string[]>();
  const dobFree = (id: number, iso: string) => !(dobsByIdent.get(id) ?? []).some((e) => dobClose(e, iso));
  const singleDob = () => {
    const age = 18 + 42 * r.next() ** 1.7;
    return Math.max(MIN_DOB, Math.min(MAX_DOB, dayOf('2025-03-01') - Math.floor(age * YEAR) - r.int(0, 364)));
  };
  const parentsFor = (fam: number): [number, number] => [ident(fam, pickGiv('M')), ident(pickFamF(), pickGiv('F'))];

  const people: Person[] = [];
  const relations: [Person, Person][] = [];
  const mk = (
    fam: number,
    sex: Sex,
    drawDob: () => number,
    avoidGiv: number[],
    avoidDob: number[],
    fa: number,
    mo: number,
  ): Person => {
    for (let t = 0; ; t++) {
      if (t > 5000) throw new Error('sixtyfifth: cannot place a registered worker');
      const giv = t < 40 ? pickGiv(sex) : pickGivUniform(sex);
      if (avoidGiv.includes(giv)) continue;
      const id = ident(fam, giv);
      for (let u = 0; u < 25; u++) {
        const dob = drawDob();
        const iso = isoOf(dob);
        if (!dobFree(id, iso)) continue;
        if (avoidDob.some((a) => dobClose(isoOf(a), iso) || Math.abs(a - dob) < 300)) continue;
        push(dobsByIdent, id, iso);
        const p: Person = { fam, giv, sex, dob, nid: '', nssf: null, fa, mo, latF: null, latG: null, reg: -1, kind: 'reg' };
        people.push(p);
        return p;
      }
    }
  };

  const familyTarget = Math.round(size * (0.09 + 0.02 * r.next()));
  let inFamilies = 0;
  while (inFamilies < familyTarget && people.length + 3 <= size) {
    const u = r.next();
    if (u < 0.62) {
      // parent with one or two children
      const kids = u < 0.5 ? 1 : 2;
      const pSex: Sex = r.chance(0.6) ? 'M' : 'F';
      const pFam = pickFamF();
      const [pfa, pmo] = parentsFor(pFam);
      const oldest = kids === 1 ? OLDEST_PARENT_DOB : OLDEST_PARENT_DOB - Math.round(4 * YEAR);
      const parent = mk(pFam, pSex, () => r.int(MIN_DOB, oldest), [identGiv(pfa)], [], pfa, pmo);
      let cFam: number;
      let cfa: number;
      let cmo: number;
      if (pSex === 'M') {
        cFam = parent.fam;
        cfa = ident(parent.fam, parent.giv);
        cmo = ident(pickFamF(), pickGiv('F'));
      } else {
        cFam = pickFamF();
        cfa = ident(cFam, pickGiv('M'));
        cmo = ident(parent.fam, parent.giv);
      }
      const lo = parent.dob + Math.ceil(19 * YEAR);
      const hi = Math.min(parent.dob + Math.floor(36 * YEAR), MAX_DOB);
      const sibs: Person[] = [];
      for (let k = 0; k < kids; k++) {
        const c = mk(
          cFam,
          randSex(),
          () => r.int(lo, hi),
          [identGiv(cfa), ...sibs.map((s) => s.giv)],
          [parent.dob, ...sibs.map((s) => s.dob)],
          cfa,
          cmo,
        );
        c.regParent = pSex;
        relations.push([parent, c]);
        for (const s of sibs) relations.push([s, c]);
        sibs.push(c);
      }
      inFamilies += 1 + kids;
    } else {
      const fam = pickFamF();
      const [fa, mo] = parentsFor(fam);
      const a = mk(fam, randSex(), singleDob, [identGiv(fa)], [], fa, mo);
      const b = mk(
        fam,
        randSex(),
        () => Math.max(MIN_DOB, Math.min(MAX_DOB, a.dob + (r.chance(0.5) ? 1 : -1) * r.int(300, 4000))),
        [identGiv(fa), a.giv],
        [a.dob],
        fa,
        mo,
      );
      relations.push([a, b]);
      inFamilies += 2;
    }
  }
  while (people.length < size) {
    const fam = pickFamF();
    const [fa, mo] = parentsFor(fam);
    mk(fam, randSex(), singleDob, [identGiv(fa)], [], fa, mo);
  }

  // register fields
  const nidGen = makeIdGen(r, 9, '0112');
  const nssfGen = makeIdGen(r, 10, '12');
  for (const p of people) {
    p.nid = nidGen();
    p.nssf = nssfGen();
    const f = FAMILY[p.fam];
    const g = GIVEN[p.giv];
    p.latF = r.chance(0.75) ? f.lat[0] : r.pick(f.lat);
    p.latG = r.chance(0.75) ? g.lat[0] : r.pick(g.lat);
  }
  r.shuffle(people);
  const registered: RegisteredWorker[] = people.map((p, i) => {
    p.reg = i;
    const f = FAMILY[p.fam];
    const g = GIVEN[p.giv];
    const hireLo = Math.max(dayOf('2009-01-01'), p.dob + Math.ceil(18 * YEAR));
    const hireHi = dayOf('2025-02-28');
    return {
      workerId: `w${String(i + 1).padStart(6, '0')}`,
      nssfNumber: r.chance(0.97) ? p.nssf : null,
      nationalId: r.chance(0.85) ? p.nid : null,
      nameKh: `${f.kh} ${g.kh}`,
      nameLatin: r.chance(0.85) ? `${p.latF} ${p.latG}`.toUpperCase() : null,
      sex: r.chance(0.99) ? p.sex : null,
      dateOfBirth: isoOf(p.dob),
      hireDate: isoOf(r.int(Math.min(hireLo, hireHi), hireHi)),
      wageRiel: r.chance(0.7) ? r.int(780, 1600) * 1000 : null,
    };
  });

  // --- who is on site ----------------------------------------------------------------------
  const absentRate = 0.04 + 0.02 * r.next();
  const presentPeople = people.filter(() => !r.chance(absentRate));
  const absent = size - presentPeople.length;
  const hiddenRate = 0.065 + 0.02 * r.next();
  const nHidden = Math.round((presentPeople.length * hiddenRate) / (1 - hiddenRate));
  const nChild = Math.round(nHidden / 3);
  const nNamesake = Math.round((nHidden - nChild) / 2);
  const nOther = nHidden - nChild - nNamesake;
  const registeredIdents = new Set(people.map((p) => ident(p.fam, p.giv)));

  const hiddenPeople: Person[] = [];
  const eligibleParents = people.filter((p) => p.dob <= OLDEST_PARENT_DOB);
  const presentSet = new Set(presentPeople);
  const absentParents = eligibleParents.filter((p) => !presentSet.has(p));
  let childParentAbsent = 0;
  const childDob = (P: Person) => {
    const lo = P.dob + Math.ceil(19 * YEAR);
    const hi = Math.min(P.dob + Math.floor(36 * YEAR), MAX_DOB);
    for (;;) {
      const d = r.int(lo, hi);
      if (!dobClose(isoOf(d), isoOf(P.dob))) return d;
    }
  };
  for (let k = 0; k < nChild; k++) {
    // a child often works in place of an absent parent
    const P = absentParents.length && r.chance(0.3) ? r.pick(absentParents) : r.pick(eligibleParents);
    const sex = randSex();
    let fam: number;
    let fa: number;
    let mo: number;
    if (P.sex === 'M') {
      fam = P.fam;
      fa = ident(P.fam, P.giv);
      mo = ident(pickFamF(), pickGiv('F'));
    } else {
      fam = pickFamF();
      fa = ident(fam, pickGiv('M'));
      mo = ident(P.fam, P.giv);
    }
    let giv = pickGiv(sex);
    while (giv === identGiv(fa)) giv = pickGiv(sex);
    if (!presentSet.has(P)) childParentAbsent++;
    hiddenPeople.push({ fam, giv, sex, dob: childDob(P), nid: '', nssf: null, fa, mo, latF: null, latG: null, reg: -1, parentOf: { reg: P, role: P.sex }, kind: 'child' });
  }
  for (let k = 0; k < nNamesake; k++) {
    const R = r.pick(people);
    const [fa, mo] = parentsFor(R.fam);
    hiddenPeople.push({ fam: R.fam, giv: R.giv, sex: R.sex, dob: singleDob(), nid: '', nssf: null, fa, mo, latF: null, latG: null, reg: -1, kind: 'namesake' });
  }
  const novel = (): Person => {
    let fam = 0;
    let giv = 0;
    let sex: Sex = 'F';
    for (let t = 0; t < 200; t++) {
      fam = r.int(0, FAMILY.length - 1);
      sex = randSex();
      giv = pickGivUniform(sex);
      if (!registeredIdents.has(ident(fam, giv))) break;
    }
    const [fa, mo] = parentsFor(fam);
    return { fam, giv, sex, dob: singleDob(), nid: '', nssf: null, fa, mo, latF: null, latG: null, reg: -1, kind: 'other' };
  };
  for (let k = 0; k < nOther; k++) hiddenPeople.push(novel());
  for (const h of hiddenPeople) h.nid = nidGen();

  // --- rows ----------------------------------------------------------------------------------
  const makeRow = (p: Person, isTrue: boolean): Draft => {
    const forced = p.parentOf;
    const u = r.next();
    const source: Source = forced ? 'csv' : u < 0.78 ? 'csv' : u < 0.94 ? 'manual' : 'id-card';
    const script: 'kh' | 'lat' = r.chance(source === 'id-card' ? 0.75 : source === 'manual' ? 0.5 : 0.42) ? 'kh' : 'lat';
    const parentCell = !!forced || (source === 'csv' && r.chance(0.4));
    let fmt: string | null = null;
    if (parentCell) {
      const role = forced?.role;
      const w = r.next();
      if (w < 0.06) fmt = 'run';
      else if (script === 'lat') {
        const opts = role === 'M' ? ['M()', 'FM()', 'F:M:'] : role === 'F' ? ['F()', 'FM()', 's/o', 'F:M:'] : ['F()', 'F()', 'M()', 'FM()', 'FM()', 's/o', 's/o', 'F:M:'];
        fmt = r.pick(opts);
      } else {
        const opts = role === 'M' ? ['FM', 'M', 'M'] : role === 'F' ? ['FM', '(F)', '/child'] : ['FM', 'FM', '(F)', '/child', '/child', 'M'];
        fmt = r.pick(opts);
      }
    }
    const runOn = fmt === 'run';
    const runParent = runOn ? (forced ? forced.role : r.chance(0.8) ? 'F' : 'M') : null;
    const tags: Tags = {
      source,
      script,
      fmt,
      runOn,
      swap: false,
      spellDiff: false,
      typo: false,
      khVar: null,
      nidSlip: false,
      nssfSlip: false,
      dobSwap: false,
      namesRegParent: false,
      namesRelative: false,
      runParent,
    };
    const f = FAMILY[p.fam];
    const g = GIVEN[p.giv];
    let own: string;
    let otherName: (id: number) => string;
    if (script === 'lat') {
      const cs: CaseStyle = r.chance(0.6) ? 'upper' : r.chance(0.85) ? 'title' : 'lower';
      const fs = p.latF && r.chance(0.55) ? p.latF : r.pick(f.lat);
      const gs = p.latG && r.chance(0.55) ? p.latG : r.pick(g.lat);
      tags.spellDiff = isTrue && registered[p.reg].nameLatin !== null && (fs !== p.latF || gs !== p.latG);
      tags.swap = r.chance(0.12);
      let words = (tags.swap ? `${gs} ${fs}` : `${fs} ${gs}`).split(' ');
      if (!runOn && r.chance(source === 'id-card' ? 0.02 : 0.045)) {
        const long = words.map((wd, i) => [wd, i] as const).filter(([wd]) => wd.length >= 4);
        if (long.length) {
          const [wd, i] = r.pick(long);
          const t = typoWord(r, wd);
          if (t) {
            words = words.map((x, j) => (j === i ? t : x));
            tags.typo = true;
          }
        }
      }
      own = applyCase(words.join(' '), cs);
      otherName = (id) => {
        const of = FAMILY[identFam(id)];
        const og = GIVEN[identGiv(id)];
        return applyCase(`${r.pick(of.lat)} ${r.pick(og.lat)}`, cs);
      };
    } else {
      tags.swap = r.chance(0.04);
      let a = tags.swap ? g.kh : f.kh;
      let b = tags.swap ? f.kh : g.kh;
      let sep = ' ';
      if (r.chance(0.35)) {
        const opts: string[] = ['zwsp', 'zwsp'];
        if (!runOn) opts.push('nospace');
        if (khShifterAfterVowel(a) || khShifterAfterVowel(b)) opts.push('shifter', 'shifter');
        if (khVowelBeforeCoeng(a) || khVowelBeforeCoeng(b)) opts.push('coeng', 'coeng');
        if (khNikahitFirst(a) || khNikahitFirst(b)) opts.push('nikahit', 'nikahit');
        const v = r.pick(opts);
        tags.khVar = v;
        if (v === 'zwsp') sep = '\u200B';
        else if (v === 'nospace') sep = '';
        else {
          const fn = v === 'shifter' ? khShifterAfterVowel : v === 'coeng' ? khVowelBeforeCoeng : khNikahitFirst;
          const fa = fn(a);
          const fb = fn(b);
          if (fa && (!fb || r.chance(0.5))) a = fa;
          else if (fb) b = fb;
        }
      }
      own = a + sep + b;
      const psep = sep === '\u200B' ? sep : ' ';
      otherName = (id) => FAMILY[identFam(id)].kh + psep + GIVEN[identGiv(id)].kh;
    }
    let name = own;
    if (fmt) {
      const F = () => otherName(p.fa);
      const M = () => otherName(p.mo);
      const mother = r.chance(0.6) ? MARK.motherD : MARK.motherT;
      switch (fmt) {
        case 'run':
          name = `${own} ${runParent === 'F' ? F() : M()}`;
          break;
        case 'F()':
          name = `${own} (F: ${F()})`;
          break;
        case 'M()':
          name = `${own} (M: ${M()})`;
          break;
        case 'FM()':
          name = `${own} (F: ${F()}, M: ${M()})`;
          break;
        case 's/o': {
          const m = p.sex === 'M' ? 's/o' : 'd/o';
          name = `${own} ${r.chance(0.5) ? m : m.toUpperCase()} ${F()}`;
          break;
        }
        case 'F:M:':
          name = `${own} F: ${F()} M: ${M()}`;
          break;
        case 'FM':
          name = `${own} ${MARK.father} ${F()} ${mother} ${M()}`;
          break;
        case '(F)':
          name = `${own} (${MARK.father}${MARK.colon} ${F()})`;
          break;
        case '/child':
          name = `${own} / ${MARK.childOf} ${F()}`;
          break;
        case 'M':
          name = `${own} ${mother} ${M()}`;
          break;
      }
    }
    const fld = (csv: number, manual: number, card: number) => r.chance(source === 'csv' ? csv : source === 'manual' ? manual : card);
    let nationalId = fld(0.55, 0.35, 1) ? p.nid : null;
    let nssfNumber = isTrue ? (fld(0.45, 0.25, 0.08) ? p.nssf : null) : r.chance(0.04) ? nssfGen() : null;
    let dateOfBirth = fld(0.95, 0.88, 1) ? isoOf(p.dob) : null;
    const sex = fld(0.65, 0.9, 1) ? p.sex : null;
    if (isTrue) {
      if (nationalId && source !== 'id-card' && r.chance(0.03)) {
        nationalId = slipDigits(r, nationalId);
        tags.nidSlip = true;
      }
      if (nssfNumber && r.chance(0.03)) {
        nssfNumber = slipDigits(r, nssfNumber);
        tags.nssfSlip = true;
      }
      if (dateOfBirth && source !== 'id-card' && r.chance(0.03)) {
        const s = swapDM(dateOfBirth);
        if (s) {
          dateOfBirth = s;
          tags.dobSwap = true;
        }
      }
    }
    return { person: p, row: { name, nationalId, nssfNumber, sex, dateOfBirth, source }, tags };
  };

  const drafts: Draft[] = presentPeople.map((p) => makeRow(p, true));

  // --- hidden rows, each checked against the register as a careful reader would -----------------
  const reader = new RegisterReader(registered);
  const repairs = { dobFilled: 0, dobMoved: 0, nidFilled: 0, replaced: 0 };
  const hiddenKinds: Record<string, number> = { child: 0, namesake: 0, other: 0 };
  for (let h of hiddenPeople) {
    let d = makeRow(h, false);
    for (let attempt = 0; ; attempt++) {
      const bad = reader.hiddenUnresolved(d.row);
      if (bad.length === 0) break;
      if (attempt > 60) {
        if (repairs.replaced > 1000) throw new Error('sixtyfifth: hidden rows cannot be told apart');
        // give up on this person: someone else with a name nobody registered
        repairs.replaced++;
        h = novel();
        h.nid = nidGen();
        d = makeRow(h, false);
        attempt = 0;
        continue;
      }
      if (d.row.dateOfBirth === null) {
        d.row.dateOfBirth = isoOf(h.dob);
        repairs.dobFilled++;
        continue;
      }
      if (attempt > 30 && d.row.nationalId === null && bad.every((b) => registered[b].nationalId)) {
        d.row.nationalId = h.nid;
        repairs.nidFilled++;
        continue;
      }
      h.dob = h.parentOf ? childDob(h.parentOf.reg) : singleDob();
      d.row.dateOfBirth = isoOf(h.dob);
      repairs.dobMoved++;
    }
    hiddenKinds[h.kind]++;
    drafts.push(d);
  }

  // does the cell name a registered name, or the worker's own registered parent, as a parent?
  const NAMES_F = new Set(['F()', 'FM()', 's/o', 'F:M:', 'FM', '(F)', '/child']);
  const NAMES_M = new Set(['M()', 'FM()', 'F:M:', 'FM', 'M']);
  for (const d of drafts) {
    const fmt = d.tags.fmt;
    if (!fmt) continue;
    const p = d.person;
    const f = fmt === 'run' ? d.tags.runParent === 'F' : NAMES_F.has(fmt);
    const m = fmt === 'run' ? d.tags.runParent === 'M' : NAMES_M.has(fmt);
    d.tags.namesRegParent = (f && registeredIdents.has(p.fa)) || (m && registeredIdents.has(p.mo));
    const role = p.parentOf?.role ?? p.regParent;
    d.tags.namesRelative = (role === 'F' && f) || (role === 'M' && m);
  }

  // --- shuffle, then give out ids, times and sheet rows in row order ---------------------------
  r.shuffle(drafts);
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  let t = Date.parse('2025-03-12T01:30:00.000Z');
  let sheetRow = 0;
  for (const d of drafts) {
    t += r.int(2, 40) * 1000 + r.int(0, 999);
    const id = uuid(r);
    onsite.push({
      id,
      visitId: 'visit-sixtyfifth',
      name: d.row.name,
      nationalId: d.row.nationalId,
      nssfNumber: d.row.nssfNumber,
      sex: d.row.sex,
      dateOfBirth: d.row.dateOfBirth,
      source: d.row.source,
      sourceRow: d.row.source === 'csv' ? ++sheetRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, d.person.reg >= 0 ? registered[d.person.reg].workerId : null);
  }
  const roster: Roster = { registered, onsite, truth };
  META.set(roster, {
    relations: relations.map(([a, b]) => [a.reg, b.reg]),
    inFamilies,
    drafts,
    hiddenKinds,
    hiddenChildParentAbsent: childParentAbsent,
    repairs,
    absent,
  });
  return roster;
}

function uuid(r: Rng): string {
  let h = '';
  for (let i = 0; i < 16; i++) {
    let b = Math.floor(r.next() * 256);
    if (i === 6) b = (b & 0x0f) | 0x40;
    if (i === 8) b = (b & 0x3f) | 0x80;
    h += b.toString(16).padStart(2, '0');
  }
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ---------------------------------------------------------------------------------------------
// Self-check

async function selfCheck() {
  const size = Number(process.argv[2] ?? 10000) || 10000;
  const seed = Number(process.argv[3] ?? 1) || 1;
  const { OnsiteWorker: OnsiteSchema, RegisteredWorker: RegisteredSchema } = await import('../../src/protocol');
  const problems: string[] = [];
  const fail = (m: string) => problems.push(m);
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(2)} %` : '-');

  const t0 = performance.now();
  const roster = generateSixtyfifth(size, seed);
  const genMs = performance.now() - t0;
  const meta = META.get(roster)!;
  const { registered, onsite, truth } = roster;
  const regIdx = new Map(registered.map((w, i) => [w.workerId, i]));
  const drafts = meta.drafts;
  const N = onsite.length;
  const hiddenRows = onsite.filter((o) => truth.get(o.id) === null);
  const trueRows = N - hiddenRows.length;

  // --- name lists ----------------------------------------------------------------------------
  const latOwner = new Map<string, string>();
  for (const w of [...FAMILY, ...GIVEN]) {
    for (const l of w.lat) {
      const k = latKey(l);
      const o = latOwner.get(k);
      if (o !== undefined && o !== w.kh) fail(`Latin spelling "${l}" belongs to two Khmer words (${o}, ${w.kh})`);
      latOwner.set(k, w.kh);
    }
  }
  const keyOwner = new Map<string, number>();
  let keyClashes = 0;
  FAMILY.forEach((_, fi) =>
    GIVEN.forEach((__, gi) => {
      for (const k of identKeys(ident(fi, gi))) {
        const o = keyOwner.get(k);
        if (o !== undefined && o !== ident(fi, gi)) keyClashes++;
        keyOwner.set(k, ident(fi, gi));
      }
    }),
  );
  if (keyClashes) fail(`${keyClashes} spellings are shared by two different full names`);

  // --- shape ---------------------------------------------------------------------------------
  const count = (f: (d: Draft) => boolean, set: Draft[] = drafts) => set.filter(f).length;
  const trueD = drafts.filter((d) => d.person.reg >= 0);
  const hidD = drafts.filter((d) => d.person.reg < 0);
  const latD = drafts.filter((d) => d.tags.script === 'lat');
  const khD = drafts.filter((d) => d.tags.script === 'kh');
  const lines: string[] = [];
  const L = (s: string) => lines.push(s);
  L(`sixtyfifth ${size}/${seed}: ${SIXTYFIFTH_LABEL}`);
  L(`register ${registered.length}: national ID ${pct(registered.filter((w) => w.nationalId).length, size)}, NSSF ${pct(registered.filter((w) => w.nssfNumber).length, size)}, Latin name ${pct(registered.filter((w) => w.nameLatin).length, size)}, sex ${pct(registered.filter((w) => w.sex).length, size)}`);
  const inRel = new Set(meta.relations.flat());
  L(`families: ${inRel.size} registered workers (${pct(inRel.size, size)}) with a parent, child or sibling registered; ${meta.relations.length} related pairs`);
  const identCount = new Map<string, number>();
  for (const w of registered) identCount.set(w.nameKh, (identCount.get(w.nameKh) ?? 0) + 1);
  const shared = registered.filter((w) => identCount.get(w.nameKh)! > 1).length;
  L(`namesakes: ${pct(shared, size)} of registered share their full name with another; ${identCount.size} distinct names, the commonest ${Math.max(...identCount.values())} times`);
  L(`on site ${N}: true ${trueRows}, hidden ${hiddenRows.length} (${pct(hiddenRows.length, N)}), absent registered ${meta.absent} (${pct(meta.absent, size)})`);
  L(`hidden kinds: children of registered ${meta.hiddenKinds.child} (${pct(meta.hiddenKinds.child, hidD.length)}, parent absent ${meta.hiddenChildParentAbsent}), namesakes ${meta.hiddenKinds.namesake}, other names ${meta.hiddenKinds.other}; repairs: DOB filled ${meta.repairs.dobFilled}, DOB redrawn ${meta.repairs.dobMoved}, ID filled ${meta.repairs.nidFilled}, replaced ${meta.repairs.replaced}`);
  {
    const relTrue = count((d) => d.tags.namesRelative, trueD);
    const kids = hidD.filter((d) => d.person.parentOf);
    let byDob = 0;
    let bySex = 0;
    let byId = 0;
    for (const d of kids) {
      const P = registered[d.person.parentOf!.reg.reg];
      const o = d.row;
      if (o.dateOfBirth && P.dateOfBirth && !dobClose(o.dateOfBirth, P.dateOfBirth)) byDob++;
      else if (o.sex && P.sex && o.sex !== P.sex) bySex++;
      else if (ruledOut(o, P)) byId++;
    }
    L(`family traps: ${relTrue} true cells name the worker's own registered parent; ${kids.length} hidden children told from the registered parent their cell names by DOB ${byDob}, else sex ${bySex}, else an ID ${byId}`);
  }
  L(`sources: csv ${pct(count((d) => d.tags.source === 'csv'), N)}, manual ${pct(count((d) => d.tags.source === 'manual'), N)}, id-card ${pct(count((d) => d.tags.source === 'id-card'), N)}`);
  const withParents = drafts.filter((d) => d.tags.fmt);
  L(`parent names in the cell: ${pct(withParents.length, N)} of rows (true ${pct(count((d) => !!d.tags.fmt, trueD), trueD.length)}, hidden ${pct(count((d) => !!d.tags.fmt, hidD), hidD.length)}); run on without a mark ${withParents.filter((d) => d.tags.runOn).length} (${pct(withParents.filter((d) => d.tags.runOn).length, N)} of rows); naming a registered name as parent ${pct(withParents.filter((d) => d.tags.namesRegParent).length, withParents.length)}`);
  const fmts = new Map<string, number>();
  for (const d of withParents) fmts.set(`${d.tags.script}:${d.tags.fmt}`, (fmts.get(`${d.tags.script}:${d.tags.fmt}`) ?? 0) + 1);
  L(`  formats: ${[...fmts].sort().map(([k, v]) => `${k} ${v}`).join(', ')}`);
  L(`script: Khmer ${pct(khD.length, N)}, Latin ${pct(latD.length, N)}; Khmer encoding variants ${pct(count((d) => !!d.tags.khVar, khD), khD.length)} of Khmer cells (${['zwsp', 'nospace', 'shifter', 'coeng', 'nikahit'].map((v) => `${v} ${count((d) => d.tags.khVar === v, khD)}`).join(', ')})`);
  const latTrue = latD.filter((d) => d.person.reg >= 0);
  L(`Latin: spelling differs from the register ${pct(count((d) => d.tags.spellDiff, latTrue), latTrue.length)} of true Latin cells, order swapped ${pct(count((d) => d.tags.swap, latD), latD.length)}, typo ${pct(count((d) => d.tags.typo, latD), latD.length)}; Khmer order swapped ${pct(count((d) => d.tags.swap, khD), khD.length)}`);
  const has = (k: keyof RowFields) => onsite.filter((o) => o[k] !== null).length;
  L(`fields: national ID ${pct(has('nationalId'), N)}, NSSF ${pct(has('nssfNumber'), N)}, DOB ${pct(has('dateOfBirth'), N)}, sex ${pct(has('sex'), N)}`);
  L(`slips on true rows: ID ${count((d) => d.tags.nidSlip, trueD)}, NSSF ${count((d) => d.tags.nssfSlip, trueD)}, DOB day/month swapped ${count((d) => d.tags.dobSwap, trueD)}`);

  // --- rule 1 and 5: true rows ---------------------------------------------------------------
  const reader = new RegisterReader(registered);
  let r1 = 0;
  let undecidable = 0;
  let undecidableRunOn = 0;
  let trueRunOn = 0;
  const r1Examples: string[] = [];
  const r3Examples: string[] = [];
  let r3 = 0;
  let hiddenNoName = 0;
  let hiddenByField = 0;
  for (const o of onsite) {
    const wid = truth.get(o.id);
    if (wid === undefined) {
      fail(`on-site ${o.id} has no truth`);
      continue;
    }
    if (wid === null) {
      const reading = reader.read(o.name);
      const ids = new Set([...reading.own.keys(), ...reading.other.keys()]);
      const cands = reader.regsOf(ids);
      if (cands.length === 0) hiddenNoName++;
      else hiddenByField++;
      const bad = cands.filter((c) => !ruledOut(o, registered[c]));
      if (bad.length) {
        r3++;
        if (r3Examples.length < 5) r3Examples.push(`${o.name} | ${o.dateOfBirth} ~ ${registered[bad[0]].nameKh} ${registered[bad[0]].dateOfBirth}`);
      }
      continue;
    }
    const ri = regIdx.get(wid);
    if (ri === undefined) {
      fail(`truth names unknown worker ${wid}`);
      continue;
    }
    const reg = registered[ri];
    const { reading, cands } = reader.trueCandidates(o.name);
    const why: string[] = [];
    if (!cands.includes(ri)) why.push('name');
    if (o.nationalId && reg.nationalId && osa1(o.nationalId, reg.nationalId) > 1) why.push('nid');
    if (o.nssfNumber && reg.nssfNumber && osa1(o.nssfNumber, reg.nssfNumber) > 1) why.push('nssf');
    if (o.dateOfBirth && reg.dateOfBirth && o.dateOfBirth !== reg.dateOfBirth && swapDM(reg.dateOfBirth) !== o.dateOfBirth) why.push('dob');
    if (o.sex && reg.sex && o.sex !== reg.sex) why.push('sex');
    if (why.length) {
      r1++;
      if (r1Examples.length < 5) r1Examples.push(`${why.join('+')}: "${o.name}" vs ${reg.nameKh} / ${reg.nameLatin}`);
    }
    if (reading.runOn) trueRunOn++;
    const remaining = cands.filter((c) => !ruledOut(o, registered[c]));
    if (remaining.length > 1) {
      undecidable++;
      if (reading.runOn) undecidableRunOn++;
    }
  }
  L(`rule 1: true rows not a plausible variant of their worker: ${r1}${r1Examples.length ? ` (${r1Examples.join('; ')})` : ''}`);
  if (r1) fail(`rule 1: ${r1} true rows`);
  L(`rule 3: hidden rows that could pass for a registered worker with no field to tell them apart: ${r3}; hidden rows matching no registered name ${hiddenNoName}, told apart by a field ${hiddenByField}${r3Examples.length ? ` (${r3Examples.join('; ')})` : ''}`);
  if (r3) fail(`rule 3: ${r3} hidden rows`);
  L(`rule 5: undecidable true rows ${undecidable} (${pct(undecidable, trueRows)}, limit 4 %); run-on rows ${trueRunOn}, of them undecidable ${undecidableRunOn} (${pct(undecidableRunOn, N)} of rows, limit 2 %)`);
  if (undecidable / trueRows >= 0.04) fail('rule 5: too many undecidable rows');
  if (undecidableRunOn / N >= 0.02) fail('rule 5: too many undecidable run-on rows');

  // --- rule 2 --------------------------------------------------------------------------------
  let r2 = 0;
  for (const idxs of reader.regsOfIdent.values()) {
    for (let i = 0; i < idxs.length; i++) {
      for (let j = i + 1; j < idxs.length; j++) {
        const a = registered[idxs[i]].dateOfBirth;
        const b = registered[idxs[j]].dateOfBirth;
        if (a && b && dobClose(a, b)) r2++;
      }
    }
  }
  const unparsed = reader.identOfReg.filter((x) => x < 0).length;
  if (unparsed) fail(`${unparsed} registered Khmer names not read back`);
  L(`rule 2: registered namesake pairs with dates of birth a slip apart: ${r2}`);
  if (r2) fail(`rule 2: ${r2} namesake pairs`);

  // --- rule 4 --------------------------------------------------------------------------------
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const ids = new Set(onsite.map((o) => o.id));
  if (ids.size !== N || onsite.some((o) => !uuidRe.test(o.id))) fail('rule 4: ids not unique v4 UUIDs');
  let inc = true;
  for (let i = 1; i < N; i++) if (!(onsite[i].recordedAt > onsite[i - 1].recordedAt)) inc = false;
  if (!inc) fail('rule 4: recordedAt not increasing');
  let sr = 0;
  let srOk = true;
  for (const o of onsite) {
    if (o.source === 'csv') srOk &&= o.sourceRow === ++sr;
    else srOk &&= o.sourceRow === null;
  }
  if (!srOk) fail('rule 4: sourceRow not in row order');
  if (truth.size !== N) fail('rule 4: truth size differs from on-site rows');
  let wOrder = true;
  for (let i = 1; i < registered.length; i++) if (!(registered[i].workerId > registered[i - 1].workerId)) wOrder = false;
  if (!wOrder) fail('rule 4: workerIds not in register order');
  const adjacent = meta.relations.filter(([a, b]) => Math.abs(a - b) <= 2).length;
  const hidPos = onsite.map((o, i) => [o, i] as const).filter(([o]) => truth.get(o.id) === null).map(([, i]) => i / (N - 1));
  const meanPos = hidPos.reduce((s, x) => s + x, 0) / Math.max(1, hidPos.length);
  const posSigma = Math.sqrt(1 / 12 / Math.max(1, hidPos.length));
  const pairs = onsite.map((o, i) => [i, regIdx.get(truth.get(o.id) ?? '') ?? -1] as const).filter(([, j]) => j >= 0);
  const corr = pearson(pairs.map(([i]) => i), pairs.map(([, j]) => j));
  L(`rule 4: ids unique v4 ${ids.size === N}, recordedAt increasing ${inc}, csv sourceRow in order ${srOk}, workerIds in register order ${wOrder}; related pairs within 2 places on the register ${adjacent}/${meta.relations.length}; hidden rows' mean position ${meanPos.toFixed(3)} (±${(4 * posSigma).toFixed(3)}); on-site order vs register order r=${corr.toFixed(4)}`);
  if (Math.abs(meanPos - 0.5) > 4 * posSigma) fail('rule 4: hidden rows bunched in the row order');
  if (Math.abs(corr) > 4 / Math.sqrt(pairs.length)) fail('rule 4: on-site order follows the register');
  if (meta.relations.length > 20 && adjacent / meta.relations.length > 0.05) fail('rule 4: relatives sit together on the register');

  // --- theme rates ---------------------------------------------------------------------------
  const hr = hiddenRows.length / N;
  if (hr < 0.06 || hr > 0.09) fail(`hidden rate ${hr.toFixed(3)} outside 6-9 %`);
  const ar = meta.absent / size;
  if (ar < 0.03 || ar > 0.07) fail(`absent rate ${ar.toFixed(3)} off`);
  const fr = inRel.size / size;
  if (fr < 0.07 || fr > 0.13) fail(`family rate ${fr.toFixed(3)} off`);
  const pc = withParents.length / N;
  if (pc < 0.25 || pc > 0.4) fail(`parent-cell rate ${pc.toFixed(3)} off`);
  const cr = meta.hiddenKinds.child / hidD.length;
  if (cr < 0.25 || cr > 0.42) fail(`hidden-children share ${cr.toFixed(3)} off`);

  // --- schemas -------------------------------------------------------------------------------
  let badSchema = 0;
  for (const o of onsite) if (!OnsiteSchema.safeParse(o).success) badSchema++;
  for (const w of registered) if (!RegisteredSchema.safeParse(w).success) badSchema++;
  for (const o of onsite) if ('statedStartDate' in o || 'wageRiel' in o) badSchema++;
  L(`schemas: ${badSchema} records fail (all ${N} on-site and ${size} registered parsed)`);
  if (badSchema) fail(`${badSchema} records fail their schema`);

  // --- determinism and time ------------------------------------------------------------------
  const snap = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const same = snap(generateSixtyfifth(size, seed)) === snap(roster);
  const differs = snap(generateSixtyfifth(size, seed + 1)) !== snap(roster);
  L(`determinism: same seed identical ${same}, seed ${seed + 1} differs ${differs}`);
  if (!same || !differs) fail('determinism');
  let ms10k = genMs;
  if (size !== 10000) {
    const t1 = performance.now();
    generateSixtyfifth(10000, seed);
    ms10k = performance.now() - t1;
  }
  L(`time: ${size} in ${genMs.toFixed(0)} ms (first call); 10,000 in ${ms10k.toFixed(0)} ms (limit 2000)`);
  if (ms10k >= 2000) fail('10k generation too slow');

  L(`examples: ${onsite.slice(0, 6).map((o) => JSON.stringify(o.name)).join(', ')}`);
  const ex = drafts.filter((d) => d.tags.fmt).slice(0, 6).map((d) => JSON.stringify(d.row.name));
  L(`parent cells: ${ex.join(', ')}`);
  console.log(lines.join('\n'));
  if (problems.length) {
    console.log(`FAIL\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  console.log('PASS');
}

function pearson(x: number[], y: number[]): number {
  const n = x.length;
  if (n < 3) return 0;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy || 1);
}

if (process.argv[1]?.endsWith('sixtyfifth.ts')) {
  void selfCheck();
}
