/**
 * `thirtieth`: a blind benchmark roster, an employer's messy spreadsheet whose name cells carry
 * more than the name.
 *
 * Theme. About half the rows that come from the employer's sheet (source 'csv') carry something
 * else in the name cell besides the name, as real sheets do:
 *   - a job title or line:           "Sok Dara - sewer", "SOK DARA (Line 5)", "Chan Sophea/QC",
 *                                    "Keo Vanna – អ្នកដេរ"
 *   - a phone number:                "Sok Dara 012 345 678", "CHAN SOPHEA Phone: 0961234567"
 *   - the worker's national ID:      "SOK DARA 012345678" (always 9 digits written together; a
 *                                    phone is never: it is spaced, dashed, +855 or 10 digits)
 *   - an employee code:              "EMP-0123 Chan Sophea", "Keo Vanna (#512)"
 *   - a note:                        "Sok Dara (new)", "Chan Sophea *left*", "Keo Vanna ?"
 *   - a leading row number:          "12. Sok Dara", "No.12 Sok Dara", "១២. សុខ ដារា"
 *   - the name in both scripts:      "Sok Dara សុខ ដារា", "សុខ ដារា (SOK DARA)"
 * About a fifth of those rows carry two of them. Rows typed by the inspector ('manual') and read
 * from an ID card ('id-card') are clean. The name itself then varies in the usual ways.
 *
 * Model (rates are per on-site row unless said otherwise):
 *   - register: `size` workers, ~80 % women (garment), family names drawn Zipf-like, given names by
 *     sex. Register shows national ID (96 %), NSSF number (97 %), DOB (98 %), sex (99 %), a Latin
 *     name (92 %, mostly upper case), the Khmer name (sometimes with a zero-width space or no space,
 *     or a keyboard's code point order).
 *   - ~5 % of registered workers are absent; hidden workers are ~7 % of on-site rows, half of
 *     them namesakes of a registered worker (same Khmer words), half with a freshly drawn name
 *     (which, names being common, often collides anyway).
 *   - sources: csv 55 %, manual 30 %, id-card 15 %. Script: Khmer 45 % / 40 % / 75 % by source.
 *   - Latin spelling: each word any of its listed romanizations (60 % the register's own when it
 *     has one); family/given swapped 12 % (Khmer 8 %); upper case 40 % csv, 15 % manual, always on
 *     ID cards; one typo 5 % csv / 4 % manual in one word of 4+ letters.
 *   - Khmer: 35 % csv / 30 % manual / 10 % id-card rows use another encoding: zero-width space or
 *     no space between words, register shifter after the vowel, vowel typed before the subscript,
 *     subscript DA for subscript TA (they look the same), split vowels (េ+ី for ើ, េ+ា for ោ), NFD.
 *   - fields on the row: DOB 94 / 90 / 100 %, sex 60 / 75 / 100 %, national ID 35 / 30 / 100 %
 *     (60 % when the row has no DOB), NSSF number 20 / 10 / 0 % (csv / manual / id-card); an ID
 *     number slips (one digit mistyped or two adjacent swapped) 3 % (1 % from a card); DOB
 *     day/month swapped 3 % of the DOBs that allow it. A hidden row that its drawn fields would not
 *     tell apart from a namesake is given its DOB, then sex, then national ID (~14 % of hidden rows),
 *     so hidden rows show a DOB / ID slightly more often than true rows (~98 / 58 % vs 94 / 50 %).
 *
 * Fairness rules (audited by the self-check, `npx tsx test/bench/thirtieth.ts 10000 1`):
 *   1. A true row carries only plausible variants of its registered worker: the name in either
 *      script, listed romanizations, either order, any case, at most one typo (one edit) in one
 *      word of 4+ letters, Khmer encoding variants (no Khmer typos); IDs exact or one slip; DOB
 *      exact or day/month swapped; sex right or missing. The extra variation this theme models is
 *      text added around the name in the cell (the clean name is always there verbatim, the
 *      additions are never name-like: no added token is within one edit of any listed name word);
 *      an ID number written in the cell is the worker's own (same value as the row's ID field when
 *      both are there).
 *   2. Registered workers whose names could pass for each other (same full name in any spelling,
 *      and also one edit apart) never share a DOB, and their DOBs, national IDs and NSSF numbers
 *      are more than a day/month swap or one digit apart.
 *   3. A hidden row either could not pass for any registered worker by name (its clean name is not
 *      within one edit of any spelling variant, order either way, Khmer compared after folding the
 *      encoding variants), or is ruled out from every one it could pass for by a field present on
 *      both sides: sex differs, DOB more than a swap / one digit apart, national ID (the field or
 *      the 9-digit number in the cell) or NSSF number 2+ edits apart.
 *   4. Nothing leaks the truth: rows shuffled, on-site ids random v4 UUIDs from the seeded PRNG,
 *      recordedAt increasing in row order, sheet rows numbered in row order, registered worker ids
 *      assigned after the register is shuffled.
 *   5. Undecidable true rows (another registered worker whose name the row fits at least as well,
 *      not ruled out by any field, with fields fitting it at least as well) stay under 4 %.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY, GIVEN, NOTES, PHONE_PREFIXES, TITLES_KHMER, TITLES_LATIN, type NameWord } from './thirtieth-names';

export const THIRTIETH_LABEL = 'employer sheet: job titles, phones, IDs, codes, notes, row numbers, both scripts in the name cell';

type Sex = 'F' | 'M';
type Source = 'manual' | 'csv' | 'id-card';
type ExtraKind = 'title' | 'phone' | 'idInCell' | 'empCode' | 'note' | 'rowNum' | 'bothScripts';

const VISIT_ID = 'visit-thirtieth';
const BASE_TIME = Date.UTC(2025, 2, 12, 1, 30, 0);
const ABSENT_RATE = 0.05;
const HIDDEN_RATE = 0.07;

// ───────────────────────────── strings: edits, Khmer folding ─────────────────────────────

/** True when a and b are at most one edit apart (substitution, insertion, deletion or adjacent swap). */
export function within1(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1 || lb - la > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  if (la > lb) return a.slice(i + 1) === b.slice(i);
  return a.slice(i) === b.slice(i + 1);
}

/** An ID slip: same length, one digit different or two adjacent digits swapped. */
function isSlip(a: string, b: string): boolean {
  return a.length === b.length && within1(a, b);
}

const COENG = 0x17d2;
const ZW = /[\u200b\u200c\u200d\u2060\ufeff]/g;
const isKhBase = (c: number) => c >= 0x1780 && c <= 0x17b3;
const isShifter = (c: number) => c === 0x17c9 || c === 0x17ca;
const isVowel = (c: number) => c >= 0x17b6 && c <= 0x17c5;
const isSign = (c: number) => (c >= 0x17c6 && c <= 0x17d1 && !isShifter(c)) || c === 0x17dd;

interface Unit { cls: number; text: string }
/** Split Khmer text into clusters (a base and its marks), each mark a unit with an order class. */
function clusters(s: string): { base: string; units: Unit[] }[] {
  const out: { base: string; units: Unit[] }[] = [];
  const cs = [...s];
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i].codePointAt(0)!;
    if (c === COENG && i + 1 < cs.length && out.length) {
      out[out.length - 1].units.push({ cls: 2, text: cs[i] + cs[i + 1] });
      i++;
    } else if (isShifter(c) && out.length) out[out.length - 1].units.push({ cls: 1, text: cs[i] });
    else if (c === 0x17cc && out.length) out[out.length - 1].units.push({ cls: 3, text: cs[i] });
    else if (isVowel(c) && out.length) out[out.length - 1].units.push({ cls: 4, text: cs[i] });
    else if (isSign(c) && out.length) out[out.length - 1].units.push({ cls: 5, text: cs[i] });
    else out.push({ base: cs[i], units: [] });
  }
  return out;
}
const joinClusters = (cl: { base: string; units: Unit[] }[]) => cl.map((c) => c.base + c.units.map((u) => u.text).join('')).join('');

