/**
 * Benchmark roster `fortysecond`: NICKNAMES.
 *
 * Many Cambodians go by a nickname that has nothing to do with the name on their ID card (Pov,
 * Touch, Mao, Srey Neang, Bong Thom ...). The line supervisor's sheet lists about a fifth of the
 * workers by nickname alone ("Srey Pov") or by family name + nickname ("Chan Touch"); those rows
 * carry what the supervisor has from the worker's file: date of birth on most (~85 %), national
 * ID on some (~40 %), never the NSSF number. Nicknames are shared by many workers and several are
 * also real given or family names of registered workers (Srey Pov, Srey Neang, Mao, Heng, Ly ...).
 * The other rows use the ID-card name with the usual variations (romanization, order, case, one
 * typo, Khmer encoding variants, a name in Khmer against a register in Latin or the reverse).
 *
 * Written blind: nothing under src/domain or other generators was read.
 *
 * FAIRNESS RULES (audited by the self-check, `npx tsx test/bench/fortysecond.ts 10000 1`):
 *  Definitions. A "slip" is one mistyped digit or one adjacent transposition. A DOB "ties" a
 *  registered DOB when equal or day/month swapped; it is "near" when it ties or is one digit (or
 *  one adjacent transposition) away. A name word "could pass for" a listed word when it equals one
 *  of its spellings (Latin: any case, spaces ignored; Khmer: after normalising encoding), or is one
 *  edit from one when the longer of the two has 4+ letters (the typo model below). A name could
 *  pass for a registered worker when its two words pass for the family and given name, in either
 *  order. A nickname row could pass by name for any registered worker whose family name, given
 *  name, or given name without its "Srey" prefix passes for the nickname (or for the nickname
 *  without an "Ah/Mi/Bong/Srey" prefix), paired with the row's family word when there is one.
 *  Someone told apart from a row: sex present on both sides and different, or DOB on both sides
 *  and not tying (for true rows) / not near (for hidden rows), or national ID on both sides more
 *  than one slip apart (for true rows an NSSF number more than one slip apart also counts; hidden
 *  rows are never ruled out by an NSSF number alone).
 *  1. A true ID-card-name row carries only: a listed romanization of each word or the Khmer
 *     spelling with encoding variants (zero-width space for the space, vowel typed before the
 *     subscript or before the register shifter, split ោ, NFD), either order, any case, at most one
 *     typo (one edit) in one word of 4+ letters; IDs exact or one slip; DOB exact or day/month
 *     swapped; sex right or missing. EXTRA VARIATION (the theme): a true nickname row's name is a
 *     nickname unrelated to the worker's ID-card name, alone or with the worker's family name
 *     (either order, listed spellings, no typo). It always carries a tie to its worker: a DOB that
 *     ties, or a national ID exact or one slip away.
 *  2. Registered workers who could pass for each other's name (either order) never have near DOBs.
 *     Registered national IDs (and NSSF numbers) are pairwise more than one slip apart.
 *  3. A hidden row is told apart (hidden-row tolerance: DOB not near) from every registered worker
 *     it could pass for by name. Because any row might be a nickname row, no registered worker of
 *     the row's family (either word; everyone for a one-word nickname row) of compatible sex has a
 *     DOB tying the row's, unless a national ID on both sides tells them apart; hidden IDs are 2+
 *     slips from every registered ID. So a hidden nickname row's DOB and ID tie it to nobody.
 *  4. No leak: rows shuffled, ids are v4 UUIDs from the seeded PRNG, recordedAt increases in row
 *     order, registered workers shuffled before their ids are given, hidden and nickname rows use
 *     the same sources and field rates as true rows (hidden rows never carry a real NSSF number).
 *  5. Undecidable true rows stay under 4 %: an ID-card-name row with another registered worker
 *     whose name fits at least as well and who is not told apart; a nickname row not tied by ID
 *     whose DOB ties several registered workers the row could otherwise be (the same family, or
 *     anyone for a one-word nickname, of compatible sex), or a nickname row that could pass by name
 *     for a registered worker it is not told apart from (the generator never keeps the latter).
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY_NAMES, GIVEN_FEMALE, GIVEN_MALE, NICKNAMES, type NameWord, type SexTag } from './fortysecond-names';

export const FORTYSECOND_LABEL =
  'nicknames: ~20 % of rows listed by nickname alone or family name + nickname, tied only by DOB (~85 %) or national ID (~40 %)';

type Sex = 'M' | 'F';
type Kind = 'fam' | 'given' | 'nick';
type Script = 'kh' | 'lat';
type Source = 'manual' | 'csv' | 'id-card';

// ---------------------------------------------------------------------------------------------
// Rates
// ---------------------------------------------------------------------------------------------
const P = {
  absent: 0.05,
  hiddenShare: 0.075, // of on-site rows
  hiddenNick: 0.35,
  hiddenNamesake: 0.4, // rest: a name nobody registered has
  nickTrue: 0.19, // of present registered workers
  nickOneWord: 0.6,
  nickKhmer: 0.3,
  nickOrderSwap: 0.15,
  nickSex: 0.85,
  nickDob: 0.66,
  nickNid: 0.28,
  femaleShare: 0.75, // garment sector
  regLatin: 0.95,
  regLatinOtherSpelling: 0.15,
  regNid: 0.97,
  regNssf: 0.96,
  regWage: 0.92,
  regKhVariant: 0.08,
  idCard: 0.05,
  manual: 0.2,
  khmerRow: 0.35,
  sex: 0.85,
  dob: 0.8,
  nid: 0.35,
  nssf: 0.2,
  dobSwap: 0.04,
  nidSlip: 0.05,
  nssfSlip: 0.04,
  canonicalSpelling: 0.55,
  orderSwapLatin: 0.1,
  orderSwapKhmer: 0.05,
  typo: 0.04,
  zwsp: 0.25,
  khShifterOrder: 0.5,
  khCoengOrder: 0.4,
  khSplitO: 0.5,
  khNfd: 0.15,
  khAnyVariant: 0.35,
  keepUndecidable: 0.12,
  hiddenDob: 0.85,
  hiddenNssf: 0.03,
};

// ---------------------------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------------------------
const ZW = /[\u200B\u200C\u200D\uFEFF]/g;
const isKhVowel = (c: string | undefined) => c !== undefined && c >= '\u17B6' && c <= '\u17C5';
const isKhShifter = (c: string | undefined) => c === '\u17C9' || c === '\u17CA';
const isKhCons = (c: string | undefined) => c !== undefined && c >= '\u1780' && c <= '\u17A2';
const COENG = '\u17D2';

/** Khmer text in one canonical encoding: spaces for zero-width spaces, NFC, keyboard orders fixed. */
export function khNorm(s: string): string {
  const t = s.normalize('NFC').replace(ZW, ' ').replace(/\s+/g, ' ').trim().replace(/\u17C1\u17B6/g, '\u17C4');
  const a = t.split('');
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i + 1 < a.length; i++) {
      if (isKhVowel(a[i]) && a[i + 1] === COENG && isKhCons(a[i + 2])) {
        const v = a[i];
        a[i] = a[i + 1];
        a[i + 1] = a[i + 2];
        a[i + 2] = v;
        changed = true;
      } else if (isKhVowel(a[i]) && isKhShifter(a[i + 1])) {
        const v = a[i];
        a[i] = a[i + 1];
        a[i + 1] = v;
        changed = true;
      }
    }
  }
  return a.join('');
}

const latKey = (s: string) => s.toLowerCase().replace(/[\s\-.]/g, '');
const khKey = (s: string) => khNorm(s).replace(/ /g, '');

