/**
 * `twentysixth`: a blind, labelled benchmark roster whose REGISTER is the dirty side.
 *
 * Written without reading the engine (src/domain) or the other generators. The fund's register was
 * typed by clerks over years: registered Latin names carry typos (one per word at most) or are
 * missing or written in another romanization than the worker uses; registered Khmer names drop or
 * add a sign or take a look-alike letter, and some use zero-width spaces or another keyboard's code
 * point order; registered dates of birth carry one mistyped digit or day and month swapped; a few
 * have the wrong sex; national IDs and NSSF numbers carry one slip; some workers are registered
 * twice. On site, about half the rows come from national ID cards (clean: Khmer or the card's Latin,
 * the true ID, date of birth and sex) and most of the rest from the employer's sheet (either script,
 * the employer's own romanization, IDs and dates of birth often there, sometimes with a slip);
 * a tenth are typed by the inspector.
 *
 * MODEL (rates are of registered records / of on-site rows; the self-check prints the realised ones)
 *  - size registered records = persons + twins; 2.5 % of records are the OLDER record of a person
 *    registered twice. ~5 % of persons are absent; hidden workers are ~7 % of on-site rows, half of
 *    them drawn as namesakes of a registered worker.
 *  - Register, per record (newer twin records are clean): Latin missing 8 %, Latin in another
 *    romanization than the worker's 20 %, Latin typo 4 %, Latin given-name first 2 %, Khmer typo 3 %
 *    (never both typos; Khmer slips only in words of 3+ code points), Khmer with ZWSP 5 %, Khmer in
 *    another code point order tried on 4 % (applies where the word allows one, ~2.5 %), DOB digit
 *    slip 3 %, DOB day/month swap 5 % where the day is 12 or less (~2 %), sex wrong 1 %, national ID
 *    missing 2 % / slip 3 %, NSSF slip 2 %.
 *  - Older twin record: DOB always slipped or swapped, another NSSF number, an earlier hire date,
 *    national ID the same (60 %), slipped (30 %) or missing (10 %), and Latin missing, mistyped or
 *    in another romanization (Khmer typo 15 %).
 *  - On site: id-card 48 % (Khmer 60 % / card Latin 40 %, all of ID, DOB, sex; NSSF 15 %), csv
 *    42 % (Latin 65 %, employer romanization, order swap, case, typo 3 %; Khmer with ZWSP 25 %, no
 *    separator 6 %, reordered 12 %; DOB 82 %, ID 40 %, NSSF 55 %, sex 85 %), manual 10 % (typo 6 %,
 *    DOB 55 %, ID 10 %). A row with no DOB, ID nor NSSF number gets a DOB 75 % of the time. On-site
 *    slips (DOB swap 5 %, ID slip 4 %, NSSF slip 3 % of persons, applied to csv/manual rows carrying
 *    the field) only where the register's field is clean. Rows of the same name are common: ~97 % of
 *    true rows at 10,000 have another registered record within one edit in some spelling.
 *  - Hidden rows carry a DOB a little more often than true rows (~97 % vs ~92 %): a namesake hidden
 *    row needs a DOB or national ID to be ruled out. Their NSSF number is usually missing (4 % carry
 *    one from another employer, 2+ edits from every registered number).
 *
 * FAIRNESS RULES (audited by the self-check; a careful human holding both lists reaches the truth)
 *  1. A true row carries only plausible variants of its registered record: a listed spelling of
 *     each word (either script), either order, any case, Khmer encoding variants (ZWSP or no space
 *     for the space, another keyboard's code point order; NFC/NFD is not modelled: no Khmer character
 *     has a decomposition, so the two forms are identical), and AT MOST
 *     ONE TYPO IN ONE WORD between the row and the record, counting the register's own typo (when the
 *     register has a name typo the row has none). IDs exact or one slip, DOB exact or one slip, again
 *     counting the register's slip (a row never adds a slip where the register has one). EXTRA
 *     VARIATION modelled, stated here: (a) the register's DOB may carry ONE MISTYPED DIGIT (not only a
 *     day/month swap); (b) the register's sex is wrong for ~1 % of records: those rows always come
 *     from an ID card, so their DOB and national ID match the record (exact or one slip) and tell the
 *     human the register's sex is the slip; (c) the register's Latin may be missing or in another
 *     romanization, so the row must be read against the Khmer.
 *  2. Registered namesakes (any two records of different persons whose names are within one edit in
 *     any spelling) never share a DOB and are more than a swap or one digit apart. The two records
 *     of a person registered twice are the one exception: they are the same person.
 *  3. A hidden row either is not within one edit of any registered name in any spelling, or is
 *     ruled out from every registered worker it could pass for by a field on BOTH sides (this
 *     generator only uses DOB more than a swap/one digit apart or national IDs 2+ edits apart; sex
 *     is never the only thing).
 *  4. Nothing leaks: rows and records are shuffled, on-site ids are random v4 UUIDs from the seeded
 *     PRNG, recordedAt increases in row order, csv sourceRow increases in row order, workerIds are
 *     given in the shuffled order.
 *  5. Undecidable true rows (a registered record of another person, or the older twin, not ruled out
 *     by DOB, ID or NSSF number and at least as close as the true record) stay under 4 %. Sex is not
 *     counted as telling people apart here because the register's sex is itself dirty.
 *
 * TRUTH FOR A PERSON REGISTERED TWICE: the NEWER record. It is clean, while the older one has a DOB
 * slip (always) and usually a name or ID slip too, and the row of such a person always carries the
 * exact DOB and national ID (ID card, or the employer's sheet with both), so a careful human prefers
 * the newer record. Matching the older record is NOT accepted as correct by this roster's truth.
 *
 * Run `npx tsx test/bench/twentysixth.ts 10000 1` for the self-check.
 */
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import { FAMILY_26, GIVEN_26, KHMER_LOOKALIKE_26 } from './twentysixth-names';

export const TWENTYSIXTH_LABEL =
  'dirty register: typos/missing Latin/other romanization and Khmer slips in the register, DOB/ID/NSSF slips and wrong sex in the register, workers registered twice; clean ID-card rows on site';

type Sex = 'F' | 'M';
type Source = 'manual' | 'csv' | 'id-card';

// ---------------------------------------------------------------------------------------------
// Khmer text

const COENG = 0x17d2;
const isKhConsonant = (c: number) => c >= 0x1780 && c <= 0x17a2;
const isKhBase = (c: number) => c >= 0x1780 && c <= 0x17b3;
const isKhVowel = (c: number) => c >= 0x17b6 && c <= 0x17c5;
const isKhShifter = (c: number) => c === 0x17c9 || c === 0x17ca;
const isKhRobat = (c: number) => c === 0x17cc;
const isKhInherent = (c: number) => c === 0x17b4 || c === 0x17b5;
const isKhSign = (c: number) =>
  (c >= 0x17c6 && c <= 0x17d1 && !isKhShifter(c) && !isKhRobat(c)) || c === 0x17d3 || c === 0x17dd;
const isKhMark = (c: number) => c >= 0x17b4 && c <= 0x17dd && !(c >= 0x17d4 && c <= 0x17dc);

interface Cluster {
  base: string;
  robat: string;
  coeng: string;
  shift: string;
  vowel: string;
  sign: string;
}
type Piece = Cluster | { raw: string };

function clusters(s: string): Piece[] {
  const out: Piece[] = [];
  let cur: Cluster | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isKhBase(c)) {
      cur = { base: s[i], robat: '', coeng: '', shift: '', vowel: '', sign: '' };
      out.push(cur);
    } else if (cur && c === COENG && i + 1 < s.length && isKhConsonant(s.charCodeAt(i + 1))) {
      cur.coeng += s[i] + s[i + 1];
      i++;
    } else if (cur && isKhMark(c)) {
      if (isKhInherent(c)) continue; // invisible, deprecated: dropped
      if (isKhRobat(c)) cur.robat += s[i];
      else if (isKhShifter(c)) cur.shift += s[i];
      else if (isKhVowel(c)) cur.vowel += s[i];
      else cur.sign += s[i];
    } else {
      cur = null;
      out.push({ raw: s[i] });
    }
  }
  return out;
}

