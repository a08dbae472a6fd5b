/**
 * The fourth benchmark roster, written blind: without reading the reconciliation engine, its name
 * code, or the other generators (only `prng.ts` and the `Roster` shape are shared).
 *
 * THE SITUATION. A garment factory visited after a hotline call. The inspector does not get a
 * payroll export; the on-site list is put together from three things:
 *   - 'id-card': the inspector types workers in off their national ID cards at the gate. Khmer or
 *     Latin name as printed on the card (the Latin one in capitals, in the card's spelling), the
 *     card number (sometimes grouped with spaces or dashes), date of birth, sex.
 *   - 'csv': the line supervisors' attendance sheet, exported from a Khmer-language spreadsheet.
 *     Names are mostly in Khmer, typed on different keyboards by different clerks: zero-width
 *     spaces or no space between family and given name, non-breaking spaces, stray ZWSP/ZWNJ at
 *     the ends, marks typed in another order. IDs are sometimes in Khmer digits. Dates of birth
 *     are ISO but a spreadsheet locale sometimes swapped day and month.
 *   - 'manual': workers the inspector types in on the floor from what they say: mostly Latin, in
 *     whatever transliteration the inspector hears, given name often first, some typos, and
 *     rarely just the given name plus the family initial (only when the card number was taken).
 * The fund's register is cleaner: Khmer name, an upper-case Latin name in the card spelling
 * (missing for a quarter of workers), IDs, sex, date of birth, hire date.
 * Families work together (siblings share the family name, twins share a date of birth), common
 * names collide heavily, about 12% of the register is absent, and about 7% of the rows on site are
 * hidden (unregistered) workers, more than half of them namesakes of a registered worker.
 *
 * FAIRNESS RULES (what every row is allowed to be; the self-check audits them):
 *  1. A true on-site row carries only plausible variants of the registered worker's data:
 *     - name: the same written name, in Khmer or in Latin. Khmer variants are only ones a careful
 *       reader would call the same writing: separator changes (space, ZWSP, none, NBSP, double
 *       space), invisible ZWSP/ZWNJ/ZWJ at the ends, ZWNJ between ៊ and an above vowel (the
 *       documented អ៊‌ឹ spelling), shifter typed after the vowel, ំ typed before ុ, the two
 *       subscripts of a ្ក្រ-type cluster typed in the other order, and ្ត/្ដ (which draw the
 *       same glyph). Latin variants are another listed spelling of the same Khmer name, given
 *       name first, upper/lower case, a hyphen in a two-word given name, or one typo (one letter
 *       dropped, doubled, swapped with its neighbour or hit on the next key) in a word of four or
 *       more letters that does not turn it into another listed spelling. A row with only the given
 *       name and the family initial ("Dara S.") always carries the exact card number, and the
 *       register has that number.
 *     - national ID and NSSF number: exact (separators and Khmer digits are formatting only), or
 *       one digit substituted or two adjacent digits transposed, and then no other person's
 *       number is within one such edit of the typed one.
 *     - date of birth: exact, day and month swapped, or missing. Sex: right or missing.
 *  2. Registered workers sharing a written name never share a date of birth, even with day and
 *     month swapped, and no two persons' ID numbers (national or NSSF) are within one edit.
 *  3. A hidden worker's name is either written like no registered worker's, or, for every
 *     registered worker with the same written name, the row carries a field that rules that
 *     worker out: a date of birth that differs from theirs even when swapped (both present), or
 *     an ID number not within one edit of theirs (both present). Hidden rows never have typos,
 *     initials-only names or ID slips, and their NSSF number, when shown (a number from a previous
 *     employer), is not within one edit of any on the register.
 *  4. Nothing leaks the truth: on-site ids are random UUIDs assigned after shuffling, sheet row
 *     numbers and timestamps follow the shuffled order, hidden rows use the same sources, fields
 *     and formats as true ones, and no row has a stated start date or wage.
 *  Rows can still be genuinely undecidable (a shared name, no usable date of birth or ID); the
 *  self-check counts them and keeps them well under the 5% review budget.
 *
 * Run `npx tsx test/bench/fourth.ts 10000 1` for the self-check.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FOURTH_FAMILY, FOURTH_GIVEN_F, FOURTH_GIVEN_M, type FamilyName, type NameForm } from './fourth-names';

export const FOURTH_LABEL = 'fourth (fourth blind roster)';

type Sex = 'F' | 'M';
type Source = 'id-card' | 'csv' | 'manual';
type HiddenKind = 'namesake' | 'sibling' | 'fresh';

const ZWSP = '\u200B';
const ZWNJ = '\u200C';
const ZWJ = '\u200D';
const NBSP = '\u00A0';
const VISIT_DAY = '2025-03-11';

/** One real person: a registered worker or a hidden one. */
interface Person {
  fam: FamilyName;
  giv: NameForm;
  sex: Sex;
  dob: string;
  nid: string;
  nssf: string | null;
  /** Which Latin spelling the ID card uses, for the family and the given name. */
  cardFam: number;
  cardGiv: number;
}

const keyOf = (p: { fam: NameForm; giv: NameForm }) => `${p.fam.kh}|${p.giv.kh}`;

/** What the self-check needs beyond the roster. */
export interface FourthDetail {
  roster: Roster;
  /** on-site id → source, script, the person's name key, and for hidden rows their kind. */
  rows: Map<string, { source: Source; key: string; hidden: HiddenKind | null; initials: boolean; typo: boolean }>;
  /** registered workerId → name key. */
  regKey: Map<string, string>;
}

