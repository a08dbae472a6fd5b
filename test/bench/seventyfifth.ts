/**
 * `seventyfifth`: a GRADER'S roster, weighted towards the numbers and the dates.
 *
 * Written blind (without reading the engine or the other generators) by someone who will score
 * reconciliation engines against the product's targets. It models the variations the product
 * text lists, and nothing else, at rates chosen to separate a good engine from a mediocre one.
 * The employer's sheet carries national IDs and NSSF numbers on most rows, copied by hand: some
 * carry one transposed or one mistyped digit, dates of birth have day and month swapped on a
 * testing share, and some rows lack the date or the IDs. Hidden workers are often namesakes of
 * registered ones (some born within a year of their namesake), and registered workers who share a
 * full name are common, so the numbers and dates carry much of the decision.
 *
 * ── Chosen rates ────────────────────────────────────────────────────────────────────────────────
 * Register (size = N):  absent from site 5 % of N;  nameLatin missing 15 %;  national ID missing 3 %;
 *   NSSF number missing 1 %;  DOB missing 1 %;  wage missing 3 %;  Latin name in UPPER case 35 %.
 *   Names drawn skewed (family s=1.3, given s=1.2 of rank) → full-name collisions are common:
 *   ≈ 80 % of registered workers share a full name with another at N = 10,000 (≈ 17 % at 1,000).
 * On site: hidden = 7 % of on-site rows (≈ 715 at N = 10,000, on top of 9,500 registered present);
 *   60 % of hidden rows are namesakes of a registered worker (present or absent), 45 % of those with
 *   a DOB within about a year of the namesake's; the rest carry names nobody on the register has.
 * Source:  employer's sheet (csv) 70 %,  typed by the inspector (manual) 22 %,  read from the ID card 8 %.
 * Fields present     csv   manual  id-card       Slips on a present true value   csv    manual
 *   national ID      85 %   30 %    100 %           national ID (½ swap ½ digit)  8 %    5 %
 *   NSSF number      78 %   10 %     –  (null)      NSSF number (½ swap ½ digit)  6 %    5 %
 *   date of birth    90 %   75 %    100 %           DOB day⇄month (if day ≤ 12)  20 %   12 %  (≈ 6 % / 4 % of DOBs)
 *   sex              95 %   90 %    100 %           id-card rows carry no slips or swaps.
 *   Hidden rows never carry an NSSF number (they have none); otherwise the same presence rates.
 * Names (csv/manual): Latin script 55 % / 60 % (rest Khmer);  Latin spelling of a word differs from
 *   the register's 18 % per word (Sok/Sokh, Srey Mom/Sreymom …);  family/given order swapped 12 %;
 *   UPPER case 35 %, lower case 7 %;  one typo in one 4+-letter word 5 % of Latin rows;
 *   Khmer rows: zero-width space instead of the space 20 %, keyboard code-point order drawn for 25 %
 *   (register shifter typed after the vowel, or the vowel typed before a coeng subscript; it changes
 *   the string for about half the names, so ≈ 12 % of Khmer rows differ).  NFC/NFD: Khmer
 *   has no canonical decompositions, so NFD equals NFC and is not modelled separately.
 *   id-card rows: the card's Khmer name (60 %) or its Latin name in UPPER case, exact.
 *   A Latin row for a worker whose register line lacks nameLatin is a Khmer-vs-Latin comparison.
 *
 * ── Fairness rules (audited by the self-check) ─────────────────────────────────────────────────
 *  1. A true row carries only plausible variants of its registered worker: listed spellings, either
 *     order, any case, at most one typo (one edit) in one word of 4+ letters, Khmer encoding
 *     variants; IDs exact or one slip (one adjacent transposition or one wrong digit); DOB exact or
 *     day/month swapped; sex right or missing. No extra variation is modelled.
 *  2. Registered namesakes (same full name in any spelling, and also names one edit apart) never
 *     share a DOB and are more than a swap or one digit apart (either side may be swapped).
 *     Registered IDs are pairwise 2+ edits apart, and a slipped ID is never within one edit of a
 *     second registered worker's ID.
 *  3. A hidden row either cannot pass by name for any registered worker (not within one edit of
 *     any spelling of a registered name, either order, either script), or is ruled out from every
 *     one it could pass for by a field present on both sides: sex differs, DOB more than a swap /
 *     one digit apart, or national ID 2+ edits apart (hidden IDs are 2+ edits from every
 *     registered ID). Where presence draws left a hidden namesake row with nothing to rule it out,
 *     its DOB (else its ID, else its sex) is filled in: those rows are slightly fuller than average.
 *  4. Nothing leaks the truth: rows shuffled, ids random v4 UUIDs from the seeded PRNG, recordedAt
 *     increasing in row order, sheet row numbers in row order, worker ids assigned after shuffling.
 *  5. Undecidable true rows stay under 4 %: a true row is undecidable when another registered worker
 *     fits its name at least as well (no more edits than its own worker), no field present on both
 *     sides rules that worker out, and no ID on the row matches its own worker exactly.
 *     Measured ≈ 3.2 % at N = 10,000 (mostly rows with neither DOB nor ID: a reviewer's job), < 1 % at 1,000.
 *
 * Self-check: `npx tsx test/bench/seventyfifth.ts 10000 1`.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY_75, GIVEN_75 } from './seventyfifth-names';

export const SEVENTYFIFTH_LABEL =
  "grader's roster: hand-copied IDs with slips, swapped DOBs, missing dates/IDs, namesake hidden workers";

// ───────────────────────────────────────────── rates ──

type Source = 'csv' | 'manual' | 'id-card';
interface SourceProfile {
  nid: number; nssf: number; dob: number; sex: number;
  nidSlip: number; nssfSlip: number; dobSwap: number;
  latin: number; spell: number; swap: number; upper: number; lower: number; typo: number; zwsp: number; reorder: number;
}
const PROFILE: Record<Source, SourceProfile> = {
  csv: { nid: 0.85, nssf: 0.78, dob: 0.9, sex: 0.95, nidSlip: 0.08, nssfSlip: 0.06, dobSwap: 0.2,
    latin: 0.55, spell: 0.18, swap: 0.12, upper: 0.35, lower: 0.07, typo: 0.05, zwsp: 0.2, reorder: 0.25 },
  manual: { nid: 0.3, nssf: 0.1, dob: 0.75, sex: 0.9, nidSlip: 0.05, nssfSlip: 0.05, dobSwap: 0.12,
    latin: 0.6, spell: 0.18, swap: 0.12, upper: 0.35, lower: 0.07, typo: 0.05, zwsp: 0.2, reorder: 0.25 },
  'id-card': { nid: 1, nssf: 0, dob: 1, sex: 1, nidSlip: 0, nssfSlip: 0, dobSwap: 0,
    latin: 0.4, spell: 0, swap: 0, upper: 1, lower: 0, typo: 0, zwsp: 0, reorder: 0 },
};
const RATE = {
  absent: 0.05,
  hidden: 0.07,
  hiddenNamesake: 0.6,
  hiddenCloseDob: 0.45,
  regLatinMissing: 0.15,
  regNidMissing: 0.03,
  regNssfMissing: 0.01,
  regDobMissing: 0.01,
  regWageMissing: 0.03,
  regLatinUpper: 0.35,
  female: 0.62,
  famSkew: 1.3,
  givSkew: 1.2,
  firstSpelling: 0.65,
};

// ─────────────────────────────────────────── helpers ──

const ZW = /[\u200B\u200C\u200D\u2060\uFEFF]/g;
const ZWSP = '\u200B';
const COENG = 0x17d2;
const isKhmerText = (s: string) => /[\u1780-\u17FF]/.test(s);
const isCons = (c: number) => c >= 0x1780 && c <= 0x17a2;
const isVowel = (c: number) => c >= 0x17b6 && c <= 0x17c5;
const isShifter = (c: number) => c === 0x17c9 || c === 0x17ca;

/** Undo the keyboard code-point orders this roster models; drop zero-width characters and spaces. */
export function kmCanon75(s: string): string {
  const a = [...s.normalize('NFC').replace(ZW, '').replace(/\s+/g, '')].map((ch) => ch.codePointAt(0)!);
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i + 1 < a.length; i++) {
      if (isVowel(a[i]) && isShifter(a[i + 1])) {
        [a[i], a[i + 1]] = [a[i + 1], a[i]];
        changed = true;
      } else if (isVowel(a[i]) && a[i + 1] === COENG && i + 2 < a.length && isCons(a[i + 2])) {
        const v = a[i];
        a[i] = a[i + 1];
        a[i + 1] = a[i + 2];
        a[i + 2] = v;
        changed = true;
      }
    }
  }
  return String.fromCodePoint(...a);
}