/** Fold the Khmer encoding variants a keyboard or a sheet introduces; spaces and zero-widths go. */
export function canonKh(s: string): string {
  let t = s.normalize('NFC').replace(ZW, '').replace(/\s+/g, '');
  t = t.replace(/\u17c1\u17b8/g, '\u17be').replace(/\u17c1\u17b6/g, '\u17c4').replace(/\u17d2\u178a/g, '\u17d2\u178f');
  const cl = clusters(t);
  for (const c of cl) c.units = c.units.map((u, i) => ({ u, i })).sort((a, b) => a.u.cls - b.u.cls || a.i - b.i).map((x) => x.u);
  return joinClusters(cl);
}

const hasKhmer = (s: string) => /[\u1780-\u17ff]/.test(s);

type KhVariant = 'shifterAfterVowel' | 'vowelBeforeCoeng' | 'dtSwap' | 'splitVowel';
/** Re-encode one Khmer word as a different keyboard would; returns null when it does not apply. */
function khVariant(word: string, v: KhVariant): string | null {
  if (v === 'dtSwap') {
    if (word.includes('\u17d2\u178f')) return word.replace('\u17d2\u178f', '\u17d2\u178a');
    if (word.includes('\u17d2\u178a')) return word.replace('\u17d2\u178a', '\u17d2\u178f');
    return null;
  }
  if (v === 'splitVowel') {
    if (word.includes('\u17be')) return word.replace('\u17be', '\u17c1\u17b8');
    if (word.includes('\u17c4')) return word.replace('\u17c4', '\u17c1\u17b6');
    return null;
  }
  const cl = clusters(word);
  let done = false;
  for (const c of cl) {
    if (done) break;
    const vi = c.units.findIndex((u) => u.cls === 4);
    if (vi < 0) continue;
    const from = c.units.findIndex((u) => u.cls === (v === 'shifterAfterVowel' ? 1 : 2));
    if (from < 0 || from > vi) continue;
    const [moved] = c.units.splice(vi, 1);
    c.units.splice(from, 0, moved);
    done = true;
  }
  return done ? joinClusters(cl) : null;
}

// ───────────────────────────── lexicon ─────────────────────────────

interface Lex { lat: string[]; kh: string }
const lexOf = (w: NameWord): Lex => ({ lat: w.lat.map((x) => x.toLowerCase()), kh: canonKh(w.kh) });
const FLEX = FAMILY.map(lexOf);
const GLEX = GIVEN.map(lexOf);
const ALL_LAT = new Set([...FLEX, ...GLEX].flatMap((l) => l.lat));

function sameWord(a: Lex, b: Lex) {
  return a.kh === b.kh || a.lat.some((x) => b.lat.includes(x));
}
function closeWord(a: Lex, b: Lex) {
  return within1(a.kh, b.kh) || a.lat.some((x) => b.lat.some((y) => within1(x, y)));
}
function relate(lex: Lex[], rel: (a: Lex, b: Lex) => boolean): number[][] {
  return lex.map((a) => lex.flatMap((b, j) => (rel(a, b) ? [j] : [])));
}
const F_SAME = relate(FLEX, sameWord);
const F_CLOSE = relate(FLEX, closeWord);
const G_SAME = relate(GLEX, sameWord);
const G_CLOSE = relate(GLEX, closeWord);

const pairKey = (f: number, g: number) => f * 1000 + g;
const confCache = new Map<number, number[]>();
/** Name pairs a (f, g) name could be confused with: one word the same, the other within one edit. */
function confusablePairs(f: number, g: number): number[] {
  const k = pairKey(f, g);
  let out = confCache.get(k);
  if (!out) {
    const s = new Set<number>();
    for (const f2 of F_SAME[f]) for (const g2 of G_CLOSE[g]) s.add(pairKey(f2, g2));
    for (const f2 of F_CLOSE[f]) for (const g2 of G_SAME[g]) s.add(pairKey(f2, g2));
    // Khmer written without a space can split another way (ចាន់ធីតា / ចាន់ធី ជា): compare whole strings
    for (const k2 of khPairsNear(canonKh(FAMILY[f].kh + GIVEN[g].kh))) s.add(k2);
    for (const k2 of khPairsNear(canonKh(GIVEN[g].kh + FAMILY[f].kh))) s.add(k2);
    out = [...s];
    confCache.set(k, out);
  }
  return out;
}

const deletions = (s: string) => {
  const out = [s];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
};
let khIndex: Map<string, number[]> | null = null;
const khOfPair = new Map<number, [string, string]>();
/** Every (family, given) pair whose folded Khmer name, in either order, is within one edit of s. */
function khPairsNear(s: string): number[] {
  if (!khIndex) {
    khIndex = new Map();
    for (let f = 0; f < FAMILY.length; f++) {
      for (let g = 0; g < GIVEN.length; g++) {
        const k = pairKey(f, g);
        const both: [string, string] = [canonKh(FAMILY[f].kh + GIVEN[g].kh), canonKh(GIVEN[g].kh + FAMILY[f].kh)];
        khOfPair.set(k, both);
        for (const x of both) for (const d of deletions(x)) {
          const l = khIndex.get(d);
          if (!l) khIndex.set(d, [k]);
          else if (l[l.length - 1] !== k) l.push(k);
        }
      }
    }
  }
  const out = new Set<number>();
  for (const d of deletions(s)) for (const k of khIndex.get(d) ?? []) if (!out.has(k) && khOfPair.get(k)!.some((x) => within1(x, s))) out.add(k);
  return [...out];
}

function wordIds(lex: Lex[], token: string, khmer: boolean, exact: boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < lex.length; i++) {
    const hit = khmer
      ? exact ? lex[i].kh === token : within1(lex[i].kh, token)
      : exact ? lex[i].lat.includes(token) : lex[i].lat.some((x) => within1(x, token));
    if (hit) out.push(i);
  }
  return out;
}

/** Name pairs a rendered name (two word renderings, in written order) could pass for. */
function pairsForTokens(tokens: [string, string], khmer: boolean): Set<number> {
  if (khmer) return new Set(khPairsNear(canonKh(tokens.join(''))));
  const [a, b] = tokens.map((t) => t.toLowerCase().replace(/\s+/g, ' ').trim());
  const s = new Set<number>();
  for (const [x, y] of [[a, b], [b, a]]) {
    for (const f of wordIds(FLEX, x, khmer, true)) for (const g of wordIds(GLEX, y, khmer, false)) s.add(pairKey(f, g));
    for (const f of wordIds(FLEX, x, khmer, false)) for (const g of wordIds(GLEX, y, khmer, true)) s.add(pairKey(f, g));
  }
  return s;
}

