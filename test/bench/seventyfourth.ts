/**
 * `seventyfourth`: a grader's roster, with the emphasis on SCRIPTS.
 *
 * Written blind: only the product text's variations, each at a rate chosen to separate a good
 * reconciliation engine from a mediocre one. The two lists often write a name in different
 * scripts: the register's Latin name is missing for a good share of workers, the on-site sheet is
 * mostly Latin in several transliterations, and the sheet's Khmer rows come from different
 * keyboards. Common names collide, and many hidden workers are namesakes of registered ones, so
 * crossing the scripts alone cannot decide.
 *
 * RATES (chosen; the self-check prints the measured ones)
 *   Population   absent registered 6 % (each registered worker independently); hidden workers
 *                6.5 % of on-site rows (10,000 registered -> ~9,400 present + ~650 hidden);
 *                45 % of hidden workers are drawn as namesakes of a registered worker (same
 *                Khmer name, any spelling); the rest want a name no registered worker has within
 *                one edit, which at 10,000 is often taken, so ~60-65 % of hidden rows end up
 *                namesakes at 10,000 (~35-50 % at 1,000); women 68 % (garment-heavy workforce).
 *   Register     Khmer name always; Latin name MISSING 35 % (else family-first, romanization the
 *                common one 70 %, upper case 75 %); Khmer written with a zero-width space for the
 *                space 8 %; national ID missing 4 %, NSSF number missing 1 %, DOB missing 0.5 %,
 *                wage missing 3 %; sex always present.
 *                Many full names shared: family names drawn Zipf-skewed (s=2.2) from 46, given
 *                names (s=1.7) from ~35 per sex, so most registered workers have a namesake.
 *   Source       id-card 12 %, csv 45 %, manual 43 %.
 *   Script       on-site name in Khmer 26 % (id-card rows 50 %), else Latin.
 *   Latin rows   each word's romanization drawn independently (common one 55 %, else another
 *                listed one: Sok/Sokh, Chea/Chear, Sophea/Sophear, Vuthy/Voeuthy, Srey Mom/Sreymom
 *                ...); family/given swapped 12 %; UPPER CASE 30 % (id-card Latin always upper);
 *                one typo 4 % (one word of 4+ letters: substitution, deletion, insertion or adjacent
 *                transposition; never one that spells another listed name).
 *   Khmer rows   zero-width space instead of the space 35 %; other keyboard code-point order 30 %
 *                of rows that have a reorderable cluster (vowel typed before the subscript, vowel
 *                before the register shifter, nikahit before u); family/given swapped 3 %.
 *                NFC/NFD: Khmer has no canonical decompositions (normalize() leaves it unchanged),
 *                so the NFD-like variant modelled is the split two-part vowel (U+17C1+U+17B6 for
 *                U+17C4, U+17C1+U+17B8 for U+17BE) typed by legacy keyboards, 40 % of rows that
 *                have one (few names do: Hor, Chamroeun, so about 1 % of Khmer rows); it renders
 *                identically. This is the one variation modelled beyond the text's (rule 1).
 *   IDs          national ID on the row 40 % (id-card 100 %), NSSF number 25 %; of those shown,
 *                4 % carry one slip (adjacent transposition or one mistyped digit; 1 % on cards).
 *   DOB / sex    DOB present 92 % (id-card 100 %), day/month swapped on 10 % of the swappable
 *                ones (about 4 % of shown DOBs); sex present 80 % (id-card 100 %), never wrong.
 *   Hidden rows  presented with the same pipeline as true rows; NSSF number 3 % (a previous
 *                employer's); rows whose name could pass for a registered worker always show DOB.
 *
 * FAIRNESS RULES (audited by the self-check)
 *   1. A true row carries only variants of its registered worker: listed romanizations, either
 *      order, any case, at most one typo in one word of 4+ letters, Khmer encoding variants (ZWSP,
 *      code-point order, split vowel); IDs exact or one slip; DOB exact or day/month swapped; sex
 *      right or missing.
 *   2. Registered namesakes (same full name in any spelling) never share a DOB, and their DOBs are
 *      more than a day/month swap, one digit or one digit transposition apart; all registered
 *      national IDs and NSSF numbers are 2+ edits from each other.
 *   3. A hidden row either is not within one edit of any spelling variant of any registered name,
 *      or is ruled out from every registered worker it could pass for by a field present on both
 *      sides (sex differs, DOB more than a swap/one digit apart, ID 2+ edits apart).
 *   4. Nothing leaks the truth: registered list shuffled before worker ids are given, on-site rows
 *      shuffled before UUIDs (from the seeded PRNG) and increasing recordedAt are given.
 *   5. Undecidable true rows (another registered worker fits at least as well as the true one,
 *      with nothing to tell them apart) stay under 4 %.
 */
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import { FAMILY_NAMES, GIVEN_FEMALE, GIVEN_MALE, GIVEN_NAMES, type NameWord } from './seventyfourth-names';

export const SEVENTYFOURTH_LABEL =
  'grader, scripts: register Latin missing 35 %, sheet mostly Latin in varied romanizations, Khmer rows from mixed keyboards, many namesakes, hidden 6.5 % (about 60 % namesakes), absent 6 %';

