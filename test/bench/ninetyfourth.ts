/**
 * `ninetyfourth`: a grader's roster — the factory that hides many.
 *
 * A complaint-driven inspection at its worst: the register lists `size` workers, 30 % of them
 * are not there (left, or on another shift), and a quarter of the people on site are not on the
 * register at all. So ~9,500 people stand on site for 10,000 registered, the head count looks
 * fine, and an engine that assumes hidden workers are rare will pair hidden namesakes with the
 * absent registered workers whose names they carry. Only the product text's variations are
 * modelled; each at a rate chosen to separate a good engine from a mediocre one.
 *
 * RATES (per `size` registered workers; "rows" are on-site rows)
 *   Register
 *     absent (not on site) ............................ 30 % of the register (exact: round(0.30·size))
 *     sex F ........................................... 78 % (garment factory)
 *     family name: skewed pick from 41 names; given name: skewed pick from the 43 (F) or 37 (M) names
 *                 given to that sex (68 given names: 31 F, 12 unisex, 25 M)
 *     nameLatin missing ............................... 15 %; else UPPER 75 % / Title 25 %, family first,
 *                                                        commonest spelling 60 %, another listed one 40 %
 *     nameKh: space 88 % / zero-width space 8 % / no separator 4 %; another keyboard's code point order 5 %
 *     nationalId missing 2 %; nssfNumber, sex, dateOfBirth always present; hireDate missing 1 %;
 *     wageRiel missing 3 %
 *   On site: present registered workers (70 % of size) + hidden workers (25 % of size)
 *     hidden ............................................ round(0.25·size) = 26.3 % of the rows
 *       namesake of an ABSENT registered worker ......... 25 % of hidden (same full name, any spelling/script)
 *       namesake of a PRESENT registered worker ......... 27 % of hidden
 *       near-namesake ................................... 8 % of hidden: another real name one letter from a
 *                                                        registered name (Sophea/Sopheap, Heng/Seng, Pisal/Visal)
 *       unrelated name (not within one edit of any registered name in its script) .. 40 % of hidden
 *       (a namesake hidden row keeps its namesake's sex, except 15 % of unisex names)
 *     source: manual 40 % / csv 45 % / id-card 15 % (same mix for hidden and true rows)
 *     name in Khmer: id-card 75 % / manual 50 % / csv 40 %; otherwise Latin
 *     Latin rows: register's own spelling 55 % when it has one, else any listed spelling
 *                 (commonest 60 %); given-family order 12 %; UPPER 30 % / lower 8 % / Title 62 %;
 *                 one typo in one word of 4+ letters: 7 % (id-card 1 %)
 *     Khmer rows: separator space 60 % / ZWSP 25 % / none 15 %; given-family order 5 %;
 *                 another keyboard's code point order 15 % of names that have a reorderable cluster
 *                 (~9 % of Khmer rows); NFD 20 % (Khmer has no decompositions: a no-op, kept to be honest)
 *     sex recorded: id-card 100 % / csv 90 % / manual 80 % (always right)
 *     date of birth recorded: id-card 100 % / csv 97 % / manual 92 %; day/month swapped in 10 % of
 *                 recorded true DOBs whose swap is a valid different date (id-card: never) — ~2.5 % of rows
 *     national ID recorded: id-card 100 % / csv 50 % / manual 30 %; one slip (adjacent transposition
 *                 or one mistyped digit) 4 % (id-card 1 %)
 *     NSSF number recorded (true rows only; hidden workers have none): csv 60 % / manual 20 % /
 *                 id-card 10 %; one slip 3 %
 *   A hidden row whose name could pass for registered workers always carries a field that rules out
 *   every one of them (usually its date of birth; a missing DOB is filled in for such rows).
 *   Signals inherent to the scene that a fair engine may use: hidden workers never carry an NSSF
 *   number; hidden rows sharing a name with registered workers always carry a ruling-out field, so
 *   their DOB is missing less often (~3 % vs ~5 % of true rows); unrelated hidden names are names no
 *   one on the register carries, so they lean to rarer family × given pairs. 95 % of the register
 *   (10k) has a namesake within one edit — "many workers share a full name", taken at its word.
 *
 * FAIRNESS RULES (audited by the self-check, `npx tsx test/bench/ninetyfourth.ts 10000 1`)
 *   1. A true row carries only plausible variants of its registered worker: a listed spelling of each
 *      word, either order, any case, at most one typo in one word of 4+ letters (Latin only); Khmer
 *      separator / code point order / NFC-NFD variants; IDs exact or one slip; DOB exact or day/month
 *      swapped; sex right or missing. No extra variation is modelled.
 *   2. Registered namesakes (same full name in any spelling) never share a DOB and their DOBs are more
 *      than a swap or one digit apart; their national IDs (and all IDs on the register) are 2+ edits apart.
 *   3. A hidden row either could not pass for any registered worker by name (its name, normalised, is
 *      not within one edit of any spelling variant in its script) or is ruled out from each one it
 *      could pass for by a field present on BOTH sides: sex differs, DOB more than a swap / one digit
 *      apart, or national IDs 2+ edits apart.
 *   4. Nothing leaks the truth: on-site rows shuffled; ids are v4 UUIDs from the seeded PRNG;
 *      recordedAt increases in row order; registered worker ids assigned after shuffling the register;
 *      the same source mix for hidden and true rows.
 *   5. Undecidable true rows (another registered worker compatible on name and every field present on
 *      both sides) stay under 4 %.
 */
import { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { NINETYFOURTH_FAMILY as FAMILY, NINETYFOURTH_GIVEN as GIVEN, type NinetyfourthName } from './ninetyfourth-names';
import { rng, type Rng } from './prng';

export const NINETYFOURTH_LABEL =
  'grader: factory hiding many — 30% of register absent, 26% of on-site rows hidden (half of them namesakes, many of absent workers)';

type Source = OnsiteWorker['source'];
type Sex = 'F' | 'M';

const ZWSP = '\u200b';
const G = GIVEN.length;

// ---------------------------------------------------------------- names: normalisation & matching

function markRank(c: number): number {
  if (c >= 0x17b6 && c <= 0x17c5) return 3; // dependent vowels
  if (c === 0x17c9 || c === 0x17ca) return 2; // register shifters
  if (c === 0x17cc) return 1; // robat
  if ((c >= 0x17c6 && c <= 0x17c8) || c === 0x17cb || (c >= 0x17cd && c <= 0x17d1) || c === 0x17d3 || c === 0x17dd) return 4;
  return -1;
}

/** Khmer key: NFC, no spaces / zero-width characters, the marks of each cluster in one canonical order. */
function normKhmer(s: string): string {
  const t = s.normalize('NFC').replace(/[\s\u200b-\u200d\u2060\ufeff]/g, '');
  let out = '';
  let units: { r: number; s: string }[] = [];
  const flush = () => {
    units.sort((a, b) => a.r - b.r);
    for (const u of units) out += u.s;
    units = [];
  };
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x17d2 && i + 1 < t.length) {
      units.push({ r: 0, s: t.slice(i, i + 2) });
      i++;
      continue;
    }
    const r = markRank(c);
    if (r >= 0) {
      units.push({ r, s: t[i] });
      continue;
    }
    flush();
    out += t[i];
  }
  flush();
  return out;
}

const normLatin = (s: string) => s.normalize('NFKD').toLowerCase().replace(/[^a-z]/g, '');
const isKhmer = (s: string) => /[\u1780-\u17ff]/.test(s);
/** A name's key in its own script: 'k…' for Khmer, 'l…' for Latin. */
const nameKey = (s: string) => (isKhmer(s) ? 'k' + normKhmer(s) : 'l' + normLatin(s));

/** Optimal-string-alignment distance <= 1 (one substitution, insertion, deletion or adjacent swap). */
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

const variantCache = new Map<number, string[]>();
/** Every way a pair's full name can be keyed: each listed Latin spelling and the Khmer, both orders. */
function pairVariants(pid: number): string[] {
  const hit = variantCache.get(pid);
  if (hit) return hit;
  const f = FAMILY[Math.floor(pid / G)];
  const g = GIVEN[pid % G];
  const out = new Set<string>();
  for (const fl of f.latin)
    for (const gl of g.latin) {
      out.add('l' + normLatin(fl + gl));
      out.add('l' + normLatin(gl + fl));
    }
  out.add('k' + normKhmer(f.kh + g.kh));
  out.add('k' + normKhmer(g.kh + f.kh));
  const vs = [...out];
  variantCache.set(pid, vs);
  return vs;
}

const HB = 0x01000193;
const HPOW: number[] = [1];
for (let i = 1; i < 256; i++) HPOW.push(Math.imul(HPOW[i - 1], HB) >>> 0);

/**
 * 32-bit polynomial hashes of a key and of each string one character shorter (the script mark,
 * key[0], is never deleted). Two keys within one edit share one of these hashes; a shared hash
 * is only a candidate, confirmed by within1, so hash collisions cost time, never correctness.
 */
function deletionHashes(v: string): number[] {
  const n = v.length;
  const pre = new Array<number>(n + 1);
  const suf = new Array<number>(n + 1);
  pre[0] = 0;
  for (let i = 0; i < n; i++) pre[i + 1] = (Math.imul(pre[i], HB) + v.charCodeAt(i)) >>> 0;
  suf[n] = 0;
  for (let i = n - 1; i >= 0; i--) suf[i] = (Math.imul(v.charCodeAt(i), HPOW[n - 1 - i]) + suf[i + 1]) >>> 0;
  const out = [pre[n]];
  for (let i = 1; i < n; i++) out.push((Math.imul(pre[i], HPOW[n - 1 - i]) + suf[i + 1]) >>> 0);
  return out;
}

/** Which name pairs (family × given) a written name could be, within one edit of a spelling variant. */
class NameIndex {
  private keys = new Map<number, number[]>();
  private variants = new Map<number, string[]>();
  private cache = new Map<string, number[]>();
  add(pid: number): void {
    if (this.variants.has(pid)) return;
    const vs = pairVariants(pid);
    this.variants.set(pid, vs);
    for (const v of vs)
      for (const k of deletionHashes(v)) {
        const list = this.keys.get(k);
        if (!list) this.keys.set(k, [pid]);
        else if (list[list.length - 1] !== pid) list.push(pid);
      }
  }
  match(key: string): number[] {
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.search(key);
      this.cache.set(key, hit);
    }
    return hit;
  }
  private search(key: string): number[] {
    const seen = new Set<number>();
    const out: number[] = [];
    for (const k of deletionHashes(key)) {
      for (const pid of this.keys.get(k) ?? []) {
        if (seen.has(pid)) continue;
        seen.add(pid);
        if (this.variants.get(pid)!.some((v) => within1(key, v))) out.push(pid);
      }
    }
    return out;
  }
  exact(key: string, pid: number): boolean {
    return this.variants.get(pid)?.includes(key) ?? false;
  }
}

// ---------------------------------------------------------------- fields

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function swapDM(d: string): string | null {
  const [y, m, dd] = d.split('-').map(Number);
  if (dd > 12 || dd === m) return null;
  return `${y}-${pad(dd, 2)}-${pad(m, 2)}`;
}

/** Same date, day/month swapped, or one digit (or one adjacent swap of digits) apart. */
function dobNear(a: string, b: string): boolean {
  if (a === b) return true;
  // b is a with day and month swapped (same year)
  if (a.slice(0, 4) === b.slice(0, 4) && a[5] === b[8] && a[6] === b[9] && a[8] === b[5] && a[9] === b[6]) return true;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++diff > 2) return false;
  return diff === 1 || within1(a.replace(/-/g, ''), b.replace(/-/g, ''));
}

function randomDob(r: Rng): string {
  const y = 2006 - Math.floor(36 * r.next() ** 1.6);
  const m = r.int(1, 12);
  return `${y}-${pad(m, 2)}-${pad(r.int(1, daysIn(y, m)), 2)}`;
}

function digits(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(r.int(0, 9));
  return s;
}

/** Same-length strings at most one substitution or adjacent swap from s (s itself excluded). */
function idNeighbours(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++)
    for (let d = 0; d <= 9; d++) if (String(d) !== s[i]) out.push(s.slice(0, i) + d + s.slice(i + 1));
  for (let i = 0; i + 1 < s.length; i++) if (s[i] !== s[i + 1]) out.push(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  return out;
}