// ───────────────────────────── dates and numbers ─────────────────────────────

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DOB_LO = Date.UTC(1970, 0, 1);
const DOB_HI = Date.UTC(2006, 11, 31);
const swapDM = (d: string) => `${d.slice(0, 4)}-${d.slice(8, 10)}-${d.slice(5, 7)}`;
/** A DOB a swap or one digit from another (either side swapped). */
export function dobClose(a: string, b: string): boolean {
  return within1(a, b) || within1(swapDM(a), b) || within1(a, swapDM(b));
}
const digits = (r: Rng, n: number) => Array.from({ length: n }, () => r.int(0, 9)).join('');
const KH_DIGITS = '០១២៣៤៥៦៧៨៩';
const khDigits = (n: number) => String(n).replace(/\d/g, (d) => KH_DIGITS[Number(d)]);

function slip(r: Rng, id: string): string {
  for (;;) {
    let out: string;
    if (r.chance(0.5) && id.length > 1) {
      const i = r.int(0, id.length - 2);
      out = id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
    } else {
      const i = r.int(0, id.length - 1);
      out = id.slice(0, i) + String((Number(id[i]) + r.int(1, 9)) % 10) + id.slice(i + 1);
    }
    if (out !== id) return out;
  }
}

function uuid(r: Rng): string {
  const b = Array.from({ length: 16 }, () => Math.floor(r.next() * 256));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ───────────────────────────── rendering names ─────────────────────────────

const KEYS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function neighbours(c: string): string {
  for (let row = 0; row < 3; row++) {
    const i = KEYS[row].indexOf(c);
    if (i < 0) continue;
    return (KEYS[row][i - 1] ?? '') + (KEYS[row][i + 1] ?? '') + (KEYS[row - 1]?.[i] ?? '') + (KEYS[row + 1]?.[i] ?? '');
  }
  return 'aeiou';
}

/** One typo (one edit) inside a word of 4+ letters of this rendering; null when none fits. */
function typo(r: Rng, rendering: string): string | null {
  const words = rendering.split(' ');
  const long = words.map((w, i) => (w.length >= 4 ? i : -1)).filter((i) => i >= 0);
  if (!long.length) return null;
  for (let attempt = 0; attempt < 10; attempt++) {
    const wi = r.pick(long);
    const w = words[wi];
    const lower = w.toLowerCase();
    const i = r.int(1, w.length - 1);
    let t: string;
    const op = r.int(0, 3);
    if (op === 0) {
      const n = neighbours(lower[i]);
      t = lower.slice(0, i) + n[r.int(0, n.length - 1)] + lower.slice(i + 1);
    } else if (op === 1) t = lower.slice(0, i) + lower.slice(i + 1);
    else if (op === 2) t = lower.slice(0, i) + lower[i] + lower.slice(i);
    else t = i + 1 < w.length ? lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2) : lower;
    if (t === lower || ALL_LAT.has(t)) continue;
    const out = [...words];
    out[wi] = w[0] + t.slice(1);
    const whole = out.join(' ').toLowerCase();
    if (ALL_LAT.has(whole) || ALL_LAT.has(whole.replace(/ /g, ''))) continue;
    return out.join(' ');
  }
  return null;
}

type Case = 'title' | 'upper' | 'lower';
const applyCase = (s: string, c: Case) => (c === 'upper' ? s.toUpperCase() : c === 'lower' ? s.toLowerCase() : s);

interface Rendered { text: string; tokens: [string, string]; typo: boolean; khVariants: string[] }

function renderLatin(r: Rng, f: number, g: number, swap: boolean, cs: Case, fi: number | null, gi: number | null, typoP: number): Rendered {
  const fr = FAMILY[f].lat[fi ?? r.int(0, FAMILY[f].lat.length - 1)];
  let gr = GIVEN[g].lat[gi ?? r.int(0, GIVEN[g].lat.length - 1)];
  let fam = fr;
  let hadTypo = false;
  if (r.chance(typoP)) {
    // the typo goes in whichever word has room; given names are longer, so usually there
    const onGiven = gr.replace(/ /g, '').length >= 4 && (fr.length < 4 || r.chance(0.7));
    const t = typo(r, onGiven ? gr : fam);
    if (t) {
      if (onGiven) gr = t;
      else fam = t;
      hadTypo = true;
    }
  }
  const tokens: [string, string] = swap ? [applyCase(gr, cs), applyCase(fam, cs)] : [applyCase(fam, cs), applyCase(gr, cs)];
  return { text: tokens.join(' '), tokens, typo: hadTypo, khVariants: [] };
}

const KH_VARIANTS: KhVariant[] = ['shifterAfterVowel', 'vowelBeforeCoeng', 'dtSwap', 'splitVowel'];
function renderKhmer(r: Rng, f: number, g: number, swap: boolean, variantP: number): Rendered {
  let words: [string, string] = swap ? [GIVEN[g].kh, FAMILY[f].kh] : [FAMILY[f].kh, GIVEN[g].kh];
  let sep = ' ';
  const used: string[] = [];
  if (r.chance(variantP)) {
    const want = r.chance(0.3) ? 2 : 1;
    for (const v of r.shuffle([...KH_VARIANTS])) {
      if (used.length >= want) break;
      const first = r.int(0, 1);
      for (const wi of [first, 1 - first]) {
        const a = khVariant(words[wi], v);
        if (a === null) continue;
        words = (wi === 0 ? [a, words[1]] : [words[0], a]) as [string, string];
        used.push(v);
        break;
      }
    }
    if (used.length < want || r.chance(0.4)) {
      const s = r.pick(['zwsp', 'zwsp', 'nospace', 'nfd'] as const);
      if (s === 'zwsp') sep = '\u200b';
      else if (s === 'nospace') sep = '';
      else words = words.map((w) => w.normalize('NFD')) as [string, string];
      used.push(s);
    }
  }
  return { text: words.join(sep), tokens: words, typo: false, khVariants: used };
}

// ───────────────────────────── the generator ─────────────────────────────

interface Person { f: number; g: number; sex: Sex; dob: string; nid: string; nssf: string | null }
interface Reg extends Person {
  sexShown: Sex | null;
  dobShown: string | null;
  nidShown: string | null;
  nssfShown: string | null;
  latIdx: [number, number] | null;
  worker: RegisteredWorker;
}

export interface RowMeta {
  hidden: boolean;
  /** the registered worker a hidden row copies the name of (a namesake), if any */
  namesake: boolean;
  source: Source;
  script: 'kh' | 'lat';
  /** the clean name(s) as they appear verbatim in the cell (two when written in both scripts) */
  parts: string[];
  swapped: boolean;
  caseStyle: Case | null;
  typo: boolean;
  khVariants: string[];
  extras: ExtraKind[];
  /** the 9-digit ID number written in the cell, if any */
  inCellNid: string | null;
  nidSlip: boolean;
  nssfSlip: boolean;
  dobSwap: boolean;
  /** fields a hidden row was made to show so that it is told apart from its namesakes */
  forced: boolean;
  person: Person;
}

export interface Built { roster: Roster; meta: Map<string, RowMeta>; regs: Map<string, Reg> }

