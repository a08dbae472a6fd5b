/**
 * Seventeenth benchmark roster: an OLD employer whose register names are mostly Latin only.
 *
 * The scene. The employer's workers were registered with the fund years ago through a system with no
 * Khmer fonts. For those old registrations (about two thirds) the register's `nameKh` holds the name
 * in LATIN letters, upper case, as the clerk typed it (any romanization from the table in
 * seventeenth-names.ts, French-influenced ones included: TCHEA, TCHAN, OUCH, OUM, GNIM, SREI ...), or
 * is an empty string (about 15 % of old rows); `nameLatin` is then a second Latin spelling (always
 * when `nameKh` is empty, about 45 % otherwise) or null. Newer hires (about a third) were registered
 * properly: Khmer `nameKh`, official Latin `nameLatin` (first romanization, upper case; null 4 %).
 * On site the inspector typed about 64 % of workers off their national ID card in KHMER (source
 * 'id-card', or 'manual' when typed another way), with the encoding variants of real keyboards; the
 * rest come from the employer's sheet in Latin as HR spells them (source 'csv' with its sheet row,
 * or 'manual'). So most true pairs are Khmer on site against a Latin-only register row, spelled by
 * different people. About 10 % of registered workers are absent; about 7 % of on-site rows are
 * hidden, half of them namesakes of a registered worker. The register misses a national ID on
 * 18 % of old rows (3 % of new ones) and a DOB on about 1 % (those rows keep their national ID);
 * on site a DOB is present on about 96 % of rows, a national ID on about 60 %, an NSSF number on
 * about 17 % (never for hidden workers, who have none).
 *
 * Fairness rules (audited by the self-check: `npx tsx test/bench/seventeenth.ts 10000 1`):
 *  1. A true on-site row carries only plausible variants of its registered worker:
 *     - name: each part (family name, given name) is a listed romanization of the worker's Khmer
 *       word(s) (seventeenth-names.ts), in any case, compound given names joined or spaced
 *       (Srey Mom / Sreymom), family/given in either order; or the Khmer itself in one of these
 *       equivalent encodings: space, ZWSP, space+ZWSP or nothing between the names (ZWSP also inside
 *       a compound given name), register shifter (U+17C9/U+17CA) typed after the vowel, nikahit typed
 *       before vowel U, coeng-RO typed before the other subscript, the split vowels E+II for OE and
 *       E+AA for OO (U+17C1 U+17B8 for U+17BE, U+17C1 U+17B6 for U+17C4), and subscript DA for the look-alike subscript TA. At most one
 *       typo (one edit) in one part whose form has 4+ letters (Latin: keyboard slip, dropped,
 *       doubled or swapped letter; Khmer: a dropped vowel sign or diacritic).
 *     - The REGISTER's Latin (nameKh when Latin, nameLatin) is always an exact listed romanization
 *       of the worker's Khmer name, family name first; a new hire's Khmer nameKh is canonical.
 *     - IDs exact or one slip (one digit mistyped or two adjacent digits swapped); DOB exact or
 *       day/month swapped; sex right or missing. Nothing else varies.
 *  2. Registered namesakes (any two register rows whose names can be read as the same full name in
 *     any listed spelling, either order) never share a DOB, and their DOBs are more than a
 *     day/month swap or one digit apart; all registered national IDs and NSSF numbers are 2+ edits
 *     apart.
 *  3. A hidden row either could not pass for any registered worker by name (neither part within one
 *     edit of any listed spelling of the worker's corresponding part, either order), or is ruled out
 *     from EVERY registered worker it could pass for by a field present on both sides: sex differs,
 *     DOBs more than a swap/one digit apart, or national IDs 2+ edits apart.
 *  4. Nothing leaks the truth: both lists shuffled; on-site ids are v4 UUIDs from the seeded PRNG;
 *     recordedAt increases in row order; sheet rows numbered in row order; register worker ids are
 *     assigned after shuffling.
 *  5. Undecidable true rows (another registered worker whose name fits at least as well and whom no
 *     field present on both sides rules out) stay under 4 %.
 *
 * Ambiguities a human must live with, kept on purpose: a Latin-only register row cannot say which
 * Khmer word the clerk heard when two words share a romanization (SOUN = ស៊ុន or សួន); rule 2 and
 * rule 3 treat such rows as namesakes of both.
 */
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import {
  OnsiteWorker as OnsiteWorkerSchema,
  RegisteredWorker as RegisteredWorkerSchema,
  type OnsiteWorker,
  type RegisteredWorker,
} from '../../src/protocol';
import { FAMILY_WORDS, GIVEN_F, GIVEN_M, type KhWord, type NameUnitDef } from './seventeenth-names';

export const SEVENTEENTH_LABEL = 'old employer: Latin-only register names (clerk romanizations, some blank) vs Khmer ID-card names on site';

const VISIT_ID = 'visit-seventeenth';
/** Zipf exponents for family and given names (higher: common names more common). */
const FAMILY_SKEW = 1.4;
const GIVEN_SKEW = 1.15;
const ZWSP = '\u200B';

// ---------------------------------------------------------------------------------------------
// Name units and the romanization table
// ---------------------------------------------------------------------------------------------

interface Unit {
  id: number;
  kh: string;
  words: readonly KhWord[];
  sex: 'F' | 'M' | 'U';
  family: boolean;
  /** Match keys: 'l:' + compact lower-case Latin form, 'k:' + normalized Khmer. */
  keys: string[];
}

export const compact = (s: string): string => s.toLowerCase().replace(/[^a-z]/g, '');
const isKh = (s: string): boolean => /[\u1780-\u17FF]/.test(s);

/** Folds the encoding variants this roster produces back to one spelling (the audit's own view). */
export function normKh(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u200B\u200C\u200D\s]/g, '')
    .replace(/\u17C1\u17B8/g, '\u17BE')
    .replace(/\u17C1\u17B6/g, '\u17C4')
    .replace(/\u17D2\u178A/g, '\u17D2\u178F')
    .replace(/\u17C6\u17BB/g, '\u17BB\u17C6')
    .replace(/([\u17B6-\u17C5])([\u17C9\u17CA])/g, '$2$1')
    .replace(/\u17D2\u179A\u17D2([\u1780-\u17A2])/g, '\u17D2$1\u17D2\u179A');
}

export const partKey = (s: string): string => (isKh(s) ? 'k:' + normKh(s) : 'l:' + compact(s));

