/**
 * `twentyninth`: a blind, labelled benchmark roster — the foreman's call list.
 *
 * THEME. The on-site list is the foreman's sheet, which writes workers the way they are called on
 * the floor: the family name with only the *called* syllable of a two-syllable given name
 * (SOK SOPHEA → "Sok Phea", CHAN SREYPOV → "Chan Pov", KEO CHANTHOU → "Keo Thou", BUN BUNTHOEUN →
 * "Bun Bun" or "Bun Thoeun"), sometimes swapped ("Phea Sok"), mostly in Latin, some in Khmer
 * ("សុខ ភា" for សុខ សុភា). 50-70 % of all rows are written this way; the rest in full (Khmer or
 * Latin, either order). Hidden workers are mostly namesakes of registered ones and are called by the
 * same short names. Many registered workers share a short name ("Sok Thy" fits Sok Vuthy, Sok
 * Chanthy, Sok Sothy, Sok Rithy and all their namesakes), so dates of birth, sex and IDs decide.
 *
 * MODEL (rates per on-site row unless stated):
 *  - register: family names Zipf-skewed (Sok ≈ 10 %), given names mildly skewed; NSSF no. 97 %,
 *    national ID 95 %, Latin name 85 % (upper case, a listed romanization), sex 99 %, DOB always;
 *    Khmer name canonical, 8 % written with a zero-width space or another keyboard's mark order.
 *  - absent registered ≈ 5 %; hidden ≈ 7 % of on-site rows, ≈ 60 % of them namesakes (same family
 *    name and the same given name or one with the same called syllable) of a registered worker.
 *  - source: id-card 7 % (full name, Khmer 60 % / Latin upper 40 %, NID and DOB exact), csv 68 %,
 *    manual 25 %. csv/manual rows: short (called) name 66 % when the given name has a called
 *    syllable (swapped 22 %, Khmer 20 % where the Khmer split is clean), else full (Khmer 30 %,
 *    swapped 12 %); Latin case title/upper/lower 55/38/7 %; one typo in 4 % of Latin rows.
 *  - Khmer rows: separator space/ZWSP/none 65/25/10 %, mark order from another keyboard 15 %, NFD 10 %.
 *  - NID on the row 42 % (one slip 4 %), NSSF no. 28 % (one slip 3 %, true rows only),
 *    DOB 95.5 % (day/month swapped 3 % where possible, ≈1 % of rows), sex 80 %. Hidden rows must be
 *    told apart from their namesakes (rule 3), so they show a DOB (or their own NID) a little more often.
 *
 * FAIRNESS RULES (audited by the self-check: `npx tsx test/bench/twentyninth.ts 10000 1`):
 *  1. A true row carries only plausible variants of its registered worker: its name is one of the
 *     worker's renderings — family + full given or family + called syllable, any listed
 *     romanization, either order, any case — with at most one typo in one word of 4+ letters, or a
 *     Khmer rendering up to encoding variants (ZWSP / no separator / mark order / NFD). The called
 *     syllable is always a real leading or trailing syllable of the registered given name and of its
 *     Khmer spelling (extra variation modelled: the shortening itself, which a person on site reads
 *     like a nickname). IDs exact or one slip (one digit changed or two adjacent swapped); DOB exact
 *     or day/month swapped; sex right or missing.
 *  2. Registered namesakes (same full name in any listed spelling, Latin or Khmer) never share a DOB
 *     and their DOBs are more than a swap or one digit apart; the generator enforces the same for
 *     every two workers whose names (full or short, any spelling, either script) are within one
 *     edit of each other. All national IDs and NSSF numbers are pairwise more than one slip apart.
 *  3. A hidden row either could not pass for any registered worker by name — not within one edit
 *     (Damerau, after lower-casing and dropping spaces) of any full or short rendering in either
 *     order, nor, for Khmer rows, of any Khmer rendering after normalization or any Latin reading of
 *     the row — or is ruled out from every worker it could pass for by a field present on BOTH sides:
 *     sex differs, DOB more than a swap/one digit apart, or national IDs 2+ edits apart.
 *  4. Nothing leaks the truth: rows shuffled, on-site ids random v4 UUIDs from the seeded PRNG,
 *     recordedAt increasing in row order, csv sourceRow numbered in row order, registered list
 *     shuffled before its workerIds are assigned.
 *  5. Undecidable true rows (another registered worker they could pass for by name with no field
 *     present on both sides to tell them apart) stay under 4 %.
 */
import * as P from '../../src/protocol';
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY29, GIVEN29, type Given29 } from './twentyninth-names';

export const TWENTYNINTH_LABEL =
  "foreman's call list: family name + called syllable of the given name (Sok Phea for SOK SOPHEA) on 50-70 % of rows, Latin mostly, some Khmer; hidden namesakes called by the same short names";

type Sex = 'M' | 'F';
type Source = 'manual' | 'csv' | 'id-card';
type Form = 'full' | 'short';

const VISIT_ID = 'visit-twentyninth';
const G = GIVEN29.length;

const RATE = {
  absent: 0.05,
  hidden: 0.07,
  hiddenNamesake: 0.6,
  hiddenSameGiven: 0.5,
  idCard: 0.07,
  csv: 0.68,
  short: 0.66,
  shortSwap: 0.22,
  shortKh: 0.2,
  fullKh: 0.3,
  fullSwap: 0.12,
  idCardKh: 0.6,
  typo: 0.04,
  khZwsp: 0.25,
  khNoSep: 0.1,
  khReorder: 0.15,
  khNfd: 0.1,
  nid: 0.42,
  nidSlip: 0.04,
  nssf: 0.28,
  nssfSlip: 0.03,
  dob: 0.955,
  dobSwap: 0.03,
  sex: 0.8,
  regNssf: 0.97,
  regNid: 0.95,
  regLatin: 0.85,
  regSex: 0.99,
  regDob: 1,
  regKhVariant: 0.08,
  regWage: 0.98,
};

interface Person {
  fam: number;
  giv: number;
  sex: Sex;
  dob: string;
  nid: string;
  nssf: string | null;
}