// ---------------------------------------------------------------------------------------------
// samplers

function weighted<T>(items: readonly T[], weights: readonly number[]): (r: Rng) => T {
  const cum: number[] = [];
  let total = 0;
  for (const w of weights) cum.push((total += w));
  return (r) => {
    const x = r.next() * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return items[lo];
  };
}

const pickFamily = weighted(FOURTH_FAMILY, FOURTH_FAMILY.map((f) => f.weight));
const rankWeights = (n: number) => Array.from({ length: n }, (_, i) => 1 / (i + 6) ** 0.8);
const pickGivenF = weighted(FOURTH_GIVEN_F, rankWeights(FOURTH_GIVEN_F.length));
const pickGivenM = weighted(FOURTH_GIVEN_M, rankWeights(FOURTH_GIVEN_M.length));
const pickGiven = (r: Rng, sex: Sex) => (sex === 'F' ? pickGivenF(r) : pickGivenM(r));

function choose<T>(r: Rng, options: readonly (readonly [number, T])[]): T {
  let x = r.next() * options.reduce((s, [w]) => s + w, 0);
  for (const [w, v] of options) if ((x -= w) < 0) return v;
  return options[options.length - 1][1];
}

// ---------------------------------------------------------------------------------------------
// dates

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function randomDob(r: Rng, yearLo = 1970, yearHi = 2006): string {
  const y = r.int(yearLo, yearHi);
  const m = r.int(1, 12);
  return `${y}-${pad(m)}-${pad(r.int(1, daysIn(y, m)))}`;
}

/** Day and month swapped, or null when that is not a different valid date. */
export function swapDayMonth(d: string): string | null {
  const [y, m, dd] = d.split('-');
  if (Number(dd) > 12 || dd === m) return null;
  return `${y}-${dd}-${m}`;
}

/** Two dates of birth that a fair reader could take for the same one. */
const dobClash = (a: string, b: string) => a === b || swapDayMonth(a) === b;

function shiftYears(r: Rng, d: string, lo: number, hi: number): string {
  const y = Number(d.slice(0, 4));
  const ny = Math.min(2006, Math.max(1970, y + (r.chance(0.5) ? 1 : -1) * r.int(lo, hi)));
  const nm = r.int(1, 12);
  return `${ny}-${pad(nm)}-${pad(r.int(1, daysIn(ny, nm)))}`;
}

// ---------------------------------------------------------------------------------------------
// ID numbers

/** All strings one digit substitution or one adjacent transposition away from s. */
export function digitNeighbours(s: string): string[] {
  const out: string[] = [];
  const c = s.split('');
  for (let i = 0; i < c.length; i++) {
    const orig = c[i];
    for (let d = 0; d <= 9; d++) {
      const ch = String(d);
      if (ch === orig) continue;
      c[i] = ch;
      out.push(c.join(''));
    }
    c[i] = orig;
    if (i + 1 < c.length && c[i] !== c[i + 1]) {
      [c[i], c[i + 1]] = [c[i + 1], c[i]];
      out.push(c.join(''));
      [c[i], c[i + 1]] = [c[i + 1], c[i]];
    }
  }
  return out;
}

/** Is s equal to, or one edit from, a number in the set (other than `except`)? */
function nearAny(s: string, set: Set<string>, except?: string): boolean {
  if (set.has(s) && s !== except) return true;
  for (const n of digitNeighbours(s)) if (n !== except && set.has(n)) return true;
  return false;
}

function freshNumber(r: Rng, used: Set<string>, make: () => string): string {
  for (;;) {
    const s = make();
    if (!nearAny(s, used)) {
      used.add(s);
      return s;
    }
  }
}

const digits = (r: Rng, n: number) => Array.from({ length: n }, () => r.int(0, 9)).join('');
/** A 9-digit national ID card number. */
const makeNid = (r: Rng) => () => `${r.int(0, 2)}${digits(r, 8)}`;
/** A 10-digit NSSF member number. */
const makeNssf = (r: Rng) => () => `${r.int(1, 3)}${digits(r, 9)}`;

/** The number with one typing slip, chosen so the original is the only number within one edit. */
function slip(r: Rng, s: string, used: Set<string>): string {
  const cands = r.shuffle(digitNeighbours(s));
  for (const c of cands) if (!nearAny(c, used, s)) return c;
  return s;
}

const KHMER_DIGITS = '០១២៣៤៥៦៧៨៩';
const toKhmerDigits = (s: string) => s.replace(/[0-9]/g, (d) => KHMER_DIGITS[Number(d)]);

/** A typed number reduced to its digits (Khmer digits, spaces and dashes are formatting only). */
const plainDigits = (s: string | null) =>
  s === null ? null : s.replace(/[០-៩]/g, (c) => String(KHMER_DIGITS.indexOf(c))).replace(/[^0-9]/g, '');
/** Equal or one edit apart. */
const withinOneEdit = (a: string | null, b: string | null) =>
  a !== null && b !== null && (a === b || digitNeighbours(a).includes(b));

