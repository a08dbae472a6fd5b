/**
 * Twelfth benchmark roster: "the phone list".
 *
 * Scene. The inspector typed the whole on-site list on an Android phone on the factory floor, worker
 * by worker as they filed past. Latin names went through the phone's keyboard: autocorrect and
 * predictive text replace a name word with the nearest English word (Sok -> sock, Sophea -> Sophia,
 * Ratha -> rather; a fixed, realistic table in twelfth-names.ts), auto-capitalisation capitalises
 * only the first word ("Sok dara"), a space goes missing or is doubled, a double tap on space
 * leaves ". " (Gboard's shortcut, so "Sok. Dara"), a stray full stop or comma ends the name. Khmer
 * names were typed on the phone's Khmer keyboard: words separated by a space, a zero-width space or
 * nothing; keyboard encoding differences (ោ typed as េ+ា, ើ as េ+ី, ្ដ for ្ត, shifter and vowel
 * in either order, COENG RO before the other subscript, ំ before its vowel, a
 * vowel typed before the subscript it follows); and slips: a subscript
 * forgotten or doubled, a vowel sign typed twice, the neighbouring key or the same key with/without
 * shift. Workers with their ID card handy had its number typed in (now and then one digit slips);
 * dates of birth were asked aloud, so some are only a year (the date field then holds YYYY-01-01),
 * some have day and month swapped, some are missing. Everything is `source: 'manual'`.
 * The register is the fund's clean list: Khmer always, Latin (as on the ID card) for ~88 %, NSSF
 * number, national ID (~97 %), sex, date of birth, hire date, wage.
 *
 * Shape (defaults, see RATES): 10 % of registered workers absent; 7 % of on-site rows hidden, half of
 * them namesakes of a registered worker (same name in some spelling) told apart by a field present
 * on both sides, half with a name no registered worker could pass for. 40 % of rows typed in Khmer.
 *
 * Fairness rules (audited by the self-check, `npx tsx test/bench/twelfth.ts 10000 1`):
 *  1. A true on-site row carries only plausible variants of its registered worker: a listed
 *     romanization per word (the card's or another), family/given in either order, any case, a
 *     compound given name split or joined (Srey Mom / Sreymom), Khmer encoding variants and word
 *     separators; at most ONE typo in the whole name, in one word of 4+ letters (Latin) or 4+ code
 *     points (Khmer; a subscript pair counts as one letter). Extra variation modelled here, each a
 *     thing a human reading both lists still recognises: (a) an autocorrected word, which IS that
 *     row's one typo (it may hit a 3-letter word, Sok -> sock, and may be 2 letters off, Ratha ->
 *     rather, but comes from the fixed table); (b) a missing space between family and given name
 *     (only in rows without a typo: autocorrect fires on space); (c) doubled space, ". " after a word,
 *     a trailing "." or ","; (d) date of birth only a year, recorded as YYYY-01-01. IDs exact or one
 *     slipped digit (never within one digit of another registered worker's ID); DOB exact, day/month
 *     swapped, year only, or missing; sex right or missing.
 *  2. Registered namesakes (same full name in any listed spelling or the same Khmer) never share a
 *     date of birth and are more than a day/month swap or one digit apart.
 *  3. A hidden row either cannot pass for any registered worker by name (not within one edit of any
 *     spelling or autocorrect rendering, either order, nor of any Khmer name), or is ruled out from
 *     every registered worker it could pass for by a field present on BOTH sides: sex differs, DOB not
 *     exact/swap/one digit/same-year-for-YYYY-01-01, national ID 2+ edits apart. Hidden workers' IDs
 *     are 2+ edits from every registered ID; they carry no NSSF number.
 *  4. Nothing leaks the truth: persons shuffled before worker ids are given, on-site rows shuffled,
 *     on-site ids random v4 UUIDs from the seeded PRNG, recordedAt increasing in row order, and hidden
 *     rows typed by the very same keyboard model as true rows.
 *  5. Undecidable true rows (another registered worker fits the name at least as well and no field
 *     present on both sides rules it out) stay under 4 %.
 */
import { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { AUTOCORRECT12, FAMILY12, GIVEN12, KHMER_SLIPS12, QWERTY_ROWS, type GivenName } from './twelfth-names';

export const TWELFTH_LABEL = 'twelfth: phone-typed list (autocorrect, auto-capitalisation, Khmer keyboard slips, spoken DOBs)';

const RATES = {
  absent: 0.1,
  hidden: 0.07,
  hiddenNamesake: 0.5,
  female: 0.7,
  regLatinMissing: 0.12,
  cardCanonical: 0.7,
  cardCompoundJoined: 0.3,
  regNidMissing: 0.03,
  wageMissing: 0.05,
  // on-site, Khmer keyboard
  khmerRow: 0.4,
  kmSwapOrder: 0.05,
  kmTypo: 0.06,
  kmSepSpace: 0.4,
  kmSepZwsp: 0.25,
  kmOSplit: 0.3,
  kmOeSplit: 0.3,
  kmCoengDa: 0.3,
  kmShifterOrder: 0.35,
  kmRoOrder: 0.5,
  kmNikahitOrder: 0.15,
  kmVowelFirst: 0.2,
  // on-site, Latin keyboard
  laCopyCard: 0.65,
  laCanonical: 0.6,
  laCompoundSplit: 0.6,
  laGivenFirst: 0.15,
  laAutocorrect: 0.32, // of rows with a word the table knows
  laTypo: 0.05,
  laMissingSpace: 0.02,
  laDoubleSpace: 0.04,
  laSpacePeriod: 0.02,
  laTrailing: 0.03,
  caseAutocap: 0.55,
  caseTitle: 0.25,
  caseUpper: 0.12, // the rest all lower case (auto-capitalisation off)
  // other fields
  idShown: 0.35,
  idSlip: 0.05,
  nssfShown: 0.05,
  nssfSlip: 0.03,
  sexMissing: 0.15,
  dobMissing: 0.04,
  dobYearOnly: 0.05,
  dobSwap: 0.09,
} as const;

/** Zipf-like popularity (prng pickSkewed exponents): family names concentrated, given names less so. */
const FAMILY_SKEW = 1.6;
const GIVEN_SKEW = 1.2;

const VISIT_ID = 'visit-twelfth-phone-list';
const VISIT_DATE = Date.UTC(2025, 5, 16);
const G = GIVEN12.length;

// ---------------------------------------------------------------------------------------------
// Text helpers

const COENG = '\u17D2';
const RO = '\u179A';
const isBase = (c: string) => c >= '\u1780' && c <= '\u17B3';
const isShifter = (c: string) => c === '\u17C9' || c === '\u17CA';
const isVowel = (c: string) => c >= '\u17B6' && c <= '\u17C5';
const isSign = (c: string) => (c >= '\u17C6' && c <= '\u17D1' && !isShifter(c)) || c === '\u17D3' || c === '\u17DD';
const hasKhmer = (s: string) => /[\u1780-\u17FF]/.test(s);

/** Khmer in one canonical form: no separators, composite vowels joined, ្ដ as ្ត, marks in canonical order. */
export function normKh(s: string): string {
  const t = s
    .normalize('NFC')
    .replace(/[\u200B-\u200D\uFEFF\s]/g, '')
    .replace(/\u17C1\u17B6/g, '\u17C4')
    .replace(/\u17C1\u17B8/g, '\u17BE')
    .replace(/\u17D2\u178A/g, '\u17D2\u178F');
  let out = '';
  let i = 0;
  while (i < t.length) {
    const c = t[i];
    if (!isBase(c)) {
      out += c;
      i++;
      continue;
    }
    i++;
    const subs: string[] = [];
    const ro: string[] = [];
    const sh: string[] = [];
    const vo: string[] = [];
    const si: string[] = [];
    while (i < t.length) {
      const d = t[i];
      if (d === COENG && i + 1 < t.length) {
        (t[i + 1] === RO ? ro : subs).push(d + t[i + 1]);
        i += 2;
      } else if (isShifter(d)) (sh.push(d), i++);
      else if (isVowel(d)) (vo.push(d), i++);
      else if (isSign(d)) (si.push(d), i++);
      else break;
    }
    out += c + subs.join('') + ro.join('') + sh.join('') + vo.join('') + si.join('');
  }
  return out;
}

/** Letters of a (normalized) Khmer string: a subscript (COENG + consonant) is one letter. */
export function khUnits(s: string): string[] {
  const u: string[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === COENG && i + 1 < s.length) (u.push(s[i] + s[i + 1]), i++);
    else u.push(s[i]);
  }
  return u;
}