interface Rates { script: number; swap: number; upper: number; lower: number; typo: number; khVar: number; dob: number; sex: number; nid: number; nssf: number; idSlip: number }
const RATES: Record<Source, Rates> = {
  csv: { script: 0.45, swap: 0.12, upper: 0.4, lower: 0.04, typo: 0.05, khVar: 0.35, dob: 0.94, sex: 0.6, nid: 0.35, nssf: 0.2, idSlip: 0.03 },
  manual: { script: 0.4, swap: 0.12, upper: 0.15, lower: 0.05, typo: 0.04, khVar: 0.3, dob: 0.9, sex: 0.75, nid: 0.3, nssf: 0.1, idSlip: 0.03 },
  'id-card': { script: 0.75, swap: 0, upper: 1, lower: 0, typo: 0, khVar: 0.1, dob: 1, sex: 1, nid: 1, nssf: 0, idSlip: 0.01 },
};
const EXTRA_WEIGHTS: [ExtraKind, number][] = [
  ['title', 0.22], ['phone', 0.15], ['idInCell', 0.13], ['empCode', 0.1], ['note', 0.15], ['rowNum', 0.13], ['bothScripts', 0.12],
];
function pickExtra(r: Rng, not: ExtraKind | null): ExtraKind {
  for (;;) {
    let u = r.next();
    for (const [k, w] of EXTRA_WEIGHTS) {
      u -= w;
      if (u < 0) {
        if (k !== not) return k;
        break;
      }
    }
  }
}

function phone(r: Rng): string {
  const p = r.pick(PHONE_PREFIXES);
  const body = (() => {
    switch (r.int(0, 5)) {
      case 0: return `${p} ${digits(r, 3)} ${digits(r, 3)}`;
      case 1: return `${p}-${digits(r, 3)}-${digits(r, 3)}`;
      case 2: return `+855 ${p.slice(1)} ${digits(r, 3)} ${digits(r, 3)}`;
      case 3: return `${p} ${digits(r, 3)} ${digits(r, 4)}`;
      case 4: return `${p}${digits(r, 7)}`;
      default: return `(${p}) ${digits(r, 3)} ${digits(r, 3)}`;
    }
  })();
  return r.pick(['', '', 'Phone: ', 'Phone ', 'Ph: ', 'H/P ', 'ទូរស័ព្ទ ']) + body;
}

function empCode(r: Rng): string {
  switch (r.int(0, 4)) {
    case 0: return `EMP-${digits(r, 4)}`;
    case 1: return `E${digits(r, 4)}`;
    case 2: return `#${r.int(1, 999)}`;
    case 3: return `NV${digits(r, 4)}`;
    default: return `A-${digits(r, 3)}`;
  }
}

export function build(size: number, seed: number): Built {
  const r = rng(seed);
  const ids = rng((seed ^ 0x5bd1e995) >>> 0);

  // ── the register ──
  const femaleGiven = GIVEN.flatMap((w, i) => (w.sex !== 'M' ? [i] : []));
  const maleGiven = GIVEN.flatMap((w, i) => (w.sex !== 'F' ? [i] : []));
  const famIdx = FAMILY.map((_, i) => i);
  const groups = new Map<number, Reg[]>();
  const nids = new Set<string>();
  const nssfs = new Set<string>();
  const regs: Reg[] = [];
  const newNid = () => {
    for (;;) {
      const n = String(r.int(1, 25)).padStart(2, '0') + digits(r, 7);
      if (!nids.has(n)) return n;
    }
  };
  const newNssf = () => {
    for (;;) {
      const n = String(r.int(1, 9)) + digits(r, 9);
      if (!nssfs.has(n)) return n;
    }
  };
  const neighbourhood = (f: number, g: number): Reg[] => confusablePairs(f, g).flatMap((k) => groups.get(k) ?? []);

  while (regs.length < size) {
    const sex: Sex = r.chance(0.8) ? 'F' : 'M';
    const f = r.pickSkewed(famIdx, 1.5);
    const g = r.pickSkewed(sex === 'F' ? femaleGiven : maleGiven, 1.3);
    const near = neighbourhood(f, g);
    let dob: string | null = null;
    for (let t = 0; t < 40 && !dob; t++) {
      const d = isoDay(DOB_LO + r.int(0, (DOB_HI - DOB_LO) / DAY) * DAY);
      if (!near.some((m) => dobClose(d, m.dob))) dob = d;
    }
    if (!dob) continue; // too crowded a name: draw another
    let nid = newNid();
    while (near.some((m) => within1(nid, m.nid))) nid = newNid();
    let nssf = newNssf();
    while (near.some((m) => m.nssf !== null && within1(nssf, m.nssf))) nssf = newNssf();
    nids.add(nid);
    nssfs.add(nssf);
    const latIdx: [number, number] | null = r.chance(0.08)
      ? null
      : [r.chance(0.75) ? 0 : r.int(0, FAMILY[f].lat.length - 1), r.chance(0.75) ? 0 : r.int(0, GIVEN[g].lat.length - 1)];
    const nameLatin = latIdx ? applyCase(`${FAMILY[f].lat[latIdx[0]]} ${GIVEN[g].lat[latIdx[1]]}`, r.chance(0.6) ? 'upper' : 'title') : null;
    let fk = FAMILY[f].kh;
    let gk = GIVEN[g].kh;
    if (r.chance(0.05)) {
      const v = r.pick(KH_VARIANTS);
      fk = khVariant(fk, v) ?? fk;
      gk = khVariant(gk, v) ?? gk;
    }
    const sepU = r.next();
    const nameKh = fk + (sepU < 0.88 ? ' ' : sepU < 0.94 ? '\u200b' : '') + gk;
    const dobMs = Date.parse(dob);
    const hireLo = Math.max(Date.UTC(2010, 0, 1), dobMs + 18 * 365.25 * DAY);
    const hireHi = Date.UTC(2025, 1, 28);
    const hireDate = isoDay(hireLo + r.int(0, Math.max(0, Math.floor((hireHi - hireLo) / DAY))) * DAY);
    const reg: Reg = {
      f, g, sex, dob, nid, nssf,
      sexShown: r.chance(0.01) ? null : sex,
      dobShown: r.chance(0.02) ? null : dob,
      nidShown: r.chance(0.04) ? null : nid,
      nssfShown: r.chance(0.03) ? null : nssf,
      latIdx,
      worker: {
        workerId: '',
        nssfNumber: null,
        nationalId: null,
        nameKh,
        nameLatin,
        sex: null,
        dateOfBirth: null,
        hireDate,
        wageRiel: r.chance(0.06) ? null : r.int(820, 1800) * 1000,
      },
    };
    reg.worker.nssfNumber = reg.nssfShown;
    reg.worker.nationalId = reg.nidShown;
    reg.worker.sex = reg.sexShown;
    reg.worker.dateOfBirth = reg.dobShown;
    regs.push(reg);
    const k = pairKey(f, g);
    const list = groups.get(k);
    if (list) list.push(reg);
    else groups.set(k, [reg]);
  }
  r.shuffle(regs);
  regs.forEach((g, i) => (g.worker.workerId = `w-${String(i + 1).padStart(6, '0')}`));

  // ── who is on site ──
  const present = regs.filter(() => !r.chance(ABSENT_RATE));
  const hiddenCount = Math.round((present.length * HIDDEN_RATE) / (1 - HIDDEN_RATE));
  const specs: (Reg | null)[] = r.shuffle([...present, ...Array.from({ length: hiddenCount }, () => null)]);

  const ruledOut = (row: RowFields, c: Reg) =>
    (row.sex !== null && c.sexShown !== null && row.sex !== c.sexShown) ||
    (row.dob !== null && c.dobShown !== null && !dobClose(row.dob, c.dobShown)) ||
    (row.nid !== null && c.nidShown !== null && !within1(row.nid, c.nidShown)) ||
    (row.nssf !== null && c.nssfShown !== null && !within1(row.nssf, c.nssfShown));

  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  const meta = new Map<string, RowMeta>();
  let t = BASE_TIME;
  let csvRow = 0;
  const rowNumOffset = r.chance(0.5) ? 0 : 1;

  for (const spec of specs) {
    const u = r.next();
    const source: Source = u < 0.55 ? 'csv' : u < 0.85 ? 'manual' : 'id-card';
    const sourceRow = source === 'csv' ? ++csvRow : null;
    let made: Made | null = null;
    if (spec) made = makeRow(r, spec, spec, source, sourceRow! + rowNumOffset);
    else {
      for (let attempt = 0; attempt < 60 && !made; attempt++) {
        const namesake = r.chance(0.5);
        let f: number;
        let g: number;
        let sex: Sex;
        if (namesake) {
          const src = r.pick(regs);
          f = src.f;
          g = src.g;
          sex = GIVEN[g].sex === 'U' ? (r.chance(0.7) ? src.sex : src.sex === 'F' ? 'M' : 'F') : src.sex;
        } else {
          sex = r.chance(0.8) ? 'F' : 'M';
          f = r.pickSkewed(famIdx, 1.5);
          g = r.pickSkewed(sex === 'F' ? femaleGiven : maleGiven, 1.3);
        }
        const dob = isoDay(DOB_LO + r.int(0, (DOB_HI - DOB_LO) / DAY) * DAY);
        const person: Person = { f, g, sex, dob, nid: newNid(), nssf: r.chance(0.05) ? newNssf() : null };
        const m = makeRow(r, person, null, source, (sourceRow ?? 0) + rowNumOffset);
        m.meta.namesake = namesake;
        const cands = new Set<Reg>();
        for (const part of m.tokenParts) for (const k of pairsForTokens(part.tokens, part.khmer)) for (const c of groups.get(k) ?? []) cands.add(c);
        if ([...cands].some((c) => dobClose(dob, c.dob) || within1(person.nid, c.nid) || (person.nssf && within1(person.nssf, c.nssf!)))) continue;
        const open = () => [...cands].filter((c) => !ruledOut(m.fields, c));
        if (open().length && m.fields.dob === null) { m.fields.dob = dob; m.meta.forced = true; }
        if (open().length && m.fields.sex === null) { m.fields.sex = sex; m.meta.forced = true; }
        if (open().length && m.fields.nid === null) { m.fields.nid = person.nid; m.fields.nidField = person.nid; m.meta.forced = true; }
        if (open().length) continue;
        nids.add(person.nid);
        if (person.nssf) nssfs.add(person.nssf);
        made = m;
      }
      if (!made) throw new Error('thirtieth: could not place a hidden worker');
    }
    t += ids.int(700, 9000);
    const id = uuid(ids);
    const row: OnsiteWorker = {
      id,
      visitId: VISIT_ID,
      name: made.name,
      nationalId: made.fields.nidField,
      nssfNumber: made.fields.nssf,
      sex: made.fields.sex,
      dateOfBirth: made.fields.dob,
      source,
      sourceRow,
      recordedAt: new Date(t).toISOString(),
    };
    onsite.push(row);
    truth.set(id, spec ? spec.worker.workerId : null);
    meta.set(id, made.meta);
  }

  return {
    roster: { registered: regs.map((g) => g.worker), onsite, truth },
    meta,
    regs: new Map(regs.map((g) => [g.worker.workerId, g])),
  };
}

