/**
 * `eightythird`: a grader's roster. Written blind, from the product text only, by someone who will
 * score reconciliation engines against the stated targets. Its emphasis: a name in Khmer on one
 * side and Latin on the other.
 *
 * THE MODEL (rates are per row of the kind named; `size` = registered workers)
 * Register (the fund):
 *   - nameKh always; nameLatin MISSING on 68 % (the fund typed Khmer only); when present it is one
 *     listed romanization (the usual one 70 %), family name first, UPPER CASE 85 % / Title 15 %.
 *   - Khmer on the register: ZWSP instead of the space 6 %, a keyboard code-point order 3 %.
 *   - NSSF number, national ID (9 digits), sex, DOB, hire date always present; wage null 3 %.
 *   - Names drawn with a skew (family Sok ~14 %, 40 family and 84 given names), so full-name
 *     namesakes are common: ~30 % of workers share a full name at 1,000, ~94 % at 10,000 (a name
 *     list written by hand is smaller than Cambodia's; the namesake groups test DOB/ID evidence).
 * On site (~1.02 x size rows):
 *   - absent registered workers 5 %; hidden workers 7 % of on-site rows, half of them drawn as
 *     namesakes of a registered worker (the rest drawn from the same name pool, so many collide too).
 *   - source: csv (employer payroll, Latin 95 %) 40 %, manual (inspector's phone, mostly no Khmer
 *     keyboard, Latin 78 %) 48 %, id-card 12 % (Latin 50 %, NID and DOB read off the card, exact).
 *     => about 81 % of on-site names are Latin, and ~55 % of true pairs are Khmer-only on the
 *     register against Latin on site.
 *   - Latin names: romanization by ear (usual spelling 45 %, another listed one 55 %; when the
 *     register has Latin, half the rows copy its spelling), family/given swapped 22 %, UPPER 35 % /
 *     Title 58 % / lower 7 %, one typo 7 % (one edit in one word of 4+ letters).
 *   - Khmer names: family/given swapped 6 %, ZWSP instead of space 25 %, keyboard code-point order
 *     drawn 15 % (vowel typed before a subscript, register shifter after the vowel, nikahit before
 *     the vowel; lands on ~9 % of Khmer rows, the names that have such a site), split two-part
 *     vowel 30 % of the names that have one (~1 % of Khmer rows; see EXTRA below).
 *   - national ID present: id-card 100 %, csv 35 %, manual 25 %; one slip (transposed/mistyped
 *     digit) on 4 % of the typed ones. NSSF number present: csv 45 %, manual 12 %, id-card 5 %; one
 *     slip 4 %. Hidden rows never carry an NSSF number (they have none).
 *   - DOB missing 6 % (never on id-card rows); day/month swap drawn on 12 % of typed DOBs, kept only
 *     when the swapped date is valid (day <= 12), so ~3.5 % of true rows. Hidden rows that could
 *     pass for a namesake get a DOB when no other field tells them apart (rule 3), so hidden rows
 *     miss their DOB a little less often (~2 %) than true rows (~6 %).
 *   - sex missing 8 % (never on id-card rows); never wrong.
 * EXTRA variation, stated as rule 1 asks: the "NFC/NFD" line of the product text has no effect on
 * Khmer (Unicode NFD leaves every Khmer code point unchanged), so its Khmer counterpart is modelled
 * instead: the two-part vowels ោ / ើ typed as េ+ា / េ+ី. They render the same; a human reads them
 * as the same name.
 *
 * FAIRNESS RULES (audited by the self-check, `npx tsx test/bench/eightythird.ts 10000 1`)
 *   1. A true row carries only plausible variants of its registered worker: listed romanizations,
 *      either order, any case, at most one typo (one edit, one word of 4+ letters), Khmer encoding
 *      variants (ZWSP, code-point order, split vowel); IDs exact or one slip; DOB exact or
 *      day/month swapped; sex right or missing.
 *   2. Registered namesakes (same Khmer words = same name in any spelling) never share a DOB, and
 *      their DOBs are more than a day/month swap or one digit apart. NIDs and NSSF numbers of the
 *      register are pairwise 2+ edits apart.
 *   3. A hidden row either is not within one edit of any spelling of any registered name, or is
 *      ruled out from every registered worker it could pass for by a field present on both sides
 *      (sex differs, DOB more than a swap/one digit apart, national IDs 2+ edits apart).
 *   4. Nothing leaks the truth: rows shuffled, on-site ids random v4 UUIDs from the seeded PRNG,
 *      recordedAt increasing in row order, csv sourceRow numbered in row order, registered worker
 *      ids assigned after shuffling the register.
 *   5. Undecidable true rows (another registered worker consistent with every field, with at least
 *      as much evidence) stay under 4 %.
 */
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { OnsiteWorker as OnsiteSchema, RegisteredWorker as RegisteredSchema } from '../../src/protocol';
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import { EIGHTYTHIRD_FAMILY as FAMILY, EIGHTYTHIRD_GIVEN as GIVEN, EIGHTYTHIRD_UNSURE_KHMER, type NameWord } from './eightythird-names';

export const EIGHTYTHIRD_LABEL = "grader's roster: Khmer-only register (68 % no Latin) against Latin on-site names spelled by ear";

const RATES = {
  absent: 0.05,
  hiddenShare: 0.07,
  hiddenNamesake: 0.5,
  regLatinMissing: 0.68,
  regLatinUsual: 0.7,
  regLatinUpper: 0.85,
  regKhZwsp: 0.06,
  regKhOrder: 0.03,
  femaleShare: 0.56,
  unisexGiven: 0.12,
  familySkew: 1.6,
  givenSkew: 1.15,
  source: { csv: 0.4, manual: 0.48, 'id-card': 0.12 } as Record<Source, number>,
  latinBySource: { csv: 0.95, manual: 0.78, 'id-card': 0.5 } as Record<Source, number>,
  onsiteUsualSpelling: 0.45,
  copyRegisterSpelling: 0.5,
  latinSwap: 0.22,
  upper: 0.35,
  lower: 0.07,
  typo: 0.07,
  khSwap: 0.06,
  khZwsp: 0.25,
  khOrder: 0.15,
  khSplit: 0.3,
  nidBySource: { csv: 0.35, manual: 0.25, 'id-card': 1 } as Record<Source, number>,
  nssfBySource: { csv: 0.45, manual: 0.12, 'id-card': 0.05 } as Record<Source, number>,
  idSlip: 0.04,
  dobMissing: 0.06,
  dobSwap: 0.12,
  sexMissing: 0.08,
  wageNull: 0.03,
};