/** Optimal-string-alignment distance <= 1. */
export function near1(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (la === lb) {
    let i = 0;
    while (i < la && a.charCodeAt(i) === b.charCodeAt(i)) i++;
    let j = la - 1;
    while (j > i && a.charCodeAt(j) === b.charCodeAt(j)) j--;
    if (j === i) return true; // one substitution
    return j === i + 1 && a.charCodeAt(i) === b.charCodeAt(j) && a.charCodeAt(j) === b.charCodeAt(i);
  }
  if (la - lb > 1 || lb - la > 1) return false;
  const s = la < lb ? a : b;
  const l = la < lb ? b : a;
  let i = 0;
  while (i < s.length && s.charCodeAt(i) === l.charCodeAt(i)) i++;
  for (; i < s.length; i++) if (s.charCodeAt(i) !== l.charCodeAt(i + 1)) return false;
  return true;
}

/** Could pass for: equal, or one edit when the longer has 4+ letters (the typo model). */
const passes = (a: string, b: string) => a === b || (Math.max(a.length, b.length) >= 4 && near1(a, b));

const swapDob = (d: string): string | null => {
  const day = +d.slice(8, 10);
  const month = +d.slice(5, 7);
  if (day > 12 || day === month) return null;
  return `${d.slice(0, 4)}-${d.slice(8, 10)}-${d.slice(5, 7)}`;
};
/** Equal, or day and month swapped. */
export function dobTie(row: string, reg: string): boolean {
  if (row === reg) return true;
  // same year, row's month = reg's day and row's day = reg's month
  return row.startsWith(reg.slice(0, 4)) && row[5] === reg[8] && row[6] === reg[9] && row[8] === reg[5] && row[9] === reg[6] && +row.slice(8, 10) <= 12;
}
/** Ties, or one digit (or one adjacent transposition) away as written. */
export const dobNear = (a: string, b: string) => near1(a, b) || dobTie(a, b);

/**
 * Does any number one slip (mistyped digit, adjacent transposition) from the digit string s pass
 * `test`? IDs of one kind all have the same length, so they are kept as numbers.
 */
function anySlip(s: string, test: (n: number) => boolean): boolean {
  const n = s.length;
  const v = Number(s);
  let p = 1;
  for (let i = n - 1; i >= 0; i--, p *= 10) {
    const d = s.charCodeAt(i) - 48;
    for (let e = 0; e <= 9; e++) if (e !== d && test(v + (e - d) * p)) return true;
    if (i > 0) {
      const c = s.charCodeAt(i - 1) - 48; // digit at 10p
      if (c !== d && test(v + (d - c) * p * 10 + (c - d) * p)) return true;
    }
  }
  return false;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

// ---------------------------------------------------------------------------------------------
// Name table: every family name, given name and nickname as one entry, with match sets
// ---------------------------------------------------------------------------------------------
interface Entry {
  id: number;
  kind: Kind;
  kh: string;
  khKey: string;
  latin: readonly string[];
  keys: string[];
  /** Given names: the word without its "Srey" prefix (Srey Mom → mom), Latin and Khmer. */
  partKeys: string[];
  khPart: string | null;
  sex: SexTag;
}

const LAT_PREFIX = new Set(['srey', 'srei', 'ah', 'a', 'mi', 'mee', 'bong', 'bang', 'borng']);
const KH_PREFIX = ['ស្រី', 'អា', 'មី', 'បង'];

interface Table {
  entries: Entry[];
  fam: number[];
  givenM: number[];
  givenF: number[];
  nick: number[];
  exactByKey: Map<string, number[]>;
  khExactByKey: Map<string, number[]>;
  setsCache: Map<string, PartSets>;
  /** Union over scripts of what each entry's own spellings could pass for (for rule 2). */
  entryFuzzy: number[][];
}

interface PartSets {
  exact: number[];
  fuzzy: number[];
  /** fuzzy, plus what the word could mean as a nickname (prefix stripped, given-name parts). */
  related: number[];
}

let TABLE: Table | null = null;

function table(): Table {
  if (TABLE) return TABLE;
  const entries: Entry[] = [];
  const add = (w: NameWord, kind: Kind, sex: SexTag): number => {
    const id = entries.length;
    const keys = [...new Set(w.latin.map(latKey))];
    const partKeys: string[] = [];
    if (kind === 'given') {
      for (const v of w.latin) {
        const toks = v.toLowerCase().split(/\s+/);
        if (toks.length > 1 && (toks[0] === 'srey' || toks[0] === 'srei')) partKeys.push(toks.slice(1).join(''));
        else if (toks.length === 1 && /^sre[yi]./.test(toks[0])) partKeys.push(toks[0].slice(4));
      }
    }
    const kk = khKey(w.kh);
    const khPart = kind === 'given' && kk.startsWith('ស្រី') && kk.length > 4 ? kk.slice(4) : null;
    entries.push({ id, kind, kh: w.kh, khKey: kk, latin: w.latin, keys, partKeys: [...new Set(partKeys)], khPart, sex });
    return id;
  };
  const fam = FAMILY_NAMES.map((w) => add(w, 'fam', 'U'));
  const givenM = GIVEN_MALE.map((w) => add(w, 'given', 'M'));
  const givenF = GIVEN_FEMALE.map((w) => add(w, 'given', 'F'));
  const nick = NICKNAMES.map((w) => add(w, 'nick', w.sex));
  const exactByKey = new Map<string, number[]>();
  const khExactByKey = new Map<string, number[]>();
  for (const e of entries) {
    for (const k of e.keys) exactByKey.set(k, [...(exactByKey.get(k) ?? []), e.id]);
    khExactByKey.set(e.khKey, [...(khExactByKey.get(e.khKey) ?? []), e.id]);
  }
  TABLE = { entries, fam, givenM, givenF, nick, exactByKey, khExactByKey, setsCache: new Map(), entryFuzzy: [] };
  const T = TABLE;
  T.entryFuzzy = entries.map((e) => {
    const s = new Set<number>();
    for (const k of e.keys) for (const x of partSets('lat', k).fuzzy) s.add(x);
    for (const x of partSets('kh', e.kh).fuzzy) s.add(x);
    return [...s];
  });
  return T;
}

/** What a written name word could be: exact spellings, one-typo spellings, nickname readings. */
function partSets(script: Script, text: string): PartSets {
  const T = TABLE!;
  const raw = script + ':' + text;
  const seen = T.setsCache.get(raw);
  if (seen) return seen;
  const key = script === 'lat' ? latKey(text) : khKey(text);
  const ck = script + '=' + key;
  const hit = T.setsCache.get(ck);
  if (hit) { T.setsCache.set(raw, hit); return hit; }
  const exact = script === 'lat' ? (T.exactByKey.get(key) ?? []) : (T.khExactByKey.get(key) ?? []);
  const fuzzyOf = (k: string) => {
    const out: number[] = [];
    for (const e of T.entries) {
      if (script === 'lat' ? e.keys.some((x) => passes(k, x)) : passes(k, e.khKey)) out.push(e.id);
    }
    return out;
  };
  const partOf = (k: string) => {
    const out: number[] = [];
    for (const e of T.entries) {
      if (e.kind !== 'given') continue;
      if (script === 'lat' ? e.partKeys.some((x) => passes(k, x)) : e.khPart !== null && passes(k, e.khPart)) out.push(e.id);
    }
    return out;
  };
  const fuzzy = fuzzyOf(key);
  // The word without an informal prefix (Ah Pov → pov, Srey Touch → touch).
  const cores: string[] = [];
  if (script === 'lat') {
    const toks = text.toLowerCase().trim().split(/\s+/);
    if (toks.length > 1 && LAT_PREFIX.has(toks[0])) cores.push(toks.slice(1).join(''));
    if (toks.length === 1 && /^sre[yi]../.test(toks[0])) cores.push(toks[0].slice(4));
  } else {
    for (const p of KH_PREFIX) if (key.startsWith(p) && key.length > p.length + 1) cores.push(key.slice(p.length));
  }
  const rel = new Set<number>([...fuzzy, ...partOf(key)]);
  for (const c of cores) for (const x of [...fuzzyOf(c), ...partOf(c)]) rel.add(x);
  const sets: PartSets = { exact, fuzzy, related: [...rel] };
  T.setsCache.set(ck, sets);
  T.setsCache.set(raw, sets);
  return sets;
}

// ---------------------------------------------------------------------------------------------
// Registered workers
// ---------------------------------------------------------------------------------------------
interface Reg {
  n: number;
  fam: number[];
  given: number[];
  sex: Sex[];
  dob: string[];
  nid: (string | null)[];
  nssf: (string | null)[];
  nameKh: string[];
  nameLatin: (string | null)[];
  hire: string[];
  wage: (number | null)[];
  bucket: Map<number, number[]>;
  byFam: number[][];
  byGiven: number[][];
  byDob: Map<string, number[]>;
  /** ID number (as a number: one kind of ID has one length) → registered index. */
  nidMap: Map<number, number>;
  nssfMap: Map<number, number>;
}

const bkey = (a: number, b: number) => a * 4096 + b;

function pairCands(reg: Reg, A: readonly number[], B: readonly number[], out: Set<number>): void {
  for (const a of A) {
    for (const b of B) {
      const x = reg.bucket.get(bkey(a, b));
      if (x) for (const i of x) out.add(i);
      const y = reg.bucket.get(bkey(b, a));
      if (y) for (const i of y) out.add(i);
    }
  }
}

function drawDob(r: Rng): string {
  // Ages 18-50 at the visit (March 2025), most in their twenties and thirties.
  const y = 2006 - Math.min(32, Math.floor(33 * ((r.next() + r.next()) / 2) ** 1.3));
  const m = r.int(1, 12);
  return `${y}-${pad(m)}-${pad(r.int(1, daysIn(y, m)))}`;
}

function drawDigits(r: Rng, n: number, lead: string): string {
  let s = lead;
  while (s.length < n) s += String(r.int(0, 9));
  return s;
}

/** An ID number more than one slip from every registered one (and from `used`). */
function freshId(r: Rng, map: Map<number, number>, used: Set<number>, n: number, lead: () => string): string {
  for (;;) {
    const s = drawDigits(r, n, lead());
    const v = Number(s);
    if (map.has(v) || used.has(v)) continue;
    if (anySlip(s, (x) => map.has(x) || used.has(x))) continue;
    return s;
  }
}

/** One slip of a registered ID that stays more than one slip from every other registered ID. */
function slipOf(r: Rng, map: Map<number, number>, s: string, self: number): string | null {
  for (let t = 0; t < 12; t++) {
    const i = r.int(0, s.length - 1);
    let v: string;
    if (r.chance(0.35) && i + 1 < s.length && s[i] !== s[i + 1]) v = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    else {
      let c = String(r.int(0, 9));
      while (c === s[i]) c = String(r.int(0, 9));
      v = s.slice(0, i) + c + s.slice(i + 1);
    }
    const o = map.get(Number(v));
    if (o !== undefined && o !== self) continue;
    if (anySlip(v, (x) => map.has(x) && map.get(x) !== self)) continue;
    return v;
  }
  return null;
}

function khEncode(r: Rng, s: string, flags: Set<string>): string {
  let t = s;
  if (!r.chance(P.khAnyVariant)) return t;
  if (/[\u17C9\u17CA][\u17B6-\u17C5]/.test(t) && r.chance(P.khShifterOrder)) {
    t = t.replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/, '$2$1');
    flags.add('kh-shifter-order');
  }
  if (/\u17D2[\u1780-\u17A2][\u17B6-\u17C5]/.test(t) && r.chance(P.khCoengOrder)) {
    t = t.replace(/(\u17D2[\u1780-\u17A2])([\u17B6-\u17C5])/, '$2$1');
    flags.add('kh-coeng-order');
  }
  if (t.includes('\u17C4') && r.chance(P.khSplitO)) {
    t = t.replace('\u17C4', '\u17C1\u17B6');
    flags.add('kh-split-o');
  }
  if (r.chance(P.khNfd)) {
    t = t.normalize('NFD');
    flags.add('kh-nfd');
  }
  return t;
}