const latinKey = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
const cap = (w: string) => (w ? w[0].toUpperCase() + w.slice(1) : w);

/** Optimal-string-alignment distance <= 1 (one insertion, deletion, substitution or adjacent transposition). */
export function within1(a: ArrayLike<string>, b: ArrayLike<string>): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (i === la || i === lb) return true;
  const rest = (x: ArrayLike<string>, xi: number, y: ArrayLike<string>, yi: number) => {
    if (x.length - xi !== y.length - yi) return false;
    for (; xi < x.length; xi++, yi++) if (x[xi] !== y[yi]) return false;
    return true;
  };
  if (la === lb) return rest(a, i + 1, b, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a, i + 2, b, i + 2));
  return la > lb ? rest(a, i + 1, b, i) : rest(a, i, b, i + 1);
}

const swapDM = (d: string) => `${d.slice(0, 4)}-${d.slice(8, 10)}-${d.slice(5, 7)}`;
const digits = (d: string) => d.replace(/-/g, '');
/** Registered namesakes must not be this close (rule 2). */
const dobClose = (a: string, b: string) => a === b || swapDM(a) === b || within1(digits(a), digits(b));
/** Could an on-site DOB be the registered one (exact, swapped, one digit, or the year alone)? */
export const dobCompatible = (o: string, r: string) => dobClose(o, r) || (o.endsWith('-01-01') && o.slice(0, 4) === r.slice(0, 4));

/** A field present on both sides that says the on-site row is not this registered worker (rule 3). */
export function ruledOut(o: Pick<OnsiteWorker, 'sex' | 'dateOfBirth' | 'nationalId' | 'nssfNumber'>, r: RegisteredWorker): boolean {
  if (o.sex && r.sex && o.sex !== r.sex) return true;
  if (o.dateOfBirth && r.dateOfBirth && !dobCompatible(o.dateOfBirth, r.dateOfBirth)) return true;
  if (o.nationalId && r.nationalId && !within1(o.nationalId, r.nationalId)) return true;
  if (o.nssfNumber && r.nssfNumber && !within1(o.nssfNumber, r.nssfNumber)) return true;
  return false;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

// ---------------------------------------------------------------------------------------------
// Renderings of a name (what a human knowing Cambodian names would accept as that name)

function givenSpellings(g: GivenName): string[][] {
  let acc: string[][] = [[]];
  for (const part of g.parts) acc = acc.flatMap((a) => part.map((p) => [...a, p.toLowerCase()]));
  return acc;
}

/** Latin renderings of family+given, joined without spaces; with `auto`, also one word autocorrected. */
export function latinRenderings(fam: number, giv: number, auto: boolean): string[] {
  const out = new Set<string>();
  for (const fv of FAMILY12[fam].latin) {
    for (const gp of givenSpellings(GIVEN12[giv])) {
      for (const words of [[fv.toLowerCase(), ...gp], [...gp, fv.toLowerCase()]]) {
        out.add(words.join(''));
        if (!auto) continue;
        words.forEach((w, j) => {
          const ac = AUTOCORRECT12[w];
          if (ac) out.add(words.map((x, k) => (k === j ? ac.word.toLowerCase() : x)).join(''));
        });
      }
    }
  }
  return [...out];
}

export const khmerRenderings = (fam: number, giv: number) => [normKh(FAMILY12[fam].kh + GIVEN12[giv].kh), normKh(GIVEN12[giv].kh + FAMILY12[fam].kh)];

/** An index of strings (as letter arrays) answering "which keys are within one edit of this?". */
class Fuzzy {
  private items: { u: string[]; key: number }[] = [];
  private seen = new Set<string>();
  private exact = new Map<string, number[]>();
  private b2 = new Map<string, number[]>();
  private b3 = new Map<string, number[]>();
  private byLen = new Map<number, number[]>();

  private static push<K>(m: Map<K, number[]>, k: K, v: number) {
    const a = m.get(k);
    if (a) a.push(v);
    else m.set(k, [v]);
  }

  add(u: string[], key: number) {
    const s = u.join('');
    const sk = `${s}|${key}`;
    if (this.seen.has(sk)) return;
    this.seen.add(sk);
    const i = this.items.push({ u, key }) - 1;
    const L = u.length;
    Fuzzy.push(this.exact, s, key);
    Fuzzy.push(this.byLen, L, i);
    if (L >= 5) {
      Fuzzy.push(this.b2, `p${u[0]}${u[1]}`, i);
      Fuzzy.push(this.b2, `s${u[L - 2]}${u[L - 1]}`, i);
    }
    if (L >= 7) {
      Fuzzy.push(this.b3, `p${u[0]}${u[1]}${u[2]}`, i);
      Fuzzy.push(this.b3, `s${u[L - 3]}${u[L - 2]}${u[L - 1]}`, i);
    }
  }

  /** key -> 0 (an exact rendering) or 1 (one edit away). */
  query(u: string[]): Map<number, 0 | 1> {
    const res = new Map<number, 0 | 1>();
    for (const k of this.exact.get(u.join('')) ?? []) res.set(k, 0);
    const L = u.length;
    const lists: (number[] | undefined)[] = [];
    // One edit leaves either the first or the last 3 (2) letters alone once both strings have 7 (5) or more.
    if (L >= 8) lists.push(this.b3.get(`p${u[0]}${u[1]}${u[2]}`), this.b3.get(`s${u[L - 3]}${u[L - 2]}${u[L - 1]}`));
    else if (L >= 6) lists.push(this.b2.get(`p${u[0]}${u[1]}`), this.b2.get(`s${u[L - 2]}${u[L - 1]}`));
    else lists.push(this.byLen.get(L - 1), this.byLen.get(L), this.byLen.get(L + 1));
    for (const list of lists) {
      if (!list) continue;
      for (const i of list) {
        const it = this.items[i];
        if (res.has(it.key)) continue;
        if (Math.abs(it.u.length - L) <= 1 && within1(u, it.u)) res.set(it.key, 1);
      }
    }
    return res;
  }
}

/** Which registered workers an on-site name could pass for, and how well (0 exact rendering, 1 one edit). */
export class NameMatcher {
  private lat = new Fuzzy();
  private kh = new Fuzzy();
  private keyRegs = new Map<number, number[]>();
  private cache = new Map<string, Map<number, 0 | 1>>();

  constructor(keys: readonly number[]) {
    keys.forEach((key, i) => {
      const list = this.keyRegs.get(key);
      if (list) {
        list.push(i);
        return;
      }
      this.keyRegs.set(key, [i]);
      const fam = Math.floor(key / G);
      const giv = key % G;
      for (const s of latinRenderings(fam, giv, true)) this.lat.add(s.split(''), key);
      for (const s of khmerRenderings(fam, giv)) this.kh.add(khUnits(s), key);
    });
  }

  hasKey(key: number) {
    return this.keyRegs.has(key);
  }

  keyFits(name: string): Map<number, 0 | 1> {
    let r = this.cache.get(name);
    if (!r) {
      r = hasKhmer(name) ? this.kh.query(khUnits(normKh(name))) : this.lat.query(latinKey(name).split(''));
      this.cache.set(name, r);
    }
    return r;
  }

  candidates(name: string): { reg: number; fit: 0 | 1 }[] {
    const out: { reg: number; fit: 0 | 1 }[] = [];
    for (const [key, fit] of this.keyFits(name)) for (const reg of this.keyRegs.get(key) ?? []) out.push({ reg, fit });
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// People and their typed rows

interface Person {
  fam: number;
  giv: number;
  sex: 'M' | 'F';
  dob: string;
  nid: string | null;
  nssf: string | null;
  /** The Latin spelling on their ID card (lower case words), compound given name joined or not. */
  card: { fam: string; parts: string[]; joined: boolean };
}

export interface RowMeta {
  truth: number | null;
  hidden: 'namesake' | 'distinct' | null;
  hiddenMode: 'dob' | 'sex' | 'id' | null;
  script: 'latin' | 'khmer';
  caseStyle: 'autocap' | 'title' | 'upper' | 'lower' | null;
  givenFirst: boolean;
  copiedCard: boolean;
  compound: 'split' | 'joined' | null;
  noise: 'none' | 'typo' | 'autocorrect';
  noiseWordLen: number;
  spacing: 'normal' | 'missing' | 'double' | 'period';
  trailing: boolean;
  kmSep: 'space' | 'zwsp' | 'none' | null;
  kmVariants: string[];
  kmTypo: string | null;
  idShown: boolean;
  idSlip: boolean;
  nssfShown: boolean;
  nssfSlip: boolean;
  dobMode: 'exact' | 'swap' | 'year' | 'missing';
  sexShown: boolean;
}

const FAM_IDX = FAMILY12.map((_, i) => i);
const GIVEN_F = GIVEN12.map((_, i) => i).filter((i) => GIVEN12[i].sex !== 'M');
const GIVEN_M = GIVEN12.map((_, i) => i).filter((i) => GIVEN12[i].sex !== 'F');

const QWERTY_NEIGHBOURS: Record<string, string[]> = (() => {
  const m: Record<string, string[]> = {};
  QWERTY_ROWS.forEach((row, r) => {
    [...row].forEach((c, i) => {
      const n: string[] = [];
      const at = (rr: number, ii: number) => {
        const ch = QWERTY_ROWS[rr]?.[ii];
        if (ch) n.push(ch);
      };
      at(r, i - 1);
      at(r, i + 1);
      at(r - 1, i);
      at(r - 1, i + 1);
      at(r + 1, i - 1);
      at(r + 1, i);
      m[c] = n;
    });
  });
  return m;
})();

const KH_SLIP: Map<string, string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const [a, b] of KHMER_SLIPS12) {
    m.set(a, [...(m.get(a) ?? []), b]);
    m.set(b, [...(m.get(b) ?? []), a]);
  }
  return m;
})();