function formatNid(r: Rng, s: string, source: Source): string {
  const grouped = (sep: string) => `${s.slice(0, 3)}${sep}${s.slice(3, 6)}${sep}${s.slice(6)}`;
  const style = choose(r, source === 'id-card'
    ? [[0.72, 'plain'], [0.18, 'space'], [0.1, 'dash']] as const
    : source === 'csv'
      ? [[0.6, 'plain'], [0.22, 'khmer'], [0.1, 'space'], [0.08, 'dash']] as const
      : [[0.8, 'plain'], [0.15, 'space'], [0.05, 'dash']] as const);
  switch (style) {
    case 'space': return grouped(' ');
    case 'dash': return grouped('-');
    case 'khmer': return toKhmerDigits(s);
    default: return s;
  }
}

function formatNssf(r: Rng, s: string, source: Source): string {
  if (source === 'csv' && r.chance(0.22)) return toKhmerDigits(s);
  if (r.chance(0.1)) return `${s.slice(0, 4)} ${s.slice(4)}`;
  return s;
}

// ---------------------------------------------------------------------------------------------
// Khmer writing variants

/** One keyboard quirk applied to a Khmer word, or the word unchanged when none applies. */
function keyboardQuirk(r: Rng, w: string): string {
  const quirks: ((s: string) => string)[] = [];
  // register shifter typed after the vowel
  if (/[\u17C9\u17CA][\u17B6-\u17C5]/.test(w)) quirks.push((s) => s.replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/, '$2$1'));
  // nikahit typed before u (ុំ → ំុ)
  if (w.includes('\u17BB\u17C6')) quirks.push((s) => s.replace('\u17BB\u17C6', '\u17C6\u17BB'));
  // two subscripts, ro typed first (ក្ត្រ → ក្រ្ត)
  if (/\u17D2[\u1780-\u17A2]\u17D2\u179A/.test(w)) quirks.push((s) => s.replace(/\u17D2([\u1780-\u17A2])\u17D2\u179A/, '\u17D2\u179A\u17D2$1'));
  // subscript ta and subscript da draw the same glyph
  if (w.includes('\u17D2\u178F')) quirks.push((s) => s.replace('\u17D2\u178F', '\u17D2\u178A'));
  if (w.includes('\u17D2\u178A')) quirks.push((s) => s.replace('\u17D2\u178A', '\u17D2\u178F'));
  // ZWNJ keeping the triisap shape over អ/ហ before an above vowel (អ៊‌ឹម)
  if (/[\u17A0\u17A2]\u17CA[\u17B7-\u17BA\u17BE]/.test(w)) quirks.push((s) => s.replace(/([\u17A0\u17A2]\u17CA)([\u17B7-\u17BA\u17BE])/, `$1${ZWNJ}$2`));
  return quirks.length ? r.pick(quirks)(w) : w;
}

function khmerName(r: Rng, p: Person, source: Source): string {
  const mess = source === 'csv' ? 1 : source === 'manual' ? 0.6 : 0.3;
  let fam = p.fam.kh;
  let giv = p.giv.kh;
  if (r.chance(0.3 * mess)) fam = keyboardQuirk(r, fam);
  if (r.chance(0.3 * mess)) giv = keyboardQuirk(r, giv);
  const sep = choose(r, source === 'csv'
    ? [[0.42, ' '], [0.24, ZWSP], [0.09, ''], [0.08, '  '], [0.08, NBSP], [0.05, ` ${ZWSP}`], [0.04, `${ZWNJ} `]] as const
    : source === 'id-card'
      ? [[0.8, ' '], [0.1, ZWSP], [0.05, ''], [0.05, '  ']] as const
      : [[0.75, ' '], [0.1, ZWSP], [0.1, ''], [0.05, '  ']] as const);
  const givenFirst = source === 'manual' && r.chance(0.04);
  let s = givenFirst ? `${giv}${sep}${fam}` : `${fam}${sep}${giv}`;
  if (r.chance(0.12 * mess)) s += r.pick([ZWSP, ZWNJ, ZWJ, ' ', `${ZWSP} `]);
  if (r.chance(0.05 * mess)) s = r.pick([' ', ZWSP, NBSP]) + s;
  return s.trim();
}

// ---------------------------------------------------------------------------------------------
// Latin writing variants

const LATIN_TOKENS = new Set<string>();
for (const n of [...FOURTH_FAMILY, ...FOURTH_GIVEN_F, ...FOURTH_GIVEN_M])
  for (const sp of n.latin) for (const t of sp.toLowerCase().split(' ')) LATIN_TOKENS.add(t);

const KEY_NEIGHBOURS: Record<string, string> = {
  a: 'sq', b: 'vn', c: 'xv', d: 'sf', e: 'wr', f: 'dg', g: 'fh', h: 'gj', i: 'uo', j: 'hk', k: 'jl', l: 'k',
  m: 'n', n: 'bm', o: 'ip', p: 'o', q: 'w', r: 'et', s: 'ad', t: 'ry', u: 'yi', v: 'cb', w: 'qe', x: 'zc', y: 'tu', z: 'x',
};