/**
 * Numbers two same-length digit strings share iff they are equal or one substitution / adjacent
 * swap apart: the ID with one digit blanked, and the ID with one adjacent pair put in order.
 */
function slipKeys(s: string): number[] {
  const n = s.length;
  const d = [...s].map(Number);
  let val = 0;
  for (const x of d) val = val * 10 + x;
  const keys: number[] = [];
  for (let i = 0; i < n; i++) keys.push((val - d[i] * 10 ** (n - 1 - i)) * 64 + i);
  for (let i = 0; i + 1 < n; i++) {
    const lo = Math.min(d[i], d[i + 1]);
    const hi = Math.max(d[i], d[i + 1]);
    const sorted = val + (lo - d[i]) * 10 ** (n - 1 - i) + (hi - d[i + 1]) * 10 ** (n - 2 - i);
    keys.push(sorted * 64 + 32 + i);
  }
  return keys;
}

/** A fresh ID at least two edits from every ID issued so far (issued holds their slip keys). */
function freshId(r: Rng, n: number, issued: Set<number>, lead = ''): string {
  for (;;) {
    const s = lead + digits(r, n - lead.length);
    const keys = slipKeys(s);
    if (keys.some((k) => issued.has(k))) continue;
    for (const k of keys) issued.add(k);
    return s;
  }
}

function slipId(r: Rng, s: string): string {
  const ns = idNeighbours(s);
  const swaps = ns.slice(9 * s.length);
  if (swaps.length && r.chance(0.5)) return r.pick(swaps);
  return r.pick(ns.slice(0, 9 * s.length));
}

function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(Math.floor(r.next() * 256));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ---------------------------------------------------------------- name rendering

const KH_VOWEL = (c: number) => c >= 0x17b6 && c <= 0x17c5;
const KH_SHIFTER = (c: number) => c === 0x17c9 || c === 0x17ca;
const KH_SIGN = (c: number) => c === 0x17c6 || c === 0x17cb;