/** One phone typo in a lower-case Latin word: neighbouring key, dropped, doubled or swapped letters. */
function latinTypo(r: Rng, w: string): string {
  for (let t = 0; t < 20; t++) {
    const u = r.next();
    const i = r.int(0, w.length - 1);
    let out = w;
    if (u < 0.45) {
      const n = QWERTY_NEIGHBOURS[w[i]];
      if (n?.length) out = w.slice(0, i) + r.pick(n) + w.slice(i + 1);
    } else if (u < 0.65) out = w.slice(0, i) + w.slice(i + 1);
    else if (u < 0.8) out = w.slice(0, i + 1) + w[i] + w.slice(i + 1);
    else if (i < w.length - 1 && w[i] !== w[i + 1]) out = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    if (out !== w) return out;
  }
  return w.slice(0, -1);
}

/** One Khmer-keyboard slip in a canonical word; returns null when none applies. */
function khmerTypo(r: Rng, w: string): { w: string; kind: string } | null {
  const cps = [...w];
  const subs: number[] = [];
  const vowels: number[] = [];
  const slips: number[] = [];
  cps.forEach((c, i) => {
    if (c === COENG && i + 1 < cps.length) subs.push(i);
    if (isVowel(c)) vowels.push(i);
    if (KH_SLIP.has(c) && cps[i - 1] !== COENG) slips.push(i);
  });
  const kinds: string[] = [];
  if (subs.length) kinds.push('subscript-dropped', 'subscript-doubled');
  if (vowels.length) kinds.push('vowel-doubled');
  if (slips.length) kinds.push('key-slip', 'key-slip');
  for (let t = 0; t < 10 && kinds.length; t++) {
    const kind = r.pick(kinds);
    const a = cps.slice();
    if (kind === 'subscript-dropped') a.splice(r.pick(subs), 2);
    else if (kind === 'subscript-doubled') {
      const i = r.pick(subs);
      a.splice(i + 2, 0, a[i], a[i + 1]);
    } else if (kind === 'vowel-doubled') {
      const i = r.pick(vowels);
      a.splice(i + 1, 0, a[i]);
    } else {
      const i = r.pick(slips);
      a[i] = r.pick(KH_SLIP.get(a[i])!);
    }
    const out = a.join('');
    if (normKh(out) !== normKh(w)) return { w: out, kind };
  }
  return null;
}

/** Equivalent encodings a phone keyboard may produce for a canonical Khmer word. */
export const KH_VARIANTS: Record<string, (w: string) => string> = {
  'o-split': (w) => w.replace(/\u17C4/g, '\u17C1\u17B6'),
  'oe-split': (w) => w.replace(/\u17BE/g, '\u17C1\u17B8'),
  'coeng-da': (w) => w.replace(/\u17D2\u178F/g, '\u17D2\u178A'),
  'shifter-after-vowel': (w) => w.replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/g, '$2$1'),
  'ro-first': (w) => w.replace(/(\u17D2[^\u179A])(\u17D2\u179A)/g, '$2$1'),
  'nikahit-first': (w) => w.replace(/([\u17B6\u17BB])\u17C6/g, '\u17C6$1'),
  'vowel-before-subscript': (w) => w.replace(/(\u17D2[\u1780-\u17A2])([\u17B6-\u17C5])/g, '$2$1'),
};
const KH_VARIANT_RATE: Record<string, number> = {
  'o-split': RATES.kmOSplit,
  'oe-split': RATES.kmOeSplit,
  'coeng-da': RATES.kmCoengDa,
  'shifter-after-vowel': RATES.kmShifterOrder,
  'ro-first': RATES.kmRoOrder,
  'nikahit-first': RATES.kmNikahitOrder,
  'vowel-before-subscript': RATES.kmVowelFirst,
};