type Source = 'csv' | 'manual' | 'id-card';
type Sex = 'M' | 'F';
const VISIT_ID = 'visit-eightythird';

// ---------------------------------------------------------------- Khmer text
const ZWSP = '\u200B';
const COENG = 0x17d2;
function khClass(c: number): number {
  // -1 = not a mark (a base), 0 = coeng pair, 1 = shifter/robat, 2 = dependent vowel, 3 = sign
  if (c === COENG) return 0;
  if (c === 0x17c9 || c === 0x17ca || c === 0x17cc) return 1;
  if (c >= 0x17b6 && c <= 0x17c5) return 2;
  if ((c >= 0x17c6 && c <= 0x17d1) || c === 0x17d3 || c === 0x17dd) return 3;
  return -1;
}
/** One Khmer spelling for all the equivalent ways of typing it (separators, mark order, split vowels). */
export function canonKh(s: string): string {
  const t = s.replace(/[\s\u200B\u200C\u200D]/g, '');
  let out = '';
  let i = 0;
  while (i < t.length) {
    out += t[i];
    i++;
    const units: { cls: number; s: string }[] = [];
    while (i < t.length) {
      const c = t.charCodeAt(i);
      const cls = khClass(c);
      if (cls < 0) break;
      if (cls === 0 && i + 1 < t.length) {
        units.push({ cls, s: t.slice(i, i + 2) });
        i += 2;
      } else {
        units.push({ cls, s: t[i] });
        i++;
      }
    }
    units.sort((a, b) => a.cls - b.cls); // stable
    out += units.map((u) => u.s).join('');
  }
  return out.replace(/\u17C1\u17B6/g, '\u17C4').replace(/\u17C1\u17B8/g, '\u17BE');
}
/** Sites where a keyboard may put the marks in another order. */
function khOrderSites(s: string): number[] {
  const sites: number[] = [];
  for (let i = 0; i + 1 < s.length; i++) {
    const a = s.charCodeAt(i);
    const b = s.charCodeAt(i + 1);
    if ((a === 0x17c9 || a === 0x17ca) && khClass(b) === 2) sites.push(i); // shifter, vowel
    else if (a === COENG && i + 2 < s.length && khClass(s.charCodeAt(i + 2)) === 2) sites.push(i); // coeng pair, vowel
    else if (khClass(a) === 2 && b === 0x17c6) sites.push(i); // vowel, nikahit
  }
  return sites;
}
function khReorder(s: string, at: number): string {
  const a = s.charCodeAt(at);
  if (a === COENG) return s.slice(0, at) + s[at + 2] + s.slice(at, at + 2) + s.slice(at + 3);
  return s.slice(0, at) + s[at + 1] + s[at] + s.slice(at + 2);
}
function khSplitVowel(s: string): string {
  return s.replace(/\u17C4/g, '\u17C1\u17B6').replace(/\u17BE/g, '\u17C1\u17B8');
}
const isKhmer = (s: string) => /[\u1780-\u17FF]/.test(s);

// ---------------------------------------------------------------- Latin text and edits
const normLat = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
function titleCase(s: string): string {
  return s
    .split(' ')
    .map((t) => (t ? t[0].toUpperCase() + t.slice(1).toLowerCase() : t))
    .join(' ');
}
/** Optimal-string-alignment distance at most 1 (one insertion, deletion, substitution or adjacent transposition). */
export function withinOne(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  if (la > lb) return a.slice(i + 1) === b.slice(i);
  return a.slice(i) === b.slice(i + 1);
}
function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}
const KEY_NEIGHBOURS: Record<string, string> = {
  a: 'qwsz', b: 'vghn', c: 'xdfv', d: 'serfcx', e: 'wsdr', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb',
  i: 'ujko', j: 'huikmn', k: 'jiolm', l: 'kop', m: 'njk', n: 'bhjm', o: 'iklp', p: 'ol',
  q: 'wa', r: 'edft', s: 'awedxz', t: 'rfgy', u: 'yhji', v: 'cfgb', w: 'qase', x: 'zsdc', y: 'tghu', z: 'asx',
};
/** One typo in one word of 4+ letters; returns null when no word is long enough. */
function typo(name: string, r: Rng): string | null {
  const tokens = name.split(' ');
  const longIdx = tokens.map((t, i) => (t.length >= 4 ? i : -1)).filter((i) => i >= 0);
  if (!longIdx.length) return null;
  const ti = r.pick(longIdx);
  const w = tokens[ti];
  const upper = w === w.toUpperCase();
  const kase = (ch: string) => (upper ? ch.toUpperCase() : ch.toLowerCase());
  let out = w;
  for (let tries = 0; tries < 10 && out === w; tries++) {
    const op = r.next();
    const p = r.int(1, w.length - 1); // keep the first letter, as people do
    if (op < 0.4) {
      const nb = KEY_NEIGHBOURS[w[p].toLowerCase()] ?? 'e';
      out = w.slice(0, p) + kase(r.pick(nb.split(''))) + w.slice(p + 1);
    } else if (op < 0.65) {
      out = w.slice(0, p) + w.slice(p + 1);
    } else if (op < 0.8) {
      out = w.slice(0, p + 1) + w[p] + w.slice(p + 1);
    } else if (p + 1 < w.length && w[p] !== w[p + 1]) {
      out = w.slice(0, p) + w[p + 1] + w[p] + w.slice(p + 2);
    }
  }
  if (out === w) return null;
  tokens[ti] = out;
  return tokens.join(' ');
}
function slipDigits(s: string, r: Rng): string {
  for (let tries = 0; tries < 20; tries++) {
    if (r.chance(0.5)) {
      const i = r.int(0, s.length - 2);
      if (s[i] !== s[i + 1]) return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    } else {
      const i = r.int(0, s.length - 1);
      const d = String(r.int(0, 9));
      if (d !== s[i]) return s.slice(0, i) + d + s.slice(i + 1);
    }
  }
  return s;
}