const emit = (p: Piece) => ('raw' in p ? p.raw : p.base + p.robat + p.coeng + p.shift + p.vowel + p.sign);

/** One order for the marks of each Khmer cluster, so keyboards' different orders compare equal. */
export function canonKhmer(s: string): string {
  if (!/[\u1780-\u17ff]/.test(s)) return s;
  return clusters(s).map(emit).join('');
}

/** Another keyboard's code point order for one cluster of `word`, or null if none applies. */
function khmerReorder(r: Rng, word: string): string | null {
  const ps = clusters(word);
  const options: [number, number][] = [];
  ps.forEach((p, i) => {
    if ('raw' in p) return;
    if (p.coeng && p.vowel) options.push([i, 1]);
    if (p.vowel && p.sign) options.push([i, 2]);
    if (p.shift && p.vowel) options.push([i, 3]);
    if (p.coeng && p.sign && !p.vowel) options.push([i, 4]);
  });
  if (!options.length) return null;
  const [at, t] = r.pick(options);
  const out = ps
    .map((p, i) => {
      if ('raw' in p || i !== at) return emit(p);
      if (t === 1) return p.base + p.robat + p.shift + p.vowel + p.coeng + p.sign; // vowel before subscript
      if (t === 2) return p.base + p.robat + p.coeng + p.shift + p.sign + p.vowel; // sign before vowel
      if (t === 3) return p.base + p.robat + p.coeng + p.vowel + p.shift + p.sign; // shifter after vowel
      return p.base + p.robat + p.shift + p.sign + p.coeng; // sign before subscript
    })
    .join('');
  return out !== word && canonKhmer(out) === canonKhmer(word) ? out : null;
}

const ZW = /[\u200b\u200c\u200d\u2060\ufeff]/g;

