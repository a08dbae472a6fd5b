/**
 * Blind roster generator `seventyfirst`: a register whose Latin names slipped against its Khmer
 * names.
 *
 * THE STORY. The fund's register was migrated from an old system in batches. In 3-5 batches
 * (contiguous blocks of the old system's record order, together 8-15 % of the register) the
 * Latin-name column slid by one row against the rest of the record: a worker in such a block
 * keeps their own Khmer name, IDs, sex, date of birth and hire date, but carries the Latin name
 * of the next (or, for some blocks, the previous) record of the old order. The old order is by
 * hire week, so the neighbour is usually a co-worker hired the same week, sometimes of the other
 * sex. At the block's edge the record takes the Latin name of the unshifted record beyond the
 * block (which then appears twice) or is left blank. A Latin name that was missing travels
 * along like any other (15 % of workers have no Latin name). Elsewhere Latin and Khmer agree,
 * in the usual spellings, upper case or title case.
 *
 * The employer's sheet (on-site roster) gives each worker's OWN name: ~55 % in Latin, ~45 % in
 * Khmer; date of birth ~85 %, national ID ~40 %, NSSF number ~25 % (rows without a date of birth
 * were mostly typed from an ID or NSSF card, so ~90 % of them carry a national ID and ~40 % an
 * NSSF number; rows with one carry IDs less often, which keeps the overall shares). Sex is
 * noted on ~80 % of rows. Sources: employer CSV ~72 % (with its sheet row), typed by the
 * inspector ~24 %, read off an ID card ~4 % (those carry the exact national ID and date of
 * birth). Registered workers absent ~4.5-6.5 %; hidden workers 6-9 % of on-site rows, ~45 % of
 * them namesakes of a registered worker (the rest have names drawn from the same lists, so they
 * often collide by chance as well); ~10 % of hidden workers show an NSSF number from a former
 * employer (never within one slip of a registered number); their ages are drawn as the
 * register's are.
 *
 * Usual variation on true rows: Latin spellings from the lists (the sheet reuses the fund's
 * original spelling about half the time), family/given order swapped (Latin 8 %, Khmer 5 %),
 * UPPER 30 % / lower 5 % / Title case, one typo in one word of 4+ letters (3 % of Latin rows),
 * Khmer encoding variants (zero-width space for the space 14 %, no space 9 %, NFD 10 % which
 * changes no Khmer code point, and on ~20 % of rows where the name allows it a different code
 * point order from another keyboard: register shifter after the vowel, nikahit before the u
 * vowel, coeng-ro before the other subscript, vowel before the subscript). National ID / NSSF
 * number one slip (one digit changed or two adjacent digits swapped) 3 % of the time; day and month swapped on
 * 6 % of the dates where that gives another valid date (~2 % of all dates on rows). The
 * register has NSSF number 99 %, national ID 98.5 %, sex and date of birth 99.8 %, hire date
 * 99 %, wage 95 %; ~4 % of its Khmer names are typed in another code point order.
 * No extra variation beyond the product text is modelled, except the shifted Latin column
 * itself (which is the register's fault, not the row's).
 *
 * FAIRNESS (audited by the self-check below; "within one edit" = optimal string alignment
 * distance <= 1 on the spaceless lower-case Latin or on the normalised Khmer):
 *  1. A true row carries only plausible variants of its worker as the register's KHMER name
 *     gives it (the Khmer name is the truth about a worker's name; the shifted Latin column is
 *     not): a listed spelling of each word, either order, any case, at most one typo in one word
 *     of 4+ letters, Khmer encoding variants; IDs exact or one slip; DOB exact or day/month
 *     swapped; sex right or missing.
 *  2. Registered namesakes never share a date of birth and are more than a day/month swap or one
 *     digit apart. "Namesakes" is taken widely: same Khmer name, or the same name through the
 *     shifted Latin column (a worker carrying A's Latin name is treated as A's namesake), in any
 *     listed spelling.
 *  3. Every hidden row either could not pass for any registered worker by name, or is ruled out
 *     from every registered worker it could pass for by a field present on both sides (sex
 *     differs, DOB more than a swap/one digit apart, national IDs 2+ edits apart). "Could pass
 *     for by name" is wide: within one edit of any listed spelling of the worker's Khmer name,
 *     of the Khmer name itself, or of the Latin name the register (shift included) gives them;
 *     a Khmer row is also romanised and held against the register's Latin column.
 *  4. Nothing leaks the truth: on-site rows and register rows are shuffled, on-site ids are
 *     version-4 UUIDs from the seeded PRNG, recordedAt increases in row order, sheet rows count
 *     up in row order, register workerIds are assigned after shuffling.
 *  5. Undecidable true rows stay under 4 %: a true row counts as undecidable when another
 *     registered worker it could pass for by name (same wide sense as rule 3) is not told apart
 *     from it by sex, DOB, national ID or NSSF number present on both sides. This counts, among
 *     others, the theme's trap: a Latin row of a worker in a shifted block, whose name the
 *     register also gives (through the shift) to the neighbour, with nothing else on the row to
 *     tell the two apart.
 *
 * Run `npx tsx test/bench/seventyfirst.ts 10000 1` for the self-check.
 */
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY, GIVEN_F, GIVEN_M, type NameWord } from './seventyfirst-names';
import { OnsiteWorker, RegisteredWorker } from '../../src/protocol';

export const SEVENTYFIRST_LABEL = 'shifted Latin column: 3-5 migrated blocks (8-15 %) carry the neighbour\'s Latin name';

// ---------------------------------------------------------------------------------------------
// Rates
const R = {
  female: 0.72,
  regLatinPresent: 0.85,
  regLatinUpper: 0.55,
  regKhReorder: 0.04,
  regNssf: 0.99,
  regNatId: 0.985,
  regSex: 0.998,
  regDob: 0.998,
  regHire: 0.99,
  regWage: 0.95,
  absentLo: 0.045,
  absentHi: 0.065,
  hiddenLo: 0.06,
  hiddenHi: 0.09,
  hiddenNamesake: 0.45,
  hiddenNssf: 0.1,
  latin: 0.55,
  reuseFundSpelling: 0.5,
  swapLatin: 0.08,
  swapKhmer: 0.05,
  upper: 0.3,
  lower: 0.05,
  typo: 0.03,
  khZwsp: 0.14,
  khNoSpace: 0.09,
  khNfd: 0.1,
  khReorder: 0.2,
  dob: 0.85,
  dobSwap: 0.06, // of the dates where a swap makes another valid date (~40 %), so ~2.5 % of all
  natIdWithDob: 0.32,
  natIdNoDob: 0.9,
  nssfWithDob: 0.22,
  nssfNoDob: 0.4,
  idSlip: 0.03,
  sex: 0.8,
  srcIdCard: 0.04,
  srcManual: 0.24,
} as const;