const regSpelling = (r: Rng, e: Entry) => (r.chance(P.regLatinOtherSpelling) && e.latin.length > 1 ? r.pick(e.latin.slice(1)) : e.latin[0]);

function makeRegistered(r: Rng, size: number): Reg {
  const T = table();
  const reg: Reg = {
    n: 0, fam: [], given: [], sex: [], dob: [], nid: [], nssf: [], nameKh: [], nameLatin: [], hire: [], wage: [],
    bucket: new Map(), byFam: T.entries.map(() => []), byGiven: T.entries.map(() => []), byDob: new Map(),
    nidMap: new Map(), nssfMap: new Map(),
  };
  const none = new Set<number>();
  const visit = Date.UTC(2025, 2, 11);
  for (let i = 0; i < size; i++) {
    const sex: Sex = r.chance(P.femaleShare) ? 'F' : 'M';
    const fam = r.pickSkewed(T.fam, 1.8);
    const given = r.pickSkewed(sex === 'F' ? T.givenF : T.givenM, 1.4);
    // Rule 2: no near DOB among the registered workers this name could pass for.
    const lists: number[][] = [];
    for (const a of T.entryFuzzy[fam]) {
      for (const b of T.entryFuzzy[given]) {
        const x = reg.bucket.get(bkey(a, b));
        if (x) lists.push(x);
        const y = reg.bucket.get(bkey(b, a));
        if (y) lists.push(y);
      }
    }
    let dob = drawDob(r);
    for (let t = 0; t < 500; t++) {
      let ok = true;
      for (const l of lists) {
        for (const j of l) if (dobNear(dob, reg.dob[j])) { ok = false; break; }
        if (!ok) break;
      }
      if (ok) break;
      dob = drawDob(r);
    }
    const nid = r.chance(P.regNid) ? freshId(r, reg.nidMap, none, 9, () => String(r.int(0, 2))) : null;
    const nssf = r.chance(P.regNssf) ? freshId(r, reg.nssfMap, none, 10, () => '1') : null;
    const fe = T.entries[fam];
    const ge = T.entries[given];
    const nameLatin = r.chance(P.regLatin) ? `${regSpelling(r, fe)} ${regSpelling(r, ge)}`.toUpperCase() : null;
    const flags = new Set<string>();
    const nameKh = r.chance(P.regKhVariant)
      ? khEncode(r, fe.kh, flags) + (r.chance(0.5) ? '\u200B' : ' ') + khEncode(r, ge.kh, flags)
      : `${fe.kh} ${ge.kh}`;
    const born = Date.parse(dob + 'T00:00:00Z');
    const from = Math.max(Date.UTC(2008, 0, 1), born + 18 * 365.25 * 86400000);
    const to = visit - 14 * 86400000;
    const hire = new Date(from + Math.floor(r.next() * Math.max(1, to - from))).toISOString().slice(0, 10);
    const wage = r.chance(P.regWage) ? r.int(780, 1600) * 1000 : null;
    const idx = reg.n++;
    reg.fam.push(fam);
    reg.given.push(given);
    reg.sex.push(sex);
    reg.dob.push(dob);
    reg.nid.push(nid);
    reg.nssf.push(nssf);
    reg.nameKh.push(nameKh);
    reg.nameLatin.push(nameLatin);
    reg.hire.push(hire);
    reg.wage.push(wage);
    const bk = bkey(fam, given);
    const b = reg.bucket.get(bk);
    if (b) b.push(idx);
    else reg.bucket.set(bk, [idx]);
    reg.byFam[fam].push(idx);
    reg.byGiven[given].push(idx);
    const d = reg.byDob.get(dob);
    if (d) d.push(idx);
    else reg.byDob.set(dob, [idx]);
    if (nid) reg.nidMap.set(Number(nid), idx);
    if (nssf) reg.nssfMap.set(Number(nssf), idx);
  }
  return reg;
}