function spell(r: Rng, variants: readonly string[], canonical: number): string {
  return (variants.length === 1 || r.chance(canonical) ? variants[0] : r.pick(variants.slice(1))).toLowerCase();
}

function randomDob(r: Rng): string {
  const ageDays = 18 * 365 + 30 + Math.floor(r.next() ** 1.7 * 38 * 365);
  return isoDay(VISIT_DATE - ageDays * 86400000);
}

function randomDigits(r: Rng, n: number, first: string): string {
  let s = first;
  while (s.length < n) s += String(r.int(0, 9));
  return s;
}

/** Every same-length string one substitution or adjacent transposition away. */
function neighbours1(id: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < id.length; i++) {
    for (let d = 0; d <= 9; d++) {
      const c = String(d);
      if (c !== id[i]) out.push(id.slice(0, i) + c + id.slice(i + 1));
    }
    if (i + 1 < id.length && id[i] !== id[i + 1]) out.push(id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2));
  }
  return out;
}

/** A fresh number 2+ edits from every number in `taken` (which it joins). */
function freshNumber(r: Rng, taken: Set<string>, n: number, first: () => string): string {
  for (;;) {
    const s = randomDigits(r, n, first());
    if (taken.has(s) || neighbours1(s).some((x) => taken.has(x))) continue;
    taken.add(s);
    return s;
  }
}

/** The number with one digit slipped, never within one edit of another registered number; null if none found. */
function slipNumber(r: Rng, id: string, taken: Set<string>): string | null {
  for (let t = 0; t < 20; t++) {
    const i = r.int(0, id.length - 1);
    let out: string;
    if (r.chance(0.4) && i + 1 < id.length && id[i] !== id[i + 1]) out = id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
    else {
      const d = Number(id[i]);
      const nd = r.chance(0.6) ? (d + (r.chance(0.5) ? 1 : 9)) % 10 : r.int(0, 9);
      if (nd === d) continue;
      out = id.slice(0, i) + nd + id.slice(i + 1);
    }
    if (taken.has(out)) continue;
    if (neighbours1(out).some((x) => x !== id && taken.has(x))) continue;
    return out;
  }
  return null;
}

function newCard(r: Rng, fam: number, giv: number): Person['card'] {
  const g = GIVEN12[giv];
  return {
    fam: spell(r, FAMILY12[fam].latin, RATES.cardCanonical),
    parts: g.parts.map((p) => spell(r, p, RATES.cardCanonical)),
    joined: g.parts.length > 1 && r.chance(RATES.cardCompoundJoined),
  };
}

function pickGiven(r: Rng, sex: 'M' | 'F'): number {
  return r.pickSkewed(sex === 'F' ? GIVEN_F : GIVEN_M, GIVEN_SKEW);
}

interface Typed {
  fields: Omit<OnsiteWorker, 'id' | 'visitId' | 'recordedAt' | 'source' | 'sourceRow'>;
  meta: RowMeta;
}

interface TypeOpts {
  nidTaken: Set<string>;
  nssfTaken: Set<string>;
  /** Drawn before any retry, so retries do not favour one script. */
  script?: 'latin' | 'khmer';
}

