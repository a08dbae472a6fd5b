/**
 * `sixtysixth`: names as a foreman calls them, with the colloquial prefixes of spoken Khmer.
 *
 * MODEL
 * - Register: `size` workers (64 % women), family + given name from sixtysixth-names.ts (frequency
 *   weighted), Khmer name always, Latin name 85 % (the fund's spelling, mostly the first
 *   romanization, upper case), DOB always, national ID 95 %, NSSF number 98 %. Some family names
 *   (Chau ចៅ, Oum/Om អ៊ុំ, Meng ម៉េង, Ta តា) and given names (Oun អូន, Ming មីង, Srey Neang,
 *   Srey Mi, Srey Oun) are, or contain, the very words used as spoken prefixes.
 * - ~5 % of registered workers are absent; the others each have one on-site row; hidden workers
 *   (not registered) are 6.5-8.5 % of on-site rows, most of them namesakes of registered ones.
 * - Sources: the foreman's attendance sheet ('csv', ~42 %), the inspector's own notes ('manual',
 *   ~44 %), ID cards read on site ('id-card', ~14 %).
 * - The foreman's sheet writes 88 % of its rows with a spoken prefix chosen by sex and age:
 *   men អា A/Ah, ពូ Pu, តា Ta (old); women មី Mi/Me, នាង Neang, មីង Ming/Meng, យាយ Yeay (old);
 *   both អ៊ំ Om (older), ចៅ Chau, អូន Oun (young). Forms: prefix + given name alone (58 %),
 *   prefix + family + given (22 %), prefix + given + family (10 %), given + prefix (10 %).
 *   In Khmer the prefix is joined to the name without a space half the time (else a space or a
 *   zero-width space). The inspector's own notes use a prefix 5 % of the time; ID cards never.
 * - Usual variations: either script (~55 % Khmer), transliteration variants, family/given order
 *   swapped (18 % of full names), upper/lower case, one typo (5 % of typed Latin rows), Khmer
 *   encoding variants (zero-width spaces, register-shifter/vowel order, nikahit/vowel order, split
 *   vowel ើ = េ+ី, coeng-ro order), ID slips (4 % of typed IDs), DOB day/month swaps (4 %).
 *
 * FAIRNESS RULES (audited by the self-check, run this file directly)
 * 1. A true row carries only its registered worker's name: listed romanizations or the Khmer
 *    spelling (encoding variants only), family/given in either order, any case, at most one typo
 *    (one edit) in one word of 4+ letters (Latin only). EXTRA VARIATION modelled: one spoken prefix
 *    from the list above, matching the worker's sex (or used for both), before the name or after
 *    the given name, and the family name may be left out (given name alone + prefix). IDs exact
 *    or one slip (one digit changed or two adjacent digits swapped); DOB exact or day/month
 *    swapped; sex right or missing.
 * 2. Registered namesakes (same full name in any listed spelling, either order) have dates of
 *    birth more than a day/month swap, one digit or one adjacent transposition apart.
 * 3. A hidden row either cannot pass for any registered worker by name, or is ruled out from every
 *    one it could pass for by a field present on BOTH sides: sex differs, DOB more than a swap /
 *    one digit apart, or national IDs 2+ edits apart. "Could pass for" is read generously: every
 *    way of reading the row (a leading/trailing word that is or looks like a prefix may be a
 *    prefix, a prefix may be a real name word: Chau, Om/Oum, Meng, Ta, Oun, Ming), every word
 *    within one edit (for words of 4+ letters) of any listed spelling of a name word, and a
 *    name word alone matching a registered given OR family name.
 * 4. Nothing leaks the truth: registered workers are shuffled before their ids are given, on-site
 *    rows are shuffled, on-site ids are random v4 UUIDs from the seeded PRNG, recordedAt increases
 *    in row order, sourceRow numbers the sheet's rows in row order.
 * 5. Undecidable true rows stay under 4 %: a row is undecidable when another registered worker it
 *    could pass for by name (as in rule 3) is compatible on every field present on both sides
 *    (same sex, DOB equal or swapped, IDs within one slip) and no fewer of the row's DOB / national
 *    ID / NSSF number agree exactly with that worker than with the true one. So a row with the given
 *    name alone after a prefix is tied to its worker only when its DOB, sex or an ID settles it
 *    among the workers with that name.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY, GIVEN_F, GIVEN_M, KH_ALIAS, PREFIXES, PREFIX_USE, type AgeBand, type NameWord, type SpokenPrefix } from './sixtysixth-names';

export const SIXTYSIXTH_LABEL =
  "foreman's list: spoken Khmer prefixes (A/Mi/Neang/Pu/Ming/Ta/Yeay/Om/Chau/Oun) before given names, often without the family name; some prefix words are real names";

// ---------------------------------------------------------------- text helpers

const ZWSP = '\u200B';
const VISIT_ID = 'visit-sixtysixth';
const VISIT_YEAR = 2025;

function latNorm(s: string): string {
  return s.toLowerCase().replace(/[^a-z]/g, '');
}

function markClass(c: string): number {
  const cp = c.codePointAt(0)!;
  if (cp === 0x17cc) return 0; // robat
  if (cp === 0x17c9 || cp === 0x17ca) return 1; // register shifters
  if (cp >= 0x17b6 && cp <= 0x17c5) return 2; // dependent vowels
  return 3; // nikahit, reahmuk, yuukaleapintu, bantoc, samyok sannya ...
}

/** One canonical encoding for equivalent Khmer spellings (no spaces, fixed mark order). */
function khCanon(s: string): string {
  let t = s.replace(/[\s\u200B\u200C\u200D|]/g, '');
  t = t.replace(/\u17C1\u17B8/g, '\u17BE').replace(/\u17C1\u17B6/g, '\u17C4');
  t = t.replace(/(\u17D2\u179A)(\u17D2[\u1780-\u17A2])/g, '$2$1');
  t = t.replace(/[\u17B6-\u17D1]+/g, (run) => [...run].sort((a, b) => markClass(a) - markClass(b)).join(''));
  return t.normalize('NFC');
}