// ---------------------------------------------------------------- dates
const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
function swapDayMonth(d: string): string | null {
  const [y, m, dd] = d.split('-');
  if (Number(dd) > 12 || dd === m) return null;
  return `${y}-${dd}-${m}`;
}
/** Same, day/month swapped, or one digit apart (a mistyped or transposed digit). */
export function dobClose(a: string, b: string): boolean {
  if (a === b || swapDayMonth(a) === b || swapDayMonth(b) === a) return true;
  return withinOne(a.replace(/-/g, ''), b.replace(/-/g, ''));
}

// ---------------------------------------------------------------- names
const nameKey = (fi: number, gi: number) => fi * 100 + gi;
const keyWords = (k: number): [NameWord, NameWord] => [FAMILY[Math.floor(k / 100)], GIVEN[k % 100]];
function renderings(k: number): string[] {
  const [f, g] = keyWords(k);
  const out = new Set<string>();
  for (const fl of f.latin)
    for (const gl of g.latin) {
      out.add(normLat(fl + gl));
      out.add(normLat(gl + fl));
    }
  out.add(canonKh(f.kh + g.kh));
  out.add(canonKh(g.kh + f.kh));
  return [...out];
}
/** Every registered name's spellings (both scripts, both orders), searchable within one edit. */
class NameIndex {
  private exact = new Map<string, number[]>();
  private del = new Map<string, number[]>();
  private renders = new Map<number, string[]>();
  constructor(keys: Iterable<number>) {
    for (const k of keys) {
      if (this.renders.has(k)) continue;
      const rs = renderings(k);
      this.renders.set(k, rs);
      for (const s of rs) {
        push(this.exact, s, k);
        for (const d of deletions(s)) push(this.del, d, k);
      }
    }
  }
  /** name keys this (normalised) string could pass for: 2 = a listed spelling exactly, 1 = one edit away. */
  lookup(q: string, into = new Map<number, number>()): Map<number, number> {
    const cand = new Set<number>();
    const add = (xs: number[] | undefined) => xs?.forEach((k) => cand.add(k));
    add(this.exact.get(q));
    add(this.del.get(q));
    for (const d of deletions(q)) {
      add(this.exact.get(d));
      add(this.del.get(d));
    }
    for (const k of cand) {
      const rs = this.renders.get(k)!;
      let score = 0;
      for (const s of rs) {
        if (s === q) { score = 2; break; }
        if (withinOne(s, q)) score = 1;
      }
      if (score && score > (into.get(k) ?? 0)) into.set(k, score);
    }
    return into;
  }
}
function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const xs = m.get(k);
  if (xs) xs.push(v);
  else m.set(k, [v]);
}
/** Near-ID guard: a set holding each ID and its deletions catches every ID within one edit. */
class IdGuard {
  private s = new Set<string>();
  near(id: string): boolean {
    if (this.s.has(id)) return true;
    return deletions(id).some((d) => this.s.has(d));
  }
  add(id: string) {
    this.s.add(id);
    for (const d of deletions(id)) this.s.add(d);
  }
}

// ---------------------------------------------------------------- generator
interface RegInt {
  fi: number;
  gi: number;
  key: number;
  sex: Sex;
  dob: string;
  nid: string;
  nssf: string;
  latinVar: [number, number] | null;
  rec: RegisteredWorker;
}
interface RowMeta {
  hidden: boolean;
  namesakeDrawn: boolean;
  passesFor: number;
  source: Source;
  latin: boolean;
  swap: boolean;
  caseMode: 'upper' | 'title' | 'lower';
  typo: boolean;
  usualSpelling: boolean;
  copiedRegister: boolean;
  regHasLatin: boolean;
  khZwsp: boolean;
  khOrder: boolean;
  khSplit: boolean;
  nidSlip: boolean;
  nssfSlip: boolean;
  dobSwap: boolean;
  forcedDob: boolean;
}
interface RowInt {
  reg: RegInt | null;
  meta: RowMeta;
  name: string;
  nid: string | null;
  nssf: string | null;
  sex: Sex | null;
  dob: string | null;
  source: Source;
}

const GIVEN_BY_SEX: Record<Sex, number[]> = {
  F: GIVEN.map((g, i) => (g.sex === 'F' ? i : -1)).filter((i) => i >= 0),
  M: GIVEN.map((g, i) => (g.sex === 'M' ? i : -1)).filter((i) => i >= 0),
};
const GIVEN_UNISEX = GIVEN.map((g, i) => (g.sex === 'U' ? i : -1)).filter((i) => i >= 0);