/** How the inspector's phone recorded this person. */
function typeRow(r: Rng, p: Person, o: TypeOpts): Typed {
  const meta: RowMeta = {
    truth: null,
    hidden: null,
    hiddenMode: null,
    script: o.script ?? (r.chance(RATES.khmerRow) ? 'khmer' : 'latin'),
    caseStyle: null,
    givenFirst: false,
    copiedCard: false,
    compound: null,
    noise: 'none',
    noiseWordLen: 0,
    spacing: 'normal',
    trailing: false,
    kmSep: null,
    kmVariants: [],
    kmTypo: null,
    idShown: false,
    idSlip: false,
    nssfShown: false,
    nssfSlip: false,
    dobMode: 'exact',
    sexShown: false,
  };
  const f = FAMILY12[p.fam];
  const g = GIVEN12[p.giv];
  let name: string;
  if (meta.script === 'khmer') {
    meta.givenFirst = r.chance(RATES.kmSwapOrder);
    const words = meta.givenFirst ? [g.kh, f.kh] : [f.kh, g.kh];
    if (r.chance(RATES.kmTypo)) {
      const cands = words.map((w, i) => ([...w].length >= 4 ? i : -1)).filter((i) => i >= 0);
      if (cands.length) {
        const j = r.pick(cands);
        const t = khmerTypo(r, words[j]);
        if (t) {
          meta.noiseWordLen = [...words[j]].length;
          words[j] = t.w;
          meta.noise = 'typo';
          meta.kmTypo = t.kind;
        }
      }
    }
    for (const [v, fn] of Object.entries(KH_VARIANTS)) {
      if (!r.chance(KH_VARIANT_RATE[v])) continue;
      const changed = words.map(fn);
      if (changed.some((w, i) => w !== words[i])) meta.kmVariants.push(v);
      changed.forEach((w, i) => (words[i] = w));
    }
    const u = r.next();
    meta.kmSep = u < RATES.kmSepSpace ? 'space' : u < RATES.kmSepSpace + RATES.kmSepZwsp ? 'zwsp' : 'none';
    name = words.join(meta.kmSep === 'space' ? ' ' : meta.kmSep === 'zwsp' ? '\u200B' : '');
  } else {
    meta.copiedCard = r.chance(RATES.laCopyCard);
    const famW = meta.copiedCard ? p.card.fam : spell(r, f.latin, RATES.laCanonical);
    const givW = meta.copiedCard ? p.card.parts : g.parts.map((x) => spell(r, x, RATES.laCanonical));
    let givWords = givW;
    if (givW.length > 1) {
      const joined = meta.copiedCard ? p.card.joined : !r.chance(RATES.laCompoundSplit);
      meta.compound = joined ? 'joined' : 'split';
      if (joined) givWords = [givW.join('')];
    }
    meta.givenFirst = r.chance(RATES.laGivenFirst);
    const words = meta.givenFirst ? [...givWords, famW] : [famW, ...givWords];
    const proper = new Set<number>();
    const eligible = words.map((w, i) => (AUTOCORRECT12[w] ? i : -1)).filter((i) => i >= 0);
    if (eligible.length && r.chance(RATES.laAutocorrect)) {
      const j = r.pick(eligible);
      const ac = AUTOCORRECT12[words[j]];
      meta.noiseWordLen = words[j].length;
      words[j] = ac.word.toLowerCase();
      if (ac.proper) proper.add(j);
      meta.noise = 'autocorrect';
    } else if (r.chance(RATES.laTypo)) {
      const cands = words.map((w, i) => (w.length >= 4 ? i : -1)).filter((i) => i >= 0);
      if (cands.length) {
        const j = r.pick(cands);
        meta.noiseWordLen = words[j].length;
        words[j] = latinTypo(r, words[j]);
        meta.noise = 'typo';
      }
    }
    const c = r.next();
    const style: RowMeta['caseStyle'] =
      c < RATES.caseAutocap ? 'autocap' : c < RATES.caseAutocap + RATES.caseTitle ? 'title' : c < RATES.caseAutocap + RATES.caseTitle + RATES.caseUpper ? 'upper' : 'lower';
    meta.caseStyle = style;
    const seps = words.slice(1).map(() => ' ');
    const s = r.next();
    if (s < RATES.laMissingSpace) {
      if (meta.noise === 'none') {
        seps[meta.givenFirst ? seps.length - 1 : 0] = '';
        meta.spacing = 'missing';
      }
    } else if (s < RATES.laMissingSpace + RATES.laDoubleSpace) {
      seps[r.int(0, seps.length - 1)] = '  ';
      meta.spacing = 'double';
    } else if (s < RATES.laMissingSpace + RATES.laDoubleSpace + RATES.laSpacePeriod) {
      seps[r.int(0, seps.length - 1)] = '. ';
      meta.spacing = 'period';
    }
    const cased = words.map((w, i) => {
      if (style === 'upper') return w.toUpperCase();
      if (style === 'title' || proper.has(i)) return cap(w);
      const afterPeriod = i > 0 && seps[i - 1] === '. ' && style === 'autocap';
      return (i === 0 && style === 'autocap') || afterPeriod ? cap(w) : w;
    });
    name = cased[0];
    for (let i = 1; i < cased.length; i++) name += seps[i - 1] + cased[i];
    if (r.chance(RATES.laTrailing)) {
      name += r.chance(0.7) ? '.' : ',';
      meta.trailing = true;
    }
  }

  // ID card handy: its number typed in.
  let nationalId: string | null = null;
  if (p.nid && r.chance(RATES.idShown)) {
    meta.idShown = true;
    nationalId = p.nid;
    if (r.chance(RATES.idSlip)) {
      const s = slipNumber(r, p.nid, o.nidTaken);
      if (s) {
        nationalId = s;
        meta.idSlip = true;
      }
    }
  }
  let nssfNumber: string | null = null;
  if (p.nssf && r.chance(RATES.nssfShown)) {
    meta.nssfShown = true;
    nssfNumber = p.nssf;
    if (r.chance(RATES.nssfSlip)) {
      const s = slipNumber(r, p.nssf, o.nssfTaken);
      if (s) {
        nssfNumber = s;
        meta.nssfSlip = true;
      }
    }
  }
  meta.sexShown = !r.chance(RATES.sexMissing);
  // Date of birth, asked aloud.
  let dateOfBirth: string | null = p.dob;
  const d = r.next();
  const canSwap = Number(p.dob.slice(8, 10)) <= 12 && p.dob.slice(8, 10) !== p.dob.slice(5, 7);
  if (d < RATES.dobMissing) ((dateOfBirth = null), (meta.dobMode = 'missing'));
  else if (d < RATES.dobMissing + RATES.dobYearOnly) ((dateOfBirth = `${p.dob.slice(0, 4)}-01-01`), (meta.dobMode = 'year'));
  else if (d < RATES.dobMissing + RATES.dobYearOnly + RATES.dobSwap && canSwap) ((dateOfBirth = swapDM(p.dob)), (meta.dobMode = 'swap'));
  return {
    fields: { name, nationalId, nssfNumber, sex: meta.sexShown ? p.sex : null, dateOfBirth },
    meta,
  };
}

function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(Math.floor(r.next() * 256));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Union of name keys that share a spelling (Latin in either order, or the Khmer): rule 2's namesakes. */
function namesakeRoots(keys: Iterable<number>): Map<number, number> {
  const parent = new Map<number, number>();
  const find = (k: number): number => {
    let x = k;
    while (parent.get(x)! !== x) x = parent.get(x)!;
    parent.set(k, x);
    return x;
  };
  const owner = new Map<string, number>();
  for (const key of keys) {
    if (parent.has(key)) continue;
    parent.set(key, key);
    const fam = Math.floor(key / G);
    const giv = key % G;
    for (const s of [...latinRenderings(fam, giv, false), ...khmerRenderings(fam, giv).map((k) => `kh:${k}`)]) {
      const o = owner.get(s);
      if (o === undefined) owner.set(s, key);
      else parent.set(find(key), find(o));
    }
  }
  const roots = new Map<number, number>();
  for (const k of parent.keys()) roots.set(k, find(k));
  return roots;
}

export interface Built {
  roster: Roster;
  meta: RowMeta[];
  /** Name key (family * G + given) of each registered worker, aligned with roster.registered. */
  regKeys: number[];
  matcher: NameMatcher;
}