interface RowFields { sex: Sex | null; dob: string | null; nid: string | null; nidField: string | null; nssf: string | null }
interface Made { name: string; fields: RowFields; meta: RowMeta; tokenParts: { tokens: [string, string]; khmer: boolean }[] }

/** One on-site row for a person (`reg` set when they are that registered worker). */
function makeRow(r: Rng, p: Person, reg: Reg | null, source: Source, sheetNo: number): Made {
  const R = RATES[source];
  const khmer = r.chance(R.script);
  const swapped = r.chance(R.swap);
  let caseStyle: Case | null = null;
  let main: Rendered;
  if (khmer) main = renderKhmer(r, p.f, p.g, swapped, R.khVar);
  else {
    const cu = r.next();
    caseStyle = cu < R.upper ? 'upper' : cu < R.upper + R.lower ? 'lower' : 'title';
    const same = reg?.latIdx && r.chance(0.6);
    main = renderLatin(r, p.f, p.g, swapped, caseStyle, same ? reg!.latIdx![0] : null, same ? reg!.latIdx![1] : null, R.typo);
  }

  // fields
  const fields: RowFields = { sex: null, dob: null, nid: null, nidField: null, nssf: null };
  let nidSlip = false;
  let nssfSlip = false;
  let dobSwap = false;
  if (r.chance(R.sex)) fields.sex = p.sex;
  if (r.chance(R.dob)) {
    fields.dob = p.dob;
    const day = Number(p.dob.slice(8, 10));
    const month = Number(p.dob.slice(5, 7));
    if (reg && day <= 12 && day !== month && r.chance(0.03)) {
      fields.dob = swapDM(p.dob);
      dobSwap = true;
    }
  }
  let nidValue = p.nid;
  if (reg && r.chance(R.idSlip)) {
    nidValue = slip(r, p.nid);
    nidSlip = true;
  }
  // a row without a DOB more often carries an ID number (the sheet or the worker gives one or the other)
  if (r.chance(fields.dob === null ? Math.max(R.nid, 0.6) : R.nid)) fields.nidField = nidValue;
  if (p.nssf && r.chance(R.nssf)) {
    fields.nssf = p.nssf;
    if (reg && r.chance(R.idSlip)) {
      fields.nssf = slip(r, p.nssf);
      nssfSlip = true;
    }
  }

  // the name cell
  const parts = [main.text];
  const tokenParts = [{ tokens: main.tokens, khmer }];
  const extras: ExtraKind[] = [];
  let inCellNid: string | null = null;
  let cell = main.text;
  if (source === 'csv' && r.chance(0.5)) {
    extras.push(pickExtra(r, null));
    if (r.chance(0.2)) extras.push(pickExtra(r, extras[0]));
    // a leading row number goes first whatever else is in the cell
    extras.sort((a, b) => Number(b === 'rowNum') - Number(a === 'rowNum'));
    for (const kind of [...extras].reverse()) {
      switch (kind) {
        case 'title': {
          const k = r.int(1, 24);
          const tl = r.chance(0.3) ? r.pick(TITLES_KHMER) : r.pick(TITLES_LATIN);
          cell = r.pick([
            `${cell} - ${tl}`, `${cell} – ${tl}`, `${cell}/${tl}`, `${cell} (${tl})`, `${cell}, ${tl}`,
            `${cell} (Line ${k})`, `${cell} L${k}`, `${cell} - Line ${k}`, `${cell} ក្រុមទី${khDigits(k)}`,
          ]);
          break;
        }
        case 'phone': {
          const ph = phone(r);
          cell = r.pick([`${cell} ${ph}`, `${cell} (${ph})`, `${cell} - ${ph}`]);
          break;
        }
        case 'idInCell': {
          inCellNid = nidValue;
          if (fields.nidField !== null) fields.nidField = nidValue;
          cell = r.pick([`${cell} ${nidValue}`, `${nidValue} ${cell}`, `${cell} ID:${nidValue}`, `${cell} (${nidValue})`, `${cell} - ${nidValue}`]);
          break;
        }
        case 'empCode': {
          const code = empCode(r);
          cell = r.pick([`${code} ${cell}`, `${cell} (${code})`, `${code} - ${cell}`, `${cell} ${code}`]);
          break;
        }
        case 'note':
          cell = `${cell} ${r.pick(NOTES)}`;
          break;
        case 'rowNum': {
          const n = sheetNo;
          cell = r.pick([`${n}. ${cell}`, `${n}) ${cell}`, `${n} ${cell}`, `${n}- ${cell}`, `No.${n} ${cell}`, `${khDigits(n)}. ${cell}`]);
          break;
        }
        case 'bothScripts': {
          const other = khmer
            ? renderLatin(r, p.f, p.g, swapped, r.chance(0.5) ? 'upper' : 'title', reg?.latIdx?.[0] ?? null, reg?.latIdx?.[1] ?? null, 0)
            : renderKhmer(r, p.f, p.g, swapped, 0.2);
          parts.push(other.text);
          tokenParts.push({ tokens: other.tokens, khmer: !khmer });
          cell = khmer
            ? r.pick([`${cell} (${other.text})`, `${cell} ${other.text}`, `${cell} - ${other.text}`])
            : r.pick([`${cell} ${other.text}`, `${cell} (${other.text})`, `${cell} / ${other.text}`]);
          break;
        }
      }
    }
  }
  fields.nid = fields.nidField ?? inCellNid;
  return {
    name: cell,
    fields,
    tokenParts,
    meta: {
      hidden: !reg, namesake: false, source, script: khmer ? 'kh' : 'lat', parts, swapped, caseStyle, typo: main.typo,
      khVariants: main.khVariants, extras, inCellNid, nidSlip, nssfSlip, dobSwap, forced: false, person: p,
    },
  };
}