function skewIndex(r: Rng, n: number, s: number): number {
  return Math.min(n - 1, Math.floor(n * r.next() ** s));
}
function pickGiven(r: Rng, sex: Sex): number {
  if (r.chance(RATES.unisexGiven)) return r.pick(GIVEN_UNISEX);
  const pool = GIVEN_BY_SEX[sex];
  return pool[skewIndex(r, pool.length, RATES.givenSkew)];
}
function pickVariant(r: Rng, n: number, usual: number): number {
  if (n === 1 || r.chance(usual)) return 0;
  return r.int(1, n - 1);
}
function randomDob(r: Rng): string {
  return isoDay(Date.UTC(1968, 0, 1) + r.int(0, 14_200) * DAY);
}
function randomDigits(r: Rng, n: number, first: string): string {
  let s = first;
  while (s.length < n) s += String(r.int(0, 9));
  return s;
}
function pickSource(r: Rng): Source {
  const x = r.next();
  if (x < RATES.source.csv) return 'csv';
  if (x < RATES.source.csv + RATES.source.manual) return 'manual';
  return 'id-card';
}
function applyCase(s: string, mode: 'upper' | 'title' | 'lower'): string {
  return mode === 'upper' ? s.toUpperCase() : mode === 'lower' ? s.toLowerCase() : titleCase(s);
}
function khVariantName(r: Rng, fkh: string, gkh: string, swap: boolean, zwsp: boolean, order: boolean, split: boolean) {
  let s = (swap ? [gkh, fkh] : [fkh, gkh]).join(zwsp ? ZWSP : ' ');
  let didOrder = false;
  let didSplit = false;
  if (order) {
    const sites = khOrderSites(s);
    if (sites.length) {
      s = khReorder(s, r.pick(sites));
      didOrder = true;
    }
  }
  if (split && /[\u17C4\u17BE]/.test(s)) {
    s = khSplitVowel(s);
    didSplit = true;
  }
  return { s, didOrder, didSplit };
}
function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(r.int(0, 255));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

interface Built {
  roster: Roster;
  meta: Map<string, RowMeta>;
}

/** The name part of an on-site row: Latin by ear or Khmer in some keyboard's encoding. */
function renderOnsiteName(r: Rng, fi: number, gi: number, source: Source, regLatinVar: [number, number] | null, m: RowMeta): string {
  const f = FAMILY[fi];
  const g = GIVEN[gi];
  m.latin = r.chance(RATES.latinBySource[source]);
  if (m.latin) {
    let fv: number;
    let gv: number;
    if (regLatinVar && r.chance(RATES.copyRegisterSpelling)) {
      [fv, gv] = regLatinVar;
      m.copiedRegister = true;
    } else {
      fv = pickVariant(r, f.latin.length, RATES.onsiteUsualSpelling);
      gv = pickVariant(r, g.latin.length, RATES.onsiteUsualSpelling);
    }
    m.usualSpelling = fv === 0 && gv === 0;
    m.swap = r.chance(RATES.latinSwap);
    const x = r.next();
    m.caseMode = x < RATES.upper ? 'upper' : x < RATES.upper + RATES.lower ? 'lower' : 'title';
    let s = applyCase(m.swap ? `${g.latin[gv]} ${f.latin[fv]}` : `${f.latin[fv]} ${g.latin[gv]}`, m.caseMode);
    if (r.chance(RATES.typo)) {
      const t = typo(s, r);
      if (t) {
        s = t;
        m.typo = true;
      }
    }
    return s;
  }
  m.swap = r.chance(RATES.khSwap);
  const v = khVariantName(r, f.kh, g.kh, m.swap, r.chance(RATES.khZwsp), r.chance(RATES.khOrder), r.chance(RATES.khSplit));
  m.khZwsp = v.s.includes(ZWSP);
  m.khOrder = v.didOrder;
  m.khSplit = v.didSplit;
  return v.s;
}

function newMeta(hidden: boolean, source: Source): RowMeta {
  return {
    hidden, namesakeDrawn: false, passesFor: 0, source, latin: false, swap: false, caseMode: 'title', typo: false,
    usualSpelling: false, copiedRegister: false, regHasLatin: false, khZwsp: false, khOrder: false, khSplit: false,
    nidSlip: false, nssfSlip: false, dobSwap: false, forcedDob: false,
  };
}

/** Registered workers a displayed name could pass for (within one edit of any spelling, either script). */
function passableKeys(index: NameIndex, name: string, fi: number, gi: number, conservative: boolean): Map<number, number> {
  if (!isKhmer(name)) return index.lookup(normLat(name));
  const out = index.lookup(canonKh(name));
  if (conservative) for (const s of renderings(nameKey(fi, gi))) if (!isKhmer(s)) index.lookup(s, out);
  return out;
}