function product(lists: readonly (readonly string[])[]): string[] {
  let out = [''];
  for (const l of lists) out = out.flatMap((p) => l.map((x) => p + x));
  return out;
}

function buildUnits(): { units: Unit[]; famIds: number[]; givF: number[]; givM: number[] } {
  const units: Unit[] = [];
  const byKh = new Map<string, number>();
  const add = (words: readonly KhWord[], sex: 'F' | 'M' | 'U', family: boolean): number => {
    const kh = words.map((x) => x.kh).join('');
    const k = (family ? 'f:' : 'g:') + kh;
    const got = byKh.get(k);
    if (got !== undefined) return got;
    const id = units.length;
    const latin = product(words.map((x) => x.rom.map(compact)));
    units.push({ id, kh, words, sex, family, keys: [...new Set(latin.map((x) => 'l:' + x)), 'k:' + normKh(kh)] });
    byKh.set(k, id);
    return id;
  };
  const famIds = FAMILY_WORDS.map((x) => add([x], 'U', true));
  const givF = GIVEN_F.map((d: NameUnitDef) => add(d.words, d.sex, false));
  const givM = GIVEN_M.map((d: NameUnitDef) => add(d.words, d.sex, false));
  return { units, famIds, givF, givM };
}

const U = buildUnits();
export const UNITS: readonly Unit[] = U.units;
const KEY_INDEX = new Map<string, number[]>();
for (const u of UNITS) for (const k of u.keys) KEY_INDEX.set(k, [...(KEY_INDEX.get(k) ?? []), u.id]);

/** One edit (substitution, insertion, deletion, or adjacent transposition) or none. */
export function within1(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  if (la === lb) {
    let i = 0;
    while (a[i] === b[i]) i++;
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [s, t] = la < lb ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === t[i]) i++;
  return s.slice(i) === t.slice(i + 1);
}

/** Units a written name part is exactly a listed spelling of. */
export function exactUnits(part: string): number[] {
  return KEY_INDEX.get(partKey(part)) ?? [];
}