const RATE = {
  absent: 0.06,
  hiddenShare: 0.065,
  hiddenNamesake: 0.45,
  female: 0.68,
  regLatinMissing: 0.35,
  regPrimaryRom: 0.7,
  regLatinUpper: 0.75,
  regKhZwsp: 0.08,
  regNidMissing: 0.04,
  regNssfMissing: 0.01,
  regDobMissing: 0.005,
  regWageMissing: 0.03,
  srcIdCard: 0.12,
  srcCsv: 0.45,
  khmerScript: 0.26,
  idCardKhmer: 0.5,
  latinPrimaryRom: 0.55,
  swapLatin: 0.12,
  swapKhmer: 0.03,
  upper: 0.3,
  typo: 0.04,
  khZwsp: 0.35,
  khReorder: 0.3,
  khSplitVowel: 0.4,
  nidPresent: 0.4,
  nssfPresent: 0.25,
  idSlip: 0.04,
  cardSlip: 0.01,
  dobPresent: 0.92,
  dobSwap: 0.1,
  sexPresent: 0.8,
  hiddenNssf: 0.03,
} as const;

const FAMILY_SKEW = 2.2;
const GIVEN_SKEW = 1.7;
const VISIT_ID = 'visit-seventyfourth';
const ZWSP = '\u200B';

type Sex = 'F' | 'M';
type Source = 'manual' | 'csv' | 'id-card';

// ---------------------------------------------------------------------------------------------
// Khmer encoding: canonical form and keyboard variants

const isCoeng = (c: string) => c === '\u17D2';
const isKhBase = (cp: number) => (cp >= 0x1780 && cp <= 0x17b3) || cp < 0x1780 || cp > 0x17ff;

/** Rank of a Khmer mark in canonical order: subscripts, shifter/robat, vowel, nikahit etc., rest. */
function markRank(c: string): number {
  const cp = c.codePointAt(0)!;
  if (cp === 0x17d2) return 0;
  if (cp === 0x17c9 || cp === 0x17ca || cp === 0x17cc) return 1;
  if ((cp >= 0x17b6 && cp <= 0x17c5) || cp === 0x17d0) return 2;
  if (cp >= 0x17c6 && cp <= 0x17c8) return 3;
  return 4;
}

/** One canonical string for every equivalent Khmer spelling (separators kept as one space). */
export function canonicalKhmer(s: string): string {
  const t = s.normalize('NFC').replace(/[\s\u200B-\u200D\uFEFF]+/g, ' ').trim();
  const out: string[] = [];
  let marks: string[] = [];
  const flush = () => {
    if (marks.length) {
      const ranked = marks.map((m, i) => ({ m, i, r: markRank(m) }));
      ranked.sort((a, b) => a.r - b.r || a.i - b.i);
      for (const x of ranked) out.push(x.m);
      marks = [];
    }
  };
  const chars = [...t];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const cp = c.codePointAt(0)!;
    if (isCoeng(c) && i + 1 < chars.length) {
      marks.push(c + chars[i + 1]);
      i++;
    } else if (isKhBase(cp)) {
      flush();
      out.push(c);
    } else {
      marks.push(c);
    }
  }
  flush();
  return out.join('').replace(/\u17C1\u17B6/g, '\u17C4').replace(/\u17C1\u17B8/g, '\u17BE');
}

/** Matching key: canonical Khmer without separators. */
const khKey = (s: string) => canonicalKhmer(s).replace(/ /g, '');

const REORDERS: ReadonlyArray<{ test: RegExp; apply: (s: string) => string }> = [
  // vowel typed before the subscript consonant
  { test: /\u17D2[\u1780-\u17A2][\u17B6-\u17C5]/, apply: (s) => s.replace(/(\u17D2[\u1780-\u17A2])([\u17B6-\u17C5])/g, '$2$1') },
  // vowel typed before the register shifter
  { test: /[\u17C9\u17CA][\u17B6-\u17C5]/, apply: (s) => s.replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/g, '$2$1') },
  // nikahit typed before vowel u
  { test: /\u17BB\u17C6/, apply: (s) => s.replace(/\u17BB\u17C6/g, '\u17C6\u17BB') },
];
const hasSplittable = (s: string) => /[\u17C4\u17BE]/.test(s);
const splitVowels = (s: string) => s.replace(/\u17C4/g, '\u17C1\u17B6').replace(/\u17BE/g, '\u17C1\u17B8');

// ---------------------------------------------------------------------------------------------
// Latin

const latinKey = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
const isKhmer = (s: string) => /[\u1780-\u17FF]/.test(s);
const titleCase = (s: string) => s.split(' ').map((t) => (t ? t[0].toUpperCase() + t.slice(1).toLowerCase() : t)).join(' ');

const ALL_WORDS: readonly NameWord[] = [...FAMILY_NAMES, ...GIVEN_NAMES];
const ROM_TOKENS = new Set(ALL_WORDS.flatMap((w) => w.latin.flatMap((l) => [latinKey(l), ...l.toLowerCase().split(' ')])));
const FAMILY_BY_KH = new Map(FAMILY_NAMES.map((w, i) => [khKey(w.kh), i]));
const GIVEN_BY_KH = new Map(GIVEN_NAMES.map((w, i) => [khKey(w.kh), i]));
const GIVEN_INDEX = new Map(GIVEN_NAMES.map((w, i) => [w, i]));
const LATIN_ALPHABET = [...'abcdefghijklmnopqrstuvwxyz'];
const KH_ALPHABET = [...new Set(ALL_WORDS.flatMap((w) => [...w.kh]))];

function pickRom(r: Rng, w: NameWord, pPrimary: number): string {
  if (w.latin.length === 1 || r.chance(pPrimary)) return w.latin[0];
  return w.latin[1 + Math.floor(r.next() * (w.latin.length - 1))];
}