/** Tokens of a name, folded: NFC, zero-width characters as spaces, lower case, canonical Khmer. */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFC')
    .replace(ZW, ' ')
    .toLowerCase()
    .replace(/[.,'’_-]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(canonKhmer);
}

// ---------------------------------------------------------------------------------------------
// Distances

/** Optimal-string-alignment distance at most 1 (one substitution, insertion, deletion or swap). */
function within1(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (la === lb) {
    let i = 0;
    while (i < la && a[i] === b[i]) i++;
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  if (Math.abs(la - lb) !== 1) return false;
  const [s, l] = la < lb ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1);
}

/** 0 equal, 1 one slip (substitution or adjacent swap, or one digit dropped/added), 2 further. */
export function idDistance(a: string, b: string): number {
  return a === b ? 0 : within1(a, b) ? 1 : 2;
}

const DPOS = [0, 1, 2, 3, 5, 6, 8, 9];
/** Edits between two YYYY-MM-DD dates where a digit change and a day/month swap each cost 1. */
export function dobDistance(a: string, b: string): number {
  let h = 0;
  for (const i of DPOS) if (a.charCodeAt(i) !== b.charCodeAt(i)) h++;
  if (h <= 1) return h;
  let s = 1;
  for (let i = 0; i < 4; i++) if (a[i] !== b[i]) s++;
  if (a[5] !== b[8]) s++;
  if (a[6] !== b[9]) s++;
  if (a[8] !== b[5]) s++;
  if (a[9] !== b[6]) s++;
  return Math.min(h, s);
}

// ---------------------------------------------------------------------------------------------
// The name lexicon: every word in both scripts, with a one-edit index

interface Entry {
  id: number;
  kh: string;
  latin: readonly string[];
  sex: 'F' | 'M' | 'U' | null;
  forms: string[];
}

interface Lex {
  entries: Entry[];
  family: number[];
  givenF: number[];
  givenM: number[];
  givenU: number[];
  exact: Map<string, number[]>;
  del: Map<string, [number, string][]>;
  cache: Map<string, Map<number, number>>;
  near: number[][];
  confCache: Map<string, string[]>;
}

const compactLatin = (s: string) => s.toLowerCase().replace(/\s+/g, '');
const keyOf = (a: number, b: number) => (a < b ? `${a}|${b}` : `${b}|${a}`);

let LEX: Lex | null = null;

function lex(): Lex {
  if (LEX) return LEX;
  const entries: Entry[] = [];
  const family: number[] = [];
  const givenF: number[] = [];
  const givenM: number[] = [];
  const givenU: number[] = [];
  const add = (kh: string, latin: readonly string[], sex: Entry['sex']) => {
    const id = entries.length;
    const forms = [...new Set([canonKhmer(kh), ...latin.map(compactLatin)])];
    entries.push({ id, kh, latin, sex, forms });
    return id;
  };
  for (const f of FAMILY_26) family.push(add(f.kh, f.latin, null));
  for (const g of GIVEN_26) {
    const id = add(g.kh, g.latin, g.sex);
    (g.sex === 'F' ? givenF : g.sex === 'M' ? givenM : givenU).push(id);
  }
  const exact = new Map<string, number[]>();
  const del = new Map<string, [number, string][]>();
  const put = <T>(m: Map<string, T[]>, k: string, v: T) => {
    const xs = m.get(k);
    if (xs) xs.push(v);
    else m.set(k, [v]);
  };
  for (const e of entries)
    for (const f of e.forms) {
      put(exact, f, e.id);
      const keys = new Set([f]);
      for (let i = 0; i < f.length; i++) keys.add(f.slice(0, i) + f.slice(i + 1));
      for (const k of keys) put(del, k, [e.id, f] as [number, string]);
    }
  const L: Lex = { entries, family, givenF, givenM, givenU, exact, del, cache: new Map(), near: [], confCache: new Map() };
  L.near = entries.map((e) => {
    const s = new Set<number>([e.id]);
    for (const f of e.forms) for (const id of lookup(L, f).keys()) s.add(id);
    return [...s];
  });
  LEX = L;
  return L;
}

/** Lexicon words a string (one word or joined words, folded) can be: id → 0 exact, 1 one edit. */
function lookup(L: Lex, s: string): Map<number, number> {
  const hit = L.cache.get(s);
  if (hit) return hit;
  const out = new Map<number, number>();
  const keys = new Set([s]);
  for (let i = 0; i < s.length; i++) keys.add(s.slice(0, i) + s.slice(i + 1));
  for (const k of keys)
    for (const [id, f] of L.del.get(k) ?? []) {
      const c = f === s ? 0 : within1(s, f) ? 1 : -1;
      if (c < 0) continue;
      const prev = out.get(id);
      if (prev === undefined || c < prev) out.set(id, c);
    }
  L.cache.set(s, out);
  return out;
}

/**
 * Every (word, word) pair a written name can be read as, with the edits it costs (0 or 1), found by
 * splitting the tokens into two groups (or a single token at every character) and looking each
 * group up in both scripts. Names that are one edit apart in any spelling share a key whose costs
 * sum to at most 1.
 */
export function nameKeys(name: string): Map<string, number> {
  const L = lex();
  const toks = nameTokens(name);
  const out = new Map<string, number>();
  const splits: [string, string][] = [];
  if (toks.length === 1) {
    const t = toks[0];
    for (let i = 1; i < t.length; i++) splits.push([t.slice(0, i), t.slice(i)]);
  } else {
    for (let k = 1; k < toks.length; k++) splits.push([toks.slice(0, k).join(''), toks.slice(k).join('')]);
  }
  for (const [a, b] of splits) {
    const ga = lookup(L, a);
    if (!ga.size) continue;
    const gb = lookup(L, b);
    for (const [ia, ca] of ga)
      for (const [ib, cb] of gb) {
        const c = ca + cb;
        if (c > 1) continue;
        const k = keyOf(ia, ib);
        const prev = out.get(k);
        if (prev === undefined || c < prev) out.set(k, c);
      }
  }
  return out;
}

/** Keys of every (word, word) pair within one edit per word of (a, b): a superset of one-edit names. */
function confusableKeys(L: Lex, a: number, b: number): string[] {
  const k = keyOf(a, b);
  const hit = L.confCache.get(k);
  if (hit) return hit;
  const s = new Set<string>();
  for (const x of L.near[a]) for (const y of L.near[b]) s.add(keyOf(x, y));
  const out = [...s];
  L.confCache.set(k, out);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Slips

const KEYB: Record<string, string> = {
  a: 'qwsz', b: 'vghn', c: 'xdfv', d: 'serfcx', e: 'wsdr', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb', i: 'ujko',
  j: 'huikmn', k: 'jiolm', l: 'kop', m: 'njk', n: 'bhjm', o: 'iklp', p: 'ol', q: 'wa', r: 'edft', s: 'awedxz',
  t: 'rfgy', u: 'yhji', v: 'cfgb', w: 'qase', x: 'zsdc', y: 'tghu', z: 'asx',
};

/** One typo in one word (4+ letters) of a Latin spelling of entry `id`, still read only as that entry. */
function latinTypo(r: Rng, L: Lex, id: number, form: string): string | null {
  for (let attempt = 0; attempt < 10; attempt++) {
    const toks = form.split(' ');
    const elig = toks.map((_, i) => i).filter((i) => toks[i].length >= 4);
    if (!elig.length) return null;
    const ti = r.pick(elig);
    const orig = toks[ti];
    const t = orig.toLowerCase();
    const op = r.int(0, 3);
    let out: string;
    if (op === 0) {
      const i = r.int(1, t.length - 1);
      out = t.slice(0, i) + r.pick([...(KEYB[t[i]] ?? 'e')]) + t.slice(i + 1);
    } else if (op === 1) {
      const i = r.int(1, t.length - 1);
      out = t.slice(0, i) + t.slice(i + 1);
    } else if (op === 2) {
      const i = r.int(1, t.length - 1);
      out = t.slice(0, i) + t[i] + t.slice(i);
    } else {
      const i = r.int(1, t.length - 2);
      if (t[i] === t[i + 1]) continue;
      out = t.slice(0, i) + t[i + 1] + t[i] + t.slice(i + 2);
    }
    if (out === t) continue;
    toks[ti] = orig === orig.toUpperCase() ? out.toUpperCase() : out[0].toUpperCase() + out.slice(1);
    const nf = toks.join(' ');
    const c = compactLatin(nf);
    if (L.exact.has(c)) continue;
    const hits = lookup(L, c);
    if (hits.size !== 1 || !hits.has(id)) continue;
    return nf;
  }
  return null;
}

const LOOK = new Map<string, string[]>();
for (const [a, b] of KHMER_LOOKALIKE_26) {
  LOOK.set(a, [...(LOOK.get(a) ?? []), b]);
  LOOK.set(b, [...(LOOK.get(b) ?? []), a]);
}

/** One Khmer slip in entry `id`: a dropped or added sign or a look-alike letter; still only that entry. */
function khmerTypo(r: Rng, L: Lex, id: number, word: string): string | null {
  if (word.length < 3) return null; // too short to stay recognisable with a slip
  for (let attempt = 0; attempt < 12; attempt++) {
    const op = r.int(0, 2);
    let out = word;
    if (op === 0) {
      const idx: number[] = [];
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        if (isKhVowel(c) || isKhSign(c) || isKhShifter(c)) idx.push(i);
      }
      if (!idx.length) continue;
      const i = r.pick(idx);
      out = word.slice(0, i) + word.slice(i + 1);
    } else if (op === 1) {
      const last = word.charCodeAt(word.length - 1);
      if (isKhSign(last)) continue;
      out = word + r.pick(['់', 'ំ']);
    } else {
      const idx: number[] = [];
      for (let i = 0; i < word.length; i++) if (LOOK.has(word[i])) idx.push(i);
      if (!idx.length) continue;
      const i = r.pick(idx);
      out = word.slice(0, i) + r.pick(LOOK.get(word[i]) ?? [word[i]]) + word.slice(i + 1);
    }
    if (out === word || !out) continue;
    const c = canonKhmer(out);
    if (L.exact.has(c)) continue;
    const hits = lookup(L, c);
    if (hits.size !== 1 || !hits.has(id)) continue;
    return out;
  }
  return null;
}

function digitSlip(r: Rng, s: string): string {
  for (;;) {
    if (r.chance(0.3)) {
      const i = r.int(0, s.length - 2);
      if (s[i] === s[i + 1]) continue;
      return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    }
    const i = r.int(0, s.length - 1);
    const d = String(r.int(0, 9));
    if (d === s[i]) continue;
    return s.slice(0, i) + d + s.slice(i + 1);
  }
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const DAY = 86_400_000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const dayOf = (s: string) => Date.parse(`${s}T00:00:00Z`);
function validDate(s: string): boolean {
  const t = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(t) && isoDay(t) === s;
}

function swapDayMonth(s: string): string | null {
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (d > 12 || d === m) return null;
  return `${s.slice(0, 4)}-${s.slice(8, 10)}-${s.slice(5, 7)}`;
}

function dobDigitSlip(r: Rng, s: string): string {
  for (;;) {
    const i = r.pick([2, 3, 3, 5, 6, 6, 8, 9, 9]);
    const d = String(r.int(0, 9));
    if (d === s[i]) continue;
    const out = s.slice(0, i) + d + s.slice(i + 1);
    const y = Number(out.slice(0, 4));
    if (validDate(out) && y >= 1940 && y <= 2009) return out;
  }
}

function randomDob(r: Rng, maxYear = 2006): string {
  const y = maxYear - Math.floor((maxYear - 1966 + 1) * r.next() ** 1.5);
  const m = r.int(1, 12);
  const d = r.int(1, new Date(Date.UTC(y, m, 0)).getUTCDate());
  return `${y}-${pad(m, 2)}-${pad(d, 2)}`;
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
// Model

interface RecFlags {
  twinOlder: boolean;
  twinNewer: boolean;
  latinMissing: boolean;
  latinOtherRom: boolean;
  latinTypo: boolean;
  latinSwap: boolean;
  khTypo: boolean;
  khZwsp: boolean;
  khReorder: boolean;
  dobSlip: boolean;
  dobSwap: boolean;
  sexWrong: boolean;
  nidMissing: boolean;
  nidSlip: boolean;
  nssfSlip: boolean;
}

interface RowFlags {
  source: Source;
  hidden: boolean;
  hiddenNamesake: boolean;
  script: 'kh' | 'lat';
  ownRom: boolean;
  orderSwap: boolean;
  caseStyle: 'upper' | 'title' | 'lower' | 'kh';
  typo: boolean;
  zwsp: boolean;
  noSep: boolean;
  reorder: boolean;
  dobSwap: boolean;
  nidSlip: boolean;
  nssfSlip: boolean;
  dobAdded: boolean;
  twin: boolean;
  regSexWrong: boolean;
}

interface Rec {
  person: Person;
  older: boolean;
  nameKh: string;
  nameLatin: string | null;
  sex: Sex;
  dob: string;
  nid: string | null;
  nssf: string;
  hireDate: string;
  wage: number | null;
  flags: RecFlags;
  workerId: string;
}

interface Person {
  idx: number;
  fam: number;
  giv: number;
  famRom: number;
  givRom: number;
  sex: Sex;
  dob: string;
  nid: string;
  nssf: string;
  twin: boolean;
  present: boolean;
  rowDobs: string[];
  rowNids: string[];
  rowDobSwap: string | null;
  rowNidSlip: string | null;
  rowNssfSlip: string | null;
  main: Rec | null;
  recs: Rec[];
}

interface Draft {
  person: Person;
  name: string;
  nid: string | null;
  nssf: string | null;
  sex: Sex | null;
  dob: string | null;
  source: Source;
  flags: RowFlags;
}

export interface TwentysixthMeta {
  recFlags: Map<string, RecFlags>;
  personOfRec: Map<string, number>;
  /** older workerId → newer workerId (the truth) for people registered twice. */
  twinOf: Map<string, string>;
  rowFlags: Map<string, RowFlags>;
  persons: number;
}
const META = new WeakMap<Roster, TwentysixthMeta>();
export const twentysixthMeta = (r: Roster) => META.get(r);

const cased = (s: string, style: RowFlags['caseStyle']) =>
  style === 'upper'
    ? s.toUpperCase()
    : style === 'lower'
      ? s.toLowerCase()
      : s
          .split(' ')
          .map((w) => (w ? w[0].toUpperCase() + w.slice(1).toLowerCase() : w))
          .join(' ');

function otherIndex(r: Rng, n: number, not: number): number {
  if (n < 2) return not;
  const i = r.int(0, n - 2);
  return i >= not ? i + 1 : i;
}

function newFlags(): RecFlags {
  return {
    twinOlder: false, twinNewer: false, latinMissing: false, latinOtherRom: false, latinTypo: false,
    latinSwap: false, khTypo: false, khZwsp: false, khReorder: false, dobSlip: false, dobSwap: false,
    sexWrong: false, nidMissing: false, nidSlip: false, nssfSlip: false,
  };
}

/** Applies `fn` to one of the two words (a random one first, else the other); null if neither takes it. */
function onOneWord(r: Rng, fam: string, giv: string, fn: (w: string, onFam: boolean) => string | null): [string, string] | null {
  const first = r.chance(0.5);
  for (const onFam of [first, !first]) {
    const v = fn(onFam ? fam : giv, onFam);
    if (v !== null) return onFam ? [v, giv] : [fam, v];
  }
  return null;
}

/** The register's two name fields for a person, with the register's slips. */
function registerNames(r: Rng, L: Lex, p: Person, f: RecFlags, wantKhTypo: boolean, wantLatTypo: boolean, wantOtherRom: boolean) {
  const fam = L.entries[p.fam];
  const giv = L.entries[p.giv];
  let famKh = fam.kh;
  let givKh = giv.kh;
  if (wantKhTypo) {
    const t = onOneWord(r, famKh, givKh, (w, onFam) => khmerTypo(r, L, onFam ? p.fam : p.giv, w));
    if (t) {
      [famKh, givKh] = t;
      f.khTypo = true;
    }
  }
  if (r.chance(0.04)) {
    const t = onOneWord(r, famKh, givKh, (w) => khmerReorder(r, w));
    if (t) {
      [famKh, givKh] = t;
      f.khReorder = true;
    }
  }
  const zw = r.chance(0.05);
  f.khZwsp = zw;
  const nameKh = famKh + (zw ? '\u200b' : ' ') + givKh;

  let nameLatin: string | null = null;
  if (f.latinMissing) return { nameKh, nameLatin };
  let fr = p.famRom;
  let gr = p.givRom;
  if (wantOtherRom && (fam.latin.length > 1 || giv.latin.length > 1)) {
    const which = fam.latin.length > 1 && giv.latin.length > 1 ? r.int(0, 2) : fam.latin.length > 1 ? 0 : 1;
    if (which !== 1) fr = otherIndex(r, fam.latin.length, fr);
    if (which !== 0) gr = otherIndex(r, giv.latin.length, gr);
    f.latinOtherRom = true;
  }
  let famL = fam.latin[fr];
  let givL = giv.latin[gr];
  if (wantLatTypo && !f.khTypo) {
    const t = onOneWord(r, famL, givL, (w, onFam) => latinTypo(r, L, onFam ? p.fam : p.giv, w));
    if (t) {
      [famL, givL] = t;
      f.latinTypo = true;
    }
  }
  f.latinSwap = r.chance(0.02);
  nameLatin = (f.latinSwap ? `${givL} ${famL}` : `${famL} ${givL}`).toUpperCase();
  return { nameKh, nameLatin };
}

function pickSource(r: Rng): Source {
  const u = r.next();
  return u < 0.48 ? 'id-card' : u < 0.9 ? 'csv' : 'manual';
}

/** One on-site row for a person as recorded from `source`. */
function buildRow(
  r: Rng,
  L: Lex,
  p: Person,
  source: Source,
  o: { hidden: boolean; typoOk: boolean; full: boolean; regSexWrong: boolean },
): Draft {
  const fam = L.entries[p.fam];
  const giv = L.entries[p.giv];
  const fl: RowFlags = {
    source, hidden: o.hidden, hiddenNamesake: false, script: 'kh', ownRom: true, orderSwap: false, caseStyle: 'kh',
    typo: false, zwsp: false, noSep: false, reorder: false, dobSwap: false, nidSlip: false, nssfSlip: false,
    dobAdded: false, twin: p.twin, regSexWrong: o.regSexWrong,
  };
  let pLatin: number;
  let ownP: number;
  let swapP: number;
  let typoP: number;
  let zwP: number;
  let noSepP: number;
  let reorderP: number;
  if (source === 'id-card') [pLatin, ownP, swapP, typoP, zwP, noSepP, reorderP] = [0.4, 1, 0, 0, 0, 0, 0];
  else if (source === 'csv') [pLatin, ownP, swapP, typoP, zwP, noSepP, reorderP] = [0.65, 0.7, 0.1, 0.03, 0.25, 0.06, 0.12];
  else [pLatin, ownP, swapP, typoP, zwP, noSepP, reorderP] = [0.55, 0.55, 0.1, 0.06, 0.1, 0.08, 0.2];
  fl.script = r.chance(pLatin) ? 'lat' : 'kh';
  const wantTypo = o.typoOk && r.chance(typoP);
  let name: string;
  if (fl.script === 'lat') {
    fl.ownRom = r.chance(ownP);
    const fr = fl.ownRom ? p.famRom : r.int(0, fam.latin.length - 1);
    const gr = fl.ownRom ? p.givRom : r.int(0, giv.latin.length - 1);
    fl.ownRom = fr === p.famRom && gr === p.givRom;
    let famL = fam.latin[fr];
    let givL = giv.latin[gr];
    if (wantTypo) {
      const t = onOneWord(r, famL, givL, (w, onFam) => latinTypo(r, L, onFam ? p.fam : p.giv, w));
      if (t) {
        [famL, givL] = t;
        fl.typo = true;
      }
    }
    fl.orderSwap = r.chance(swapP);
    if (source === 'id-card') fl.caseStyle = 'upper';
    else {
      const u = r.next();
      fl.caseStyle = source === 'csv' ? (u < 0.6 ? 'title' : u < 0.95 ? 'upper' : 'lower') : u < 0.5 ? 'title' : u < 0.8 ? 'lower' : 'upper';
    }
    name = cased(fl.orderSwap ? `${givL} ${famL}` : `${famL} ${givL}`, fl.caseStyle);
  } else {
    let famK = fam.kh;
    let givK = giv.kh;
    if (wantTypo) {
      const t = onOneWord(r, famK, givK, (w, onFam) => khmerTypo(r, L, onFam ? p.fam : p.giv, w));
      if (t) {
        [famK, givK] = t;
        fl.typo = true;
      }
    }
    if (r.chance(reorderP)) {
      const t = onOneWord(r, famK, givK, (w) => khmerReorder(r, w));
      if (t) {
        [famK, givK] = t;
        fl.reorder = true;
      }
    }
    fl.orderSwap = r.chance(swapP * 0.4);
    const u = r.next();
    fl.zwsp = u < zwP;
    fl.noSep = !fl.zwsp && u < zwP + noSepP;
    const sep = fl.zwsp ? '\u200b' : fl.noSep ? '' : ' ';
    name = fl.orderSwap ? givK + sep + famK : famK + sep + givK;
  }

  let sex: Sex | null;
  let dob: string | null;
  let nid: string | null;
  let nssf: string | null;
  if (source === 'id-card') {
    sex = p.sex;
    dob = p.dob;
    nid = p.nid;
    nssf = !o.hidden && r.chance(0.15) ? p.nssf : null;
  } else {
    const csv = source === 'csv';
    sex = r.chance(csv ? 0.85 : 0.9) ? p.sex : null;
    dob = r.chance(csv ? 0.82 : 0.55) ? p.dob : null;
    nid = r.chance(csv ? 0.4 : 0.1) ? p.nid : null;
    nssf = o.hidden ? null : r.chance(csv ? 0.55 : 0.06) ? p.nssf : null;
    if (o.full) {
      dob = p.dob;
      nid = p.nid;
    }
    if (!dob && !nid && !nssf && r.chance(0.75)) {
      dob = p.dob;
      fl.dobAdded = true;
    }
    if (dob && p.rowDobSwap && r.chance(0.6)) {
      dob = p.rowDobSwap;
      fl.dobSwap = true;
    }
    if (nid && p.rowNidSlip && r.chance(0.7)) {
      nid = p.rowNidSlip;
      fl.nidSlip = true;
    }
    if (nssf && p.rowNssfSlip && r.chance(0.7)) {
      nssf = p.rowNssfSlip;
      fl.nssfSlip = true;
    }
  }
  return { person: p, name, nid, nssf, sex, dob, source, flags: fl };
}

export function generateTwentysixth(size: number, seed: number): Roster {
  const r = rng((seed * 2654435761 + 0x26262626) >>> 0);
  const L = lex();
  const twins = Math.round(size * 0.025);
  const nPersons = size - twins;

  const index = new Map<string, Rec[]>();
  const nidsUsed = new Set<string>();
  const nssfUsed = new Set<string>();
  const newNid = () => {
    for (;;) {
      const s = pad(r.int(10_000_000, 299_999_999), 9);
      if (!nidsUsed.has(s)) return s;
    }
  };
  const newNssf = () => {
    for (;;) {
      const s = `${r.int(1, 9)}${pad(r.int(0, 999_999_999), 9)}`;
      if (!nssfUsed.has(s)) {
        nssfUsed.add(s);
        return s;
      }
    }
  };
  const drawName = (sex: Sex) => {
    const fam = r.pickSkewed(L.family, 1.5);
    const giv = r.chance(0.15) ? r.pickSkewed(L.givenU, 1.3) : r.pickSkewed(sex === 'F' ? L.givenF : L.givenM, 1.5);
    return [fam, giv] as const;
  };
  const romOf = (id: number) => Math.min(L.entries[id].latin.length - 1, Math.floor(L.entries[id].latin.length * r.next() ** 2));

  /** Would person p's records or rows be within one slip of another person's namesake record? */
  const clashes = (p: Person, recs: { dob: string; nid: string | null }[]): boolean => {
    for (const k of confusableKeys(L, p.fam, p.giv))
      for (const q of index.get(k) ?? []) {
        if (q.person === p) continue;
        for (const a of recs) {
          if (dobDistance(a.dob, q.dob) < 2) return true;
          if (a.nid && q.nid && idDistance(a.nid, q.nid) < 2) return true;
          for (const d of q.person.rowDobs) if (dobDistance(d, a.dob) < 2) return true;
          if (a.nid) for (const n of q.person.rowNids) if (idDistance(n, a.nid) < 2) return true;
        }
        for (const d of p.rowDobs) if (dobDistance(d, q.dob) < 2) return true;
        if (q.nid) for (const n of p.rowNids) if (idDistance(n, q.nid) < 2) return true;
      }
    return false;
  };

  const persons: Person[] = [];
  const allRecs: Rec[] = [];
  for (let i = 0; i < nPersons; i++) {
    const twin = i < twins;
    const sex: Sex = r.chance(0.62) ? 'F' : 'M';
    let [fam, giv] = drawName(sex);
    const p: Person = {
      idx: i, fam, giv, famRom: romOf(fam), givRom: romOf(giv), sex, dob: '', nid: '', nssf: newNssf(), twin,
      present: !r.chance(0.05), rowDobs: [], rowNids: [], rowDobSwap: null, rowNidSlip: null, rowNssfSlip: null,
      main: null, recs: [],
    };
    // Register slips for the main record (a newer twin record is clean).
    const f = newFlags();
    f.twinNewer = twin;
    const clean = twin;
    f.latinMissing = !clean && r.chance(0.08);
    const khTypo = !clean && r.chance(0.03);
    const latTypo = !clean && !khTypo && r.chance(0.04);
    const otherRom = !clean && r.chance(0.2);
    const uDob = r.next();
    f.sexWrong = !clean && r.chance(0.01);
    const uNid = r.next();
    f.nidMissing = !clean && uNid < 0.02;
    f.nidSlip = !clean && !f.nidMissing && uNid < 0.05;
    f.nssfSlip = !clean && r.chance(0.02);

    let recs: { dob: string; nid: string | null }[] = [];
    let olderDob = '';
    let olderNid: string | null = null;
    for (let attempt = 0; ; attempt++) {
      if (attempt > 0 && attempt % 40 === 0) {
        [fam, giv] = drawName(sex);
        p.fam = fam;
        p.giv = giv;
        p.famRom = romOf(fam);
        p.givRom = romOf(giv);
      }
      p.dob = randomDob(r, twin ? 1998 : 2006);
      p.nid = newNid();
      const sw = swapDayMonth(p.dob);
      f.dobSwap = !clean && uDob < 0.05 && sw !== null;
      f.dobSlip = !clean && uDob >= 0.05 && uDob < 0.08;
      const regDob = f.dobSwap ? (sw as string) : f.dobSlip ? dobDigitSlip(r, p.dob) : p.dob;
      const regNid = f.nidMissing ? null : f.nidSlip ? digitSlip(r, p.nid) : p.nid;
      p.rowDobSwap = !twin && !f.dobSwap && !f.dobSlip && sw !== null && r.chance(0.05) ? sw : null;
      p.rowNidSlip = !twin && regNid === p.nid && r.chance(0.04) ? digitSlip(r, p.nid) : null;
      p.rowDobs = p.rowDobSwap ? [p.dob, p.rowDobSwap] : [p.dob];
      p.rowNids = p.rowNidSlip ? [p.nid, p.rowNidSlip] : [p.nid];
      recs = [{ dob: regDob, nid: regNid }];
      if (twin) {
        olderDob = sw !== null && r.chance(0.5) ? sw : dobDigitSlip(r, p.dob);
        const u = r.next();
        olderNid = u < 0.6 ? p.nid : u < 0.9 ? digitSlip(r, p.nid) : null;
        recs.push({ dob: olderDob, nid: olderNid });
      }
      if (!clashes(p, recs)) break;
    }
    nidsUsed.add(p.nid);
    for (const x of recs) if (x.nid) nidsUsed.add(x.nid);
    for (const n of p.rowNids) nidsUsed.add(n);
    p.rowNssfSlip = !twin && !f.nssfSlip && r.chance(0.03) ? digitSlip(r, p.nssf) : null;

    const names = registerNames(r, L, p, f, khTypo, latTypo, otherRom);
    const dobLo = Math.max(dayOf(p.dob) + Math.round(18.1 * 365.25) * DAY, dayOf('2010-01-01'));
    const dobHi = dayOf('2025-05-31');
    const main: Rec = {
      person: p, older: false, nameKh: names.nameKh, nameLatin: names.nameLatin,
      sex: f.sexWrong ? (sex === 'F' ? 'M' : 'F') : sex, dob: recs[0].dob, nid: recs[0].nid,
      nssf: f.nssfSlip ? digitSlip(r, p.nssf) : p.nssf, hireDate: isoDay(dobLo + r.int(0, Math.max(30, (dobHi - dobLo) / DAY)) * DAY),
      wage: r.chance(0.05) ? null : r.int(800, 2200) * 1000, flags: f, workerId: '',
    };
    if (f.nssfSlip) nssfUsed.add(main.nssf);
    if (dayOf(main.hireDate) > dobHi) main.hireDate = isoDay(dobHi - r.int(0, 60) * DAY);
    p.main = main;
    p.recs.push(main);
    if (twin) {
      const g = newFlags();
      g.twinOlder = true;
      g.dobSlip = olderDob !== swapDayMonth(p.dob);
      g.dobSwap = !g.dobSlip;
      g.nidMissing = olderNid === null;
      g.nidSlip = olderNid !== null && olderNid !== p.nid;
      const u = r.next();
      g.latinMissing = u < 0.35;
      const on = registerNames(r, L, p, g, r.chance(0.15), u >= 0.35 && u < 0.6, u >= 0.6);
      const oldLo = Math.max(dayOf(p.dob) + Math.round(18.1 * 365.25) * DAY, dayOf('2008-01-01'));
      const oldHire = oldLo + r.int(0, Math.max(30, (dayOf('2019-12-31') - oldLo) / DAY)) * DAY;
      const newHire = Math.min(dobHi, oldHire + r.int(365, 5 * 365) * DAY);
      main.hireDate = isoDay(newHire);
      const older: Rec = {
        person: p, older: true, nameKh: on.nameKh, nameLatin: on.nameLatin, sex, dob: olderDob, nid: olderNid,
        nssf: newNssf(), hireDate: isoDay(oldHire), wage: r.chance(0.4) ? null : r.int(700, 1500) * 1000, flags: g, workerId: '',
      };
      p.recs.push(older);
    }
    const key = keyOf(p.fam, p.giv);
    const bucket = index.get(key) ?? [];
    bucket.push(...p.recs);
    index.set(key, bucket);
    allRecs.push(...p.recs);
    persons.push(p);
  }

  // On-site rows of the present registered workers.
  const drafts: Draft[] = [];
  for (const p of persons) {
    if (!p.present) continue;
    const f = (p.main as Rec).flags;
    const typoOk = !f.khTypo && !f.latinTypo;
    let source: Source;
    let full = false;
    if (f.sexWrong) source = 'id-card';
    else if (p.twin) {
      source = r.chance(0.7) ? 'id-card' : 'csv';
      full = true;
    } else source = pickSource(r);
    drafts.push(buildRow(r, L, p, source, { hidden: false, typoOk, full, regSexWrong: f.sexWrong }));
  }

  // Hidden workers: half namesakes of a registered worker, ruled out by DOB or national ID.
  const present = drafts.length;
  const nHidden = Math.round((present * 0.075) / 0.925);
  const nidNear = (s: string) => {
    if (nidsUsed.has(s)) return true;
    for (let i = 0; i < s.length; i++) {
      for (let d = 0; d <= 9; d++) {
        const t = s.slice(0, i) + d + s.slice(i + 1);
        if (t !== s && nidsUsed.has(t)) return true;
      }
      if (i + 1 < s.length && nidsUsed.has(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2))) return true;
      if (nidsUsed.has(s.slice(0, i) + s.slice(i + 1))) return true;
    }
    return false;
  };
  const nssfNear = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      for (let d = 0; d <= 9; d++) if (nssfUsed.has(s.slice(0, i) + d + s.slice(i + 1))) return true;
      if (i + 1 < s.length && nssfUsed.has(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2))) return true;
    }
    return false;
  };
  for (let h = 0; h < nHidden; h++) {
    const namesake = r.chance(0.5);
    for (let nameTry = 0; ; nameTry++) {
      let sex: Sex;
      let fam: number;
      let giv: number;
      if (namesake && nameTry < 5) {
        const q = r.pick(persons);
        sex = q.sex;
        fam = q.fam;
        giv = q.giv;
      } else {
        sex = r.chance(0.62) ? 'F' : 'M';
        [fam, giv] = drawName(sex);
      }
      const p: Person = {
        idx: -1, fam, giv, famRom: romOf(fam), givRom: romOf(giv), sex, dob: '', nid: '', nssf: '', twin: false,
        present: true, rowDobs: [], rowNids: [], rowDobSwap: null, rowNidSlip: null, rowNssfSlip: null, main: null, recs: [],
      };
      const source = r.next() < 0.4 ? 'id-card' : r.chance(0.75) ? 'csv' : 'manual';
      const conf: Rec[] = [];
      for (const k of confusableKeys(L, fam, giv)) for (const q of index.get(k) ?? []) conf.push(q);
      let row: Draft | null = null;
      for (let attempt = 0; attempt < 30; attempt++) {
        p.dob = randomDob(r);
        do p.nid = pad(r.int(10_000_000, 299_999_999), 9);
        while (nidNear(p.nid));
        const d = buildRow(r, L, p, source, { hidden: true, typoOk: true, full: false, regSexWrong: false });
        if (conf.length && !d.dob && !d.nid) {
          d.dob = p.dob;
          d.flags.dobAdded = true;
        }
        const ok = (x: Draft) =>
          conf.every((q) => (x.dob !== null && dobDistance(x.dob, q.dob) >= 2) || (x.nid !== null && q.nid !== null && idDistance(x.nid, q.nid) >= 2));
        if (!ok(d) && !d.dob) {
          d.dob = p.dob;
          d.flags.dobAdded = true;
        }
        if (ok(d)) {
          row = d;
          break;
        }
      }
      if (!row) continue;
      row.flags.hiddenNamesake = conf.length > 0;
      if (r.chance(0.04)) {
        let s: string;
        do s = `${r.int(1, 9)}${pad(r.int(0, 999_999_999), 9)}`;
        while (nssfUsed.has(s) || nssfNear(s));
        row.nssf = s;
      }
      nidsUsed.add(p.nid);
      drafts.push(row);
      break;
    }
  }

  // Shuffle, then give ids in the shuffled order.
  r.shuffle(allRecs);
  allRecs.forEach((x, i) => (x.workerId = `W26-${pad(i + 1, 6)}`));
  r.shuffle(drafts);

  const registered: RegisteredWorker[] = allRecs.map((x) => ({
    workerId: x.workerId, nssfNumber: x.nssf, nationalId: x.nid, nameKh: x.nameKh, nameLatin: x.nameLatin,
    sex: x.sex, dateOfBirth: x.dob, hireDate: x.hireDate, wageRiel: x.wage,
  }));
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  const meta: TwentysixthMeta = { recFlags: new Map(), personOfRec: new Map(), twinOf: new Map(), rowFlags: new Map(), persons: nPersons };
  for (const x of allRecs) {
    meta.recFlags.set(x.workerId, x.flags);
    meta.personOfRec.set(x.workerId, x.person.idx);
    if (x.older) meta.twinOf.set(x.workerId, (x.person.main as Rec).workerId);
  }
  let t = Date.parse('2025-06-10T01:30:00.000Z');
  let sheetRow = 0;
  for (const d of drafts) {
    t += d.source === 'csv' ? r.int(20, 400) : r.int(4_000, 45_000);
    const id = uuid(r);
    onsite.push({
      id, visitId: 'visit-twentysixth', name: d.name, nationalId: d.nid, nssfNumber: d.nssf, sex: d.sex,
      dateOfBirth: d.dob, source: d.source, sourceRow: d.source === 'csv' ? ++sheetRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, d.flags.hidden ? null : (d.person.main as Rec).workerId);
    meta.rowFlags.set(id, d.flags);
  }
  const roster: Roster = { registered, onsite, truth };
  META.set(roster, meta);
  return roster;
}