interface Meta {
  reg: number | null;
  fam: number;
  giv: number;
  form: Form;
  syl: 0 | 1;
  script: 'lat' | 'kh';
  swapped: boolean;
  typo: boolean;
  khVariant: boolean;
  nidSlip: boolean;
  nssfSlip: boolean;
  dobSwap: boolean;
  namesake: boolean;
}

interface Row {
  meta: Meta;
  name: string;
  nationalId: string | null;
  nssfNumber: string | null;
  sex: Sex | null;
  dob: string | null;
  source: Source;
}

// ---------------------------------------------------------------- strings

/** Damerau (optimal string alignment) distance ≤ 1. */
export function within1(a: string, b: string): boolean {
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
  const [s, t] = la < lb ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === t[i]) i++;
  return s.slice(i) === t.slice(i + 1);
}

function deletions(k: string): string[] {
  const out = [k];
  for (let i = 0; i < k.length; i++) out.push(k.slice(0, i) + k.slice(i + 1));
  return out;
}

const latKey = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

const KH_IGNORABLE = /[\s\u200B\u200C\u200D\uFEFF]/g;

function khClass(cp: number): number {
  if (cp === 0x17c9 || cp === 0x17ca || cp === 0x17cc) return 2;
  if (cp >= 0x17b6 && cp <= 0x17c5) return 3;
  if ((cp >= 0x17c6 && cp <= 0x17d1) || cp === 0x17d3 || cp === 0x17dd) return 4;
  return 0;
}

interface KhSeg {
  base: string;
  units: { c: number; u: string }[];
}

function khSegments(s: string): KhSeg[] {
  const segs: KhSeg[] = [];
  const chars = Array.from(s);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const cp = ch.codePointAt(0)!;
    if (cp === 0x17d2) {
      if (!segs.length) segs.push({ base: '', units: [] });
      segs[segs.length - 1].units.push({ c: 1, u: ch + (chars[i + 1] ?? '') });
      i++;
      continue;
    }
    const k = khClass(cp);
    if (k === 0) segs.push({ base: ch, units: [] });
    else {
      if (!segs.length) segs.push({ base: '', units: [] });
      segs[segs.length - 1].units.push({ c: k, u: ch });
    }
  }
  return segs;
}

/** Khmer key: NFC, no spaces or zero-width characters, marks of each cluster in one fixed order. */
export function khNorm(s: string): string {
  const segs = khSegments(s.normalize('NFC').replace(KH_IGNORABLE, ''));
  let out = '';
  for (const seg of segs) {
    out += seg.base;
    const units = seg.units.slice().sort((x, y) => x.c - y.c);
    for (const u of units) out += u.u;
  }
  return out;
}

/** Another keyboard's mark order: two adjacent marks of different kinds swapped in one cluster. */
function khReorder(r: Rng, s: string): string | null {
  const segs = khSegments(s);
  const spots: [number, number][] = [];
  segs.forEach((seg, si) => {
    for (let j = 0; j + 1 < seg.units.length; j++) if (seg.units[j].c !== seg.units[j + 1].c) spots.push([si, j]);
  });
  if (!spots.length) return null;
  const [si, j] = r.pick(spots);
  const u = segs[si].units;
  [u[j], u[j + 1]] = [u[j + 1], u[j]];
  return segs.map((seg) => seg.base + seg.units.map((x) => x.u).join('')).join('');
}

// ---------------------------------------------------------------- dates and ids

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function randDate(r: Rng, y0: number, y1: number): string {
  const y = r.int(y0, y1);
  const m = r.int(1, 12);
  return `${y}-${pad(m)}-${pad(r.int(1, daysIn(y, m)))}`;
}

function swapDM(d: string): string | null {
  const [y, m, dd] = d.split('-');
  if (m === dd || Number(dd) > 12) return null;
  return `${y}-${dd}-${m}`;
}

/** Could one date of birth be a slip of the other: equal, day/month swapped, or one digit off. */
export function dobCompat(a: string, b: string): boolean {
  if (a === b || swapDM(a) === b) return true;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++diff > 2) return false;
  return within1(a.replace(/-/g, ''), b.replace(/-/g, ''));
}

class IdGate {
  private all = new Set<string>();
  private pat = new Set<string>();
  ok(x: string): boolean {
    for (let i = 0; i < x.length; i++) if (this.pat.has(x.slice(0, i) + '*' + x.slice(i + 1))) return false;
    for (let i = 0; i + 1 < x.length; i++) {
      if (x[i] !== x[i + 1] && this.all.has(x.slice(0, i) + x[i + 1] + x[i] + x.slice(i + 2))) return false;
    }
    return true;
  }
  add(x: string) {
    this.all.add(x);
    for (let i = 0; i < x.length; i++) this.pat.add(x.slice(0, i) + '*' + x.slice(i + 1));
  }
  fresh(make: () => string): string {
    for (;;) {
      const x = make();
      if (this.ok(x)) {
        this.add(x);
        return x;
      }
    }
  }
}

function slip(r: Rng, x: string): string {
  const swaps: number[] = [];
  for (let i = 0; i + 1 < x.length; i++) if (x[i] !== x[i + 1]) swaps.push(i);
  if (swaps.length && r.chance(0.5)) {
    const i = r.pick(swaps);
    return x.slice(0, i) + x[i + 1] + x[i] + x.slice(i + 2);
  }
  const i = r.int(0, x.length - 1);
  let d = x[i];
  while (d === x[i]) d = String(r.int(0, 9));
  return x.slice(0, i) + d + x.slice(i + 1);
}