/** One typo in one word of 4+ letters; never one that spells another listed name. */
function typo(r: Rng, token: string): string | null {
  const lower = token.toLowerCase();
  for (let attempt = 0; attempt < 12; attempt++) {
    const p = r.int(1, lower.length - 1);
    const op = r.int(0, 3);
    let t = lower;
    if (op === 0) t = lower.slice(0, p) + r.pick(LATIN_ALPHABET) + lower.slice(p + 1);
    else if (op === 1) t = lower.slice(0, p) + lower.slice(p + 1);
    else if (op === 2) t = lower.slice(0, p) + (r.chance(0.5) ? lower[p - 1] : r.pick(LATIN_ALPHABET)) + lower.slice(p);
    else if (p < lower.length - 1 && lower[p] !== lower[p + 1]) t = lower.slice(0, p) + lower[p + 1] + lower[p] + lower.slice(p + 2);
    if (t === lower || ROM_TOKENS.has(t)) continue;
    return t[0].toUpperCase() + t.slice(1);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Dates and IDs

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (iso: string) => Date.parse(iso + 'T00:00:00Z');

function swapDayMonth(iso: string): string | null {
  const [y, m, d] = iso.split('-');
  if (d === m || Number(d) > 12) return null;
  return `${y}-${d}-${m}`;
}

/** Same, day/month swap, one digit different, or two adjacent digits transposed. */
export function closeDob(a: string, b: string): boolean {
  if (a === b) return true;
  let diff = 0, first = -1, second = -1;
  for (let i = 0; i < 10; i++) {
    if (a.charCodeAt(i) !== b.charCodeAt(i)) {
      diff++;
      if (diff === 1) first = i;
      else if (diff === 2) second = i;
    }
  }
  if (diff === 1) return true;
  if (diff === 2) {
    // adjacent digits transposed (adjacent in the digit string, so across a dash too)
    const di = (i: number) => (i < 4 ? i : i < 7 ? i - 1 : i - 2);
    if (di(second) - di(first) === 1 && a[first] === b[second] && a[second] === b[first]) return true;
  }
  return first >= 5 && a.slice(5, 7) === b.slice(8, 10) && a.slice(8, 10) === b.slice(5, 7);
}

/** Damerau-Levenshtein distance <= 1 (substitution, insertion, deletion, adjacent transposition). */
export function editsAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length, lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function idNeighbours(id: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < id.length; i++) {
    for (let d = 0; d < 10; d++) {
      const c = String(d);
      if (c !== id[i]) out.push(id.slice(0, i) + c + id.slice(i + 1));
    }
    if (i + 1 < id.length && id[i] !== id[i + 1]) out.push(id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2));
  }
  return out;
}

/** A fresh ID 2+ edits from every ID in `taken` (all IDs of one kind have the same length). */
function freshId(r: Rng, digits: number, taken: Set<string>): string {
  for (;;) {
    let s = String(r.int(1, 2));
    while (s.length < digits) s += String(r.int(0, 9));
    if (taken.has(s) || idNeighbours(s).some((n) => taken.has(n))) continue;
    return s;
  }
}

