/**
 * `sixtythird`: a sheet that went through the wrong encodings.
 *
 * The employer keeps the roster in Excel on Windows and sends it as CSV; the inspector's import
 * reads it as UTF-8 text, but parts of it were damaged on the way:
 *
 *  - Mojibake blocks: contiguous blocks of sheet rows holding 37-46 % of all Khmer-named rows
 *    were double-encoded: the cell's UTF-8 bytes were read as Windows-1252 and saved again as
 *    UTF-8 (ស → "ážŸ"). Modelled exactly: encode to UTF-8, decode each byte as cp1252, with the
 *    five bytes cp1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) kept as the C1 control of the
 *    same value. Latin cells in those blocks go through the same mill (plain ASCII is unchanged;
 *    an NBSP becomes "Â\u00A0", a smart quote "â€œ"). The damage is mechanical and reversible.
 *  - ANSI block: one contiguous block (4-5.5 % of rows, in a Khmer-typing clerk's part of the
 *    sheet) where the sheet was saved as ANSI: every character cp1252 cannot hold became '?'
 *    (spaces kept), so its Khmer names (3.4-4.6 % of all rows) are only strings of '?'. Latin
 *    cells there survive.
 *  - A few sheet rows (~0.4 %) carry U+FFFD in place of one letter (one Khmer base consonant or
 *    one Latin letter); such a row has no other name slip.
 *  - Latin cells carry Excel artefacts: NBSP between words (20 %), doubled spaces (8 %), a leading
 *    apostrophe ('SOK DARA, 8 %), a curly apostrophe or curly double quotes (4.5 %), trailing
 *    tabs (6 %). Upper case on most sheet rows.
 *  - National IDs (9 digits, province code 01-25 first) lost their leading zero in about half
 *    of the sheet's blocks (Excel turned them into numbers).
 *  - Dates of birth: the sheet mixed ISO and D/M/YYYY blocks; the importer turned everything
 *    into ISO, but read the D/M blocks (~35 %) as M/D, so every ambiguous date there (day <= 12,
 *    day != month) has day and month swapped. Elsewhere 1.5 % random swaps (inspector typing).
 *  - Around the sheet: ~5 % rows typed by the inspector (source 'manual', more Latin, more typos,
 *    fewer IDs) and ~2 % read from ID cards (source 'id-card': clean Khmer, exact ID, DOB, sex).
 *  - Usual variations: Khmer keyboard variants (ZWSP or no separator instead of a space, ៉/៊
 *    typed after the vowel, ោ/ើ typed as two parts, ្ដ for ្ត, coeng-ro typed before the other
 *    subscript), Latin romanization variants, family/given order swaps, case, typos, ID slips,
 *    absent registered workers (5-7 %), hidden workers (6.5-8.5 % of on-site rows, ~45 % of them
 *    drawn as namesakes of registered workers; some land on damaged rows).
 *
 * Register: clean UTF-8, Khmer name on every worker ("FAMILY GIVEN" with one space), Latin on
 * ~60 % (upper case, a listed romanization), national ID on 98 %, NSSF number on 99.5 %, DOB on
 * 99.5 %, sex on all.
 *
 * FAIRNESS (what a careful human reading both lists can decide; audited by the self-check):
 *  1. A true row carries only plausible variants of its registered worker: its name is a listed
 *     Khmer spelling in any keyboard variant or a listed romanization, either order, any case,
 *     at most one slip (one typo in one word of 4+ letters, or one U+FFFD), plus the mechanical,
 *     reversible damage above (mojibake, Excel artefacts: quotes, apostrophes, NBSP, tabs,
 *     spaces). Extra modelled variations: (a) ANSI loss, the name is all '?' (then the row is
 *     judged on its other fields, see 5); (b) a national ID without its leading zero(s), which a
 *     human restores by padding to 9 digits. IDs are exact or one slip (one substitution or one
 *     adjacent transposition) after that padding; DOB exact or day/month swapped; sex right or
 *     missing.
 *  2. Registered namesakes (same Khmer family + given name, hence same full name in any
 *     spelling) never share a DOB and their DOBs are never a swap, one digit or one adjacent
 *     transposition apart. All registered national IDs, and all NSSF numbers, are pairwise two or
 *     more edits apart (hidden workers' IDs too).
 *  3. A hidden row is ruled out from every registered worker its name could pass for (within one
 *     edit of any listed spelling, after undoing the mechanical damage; an all-'?' name could pass
 *     for anyone) by a field present on both sides: sex differs, DOB not within a swap / one digit
 *     / one transposition, national ID (padded) or NSSF number 2+ edits apart. Hidden rows that
 *     fail are repaired (new DOB, then a new name, then an ID and DOB are shown).
 *  4. Nothing leaks the truth: on-site rows are shuffled before sources, blocks and damage are
 *     laid on them; ids are v4 UUIDs from the seeded PRNG; recordedAt increases in row order;
 *     registered workers are shuffled before their workerIds are given.
 *  5. Undecidable true rows stay under 4 % (measured ~2.9-3.5 % at 10k): a true row is undecidable
 *     when another registered worker it could equally be exists: one compatible with every field
 *     present on both sides as a true row would be (sex equal, DOB exact or swapped, IDs exact or
 *     one slip) whose name is at least as close (a listed spelling beats one slip from one), or
 *     when a closer one misleads. The looser count (any compatible worker within one edit, DOBs
 *     one digit apart counted compatible) is printed too and also stays under 4 %. A row whose
 *     name was lost to '?' is decidable only if its national ID or NSSF number (exact or one slip)
 *     plus its DOB or sex tie it to exactly one worker; otherwise it is undecidable and counts
 *     toward the cap (the self-check prints how many: ~0.6-0.9 % of true rows at 10k).
 *
 * Field presence on the sheet: national ID 72 %, NSSF 35 % (hidden rows: a number from another
 * employer on a quarter of those), DOB 95 %, sex 88 %; manual rows 40 / 10 / 80 / 95 %.
 *
 * Run directly for the self-check: `npx tsx test/bench/sixtythird.ts 10000 1`.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import { OnsiteWorker as OnsiteWorkerSchema, RegisteredWorker as RegisteredWorkerSchema } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { SIXTYTHIRD_FAMILY as FAMILY, SIXTYTHIRD_GIVEN as GIVEN } from './sixtythird-names';

export const SIXTYTHIRD_LABEL =
  'wrong encodings: Excel CSV read as UTF-8 — Khmer mojibake blocks (UTF-8 read as cp1252), an ANSI block of "?" names, U+FFFD, NBSP/apostrophe/smart-quote/tab artefacts, IDs without leading zeros, D/M dates swapped';

const VISIT_ID = 'visit-sixtythird';
const ZWSP = '\u200B';
const NBSP = '\u00A0';
const FFFD = '\uFFFD';

type Sex = 'M' | 'F';
type Source = 'csv' | 'manual' | 'id-card';

interface Person {
  fi: number;
  gi: number;
  sex: Sex;
  /** The person's real DOB, national ID and NSSF number (NSSF: a hidden worker's is another employer's or none). */
  dob: string;
  natId: string;
  nssf: string | null;
  /** Register view (registered workers only). */
  regNat: string | null;
  regDob: string | null;
  latFam: number;
  latGiv: number;
}