/** Optimal-string-alignment distance <= 1. */
function dl1(a: string, b: string): boolean {
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
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Two Latin spellings a reader could take for the same word: equal, or one edit apart when one has 4+ letters. */
function nearLat(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.max(a.length, b.length) >= 4 && dl1(a, b);
}

// ---------------------------------------------------------------- name tables

interface WordInfo {
  key: string;
  kh: string; // with '|' syllable marks
  khc: string; // canonical
  lat: string[];
  latN: string[];
  family: boolean;
}

const WORDS = new Map<string, WordInfo>();
for (const [list, family] of [[FAMILY, true], [GIVEN_M, false], [GIVEN_F, false]] as const) {
  for (const w of list) {
    if (WORDS.has(w.key)) continue;
    WORDS.set(w.key, { key: w.key, kh: w.kh, khc: khCanon(w.kh), lat: [...w.lat], latN: w.lat.map(latNorm), family });
  }
}
const WORD_LIST = [...WORDS.values()];
const PREFIX_BY_KEY = new Map(PREFIXES.map((p) => [p.key, p]));
const PREFIX_KHC = new Map(PREFIXES.map((p) => [p.key, khCanon(p.kh)]));
const PREFIX_LATN: string[] = PREFIXES.flatMap((p) => p.lat.map(latNorm));

const WORDS_BY_KHC = new Map<string, string[]>();
for (const w of WORD_LIST) WORDS_BY_KHC.set(w.khc, [...(WORDS_BY_KHC.get(w.khc) ?? []), w.key]);
// A prefix spelling a reader may take for a name word (អ៊ំ for អ៊ុំ).
for (const [pk, wk] of KH_ALIAS) {
  const c = PREFIX_KHC.get(pk)!;
  const cur = WORDS_BY_KHC.get(c) ?? [];
  if (!cur.includes(wk)) WORDS_BY_KHC.set(c, [...cur, wk]);
}
const PREFIX_LIKE_KHC = new Set<string>([...PREFIX_KHC.values()]);
for (const [, wk] of KH_ALIAS) PREFIX_LIKE_KHC.add(WORDS.get(wk)!.khc);

const latWordCache = new Map<string, string[]>();
function wordsForLat(n: string): string[] {
  let got = latWordCache.get(n);
  if (!got) {
    got = WORD_LIST.filter((w) => w.latN.some((v) => nearLat(n, v))).map((w) => w.key);
    latWordCache.set(n, got);
  }
  return got;
}
const latPrefixCache = new Map<string, boolean>();
function prefixLikeLat(n: string): boolean {
  let got = latPrefixCache.get(n);
  if (got === undefined) {
    got = PREFIX_LATN.some((p) => nearLat(n, p));
    latPrefixCache.set(n, got);
  }
  return got;
}

/** Union-find classes of words sharing a listed spelling (for rule 2, "same name in any spelling"). */
const WORD_CLASS = new Map<string, string>();
{
  const parent = new Map<string, string>(WORD_LIST.map((w) => [w.key, w.key]));
  const find = (k: string): string => (parent.get(k) === k ? k : find(parent.get(k)!));
  const seen = new Map<string, string>();
  for (const w of WORD_LIST) {
    for (const s of [...w.latN.map((v) => 'l:' + v), 'k:' + w.khc]) {
      const o = seen.get(s);
      if (o) parent.set(find(w.key), find(o));
      else seen.set(s, w.key);
    }
  }
  for (const w of WORD_LIST) WORD_CLASS.set(w.key, find(w.key));
}
function nameKey(fam: string, giv: string): string {
  const a = WORD_CLASS.get(fam)!;
  const b = WORD_CLASS.get(giv)!;
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function cumulative(list: readonly NameWord[]): { keys: string[]; cum: number[] } {
  const keys: string[] = [];
  const cum: number[] = [];
  let t = 0;
  for (const w of list) {
    t += w.w;
    keys.push(w.key);
    cum.push(t);
  }
  return { keys, cum };
}
const FAM_CUM = cumulative(FAMILY);
const GIV_CUM = { M: cumulative(GIVEN_M), F: cumulative(GIVEN_F) };
function pickW(r: Rng, c: { keys: string[]; cum: number[] }): string {
  const x = r.next() * c.cum[c.cum.length - 1];
  let lo = 0;
  let hi = c.cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c.cum[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return c.keys[lo];
}
function pickPairs<T>(r: Rng, xs: ReadonlyArray<readonly [T, number]>): T {
  const tot = xs.reduce((s, x) => s + x[1], 0);
  let x = r.next() * tot;
  for (const [v, w] of xs) {
    x -= w;
    if (x < 0) return v;
  }
  return xs[xs.length - 1][0];
}

// ---------------------------------------------------------------- dates and ids

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}
function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
function swapDob(d: string): string | null {
  const day = +d.slice(8, 10);
  const mon = +d.slice(5, 7);
  if (day > 12 || day === mon) return null;
  return `${d.slice(0, 4)}-${pad(day)}-${pad(mon)}`;
}
/** Equal, day/month swapped, one digit changed or two adjacent digits swapped. */
function dobNear(a: string, b: string): boolean {
  return a === b || dl1(a, b) || swapDob(a) === b;
}
/** What a true row's DOB may be: exact or day/month swapped. */
function dobCompat(a: string, b: string): boolean {
  return a === b || swapDob(a) === b;
}
function ageBand(dob: string): AgeBand {
  const age = VISIT_YEAR - +dob.slice(0, 4);
  if (age < 26) return 'young';
  if (age < 40) return 'mid';
  if (age < 52) return 'older';
  return 'old';
}
function randomDob(r: Rng): string {
  const age = 18 + Math.floor(42 * r.next() ** 1.35);
  const y = VISIT_YEAR - 1 - age + (r.chance(0.2) ? 1 : 0);
  const m = r.int(1, 12);
  return `${y}-${pad(m)}-${pad(r.int(1, daysIn(y, m)))}`;
}

function hasNear(s: string, set: Set<string>): boolean {
  if (set.has(s)) return true;
  for (let i = 0; i < s.length; i++) {
    for (let d = 0; d < 10; d++) {
      const c = String(d);
      if (c !== s[i] && set.has(s.slice(0, i) + c + s.slice(i + 1))) return true;
    }
    if (i + 1 < s.length && s[i] !== s[i + 1] && set.has(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2))) return true;
  }
  return false;
}
/** A fresh id at least two edits from every id already given. */
function freshId(r: Rng, len: number, lead: string, set: Set<string>): string {
  for (;;) {
    let s = lead;
    while (s.length < len) s += String(r.int(0, 9));
    if (!hasNear(s, set)) {
      set.add(s);
      return s;
    }
  }
}
function slipId(r: Rng, s: string): string {
  for (;;) {
    const i = r.int(0, s.length - 1);
    if (r.chance(0.5) && i + 1 < s.length && s[i] !== s[i + 1]) return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    const d = String(r.int(0, 9));
    if (d !== s[i]) return s.slice(0, i) + d + s.slice(i + 1);
  }
}
/** Edit distance between two ids is 2 or more. */
function idsApart(a: string, b: string): boolean {
  return !dl1(a, b);
}

function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(Math.floor(r.next() * 256));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ---------------------------------------------------------------- rendering

type Script = 'kh' | 'lat';
type Source = 'manual' | 'csv' | 'id-card';
type Form = 'FG' | 'GF' | 'PG' | 'PFG' | 'PGF' | 'GP';

interface Tok {
  text: string;
  pre: boolean;
}

interface Person {
  fam: string;
  giv: string;
  sex: 'M' | 'F';
  dob: string;
}

interface RowMeta {
  toks: Tok[];
  script: Script;
  source: Source;
  form: Form;
  prefix: string | null;
  khJoined: boolean;
  khVariant: boolean;
  latCase: 'title' | 'upper' | 'lower' | null;
  altSpelling: boolean;
  typo: boolean;
  idSlips: number;
  dobSwap: boolean;
  truth: number | null; // index into the final registered array
  namesakeCands: number; // hidden rows: registered workers it could pass for by name
}

function titleCase(s: string): string {
  return s
    .split(' ')
    .map((p) => (p ? p[0].toUpperCase() + p.slice(1) : p))
    .join(' ');
}

const TYPO_LETTERS = 'aeiouyhknrstmlcp';
function typoLat(r: Rng, s: string): string | null {
  const parts = s.split(' ');
  const idx = parts.map((p, i) => (p.length >= 4 ? i : -1)).filter((i) => i >= 0);
  if (!idx.length) return null;
  const k = r.pick(idx);
  const p = parts[k];
  for (let tries = 0; tries < 20; tries++) {
    const op = r.int(0, 3);
    const i = r.int(0, p.length - 1);
    let q = p;
    if (op === 0) q = p.slice(0, i) + r.pick([...TYPO_LETTERS]) + p.slice(i + 1);
    else if (op === 1) q = p.slice(0, i) + p.slice(i + 1);
    else if (op === 2) q = p.slice(0, i) + r.pick([...TYPO_LETTERS]) + p.slice(i);
    else if (i + 1 < p.length) q = p.slice(0, i) + p[i + 1] + p[i] + p.slice(i + 2);
    if (q !== p && q.length >= 2) {
      parts[k] = q;
      return parts.join(' ');
    }
  }
  return null;
}

/** Equivalent Khmer encodings (what different keyboards and typists produce). */
function khVariant(r: Rng, s: string): string {
  let t = s;
  if (r.chance(0.6)) t = t.replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/g, '$2$1');
  if (r.chance(0.6)) t = t.replace(/([\u17B6-\u17C5])(\u17C6)/g, '$2$1');
  if (r.chance(0.7)) t = t.replace(/\u17BE/g, '\u17C1\u17B8').replace(/\u17C4/g, '\u17C1\u17B6');
  if (r.chance(0.7)) t = t.replace(/(\u17D2[\u1780-\u17A2])(\u17D2\u179A)/g, '$2$1');
  return t;
}