function slipId(r: Rng, id: string): string {
  for (;;) {
    const i = r.int(0, id.length - 1);
    if (r.chance(0.5) && i + 1 < id.length && id[i] !== id[i + 1]) return id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
    const c = String(r.int(0, 9));
    if (c !== id[i]) return id.slice(0, i) + c + id.slice(i + 1);
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
// Name index: which registered workers an on-site name could pass for

interface Identity {
  fam: number;
  giv: number;
  members: number[];
}

function latinVariants(fam: number, giv: number, order: 'fg' | 'gf' | 'both'): string[] {
  const out: string[] = [];
  for (const f of FAMILY_NAMES[fam].latin)
    for (const g of GIVEN_NAMES[giv].latin) {
      if (order !== 'gf') out.push(latinKey(f + g));
      if (order !== 'fg') out.push(latinKey(g + f));
    }
  return out;
}

export function parseRegisteredName(nameKh: string): { fam: number; giv: number } | null {
  const parts = canonicalKhmer(nameKh).split(' ');
  if (parts.length !== 2) return null;
  const fam = FAMILY_BY_KH.get(parts[0]);
  const giv = GIVEN_BY_KH.get(parts[1]);
  return fam === undefined || giv === undefined ? null : { fam, giv };
}

/** 2 = an exact spelling variant, 1 = one edit from one. */
export type NameHits = Map<number, number>;

export class NameIndex {
  readonly identities: Identity[] = [];
  readonly identityOf: number[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly latin = new Map<string, number[]>();
  private readonly khmer = new Map<string, number[]>();

  constructor(registered: readonly RegisteredWorker[]) {
    registered.forEach((w, i) => {
      const p = parseRegisteredName(w.nameKh);
      if (!p) throw new Error(`unparseable registered name ${w.nameKh}`);
      const key = `${p.fam}|${p.giv}`;
      let id = this.byKey.get(key);
      if (id === undefined) {
        id = this.identities.length;
        this.byKey.set(key, id);
        this.identities.push({ ...p, members: [] });
        for (const v of new Set(latinVariants(p.fam, p.giv, 'both'))) push(this.latin, v, id);
        const f = khKey(FAMILY_NAMES[p.fam].kh), g = khKey(GIVEN_NAMES[p.giv].kh);
        for (const v of new Set([f + g, g + f])) push(this.khmer, v, id);
      }
      this.identities[id].members.push(i);
      this.identityOf.push(id);
    });
  }

  has(fam: number, giv: number): boolean {
    return this.byKey.has(`${fam}|${giv}`);
  }

  /** Identities whose name this string is (2) or is one edit from (1). */
  identityHits(name: string): Map<number, number> {
    const khmer = isKhmer(name);
    const key = khmer ? khKey(name) : latinKey(name);
    const map = khmer ? this.khmer : this.latin;
    const hits = new Map<number, number>();
    for (const id of map.get(key) ?? []) hits.set(id, 2);
    forEachNeighbour(key, khmer ? KH_ALPHABET : LATIN_ALPHABET, (n) => {
      for (const id of map.get(n) ?? []) if (!hits.has(id)) hits.set(id, 1);
    });
    return hits;
  }

  /** Registered workers (indices) this name could pass for. */
  hits(name: string): NameHits {
    const out: NameHits = new Map();
    for (const [id, score] of this.identityHits(name)) for (const m of this.identities[id].members) out.set(m, score);
    return out;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const a = m.get(k);
  if (a) {
    if (!a.includes(v)) a.push(v);
  } else m.set(k, [v]);
}

function forEachNeighbour(s: string, alphabet: readonly string[], f: (n: string) => void) {
  // every name character is in the BMP, so string indices are characters
  const n = s.length;
  for (let i = 0; i < n; i++) f(s.slice(0, i) + s.slice(i + 1));
  for (let i = 0; i + 1 < n; i++) if (s[i] !== s[i + 1]) f(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  for (let i = 0; i < n; i++) {
    const head = s.slice(0, i), tail = s.slice(i + 1);
    for (const a of alphabet) if (a !== s[i]) f(head + a + tail);
  }
  for (let i = 0; i <= n; i++) {
    const head = s.slice(0, i), tail = s.slice(i);
    for (const a of alphabet) f(head + a + tail);
  }
}

// ---------------------------------------------------------------------------------------------
// Field comparison shared by generation (rule 3) and the audit

interface Fields {
  sex: Sex | null;
  dateOfBirth: string | null;
  nationalId: string | null;
  nssfNumber: string | null;
}

/** A field present on both sides tells the row and the registered worker apart. */
function ruledOut(o: Fields, w: RegisteredWorker): boolean {
  if (o.sex && w.sex && o.sex !== w.sex) return true;
  if (o.dateOfBirth && w.dateOfBirth && !closeDob(o.dateOfBirth, w.dateOfBirth)) return true;
  if (o.nationalId && w.nationalId && !editsAtMostOne(o.nationalId, w.nationalId)) return true;
  if (o.nssfNumber && w.nssfNumber && !editsAtMostOne(o.nssfNumber, w.nssfNumber)) return true;
  return false;
}

/** How well a row fits a registered worker it is not ruled out from (for rule 5). */
function fitScore(o: Fields, w: RegisteredWorker, nameScore: number): number {
  let s = nameScore;
  const cmp = (a: string | null, b: string | null) => (a && b ? (a === b ? 3 : 1) : 0);
  s += cmp(o.dateOfBirth, w.dateOfBirth) + cmp(o.nationalId, w.nationalId) + cmp(o.nssfNumber, w.nssfNumber);
  if (o.sex && w.sex) s += 1;
  return s;
}

// ---------------------------------------------------------------------------------------------
// Generation

interface Person {
  fam: number;
  giv: number;
  sex: Sex;
  dob: string;
  nid: string;
  nssf: string;
}

interface Row extends Fields {
  name: string;
  source: Source;
  truth: number | null; // index into the registered array
}

let NAMESAKE_KEYS: Map<string, string[]> | null = null;

/** Identities (fam|giv) that share a spelling variant with this one, itself included. */
function namesakeKeys(fam: number, giv: number): string[] {
  if (!NAMESAKE_KEYS) {
    const byVariant = new Map<string, string[]>();
    for (let f = 0; f < FAMILY_NAMES.length; f++)
      for (let g = 0; g < GIVEN_NAMES.length; g++)
        for (const v of new Set(latinVariants(f, g, 'both'))) push(byVariant, v, `${f}|${g}`);
    NAMESAKE_KEYS = new Map();
    for (const keys of byVariant.values()) for (const k of keys) for (const other of keys) push(NAMESAKE_KEYS, k, other);
  }
  return NAMESAKE_KEYS.get(`${fam}|${giv}`)!;
}

function pickSource(r: Rng): Source {
  const u = r.next();
  return u < RATE.srcIdCard ? 'id-card' : u < RATE.srcIdCard + RATE.srcCsv ? 'csv' : 'manual';
}

function drawName(r: Rng, sex: Sex): { fam: number; giv: number } {
  const fam = FAMILY_NAMES.indexOf(r.pickSkewed(FAMILY_NAMES, FAMILY_SKEW));
  const giv = GIVEN_INDEX.get(r.pickSkewed(sex === 'F' ? GIVEN_FEMALE : GIVEN_MALE, GIVEN_SKEW))!;
  return { fam, giv };
}

const DOB_FROM = Date.UTC(1968, 0, 1);
const DOB_TO = Date.UTC(2006, 11, 31);
const drawDob = (r: Rng) => isoDay(DOB_FROM + r.int(0, (DOB_TO - DOB_FROM) / DAY) * DAY);

/** The name as the on-site sheet writes it. */
function presentName(r: Rng, fam: NameWord, giv: NameWord, source: Source): string {
  const khmer = source === 'id-card' ? r.chance(RATE.idCardKhmer) : r.chance(RATE.khmerScript);
  if (khmer) {
    const parts = r.chance(RATE.swapKhmer) ? [giv.kh, fam.kh] : [fam.kh, giv.kh];
    let s = parts.join(r.chance(RATE.khZwsp) ? ZWSP : ' ');
    const reorders = REORDERS.filter((x) => x.test.test(s));
    if (reorders.length && r.chance(RATE.khReorder)) s = r.pick(reorders).apply(s);
    if (hasSplittable(s) && r.chance(RATE.khSplitVowel)) s = splitVowels(s);
    return s;
  }
  const f = pickRom(r, fam, RATE.latinPrimaryRom);
  const g = pickRom(r, giv, RATE.latinPrimaryRom);
  const tokens = (r.chance(RATE.swapLatin) ? `${g} ${f}` : `${f} ${g}`).split(' ');
  if (r.chance(RATE.typo)) {
    const long = tokens.map((t, i) => [t, i] as const).filter(([t]) => t.length >= 4);
    if (long.length) {
      const [t, i] = r.pick(long);
      const typed = typo(r, t);
      if (typed) tokens[i] = typed;
    }
  }
  const s = tokens.join(' ');
  return source === 'id-card' || r.chance(RATE.upper) ? s.toUpperCase() : s;
}

export function generateSeventyFourth(size: number, seed: number): Roster {
  const r = rng(seed ^ 0x74a1_5eed);

  // --- the register -------------------------------------------------------------------------
  const people: Person[] = [];
  const dobsByName = new Map<string, string[]>();
  const nids = new Set<string>();
  const nssfs = new Set<string>();
  for (let i = 0; i < size; i++) {
    const sex: Sex = r.chance(RATE.female) ? 'F' : 'M';
    const { fam, giv } = drawName(r, sex);
    const key = `${fam}|${giv}`;
    // namesakes: the same identity, or another whose spelling coincides (Sambat Heng / Sambath Eng)
    const groups = namesakeKeys(fam, giv).map((k) => dobsByName.get(k) ?? []);
    const clash = (dob: string) => groups.some((g) => g.some((d) => closeDob(d, dob)));
    let dob = drawDob(r);
    for (let t = 0; t < 200 && clash(dob); t++) dob = drawDob(r);
    if (clash(dob)) throw new Error('no free date of birth');
    const own = dobsByName.get(key) ?? [];
    own.push(dob);
    dobsByName.set(key, own);
    const nid = freshId(r, 9, nids);
    nids.add(nid);
    const nssf = freshId(r, 10, nssfs);
    nssfs.add(nssf);
    people.push({ fam, giv, sex, dob, nid, nssf });
  }
  r.shuffle(people);

  const registered: RegisteredWorker[] = people.map((p, i) => {
    const fam = FAMILY_NAMES[p.fam], giv = GIVEN_NAMES[p.giv];
    let nameLatin: string | null = null;
    if (!r.chance(RATE.regLatinMissing)) {
      const s = `${pickRom(r, fam, RATE.regPrimaryRom)} ${pickRom(r, giv, RATE.regPrimaryRom)}`;
      nameLatin = r.chance(RATE.regLatinUpper) ? s.toUpperCase() : titleCase(s);
    }
    const hireFrom = Math.max(Date.UTC(2012, 0, 1), dayMs(p.dob) + 18 * 365 * DAY);
    const hireTo = Date.UTC(2025, 1, 28);
    return {
      workerId: `W${String(i + 1).padStart(6, '0')}`,
      nssfNumber: r.chance(RATE.regNssfMissing) ? null : p.nssf,
      nationalId: r.chance(RATE.regNidMissing) ? null : p.nid,
      nameKh: fam.kh + (r.chance(RATE.regKhZwsp) ? ZWSP : ' ') + giv.kh,
      nameLatin,
      sex: p.sex,
      dateOfBirth: r.chance(RATE.regDobMissing) ? null : p.dob,
      hireDate: isoDay(hireFrom + r.int(0, Math.max(0, (hireTo - hireFrom) / DAY)) * DAY),
      wageRiel: r.chance(RATE.regWageMissing) ? null : r.int(850, 2400) * 1000,
    };
  });

  // --- workers on site ----------------------------------------------------------------------
  const rows: Row[] = [];
  people.forEach((p, i) => {
    if (r.chance(RATE.absent)) return;
    const source = pickSource(r);
    const card = source === 'id-card';
    const name = presentName(r, FAMILY_NAMES[p.fam], GIVEN_NAMES[p.giv], source);
    const slip = card ? RATE.cardSlip : RATE.idSlip;
    const nationalId = card || r.chance(RATE.nidPresent) ? (r.chance(slip) ? slipId(r, p.nid) : p.nid) : null;
    const reg = registered[i];
    const nssfNumber = reg.nssfNumber && r.chance(RATE.nssfPresent) ? (r.chance(RATE.idSlip) ? slipId(r, reg.nssfNumber) : reg.nssfNumber) : null;
    let dateOfBirth: string | null = null;
    if (card || r.chance(RATE.dobPresent)) {
      const swapped = swapDayMonth(p.dob);
      dateOfBirth = !card && swapped && r.chance(RATE.dobSwap) ? swapped : p.dob;
    }
    const sex = card || r.chance(RATE.sexPresent) ? p.sex : null;
    rows.push({ name, source, nationalId, nssfNumber, dateOfBirth, sex, truth: i });
  });

  // --- hidden workers -----------------------------------------------------------------------
  const index = new NameIndex(registered);
  const hiddenCount = Math.round((rows.length * RATE.hiddenShare) / (1 - RATE.hiddenShare));
  for (let h = 0; h < hiddenCount; h++) rows.push(hiddenRow(r, people, registered, index, nids, nssfs));

  // --- shuffle, then give ids, times and sheet rows ----------------------------------------
  r.shuffle(rows);
  let t = Date.UTC(2025, 2, 12, 1, 30, 0);
  let csvRow = 0;
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  for (const row of rows) {
    t += r.int(6, 45) * 1000;
    const id = uuid(r);
    onsite.push({
      id,
      visitId: VISIT_ID,
      name: row.name,
      nationalId: row.nationalId,
      nssfNumber: row.nssfNumber,
      sex: row.sex,
      dateOfBirth: row.dateOfBirth,
      source: row.source,
      sourceRow: row.source === 'csv' ? ++csvRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, row.truth === null ? null : registered[row.truth].workerId);
  }
  return { registered, onsite, truth };
}

function hiddenRow(r: Rng, people: Person[], registered: RegisteredWorker[], index: NameIndex, nids: Set<string>, nssfs: Set<string>): Row {
  const namesake = r.chance(RATE.hiddenNamesake);
  for (let attempt = 0; ; attempt++) {
    let sex: Sex;
    let name: { fam: number; giv: number };
    if (namesake || attempt >= 30) {
      const p = r.pick(people);
      name = { fam: p.fam, giv: p.giv };
      sex = p.sex;
    } else {
      sex = r.chance(RATE.female) ? 'F' : 'M';
      name = drawName(r, sex);
    }
    if (!namesake && attempt < 30 && index.has(name.fam, name.giv)) continue; // cheap pre-check
    const source = pickSource(r);
    const card = source === 'id-card';
    const text = presentName(r, FAMILY_NAMES[name.fam], GIVEN_NAMES[name.giv], source);
    const hits = index.hits(text);
    if (hits.size && !namesake && attempt < 30) continue; // this draw wants a name no one registered has
    const nid = freshId(r, 9, nids);
    const row: Row = {
      name: text,
      source,
      nationalId: card || r.chance(RATE.nidPresent) ? nid : null,
      nssfNumber: r.chance(RATE.hiddenNssf) ? freshId(r, 10, nssfs) : null,
      dateOfBirth: card || hits.size || r.chance(RATE.dobPresent) ? drawDob(r) : null,
      sex: card || r.chance(RATE.sexPresent) ? sex : null,
      truth: null,
    };
    const others = [...hits.keys()].map((i) => registered[i]);
    for (let t = 0; t < 40 && others.some((w) => !ruledOut(row, w)); t++) row.dateOfBirth = drawDob(r);
    if (others.some((w) => !ruledOut(row, w))) continue;
    nids.add(nid);
    if (row.nssfNumber) nssfs.add(row.nssfNumber);
    return row;
  }
}

// ---------------------------------------------------------------------------------------------
// Self-check

function selfCheck(size: number, seed: number): boolean {
  const problems: string[] = [];
  const fail = (m: string) => problems.push(m);
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + ' %' : '-');

  // Name lists: canonical, romanizations unambiguous, variants canonicalize back.
  const romOwner = new Map<string, string>();
  for (const w of ALL_WORDS) {
    if (canonicalKhmer(w.kh) !== w.kh) fail(`name list: ${w.kh} is not canonical`);
    if (!/^[\u1780-\u17FF]+$/.test(w.kh)) fail(`name list: ${w.kh} has non-Khmer code points`);
    for (const l of w.latin) {
      const k = latinKey(l);
      if (romOwner.has(k) && romOwner.get(k) !== w.kh) fail(`name list: ${l} spells two words`);
      romOwner.set(k, w.kh);
    }
    for (const v of [...REORDERS.filter((x) => x.test.test(w.kh)).map((x) => x.apply(w.kh)), splitVowels(w.kh)])
      if (canonicalKhmer(v) !== w.kh) fail(`name list: variant of ${w.kh} does not canonicalize back`);
  }

  const t0 = performance.now();
  const roster = generateSeventyFourth(size, seed);
  const genMs = performance.now() - t0;
  const { registered, onsite, truth } = roster;
  const regIndex = new Map(registered.map((w, i) => [w.workerId, i]));
  const index = new NameIndex(registered);

  // --- shape ---
  const trueRows = onsite.filter((o) => truth.get(o.id));
  const hiddenRows = onsite.filter((o) => truth.get(o.id) === null);
  const presentIds = new Set(trueRows.map((o) => truth.get(o.id)!));
  const absent = registered.length - presentIds.size;
  const groups = index.identities.map((g) => g.members.length);
  const withNamesake = groups.filter((n) => n > 1).reduce((a, b) => a + b, 0);
  console.log(`seventyfourth ${size}/${seed}: ${SEVENTYFOURTH_LABEL}`);
  console.log(`registered ${registered.length}, on site ${onsite.length} (true ${trueRows.length}, hidden ${hiddenRows.length} = ${pct(hiddenRows.length, onsite.length)}), absent ${absent} = ${pct(absent, registered.length)}`);
  console.log(`register: Latin missing ${pct(registered.filter((w) => !w.nameLatin).length, registered.length)}, Khmer with ZWSP ${pct(registered.filter((w) => w.nameKh.includes(ZWSP)).length, registered.length)}, NID missing ${pct(registered.filter((w) => !w.nationalId).length, registered.length)}, NSSF missing ${pct(registered.filter((w) => !w.nssfNumber).length, registered.length)}, DOB missing ${pct(registered.filter((w) => !w.dateOfBirth).length, registered.length)}`);
  console.log(`namesakes: ${index.identities.length} distinct full names; ${pct(withNamesake, registered.length)} of registered share theirs; largest group ${Math.max(...groups)}`);

  // --- per-row audit (rules 1, 3, 5) ---
  let khmerRows = 0, latinRows = 0, latinVsKhmerOnly = 0, romDiffers = 0, swapped = 0, upper = 0, typos = 0;
  let zwsp = 0, reordered = 0, split = 0, nidShown = 0, nidSlip = 0, nssfShown = 0, nssfSlip = 0, dobShown = 0, dobSwapped = 0, sexMissing = 0;
  let rule1 = 0, undecidable = 0, contested = 0, rule3 = 0, hiddenNamesakes = 0;
  const src: Record<string, number> = {};
  for (const o of onsite) {
    src[o.source] = (src[o.source] ?? 0) + 1;
    const target = truth.get(o.id);
    const hits = index.hits(o.name);
    if (target === undefined) {
      fail(`row ${o.id} has no truth entry`);
      continue;
    }
    if (target === null) {
      if (hits.size) hiddenNamesakes++;
      const fits = [...hits.keys()].filter((i) => !ruledOut(o, registered[i]));
      if (fits.length) {
        rule3++;
        if (rule3 <= 3) fail(`rule 3: hidden "${o.name}" could be ${fits.map((i) => registered[i].workerId).join(', ')}`);
      }
      continue;
    }
    const ri = regIndex.get(target)!;
    const w = registered[ri];
    const p = parseRegisteredName(w.nameKh)!;
    // rule 1
    const nameScore = hits.get(ri);
    const ok =
      nameScore !== undefined &&
      (!o.sex || o.sex === w.sex) &&
      (!o.dateOfBirth || !w.dateOfBirth || o.dateOfBirth === w.dateOfBirth || swapDayMonth(w.dateOfBirth) === o.dateOfBirth) &&
      (!o.nationalId || !w.nationalId || editsAtMostOne(o.nationalId, w.nationalId)) &&
      (!o.nssfNumber || !w.nssfNumber || editsAtMostOne(o.nssfNumber, w.nssfNumber));
    if (!ok) {
      rule1++;
      if (rule1 <= 3) fail(`rule 1: "${o.name}" is not a plausible variant of ${w.workerId} ${w.nameKh} / ${w.nameLatin}`);
      continue;
    }
    // rule 5
    const mine = fitScore(o, w, nameScore);
    let rivals = 0, tie = false;
    for (const [i, s] of hits) {
      if (i === ri || ruledOut(o, registered[i])) continue;
      rivals++;
      if (fitScore(o, registered[i], s) >= mine) tie = true;
    }
    if (rivals) contested++;
    if (tie) undecidable++;
    // variation rates
    if (isKhmer(o.name)) {
      khmerRows++;
      if (o.name.includes(ZWSP)) zwsp++;
      const noSep = o.name.replace(/[\s\u200B]/g, '');
      if (/\u17C1[\u17B6\u17B8]/.test(noSep)) split++;
      else if (khKey(noSep) !== noSep) reordered++;
      const parts = canonicalKhmer(o.name).split(' ');
      if (parts[0] === GIVEN_NAMES[p.giv].kh) swapped++;
    } else {
      latinRows++;
      if (!w.nameLatin) latinVsKhmerOnly++;
      else if (latinKey(o.name) !== latinKey(w.nameLatin)) romDiffers++;
      if (o.name === o.name.toUpperCase()) upper++;
      const k = latinKey(o.name);
      const fg = latinVariants(p.fam, p.giv, 'fg');
      const gf = latinVariants(p.fam, p.giv, 'gf');
      if (!fg.includes(k) && !gf.includes(k)) typos++;
      if (gf.includes(k) || (!fg.includes(k) && gf.some((v) => editsAtMostOne(v, k)) && !fg.some((v) => editsAtMostOne(v, k)))) swapped++;
    }
    if (o.nationalId) {
      nidShown++;
      if (w.nationalId && o.nationalId !== w.nationalId) nidSlip++;
    }
    if (o.nssfNumber) {
      nssfShown++;
      if (o.nssfNumber !== w.nssfNumber) nssfSlip++;
    }
    if (o.dateOfBirth) {
      dobShown++;
      if (w.dateOfBirth && o.dateOfBirth !== w.dateOfBirth) dobSwapped++;
    }
    if (!o.sex) sexMissing++;
  }
  const T = trueRows.length;
  console.log(`sources: ${Object.entries(src).map(([k, v]) => `${k} ${pct(v, onsite.length)}`).join(', ')}`);
  console.log(`true rows: Khmer ${pct(khmerRows, T)}, Latin ${pct(latinRows, T)}; Latin row vs register without Latin ${pct(latinVsKhmerOnly, latinRows)} of Latin rows; other romanization than register ${pct(romDiffers, latinRows - latinVsKhmerOnly)} of the rest`);
  console.log(`true rows: order swapped ${pct(swapped, T)}, upper case ${pct(upper, latinRows)} of Latin, typo ${pct(typos, latinRows)} of Latin; Khmer ZWSP ${pct(zwsp, khmerRows)}, code-point reorder ${pct(reordered, khmerRows)}, split vowel ${pct(split, khmerRows)} of Khmer rows`);
  console.log(`true rows: NID shown ${pct(nidShown, T)} (slip ${pct(nidSlip, nidShown)}), NSSF shown ${pct(nssfShown, T)} (slip ${pct(nssfSlip, nssfShown)}), DOB shown ${pct(dobShown, T)} (day/month swapped ${pct(dobSwapped, dobShown)}), sex missing ${pct(sexMissing, T)}`);
  console.log(`hidden: namesakes (name within one edit of a registered name) ${pct(hiddenNamesakes, hiddenRows.length)}, Khmer ${pct(hiddenRows.filter((o) => isKhmer(o.name)).length, hiddenRows.length)}`);
  console.log(`true rows with a rival candidate not ruled out ${pct(contested, T)}; undecidable ${undecidable} = ${pct(undecidable, T)}`);
  console.log(`rule 1 violations ${rule1}, rule 3 violations ${rule3}`);
  if (undecidable / T >= 0.04) fail(`rule 5: undecidable ${pct(undecidable, T)} >= 4 %`);
  const hiddenShare = hiddenRows.length / onsite.length;
  if (hiddenShare < 0.05 || hiddenShare > 0.1) fail(`hidden share ${pct(hiddenRows.length, onsite.length)} outside 5-10 %`);
  if (absent / registered.length < 0.03 || absent / registered.length > 0.09) fail(`absent share off`);

  // --- rule 2: registered namesakes (any shared spelling) ---
  const groupOf = new Map<string, number[]>();
  registered.forEach((w, i) => {
    const p = parseRegisteredName(w.nameKh)!;
    for (const v of new Set(latinVariants(p.fam, p.giv, 'both'))) push(groupOf, v, i);
  });
  let rule2 = 0;
  const pairsSeen = new Set<string>();
  for (const members of groupOf.values()) {
    for (let a = 0; a < members.length; a++)
      for (let b = a + 1; b < members.length; b++) {
        const x = registered[members[a]], y = registered[members[b]];
        const key = `${members[a]}|${members[b]}`;
        if (pairsSeen.has(key)) continue;
        pairsSeen.add(key);
        if (x.dateOfBirth && y.dateOfBirth && closeDob(x.dateOfBirth, y.dateOfBirth)) {
          rule2++;
          if (rule2 <= 3) fail(`rule 2: namesakes ${x.workerId} ${y.workerId} have close DOBs`);
        }
      }
  }
  const idsClose = (get: (w: RegisteredWorker) => string | null) => {
    const set = new Set<string>();
    let bad = 0;
    for (const w of registered) {
      const id = get(w);
      if (!id) continue;
      if (set.has(id) || idNeighbours(id).some((n) => set.has(n))) bad++;
      set.add(id);
    }
    return bad;
  };
  const nidClose = idsClose((w) => w.nationalId), nssfClose = idsClose((w) => w.nssfNumber);
  if (nidClose || nssfClose) fail(`rule 2: registered IDs within one edit: NID ${nidClose}, NSSF ${nssfClose}`);
  console.log(`rule 2: namesake pairs checked ${pairsSeen.size}, close DOBs ${rule2}, close IDs ${nidClose + nssfClose}`);

  // --- rule 4: no leaks ---
  const times = onsite.map((o) => Date.parse(o.recordedAt));
  if (times.some((t, i) => i > 0 && t <= times[i - 1])) fail('rule 4: recordedAt not increasing');
  if (new Set(onsite.map((o) => o.id)).size !== onsite.length) fail('rule 4: duplicate on-site ids');
  if (onsite.some((o) => !/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(o.id))) fail('rule 4: id not a v4 UUID');
  const corr = (xs: number[], ys: number[]) => {
    const n = xs.length, mx = xs.reduce((a, b) => a + b, 0) / n, my = ys.reduce((a, b) => a + b, 0) / n;
    let sxy = 0, sxx = 0, syy = 0;
    for (let i = 0; i < n; i++) (sxy += (xs[i] - mx) * (ys[i] - my)), (sxx += (xs[i] - mx) ** 2), (syy += (ys[i] - my) ** 2);
    return sxy / Math.sqrt(sxx * syy);
  };
  const rowPos: number[] = [], regPos: number[] = [];
  onsite.forEach((o, i) => {
    const t = truth.get(o.id);
    if (t) (rowPos.push(i), regPos.push(regIndex.get(t)!));
  });
  const c1 = corr(rowPos, regPos);
  const hiddenPos = onsite.map((o, i) => (truth.get(o.id) === null ? i : -1)).filter((i) => i >= 0);
  const hiddenMean = hiddenPos.reduce((a, b) => a + b, 0) / hiddenPos.length / onsite.length;
  const absentPos = registered.map((w, i) => (presentIds.has(w.workerId) ? -1 : i)).filter((i) => i >= 0);
  const absentMean = absentPos.reduce((a, b) => a + b, 0) / absentPos.length / registered.length;
  const tol = size >= 5000 ? 0.05 : 0.1;
  if (Math.abs(c1) > tol) fail(`rule 4: row order correlates with register order (${c1.toFixed(3)})`);
  if (Math.abs(hiddenMean - 0.5) > tol) fail(`rule 4: hidden rows cluster (mean position ${hiddenMean.toFixed(3)})`);
  if (Math.abs(absentMean - 0.5) > tol) fail(`rule 4: absent workers cluster (mean position ${absentMean.toFixed(3)})`);
  console.log(`rule 4: row/register order correlation ${c1.toFixed(3)}, hidden mean position ${hiddenMean.toFixed(3)}, absent mean position ${absentMean.toFixed(3)}`);

  // --- schemas ---
  let badSchema = 0;
  for (const w of registered) if (!RegisteredWorker.safeParse(w).success) badSchema++;
  for (const o of onsite) if (!OnsiteWorker.safeParse(o).success) badSchema++;
  for (const o of onsite) if ('statedStartDate' in o || 'wageRiel' in o) badSchema++;
  if (onsite.some((o) => o.source === 'csv' ? !(o.sourceRow! > 0) : o.sourceRow !== null)) badSchema++;
  if (badSchema) fail(`schemas: ${badSchema} records fail`);
  if (truth.size !== onsite.length) fail('truth does not cover every on-site row');
  console.log(`schemas: ${registered.length + onsite.length} records parsed, ${badSchema} failures`);

  // --- determinism and time ---
  const dump = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const again = dump(generateSeventyFourth(size, seed));
  const same = again === dump(roster);
  const differs = dump(generateSeventyFourth(size, seed + 1)) !== again;
  if (!same) fail('determinism: same seed gives a different roster');
  if (!differs) fail('determinism: another seed gives the same roster');
  const t1 = performance.now();
  generateSeventyFourth(10000, seed);
  const ms10k = performance.now() - t1;
  if (ms10k > 2000) fail(`10k generation took ${ms10k.toFixed(0)} ms`);
  console.log(`determinism: same seed identical ${same}, other seed differs ${differs}; generation ${genMs.toFixed(0)} ms at ${size}, ${ms10k.toFixed(0)} ms at 10,000`);

  for (const p of problems) console.log(`  ! ${p}`);
  console.log(problems.length ? 'FAIL' : 'PASS');
  return problems.length === 0;
}

if (process.argv[1]?.endsWith('seventyfourth.ts')) {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  if (!selfCheck(size, seed)) process.exit(1);
}