function uuid(r: Rng): string {
  const hex = '0123456789abcdef';
  let s = '';
  for (let i = 0; i < 32; i++) s += hex[r.int(0, 15)];
  s = s.slice(0, 12) + '4' + s.slice(13, 16) + hex[8 + r.int(0, 3)] + s.slice(17);
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

// ---------------------------------------------------------------- names

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();

function pickVar(r: Rng, xs: readonly string[]): string {
  if (xs.length === 1 || r.chance(0.65)) return xs[0];
  return xs[r.int(1, xs.length - 1)];
}

function callSyls(g: Given29): (0 | 1)[] {
  return g.call === 'trail' ? [1] : g.call === 'lead' ? [0] : g.call === 'both' ? [1, 0] : [];
}

const sylOf = (g: Given29, i: 0 | 1) => (i === 0 ? g.a : g.b);
const givKh = (g: Given29) => g.a.kh + g.b.kh;
const khShortOk = (g: Given29) => g.khCall !== false;

function givLatVariants(g: Given29): string[] {
  const out: string[] = [];
  for (const a of g.a.lat) for (const b of g.b.lat) out.push(a + b.toLowerCase());
  return out;
}

function givLatRender(r: Rng, g: Given29): string {
  const a = pickVar(r, g.a.lat);
  const b = pickVar(r, g.b.lat);
  if (g.spaced && r.chance(0.35)) return `${a} ${cap(b)}`;
  return a + b.toLowerCase();
}

/** Every Latin key (lower case, no spaces) a worker of this name could be written as. */
function classLatKeys(fam: number, giv: number): string[] {
  const g = GIVEN29[giv];
  const parts = [...givLatVariants(g)];
  for (const s of callSyls(g)) parts.push(...sylOf(g, s).lat);
  const out = new Set<string>();
  for (const f of FAMILY29[fam].lat) for (const x of parts) {
    out.add(latKey(f + x));
    out.add(latKey(x + f));
  }
  return [...out];
}

function classKhKeys(fam: number, giv: number): string[] {
  const g = GIVEN29[giv];
  const parts = [givKh(g), ...callSyls(g).map((s) => sylOf(g, s).kh)];
  const f = FAMILY29[fam].kh;
  const out = new Set<string>();
  for (const x of parts) {
    out.add(khNorm(f + x));
    out.add(khNorm(x + f));
  }
  return [...out];
}

/** Latin readings of a Khmer row (what a person transliterating it would compare). */
function latinReadings(m: Meta): string[] {
  const g = GIVEN29[m.giv];
  const parts = m.form === 'full' ? givLatVariants(g) : [...sylOf(g, m.syl).lat];
  const out = new Set<string>();
  for (const f of FAMILY29[m.fam].lat) for (const x of parts) {
    out.add(latKey(f + x));
    out.add(latKey(x + f));
  }
  return [...out];
}

/** Buckets whose members must have well-separated DOBs: full names (any spelling) and short names. */
function dobBuckets(fam: number, giv: number): string[] {
  const g = GIVEN29[giv];
  const out = new Set<string>();
  for (const f of FAMILY29[fam].lat) {
    for (const x of givLatVariants(g)) out.add('F:' + latKey(f + x));
    for (const s of callSyls(g)) for (const x of sylOf(g, s).lat) out.add('S:' + latKey(f + x));
  }
  out.add('K:' + khNorm(FAMILY29[fam].kh + givKh(g)));
  return [...out];
}

// ---------------------------------------------------------------- name index

/**
 * Every possible name class (family × given), with the renderings a worker of that class could be
 * written as, indexed by single deletions so "within one edit" look-ups are fast. Independent of the
 * seed, so it is built once.
 */
class ClassIndex {
  private latMap = new Map<string, number[]>();
  private khMap = new Map<string, number[]>();
  private exactLat = new Map<string, number[]>();
  readonly latKeys: string[][] = [];
  readonly khKeys: string[][] = [];
  private nbrs = new Map<number, Set<number>>();

  constructor() {
    for (let fam = 0; fam < FAMILY29.length; fam++) for (let giv = 0; giv < G; giv++) {
      const cls = fam * G + giv;
      const lk = classLatKeys(fam, giv);
      const kk = classKhKeys(fam, giv);
      this.latKeys[cls] = lk;
      this.khKeys[cls] = kk;
      for (const k of lk) {
        push(this.exactLat, k, cls);
        for (const d of deletions(k)) push(this.latMap, d, cls);
      }
      for (const k of kk) for (const d of deletions(k)) push(this.khMap, d, cls);
    }
  }

  private near(q: string, map: Map<string, number[]>, keys: string[][], out: Set<number>) {
    const seen = new Set<number>();
    for (const d of deletions(q)) {
      const cs = map.get(d);
      if (!cs) continue;
      for (const c of cs) {
        if (seen.has(c)) continue;
        seen.add(c);
        if (keys[c].some((k) => within1(q, k))) out.add(c);
      }
    }
  }

  /** Name classes a row's text could pass for (see rule 3). */
  classesFor(name: string, m: Meta): Set<number> {
    const out = new Set<number>();
    if (m.script === 'lat') this.near(latKey(name), this.latMap, this.latKeys, out);
    else {
      this.near(khNorm(name), this.khMap, this.khKeys, out);
      for (const k of latinReadings(m)) for (const c of this.exactLat.get(k) ?? []) out.add(c);
    }
    return out;
  }

  /** Classes a clean rendering of class `cls` could pass for (itself included). */
  neighbours(cls: number): Set<number> {
    let s = this.nbrs.get(cls);
    if (!s) {
      s = new Set<number>();
      for (const k of this.latKeys[cls]) this.near(k, this.latMap, this.latKeys, s);
      for (const k of this.khKeys[cls]) this.near(k, this.khMap, this.khKeys, s);
      this.nbrs.set(cls, s);
    }
    return s;
  }
}

let classIndexCache: ClassIndex | null = null;
const classIndex = () => (classIndexCache ??= new ClassIndex());

/** The register's workers by name class, for candidate look-ups. */
class NameIndex {
  readonly members = new Map<number, number[]>();
  readonly cls = classIndex();
  constructor(people: readonly Person[]) {
    people.forEach((p, i) => push(this.members, p.fam * G + p.giv, i));
  }
  candidates(name: string, m: Meta): number[] {
    const out: number[] = [];
    for (const c of this.cls.classesFor(name, m)) out.push(...(this.members.get(c) ?? []));
    return out;
  }
}

/** Dates a slip away from `d` (equal, day/month swapped, one digit changed, two adjacent digits swapped). */
function dobNeighbourhood(d: string): string[] {
  const out = [d];
  const sw = swapDM(d);
  if (sw) out.push(sw);
  const digits = [0, 1, 2, 3, 5, 6, 8, 9];
  for (const i of digits) for (let v = 0; v <= 9; v++) {
    const c = String(v);
    if (c !== d[i]) out.push(d.slice(0, i) + c + d.slice(i + 1));
  }
  for (let k = 0; k + 1 < digits.length; k++) {
    const i = digits[k];
    const j = digits[k + 1];
    if (d[i] !== d[j]) {
      const a = d.split('');
      [a[i], a[j]] = [a[j], a[i]];
      out.push(a.join(''));
    }
  }
  return out;
}

function push<K, V>(map: Map<K, V[]>, k: K, v: V) {
  const a = map.get(k);
  if (!a) map.set(k, [v]);
  else if (a[a.length - 1] !== v) a.push(v);
}

/** A field present on both sides tells the row apart from this registered worker. */
function toldApart(row: Row, reg: RegisteredWorker, withNssf: boolean): boolean {
  if (row.sex && reg.sex && row.sex !== reg.sex) return true;
  if (row.dob && reg.dateOfBirth && !dobCompat(row.dob, reg.dateOfBirth)) return true;
  if (row.nationalId && reg.nationalId && !within1(row.nationalId, reg.nationalId)) return true;
  if (withNssf && row.nssfNumber && reg.nssfNumber && !within1(row.nssfNumber, reg.nssfNumber)) return true;
  return false;
}

// ---------------------------------------------------------------- generator

interface Generated {
  roster: Roster;
  people: Person[];
  meta: Meta[];
  rows: Row[];
  index: NameIndex;
}

function applyCase(r: Rng, s: string): string {
  const u = r.next();
  return u < 0.55 ? s : u < 0.93 ? s.toUpperCase() : s.toLowerCase();
}

function addTypo(r: Rng, name: string): string | null {
  const words = name.split(' ');
  const eligible = words.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 4 && /^[A-Za-z]+$/.test(w));
  if (!eligible.length) return null;
  const [w, wi] = r.pick(eligible);
  const upper = w === w.toUpperCase();
  const letter = () => {
    const l = 'abcdefghijklmnopqrstuvwxyz'[r.int(0, 25)];
    return upper ? l.toUpperCase() : l;
  };
  let nw = w;
  for (let tries = 0; tries < 20 && latKey(nw) === latKey(w); tries++) {
    const op = r.int(0, 3);
    const i = r.int(1, w.length - 1); // keep the first letter
    if (op === 0) nw = w.slice(0, i) + letter() + w.slice(i + 1);
    else if (op === 1) nw = w.slice(0, i) + w.slice(i + 1);
    else if (op === 2) nw = w.slice(0, i) + letter() + w.slice(i);
    else if (i + 1 < w.length) nw = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  }
  if (latKey(nw) === latKey(w)) return null;
  words[wi] = nw;
  return words.join(' ');
}