export function generateThirtieth(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ───────────────────────────── self-check ─────────────────────────────

async function selfCheck(size: number, seed: number): Promise<boolean> {
  const { OnsiteWorker: OnsiteSchema, RegisteredWorker: RegisteredSchema } = await import('../../src/protocol');
  const problems: string[] = [];
  const fail = (m: string) => problems.push(m);
  const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) + ' %' : '-');

  const t0 = performance.now();
  const built = build(size, seed);
  const genMs = performance.now() - t0;
  const { roster, meta, regs } = built;
  const rows = roster.onsite;
  const trueRows = rows.filter((o) => roster.truth.get(o.id) !== null);
  const hiddenRows = rows.filter((o) => roster.truth.get(o.id) === null);
  const M = (o: OnsiteWorker) => meta.get(o.id)!;
  const present = new Set(trueRows.map((o) => roster.truth.get(o.id)));
  const absent = roster.registered.filter((w) => !present.has(w.workerId)).length;

  // ── shape ──
  console.log(`thirtieth ${size}/${seed}: ${THIRTIETH_LABEL}`);
  console.log(`  registered ${roster.registered.length}, on site ${rows.length} (true ${trueRows.length}, hidden ${hiddenRows.length} = ${pct(hiddenRows.length, rows.length)}), absent ${absent} = ${pct(absent, roster.registered.length)}`);
  const bySource = (s: Source) => rows.filter((o) => o.source === s).length;
  console.log(`  sources: csv ${pct(bySource('csv'), rows.length)}, manual ${pct(bySource('manual'), rows.length)}, id-card ${pct(bySource('id-card'), rows.length)}`);
  const csvRows = rows.filter((o) => o.source === 'csv');
  const withExtra = csvRows.filter((o) => M(o).extras.length > 0);
  console.log(`  sheet rows with extras in the name cell: ${pct(withExtra.length, csvRows.length)} (two: ${pct(withExtra.filter((o) => M(o).extras.length > 1).length, csvRows.length)}); typed/card rows with extras: ${rows.filter((o) => o.source !== 'csv' && M(o).extras.length).length}`);
  const kinds: ExtraKind[] = ['title', 'phone', 'idInCell', 'empCode', 'note', 'rowNum', 'bothScripts'];
  console.log('  extras per sheet row: ' + kinds.map((k) => `${k} ${pct(csvRows.filter((o) => M(o).extras.includes(k)).length, csvRows.length)}`).join(', '));
  const tr = (pred: (o: OnsiteWorker, m: RowMeta) => boolean) => pct(trueRows.filter((o) => pred(o, M(o))).length, trueRows.length);
  const latTrue = trueRows.filter((o) => M(o).script === 'lat');
  const khTrue = trueRows.filter((o) => M(o).script === 'kh');
  console.log(`  true rows: Khmer ${tr((_, m) => m.script === 'kh')}, Latin ${tr((_, m) => m.script === 'lat')} (of which register has no Latin name ${pct(latTrue.filter((o) => regs.get(roster.truth.get(o.id)!)!.worker.nameLatin === null).length, latTrue.length)})`);
  console.log(`  true rows: order swapped ${tr((_, m) => m.swapped)}, upper case ${tr((_, m) => m.caseStyle === 'upper')}, typo ${tr((_, m) => m.typo)}, Khmer encoding variant ${pct(khTrue.filter((o) => M(o).khVariants.length).length, khTrue.length)} of Khmer rows`);
  console.log(`  true rows: DOB shown ${tr((o) => o.dateOfBirth !== null)}, swapped ${tr((_, m) => m.dobSwap)}; sex ${tr((o) => o.sex !== null)}; national ID field ${tr((o) => o.nationalId !== null)}, in cell ${tr((_, m) => m.inCellNid !== null)}, slipped ${tr((o, m) => m.nidSlip && (o.nationalId !== null || m.inCellNid !== null))}; NSSF ${tr((o) => o.nssfNumber !== null)}, slipped ${tr((_, m) => m.nssfSlip)}`);
  const hr = (pred: (o: OnsiteWorker, m: RowMeta) => boolean) => pct(hiddenRows.filter((o) => pred(o, M(o))).length, hiddenRows.length);
  console.log(`  hidden rows: namesake draws ${hr((_, m) => m.namesake)}, fields forced on ${hr((_, m) => m.forced)}; DOB ${hr((o) => o.dateOfBirth !== null)}, sex ${hr((o) => o.sex !== null)}, national ID ${hr((o) => o.nationalId !== null || M(o).inCellNid !== null)}, sheet rows ${hr((o) => o.source === 'csv')}, extras ${hr((_, m) => m.extras.length > 0)}`);

  // ── name index over the register (independent of the generator's word-level shortcuts) ──
  const checkLex = [...FAMILY, ...GIVEN].filter((w) => canonKh(w.kh) !== w.kh.normalize('NFC').replace(/\u17d2\u178a/g, '\u17d2\u178f'));
  if (checkLex.length) fail(`name list not in canonical Khmer order: ${checkLex.map((w) => w.lat[0]).join(', ')}`);
  const variants = new Map<number, { lat: Set<string>; kh: Set<string> }>();
  const variantOf = (f: number, g: number) => {
    const k = pairKey(f, g);
    let v = variants.get(k);
    if (!v) {
      v = { lat: new Set(), kh: new Set([canonKh(FAMILY[f].kh + GIVEN[g].kh), canonKh(GIVEN[g].kh + FAMILY[f].kh)]) };
      for (const a of FAMILY[f].lat) for (const b of GIVEN[g].lat) {
        v.lat.add(`${a} ${b}`.toLowerCase());
        v.lat.add(`${b} ${a}`.toLowerCase());
      }
      variants.set(k, v);
    }
    return v;
  };
  const byPair = new Map<number, Reg[]>();
  for (const g of regs.values()) {
    const k = pairKey(g.f, g.g);
    (byPair.get(k) ?? byPair.set(k, []).get(k)!).push(g);
    const v = variantOf(g.f, g.g);
    if (!v.kh.has(canonKh(g.worker.nameKh))) fail(`register Khmer name does not fold to its words: ${g.worker.workerId}`);
    if (g.worker.nameLatin && !v.lat.has(g.worker.nameLatin.toLowerCase())) fail(`register Latin name is not a listed spelling: ${g.worker.workerId}`);
  }
  const index = new Map<string, Set<number>>();
  for (const k of byPair.keys()) {
    const v = variants.get(k)!;
    for (const s of [...v.lat, ...v.kh]) for (const d of deletions(s)) (index.get(d) ?? index.set(d, new Set()).get(d)!).add(k);
  }
  const normPart = (s: string) => (hasKhmer(s) ? canonKh(s) : s.toLowerCase().replace(/\s+/g, ' ').trim());
  /** pair → 0 (a listed variant) or 1 (one edit from one) for every register pair this text could pass for */
  const passFor = (part: string): Map<number, number> => {
    const s = normPart(part);
    const kh = hasKhmer(part);
    const out = new Map<number, number>();
    for (const d of deletions(s)) for (const k of index.get(d) ?? []) {
      if (out.get(k) === 0) continue;
      const v = variants.get(k)!;
      const set = kh ? v.kh : v.lat;
      if (set.has(s)) out.set(k, 0);
      else if ([...set].some((x) => within1(x, s))) out.set(k, 1);
    }
    return out;
  };
  const rowPass = (o: OnsiteWorker) => {
    const out = new Map<number, number>();
    for (const part of M(o).parts) for (const [k, c] of passFor(part)) out.set(k, Math.min(c, out.get(k) ?? 9));
    return out;
  };
  const inCell = (o: OnsiteWorker) => {
    const m = /(?<!\d)\d{9}(?!\d)/.exec(o.name);
    return m ? m[0] : null;
  };
  const rowNid = (o: OnsiteWorker) => o.nationalId ?? inCell(o);
  const ruledOutBy = (o: OnsiteWorker, c: Reg) => {
    const n = rowNid(o);
    return (
      (o.sex !== null && c.sexShown !== null && o.sex !== c.sexShown) ||
      (o.dateOfBirth !== null && c.dobShown !== null && !dobClose(o.dateOfBirth, c.dobShown)) ||
      (n !== null && c.nidShown !== null && !within1(n, c.nidShown)) ||
      (o.nssfNumber !== null && c.nssfShown !== null && !within1(o.nssfNumber, c.nssfShown))
    );
  };
  const support = (o: OnsiteWorker, c: Reg) => {
    let s = 0;
    const n = rowNid(o);
    if (o.dateOfBirth && c.dobShown) s += o.dateOfBirth === c.dobShown ? 2 : dobClose(o.dateOfBirth, c.dobShown) ? 1 : 0;
    if (n && c.nidShown) s += n === c.nidShown ? 2 : within1(n, c.nidShown) ? 1 : 0;
    if (o.nssfNumber && c.nssfShown) s += o.nssfNumber === c.nssfShown ? 2 : within1(o.nssfNumber, c.nssfShown) ? 1 : 0;
    if (o.sex && c.sexShown && o.sex === c.sexShown) s += 1;
    return s;
  };

  // extras: the clean name is in the cell verbatim, in-cell IDs read back, added text is never name-like
  const vocabKh = [...FLEX, ...GLEX].map((l) => l.kh);
  const vocabLat = [...ALL_LAT].flatMap((x) => x.split(' ')).filter((x) => x.length >= 2);
  let extraBad = 0;
  for (const o of rows) {
    const m = M(o);
    let rest = o.name;
    for (const p of m.parts) {
      if (!rest.includes(p)) fail(`clean name not verbatim in cell: ${JSON.stringify(o.name)}`);
      rest = rest.replace(p, ' ');
    }
    if (inCell(o) !== m.inCellNid) fail(`in-cell ID reads back wrong: ${JSON.stringify(o.name)}`);
    if (m.inCellNid && o.nationalId !== null && o.nationalId !== m.inCellNid) fail(`in-cell ID differs from ID field: ${o.id}`);
    for (const tok of rest.toLowerCase().match(/[a-z]{2,}/g) ?? []) if (vocabLat.some((v) => within1(v, tok))) extraBad++;
    for (const tok of rest.match(/[\u1780-\u17ff\u200b]+/g) ?? []) {
      const c = canonKh(tok);
      if (c.length >= 2 && vocabKh.some((v) => within1(v, c))) extraBad++;
    }
  }
  if (extraBad) fail(`rule 1: ${extraBad} name-like tokens in the added cell text`);

  // ── rule 1 ──
  let r1 = 0;
  const r1Bad = (o: OnsiteWorker, why: string) => {
    if (r1++ < 5) fail(`rule 1 (${why}): ${JSON.stringify(o.name)}`);
  };
  for (const o of trueRows) {
    const T = regs.get(roster.truth.get(o.id)!)!;
    const m = M(o);
    const v = variantOf(T.f, T.g);
    for (const part of m.parts) {
      const s = normPart(part);
      if (hasKhmer(part)) {
        if (!v.kh.has(s)) r1Bad(o, 'Khmer name not a variant');
      } else if (!v.lat.has(s)) {
        const ok = [...v.lat].some((x) => {
          if (!within1(x, s)) return false;
          const a = x.split(' ');
          const b = s.split(' ');
          if (a.length !== b.length) return false;
          const diff = a.map((w, i) => (w === b[i] ? -1 : i)).filter((i) => i >= 0);
          return diff.length === 1 && a[diff[0]].length >= 4;
        });
        if (!ok) r1Bad(o, 'Latin name not a variant or one typo in a 4+ letter word');
      }
    }
    const n = rowNid(o);
    if (n !== null && n !== T.nid && !isSlip(n, T.nid)) r1Bad(o, 'national ID');
    if (o.nssfNumber !== null && o.nssfNumber !== T.nssf && !isSlip(o.nssfNumber, T.nssf!)) r1Bad(o, 'NSSF');
    if (o.dateOfBirth !== null && o.dateOfBirth !== T.dob && o.dateOfBirth !== swapDM(T.dob)) r1Bad(o, 'DOB');
    if (o.sex !== null && o.sex !== T.sex) r1Bad(o, 'sex');
  }
  console.log(`  rule 1 (true rows are plausible variants): ${r1} violations`);

  // ── rule 2 ──
  let r2Same = 0;
  let r2Close = 0;
  let namesakePairs = 0;
  for (const [k, list] of byPair) {
    const near = new Map<number, number>();
    const v = variants.get(k)!;
    for (const s of [...v.lat, ...v.kh]) for (const [k2, c] of passFor(s)) near.set(k2, Math.min(c, near.get(k2) ?? 9));
    for (const [k2, c] of near) {
      if (k2 < k) continue;
      const other = byPair.get(k2)!;
      for (let i = 0; i < list.length; i++) {
        for (let j = k2 === k ? i + 1 : 0; j < other.length; j++) {
          const a = list[i];
          const b = other[j];
          if (c === 0) namesakePairs++;
          const bad = dobClose(a.dob, b.dob) || within1(a.nid, b.nid) || (a.nssf !== null && b.nssf !== null && within1(a.nssf, b.nssf));
          if (bad) c === 0 ? r2Same++ : r2Close++;
        }
      }
    }
  }
  if (r2Same) fail(`rule 2: ${r2Same} registered namesake pairs share or nearly share a DOB / ID`);
  if (r2Close) fail(`rule 2: ${r2Close} registered one-edit namesake pairs nearly share a DOB / ID`);
  const sharedName = trueRows.filter((o) => {
    const T = regs.get(roster.truth.get(o.id)!)!;
    return (byPair.get(pairKey(T.f, T.g))?.length ?? 0) > 1;
  }).length;
  console.log(`  rule 2 (namesakes apart): ${namesakePairs} namesake pairs in the register, ${r2Same} + ${r2Close} too close; true rows whose worker shares the name: ${pct(sharedName, trueRows.length)}`);

  // ── rule 3 ──
  let r3 = 0;
  let r3Namesakes = 0;
  for (const o of hiddenRows) {
    const cands = [...rowPass(o).keys()].flatMap((k) => byPair.get(k) ?? []);
    if (cands.length) r3Namesakes++;
    for (const c of cands) {
      if (!ruledOutBy(o, c)) {
        if (r3++ < 5) fail(`rule 3: hidden ${JSON.stringify(o.name)} could be ${c.worker.workerId} ${c.worker.nameLatin ?? c.worker.nameKh}`);
      }
    }
    if (rowNid(o) && roster.registered.some((w) => w.nationalId === rowNid(o))) fail(`rule 3: hidden row carries a registered ID ${o.id}`);
  }
  console.log(`  rule 3 (hidden rows ruled out): ${pct(r3Namesakes, hiddenRows.length)} of hidden rows could pass for someone by name; ${r3} not ruled out`);

  // ── rule 4 ──
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  if (new Set(rows.map((o) => o.id)).size !== rows.length) fail('rule 4: duplicate on-site ids');
  if (!rows.every((o) => uuidRe.test(o.id))) fail('rule 4: an on-site id is not a v4 UUID');
  for (let i = 1; i < rows.length; i++) if (!(rows[i].recordedAt > rows[i - 1].recordedAt)) { fail('rule 4: recordedAt not increasing'); break; }
  let lastRow = 0;
  for (const o of rows) {
    if (o.source === 'csv') {
      if (o.sourceRow !== lastRow + 1) fail('rule 4: sheet rows not numbered in row order');
      lastRow = o.sourceRow ?? lastRow;
    } else if (o.sourceRow !== null) fail('rule 4: sourceRow on a non-sheet row');
  }
  if (!roster.registered.every((w, i) => w.workerId === `w-${String(i + 1).padStart(6, '0')}`)) fail('rule 4: worker ids not in register order');
  const regPos = new Map(roster.registered.map((w, i) => [w.workerId, i]));
  const xs = trueRows.map((o) => regPos.get(roster.truth.get(o.id)!)!);
  const ys = trueRows.map((o) => rows.indexOf(o));
  const corr = (a: number[], b: number[]) => {
    const n = a.length;
    const ma = a.reduce((s, x) => s + x, 0) / n;
    const mb = b.reduce((s, x) => s + x, 0) / n;
    let sab = 0, saa = 0, sbb = 0;
    for (let i = 0; i < n; i++) { sab += (a[i] - ma) * (b[i] - mb); saa += (a[i] - ma) ** 2; sbb += (b[i] - mb) ** 2; }
    return sab / Math.sqrt(saa * sbb);
  };
  const rc = corr(xs, ys);
  if (Math.abs(rc) > 4 / Math.sqrt(xs.length)) fail(`rule 4: register order correlates with row order (${rc.toFixed(3)})`);
  const hiddenPos = hiddenRows.map((o) => rows.indexOf(o) / rows.length);
  const meanPos = hiddenPos.reduce((s, x) => s + x, 0) / Math.max(1, hiddenPos.length);
  if (Math.abs(meanPos - 0.5) > (4 * 0.289) / Math.sqrt(Math.max(1, hiddenPos.length))) fail(`rule 4: hidden rows bunch (mean position ${meanPos.toFixed(3)})`);
  const extraRate = (xs: OnsiteWorker[]) => xs.filter((o) => o.source === 'csv' && M(o).extras.length).length / Math.max(1, xs.filter((o) => o.source === 'csv').length);
  const dExtra = Math.abs(extraRate(trueRows) - extraRate(hiddenRows));
  if (dExtra > 0.12) fail(`rule 4: extras rate differs between true and hidden sheet rows by ${dExtra.toFixed(2)}`);
  console.log(`  rule 4 (no leaks): register/row order correlation ${rc.toFixed(3)}, hidden mean position ${meanPos.toFixed(3)}, extras rate true vs hidden sheet rows ${(extraRate(trueRows) * 100).toFixed(1)} / ${(extraRate(hiddenRows) * 100).toFixed(1)} %`);

  // ── rule 5 ──
  let undecidable = 0;
  for (const o of trueRows) {
    const T = regs.get(roster.truth.get(o.id)!)!;
    const pass = rowPass(o);
    const cT = pass.get(pairKey(T.f, T.g)) ?? 9;
    const sT = support(o, T);
    let und = false;
    for (const [k, c] of pass) {
      if (c > cT) continue;
      for (const O of byPair.get(k) ?? []) {
        if (O === T || ruledOutBy(o, O)) continue;
        if (support(o, O) >= sT) { und = true; break; }
      }
      if (und) break;
    }
    if (und) undecidable++;
  }
  const undRate = undecidable / trueRows.length;
  if (undRate >= 0.04) fail(`rule 5: ${pct(undecidable, trueRows.length)} undecidable true rows`);
  console.log(`  rule 5 (undecidable true rows): ${undecidable} = ${pct(undecidable, trueRows.length)}`);

  // ── schemas ──
  let badSchema = 0;
  for (const w of roster.registered) if (!RegisteredSchema.safeParse(w).success) badSchema++;
  const keys = 'id,visitId,name,nationalId,nssfNumber,sex,dateOfBirth,source,sourceRow,recordedAt';
  for (const o of rows) {
    const p = OnsiteSchema.safeParse(o);
    if (!p.success || Object.keys(o).sort().join(',') !== keys.split(',').sort().join(',') || p.data.name !== o.name) badSchema++;
  }
  if (badSchema) fail(`schema: ${badSchema} records fail`);
  if (roster.truth.size !== rows.length) fail('truth does not cover every row');
  console.log(`  schemas: ${roster.registered.length + rows.length} records parsed, ${badSchema} failing`);

  // ── determinism and time ──
  const dump = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const same = dump(generateThirtieth(size, seed)) === dump(roster);
  const other = dump(generateThirtieth(size, seed + 1)) !== dump(roster);
  if (!same) fail('determinism: same seed gives a different roster');
  if (!other) fail('determinism: another seed gives the same roster');
  const t1 = performance.now();
  generateThirtieth(10_000, seed);
  const tenK = performance.now() - t1;
  if (tenK > 2000) fail(`10k generation took ${tenK.toFixed(0)} ms`);
  console.log(`  determinism: same seed identical ${same}, other seed differs ${other}; generation ${genMs.toFixed(0)} ms (this size, first run), 10k ${tenK.toFixed(0)} ms`);

  for (const p of problems) console.log('  FAIL ' + p);
  console.log(problems.length ? 'FAIL' : 'PASS');
  return problems.length === 0;
}

if (process.argv[1]?.endsWith('thirtieth.ts')) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  selfCheck(size, seed).then((ok) => process.exit(ok ? 0 : 1));
}