// ---------------------------------------------------------------------------------------------
// Self-check: `npx tsx test/bench/twentysixth.ts [size] [seed]`

function selfCheck(size: number, seed: number): boolean {
  const fails: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) fails.push(what);
    return ok;
  };
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(2)}%` : '-');

  const t0 = performance.now();
  const R = generateTwentysixth(size, seed);
  const genMs = performance.now() - t0;
  const M = twentysixthMeta(R) as TwentysixthMeta;
  const reg = R.registered;
  const rows = R.onsite;
  const byId = new Map(reg.map((w, i) => [w.workerId, i]));
  const trueRows = rows.filter((o) => R.truth.get(o.id) !== null);
  const hiddenRows = rows.filter((o) => R.truth.get(o.id) === null);
  const absent = reg.length - new Set([...R.truth.values()].filter((v): v is string => v !== null)).size;

  console.log(`twentysixth  size=${size} seed=${seed}  generated in ${genMs.toFixed(0)} ms`);
  console.log(`  registered ${reg.length} (persons ${M.persons}, older twin records ${M.twinOf.size})`);
  console.log(`  on site ${rows.length}: true ${trueRows.length}, hidden ${hiddenRows.length} (${pct(hiddenRows.length, rows.length)})`);
  console.log(`  registered with no row ${absent} (${pct(absent, reg.length)}; of them older twins ${M.twinOf.size})`);

  // Register slip rates.
  const rf = [...M.recFlags.values()];
  const rate = (k: keyof RecFlags) => pct(rf.filter((f) => f[k]).length, rf.length);
  console.log(
    `  register: Latin missing ${rate('latinMissing')}, other romanization ${rate('latinOtherRom')}, Latin typo ${rate('latinTypo')}, Latin given-first ${rate('latinSwap')}, Khmer typo ${rate('khTypo')}, Khmer ZWSP ${rate('khZwsp')}, Khmer reordered ${rate('khReorder')}`,
  );
  console.log(
    `  register: DOB digit slip ${rate('dobSlip')}, DOB swap ${rate('dobSwap')}, sex wrong ${rate('sexWrong')}, NID missing ${rate('nidMissing')}, NID slip ${rate('nidSlip')}, NSSF slip ${rate('nssfSlip')} (older twins included)`,
  );
  const fl = rows.map((o) => M.rowFlags.get(o.id) as RowFlags);
  const frate = (pred: (f: RowFlags, o: OnsiteWorker) => boolean, sub: (f: RowFlags) => boolean = () => true) => {
    let n = 0;
    let d = 0;
    rows.forEach((o, i) => {
      if (!sub(fl[i])) return;
      d++;
      if (pred(fl[i], o)) n++;
    });
    return pct(n, d);
  };
  console.log(
    `  rows: id-card ${frate((f) => f.source === 'id-card')}, csv ${frate((f) => f.source === 'csv')}, manual ${frate((f) => f.source === 'manual')}; Khmer script ${frate((f) => f.script === 'kh')}`,
  );
  const lat = (f: RowFlags) => f.script === 'lat';
  const kh = (f: RowFlags) => f.script === 'kh';
  console.log(
    `  Latin rows: not the worker's own romanization ${frate((f) => !f.ownRom, lat)}, given-first ${frate((f) => f.orderSwap, lat)}, upper ${frate((f) => f.caseStyle === 'upper', lat)}, lower ${frate((f) => f.caseStyle === 'lower', lat)}, typo ${frate((f) => f.typo, lat)}`,
  );
  console.log(
    `  Khmer rows: ZWSP ${frate((f) => f.zwsp, kh)}, no separator ${frate((f) => f.noSep, kh)}, code point order ${frate((f) => f.reorder, kh)}, given-first ${frate((f) => f.orderSwap, kh)}, typo ${frate((f) => f.typo, kh)}`,
  );
  console.log(
    `  fields: DOB ${frate((_, o) => o.dateOfBirth !== null)} (swap ${frate((f) => f.dobSwap)}, added for a bare row ${frate((f) => f.dobAdded)}), NID ${frate((_, o) => o.nationalId !== null)} (slip ${frate((f) => f.nidSlip)}), NSSF ${frate((_, o) => o.nssfNumber !== null)} (slip ${frate((f) => f.nssfSlip)}), sex ${frate((_, o) => o.sex !== null)}`,
  );
  console.log(
    `  DOB present: true rows ${frate((_, o) => o.dateOfBirth !== null, (f) => !f.hidden)}, hidden rows ${frate((_, o) => o.dateOfBirth !== null, (f) => f.hidden)}; NID present: true ${frate((_, o) => o.nationalId !== null, (f) => !f.hidden)}, hidden ${frate((_, o) => o.nationalId !== null, (f) => f.hidden)}`,
  );
  // Cross-script and register-slip exposure of true rows.
  let crossMissing = 0;
  let regNameSlip = 0;
  let regDobSlip = 0;
  let regIdSlip = 0;
  let twinRows = 0;
  for (const o of trueRows) {
    const w = reg[byId.get(R.truth.get(o.id) as string) as number];
    const f = M.recFlags.get(w.workerId) as RecFlags;
    const g = M.rowFlags.get(o.id) as RowFlags;
    if (g.script === 'lat' && w.nameLatin === null) crossMissing++;
    if (f.khTypo || f.latinTypo) regNameSlip++;
    if (o.dateOfBirth && (f.dobSlip || f.dobSwap)) regDobSlip++;
    if ((o.nationalId && f.nidSlip) || (o.nssfNumber && f.nssfSlip)) regIdSlip++;
    if (g.twin) twinRows++;
  }
  console.log(
    `  true rows: Latin against a register with no Latin ${pct(crossMissing, trueRows.length)}, register name typo ${pct(regNameSlip, trueRows.length)}, register DOB slip seen ${pct(regDobSlip, trueRows.length)}, register ID slip seen ${pct(regIdSlip, trueRows.length)}, registered twice ${pct(twinRows, trueRows.length)}`,
  );

  // Name index of the register.
  const regKeys = reg.map((w) => {
    const m = nameKeys(w.nameKh);
    if (w.nameLatin)
      for (const [k, c] of nameKeys(w.nameLatin)) {
        const p = m.get(k);
        if (p === undefined || c < p) m.set(k, c);
      }
    return m;
  });
  const bucket = new Map<string, [number, number][]>();
  regKeys.forEach((m, i) => {
    for (const [k, c] of m) {
      const b = bucket.get(k);
      if (b) b.push([i, c]);
      else bucket.set(k, [[i, c]]);
    }
  });
  /** Registered records the name could pass for, with the name edits it costs. */
  const candidates = (name: string) => {
    const out = new Map<number, number>();
    for (const [k, c] of nameKeys(name))
      for (const [i, ci] of bucket.get(k) ?? []) {
        if (c + ci > 1) continue;
        const p = out.get(i);
        if (p === undefined || c + ci < p) out.set(i, c + ci);
      }
    return out;
  };

  // Rule 1.
  let r1 = 0;
  let sexExtra = 0;
  const r1Examples: string[] = [];
  for (const o of trueRows) {
    const wi = byId.get(R.truth.get(o.id) as string) as number;
    const w = reg[wi];
    const c = candidates(o.name).get(wi);
    const bad: string[] = [];
    if (c === undefined) bad.push('name');
    if (o.nationalId && w.nationalId && idDistance(o.nationalId, w.nationalId) > 1) bad.push('nid');
    if (o.nssfNumber && w.nssfNumber && idDistance(o.nssfNumber, w.nssfNumber) > 1) bad.push('nssf');
    if (o.dateOfBirth && w.dateOfBirth && dobDistance(o.dateOfBirth, w.dateOfBirth) > 1) bad.push('dob');
    if (o.sex && w.sex && o.sex !== w.sex) {
      const backed = !!o.dateOfBirth && !!w.dateOfBirth && dobDistance(o.dateOfBirth, w.dateOfBirth) <= 1 && !!o.nationalId && (!w.nationalId || idDistance(o.nationalId, w.nationalId) <= 1);
      if (backed) sexExtra++;
      else bad.push('sex');
    }
    if (bad.length) {
      r1++;
      if (r1Examples.length < 5) r1Examples.push(`${bad.join('+')}: "${o.name}" vs "${w.nameKh}" / "${w.nameLatin}"`);
    }
  }
  console.log(`  rule 1  true rows outside the variant envelope: ${r1}; register-sex slips backed by DOB+ID: ${sexExtra}`);
  r1Examples.forEach((e) => console.log(`          ${e}`));
  check(r1 === 0, 'rule 1');

  // Rule 2.
  const seen = new Set<number>();
  let pairs = 0;
  let r2 = 0;
  let r2nid = 0;
  for (const b of bucket.values()) {
    for (let x = 0; x < b.length; x++)
      for (let y = x + 1; y < b.length; y++) {
        const [i, ci] = b[x];
        const [j, cj] = b[y];
        if (ci + cj > 1) continue;
        const lo = Math.min(i, j);
        const hi = Math.max(i, j);
        const pk = lo * reg.length + hi;
        if (seen.has(pk)) continue;
        seen.add(pk);
        const a = reg[i];
        const c = reg[j];
        if (M.personOfRec.get(a.workerId) === M.personOfRec.get(c.workerId)) continue;
        pairs++;
        if (a.dateOfBirth && c.dateOfBirth && dobDistance(a.dateOfBirth, c.dateOfBirth) < 2) r2++;
        if (a.nationalId && c.nationalId && idDistance(a.nationalId, c.nationalId) < 2) r2nid++;
      }
  }
  console.log(`  rule 2  registered namesake pairs (different persons) ${pairs}; within one DOB slip: ${r2}; (IDs within one slip: ${r2nid})`);
  check(r2 === 0, 'rule 2');

  // Rule 3.
  let r3 = 0;
  let hiddenNamesakes = 0;
  let sexOnly = 0;
  for (const o of hiddenRows) {
    const cs = candidates(o.name);
    if (cs.size) hiddenNamesakes++;
    for (const i of cs.keys()) {
      const w = reg[i];
      const byDob = !!o.dateOfBirth && !!w.dateOfBirth && dobDistance(o.dateOfBirth, w.dateOfBirth) >= 2;
      const byNid = !!o.nationalId && !!w.nationalId && idDistance(o.nationalId, w.nationalId) >= 2;
      const bySex = !!o.sex && !!w.sex && o.sex !== w.sex;
      if (!byDob && !byNid && !bySex) {
        r3++;
        break;
      }
      if (!byDob && !byNid) sexOnly++;
    }
  }
  console.log(
    `  rule 3  hidden rows that could pass by name for a registered worker: ${hiddenNamesakes} (${pct(hiddenNamesakes, hiddenRows.length)}); not ruled out: ${r3}; ruled out by sex alone: ${sexOnly}`,
  );
  check(r3 === 0 && sexOnly === 0, 'rule 3');

  // Rule 5 (and how many true rows have namesakes at all).
  let withNamesake = 0;
  let ambiguous = 0;
  let undecidable = 0;
  const score = (o: OnsiteWorker, w: RegisteredWorker, nameCost: number) => {
    let s = nameCost;
    if (o.dateOfBirth && w.dateOfBirth) s += Math.min(2, dobDistance(o.dateOfBirth, w.dateOfBirth));
    if (o.nationalId && w.nationalId) s += idDistance(o.nationalId, w.nationalId);
    if (o.nssfNumber && w.nssfNumber) s += idDistance(o.nssfNumber, w.nssfNumber);
    if (o.sex && w.sex && o.sex !== w.sex) s += 1;
    return s;
  };
  for (const o of trueRows) {
    const wi = byId.get(R.truth.get(o.id) as string) as number;
    const cs = candidates(o.name);
    const own = score(o, reg[wi], cs.get(wi) ?? 1);
    let amb = false;
    let und = false;
    let other = false;
    for (const [i, c] of cs) {
      if (i === wi) continue;
      const w = reg[i];
      if (M.personOfRec.get(w.workerId) !== M.personOfRec.get(reg[wi].workerId)) other = true;
      const out =
        (!!o.dateOfBirth && !!w.dateOfBirth && dobDistance(o.dateOfBirth, w.dateOfBirth) >= 2) ||
        (!!o.nationalId && !!w.nationalId && idDistance(o.nationalId, w.nationalId) >= 2) ||
        (!!o.nssfNumber && !!w.nssfNumber && idDistance(o.nssfNumber, w.nssfNumber) >= 2);
      if (out) continue;
      amb = true;
      if (score(o, w, c) <= own) und = true;
    }
    if (other) withNamesake++;
    if (amb) ambiguous++;
    if (und) undecidable++;
  }
  console.log(
    `  rule 5  true rows with a registered namesake ${pct(withNamesake, trueRows.length)}; not told apart by DOB/ID/NSSF ${pct(ambiguous, trueRows.length)}; undecidable (competitor as close) ${undecidable} = ${pct(undecidable, trueRows.length)}`,
  );
  check(undecidable / Math.max(1, trueRows.length) < 0.04, 'rule 5');

  // Rule 4.
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const idsOk = rows.every((o) => uuidRe.test(o.id)) && new Set(rows.map((o) => o.id)).size === rows.length;
  let timeOk = true;
  for (let i = 1; i < rows.length; i++) if (!(Date.parse(rows[i].recordedAt) > Date.parse(rows[i - 1].recordedAt))) timeOk = false;
  let lastRow = 0;
  let rowOk = true;
  for (const o of rows)
    if (o.source === 'csv') {
      if (!o.sourceRow || o.sourceRow <= lastRow) rowOk = false;
      lastRow = o.sourceRow ?? lastRow;
    } else if (o.sourceRow !== null) rowOk = false;
  const hiddenPos = hiddenRows.length ? hiddenRows.reduce((s, o) => s + rows.indexOf(o), 0) / hiddenRows.length / rows.length : 0.5;
  // Rank correlation between row order and the row's registered record's position.
  const xs: number[] = [];
  const ys: number[] = [];
  rows.forEach((o, i) => {
    const t = R.truth.get(o.id);
    if (t) {
      xs.push(i);
      ys.push(byId.get(t) as number);
    }
  });
  const corr = (() => {
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
  })();
  let newerAfter = 0;
  for (const [older, newer] of M.twinOf) if ((byId.get(newer) as number) > (byId.get(older) as number)) newerAfter++;
  const truthKeysOk = R.truth.size === rows.length && rows.every((o) => R.truth.has(o.id));
  const regIdsOk = reg.every((w, i) => w.workerId === `W26-${pad(i + 1, 6)}`);
  console.log(
    `  rule 4  uuids ${idsOk ? 'ok' : 'BAD'}, recordedAt increasing ${timeOk ? 'ok' : 'BAD'}, csv sourceRow ${rowOk ? 'ok' : 'BAD'}, truth keys ${truthKeysOk ? 'ok' : 'BAD'}, workerIds in list order ${regIdsOk ? 'ok' : 'BAD'}; mean hidden position ${hiddenPos.toFixed(3)}, row/record order correlation ${corr.toFixed(4)}, newer twin listed after older ${pct(newerAfter, M.twinOf.size)}`,
  );
  check(idsOk && timeOk && rowOk && truthKeysOk && regIdsOk, 'rule 4 (ids/order)');
  check(Math.abs(hiddenPos - 0.5) < (rows.length > 5000 ? 0.05 : 0.12), 'rule 4 (hidden spread)');
  check(Math.abs(corr) < (rows.length > 5000 ? 0.03 : 0.08), 'rule 4 (order correlation)');

  // Schemas.
  let badSchema = 0;
  for (const w of reg) if (!RegisteredWorker.safeParse(w).success) badSchema++;
  for (const o of rows) if (!OnsiteWorker.safeParse(o).success) badSchema++;
  const noExtra = rows.every((o) => !('statedStartDate' in o) && !('wageRiel' in o));
  console.log(`  schemas: ${badSchema} invalid of ${reg.length + rows.length}; no statedStartDate/wageRiel ${noExtra ? 'ok' : 'BAD'}`);
  check(badSchema === 0 && noExtra, 'schemas');

  // Determinism.
  const sig = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const same = sig(generateTwentysixth(size, seed)) === sig(R);
  const differs = sig(generateTwentysixth(size, seed + 1)) !== sig(R);
  console.log(`  determinism: same seed identical ${same ? 'ok' : 'BAD'}, another seed differs ${differs ? 'ok' : 'BAD'}`);
  check(same && differs, 'determinism');

  // Time at 10,000.
  const t1 = performance.now();
  generateTwentysixth(10_000, seed + 7);
  const ms10k = performance.now() - t1;
  console.log(`  10k generation: ${ms10k.toFixed(0)} ms`);
  check(ms10k < 2000, '10k time');

  console.log(fails.length ? `FAIL: ${fails.join(', ')}` : 'PASS');
  return fails.length === 0;
}

if (process.argv[1]?.endsWith('twentysixth.ts')) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  if (!selfCheck(size, seed)) process.exit(1);
}