/**
 * Per source: share of Khmer rows, of prefixed rows, of swapped full names, and how often each field
 * is filled. When the date of birth could not be had, the inspector more often notes an ID instead
 * (nidNoDob / nssfNoDob).
 */
const SOURCE_P: Record<
  Source,
  { kh: number; prefix: number; swap: number; sex: number; dob: number; nid: number; nssf: number; nidNoDob: number; nssfNoDob: number; typed: boolean }
> = {
  csv: { kh: 0.55, prefix: 0.88, swap: 0.18, sex: 0.86, dob: 0.94, nid: 0.12, nssf: 0.3, nidNoDob: 0.35, nssfNoDob: 0.5, typed: true },
  manual: { kh: 0.5, prefix: 0.05, swap: 0.18, sex: 0.9, dob: 0.92, nid: 0.38, nssf: 0.28, nidNoDob: 0.7, nssfNoDob: 0.5, typed: true },
  'id-card': { kh: 0.65, prefix: 0, swap: 0.03, sex: 1, dob: 1, nid: 1, nssf: 0.1, nidNoDob: 1, nssfNoDob: 0.1, typed: false },
};
function pickSource(r: Rng): Source {
  const x = r.next();
  return x < 0.42 ? 'csv' : x < 0.86 ? 'manual' : 'id-card';
}

