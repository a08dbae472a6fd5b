/**
 * Blind benchmark roster `sixtyninth`: marks that tell namesakes apart.
 *
 * A factory where many workers share a full name. The employer's sheet (and the inspector copying
 * from it) adds a mark after a shared name to tell the holders apart; the register never does:
 *   - a number or letter: "SOK DARA 2", "SOK DARA (B)", "Sok Dara-3", "SOK DARA #2", "សុខ ដារ៉ា ២";
 *   - big / small, older / younger: "SOK DARA THOM", "Sok Dara (Toch)", "សុខ ដារ៉ាធំ", "សុខ ដារ៉ាតូច",
 *     rarely Bong / Pa-oun or Chas / Kmeng;
 *   - the production line or section: "SOK DARA L5", "SOK DARA (Line 12)", "SOK DARA - QC",
 *     "សុខ ដារ៉ា ផ្នែកកាត់", "សុខ ដារ៉ា ខ្សែ៥";
 *   - the worker's village / province: "Sok Dara Takeo", "SOK DARA (KAMPOT)", "សុខ ដារ៉ា តាកែវ".
 *
 * Model (rates are targets; the self-check prints the realised ones):
 *   - Register: `size` workers; ~25 % share their full name with another (groups of 2-4, and some
 *     names with 5-20 holders), the rest hold unique names. Namesakes are told apart by date of birth
 *     (always on the register), sex and IDs. National ID on 95 % of register rows, NSSF on all,
 *     Latin name on ~92 %, Khmer name always (a few with zero-width spaces or another code point order).
 *   - On site: ~94 % of registered workers present, ~6 % absent; hidden workers 6.5-8.5 % of rows,
 *     80 % of them namesakes of a registered worker (same Khmer name), 20 % with a name no registered
 *     worker could pass for. Rows shuffled; sources: a CSV block first (~62 %, sourceRow 1..n), then
 *     manual entries and ID-card scans mixed.
 *   - Marks: for a name held by 2+ registered workers the sheet marks the name (about half the names;
 *     then every holder on the sheet, the first one sometimes left plain), so ~40 % of such rows carry a
 *     mark; other rows ~10 % (line, village, or a number). A number / letter / big-small mark is the
 *     row's rank among the holders of that name on the sheet in row order (hidden namesakes included),
 *     never anything from the register; line, section and village are drawn at random. ID-card rows
 *     never carry a mark.
 *   - Names: Latin (~60 %) in any listed romanization, upper / title / lower case, family and given
 *     swapped (~12 %), one typo in one word of 4+ letters (~5 %); Khmer (~40 %) with zero-width spaces,
 *     no space, another code point order (shifter / vowel / coeng-ro / ុំ), split vowels (េ+ា for ោ).
 *   - Fields: DOB on ~85 % of rows (day/month swapped on ~3 % of them), national ID ~40 % (one slip on
 *     ~5 %), NSSF ~25 % (registered rows only; one slip on ~4 %), sex ~90 %.
 *
 * Fairness rules (audited by the self-check when this file is run directly):
 *   1. A true row carries only plausible variants of its registered worker: listed romanizations,
 *      either order, any case, at most one typo in one word of 4+ letters, Khmer encoding variants;
 *      IDs exact or one slip; DOB exact or day/month swapped; sex right or missing. Extra variation
 *      modelled: one trailing mark (above), which a human strips on sight; the audit strips it with a
 *      fixed vocabulary (numbers, Khmer digits, single letters, anything in brackets, L/Line + number,
 *      sections, villages, big/small/old/young words) before comparing names.
 *   2. Registered namesakes (same full name in any spelling) never share a date of birth, nor are
 *      their dates a day/month swap, one digit or one transposition apart.
 *   3. A hidden row either is not within one edit of any spelling of any registered name (after mark
 *      stripping), or is ruled out from every registered worker it could pass for by a field on both
 *      sides (sex differs, DOB more than a swap / one digit apart, national ID or NSSF 2+ edits apart).
 *      Hidden namesakes always carry a DOB (or, rarely, a national ID that rules every candidate out).
 *   4. Nothing leaks the truth: registered workers shuffled before their ids are given, on-site rows
 *      shuffled, ids random v4 UUIDs from the seeded PRNG, recordedAt increasing in row order, marks
 *      drawn from sheet order, not from the register.
 *   5. Undecidable true rows (another registered worker scores as well on every field both sides
 *      carry) stay under 4 %; a marked namesake row that nothing ties to its holder counts here.
 *
 * Run: npx tsx test/bench/sixtyninth.ts 10000 1
 */
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import {
  FAMILY,
  GIVEN,
  VILLAGES,
  SECTIONS,
  SIZE_PAIRS,
  KHMER_DIGITS,
  KHMER_LETTERS,
  KH_LINE,
  KH_SECTION,
  type NameWord,
} from './sixtyninth-names';

export const SIXTYNINTH_LABEL = 'namesake marks: sheet adds 2/(B)/Thom-Toch/line/village to shared names; register does not';

// ---------------------------------------------------------------- words

const NF = FAMILY.length;
/** All words: family names first, then given names. */
const WORDS: readonly NameWord[] = [...FAMILY, ...GIVEN];
const givenSex = (wi: number): 'F' | 'M' | 'U' => GIVEN[wi - NF].sex;

// ---------------------------------------------------------------- text helpers

const ZW_RE = /[\u200B-\u200D\u2060\uFEFF]/g;
const isKhBase = (c: number) => (c >= 0x1780 && c <= 0x17b3) || c === 0x17dc;
const COENG = 0x17d2;
const RO = 0x179a;

function khRank(c: number): number {
  if (c === 0x17cc) return 0; // robat
  if (c === 0x17c9 || c === 0x17ca) return 3; // register shifters
  if (c >= 0x17b6 && c <= 0x17c5) return 4; // dependent vowels
  if ((c >= 0x17c6 && c <= 0x17d1) || c === 0x17d3 || c === 0x17dd) return 5; // signs
  return -1;
}

/** One canonical code point order per Khmer cluster, split vowels joined. */
export function canonKhmer(s: string): string {
  s = s.replace(/\u17C1\u17B6/g, '\u17C4').replace(/\u17C1\u17B8/g, '\u17BE');
  const cps = Array.from(s, (ch) => ch.codePointAt(0)!);
  const out: number[] = [];
  let i = 0;
  while (i < cps.length) {
    const c = cps[i];
    if (!isKhBase(c)) { out.push(c); i++; continue; }
    out.push(c);
    i++;
    const marks: { r: number; cps: number[]; o: number }[] = [];
    while (i < cps.length) {
      const m = cps[i];
      if (m === COENG && i + 1 < cps.length) {
        const sub = cps[i + 1];
        marks.push({ r: sub === RO ? 2 : 1, cps: [m, sub], o: marks.length });
        i += 2;
        continue;
      }
      const r = khRank(m);
      if (r < 0) break;
      marks.push({ r, cps: [m], o: marks.length });
      i++;
    }
    marks.sort((a, b) => a.r - b.r || a.o - b.o);
    for (const m of marks) out.push(...m.cps);
  }
  return String.fromCodePoint(...out);
}