function khVariant(r: Rng, famKh: string, rest: string, swapped: boolean): { s: string; variant: boolean } {
  const u = r.next();
  const sep = u < RATE.khZwsp ? '\u200B' : u < RATE.khZwsp + RATE.khNoSep ? '' : ' ';
  let s = swapped ? rest + sep + famKh : famKh + sep + rest;
  let variant = sep !== ' ';
  if (r.chance(RATE.khReorder)) {
    const v = khReorder(r, s);
    if (v) {
      s = v;
      variant = true;
    }
  }
  if (r.chance(RATE.khNfd)) {
    s = s.normalize('NFD');
    variant = true;
  }
  return { s, variant };
}

function makeRow(r: Rng, p: Person, reg: number | null, namesake: boolean): Row {
  const hidden = reg === null;
  const g = GIVEN29[p.giv];
  const fam = FAMILY29[p.fam];
  const meta: Meta = {
    reg, fam: p.fam, giv: p.giv, form: 'full', syl: 1, script: 'lat', swapped: false, typo: false,
    khVariant: false, nidSlip: false, nssfSlip: false, dobSwap: false, namesake,
  };
  const su = r.next();
  const source: Source = su < RATE.idCard ? 'id-card' : su < RATE.idCard + RATE.csv ? 'csv' : 'manual';
  let name: string;
  if (source === 'id-card') {
    if (r.chance(RATE.idCardKh)) {
      meta.script = 'kh';
      name = fam.kh + ' ' + givKh(g);
    } else name = `${fam.lat[0]} ${g.a.lat[0]}${g.b.lat[0].toLowerCase()}`.toUpperCase();
    return { meta, name, nationalId: p.nid, nssfNumber: null, sex: p.sex, dob: p.dob, source };
  }
  const calls = callSyls(g);
  if (calls.length && r.chance(RATE.short)) {
    meta.form = 'short';
    meta.syl = calls.length === 1 ? calls[0] : r.chance(0.7) ? calls[0] : calls[1];
    meta.swapped = r.chance(RATE.shortSwap);
    meta.script = khShortOk(g) && r.chance(RATE.shortKh) ? 'kh' : 'lat';
  } else {
    meta.swapped = r.chance(RATE.fullSwap);
    meta.script = r.chance(RATE.fullKh) ? 'kh' : 'lat';
  }
  if (meta.script === 'kh') {
    const rest = meta.form === 'full' ? givKh(g) : sylOf(g, meta.syl).kh;
    const v = khVariant(r, fam.kh, rest, meta.swapped);
    name = v.s;
    meta.khVariant = v.variant;
  } else {
    const f = pickVar(r, fam.lat);
    const rest = meta.form === 'full' ? givLatRender(r, g) : pickVar(r, sylOf(g, meta.syl).lat);
    name = applyCase(r, meta.swapped ? `${rest} ${f}` : `${f} ${rest}`);
    if (r.chance(RATE.typo)) {
      const t = addTypo(r, name);
      if (t) {
        name = t;
        meta.typo = true;
      }
    }
  }
  let nationalId: string | null = null;
  if (r.chance(RATE.nid)) {
    nationalId = p.nid;
    if (!hidden && r.chance(RATE.nidSlip)) {
      nationalId = slip(r, p.nid);
      meta.nidSlip = true;
    }
  }
  let nssfNumber: string | null = null;
  if (p.nssf && r.chance(RATE.nssf)) {
    nssfNumber = p.nssf;
    if (r.chance(RATE.nssfSlip)) {
      nssfNumber = slip(r, p.nssf);
      meta.nssfSlip = true;
    }
  }
  let dob: string | null = null;
  if (r.chance(RATE.dob)) {
    dob = p.dob;
    const sw = swapDM(p.dob);
    if (sw && r.chance(RATE.dobSwap)) {
      dob = sw;
      meta.dobSwap = true;
    }
  }
  const sex = r.chance(RATE.sex) ? p.sex : null;
  return { meta, name, nationalId, nssfNumber, sex, dob, source };
}