/** The order some keyboards produce: shifter after the vowel, vowel before a coeng subscript. */
function kmKeyboard(s: string): string {
  const a = [...s].map((ch) => ch.codePointAt(0)!);
  for (let i = 0; i + 1 < a.length; i++) {
    if (isShifter(a[i]) && isVowel(a[i + 1])) {
      [a[i], a[i + 1]] = [a[i + 1], a[i]];
      i++;
    } else if (a[i] === COENG && i + 2 < a.length && isCons(a[i + 1]) && isVowel(a[i + 2])) {
      const v = a[i + 2];
      a[i + 2] = a[i + 1];
      a[i + 1] = a[i];
      a[i] = v;
      i += 2;
    }
  }
  return String.fromCodePoint(...a);
}

/** Optimal-string-alignment distance is at most 1 (one substitution, insertion, deletion or adjacent swap). */
function within1(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length, lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : b.slice(i + 1) === a.slice(i);
}

/** Digit strings: 0 equal, 1 one slip (wrong digit or adjacent transposition), 2 anything further. */
function idDist(a: string, b: string): 0 | 1 | 2 {
  if (a === b) return 0;
  if (a.length !== b.length) return within1(a, b) ? 1 : 2;
  return within1(a, b) ? 1 : 2;
}

/** All strings one slip from a digit string (wrong digit, adjacent transposition). */
function slipNeighbours(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    for (let d = 0; d <= 9; d++) {
      const c = String(d);
      if (c !== s[i]) out.push(s.slice(0, i) + c + s.slice(i + 1));
    }
    if (i + 1 < s.length && s[i] !== s[i + 1]) out.push(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  }
  return out;
}

const DAY = 86_400_000;
const daysOf = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
const isoOf = (days: number) => new Date(days * DAY).toISOString().slice(0, 10);

/** Day and month swapped, or null when the swap is not a valid, different date. */
export function swapDM75(d: string): string | null {
  const m = d.slice(5, 7), day = d.slice(8, 10);
  if (+day > 12 || m === day) return null;
  return `${d.slice(0, 4)}-${day}-${m}`;
}
const dobDigits = (d: string) => d.slice(0, 4) + d.slice(5, 7) + d.slice(8, 10);

/** Two dates a hand slip could confuse: equal, one digit or adjacent transposition apart, either side day/month-swapped. */
export function dobClose75(a: string, b: string): boolean {
  const as = [a, swapDM75(a)], bs = [b, swapDM75(b)];
  for (const x of as) {
    if (!x) continue;
    for (const y of bs) {
      if (!y) continue;
      if (within1(dobDigits(x), dobDigits(y))) return true;
    }
  }
  return false;
}

// ───────────────────────────────────── name parsing ──
// Used both by the generator (hidden rows, namesake DOB spacing) and by the self-check audit.

interface WordHit { id: number; edits: 0 | 1; ok: boolean }
interface PairHit { edits: number; ok: boolean }

const lat = (s: string) => s.normalize('NFC').replace(ZW, ' ').toLowerCase().replace(/\s+/g, ' ').trim();
const FAM_LAT = FAMILY_75.flatMap((w, id) => w.latin.map((s) => ({ s: lat(s), id })));
const GIV_LAT = GIVEN_75.flatMap((w, id) => w.latin.map((s) => ({ s: lat(s), id })));
const FAM_KM = FAMILY_75.map((w, id) => ({ s: kmCanon75(w.km), id }));
const GIV_KM = GIVEN_75.map((w, id) => ({ s: kmCanon75(w.km), id }));

/** A Latin one-edit difference lies inside one word of 4+ letters (the typo rule). */
function typoOk(row: string, spelling: string): boolean {
  const a = row.split(' '), b = spelling.split(' ');
  if (a.length !== b.length) return false;
  let diff = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      if (diff >= 0) return false;
      diff = i;
    }
  }
  return diff >= 0 && b[diff].length >= 4 && within1(a[diff], b[diff]);
}

function makeMatcher(list: { s: string; id: number }[], latin: boolean): (s: string) => WordHit[] {
  const memo = new Map<string, WordHit[]>();
  return (s) => {
    let hits = memo.get(s);
    if (hits) return hits;
    const best = new Map<number, WordHit>();
    for (const w of list) {
      if (Math.abs(w.s.length - s.length) > 1) continue;
      let h: WordHit | null = null;
      if (w.s === s) h = { id: w.id, edits: 0, ok: true };
      else if (within1(w.s, s)) h = { id: w.id, edits: 1, ok: latin && typoOk(s, w.s) };
      if (!h) continue;
      const o = best.get(w.id);
      if (!o || h.edits < o.edits || (h.edits === o.edits && h.ok && !o.ok)) best.set(w.id, h);
    }
    hits = [...best.values()];
    memo.set(s, hits);
    return hits;
  };
}
const famLat = makeMatcher(FAM_LAT, true);
const givLat = makeMatcher(GIV_LAT, true);
const famKm = makeMatcher(FAM_KM, false);
const givKm = makeMatcher(GIV_KM, false);