/** One typo in a word of 4+ letters that does not make another listed spelling; null if none found. */
function typo(r: Rng, word: string): string | null {
  if (word.length < 4) return null;
  for (let attempt = 0; attempt < 6; attempt++) {
    const i = r.int(1, word.length - 1);
    const ch = word[i];
    let out: string;
    switch (r.int(0, 3)) {
      case 0: out = word.slice(0, i) + word.slice(i + 1); break;
      case 1: out = word.slice(0, i) + ch + word.slice(i); break;
      case 2:
        if (i + 1 >= word.length || word[i + 1] === ch) continue;
        out = word.slice(0, i) + word[i + 1] + ch + word.slice(i + 2);
        break;
      default: {
        const nb = KEY_NEIGHBOURS[ch.toLowerCase()];
        if (!nb) continue;
        const sub = nb[r.int(0, nb.length - 1)];
        out = word.slice(0, i) + (ch === ch.toUpperCase() ? sub.toUpperCase() : sub) + word.slice(i + 1);
      }
    }
    if (out !== word && !LATIN_TOKENS.has(out.toLowerCase())) return out;
  }
  return null;
}

function spelling(r: Rng, n: NameForm, card: number, source: Source): string {
  const cardShare = source === 'id-card' ? 0.9 : source === 'csv' ? 0.55 : 0.4;
  if (r.chance(cardShare) || n.latin.length === 1) return n.latin[card];
  return r.pick(n.latin.filter((_, i) => i !== card));
}

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s-])([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase());

function latinName(r: Rng, p: Person, source: Source, allowTypo: boolean): { name: string; typo: boolean } {
  let fam = spelling(r, p.fam, p.cardFam, source);
  let giv = spelling(r, p.giv, p.cardGiv, source);
  if (giv.includes(' ') && r.chance(source === 'id-card' ? 0.05 : 0.2)) giv = giv.replace(' ', '-');
  let typoed = false;
  if (allowTypo && r.chance(source === 'id-card' ? 0.01 : source === 'csv' ? 0.03 : 0.06)) {
    if (r.chance(0.5)) {
      const t = typo(r, fam);
      if (t) { fam = t; typoed = true; }
    } else {
      const parts = giv.split(/([ -])/);
      const idx = r.int(0, (parts.length - 1) / 2) * 2;
      const t = typo(r, parts[idx]);
      if (t) { parts[idx] = t; giv = parts.join(''); typoed = true; }
    }
  }
  const givenFirst = r.chance(source === 'id-card' ? 0.05 : source === 'csv' ? 0.2 : 0.3);
  const sep = r.chance(0.03) ? '  ' : ' ';
  let s = givenFirst ? `${giv}${sep}${fam}` : `${fam}${sep}${giv}`;
  const kase = choose(r, source === 'id-card'
    ? [[0.7, 'upper'], [0.3, 'title']] as const
    : source === 'csv'
      ? [[0.6, 'title'], [0.3, 'upper'], [0.1, 'lower']] as const
      : [[0.6, 'title'], [0.2, 'upper'], [0.2, 'lower']] as const);
  s = kase === 'upper' ? s.toUpperCase() : kase === 'lower' ? s.toLowerCase() : titleCase(s);
  return { name: s.trim(), typo: typoed };
}

// ---------------------------------------------------------------------------------------------
// generation

function uuid(r: Rng): string {
  const h = Array.from({ length: 32 }, () => r.int(0, 15).toString(16));
  h[12] = '4';
  h[16] = ((r.int(0, 3) & 0x3) | 0x8).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const SOURCE_SHARES = [[0.35, 'id-card'], [0.45, 'csv'], [0.2, 'manual']] as const;
const KHMER_SHARE: Record<Source, number> = { 'id-card': 0.55, csv: 0.75, manual: 0.2 };
const P_DOB: Record<Source, number> = { 'id-card': 0.95, csv: 0.7, manual: 0.55 };
const P_NID: Record<Source, number> = { 'id-card': 0.92, csv: 0.45, manual: 0.2 };
const P_NSSF: Record<Source, number> = { 'id-card': 0.05, csv: 0.35, manual: 0.1 };
const P_SEX: Record<Source, number> = { 'id-card': 0.97, csv: 0.9, manual: 0.93 };
const P_DOB_SWAP: Record<Source, number> = { 'id-card': 0.02, csv: 0.07, manual: 0.04 };
const P_ID_SLIP: Record<Source, number> = { 'id-card': 0.03, csv: 0.04, manual: 0.03 };

export function generateFourth(size: number, seed: number): Roster {
  return generateFourthDetail(size, seed).roster;
}

export function generateFourthDetail(size: number, seed: number): FourthDetail {
  const r = rng((seed * 2654435761 + 0x4f4e) >>> 0);
  const nids = new Set<string>();
  const nssfs = new Set<string>();
  const regByKey = new Map<string, Person[]>();
  const people: Person[] = [];

  const card = (n: NameForm) => (r.chance(0.8) ? 0 : r.int(0, n.latin.length - 1));
  const dobFree = (key: string, dob: string, pool: Map<string, Person[]>) =>
    !(pool.get(key) ?? []).some((q) => dobClash(q.dob, dob));

  // ---- the register: people, with families
  while (people.length < size) {
    let fam: FamilyName;
    let sex: Sex = r.chance(0.72) ? 'F' : 'M'; // a garment factory: mostly women
    let giv: NameForm;
    let dob: string;
    const sib = people.length > 0 && r.chance(0.16) ? r.pick(people) : null;
    if (sib) {
      fam = sib.fam;
      sex = r.chance(0.72) ? 'F' : 'M';
      do giv = pickGiven(r, sex); while (giv.kh === sib.giv.kh);
      dob = r.chance(0.2) ? sib.dob : shiftYears(r, sib.dob, 1, 9);
    } else {
      fam = pickFamily(r);
      giv = pickGiven(r, sex);
      dob = randomDob(r);
    }
    const key = keyOf({ fam, giv });
    let tries = 0;
    while (!dobFree(key, dob, regByKey) && tries++ < 20) dob = randomDob(r);
    if (!dobFree(key, dob, regByKey)) continue;
    const p: Person = {
      fam, giv, sex, dob,
      nid: freshNumber(r, nids, makeNid(r)),
      nssf: freshNumber(r, nssfs, makeNssf(r)),
      cardFam: card(fam), cardGiv: card(giv),
    };
    people.push(p);
    regByKey.set(key, [...(regByKey.get(key) ?? []), p]);
  }

  r.shuffle(people);
  const registered: RegisteredWorker[] = people.map((p, i) => {
    const sep = choose(r, [[0.96, ' '], [0.03, ZWSP], [0.01, '']] as const);
    const birthYear = Number(p.dob.slice(0, 4));
    const hireYear = r.int(Math.max(2012, birthYear + 18), 2024);
    const hm = r.int(1, 12);
    return {
      workerId: `W${String(100001 + i)}`,
      nssfNumber: r.chance(0.97) ? p.nssf : null,
      nationalId: r.chance(0.9) ? p.nid : null,
      nameKh: `${p.fam.kh}${sep}${p.giv.kh}`,
      nameLatin: r.chance(0.75) ? `${p.fam.latin[p.cardFam]} ${p.giv.latin[p.cardGiv]}`.toUpperCase() : null,
      sex: r.chance(0.99) ? p.sex : null,
      dateOfBirth: r.chance(0.97) ? p.dob : null,
      hireDate: `${hireYear}-${pad(hm)}-${pad(r.int(1, daysIn(hireYear, hm)))}`,
      wageRiel: 850_000 + 10_000 * r.int(0, 90),
    };
  });
  const regOf = new Map<Person, RegisteredWorker>(people.map((p, i) => [p, registered[i]]));
  const regWorkersByKey = new Map<string, RegisteredWorker[]>();
  const regKey = new Map<string, string>();
  people.forEach((p, i) => {
    const k = keyOf(p);
    regWorkersByKey.set(k, [...(regWorkersByKey.get(k) ?? []), registered[i]]);
    regKey.set(registered[i].workerId, k);
  });

  // ---- who is on site
  const onsiteCount = Math.round(size * 0.95);
  const hiddenCount = Math.round(onsiteCount * (0.065 + 0.01 * r.next()));
  const presentCount = onsiteCount - hiddenCount;
  const present = r.shuffle([...people]).slice(0, presentCount);

  // ---- hidden people (their numbers are drawn now so every slip can be checked against them)
  interface HiddenPlan { p: Person; kind: HiddenKind }
  const hiddenPlans: HiddenPlan[] = [];
  const hiddenByKey = new Map<string, Person[]>();
  while (hiddenPlans.length < hiddenCount) {
    const kind = choose(r, [[0.55, 'namesake'], [0.12, 'sibling'], [0.33, 'fresh']] as const);
    let fam: FamilyName;
    let giv: NameForm;
    let sex: Sex;
    let dob = randomDob(r);
    if (kind === 'namesake') {
      const q = r.pick(people);
      ({ fam, giv, sex } = q);
    } else if (kind === 'sibling') {
      const q = r.pick(people);
      fam = q.fam;
      sex = r.chance(0.72) ? 'F' : 'M';
      do giv = pickGiven(r, sex); while (giv.kh === q.giv.kh);
      dob = r.chance(0.3) ? q.dob : shiftYears(r, q.dob, 1, 8);
    } else {
      sex = r.chance(0.72) ? 'F' : 'M';
      fam = pickFamily(r);
      giv = pickGiven(r, sex);
    }
    const key = keyOf({ fam, giv });
    // a namesake on the register with neither date of birth nor card number could never be ruled out
    if ((regWorkersByKey.get(key) ?? []).some((w) => !w.dateOfBirth && !w.nationalId)) continue;
    let tries = 0;
    while ((!dobFree(key, dob, regByKey) || !dobFree(key, dob, hiddenByKey)) && tries++ < 20) dob = randomDob(r);
    if (!dobFree(key, dob, regByKey) || !dobFree(key, dob, hiddenByKey)) continue;
    const p: Person = {
      fam, giv, sex, dob,
      nid: freshNumber(r, nids, makeNid(r)),
      nssf: null,
      cardFam: card(fam), cardGiv: card(giv),
    };
    hiddenPlans.push({ p, kind });
    hiddenByKey.set(key, [...(hiddenByKey.get(key) ?? []), p]);
  }
  // previous-employer NSSF numbers, kept clear of the register's
  for (const h of hiddenPlans) if (r.chance(0.12)) h.p.nssf = freshNumber(r, nssfs, makeNssf(r));

  // ---- rows
  interface Draft {
    row: Omit<OnsiteWorker, 'id' | 'visitId' | 'sourceRow' | 'recordedAt'>;
    truth: string | null;
    key: string;
    hidden: HiddenKind | null;
    initials: boolean;
    typo: boolean;
  }
  const drafts: Draft[] = [];

  const render = (p: Person, reg: RegisteredWorker | null) => {
    const source = choose(r, SOURCE_SHARES);
    const isTrue = reg !== null;
    let dob: string | null = r.chance(P_DOB[source]) ? p.dob : null;
    if (dob && isTrue && r.chance(P_DOB_SWAP[source])) dob = swapDayMonth(dob) ?? dob;
    let nid: string | null = r.chance(P_NID[source]) ? p.nid : null;
    let nidExact = true;
    if (nid && isTrue && r.chance(P_ID_SLIP[source])) {
      nid = slip(r, nid, nids);
      nidExact = nid === p.nid;
    }
    let nssf: string | null = p.nssf && r.chance(P_NSSF[source]) ? p.nssf : null;
    if (nssf && isTrue && r.chance(P_ID_SLIP[source])) nssf = slip(r, nssf, nssfs);
    // an inspector who has neither a date of birth nor a number usually asks for the birth date
    if (!dob && !nid && !nssf && r.chance(0.92)) dob = p.dob;
    const sex = r.chance(P_SEX[source]) ? p.sex : null;

    let name: string;
    let initials = false;
    let typoed = false;
    if (r.chance(KHMER_SHARE[source])) {
      name = khmerName(r, p, source);
    } else if (isTrue && source === 'manual' && nid && nidExact && reg.nationalId && r.chance(0.1)) {
      initials = true;
      const giv = titleCase(spelling(r, p.giv, p.cardGiv, source));
      name = `${giv} ${p.fam.latin[p.cardFam][0]}.`;
    } else {
      const l = latinName(r, p, source, isTrue);
      name = l.name;
      typoed = l.typo;
    }
    return {
      source,
      initials,
      typo: typoed,
      row: {
        name,
        nationalId: nid ? formatNid(r, nid, source) : null,
        nssfNumber: nssf ? formatNssf(r, nssf, source) : null,
        sex,
        dateOfBirth: dob,
        source: source as OnsiteWorker['source'],
      },
    };
  };

  for (const p of present) {
    const reg = regOf.get(p)!;
    const d = render(p, reg);
    drafts.push({ row: d.row, truth: reg.workerId, key: keyOf(p), hidden: null, initials: d.initials, typo: d.typo });
  }

  const near = withinOneEdit;
  const plain = plainDigits;
  /** Does the row rule out this registered namesake (rule 3)? */
  const rulesOut = (row: Draft['row'], w: RegisteredWorker) =>
    (row.dateOfBirth !== null && w.dateOfBirth !== null && !dobClash(row.dateOfBirth, w.dateOfBirth)) ||
    (plain(row.nationalId) !== null && w.nationalId !== null && !near(plain(row.nationalId), w.nationalId)) ||
    (plain(row.nssfNumber) !== null && w.nssfNumber !== null && !near(plain(row.nssfNumber), w.nssfNumber));

  for (const { p, kind } of hiddenPlans) {
    const namesakes = regWorkersByKey.get(keyOf(p)) ?? [];
    const d = render(p, null);
    // a namesake's inspector would have taken the date of birth, and failing that the card number
    if (namesakes.some((w) => !rulesOut(d.row, w))) d.row.dateOfBirth = p.dob;
    if (namesakes.some((w) => !rulesOut(d.row, w))) d.row.nationalId = formatNid(r, p.nid, d.source);
    if (namesakes.some((w) => !rulesOut(d.row, w))) throw new Error('fourth: cannot make a hidden row fair');
    drafts.push({ row: d.row, truth: null, key: keyOf(p), hidden: kind, initials: false, typo: false });
  }

  // ---- shuffle, then give out ids, sheet rows and times in the shuffled order
  r.shuffle(drafts);
  const visitId = `visit-fourth-${seed}`;
  let sheetRow = 0;
  let minute = 0;
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  const rows: FourthDetail['rows'] = new Map();
  for (const d of drafts) {
    const id = uuid(r);
    const csv = d.row.source === 'csv';
    if (!csv) minute += r.int(0, 2);
    const t = 7 * 60 + 30 + Math.min(minute, 9 * 60);
    onsite.push({
      id,
      visitId,
      ...d.row,
      sourceRow: csv ? ++sheetRow : null,
      recordedAt: csv ? `${VISIT_DAY}T10:05:00+07:00` : `${VISIT_DAY}T${pad(Math.floor(t / 60))}:${pad(t % 60)}:${pad(r.int(0, 59))}+07:00`,
    });
    truth.set(id, d.truth);
    rows.set(id, { source: d.row.source as Source, key: d.key, hidden: d.hidden, initials: d.initials, typo: d.typo });
  }
  return { roster: { registered, onsite, truth }, rows, regKey };
}

// ---------------------------------------------------------------------------------------------
// self-check

/** Well-formed Khmer syllables in Unicode encoding order (for auditing the name lists). */
const KHMER_WORD = /^(?:[\u1780-\u17B3](?:\u17D2[\u1780-\u17A2]){0,2}[\u17C9\u17CA]?[\u17B6-\u17C5]?[\u17C6\u17C7\u17C8\u17CB\u17CD\u17D0]?)+$/;

function auditNames(): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const [label, list] of [['family', FOURTH_FAMILY], ['given F', FOURTH_GIVEN_F], ['given M', FOURTH_GIVEN_M]] as const) {
    const khSeen = new Set<string>();
    for (const n of list) {
      if (!KHMER_WORD.test(n.kh)) problems.push(`${label} ${n.kh}: not a well-formed Khmer word`);
      if (khSeen.has(n.kh)) problems.push(`${label} ${n.kh}: listed twice`);
      khSeen.add(n.kh);
      for (const sp of n.latin) {
        const k = `${label === 'family' ? 'f' : 'g'}:${sp.toLowerCase().replace(/[\s-]/g, '')}`;
        const prev = seen.get(k);
        if (prev !== undefined && prev !== n.kh) problems.push(`${label} spelling ${sp} used by ${prev} and ${n.kh}`);
        seen.set(k, n.kh);
      }
    }
  }
  // full names: no rendering (either order, with or without spaces) may belong to two written names
  const owner = new Map<string, string>();
  const givens = new Map<string, NameForm>();
  for (const g of [...FOURTH_GIVEN_F, ...FOURTH_GIVEN_M]) givens.set(g.kh, g);
  let clashes = 0;
  for (const f of FOURTH_FAMILY) {
    for (const g of givens.values()) {
      const key = `${f.kh}|${g.kh}`;
      for (const fs of f.latin) for (const gs of g.latin) {
        const a = `${fs} ${gs}`.toLowerCase();
        const b = `${gs} ${fs}`.toLowerCase();
        // Latin rows always keep a space between family and given name
        for (const form of [a.replace(/-/g, ' '), b.replace(/-/g, ' ')]) {
          const prev = owner.get(form);
          if (prev !== undefined && prev !== key) {
            if (clashes++ < 10) problems.push(`"${form}" could be ${prev} or ${key}`);
          } else owner.set(form, key);
        }
      }
      const k1 = `${f.kh}${g.kh}`;
      const prev = owner.get(k1);
      if (prev !== undefined && prev !== key) problems.push(`Khmer ${k1} could be ${prev} or ${key}`);
      owner.set(k1, key);
    }
  }
  if (clashes > 10) problems.push(`... ${clashes} full-name clashes in all`);
  return problems;
}