// ---------------------------------------------------------------------------------------------
// On-site rows
// ---------------------------------------------------------------------------------------------
interface Part {
  entry: number;
  text: string;
}

type RowKind = 'normal' | 'nick1' | 'nick2';
type HiddenKind = 'nick' | 'namesake' | 'novel';

export interface RowMeta {
  kind: RowKind;
  hiddenKind: HiddenKind | null;
  truth: number; // registered index, -1 hidden
  script: Script;
  parts: Part[];
  sep: string;
  caseStyle: 'upper' | 'title' | 'lower' | 'none';
  sex: Sex | null;
  dob: string | null;
  nid: string | null;
  nssf: string | null;
  source: Source;
  flags: Set<string>;
  undecidable: boolean;
}

function caseName(s: string, style: RowMeta['caseStyle']): string {
  if (style === 'upper') return s.toUpperCase();
  if (style === 'lower') return s.toLowerCase();
  if (style === 'title') return s.toLowerCase().replace(/(^|\s)([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());
  return s;
}

export const rowName = (m: RowMeta) => caseName(m.parts.map((p) => p.text).join(m.sep), m.script === 'lat' ? m.caseStyle : 'none');

function spelling(r: Rng, e: Entry, flags: Set<string>): string {
  if (e.latin.length === 1 || r.chance(P.canonicalSpelling)) return e.latin[0];
  flags.add('spelling');
  return r.pick(e.latin.slice(1));
}

function typo(r: Rng, parts: Part[], flags: Set<string>): void {
  const opts: [number, number][] = [];
  parts.forEach((p, pi) => p.text.split(' ').forEach((w, wi) => { if (w.length >= 4) opts.push([pi, wi]); }));
  if (!opts.length) return;
  const [pi, wi] = r.pick(opts);
  const words = parts[pi].text.split(' ');
  const w = words[wi];
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let out = w;
  for (let t = 0; t < 10 && (out === w || out.length < 3); t++) {
    const i = r.int(0, w.length - 1);
    const op = r.int(0, 3);
    const c = r.pick(letters.split(''));
    const cc = w[i] === w[i].toUpperCase() ? c.toUpperCase() : c;
    if (op === 0) out = w.slice(0, i) + cc + w.slice(i + 1);
    else if (op === 1) out = w.slice(0, i) + w.slice(i + 1);
    else if (op === 2) out = w.slice(0, i) + cc + w.slice(i);
    else if (i + 1 < w.length) out = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  }
  if (out === w || out.length < 3) return;
  words[wi] = out;
  parts[pi] = { entry: parts[pi].entry, text: words.join(' ') };
  flags.add('typo');
}

function pickCase(r: Rng): RowMeta['caseStyle'] {
  const u = r.next();
  return u < 0.35 ? 'upper' : u < 0.9 ? 'title' : 'lower';
}

interface Gen {
  r: Rng;
  reg: Reg;
  usedNid: Set<number>;
  usedNssf: Set<number>;
}

/** A row naming a worker by ID-card name entries (fam, given), without fields. */
function renderNormal(g: Gen, fam: number, given: number, source: Source): RowMeta {
  const T = TABLE!;
  const { r } = g;
  const flags = new Set<string>();
  const script: Script = source === 'id-card' || r.chance(P.khmerRow) ? 'kh' : 'lat';
  let parts: Part[];
  let sep = ' ';
  if (script === 'lat') {
    parts = [fam, given].map((e) => ({ entry: e, text: spelling(r, T.entries[e], flags) }));
    if (r.chance(P.orderSwapLatin)) { parts.reverse(); flags.add('order-swap'); }
    if (r.chance(P.typo)) typo(r, parts, flags);
  } else {
    parts = [fam, given].map((e) => ({ entry: e, text: khEncode(r, T.entries[e].kh, flags) }));
    if (source !== 'id-card' && r.chance(P.orderSwapKhmer)) { parts.reverse(); flags.add('order-swap'); }
    if (r.chance(P.zwsp)) { sep = '\u200B'; flags.add('kh-zwsp'); }
  }
  return {
    kind: 'normal', hiddenKind: null, truth: -1, script, parts, sep, caseStyle: script === 'lat' ? pickCase(r) : 'none',
    sex: null, dob: null, nid: null, nssf: null, source, flags, undecidable: false,
  };
}

function renderNick(g: Gen, nick: number, fam: number | null): RowMeta {
  const T = TABLE!;
  const { r } = g;
  const flags = new Set<string>();
  const script: Script = r.chance(P.nickKhmer) ? 'kh' : 'lat';
  const word = (e: number): Part => ({ entry: e, text: script === 'lat' ? spelling(r, T.entries[e], flags) : khEncode(r, T.entries[e].kh, flags) });
  const parts: Part[] = fam === null ? [word(nick)] : [word(fam), word(nick)];
  if (parts.length === 2 && r.chance(P.nickOrderSwap)) { parts.reverse(); flags.add('order-swap'); }
  const sep = script === 'kh' && parts.length === 2 && r.chance(P.zwsp) ? '\u200B' : ' ';
  if (sep !== ' ') flags.add('kh-zwsp');
  return {
    kind: fam === null ? 'nick1' : 'nick2', hiddenKind: null, truth: -1, script, parts, sep,
    caseStyle: script === 'lat' ? pickCase(r) : 'none', sex: null, dob: null, nid: null, nssf: null,
    // The supervisor's sheet, imported or read out to the inspector.
    source: r.chance(P.manual) ? 'manual' : 'csv', flags, undecidable: false,
  };
}

const isNick = (m: RowMeta) => m.kind !== 'normal';

/** Registered workers the row could pass for by name (nickname readings included for nickname rows). */
export function nameCands(reg: Reg, m: RowMeta): Set<number> {
  const out = new Set<number>();
  const sets = m.parts.map((p) => partSets(m.script, p.text));
  if (m.kind === 'normal') pairCands(reg, sets[0].fuzzy, sets[1].fuzzy, out);
  else if (m.kind === 'nick2') pairCands(reg, sets[0].related, sets[1].related, out);
  else {
    for (const e of sets[0].related) {
      for (const i of reg.byFam[e]) out.add(i);
      for (const i of reg.byGiven[e]) out.add(i);
    }
  }
  return out;
}

/** Family entries a row's words could be (the pool a nickname reading draws from); null = anyone. */
function poolFamilies(m: RowMeta): Set<number> | null {
  if (m.parts.length === 1) return null;
  const T = TABLE!;
  const s = new Set<number>();
  for (const p of m.parts) for (const e of partSets(m.script, p.text).related) if (T.entries[e].kind === 'fam') s.add(e);
  return s;
}

const idApart = (a: string | null, b: string | null) => a !== null && b !== null && !near1(a, b);
const sexApart = (m: RowMeta, reg: Reg, x: number) => m.sex !== null && m.sex !== reg.sex[x];
const nidApart = (m: RowMeta, reg: Reg, x: number) => idApart(m.nid, reg.nid[x]);
/** Hidden-row tolerance: sex, DOB not even near, or national ID (an NSSF number does not count). */
export const strongApart = (m: RowMeta, reg: Reg, x: number) =>
  sexApart(m, reg, x) || (m.dob !== null && !dobNear(m.dob, reg.dob[x])) || nidApart(m, reg, x);
/** True-row tolerance: DOB does not tie; an NSSF number more than a slip away also tells apart. */
export const toldApart = (m: RowMeta, reg: Reg, x: number) =>
  sexApart(m, reg, x) || (m.dob !== null && !dobTie(m.dob, reg.dob[x])) || nidApart(m, reg, x) || idApart(m.nssf, reg.nssf[x]);

/** Registered workers the row's DOB ties within its nickname pool, not told apart by sex or ID. */
export function dobTies(reg: Reg, m: RowMeta, pool: Set<number> | null): number[] {
  if (m.dob === null) return [];
  const out: number[] = [];
  const sw = swapDob(m.dob);
  for (const d of sw ? [m.dob, sw] : [m.dob]) {
    for (const x of reg.byDob.get(d) ?? []) {
      if (pool !== null && !pool.has(reg.fam[x])) continue;
      if (sexApart(m, reg, x) || nidApart(m, reg, x)) continue;
      out.push(x);
    }
  }
  return out;
}

const fitOf = (reg: Reg, a: readonly number[], b: readonly number[], x: number): number => {
  const f = reg.fam[x];
  const gv = reg.given[x];
  return (a.includes(f) && b.includes(gv)) || (a.includes(gv) && b.includes(f)) ? 2 : 1;
};

export interface TrueEval {
  valid: boolean; // carries its tie / is a name match, and no name-related worker is left untold
  undecidable: boolean;
  rivals: number[];
}

export function evalTrue(reg: Reg, m: RowMeta, w: number): TrueEval {
  if (m.kind === 'normal') {
    const c = nameCands(reg, m);
    if (!c.has(w)) return { valid: false, undecidable: true, rivals: [] };
    const a = partSets(m.script, m.parts[0].text).exact;
    const b = partSets(m.script, m.parts[1].text).exact;
    const wf = fitOf(reg, a, b, w);
    const rivals = [...c].filter((x) => x !== w && fitOf(reg, a, b, x) >= wf && !toldApart(m, reg, x));
    return { valid: true, undecidable: rivals.length > 0, rivals };
  }
  const related = [...nameCands(reg, m)].filter((x) => x !== w && !strongApart(m, reg, x));
  const nidTie = m.nid !== null && reg.nid[w] !== null && near1(m.nid, reg.nid[w]!);
  const ties = dobTies(reg, m, poolFamilies(m));
  const tiedW = nidTie || ties.includes(w);
  const decided = nidTie || (ties.length === 1 && ties[0] === w);
  return { valid: tiedW && related.length === 0, undecidable: !decided || related.length > 0, rivals: [...related, ...ties.filter((x) => x !== w)] };
}

/** Problems with a hidden row: registered workers it is not told apart from. */
export function hiddenProblems(reg: Reg, m: RowMeta, cands?: Set<number>): number[] {
  const out: number[] = [];
  for (const x of cands ?? nameCands(reg, m)) if (!strongApart(m, reg, x)) out.push(x);
  for (const x of dobTies(reg, m, poolFamilies(m))) out.push(x);
  return out;
}

function fieldsTrue(g: Gen, m: RowMeta, w: number, rates: { sex: number; dob: number; nid: number; nssf: number }, force = false): void {
  const { r, reg } = g;
  const f = m.flags;
  for (const k of ['dob-swap', 'nid-slip', 'nssf-slip']) f.delete(k);
  m.sex = m.source === 'id-card' || r.chance(rates.sex) ? reg.sex[w] : null;
  m.dob = null;
  if (m.source === 'id-card' || force || r.chance(rates.dob)) {
    m.dob = reg.dob[w];
    const sw = swapDob(m.dob);
    if (m.source !== 'id-card' && sw && r.chance(P.dobSwap)) { m.dob = sw; f.add('dob-swap'); }
  }
  m.nid = null;
  const nid = reg.nid[w];
  if (nid && (m.source === 'id-card' || r.chance(rates.nid))) {
    m.nid = nid;
    if (m.source !== 'id-card' && r.chance(P.nidSlip)) {
      const s = slipOf(r, reg.nidMap, nid, w);
      if (s) { m.nid = s; f.add('nid-slip'); }
    }
  }
  m.nssf = null;
  const nssf = reg.nssf[w];
  if (nssf && m.kind === 'normal' && m.source !== 'id-card' && r.chance(rates.nssf)) {
    m.nssf = nssf;
    if (r.chance(P.nssfSlip)) {
      const s = slipOf(r, reg.nssfMap, nssf, w);
      if (s) { m.nssf = s; f.add('nssf-slip'); }
    }
  }
}

const NORMAL_RATES = { sex: P.sex, dob: P.dob, nid: P.nid, nssf: P.nssf };
const NICK_RATES = { sex: P.nickSex, dob: P.nickDob, nid: P.nickNid, nssf: 0 };

function pickSource(r: Rng): Source {
  const u = r.next();
  return u < P.idCard ? 'id-card' : u < P.idCard + P.manual ? 'manual' : 'csv';
}

function makeNormalTrue(g: Gen, w: number): RowMeta {
  const { r, reg } = g;
  let m: RowMeta | null = null;
  for (let attempt = 0; attempt < 4; attempt++) {
    let source = pickSource(r);
    if (source === 'id-card' && !reg.nid[w]) source = 'manual';
    m = renderNormal(g, reg.fam[w], reg.given[w], source);
    m.truth = w;
    fieldsTrue(g, m, w, NORMAL_RATES, attempt === 3);
    const ev = evalTrue(reg, m, w);
    if (!ev.undecidable) return m;
    if (attempt === 0 && r.chance(P.keepUndecidable)) break;
  }
  m!.undecidable = evalTrue(reg, m!, w).undecidable;
  return m!;
}

function nickChoices(sex: Sex): number[] {
  const T = TABLE!;
  return T.nick.filter((e) => T.entries[e].sex === 'U' || T.entries[e].sex === sex);
}

/** Is the nickname related by name to the worker's own ID-card name? (Then it is not "unrelated".) */
function nickRelatesTo(reg: Reg, nick: number, w: number): boolean {
  const T = TABLE!;
  const e = T.entries[nick];
  const rel = new Set<number>([...partSets('kh', e.kh).related, ...e.latin.flatMap((v) => partSets('lat', v).related)]);
  return rel.has(reg.fam[w]) || rel.has(reg.given[w]);
}

function makeNickTrue(g: Gen, w: number): RowMeta | null {
  const { r, reg } = g;
  const choices = nickChoices(reg.sex[w]);
  for (let attempt = 0; attempt < 10; attempt++) {
    const nick = r.pickSkewed(choices, 1.5);
    if (nickRelatesTo(reg, nick, w)) continue;
    const m = renderNick(g, nick, r.chance(P.nickOneWord) ? null : reg.fam[w]);
    m.truth = w;
    fieldsTrue(g, m, w, NICK_RATES);
    const ev = evalTrue(reg, m, w);
    if (!ev.valid) continue;
    if (!ev.undecidable) return m;
    // Keep a few DOB-only rows whose DOB several workers share: a person must confirm those.
    if (attempt === 0 && r.chance(P.keepUndecidable) && m.nid === null) {
      m.undecidable = true;
      return m;
    }
  }
  return null;
}

function hiddenFields(g: Gen, m: RowMeta, sex: Sex, nidRate: number): void {
  const { r, reg } = g;
  m.sex = m.source === 'id-card' || r.chance(m.kind === 'normal' ? P.sex : P.nickSex) ? sex : null;
  m.nid = m.source === 'id-card' || r.chance(nidRate) ? freshId(r, reg.nidMap, g.usedNid, 9, () => String(r.int(0, 2))) : null;
  if (m.nid) g.usedNid.add(Number(m.nid));
  m.nssf = m.kind === 'normal' && r.chance(P.hiddenNssf) ? freshId(r, reg.nssfMap, g.usedNssf, 10, () => '1') : null;
  if (m.nssf) { g.usedNssf.add(Number(m.nssf)); m.flags.add('nssf-elsewhere'); }
}

/** Give the hidden row a DOB (or none) that keeps it fair; false when no DOB does. */
function settleHiddenDob(g: Gen, m: RowMeta, dobRate: number): boolean {
  const { r, reg } = g;
  const cands = nameCands(reg, m);
  if (m.source !== 'id-card' && !r.chance(dobRate)) {
    m.dob = null;
    if (hiddenProblems(reg, m, cands).length === 0) return true;
  }
  for (let t = 0; t < 60; t++) {
    m.dob = drawDob(r);
    if (hiddenProblems(reg, m, cands).length === 0) return true;
  }
  return false;
}

function makeHidden(g: Gen, kind: HiddenKind): RowMeta | null {
  const T = TABLE!;
  const { r, reg } = g;
  for (let t = 0; t < 40; t++) {
    let m: RowMeta;
    let sex: Sex;
    if (kind === 'nick') {
      sex = r.chance(P.femaleShare) ? 'F' : 'M';
      const nick = r.pickSkewed(nickChoices(sex), 1.5);
      m = renderNick(g, nick, r.chance(P.nickOneWord) ? null : r.pickSkewed(T.fam, 1.8));
      hiddenFields(g, m, sex, P.nickNid);
    } else if (kind === 'namesake') {
      const x = r.int(0, reg.n - 1);
      sex = T.entries[reg.given[x]].sex as Sex;
      m = renderNormal(g, reg.fam[x], reg.given[x], pickSource(r));
      hiddenFields(g, m, sex, P.nid);
    } else {
      sex = r.chance(P.femaleShare) ? 'F' : 'M';
      m = renderNormal(g, r.pick(T.fam), r.pick(sex === 'F' ? T.givenF : T.givenM), pickSource(r));
      if (nameCands(reg, m).size > 0) continue;
      hiddenFields(g, m, sex, P.nid);
    }
    m.hiddenKind = kind;
    if (settleHiddenDob(g, m, kind === 'nick' ? P.nickDob : P.hiddenDob)) return m;
  }
  return null;
}

function uuid(r: Rng): string {
  let h = '';
  for (let i = 0; i < 4; i++) h += Math.floor(r.next() * 0x100000000).toString(16).padStart(8, '0');
  const v = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${v}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export interface Built {
  roster: Roster;
  reg: Reg;
  /** Internal index of each registered worker → workerId. */
  workerIds: string[];
  /** Per on-site row, in output order. */
  meta: RowMeta[];
  absent: boolean[];
}

export function buildFortysecond(size: number, seed: number): Built {
  table();
  const r = rng(seed ^ 0x42f0a5);
  const reg = makeRegistered(r, size);
  const g: Gen = { r, reg, usedNid: new Set(), usedNssf: new Set() };
  const absent = Array.from({ length: size }, () => r.chance(P.absent));
  const rows: RowMeta[] = [];
  for (let w = 0; w < size; w++) {
    if (absent[w]) continue;
    let m: RowMeta | null = null;
    if (r.chance(P.nickTrue)) m = makeNickTrue(g, w);
    rows.push(m ?? makeNormalTrue(g, w));
  }
  const nHidden = Math.round((rows.length * P.hiddenShare) / (1 - P.hiddenShare));
  for (let i = 0; i < nHidden; i++) {
    const u = r.next();
    const kind: HiddenKind = u < P.hiddenNick ? 'nick' : u < P.hiddenNick + P.hiddenNamesake ? 'namesake' : 'novel';
    const m = makeHidden(g, kind) ?? makeHidden(g, 'namesake') ?? makeHidden(g, 'nick');
    if (m) rows.push(m);
  }
  r.shuffle(rows);

  // Registered workers: shuffled, then given their ids.
  const order = r.shuffle(Array.from({ length: size }, (_, i) => i));
  const workerIds: string[] = new Array(size);
  const registered: RegisteredWorker[] = order.map((i, k) => {
    workerIds[i] = `W${pad(k + 1, 6)}`;
    return {
      workerId: workerIds[i],
      nssfNumber: reg.nssf[i],
      nationalId: reg.nid[i],
      nameKh: reg.nameKh[i],
      nameLatin: reg.nameLatin[i],
      sex: reg.sex[i],
      dateOfBirth: reg.dob[i],
      hireDate: reg.hire[i],
      wageRiel: reg.wage[i],
    };
  });

  const truth = new Map<string, string | null>();
  let t = Date.UTC(2025, 2, 11, 1, 15, 0);
  let csvRow = 0;
  const onsite: OnsiteWorker[] = rows.map((m) => {
    t += r.int(2, 40) * 1000;
    const id = uuid(r);
    truth.set(id, m.truth >= 0 ? workerIds[m.truth] : null);
    return {
      id,
      visitId: 'visit-fortysecond',
      name: rowName(m),
      nationalId: m.nid,
      nssfNumber: m.nssf,
      sex: m.sex,
      dateOfBirth: m.dob,
      source: m.source,
      sourceRow: m.source === 'csv' ? ++csvRow : null,
      recordedAt: new Date(t).toISOString(),
    };
  });
  return { roster: { registered, onsite, truth }, reg, workerIds, meta: rows, absent };
}

export function generateFortysecond(size: number, seed: number): Roster {
  return buildFortysecond(size, seed).roster;
}

// ---------------------------------------------------------------------------------------------
// Self-check
// ---------------------------------------------------------------------------------------------
async function selfCheck(size: number, seed: number): Promise<boolean> {
  const { RegisteredWorker: RegSchema, OnsiteWorker: OnsSchema } = await import('../../src/protocol');
  const T = table();
  let pass = true;
  const fails: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) { pass = false; fails.push(what); }
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
  };
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + ' %' : '-');

  const t0 = performance.now();
  const B = buildFortysecond(size, seed);
  const genMs = performance.now() - t0;
  const { roster, reg, meta, workerIds } = B;
  const { registered, onsite, truth } = roster;
  const idToIdx = new Map(workerIds.map((id, i) => [id, i]));

  // ---- shape
  const trueRows = meta.filter((m) => m.truth >= 0);
  const hiddenRows = meta.filter((m) => m.truth < 0);
  const nick = meta.filter(isNick);
  const nickTrue = nick.filter((m) => m.truth >= 0);
  const nickHidden = nick.filter((m) => m.truth < 0);
  const normal = meta.filter((m) => !isNick(m));
  const count = (xs: RowMeta[], f: (m: RowMeta) => boolean) => xs.filter(f).length;
  const flag = (xs: RowMeta[], k: string) => count(xs, (m) => m.flags.has(k));
  console.log(`fortysecond roster: size=${size} seed=${seed}  (${FORTYSECOND_LABEL})`);
  console.log(`  registered ${registered.length}, absent ${B.absent.filter(Boolean).length} (${pct(B.absent.filter(Boolean).length, size)})`);
  console.log(`  on-site ${onsite.length}: true ${trueRows.length}, hidden ${hiddenRows.length} (${pct(hiddenRows.length, onsite.length)}): ` +
    `nickname ${count(hiddenRows, (m) => m.hiddenKind === 'nick')}, namesake ${count(hiddenRows, (m) => m.hiddenKind === 'namesake')}, new name ${count(hiddenRows, (m) => m.hiddenKind === 'novel')}`);
  console.log(`  nickname rows ${nick.length} (${pct(nick.length, onsite.length)}): true ${nickTrue.length}, hidden ${nickHidden.length}; ` +
    `nickname alone ${pct(count(nick, (m) => m.kind === 'nick1'), nick.length)}, family+nickname ${pct(count(nick, (m) => m.kind === 'nick2'), nick.length)}, Khmer ${pct(count(nick, (m) => m.script === 'kh'), nick.length)}`);
  console.log(`    DOB ${pct(count(nick, (m) => m.dob !== null), nick.length)}, national ID ${pct(count(nick, (m) => m.nid !== null), nick.length)}, sex ${pct(count(nick, (m) => m.sex !== null), nick.length)}; ` +
    `true rows tied by ID ${pct(count(nickTrue, (m) => m.nid !== null), nickTrue.length)}, by DOB only ${pct(count(nickTrue, (m) => m.nid === null), nickTrue.length)}`);
  const nickIsRealName = count(nick, (m) => nameCands(reg, m).size > 0);
  const nickWords = new Map<string, number>();
  for (const m of nick) {
    const k = T.entries[m.parts.find((p) => T.entries[p.entry].kind === 'nick')!.entry].latin[0];
    nickWords.set(k, (nickWords.get(k) ?? 0) + 1);
  }
  const topNick = [...nickWords].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(`    could pass by name for some registered worker ${pct(nickIsRealName, nick.length)}; most shared: ${topNick}`);
  const lat = normal.filter((m) => m.script === 'lat');
  const kh = normal.filter((m) => m.script === 'kh');
  console.log(`  ID-card-name rows ${normal.length}: Latin ${pct(lat.length, normal.length)}, Khmer ${pct(kh.length, normal.length)}; ` +
    `spelling variant ${pct(flag(lat, 'spelling'), lat.length)}, order swap ${pct(flag(normal, 'order-swap'), normal.length)}, typo ${pct(flag(lat, 'typo'), lat.length)}`);
  const khAll = meta.filter((m) => m.script === 'kh');
  console.log(`    Khmer encoding (all Khmer rows ${khAll.length}): ZWSP ${pct(flag(khAll, 'kh-zwsp'), khAll.length)}, shifter order ${pct(flag(khAll, 'kh-shifter-order'), khAll.length)}, ` +
    `coeng order ${pct(flag(khAll, 'kh-coeng-order'), khAll.length)}, split ោ ${pct(flag(khAll, 'kh-split-o'), khAll.length)}, NFD ${pct(flag(khAll, 'kh-nfd'), khAll.length)}`);
  const crossLatinOnly = count(trueRows, (m) => m.script === 'lat' && reg.nameLatin[m.truth] === null);
  console.log(`    Latin row vs register with no Latin name ${crossLatinOnly}; registered Latin missing ${pct(reg.nameLatin.filter((x) => x === null).length, size)}`);
  console.log(`    fields: sex ${pct(count(normal, (m) => m.sex !== null), normal.length)}, DOB ${pct(count(normal, (m) => m.dob !== null), normal.length)}, national ID ${pct(count(normal, (m) => m.nid !== null), normal.length)}, NSSF ${pct(count(normal, (m) => m.nssf !== null), normal.length)}`);
  console.log(`  slips (true rows): DOB swapped ${pct(flag(trueRows, 'dob-swap'), count(trueRows, (m) => m.dob !== null))}, national ID slip ${pct(flag(trueRows, 'nid-slip'), count(trueRows, (m) => m.nid !== null))}, NSSF slip ${pct(flag(trueRows, 'nssf-slip'), count(trueRows, (m) => m.nssf !== null))}`);
  console.log(`  sources: csv ${pct(count(meta, (m) => m.source === 'csv'), meta.length)}, manual ${pct(count(meta, (m) => m.source === 'manual'), meta.length)}, id-card ${pct(count(meta, (m) => m.source === 'id-card'), meta.length)}`);
  let nsCount = 0;
  for (let i = 0; i < reg.n; i++) { const s = new Set<number>(); pairCands(reg, T.entryFuzzy[reg.fam[i]], T.entryFuzzy[reg.given[i]], s); if (s.size > 1) nsCount++; }
  console.log(`  registered workers sharing a name with another: ${pct(nsCount, reg.n)}`);

  // ---- consistency of truth and the output with the meta
  console.log('audit:');
  {
    let bad = 0;
    const seen = new Set<string>();
    onsite.forEach((o, k) => {
      const m = meta[k];
      const tv = truth.get(o.id);
      if (tv === undefined || (m.truth >= 0 ? tv !== workerIds[m.truth] : tv !== null)) bad++;
      if (tv) { if (seen.has(tv)) bad++; seen.add(tv); }
      if (o.name !== rowName(m) || o.dateOfBirth !== m.dob || o.nationalId !== m.nid || o.sex !== m.sex) bad++;
    });
    check(bad === 0 && truth.size === onsite.length, `truth map: one entry per row, each registered worker at most once (${bad} bad)`);
  }

  // ---- rule 1
  {
    let bad = 0;
    const examples: string[] = [];
    for (let k = 0; k < onsite.length; k++) {
      const m = meta[k];
      if (m.truth < 0) continue;
      const o = onsite[k];
      const w = m.truth;
      let ok = true;
      const fe = T.entries[reg.fam[w]];
      const ge = T.entries[reg.given[w]];
      if (!isNick(m)) {
        if (m.script === 'lat') ok = latinFits(o.name, [fe.latin, ge.latin], true);
        else ok = khFits(o.name, [fe.kh, ge.kh]);
      } else {
        const ne = T.entries[m.parts.find((p) => T.entries[p.entry].kind === 'nick')!.entry];
        if (nickRelatesTo(reg, ne.id, w)) ok = false;
        const words = m.kind === 'nick1' ? [ne] : [fe, ne];
        if (m.script === 'lat') ok &&= latinFits(o.name, words.map((e) => e.latin), false);
        else ok &&= khFits(o.name, words.map((e) => e.kh));
        const nidTie = o.nationalId !== null && reg.nid[w] !== null && near1(o.nationalId, reg.nid[w]!);
        const dTie = o.dateOfBirth !== null && dobTie(o.dateOfBirth, reg.dob[w]);
        ok &&= nidTie || dTie;
      }
      if (o.dateOfBirth !== null && !dobTie(o.dateOfBirth, reg.dob[w])) ok = false;
      if (o.nationalId !== null && (reg.nid[w] === null || !near1(o.nationalId, reg.nid[w]!) || o.nationalId.length !== reg.nid[w]!.length)) ok = false;
      if (o.nssfNumber !== null && (reg.nssf[w] === null || !near1(o.nssfNumber, reg.nssf[w]!) || o.nssfNumber.length !== reg.nssf[w]!.length)) ok = false;
      if (o.sex !== null && o.sex !== reg.sex[w]) ok = false;
      if (!ok) { bad++; if (examples.length < 3) examples.push(`${o.name} → ${reg.nameLatin[w] ?? reg.nameKh[w]}`); }
    }
    check(bad === 0, `rule 1: true rows carry only allowed variants of their worker, nickname rows carry a tie (${bad} bad${examples.length ? ': ' + examples.join('; ') : ''})`);
  }

  // ---- rule 2
  {
    let bad = 0;
    for (let i = 0; i < reg.n; i++) {
      const s = new Set<number>();
      pairCands(reg, T.entryFuzzy[reg.fam[i]], T.entryFuzzy[reg.given[i]], s);
      for (const j of s) if (j > i && dobNear(reg.dob[i], reg.dob[j])) bad++;
      if (khNorm(reg.nameKh[i]) !== khNorm(`${T.entries[reg.fam[i]].kh} ${T.entries[reg.given[i]].kh}`)) bad++;
    }
    let idBad = 0;
    for (let i = 0; i < reg.n; i++) {
      for (const [v, map] of [[reg.nid[i], reg.nidMap], [reg.nssf[i], reg.nssfMap]] as const) {
        if (v === null) continue;
        if (map.get(Number(v)) !== i || anySlip(v, (x) => map.has(x))) idBad++;
      }
    }
    check(bad === 0, `rule 2: registered namesakes never have near DOBs (${bad} bad pairs)`);
    check(idBad === 0, `rule 2: registered IDs unique and 2+ slips apart (${idBad} bad)`);
  }

  // ---- rule 3
  {
    let bad = 0;
    let idBad = 0;
    let namesakesRuledOut = 0;
    const examples: string[] = [];
    for (const m of hiddenRows) {
      const cands = nameCands(reg, m);
      namesakesRuledOut += cands.size > 0 ? 1 : 0;
      const p = hiddenProblems(reg, m, cands);
      if (p.length) { bad++; if (examples.length < 3) examples.push(`${rowName(m)} vs ${reg.nameLatin[p[0]] ?? reg.nameKh[p[0]]}`); }
      for (const [v, map] of [[m.nid, reg.nidMap], [m.nssf, reg.nssfMap]] as const) {
        if (v !== null && (map.has(Number(v)) || anySlip(v, (x) => map.has(x)))) idBad++;
      }
    }
    console.log(`  hidden rows that could pass by name for a registered worker (ruled out by a field): ${namesakesRuledOut}`);
    check(bad === 0, `rule 3: every hidden row told apart from all it could pass for, no DOB tie in its pool (${bad} bad${examples.length ? ': ' + examples.join('; ') : ''})`);
    check(idBad === 0, `rule 3: hidden IDs 2+ slips from every registered ID (${idBad} bad)`);
  }

  // ---- rule 4
  {
    const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const ids = new Set(onsite.map((o) => o.id));
    let inc = true;
    for (let k = 1; k < onsite.length; k++) if (!(onsite[k].recordedAt > onsite[k - 1].recordedAt)) inc = false;
    check(ids.size === onsite.length && onsite.every((o) => uuidRe.test(o.id)), 'rule 4: on-site ids unique v4 UUIDs');
    check(inc, 'rule 4: recordedAt strictly increasing in row order');
    check(new Set(registered.map((x) => x.workerId)).size === registered.length && registered.every((x, k) => x.workerId === `W${pad(k + 1, 6)}`), 'rule 4: worker ids assigned in shuffled order');
    const z = (a: boolean[], b: boolean[]) => {
      const pa = a.filter(Boolean).length / a.length;
      const pb = b.filter(Boolean).length / b.length;
      const pp = (a.filter(Boolean).length + b.filter(Boolean).length) / (a.length + b.length);
      const se = Math.sqrt(pp * (1 - pp) * (1 / a.length + 1 / b.length)) || 1;
      return Math.abs(pa - pb) / se;
    };
    const half = Math.floor(onsite.length / 2);
    const hid = meta.map((m) => m.truth < 0);
    const nk = meta.map(isNick);
    const zH = z(hid.slice(0, half), hid.slice(half));
    const zN = z(nk.slice(0, half), nk.slice(half));
    const absentInReg = registered.map((x) => B.absent[idToIdx.get(x.workerId)!]);
    const zA = z(absentInReg.slice(0, size >> 1), absentInReg.slice(size >> 1));
    check(zH < 4 && zN < 4 && zA < 4, `rule 4: no position leak (|z| hidden ${zH.toFixed(2)}, nickname ${zN.toFixed(2)}, absent ${zA.toFixed(2)})`);
    const hShare = (src: Source) => pct(count(meta, (m) => m.source === src && m.truth < 0), count(meta, (m) => m.source === src));
    console.log(`  hidden share by source: csv ${hShare('csv')}, manual ${hShare('manual')}, id-card ${hShare('id-card')}; DOB present true ${pct(count(trueRows, (m) => m.dob !== null), trueRows.length)} vs hidden ${pct(count(hiddenRows, (m) => m.dob !== null), hiddenRows.length)}`);
  }

  // ---- rule 5
  {
    let und = 0;
    let undNick = 0;
    let invalid = 0;
    for (const m of trueRows) {
      const ev = evalTrue(reg, m, m.truth);
      if (!ev.valid) invalid++;
      if (ev.undecidable) { und++; if (isNick(m)) undNick++; }
    }
    check(invalid === 0, `rule 5: every true row fits its worker (${invalid} not)`);
    check(und / trueRows.length < 0.04, `rule 5: undecidable true rows ${und} = ${pct(und, trueRows.length)} (< 4 %; nickname rows ${undNick}, name rows ${und - undNick})`);
  }

  // ---- schemas
  {
    const badR = registered.filter((x) => !RegSchema.safeParse(x).success).length;
    const badO = onsite.filter((x) => !OnsSchema.safeParse(x).success).length;
    check(badR === 0 && badO === 0, `schemas: all ${registered.length} registered and ${onsite.length} on-site rows parse (${badR} + ${badO} bad)`);
  }

  // ---- determinism & timing
  {
    const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
    const a = ser(generateFortysecond(size, seed));
    check(a === ser(roster), 'determinism: same seed gives the identical roster');
    check(a !== ser(generateFortysecond(size, seed + 1)), 'determinism: another seed gives a different roster');
    let ms = Infinity; // best of two, so a busy machine does not fail the check
    for (let k = 0; k < 2; k++) {
      const t1 = performance.now();
      generateFortysecond(10000, seed);
      ms = Math.min(ms, performance.now() - t1);
    }
    check(ms < 2000, `timing: 10,000 generated in ${ms.toFixed(0)} ms (< 2000; first run at ${size}: ${genMs.toFixed(0)} ms)`);
  }
  console.log(pass ? 'PASS' : `FAIL (${fails.length}): ${fails.join(' | ')}`);
  return pass;
}