export const pairKey75 = (f: number, g: number) => f * 256 + g;

const parseMemo = new Map<string, Map<number, PairHit>>();
/**
 * Every (family, given) pair a written name could be, within one edit in total, either order,
 * either script; with the edit count and whether the edit is an allowed typo.
 */
export function parseName75(name: string): Map<number, PairHit> {
  const khmer = isKhmerText(name);
  const norm = khmer ? kmCanon75(name) : lat(name);
  let out = parseMemo.get(norm);
  if (out) return out;
  out = new Map();
  const add = (f: WordHit, g: WordHit) => {
    const edits = f.edits + g.edits;
    if (edits > 1) return;
    const ok = f.ok && g.ok;
    const k = pairKey75(f.id, g.id);
    const o = out!.get(k);
    if (!o || edits < o.edits || (edits === o.edits && ok && !o.ok)) out!.set(k, { edits, ok });
  };
  const splits: [string, string][] = [];
  if (khmer) {
    const cps = [...norm];
    for (let i = 1; i < cps.length; i++) splits.push([cps.slice(0, i).join(''), cps.slice(i).join('')]);
  } else {
    const t = norm.split(' ');
    for (let k = 1; k < t.length; k++) splits.push([t.slice(0, k).join(' '), t.slice(k).join(' ')]);
  }
  const fm = khmer ? famKm : famLat, gm = khmer ? givKm : givLat;
  for (const [a, b] of splits) {
    for (const f of fm(a)) for (const g of gm(b)) add(f, g);
    for (const g of gm(a)) for (const f of fm(b)) add(f, g);
  }
  parseMemo.set(norm, out);
  return out;
}

const confMemo = new Map<number, number[]>();
/** Pairs a registered name could be confused with: any spelling of it parsed within one edit. */
function confusablePairs(f: number, g: number): number[] {
  const k = pairKey75(f, g);
  let out = confMemo.get(k);
  if (out) return out;
  const set = new Set<number>([k]);
  for (const p of parseName75(`${FAMILY_75[f].km} ${GIVEN_75[g].km}`).keys()) set.add(p);
  for (const fs of FAMILY_75[f].latin) for (const gs of GIVEN_75[g].latin) for (const p of parseName75(`${fs} ${gs}`).keys()) set.add(p);
  out = [...set];
  confMemo.set(k, out);
  return out;
}

// ─────────────────────────────────────────── model ──

interface Person {
  f: number; g: number; sex: 'F' | 'M';
  dob: string | null; nid: string | null; nssf: string | null;
  fi: number; gi: number; // the register's Latin spelling
  latinOnRegister: boolean; upper: boolean;
  hireDate: string | null; wage: number | null;
  workerId: string;
}

interface RowMeta {
  kind: 'true' | 'hidden';
  source: Source;
  script: 'km' | 'lat';
  crossScript: boolean;
  spellChanged: boolean;
  swapped: boolean;
  caseMode: 'title' | 'upper' | 'lower';
  typo: boolean;
  zwsp: boolean;
  reorder: boolean;
  nidSlip: 'none' | 'transpose' | 'digit';
  nssfSlip: 'none' | 'transpose' | 'digit';
  dobSwap: boolean;
  hiddenType?: 'namesake' | 'stranger';
  closeDob?: boolean;
  filled?: boolean;
}

interface RowSpec {
  person: Person; // the registered worker, or the hidden worker's own facts
  registered: boolean;
  name: string;
  nid: string | null; nssf: string | null; sex: 'F' | 'M' | null; dob: string | null;
  source: Source;
  meta: RowMeta;
}

function pickSource(r: Rng): Source {
  const x = r.next();
  return x < 0.7 ? 'csv' : x < 0.92 ? 'manual' : 'id-card';
}

function pickSpelling(r: Rng, n: number): number {
  if (n <= 1 || r.chance(RATE.firstSpelling)) return 0;
  return r.int(1, n - 1);
}
function otherSpelling(r: Rng, n: number, cur: number): number {
  if (n <= 1) return cur;
  const k = r.int(0, n - 2);
  return k >= cur ? k + 1 : k;
}