export function buildTwelfth(size: number, seed: number): Built {
  const r = rng(seed * 7919 + 12);
  const nidTaken = new Set<string>();
  const nssfTaken = new Set<string>();
  const idFirst = () => r.pick(['0', '0', '1', '1', '2']);
  const nssfFirst = () => '1';

  // 1. Registered people.
  const people: Person[] = [];
  for (let i = 0; i < size; i++) {
    const sex = r.chance(RATES.female) ? 'F' : 'M';
    const fam = r.pickSkewed(FAM_IDX, FAMILY_SKEW);
    const giv = pickGiven(r, sex);
    people.push({
      fam,
      giv,
      sex,
      dob: '',
      nid: r.chance(RATES.regNidMissing) ? null : freshNumber(r, nidTaken, 9, idFirst),
      nssf: freshNumber(r, nssfTaken, 10, nssfFirst),
      card: newCard(r, fam, giv),
    });
  }
  // 2. Dates of birth, namesakes kept apart (rule 2).
  const roots = namesakeRoots(people.map((p) => p.fam * G + p.giv));
  const dobsByRoot = new Map<number, string[]>();
  for (const p of people) {
    const root = roots.get(p.fam * G + p.giv)!;
    const taken = dobsByRoot.get(root) ?? [];
    let dob = randomDob(r);
    for (let t = 0; t < 500 && taken.some((x) => dobClose(x, dob)); t++) dob = randomDob(r);
    taken.push(dob);
    dobsByRoot.set(root, taken);
    p.dob = dob;
  }
  // 3. Shuffle, then give worker ids.
  r.shuffle(people);
  const registered: RegisteredWorker[] = people.map((p, i) => {
    const g = GIVEN12[p.giv];
    const given = p.card.joined ? p.card.parts.join('') : p.card.parts.join(' ');
    const dobMs = Date.parse(p.dob);
    const from = Math.max(Date.UTC(2010, 0, 1), dobMs + 18 * 365.25 * 86400000);
    const to = VISIT_DATE - 20 * 86400000;
    return {
      workerId: `W${String(i + 1).padStart(6, '0')}`,
      nssfNumber: p.nssf,
      nationalId: p.nid,
      nameKh: `${FAMILY12[p.fam].kh} ${g.kh}`,
      nameLatin: r.chance(RATES.regLatinMissing) ? null : `${p.card.fam} ${given}`.toUpperCase(),
      sex: p.sex,
      dateOfBirth: p.dob,
      hireDate: isoDay(from + r.next() * Math.max(0, to - from)),
      wageRiel: r.chance(RATES.wageMissing) ? null : r.int(850, 1600) * 1000,
    };
  });
  const regKeys = people.map((p) => p.fam * G + p.giv);
  const matcher = new NameMatcher(regKeys);
  const opts: TypeOpts = { nidTaken, nssfTaken };

  // 4. Who is on site.
  const order = r.shuffle(people.map((_, i) => i));
  const nAbsent = Math.round(size * RATES.absent);
  const rows: Typed[] = [];
  for (const i of order.slice(nAbsent)) {
    const t = typeRow(r, people[i], opts);
    t.meta.truth = i;
    rows.push(t);
  }
  // 5. Hidden workers.
  const nTrue = rows.length;
  const nHidden = Math.round((nTrue * RATES.hidden) / (1 - RATES.hidden));
  const nNamesake = Math.round(nHidden * RATES.hiddenNamesake);
  const hiddenIds = new Set<string>(nidTaken);
  const newHiddenPerson = (fam: number, giv: number, sex: 'M' | 'F'): Person => ({
    fam,
    giv,
    sex,
    dob: randomDob(r),
    nid: r.chance(RATES.regNidMissing) ? null : freshNumber(r, hiddenIds, 9, idFirst),
    nssf: null,
    card: newCard(r, fam, giv),
  });
  for (let h = 0; h < nHidden; h++) {
    let made: Typed | null = null;
    const script = r.chance(RATES.khmerRow) ? 'khmer' : 'latin';
    if (h < nNamesake) {
      // A namesake of a registered worker, typed like anyone else; kept only when a field present on
      // both sides tells them apart from everyone their name could pass for.
      for (let outer = 0; !made && outer < 200; outer++) {
        const target = people[r.int(0, size - 1)];
        const unisex = GIVEN12[target.giv].sex === 'U';
        for (let inner = 0; !made && inner < 10; inner++) {
          const sex = unisex ? (r.chance(RATES.female) ? 'F' : 'M') : target.sex;
          const p = newHiddenPerson(target.fam, target.giv, sex);
          const t = typeRow(r, p, { ...opts, script });
          const cands = matcher.candidates(t.fields.name);
          if (cands.length && cands.every((c) => ruledOut(t.fields, registered[c.reg]))) {
            t.meta.hidden = 'namesake';
            const o = t.fields;
            const tr = registered[cands[0].reg];
            t.meta.hiddenMode = o.sex && o.sex !== tr.sex ? 'sex' : o.dateOfBirth && !dobCompatible(o.dateOfBirth, tr.dateOfBirth!) ? 'dob' : 'id';
            made = t;
          }
        }
      }
    } else {
      for (let tries = 0; !made && tries < 2000; tries++) {
        const sex = r.chance(RATES.female) ? 'F' : 'M';
        const fam = r.pickSkewed(FAM_IDX, FAMILY_SKEW);
        const giv = pickGiven(r, sex);
        if (matcher.hasKey(fam * G + giv)) continue;
        const t = typeRow(r, newHiddenPerson(fam, giv, sex), { ...opts, script });
        if (matcher.candidates(t.fields.name).length === 0) {
          t.meta.hidden = 'distinct';
          made = t;
        }
      }
    }
    if (!made) throw new Error(`twelfth: could not make hidden worker ${h}`);
    rows.push(made);
  }

  // 6. Shuffle the list; ids and times in row order.
  r.shuffle(rows);
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  let clock = VISIT_DATE + 30 * 60000; // 07:30 in Phnom Penh (UTC+7)
  for (const row of rows) {
    clock += r.int(6, 40) * 1000;
    if ((clock - VISIT_DATE) % 86400000 > 10 * 3600000) clock = Math.floor(clock / 86400000) * 86400000 + 86400000 + 30 * 60000;
    const id = uuid(r);
    onsite.push({ id, visitId: VISIT_ID, ...row.fields, source: 'manual', sourceRow: null, recordedAt: new Date(clock).toISOString() });
    truth.set(id, row.meta.truth === null ? null : registered[row.meta.truth].workerId);
  }
  return { roster: { registered, onsite, truth }, meta: rows.map((x) => x.meta), regKeys, matcher };
}

export function generateTwelfth(size: number, seed: number): Roster {
  return buildTwelfth(size, seed).roster;
}

// ---------------------------------------------------------------------------------------------
// Self-check