/** The same Khmer text with one cluster's marks typed in another order (as some keyboards do). */
function khmerReorder(r: Rng, s: string): string | null {
  const sites: (() => string)[] = [];
  for (let i = 0; i + 1 < s.length; i++) {
    const a = s.charCodeAt(i);
    const b = s.charCodeAt(i + 1);
    if (KH_SHIFTER(a) && KH_VOWEL(b)) sites.push(() => s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
    if (KH_VOWEL(a) && KH_SIGN(b)) sites.push(() => s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
    if (a === 0x17d2 && i + 2 < s.length && KH_VOWEL(s.charCodeAt(i + 2)))
      sites.push(() => s.slice(0, i) + s[i + 2] + s.slice(i, i + 2) + s.slice(i + 3));
  }
  return sites.length ? r.pick(sites)() : null;
}

interface Tags {
  script: 'kh' | 'latin';
  crossScript?: boolean;
  spellingDiffers?: boolean;
  swapped?: boolean;
  upper?: boolean;
  lower?: boolean;
  typo?: boolean;
  zwsp?: boolean;
  noSep?: boolean;
  reorder?: boolean;
  nfd?: boolean;
  dobSwap?: boolean;
  dobMissing?: boolean;
  sexMissing?: boolean;
  nidPresent?: boolean;
  nidSlip?: boolean;
  nssfPresent?: boolean;
  nssfSlip?: boolean;
}

function pickSpelling(r: Rng, e: NinetyfourthName): number {
  return e.latin.length === 1 || r.chance(0.6) ? 0 : r.int(1, e.latin.length - 1);
}

function typo(r: Rng, name: string): string | null {
  const words = name.split(' ');
  const long = words.map((w, i) => i).filter((i) => words[i].length >= 4);
  if (!long.length) return null;
  const wi = r.pick(long);
  const w = words[wi];
  const upper = w === w.toUpperCase();
  const letter = () => {
    const c = r.pick([...'aeiouhnkrtsm']);
    return upper ? c.toUpperCase() : c;
  };
  const i = r.int(1, w.length - 1); // first letters are the ones people get right
  let out = w;
  switch (r.int(0, 3)) {
    case 0: {
      let c = letter();
      while (c.toLowerCase() === w[i].toLowerCase()) c = letter();
      out = w.slice(0, i) + c + w.slice(i + 1);
      break;
    }
    case 1:
      out = w.slice(0, i) + w.slice(i + 1);
      break;
    case 2:
      out = w.slice(0, i) + w[i] + w.slice(i);
      break;
    default:
      out = i + 1 < w.length && w[i] !== w[i + 1] ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) : w.slice(0, i) + w.slice(i + 1);
  }
  words[wi] = out;
  return words.join(' ');
}

const KHMER_SHARE: Record<Source, number> = { 'id-card': 0.75, manual: 0.5, csv: 0.4 };

interface RegSpelling {
  fs: number;
  gs: number;
  latinNull: boolean;
}

function renderName(r: Rng, fi: number, gi: number, source: Source, reg: RegSpelling | null, tags: Tags, forceLatin = false): string {
  const f = FAMILY[fi];
  const g = GIVEN[gi];
  if (!forceLatin && r.chance(KHMER_SHARE[source])) {
    tags.script = 'kh';
    const sepRoll = r.next();
    const sep = sepRoll < 0.6 ? ' ' : sepRoll < 0.85 ? ZWSP : '';
    tags.zwsp = sep === ZWSP;
    tags.noSep = sep === '';
    tags.swapped = r.chance(0.05);
    let s = tags.swapped ? g.kh + sep + f.kh : f.kh + sep + g.kh;
    if (r.chance(0.15)) {
      const v = khmerReorder(r, s);
      if (v) {
        s = v;
        tags.reorder = true;
      }
    }
    if (r.chance(0.2)) {
      s = s.normalize('NFD');
      tags.nfd = true;
    }
    return s;
  }
  tags.script = 'latin';
  let fs: number;
  let gs: number;
  if (reg && !reg.latinNull && r.chance(0.55)) {
    fs = reg.fs;
    gs = reg.gs;
  } else {
    fs = pickSpelling(r, f);
    gs = pickSpelling(r, g);
  }
  if (reg) {
    tags.crossScript = reg.latinNull;
    tags.spellingDiffers = !reg.latinNull && (fs !== reg.fs || gs !== reg.gs);
  }
  tags.swapped = r.chance(0.12);
  let s = tags.swapped ? `${g.latin[gs]} ${f.latin[fs]}` : `${f.latin[fs]} ${g.latin[gs]}`;
  const caseRoll = r.next();
  if (caseRoll < 0.3) {
    s = s.toUpperCase();
    tags.upper = true;
  } else if (caseRoll < 0.38) {
    s = s.toLowerCase();
    tags.lower = true;
  }
  if (r.chance(source === 'id-card' ? 0.01 : 0.07)) {
    const t = typo(r, s);
    if (t) {
      s = t;
      tags.typo = true;
    }
  }
  return s;
}

// ---------------------------------------------------------------- generator

interface Reg {
  rec: RegisteredWorker;
  fi: number;
  gi: number;
  pid: number;
  absent: boolean;
  spelling: RegSpelling;
}

type Draft = Omit<OnsiteWorker, 'id' | 'visitId' | 'sourceRow' | 'recordedAt'>;
type HiddenKind = 'absent-namesake' | 'present-namesake' | 'near-namesake' | 'unrelated';

interface Row {
  draft: Draft;
  truth: string | null;
  tags: Tags;
  kind?: HiddenKind;
}

interface Built {
  roster: Roster;
  rows: Row[];
  regs: Reg[];
}

const SEX_SHARE: Record<Source, number> = { 'id-card': 1, csv: 0.9, manual: 0.8 };
const DOB_SHARE: Record<Source, number> = { 'id-card': 1, csv: 0.97, manual: 0.92 };
const NID_SHARE: Record<Source, number> = { 'id-card': 1, csv: 0.5, manual: 0.3 };
const NSSF_SHARE: Record<Source, number> = { 'id-card': 0.1, csv: 0.6, manual: 0.2 };

/** Entries one letter apart in some spelling or in Khmer: different names a namesake check must not merge. */
function entryNear(a: NinetyfourthName, b: NinetyfourthName): boolean {
  if (a === b) return false;
  if (within1(normKhmer(a.kh), normKhmer(b.kh))) return true;
  return a.latin.some((x) => b.latin.some((y) => within1(normLatin(x), normLatin(y))));
}
const FAMILY_NEAR = FAMILY.map((a) => FAMILY.map((_, j) => j).filter((j) => entryNear(a, FAMILY[j])));
const GIVEN_NEAR = GIVEN.map((a) => GIVEN.map((_, j) => j).filter((j) => entryNear(a, GIVEN[j])));

function pickSource(r: Rng): Source {
  const x = r.next();
  return x < 0.4 ? 'manual' : x < 0.85 ? 'csv' : 'id-card';
}

const GIVEN_F = GIVEN.map((g, i) => ({ g, i })).filter((x) => x.g.sex !== 'M').map((x) => x.i);
const GIVEN_M = GIVEN.map((g, i) => ({ g, i }))
  .filter((x) => x.g.sex !== 'F')
  .map((x) => x.i)
  // men: the male-only names first (most common), then the unisex ones
  .sort((a, b) => (GIVEN[a].sex === 'M' ? 0 : 1) - (GIVEN[b].sex === 'M' ? 0 : 1) || a - b);

function pickPerson(r: Rng): { sex: Sex; fi: number; gi: number } {
  const sex: Sex = r.chance(0.78) ? 'F' : 'M';
  const fi = FAMILY.indexOf(r.pickSkewed(FAMILY, 1.7));
  const gi = r.pickSkewed(sex === 'F' ? GIVEN_F : GIVEN_M, 1.4);
  return { sex, fi, gi };
}

function build(size: number, seed: number): Built {
  const r = rng(seed * 7919 + 94);
  const issuedNid = new Set<number>();
  const issuedNssf = new Set<number>();
  const dobsByPid = new Map<number, string[]>();

  // --- the register
  const regs: Reg[] = [];
  for (let n = 0; n < size; n++) {
    const { sex, fi, gi } = pickPerson(r);
    const pid = fi * G + gi;
    const taken = dobsByPid.get(pid) ?? [];
    let dob = randomDob(r);
    for (let t = 0; t < 500 && taken.some((d) => dobNear(d, dob)); t++) dob = randomDob(r);
    if (taken.some((d) => dobNear(d, dob))) throw new Error('ninetyfourth: no room for another namesake DOB');
    taken.push(dob);
    dobsByPid.set(pid, taken);
    const f = FAMILY[fi];
    const g = GIVEN[gi];
    const spelling: RegSpelling = { fs: pickSpelling(r, f), gs: pickSpelling(r, g), latinNull: r.chance(0.15) };
    let nameLatin: string | null = null;
    if (!spelling.latinNull) {
      nameLatin = `${f.latin[spelling.fs]} ${g.latin[spelling.gs]}`;
      if (r.chance(0.75)) nameLatin = nameLatin.toUpperCase();
    }
    const sepRoll = r.next();
    let nameKh = f.kh + (sepRoll < 0.88 ? ' ' : sepRoll < 0.96 ? ZWSP : '') + g.kh;
    if (r.chance(0.05)) nameKh = khmerReorder(r, nameKh) ?? nameKh;
    const by = Number(dob.slice(0, 4));
    const from = Date.UTC(Math.max(by + 18, 2008), 0, 1);
    const to = Date.UTC(2025, 1, 28);
    const hire = new Date(from + Math.floor(r.next() * (to - from))).toISOString().slice(0, 10);
    regs.push({
      fi,
      gi,
      pid,
      absent: false,
      spelling,
      rec: {
        workerId: '',
        nssfNumber: freshId(r, 10, issuedNssf, '1'),
        nationalId: r.chance(0.02) ? null : freshId(r, 9, issuedNid),
        nameKh,
        nameLatin,
        sex,
        dateOfBirth: dob,
        hireDate: r.chance(0.01) ? null : hire,
        wageRiel: r.chance(0.03) ? null : 1000 * r.int(820, 1600),
      },
    });
  }
  const absentCount = Math.round(size * 0.3);
  const order = r.shuffle(regs.map((_, i) => i));
  for (let k = 0; k < absentCount; k++) regs[order[k]].absent = true;
  r.shuffle(regs);
  regs.forEach((w, i) => (w.rec.workerId = 'W' + pad(i + 1, 6)));

  const index = new NameIndex();
  const byPid = new Map<number, Reg[]>();
  for (const w of regs) {
    index.add(w.pid);
    const list = byPid.get(w.pid);
    if (list) list.push(w);
    else byPid.set(w.pid, [w]);
  }
  const candidatesFor = (name: string): Reg[] => {
    const out: Reg[] = [];
    for (const pid of index.match(nameKey(name))) for (const w of byPid.get(pid) ?? []) out.push(w);
    return out;
  };

  // --- present registered workers, as written on site
  const rows: Row[] = [];
  for (const w of regs) {
    if (w.absent) continue;
    const source = pickSource(r);
    const tags: Tags = { script: 'latin' };
    const name = renderName(r, w.fi, w.gi, source, w.spelling, tags);
    let dateOfBirth: string | null = null;
    if (r.chance(DOB_SHARE[source])) {
      dateOfBirth = w.rec.dateOfBirth;
      const sw = dateOfBirth && swapDM(dateOfBirth);
      if (sw && source !== 'id-card' && r.chance(0.1)) {
        dateOfBirth = sw;
        tags.dobSwap = true;
      }
    } else tags.dobMissing = true;
    let nationalId: string | null = null;
    if (w.rec.nationalId && r.chance(NID_SHARE[source])) {
      tags.nidPresent = true;
      nationalId = w.rec.nationalId;
      if (r.chance(source === 'id-card' ? 0.01 : 0.04)) {
        nationalId = slipId(r, nationalId);
        tags.nidSlip = true;
      }
    }
    let nssfNumber: string | null = null;
    if (w.rec.nssfNumber && r.chance(NSSF_SHARE[source])) {
      tags.nssfPresent = true;
      nssfNumber = w.rec.nssfNumber;
      if (r.chance(0.03)) {
        nssfNumber = slipId(r, nssfNumber);
        tags.nssfSlip = true;
      }
    }
    const sex = r.chance(SEX_SHARE[source]) ? w.rec.sex : null;
    tags.sexMissing = sex === null;
    rows.push({ draft: { name, nationalId, nssfNumber, sex, dateOfBirth, source }, truth: w.rec.workerId, tags });
  }

  // --- hidden workers
  const absentRegs = regs.filter((w) => w.absent);
  const presentRegs = regs.filter((w) => !w.absent);
  const hiddenCount = Math.round(size * 0.25);
  for (let h = 0; h < hiddenCount; h++) {
    const roll = r.next();
    let kind: HiddenKind =
      roll < 0.25 ? 'absent-namesake' : roll < 0.52 ? 'present-namesake' : roll < 0.6 ? 'near-namesake' : 'unrelated';
    if (kind === 'absent-namesake' && !absentRegs.length) kind = 'present-namesake';
    if (kind !== 'unrelated' && !presentRegs.length && !absentRegs.length) kind = 'unrelated';
    const source = pickSource(r);
    let tags: Tags = { script: 'latin' };
    let name = '';
    let sex: Sex;
    let nearSex: Sex | null = null;
    if (kind === 'unrelated') {
      // a name nobody on the register carries (cheap test first, then the one-edit test)
      let p = pickPerson(r);
      for (let t = 0; t < 80; t++) {
        for (let u = 0; u < 200 && byPid.has(p.fi * G + p.gi); u++) p = pickPerson(r);
        tags = { script: 'latin' };
        name = renderName(r, p.fi, p.gi, source, null, tags);
        if (!candidatesFor(name).length) break;
        p = pickPerson(r);
      }
      sex = p.sex;
    } else {
      const w = kind === 'absent-namesake' ? r.pick(absentRegs) : r.pick(kind === 'present-namesake' ? presentRegs : regs);
      if (kind === 'near-namesake') {
        // another real name one letter from w's (Sophea/Sopheap, Heng/Seng, Pisal/Visal ...)
        let v = w;
        const near = (x: Reg): [number, number][] => [
          ...FAMILY_NEAR[x.fi].map((fi): [number, number] => [fi, x.gi]),
          ...GIVEN_NEAR[x.gi].map((gi): [number, number] => [x.fi, gi]),
        ];
        let options = near(v);
        for (let k = 0; k < 50 && !options.length; k++) options = near((v = r.pick(regs)));
        const [fi, gi] = options.length ? r.pick(options) : [v.fi, v.gi];
        name = renderName(r, fi, gi, source, null, tags);
        const gs = GIVEN[gi].sex;
        nearSex = gs === 'F' || gs === 'M' ? gs : (v.rec.sex ?? 'F');
      } else name = renderName(r, w.fi, w.gi, source, w.spelling, tags);
      sex = nearSex ?? w.rec.sex ?? 'F';
      if (nearSex === null && GIVEN[w.gi].sex === 'U' && r.chance(0.15)) sex = sex === 'F' ? 'M' : 'F';
    }
    let dateOfBirth: string | null = r.chance(DOB_SHARE[source]) ? randomDob(r) : null;
    const nationalId = r.chance(NID_SHARE[source]) ? freshId(r, 9, issuedNid) : null;
    const shownSex: Sex | null = r.chance(SEX_SHARE[source]) ? sex : null;
    const cands = candidatesFor(name);
    const ruledOut = (w: Reg) =>
      (shownSex !== null && w.rec.sex !== null && shownSex !== w.rec.sex) ||
      (dateOfBirth !== null && w.rec.dateOfBirth !== null && !dobNear(dateOfBirth, w.rec.dateOfBirth)) ||
      (nationalId !== null && w.rec.nationalId !== null && !within1(nationalId, w.rec.nationalId));
    let t = 0;
    while (!cands.every(ruledOut)) {
      if (++t > 200) throw new Error('ninetyfourth: cannot rule a hidden namesake out');
      dateOfBirth = randomDob(r);
    }
    tags.dobMissing = dateOfBirth === null;
    tags.sexMissing = shownSex === null;
    tags.nidPresent = nationalId !== null;
    rows.push({
      draft: { name, nationalId, nssfNumber: null, sex: shownSex, dateOfBirth, source },
      truth: null,
      tags,
      kind,
    });
  }

  // --- shuffle, then everything that reveals row order
  r.shuffle(rows);
  const visitId = 'visit-ninetyfourth';
  let clock = Date.UTC(2025, 2, 11, 1, 30, 0);
  let csvRow = 0;
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  for (const row of rows) {
    clock += 1000 * r.int(2, 9) + r.int(0, 999);
    const id = uuid(r);
    const o: OnsiteWorker = {
      id,
      visitId,
      name: row.draft.name,
      nationalId: row.draft.nationalId,
      nssfNumber: row.draft.nssfNumber,
      sex: row.draft.sex,
      dateOfBirth: row.draft.dateOfBirth,
      source: row.draft.source,
      sourceRow: row.draft.source === 'csv' ? ++csvRow : null,
      recordedAt: new Date(clock).toISOString(),
    };
    onsite.push(o);
    truth.set(id, row.truth);
  }
  return { roster: { registered: regs.map((w) => w.rec), onsite, truth }, rows, regs };
}

export function ninetyfourthRoster(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ---------------------------------------------------------------- self-check

function selfCheck(size: number, seed: number): boolean {
  const fails: string[] = [];
  const fail = (m: string) => fails.push(m);
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + ' %' : 'n/a');

  // name lists: no Latin spelling or Khmer word shared by two entries
  const seenLatin = new Map<string, string>();
  const seenKh = new Set<string>();
  for (const e of [...FAMILY, ...GIVEN]) {
    const kh = normKhmer(e.kh);
    if (seenKh.has(kh)) fail(`names: Khmer ${e.kh} listed twice`);
    seenKh.add(kh);
    for (const l of e.latin) {
      const k = normLatin(l);
      if (seenLatin.has(k) && seenLatin.get(k) !== e.kh) fail(`names: spelling ${l} shared by two entries`);
      seenLatin.set(k, e.kh);
    }
  }

  const t0 = performance.now();
  const built = build(size, seed);
  const genMs = performance.now() - t0;
  const { roster, rows } = built;
  const { registered, onsite, truth } = roster;

  // --- read the register back through its Khmer names, as a grader would
  const pidByKh = new Map<string, number>();
  for (let fi = 0; fi < FAMILY.length; fi++)
    for (let gi = 0; gi < G; gi++) pidByKh.set(normKhmer(FAMILY[fi].kh + GIVEN[gi].kh), fi * G + gi);
  const index = new NameIndex();
  const regPid = new Map<string, number>();
  const byPid = new Map<number, RegisteredWorker[]>();
  const regById = new Map<string, RegisteredWorker>();
  for (const w of registered) {
    const pid = pidByKh.get(normKhmer(w.nameKh));
    if (pid === undefined) {
      fail(`register: cannot read name ${w.nameKh}`);
      continue;
    }
    regPid.set(w.workerId, pid);
    regById.set(w.workerId, w);
    index.add(pid);
    const l = byPid.get(pid);
    if (l) l.push(w);
    else byPid.set(pid, [w]);
    if (w.nameLatin !== null && !pairVariants(pid).includes('l' + normLatin(w.nameLatin)))
      fail(`register: Latin name ${w.nameLatin} is not a listed spelling of ${w.nameKh}`);
  }
  const nameCands = (name: string) => index.match(nameKey(name)).flatMap((pid) => byPid.get(pid) ?? []);
  const ruledOut = (o: OnsiteWorker, w: RegisteredWorker) =>
    (o.sex !== null && w.sex !== null && o.sex !== w.sex) ||
    (o.dateOfBirth !== null && w.dateOfBirth !== null && !dobNear(o.dateOfBirth, w.dateOfBirth)) ||
    (o.nationalId !== null && w.nationalId !== null && !within1(o.nationalId, w.nationalId)) ||
    (o.nssfNumber !== null && w.nssfNumber !== null && !within1(o.nssfNumber, w.nssfNumber));

  // --- rule 1: true rows carry only plausible variants
  let r1 = 0;
  const claimed = new Set<string>();
  for (const o of onsite) {
    const t = truth.get(o.id);
    if (t === undefined) {
      fail(`truth: no entry for ${o.id}`);
      continue;
    }
    if (t === null) {
      if (o.nssfNumber !== null) fail(`rule 1: hidden row ${o.id} carries an NSSF number`);
      continue;
    }
    if (claimed.has(t)) fail(`truth: ${t} claimed twice`);
    claimed.add(t);
    const w = regById.get(t);
    if (!w) {
      fail(`truth: unknown worker ${t}`);
      continue;
    }
    const bad: string[] = [];
    const pid = regPid.get(t)!;
    if (!pairVariants(pid).some((v) => within1(nameKey(o.name), v))) bad.push('name');
    if (o.sex !== null && o.sex !== w.sex) bad.push('sex');
    if (o.dateOfBirth !== null && o.dateOfBirth !== w.dateOfBirth && swapDM(w.dateOfBirth!) !== o.dateOfBirth) bad.push('dob');
    if (o.nationalId !== null && (w.nationalId === null || !within1(o.nationalId, w.nationalId))) bad.push('nid');
    if (o.nssfNumber !== null && (w.nssfNumber === null || !within1(o.nssfNumber, w.nssfNumber))) bad.push('nssf');
    if (bad.length) {
      r1++;
      if (r1 <= 5) fail(`rule 1: row ${o.name} / ${w.nameKh} differs in ${bad.join(',')}`);
    }
  }

  // --- rule 2: namesakes on the register are told apart by DOB (and IDs are far apart)
  const variantOwner = new Map<string, number>();
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    while (parent.get(x) !== undefined && parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const pid of byPid.keys()) {
    parent.set(pid, pid);
    for (const v of pairVariants(pid)) {
      const o = variantOwner.get(v);
      if (o === undefined) variantOwner.set(v, pid);
      else parent.set(find(pid), find(o));
    }
  }
  const groups = new Map<number, RegisteredWorker[]>();
  for (const [pid, ws] of byPid) {
    const root = find(pid);
    groups.set(root, [...(groups.get(root) ?? []), ...ws]);
  }
  let r2 = 0;
  let namesakeWorkers = 0;
  let largestGroup = 0;
  for (const ws of groups.values()) {
    if (ws.length > 1) namesakeWorkers += ws.length;
    largestGroup = Math.max(largestGroup, ws.length);
    for (let i = 0; i < ws.length; i++)
      for (let j = i + 1; j < ws.length; j++) {
        const a = ws[i];
        const b = ws[j];
        if (a.dateOfBirth === null || b.dateOfBirth === null || dobNear(a.dateOfBirth, b.dateOfBirth)) r2++;
      }
  }
  if (r2) fail(`rule 2: ${r2} registered namesake pairs not told apart by DOB`);
  const allNid = registered.map((w) => w.nationalId).filter((x): x is string => x !== null);
  const allNssf = registered.map((w) => w.nssfNumber).filter((x): x is string => x !== null);
  for (const [label, ids] of [
    ['national IDs', allNid],
    ['NSSF numbers', allNssf],
  ] as const) {
    const set = new Set(ids);
    if (set.size !== ids.length) fail(`rule 2: duplicate ${label} on the register`);
    const close = ids.filter((s) => idNeighbours(s).some((x) => set.has(x))).length;
    if (close) fail(`rule 2: ${close} ${label} on the register one slip from another`);
  }

  // --- rules 3 and 5
  let hidden = 0;
  let hiddenNoCand = 0;
  let hiddenNamesake = 0;
  let hiddenNamesakeOfAbsent = 0;
  let hiddenExactName = 0;
  let r3 = 0;
  let hiddenByDob = 0;
  let hiddenByDobSex = 0;
  let hiddenNeedsId = 0;
  let trueRows = 0;
  let undecidable = 0;
  let nameAmbiguous = 0;
  let trueWithAbsentNamesake = 0;
  const presentIds = new Set([...truth.values()].filter((x): x is string => x !== null));
  for (const o of onsite) {
    const t = truth.get(o.id);
    const cands = nameCands(o.name);
    if (t === null) {
      hidden++;
      if (!cands.length) hiddenNoCand++;
      else {
        hiddenNamesake++;
        if (cands.some((w) => !presentIds.has(w.workerId))) hiddenNamesakeOfAbsent++;
        const key = nameKey(o.name);
        if (cands.some((w) => index.exact(key, regPid.get(w.workerId)!))) hiddenExactName++;
        const byDob = (w: RegisteredWorker) => o.dateOfBirth !== null && w.dateOfBirth !== null && !dobNear(o.dateOfBirth, w.dateOfBirth);
        const bySex = (w: RegisteredWorker) => o.sex !== null && w.sex !== null && o.sex !== w.sex;
        if (cands.every(byDob)) hiddenByDob++;
        else if (cands.every((w) => byDob(w) || bySex(w))) hiddenByDobSex++;
        else hiddenNeedsId++;
        const open = cands.filter((w) => !ruledOut(o, w));
        if (open.length) {
          r3++;
          if (r3 <= 5) fail(`rule 3: hidden ${o.name} could be ${open.map((w) => w.workerId).join(',')}`);
        }
      }
    } else if (t !== undefined) {
      trueRows++;
      const others = cands.filter((w) => w.workerId !== t);
      if (others.length) nameAmbiguous++;
      if (others.some((w) => !presentIds.has(w.workerId))) trueWithAbsentNamesake++;
      if (others.some((w) => !ruledOut(o, w))) undecidable++;
      if (!cands.some((w) => w.workerId === t) || ruledOut(o, regById.get(t)!)) fail(`rule 1: true row ${o.name} not compatible with ${t}`);
    }
  }
  if (r3) fail(`rule 3: ${r3} hidden rows could pass for a registered worker`);
  const undecidableRate = undecidable / Math.max(1, trueRows);
  if (undecidableRate >= 0.04) fail(`rule 5: undecidable true rows ${pct(undecidable, trueRows)} >= 4 %`);

  // --- rule 4: no leaks
  const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  if (new Set(onsite.map((o) => o.id)).size !== onsite.length) fail('rule 4: duplicate on-site ids');
  if (onsite.some((o) => !uuidV4.test(o.id))) fail('rule 4: an on-site id is not a v4 UUID');
  for (let i = 1; i < onsite.length; i++)
    if (Date.parse(onsite[i].recordedAt) <= Date.parse(onsite[i - 1].recordedAt)) {
      fail('rule 4: recordedAt not increasing');
      break;
    }
  if (truth.size !== onsite.length) fail('rule 4: truth does not cover every on-site row');
  const halfDiff = (flags: boolean[]) => {
    const h = Math.floor(flags.length / 2);
    const a = flags.slice(0, h).filter(Boolean).length / Math.max(1, h);
    const b = flags.slice(h).filter(Boolean).length / Math.max(1, flags.length - h);
    const p = flags.filter(Boolean).length / Math.max(1, flags.length);
    const sigma = Math.sqrt((p * (1 - p) * 4) / Math.max(1, flags.length));
    return { d: Math.abs(a - b), limit: 4.5 * sigma };
  };
  const hiddenHalves = halfDiff(onsite.map((o) => truth.get(o.id) === null));
  if (hiddenHalves.d > hiddenHalves.limit) fail(`rule 4: hidden share differs between row halves by ${pct(hiddenHalves.d, 1)}`);
  const sortedReg = [...registered].sort((a, b) => (a.workerId < b.workerId ? -1 : 1));
  const absentHalves = halfDiff(sortedReg.map((w) => !presentIds.has(w.workerId)));
  if (absentHalves.d > absentHalves.limit) fail(`rule 4: absent share differs between worker-id halves by ${pct(absentHalves.d, 1)}`);
  const srcShare = (hid: boolean, s: Source) => {
    const xs = onsite.filter((o) => (truth.get(o.id) === null) === hid);
    return xs.filter((o) => o.source === s).length / Math.max(1, xs.length);
  };
  for (const s of ['manual', 'csv', 'id-card'] as const) {
    const d = Math.abs(srcShare(true, s) - srcShare(false, s));
    const p = srcShare(false, s);
    const limit = 4.5 * Math.sqrt(p * (1 - p) * (1 / Math.max(1, hidden) + 1 / Math.max(1, trueRows)));
    if (d > limit) fail(`rule 4: source ${s} share differs between hidden and true rows by ${pct(d, 1)}`);
  }

  // --- schemas
  let badSchema = 0;
  for (const o of onsite) if (!OnsiteWorker.safeParse(o).success) badSchema++;
  for (const w of registered) if (!RegisteredWorker.safeParse(w).success) badSchema++;
  if (badSchema) fail(`schema: ${badSchema} records fail the zod schemas`);
  const extra = onsite.filter((o) => 'statedStartDate' in o || 'wageRiel' in o).length;
  if (extra) fail('schema: on-site rows carry statedStartDate / wageRiel');

  // --- determinism and speed
  const snap = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const same = snap(ninetyfourthRoster(size, seed)) === snap(roster);
  const differs = snap(ninetyfourthRoster(size, seed + 1)) !== snap(roster);
  if (!same) fail('determinism: the same seed gave a different roster');
  if (!differs) fail('determinism: another seed gave the same roster');
  const t1 = performance.now();
  ninetyfourthRoster(10000, seed);
  const ms10k = performance.now() - t1;
  if (ms10k >= 2000) fail(`speed: 10k roster took ${ms10k.toFixed(0)} ms`);

  // --- shape report
  const tr = rows.filter((x) => x.truth !== null);
  const hr = rows.filter((x) => x.truth === null);
  const rate = (xs: Row[], f: (t: Tags) => boolean | undefined) => pct(xs.filter((x) => f(x.tags)).length, xs.length);
  const latinT = tr.filter((x) => x.tags.script === 'latin');
  const khT = tr.filter((x) => x.tags.script === 'kh');
  const kinds = (k: HiddenKind) => pct(hr.filter((x) => x.kind === k).length, hr.length);
  const lines = [
    `ninetyfourth roster: size ${size}, seed ${seed} — ${NINETYFOURTH_LABEL}`,
    `register ${registered.length}: present ${presentIds.size}, absent ${registered.length - presentIds.size} (${pct(registered.length - presentIds.size, registered.length)}); ` +
      `nameLatin missing ${pct(registered.filter((w) => w.nameLatin === null).length, registered.length)}, nationalId missing ${pct(registered.filter((w) => w.nationalId === null).length, registered.length)}, ` +
      `namesake workers ${pct(namesakeWorkers, registered.length)} (largest group ${largestGroup}), sex F ${pct(registered.filter((w) => w.sex === 'F').length, registered.length)}`,
    `on site ${onsite.length}: true ${trueRows}, hidden ${hidden} (${pct(hidden, onsite.length)}); sources manual ${pct(onsite.filter((o) => o.source === 'manual').length, onsite.length)}, csv ${pct(onsite.filter((o) => o.source === 'csv').length, onsite.length)}, id-card ${pct(onsite.filter((o) => o.source === 'id-card').length, onsite.length)}`,
    `hidden by design: absent-namesake ${kinds('absent-namesake')}, present-namesake ${kinds('present-namesake')}, near-namesake ${kinds('near-namesake')}, unrelated ${kinds('unrelated')}`,
    `hidden as audited: could pass by name for a registered worker ${pct(hiddenNamesake, hidden)} (exact name ${pct(hiddenExactName, hidden)}; could pass for an ABSENT worker ${pct(hiddenNamesakeOfAbsent, hidden)}), no name candidate ${pct(hiddenNoCand, hidden)}; namesakes told apart by DOB alone ${pct(hiddenByDob, hiddenNamesake)}, DOB+sex ${pct(hiddenByDobSex, hiddenNamesake)}, needing the national ID ${pct(hiddenNeedsId, hiddenNamesake)}; DOB missing ${rate(hr, (t) => t.dobMissing)}, nid ${rate(hr, (t) => t.nidPresent)}`,
    `true rows: Khmer ${pct(khT.length, tr.length)}, Latin ${pct(latinT.length, tr.length)} (cross-script vs missing register Latin ${rate(latinT, (t) => t.crossScript)}, other spelling ${rate(latinT, (t) => t.spellingDiffers)}, order swap ${rate(latinT, (t) => t.swapped)}, UPPER ${rate(latinT, (t) => t.upper)}, lower ${rate(latinT, (t) => t.lower)}, typo ${rate(latinT, (t) => t.typo)})`,
    `  Khmer rows: ZWSP ${rate(khT, (t) => t.zwsp)}, no separator ${rate(khT, (t) => t.noSep)}, code point order ${rate(khT, (t) => t.reorder)}, NFD ${rate(khT, (t) => t.nfd)}, order swap ${rate(khT, (t) => t.swapped)}`,
    `  DOB missing ${rate(tr, (t) => t.dobMissing)}, DOB day/month swap ${rate(tr, (t) => t.dobSwap)}, sex missing ${rate(tr, (t) => t.sexMissing)}, nid present ${rate(tr, (t) => t.nidPresent)} (slip ${rate(tr, (t) => t.nidSlip)}), nssf present ${rate(tr, (t) => t.nssfPresent)} (slip ${rate(tr, (t) => t.nssfSlip)})`,
    `  another registered worker with the same name (±1 edit) ${pct(nameAmbiguous, trueRows)}, of whom an absent one ${pct(trueWithAbsentNamesake, trueRows)}; undecidable (rule 5) ${pct(undecidable, trueRows)}`,
    `rule 1 violations ${r1}; rule 2 namesake pairs too close ${r2}; rule 3 hidden not ruled out ${r3}; schema failures ${badSchema}`,
    `determinism: same seed identical ${same}, other seed differs ${differs}; generation ${genMs.toFixed(0)} ms for ${size}, ${ms10k.toFixed(0)} ms for 10000`,
  ];
  for (const l of lines) console.log(l);
  for (const f of fails) console.log('FAIL: ' + f);
  console.log(fails.length ? 'FAIL' : 'PASS');
  return fails.length === 0;
}

if (process.argv[1]?.endsWith('ninetyfourth.ts')) {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  if (!selfCheck(size, seed)) process.exit(1);
}