function generate(size: number, seed: number): Generated {
  const r = rng(seed * 7919 + 29);
  const famIdx = FAMILY29.map((_, i) => i);
  const givIdx = GIVEN29.map((_, i) => i);
  const pickFam = () => r.pickSkewed(famIdx, 1.7);
  const pickGiv = () => r.pickSkewed(givIdx, 1.15);
  const sexOf = (giv: number): Sex => {
    const s = GIVEN29[giv].sex;
    return s === 'U' ? (r.chance(0.5) ? 'F' : 'M') : s;
  };
  const nidGate = new IdGate();
  const nssfGate = new IdGate();
  const newNid = () => nidGate.fresh(() => String(r.int(0, 2)) + String(r.int(0, 99999999)).padStart(8, '0'));
  const newNssf = () => nssfGate.fresh(() => String(r.int(1, 9)) + String(r.int(0, 999999999)).padStart(9, '0'));

  // --- register: a worker's DOB is kept more than a slip away from every worker whose name
  // (full or short, any spelling, either script) is within one edit of theirs.
  const ci = classIndex();
  const dobClasses = new Map<string, number[]>();
  const people: Person[] = [];
  while (people.length < size) {
    const fam = pickFam();
    const giv = pickGiv();
    const cls = fam * G + giv;
    const nb = ci.neighbours(cls);
    let dob: string | null = null;
    for (let a = 0; a < 60 && !dob; a++) {
      const d = randDate(r, 1966, 2006);
      if (dobNeighbourhood(d).every((x) => !(dobClasses.get(x) ?? []).some((c) => nb.has(c)))) dob = d;
    }
    if (!dob) continue;
    const dc = dobClasses.get(dob);
    if (dc) dc.push(cls);
    else dobClasses.set(dob, [cls]);
    people.push({ fam, giv, sex: sexOf(giv), dob, nid: newNid(), nssf: newNssf() });
  }
  r.shuffle(people);
  const registered: RegisteredWorker[] = people.map((p, i) => {
    const g = GIVEN29[p.giv];
    const fam = FAMILY29[p.fam];
    let nameKh = fam.kh + ' ' + givKh(g);
    if (r.chance(RATE.regKhVariant)) nameKh = r.chance(0.5) ? fam.kh + '\u200B' + givKh(g) : khReorder(r, nameKh) ?? nameKh;
    const by = Number(p.dob.slice(0, 4));
    return {
      workerId: `w-${pad(i + 1, 6)}`,
      nssfNumber: r.chance(RATE.regNssf) ? p.nssf : null,
      nationalId: r.chance(RATE.regNid) ? p.nid : null,
      nameKh,
      nameLatin: r.chance(RATE.regLatin) ? `${pickVar(r, fam.lat)} ${givLatRender(r, g)}`.toUpperCase() : null,
      sex: r.chance(RATE.regSex) ? p.sex : null,
      dateOfBirth: r.chance(RATE.regDob) ? p.dob : null,
      hireDate: randDate(r, Math.max(2008, by + 16), 2025),
      wageRiel: r.chance(RATE.regWage) ? r.int(850, 2400) * 1000 : null,
    };
  });
  const index = new NameIndex(people);

  // --- on site: present registered workers
  const rows: Row[] = [];
  people.forEach((p, i) => {
    if (!r.chance(RATE.absent)) rows.push(makeRow(r, p, i, false));
  });

  // --- hidden workers
  const callMates = new Map<string, number[]>();
  GIVEN29.forEach((g, gi) => {
    for (const s of callSyls(g)) for (const v of sylOf(g, s).lat) push(callMates, v.toLowerCase(), gi);
  });
  const nHidden = Math.round((rows.length * RATE.hidden) / (1 - RATE.hidden));
  for (let h = 0; h < nHidden; h++) {
    let done = false;
    for (let attempt = 0; attempt < 400 && !done; attempt++) {
      let fam: number;
      let giv: number;
      const namesake = attempt < 200 && r.chance(RATE.hiddenNamesake);
      if (namesake) {
        const r0 = r.pick(people);
        fam = r0.fam;
        giv = r0.giv;
        const g0 = GIVEN29[r0.giv];
        const calls = callSyls(g0);
        if (calls.length && !r.chance(RATE.hiddenSameGiven)) {
          const mates = callMates.get(sylOf(g0, r.pick(calls)).lat[0].toLowerCase()) ?? [];
          giv = r.pick(mates);
        }
      } else {
        fam = pickFam();
        giv = pickGiv();
      }
      const hp: Person = { fam, giv, sex: sexOf(giv), dob: randDate(r, 1966, 2006), nid: '', nssf: null };
      hp.nid = newNid();
      const row = makeRow(r, hp, null, namesake);
      for (let k = 0; k < 8; k++) {
        const cands = index.candidates(row.name, row.meta);
        if (cands.every((c) => toldApart(row, registered[c], false))) {
          rows.push(row);
          done = true;
          break;
        }
        // repair: a row without DOB may instead show the worker's own national ID (never within a
        // slip of a registered one); otherwise draw another DOB and show it.
        if (row.dob === null && row.nationalId === null && k === 0 && r.chance(0.5)) row.nationalId = hp.nid;
        else {
          hp.dob = randDate(r, 1966, 2006);
          row.dob = hp.dob;
        }
      }
    }
    if (!done) throw new Error('twentyninth: could not place a fair hidden worker');
  }

  // --- shuffle and stamp
  r.shuffle(rows);
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  let t = Date.UTC(2025, 5, 16, 0, 45, 0);
  let csvRow = 0;
  for (const row of rows) {
    t += r.int(2, 9) * 1000;
    const id = uuid(r);
    onsite.push({
      id,
      visitId: VISIT_ID,
      name: row.name,
      nationalId: row.nationalId,
      nssfNumber: row.nssfNumber,
      sex: row.sex,
      dateOfBirth: row.dob,
      source: row.source,
      sourceRow: row.source === 'csv' ? ++csvRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, row.meta.reg === null ? null : registered[row.meta.reg].workerId);
  }
  return { roster: { registered, onsite, truth }, people, meta: rows.map((x) => x.meta), rows, index };
}

export function generateTwentyninth(size: number, seed: number): Roster {
  return generate(size, seed).roster;
}

// ---------------------------------------------------------------- self-check

function selfCheck(size: number, seed: number): boolean {
  const t0 = performance.now();
  const gen = generate(size, seed);
  const ms = performance.now() - t0;
  const { roster, people, meta, rows, index } = gen;
  const { registered, onsite, truth } = roster;
  const fails: string[] = [];
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + ' %' : 'n/a');
  const check = (ok: boolean, what: string) => {
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
    if (!ok) fails.push(what);
  };

  const n = rows.length;
  const trueIdx = rows.map((_, i) => i).filter((i) => meta[i].reg !== null);
  const hidIdx = rows.map((_, i) => i).filter((i) => meta[i].reg === null);
  const count = (idx: number[], f: (i: number) => boolean) => idx.filter(f).length;
  const all = rows.map((_, i) => i);
  const nonCard = all.filter((i) => rows[i].source !== 'id-card');
  const shortIdx = all.filter((i) => meta[i].form === 'short');
  const fullIdx = all.filter((i) => meta[i].form === 'full');
  const latIdx = all.filter((i) => meta[i].script === 'lat');
  const khIdx = all.filter((i) => meta[i].script === 'kh');
  const presentWorkers = new Set(trueIdx.map((i) => meta[i].reg));

  console.log(`twentyninth roster, size ${size}, seed ${seed}  (${TWENTYNINTH_LABEL})`);
  console.log(`  registered ${registered.length}, on site ${n}: true ${trueIdx.length}, hidden ${hidIdx.length} (${pct(hidIdx.length, n)}), absent ${registered.length - presentWorkers.size} (${pct(registered.length - presentWorkers.size, registered.length)})`);
  console.log(`  short (called) names: ${pct(shortIdx.length, n)} of rows (true ${pct(count(trueIdx, (i) => meta[i].form === 'short'), trueIdx.length)}, hidden ${pct(count(hidIdx, (i) => meta[i].form === 'short'), hidIdx.length)}); of short: swapped ${pct(count(shortIdx, (i) => meta[i].swapped), shortIdx.length)}, Khmer ${pct(count(shortIdx, (i) => meta[i].script === 'kh'), shortIdx.length)}, leading syllable ${pct(count(shortIdx, (i) => meta[i].syl === 0), shortIdx.length)}`);
  console.log(`  full names: ${pct(fullIdx.length, n)}; of full: Khmer ${pct(count(fullIdx, (i) => meta[i].script === 'kh'), fullIdx.length)}, swapped ${pct(count(fullIdx, (i) => meta[i].swapped), fullIdx.length)}`);
  console.log(`  Latin rows ${pct(latIdx.length, n)} (typo ${pct(count(latIdx, (i) => meta[i].typo), latIdx.length)}, upper case ${pct(count(latIdx, (i) => /[A-Z]{3}/.test(rows[i].name) && rows[i].name === rows[i].name.toUpperCase()), latIdx.length)}); Khmer rows ${pct(khIdx.length, n)} (encoding variant ${pct(count(khIdx, (i) => meta[i].khVariant), khIdx.length)})`);
  console.log(`  sources: csv ${pct(count(all, (i) => rows[i].source === 'csv'), n)}, manual ${pct(count(all, (i) => rows[i].source === 'manual'), n)}, id-card ${pct(count(all, (i) => rows[i].source === 'id-card'), n)}`);
  console.log(`  NID on row ${pct(count(all, (i) => !!rows[i].nationalId), n)} (slip ${pct(count(trueIdx, (i) => meta[i].nidSlip), count(trueIdx, (i) => !!rows[i].nationalId))} of true), NSSF ${pct(count(all, (i) => !!rows[i].nssfNumber), n)} (slip ${pct(count(trueIdx, (i) => meta[i].nssfSlip), count(trueIdx, (i) => !!rows[i].nssfNumber))}), DOB ${pct(count(all, (i) => !!rows[i].dob), n)} (swapped ${pct(count(trueIdx, (i) => meta[i].dobSwap), count(trueIdx, (i) => !!rows[i].dob))} of true), sex ${pct(count(all, (i) => !!rows[i].sex), n)}`);
  console.log(`  register: Latin name ${pct(registered.filter((w) => w.nameLatin).length, registered.length)}, NID ${pct(registered.filter((w) => w.nationalId).length, registered.length)}, NSSF ${pct(registered.filter((w) => w.nssfNumber).length, registered.length)}, DOB ${pct(registered.filter((w) => w.dateOfBirth).length, registered.length)}, Khmer variant ${pct(registered.filter((w) => w.nameKh.includes('\u200B') || khNorm(w.nameKh) !== w.nameKh.replace(' ', '')).length, registered.length)}`);
  void nonCard;

  // name collisions in the register
  const byClass = new Map<number, number>();
  people.forEach((p) => byClass.set(p.fam * G + p.giv, (byClass.get(p.fam * G + p.giv) ?? 0) + 1));
  const shared = people.filter((p) => byClass.get(p.fam * G + p.giv)! > 1).length;

  // candidates per row
  const cands = rows.map((row) => index.candidates(row.name, row.meta));
  const hidNamesake = count(hidIdx, (i) => cands[i].length > 0);
  const trueAmbig = count(trueIdx, (i) => cands[i].length > 1);
  console.log(`  register workers sharing a full name: ${pct(shared, people.length)}; true rows whose name fits another registered worker: ${pct(trueAmbig, trueIdx.length)}; hidden rows whose name fits a registered worker: ${pct(hidNamesake, hidIdx.length)} (mean ${(hidIdx.reduce((s, i) => s + cands[i].length, 0) / Math.max(1, hidIdx.length)).toFixed(1)} candidates)`);

  console.log('rule audits');
  // Rule 1
  let r1 = 0;
  const r1ex: string[] = [];
  for (const i of trueIdx) {
    const row = rows[i];
    const p = people[meta[i].reg!];
    const cls = p.fam * G + p.giv;
    const nameOk = meta[i].script === 'lat'
      ? index.cls.latKeys[cls].some((k) => within1(latKey(row.name), k))
      : index.cls.khKeys[cls].includes(khNorm(row.name));
    const reg = registered[meta[i].reg!];
    const ok = nameOk
      && (row.nationalId === null || within1(row.nationalId, p.nid))
      && (row.nssfNumber === null || (p.nssf !== null && within1(row.nssfNumber, p.nssf)))
      && (row.dob === null || row.dob === p.dob || row.dob === swapDM(p.dob))
      && (row.sex === null || row.sex === p.sex)
      && (reg.nationalId === null || reg.nationalId === p.nid)
      && (reg.dateOfBirth === null || reg.dateOfBirth === p.dob)
      && (reg.sex === null || reg.sex === p.sex)
      && khNorm(reg.nameKh) === khNorm(FAMILY29[p.fam].kh + givKh(GIVEN29[p.giv]))
      && (reg.nameLatin === null || index.cls.latKeys[cls].includes(latKey(reg.nameLatin)));
    if (!ok) {
      r1++;
      if (r1ex.length < 3) r1ex.push(`${row.name} ~ ${reg.nameLatin ?? reg.nameKh}`);
    }
  }
  check(r1 === 0, `rule 1: true rows carry only plausible variants (${r1} violations${r1ex.length ? ': ' + r1ex.join('; ') : ''})`);
  const shortOk = shortIdx.every((i) => {
    const g = GIVEN29[meta[i].giv];
    const syl = sylOf(g, meta[i].syl);
    return callSyls(g).includes(meta[i].syl) && givLatVariants(g).some((v) => (meta[i].syl === 1 ? v.toLowerCase().endsWith(syl.lat[0].toLowerCase()) : v.toLowerCase().startsWith(syl.lat[0].toLowerCase())))
      && (meta[i].syl === 1 ? givKh(g).endsWith(syl.kh) : givKh(g).startsWith(syl.kh));
  });
  check(shortOk, 'rule 1: every called name is a real leading/trailing syllable of the registered given name (Latin and Khmer)');

  // Rule 2
  const bucketMembers = new Map<string, number[]>();
  people.forEach((p, i) => {
    for (const b of dobBuckets(p.fam, p.giv)) push(bucketMembers, b, i);
  });
  let r2full = 0;
  let r2short = 0;
  for (const [b, ms] of bucketMembers) {
    for (let x = 0; x < ms.length; x++) for (let y = x + 1; y < ms.length; y++) {
      const a = registered[ms[x]];
      const c = registered[ms[y]];
      const bad = (a.dateOfBirth && c.dateOfBirth && dobCompat(a.dateOfBirth, c.dateOfBirth))
        || (a.nationalId && c.nationalId && within1(a.nationalId, c.nationalId))
        || (a.nssfNumber && c.nssfNumber && within1(a.nssfNumber, c.nssfNumber));
      if (bad) {
        if (b.startsWith('S:')) r2short++;
        else r2full++;
      }
    }
  }
  check(r2full === 0, `rule 2: registered namesakes (same full name, any spelling) have DOBs/IDs more than a slip apart (${r2full} violating pairs)`);
  check(r2short === 0, `rule 2+: registered workers sharing a short name also have DOBs/IDs more than a slip apart (${r2short} violating pairs)`);

  const byDob = new Map<string, number[]>();
  registered.forEach((w, i) => push(byDob, w.dateOfBirth ?? '', i));
  let r2near = 0;
  people.forEach((p, i) => {
    const nb = index.cls.neighbours(p.fam * G + p.giv);
    for (const x of dobNeighbourhood(registered[i].dateOfBirth ?? '')) {
      for (const j of byDob.get(x) ?? []) if (j !== i && nb.has(people[j].fam * G + people[j].giv)) r2near++;
    }
  });
  check(registered.every((w) => w.dateOfBirth) && r2near === 0, `rule 2+: workers whose names are within one edit have DOBs more than a slip apart (${r2near} violating pairs)`);
  const idGate = new IdGate();
  const nssfGate2 = new IdGate();
  let idClash = 0;
  for (const p of people) {
    if (!idGate.ok(p.nid)) idClash++;
    idGate.add(p.nid);
    if (p.nssf) {
      if (!nssfGate2.ok(p.nssf)) idClash++;
      nssfGate2.add(p.nssf);
    }
  }
  for (const i of hidIdx) if (rows[i].nationalId && !idGate.ok(rows[i].nationalId!)) idClash++;
  check(idClash === 0, `rule 2+: all registered NIDs / NSSF numbers pairwise more than one slip apart, hidden rows' NIDs more than a slip from every registered one (${idClash} clashes)`);

  // Rule 3
  let r3 = 0;
  for (const i of hidIdx) if (!cands[i].every((c) => toldApart(rows[i], registered[c], false))) r3++;
  check(r3 === 0, `rule 3: every hidden row is unlike every registered worker by name or told apart by sex/DOB/NID (${r3} violations)`);
  // brute-force cross-check of the name index on a sample
  const br = rng(seed + 99);
  const sample = Array.from({ length: Math.min(300, n) }, () => br.int(0, n - 1));
  const allLat = people.map((p) => index.cls.latKeys[p.fam * G + p.giv]);
  const allKh = people.map((p) => index.cls.khKeys[p.fam * G + p.giv]);
  let idxMismatch = 0;
  for (const i of sample) {
    const m = meta[i];
    const q = m.script === 'lat' ? latKey(rows[i].name) : khNorm(rows[i].name);
    const readings = m.script === 'kh' ? latinReadings(m) : [];
    const brute = people.map((_, j) => j).filter((j) => m.script === 'lat'
      ? allLat[j].some((k) => within1(q, k))
      : allKh[j].some((k) => within1(q, k)) || readings.some((k) => allLat[j].includes(k)));
    const got = new Set(cands[i]);
    if (brute.length !== got.size || brute.some((j) => !got.has(j))) idxMismatch++;
  }
  check(idxMismatch === 0, `rule 3: name index agrees with a brute-force scan on ${sample.length} sampled rows (${idxMismatch} mismatches)`);

  // Rule 4
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const ids = new Set(onsite.map((o) => o.id));
  check(ids.size === n && onsite.every((o) => uuidRe.test(o.id)), 'rule 4: on-site ids are unique v4 UUIDs');
  check(onsite.every((o, i) => i === 0 || Date.parse(o.recordedAt) > Date.parse(onsite[i - 1].recordedAt)), 'rule 4: recordedAt strictly increasing in row order');
  let lastCsv = 0;
  const csvOk = onsite.every((o) => (o.source !== 'csv' ? o.sourceRow === null : o.sourceRow === ++lastCsv));
  check(csvOk, 'rule 4: csv sourceRow numbered in row order, null otherwise');
  const wid = new Set(registered.map((w) => w.workerId));
  check(truth.size === n && onsite.every((o) => truth.has(o.id) && (truth.get(o.id) === null || wid.has(truth.get(o.id)!))) && hidIdx.every((i) => truth.get(onsite[i].id) === null), 'rule 4: truth covers every row, hidden rows → null');
  // row position vs registered position (Spearman on true rows)
  const pos = trueIdx.map((i) => [i, meta[i].reg!] as const);
  const rank = (xs: number[]) => {
    const o = xs.map((v, k) => [v, k] as const).sort((a, b) => a[0] - b[0]);
    const rk = new Array<number>(xs.length);
    o.forEach(([, k], j) => (rk[k] = j));
    return rk;
  };
  const ra = rank(pos.map((x) => x[0]));
  const rb = rank(pos.map((x) => x[1]));
  const m = pos.length;
  const d2 = ra.reduce((s, v, k) => s + (v - rb[k]) ** 2, 0);
  const rho = 1 - (6 * d2) / (m * (m * m - 1));
  const rhoLim = 4 / Math.sqrt(m);
  check(Math.abs(rho) < rhoLim, `rule 4: row order independent of register order (Spearman ${rho.toFixed(3)}, limit ${rhoLim.toFixed(3)})`);
  const quarters = [0, 0, 0, 0];
  for (const i of hidIdx) quarters[Math.min(3, Math.floor((4 * i) / n))]++;
  const expQ = hidIdx.length / 4;
  check(quarters.every((q) => Math.abs(q - expQ) <= 4 * Math.sqrt(expQ) + 2), `rule 4: hidden rows spread through the list (per quarter ${quarters.join('/')})`);
  const hidCard = count(hidIdx, (i) => rows[i].source === 'id-card') / Math.max(1, hidIdx.length);
  const truCard = count(trueIdx, (i) => rows[i].source === 'id-card') / trueIdx.length;
  console.log(`  info hidden vs true: id-card ${pct(hidCard * 100, 100)} vs ${pct(truCard * 100, 100)}, DOB present ${pct(count(hidIdx, (i) => !!rows[i].dob), hidIdx.length)} vs ${pct(count(trueIdx, (i) => !!rows[i].dob), trueIdx.length)}, NID present ${pct(count(hidIdx, (i) => !!rows[i].nationalId), hidIdx.length)} vs ${pct(count(trueIdx, (i) => !!rows[i].nationalId), trueIdx.length)}`);

  // Rule 5
  let undecidable = 0;
  const undecidableWhy = new Map<string, number>();
  const undecidableEx: string[] = [];
  for (const i of trueIdx) {
    const me = meta[i].reg!;
    const other = cands[i].find((c) => c !== me && !toldApart(rows[i], registered[c], true));
    if (other === undefined) continue;
    undecidable++;
    const why = !rows[i].dob ? 'row without DOB' : !registered[other].dateOfBirth ? 'namesake without DOB' : meta[i].dobSwap ? 'DOB swapped' : meta[i].typo ? 'typo' : 'other';
    undecidableWhy.set(why, (undecidableWhy.get(why) ?? 0) + 1);
    if (why === 'other' && undecidableEx.length < 5) undecidableEx.push(`${rows[i].name} ${rows[i].dob} | ${registered[me].nameLatin} ${registered[me].dateOfBirth} | ${registered[other].nameLatin} ${registered[other].dateOfBirth}`);
  }
  console.log(`  info undecidable by cause: ${[...undecidableWhy].map(([k, v]) => `${k} ${v}`).join(', ')}${undecidableEx.length ? '\n    e.g. ' + undecidableEx.join('\n    e.g. ') : ''}`);
  check(undecidable / trueIdx.length < 0.04, `rule 5: undecidable true rows ${undecidable} (${pct(undecidable, trueIdx.length)}) < 4 %`);

  // theme rates
  const shortRate = shortIdx.length / n;
  check(shortRate >= 0.5 && shortRate <= 0.7, `theme: short-name rows ${pct(shortIdx.length, n)} within 50-70 %`);
  const hRate = hidIdx.length / n;
  check(hRate >= 0.05 && hRate <= 0.1, `theme: hidden rows ${pct(hidIdx.length, n)} within 5-10 %`);

  // Schemas
  const badOn = onsite.filter((o) => !P.OnsiteWorker.safeParse(o).success).length;
  const badReg = registered.filter((w) => !P.RegisteredWorker.safeParse(w).success).length;
  check(badOn === 0 && badReg === 0, `schemas: zod safeParse on all ${n} on-site and ${registered.length} registered records (${badOn}+${badReg} invalid)`);
  check(onsite.every((o) => !('statedStartDate' in o) && !('wageRiel' in o)), 'schemas: no statedStartDate/wageRiel on on-site rows');

  // Determinism
  const sig = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const a1 = sig(generateTwentyninth(size, seed));
  check(a1 === sig(roster) && a1 === sig(generateTwentyninth(size, seed)), 'determinism: same seed → identical roster');
  check(a1 !== sig(generateTwentyninth(size, seed + 1)), 'determinism: another seed → a different roster');

  // Time
  let ms10k = ms;
  if (size !== 10000) {
    const t1 = performance.now();
    generateTwentyninth(10000, seed);
    ms10k = performance.now() - t1;
  }
  check(ms10k < 2000, `time: 10,000 registered generated in ${ms10k.toFixed(0)} ms (< 2000 ms)`);

  console.log(fails.length ? `FAIL (${fails.length}): ${fails.join(' | ')}` : 'PASS');
  return fails.length === 0;
}

if (process.argv[1]?.endsWith('twentyninth.ts')) {
  const size = Number(process.argv[2] ?? 1000);
  const seed = Number(process.argv[3] ?? 1);
  if (!selfCheck(size, seed)) process.exit(1);
}