interface Plan {
  source: Source;
  sourceRow: number | null;
  script: 'kh' | 'lat';
  nat: boolean;
  nssf: boolean;
  dob: boolean;
  sex: boolean;
  zeroLoss: boolean;
  dm: boolean;
  ansi: boolean;
  moji: boolean;
  fffd: boolean;
}

interface Fields {
  name: string;
  nationalId: string | null;
  nssfNumber: string | null;
  sex: Sex | null;
  dateOfBirth: string | null;
}

interface GenStats {
  khSignOrder: number;
  khSplitVowel: number;
  khCoengDa: number;
  khRoOrder: number;
  khOrderSwap: number;
  latOrderSwap: number;
  typos: number;
  hiddenRepairs: number;
  hiddenRepairedRows: number;
}
const newStats = (): GenStats => ({
  khSignOrder: 0, khSplitVowel: 0, khCoengDa: 0, khRoOrder: 0, khOrderSwap: 0,
  latOrderSwap: 0, typos: 0, hiddenRepairs: 0, hiddenRepairedRows: 0,
});
let stats: GenStats = newStats();

// ---------------------------------------------------------------------------------------------
// small helpers

const pad2 = (n: number) => String(n).padStart(2, '0');
const skewIdx = (r: Rng, n: number, s: number) => Math.min(n - 1, Math.floor(n * r.next() ** s));
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

const GIVEN_FOR: Record<Sex, number[]> = {
  F: GIVEN.flatMap((g, i) => (g.sex !== 'M' ? [i] : [])),
  M: GIVEN.flatMap((g, i) => (g.sex !== 'F' ? [i] : [])),
};

function drawName(r: Rng, sex: Sex): { fi: number; gi: number } {
  const fi = skewIdx(r, FAMILY.length, 1.7);
  const pool = GIVEN_FOR[sex];
  return { fi, gi: pool[skewIdx(r, pool.length, 1.35)] };
}

function drawDob(r: Rng): string {
  const y = 1976 + Math.floor(((r.next() + r.next()) / 2) * 30);
  const m = r.int(1, 12);
  return `${y}-${pad2(m)}-${pad2(r.int(1, daysIn(y, m)))}`;
}

/** Day and month swapped, when that is another valid date. */
function swapDM(d: string): string | null {
  const [y, m, dd] = d.split('-');
  if (Number(dd) > 12 || dd === m) return null;
  return `${y}-${dd}-${m}`;
}

/** Within one substitution, insertion, deletion or adjacent transposition (no allocations). */
function within1(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (la === lb) {
    let i = 0;
    while (a.charCodeAt(i) === b.charCodeAt(i)) i++;
    let j = la - 1;
    while (j > i && a.charCodeAt(j) === b.charCodeAt(j)) j--;
    if (j === i) return true;
    return j === i + 1 && a[i] === b[j] && a[j] === b[i];
  }
  if (la - lb !== 1 && lb - la !== 1) return false;
  const s = la < lb ? a : b;
  const l = la < lb ? b : a;
  let i = 0;
  while (i < s.length && s.charCodeAt(i) === l.charCodeAt(i)) i++;
  let js = s.length - 1;
  let jl = l.length - 1;
  while (js >= i && s.charCodeAt(js) === l.charCodeAt(jl)) {
    js--;
    jl--;
  }
  return js < i;
}

const DOB_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];

/**
 * Two DOBs a human could not tell apart: equal, day/month swapped, one digit different, or two
 * neighbouring digits transposed (of YYYYMMDD). Written without allocations: it runs a lot.
 */
function dobClose(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[5] === b[8] && a[6] === b[9] && a[8] === b[5] && a[9] === b[6] && a.startsWith(b.slice(0, 4))) return true;
  let first = -1;
  let second = -1;
  let n = 0;
  for (let k = 0; k < 8; k++) {
    const p = DOB_DIGITS[k];
    if (a[p] !== b[p]) {
      n++;
      if (n === 1) first = k;
      else if (n === 2) second = k;
      else return false;
    }
  }
  if (n <= 1) return true;
  if (second !== first + 1) return false;
  const p = DOB_DIGITS[first];
  const q = DOB_DIGITS[second];
  return a[p] === b[q] && a[q] === b[p];
}

const padNat = (s: string) => {
  const d = s.replace(/\D/g, '');
  return d.length < 9 ? d.padStart(9, '0') : d;
};

/**
 * Whether s is within one substitution or adjacent transposition of an ID in used. IDs of one
 * kind all have the same length, so they are kept as numbers and neighbours found arithmetically.
 */
function nearUsed(used: Set<number>, s: string): boolean {
  const n = Number(s);
  if (used.has(n)) return true;
  const len = s.length;
  for (let i = 0; i < len; i++) {
    const place = 10 ** (len - 1 - i);
    const d = s.charCodeAt(i) - 48;
    const base = n - d * place;
    for (let c = 0; c < 10; c++) if (c !== d && used.has(base + c * place)) return true;
    if (i + 1 < len) {
      const e = s.charCodeAt(i + 1) - 48;
      if (e !== d && used.has(n + (e - d) * place + (d - e) * (place / 10))) return true;
    }
  }
  return false;
}

function digits(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(r.int(0, 9));
  return s;
}
const makeNat = (r: Rng) => pad2(r.int(1, 25)) + digits(r, 7);
const makeNssf = (r: Rng) => String(r.int(1, 9)) + digits(r, 9);

function freshId(r: Rng, used: Set<number>, make: (r: Rng) => string): string {
  for (;;) {
    const s = make(r);
    if (!nearUsed(used, s)) {
      used.add(Number(s));
      return s;
    }
  }
}

/** One mistyped digit or one adjacent transposition. */
function slip(r: Rng, s: string): string {
  for (;;) {
    const i = r.int(0, s.length - 1);
    if (r.chance(0.6)) {
      const c = String(r.int(0, 9));
      if (c !== s[i]) return s.slice(0, i) + c + s.slice(i + 1);
    } else if (i + 1 < s.length && s[i] !== s[i + 1]) {
      return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    }
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
// encodings

/** cp1252 bytes 0x80-0x9F; the five it leaves undefined are absent (kept as C1 controls). */
const CP1252: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d,
  0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014,
  0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};
const CP1252_INV = new Map<number, number>(Object.entries(CP1252).map(([b, c]) => [c, Number(b)]));
const utf8 = new TextEncoder();
const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 bytes read as Windows-1252 and saved again as UTF-8. */
function doubleEncode(s: string): string {
  let out = '';
  for (const b of utf8.encode(s)) out += String.fromCharCode(b >= 0x80 && b <= 0x9f ? CP1252[b] ?? b : b);
  return out;
}

/** The inverse of doubleEncode, or null when s is not such a string. */
function undoDoubleEncode(s: string): string | null {
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let b: number | undefined;
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) b = c;
    else if (c >= 0x80 && c <= 0x9f) b = CP1252[c] === undefined ? c : undefined;
    else b = CP1252_INV.get(c);
    if (b === undefined) return null;
    bytes[i] = b;
  }
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return null;
  }
}