/** Writes a person's name as the source would, returning the text and its tokens. */
function renderName(r: Rng, p: Person, source: Source, m: RowMeta): string {
  const sp = SOURCE_P[source];
  const script: Script = r.chance(sp.kh) ? 'kh' : 'lat';
  m.script = script;
  let form: Form;
  let prefix: SpokenPrefix | null = null;
  if (r.chance(sp.prefix)) {
    prefix = PREFIX_BY_KEY.get(pickPairs(r, PREFIX_USE[p.sex][ageBand(p.dob)]))!;
    const x = r.next();
    form = x < 0.58 ? 'PG' : x < 0.8 ? 'PFG' : x < 0.9 ? 'PGF' : 'GP';
  } else {
    form = r.chance(sp.swap) ? 'GF' : 'FG';
  }
  m.form = form;
  m.prefix = prefix?.key ?? null;
  const order: Array<'P' | 'F' | 'G'> = [...form] as Array<'P' | 'F' | 'G'>;
  const fam = WORDS.get(p.fam)!;
  const giv = WORDS.get(p.giv)!;
  const toks: Tok[] = [];
  if (script === 'lat') {
    const cs = source === 'id-card' ? 'upper' : pickPairs(r, [['title', 70], ['upper', 22], ['lower', 8]] as const);
    m.latCase = cs;
    const word = (w: WordInfo) => {
      if (source === 'id-card' || w.lat.length === 1 || r.chance(0.55)) return w.lat[0].toLowerCase();
      m.altSpelling = true;
      return w.lat[1 + Math.floor(r.next() * (w.lat.length - 1))].toLowerCase();
    };
    for (const o of order) {
      if (o === 'P') toks.push({ text: (r.chance(0.6) ? prefix!.lat[0] : r.pick(prefix!.lat)).toLowerCase(), pre: true });
      else toks.push({ text: word(o === 'F' ? fam : giv), pre: false });
    }
    if (sp.typed && r.chance(0.05)) {
      const nameIdx = toks.map((t, i) => (t.pre ? -1 : i)).filter((i) => i >= 0);
      const k = r.pick(nameIdx);
      const t = typoLat(r, toks[k].text);
      if (t) {
        toks[k].text = t;
        m.typo = true;
      }
    }
    for (const t of toks) t.text = cs === 'upper' ? t.text.toUpperCase() : cs === 'title' ? titleCase(t.text) : t.text;
    m.toks = toks;
    return toks.map((t) => t.text).join(' ');
  }
  // Khmer
  const zwspSyl = sp.typed && r.chance(0.12);
  const variant = r.chance(sp.typed ? 0.28 : 0.08);
  const word = (w: WordInfo) => {
    let t = w.kh.replace(/\|/g, zwspSyl ? ZWSP : '');
    if (variant) t = khVariant(r, t);
    return t;
  };
  for (const o of order) {
    if (o === 'P') toks.push({ text: prefix!.kh, pre: true });
    else toks.push({ text: word(o === 'F' ? fam : giv), pre: false });
  }
  m.khVariant = toks.some((t) => t.text.replace(/\u200B/g, '') !== khCanon(t.text)) || zwspSyl;
  let out = toks[0].text;
  for (let i = 1; i < toks.length; i++) {
    const prefGap = toks[i].pre || toks[i - 1].pre;
    let sep: string;
    if (prefGap && toks[i].pre) {
      sep = r.chance(0.8) ? ' ' : ZWSP; // a prefix after the name stands apart
    } else if (prefGap) {
      const x = r.next();
      sep = x < 0.5 ? '' : x < 0.85 ? ' ' : ZWSP;
      if (sep === '') m.khJoined = true;
    } else if (!sp.typed) sep = ' ';
    else {
      const x = r.next();
      sep = x < 0.8 ? ' ' : x < 0.92 ? ZWSP : '';
    }
    if (sep === ZWSP) m.khVariant = true;
    out += sep + toks[i].text;
  }
  m.toks = toks;
  return out;
}

// ---------------------------------------------------------------- reading a row's name

interface RegIndex {
  fam: string[];
  giv: string[];
  byF: Map<string, number[]>;
  byG: Map<string, number[]>;
}
function buildIndex(fams: string[], givs: string[]): RegIndex {
  const byF = new Map<string, number[]>();
  const byG = new Map<string, number[]>();
  fams.forEach((f, i) => (byF.get(f) ?? byF.set(f, []).get(f)!).push(i));
  givs.forEach((g, i) => (byG.get(g) ?? byG.set(g, []).get(g)!).push(i));
  return { fam: fams, giv: givs, byF, byG };
}

function tokWords(t: Tok, script: Script): string[] {
  return script === 'lat' ? wordsForLat(latNorm(t.text)) : WORDS_BY_KHC.get(khCanon(t.text)) ?? [];
}
function tokPrefixLike(t: Tok, script: Script): boolean {
  return t.pre || (script === 'lat' ? prefixLikeLat(latNorm(t.text)) : PREFIX_LIKE_KHC.has(khCanon(t.text)));
}

/** Every way to read the row's words as a name: lists of name-word sets (1 = a name alone, 2 = a full name). */
function readings(toks: Tok[], script: Script): string[][][] {
  const n = toks.length;
  const words = toks.map((t) => tokWords(t, script));
  const pl = toks.map((t) => tokPrefixLike(t, script));
  const out: string[][][] = [];
  for (let p = -1; p < n; p++) {
    if (p >= 0 && (n === 1 || !pl[p] || (p !== 0 && p !== n - 1))) continue;
    const names: string[][] = [];
    let ok = true;
    for (let i = 0; i < n; i++) {
      if (i === p) continue;
      if (!words[i].length) {
        ok = false;
        break;
      }
      names.push(words[i]);
    }
    if (ok && (names.length === 1 || names.length === 2)) out.push(names);
  }
  return out;
}

/** Registered workers (indices) the row could pass for by name. */
function nameCandidates(ix: RegIndex, toks: Tok[], script: Script): Set<number> {
  const out = new Set<number>();
  for (const rd of readings(toks, script)) {
    if (rd.length === 1) {
      for (const w of rd[0]) {
        for (const i of ix.byG.get(w) ?? []) out.add(i);
        for (const i of ix.byF.get(w) ?? []) out.add(i);
      }
    } else {
      const [a, b] = rd;
      for (const w of b) for (const i of ix.byG.get(w) ?? []) if (a.includes(ix.fam[i])) out.add(i);
      for (const w of a) for (const i of ix.byG.get(w) ?? []) if (b.includes(ix.fam[i])) out.add(i);
    }
  }
  return out;
}

/** Rule 3: a field present on both sides tells the row apart from the registered worker. */
function ruledOut(o: OnsiteWorker, g: RegisteredWorker): boolean {
  if (o.sex && g.sex && o.sex !== g.sex) return true;
  if (o.dateOfBirth && g.dateOfBirth && !dobNear(o.dateOfBirth, g.dateOfBirth)) return true;
  if (o.nationalId && g.nationalId && idsApart(o.nationalId, g.nationalId)) return true;
  return false;
}
/** Rule 5: fields present on both sides that agree exactly (positive evidence for that worker). */
function support(o: OnsiteWorker, g: RegisteredWorker): number {
  let n = 0;
  if (o.dateOfBirth && o.dateOfBirth === g.dateOfBirth) n++;
  if (o.nationalId && o.nationalId === g.nationalId) n++;
  if (o.nssfNumber && o.nssfNumber === g.nssfNumber) n++;
  return n;
}
/** Rule 5: every field present on both sides is as a true row of that worker could show it. */
function compatible(o: OnsiteWorker, g: RegisteredWorker): boolean {
  if (o.sex && g.sex && o.sex !== g.sex) return false;
  if (o.dateOfBirth && g.dateOfBirth && !dobCompat(o.dateOfBirth, g.dateOfBirth)) return false;
  if (o.nationalId && g.nationalId && idsApart(o.nationalId, g.nationalId)) return false;
  if (o.nssfNumber && g.nssfNumber && idsApart(o.nssfNumber, g.nssfNumber)) return false;
  return true;
}

// ---------------------------------------------------------------- generator