/** Latin name = listed spellings of the words, any order, any case, at most one typo in one 4+-letter word. */
function latinFits(name: string, words: (readonly string[])[], allowTypo: boolean): boolean {
  const toks = name.toLowerCase().trim().split(/\s+/);
  const orders = words.length === 2 ? [words, [words[1], words[0]]] : [words];
  const combos = (ws: (readonly string[])[]): string[][] =>
    ws.length === 0 ? [[]] : ws[0].flatMap((v) => combos(ws.slice(1)).map((rest) => [...v.toLowerCase().split(/\s+/), ...rest]));
  for (const o of orders) {
    for (const exp of combos(o)) {
      if (exp.length !== toks.length) continue;
      let diff = 0;
      let ok = true;
      for (let i = 0; i < exp.length; i++) {
        if (exp[i] === toks[i]) continue;
        diff++;
        if (!allowTypo || Math.max(exp[i].length, toks[i].length) < 4 || exp[i].length < 4 || !near1(exp[i], toks[i])) ok = false;
      }
      if (ok && diff <= 1) return true;
    }
  }
  return false;
}

/** Khmer name = the words' Khmer spellings (either order), up to encoding. */
function khFits(name: string, words: string[]): boolean {
  const toks = khNorm(name).split(' ');
  const exp = words.map((w) => khNorm(w));
  if (toks.length !== exp.length) return false;
  return toks.every((t, i) => t === exp[i]) || (exp.length === 2 && toks[0] === exp[1] && toks[1] === exp[0]);
}

if (process.argv[1]?.endsWith('fortysecond.ts')) {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  selfCheck(size, seed).then((ok) => process.exit(ok ? 0 : 1), (e) => { console.error(e); process.exit(1); });
}