function selfCheck(size: number, seed: number): boolean {
  let ok = true;
  const fail = (msg: string) => {
    ok = false;
    console.log(`  FAIL ${msg}`);
  };
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(2)} %`;

  const t0 = performance.now();
  const b = buildTwelfth(size, seed);
  const ms = performance.now() - t0;
  const { registered, onsite, truth } = b.roster;
  const meta = b.meta;
  const regIndex = new Map(registered.map((w, i) => [w.workerId, i]));
  const trueRows = onsite.map((_, i) => i).filter((i) => meta[i].truth !== null);
  const hiddenRows = onsite.map((_, i) => i).filter((i) => meta[i].truth === null);
  const count = (rows: number[], f: (m: RowMeta) => boolean) => rows.filter((i) => f(meta[i])).length;

  console.log(`twelfth roster, size ${size}, seed ${seed}: generated in ${ms.toFixed(0)} ms`);
  console.log(`  registered ${registered.length}; absent ${registered.length - trueRows.length} (${pct(registered.length - trueRows.length, registered.length)})`);
  console.log(`  on site ${onsite.length}: true ${trueRows.length}, hidden ${hiddenRows.length} (${pct(hiddenRows.length, onsite.length)}): namesake ${count(hiddenRows, (m) => m.hidden === 'namesake')} [dob ${count(hiddenRows, (m) => m.hiddenMode === 'dob')}, sex ${count(hiddenRows, (m) => m.hiddenMode === 'sex')}, id ${count(hiddenRows, (m) => m.hiddenMode === 'id')}], distinct name ${count(hiddenRows, (m) => m.hidden === 'distinct')}`);
  console.log(`  register: Latin missing ${pct(registered.filter((w) => !w.nameLatin).length, registered.length)}, national ID missing ${pct(registered.filter((w) => !w.nationalId).length, registered.length)}, wage missing ${pct(registered.filter((w) => w.wageRiel === null).length, registered.length)}`);
  const all = onsite.map((_, i) => i);
  const lat = all.filter((i) => meta[i].script === 'latin');
  const kh = all.filter((i) => meta[i].script === 'khmer');
  console.log(`  script: Latin ${pct(lat.length, all.length)}, Khmer ${pct(kh.length, all.length)}`);
  console.log(
    `  Latin rows: autocap-first ${pct(count(lat, (m) => m.caseStyle === 'autocap'), lat.length)}, title ${pct(count(lat, (m) => m.caseStyle === 'title'), lat.length)}, upper ${pct(count(lat, (m) => m.caseStyle === 'upper'), lat.length)}, lower ${pct(count(lat, (m) => m.caseStyle === 'lower'), lat.length)}; given first ${pct(count(lat, (m) => m.givenFirst), lat.length)}; card spelling ${pct(count(lat, (m) => m.copiedCard), lat.length)}`,
  );
  console.log(
    `  Latin noise: autocorrect ${pct(count(lat, (m) => m.noise === 'autocorrect'), lat.length)}, typo ${pct(count(lat, (m) => m.noise === 'typo'), lat.length)}; missing space ${pct(count(lat, (m) => m.spacing === 'missing'), lat.length)}, double space ${pct(count(lat, (m) => m.spacing === 'double'), lat.length)}, ". " ${pct(count(lat, (m) => m.spacing === 'period'), lat.length)}, trailing punct ${pct(count(lat, (m) => m.trailing), lat.length)}; compound joined ${count(lat, (m) => m.compound === 'joined')}/${count(lat, (m) => m.compound !== null)}`,
  );
  const variantCounts = Object.keys(KH_VARIANTS)
    .map((v) => `${v} ${pct(count(kh, (m) => m.kmVariants.includes(v)), kh.length)}`)
    .join(', ');
  console.log(`  Khmer rows: sep space ${pct(count(kh, (m) => m.kmSep === 'space'), kh.length)}, ZWSP ${pct(count(kh, (m) => m.kmSep === 'zwsp'), kh.length)}, none ${pct(count(kh, (m) => m.kmSep === 'none'), kh.length)}; given first ${pct(count(kh, (m) => m.givenFirst), kh.length)}; typo ${pct(count(kh, (m) => m.noise === 'typo'), kh.length)}`);
  const typoKinds = ['subscript-dropped', 'subscript-doubled', 'vowel-doubled', 'key-slip'].map((k) => `${k} ${count(kh, (m) => m.kmTypo === k)}`).join(', ');
  console.log(`    typos: ${typoKinds}; encodings: ${variantCounts}`);
  console.log(
    `  fields: national ID typed ${pct(count(all, (m) => m.idShown), all.length)} (slip ${count(all, (m) => m.idSlip)}), NSSF typed ${pct(count(all, (m) => m.nssfShown), all.length)} (slip ${count(all, (m) => m.nssfSlip)}), sex missing ${pct(count(all, (m) => !m.sexShown), all.length)}; DOB exact ${pct(count(all, (m) => m.dobMode === 'exact'), all.length)}, swapped ${pct(count(all, (m) => m.dobMode === 'swap'), all.length)}, year only ${pct(count(all, (m) => m.dobMode === 'year'), all.length)}, missing ${pct(count(all, (m) => m.dobMode === 'missing'), all.length)}`,
  );
  const acRate = count(lat, (m) => m.noise === 'autocorrect') / Math.max(1, lat.length);
  if (acRate < 0.06 || acRate > 0.1) fail(`autocorrect rate ${acRate.toFixed(3)} outside 6-10 % of Latin rows`);

  // Lexicon sanity.
  const khWords = [...FAMILY12.map((f) => f.kh), ...GIVEN12.map((g) => g.kh)];
  const lexLatin = new Set([...FAMILY12.flatMap((f) => f.latin), ...GIVEN12.flatMap((g) => g.parts.flat())].map((s) => s.toLowerCase()));
  for (const w of khWords) {
    if (!/^[\u1780-\u17FF]+$/.test(w)) fail(`lexicon: ${w} is not Khmer only`);
    if (normKh(w) !== w) fail(`lexicon: ${w} not in canonical order`);
    for (const [v, fn] of Object.entries(KH_VARIANTS)) if (normKh(fn(w)) !== w) fail(`lexicon: variant ${v} of ${w} does not normalize back`);
  }
  if (new Set(GIVEN12.map((g) => g.kh)).size !== GIVEN12.length || new Set(FAMILY12.map((f) => f.kh)).size !== FAMILY12.length) fail('lexicon: duplicate Khmer');
  for (const [k, ac] of Object.entries(AUTOCORRECT12)) {
    if (!lexLatin.has(k)) fail(`autocorrect key ${k} is no listed spelling`);
    if (lexLatin.has(ac.word.toLowerCase())) fail(`autocorrect word ${ac.word} is itself a listed spelling`);
  }

  // Rule 1: true rows carry only plausible variants.
  let r1 = 0;
  const r1bad = (i: number, why: string) => {
    if (r1++ < 5) console.log(`    rule 1: row ${i} ${JSON.stringify(onsite[i])} ~ ${JSON.stringify(registered[meta[i].truth!])}: ${why}`);
  };
  for (const i of trueRows) {
    const o = onsite[i];
    const m = meta[i];
    const reg = registered[m.truth!];
    if (truth.get(o.id) !== reg.workerId) r1bad(i, 'truth map disagrees');
    const fit = b.matcher.keyFits(o.name).get(b.regKeys[m.truth!]);
    if (fit === undefined) r1bad(i, 'name not within one edit of any rendering');
    if (m.noise !== 'none' && m.noiseWordLen < (m.noise === 'autocorrect' ? 2 : 4)) r1bad(i, 'typo in a short word');
    if (m.spacing === 'missing' && m.noise !== 'none') r1bad(i, 'missing space and a typo');
    if (o.nationalId !== null && (reg.nationalId === null || !within1(o.nationalId, reg.nationalId))) r1bad(i, 'national ID');
    if (o.nssfNumber !== null && (reg.nssfNumber === null || !within1(o.nssfNumber, reg.nssfNumber))) r1bad(i, 'NSSF number');
    const d = o.dateOfBirth;
    const rd = reg.dateOfBirth!;
    if (d !== null && d !== rd && swapDM(d) !== rd && d !== `${rd.slice(0, 4)}-01-01`) r1bad(i, 'DOB');
    if (o.sex !== null && o.sex !== reg.sex) r1bad(i, 'sex');
  }
  console.log(`  rule 1 (true rows plausible): ${r1} violations`);
  if (r1) fail('rule 1');

  // Rule 2: registered namesakes' DOBs apart.
  const roots = namesakeRoots(b.regKeys);
  const byRoot = new Map<number, number[]>();
  b.regKeys.forEach((k, i) => {
    const root = roots.get(k)!;
    byRoot.set(root, [...(byRoot.get(root) ?? []), i]);
  });
  let r2 = 0;
  let namesakeRegs = 0;
  let biggest = 0;
  for (const list of byRoot.values()) {
    if (list.length > 1) namesakeRegs += list.length;
    biggest = Math.max(biggest, list.length);
    for (let a = 0; a < list.length; a++)
      for (let c = a + 1; c < list.length; c++) if (dobClose(registered[list[a]].dateOfBirth!, registered[list[c]].dateOfBirth!)) r2++;
  }
  console.log(`  rule 2 (namesakes apart): ${namesakeRegs} registered workers share a name (largest group ${biggest}); ${r2} close pairs`);
  if (r2) fail('rule 2');

  // Rule 3: hidden rows.
  let r3 = 0;
  let hiddenNamesakes = 0;
  for (const i of hiddenRows) {
    const cands = b.matcher.candidates(onsite[i].name);
    if (cands.length) hiddenNamesakes++;
    for (const c of cands) {
      if (!ruledOut(onsite[i], registered[c.reg])) {
        if (r3++ < 5) console.log(`    rule 3: ${JSON.stringify(onsite[i])} could be ${JSON.stringify(registered[c.reg])}`);
      }
    }
    const nid = onsite[i].nationalId;
    if (nid && registered.some((w) => w.nationalId && within1(nid, w.nationalId))) {
      r3++;
      console.log(`    rule 3: hidden row ${i} has a registered worker's ID (or one slip of it)`);
    }
    if (onsite[i].nssfNumber) (r3++, console.log(`    rule 3: hidden row ${i} has an NSSF number`));
  }
  const nsShare = hiddenNamesakes / Math.max(1, hiddenRows.length);
  console.log(`  rule 3 (hidden told apart): ${hiddenNamesakes} of ${hiddenRows.length} hidden could pass by name (${pct(hiddenNamesakes, hiddenRows.length)}), all ruled out by a field: ${r3 === 0 ? 'yes' : `no, ${r3} failures`}`);
  if (r3) fail('rule 3');
  if (nsShare < 0.35 || nsShare > 0.7) fail(`hidden namesake share ${nsShare.toFixed(2)} not about half`);

  // Rule 4: no leaks.
  let r4 = 0;
  const leak = (msg: string) => (r4++, console.log(`    rule 4: ${msg}`));
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  if (new Set(onsite.map((o) => o.id)).size !== onsite.length) leak('duplicate on-site ids');
  if (!onsite.every((o) => uuidRe.test(o.id))) leak('on-site id not a v4 UUID');
  for (let i = 1; i < onsite.length; i++) if (!(onsite[i].recordedAt > onsite[i - 1].recordedAt)) (leak(`recordedAt not increasing at ${i}`), (i = onsite.length));
  if (!registered.every((w, i) => i === 0 || w.workerId > registered[i - 1].workerId)) leak('worker ids not in register order');
  if (truth.size !== onsite.length) leak('truth map size');
  // Rank correlation between on-site position and register position of true rows.
  const n = trueRows.length;
  const pos = trueRows.map((i) => i);
  const regPos = trueRows.map((i) => regIndex.get(truth.get(onsite[i].id)!)!);
  const rank = (xs: number[]) => {
    const idx = xs.map((_, i) => i).sort((a, c) => xs[a] - xs[c]);
    const rk = new Array<number>(xs.length);
    idx.forEach((j, k) => (rk[j] = k));
    return rk;
  };
  const ra = rank(pos);
  const rb = rank(regPos);
  let dsum = 0;
  for (let i = 0; i < n; i++) dsum += (ra[i] - rb[i]) ** 2;
  const rho = 1 - (6 * dsum) / (n * (n * n - 1));
  const tol = 4 / Math.sqrt(n);
  if (Math.abs(rho) > tol) leak(`on-site order correlates with register order (rho ${rho.toFixed(3)})`);
  const hiddenMean = hiddenRows.reduce((s, i) => s + i / onsite.length, 0) / Math.max(1, hiddenRows.length);
  if (Math.abs(hiddenMean - 0.5) > 4 * 0.29 / Math.sqrt(Math.max(1, hiddenRows.length))) leak(`hidden rows bunched (mean position ${hiddenMean.toFixed(3)})`);
  const present = new Set(trueRows.map((i) => meta[i].truth!));
  const absentIdx = registered.map((_, i) => i).filter((i) => !present.has(i));
  const absentMean = absentIdx.reduce((s, i) => s + i / registered.length, 0) / Math.max(1, absentIdx.length);
  if (Math.abs(absentMean - 0.5) > 4 * 0.29 / Math.sqrt(Math.max(1, absentIdx.length))) leak(`absent workers bunched in the register (mean position ${absentMean.toFixed(3)})`);
  // Same keyboard for hidden and true rows.
  const khT = count(trueRows, (m) => m.script === 'khmer') / Math.max(1, trueRows.length);
  const khH = count(hiddenRows, (m) => m.script === 'khmer') / Math.max(1, hiddenRows.length);
  if (Math.abs(khT - khH) > 4 * Math.sqrt((0.24 / Math.max(1, hiddenRows.length)))) leak(`Khmer share differs: true ${khT.toFixed(3)} hidden ${khH.toFixed(3)}`);
  const idT = count(trueRows, (m) => m.idShown) / Math.max(1, trueRows.length);
  const idH = count(hiddenRows, (m) => m.idShown) / Math.max(1, hiddenRows.length);
  console.log(`  rule 4 (no leaks): rank correlation ${rho.toFixed(4)}, hidden mean position ${hiddenMean.toFixed(3)}, absent mean position ${absentMean.toFixed(3)}, Khmer share true/hidden ${khT.toFixed(3)}/${khH.toFixed(3)}, ID typed true/hidden ${idT.toFixed(3)}/${idH.toFixed(3)}; ${r4} problems`);
  if (r4) fail('rule 4');

  // Rule 5: undecidable true rows.
  let undecidable = 0;
  let loose = 0;
  let withOthers = 0;
  const undecBy: Record<string, number> = {};
  for (const i of trueRows) {
    const own = meta[i].truth!;
    const cands = b.matcher.candidates(onsite[i].name);
    const ownFit = cands.find((c) => c.reg === own)?.fit ?? 1;
    const others = cands.filter((c) => c.reg !== own);
    if (others.length) withOthers++;
    const open = others.filter((c) => !ruledOut(onsite[i], registered[c.reg]));
    if (open.length) loose++;
    if (open.some((c) => c.fit <= ownFit)) {
      undecidable++;
      undecBy[meta[i].dobMode] = (undecBy[meta[i].dobMode] ?? 0) + 1;
    }
  }
  console.log(`    undecidable by DOB as typed: ${JSON.stringify(undecBy)}`);
  const undecRate = undecidable / Math.max(1, trueRows.length);
  console.log(`  rule 5 (undecidable): ${withOthers} true rows (${pct(withOthers, trueRows.length)}) could pass for someone else by name; undecidable ${undecidable} (${pct(undecidable, trueRows.length)}), with a worse-fitting candidate too ${loose} (${pct(loose, trueRows.length)})`);
  if (undecRate >= 0.04) fail('rule 5');

  // Schemas.
  let bad = 0;
  for (const w of registered) if (!RegisteredWorker.safeParse(w).success) bad++;
  for (const o of onsite) if (!OnsiteWorker.safeParse(o).success) bad++;
  console.log(`  schemas: ${bad} of ${registered.length + onsite.length} records invalid`);
  if (bad) fail('schemas');

  // Determinism.
  const dump = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const again = dump(generateTwelfth(size, seed)) === dump(b.roster);
  const differs = dump(generateTwelfth(size, seed + 1)) !== dump(b.roster);
  console.log(`  determinism: same seed identical ${again}, next seed differs ${differs}`);
  if (!again || !differs) fail('determinism');

  // Time at 10,000.
  let ms10k = ms;
  if (size !== 10000) {
    const t1 = performance.now();
    generateTwelfth(10000, seed);
    ms10k = performance.now() - t1;
  }
  console.log(`  time: 10,000 registered generated in ${ms10k.toFixed(0)} ms${size === 10000 ? ' (first, cold run)' : ''}`);
  if (ms10k >= 2000) fail('10k generation over 2 s');

  console.log(ok ? 'PASS' : 'FAIL');
  return ok;
}

if (process.argv[1]?.endsWith('twelfth.ts')) {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  if (!selfCheck(size, seed)) process.exit(1);
}