interface Generated {
  roster: Roster;
  meta: RowMeta[]; // parallel to roster.onsite
  regPeople: Person[]; // parallel to roster.registered
  regGenOrder: number[]; // generation index of each registered worker
  ix: RegIndex;
}

function generate(size: number, seed: number): Generated {
  const r = rng(seed * 7919 + 66);
  const nidSet = new Set<string>();
  const nssfSet = new Set<string>();
  const dobsByName = new Map<string, string[]>();

  // Register, in generation order.
  interface Reg {
    p: Person;
    trueNid: string;
    w: Omit<RegisteredWorker, 'workerId'>;
  }
  const regs: Reg[] = [];
  for (let i = 0; i < size; i++) {
    const sex: 'M' | 'F' = r.chance(0.64) ? 'F' : 'M';
    const fam = pickW(r, FAM_CUM);
    const giv = pickW(r, GIV_CUM[sex]);
    const key = nameKey(fam, giv);
    const others = dobsByName.get(key) ?? [];
    let dob = randomDob(r);
    while (others.some((d) => dobNear(dob, d) || dobNear(d, dob))) dob = randomDob(r);
    others.push(dob);
    dobsByName.set(key, others);
    const p: Person = { fam, giv, sex, dob };
    const trueNid = freshId(r, 9, r.pick(['0', '1', '2']), nidSet);
    const nssf = freshId(r, 10, r.pick(['1', '2']), nssfSet);
    const F = WORDS.get(fam)!;
    const G = WORDS.get(giv)!;
    let nameLatin: string | null = null;
    if (r.chance(0.85)) {
      const v = (w: WordInfo) => (w.lat.length > 1 && r.chance(0.1) ? r.pick(w.lat.slice(1)) : w.lat[0]);
      nameLatin = `${v(F)} ${v(G)}`;
      nameLatin = r.chance(0.8) ? nameLatin.toUpperCase() : nameLatin;
    }
    const hy = Math.max(+dob.slice(0, 4) + 18, 2010);
    const hireYear = Math.min(VISIT_YEAR, r.int(hy, VISIT_YEAR));
    const hm = hireYear === VISIT_YEAR ? r.int(1, 2) : r.int(1, 12);
    regs.push({
      p,
      trueNid,
      w: {
        nssfNumber: r.chance(0.98) ? nssf : null,
        nationalId: r.chance(0.95) ? trueNid : null,
        nameKh: `${F.kh.replace(/\|/g, '')} ${G.kh.replace(/\|/g, '')}`,
        nameLatin,
        sex,
        dateOfBirth: dob,
        hireDate: `${hireYear}-${pad(hm)}-${pad(r.int(1, 28))}`,
        wageRiel: r.chance(0.96) ? r.int(850, 1900) * 1000 : null,
      },
    });
  }
  // Shuffle, then give ids.
  const order = r.shuffle(regs.map((_, i) => i));
  const registered: RegisteredWorker[] = order.map((gi, k) => ({ workerId: `NSSF-W${pad(k + 1, 6)}`, ...regs[gi].w }));
  const regPeople = order.map((gi) => regs[gi].p);
  const trueNids = order.map((gi) => regs[gi].trueNid);
  const ix = buildIndex(regPeople.map((p) => p.fam), regPeople.map((p) => p.giv));

  const blankMeta = (): RowMeta => ({
    toks: [],
    script: 'kh',
    source: 'manual',
    form: 'FG',
    prefix: null,
    khJoined: false,
    khVariant: false,
    latCase: null,
    altSpelling: false,
    typo: false,
    idSlips: 0,
    dobSwap: false,
    truth: null,
    namesakeCands: 0,
  });
  type Draft = Omit<OnsiteWorker, 'id' | 'recordedAt' | 'sourceRow' | 'visitId'>;
  const rows: Array<{ o: Draft; m: RowMeta }> = [];

  // Present registered workers.
  for (let k = 0; k < registered.length; k++) {
    if (r.chance(0.05)) continue; // absent
    const g = registered[k];
    const p = regPeople[k];
    const source = pickSource(r);
    const sp = SOURCE_P[source];
    const m = blankMeta();
    m.source = source;
    m.truth = k;
    const name = renderName(r, p, source, m);
    let dob: string | null = r.chance(sp.dob) ? p.dob : null;
    if (dob && sp.typed && r.chance(0.04)) {
      const s = swapDob(dob);
      if (s) {
        dob = s;
        m.dobSwap = true;
      }
    }
    let nid: string | null = r.chance(dob ? sp.nid : sp.nidNoDob) ? trueNids[k] : null;
    if (nid && sp.typed && r.chance(0.04)) {
      nid = slipId(r, nid);
      m.idSlips++;
    }
    let nssf: string | null = g.nssfNumber && r.chance(dob ? sp.nssf : sp.nssfNoDob) ? g.nssfNumber : null;
    if (nssf && sp.typed && r.chance(0.04)) {
      nssf = slipId(r, nssf);
      m.idSlips++;
    }
    rows.push({ o: { name, nationalId: nid, nssfNumber: nssf, sex: r.chance(sp.sex) ? p.sex : null, dateOfBirth: dob, source }, m });
  }

  // Hidden workers.
  const present = rows.length;
  const h = 0.065 + 0.02 * r.next();
  const nHidden = Math.round((present * h) / (1 - h));
  for (let j = 0; j < nHidden; j++) {
    for (let attempt = 0; ; attempt++) {
      let p: Person;
      if (r.chance(0.6)) {
        const twin = regPeople[r.int(0, regPeople.length - 1)];
        p = { fam: twin.fam, giv: twin.giv, sex: twin.sex, dob: randomDob(r) };
      } else {
        const sex: 'M' | 'F' = r.chance(0.64) ? 'F' : 'M';
        p = { fam: pickW(r, FAM_CUM), giv: pickW(r, GIV_CUM[sex]), sex, dob: randomDob(r) };
      }
      const source = pickSource(r);
      const sp = SOURCE_P[source];
      const m = blankMeta();
      m.source = source;
      const name = renderName(r, p, source, m);
      const dob = r.chance(sp.dob) ? p.dob : null;
      const o: Draft = {
        name,
        nationalId: r.chance(dob ? sp.nid : sp.nidNoDob) ? freshId(r, 9, r.pick(['0', '1', '2']), nidSet) : null,
        nssfNumber: r.chance((dob ? sp.nssf : sp.nssfNoDob) / 3) ? freshId(r, 10, r.pick(['1', '2']), nssfSet) : null,
        sex: r.chance(sp.sex) ? p.sex : null,
        dateOfBirth: dob,
        source,
      };
      const cands = [...nameCandidates(ix, m.toks, m.script)];
      m.namesakeCands = cands.length;
      const asRow = o as OnsiteWorker;
      let open = cands.filter((c) => !ruledOut(asRow, registered[c]));
      if (open.length) {
        // Tell it apart by its date of birth (the worker's own, unless it collides with a namesake's).
        let ok = false;
        for (let t = 0; t < 200 && !ok; t++) {
          o.dateOfBirth = t === 0 ? p.dob : randomDob(r);
          if (ageBand(o.dateOfBirth) !== ageBand(p.dob) && m.prefix) continue; // keep the prefix apt for the age
          open = cands.filter((c) => !ruledOut(asRow, registered[c]));
          ok = open.length === 0;
        }
        if (!ok) continue; // another person
      }
      rows.push({ o, m });
      break;
    }
  }

  // Shuffle the rows, then number them.
  r.shuffle(rows);
  const start = Date.parse('2025-03-11T01:30:00.000Z');
  let t = start;
  let sheetRow = 0;
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  for (const { o, m } of rows) {
    t += r.int(4, 45) * 1000;
    const id = uuid(r);
    onsite.push({
      id,
      visitId: VISIT_ID,
      name: o.name,
      nationalId: o.nationalId,
      nssfNumber: o.nssfNumber,
      sex: o.sex,
      dateOfBirth: o.dateOfBirth,
      source: o.source,
      sourceRow: o.source === 'csv' ? ++sheetRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, m.truth === null ? null : registered[m.truth].workerId);
  }
  return { roster: { registered, onsite, truth }, meta: rows.map((x) => x.m), regPeople, regGenOrder: order, ix };
}

export function generateSixtysixth(size: number, seed: number): Roster {
  return generate(size, seed).roster;
}

// ---------------------------------------------------------------- self-check

/** Rule 1 on the text: the row's name is a listed writing of the worker's name (with a prefix fit for their sex). */
function nameIsPlausible(name: string, p: Person): boolean {
  const F = WORDS.get(p.fam)!;
  const G = WORDS.get(p.giv)!;
  const prefs = PREFIXES.filter((x) => x.sex === null || x.sex === p.sex);
  const templates: Array<Array<'P' | 'F' | 'G'>> = [['F', 'G'], ['G', 'F'], ['P', 'G'], ['P', 'F', 'G'], ['P', 'G', 'F'], ['G', 'P']];
  if (/[\u1780-\u17FF]/.test(name)) {
    if (/[a-zA-Z]/.test(name)) return false;
    const c = khCanon(name);
    for (const tpl of templates) {
      const ps = tpl.includes('P') ? prefs.map((x) => PREFIX_KHC.get(x.key)!) : [''];
      for (const pk of ps) if (tpl.map((s) => (s === 'P' ? pk : s === 'F' ? F.khc : G.khc)).join('') === c) return true;
    }
    return false;
  }
  const s = name.toLowerCase();
  if (!/^[a-z]+( [a-z]+)*$/.test(s)) return false;
  const slot = (x: 'P' | 'F' | 'G') =>
    x === 'P' ? { vars: prefs.flatMap((q) => q.lat.map((v) => v.toLowerCase())), name: false } : { vars: (x === 'F' ? F : G).lat.map((v) => v.toLowerCase()), name: true };
  const typoOk = (sub: string, v: string) => {
    const a = sub.split(' ');
    const b = v.split(' ');
    if (a.length !== b.length) return false;
    let diff = 0;
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i]) continue;
      if (++diff > 1 || b[i].length < 4 || !dl1(a[i], b[i])) return false;
    }
    return diff === 1;
  };
  for (const tpl of templates) {
    const slots = tpl.map(slot);
    const rec = (pos: number, k: number, typo: boolean): boolean => {
      if (k === slots.length) return pos === s.length;
      let p = pos;
      if (k > 0) {
        if (s[p] !== ' ') return false;
        p++;
      }
      for (const v of slots[k].vars) {
        if (s.startsWith(v, p) && rec(p + v.length, k + 1, typo)) return true;
        if (!typo && slots[k].name) {
          for (const L of [v.length - 1, v.length, v.length + 1]) {
            const sub = s.slice(p, p + L);
            if (sub.length === L && sub !== v && typoOk(sub, v) && rec(p + L, k + 1, true)) return true;
          }
        }
      }
      return false;
    };
    if (rec(0, 0, false)) return true;
  }
  return false;
}