/** An "ANSI" (cp1252) save: what cp1252 cannot hold becomes '?'. */
function ansiLoss(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    out += c < 0x80 || (c >= 0xa0 && c <= 0xff) || CP1252_INV.has(c) ? ch : '?';
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// names

const KHMER = /[\u1780-\u17FF]/;

/** Canonical Khmer for comparison: no separators, one code point order, ្ត for ្ដ, whole split vowels. */
function khCanon(s: string): string {
  return s
    .replace(/[\s\u200B\u200C\u200D\u00A0]/g, '')
    .replace(/\u17C1\u17B6/g, '\u17C4')
    .replace(/\u17C1\u17B8/g, '\u17BE')
    .replace(/\u17D2\u178A/g, '\u17D2\u178F')
    .replace(/([\u17B6-\u17C5])([\u17C9\u17CA])/g, '$2$1')
    .replace(/\u17D2\u179A(\u17D2[\u1780-\u17A2])/g, '$1\u17D2\u179A');
}

function latinKey(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/['"`\u2018\u2019\u201C\u201D\s\u00A0\u200B]/g, '');
}

type NameQuery = { lost: true } | { lost: false; key: string; script: 'kh' | 'lat'; damaged: boolean };

/** What a human reads in an on-site name after undoing the mechanical damage. */
function nameQuery(raw: string): NameQuery {
  let s = raw.trim();
  const u = undoDoubleEncode(s);
  const damaged = u !== null && u !== s;
  if (u !== null) s = u;
  if (KHMER.test(s)) return { lost: false, key: khCanon(s), script: 'kh', damaged };
  if (/^[?\s\u00A0\u200B]+$/.test(s)) return { lost: true };
  return { lost: false, key: latinKey(s), script: 'lat', damaged };
}

const FAM_BY_KH = new Map(FAMILY.map((w, i) => [w.kh, i]));
const GIV_BY_KH = new Map(GIVEN.map((w, i) => [w.kh, i]));

function regNameKey(w: RegisteredWorker): string {
  const [a, b] = w.nameKh.split(' ');
  const fi = FAM_BY_KH.get(a);
  const gi = GIV_BY_KH.get(b);
  if (fi === undefined || gi === undefined) throw new Error(`unknown registered name ${w.nameKh}`);
  return `${fi}|${gi}`;
}

/** Every listed spelling of every name word, as compared: Latin keys and canonical Khmer. */
interface WordSpelling {
  s: string;
  i: number;
}
const spellingsOf = (list: readonly { kh: string; latin: readonly string[] }[]): WordSpelling[] => {
  const out: WordSpelling[] = [];
  list.forEach((w, i) => {
    for (const v of new Set([khCanon(w.kh), ...w.latin.map(latinKey)])) out.push({ s: v, i });
  });
  return out;
};
const FAM_SPELLINGS = spellingsOf(FAMILY);
const GIV_SPELLINGS = spellingsOf(GIVEN);

/**
 * The names (family|given) a compared string is within one edit of, in either order, with the
 * distance (0 or 1). A name is two words a + b; one edit of a + b leaves the string starting with
 * a (edit in b), ending with b (edit in a), or is a transposition across the boundary.
 */
function namesNear(q: string): Map<string, number> {
  const out = new Map<string, number>();
  const add = (fi: number, gi: number, d: number) => {
    const k = `${fi}|${gi}`;
    const cur = out.get(k);
    if (cur === undefined || d < cur) out.set(k, d);
  };
  for (const famFirst of [true, false]) {
    const A = famFirst ? FAM_SPELLINGS : GIV_SPELLINGS;
    const B = famFirst ? GIV_SPELLINGS : FAM_SPELLINGS;
    const put = (a: WordSpelling, b: WordSpelling, d: number) => (famFirst ? add(a.i, b.i, d) : add(b.i, a.i, d));
    for (const a of A) {
      const la = a.s.length;
      if (q.startsWith(a.s)) {
        const rest = q.slice(la);
        for (const b of B) if (within1(rest, b.s)) put(a, b, rest === b.s ? 0 : 1);
      } else if (la >= 2 && q.length > la && q[la] === a.s[la - 1] && q.startsWith(a.s.slice(0, la - 1))) {
        const rest = q[la - 1] + q.slice(la + 1);
        for (const b of B) if (rest === b.s) put(a, b, 1);
      }
    }
    for (const b of B) {
      if (!q.endsWith(b.s)) continue;
      const head = q.slice(0, q.length - b.s.length);
      for (const a of A) if (within1(head, a.s)) put(a, b, head === a.s ? 0 : 1);
    }
  }
  return out;
}

/** Which registered workers an on-site name could pass for (one edit of any listed spelling). */
class NameIndex {
  readonly byKey = new Map<string, number[]>();

  constructor(reg: readonly RegisteredWorker[]) {
    reg.forEach((w, i) => {
      const k = regNameKey(w);
      const xs = this.byKey.get(k);
      if (xs) xs.push(i);
      else this.byKey.set(k, [i]);
    });
  }

  /** null when the name is lost ('?'); otherwise the registered indices. */
  candidates(name: string): number[] | null {
    const c = this.candidatesByDistance(name);
    return c === null ? null : [...c.keys()];
  }

  /** registered index → 0 (a listed spelling) or 1 (one slip from one); null when lost. */
  candidatesByDistance(name: string): Map<number, number> | null {
    const q = nameQuery(name);
    if (q.lost) return null;
    const out = new Map<number, number>();
    for (const [k, d] of namesNear(q.key)) for (const i of this.byKey.get(k) ?? []) out.set(i, d);
    return out;
  }

  /** Whether the name is exactly a listed spelling of the key (no slip). */
  exact(name: string, key: string): boolean {
    const q = nameQuery(name);
    return !q.lost && namesNear(q.key).get(key) === 0;
  }
}

/** A field present on both sides tells them apart. */
function ruledOut(row: Fields, w: RegisteredWorker): boolean {
  if (row.sex && w.sex && row.sex !== w.sex) return true;
  if (row.dateOfBirth && w.dateOfBirth && !dobClose(row.dateOfBirth, w.dateOfBirth)) return true;
  if (row.nationalId && w.nationalId && !within1(padNat(row.nationalId), w.nationalId)) return true;
  if (row.nssfNumber && w.nssfNumber && !within1(row.nssfNumber, w.nssfNumber)) return true;
  return false;
}

/**
 * Could this registered worker be the row, given what true rows look like (rule 1): sex equal or
 * missing, DOB exact or swapped, IDs exact or one slip? Used for rule 5.
 */
function compatible(row: Fields, w: RegisteredWorker): boolean {
  if (row.sex && w.sex && row.sex !== w.sex) return false;
  if (row.dateOfBirth && w.dateOfBirth && row.dateOfBirth !== w.dateOfBirth && swapDM(w.dateOfBirth) !== row.dateOfBirth) return false;
  if (row.nationalId && w.nationalId && !within1(padNat(row.nationalId), w.nationalId)) return false;
  if (row.nssfNumber && w.nssfNumber && !within1(row.nssfNumber, w.nssfNumber)) return false;
  return true;
}

function hiddenFair(index: NameIndex, reg: readonly RegisteredWorker[], row: Fields): boolean {
  const c = index.candidates(row.name);
  if (c === null) return reg.every((w) => ruledOut(row, w));
  return c.every((i) => ruledOut(row, reg[i]));
}

// ---------------------------------------------------------------------------------------------
// rendering

const KEY_NEIGHBOURS: Record<string, string> = {
  a: 'qsz', b: 'vn', c: 'xv', d: 'sf', e: 'wr', f: 'dg', g: 'fh', h: 'gj', i: 'uo', j: 'hk', k: 'jl', l: 'k',
  m: 'n', n: 'bm', o: 'ip', p: 'o', q: 'w', r: 'et', s: 'ad', t: 'ry', u: 'yi', v: 'cb', w: 'qe', x: 'zc', y: 'tu', z: 'x',
};

function typo(r: Rng, w: string): string {
  for (;;) {
    const k = r.int(0, 3);
    const i = r.int(0, w.length - 1);
    let out = w;
    if (k === 0) {
      const c = w[i].toLowerCase();
      const nb = KEY_NEIGHBOURS[c];
      if (!nb) continue;
      let n = nb[r.int(0, nb.length - 1)];
      if (w[i] !== c) n = n.toUpperCase();
      out = w.slice(0, i) + n + w.slice(i + 1);
    } else if (k === 1) {
      if (i === 0) continue;
      out = w.slice(0, i) + w.slice(i + 1);
    } else if (k === 2) {
      out = w.slice(0, i + 1) + w[i] + w.slice(i + 1);
    } else {
      if (i + 1 >= w.length || w[i] === w[i + 1]) continue;
      out = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    }
    if (out !== w) return out;
  }
}

function khVariant(r: Rng, w: string): string {
  let s = w;
  if (/[\u17C9\u17CA][\u17B6-\u17C5]/.test(s) && r.chance(0.3)) {
    s = s.replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/g, '$2$1');
    stats.khSignOrder++;
  }
  if (/[\u17C4\u17BE]/.test(s) && r.chance(0.35)) {
    s = s.replace(/\u17C4/g, '\u17C1\u17B6').replace(/\u17BE/g, '\u17C1\u17B8');
    stats.khSplitVowel++;
  }
  if (/\u17D2\u178F/.test(s) && r.chance(0.3)) {
    s = s.replace(/\u17D2\u178F/g, '\u17D2\u178A');
    stats.khCoengDa++;
  }
  if (/\u17D2(?!\u179A)[\u1780-\u17A2]\u17D2\u179A/.test(s) && r.chance(0.4)) {
    s = s.replace(/(\u17D2(?!\u179A)[\u1780-\u17A2])\u17D2\u179A/g, '\u17D2\u179A$1');
    stats.khRoOrder++;
  }
  return s;
}

function renderKhmer(r: Rng, p: Person, pl: Plan): string {
  const card = pl.source === 'id-card';
  let fam = FAMILY[p.fi].kh;
  let giv = GIVEN[p.gi].kh;
  if (!card) {
    fam = khVariant(r, fam);
    giv = khVariant(r, giv);
  }
  const words = [fam, giv];
  if (!card && r.chance(0.03)) {
    words.reverse();
    stats.khOrderSwap++;
  }
  const x = r.next();
  const sep = card ? ' ' : x < 0.58 ? ' ' : x < 0.8 ? ZWSP : x < 0.94 ? '' : ' ' + ZWSP;
  let s = words.join(sep);
  if (pl.fffd) {
    const pos: number[] = [];
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x1780 && c <= 0x17a2 && (i === 0 || s[i - 1] !== '\u17D2')) pos.push(i);
    }
    const i = r.pick(pos);
    s = s.slice(0, i) + FFFD + s.slice(i + 1);
  }
  return s.normalize('NFC');
}