/** The key names are compared on: NFC, no zero-width or spaces, canonical Khmer, lower case. */
export function nameKey(s: string): string {
  return canonKhmer(s.normalize('NFC').replace(ZW_RE, '')).toLowerCase().replace(/[\s.'’-]+/g, '');
}

/** Optimal-string-alignment distance (small strings). */
function osa(a: string, b: string): number {
  const la = a.length, lb = b.length;
  if (!la) return lb;
  if (!lb) return la;
  let pp = new Array<number>(lb + 1).fill(0);
  let p = Array.from({ length: lb + 1 }, (_, j) => j);
  for (let i = 1; i <= la; i++) {
    const c = new Array<number>(lb + 1);
    c[0] = i;
    for (let j = 1; j <= lb; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(p[j] + 1, c[j - 1] + 1, p[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, pp[j - 2] + 1);
      c[j] = v;
    }
    pp = p;
    p = c;
  }
  return p[lb];
}

/** OSA distance <= 1, fast. */
export function within1(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length, lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  if (la > lb) return a.slice(i + 1) === b.slice(i);
  return a.slice(i) === b.slice(i + 1);
}

const swapDM = (d: string) => `${d.slice(0, 4)}-${d.slice(8, 10)}-${d.slice(5, 7)}`;
/** Dates a human could not tell apart: equal, day/month swapped, one digit or one transposition apart. */
export function dobClose(a: string, b: string): boolean {
  return a === b || swapDM(a) === b || within1(a.replace(/-/g, ''), b.replace(/-/g, ''));
}

// ---------------------------------------------------------------- marks and their stripping

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const SIZE_LATIN = SIZE_PAIRS.flatMap((p) => [p.bigLatin, p.smallLatin]);
const SIZE_KH = SIZE_PAIRS.flatMap((p) => [p.bigKh, p.smallKh]);
const LATIN_MARK_WORDS = [...VILLAGES.map((v) => v.latin), ...SECTIONS.map((s) => s.latin), ...SIZE_LATIN, 'Pa oun', 'Paoun'];
const KH_DIG = `[${KHMER_DIGITS}]`;
const SEP = '(?:[\\s\\u200B]+|[\\s\\u200B]*[-–#,][\\s\\u200B]*)';
const MARK_ALTS = [
  '\\d+',
  'no\\.?\\s*\\d+',
  'l\\s*\\d+',
  'line\\s*\\d+',
  '[a-z]',
  `${KH_DIG}+`,
  `${KH_LINE}\\s*(?:${KH_DIG}|\\d)+`,
  `${KH_SECTION}\\s*(?:${SECTIONS.map((s) => esc(s.kh)).join('|')})`,
  ...[...LATIN_MARK_WORDS, ...VILLAGES.map((v) => v.kh), ...SIZE_KH].sort((a, b) => b.length - a.length).map(esc),
];
const PAREN_RE = /[\s\u200B]*[([][^()[\]]*[)\]][\s\u200B]*$/;
const SUFFIX_RE = new RegExp(`${SEP}(?:${MARK_ALTS.join('|')})[\\s\\u200B]*$`, 'i');
const KH_JOINED_RE = new RegExp(`(?<=[\\u1780-\\u17DD])(?:${SIZE_KH.map(esc).join('|')})[\\s\\u200B]*$`);

/** What a human does on reading a sheet name: drop one trailing namesake mark. */
export function stripMark(name: string): string {
  let s = name.trim();
  for (let k = 0; k < 3; k++) {
    const before = s;
    for (const re of [PAREN_RE, SUFFIX_RE, KH_JOINED_RE]) {
      const t = s.replace(re, '').trim();
      if (t && t !== s && nameKey(t).length >= 3) { s = t; break; }
    }
    if (s === before) break;
  }
  return s;
}

// ---------------------------------------------------------------- word neighbourhoods

interface WordInfo {
  /** lower-case Latin spellings, spaces removed */
  keys: string[];
  tokens: string[];
}
let wordCache: { info: WordInfo[]; near1: number[][]; near2: number[][]; tokenSet: Set<string>; khSet: Map<string, number> } | null = null;

function words() {
  if (wordCache) return wordCache;
  const info: WordInfo[] = WORDS.map((w) => ({
    keys: [...new Set(w.latin.map((l) => l.toLowerCase().replace(/\s+/g, '')))],
    tokens: w.latin.flatMap((l) => l.toLowerCase().split(/\s+/)),
  }));
  const kh = WORDS.map((w) => canonKhmer(w.kh));
  const near1: number[][] = WORDS.map(() => []);
  const near2: number[][] = WORDS.map(() => []);
  for (let a = 0; a < WORDS.length; a++) {
    for (let b = a + 1; b < WORDS.length; b++) {
      let d = osa(kh[a], kh[b]);
      for (const x of info[a].keys) for (const y of info[b].keys) if (d > 1) d = Math.min(d, Math.abs(x.length - y.length) > 2 ? 3 : osa(x, y));
      if (d <= 2) { near2[a].push(b); near2[b].push(a); }
      if (d <= 1) { near1[a].push(b); near1[b].push(a); }
    }
  }
  const tokenSet = new Set<string>();
  for (const i of info) for (const t of i.tokens) tokenSet.add(t);
  for (const i of info) for (const k of i.keys) tokenSet.add(k);
  for (const m of LATIN_MARK_WORDS) tokenSet.add(m.toLowerCase());
  const khSet = new Map<string, number>();
  kh.forEach((k, i) => khSet.set(k, i));
  wordCache = { info, near1, near2, tokenSet, khSet };
  return wordCache;
}

// ---------------------------------------------------------------- generator

interface Person {
  fam: number;
  giv: number;
  sex: 'F' | 'M';
  dob: string;
  natId: string;
  nssf: string | null;
  village: number;
  /** index into the registered list, or -1 for a hidden worker */
  reg: number;
  hiddenKind?: 'namesake' | 'fresh';
}

export type MarkStyle = 'number' | 'letter' | 'size' | 'line' | 'village';
interface RowMeta {
  script: 'latin' | 'khmer';
  swapped: boolean;
  typo: boolean;
  khVariant: string | null;
  mark: MarkStyle | null;
  /** the name is held by 2+ registered workers */
  sharedName: boolean;
  dobSwap: boolean;
  natSlip: boolean;
  nssfSlip: boolean;
  hiddenKind: 'namesake' | 'fresh' | null;
  plainName: string;
}

const comboKey = (f: number, g: number) => f * 1000 + g;
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function randDob(r: Rng): string {
  const y = 2006 - Math.floor(36 * r.next() ** 1.7);
  const m = r.int(1, 12);
  return `${y}-${pad(m, 2)}-${pad(r.int(1, daysIn(y, m)), 2)}`;
}

function uuid(r: Rng): string {
  const h: string[] = [];
  for (let i = 0; i < 32; i++) h.push(Math.floor(r.next() * 16).toString(16));
  h[12] = '4';
  h[16] = '89ab'[Math.floor(r.next() * 4)];
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function idSlip(r: Rng, id: string): string {
  for (let k = 0; k < 20; k++) {
    const a = id.split('');
    const i = r.int(0, a.length - 2);
    if (r.chance(0.5) && a[i] !== a[i + 1]) [a[i], a[i + 1]] = [a[i + 1], a[i]];
    else a[i] = String((Number(a[i]) + r.int(1, 9)) % 10);
    const s = a.join('');
    if (s !== id) return s;
  }
  return id;
}

/** Khmer code point order variants a keyboard produces; returns null when none applies. */
function khReorder(r: Rng, s: string): string | null {
  const c = Array.from(s);
  const opts: (() => void)[] = [];
  for (let i = 0; i + 1 < c.length; i++) {
    const x = c[i].codePointAt(0)!, y = c[i + 1].codePointAt(0)!;
    if ((x === 0x17c9 || x === 0x17ca) && khRank(y) === 4) opts.push(() => { [c[i], c[i + 1]] = [c[i + 1], c[i]]; });
    if (khRank(x) === 4 && y === 0x17c6) opts.push(() => { [c[i], c[i + 1]] = [c[i + 1], c[i]]; });
    if (x === COENG && i + 2 < c.length && khRank(c[i + 2].codePointAt(0)!) === 4) {
      opts.push(() => { const v = c[i + 2]; c.splice(i + 2, 1); c.splice(i, 0, v); });
    }
    if (x === COENG && i + 3 < c.length && c[i + 2].codePointAt(0) === COENG && c[i + 3].codePointAt(0) === RO && y !== RO) {
      opts.push(() => { const sub = c[i + 1]; c[i + 1] = c[i + 3]; c[i + 3] = sub; });
    }
  }
  if (!opts.length) return null;
  r.pick(opts)();
  return c.join('');
}

function khVariant(r: Rng, s: string, p: number): { s: string; v: string | null } {
  if (!r.chance(p)) return { s, v: null };
  const u = r.next();
  if (u < 0.4) return { s: s.replace(/ /g, '\u200B'), v: 'zwsp' };
  if (u < 0.55) return { s: s.replace(/ /g, ''), v: 'nospace' };
  if (u < 0.68 && /\u17C4|\u17BE/.test(s)) return { s: s.replace(/\u17C4/g, '\u17C1\u17B6').replace(/\u17BE/g, '\u17C1\u17B8'), v: 'split-vowel' };
  const o = khReorder(r, s);
  if (o && o !== s) return { s: o, v: 'reorder' };
  return { s: s.replace(/ /g, '\u200B'), v: 'zwsp' };
}

const KEYBOARD_NEAR: Record<string, string> = {
  a: 'sqz', b: 'vn', c: 'xv', d: 'sf', e: 'wr', f: 'dg', g: 'fh', h: 'gj', i: 'uo', j: 'hk', k: 'jl', l: 'k', m: 'n',
  n: 'bm', o: 'ip', p: 'o', q: 'w', r: 'et', s: 'ad', t: 'ry', u: 'yi', v: 'cb', w: 'qe', x: 'zc', y: 'tu', z: 'x',
};

/** One typo in one Latin word of 4+ letters; the result is no listed spelling of any word. */
function typo(r: Rng, name: string): string | null {
  const parts = name.split(' ');
  const idx = parts.map((p, i) => (/^[A-Za-z]{4,}$/.test(p) ? i : -1)).filter((i) => i >= 0);
  if (!idx.length) return null;
  const { tokenSet } = words();
  for (let k = 0; k < 10; k++) {
    const i = r.pick(idx);
    const word = parts[i];
    const upper = word === word.toUpperCase();
    const lw = word.toLowerCase().split('');
    const j = r.int(1, lw.length - 1);
    const op = r.next();
    if (op < 0.35) lw[j] = r.pick((KEYBOARD_NEAR[lw[j]] ?? 'e').split(''));
    else if (op < 0.6) lw.splice(j, 1);
    else if (op < 0.8) lw.splice(j, 0, lw[j]);
    else if (j + 1 < lw.length && lw[j] !== lw[j + 1]) [lw[j], lw[j + 1]] = [lw[j + 1], lw[j]];
    else continue;
    const t = lw.join('');
    if (t === word.toLowerCase() || tokenSet.has(t) || t.length < 3) continue;
    let out = upper ? t.toUpperCase() : t;
    if (!upper && word[0] === word[0].toUpperCase()) out = out[0].toUpperCase() + out.slice(1);
    const p2 = parts.slice();
    p2[i] = out;
    return p2.join(' ');
  }
  return null;
}

const kDigits = (n: number) => String(n).split('').map((d) => KHMER_DIGITS[Number(d)]).join('');

function renderMark(r: Rng, style: MarkStyle, rank: number, khmer: boolean, upper: boolean, joinOk: boolean,
  sizePair: number, person: Person): { text: string; style: MarkStyle } {
  if ((style === 'size' && rank > 2) || (style === 'letter' && rank > 8)) style = 'number';
  let t: string;
  const up = (s: string) => (upper && r.chance(0.8) ? s.toUpperCase() : s);
  switch (style) {
    case 'number':
      t = khmer && r.chance(0.75) ? r.pick([` ${kDigits(rank)}`, `(${kDigits(rank)})`, ` (${kDigits(rank)})`])
        : up(r.pick([` ${rank}`, ` (${rank})`, `-${rank}`, ` #${rank}`, ` No.${rank}`, ` ${rank}`]));
      break;
    case 'letter': {
      const L = 'ABCDEFGH'[rank - 1];
      t = khmer && r.chance(0.7) ? r.pick([` (${KHMER_LETTERS[rank - 1]})`, `(${KHMER_LETTERS[rank - 1]})`])
        : r.pick([` (${L})`, ` ${L}`, `-${L}`, ` (${L})`]);
      break;
    }
    case 'size': {
      const p = SIZE_PAIRS[sizePair];
      if (khmer) {
        const w = rank === 1 ? p.bigKh : p.smallKh;
        t = joinOk && r.chance(0.6) ? w : ` ${w}`;
      } else {
        const w = rank === 1 ? p.bigLatin : p.smallLatin;
        t = up(r.pick([` ${w}`, ` (${w})`, `-${w}`, ` ${w}`]));
      }
      break;
    }
    case 'line': {
      const n = r.int(1, 24);
      const sec = r.pick(SECTIONS);
      t = khmer ? r.pick([` ${KH_LINE}${kDigits(n)}`, ` ${KH_SECTION}${sec.kh}`, ` (${KH_LINE} ${kDigits(n)})`])
        : up(r.pick([` L${n}`, ` (Line ${n})`, ` - ${sec.latin}`, ` Line ${n}`, ` (${sec.latin})`, ` - L${n}`]));
      break;
    }
    case 'village': {
      const v = VILLAGES[person.village];
      t = khmer ? r.pick([` ${v.kh}`, ` (${v.kh})`]) : up(r.pick([` ${v.latin}`, ` (${v.latin})`, ` - ${v.latin}`]));
      break;
    }
  }
  return { text: t, style };
}

function pickStyle(r: Rng, shared: boolean): MarkStyle {
  const u = r.next();
  if (shared) return u < 0.35 ? 'number' : u < 0.47 ? 'letter' : u < 0.65 ? 'size' : u < 0.87 ? 'line' : 'village';
  return u < 0.45 ? 'line' : u < 0.8 ? 'village' : 'number';
}

const latinSpelling = (r: Rng, w: number, pFirst: number) => {
  const l = WORDS[w].latin;
  return l.length === 1 || r.chance(pFirst) ? l[0] : l[r.int(1, l.length - 1)];
};

function generateInternal(size: number, seed: number): { roster: Roster; meta: Map<string, RowMeta>; persons: Person[] } {
  const r = rng(seed * 7919 + 69);
  const { near1, near2 } = words();
  const NG = GIVEN.length;

  // ---- names on the register
  const used = new Set<number>();
  const names: [number, number][] = [];
  const shareTarget = Math.round(size * (0.24 + 0.02 * r.next()));
  let shared = 0;
  const famIdx = FAMILY.map((_, i) => i);
  const givIdx = GIVEN.map((_, i) => NF + i);
  const pickCombo = (sf: number, sg: number, tries: number): [number, number] | null => {
    for (let k = 0; k < tries; k++) {
      const f = r.pickSkewed(famIdx, sf), gw = r.pickSkewed(givIdx, sg);
      if (!used.has(comboKey(f, gw))) return [f, gw];
    }
    return null;
  };
  while (shared < shareTarget) {
    const u = r.next();
    const n = u < 0.5 ? 2 : u < 0.7 ? 3 : u < 0.82 ? 4 : 5 + Math.floor(16 * r.next() ** 2);
    const c = pickCombo(2.2, 1.7, 200) ?? pickCombo(1, 1, 2000)!;
    used.add(comboKey(c[0], c[1]));
    for (let i = 0; i < n; i++) names.push(c);
    shared += n;
  }
  let fallback: number[] | null = null;
  let fp = 0;
  while (names.length < size) {
    let c = pickCombo(1.5, 1.25, 25);
    if (!c) {
      if (!fallback) {
        fallback = [];
        for (const f of famIdx) for (const gw of givIdx) fallback.push(comboKey(f, gw));
        r.shuffle(fallback);
      }
      while (fp < fallback.length && used.has(fallback[fp])) fp++;
      if (fp >= fallback.length) throw new Error('sixtyninth: name space exhausted');
      c = [Math.floor(fallback[fp] / 1000), fallback[fp] % 1000];
    }
    used.add(comboKey(c[0], c[1]));
    names.push(c);
  }

  // ---- registered people
  const natIds = new Set<string>();
  const newNatId = () => {
    for (;;) {
      const id = pad(r.int(1, 25), 2) + pad(r.int(0, 9999999), 7);
      if (!natIds.has(id)) { natIds.add(id); return id; }
    }
  };
  const nssfs = new Set<string>();
  const newNssf = () => {
    for (;;) {
      const id = String(r.int(1, 9)) + pad(r.int(0, 999999999), 9);
      if (!nssfs.has(id)) { nssfs.add(id); return id; }
    }
  };
  const byCombo = new Map<number, Person[]>();
  const regPersons: Person[] = [];
  for (const [f, gw] of names) {
    const s = givenSex(gw);
    const holders = byCombo.get(comboKey(f, gw)) ?? [];
    let dob = randDob(r);
    while (holders.some((h) => dobClose(h.dob, dob))) dob = randDob(r);
    const p: Person = { fam: f, giv: gw, sex: s === 'U' ? (r.chance(0.5) ? 'F' : 'M') : s, dob, natId: newNatId(), nssf: newNssf(),
      village: r.int(0, VILLAGES.length - 1), reg: -1 };
    holders.push(p);
    byCombo.set(comboKey(f, gw), holders);
    regPersons.push(p);
  }
  r.shuffle(regPersons);
  regPersons.forEach((p, i) => { p.reg = i; });

  const registered: RegisteredWorker[] = regPersons.map((p, i) => {
    const kh = `${FAMILY[p.fam].kh} ${WORDS[p.giv].kh}`;
    const khv = khVariant(r, kh, 0.1).s;
    const hireY = Math.max(Number(p.dob.slice(0, 4)) + 18, 2012);
    const hy = r.int(hireY, 2025), hm = hy === 2025 ? r.int(1, 5) : r.int(1, 12);
    return {
      workerId: `W${pad(i + 1, 6)}`,
      nssfNumber: p.nssf,
      nationalId: r.chance(0.95) ? p.natId : null,
      nameKh: khv,
      nameLatin: r.chance(0.92) ? `${latinSpelling(r, p.fam, 0.75)} ${latinSpelling(r, p.giv, 0.75)}`.toUpperCase() : null,
      sex: p.sex,
      dateOfBirth: p.dob,
      hireDate: `${hy}-${pad(hm, 2)}-${pad(r.int(1, daysIn(hy, hm)), 2)}`,
      wageRiel: r.chance(0.97) ? r.int(800, 1600) * 1000 : null,
    };
  });

  // ---- who is on site
  const order = regPersons.map((_, i) => i);
  r.shuffle(order);
  const absentN = Math.round(size * (0.045 + 0.025 * r.next()));
  const present = order.slice(absentN).map((i) => regPersons[i]);
  const hiddenRate = 0.065 + 0.02 * r.next();
  const hiddenN = Math.round((present.length * hiddenRate) / (1 - hiddenRate));

  // registered workers a name (f, g) could pass for, at word level, with words within `near`
  const around = (f: number, gw: number, near: number[][]): Person[] => {
    const out: Person[] = [];
    const fs = [f, ...near[f]], gs = [gw, ...near[gw]];
    for (const a of fs) for (const b of gs) { const h = byCombo.get(comboKey(a, b)); if (h) out.push(...h); }
    for (const a of gs) for (const b of fs) { const h = byCombo.get(comboKey(a, b)); if (h) out.push(...h); }
    return out;
  };
  const hidden: Person[] = [];
  for (let k = 0; k < hiddenN; k++) {
    let f: number, gw: number, kind: 'namesake' | 'fresh';
    if (r.chance(0.8)) {
      const src = r.pick(regPersons);
      f = src.fam; gw = src.giv; kind = 'namesake';
    } else {
      kind = 'fresh';
      for (;;) {
        f = r.pickSkewed(famIdx, 1.3); gw = NF + r.int(0, NG - 1);
        if (around(f, gw, near1).length === 0) break;
      }
    }
    const cands = around(f, gw, near2);
    let dob = randDob(r);
    while (cands.some((c) => dobClose(c.dob, dob))) dob = randDob(r);
    const s = givenSex(gw);
    hidden.push({ fam: f, giv: gw, sex: s === 'U' ? (r.chance(0.5) ? 'F' : 'M') : s, dob, natId: newNatId(), nssf: null,
      village: r.int(0, VILLAGES.length - 1), reg: -1, hiddenKind: kind });
  }

  const rows: Person[] = r.shuffle([...present, ...hidden]);
  const n = rows.length;
  const csvN = Math.round(n * (0.58 + 0.08 * r.next()));
  const sources: ('csv' | 'manual' | 'id-card')[] = rows.map((_, i) => (i < csvN ? 'csv' : r.chance(0.74) ? 'manual' : 'id-card'));

  // ---- marks: rank among sheet holders of a name, in row order
  const regCount = (p: Person) => byCombo.get(comboKey(p.fam, p.giv))?.length ?? 0;
  const rank = new Array<number>(n).fill(0);
  const seen = new Map<number, number>();
  rows.forEach((p, i) => {
    if (sources[i] === 'id-card') return;
    const k = comboKey(p.fam, p.giv);
    const c = (seen.get(k) ?? 0) + 1;
    seen.set(k, c);
    rank[i] = c;
  });
  const groupPlan = new Map<number, { marked: boolean; style: MarkStyle; firstPlain: boolean; sizePair: number }>();
  const sizeWeights = SIZE_PAIRS.map((p) => p.weight);
  const pickSizePair = () => { let u = r.next(); for (let i = 0; i < sizeWeights.length; i++) { u -= sizeWeights[i]; if (u < 0) return i; } return 0; };

  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  const meta = new Map<string, RowMeta>();
  let t = Date.UTC(2025, 5, 17, 1, 30, 0);
  let csvRow = 0;
  for (let i = 0; i < n; i++) {
    const p = rows[i];
    const src = sources[i];
    const isTrue = p.reg >= 0;
    const sharedName = regCount(p) >= 2;

    // name
    const khmer = r.chance(src === 'csv' ? 0.3 : src === 'manual' ? 0.5 : 0.9);
    let swapped = false, didTypo = false, khv: string | null = null;
    let name: string;
    let upper = false;
    if (khmer) {
      swapped = r.chance(0.04);
      const a = FAMILY[p.fam].kh, b = WORDS[p.giv].kh;
      const v = khVariant(r, swapped ? `${b} ${a}` : `${a} ${b}`, 0.45);
      name = v.s; khv = v.v;
    } else {
      swapped = r.chance(0.12);
      const a = latinSpelling(r, p.fam, 0.6), b = latinSpelling(r, p.giv, 0.6);
      name = swapped ? `${b} ${a}` : `${a} ${b}`;
      const u = r.next();
      const pu = src === 'csv' ? 0.8 : src === 'manual' ? 0.3 : 0.6;
      if (u < pu) { name = name.toUpperCase(); upper = true; }
      else if (u > 0.93) name = name.toLowerCase();
      // a hidden row with a typo always shows its DOB (below), so the typo cannot make it pass for anyone
      if (r.chance(0.05)) { const ty = typo(r, name); if (ty) { name = ty; didTypo = true; } }
    }
    const plainName = name;

    // mark
    let mark: MarkStyle | null = null;
    if (src !== 'id-card') {
      let style: MarkStyle | null = null;
      let sizePair = 0;
      if (sharedName) {
        const k = comboKey(p.fam, p.giv);
        let plan = groupPlan.get(k);
        if (!plan) {
          plan = { marked: r.chance(0.45), style: pickStyle(r, true), firstPlain: r.chance(0.3), sizePair: pickSizePair() };
          groupPlan.set(k, plan);
        }
        if (plan.marked && !(plan.firstPlain && rank[i] === 1)) { style = plan.style; sizePair = plan.sizePair; }
      } else if (r.chance(0.11)) {
        style = pickStyle(r, false);
        // a lone holder on the sheet gets no number: "SOK DARA 1" only appears beside a "SOK DARA 2"
        if (style === 'number' && (seen.get(comboKey(p.fam, p.giv)) ?? 0) < 2) style = 'line';
      }
      if (style) {
        const m = renderMark(r, style, rank[i], khmer, upper, !swapped && khv !== 'nospace', sizePair, p);
        name += m.text;
        mark = m.style;
      }
    }

    // fields
    let dob: string | null = p.dob;
    let dobSwap = false;
    const pDob = src === 'id-card' ? 0.97 : src === 'manual' ? 0.86 : 0.84;
    let natShown = src === 'id-card' || r.chance(src === 'csv' ? 0.32 : 0.3);
    if (isTrue) {
      if (!r.chance(pDob)) dob = null;
      else if (r.chance(0.08)) {
        const d = Number(p.dob.slice(8, 10)), m = Number(p.dob.slice(5, 7));
        if (d <= 12 && d !== m) { dob = swapDM(p.dob); dobSwap = true; }
      }
    } else if (p.hiddenKind === 'namesake') {
      // a namesake must be told apart: DOB, or (rarely) a national ID when every candidate has one
      if (!didTypo && !r.chance(0.92)) {
        const cands = around(p.fam, p.giv, near2);
        if (cands.every((c) => registered[c.reg].nationalId && !within1(registered[c.reg].nationalId!, p.natId))) { dob = null; natShown = true; }
      }
    } else if (!didTypo && !r.chance(pDob)) dob = null;
    let natId: string | null = null, natSlip = false;
    if (natShown) {
      natId = p.natId;
      if (isTrue && r.chance(0.05)) { natId = idSlip(r, p.natId); natSlip = true; }
    }
    let nssf: string | null = null, nssfSlip = false;
    if (isTrue && r.chance(src === 'csv' ? 0.3 : src === 'manual' ? 0.25 : 0.05)) {
      nssf = p.nssf;
      if (r.chance(0.04)) { nssf = idSlip(r, p.nssf!); nssfSlip = true; }
    }
    const sex = r.chance(src === 'id-card' ? 1 : src === 'manual' ? 0.95 : 0.85) ? p.sex : null;

    t += r.int(1000, 9000);
    const id = uuid(r);
    onsite.push({
      id,
      visitId: 'visit-sixtyninth',
      name,
      nationalId: natId,
      nssfNumber: nssf,
      sex,
      dateOfBirth: dob,
      source: src,
      sourceRow: src === 'csv' ? ++csvRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, isTrue ? registered[p.reg].workerId : null);
    meta.set(id, { script: khmer ? 'khmer' : 'latin', swapped, typo: didTypo, khVariant: khv, mark, sharedName, dobSwap, natSlip, nssfSlip,
      hiddenKind: p.hiddenKind ?? null, plainName });
  }
  return { roster: { registered, onsite, truth }, meta, persons: regPersons };
}

export function generateSixtyNinth(size: number, seed: number): Roster {
  return generateInternal(size, seed).roster;
}

// ---------------------------------------------------------------- self-check

function selfCheck(size: number, seed: number): boolean {
  const problems: string[] = [];
  const fail = (s: string) => problems.push(s);
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + ' %' : '-');

  // names sanity
  const { info, khSet } = words();
  const latinOwner = new Map<string, number>();
  info.forEach((inf, i) => inf.keys.forEach((k) => {
    if (latinOwner.has(k) && latinOwner.get(k) !== i) fail(`Latin spelling "${k}" used by two words`);
    latinOwner.set(k, i);
  }));
  if (khSet.size !== WORDS.length) fail('a Khmer word is listed twice');
  for (const w of WORDS) {
    if (canonKhmer(w.kh) !== w.kh) fail(`Khmer "${w.kh}" not in canonical order`);
    for (const l of w.latin) {
      for (const probe of [`Sok ${l}`, `${l} Sok`, `SOK ${l.toUpperCase()}`]) if (stripMark(probe) !== probe) fail(`stripMark eats the name "${probe}"`);
    }
    for (const probe of [`សុខ ${w.kh}`, `${w.kh} សុខ`, `សុខ${w.kh}`]) if (stripMark(probe) !== probe) fail(`stripMark eats the name "${probe}"`);
  }

  const t0 = performance.now();
  const { roster, meta } = generateInternal(size, seed);
  const genMs = performance.now() - t0;
  const { registered, onsite, truth } = roster;
  const regById = new Map(registered.map((w, i) => [w.workerId, i]));

  // ---- registry name index: every spelling, both orders, Khmer and Latin
  const wordOfKh = (kh: string) => khSet.get(canonKhmer(kh.normalize('NFC')));
  const keyIds = new Map<string, number>();
  const keyWorkers: number[][] = [];
  const keyList: string[] = [];
  const addKey = (k: string, wi: number) => {
    let id = keyIds.get(k);
    if (id === undefined) { id = keyList.length; keyIds.set(k, id); keyList.push(k); keyWorkers.push([]); }
    const arr = keyWorkers[id];
    if (arr[arr.length - 1] !== wi) arr.push(wi);
  };
  registered.forEach((w, wi) => {
    const parts = w.nameKh.replace(ZW_RE, ' ').trim().split(/\s+/);
    let f: number | undefined, gw: number | undefined;
    if (parts.length === 2) { f = wordOfKh(parts[0]); gw = wordOfKh(parts[1]); }
    else {
      // no space: split where both halves are listed words
      const s = canonKhmer(parts.join(''));
      for (let c = 1; c < s.length && f === undefined; c++) {
        const a = khSet.get(s.slice(0, c)), b = khSet.get(s.slice(c));
        if (a !== undefined && b !== undefined) { f = a; gw = b; }
      }
    }
    const kh = nameKey(w.nameKh);
    addKey(kh, wi);
    if (f === undefined || gw === undefined) { fail(`register name not parsed: ${w.nameKh}`); return; }
    addKey(nameKey(WORDS[gw].kh + WORDS[f].kh), wi);
    if (w.nameLatin) addKey(nameKey(w.nameLatin), wi);
    for (const a of info[f].keys) for (const b of info[gw].keys) { addKey(a + b, wi); addKey(b + a, wi); }
  });
  const delIndex = new Map<string, number[]>();
  const dels = (s: string) => { const o: string[] = []; for (let i = 0; i < s.length; i++) o.push(s.slice(0, i) + s.slice(i + 1)); return o; };
  keyList.forEach((k, id) => { for (const d of dels(k)) { const a = delIndex.get(d); if (a) { if (a[a.length - 1] !== id) a.push(id); } else delIndex.set(d, [id]); } });
  /** registered workers a name could pass for: worker -> 2 (exact spelling) / 1 (one edit) */
  const candidates = (name: string): Map<number, number> => {
    const q = nameKey(stripMark(name));
    const ids = new Set<number>();
    const e = keyIds.get(q); if (e !== undefined) ids.add(e);
    for (const id of delIndex.get(q) ?? []) ids.add(id);
    for (const d of dels(q)) {
      const e2 = keyIds.get(d); if (e2 !== undefined) ids.add(e2);
      for (const id of delIndex.get(d) ?? []) ids.add(id);
    }
    const out = new Map<number, number>();
    for (const id of ids) {
      const k = keyList[id];
      const qv = k === q ? 2 : within1(k, q) ? 1 : 0;
      if (!qv) continue;
      for (const wi of keyWorkers[id]) out.set(wi, Math.max(out.get(wi) ?? 0, qv));
    }
    return out;
  };
  const ruledOut = (o: OnsiteWorker, w: RegisteredWorker) =>
    (o.sex && w.sex && o.sex !== w.sex) ||
    (o.dateOfBirth && w.dateOfBirth && !dobClose(o.dateOfBirth, w.dateOfBirth)) ||
    (o.nationalId && w.nationalId && !within1(o.nationalId, w.nationalId)) ||
    (o.nssfNumber && w.nssfNumber && !within1(o.nssfNumber, w.nssfNumber));
  const score = (o: OnsiteWorker, w: RegisteredWorker, nq: number) => {
    let s = nq;
    if (o.dateOfBirth && w.dateOfBirth) s += o.dateOfBirth === w.dateOfBirth ? 2 : 1;
    if (o.nationalId && w.nationalId) s += o.nationalId === w.nationalId ? 3 : 1;
    if (o.nssfNumber && w.nssfNumber) s += o.nssfNumber === w.nssfNumber ? 3 : 1;
    if (o.sex && w.sex && o.sex === w.sex) s += 0.5;
    return s;
  };

  // ---- rules 1, 3, 5
  let r1 = 0, r3 = 0, undecidable = 0, undecidableMarked = 0, markedShared = 0, trueRows = 0;
  const r1Ex: string[] = [], r3Ex: string[] = [], undEx: string[] = [];
  for (const o of onsite) {
    const tid = truth.get(o.id);
    const c = candidates(o.name);
    const m = meta.get(o.id)!;
    if (tid) {
      trueRows++;
      const ti = regById.get(tid)!;
      const tw = registered[ti];
      const nq = c.get(ti) ?? 0;
      const ok = nq > 0 && (!o.sex || o.sex === tw.sex)
        && (!o.dateOfBirth || o.dateOfBirth === tw.dateOfBirth || swapDM(o.dateOfBirth) === tw.dateOfBirth)
        && (!o.nationalId || !tw.nationalId || within1(o.nationalId, tw.nationalId))
        && (!o.nssfNumber || !tw.nssfNumber || within1(o.nssfNumber, tw.nssfNumber));
      if (!ok) { r1++; if (r1Ex.length < 5) r1Ex.push(`${o.name} -> ${tw.nameLatin ?? tw.nameKh} (name ${nq})`); continue; }
      const ts = score(o, tw, nq);
      let und = false;
      for (const [wi, q] of c) {
        if (wi === ti) continue;
        const w = registered[wi];
        if (!ruledOut(o, w) && score(o, w, q) >= ts) { und = true; break; }
      }
      if (m.mark && m.sharedName) markedShared++;
      if (und) {
        undecidable++;
        if (m.mark && m.sharedName) undecidableMarked++;
        if (undEx.length < 3) undEx.push(`${o.name} dob=${o.dateOfBirth} nid=${o.nationalId}`);
      }
    } else {
      for (const [wi] of c) {
        if (!ruledOut(o, registered[wi])) { r3++; if (r3Ex.length < 5) r3Ex.push(`${o.name} ~ ${registered[wi].nameLatin ?? registered[wi].nameKh}`); break; }
      }
    }
  }
  if (r1) fail(`rule 1: ${r1} true rows carry an implausible variant, e.g. ${r1Ex.join('; ')}`);
  if (r3) fail(`rule 3: ${r3} hidden rows could pass for a registered worker, e.g. ${r3Ex.join('; ')}`);
  const undRate = undecidable / trueRows;
  if (undRate >= 0.04) fail(`rule 5: undecidable ${pct(undecidable, trueRows)}`);

  // ---- rule 2: namesakes by any shared spelling key
  let r2 = 0;
  const pairSet = new Set<number>();
  for (const ws of keyWorkers) {
    if (ws.length < 2) continue;
    for (let a = 0; a < ws.length; a++) for (let b = a + 1; b < ws.length; b++) {
      const pk = Math.min(ws[a], ws[b]) * 1e6 + Math.max(ws[a], ws[b]);
      if (pairSet.has(pk)) continue;
      pairSet.add(pk);
      const x = registered[ws[a]].dateOfBirth, y = registered[ws[b]].dateOfBirth;
      if (x && y && dobClose(x, y)) r2++;
    }
  }
  if (r2) fail(`rule 2: ${r2} namesake pairs with dates of birth a human cannot tell apart`);

  // share of registered with a namesake; group sizes
  const khGroups = new Map<string, number>();
  for (const w of registered) { const k = nameKey(w.nameKh.replace(ZW_RE, ' ')); khGroups.set(k, (khGroups.get(k) ?? 0) + 1); }
  // Khmer keys with no space differ only in spacing, which nameKey removes
  let sharedRegs = 0, big = 0, maxG = 0, sumPairs = 0;
  for (const c of khGroups.values()) { if (c >= 2) sharedRegs += c; if (c >= 5) big++; maxG = Math.max(maxG, c); sumPairs += c * (c - 1); }

  // ---- rule 4
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  if (onsite.some((o) => !uuidRe.test(o.id))) fail('rule 4: an id is not a v4 UUID');
  if (new Set(onsite.map((o) => o.id)).size !== onsite.length) fail('rule 4: duplicate ids');
  for (let i = 1; i < onsite.length; i++) if (!(onsite[i].recordedAt > onsite[i - 1].recordedAt)) { fail('rule 4: recordedAt not increasing'); break; }
  if (registered.some((w, i) => w.workerId !== `W${pad(i + 1, 6)}`)) fail('rule 4: workerIds not in list order');
  let adjSame = 0;
  for (let i = 1; i < registered.length; i++) if (nameKey(registered[i].nameKh) === nameKey(registered[i - 1].nameKh)) adjSame++;
  const adjExpected = sumPairs / registered.length;
  if (adjSame > 3 * adjExpected + 5) fail(`rule 4: namesakes clustered in the register (${adjSame} adjacent pairs, ~${adjExpected.toFixed(1)} expected)`);
  const xs: number[] = [], ys: number[] = [];
  onsite.forEach((o, i) => { const tid = truth.get(o.id); if (tid) { xs.push(i); ys.push(regById.get(tid)!); } });
  const rho = corr(xs, ys);
  if (Math.abs(rho) > 0.05) fail(`rule 4: row order correlates with register order (${rho.toFixed(3)})`);
  // hidden spread over the rows and the sources
  const hiddenIdx = onsite.map((o, i) => (truth.get(o.id) === null ? i : -1)).filter((i) => i >= 0);
  const hiddenMean = hiddenIdx.reduce((a, b) => a + b, 0) / hiddenIdx.length / onsite.length;
  if (Math.abs(hiddenMean - 0.5) > 0.08) fail(`rule 4: hidden rows bunched (mean position ${hiddenMean.toFixed(2)})`);
  // marks must not tell hidden from registered
  const markRate = (pred: (m: RowMeta, o: OnsiteWorker) => boolean) => {
    let a = 0, b = 0;
    for (const o of onsite) { const m = meta.get(o.id)!; if (pred(m, o)) { b++; if (m.mark) a++; } }
    return b ? a / b : 0;
  };
  const mkHidShared = markRate((m, o) => truth.get(o.id) === null && m.sharedName && o.source !== 'id-card');
  const mkRegShared = markRate((m, o) => truth.get(o.id) !== null && m.sharedName && o.source !== 'id-card');

  // ---- schemas
  let bad = 0;
  for (const o of onsite) if (!OnsiteWorker.safeParse(o).success) bad++;
  for (const w of registered) if (!RegisteredWorker.safeParse(w).success) bad++;
  if (bad) fail(`schema: ${bad} records fail zod`);
  if (truth.size !== onsite.length) fail('truth does not cover every on-site row');
  for (const o of onsite) if (o.statedStartDate !== undefined || o.wageRiel !== undefined) { fail('on-site row carries statedStartDate/wageRiel'); break; }

  // ---- determinism
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const again = generateSixtyNinth(size, seed);
  if (ser(again) !== ser(roster)) fail('determinism: same seed differs');
  const other = generateSixtyNinth(size, seed + 1);
  if (ser(other) === ser(roster)) fail('determinism: another seed gives the same roster');
  const t1 = performance.now();
  generateSixtyNinth(10000, seed);
  const ms10k = performance.now() - t1;
  if (ms10k >= 2000 || (size === 10000 && genMs >= 2000)) fail(`10k generation too slow: ${ms10k.toFixed(0)} ms`);

  // ---- report
  const rows = onsite.length;
  const hid = hiddenIdx.length;
  const metas = onsite.map((o) => meta.get(o.id)!);
  const count = (p: (m: RowMeta, o: OnsiteWorker) => boolean) => onsite.reduce((a, o) => a + (p(meta.get(o.id)!, o) ? 1 : 0), 0);
  const present = new Set([...truth.values()].filter((x): x is string => !!x));
  const sharedRows = count((m) => m.sharedName);
  const markedSharedAll = count((m) => m.sharedName && !!m.mark);
  const otherRows = rows - sharedRows;
  const markedOther = count((m) => !m.sharedName && !!m.mark);
  const styles = new Map<string, number>();
  for (const m of metas) if (m.mark) styles.set(m.mark, (styles.get(m.mark) ?? 0) + 1);
  const latinRows = count((m) => m.script === 'latin');
  const khRows = rows - latinRows;
  const khv = new Map<string, number>();
  for (const m of metas) if (m.khVariant) khv.set(m.khVariant, (khv.get(m.khVariant) ?? 0) + 1);
  const withDob = count((_, o) => !!o.dateOfBirth);
  const lines = [
    `sixtyninth size=${size} seed=${seed}: ${SIXTYNINTH_LABEL}`,
    `registered ${registered.length}; sharing a full name ${sharedRegs} (${pct(sharedRegs, registered.length)}), names with 5+ holders ${big}, largest ${maxG}; Latin name missing ${pct(registered.filter((w) => !w.nameLatin).length, registered.length)}; national ID missing ${pct(registered.filter((w) => !w.nationalId).length, registered.length)}`,
    `on site ${rows}: true ${rows - hid}, hidden ${hid} (${pct(hid, rows)}; namesakes ${pct(count((m) => m.hiddenKind === 'namesake'), hid)}), absent registered ${registered.length - present.size} (${pct(registered.length - present.size, registered.length)})`,
    `sources: csv ${pct(count((_, o) => o.source === 'csv'), rows)}, manual ${pct(count((_, o) => o.source === 'manual'), rows)}, id-card ${pct(count((_, o) => o.source === 'id-card'), rows)}`,
    `marks: rows with a shared name ${sharedRows} (${pct(sharedRows, rows)}), marked ${pct(markedSharedAll, sharedRows)}; other rows marked ${pct(markedOther, otherRows)}; styles ${[...styles].map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `marks on shared-name sheet rows: hidden ${(100 * mkHidShared).toFixed(1)} % vs registered ${(100 * mkRegShared).toFixed(1)} %`,
    `names: Latin ${pct(latinRows, rows)}, Khmer ${pct(khRows, rows)} (variants ${[...khv].map(([k, v]) => `${k} ${pct(v, khRows)}`).join(', ')}); order swapped ${pct(count((m) => m.swapped), rows)}; typo ${pct(count((m) => m.typo), latinRows)} of Latin rows`,
    `fields: DOB ${pct(withDob, rows)} (swapped ${pct(count((m) => m.dobSwap), withDob)}), national ID ${pct(count((_, o) => !!o.nationalId), rows)} (slip ${pct(count((m) => m.natSlip), count((_, o) => !!o.nationalId))}), NSSF ${pct(count((_, o) => !!o.nssfNumber), rows)} (slip ${pct(count((m) => m.nssfSlip), count((_, o) => !!o.nssfNumber))}), sex ${pct(count((_, o) => !!o.sex), rows)}`,
    `audit: rule1 violations ${r1}, rule2 namesake pairs ${pairSet.size} / violations ${r2}, rule3 violations ${r3}, undecidable ${undecidable} (${pct(undecidable, trueRows)}; marked shared-name rows ${undecidableMarked} of ${markedShared})${undEx.length ? ' e.g. ' + undEx.join('; ') : ''}`,
    `rule4: adjacent registered namesakes ${adjSame} (~${adjExpected.toFixed(1)} expected), row/register rank corr ${rho.toFixed(3)}, hidden mean position ${hiddenMean.toFixed(2)}`,
    `schemas ${bad ? 'FAIL' : 'ok'} (${rows + registered.length} records), determinism ${problems.some((p) => p.startsWith('determinism')) ? 'FAIL' : 'ok'}, generation ${genMs.toFixed(0)} ms (${size}), 10k ${ms10k.toFixed(0)} ms`,
    'examples: ' + onsite.filter((o) => meta.get(o.id)!.mark).slice(0, 8).map((o) => JSON.stringify(o.name)).join(', '),
  ];
  console.log(lines.join('\n'));
  for (const p of problems) console.log('  - ' + p);
  console.log(problems.length ? 'FAIL' : 'PASS');
  return problems.length === 0;
}

function corr(x: number[], y: number[]): number {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n, my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) { const a = x[i] - mx, b = y[i] - my; sxy += a * b; sxx += a * a; syy += b * b; }
  return sxy / Math.sqrt(sxx * syy);
}

if (process.argv[1]?.endsWith('sixtyninth.ts')) {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  process.exit(selfCheck(size, seed) ? 0 : 1);
}