function build(size: number, seed: number): Built {
  const r = rng((seed * 2654435761 + 0x83) >>> 0);

  // ---- register
  const regs: RegInt[] = [];
  const dobsByKey = new Map<number, string[]>();
  const nidGuard = new IdGuard();
  const nssfGuard = new IdGuard();
  for (let i = 0; i < size; i++) {
    const sex: Sex = r.chance(RATES.femaleShare) ? 'F' : 'M';
    const fi = skewIndex(r, FAMILY.length, RATES.familySkew);
    const gi = pickGiven(r, sex);
    const key = nameKey(fi, gi);
    const sakes = dobsByKey.get(key) ?? [];
    let dob = randomDob(r);
    for (let t = 0; t < 200 && sakes.some((d) => dobClose(d, dob)); t++) dob = randomDob(r);
    if (sakes.some((d) => dobClose(d, dob))) throw new Error('eightythird: no free DOB for a namesake');
    sakes.push(dob);
    dobsByKey.set(key, sakes);
    let nid = randomDigits(r, 9, String(r.int(1, 2)));
    while (nidGuard.near(nid)) nid = randomDigits(r, 9, String(r.int(1, 2)));
    nidGuard.add(nid);
    let nssf = randomDigits(r, 10, '1');
    while (nssfGuard.near(nssf)) nssf = randomDigits(r, 10, '1');
    nssfGuard.add(nssf);
    const f = FAMILY[fi];
    const g = GIVEN[gi];
    let latinVar: [number, number] | null = null;
    let nameLatin: string | null = null;
    if (!r.chance(RATES.regLatinMissing)) {
      latinVar = [pickVariant(r, f.latin.length, RATES.regLatinUsual), pickVariant(r, g.latin.length, RATES.regLatinUsual)];
      const s = `${f.latin[latinVar[0]]} ${g.latin[latinVar[1]]}`;
      nameLatin = r.chance(RATES.regLatinUpper) ? s.toUpperCase() : titleCase(s);
    }
    const nameKh = khVariantName(r, f.kh, g.kh, false, r.chance(RATES.regKhZwsp), r.chance(RATES.regKhOrder), false).s;
    const dobMs = Date.parse(dob);
    const hireFrom = Math.max(dobMs + 18 * 365.25 * DAY, Date.UTC(2008, 0, 1));
    const hireTo = Date.UTC(2025, 3, 30);
    const hireDate = isoDay(hireFrom + Math.floor(r.next() * Math.max(0, hireTo - hireFrom)));
    regs.push({
      fi, gi, key, sex, dob, nid, nssf, latinVar,
      rec: {
        workerId: '', nssfNumber: nssf, nationalId: nid, nameKh, nameLatin, sex, dateOfBirth: dob, hireDate,
        wageRiel: r.chance(RATES.wageNull) ? null : r.int(800, 2600) * 1000,
      },
    });
  }
  r.shuffle(regs);
  regs.forEach((w, i) => (w.rec.workerId = `W${String(i + 1).padStart(6, '0')}`));

  // ---- true on-site rows
  const rows: RowInt[] = [];
  for (const w of regs) {
    if (r.chance(RATES.absent)) continue;
    const source = pickSource(r);
    const m = newMeta(false, source);
    m.regHasLatin = w.latinVar !== null;
    const name = renderOnsiteName(r, w.fi, w.gi, source, w.latinVar, m);
    let nid: string | null = null;
    if (r.chance(RATES.nidBySource[source])) {
      nid = w.nid;
      if (source !== 'id-card' && r.chance(RATES.idSlip)) {
        nid = slipDigits(nid, r);
        m.nidSlip = true;
      }
    }
    let nssf: string | null = null;
    if (r.chance(RATES.nssfBySource[source])) {
      nssf = w.nssf;
      if (r.chance(RATES.idSlip)) {
        nssf = slipDigits(nssf, r);
        m.nssfSlip = true;
      }
    }
    let dob: string | null = w.dob;
    if (source !== 'id-card') {
      if (r.chance(RATES.dobMissing)) dob = null;
      else if (r.chance(RATES.dobSwap)) {
        const s = swapDayMonth(w.dob);
        if (s) {
          dob = s;
          m.dobSwap = true;
        }
      }
    }
    const sex = source !== 'id-card' && r.chance(RATES.sexMissing) ? null : w.sex;
    rows.push({ reg: w, meta: m, name, nid, nssf, sex, dob, source });
  }

  // ---- hidden rows
  const index = new NameIndex(regs.map((w) => w.key));
  const regsByKey = new Map<number, RegInt[]>();
  for (const w of regs) push(regsByKey, w.key, w);
  const nHidden = Math.round((rows.length * RATES.hiddenShare) / (1 - RATES.hiddenShare));
  for (let h = 0; h < nHidden; h++) {
    for (let attempt = 0; ; attempt++) {
      if (attempt > 50) throw new Error('eightythird: could not place a fair hidden worker');
      const source = pickSource(r);
      const m = newMeta(true, source);
      let fi: number;
      let gi: number;
      let sex: Sex;
      if (r.chance(RATES.hiddenNamesake)) {
        const w = r.pick(regs);
        fi = w.fi;
        gi = w.gi;
        sex = GIVEN[gi].sex === 'U' && r.chance(0.3) ? (w.sex === 'F' ? 'M' : 'F') : w.sex;
        m.namesakeDrawn = true;
      } else {
        sex = r.chance(RATES.femaleShare) ? 'F' : 'M';
        fi = skewIndex(r, FAMILY.length, RATES.familySkew);
        gi = pickGiven(r, sex);
      }
      const name = renderOnsiteName(r, fi, gi, source, null, m);
      let nid: string | null = null;
      if (r.chance(RATES.nidBySource[source])) {
        nid = randomDigits(r, 9, String(r.int(1, 2)));
        while (nidGuard.near(nid)) nid = randomDigits(r, 9, String(r.int(1, 2)));
      }
      let dob: string | null = source !== 'id-card' && r.chance(RATES.dobMissing) ? null : randomDob(r);
      const sexShown: Sex | null = source !== 'id-card' && r.chance(RATES.sexMissing) ? null : sex;
      const cands: RegInt[] = [];
      for (const k of passableKeys(index, name, fi, gi, true).keys()) cands.push(...(regsByKey.get(k) ?? []));
      m.passesFor = cands.length;
      const ruled = (c: RegInt, d: string | null) =>
        (sexShown !== null && sexShown !== c.sex) || (d !== null && !dobClose(d, c.dob)) || (nid !== null && !withinOne(nid, c.nid));
      let ok = cands.every((c) => ruled(c, dob));
      for (let t = 0; !ok && t < 40; t++) {
        if (dob === null) m.forcedDob = true;
        dob = randomDob(r);
        ok = cands.every((c) => ruled(c, dob));
      }
      if (!ok) continue;
      if (nid) nidGuard.add(nid);
      rows.push({ reg: null, meta: m, name, nid, nssf: null, sex: sexShown, dob, source });
      break;
    }
  }

  // ---- shuffle and stamp
  r.shuffle(rows);
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  const meta = new Map<string, RowMeta>();
  let t = Date.UTC(2025, 4, 14, 1, 30);
  let csvRow = 0;
  for (const row of rows) {
    const id = uuid(r);
    t += r.int(400, 4000);
    onsite.push({
      id, visitId: VISIT_ID, name: row.name, nationalId: row.nid, nssfNumber: row.nssf, sex: row.sex,
      dateOfBirth: row.dob, source: row.source, sourceRow: row.source === 'csv' ? ++csvRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, row.reg ? row.reg.rec.workerId : null);
    meta.set(id, row.meta);
  }
  return { roster: { registered: regs.map((w) => w.rec), onsite, truth }, meta };
}

export function generateEightyThird(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ---------------------------------------------------------------- self-check
function selfCheck(size: number, seed: number): boolean {
  let pass = true;
  const fail = (msg: string) => {
    pass = false;
    console.log(`  FAIL ${msg}`);
  };
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '0.0') + ' %';

  // name lists are sound
  const seen = new Map<string, string>();
  for (const w of [...FAMILY, ...GIVEN]) {
    if (canonKh(w.kh) !== w.kh) fail(`Khmer spelling not in canonical order: ${w.kh}`);
    for (const l of w.latin) {
      const n = normLat(l);
      if (seen.has(n) && seen.get(n) !== w.kh) fail(`romanization ${l} belongs to two words`);
      seen.set(n, w.kh);
    }
  }

  const t0 = performance.now();
  const { roster, meta } = build(size, seed);
  const genMs = performance.now() - t0;
  const { registered, onsite, truth } = roster;
  const regById = new Map(registered.map((w) => [w.workerId, w]));
  const regPos = new Map(registered.map((w, i) => [w.workerId, i]));

  // recover each registered worker's words from its Khmer name, as a reader would
  const khWord = new Map<string, number>();
  FAMILY.forEach((w, i) => khWord.set(w.kh, i));
  const khGiven = new Map<string, number>();
  GIVEN.forEach((w, i) => khGiven.set(w.kh, i));
  const regKey = new Map<string, number>();
  for (const w of registered) {
    const parts = w.nameKh.split(/[ \u200B]/).map(canonKh);
    const fi = khWord.get(parts[0]);
    const gi = khGiven.get(parts[1] ?? '');
    if (parts.length !== 2 || fi === undefined || gi === undefined) fail(`register Khmer name not readable: ${w.nameKh}`);
    else regKey.set(w.workerId, nameKey(fi, gi));
  }
  const index = new NameIndex(regKey.values());
  const byKey = new Map<number, RegisteredWorker[]>();
  for (const w of registered) push(byKey, regKey.get(w.workerId)!, w);
  const idWithin = (a: string | null, b: string | null) => a !== null && b !== null && withinOne(a, b);

  // ---- shape
  const rows = onsite.map((o) => ({ o, m: meta.get(o.id)!, wid: truth.get(o.id) ?? null }));
  const trueRows = rows.filter((x) => x.wid !== null);
  const hiddenRows = rows.filter((x) => x.wid === null);
  const present = new Set(trueRows.map((x) => x.wid));
  const latinRows = rows.filter((x) => !isKhmer(x.o.name));
  const khRows = rows.filter((x) => isKhmer(x.o.name));
  const typed = rows.filter((x) => x.o.source !== 'id-card');
  console.log(`eightythird ${size}/${seed}: ${EIGHTYTHIRD_LABEL}`);
  console.log(`  registered ${registered.length}, on site ${onsite.length} (true ${trueRows.length}, hidden ${hiddenRows.length} = ${pct(hiddenRows.length, onsite.length)}), absent ${registered.length - present.size} = ${pct(registered.length - present.size, registered.length)}`);
  console.log(`  register: Latin name missing ${pct(registered.filter((w) => w.nameLatin === null).length, registered.length)}, Khmer with ZWSP ${pct(registered.filter((w) => w.nameKh.includes(ZWSP)).length, registered.length)}, Khmer in another code-point order ${pct(registered.filter((w) => canonKh(w.nameKh) !== w.nameKh.replace(/[ \u200B]/g, '')).length, registered.length)}`);
  const keyCounts = [...byKey.values()].map((xs) => xs.length);
  console.log(`  namesakes: ${pct(registered.filter((w) => byKey.get(regKey.get(w.workerId)!)!.length > 1).length, registered.length)} of registered share their full name; largest group ${Math.max(...keyCounts)}`);
  const src = (s: Source) => rows.filter((x) => x.o.source === s).length;
  console.log(`  source: csv ${pct(src('csv'), rows.length)}, manual ${pct(src('manual'), rows.length)}, id-card ${pct(src('id-card'), rows.length)}`);
  const cross = trueRows.filter((x) => !isKhmer(x.o.name) && regById.get(x.wid!)!.nameLatin === null).length;
  console.log(`  script: Latin ${pct(latinRows.length, rows.length)}, Khmer ${pct(khRows.length, rows.length)}; true pairs Khmer-only register vs Latin on site ${pct(cross, trueRows.length)}`);
  const lm = latinRows.map((x) => x.m);
  const withRegLatin = latinRows.filter((x) => x.wid !== null && x.m.regHasLatin);
  console.log(`  Latin rows: usual spelling ${pct(lm.filter((m) => m.usualSpelling).length, lm.length)}, spelled unlike the register's own Latin ${pct(withRegLatin.filter((x) => normLat(x.o.name) !== normLat(regById.get(x.wid!)!.nameLatin!)).length, withRegLatin.length)}, swapped ${pct(lm.filter((m) => m.swap).length, lm.length)}, UPPER ${pct(lm.filter((m) => m.caseMode === 'upper').length, lm.length)}, lower ${pct(lm.filter((m) => m.caseMode === 'lower').length, lm.length)}, typo ${pct(lm.filter((m) => m.typo).length, lm.length)}`);
  const km = khRows.map((x) => x.m);
  console.log(`  Khmer rows: ZWSP ${pct(km.filter((m) => m.khZwsp).length, km.length)}, code-point order ${pct(km.filter((m) => m.khOrder).length, km.length)}, split vowel ${pct(km.filter((m) => m.khSplit).length, km.length)}, swapped ${pct(km.filter((m) => m.swap).length, km.length)}`);
  const tm = trueRows.map((x) => x.m);
  console.log(`  IDs on true rows: NID ${pct(trueRows.filter((x) => x.o.nationalId).length, trueRows.length)} (slip ${pct(tm.filter((m) => m.nidSlip).length, trueRows.filter((x) => x.o.nationalId).length)}), NSSF ${pct(trueRows.filter((x) => x.o.nssfNumber).length, trueRows.length)} (slip ${pct(tm.filter((m) => m.nssfSlip).length, trueRows.filter((x) => x.o.nssfNumber).length)}); hidden rows NID ${pct(hiddenRows.filter((x) => x.o.nationalId).length, hiddenRows.length)}`);
  console.log(`  DOB missing ${pct(typed.filter((x) => !x.o.dateOfBirth).length, typed.length)} of typed rows (true ${pct(trueRows.filter((x) => !x.o.dateOfBirth).length, trueRows.length)}, hidden ${pct(hiddenRows.filter((x) => !x.o.dateOfBirth).length, hiddenRows.length)}), day/month swapped ${pct(tm.filter((m) => m.dobSwap).length, trueRows.length)}; sex missing ${pct(rows.filter((x) => !x.o.sex).length, rows.length)}`);
  const hm = hiddenRows.map((x) => x.m);
  console.log(`  hidden: drawn as namesakes ${pct(hm.filter((m) => m.namesakeDrawn).length, hm.length)}, could pass by name for someone ${pct(hm.filter((m) => m.passesFor > 0).length, hm.length)}, DOB forced to tell them apart ${hm.filter((m) => m.forcedDob).length}`);

  // ---- rule 1: true rows carry plausible variants only
  let r1 = 0;
  const r1ex: string[] = [];
  for (const x of trueRows) {
    const w = regById.get(x.wid!)!;
    const k = regKey.get(w.workerId)!;
    const rs = renderings(k);
    const q = isKhmer(x.o.name) ? canonKh(x.o.name) : normLat(x.o.name);
    const nameOk = isKhmer(x.o.name) ? rs.includes(q) : rs.some((s) => withinOne(s, q));
    const ok =
      nameOk &&
      (x.o.nationalId === null || idWithin(x.o.nationalId, w.nationalId)) &&
      (x.o.nssfNumber === null || idWithin(x.o.nssfNumber, w.nssfNumber)) &&
      (x.o.dateOfBirth === null || x.o.dateOfBirth === w.dateOfBirth || x.o.dateOfBirth === swapDayMonth(w.dateOfBirth!)) &&
      (x.o.sex === null || x.o.sex === w.sex);
    if (!ok) {
      r1++;
      if (r1ex.length < 3) r1ex.push(`${x.o.name} ~ ${w.nameKh}/${w.nameLatin}`);
    }
  }
  console.log(`  rule 1 (true rows plausible): ${r1} violations ${r1ex.join('; ')}`);
  if (r1) fail('rule 1');

  // ---- rule 2: namesakes apart; register IDs apart
  let r2 = 0;
  for (const xs of byKey.values())
    for (let i = 0; i < xs.length; i++)
      for (let j = i + 1; j < xs.length; j++) if (dobClose(xs[i].dateOfBirth!, xs[j].dateOfBirth!)) r2++;
  for (const field of ['nationalId', 'nssfNumber'] as const) {
    const seenIds = new Map<string, number>();
    registered.forEach((w, i) => {
      const id = w[field]!;
      for (const d of [id, ...deletions(id)]) {
        const prev = seenIds.get(d);
        if (prev !== undefined && prev !== i && withinOne(registered[prev][field]!, id)) r2++;
        seenIds.set(d, i);
      }
    });
  }
  console.log(`  rule 2 (namesakes' DOBs and register IDs apart): ${r2} violations`);
  if (r2) fail('rule 2');

  // candidates a row could pass for by name, with how well the name fits
  const candidates = (o: OnsiteWorker, conservative: boolean) => {
    let keys: Map<number, number>;
    if (isKhmer(o.name)) {
      keys = index.lookup(canonKh(o.name));
      if (conservative) {
        const parts = o.name.split(/[ \u200B]/).map(canonKh);
        const ws = parts.map((p) => khWord.get(p) ?? -1);
        const gs = parts.map((p) => khGiven.get(p) ?? -1);
        const fi = ws[0] >= 0 ? ws[0] : ws[1];
        const gi = gs[1] >= 0 ? gs[1] : gs[0];
        if (fi !== undefined && gi !== undefined && fi >= 0 && gi >= 0)
          for (const s of renderings(nameKey(fi, gi))) if (!isKhmer(s)) index.lookup(s, keys);
      }
    } else keys = index.lookup(normLat(o.name));
    const out: { w: RegisteredWorker; nameScore: number }[] = [];
    for (const [k, sc] of keys) for (const w of byKey.get(k) ?? []) out.push({ w, nameScore: sc });
    return out;
  };
  const ruledOut = (o: OnsiteWorker, w: RegisteredWorker) =>
    (o.sex !== null && w.sex !== null && o.sex !== w.sex) ||
    (o.dateOfBirth !== null && w.dateOfBirth !== null && !dobClose(o.dateOfBirth, w.dateOfBirth)) ||
    (o.nationalId !== null && w.nationalId !== null && !withinOne(o.nationalId, w.nationalId)) ||
    (o.nssfNumber !== null && w.nssfNumber !== null && !withinOne(o.nssfNumber, w.nssfNumber));

  // ---- rule 3: hidden rows can't pass for anyone they aren't ruled out from
  let r3 = 0;
  let r3named = 0;
  const r3ex: string[] = [];
  for (const x of hiddenRows) {
    const cs = candidates(x.o, true);
    if (cs.length) r3named++;
    const bad = cs.filter((c) => !(
      (x.o.sex !== null && c.w.sex !== null && x.o.sex !== c.w.sex) ||
      (x.o.dateOfBirth !== null && c.w.dateOfBirth !== null && !dobClose(x.o.dateOfBirth, c.w.dateOfBirth)) ||
      (x.o.nationalId !== null && c.w.nationalId !== null && !withinOne(x.o.nationalId, c.w.nationalId))));
    if (bad.length) {
      r3++;
      if (r3ex.length < 3) r3ex.push(`${x.o.name} ~ ${bad[0].w.workerId}`);
    }
    if (x.o.nssfNumber !== null) r3++;
  }
  console.log(`  rule 3 (hidden rows ruled out): ${r3} violations; ${pct(r3named, hiddenRows.length)} of hidden rows are namesakes (within one edit) of someone ${r3ex.join('; ')}`);
  if (r3) fail('rule 3');

  // ---- rule 4: no leaks
  let r4 = 0;
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  if (new Set(onsite.map((o) => o.id)).size !== onsite.length) { r4++; console.log('    duplicate ids'); }
  if (!onsite.every((o) => uuidRe.test(o.id))) { r4++; console.log('    non-v4 ids'); }
  for (let i = 1; i < onsite.length; i++) if (!(onsite[i].recordedAt > onsite[i - 1].recordedAt)) { r4++; console.log('    recordedAt not increasing'); break; }
  let expectRow = 0;
  for (const o of onsite) if (o.source === 'csv' ? o.sourceRow !== ++expectRow : o.sourceRow !== null) { r4++; console.log('    sourceRow out of order'); break; }
  const half = (xs: boolean[]) => {
    const h = Math.floor(xs.length / 2);
    const a = xs.slice(0, h).filter(Boolean).length / h;
    const b = xs.slice(h).filter(Boolean).length / (xs.length - h);
    const p = xs.filter(Boolean).length / xs.length;
    return { diff: Math.abs(a - b), bound: 4 * Math.sqrt((2 * p * (1 - p)) / h) + 1e-9 };
  };
  const hh = half(onsite.map((o) => truth.get(o.id) === null));
  if (hh.diff > hh.bound) { r4++; console.log(`    hidden rows bunched (${hh.diff.toFixed(3)})`); }
  const ah = half(registered.map((w) => !present.has(w.workerId)));
  if (ah.diff > ah.bound) { r4++; console.log(`    absent workers bunched (${ah.diff.toFixed(3)})`); }
  const corr = (xs: number[], ys: number[]) => {
    const n = xs.length;
    const mx = xs.reduce((a, b) => a + b, 0) / n;
    const my = ys.reduce((a, b) => a + b, 0) / n;
    let sxy = 0, sxx = 0, syy = 0;
    for (let i = 0; i < n; i++) {
      sxy += (xs[i] - mx) * (ys[i] - my);
      sxx += (xs[i] - mx) ** 2;
      syy += (ys[i] - my) ** 2;
    }
    return sxy / Math.sqrt(sxx * syy);
  };
  const pairs = onsite.map((o, i) => [i, regPos.get(truth.get(o.id) ?? '') ?? -1]).filter((p) => p[1] >= 0);
  const c1 = corr(pairs.map((p) => p[0]), pairs.map((p) => p[1]));
  const c2 = corr(registered.map((_, i) => i), registered.map((w) => regKey.get(w.workerId)!));
  const cb = 4 / Math.sqrt(pairs.length);
  if (Math.abs(c1) > cb) { r4++; console.log(`    on-site order follows register order (${c1.toFixed(3)})`); }
  if (Math.abs(c2) > 4 / Math.sqrt(registered.length)) { r4++; console.log(`    register order follows names (${c2.toFixed(3)})`); }
  console.log(`  rule 4 (no leaks): ${r4} problems; hidden-half diff ${hh.diff.toFixed(3)}, absent-half diff ${ah.diff.toFixed(3)}, order correlations ${c1.toFixed(3)} / ${c2.toFixed(3)}`);
  if (r4) fail('rule 4');

  // ---- rule 5: undecidable true rows
  const fieldScore = (a: string | null, b: string | null, close: (x: string, y: string) => boolean) =>
    a === null || b === null ? 0 : a === b ? 2 : close(a, b) ? 1 : 0;
  const evidence = (o: OnsiteWorker, w: RegisteredWorker, nameScore: number) =>
    nameScore + fieldScore(o.dateOfBirth, w.dateOfBirth, dobClose) + fieldScore(o.nationalId, w.nationalId, withinOne) + fieldScore(o.nssfNumber, w.nssfNumber, withinOne);
  let undecidable = 0;
  let lost = 0;
  for (const x of trueRows) {
    const cs = candidates(x.o, false).filter((c) => !ruledOut(x.o, c.w));
    const mine = cs.find((c) => c.w.workerId === x.wid);
    if (!mine) { lost++; continue; }
    const ev = evidence(x.o, mine.w, mine.nameScore);
    if (cs.some((c) => c.w.workerId !== x.wid && evidence(x.o, c.w, c.nameScore) >= ev)) undecidable++;
  }
  const undecRate = undecidable / trueRows.length;
  console.log(`  rule 5 (undecidable true rows): ${pct(undecidable, trueRows.length)} (limit 4 %); true rows ruled out from their own worker: ${lost}`);
  if (undecRate >= 0.04 || lost) fail('rule 5');

  // ---- schemas
  let bad = 0;
  for (let i = 0; i < registered.length; i += Math.max(1, Math.floor(registered.length / 500))) if (!RegisteredSchema.safeParse(registered[i]).success) bad++;
  for (let i = 0; i < onsite.length; i += Math.max(1, Math.floor(onsite.length / 500))) {
    const o = onsite[i];
    if (!OnsiteSchema.safeParse(o).success || 'statedStartDate' in o || 'wageRiel' in o) bad++;
  }
  if (truth.size !== onsite.length) bad++;
  console.log(`  schemas (zod safeParse on a sample): ${bad} failures`);
  if (bad) fail('schemas');

  // ---- determinism and speed
  const dump = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const again = dump(generateEightyThird(size, seed));
  const same = again === dump(roster);
  const other = dump(generateEightyThird(size, seed + 1)) !== again;
  console.log(`  determinism: same seed identical ${same}, another seed differs ${other}`);
  if (!same || !other) fail('determinism');
  const t1 = performance.now();
  generateEightyThird(10_000, seed);
  const ms10k = performance.now() - t1;
  console.log(`  generation: ${size} in ${genMs.toFixed(0)} ms; 10000 in ${ms10k.toFixed(0)} ms (limit 2000)`);
  if (ms10k >= 2000) fail('10k generation time');
  console.log(`  Khmer spellings least sure of: ${EIGHTYTHIRD_UNSURE_KHMER.length}`);
  console.log(pass ? 'PASS' : 'FAIL');
  return pass;
}

if (process.argv[1]?.endsWith('eightythird.ts')) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  if (!selfCheck(size, seed)) process.exit(1);
}