function applyCase(s: string, mode: 'title' | 'upper' | 'lower'): string {
  return mode === 'upper' ? s.toUpperCase() : mode === 'lower' ? s.toLowerCase() : s;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** One typo in one word of 4+ letters, never on the first letter. */
function addTypo(r: Rng, name: string): string | null {
  const toks = name.split(' ');
  const idx = toks.map((t, i) => (t.length >= 4 ? i : -1)).filter((i) => i >= 0);
  if (!idx.length) return null;
  const i = r.pick(idx);
  const t = toks[i];
  const up = t === t.toUpperCase();
  const letter = () => {
    const c = LETTERS[r.int(0, 25)];
    return up ? c.toUpperCase() : c;
  };
  let u = t;
  for (let tries = 0; tries < 10 && u.toLowerCase() === t.toLowerCase(); tries++) {
    const op = r.int(0, 3);
    if (op === 0) {
      const p = r.int(1, t.length - 1);
      u = t.slice(0, p) + letter() + t.slice(p + 1);
    } else if (op === 1) {
      const p = r.int(1, t.length - 1);
      u = t.slice(0, p) + t.slice(p + 1);
    } else if (op === 2) {
      const p = r.int(1, t.length);
      u = t.slice(0, p) + letter() + t.slice(p);
    } else {
      const p = r.int(1, t.length - 2);
      u = t.slice(0, p) + t[p + 1] + t[p] + t.slice(p + 2);
    }
  }
  if (u.toLowerCase() === t.toLowerCase()) return null;
  toks[i] = u;
  return toks.join(' ');
}

function uuid(r: Rng): string {
  const hex = '0123456789abcdef';
  let s = '';
  for (let i = 0; i < 32; i++) {
    let n = Math.floor(r.next() * 16);
    if (i === 12) n = 4;
    if (i === 16) n = 8 + (n & 3);
    s += hex[n];
    if (i === 7 || i === 11 || i === 15 || i === 19) s += '-';
  }
  return s;
}

function randomDob(r: Rng): string {
  const y = 2006 - Math.floor(34 * r.next() ** 1.4);
  const start = daysOf(`${y}-01-01`), end = daysOf(`${y}-12-31`);
  return isoOf(r.int(start, end));
}

interface Built { roster: Roster; meta: RowMeta[]; registeredPeople: Person[] }

function build(size: number, seed: number): Built {
  const r = rng(seed);
  const famIdx = FAMILY_75.map((_, i) => i);
  const givF = GIVEN_75.map((w, i) => (w.sex !== 'M' ? i : -1)).filter((i) => i >= 0);
  const givM = GIVEN_75.map((w, i) => (w.sex !== 'F' ? i : -1)).filter((i) => i >= 0);

  const regNid = new Set<string>(), allNid = new Set<string>();
  const regNssf = new Set<string>(), allNssf = new Set<string>();
  const freshId = (make: () => string, reg: Set<string> | null, all: Set<string>): string => {
    for (;;) {
      const s = make();
      if (all.has(s)) continue;
      if (slipNeighbours(s).some((n) => all.has(n))) continue;
      all.add(s);
      reg?.add(s);
      return s;
    }
  };
  const digits = (n: number) => {
    let s = '';
    for (let i = 0; i < n; i++) s += String(r.int(0, 9));
    return s;
  };
  const makeNid = () => String(r.int(1, 25)).padStart(2, '0') + digits(7);
  const makeNssf = () => String(r.int(10, 99)) + digits(8);

  // ── the register ──
  const people: Person[] = [];
  const byPair = new Map<number, Person[]>();
  const readsAs = new Map<number, number[]>(); // pair → registered pairs whose spellings parse as it
  for (let i = 0; i < size; i++) {
    let p: Person | null = null;
    while (!p) {
      const sex: 'F' | 'M' = r.chance(RATE.female) ? 'F' : 'M';
      const f = r.pickSkewed(famIdx, RATE.famSkew);
      const g = r.pickSkewed(sex === 'F' ? givF : givM, RATE.givSkew);
      // confusion runs both ways: names this one could be read as, and names that could be read as this one
      const near = [...new Set([...confusablePairs(f, g), ...(readsAs.get(pairKey75(f, g)) ?? [])])].flatMap((k) => byPair.get(k) ?? []);
      let dob: string | null = null;
      if (!r.chance(RATE.regDobMissing)) {
        for (let t = 0; t < 200 && !dob; t++) {
          const d = randomDob(r);
          if (near.every((q) => !q.dob || !dobClose75(d, q.dob))) dob = d;
        }
        if (!dob) continue; // name too crowded: draw another name
      }
      p = {
        f, g, sex, dob, nid: null, nssf: null,
        fi: pickSpelling(r, FAMILY_75[f].latin.length), gi: pickSpelling(r, GIVEN_75[g].latin.length),
        latinOnRegister: !r.chance(RATE.regLatinMissing), upper: r.chance(RATE.regLatinUpper),
        hireDate: null, wage: null, workerId: '',
      };
    }
    if (!r.chance(RATE.regNidMissing)) p.nid = freshId(makeNid, regNid, allNid);
    if (!r.chance(RATE.regNssfMissing)) p.nssf = freshId(makeNssf, regNssf, allNssf);
    const lo = Math.max(p.dob ? daysOf(p.dob) + Math.ceil(18 * 365.25) : 0, daysOf('2008-01-01'));
    p.hireDate = isoOf(r.int(lo, daysOf('2025-05-31')));
    p.wage = r.chance(RATE.regWageMissing) ? null : 760_000 + r.int(0, 80) * 10_000;
    people.push(p);
    const k = pairKey75(p.f, p.g);
    const list = byPair.get(k);
    if (list) list.push(p);
    else {
      byPair.set(k, [p]);
      for (const c of confusablePairs(p.f, p.g)) (readsAs.get(c) ?? readsAs.set(c, []).get(c)!).push(k);
    }
  }

  const candidatesFor = (name: string): Person[] => {
    const out: Person[] = [];
    for (const k of parseName75(name).keys()) for (const q of byPair.get(k) ?? []) out.push(q);
    return out;
  };

  // ── name rendering ──
  const renderName = (src: Source, p: Person, registered: boolean, meta: RowMeta): string => {
    const pr = PROFILE[src];
    const F = FAMILY_75[p.f], G = GIVEN_75[p.g];
    const swap = r.chance(pr.swap);
    meta.swapped = swap;
    if (r.chance(pr.latin)) {
      meta.script = 'lat';
      let fi: number, gi: number;
      if (registered && p.latinOnRegister) {
        fi = r.chance(pr.spell) ? otherSpelling(r, F.latin.length, p.fi) : p.fi;
        gi = r.chance(pr.spell) ? otherSpelling(r, G.latin.length, p.gi) : p.gi;
        meta.spellChanged = fi !== p.fi || gi !== p.gi;
      } else if (registered && src === 'id-card') {
        fi = p.fi;
        gi = p.gi;
      } else {
        fi = pickSpelling(r, F.latin.length);
        gi = pickSpelling(r, G.latin.length);
      }
      meta.crossScript = registered && !p.latinOnRegister;
      const x = r.next();
      meta.caseMode = x < pr.upper ? 'upper' : x < pr.upper + pr.lower ? 'lower' : 'title';
      let s = applyCase(swap ? `${G.latin[gi]} ${F.latin[fi]}` : `${F.latin[fi]} ${G.latin[gi]}`, meta.caseMode);
      if (r.chance(pr.typo)) {
        const t = addTypo(r, s);
        if (t) {
          s = t;
          meta.typo = true;
        }
      }
      return s;
    }
    meta.script = 'km';
    const zw = r.chance(pr.zwsp);
    meta.zwsp = zw;
    let s = swap ? `${G.km}${zw ? ZWSP : ' '}${F.km}` : `${F.km}${zw ? ZWSP : ' '}${G.km}`;
    if (r.chance(pr.reorder)) {
      const v = kmKeyboard(s);
      if (v !== s) {
        s = v;
        meta.reorder = true;
      }
    }
    return s;
  };

  const newMeta = (kind: 'true' | 'hidden', source: Source): RowMeta => ({
    kind, source, script: 'km', crossScript: false, spellChanged: false, swapped: false, caseMode: 'title',
    typo: false, zwsp: false, reorder: false, nidSlip: 'none', nssfSlip: 'none', dobSwap: false,
  });

  const slip = (v: string, reg: Set<string>): { v: string; kind: 'transpose' | 'digit' } | null => {
    for (let t = 0; t < 30; t++) {
      let u: string;
      let kind: 'transpose' | 'digit';
      if (r.chance(0.5)) {
        kind = 'transpose';
        const i = r.int(0, v.length - 2);
        if (v[i] === v[i + 1]) continue;
        u = v.slice(0, i) + v[i + 1] + v[i] + v.slice(i + 2);
      } else {
        kind = 'digit';
        const i = r.int(0, v.length - 1);
        const d = String((+v[i] + r.int(1, 9)) % 10);
        u = v.slice(0, i) + d + v.slice(i + 1);
      }
      // the slipped value must not come within one slip of another registered worker's number
      if (reg.has(u)) continue;
      if (slipNeighbours(u).some((n) => n !== v && reg.has(n))) continue;
      return { v: u, kind };
    }
    return null;
  };

  // ── true rows: everyone but the absent ──
  const order = r.shuffle(people.map((_, i) => i));
  const nAbsent = Math.round(size * RATE.absent);
  const present = order.slice(nAbsent).sort((a, b) => a - b);
  const rows: RowSpec[] = [];
  for (const idx of present) {
    const p = people[idx];
    const source = pickSource(r);
    const pr = PROFILE[source];
    const meta = newMeta('true', source);
    const name = renderName(source, p, true, meta);
    let nid: string | null = p.nid && r.chance(pr.nid) ? p.nid : null;
    if (nid && r.chance(pr.nidSlip)) {
      const s = slip(nid, regNid);
      if (s) {
        nid = s.v;
        meta.nidSlip = s.kind;
      }
    }
    let nssf: string | null = p.nssf && r.chance(pr.nssf) ? p.nssf : null;
    if (nssf && r.chance(pr.nssfSlip)) {
      const s = slip(nssf, regNssf);
      if (s) {
        nssf = s.v;
        meta.nssfSlip = s.kind;
      }
    }
    let dob: string | null = p.dob && r.chance(pr.dob) ? p.dob : null;
    if (dob && swapDM75(dob) && r.chance(pr.dobSwap)) {
      dob = swapDM75(dob);
      meta.dobSwap = true;
    }
    const sex = r.chance(pr.sex) ? p.sex : null;
    rows.push({ person: p, registered: true, name, nid, nssf, sex, dob, source, meta });
  }

  // ── hidden rows ──
  const ruledOut = (row: { sex: string | null; dob: string | null; nid: string | null; nssf: string | null }, c: Person) =>
    (!!row.sex && row.sex !== c.sex) ||
    (!!row.dob && !!c.dob && !dobClose75(row.dob, c.dob)) ||
    (!!row.nid && !!c.nid && idDist(row.nid, c.nid) === 2) ||
    (!!row.nssf && !!c.nssf && idDist(row.nssf, c.nssf) === 2);

  const nHidden = Math.round((present.length * RATE.hidden) / (1 - RATE.hidden));
  const nNamesake = Math.round(nHidden * RATE.hiddenNamesake);
  for (let h = 0; h < nHidden; h++) {
    let wantNamesake = h < nNamesake;
    let row: RowSpec | null = null;
    // drawn once, so that re-drawing an unfair row never shifts the hidden rows' source mix
    const source = pickSource(r);
    const pr = PROFILE[source];
    for (let attempt = 0; !row; attempt++) {
      if (attempt >= 40) wantNamesake = true; // could not find an unregistered name: make a namesake instead
      const meta = newMeta('hidden', source);
      let f: number, g: number, sex: 'F' | 'M';
      let namesake: Person | null = null;
      if (wantNamesake) {
        namesake = people[r.int(0, people.length - 1)];
        f = namesake.f;
        g = namesake.g;
        const gs = GIVEN_75[g].sex;
        sex = gs === 'U' ? (r.chance(RATE.female) ? 'F' : 'M') : gs;
      } else {
        sex = r.chance(RATE.female) ? 'F' : 'M';
        f = r.pickSkewed(famIdx, RATE.famSkew);
        g = r.pickSkewed(sex === 'F' ? givF : givM, RATE.givSkew);
      }
      const hp: Person = {
        f, g, sex, dob: null, nid: null, nssf: null, fi: 0, gi: 0, latinOnRegister: false, upper: false,
        hireDate: null, wage: null, workerId: '',
      };
      const name = renderName(source, hp, false, meta);
      const cands = candidatesFor(name);
      if (!wantNamesake && cands.length) continue;
      meta.hiddenType = cands.length ? 'namesake' : 'stranger';
      // the hidden worker's own date of birth: far (more than a swap / one digit) from every candidate
      const close = !!namesake?.dob && r.chance(RATE.hiddenCloseDob);
      for (let t = 0; t < 300 && !hp.dob; t++) {
        const d = close && t < 200 ? isoOf(daysOf(namesake!.dob!) + (r.chance(0.5) ? 1 : -1) * r.int(20, 380)) : randomDob(r);
        if (d < '1968-01-01' || d > '2007-06-01') continue;
        if (cands.every((c) => !c.dob || !dobClose75(d, c.dob))) hp.dob = d;
      }
      if (!hp.dob) continue;
      meta.closeDob = !!namesake?.dob && Math.abs(daysOf(hp.dob) - daysOf(namesake.dob)) <= 400;
      hp.nid = freshId(makeNid, null, allNid);
      const spec: RowSpec = {
        person: hp, registered: false, name, source, meta,
        nid: r.chance(pr.nid) ? hp.nid : null,
        nssf: null,
        sex: r.chance(pr.sex) ? sex : null,
        dob: r.chance(pr.dob) ? hp.dob : null,
      };
      let fair = true;
      for (const c of cands) {
        if (ruledOut(spec, c)) continue;
        if (!spec.dob && c.dob) spec.dob = hp.dob;
        else if (!spec.nid && c.nid) spec.nid = hp.nid;
        else if (!spec.sex && c.sex !== sex) spec.sex = sex;
        meta.filled = true;
        if (!ruledOut(spec, c)) {
          fair = false;
          break;
        }
      }
      if (!fair) continue;
      row = spec;
    }
    rows.push(row);
  }

  // ── shuffle, then assign everything that could carry order ──
  r.shuffle(rows);
  const regOrder = r.shuffle(people.slice());
  regOrder.forEach((p, i) => (p.workerId = `W${String(i + 1).padStart(6, '0')}`));
  const registered: RegisteredWorker[] = regOrder.map((p) => {
    const F = FAMILY_75[p.f], G = GIVEN_75[p.g];
    const latin = `${F.latin[p.fi]} ${G.latin[p.gi]}`;
    return {
      workerId: p.workerId,
      nssfNumber: p.nssf,
      nationalId: p.nid,
      nameKh: `${F.km} ${G.km}`,
      nameLatin: p.latinOnRegister ? (p.upper ? latin.toUpperCase() : latin) : null,
      sex: p.sex,
      dateOfBirth: p.dob,
      hireDate: p.hireDate,
      wageRiel: p.wage,
    };
  });
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  let t = Date.UTC(2025, 5, 17, 1, 0, 0); // 08:00 in Phnom Penh
  let sheetRow = 0;
  for (const row of rows) {
    t += r.int(1000, 4000);
    const id = uuid(r);
    onsite.push({
      id,
      visitId: 'visit-seventyfifth',
      name: row.name,
      nationalId: row.nid,
      nssfNumber: row.nssf,
      sex: row.sex,
      dateOfBirth: row.dob,
      source: row.source,
      sourceRow: row.source === 'csv' ? ++sheetRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, row.registered ? row.person.workerId : null);
  }
  return { roster: { registered, onsite, truth }, meta: rows.map((x) => x.meta), registeredPeople: regOrder };
}

export function generateSeventyFifth(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ─────────────────────────────────────────── self-check ──

async function selfCheck(): Promise<void> {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  const { OnsiteWorker: OnsiteSchema, RegisteredWorker: RegisteredSchema } = await import('../../src/protocol');
  const fails: string[] = [];
  const check = (ok: boolean, what: string) => {
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
    if (!ok) fails.push(what);
  };
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '–');

  const t0 = performance.now();
  const { roster, meta } = build(size, seed);
  const ms = performance.now() - t0;
  const { registered, onsite, truth } = roster;
  const regById = new Map(registered.map((w) => [w.workerId, w]));

  // ── lists sanity: no family spelling equals a given spelling (so a swapped order never reads as another pair) ──
  let crossKind = 0;
  for (const a of FAM_LAT) for (const b of GIV_LAT) if (a.s === b.s) crossKind++;
  for (const a of FAM_KM) for (const b of GIV_KM) if (a.s === b.s) crossKind++;

  // ── the register's own pairs, read back from nameKh ──
  const kmFam = new Map(FAM_KM.map((w) => [w.s, w.id]));
  const kmGiv = new Map(GIV_KM.map((w) => [w.s, w.id]));
  const pairOf = new Map<string, number>();
  const byPair = new Map<number, RegisteredWorker[]>();
  for (const w of registered) {
    const [a, b] = w.nameKh.split(' ');
    const k = pairKey75(kmFam.get(kmCanon75(a))!, kmGiv.get(kmCanon75(b))!);
    pairOf.set(w.workerId, k);
    (byPair.get(k) ?? byPair.set(k, []).get(k)!).push(w);
  }
  const cands = (name: string) => {
    const out: RegisteredWorker[] = [];
    for (const k of parseName75(name).keys()) for (const q of byPair.get(k) ?? []) out.push(q);
    return out;
  };
  const ruledOut = (row: OnsiteWorker, c: RegisteredWorker) =>
    (!!row.sex && !!c.sex && row.sex !== c.sex) ||
    (!!row.dateOfBirth && !!c.dateOfBirth && !dobClose75(row.dateOfBirth, c.dateOfBirth)) ||
    (!!row.nationalId && !!c.nationalId && idDist(row.nationalId, c.nationalId) === 2) ||
    (!!row.nssfNumber && !!c.nssfNumber && idDist(row.nssfNumber, c.nssfNumber) === 2);

  // ── shape ──
  const trueRows = onsite.filter((o) => truth.get(o.id));
  const hiddenRows = onsite.filter((o) => truth.get(o.id) === null);
  const matchedIds = new Set(trueRows.map((o) => truth.get(o.id)!));
  console.log(`seventyfifth  size=${size} seed=${seed}  generated in ${ms.toFixed(0)} ms`);
  console.log(`  registered ${registered.length}, on site ${onsite.length}: true ${trueRows.length}, hidden ${hiddenRows.length} (${pct(hiddenRows.length, onsite.length)} of rows); absent ${registered.length - matchedIds.size} (${pct(registered.length - matchedIds.size, registered.length)})`);
  const regWithNamesake = registered.filter((w) => byPair.get(pairOf.get(w.workerId)!)!.length > 1).length;
  const biggest = Math.max(...[...byPair.values()].map((l) => l.length));
  console.log(`  register: ${pct(regWithNamesake, registered.length)} share their full name with another registered worker (largest group ${biggest}); nameLatin missing ${pct(registered.filter((w) => !w.nameLatin).length, registered.length)}; NID missing ${pct(registered.filter((w) => !w.nationalId).length, registered.length)}; DOB missing ${pct(registered.filter((w) => !w.dateOfBirth).length, registered.length)}`);
  const bySource = (s: string) => onsite.filter((o) => o.source === s).length;
  console.log(`  sources: csv ${pct(bySource('csv'), onsite.length)}, manual ${pct(bySource('manual'), onsite.length)}, id-card ${pct(bySource('id-card'), onsite.length)}; hidden rows by source: csv ${pct(hiddenRows.filter((o) => o.source === 'csv').length, hiddenRows.length)}, manual ${pct(hiddenRows.filter((o) => o.source === 'manual').length, hiddenRows.length)}, id-card ${pct(hiddenRows.filter((o) => o.source === 'id-card').length, hiddenRows.length)}`);

  // numbers and dates on true rows, measured against the register
  let nidPresent = 0, nidSlipT = 0, nidSlipD = 0, nssfPresent = 0, nssfSlip = 0, dobPresent = 0, dobSwapped = 0, sexMissing = 0, bare = 0, noDob = 0, noIds = 0;
  for (const o of trueRows) {
    const w = regById.get(truth.get(o.id)!)!;
    if (o.nationalId) {
      nidPresent++;
      if (o.nationalId !== w.nationalId) {
        const diffs = [...o.nationalId].filter((c, i) => c !== w.nationalId![i]).length;
        if (diffs === 2) nidSlipT++;
        else nidSlipD++;
      }
    }
    if (o.nssfNumber) {
      nssfPresent++;
      if (o.nssfNumber !== w.nssfNumber) nssfSlip++;
    }
    if (o.dateOfBirth) {
      dobPresent++;
      if (o.dateOfBirth !== w.dateOfBirth) dobSwapped++;
    } else noDob++;
    if (!o.nationalId && !o.nssfNumber) noIds++;
    if (!o.nationalId && !o.nssfNumber && !o.dateOfBirth) bare++;
    if (!o.sex) sexMissing++;
  }
  const T = trueRows.length;
  console.log(`  true rows, national ID: present ${pct(nidPresent, T)}; of those transposed ${pct(nidSlipT, nidPresent)}, one wrong digit ${pct(nidSlipD, nidPresent)}`);
  console.log(`  true rows, NSSF number: present ${pct(nssfPresent, T)}; of those slipped ${pct(nssfSlip, nssfPresent)}`);
  console.log(`  true rows, DOB: present ${pct(dobPresent, T)}; of those day/month swapped ${pct(dobSwapped, dobPresent)}; no DOB ${pct(noDob, T)}, no ID at all ${pct(noIds, T)}, neither DOB nor ID ${pct(bare, T)}; sex missing ${pct(sexMissing, T)}`);
  const tm = meta.filter((m) => m.kind === 'true');
  const lat = tm.filter((m) => m.script === 'lat');
  const km = tm.filter((m) => m.script === 'km');
  const c = (xs: RowMeta[], f: (m: RowMeta) => boolean) => xs.filter(f).length;
  console.log(`  true-row names: Latin ${pct(lat.length, tm.length)} (Khmer-vs-Latin only ${pct(c(tm, (m) => m.crossScript), tm.length)} of rows), spelling differs from register ${pct(c(lat, (m) => m.spellChanged), lat.length)} of Latin, order swapped ${pct(c(tm, (m) => m.swapped), tm.length)}, UPPER ${pct(c(lat, (m) => m.caseMode === 'upper'), lat.length)}, lower ${pct(c(lat, (m) => m.caseMode === 'lower'), lat.length)}, typo ${pct(c(lat, (m) => m.typo), lat.length)} of Latin; Khmer ZWSP ${pct(c(km, (m) => m.zwsp), km.length)}, keyboard order ${pct(c(km, (m) => m.reorder), km.length)} of Khmer`);

  // ── rule 1 ──
  let r1 = 0;
  const r1ex: string[] = [];
  for (const o of trueRows) {
    const w = regById.get(truth.get(o.id)!)!;
    const hit = parseName75(o.name).get(pairOf.get(w.workerId)!);
    const khmer = isKhmerText(o.name);
    const nameOk = !!hit && (hit.edits === 0 || (!khmer && hit.edits === 1 && hit.ok));
    const nidOk = !o.nationalId || (!!w.nationalId && idDist(o.nationalId, w.nationalId) <= 1);
    const nssfOk = !o.nssfNumber || (!!w.nssfNumber && idDist(o.nssfNumber, w.nssfNumber) <= 1);
    const dobOk = !o.dateOfBirth || (!!w.dateOfBirth && (o.dateOfBirth === w.dateOfBirth || o.dateOfBirth === swapDM75(w.dateOfBirth)));
    const sexOk = !o.sex || o.sex === w.sex;
    if (!(nameOk && nidOk && nssfOk && dobOk && sexOk)) {
      r1++;
      if (r1ex.length < 3) r1ex.push(`${o.name} ~ ${w.nameKh}/${w.nameLatin} name=${nameOk} nid=${nidOk} nssf=${nssfOk} dob=${dobOk} sex=${sexOk}`);
    }
  }
  // ── rule 2 ──
  let r2same = 0, r2near = 0, idNear = 0;
  for (const list of byPair.values())
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++)
        if (!list[i].dateOfBirth || !list[j].dateOfBirth) continue;
        else if (dobClose75(list[i].dateOfBirth!, list[j].dateOfBirth!)) r2same++;
  for (const w of registered) {
    const names = [w.nameKh, ...(w.nameLatin ? [w.nameLatin] : [])];
    const seen = new Set<string>();
    for (const n of names)
      for (const q of cands(n)) {
        if (q === w || seen.has(q.workerId) || pairOf.get(q.workerId) === pairOf.get(w.workerId)) continue;
        seen.add(q.workerId);
        if (w.dateOfBirth && q.dateOfBirth && dobClose75(w.dateOfBirth, q.dateOfBirth)) r2near++;
      }
  }
  const nidSet = new Set(registered.map((w) => w.nationalId).filter((x): x is string => !!x));
  const nssfSet = new Set(registered.map((w) => w.nssfNumber).filter((x): x is string => !!x));
  for (const s of nidSet) if (slipNeighbours(s).some((n) => nidSet.has(n))) idNear++;
  for (const s of nssfSet) if (slipNeighbours(s).some((n) => nssfSet.has(n))) idNear++;
  let slipAmbig = 0;
  for (const o of trueRows) {
    const w = regById.get(truth.get(o.id)!)!;
    if (o.nationalId && o.nationalId !== w.nationalId && slipNeighbours(o.nationalId).some((n) => n !== w.nationalId && nidSet.has(n))) slipAmbig++;
    if (o.nssfNumber && o.nssfNumber !== w.nssfNumber && slipNeighbours(o.nssfNumber).some((n) => n !== w.nssfNumber && nssfSet.has(n))) slipAmbig++;
  }
  // ── rule 3 ──
  let r3 = 0, hNamesake = 0, hClose = 0, bySex = 0, byDob = 0, byNid = 0, onlyDob = 0, onlyNid = 0, onlySex = 0, hNidNear = 0;
  const r3ex: string[] = [];
  for (const o of hiddenRows) {
    const cs = cands(o.name);
    if (o.nationalId && slipNeighbours(o.nationalId).concat(o.nationalId).some((n) => nidSet.has(n))) hNidNear++;
    if (!cs.length) continue;
    hNamesake++;
    let near = false;
    for (const q of cs) {
      if (!ruledOut(o, q)) {
        r3++;
        if (r3ex.length < 3) r3ex.push(`${o.name} vs ${q.workerId} ${q.nameLatin}`);
        break;
      }
      if (o.dateOfBirth && q.dateOfBirth && Math.abs(daysOf(o.dateOfBirth) - daysOf(q.dateOfBirth)) <= 400) near = true;
      const s = !!o.sex && !!q.sex && o.sex !== q.sex;
      const d = !!o.dateOfBirth && !!q.dateOfBirth && !dobClose75(o.dateOfBirth, q.dateOfBirth);
      const n = !!o.nationalId && !!q.nationalId && idDist(o.nationalId, q.nationalId) === 2;
      if (s) bySex++;
      if (d) byDob++;
      if (n) byNid++;
      if (d && !s && !n) onlyDob++;
      if (n && !s && !d) onlyNid++;
      if (s && !d && !n) onlySex++;
    }
    if (near) hClose++;
  }
  // ── rule 5 ──
  let und = 0, loaded = 0;
  for (const o of trueRows) {
    const w = regById.get(truth.get(o.id)!)!;
    const parsed = parseName75(o.name);
    const own = parsed.get(pairOf.get(w.workerId)!)!.edits;
    // another registered worker the name fits at least as well (same name in any spelling, or as close)
    const others = cands(o.name).filter((q) => q !== w && parsed.get(pairOf.get(q.workerId)!)!.edits <= own);
    if (!others.length) continue;
    loaded++;
    const exact = (!!o.nationalId && o.nationalId === w.nationalId) || (!!o.nssfNumber && o.nssfNumber === w.nssfNumber);
    if (!exact && others.some((q) => !ruledOut(o, q))) und++;
  }
  console.log(`  namesake load: ${pct(loaded, T)} of true rows fit another registered worker's name as well as their own (same name in some spelling)`);
  console.log(`  hidden: ${pct(hNamesake, hiddenRows.length)} could pass by name for a registered worker; of those ${pct(hClose, hNamesake)} born within ~a year of one; namesake ruled out by DOB ${byDob}, by national ID ${byNid}, by sex ${bySex} (DOB only ${onlyDob}, ID only ${onlyNid}, sex only ${onlySex}); filled-in fields on ${c(meta, (m) => !!m.filled)} rows`);

  console.log('audit');
  check(crossKind === 0, `name lists: no family spelling equal to a given-name spelling (${crossKind})`);
  check(r1 === 0, `rule 1: every true row is a plausible variant of its registered worker (${r1} violations)${r1ex.length ? ' e.g. ' + r1ex.join(' | ') : ''}`);
  check(r2same === 0 && r2near === 0, `rule 2: namesakes' DOBs more than a swap/one digit apart (same name ${r2same}, names one edit apart ${r2near})`);
  check(idNear === 0 && slipAmbig === 0, `rule 2: registered IDs 2+ edits apart (${idNear}); slipped IDs within one slip of another worker (${slipAmbig})`);
  check(r3 === 0 && hNidNear === 0, `rule 3: every hidden namesake ruled out by a field on both sides (${r3} not)${r3ex.length ? ' e.g. ' + r3ex.join(' | ') : ''}; hidden IDs within one slip of a registered ID (${hNidNear})`);

  // rule 4
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const idsOk = onsite.every((o) => uuidRe.test(o.id)) && new Set(onsite.map((o) => o.id)).size === onsite.length;
  let inc = true;
  for (let i = 1; i < onsite.length; i++) if (!(onsite[i].recordedAt > onsite[i - 1].recordedAt)) inc = false;
  let rowsInc = true, lastRow = 0;
  for (const o of onsite) if (o.sourceRow !== null) { if (o.sourceRow !== lastRow + 1) rowsInc = false; lastRow = o.sourceRow; }
  const half = Math.floor(onsite.length / 2);
  const h1 = onsite.slice(0, half).filter((o) => truth.get(o.id) === null).length / half;
  const h2 = onsite.slice(half).filter((o) => truth.get(o.id) === null).length / (onsite.length - half);
  // rank correlation between on-site position and the matched worker's id
  const xs: number[] = [], ys: number[] = [];
  onsite.forEach((o, i) => { const w = truth.get(o.id); if (w) { xs.push(i); ys.push(Number(w.slice(1))); } });
  const mean = (a: number[]) => a.reduce((s, x) => s + x, 0) / a.length;
  const mx = mean(xs), my = mean(ys);
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < xs.length; i++) { sxy += (xs[i] - mx) * (ys[i] - my); sxx += (xs[i] - mx) ** 2; syy += (ys[i] - my) ** 2; }
  const rho = sxy / Math.sqrt(sxx * syy);
  const absentIdx = registered.map((w, i) => (matchedIds.has(w.workerId) ? -1 : i)).filter((i) => i >= 0);
  const absentMean = mean(absentIdx) / registered.length;
  const truthOk = truth.size === onsite.length && onsite.every((o) => truth.has(o.id)) && [...truth.values()].every((v) => v === null || regById.has(v)) && matchedIds.size === trueRows.length;
  // statistical tolerances: 4 standard deviations of what a fair shuffle gives at this size
  const tolH = 4 * Math.sqrt((hiddenRows.length / onsite.length) * 2 / half);
  const tolRho = 4 / Math.sqrt(xs.length);
  const tolAbs = 4 * 0.2887 / Math.sqrt(Math.max(1, absentIdx.length));
  check(idsOk && inc && rowsInc && truthOk && Math.abs(h1 - h2) < tolH && Math.abs(rho) < tolRho && Math.abs(absentMean - 0.5) < tolAbs,
    `rule 4: v4 UUIDs unique ${idsOk}, recordedAt increasing ${inc}, sheet rows in order ${rowsInc}, truth complete ${truthOk}, hidden share 1st/2nd half ${pct(h1 * 1000, 1000)}/${pct(h2 * 1000, 1000)}, position~workerId rho ${rho.toFixed(3)}, absent mean rank ${absentMean.toFixed(2)}`);
  check(und / T < 0.04, `rule 5: undecidable true rows ${und} (${pct(und, T)}) < 4 %`);

  // shape targets
  const hidRate = hiddenRows.length / onsite.length, absRate = (registered.length - matchedIds.size) / registered.length;
  check(hidRate >= 0.05 && hidRate <= 0.1 && Math.abs(absRate - 0.05) < 0.01, `shape: hidden ${pct(hiddenRows.length, onsite.length)} of rows in 5-10 %, absent ${pct(registered.length - matchedIds.size, registered.length)} ≈ 5 %`);

  // schemas
  let badO = 0, badR = 0;
  let firstErr = '';
  for (const o of onsite) { const p = OnsiteSchema.safeParse(o); if (!p.success) { badO++; firstErr ||= JSON.stringify(p.error.issues[0]); } }
  for (const w of registered) { const p = RegisteredSchema.safeParse(w); if (!p.success) { badR++; firstErr ||= JSON.stringify(p.error.issues[0]); } }
  const extra = onsite.some((o) => 'statedStartDate' in o || 'wageRiel' in o);
  check(badO === 0 && badR === 0 && !extra, `schemas: on-site ${onsite.length - badO}/${onsite.length}, registered ${registered.length - badR}/${registered.length} valid; no statedStartDate/wageRiel ${!extra}${firstErr ? ' ' + firstErr : ''}`);

  // determinism
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const same = ser(generateSeventyFifth(size, seed)) === ser(roster);
  const other = ser(generateSeventyFifth(size, seed + 1)) !== ser(roster);
  check(same && other, `determinism: same seed identical ${same}, another seed differs ${other}`);

  // time at 10,000
  let t10 = ms;
  if (size !== 10000) {
    const s = performance.now();
    generateSeventyFifth(10000, seed);
    t10 = performance.now() - s;
  }
  check(t10 < 2000, `time: 10,000 registered generated in ${t10.toFixed(0)} ms (< 2,000)`);

  console.log(fails.length ? `FAIL (${fails.length})` : 'PASS');
  if (fails.length) process.exitCode = 1;
}

if (process.argv[1]?.endsWith('seventyfifth.ts')) {
  selfCheck().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