function renderLatin(r: Rng, p: Person, reg: Person | null, pl: Plan): string {
  const F = FAMILY[p.fi].latin;
  const G = GIVEN[p.gi].latin;
  let fam: string;
  let giv: string;
  if (reg && reg.latFam >= 0 && r.chance(0.55)) {
    fam = F[reg.latFam];
    giv = G[reg.latGiv];
  } else {
    fam = F[skewIdx(r, F.length, 2)];
    giv = G[skewIdx(r, G.length, 2)];
  }
  let words = [...fam.split(' '), ...giv.split(' ')];
  if (r.chance(0.1)) {
    words = [...giv.split(' '), ...fam.split(' ')];
    stats.latOrderSwap++;
  }
  const cr = r.next();
  const upper = pl.source === 'csv' ? cr < 0.55 : cr < 0.3;
  const lower = !upper && cr > 0.95;
  words = words.map((w) => (upper ? w.toUpperCase() : lower ? w.toLowerCase() : w));
  if (pl.fffd) {
    const el = words.flatMap((w, i) => (w.length >= 3 ? [i] : []));
    const i = r.pick(el);
    const j = r.int(0, words[i].length - 1);
    words[i] = words[i].slice(0, j) + FFFD + words[i].slice(j + 1);
  } else if (r.chance(pl.source === 'manual' ? 0.06 : 0.04)) {
    const el = words.flatMap((w, i) => (w.length >= 4 ? [i] : []));
    if (el.length > 0) {
      const i = r.pick(el);
      words[i] = typo(r, words[i]);
      stats.typos++;
    }
  }
  let sep = ' ';
  if (pl.source === 'csv') {
    const x = r.next();
    if (x < 0.2) sep = NBSP;
    else if (x < 0.28) sep = '  ';
  }
  let s = words.join(sep);
  if (pl.source === 'csv') {
    const a = r.next();
    if (a < 0.08) s = "'" + s;
    else if (a < 0.1) s = '\u2019' + s;
    else if (a < 0.125) s = '\u201C' + s + '\u201D';
    if (r.chance(0.06)) s += r.chance(0.7) ? '\t' : '\t\t';
  }
  return s;
}