async function selfCheck(size: number, seed: number): Promise<boolean> {
  const { OnsiteWorker: OnsiteSchema, RegisteredWorker: RegisteredSchema } = await import('../../src/protocol');
  const t0 = performance.now();
  const gen = generate(size, seed);
  const ms = performance.now() - t0;
  const { roster, meta, regPeople, ix } = gen;
  const { registered, onsite, truth } = roster;
  const fails: string[] = [];
  const check = (ok: boolean, what: string) => {
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
    if (!ok) fails.push(what);
  };
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)} %`;
  const N = onsite.length;
  const regIdx = new Map(registered.map((g, i) => [g.workerId, i]));
  const hiddenRows = meta.filter((m) => m.truth === null).length;
  const presentIds = new Set([...truth.values()].filter((v): v is string => v !== null));
  const count = (f: (m: RowMeta, o: OnsiteWorker) => boolean) => meta.filter((m, i) => f(m, onsite[i])).length;

  console.log(`sixtysixth ${size}/${seed}: ${SIXTYSIXTH_LABEL}`);
  console.log(`shape: registered ${registered.length}, on site ${N}, true rows ${N - hiddenRows}, hidden ${hiddenRows} (${pct(hiddenRows, N)}), absent ${registered.length - presentIds.size} (${pct(registered.length - presentIds.size, registered.length)}); generated in ${ms.toFixed(0)} ms`);
  console.log(`  sources: csv (foreman) ${pct(count((m) => m.source === 'csv'), N)}, manual ${pct(count((m) => m.source === 'manual'), N)}, id-card ${pct(count((m) => m.source === 'id-card'), N)}; script Khmer ${pct(count((m) => m.script === 'kh'), N)}`);
  const pre = count((m) => m.prefix !== null);
  console.log(`  spoken prefix: ${pct(pre, N)} of rows; of those: prefix+given ${pct(count((m) => m.form === 'PG'), pre)}, prefix+family+given ${pct(count((m) => m.form === 'PFG'), pre)}, prefix+given+family ${pct(count((m) => m.form === 'PGF'), pre)}, given+prefix ${pct(count((m) => m.form === 'GP'), pre)}`);
  const byP = PREFIXES.map((p) => `${p.key} ${count((m) => m.prefix === p.key)}`).join(', ');
  console.log(`  prefixes used: ${byP}`);
  const khPre = count((m) => m.prefix !== null && m.script === 'kh' && m.form !== 'GP');
  console.log(`  Khmer rows with a leading prefix joined to the name without a space: ${pct(count((m) => m.khJoined), khPre)}`);
  const prefixWordNames = new Set(['oum', 'meng', 'chau', 'ta', 'oun', 'ming', 'sreyneang', 'sreymi', 'sreyoun']);
  const regPW = regPeople.filter((p) => prefixWordNames.has(p.fam) || prefixWordNames.has(p.giv)).length;
  const rowsPW = count((m) => m.toks.some((t, i) => !t.pre && tokPrefixLike(t, m.script) && (i === 0 || i === m.toks.length - 1)));
  console.log(`  registered with a prefix word in their name: ${regPW} (${pct(regPW, registered.length)}); rows whose first/last name word reads as a prefix: ${rowsPW} (${pct(rowsPW, N)})`);
  const full = count((m) => m.form === 'FG' || m.form === 'GF');
  const lat = count((m) => m.script === 'lat');
  const kh = N - lat;
  console.log(`  order swapped ${pct(count((m) => m.form === 'GF'), full)} of full names; alt romanization ${pct(count((m) => m.altSpelling), lat)} of Latin rows; typo ${pct(count((m) => m.typo), lat)} of Latin rows; upper ${pct(count((m) => m.latCase === 'upper'), lat)}, lower ${pct(count((m) => m.latCase === 'lower'), lat)}`);
  console.log(`  Khmer encoding variants ${pct(count((m) => m.khVariant), kh)} of Khmer rows`);
  const dobP = count((_, o) => o.dateOfBirth !== null);
  console.log(`  fields present: sex ${pct(count((_, o) => o.sex !== null), N)}, DOB ${pct(dobP, N)}, national ID ${pct(count((_, o) => o.nationalId !== null), N)}, NSSF ${pct(count((_, o) => o.nssfNumber !== null), N)}; ID slips ${count((m) => m.idSlips > 0)} rows, DOB swaps ${count((m) => m.dobSwap)} rows`);

  const cls = (hid: boolean) => {
    const idx = meta.map((m, i) => ((m.truth === null) === hid ? i : -1)).filter((i) => i >= 0);
    const f = (g: (o: OnsiteWorker, m: RowMeta) => boolean) => pct(idx.filter((i) => g(onsite[i], meta[i])).length, idx.length);
    return `DOB ${f((o) => !!o.dateOfBirth)}, sex ${f((o) => !!o.sex)}, nat. ID ${f((o) => !!o.nationalId)}, NSSF ${f((o) => !!o.nssfNumber)}, prefix ${f((_, m) => !!m.prefix)}, given alone ${f((_, m) => m.form === 'PG' || m.form === 'GP')}, Khmer ${f((_, m) => m.script === 'kh')}`;
  };
  console.log(`  true rows:   ${cls(false)}`);
  console.log(`  hidden rows: ${cls(true)}`);
  console.log('audits:');
  // Rule 1
  let r1bad = 0;
  const r1ex: string[] = [];
  let candMiss = 0;
  for (let i = 0; i < N; i++) {
    const m = meta[i];
    if (m.truth === null) continue;
    const o = onsite[i];
    const g = registered[m.truth];
    const p = regPeople[m.truth];
    let bad = '';
    if (!nameIsPlausible(o.name, p)) bad = 'name';
    else if (o.sex !== null && o.sex !== g.sex) bad = 'sex';
    else if (o.dateOfBirth !== null && !dobCompat(o.dateOfBirth, g.dateOfBirth!)) bad = 'dob';
    else if (o.nssfNumber !== null && (!g.nssfNumber || idsApart(o.nssfNumber, g.nssfNumber))) bad = 'nssf';
    else if (o.nationalId !== null && g.nationalId !== null && idsApart(o.nationalId, g.nationalId)) bad = 'nid';
    if (!nameCandidates(ix, m.toks, m.script).has(m.truth)) candMiss++;
    if (bad) {
      r1bad++;
      if (r1ex.length < 5) r1ex.push(`${bad}: "${o.name}" vs ${g.nameKh} / ${g.nameLatin}`);
    }
  }
  check(r1bad === 0 && candMiss === 0, `rule 1: true rows carry plausible variants only (${r1bad} bad, ${candMiss} not found by name)`);
  for (const e of r1ex) console.log(`       ${e}`);
  // Rule 2
  const groups = new Map<string, number[]>();
  regPeople.forEach((p, i) => (groups.get(nameKey(p.fam, p.giv)) ?? groups.set(nameKey(p.fam, p.giv), []).get(nameKey(p.fam, p.giv))!).push(i));
  let r2bad = 0;
  let nsGroups = 0;
  let maxGroup = 0;
  for (const ids of groups.values()) {
    if (ids.length > 1) nsGroups++;
    maxGroup = Math.max(maxGroup, ids.length);
    for (let a = 0; a < ids.length; a++)
      for (let b = a + 1; b < ids.length; b++) {
        const da = registered[ids[a]].dateOfBirth!;
        const db = registered[ids[b]].dateOfBirth!;
        if (dobNear(da, db) || dobNear(db, da)) r2bad++;
      }
  }
  let idClash = 0;
  const nids = registered.map((g) => g.nationalId).filter((x): x is string => !!x);
  const nidSet = new Set<string>();
  for (const x of nids) {
    if (hasNear(x, nidSet)) idClash++;
    nidSet.add(x);
  }
  check(r2bad === 0 && idClash === 0, `rule 2: registered namesakes apart by DOB (${nsGroups} namesake groups, largest ${maxGroup}; ${r2bad} pairs too close; ${idClash} national-ID near-duplicates)`);
  // Rule 3
  let r3bad = 0;
  let hiddenNamesakes = 0;
  let hiddenGivenOnly = 0;
  const r3ex: string[] = [];
  for (let i = 0; i < N; i++) {
    const m = meta[i];
    if (m.truth !== null) continue;
    const o = onsite[i];
    const cands = nameCandidates(ix, m.toks, m.script);
    if (cands.size) hiddenNamesakes++;
    if (m.form === 'PG' || m.form === 'GP') hiddenGivenOnly++;
    for (const c of cands)
      if (!ruledOut(o, registered[c])) {
        r3bad++;
        if (r3ex.length < 5) r3ex.push(`"${o.name}" could be ${registered[c].nameKh}`);
        break;
      }
  }
  const regNssf = new Set(registered.map((g) => g.nssfNumber).filter((x): x is string => !!x));
  const hiddenNssfNear = meta.filter((m, i) => m.truth === null && onsite[i].nssfNumber && hasNear(onsite[i].nssfNumber!, regNssf)).length;
  check(r3bad === 0 && hiddenNssfNear === 0, `rule 3: every hidden row told apart (${hiddenRows} hidden, ${hiddenNamesakes} namesakes = ${pct(hiddenNamesakes, hiddenRows)}, ${hiddenGivenOnly} given name alone; ${r3bad} not told apart)`);
  for (const e of r3ex) console.log(`       ${e}`);
  // Rule 4
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  let incr = true;
  for (let i = 1; i < N; i++) if (!(Date.parse(onsite[i].recordedAt) > Date.parse(onsite[i - 1].recordedAt))) incr = false;
  const ids = new Set(onsite.map((o) => o.id));
  let rowsOk = true;
  let lastRow = 0;
  for (const o of onsite) if (o.source === 'csv') rowsOk &&= o.sourceRow === ++lastRow;
  const corr = (xs: number[], ys: number[]) => {
    const n = xs.length;
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
    return sxy / Math.sqrt(sxx * syy);
  };
  const tRows: number[] = [];
  const tRegs: number[] = [];
  onsite.forEach((o, i) => {
    const w = truth.get(o.id);
    if (w) {
      tRows.push(i);
      tRegs.push(regIdx.get(w)!);
    }
  });
  const c1 = corr(tRows, tRegs);
  const c2 = corr(registered.map((_, i) => i), gen.regGenOrder);
  const half = Math.floor(N / 2);
  const h1 = meta.slice(0, half).filter((m) => m.truth === null).length / half;
  const h2 = meta.slice(half).filter((m) => m.truth === null).length / (N - half);
  const hsd = Math.sqrt((hiddenRows / N) * (1 - hiddenRows / N) * (1 / half + 1 / (N - half)));
  const lim = 4 / Math.sqrt(N);
  check(
    ids.size === N && onsite.every((o) => uuidRe.test(o.id)) && incr && rowsOk && truth.size === N && Math.abs(c1) < lim && Math.abs(c2) < lim && Math.abs(h1 - h2) < 4 * hsd,
    `rule 4: no leak (unique v4 UUIDs, recordedAt increasing, sheet rows in order, corr(row, worker) ${c1.toFixed(3)}, corr(workerId, creation) ${c2.toFixed(3)}, hidden 1st/2nd half ${(100 * h1).toFixed(1)}/${(100 * h2).toFixed(1)} %)`,
  );
  // Rule 5
  let undecidable = 0;
  let givenOnly = 0;
  let givenOnlyUnd = 0;
  const settledBy = { dob: 0, sex: 0, id: 0, unique: 0 };
  for (let i = 0; i < N; i++) {
    const m = meta[i];
    if (m.truth === null) continue;
    const o = onsite[i];
    const cands = nameCandidates(ix, m.toks, m.script);
    cands.delete(m.truth);
    const go = m.form === 'PG' || m.form === 'GP';
    if (go) givenOnly++;
    let und = false;
    const own = support(o, registered[m.truth]);
    for (const c of cands)
      if (compatible(o, registered[c]) && support(o, registered[c]) >= own) {
        und = true;
        break;
      }
    if (und) {
      undecidable++;
      if (go) givenOnlyUnd++;
    } else if (go) {
      if (!cands.size) settledBy.unique++;
      else {
        const rest = [...cands].map((c) => registered[c]);
        const noSex = { ...o, sex: null, nationalId: null, nssfNumber: null };
        const noDob = { ...o, dateOfBirth: null, nationalId: null, nssfNumber: null };
        if (rest.every((g) => !compatible(noSex, g))) settledBy.dob++;
        else if (rest.every((g) => !compatible(noDob, g))) settledBy.sex++;
        else settledBy.id++;
      }
    }
  }
  const trueRows = N - hiddenRows;
  check(undecidable / trueRows < 0.04, `rule 5: undecidable true rows ${undecidable} = ${pct(undecidable, trueRows)} (< 4 %); given name alone: ${givenOnly} rows, ${givenOnlyUnd} undecidable, settled by DOB ${settledBy.dob}, by sex ${settledBy.sex}, by ID ${settledBy.id} (after DOB/sex), name unique ${settledBy.unique}`);
  // Theme and rates
  check(pre / N >= 1 / 3 && pre / N <= 0.5, `theme: prefix rows ${pct(pre, N)} within a third to a half`);
  check(hiddenRows / N >= 0.06 && hiddenRows / N <= 0.09, `hidden rows ${pct(hiddenRows, N)} within 6-9 %`);
  // Schemas
  const badO = onsite.filter((o) => !OnsiteSchema.safeParse(o).success).length;
  const badR = registered.filter((g) => !RegisteredSchema.safeParse(g).success).length;
  const extra = onsite.filter((o) => 'statedStartDate' in o || 'wageRiel' in o).length;
  check(badO === 0 && badR === 0 && extra === 0, `schemas: ${N} on-site and ${registered.length} registered rows parse (${badO}/${badR} bad)`);
  // Determinism
  const again = generateSixtysixth(size, seed);
  const other = generateSixtysixth(size, seed + 1);
  const sig = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  check(sig(again) === sig(roster) && sig(other) !== sig(roster), 'determinism: same seed identical, another seed differs');
  // Time at 10k
  const t1 = performance.now();
  generateSixtysixth(10000, seed);
  const ms10 = performance.now() - t1;
  check(ms10 < 2000, `10k generation ${ms10.toFixed(0)} ms (< 2000)`);
  console.log(fails.length ? `FAIL (${fails.length})` : 'PASS');
  return fails.length === 0;
}

if (process.argv[1]?.endsWith('sixtysixth.ts')) {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  selfCheck(size, seed).then(
    (ok) => process.exit(ok ? 0 : 1),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