// ---------------------------------------------------------------------------------------------
// Small helpers
type Sex = 'M' | 'F';

/** Optimal string alignment distance <= 1 (one substitution, insertion, deletion or adjacent swap). */
function within1(a: string, b: string): boolean {
  if (a === b) return true;
  const n = a.length;
  const m = b.length;
  if (n === m) {
    let i = 0;
    while (a[i] === b[i]) i++;
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < n && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  if (n === m + 1) {
    let i = 0;
    while (i < m && a[i] === b[i]) i++;
    return a.slice(i + 1) === b.slice(i);
  }
  if (m === n + 1) return within1(b, a);
  return false;
}

function deletions(s: string): string[] {
  const out = [s];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const DAY = 86_400_000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function swapDayMonth(d: string): string | null {
  const [y, m, dd] = d.split('-');
  if (Number(dd) > 12) return null;
  return `${y}-${dd}-${m}`;
}

/** Dates a human could take for one another: equal, day/month swapped, or one digit apart. */
function dobClose(a: string, b: string): boolean {
  if (a === b) return true;
  if (swapDayMonth(a) === b || swapDayMonth(b) === a) return true;
  const x = a.replace(/-/g, '');
  const y = b.replace(/-/g, '');
  let diff = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) diff++;
  return diff <= 1;
}

function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(r.int(0, 255));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Numbers kept at least two edits apart from one another (no slip turns one into another). */
class IdPool {
  private exact = new Set<string>();
  private masks = new Set<string>();
  constructor(private readonly r: Rng, private readonly len: number, private readonly first: string) {}
  private ok(id: string): boolean {
    if (this.exact.has(id)) return false;
    for (let p = 0; p < id.length; p++) if (this.masks.has(`${p}:${id.slice(0, p)}?${id.slice(p + 1)}`)) return false;
    for (let p = 0; p + 1 < id.length; p++) {
      if (id[p] === id[p + 1]) continue;
      if (this.exact.has(id.slice(0, p) + id[p + 1] + id[p] + id.slice(p + 2))) return false;
    }
    return true;
  }
  draw(): string {
    for (;;) {
      let id = this.r.pick(this.first.split(''));
      while (id.length < this.len) id += String(this.r.int(0, 9));
      if (!this.ok(id)) continue;
      this.exact.add(id);
      for (let p = 0; p < id.length; p++) this.masks.add(`${p}:${id.slice(0, p)}?${id.slice(p + 1)}`);
      return id;
    }
  }
}

function slipId(id: string, r: Rng): string {
  for (;;) {
    const p = r.int(0, id.length - 1);
    if (r.chance(0.5) && p + 1 < id.length && id[p] !== id[p + 1]) return id.slice(0, p) + id[p + 1] + id[p] + id.slice(p + 2);
    const d = String(r.int(0, 9));
    if (d !== id[p]) return id.slice(0, p) + d + id.slice(p + 1);
  }
}

// ---------------------------------------------------------------------------------------------
// Khmer: normalisation (for audits) and encoding variants (for rows)
const COENG = 0x17d2;
const isKhBase = (c: number) => c >= 0x1780 && c <= 0x17b3;
const isKhMark = (c: number) => (c >= 0x17b6 && c <= 0x17d1) || c === 0x17d3 || c === 0x17dd;
function markRank(unit: number[]): number {
  const c = unit[0];
  if (c === COENG) return unit[1] === 0x179a ? 1 : 0;
  if (c === 0x17c9 || c === 0x17ca) return 2;
  if (c >= 0x17b6 && c <= 0x17c5) return 3;
  return 4;
}

/** Khmer name to one comparable form: NFC, no zero-width or white space, marks in one order. */
function normKh(s: string): string {
  const cps = Array.from(s.normalize('NFC').replace(/[\u200B\u200C\u200D\u2060\uFEFF\s]/g, '')).map((c) => c.codePointAt(0)!);
  const out: number[] = [];
  let i = 0;
  while (i < cps.length) {
    const c = cps[i++];
    out.push(c);
    if (!isKhBase(c)) continue;
    const units: number[][] = [];
    while (i < cps.length) {
      const d = cps[i];
      if (d === COENG && i + 1 < cps.length) {
        units.push([d, cps[i + 1]]);
        i += 2;
      } else if (isKhMark(d)) {
        units.push([d]);
        i++;
      } else break;
    }
    const ranked = units.map((u, k) => ({ u, k, r: markRank(u) })).sort((a, b) => a.r - b.r || a.k - b.k);
    for (const x of ranked) out.push(...x.u);
  }
  return String.fromCodePoint(...out);
}

const KH_REORDERS: ReadonlyArray<[RegExp, string]> = [
  [/([\u17C9\u17CA])([\u17B6-\u17C5])/, '$2$1'], // register shifter typed after the vowel
  [/\u17BB\u17C6/, '\u17C6\u17BB'], // nikahit typed before the u vowel
  [/(\u17D2[\u1780-\u1799\u179B-\u17A2])\u17D2\u179A/, '\u17D2\u179A$1'], // coeng-ro typed first
  [/(\u17D2[\u1780-\u17A2])([\u17B6-\u17C5])/, '$2$1'], // vowel typed before the subscript
];

function khReorder(s: string, r: Rng): string | null {
  const ok = KH_REORDERS.filter(([re]) => re.test(s));
  if (ok.length === 0) return null;
  const [re, to] = r.pick(ok);
  return s.replace(re, to);
}

const hasKhmer = (s: string) => /[\u1780-\u17FF]/.test(s);

// ---------------------------------------------------------------------------------------------
// Names: identities (family x given) and their keys
const GIVEN: readonly (NameWord & { sex: Sex })[] = [
  ...GIVEN_F.map((w) => ({ ...w, sex: 'F' as const })),
  ...GIVEN_M.map((w) => ({ ...w, sex: 'M' as const })),
];
const GIVEN_F_IDX = GIVEN_F.map((_, i) => i);
const GIVEN_M_IDX = GIVEN_M.map((_, i) => GIVEN_F.length + i);
const FAMILY_IDX = FAMILY.map((_, i) => i);
const identOf = (f: number, g: number) => f * 256 + g;
const famOf = (id: number) => Math.floor(id / 256);
const givOf = (id: number) => id % 256;

const latinKey = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

interface Vocab {
  famLat: string[][];
  givLat: string[][];
  famKh: string[];
  givKh: string[];
  khToIdent: Map<string, number[]>;
  latToIdent: Map<string, number[]>;
}
let vocabCache: Vocab | null = null;
function vocab(): Vocab {
  if (vocabCache) return vocabCache;
  const famLat = FAMILY.map((w) => w.lat.map(latinKey));
  const givLat = GIVEN.map((w) => w.lat.map(latinKey));
  const famKh = FAMILY.map((w) => normKh(w.kh));
  const givKh = GIVEN.map((w) => normKh(w.kh));
  const khToIdent = new Map<string, number[]>();
  const latToIdent = new Map<string, number[]>();
  const add = (m: Map<string, number[]>, k: string, id: number) => {
    const a = m.get(k);
    if (!a) m.set(k, [id]);
    else if (!a.includes(id)) a.push(id);
  };
  for (let f = 0; f < FAMILY.length; f++) {
    for (let g = 0; g < GIVEN.length; g++) {
      const id = identOf(f, g);
      add(khToIdent, famKh[f] + givKh[g], id);
      add(khToIdent, givKh[g] + famKh[f], id);
      for (const a of famLat[f]) for (const b of givLat[g]) {
        add(latToIdent, a + b, id);
        add(latToIdent, b + a, id);
      }
    }
  }
  vocabCache = { famLat, givLat, famKh, givKh, khToIdent, latToIdent };
  return vocabCache;
}

function romKeys(id: number): string[] {
  const v = vocab();
  const out: string[] = [];
  for (const a of v.famLat[famOf(id)]) for (const b of v.givLat[givOf(id)]) out.push(a + b, b + a);
  return out;
}
function khKeys(id: number): string[] {
  const v = vocab();
  return [v.famKh[famOf(id)] + v.givKh[givOf(id)], v.givKh[givOf(id)] + v.famKh[famOf(id)]];
}
/** A Latin name as written, read in both orders at every split between its words. */
function writtenKeys(name: string): string[] {
  const t = name.trim().split(/\s+/).map(latinKey).filter(Boolean);
  const out = new Set<string>([t.join('')]);
  for (let k = 1; k < t.length; k++) out.add(t.slice(k).join('') + t.slice(0, k).join(''));
  return [...out];
}
/** The identity a register Khmer name spells (first reading), or -1. */
function parseKh(name: string): number {
  return vocab().khToIdent.get(normKh(name))?.[0] ?? -1;
}
/** Identities sharing a full name (any listed spelling, either order) with a register record. */
function nameGroups(nameKh: string, nameLatin: string | null): number[] {
  const v = vocab();
  const out = new Set<number>();
  const id = parseKh(nameKh);
  if (id >= 0) {
    out.add(id);
    for (const k of romKeys(id)) for (const x of v.latToIdent.get(k) ?? []) out.add(x);
  }
  if (nameLatin) for (const k of writtenKeys(nameLatin)) for (const x of v.latToIdent.get(k) ?? []) out.add(x);
  return [...out];
}

/** Keys with owners, looked up within one edit through a symmetric-deletion index. */
class KeyIndex {
  private keys: string[] = [];
  private owners: number[][] = [];
  private ids = new Map<string, number>();
  private del = new Map<string, number[]>();
  add(key: string, tag: number) {
    let k = this.ids.get(key);
    if (k === undefined) {
      k = this.keys.length;
      this.ids.set(key, k);
      this.keys.push(key);
      this.owners.push([]);
      for (const d of deletions(key)) {
        const a = this.del.get(d);
        if (a) a.push(k);
        else this.del.set(d, [k]);
      }
    }
    const o = this.owners[k];
    if (!o.includes(tag)) o.push(tag);
  }
  lookup(key: string, each: (tag: number) => void) {
    const seen = new Set<number>();
    for (const d of deletions(key)) {
      for (const k of this.del.get(d) ?? []) {
        if (seen.has(k)) continue;
        seen.add(k);
        if (within1(key, this.keys[k])) for (const t of this.owners[k]) each(t);
      }
    }
  }
}

/** Which registered workers a written name could pass for (see rule 3 in the header). */
class NameIndex {
  private lat = new KeyIndex();
  private kh = new KeyIndex();
  private identWorkers = new Map<number, number[]>();
  readonly workerIdent: number[];
  constructor(reg: readonly { nameKh: string; nameLatin: string | null }[]) {
    this.workerIdent = reg.map((w) => parseKh(w.nameKh));
    this.workerIdent.forEach((id, w) => {
      if (id < 0) return;
      const a = this.identWorkers.get(id);
      if (a) a.push(w);
      else this.identWorkers.set(id, [w]);
    });
    for (const id of this.identWorkers.keys()) {
      for (const k of romKeys(id)) this.lat.add(k, id);
      for (const k of khKeys(id)) this.kh.add(k, id);
    }
    reg.forEach((w, i) => {
      if (w.nameLatin) for (const k of writtenKeys(w.nameLatin)) this.lat.add(k, -(i + 1));
    });
    // A register Khmer name outside the lists still counts, by its own Khmer form.
    reg.forEach((w, i) => {
      if (this.workerIdent[i] < 0) this.kh.add(normKh(w.nameKh), -(i + 1));
    });
  }
  private addTag(t: number, out: Set<number>) {
    if (t < 0) out.add(-t - 1);
    else for (const w of this.identWorkers.get(t) ?? []) out.add(w);
  }
  query(name: string): Set<number> {
    const out = new Set<number>();
    if (hasKhmer(name)) {
      const k = normKh(name);
      this.kh.lookup(k, (t) => this.addTag(t, out));
      for (const id of vocab().khToIdent.get(k) ?? []) {
        for (const rk of romKeys(id)) this.lat.lookup(rk, (t) => { if (t < 0) out.add(-t - 1); });
      }
    } else {
      this.lat.lookup(latinKey(name), (t) => this.addTag(t, out));
    }
    return out;
  }
}

/** A field on both sides tells the row apart from this registered worker. */
function separated(
  row: { sex: Sex | null; dateOfBirth: string | null; nationalId: string | null; nssfNumber: string | null },
  reg: RegisteredWorker,
  useNssf: boolean,
): boolean {
  if (row.sex && reg.sex && row.sex !== reg.sex) return true;
  if (row.dateOfBirth && reg.dateOfBirth && !dobClose(row.dateOfBirth, reg.dateOfBirth)) return true;
  if (row.nationalId && reg.nationalId && !within1(row.nationalId, reg.nationalId)) return true;
  if (useNssf && row.nssfNumber && reg.nssfNumber && !within1(row.nssfNumber, reg.nssfNumber)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Rendering names
function pickVariant(n: number, r: Rng): number {
  if (n <= 1 || r.chance(0.55)) return 0;
  return r.int(1, n - 1);
}
const titleCase = (s: string) => s.split(' ').map((t) => (t ? t[0].toUpperCase() + t.slice(1).toLowerCase() : t)).join(' ');

const NEAR: Record<string, string> = {
  a: 'eo', e: 'ai', i: 'ey', o: 'ua', u: 'oi', y: 'ie', h: 'gn', k: 'gc', n: 'mh', m: 'nb', s: 'zc', t: 'dr', r: 'tl', p: 'bo', c: 'kx', g: 'kh', d: 'ts', l: 'rk', v: 'wb', b: 'pv', w: 'v', x: 'c', z: 's', f: 'ph', j: 'ch', q: 'k',
};
/** One typo in one word: substitution, dropped letter, doubled letter or two letters swapped. */
function typoWord(w: string, r: Rng): string {
  for (;;) {
    const op = r.int(0, 3);
    const i = r.int(1, w.length - 1);
    let out = w;
    if (op === 0) {
      const c = w[i].toLowerCase();
      const alt = NEAR[c] ?? 'e';
      out = w.slice(0, i) + r.pick(alt.split('')) + w.slice(i + 1);
    } else if (op === 1) out = w.slice(0, i) + w.slice(i + 1);
    else if (op === 2) out = w.slice(0, i) + w[i] + w.slice(i);
    else if (i + 1 < w.length && w[i] !== w[i + 1]) out = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    if (out !== w && out.toLowerCase() !== w.toLowerCase()) return out;
  }
}

interface NameOut { name: string; latin: boolean }
function renderName(id: number, fundSpelling: [number, number] | null, r: Rng): NameOut {
  const f = FAMILY[famOf(id)];
  const g = GIVEN[givOf(id)];
  if (r.chance(R.latin)) {
    let fv: number;
    let gv: number;
    if (fundSpelling && r.chance(R.reuseFundSpelling)) [fv, gv] = fundSpelling;
    else {
      fv = pickVariant(f.lat.length, r);
      gv = pickVariant(g.lat.length, r);
    }
    const words = r.chance(R.swapLatin) ? [g.lat[gv], f.lat[fv]] : [f.lat[fv], g.lat[gv]];
    let tokens = words.join(' ').split(' ');
    if (r.chance(R.typo)) {
      const long = tokens.map((t, i) => (t.length >= 4 ? i : -1)).filter((i) => i >= 0);
      if (long.length) {
        const i = r.pick(long);
        tokens = tokens.map((t, k) => (k === i ? typoWord(t, r) : t));
      }
    }
    const s = tokens.join(' ');
    const u = r.next();
    return { name: u < R.upper ? s.toUpperCase() : u < R.upper + R.lower ? s.toLowerCase() : titleCase(s), latin: true };
  }
  let a = f.kh;
  let b = g.kh;
  if (r.chance(R.khReorder)) {
    const able = [0, 1].filter((k) => KH_REORDERS.some(([re]) => re.test(k ? b : a)));
    if (able.length) {
      const k = r.pick(able);
      if (k) b = khReorder(b, r) ?? b;
      else a = khReorder(a, r) ?? a;
    }
  }
  if (r.chance(R.swapKhmer)) [a, b] = [b, a];
  const u = r.next();
  const sep = u < R.khZwsp ? '\u200B' : u < R.khZwsp + R.khNoSpace ? '' : ' ';
  let s = a + sep + b;
  if (r.chance(R.khNfd)) s = s.normalize('NFD');
  return { name: s, latin: false };
}

// ---------------------------------------------------------------------------------------------
// The generator
interface Person {
  id: number; // identity
  sex: Sex;
  dob: string;
  natId: string;
  nssf: string | null;
  hireDay: number;
  fund: [number, number] | null; // the fund's original Latin spelling (variant indexes)
}

interface Meta {
  blocks: { start: number; size: number; dir: 1 | -1; edge: 'dup' | 'blank' }[];
  shifted: number;
  shiftedDifferent: number;
  shiftedOtherSex: number;
  shiftedSameWeek: number;
  hiddenNamesake: number;
  hiddenRetries: number;
  /** workerIds of the workers in shifted blocks (for the self-check's theme figures only). */
  shiftedWorker: Set<string>;
}
let lastMeta: Meta | null = null;

function drawDob(r: Rng, hireYear: number): string {
  const y = r.int(Math.max(1966, hireYear - 45), hireYear - 18);
  const m = r.int(1, 12);
  const d = r.int(1, daysIn(y, m));
  return `${y}-${pad(m)}-${pad(d)}`;
}

type Row = Omit<OnsiteWorker, 'id' | 'visitId' | 'sourceRow' | 'recordedAt'>;

function makeRow(p: { id: number; sex: Sex; dob: string; natId: string; nssf: string | null; fund: [number, number] | null }, hidden: boolean, r: Rng, withDob?: boolean): Row {
  const u = r.next();
  const source: OnsiteWorker['source'] = u < R.srcIdCard ? 'id-card' : u < R.srcIdCard + R.srcManual ? 'manual' : 'csv';
  const { name } = renderName(p.id, p.fund, r);
  let dateOfBirth: string | null = null;
  let nationalId: string | null = null;
  let nssfNumber: string | null = null;
  if (source === 'id-card') {
    dateOfBirth = p.dob;
    nationalId = p.natId;
  } else {
    if (withDob ?? r.chance(R.dob)) {
      dateOfBirth = p.dob;
      const sw = swapDayMonth(p.dob);
      if (!hidden && sw && sw !== p.dob && r.chance(R.dobSwap)) dateOfBirth = sw;
    }
    if (r.chance(dateOfBirth ? R.natIdWithDob : R.natIdNoDob)) nationalId = !hidden && r.chance(R.idSlip) ? slipId(p.natId, r) : p.natId;
  }
  if (p.nssf && r.chance(hidden ? 1 : dateOfBirth ? R.nssfWithDob : R.nssfNoDob)) nssfNumber = !hidden && r.chance(R.idSlip) ? slipId(p.nssf, r) : p.nssf;
  const sex = r.chance(R.sex) ? p.sex : null;
  return { name, nationalId, nssfNumber, sex, dateOfBirth, source };
}

export function generateSeventyFirst(size: number, seed: number): Roster {
  const r = rng(seed * 7919 + 71);
  const natPool = new IdPool(r, 9, '0112');
  const nssfPool = new IdPool(r, 10, '12');

  // ---- hiring weeks: the factory hires in batches, ~12 a week
  const week0 = Date.UTC(2010, 0, 4);
  const allWeeks = Math.floor((Date.UTC(2025, 1, 24) - week0) / (7 * DAY));
  const nWeeks = Math.min(allWeeks, Math.max(12, Math.round(size / 12)));
  const weeks = new Set<number>();
  while (weeks.size < nWeeks) weeks.add(r.int(0, allWeeks));
  const weekList = [...weeks].sort((a, b) => a - b);

  // ---- persons on the register, in the old system's order (by hire week)
  const people: Person[] = [];
  for (let i = 0; i < size; i++) {
    const sex: Sex = r.chance(R.female) ? 'F' : 'M';
    const f = r.pickSkewed(FAMILY_IDX, 1.35);
    const g = r.pickSkewed(sex === 'F' ? GIVEN_F_IDX : GIVEN_M_IDX, 1.25);
    const wk = r.pick(weekList);
    const hireDay = week0 / DAY + wk * 7 + r.int(0, 4);
    const id = identOf(f, g);
    const fund: [number, number] | null = r.chance(R.regLatinPresent) ? [pickVariant(FAMILY[f].lat.length, r), pickVariant(GIVEN[g].lat.length, r)] : null;
    people.push({ id, sex, dob: '', natId: natPool.draw(), nssf: nssfPool.draw(), hireDay, fund });
  }
  // within a week the old system often keyed the women's batch before the men's
  const tiebreak = people.map((p) => r.next() + (p.sex === 'M' && r.chance(0.6) ? 1 : 0));
  const weekOf = (p: Person) => Math.floor((p.hireDay - week0 / DAY) / 7);
  const order = people.map((_, i) => i).sort((a, b) => weekOf(people[a]) - weekOf(people[b]) || tiebreak[a] - tiebreak[b]);
  const old = order.map((i) => people[i]);

  // the fund's original Latin column
  const origLatin: (string | null)[] = old.map((p) => {
    if (!p.fund) return null;
    const s = `${FAMILY[famOf(p.id)].lat[p.fund[0]]} ${GIVEN[givOf(p.id)].lat[p.fund[1]]}`;
    return r.chance(R.regLatinUpper) ? s.toUpperCase() : s;
  });

  // ---- the shift: 3-5 blocks, together 8-15 % of the register
  const nBlocks = r.int(3, 5);
  const total = Math.round(size * (0.08 + r.next() * 0.07));
  const bw = Array.from({ length: nBlocks }, () => 0.5 + r.next());
  const bs = bw.map((w) => Math.max(2, Math.floor((total * w) / bw.reduce((a, b) => a + b, 0))));
  bs[0] += total - bs.reduce((a, b) => a + b, 0);
  const free = size - total;
  const gw = Array.from({ length: nBlocks + 1 }, () => 0.3 + r.next());
  const gs = gw.map((w) => Math.max(1, Math.floor(((free - nBlocks - 1) * w) / gw.reduce((a, b) => a + b, 0)) + 1));
  const written = origLatin.slice();
  const shifted = new Array<boolean>(size).fill(false);
  const meta: Meta = { blocks: [], shifted: 0, shiftedDifferent: 0, shiftedOtherSex: 0, shiftedSameWeek: 0, hiddenNamesake: 0, hiddenRetries: 0, shiftedWorker: new Set() };
  let pos = 0;
  for (let b = 0; b < nBlocks; b++) {
    pos += gs[b];
    const s = pos;
    const e = Math.min(size - 2, s + bs[b] - 1);
    const dir: 1 | -1 = r.chance(0.6) ? 1 : -1;
    const edge = r.chance(0.5) ? 'dup' : 'blank';
    for (let i = s; i <= e; i++) {
      shifted[i] = true;
      const from = i + dir;
      const atEdge = dir === 1 ? i === e : i === s;
      written[i] = atEdge && edge === 'blank' ? null : origLatin[from];
      const nb = old[from];
      meta.shifted++;
      if (nb.id !== old[i].id) meta.shiftedDifferent++;
      if (nb.sex !== old[i].sex) meta.shiftedOtherSex++;
      if (weekOf(nb) === weekOf(old[i])) meta.shiftedSameWeek++;
    }
    meta.blocks.push({ start: s, size: e - s + 1, dir, edge });
    pos = e + 1;
  }

  // ---- register Khmer (a few typed in another code point order)
  const regKh = old.map((p) => {
    let a = FAMILY[famOf(p.id)].kh;
    let b = GIVEN[givOf(p.id)].kh;
    if (r.chance(R.regKhReorder)) {
      a = khReorder(a, r) ?? a;
      b = khReorder(b, r) ?? b;
    }
    return `${a} ${b}`;
  });

  // ---- dates of birth, namesakes (rule 2) kept apart
  const byGroup = new Map<number, number[]>();
  const hasDob = old.map(() => r.chance(R.regDob));
  for (let i = 0; i < size; i++) {
    const p = old[i];
    const groups = nameGroups(regKh[i], written[i]);
    const others: string[] = [];
    for (const g of groups) for (const j of byGroup.get(g) ?? []) others.push(old[j].dob);
    const hy = new Date(p.hireDay * DAY).getUTCFullYear();
    let dob = drawDob(r, hy);
    for (let t = 0; t < 500 && others.some((o) => dobClose(o, dob)); t++) dob = drawDob(r, hy);
    p.dob = dob;
    if (!hasDob[i]) continue; // the register lost it; it cannot clash
    for (const g of groups) {
      const a = byGroup.get(g);
      if (a) a.push(i);
      else byGroup.set(g, [i]);
    }
  }

  const reg: RegisteredWorker[] = old.map((p, i) => ({
    workerId: '',
    nssfNumber: r.chance(R.regNssf) ? p.nssf : null,
    nationalId: r.chance(R.regNatId) ? p.natId : null,
    nameKh: regKh[i],
    nameLatin: written[i],
    sex: r.chance(R.regSex) ? p.sex : null,
    dateOfBirth: hasDob[i] ? p.dob : null,
    hireDate: r.chance(R.regHire) ? isoDay(p.hireDay * DAY) : null,
    wageRiel: r.chance(R.regWage) ? r.int(850, 1600) * 1000 : null,
  }));

  // ---- true rows (present registered workers)
  const absentRate = R.absentLo + r.next() * (R.absentHi - R.absentLo);
  const rows: { row: Row; truth: number | null }[] = [];
  for (let i = 0; i < size; i++) {
    if (r.chance(absentRate)) continue;
    rows.push({ row: makeRow(old[i], false, r), truth: i });
  }

  // ---- hidden rows (rule 3 checked against the register as written)
  const index = new NameIndex(reg);
  const h = R.hiddenLo + r.next() * (R.hiddenHi - R.hiddenLo);
  const nHidden = Math.round((rows.length * h) / (1 - h));
  for (let k = 0; k < nHidden; k++) {
    const namesake = r.chance(R.hiddenNamesake);
    const noDob = r.chance(1 - R.dob);
    let done = false;
    for (let attempt = 0; attempt < 400 && !done; attempt++) {
      if (attempt) meta.hiddenRetries++;
      let sex: Sex;
      let id: number;
      if (namesake) {
        id = old[r.int(0, size - 1)].id;
        sex = GIVEN[givOf(id)].sex;
      } else {
        sex = r.chance(R.female) ? 'F' : 'M';
        id = identOf(r.pickSkewed(FAMILY_IDX, 1.35), r.pickSkewed(sex === 'F' ? GIVEN_F_IDX : GIVEN_M_IDX, 1.25));
      }
      const hy = new Date(old[r.int(0, size - 1)].hireDay * DAY).getUTCFullYear(); // ages as on the register
      const person = { id, sex, dob: drawDob(r, hy), natId: natPool.draw(), nssf: r.chance(R.hiddenNssf) ? nssfPool.draw() : null, fund: null };
      const row = makeRow(person, true, r, attempt < 300 ? !noDob : true);
      const cands = [...index.query(row.name)];
      const ok = () => cands.every((c) => separated(row, reg[c], false));
      if (!ok() && row.dateOfBirth) {
        for (let t = 0; t < 40 && !ok(); t++) row.dateOfBirth = drawDob(r, hy);
      }
      if (!ok()) continue;
      if (namesake) meta.hiddenNamesake++;
      rows.push({ row, truth: null });
      done = true;
    }
    if (!done) throw new Error('seventyfirst: could not place a hidden worker');
  }

  // ---- shuffle and finish the on-site roster
  r.shuffle(rows);
  const regOrder = r.shuffle(reg.map((_, i) => i));
  const workerIdOf = new Array<string>(size);
  regOrder.forEach((i, k) => {
    workerIdOf[i] = `W${pad(k + 1, 6)}`;
    reg[i].workerId = workerIdOf[i];
  });
  for (let i = 0; i < size; i++) if (shifted[i]) meta.shiftedWorker.add(workerIdOf[i]);
  const registered = regOrder.map((i) => reg[i]);

  const visitId = 'visit-seventyfirst';
  let t = Date.UTC(2025, 3, 21, 1, 30, 0);
  let csvRow = 0;
  const truth = new Map<string, string | null>();
  const onsite: OnsiteWorker[] = rows.map(({ row, truth: ti }) => {
    t += r.int(6, 50) * 1000;
    const id = uuid(r);
    truth.set(id, ti === null ? null : workerIdOf[ti]);
    return { id, visitId, ...row, sourceRow: row.source === 'csv' ? ++csvRow : null, recordedAt: new Date(t).toISOString() };
  });
  lastMeta = meta;
  return { registered, onsite, truth };
}

// ---------------------------------------------------------------------------------------------
// Self-check
function latinVariantOk(name: string, id: number): { ok: boolean; typo: boolean; swapped: boolean } {
  const toks = name.trim().toLowerCase().split(/\s+/);
  const f = FAMILY[famOf(id)].lat.map((s) => s.toLowerCase().split(' '));
  const g = GIVEN[givOf(id)].lat.map((s) => s.toLowerCase().split(' '));
  let best: { ok: boolean; typo: boolean; swapped: boolean } = { ok: false, typo: false, swapped: false };
  for (const a of f) for (const b of g) {
    for (const [want, swapped] of [[[...a, ...b], false], [[...b, ...a], true]] as const) {
      if (want.length !== toks.length) continue;
      let diff = 0;
      let bad = false;
      for (let i = 0; i < want.length; i++) {
        if (want[i] === toks[i]) continue;
        diff++;
        if (want[i].length < 4 || !within1(want[i], toks[i])) bad = true;
      }
      if (bad || diff > 1) continue;
      if (diff === 0) return { ok: true, typo: false, swapped };
      best = { ok: true, typo: true, swapped };
    }
  }
  return best;
}

function audit(size: number, seed: number): boolean {
  const lines: string[] = [];
  const fails: string[] = [];
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(2) : '0.00') + ' %';
  const t0 = performance.now();
  const roster = generateSeventyFirst(size, seed);
  const genMs = performance.now() - t0;
  const meta = lastMeta!;
  const { registered: reg, onsite, truth } = roster;
  const byId = new Map(reg.map((w, i) => [w.workerId, i]));
  const index = new NameIndex(reg);
  const v = vocab();

  // ---- shape
  const trueRows = onsite.filter((o) => truth.get(o.id) != null);
  const hiddenRows = onsite.filter((o) => truth.get(o.id) === null);
  const present = new Set(trueRows.map((o) => truth.get(o.id)!));
  lines.push(`seventyfirst ${size}/${seed}: ${SEVENTYFIRST_LABEL}`);
  lines.push(`registered ${reg.length}, on site ${onsite.length} (true ${trueRows.length}, hidden ${hiddenRows.length} = ${pct(hiddenRows.length, onsite.length)} of rows), absent ${reg.length - present.size} = ${pct(reg.length - present.size, reg.length)}`);
  const regLatin = reg.filter((w) => w.nameLatin).length;
  const mismatch = reg.filter((w, i) => w.nameLatin && !writtenKeys(w.nameLatin).some((k) => v.latToIdent.get(k)?.includes(index.workerIdent[i]))).length;
  lines.push(`register: Latin name ${pct(regLatin, reg.length)}, NSSF ${pct(reg.filter((w) => w.nssfNumber).length, reg.length)}, national ID ${pct(reg.filter((w) => w.nationalId).length, reg.length)}, DOB ${pct(reg.filter((w) => w.dateOfBirth).length, reg.length)}, sex ${pct(reg.filter((w) => w.sex).length, reg.length)}, female ${pct(reg.filter((w) => w.sex === 'F').length, reg.length)}`);
  lines.push(`shift: ${meta.blocks.length} blocks [${meta.blocks.map((b) => `${b.size}${b.dir > 0 ? '↓next' : '↑prev'}/${b.edge}`).join(', ')}], ${meta.shifted} workers = ${pct(meta.shifted, size)}; carrying another person's name ${meta.shiftedDifferent}, neighbour of the other sex ${pct(meta.shiftedOtherSex, meta.shifted)}, hired the same week ${pct(meta.shiftedSameWeek, meta.shifted)}; register rows whose Latin name is not their Khmer name: ${mismatch} = ${pct(mismatch, reg.length)}`);
  if (meta.blocks.length < 3 || meta.blocks.length > 5) fails.push('theme: block count');
  if (meta.shifted < 0.08 * size - 1 || meta.shifted > 0.15 * size + 1) fails.push('theme: shifted share');

  // ---- rule 1 and variation rates
  let r1bad = 0;
  const c = { latin: 0, upper: 0, lower: 0, swap: 0, typo: 0, kh: 0, zw: 0, nosp: 0, reorder: 0, dob: 0, dobSwap: 0, nat: 0, natSlip: 0, nssf: 0, nssfSlip: 0, sex: 0, csv: 0, manual: 0, card: 0, natNoDob: 0, noDob: 0 };
  const r1examples: string[] = [];
  for (const o of trueRows) {
    const w = reg[byId.get(truth.get(o.id)!)!];
    const id = parseKh(w.nameKh);
    let ok = id >= 0;
    if (ok) {
      if (hasKhmer(o.name)) {
        c.kh++;
        const k = normKh(o.name);
        ok = khKeys(id).includes(k);
        if (o.name.includes('\u200B')) c.zw++;
        else if (!/\s/.test(o.name)) c.nosp++;
        const canon = [FAMILY[famOf(id)].kh, GIVEN[givOf(id)].kh];
        const plain = o.name.normalize('NFC').replace(/[\u200B\s]/g, '');
        if (plain !== canon[0] + canon[1] && plain !== canon[1] + canon[0]) c.reorder++;
        if (k === khKeys(id)[1]) c.swap++;
      } else {
        c.latin++;
        const lv = latinVariantOk(o.name, id);
        ok = lv.ok;
        if (lv.typo) c.typo++;
        if (lv.swapped) c.swap++;
        if (o.name === o.name.toUpperCase()) c.upper++;
        else if (o.name === o.name.toLowerCase()) c.lower++;
      }
    }
    if (o.dateOfBirth) {
      c.dob++;
      if (w.dateOfBirth && o.dateOfBirth !== w.dateOfBirth) {
        c.dobSwap++;
        if (swapDayMonth(w.dateOfBirth) !== o.dateOfBirth) ok = false;
      }
    } else c.noDob++;
    if (o.nationalId) {
      c.nat++;
      if (!o.dateOfBirth) c.natNoDob++;
      if (w.nationalId && o.nationalId !== w.nationalId) {
        c.natSlip++;
        if (!within1(o.nationalId, w.nationalId)) ok = false;
      }
    }
    if (o.nssfNumber) {
      c.nssf++;
      if (w.nssfNumber && o.nssfNumber !== w.nssfNumber) {
        c.nssfSlip++;
        if (!within1(o.nssfNumber, w.nssfNumber)) ok = false;
      }
    }
    if (o.sex) {
      c.sex++;
      if (w.sex && o.sex !== w.sex) ok = false;
    }
    if (o.source === 'csv') c.csv++;
    else if (o.source === 'manual') c.manual++;
    else c.card++;
    if (!ok) {
      r1bad++;
      if (r1examples.length < 5) r1examples.push(`${JSON.stringify(o.name)} vs ${w.nameKh} / ${w.nameLatin}`);
    }
  }
  const n = trueRows.length;
  lines.push(`true rows: Latin ${pct(c.latin, n)} (UPPER ${pct(c.upper, c.latin)}, lower ${pct(c.lower, c.latin)}, one typo ${pct(c.typo, c.latin)}), Khmer ${pct(c.kh, n)} (ZWSP ${pct(c.zw, c.kh)}, no space ${pct(c.nosp, c.kh)}, other code point order ${pct(c.reorder, c.kh)}), order swapped ${pct(c.swap, n)}`);
  lines.push(`true rows: DOB ${pct(c.dob, n)} (day/month swapped ${pct(c.dobSwap, c.dob)}), national ID ${pct(c.nat, n)} (slip ${pct(c.natSlip, c.nat)}; on rows without DOB ${pct(c.natNoDob, c.noDob)}), NSSF ${pct(c.nssf, n)} (slip ${pct(c.nssfSlip, c.nssf)}), sex ${pct(c.sex, n)}; source csv ${pct(c.csv, n)}, manual ${pct(c.manual, n)}, id-card ${pct(c.card, n)}`);
  lines.push(`hidden rows: Latin ${pct(hiddenRows.filter((o) => !hasKhmer(o.name)).length, hiddenRows.length)}, DOB ${pct(hiddenRows.filter((o) => o.dateOfBirth).length, hiddenRows.length)}, national ID ${pct(hiddenRows.filter((o) => o.nationalId).length, hiddenRows.length)}, NSSF ${pct(hiddenRows.filter((o) => o.nssfNumber).length, hiddenRows.length)}, sex ${pct(hiddenRows.filter((o) => o.sex).length, hiddenRows.length)}; drawn as namesakes ${meta.hiddenNamesake}, redraws ${meta.hiddenRetries}`);
  lines.push(`rule 1 (true rows are plausible variants of the register's Khmer name and fields): ${r1bad} violations${r1bad ? ' e.g. ' + r1examples.join('; ') : ''}`);
  if (r1bad) fails.push('rule 1');

  // ---- rule 2
  let r2bad = 0;
  let namesakePairs = 0;
  const groups = new Map<number, number[]>();
  reg.forEach((w, i) => {
    for (const g of nameGroups(w.nameKh, w.nameLatin)) {
      const a = groups.get(g);
      if (a) a.push(i);
      else groups.set(g, [i]);
    }
  });
  const seenPair = new Set<number>();
  for (const ws of groups.values()) {
    for (let a = 0; a < ws.length; a++) for (let b = a + 1; b < ws.length; b++) {
      const key = Math.min(ws[a], ws[b]) * 1_000_003 + Math.max(ws[a], ws[b]);
      if (seenPair.has(key)) continue;
      seenPair.add(key);
      namesakePairs++;
      const x = reg[ws[a]].dateOfBirth;
      const y = reg[ws[b]].dateOfBirth;
      if (x && y && dobClose(x, y)) r2bad++;
    }
  }
  const withNamesake = new Set<number>();
  for (const ws of groups.values()) if (ws.length > 1) for (const w of ws) withNamesake.add(w);
  lines.push(`rule 2 (registered namesakes' DOBs apart): ${namesakePairs} namesake pairs, ${pct(withNamesake.size, reg.length)} of workers have one; ${r2bad} violations`);
  if (r2bad) fails.push('rule 2');

  // ---- rule 3
  let r3bad = 0;
  let hiddenWithCands = 0;
  for (const o of hiddenRows) {
    const cands = [...index.query(o.name)];
    if (cands.length) hiddenWithCands++;
    if (!cands.every((ci) => separated(o, reg[ci], false))) r3bad++;
  }
  lines.push(`rule 3 (hidden rows ruled out by name or by a field on both sides): ${pct(hiddenWithCands, hiddenRows.length)} pass for a registered worker by name; ${r3bad} violations`);
  if (r3bad) fails.push('rule 3');

  // ---- rule 5 (and the theme's trap)
  let undecidable = 0;
  let shiftRows = 0;
  let shiftLatin = 0;
  let trap = 0;
  let trapSettled = 0;
  let trapUndecidable = 0;
  let withOthers = 0;
  const undecWhy = new Map<string, number>();
  for (const o of trueRows) {
    const ti = byId.get(truth.get(o.id)!)!;
    const cands = index.query(o.name);
    if (!cands.has(ti)) fails.push(`rule 5: true worker not among the name candidates of ${JSON.stringify(o.name)}`);
    const others = [...cands].filter((x) => x !== ti);
    if (others.length) withOthers++;
    const undec = others.some((x) => !separated(o, reg[x], true));
    if (undec) {
      undecidable++;
      const why = !o.dateOfBirth ? 'no DOB on row' : others.some((x) => !separated(o, reg[x], true) && !reg[x].dateOfBirth) ? 'namesake without DOB' : 'DOB close to another';
      undecWhy.set(why, (undecWhy.get(why) ?? 0) + 1);
    }
    if (meta.shiftedWorker.has(reg[ti].workerId)) {
      shiftRows++;
      if (!hasKhmer(o.name)) {
        shiftLatin++;
        const k = latinKey(o.name);
        const carriers = others.filter((x) => reg[x].nameLatin && writtenKeys(reg[x].nameLatin!).some((wk) => within1(k, wk)) && index.workerIdent[x] !== index.workerIdent[ti]);
        if (carriers.length) {
          trap++;
          if (carriers.every((x) => separated(o, reg[x], true))) trapSettled++;
          else trapUndecidable++;
        }
      }
    }
  }
  lines.push(`theme: ${shiftRows} true rows of shifted workers (${shiftLatin} in Latin); ${trap} Latin rows whose name the register gives another worker through the shift: ${trapSettled} settled by DOB/sex/ID, ${trapUndecidable} undecidable`);
  lines.push(`rule 5 (undecidable true rows < 4 %): ${pct(withOthers, n)} of true rows could pass for another worker by name; undecidable ${undecidable} = ${pct(undecidable, n)} (${[...undecWhy].map(([k, x]) => `${k} ${x}`).join(', ')})`);
  if (undecidable / n >= 0.04) fails.push('rule 5');

  // ---- rule 4
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  let r4 = '';
  if (!onsite.every((o) => uuidRe.test(o.id))) r4 += ' non-v4 id;';
  if (new Set(onsite.map((o) => o.id)).size !== onsite.length) r4 += ' duplicate id;';
  for (let i = 1; i < onsite.length; i++) if (!(onsite[i].recordedAt > onsite[i - 1].recordedAt)) { r4 += ' recordedAt not increasing;'; break; }
  const csvRows = onsite.filter((o) => o.source === 'csv').map((o) => o.sourceRow);
  if (!csvRows.every((s, i) => s === i + 1)) r4 += ' sheet rows out of order;';
  if (!onsite.every((o) => (o.source === 'csv') === (o.sourceRow !== null))) r4 += ' sourceRow on non-csv;';
  if (new Set(reg.map((w) => w.workerId)).size !== reg.length) r4 += ' duplicate workerId;';
  const half = Math.floor(onsite.length / 2);
  const h1 = onsite.slice(0, half).filter((o) => truth.get(o.id) === null).length / half;
  const h2 = onsite.slice(half).filter((o) => truth.get(o.id) === null).length / (onsite.length - half);
  if (Math.abs(h1 - h2) > 0.05) r4 += ' hidden rows bunched;';
  const spearman = (xs: number[], ys: number[]) => {
    const rank = (a: number[]) => {
      const o = a.map((x, i) => [x, i] as const).sort((p, q) => p[0] - q[0]);
      const rk = new Array<number>(a.length);
      o.forEach(([, i], k) => (rk[i] = k));
      return rk;
    };
    const a = rank(xs);
    const b = rank(ys);
    const m = (a.length - 1) / 2;
    let num = 0;
    let da = 0;
    let db = 0;
    for (let i = 0; i < a.length; i++) {
      num += (a[i] - m) * (b[i] - m);
      da += (a[i] - m) ** 2;
      db += (b[i] - m) ** 2;
    }
    return num / Math.sqrt(da * db);
  };
  const hired = reg.map((w, i) => [i, w.hireDate ? Date.parse(w.hireDate) : NaN] as const).filter(([, d]) => !Number.isNaN(d));
  const rhoHire = spearman(hired.map(([i]) => i), hired.map(([, d]) => d));
  const rhoRows = spearman(trueRows.map((o) => onsite.indexOf(o)), trueRows.map((o) => byId.get(truth.get(o.id)!)!));
  if (Math.abs(rhoHire) > 0.1) r4 += ' register in hire order;';
  if (Math.abs(rhoRows) > 0.1) r4 += ' rows in register order;';
  let adj = 0;
  let sh = 0;
  for (let i = 0; i + 1 < reg.length; i++) if (meta.shiftedWorker.has(reg[i].workerId)) {
    sh++;
    if (meta.shiftedWorker.has(reg[i + 1].workerId)) adj++;
  }
  const adjRate = sh ? adj / sh : 0;
  if (adjRate > 2 * (meta.shifted / size) + 0.05) r4 += ' shifted blocks adjacent in the register;';
  lines.push(`rule 4 (no leak): hidden share 1st/2nd half ${(100 * h1).toFixed(1)} / ${(100 * h2).toFixed(1)} %, register index vs hire date rho ${rhoHire.toFixed(3)}, row index vs register index rho ${rhoRows.toFixed(3)}, shifted neighbour of shifted ${pct(adj, sh)}${r4 ? '; FAIL:' + r4 : '; ok'}`);
  if (r4) fails.push('rule 4');

  // ---- schemas
  let bad = 0;
  for (const w of reg) if (!RegisteredWorker.safeParse(w).success) bad++;
  for (const o of onsite) if (!OnsiteWorker.safeParse(o).success) bad++;
  if (onsite.some((o) => 'statedStartDate' in o || 'wageRiel' in o)) bad++;
  lines.push(`schemas: ${bad} invalid records of ${reg.length + onsite.length}`);
  if (bad) fails.push('schemas');

  // ---- determinism and timing
  const dump = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const same = dump(generateSeventyFirst(size, seed)) === dump(roster);
  const other = dump(generateSeventyFirst(size, seed + 1)) !== dump(roster);
  lines.push(`determinism: same seed identical ${same}, another seed differs ${other}`);
  if (!same || !other) fails.push('determinism');
  let ms10k = genMs;
  if (size !== 10_000) {
    const t1 = performance.now();
    generateSeventyFirst(10_000, seed);
    ms10k = performance.now() - t1;
  }
  lines.push(`timing: ${size} generated in ${genMs.toFixed(0)} ms; 10,000 in ${ms10k.toFixed(0)} ms (limit 2000)`);
  if (ms10k >= 2000) fails.push('timing');

  lines.push(fails.length ? `FAIL: ${fails.slice(0, 10).join(', ')}` : 'PASS');
  console.log(lines.join('\n'));
  return fails.length === 0;
}

if (process.argv[1]?.endsWith('seventyfirst.ts')) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  if (!audit(size, seed)) process.exitCode = 1;
}