function renderRow(r: Rng, pl: Plan, p: Person, reg: Person | null): Fields {
  let name = pl.script === 'kh' ? renderKhmer(r, p, pl) : renderLatin(r, p, reg, pl);
  if (pl.ansi) name = ansiLoss(name);
  else if (pl.moji) name = doubleEncode(name);

  let nationalId: string | null = null;
  if (pl.nat) {
    let id = p.natId;
    if (pl.source !== 'id-card' && r.chance(0.03)) id = slip(r, id);
    if (pl.zeroLoss) id = id.replace(/^0+/, '');
    nationalId = id;
  }
  let nssfNumber: string | null = null;
  if (pl.nssf && p.nssf) nssfNumber = r.chance(0.03) ? slip(r, p.nssf) : p.nssf;

  let dateOfBirth: string | null = null;
  if (pl.dob) {
    const sw = swapDM(p.dob);
    dateOfBirth = sw && (pl.dm || (pl.source !== 'id-card' && r.chance(0.015))) ? sw : p.dob;
  }
  return { name, nationalId, nssfNumber, sex: pl.sex ? p.sex : null, dateOfBirth };
}

// ---------------------------------------------------------------------------------------------
// the generator

export function generateSixtythird(size: number, seed: number): Roster {
  const r = rng((seed ^ 0x5eed63) >>> 0);
  stats = newStats();
  const natUsed = new Set<number>();
  const nssfUsed = new Set<number>();

  // Registered workers; namesakes get DOBs a human can tell apart (rule 2).
  const dobsByKey = new Map<string, string[]>();
  const people: Person[] = [];
  for (let i = 0; i < size; i++) {
    const sex: Sex = r.chance(0.74) ? 'F' : 'M';
    const { fi, gi } = drawName(r, sex);
    const key = `${fi}|${gi}`;
    let dobs = dobsByKey.get(key);
    if (!dobs) dobsByKey.set(key, (dobs = []));
    let dob = drawDob(r);
    while (dobs.some((d) => dobClose(d, dob))) dob = drawDob(r);
    dobs.push(dob);
    const natId = freshId(r, natUsed, makeNat);
    const nssf = r.chance(0.995) ? freshId(r, nssfUsed, makeNssf) : null;
    const hasLatin = r.chance(0.6);
    const regNat = r.chance(0.98) ? natId : null;
    people.push({
      fi, gi, sex, dob, natId, nssf, regNat,
      // A register line keeps its ID or its DOB: never both missing.
      regDob: regNat === null || r.chance(0.995) ? dob : null,
      latFam: hasLatin ? skewIdx(r, FAMILY[fi].latin.length, 2.2) : -1,
      latGiv: hasLatin ? skewIdx(r, GIVEN[gi].latin.length, 2.2) : -1,
    });
  }
  r.shuffle(people);
  const registered: RegisteredWorker[] = people.map((p, i) => {
    const birthYear = Number(p.dob.slice(0, 4));
    const from = Math.max(Date.UTC(2012, 0, 1), Date.UTC(birthYear + 18, 0, 1));
    const to = Date.UTC(2025, 4, 31);
    const hire = new Date(from + Math.floor(r.next() * Math.max(1, to - from) / 86_400_000) * 86_400_000);
    return {
      workerId: `NSSF-W${String(i + 1).padStart(6, '0')}`,
      nssfNumber: p.nssf,
      nationalId: p.regNat,
      nameKh: `${FAMILY[p.fi].kh} ${GIVEN[p.gi].kh}`,
      nameLatin: p.latFam >= 0 ? `${FAMILY[p.fi].latin[p.latFam]} ${GIVEN[p.gi].latin[p.latGiv]}`.toUpperCase() : null,
      sex: p.sex,
      dateOfBirth: p.regDob,
      hireDate: hire.toISOString().slice(0, 10),
      wageRiel: r.chance(0.99) ? r.int(850, 1650) * 1000 : null,
    };
  });

  // Who is on site: most registered workers, plus hidden workers (some namesakes).
  const absentRate = 0.05 + r.next() * 0.02;
  const presentCount = Math.round(size * (1 - absentRate));
  const present = r.shuffle(people.map((_, i) => i)).slice(0, presentCount);
  const hiddenRate = 0.065 + r.next() * 0.02;
  const hiddenCount = Math.round((presentCount * hiddenRate) / (1 - hiddenRate));
  const entries: { p: Person; reg: number }[] = present.map((i) => ({ p: people[i], reg: i }));
  for (let h = 0; h < hiddenCount; h++) {
    let fi: number;
    let gi: number;
    let sex: Sex;
    if (r.chance(0.45)) {
      const q = r.pick(people);
      fi = q.fi;
      gi = q.gi;
      sex = GIVEN[gi].sex === 'U' && r.chance(0.2) ? (q.sex === 'F' ? 'M' : 'F') : q.sex;
    } else {
      sex = r.chance(0.74) ? 'F' : 'M';
      ({ fi, gi } = drawName(r, sex));
    }
    const natId = freshId(r, natUsed, makeNat);
    const nssf = r.chance(0.25) ? freshId(r, nssfUsed, makeNssf) : null;
    entries.push({ p: { fi, gi, sex, dob: drawDob(r), natId, nssf, regNat: null, regDob: null, latFam: -1, latGiv: -1 }, reg: -1 });
  }
  r.shuffle(entries);

  // Sources: the sheet first (in sheet order), then rows the inspector added or read off cards.
  const N = entries.length;
  const nCsv = Math.round(N * 0.93);
  const extra: Source[] = [];
  for (let i = nCsv; i < N; i++) extra.push(i - nCsv < Math.round(N * 0.02) ? 'id-card' : 'manual');
  r.shuffle(extra);

  // Blocks of the sheet: script habit, Excel-stripped zeros, D/M dates.
  const segments: [number, number][] = [];
  const segProps: { kh: number; zero: boolean; dm: boolean }[] = [];
  for (let a = 0; a < nCsv; ) {
    const len = r.int(Math.max(5, Math.floor(nCsv / 40)), Math.max(10, Math.floor(nCsv / 12)));
    const b = Math.min(nCsv, a + len);
    segments.push([a, b]);
    segProps.push({ kh: r.chance(0.6) ? 0.85 : 0.3, zero: r.chance(0.5), dm: r.chance(0.35) });
    a = b;
  }
  // The ANSI block lies in a part of the sheet a Khmer-typing clerk kept: its Khmer names (3.4-4.6 %
  // of all rows) became '?', and the block spans about 4-5.5 % of the rows.
  const ansiTarget = Math.round(N * (0.034 + r.next() * 0.012));
  const ansiStart = r.int(0, Math.max(0, Math.floor(nCsv * 0.45)));
  const ansiSpan = Math.ceil((ansiTarget / 0.85) * 1.15);
  segments.forEach(([a, b], k) => {
    if (a < ansiStart + ansiSpan && b > ansiStart) segProps[k].kh = 0.85;
  });
  const plans: Plan[] = [];
  segments.forEach(([a, b], s) => {
    const sp = segProps[s];
    for (let j = a; j < b; j++) {
      plans.push({
        source: 'csv', sourceRow: j + 1, script: r.chance(sp.kh) ? 'kh' : 'lat',
        nat: r.chance(0.72), nssf: r.chance(0.35), dob: r.chance(0.95), sex: r.chance(0.88),
        zeroLoss: sp.zero, dm: sp.dm, ansi: false, moji: false, fffd: false,
      });
    }
  });
  for (const source of extra) {
    const card = source === 'id-card';
    plans.push({
      source, sourceRow: null, script: card || r.chance(0.4) ? 'kh' : 'lat',
      nat: card || r.chance(0.4), nssf: !card && r.chance(0.1), dob: card || r.chance(0.8), sex: card || r.chance(0.95),
      zeroLoss: false, dm: false, ansi: false, moji: false, fffd: false,
    });
  }

  // The ANSI block: one run of sheet rows from ansiStart until ansiTarget Khmer names are lost.
  let ansiEnd = ansiStart;
  for (let got = 0; ansiEnd < nCsv && got < ansiTarget; ansiEnd++) {
    plans[ansiEnd].ansi = true;
    if (plans[ansiEnd].script === 'kh') got++;
  }
  // Mojibake blocks: whole sheet blocks (the last one cut) until 37-46 % of Khmer rows.
  const khTotal = plans.filter((p) => p.script === 'kh').length;
  const mojiTarget = Math.round(khTotal * (0.37 + r.next() * 0.09));
  const pieces: [number, number][] = [];
  for (const [a, b] of segments) {
    if (b <= ansiStart || a >= ansiEnd) pieces.push([a, b]);
    else {
      if (a < ansiStart) pieces.push([a, ansiStart]);
      if (b > ansiEnd) pieces.push([ansiEnd, b]);
    }
  }
  r.shuffle(pieces);
  let mojiGot = 0;
  for (const [a, b] of pieces) {
    for (let j = a; j < b && mojiGot < mojiTarget; j++) {
      plans[j].moji = true;
      if (plans[j].script === 'kh') mojiGot++;
    }
    if (mojiGot >= mojiTarget) break;
  }
  for (let j = 0; j < nCsv; j++) if (!plans[j].ansi && r.chance(0.004)) plans[j].fffd = true;

  // Render every row, then repair hidden rows a human could not tell from a registered worker.
  const rows: Fields[] = entries.map((e, j) => renderRow(r, plans[j], e.p, e.reg >= 0 ? people[e.reg] : null));
  const index = new NameIndex(registered);
  entries.forEach((e, j) => {
    if (e.reg >= 0) return;
    const pl = plans[j];
    let repaired = false;
    for (let attempt = 0; !hiddenFair(index, registered, rows[j]); attempt++) {
      if (attempt > 400) throw new Error('sixtythird: cannot make a hidden row fair');
      stats.hiddenRepairs++;
      repaired = true;
      if (attempt < 12 && pl.dob) e.p.dob = drawDob(r);
      else if (attempt < 40 && !pl.ansi) {
        e.p.sex = r.chance(0.74) ? 'F' : 'M';
        Object.assign(e.p, drawName(r, e.p.sex));
        e.p.dob = drawDob(r);
      } else {
        pl.nat = true;
        pl.dob = true;
        e.p.dob = drawDob(r);
        if (attempt >= 100 && !e.p.nssf) e.p.nssf = freshId(r, nssfUsed, makeNssf);
        if (attempt >= 100) pl.nssf = true;
      }
      rows[j] = renderRow(r, pl, e.p, null);
    }
    if (repaired) stats.hiddenRepairedRows++;
  });

  // Output: ids from the PRNG, recordedAt increasing in row order.
  const base = Date.UTC(2025, 2, 12, 1, 30, 0);
  let t = base;
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  rows.forEach((f, j) => {
    const pl = plans[j];
    t += pl.source === 'csv' ? 1 : j === nCsv ? 15 * 60_000 : r.int(20, 240) * 1000;
    const id = uuid(r);
    onsite.push({
      id, visitId: VISIT_ID, name: f.name, nationalId: f.nationalId, nssfNumber: f.nssfNumber,
      sex: f.sex, dateOfBirth: f.dateOfBirth, source: pl.source, sourceRow: pl.sourceRow,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, entries[j].reg >= 0 ? registered[entries[j].reg].workerId : null);
  });
  return { registered, onsite, truth };
}

// ---------------------------------------------------------------------------------------------
// self-check

function selfCheck(size: number, seed: number): boolean {
  const failures: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) failures.push(what);
  };
  const pct = (n: number, d: number) => `${n} (${d ? ((100 * n) / d).toFixed(2) : '0.00'} %)`;

  // Name lists.
  const seenLatin = new Map<string, string>();
  for (const [list, tag] of [[FAMILY, 'F'], [GIVEN, 'G']] as const) {
    list.forEach((w, i) => {
      check(khCanon(w.kh) === w.kh, `name list: ${w.kh} is not in canonical order`);
      for (const l of w.latin) {
        const k = latinKey(l);
        const prev = seenLatin.get(k);
        check(prev === undefined || prev === `${tag}${i}`, `name list: romanization ${l} used twice`);
        seenLatin.set(k, `${tag}${i}`);
      }
    });
  }
  for (const w of FAMILY) check(!GIV_BY_KH.has(w.kh), `name list: ${w.kh} is both family and given`);
  check(doubleEncode('ស') === 'áž\u0178', 'mojibake: ស should read ážŸ');
  check(doubleEncode('ខ') === 'áž\u0081', 'mojibake: ខ should keep C1 0x81');

  const t0 = performance.now();
  const roster = generateSixtythird(size, seed);
  const genMs = performance.now() - t0;
  const gs = { ...stats };
  const { registered, onsite, truth } = roster;
  const regById = new Map(registered.map((w, i) => [w.workerId, i]));
  const index = new NameIndex(registered);

  // Shape.
  const trueRows = onsite.filter((o) => truth.get(o.id) !== null);
  const hiddenRows = onsite.filter((o) => truth.get(o.id) === null);
  const presentIds = new Set(trueRows.map((o) => truth.get(o.id)!));
  const N = onsite.length;
  console.log(`sixtythird size=${size} seed=${seed}: ${registered.length} registered, ${N} on site, generated in ${genMs.toFixed(0)} ms`);
  console.log(`  true rows ${trueRows.length}, hidden ${pct(hiddenRows.length, N)}, absent registered ${pct(registered.length - presentIds.size, registered.length)}`);
  const bySource = (s: string) => onsite.filter((o) => o.source === s).length;
  console.log(`  sources: csv ${pct(bySource('csv'), N)}, manual ${pct(bySource('manual'), N)}, id-card ${pct(bySource('id-card'), N)}`);
  console.log(`  register: Latin ${pct(registered.filter((w) => w.nameLatin).length, registered.length)}, national ID ${pct(registered.filter((w) => w.nationalId).length, registered.length)}, NSSF ${pct(registered.filter((w) => w.nssfNumber).length, registered.length)}, DOB ${pct(registered.filter((w) => w.dateOfBirth).length, registered.length)}`);
  check(presentIds.size === trueRows.length, 'a registered worker appears on two rows');
  check(hiddenRows.length / N >= 0.06 && hiddenRows.length / N <= 0.09, 'hidden rows outside 6-9 %');

  // Damage and variations, measured on the output.
  let kh = 0, lat = 0, lost = 0, moji = 0, mojiLat = 0, fffd = 0, nbsp = 0, apos = 0, smart = 0, tab = 0, dbl = 0;
  let zwsp = 0, noSep = 0, khVar = 0;
  for (const o of onsite) {
    const q = nameQuery(o.name);
    const un = undoDoubleEncode(o.name) ?? o.name;
    if (q.lost) {
      lost++;
      kh++;
      continue;
    }
    if (q.script === 'kh') {
      kh++;
      if (q.damaged) moji++;
      if (un.includes(ZWSP)) zwsp++;
      else if (!/\s/.test(un.trim())) noSep++;
      const plain = un.trim().replace(/[\s\u200B]/g, '');
      if (plain !== khCanon(plain)) khVar++;
    } else {
      lat++;
      if (q.damaged) mojiLat++;
      if (un.includes(NBSP)) nbsp++;
      if (/^'/.test(un)) apos++;
      if (/[\u2018\u2019\u201C\u201D]/.test(un)) smart++;
      if (/\t$/.test(o.name)) tab++;
      if (/ {2}/.test(un)) dbl++;
    }
    if (un.includes(FFFD)) fffd++;
  }
  console.log(`  names: Khmer ${pct(kh, N)}, Latin ${pct(lat, N)}`);
  console.log(`  mojibake Khmer rows ${pct(moji, kh)} of Khmer rows; mojibake Latin rows (NBSP/quotes) ${mojiLat}`);
  console.log(`  ANSI '?' rows ${pct(lost, N)}; U+FFFD rows ${pct(fffd, N)}`);
  console.log(`  Khmer variants: ZWSP ${pct(zwsp, kh - lost)}, no separator ${pct(noSep, kh - lost)}, code point variants ${pct(khVar, kh - lost)} (sign order ${gs.khSignOrder}, split vowel ${gs.khSplitVowel}, ្ដ for ្ត ${gs.khCoengDa}, coeng-ro order ${gs.khRoOrder}), order swaps ${gs.khOrderSwap}`);
  console.log(`  Latin artefacts: NBSP ${pct(nbsp, lat)}, leading apostrophe ${pct(apos, lat)}, smart quotes ${pct(smart, lat)}, trailing tab ${pct(tab, lat)}, doubled spaces ${pct(dbl, lat)}; order swaps ${gs.latOrderSwap}, typos ${gs.typos}`);
  check(moji / kh >= 1 / 3 && moji / kh <= 1 / 2, 'mojibake rows outside a third to a half of Khmer rows');
  check(lost / N >= 0.03 && lost / N <= 0.06, "ANSI '?' rows outside 3-6 %");
  const lostRows = onsite.flatMap((o, j) => (nameQuery(o.name).lost ? [j] : []));
  const span = lostRows.length ? lostRows[lostRows.length - 1] - lostRows[0] + 1 : 0;
  console.log(`  ANSI block spans ${pct(span, N)} of rows (sheet rows ${onsite[lostRows[0]]?.sourceRow}-${onsite[lostRows[lostRows.length - 1]]?.sourceRow})`);
  check(span / N <= 0.06, 'ANSI block wider than 6 % of rows');
  check(fffd > 0 || size < 2000, 'no U+FFFD rows');

  let withNat = 0, zeroLost = 0, natSlip = 0, withNssf = 0, nssfSlip = 0, withDob = 0, dobSwap = 0, noSex = 0, cross = 0, nameSlip = 0;
  const rule1: string[] = [];
  for (const o of trueRows) {
    const wi = regById.get(truth.get(o.id)!);
    if (wi === undefined) {
      rule1.push(`${o.id}: truth names an unknown worker`);
      continue;
    }
    const w = registered[wi];
    const c = index.candidates(o.name);
    if (c !== null && !c.includes(wi)) rule1.push(`${o.id}: name ${JSON.stringify(o.name)} is not a plausible variant of ${w.nameKh}`);
    if (c !== null && !index.exact(o.name, regNameKey(w)) && !o.name.includes(FFFD) && !(undoDoubleEncode(o.name) ?? '').includes(FFFD)) nameSlip++;
    const q = nameQuery(o.name);
    if (!q.lost && q.script === 'lat' && !w.nameLatin) cross++;
    if (o.sex === null) noSex++;
    else if (o.sex !== w.sex) rule1.push(`${o.id}: sex differs`);
    if (o.dateOfBirth) {
      withDob++;
      if (w.dateOfBirth && o.dateOfBirth !== w.dateOfBirth) {
        if (swapDM(w.dateOfBirth) === o.dateOfBirth) dobSwap++;
        else rule1.push(`${o.id}: DOB ${o.dateOfBirth} vs ${w.dateOfBirth}`);
      }
    }
    if (o.nationalId) {
      withNat++;
      if (o.nationalId.length < 9) zeroLost++;
      if (w.nationalId && padNat(o.nationalId) !== w.nationalId) {
        natSlip++;
        if (!within1(padNat(o.nationalId), w.nationalId)) rule1.push(`${o.id}: national ID ${o.nationalId} vs ${w.nationalId}`);
      }
    }
    if (o.nssfNumber) {
      withNssf++;
      if (w.nssfNumber && o.nssfNumber !== w.nssfNumber) {
        nssfSlip++;
        if (!within1(o.nssfNumber, w.nssfNumber)) rule1.push(`${o.id}: NSSF ${o.nssfNumber} vs ${w.nssfNumber}`);
      }
    }
  }
  const tr = trueRows.length;
  console.log(`  true rows: Latin name with no Latin on the register ${pct(cross, tr)}, name slips (typo) ${pct(nameSlip, tr)}, sex missing ${pct(noSex, tr)}`);
  console.log(`  true rows: DOB ${pct(withDob, tr)}, swapped ${pct(dobSwap, withDob)}; national ID ${pct(withNat, tr)}, leading zero lost ${pct(zeroLost, withNat)}, slips ${pct(natSlip, withNat)}; NSSF ${pct(withNssf, tr)}, slips ${pct(nssfSlip, withNssf)}`);
  console.log(`  rule 1 (true rows carry plausible variants): ${rule1.length === 0 ? 'ok' : `${rule1.length} violations, e.g. ${rule1.slice(0, 3).join('; ')}`}`);
  check(rule1.length === 0, 'rule 1');

  // Rule 2: namesakes' DOBs apart; IDs pairwise 2+ edits apart.
  let rule2 = 0;
  let groups = 0;
  let biggest = 0;
  for (const idxs of index.byKey.values()) {
    if (idxs.length > 1) groups++;
    biggest = Math.max(biggest, idxs.length);
    const dobs = idxs.map((i) => registered[i].dateOfBirth).filter((d): d is string => !!d);
    for (let a = 0; a < dobs.length; a++) for (let b = a + 1; b < dobs.length; b++) if (dobClose(dobs[a], dobs[b])) rule2++;
  }
  const natSet = new Set<number>();
  const nssfSet = new Set<number>();
  for (const w of registered) {
    if (w.nationalId) {
      if (w.nationalId.length !== 9 || nearUsed(natSet, w.nationalId)) rule2++;
      natSet.add(Number(w.nationalId));
    }
    if (w.nssfNumber) {
      if (w.nssfNumber.length !== 10 || nearUsed(nssfSet, w.nssfNumber)) rule2++;
      nssfSet.add(Number(w.nssfNumber));
    }
  }
  console.log(`  rule 2 (namesakes apart): ${groups} shared names, largest ${biggest}; ${rule2 === 0 ? 'ok' : `${rule2} violations`}`);
  check(rule2 === 0, 'rule 2');

  // Rule 3: every hidden row ruled out from every worker its name could pass for.
  let rule3 = 0;
  let namesakes = 0;
  let hiddenLost = 0;
  let hiddenMoji = 0;
  for (const o of hiddenRows) {
    const c = index.candidates(o.name);
    if (c === null) hiddenLost++;
    else if (c.length > 0) namesakes++;
    const q = nameQuery(o.name);
    if (!q.lost && q.damaged) hiddenMoji++;
    if (!hiddenFair(index, registered, o)) rule3++;
  }
  console.log(`  rule 3 (hidden ruled out): namesakes ${pct(namesakes, hiddenRows.length)}, on '?' rows ${hiddenLost}, on mojibake rows ${hiddenMoji}, repaired in generation ${gs.hiddenRepairedRows}; ${rule3 === 0 ? 'ok' : `${rule3} violations`}`);
  check(rule3 === 0, 'rule 3');

  // Rule 4: no leaks.
  const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  let rule4 = 0;
  const ids = new Set<string>();
  onsite.forEach((o, j) => {
    if (!uuidV4.test(o.id) || ids.has(o.id)) rule4++;
    ids.add(o.id);
    if (j > 0 && !(o.recordedAt > onsite[j - 1].recordedAt)) rule4++;
  });
  check(truth.size === N && onsite.every((o) => truth.has(o.id)), 'truth does not cover every row');
  let up = 0;
  let pairs = 0;
  for (let j = 1; j < trueRows.length; j++) {
    pairs++;
    if (regById.get(truth.get(trueRows[j].id)!)! > regById.get(truth.get(trueRows[j - 1].id)!)!) up++;
  }
  const half = Math.floor(N / 2);
  const h1 = onsite.slice(0, half).filter((o) => truth.get(o.id) === null).length / half;
  const h2 = onsite.slice(half).filter((o) => truth.get(o.id) === null).length / (N - half);
  const upRate = up / Math.max(1, pairs);
  const tol = size >= 5000 ? 0.03 : 0.07;
  console.log(`  rule 4 (no leaks): row order vs register order ${upRate.toFixed(3)} (0.5 = none), hidden in first/second half ${(100 * h1).toFixed(1)} / ${(100 * h2).toFixed(1)} %; ${rule4 === 0 ? 'ok' : `${rule4} id/time violations`}`);
  check(rule4 === 0, 'rule 4: ids or recordedAt');
  check(Math.abs(upRate - 0.5) < tol, 'rule 4: row order follows the register');
  check(Math.abs(h1 - h2) < tol, 'rule 4: hidden rows bunched');

  // Rule 5: undecidable true rows. Another worker the row could equally be: compatible on every
  // field present on both sides (as a true row would be, rule 1) and a name at least as close.
  // Also shown, for information, the looser count (any compatible worker within one edit,
  // DOBs one digit apart counted as compatible too).
  let undecName = 0;
  let loose = 0;
  let lostFair = 0;
  let lostUndec = 0;
  const undecBy = new Map<string, number>();
  for (const o of trueRows) {
    const wi = regById.get(truth.get(o.id)!)!;
    const c = index.candidatesByDistance(o.name);
    if (c === null) {
      const s: number[] = [];
      registered.forEach((w, i) => {
        const idHit =
          (!!o.nationalId && !!w.nationalId && within1(padNat(o.nationalId), w.nationalId)) ||
          (!!o.nssfNumber && !!w.nssfNumber && within1(o.nssfNumber, w.nssfNumber));
        if (idHit && compatible(o, w)) s.push(i);
      });
      if (s.length === 1 && s[0] === wi && (o.dateOfBirth || o.sex)) lostFair++;
      else lostUndec++;
      continue;
    }
    if ([...c.keys()].filter((i) => !ruledOut(o, registered[i])).length > 1) loose++;
    const consistent = [...c].filter(([i]) => compatible(o, registered[i]));
    const best = Math.min(...consistent.map(([, d]) => d));
    if (consistent.filter(([, d]) => d === best).length > 1 || (c.get(wi) ?? 9) > best) {
      undecName++;
      const k = `${o.dateOfBirth ? 'dob' : 'no-dob'}/${o.nationalId || o.nssfNumber ? 'id' : 'no-id'}/${o.sex ? 'sex' : 'no-sex'}`;
      undecBy.set(k, (undecBy.get(k) ?? 0) + 1);
    }
  }
  const undec = undecName + lostUndec;
  console.log(`  rule 5 (undecidable true rows): ${pct(undec, tr)} — by name ${undecName}, '?' rows undecidable ${lostUndec} (fair '?' rows ${lostFair}); looser count by name ${pct(loose, tr)}`);
  console.log(`    undecidable by name, by fields present: ${[...undecBy].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  check(undec / tr < 0.04, 'rule 5: undecidable rows 4 % or more');

  // Schemas.
  let bad = 0;
  for (const w of registered) if (!RegisteredWorkerSchema.safeParse(w).success) bad++;
  for (const o of onsite) {
    const p = OnsiteWorkerSchema.safeParse(o);
    if (!p.success || 'statedStartDate' in o || 'wageRiel' in o) bad++;
  }
  console.log(`  schemas: ${bad === 0 ? 'ok' : `${bad} records fail`}`);
  check(bad === 0, 'schemas');

  // Determinism and time.
  const dump = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const again = dump(generateSixtythird(size, seed));
  check(again === dump(roster), 'same seed gives a different roster');
  check(dump(generateSixtythird(size, seed + 1)) !== again, 'another seed gives the same roster');
  const t1 = performance.now();
  generateSixtythird(10_000, seed);
  const ms10k = performance.now() - t1;
  console.log(`  determinism: ${failures.some((f) => f.includes('seed')) ? 'FAIL' : 'ok'}; 10k generation ${ms10k.toFixed(0)} ms`);
  check(ms10k < 2000, '10k generation takes 2 s or more');

  if (failures.length) {
    console.log(`FAIL: ${failures.join('; ')}`);
    return false;
  }
  console.log('PASS');
  return true;
}

if (process.argv[1]?.endsWith('sixtythird.ts')) {
  const size = Number(process.argv[2] ?? 10000) || 10000;
  const seed = Number(process.argv[3] ?? 1) || 1;
  if (!selfCheck(size, seed)) process.exit(1);
}