const fuzzyCache = new Map<string, number[]>();
/** Units a written name part is within one edit of (any listed spelling, any length). */
export function fuzzyUnits(part: string): number[] {
  const key = partKey(part);
  const got = fuzzyCache.get(key);
  if (got) return got;
  const out: number[] = [];
  const body = key.slice(2);
  for (const u of UNITS) {
    for (const k of u.keys) {
      if (k[0] !== key[0]) continue;
      if (within1(body, k.slice(2))) {
        out.push(u.id);
        break;
      }
    }
  }
  fuzzyCache.set(key, out);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Dates and numbers
// ---------------------------------------------------------------------------------------------

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function randomDate(r: Rng, y0: number, y1: number): string {
  const y = r.int(y0, y1);
  const m = r.int(1, 12);
  return `${y}-${pad(m)}-${pad(r.int(1, daysIn(y, m)))}`;
}

/** The same date with day and month swapped, when that is a different valid date. */
export function swapDM(d: string): string | null {
  const [y, m, dd] = d.split('-');
  if (Number(dd) > 12 || dd === m) return null;
  return `${y}-${dd}-${m}`;
}

/** DOBs a human would not take for the same one: not equal, not a swap, not one digit apart. */
export const dobFar = (a: string, b: string): boolean => a !== b && swapDM(a) !== b && !within1(a, b);

/** One slip: a mistyped digit (70 %) or two adjacent different digits swapped. */
function slip(r: Rng, id: string): string {
  const c = id.split('');
  if (r.chance(0.3)) {
    for (let t = 0; t < 20; t++) {
      const i = r.int(0, c.length - 2);
      if (c[i] !== c[i + 1]) {
        [c[i], c[i + 1]] = [c[i + 1], c[i]];
        return c.join('');
      }
    }
  }
  const i = r.int(0, c.length - 1);
  c[i] = String((Number(c[i]) + r.int(1, 9)) % 10);
  return c.join('');
}

/** Numbers 2+ edits apart from every number issued before. */
class NumberPool {
  private used = new Set<string>();
  constructor(private make: () => string) {}
  next(): string {
    for (;;) {
      const s = this.make();
      if (!this.clear(s)) continue;
      this.used.add(s);
      return s;
    }
  }
  private clear(s: string): boolean {
    if (this.used.has(s)) return false;
    const c = s.split('');
    for (let i = 0; i < c.length; i++) {
      const keep = c[i];
      for (let d = 0; d < 10; d++) {
        const ch = String(d);
        if (ch === keep) continue;
        c[i] = ch;
        if (this.used.has(c.join(''))) return false;
      }
      c[i] = keep;
      if (i + 1 < c.length && c[i] !== c[i + 1]) {
        [c[i], c[i + 1]] = [c[i + 1], c[i]];
        const hit = this.used.has(c.join(''));
        [c[i], c[i + 1]] = [c[i + 1], c[i]];
        if (hit) return false;
      }
    }
    return true;
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

// ---------------------------------------------------------------------------------------------
// Rendering names
// ---------------------------------------------------------------------------------------------

const titleCase = (s: string) => s.toLowerCase().replace(/(^|\s)([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());

/** A unit in Latin: each word one of its romanizations, compound words joined or spaced. */
function latinUnit(u: Unit, pick: (w: KhWord) => string, joined: boolean): string {
  return u.words.map(pick).join(joined ? '' : ' ');
}

const KEYBOARD: Record<string, string> = {
  a: 'qsz', b: 'vn', c: 'xv', d: 'sf', e: 'wr', f: 'dg', g: 'fh', h: 'gj', i: 'uo', j: 'hk', k: 'jl', l: 'k',
  m: 'n', n: 'bm', o: 'ip', p: 'o', q: 'w', r: 'et', s: 'ad', t: 'ry', u: 'yi', v: 'cb', w: 'qe', x: 'zc', y: 'tu', z: 'x',
};

/** One Latin typo in a token of 4+ letters; returns null if the part has no such token. */
function latinTypo(r: Rng, part: string): string | null {
  const toks = part.split(' ');
  const cand = toks.map((t, i) => ({ t, i })).filter((x) => x.t.length >= 4);
  if (!cand.length) return null;
  const { t, i } = r.pick(cand);
  for (let tries = 0; tries < 20; tries++) {
    const c = t.split('');
    const k = r.int(1, c.length - 1);
    const op = r.int(0, 3);
    if (op === 0) {
      const low = c[k].toLowerCase();
      const nb = KEYBOARD[low];
      if (!nb) continue;
      const ch = nb[r.int(0, nb.length - 1)];
      c[k] = c[k] === low ? ch : ch.toUpperCase();
    } else if (op === 1) c.splice(k, 1);
    else if (op === 2) c.splice(k, 0, c[k]);
    else {
      if (k + 1 >= c.length || c[k] === c[k + 1]) continue;
      [c[k], c[k + 1]] = [c[k + 1], c[k]];
    }
    const nt = c.join('');
    if (nt === t) continue;
    const out = [...toks];
    out[i] = nt;
    return out.join(' ');
  }
  return null;
}

const KH_SIGN = /[\u17B6-\u17D1\u17D3]/;
/** One Khmer typo: a dropped vowel sign or diacritic in a unit of 4+ code points. */
function khmerTypo(r: Rng, s: string): string | null {
  if (s.length < 4) return null;
  const pos: number[] = [];
  for (let i = 1; i < s.length; i++) if (KH_SIGN.test(s[i])) pos.push(i);
  if (!pos.length) return null;
  const i = r.pick(pos);
  return s.slice(0, i) + s.slice(i + 1);
}

interface KhProfile {
  shifter: boolean;
  nikahit: boolean;
  coengRo: boolean;
  splitVowel: boolean;
  coengDa: boolean;
  zwspCompound: boolean;
}

function khVariants(s: string, p: KhProfile, tags: Set<string>): string {
  const apply = (on: boolean, re: RegExp, to: string, tag: string) => {
    if (!on) return;
    const t = s.replace(re, to);
    if (t !== s) tags.add(tag);
    s = t;
  };
  apply(p.nikahit, /\u17BB\u17C6/g, '\u17C6\u17BB', 'kh-nikahit-order');
  apply(p.shifter, /([\u17C9\u17CA])([\u17B6-\u17C5])/g, '$2$1', 'kh-shifter-order');
  apply(p.coengRo, /\u17D2([\u1780-\u17A2])\u17D2\u179A/g, '\u17D2\u179A\u17D2$1', 'kh-coeng-ro-order');
  apply(p.splitVowel, /\u17BE/g, '\u17C1\u17B8', 'kh-split-vowel');
  apply(p.splitVowel, /\u17C4/g, '\u17C1\u17B6', 'kh-split-vowel');
  apply(p.coengDa, /\u17D2\u178F/g, '\u17D2\u178A', 'kh-coeng-da');
  return s;
}

// ---------------------------------------------------------------------------------------------
// The roster
// ---------------------------------------------------------------------------------------------

interface Person {
  fam: number;
  giv: number;
  sex: 'F' | 'M';
  dob: string;
  nid: string;
  nssf: string;
  isNew: boolean;
}

type Source = 'manual' | 'csv' | 'id-card';

interface RowDraft {
  name: string;
  parts: [string, string];
  sep: string;
  swapped: boolean;
  script: 'kh' | 'lat';
  source: Source;
  nationalId: string | null;
  nssfNumber: string | null;
  sex: 'F' | 'M' | null;
  dateOfBirth: string | null;
  /** Index into persons for a true row, null for a hidden one. */
  truth: number | null;
  kind: 'true' | 'hidden-namesake' | 'hidden-other';
  tags: Set<string>;
}

export interface RowMeta {
  parts: [string, string];
  sep: string;
  swapped: boolean;
  script: 'kh' | 'lat';
  kind: 'true' | 'hidden-namesake' | 'hidden-other';
  tags: string[];
}

export interface SeventeenthBuild {
  roster: Roster;
  /** Aligned with roster.onsite. */
  rows: RowMeta[];
  /** Aligned with roster.registered: the worker's name units [family, given]. */
  regUnits: [number, number][];
  /** Aligned with roster.registered: old (Latin-era) registration or new hire. */
  regNew: boolean[];
}

type RegName = { nameKh: string; nameLatin: string | null };

/** Splits a register name (family name first) into its two parts. */
export function regParts(s: string): [string, string] | null {
  const t = s.trim();
  const i = t.indexOf(' ');
  if (i < 0) return null;
  return [t.slice(0, i), t.slice(i + 1)];
}

/** What units each register part can be read as, over all of the row's name strings. */
export function regPossible(w: RegName): [number[], number[]] {
  const a = new Set<number>();
  const b = new Set<number>();
  for (const s of [w.nameKh, w.nameLatin]) {
    if (!s) continue;
    const p = regParts(s);
    if (!p) continue;
    for (const x of exactUnits(p[0])) a.add(x);
    for (const x of exactUnits(p[1])) b.add(x);
  }
  return [[...a], [...b]];
}

const pairKey = (a: number, b: number) => a * 1024 + b;

/** Register rows indexed by every (family, given) reading of their name. */
export class NameIndex {
  private m = new Map<number, number[]>();
  add(i: number, pos: [number[], number[]]): void {
    for (const a of pos[0])
      for (const b of pos[1]) {
        const k = pairKey(a, b);
        const l = this.m.get(k);
        if (l) l.push(i);
        else this.m.set(k, [i]);
      }
  }
  /** Rows readable as (a,b) or (b,a) for some a in s0, b in s1. */
  query(s0: readonly number[], s1: readonly number[]): Set<number> {
    const out = new Set<number>();
    for (const a of s0)
      for (const b of s1) {
        for (const i of this.m.get(pairKey(a, b)) ?? []) out.add(i);
        for (const i of this.m.get(pairKey(b, a)) ?? []) out.add(i);
      }
    return out;
  }
}

/** Rule 3: a field present on both sides tells the hidden row apart from this register row. */
export function ruledOut(row: { sex: string | null; dateOfBirth: string | null; nationalId: string | null }, reg: RegisteredWorker): boolean {
  if (row.sex && reg.sex && row.sex !== reg.sex) return true;
  if (row.dateOfBirth && reg.dateOfBirth && dobFar(row.dateOfBirth, reg.dateOfBirth)) return true;
  if (row.nationalId && reg.nationalId && !within1(row.nationalId, reg.nationalId)) return true;
  return false;
}

export function buildSeventeenth(size: number, seed: number): SeventeenthBuild {
  const r = rng(seed * 7919 + 17);
  const nid = new NumberPool(() => pad(r.int(1, 25)) + pad(r.int(0, 9_999_999), 7));
  const nssf = new NumberPool(() => String(r.int(1, 9)) + pad(r.int(0, 999_999_999), 9));

  // ---- people on the register ----
  const persons: Person[] = [];
  for (let i = 0; i < size; i++) {
    const isNew = r.chance(1 / 3);
    const sex: 'F' | 'M' = r.chance(0.72) ? 'F' : 'M';
    persons.push({
      fam: r.pickSkewed(U.famIds, FAMILY_SKEW),
      giv: r.pickSkewed(sex === 'F' ? U.givF : U.givM, GIVEN_SKEW),
      sex,
      dob: isNew ? randomDate(r, 1985, 2006) : randomDate(r, 1966, 1997),
      nid: nid.next(),
      nssf: nssf.next(),
      isNew,
    });
  }

  const clerkPick = (w: KhWord) => r.pick(w.rom);
  const regs: RegisteredWorker[] = persons.map((p) => {
    const fam = UNITS[p.fam];
    const giv = UNITS[p.giv];
    let nameKh: string;
    let nameLatin: string | null;
    if (p.isNew) {
      nameKh = `${fam.kh} ${giv.kh}`;
      nameLatin = r.chance(0.96) ? `${latinUnit(fam, (w) => w.rom[0], false)} ${latinUnit(giv, (w) => w.rom[0], r.chance(0.5))}`.toUpperCase() : null;
    } else {
      const spell = () => `${latinUnit(fam, clerkPick, false)} ${latinUnit(giv, clerkPick, r.chance(0.5))}`.toUpperCase();
      const blank = r.chance(0.15);
      nameKh = blank ? '' : spell();
      nameLatin = blank || r.chance(0.45) ? spell() : null;
    }
    const year = p.isNew ? r.int(2019, 2025) : r.int(2005, 2016);
    const month = year === 2025 ? r.int(1, 2) : r.int(1, 12);
    // A register row without a date of birth keeps the national ID it was registered with.
    const noDob = r.chance(p.isNew ? 0.005 : 0.012);
    return {
      workerId: '',
      nssfNumber: p.nssf,
      nationalId: !noDob && r.chance(p.isNew ? 0.03 : 0.18) ? null : p.nid,
      nameKh,
      nameLatin,
      sex: r.chance(0.02) ? null : p.sex,
      dateOfBirth: noDob ? null : p.dob,
      hireDate: `${year}-${pad(month)}-${pad(r.int(1, daysIn(year, month)))}`,
      wageRiel: r.chance(0.08) ? null : r.int(700, 2000) * 1000,
    };
  });

  // ---- rule 2: namesakes' dates of birth far apart ----
  const index = new NameIndex();
  const poss = regs.map(regPossible);
  for (let i = 0; i < size; i++) {
    const near = index.query(poss[i][0], poss[i][1]);
    const p = persons[i];
    for (let t = 0; t < 200; t++) {
      let ok = true;
      for (const j of near) if (!dobFar(p.dob, persons[j].dob)) ok = false;
      if (ok) break;
      p.dob = p.isNew ? randomDate(r, 1985, 2006) : randomDate(r, 1966, 1997);
    }
    if (regs[i].dateOfBirth) regs[i].dateOfBirth = p.dob;
    index.add(i, poss[i]);
  }

  // ---- on-site rows ----
  const hrPick = (w: KhWord) => (r.chance(0.5) ? w.rom[0] : r.pick(w.rom));

  function renderName(p: Person, script: 'kh' | 'lat', tags: Set<string>): Pick<RowDraft, 'name' | 'parts' | 'sep' | 'swapped'> {
    const fam = UNITS[p.fam];
    const giv = UNITS[p.giv];
    let f: string;
    let g: string;
    let sep: string;
    let swapped: boolean;
    if (script === 'kh') {
      const prof: KhProfile = {
        shifter: r.chance(0.25),
        nikahit: r.chance(0.25),
        coengRo: r.chance(0.35),
        splitVowel: r.chance(0.3),
        coengDa: r.chance(0.2),
        zwspCompound: r.chance(0.12),
      };
      f = fam.kh;
      g = giv.words.map((x) => x.kh).join(prof.zwspCompound && giv.words.length > 1 ? ZWSP : '');
      if (prof.zwspCompound && giv.words.length > 1) tags.add('kh-zwsp-in-compound');
      if (r.chance(0.015)) {
        const gi = khmerTypo(r, g);
        const fi = gi === null ? khmerTypo(r, f) : null;
        if (gi !== null) g = gi;
        else if (fi !== null) f = fi;
        if (gi !== null || fi !== null) tags.add('typo');
      }
      f = khVariants(f, prof, tags);
      g = khVariants(g, prof, tags);
      const x = r.next();
      sep = x < 0.55 ? ' ' : x < 0.8 ? ZWSP : x < 0.95 ? '' : ' ' + ZWSP;
      tags.add(sep === ' ' ? 'kh-sep-space' : sep === ZWSP ? 'kh-sep-zwsp' : sep === '' ? 'kh-sep-none' : 'kh-sep-space-zwsp');
      swapped = r.chance(0.03);
    } else {
      f = latinUnit(fam, hrPick, false);
      const joined = r.chance(0.4);
      g = latinUnit(giv, hrPick, joined);
      if (giv.words.length > 1) tags.add(joined ? 'lat-compound-joined' : 'lat-compound-spaced');
      const x = r.next();
      const cased = (s: string) => (x < 0.4 ? s.toUpperCase() : x < 0.9 ? titleCase(s) : s.toLowerCase());
      tags.add(x < 0.4 ? 'lat-upper' : x < 0.9 ? 'lat-title' : 'lat-lower');
      f = cased(f);
      g = cased(g);
      if (r.chance(0.05)) {
        const first = r.chance(0.6) ? 'g' : 'f';
        for (const which of first === 'g' ? ['g', 'f'] : ['f', 'g']) {
          const t = latinTypo(r, which === 'g' ? g : f);
          if (t === null) continue;
          if (which === 'g') g = t;
          else f = t;
          tags.add('typo');
          break;
        }
      }
      sep = ' ';
      swapped = r.chance(0.2);
    }
    const parts: [string, string] = swapped ? [g, f] : [f, g];
    return { name: parts.join(sep), parts, sep, swapped };
  }

  function makeRow(p: Person, truth: number | null, kind: RowDraft['kind']): RowDraft {
    const tags = new Set<string>();
    const script: 'kh' | 'lat' = r.chance(0.64) ? 'kh' : 'lat';
    const source: Source = script === 'kh' ? (r.chance(0.8) ? 'id-card' : 'manual') : r.chance(0.85) ? 'csv' : 'manual';
    const nm = renderName(p, script, tags);
    const isTrue = truth !== null;
    const pNid = source === 'id-card' ? 0.9 : source === 'csv' ? 0.2 : script === 'kh' ? 0.45 : 0.3;
    const pNssf = source === 'id-card' ? 0.08 : source === 'csv' ? 0.4 : 0.12;
    const pSex = source === 'id-card' ? 0.97 : source === 'csv' ? 0.8 : 0.88;
    const pDob = source === 'id-card' ? 0.985 : source === 'csv' ? 0.955 : 0.92;
    let nationalId: string | null = null;
    if (r.chance(pNid)) {
      nationalId = p.nid;
      if (isTrue && r.chance(0.03)) {
        nationalId = slip(r, p.nid);
        tags.add('nid-slip');
      }
    }
    let nssfNumber: string | null = null;
    if (isTrue && r.chance(pNssf)) {
      nssfNumber = p.nssf;
      if (r.chance(0.03)) {
        nssfNumber = slip(r, p.nssf);
        tags.add('nssf-slip');
      }
    }
    const sex = r.chance(pSex) ? p.sex : null;
    let dateOfBirth: string | null = null;
    if (r.chance(pDob)) {
      dateOfBirth = p.dob;
      const sw = swapDM(p.dob);
      if (isTrue && sw && r.chance(0.05)) {
        dateOfBirth = sw;
        tags.add('dob-swap');
      }
    }
    return { ...nm, script, source, nationalId, nssfNumber, sex, dateOfBirth, truth, kind, tags };
  }

  const order = r.shuffle(persons.map((_, i) => i));
  const nAbsent = Math.round(size * 0.1);
  const present = order.slice(nAbsent);
  const drafts: RowDraft[] = present.map((i) => makeRow(persons[i], i, 'true'));

  // ---- hidden workers ----
  const nHidden = Math.round((present.length * 7) / 93);
  const candidatesOf = (row: RowDraft) => index.query(fuzzyUnits(row.parts[0]), fuzzyUnits(row.parts[1]));
  const newPerson = (fam: number, giv: number, sex: 'F' | 'M'): Person => {
    const isNew = r.chance(0.5);
    return { fam, giv, sex, dob: isNew ? randomDate(r, 1985, 2007) : randomDate(r, 1966, 1997), nid: nid.next(), nssf: '', isNew };
  };
  /** Tries to make a namesake row every register row it could pass for is ruled out from. */
  const settleNamesake = (p: Person, row: RowDraft): boolean => {
    const cands = [...candidatesOf(row)];
    for (let t = 0; t < 30; t++) {
      const failing = cands.filter((c) => !ruledOut(row, regs[c]));
      if (!failing.length) return true;
      if (row.dateOfBirth === null) {
        row.dateOfBirth = p.dob;
        continue;
      }
      if (!failing.some((c) => regs[c].dateOfBirth)) return false;
      p.dob = p.isNew ? randomDate(r, 1985, 2007) : randomDate(r, 1966, 1997);
      row.dateOfBirth = p.dob;
    }
    return false;
  };
  for (let k = 0; k < nHidden; k++) {
    const wantNamesake = k < nHidden / 2;
    let row: RowDraft | null = null;
    if (!wantNamesake) {
      for (let t = 0; t < 400 && !row; t++) {
        const sex: 'F' | 'M' = r.chance(0.72) ? 'F' : 'M';
        const p = newPerson(r.pickSkewed(U.famIds, FAMILY_SKEW), r.pickSkewed(sex === 'F' ? U.givF : U.givM, GIVEN_SKEW), sex);
        const d = makeRow(p, null, 'hidden-other');
        if (candidatesOf(d).size === 0) row = d;
      }
    }
    for (let t = 0; t < 200 && !row; t++) {
      const j = r.int(0, size - 1);
      const q = persons[j];
      const sex = UNITS[q.giv].sex === 'U' && r.chance(0.25) ? (q.sex === 'F' ? 'M' : 'F') : q.sex;
      const p = newPerson(q.fam, q.giv, sex);
      const d = makeRow(p, null, 'hidden-namesake');
      if (settleNamesake(p, d)) row = d;
    }
    if (!row) throw new Error('seventeenth: could not place a hidden worker');
    if (row.kind === 'hidden-namesake' && candidatesOf(row).size === 0) row.kind = 'hidden-other';
    drafts.push(row);
  }

  // ---- shuffle, number, stamp ----
  r.shuffle(drafts);
  const regOrder = r.shuffle(persons.map((_, i) => i));
  const workerIdOf = new Array<string>(size);
  const registered: RegisteredWorker[] = regOrder.map((pi, k) => {
    const id = `W${pad(k + 1, 6)}`;
    workerIdOf[pi] = id;
    return { ...regs[pi], workerId: id };
  });
  let t = Date.UTC(2025, 2, 11, 1, 30, 0);
  let sheetRow = 0;
  const truth = new Map<string, string | null>();
  const onsite: OnsiteWorker[] = drafts.map((d) => {
    t += d.source === 'csv' ? r.int(1, 3) * 1000 : r.int(8, 60) * 1000;
    const id = uuid(r);
    truth.set(id, d.truth === null ? null : workerIdOf[d.truth]);
    return {
      id,
      visitId: VISIT_ID,
      name: d.name,
      nationalId: d.nationalId,
      nssfNumber: d.nssfNumber,
      sex: d.sex,
      dateOfBirth: d.dateOfBirth,
      source: d.source,
      sourceRow: d.source === 'csv' ? ++sheetRow : null,
      recordedAt: new Date(t).toISOString(),
    };
  });
  return {
    roster: { registered, onsite, truth },
    rows: drafts.map((d) => ({ parts: d.parts, sep: d.sep, swapped: d.swapped, script: d.script, kind: d.kind, tags: [...d.tags] })),
    regUnits: regOrder.map((pi) => [persons[pi].fam, persons[pi].giv]),
    regNew: regOrder.map((pi) => persons[pi].isNew),
  };
}

export function generateSeventeenth(size: number, seed: number): Roster {
  return buildSeventeenth(size, seed).roster;
}

// ---------------------------------------------------------------------------------------------
// Self-check: `npx tsx test/bench/seventeenth.ts [size] [seed]`
// ---------------------------------------------------------------------------------------------

function inter(a: readonly number[], b: readonly number[]): boolean {
  for (const x of a) if (b.includes(x)) return true;
  return false;
}

/** 0: part is a listed spelling of the unit; 1: one edit from a listed spelling of 4+ letters; 9: neither. */
function partLevel(part: string, unit: number): number {
  const key = partKey(part);
  const keys = UNITS[unit].keys.filter((k) => k[0] === key[0]);
  if (keys.includes(key)) return 0;
  if (keys.some((k) => k.length - 2 >= 4 && within1(key.slice(2), k.slice(2)))) return 1;
  return 9;
}

function compatible(row: OnsiteWorker, reg: RegisteredWorker): boolean {
  if (row.sex && reg.sex && row.sex !== reg.sex) return false;
  if (row.dateOfBirth && reg.dateOfBirth && row.dateOfBirth !== reg.dateOfBirth && swapDM(row.dateOfBirth) !== reg.dateOfBirth) return false;
  if (row.nationalId && reg.nationalId && !within1(row.nationalId, reg.nationalId)) return false;
  if (row.nssfNumber && reg.nssfNumber && !within1(row.nssfNumber, reg.nssfNumber)) return false;
  return true;
}

function selfCheck(size: number, seed: number): boolean {
  const fails: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) fails.push(what);
  };
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '0.0') + ' %';
  const t0 = performance.now();
  const built = buildSeventeenth(size, seed);
  const ms = performance.now() - t0;
  const { roster, rows, regUnits, regNew } = built;
  const reg = roster.registered;
  const on = roster.onsite;
  const regAt = new Map(reg.map((w, i) => [w.workerId, i]));
  const truthIdx = on.map((o) => {
    const t = roster.truth.get(o.id);
    return t === null || t === undefined ? null : regAt.get(t)!;
  });
  const trueRows = on.map((_, i) => i).filter((i) => truthIdx[i] !== null);
  const hiddenRows = on.map((_, i) => i).filter((i) => truthIdx[i] === null);
  const presentSet = new Set(trueRows.map((i) => truthIdx[i]!));
  const count = (xs: number[], f: (i: number) => boolean) => xs.filter(f).length;
  const all = on.map((_, i) => i);
  const regAll = reg.map((_, i) => i);

  // ---- shape ----
  console.log(`seventeenth roster, size ${size}, seed ${seed}: generated in ${ms.toFixed(0)} ms`);
  console.log(`registered ${reg.length}: new hires (Khmer nameKh) ${pct(count(regAll, (i) => regNew[i]), reg.length)}, ` +
    `old Latin nameKh ${pct(count(regAll, (i) => !regNew[i] && reg[i].nameKh !== ''), reg.length)}, ` +
    `blank nameKh ${pct(count(regAll, (i) => reg[i].nameKh === ''), reg.length)}`);
  const old = regAll.filter((i) => !regNew[i]);
  const official = (i: number) => compact(regUnits[i].map((u) => UNITS[u].words.map((w) => w.rom[0]).join('')).join(''));
  console.log(`  old rows: nameLatin present ${pct(count(old, (i) => reg[i].nameLatin !== null), old.length)}, ` +
    `clerk spelling differs from official ${pct(count(old, (i) => compact(reg[i].nameKh || reg[i].nameLatin || '') !== official(i)), old.length)}`);
  console.log(`  nameLatin null ${pct(count(regAll, (i) => reg[i].nameLatin === null), reg.length)}, nationalId null ${pct(count(regAll, (i) => reg[i].nationalId === null), reg.length)}, ` +
    `DOB null ${pct(count(regAll, (i) => reg[i].dateOfBirth === null), reg.length)}, sex null ${pct(count(regAll, (i) => reg[i].sex === null), reg.length)}, wage null ${pct(count(regAll, (i) => reg[i].wageRiel === null), reg.length)}`);
  const hidNs = count(hiddenRows, (i) => rows[i].kind === 'hidden-namesake');
  console.log(`on-site ${on.length}: true ${trueRows.length}, hidden ${hiddenRows.length} (${pct(hiddenRows.length, on.length)}; namesakes ${hidNs}, others ${hiddenRows.length - hidNs}), ` +
    `absent registered ${reg.length - presentSet.size} (${pct(reg.length - presentSet.size, reg.length)})`);
  const kh = all.filter((i) => rows[i].script === 'kh');
  const lat = all.filter((i) => rows[i].script === 'lat');
  const src = (s: string) => pct(count(all, (i) => on[i].source === s), on.length);
  console.log(`  script: Khmer ${pct(kh.length, on.length)}, Latin ${pct(lat.length, on.length)}; source id-card ${src('id-card')}, csv ${src('csv')}, manual ${src('manual')}`);
  const pairKind = (i: number) => {
    const w = reg[truthIdx[i]!];
    const regKind = isKh(w.nameKh) ? 'Khmer register' : 'Latin-only register';
    return `${rows[i].script === 'kh' ? 'Khmer' : 'Latin'} row vs ${regKind}`;
  };
  const kinds = new Map<string, number>();
  for (const i of trueRows) kinds.set(pairKind(i), (kinds.get(pairKind(i)) ?? 0) + 1);
  console.log(`  true pairs: ${[...kinds].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${pct(v, trueRows.length)}`).join(', ')}`);
  const tagRate = (xs: number[], tag: string) => pct(count(xs, (i) => rows[i].tags.includes(tag)), xs.length);
  console.log(`  Khmer rows: sep space ${tagRate(kh, 'kh-sep-space')}, ZWSP ${tagRate(kh, 'kh-sep-zwsp')}, none ${tagRate(kh, 'kh-sep-none')}, space+ZWSP ${tagRate(kh, 'kh-sep-space-zwsp')}; ` +
    `shifter order ${tagRate(kh, 'kh-shifter-order')}, nikahit order ${tagRate(kh, 'kh-nikahit-order')}, coeng-ro order ${tagRate(kh, 'kh-coeng-ro-order')}, split vowel ${tagRate(kh, 'kh-split-vowel')}, ` +
    `coeng DA/TA ${tagRate(kh, 'kh-coeng-da')}, ZWSP in compound ${tagRate(kh, 'kh-zwsp-in-compound')}, typo ${tagRate(kh, 'typo')}, given-first ${pct(count(kh, (i) => rows[i].swapped), kh.length)}`);
  const latTrue = lat.filter((i) => truthIdx[i] !== null);
  const latDiffers = count(latTrue, (i) => {
    const w = reg[truthIdx[i]!];
    const mine = compact(rows[i].swapped ? rows[i].parts[1] + rows[i].parts[0] : rows[i].parts.join(''));
    return ![w.nameKh, w.nameLatin].some((s) => s && !isKh(s) && compact(s) === mine);
  });
  console.log(`  Latin rows: upper ${tagRate(lat, 'lat-upper')}, title ${tagRate(lat, 'lat-title')}, lower ${tagRate(lat, 'lat-lower')}, given-first ${pct(count(lat, (i) => rows[i].swapped), lat.length)}, ` +
    `typo ${tagRate(lat, 'typo')}, compound joined ${tagRate(lat, 'lat-compound-joined')}, spaced ${tagRate(lat, 'lat-compound-spaced')}; true Latin rows spelled unlike any register Latin ${pct(latDiffers, latTrue.length)}`);
  const has = (f: (o: OnsiteWorker) => unknown) => pct(count(all, (i) => !!f(on[i])), on.length);
  console.log(`  fields present: nationalId ${has((o) => o.nationalId)}, nssfNumber ${has((o) => o.nssfNumber)}, sex ${has((o) => o.sex)}, DOB ${has((o) => o.dateOfBirth)}; ` +
    `slips on true rows: nationalId ${tagRate(trueRows, 'nid-slip')}, nssf ${tagRate(trueRows, 'nssf-slip')}, DOB day/month swap ${tagRate(trueRows, 'dob-swap')}`);

  // ---- rule 1 ----
  let r1 = 0;
  const r1ex: string[] = [];
  const bad1 = (what: string) => {
    r1++;
    if (r1ex.length < 5) r1ex.push(what);
  };
  const SEPS = [' ', ZWSP, '', ' ' + ZWSP];
  for (const i of all) {
    const m = rows[i];
    if (on[i].name !== m.parts.join(m.sep) || !SEPS.includes(m.sep)) bad1(`row ${i}: name does not split as recorded`);
  }
  for (const i of trueRows) {
    const o = on[i];
    const w = reg[truthIdx[i]!];
    const [fu, gu] = regUnits[truthIdx[i]!];
    const [p0, p1] = rows[i].parts;
    const lv = Math.min(partLevel(p0, fu) + partLevel(p1, gu), partLevel(p0, gu) + partLevel(p1, fu));
    if (lv > 1) bad1(`row ${i}: name "${o.name}" is not a variant of ${UNITS[fu].kh} ${UNITS[gu].kh}`);
    if (o.nationalId && w.nationalId && !within1(o.nationalId, w.nationalId)) bad1(`row ${i}: nationalId`);
    if (o.nssfNumber && w.nssfNumber && !within1(o.nssfNumber, w.nssfNumber)) bad1(`row ${i}: nssfNumber`);
    if (o.dateOfBirth && w.dateOfBirth && o.dateOfBirth !== w.dateOfBirth && swapDM(o.dateOfBirth) !== w.dateOfBirth) bad1(`row ${i}: DOB`);
    if (o.sex && w.sex && o.sex !== w.sex) bad1(`row ${i}: sex`);
  }
  for (const i of regAll) {
    const w = reg[i];
    const [fu, gu] = regUnits[i];
    if (!w.nameKh && !w.nameLatin) bad1(`register ${w.workerId}: no name at all`);
    for (const s of [w.nameKh, w.nameLatin]) {
      if (!s) continue;
      if (isKh(s)) {
        if (s !== `${UNITS[fu].kh} ${UNITS[gu].kh}`) bad1(`register ${w.workerId}: Khmer name not canonical`);
        continue;
      }
      const p = regParts(s);
      if (!p || partLevel(p[0], fu) !== 0 || partLevel(p[1], gu) !== 0) bad1(`register ${w.workerId}: "${s}" is not a listed romanization`);
    }
  }
  console.log(`rule 1 (true rows carry only plausible variants; register Latin is listed): ${r1} violations${r1ex.length ? ' e.g. ' + r1ex.join('; ') : ''}`);
  check(r1 === 0, 'rule 1');

  // ---- rule 2 ----
  const poss = reg.map(regPossible);
  const nameIdx = new NameIndex();
  regAll.forEach((i) => nameIdx.add(i, poss[i]));
  let r2 = 0;
  let nsPairs = 0;
  for (const i of regAll) {
    for (const j of nameIdx.query(poss[i][0], poss[i][1])) {
      if (j <= i) continue;
      nsPairs++;
      const a = reg[i].dateOfBirth;
      const b = reg[j].dateOfBirth;
      if (a && b && !dobFar(a, b)) r2++;
    }
  }
  const idClash = (ids: (string | null)[]) => {
    const seen = new Set<string>();
    let n = 0;
    for (const s of ids) {
      if (!s) continue;
      const c = s.split('');
      let hit = seen.has(s);
      for (let k = 0; k < c.length && !hit; k++) {
        const keep = c[k];
        for (let d = 0; d < 10 && !hit; d++) {
          c[k] = String(d);
          if (c[k] !== keep && seen.has(c.join(''))) hit = true;
        }
        c[k] = keep;
        if (k + 1 < c.length) {
          [c[k], c[k + 1]] = [c[k + 1], c[k]];
          if (c.join('') !== s && seen.has(c.join(''))) hit = true;
          [c[k], c[k + 1]] = [c[k + 1], c[k]];
        }
      }
      if (hit) n++;
      seen.add(s);
    }
    return n;
  };
  const nidClash = idClash(reg.map((w) => w.nationalId));
  const nssfClash = idClash(reg.map((w) => w.nssfNumber));
  console.log(`rule 2 (registered namesakes told apart): ${nsPairs} namesake pairs, ${r2} with DOBs within a swap/one digit; national IDs within one edit ${nidClash}, NSSF numbers ${nssfClash}`);
  check(r2 === 0 && nidClash === 0 && nssfClash === 0, 'rule 2');

  // ---- rule 3 (brute force over the whole register) ----
  let r3 = 0;
  let passFor = 0;
  let ruledBy = { sex: 0, dob: 0, nid: 0 };
  for (const i of hiddenRows) {
    const o = on[i];
    const f0 = fuzzyUnits(rows[i].parts[0]);
    const f1 = fuzzyUnits(rows[i].parts[1]);
    let any = false;
    for (const j of regAll) {
      const [a, b] = poss[j];
      if (!((inter(f0, a) && inter(f1, b)) || (inter(f0, b) && inter(f1, a)))) continue;
      any = true;
      const w = reg[j];
      if (!ruledOut(o, w)) r3++;
      else if (o.dateOfBirth && w.dateOfBirth && dobFar(o.dateOfBirth, w.dateOfBirth)) ruledBy.dob++;
      else if (o.sex && w.sex && o.sex !== w.sex) ruledBy.sex++;
      else ruledBy.nid++;
    }
    if (any) passFor++;
  }
  console.log(`rule 3 (hidden rows): ${passFor} of ${hiddenRows.length} could pass for a registered worker by name (${pct(passFor, hiddenRows.length)}); ` +
    `ruled out by DOB ${ruledBy.dob}, sex ${ruledBy.sex}, national ID ${ruledBy.nid}; not ruled out ${r3}`);
  check(r3 === 0, 'rule 3');

  // ---- rule 4 ----
  const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const idsOk = on.every((o) => uuidV4.test(o.id)) && new Set(on.map((o) => o.id)).size === on.length;
  const timeOk = on.every((o, i) => i === 0 || Date.parse(o.recordedAt) > Date.parse(on[i - 1].recordedAt));
  const sheet = on.filter((o) => o.source === 'csv').map((o) => o.sourceRow!);
  const sheetOk = sheet.every((s, i) => s === i + 1) && on.every((o) => (o.source === 'csv') === (o.sourceRow !== null));
  const q = 4;
  const hidQ = Array.from({ length: q }, (_, k) => {
    const xs = all.filter((i) => Math.floor((i * q) / on.length) === k);
    return count(xs, (i) => truthIdx[i] === null) / xs.length;
  });
  const presQ = Array.from({ length: q }, (_, k) => {
    const xs = regAll.filter((i) => Math.floor((i * q) / reg.length) === k);
    return count(xs, (i) => presentSet.has(i)) / xs.length;
  });
  const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs);
  // rank correlation between on-site row order and register order of true pairs
  const xs = trueRows.map((i) => i);
  const ys = trueRows.map((i) => truthIdx[i]!);
  const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let k = 0; k < xs.length; k++) {
    sxy += (xs[k] - mx) * (ys[k] - my);
    sxx += (xs[k] - mx) ** 2;
    syy += (ys[k] - my) ** 2;
  }
  const corr = sxy / Math.sqrt(sxx * syy);
  const tol = size >= 5000 ? 0.03 : 0.08;
  console.log(`rule 4 (no leaks): v4 UUIDs unique ${idsOk}, recordedAt increasing ${timeOk}, sheet rows in order ${sheetOk}; ` +
    `hidden share by quarter ${hidQ.map((x) => (100 * x).toFixed(1)).join('/')} %, present share by register quarter ${presQ.map((x) => (100 * x).toFixed(1)).join('/')} %, ` +
    `row-order vs register-order correlation ${corr.toFixed(3)}`);
  check(idsOk && timeOk && sheetOk && spread(hidQ) < tol && spread(presQ) < tol && Math.abs(corr) < 0.06, 'rule 4');

  // ---- rule 5 ----
  let undecidable = 0;
  let nameOnlyAmbiguous = 0;
  const u5ex: string[] = [];
  for (const i of trueRows) {
    const [p0, p1] = rows[i].parts;
    const e0 = exactUnits(p0);
    const e1 = exactUnits(p1);
    const f0 = fuzzyUnits(p0);
    const f1 = fuzzyUnits(p1);
    const lvl = (j: number) => {
      const [a, b] = poss[j];
      const one = (e: number[], f: number[], s: number[]) => (inter(e, s) ? 0 : inter(f, s) ? 1 : 9);
      return Math.min(one(e0, f0, a) + one(e1, f1, b), one(e0, f0, b) + one(e1, f1, a));
    };
    const t = truthIdx[i]!;
    const L = lvl(t);
    let amb = false;
    let und = false;
    for (const j of nameIdx.query(f0, f1)) {
      if (j === t || lvl(j) > L) continue;
      amb = true;
      if (compatible(on[i], reg[j])) und = true;
    }
    if (amb) nameOnlyAmbiguous++;
    if (und) {
      undecidable++;
      if (u5ex.length < 3) u5ex.push(`"${on[i].name}" dob ${on[i].dateOfBirth} nid ${on[i].nationalId}`);
    }
  }
  console.log(`rule 5 (undecidable true rows): ${undecidable} (${pct(undecidable, trueRows.length)}); name alone not decisive for ${pct(nameOnlyAmbiguous, trueRows.length)}` +
    (u5ex.length ? `; e.g. ${u5ex.join('; ')}` : ''));
  check(undecidable / trueRows.length < 0.04, 'rule 5');

  // ---- schemas ----
  let badSchema = 0;
  for (const w of reg) if (!RegisteredWorkerSchema.safeParse(w).success) badSchema++;
  for (const o of on) if (!OnsiteWorkerSchema.safeParse(o).success) badSchema++;
  const extra = on.some((o) => 'statedStartDate' in o || 'wageRiel' in o);
  console.log(`schemas: ${badSchema} of ${reg.length + on.length} records fail zod; stray statedStartDate/wageRiel ${extra}`);
  check(badSchema === 0 && !extra, 'schemas');

  // ---- determinism and time ----
  const dump = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const same = dump(generateSeventeenth(size, seed)) === dump(roster);
  const other = dump(generateSeventeenth(size, seed + 1)) !== dump(roster);
  const t1 = performance.now();
  generateSeventeenth(10_000, seed);
  const ms10k = performance.now() - t1;
  console.log(`determinism: same seed identical ${same}, another seed differs ${other}; 10,000 generated in ${ms10k.toFixed(0)} ms`);
  check(same && other, 'determinism');
  check(ms10k < 2000, '10k time');

  console.log(fails.length ? `FAIL: ${fails.join(', ')}` : 'PASS');
  return fails.length === 0;
}

if (process.argv[1]?.endsWith('seventeenth.ts')) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  if (!selfCheck(size, seed)) process.exit(1);
}