async function selfCheck(size: number, seed: number): Promise<void> {
  const t0 = performance.now();
  const detail = generateFourthDetail(size, seed);
  const ms = performance.now() - t0;
  const { registered, onsite, truth } = detail.roster;
  const pct = (n: number, d: number) => `${n} (${((100 * n) / Math.max(1, d)).toFixed(2)}%)`;

  const again = generateFourthDetail(size, seed).roster;
  const deterministic =
    JSON.stringify(again.registered) === JSON.stringify(registered) &&
    JSON.stringify(again.onsite) === JSON.stringify(onsite) &&
    JSON.stringify([...again.truth]) === JSON.stringify([...truth]);

  const { RegisteredWorker: RegSchema, OnsiteWorker: OnsiteSchema } = await import('../../src/protocol');
  const schemaErrors =
    registered.filter((w) => !RegSchema.safeParse(w).success).length +
    onsite.filter((w) => !OnsiteSchema.safeParse(w).success).length;

  const regById = new Map(registered.map((w) => [w.workerId, w]));
  const hiddenRows = onsite.filter((w) => truth.get(w.id) === null);
  const trueRows = onsite.filter((w) => truth.get(w.id) !== null);
  const presentIds = new Set(trueRows.map((w) => truth.get(w.id)!));
  const isKhmer = (s: string) => /[\u1780-\u17FF]/.test(s);
  const plain = plainDigits;
  const near = withinOneEdit;

  // registered workers grouped by written name
  const byKey = new Map<string, RegisteredWorker[]>();
  for (const w of registered) {
    const k = detail.regKey.get(w.workerId)!;
    byKey.set(k, [...(byKey.get(k) ?? []), w]);
  }
  const sharedSameSex = registered.filter((w) =>
    byKey.get(detail.regKey.get(w.workerId)!)!.some((o) => o !== w && (o.sex === w.sex || !o.sex || !w.sex))).length;
  const biggest = [...byKey.entries()].sort((a, b) => b[1].length - a[1].length)[0];

  // rows no one could decide: shared name (same sex), and no usable date of birth or number
  let undecidable = 0;
  let weakDob = 0;
  for (const w of trueRows) {
    const reg = regById.get(truth.get(w.id)!)!;
    const others = byKey.get(detail.regKey.get(reg.workerId)!)!.filter((o) => o !== reg && (o.sex === reg.sex || !o.sex || !reg.sex));
    if (!others.length) continue;
    const usable = (w.dateOfBirth && reg.dateOfBirth) || (w.nationalId && reg.nationalId) || (w.nssfNumber && reg.nssfNumber);
    if (!usable) undecidable++;
    else if (!(w.nationalId && reg.nationalId) && !(w.nssfNumber && reg.nssfNumber) && others.some((o) => !o.dateOfBirth)) weakDob++;
  }

  // fairness audit
  const violations: string[] = [];
  for (const w of hiddenRows) {
    const info = detail.rows.get(w.id)!;
    for (const reg of byKey.get(info.key) ?? []) {
      const ok =
        (w.dateOfBirth && reg.dateOfBirth && !dobClash(w.dateOfBirth, reg.dateOfBirth)) ||
        (w.nationalId && reg.nationalId && !near(plain(w.nationalId), reg.nationalId)) ||
        (w.nssfNumber && reg.nssfNumber && !near(plain(w.nssfNumber), reg.nssfNumber));
      if (!ok) violations.push(`hidden ${w.id} (${w.name}) not distinguishable from ${reg.workerId}`);
    }
    if (w.nssfNumber && registered.some((reg) => near(plain(w.nssfNumber), reg.nssfNumber))) violations.push(`hidden ${w.id} NSSF near a registered one`);
    if (w.nationalId && registered.some((reg) => near(plain(w.nationalId), reg.nationalId))) violations.push(`hidden ${w.id} national ID near a registered one`);
  }
  let idSlips = 0;
  let dobSwaps = 0;
  for (const w of trueRows) {
    const reg = regById.get(truth.get(w.id)!)!;
    const nid = plain(w.nationalId);
    if (nid && reg.nationalId && nid !== reg.nationalId) {
      idSlips++;
      if (!near(nid, reg.nationalId)) violations.push(`true ${w.id}: national ID ${w.nationalId} vs ${reg.nationalId}`);
    }
    const nssf = plain(w.nssfNumber);
    if (nssf && reg.nssfNumber && nssf !== reg.nssfNumber) {
      idSlips++;
      if (!near(nssf, reg.nssfNumber)) violations.push(`true ${w.id}: NSSF ${w.nssfNumber} vs ${reg.nssfNumber}`);
    }
    if (w.dateOfBirth && reg.dateOfBirth && w.dateOfBirth !== reg.dateOfBirth) {
      dobSwaps++;
      if (swapDayMonth(reg.dateOfBirth) !== w.dateOfBirth) violations.push(`true ${w.id}: DOB ${w.dateOfBirth} vs ${reg.dateOfBirth}`);
    }
    if (w.sex && reg.sex && w.sex !== reg.sex) violations.push(`true ${w.id}: sex differs`);
  }
  const nameProblems = auditNames();

  const count = (f: (w: OnsiteWorker) => boolean, rows = onsite) => rows.filter(f).length;
  const bySource = (s: string) => count((w) => w.source === s);
  const hiddenKinds = (k: HiddenKind) => count((w) => detail.rows.get(w.id)!.hidden === k, hiddenRows);
  const hiddenNamesakes = count((w) => byKey.has(detail.rows.get(w.id)!.key), hiddenRows);

  console.log(`${FOURTH_LABEL}: size ${size}, seed ${seed}, generated in ${ms.toFixed(0)} ms, deterministic: ${deterministic}`);
  console.log(`name lists: ${FOURTH_FAMILY.length} family, ${FOURTH_GIVEN_F.length} women's given, ${FOURTH_GIVEN_M.length} men's given; problems: ${nameProblems.length}`);
  for (const p of nameProblems.slice(0, 15)) console.log(`  ! ${p}`);
  console.log(`registered ${registered.length}; absent ${pct(registered.length - presentIds.size, registered.length)}`);
  console.log(`  with Latin name ${pct(registered.filter((w) => w.nameLatin).length, registered.length)}, national ID ${pct(registered.filter((w) => w.nationalId).length, registered.length)}, DOB ${pct(registered.filter((w) => w.dateOfBirth).length, registered.length)}`);
  console.log(`  sharing their written name with another of the same sex ${pct(sharedSameSex, registered.length)}; biggest group ${biggest[1].length} × ${biggest[0]}`);
  console.log(`on site ${onsite.length}; true ${trueRows.length}; hidden ${pct(hiddenRows.length, onsite.length)}`);
  console.log(`  hidden: namesake ${hiddenKinds('namesake')}, sibling ${hiddenKinds('sibling')}, fresh ${hiddenKinds('fresh')}; sharing a registered written name ${pct(hiddenNamesakes, hiddenRows.length)}`);
  console.log(`  sources: id-card ${pct(bySource('id-card'), onsite.length)}, csv ${pct(bySource('csv'), onsite.length)}, manual ${pct(bySource('manual'), onsite.length)}`);
  console.log(`  script: Khmer ${pct(count((w) => isKhmer(w.name)), onsite.length)}, Latin ${pct(count((w) => !isKhmer(w.name)), onsite.length)}`);
  console.log(`  carrying DOB ${pct(count((w) => !!w.dateOfBirth), onsite.length)}, national ID ${pct(count((w) => !!w.nationalId), onsite.length)}, NSSF ${pct(count((w) => !!w.nssfNumber), onsite.length)}, sex ${pct(count((w) => !!w.sex), onsite.length)}, none of DOB/IDs ${pct(count((w) => !w.dateOfBirth && !w.nationalId && !w.nssfNumber), onsite.length)}`);
  console.log(`  true rows: ID slips ${idSlips}, DOB day/month swaps ${dobSwaps}, Latin typos ${count((w) => detail.rows.get(w.id)!.typo, trueRows)}, initials-only ${count((w) => detail.rows.get(w.id)!.initials, trueRows)}`);
  console.log(`undecidable true rows (shared name, same sex, no usable DOB/ID): ${pct(undecidable, onsite.length)}; DOB-only against a namesake without DOB: ${pct(weakDob, onsite.length)}`);
  console.log(`schema errors: ${schemaErrors}; fairness violations: ${violations.length}`);
  for (const v of violations.slice(0, 10)) console.log(`  ! ${v}`);
  if (process.argv.includes('--sample')) for (const w of onsite.slice(0, 25)) console.log(JSON.stringify({ ...w, truth: truth.get(w.id) }));
  if (!deterministic || schemaErrors || violations.length || nameProblems.length || undecidable > onsite.length * 0.02) process.exitCode = 1;
}

const isMain = (() => {
  try {
    // The file name too: bundled into another script, import.meta.url is that script's.
    return !!process.argv[1] && process.argv[1].endsWith('fourth.ts') && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
})();

if (isMain) {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  void selfCheck(size, seed);
}
