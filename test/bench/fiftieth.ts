/**
 * `fiftieth`: a garment / electronics factory whose register holds, besides Khmer workers,
 * 12-18 % foreign staff (Chinese, Malaysian, Filipino, Thai, Vietnamese, Korean and Indian
 * supervisors, technicians and line leaders), all registered with the fund.
 *
 * Written BLIND: from the product's text, the record schemas, prng.ts and the Roster interface
 * only. No engine code, other generator or name list was read.
 *
 * THE MODEL
 * - Register (size workers): Khmer workers (name in Khmer, Latin in 85 %, national ID 9 digits in
 *   90 %, NSSF 95 %, DOB 99 %, sex 98.5 %). Foreign staff: the Latin name in passport form
 *   (family name first for Chinese / Korean / Vietnamese / Malaysian-Chinese: "ZHANG WEI",
 *   "KIM MIN JUN", "NGUYEN VAN AN", "TAN CHEE KEONG"; given names first for Filipino / Thai /
 *   Malay / Indian: "MARIA CRISTINA DELA CRUZ", "SOMCHAI PHROMMA", "MUHAMMAD HAFIZ BIN ISMAIL",
 *   "RAJESH KUMAR"); the Khmer field a transliteration by sound (one clerk's) or empty for a
 *   third; national_id the passport number (or a work-permit number "WP-2023-004512" for 15 %).
 * - On site: 95 % of the register present, plus hidden workers (~7 % of rows; a quarter of them
 *   foreign new arrivals with passports matching nothing, 40 % of hidden rows namesakes of a
 *   registered worker). Khmer rows: DOB 75 %, national ID 40 %, NSSF 20 %, sex 75 %; Khmer script
 *   45 % (zero-width spaces 15 %, no space 8 %, another code-point order 12 %), Latin 55 % (any
 *   listed romanization, name order swapped 20 %, upper / title / lower case, one typo 3 %).
 *   Foreign rows: passport number ~70 % (with or without spaces / dashes, any case: 45 % of
 *   them reformatted), DOB ~80 % (a fifth of foreign rows come from the staff file: a strong
 *   form of the name, DOB and passport), and the name as the team knows it: order swapped, an English
 *   name instead of or beside the passport name ("Jacky Zhang", "ZHANG WEI (JACKY)"), Filipino
 *   middle name dropped or initialised, "bin/binti" dropped or "Mohd", Thai surname left out,
 *   Vietnamese with or without diacritics (NFC or NFD), Korean given names joined or
 *   hyphenated, or the name in a Khmer transliteration by sound (10-15 %).
 * - Renewed passports: ~15 % of foreign true rows show a new passport number (nothing like the
 *   registered one). 3-4 % of rows were read from an ID card / passport on the spot (printed
 *   name, number, DOB, sex). Sources: employer's sheet (csv) ~82 %, typed by hand ~14 %.
 *
 * FAIRNESS RULES (audited by the self-check, `npx tsx test/bench/fiftieth.ts 10000 1`)
 * "Could pass by name": the row's name, read as a human reads it (diacritics, case, spaces,
 * hyphens, dots and commas ignored; a parenthesised part and an English given name set aside;
 * Khmer compared without spaces / zero-width spaces and with marks in canonical order), is
 * within one edit (Damerau) of one of the worker's listed forms: every romanization of every
 * word in either order (Khmer workers); the passport form, its swapped order, the forms listed
 * below, and every listed Khmer transliteration (foreign staff). A form that keeps only part of
 * the name (family name alone when an English name replaces the given name; Thai given name
 * alone; Vietnamese "An Nguyen"; Malay "Hafiz Ismail"; Indian "Rajesh K.") is a WEAK form.
 * "Ruled out" by a field present on both sides: sex differs; DOB neither equal nor within a
 * day/month swap or one digit; Khmer national IDs 2+ edits apart. A passport number is NOT a
 * rule-out (passports get renewed); a hidden foreign namesake is told apart by DOB or sex.
 *  1. A true row carries only its worker's variants: a listed form (with at most one typo in a
 *     word of 4+ letters, never on a weak form's English name), Khmer encoding variants; IDs
 *     exact or one slip (passports / work permits also re-cased, spaced or dashed); DOB exact
 *     or day/month swapped; sex right or missing. Extra variation modelled, still recognisable:
 *     weak forms always come with the exact DOB; a renewed passport always comes with the exact
 *     DOB (registered DOB present) and a strong form of the name without typo.
 *  2. Registered workers sharing any listed form (weak forms included) never share a DOB and are
 *     more than a swap or one digit apart.
 *  3. A hidden row either could not pass by name for any registered worker, or is ruled out from
 *     every one it could pass for.
 *  4. Nothing leaks the truth: rows and the register shuffled, on-site ids random v4 UUIDs from
 *     the seeded PRNG, recordedAt increasing in row order, worker ids given after shuffling.
 *  5. Undecidable true rows (another registered worker matching the name as well, not ruled out,
 *     no ID / NSSF to tell them apart) stay under 4 %: where common names leave too many, the
 *     inspector asked the date of birth (or the ID card) of some such rows — as a careful
 *     inspector does — and hidden namesakes got theirs the same way.
 */
import type { Roster } from './generate';
import type { RegisteredWorker, OnsiteWorker } from '../../src/protocol';
import { rng as makeRng, type Rng } from './prng';
import * as NM from './fiftieth-names';
import type { FTok, KhWord } from './fiftieth-names';

export const FIFTIETH_LABEL =
  'foreign staff on the register: passport names and numbers, English names, Khmer transliterations, renewed passports';

type Sex = 'M' | 'F';
type Nat = 'KH' | 'CN' | 'KR' | 'MYC' | 'VN' | 'PH' | 'TH' | 'MY' | 'IN';
type IdKind = 'nid' | 'passport' | 'wp';
type Source = 'csv' | 'manual' | 'id-card';

type NameSpec =
  | { t: 'KH'; fam: KhWord; giv: KhWord[] }
  | { t: 'SINO'; nat: 'CN' | 'KR' | 'MYC'; fam: string; giv: string[] }
  | { t: 'VN'; fam: FTok; mid: FTok; giv: FTok }
  | { t: 'PH'; first: FTok; mid: FTok | null; sur: FTok }
  | { t: 'TH'; giv: FTok; sur: FTok }
  | { t: 'MY'; first: FTok | null; second: FTok; bin: FTok; father: FTok }
  | { t: 'IN'; giv: FTok; sur: FTok };

interface Person {
  nat: Nat;
  sex: Sex;
  dob: string;
  name: NameSpec;
  en: string | null;
  idKind: IdKind;
  id: string;
}

interface LForm {
  kind: string;
  toks: string[];
  weak: boolean;
}

export interface RowMeta {
  hidden: boolean;
  namesake: boolean;
  nat: Nat;
  script: 'kh' | 'lat';
  form: string;
  weak: boolean;
  typo: boolean;
  enc: string | null;
  swapOrder: boolean;
  dobSwap: boolean;
  idSlip: boolean;
  idFmt: boolean;
  nssfSlip: boolean;
  renewed: boolean;
  revealed: string | null;
}

interface Row {
  person: Person;
  reg: number | null;
  name: string;
  nationalId: string | null;
  nssfNumber: string | null;
  sex: Sex | null;
  dob: string | null;
  source: Source;
  m: RowMeta;
  dropped?: boolean;
}

// ------------------------------------------------------------------ small helpers

const EN_SET = new Set([...NM.EN_M, ...NM.EN_F]);
const KH_GIVEN_F = NM.KH_GIVEN.filter((w) => w.sex !== 'M');
const KH_GIVEN_M = NM.KH_GIVEN.filter((w) => w.sex !== 'F');
const KH_PREFIX_F = NM.KH_GIVEN_PREFIX.filter((w) => w.sex !== 'M');
const KH_PREFIX_M = NM.KH_GIVEN_PREFIX.filter((w) => w.sex !== 'F');
const KH_SECOND_F = NM.KH_GIVEN_SECOND.filter((w) => w.sex !== 'M');
const KH_SECOND_M = NM.KH_GIVEN_SECOND.filter((w) => w.sex !== 'F');
const bySex = <T extends { sex?: string }>(xs: T[], s: Sex) => xs.filter((x) => x.sex === undefined || x.sex === 'U' || x.sex === s);

function weighted<T extends string>(r: Rng, ws: [T, number][]): T {
  let tot = 0;
  for (const [, w] of ws) tot += w;
  let u = r.next() * tot;
  for (const [k, w] of ws) {
    u -= w;
    if (u < 0) return k;
  }
  return ws[ws.length - 1][0];
}

function digits(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(Math.floor(r.next() * 10));
  return s;
}
const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const letter = (r: Rng) => LETTERS[Math.floor(r.next() * LETTERS.length)];

function product<T>(lists: T[][]): T[][] {
  let out: T[][] = [[]];
  for (const l of lists) {
    const next: T[][] = [];
    for (const p of out) for (const x of l) next.push([...p, x]);
    out = next;
  }
  return out;
}

const romPick = (r: Rng, lat: string[]) => (r.chance(0.65) ? lat[0] : r.pick(lat));
const tokAlts = (t: FTok) => [t.lat, ...(t.alt ?? [])];

// ------------------------------------------------------------------ dates

const pad2 = (n: number) => String(n).padStart(2, '0');
function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
function randDate(r: Rng, y0: number, y1: number): string {
  const y = r.int(y0, y1);
  const m = r.int(1, 12);
  const d = r.int(1, daysIn(y, m));
  return `${y}-${pad2(m)}-${pad2(d)}`;
}
/** Day and month swapped, or null when that is no other valid date. */
export function swapDob(d: string): string | null {
  const y = d.slice(0, 4);
  const m = Number(d.slice(5, 7));
  const dd = Number(d.slice(8, 10));
  if (dd > 12 || dd === m) return null;
  return `${y}-${pad2(dd)}-${pad2(m)}`;
}
function digitDiff(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < 10; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) n++;
  return n;
}
/** Digits differing between a with day and month swapped and b, or 99 when a has no swap. */
function swapDiff(a: string, b: string): number {
  const m = (a.charCodeAt(5) - 48) * 10 + a.charCodeAt(6) - 48;
  const d = (a.charCodeAt(8) - 48) * 10 + a.charCodeAt(9) - 48;
  if (d > 12 || d === m) return 99;
  let n = 0;
  for (let i = 0; i < 4; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) n++;
  if (a.charCodeAt(8) !== b.charCodeAt(5)) n++;
  if (a.charCodeAt(9) !== b.charCodeAt(6)) n++;
  if (a.charCodeAt(5) !== b.charCodeAt(8)) n++;
  if (a.charCodeAt(6) !== b.charCodeAt(9)) n++;
  return n;
}
/** Equal, one digit apart, or a day/month swap (of either, within one digit): a human could not tell them apart. */
export function dobClose(a: string, b: string): boolean {
  return digitDiff(a, b) <= 1 || swapDiff(a, b) <= 1 || swapDiff(b, a) <= 1;
}

// ------------------------------------------------------------------ ids

export const idNorm = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');
const looksForeignId = (s: string) => /[A-Za-z]/.test(s);

/** One edit apart at most (insert, delete, substitute, or swap two neighbours). */
export function osa1(a: string, b: string): boolean {
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

function passport(r: Rng, nat: Nat): string {
  switch (nat) {
    case 'CN':
      return r.chance(0.7) ? 'E' + digits(r, 8) : 'E' + letter(r) + digits(r, 7);
    case 'MY':
    case 'MYC':
      return r.pick(['A', 'H']) + digits(r, 8);
    case 'PH':
      return r.chance(0.6) ? 'P' + digits(r, 7) + letter(r) : r.pick(['EB', 'EC', 'AB']) + digits(r, 7);
    case 'TH':
      return r.pick(['AA', 'AB', 'AC', 'AD', 'AE']) + digits(r, 7);
    case 'VN':
      return r.pick(['B', 'C', 'N']) + digits(r, 7);
    case 'KR':
      return r.chance(0.8) ? 'M' + digits(r, 8) : 'M' + digits(r, 3) + letter(r) + digits(r, 4);
    case 'IN':
      return r.pick(['J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'U', 'V', 'Z']) + digits(r, 7);
    default:
      return r.pick(['0', '1', '2']) + digits(r, 8);
  }
}

/** One slip on a digit: two neighbours swapped or one mistyped. */
function slip(r: Rng, s: string): string {
  const pos: number[] = [];
  for (let i = 0; i < s.length; i++) if (s[i] >= '0' && s[i] <= '9') pos.push(i);
  for (let tries = 0; tries < 20; tries++) {
    if (r.chance(0.45)) {
      const i = r.pick(pos);
      const j = i + 1;
      if (j < s.length && s[j] >= '0' && s[j] <= '9' && s[i] !== s[j]) return s.slice(0, i) + s[j] + s[i] + s.slice(j + 1);
    } else {
      const i = r.pick(pos);
      let d = String(r.int(0, 9));
      if (d === s[i]) d = String((Number(d) + 1 + r.int(0, 8)) % 10);
      if (d !== s[i]) return s.slice(0, i) + d + s.slice(i + 1);
    }
  }
  return s;
}

/** A passport or work-permit number as a sheet writes it: spaces, dashes, case. */
function fmtForeignId(r: Rng, id: string, kind: IdKind): string {
  if (kind === 'wp') {
    const [, y, n] = id.split('-');
    return weighted(r, [
      [`WP${y}${n}`, 3],
      [`WP ${y} ${n}`, 2],
      [`wp-${y}-${n}`, 2],
      [`WP/${y}/${n}`, 1],
      [`WP-${y}-${n}`.toLowerCase().replace('wp', 'Wp'), 1],
    ]);
  }
  const m = /^([A-Z]+)(.*)$/.exec(id);
  const pre = m ? m[1] : '';
  const rest = m ? m[2] : id;
  return weighted(r, [
    [id.toLowerCase(), 3],
    [`${pre} ${rest}`, 3],
    [`${pre}-${rest}`, 2],
    [`${pre} ${rest.slice(0, 4)} ${rest.slice(4)}`, 1],
    [`${pre.toLowerCase()} ${rest}`, 1],
  ]);
}

// ------------------------------------------------------------------ Khmer text

function isKhMark(c: number): boolean {
  return (c >= 0x17b6 && c <= 0x17d3 && c !== 0x17d2) || c === 0x17dd;
}
function khRank(c: number): number {
  if (c === 0x17c9 || c === 0x17ca || c === 0x17cc) return 1;
  if (c >= 0x17b6 && c <= 0x17c5) return 2;
  return 3;
}
/** Khmer text as a human compares it: no spaces or zero-width characters, marks in canonical order. */
export function khNorm(s: string): string {
  const cps: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x1780 && c <= 0x17ff) cps.push(c);
  }
  const out: number[] = [];
  let i = 0;
  while (i < cps.length) {
    out.push(cps[i]);
    i++;
    const units: { rank: number; cps: number[] }[] = [];
    while (i < cps.length) {
      const c = cps[i];
      if (c === 0x17d2 && i + 1 < cps.length) {
        units.push({ rank: 0, cps: [c, cps[i + 1]] });
        i += 2;
      } else if (isKhMark(c)) {
        units.push({ rank: khRank(c), cps: [c] });
        i++;
      } else break;
    }
    if (units.length > 1) units.sort((a, b) => a.rank - b.rank);
    for (const u of units) out.push(...u.cps);
  }
  return String.fromCodePoint(...out);
}

/** Khmer written another way: zero-width spaces, no space, or marks typed in another order. */
function khVariant(r: Rng, s: string): { s: string; enc: string | null } {
  let out = s;
  const encs: string[] = [];
  if (r.chance(0.12)) {
    const tries = r.shuffle([0, 1, 2]);
    for (const t of tries) {
      let next = out;
      if (t === 0) next = out.replace(/([\u1780-\u17A2])(\u17D2[\u1780-\u17A2])([\u17B6-\u17C5])/, '$1$3$2');
      else if (t === 1) next = out.replace(/\u17BB\u17C6/, '\u17C6\u17BB').replace(/\u17B6\u17C6/, '\u17C6\u17B6');
      else next = out.replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/, '$2$1');
      if (next !== out) {
        out = next;
        encs.push('order');
        break;
      }
    }
  }
  const u = r.next();
  if (out.includes(' ')) {
    if (u < 0.15) {
      out = out.split(' ').join('\u200B');
      encs.push('zwsp');
    } else if (u < 0.23) {
      out = out.split(' ').join('');
      encs.push('nospace');
    }
  }
  return { s: out, enc: encs.length ? encs.join('+') : null };
}

// ------------------------------------------------------------------ Latin text as a human reads it

/** The name as a human compares it: 'L:' + letters of the Latin name (English names and brackets set aside) or 'K:' + Khmer. */
export function humanKey(s: string): string {
  if (/[\u1780-\u17FF]/.test(s)) return 'K:' + khNorm(s);
  const t = s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/\([^)]*\)/g, ' ');
  const toks = t.split(/[^A-Z]+/).filter((x) => x && !EN_SET.has(x));
  return 'L:' + toks.join('');
}
const latKey = (toks: string[]) => 'L:' + toks.join('').replace(/[^A-Z]/g, '');

// ------------------------------------------------------------------ the forms of a name

function sinoGivKh(n: { nat: string; giv: string[] }): string[] {
  const per = n.giv.map((g) => NM.SYL_KH[g]);
  return product(per).map((p) => p.join(n.nat === 'CN' ? '' : ' '));
}

/** Every Latin form a sheet may write for this name (before case, spacing, diacritics, typos). */
export function latinForms(n: NameSpec): LForm[] {
  const out: LForm[] = [];
  const push = (kind: string, toks: string[], weak = false) => out.push({ kind, toks, weak });
  switch (n.t) {
    case 'KH':
      for (const f of n.fam.lat)
        for (const g of product(n.giv.map((w) => w.lat))) {
          push('fg', [f, ...g]);
          push('gf', [...g, f]);
        }
      break;
    case 'SINO':
      push('full', [n.fam, ...n.giv]);
      push('swap', [...n.giv, n.fam]);
      push('en-replace', [n.fam], true);
      break;
    case 'VN':
      push('full', [n.fam.lat, n.mid.lat, n.giv.lat]);
      push('west', [n.mid.lat, n.giv.lat, n.fam.lat]);
      push('short', [n.giv.lat, n.fam.lat], true);
      break;
    case 'PH': {
      const sur = n.sur.lat.split(' ');
      push('full', [n.first.lat, ...(n.mid ? [n.mid.lat] : []), ...sur]);
      push('comma', [...sur, n.first.lat, ...(n.mid ? [n.mid.lat] : [])]);
      if (n.mid) {
        push('initial', [n.first.lat, n.mid.lat[0], ...sur]);
        push('dropped', [n.first.lat, ...sur]);
      }
      break;
    }
    case 'TH':
      for (const g of tokAlts(n.giv)) {
        for (const s of tokAlts(n.sur)) {
          push('full', [g, s]);
          push('swap', [s, g]);
        }
        push('given-only', [g], true);
      }
      break;
    case 'MY': {
      const firsts: (string | null)[] = n.first ? tokAlts(n.first) : [null];
      for (const f of firsts) {
        const fs = f ? [f] : [];
        push('full', [...fs, n.second.lat, n.bin.lat, n.father.lat]);
        push('bin-dropped', [...fs, n.second.lat, n.father.lat]);
      }
      push('short', [n.second.lat, n.father.lat], true);
      break;
    }
    case 'IN':
      push('full', [n.giv.lat, n.sur.lat]);
      push('swap', [n.sur.lat, n.giv.lat]);
      push('given-initial', [n.giv.lat, n.sur.lat[0]], true);
      break;
  }
  return out;
}

/** Every Khmer form: the Khmer name (either order) or every listed transliteration by sound. */
export function khForms(n: NameSpec): string[] {
  switch (n.t) {
    case 'KH': {
      const g = n.giv.map((w) => w.kh).join('');
      return [`${n.fam.kh} ${g}`, `${g} ${n.fam.kh}`];
    }
    case 'SINO':
      return product([NM.SYL_KH[n.fam], sinoGivKh(n)]).map((p) => p.join(' '));
    case 'VN':
      return product([n.fam.kh, n.mid.kh, n.giv.kh]).map((p) => p.join(' '));
    case 'PH':
      return product([n.first.kh, ...(n.mid ? [n.mid.kh] : []), n.sur.kh]).map((p) => p.join(' '));
    case 'TH':
      return product([n.giv.kh, n.sur.kh]).map((p) => p.join(' '));
    case 'MY':
      return product([...(n.first ? [n.first.kh] : []), n.second.kh, n.bin.kh, n.father.kh]).map((p) => p.join(' '));
    case 'IN':
      return product([n.giv.kh, n.sur.kh]).map((p) => p.join(' '));
  }
}

export interface NameKeys {
  keys: string[];
  weak: boolean[];
}
/** A worker's listed forms as keys; a key that is also a strong form counts as strong. */
function specSig(n: NameSpec): string {
  switch (n.t) {
    case 'KH':
      return `KH|${n.fam.kh}|${n.giv.map((w) => w.kh).join('|')}`;
    case 'SINO':
      return `${n.nat}|${n.fam}|${n.giv.join('|')}`;
    case 'VN':
      return `VN|${n.fam.lat}|${n.mid.lat}|${n.giv.lat}`;
    case 'PH':
      return `PH|${n.first.lat}|${n.mid?.lat ?? ''}|${n.sur.lat}`;
    case 'TH':
    case 'IN':
      return `${n.t}|${n.giv.lat}|${n.sur.lat}`;
    case 'MY':
      return `MY|${n.first?.lat ?? ''}|${n.second.lat}|${n.bin.lat}|${n.father.lat}`;
  }
}
/** nameKeys, computed once per distinct name. */
export function nameKeysCached(n: NameSpec, cache: Map<string, NameKeys>): NameKeys {
  const sig = specSig(n);
  let k = cache.get(sig);
  if (!k) {
    k = nameKeys(n);
    cache.set(sig, k);
  }
  return k;
}
export function nameKeys(n: NameSpec): NameKeys {
  const m = new Map<string, boolean>();
  if (n.t === 'KH') {
    // Fast path for Khmer workers: every romanization of every word, either order.
    const gs: string[] = [];
    if (n.giv.length === 1) gs.push(...n.giv[0].lat);
    else for (const a of n.giv[0].lat) for (const b of n.giv[1].lat) gs.push(a + b);
    for (const f of n.fam.lat)
      for (const g of gs) {
        m.set('L:' + f + g, false);
        m.set('L:' + g + f, false);
      }
  } else
    for (const f of latinForms(n)) {
      const k = latKey(f.toks);
      m.set(k, (m.get(k) ?? true) && f.weak);
    }
  // The listed Khmer spellings are in canonical order (the self-check audits it), so only spaces go.
  for (const s of khForms(n)) m.set('K:' + s.split(' ').join(''), false);
  return { keys: [...m.keys()], weak: [...m.values()] };
}

// ------------------------------------------------------------------ persons

function makeKhName(r: Rng, sex: Sex): NameSpec {
  const fam = r.pickSkewed(NM.KH_FAMILY, 1.5);
  if (r.chance(0.42)) return { t: 'KH', fam, giv: [r.pickSkewed(sex === 'F' ? KH_GIVEN_F : KH_GIVEN_M, 1.3)] };
  const pre = r.pickSkewed(sex === 'F' ? KH_PREFIX_F : KH_PREFIX_M, 1.2);
  let sec = r.pick(sex === 'F' ? KH_SECOND_F : KH_SECOND_M);
  while (sec.kh === pre.kh) sec = r.pick(sex === 'F' ? KH_SECOND_F : KH_SECOND_M);
  return { t: 'KH', fam, giv: [pre, sec] };
}

function makeForeignName(r: Rng, nat: Nat, sex: Sex): NameSpec {
  switch (nat) {
    case 'CN': {
      const fam = r.pickSkewed(NM.CN_FAMILY, 1.8);
      const pool = sex === 'M' ? NM.CN_GIVEN_M : NM.CN_GIVEN_F;
      if (r.chance(0.6)) return { t: 'SINO', nat, fam, giv: [r.pickSkewed(pool, 1.6)] };
      const a = r.pick(NM.CN_GIVEN_FIRST);
      let b = r.pick(pool);
      while (b === a) b = r.pick(pool);
      return { t: 'SINO', nat, fam, giv: [a, b] };
    }
    case 'KR':
      return { t: 'SINO', nat, fam: r.pickSkewed(NM.KR_FAMILY, 1.8), giv: [...r.pickSkewed(sex === 'M' ? NM.KR_GIVEN_M : NM.KR_GIVEN_F, 1.4)] };
    case 'MYC':
      return { t: 'SINO', nat, fam: r.pickSkewed(NM.MYC_FAMILY, 1.5), giv: [...r.pick(sex === 'M' ? NM.MYC_GIVEN_M : NM.MYC_GIVEN_F)] };
    case 'VN':
      return {
        t: 'VN',
        fam: r.pickSkewed(NM.VN_FAMILY, 2.2),
        mid: r.pickSkewed(bySex(NM.VN_MIDDLE, sex), 1.5),
        giv: r.pick(bySex(NM.VN_GIVEN, sex)),
      };
    case 'PH': {
      const sur = r.pickSkewed(NM.PH_SURNAME, 1.4);
      let mid: FTok | null = null;
      if (r.chance(0.85)) {
        mid = r.pick(bySex(NM.PH_MIDDLE, sex));
        if (mid.lat === sur.lat) mid = null;
      }
      return { t: 'PH', first: r.pickSkewed(bySex(NM.PH_FIRST, sex), 1.3), mid, sur };
    }
    case 'TH':
      return { t: 'TH', giv: r.pickSkewed(bySex(NM.TH_GIVEN, sex), 1.3), sur: r.pick(NM.TH_SURNAME) };
    case 'MY': {
      const first = sex === 'M' ? (r.chance(0.75) ? r.pickSkewed(NM.MY_FIRST_M, 1.5) : null) : r.chance(0.7) ? r.pick(NM.MY_FIRST_F) : null;
      let father = r.pick(NM.MY_FATHER);
      while (first && father.lat === first.lat) father = r.pick(NM.MY_FATHER);
      return {
        t: 'MY',
        first,
        second: r.pick(sex === 'M' ? NM.MY_SECOND_M : NM.MY_SECOND_F),
        bin: sex === 'M' ? NM.MY_BIN : NM.MY_BINTI,
        father,
      };
    }
    default: {
      const surs = sex === 'M' ? NM.IN_SURNAME : NM.IN_SURNAME.filter((s) => s.sex !== 'M');
      return { t: 'IN', giv: r.pick(bySex(NM.IN_GIVEN, sex)), sur: r.pickSkewed(surs, 1.4) };
    }
  }
}

const NATS: [Nat, number][] = [
  ['CN', 35],
  ['PH', 14],
  ['VN', 13],
  ['KR', 9],
  ['IN', 9],
  ['TH', 8],
  ['MY', 6],
  ['MYC', 6],
];

interface Ctx {
  r: Rng;
  usedIds: Set<string>;
  usedNssf: Set<string>;
}

function newId(c: Ctx, nat: Nat, kind: IdKind): string {
  for (;;) {
    const id = kind === 'wp' ? `WP-${c.r.int(2019, 2024)}-${digits(c.r, 6)}` : passport(c.r, nat);
    if (!c.usedIds.has(idNorm(id))) {
      c.usedIds.add(idNorm(id));
      return id;
    }
  }
}

function makePerson(c: Ctx, foreign: boolean, like?: Person): Person {
  const r = c.r;
  if (!foreign) {
    const sex: Sex = like ? like.sex : r.chance(0.78) ? 'F' : 'M';
    const name = like ? like.name : makeKhName(r, sex);
    return { nat: 'KH', sex, dob: randDate(r, 1972, 2006), name, en: null, idKind: 'nid', id: newId(c, 'KH', 'nid') };
  }
  const nat: Nat = like ? like.nat : weighted(r, NATS);
  const sex: Sex = like ? like.sex : r.chance(nat === 'PH' ? 0.45 : 0.58) ? 'M' : 'F';
  const name = like ? like.name : makeForeignName(r, nat, sex);
  const enRate = nat === 'CN' ? 0.5 : nat === 'KR' ? 0.3 : nat === 'MYC' ? 0.6 : 0;
  const en = r.chance(enRate) ? r.pick(sex === 'M' ? NM.EN_M : NM.EN_F) : null;
  const idKind: IdKind = r.chance(0.15) ? 'wp' : 'passport';
  return { nat, sex, dob: randDate(r, 1966, 1999), name, en, idKind, id: newId(c, nat, idKind) };
}

// ------------------------------------------------------------------ rendering a name

const title = (w: string) => w.toLowerCase().replace(/(^|[\s(,.-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

function applyCase(r: Rng, words: string[], style: 'upper' | 'title' | 'lower'): string {
  return words
    .map((w) => {
      if (style === 'upper') return w.toUpperCase();
      if (style === 'lower') return w.toLowerCase();
      if ((w === 'BIN' || w === 'BINTI') && r.chance(0.6)) return w.toLowerCase();
      return title(w);
    })
    .join(' ');
}

function typoWord(r: Rng, w: string): string {
  const KB: Record<string, string> = {
    A: 'SQ', B: 'VN', C: 'XV', D: 'SF', E: 'WR', F: 'DG', G: 'FH', H: 'GJ', I: 'UO', J: 'HK', K: 'JL', L: 'K', M: 'N',
    N: 'BM', O: 'IP', P: 'O', Q: 'W', R: 'ET', S: 'AD', T: 'RY', U: 'YI', V: 'CB', W: 'QE', X: 'ZC', Y: 'TU', Z: 'X',
  };
  for (let tries = 0; tries < 20; tries++) {
    const kind = r.int(0, 3);
    const i = r.int(1, w.length - 1);
    let out = w;
    if (kind === 0) out = w.slice(0, i) + r.pick([...(KB[w[i]] ?? 'E')]) + w.slice(i + 1);
    else if (kind === 1) out = w.slice(0, i) + w.slice(i + 1);
    else if (kind === 2) out = w.slice(0, i) + w[i] + w.slice(i);
    else if (i + 1 < w.length && w[i] !== w[i + 1]) out = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    if (out !== w && !EN_SET.has(out)) return out;
  }
  return w;
}

const FORM_W: Record<Exclude<Nat, 'KH'>, [string, number][]> = {
  CN: [['full', 35], ['swap', 20], ['en-replace', 12], ['en-paren', 8], ['khmer', 15]],
  KR: [['full', 35], ['swap', 25], ['en-replace', 10], ['en-paren', 5], ['khmer', 15]],
  MYC: [['full', 35], ['swap', 20], ['en-replace', 12], ['en-paren', 5], ['en-front', 8], ['khmer', 10]],
  VN: [['full', 60], ['west', 10], ['short', 10], ['khmer', 15]],
  PH: [['full', 35], ['initial', 20], ['dropped', 20], ['comma', 10], ['khmer', 10]],
  TH: [['full', 50], ['swap', 10], ['given-only', 20], ['khmer', 15]],
  MY: [['full', 30], ['bin-dropped', 20], ['mohd', 15], ['short', 15], ['khmer', 10]],
  IN: [['full', 50], ['swap', 15], ['given-initial', 15], ['khmer', 15]],
};
const WEAK_KINDS = new Set(['en-replace', 'short', 'given-only', 'given-initial']);

interface Rendered {
  name: string;
  script: 'kh' | 'lat';
  form: string;
  weak: boolean;
  typo: boolean;
  enc: string | null;
  swapOrder: boolean;
}

function renderKhmerOf(r: Rng, n: NameSpec): string {
  switch (n.t) {
    case 'KH':
      return `${n.fam.kh} ${n.giv.map((w) => w.kh).join('')}`;
    case 'SINO': {
      const giv = n.giv.map((g) => r.pick(NM.SYL_KH[g])).join(n.nat === 'CN' || r.chance(0.5) ? '' : ' ');
      return `${r.pick(NM.SYL_KH[n.fam])} ${giv}`;
    }
    case 'VN':
      return [n.fam, n.mid, n.giv].map((t) => r.pick(t.kh)).join(' ');
    case 'PH':
      return [n.first, ...(n.mid ? [n.mid] : []), n.sur].map((t) => r.pick(t.kh)).join(' ');
    case 'TH':
    case 'IN':
      return [n.giv, n.sur].map((t) => r.pick(t.kh)).join(' ');
    case 'MY':
      return [...(n.first ? [n.first] : []), n.second, n.bin, n.father].map((t) => r.pick(t.kh)).join(' ');
  }
}

/** The passport form (register's Latin field). */
function passportName(r: Rng, p: Person): string {
  const n = p.name;
  switch (n.t) {
    case 'KH': {
      const g = n.giv.map((w) => romPick(r, w.lat));
      return `${romPick(r, n.fam.lat)} ${g.join(g.length > 1 && r.chance(0.3) ? ' ' : '')}`;
    }
    case 'SINO':
      return [n.fam, ...(n.nat === 'CN' || (n.nat === 'KR' && r.chance(0.3)) ? [n.giv.join('')] : n.giv)].join(' ');
    case 'VN':
      return `${n.fam.lat} ${n.mid.lat} ${n.giv.lat}`;
    case 'PH':
      return [n.first.lat, ...(n.mid ? [n.mid.lat] : []), n.sur.lat].join(' ');
    case 'TH':
    case 'IN':
      return `${n.giv.lat} ${n.sur.lat}`;
    case 'MY':
      return [...(n.first ? [n.first.lat] : []), n.second.lat, n.bin.lat, n.father.lat].join(' ');
  }
}

function renderName(r: Rng, p: Person, strongOnly: boolean, allowTypo: boolean): Rendered {
  const n = p.name;
  if (n.t === 'KH') {
    if (r.chance(0.45)) {
      const swap = r.chance(0.03);
      const g = n.giv.map((w) => w.kh).join('');
      const v = khVariant(r, swap ? `${g} ${n.fam.kh}` : `${n.fam.kh} ${g}`);
      return { name: v.s, script: 'kh', form: swap ? 'kh-gf' : 'kh-fg', weak: false, typo: false, enc: v.enc, swapOrder: swap };
    }
    const fam = romPick(r, n.fam.lat);
    const gs = n.giv.map((w) => romPick(r, w.lat));
    const u = r.next();
    const giv = gs.length === 1 ? [gs[0]] : u < 0.55 ? [gs.join('')] : u < 0.95 ? gs : [gs.join('-')];
    const swap = r.chance(0.2);
    const words = swap ? [...giv, fam] : [fam, ...giv];
    const typo = allowTypo && r.chance(0.03) && typoInPlace(r, words);
    const style = weighted(r, [['upper', 50], ['title', 45], ['lower', 5]] as ['upper' | 'title' | 'lower', number][]);
    return { name: applyCase(r, words, style), script: 'lat', form: swap ? 'gf' : 'fg', weak: false, typo, enc: null, swapOrder: swap };
  }
  const nat = p.nat as Exclude<Nat, 'KH'>;
  const avail = FORM_W[nat].filter(([k]) => {
    if (strongOnly && (WEAK_KINDS.has(k) || k === 'khmer')) return false;
    if (k.startsWith('en-') && !p.en) return false;
    if ((k === 'initial' || k === 'dropped') && n.t === 'PH' && !n.mid) return false;
    if (k === 'mohd' && !(n.t === 'MY' && n.first?.alt)) return false;
    return true;
  });
  const kind = weighted(r, avail);
  if (kind === 'khmer') {
    const v = khVariant(r, renderKhmerOf(r, n));
    return { name: v.s, script: 'kh', form: 'khmer', weak: false, typo: false, enc: v.enc, swapOrder: false };
  }
  let words: string[] = [];
  let vnDia = false;
  const en = p.en ?? '';
  switch (n.t) {
    case 'SINO': {
      const u = r.next();
      // CN passports join the given syllables (XIAOMING), KR ones space them; sheets do either, or hyphenate.
      const [sp, jn] = n.nat === 'MYC' ? [0.85, 1] : n.nat === 'CN' ? [0.2, 0.9] : [0.4, 0.75];
      const gw = n.giv.length === 1 ? n.giv : u < sp ? n.giv : u < jn ? [n.giv.join('')] : [n.giv.join('-')];
      if (kind === 'full') words = [n.fam, ...gw];
      else if (kind === 'swap') words = [...gw, n.fam];
      else if (kind === 'en-replace') words = [en, n.fam];
      else if (kind === 'en-paren') words = [n.fam, ...gw, `(${en})`];
      else words = [en, n.fam, ...gw];
      break;
    }
    case 'VN': {
      vnDia = r.chance(0.35);
      if (kind === 'full') words = [n.fam.lat, n.mid.lat, n.giv.lat];
      else if (kind === 'west') words = [n.mid.lat, n.giv.lat, n.fam.lat];
      else words = [n.giv.lat, n.fam.lat];
      break;
    }
    case 'PH': {
      const sur = r.chance(0.2) && n.sur.lat.includes(' ') ? [n.sur.lat.replace(/ /g, '')] : n.sur.lat.split(' ');
      const mid = n.mid ? [n.mid.lat] : [];
      if (kind === 'full') words = [n.first.lat, ...mid, ...sur];
      else if (kind === 'initial') words = [n.first.lat, n.mid!.lat[0] + (r.chance(0.7) ? '.' : ''), ...sur];
      else if (kind === 'dropped') words = [n.first.lat, ...sur];
      else {
        const s = [...sur];
        s[s.length - 1] += ',';
        words = [...s, n.first.lat, ...mid];
      }
      break;
    }
    case 'TH': {
      const g = r.chance(0.75) ? n.giv.lat : r.pick(tokAlts(n.giv));
      const s = r.chance(0.75) ? n.sur.lat : r.pick(tokAlts(n.sur));
      words = kind === 'full' ? [g, s] : kind === 'swap' ? [s, g] : [g];
      break;
    }
    case 'MY': {
      const f = n.first ? [kind === 'mohd' ? 'MOHD' : n.first.lat] : [];
      if (kind === 'full') words = [...f, n.second.lat, n.bin.lat, n.father.lat];
      else if (kind === 'bin-dropped') words = [...f, n.second.lat, n.father.lat];
      else if (kind === 'mohd') words = r.chance(0.6) ? [...f, n.second.lat, n.bin.lat, n.father.lat] : [...f, n.second.lat, n.father.lat];
      else words = [n.second.lat, n.father.lat];
      break;
    }
    case 'IN':
      if (kind === 'full') words = [n.giv.lat, n.sur.lat];
      else if (kind === 'swap') words = [n.sur.lat, n.giv.lat];
      else words = [n.giv.lat, n.sur.lat[0] + (r.chance(0.5) ? '.' : '')];
      break;
  }
  const weak = WEAK_KINDS.has(kind);
  const typo = allowTypo && r.chance(0.03) && typoInPlace(r, words);
  const style = weighted(r, [['upper', 45], ['title', 50], ['lower', 5]] as ['upper' | 'title' | 'lower', number][]);
  let name = applyCase(r, words, style);
  if (vnDia && n.t === 'VN' && !typo) {
    const dia = new Map<string, string>([n.fam, n.mid, n.giv].map((t) => [t.lat, t.dia ?? t.lat]));
    const dw = words.map((w) => dia.get(w) ?? w);
    name = style === 'upper' ? dw.join(' ').toUpperCase() : style === 'lower' ? dw.join(' ').toLowerCase() : dw.join(' ');
    if (r.chance(0.3)) name = name.normalize('NFD');
  }
  const swapOrder = kind === 'swap' || kind === 'west' || kind === 'comma';
  return { name, script: 'lat', form: kind, weak, typo, enc: vnDia && !typo ? 'diacritics' : null, swapOrder };
}

/** One typo in one word of 4+ plain letters (never an English name); true when made. */
function typoInPlace(r: Rng, words: string[]): boolean {
  const idx = words.map((w, i) => (/^[A-Z]{4,}$/.test(w) && !EN_SET.has(w) ? i : -1)).filter((i) => i >= 0);
  if (!idx.length) return false;
  const i = r.pick(idx);
  const t = typoWord(r, words[i]);
  if (t === words[i]) return false;
  words[i] = t;
  return true;
}

// ------------------------------------------------------------------ matching by name (who a row could pass for)

// Strings are compared through a 32-bit polynomial hash (so the hash of a string with one
// character deleted comes from prefix and suffix hashes); every hit is then checked on the strings.
const HB = 0x01000193;
let pw = new Int32Array(0);
let pre = new Int32Array(0);
let suf = new Int32Array(0);
function hashes(s: string, out: number[]): number {
  const n = s.length;
  if (pw.length < n + 2) {
    const m = 2 * (n + 2);
    pw = new Int32Array(m);
    pre = new Int32Array(m);
    suf = new Int32Array(m);
    pw[0] = 1;
    for (let i = 1; i < m; i++) pw[i] = Math.imul(pw[i - 1], HB);
  }
  pre[0] = 0;
  for (let i = 0; i < n; i++) pre[i + 1] = (Math.imul(pre[i], HB) + s.charCodeAt(i)) | 0;
  suf[n] = 0;
  for (let i = n - 1; i >= 0; i--) suf[i] = (Math.imul(s.charCodeAt(i), pw[n - 1 - i]) + suf[i + 1]) | 0;
  out.length = 0;
  // From index 2 on: the 'L:' / 'K:' prefix stays.
  for (let i = 2; i < n; i++) {
    if (i > 2 && s.charCodeAt(i) === s.charCodeAt(i - 1)) continue;
    out.push((Math.imul(pre[i], pw[n - 1 - i]) + suf[i + 1]) | 0);
  }
  return pre[n];
}

/**
 * For each query key: the registered workers it could pass for by name, with the level of the
 * match (0 = a strong listed form, 1 = a weak listed form, 2 = one edit from a listed form).
 */
export function passFor(allQueries: string[], reg: NameKeys[]): Map<number, number>[] {
  // Rows with the same written key share one answer.
  const uniq = new Map<string, number>();
  const queries: string[] = [];
  const qOf = allQueries.map((q) => {
    let u = uniq.get(q);
    if (u === undefined) {
      u = queries.length;
      uniq.set(q, u);
      queries.push(q);
    }
    return u;
  });
  const exact = new Map<number, number[]>();
  const del = new Map<number, number[]>();
  const add = (m: Map<number, number[]>, k: number, q: number) => {
    const l = m.get(k);
    if (l) {
      if (l[l.length - 1] !== q) l.push(q);
    } else m.set(k, [q]);
  };
  const dels: number[] = [];
  queries.forEach((q, qi) => {
    add(exact, hashes(q, dels), qi);
    for (const d of dels) add(del, d, qi);
  });
  // Each distinct key once, then out to every worker who has it (namesakes share their keys).
  const byNames = new Map<NameKeys, number[]>();
  reg.forEach((nk, ri) => {
    const l = byNames.get(nk);
    if (l) l.push(ri);
    else byNames.set(nk, [ri]);
  });
  const groups = [...byNames.values()];
  const owners = new Map<string, number[]>();
  let gi = 0;
  for (const { keys, weak } of byNames.keys()) {
    for (let ki = 0; ki < keys.length; ki++) {
      const l = owners.get(keys[ki]);
      const v = gi * 2 + (weak[ki] ? 1 : 0);
      if (l) l.push(v);
      else owners.set(keys[ki], [v]);
    }
    gi++;
  }
  const res: Map<number, number>[] = queries.map(() => new Map());
  const ownKeys = [...owners.keys()];
  const ownLists = [...owners.values()];
  const stamp = new Int32Array(queries.length);
  const fq: number[] = [];
  const fe: number[] = [];
  const take = (l: number[] | undefined, k: string, gen: number, edit: number) => {
    if (!l) return;
    for (let j = 0; j < l.length; j++) {
      const q = l[j];
      if (stamp[q] === gen) continue;
      if (edit ? osa1(queries[q], k) : queries[q] === k) {
        stamp[q] = gen;
        fq.push(q);
        fe.push(edit);
      }
    }
  };
  for (let oi = 0; oi < ownKeys.length; oi++) {
    const gen = oi + 1;
    const k = ownKeys[oi];
    fq.length = 0;
    fe.length = 0;
    const h = hashes(k, dels);
    take(exact.get(h), k, gen, 0);
    take(del.get(h), k, gen, 1);
    for (let j = 0; j < dels.length; j++) {
      take(exact.get(dels[j]), k, gen, 1);
      take(del.get(dels[j]), k, gen, 1);
    }
    if (!fq.length) continue;
    const own = ownLists[oi];
    for (let j = 0; j < fq.length; j++) {
      const m = res[fq[j]];
      for (const v of own) {
        const lvl = fe[j] ? 2 : v & 1;
        for (const ri of groups[v >> 1]) {
          const cur = m.get(ri);
          if (cur === undefined || lvl < cur) m.set(ri, lvl);
        }
      }
    }
  }
  return qOf.map((u) => res[u]);
}

interface RowFields {
  name: string;
  nationalId: string | null;
  nssfNumber: string | null;
  sex: Sex | null;
  dateOfBirth?: string | null;
  dob?: string | null;
}
const rowDob = (x: RowFields) => (x.dateOfBirth !== undefined ? x.dateOfBirth : (x.dob ?? null));

/** A field present on both sides tells the row apart from this registered worker. */
export function ruledOut(row: RowFields, w: RegisteredWorker): boolean {
  if (row.sex && w.sex && row.sex !== w.sex) return true;
  const d = rowDob(row);
  if (d && w.dateOfBirth && !dobClose(d, w.dateOfBirth)) return true;
  if (row.nationalId && w.nationalId && !looksForeignId(w.nationalId) && !osa1(idNorm(row.nationalId), idNorm(w.nationalId))) return true;
  return false;
}

/** The row's ID or NSSF number points to the true worker and not to the other. */
export function toldApart(row: RowFields, truth: RegisteredWorker, other: RegisteredWorker): boolean {
  const ids: [string | null, string | null, string | null][] = [
    [row.nationalId, truth.nationalId, other.nationalId],
    [row.nssfNumber, truth.nssfNumber, other.nssfNumber],
  ];
  for (const [a, t, o] of ids) {
    if (a && t && osa1(idNorm(a), idNorm(t)) && (!o || !osa1(idNorm(a), idNorm(o)))) return true;
  }
  return false;
}

export function undecidable(row: RowFields, truthIdx: number, pf: Map<number, number>, regs: RegisteredWorker[]): boolean {
  const tl = pf.get(truthIdx);
  if (tl === undefined) return true;
  for (const [wi, lvl] of pf) {
    if (wi === truthIdx || lvl > tl) continue;
    if (ruledOut(row, regs[wi])) continue;
    if (toldApart(row, regs[truthIdx], regs[wi])) continue;
    return true;
  }
  return false;
}

// ------------------------------------------------------------------ rows

function makeRow(c: Ctx, p: Person, reg: RegisteredWorker | null, regIdx: number | null, namesake: boolean): Row {
  const r = c.r;
  const foreign = p.nat !== 'KH';
  const m: RowMeta = {
    hidden: reg === null,
    namesake,
    nat: p.nat,
    script: 'lat',
    form: '',
    weak: false,
    typo: false,
    enc: null,
    swapOrder: false,
    dobSwap: false,
    idSlip: false,
    idFmt: false,
    nssfSlip: false,
    renewed: false,
    revealed: null,
  };
  const row: Row = { person: p, reg: regIdx, name: '', nationalId: null, nssfNumber: null, sex: null, dob: null, source: 'csv', m };
  const src = r.next();
  row.source = src < (foreign ? 0.03 : 0.04) ? 'id-card' : src < 0.18 ? 'manual' : 'csv';
  if (row.source === 'id-card') {
    // An ID card or passport read on the spot: the name as printed, the number, the date of birth.
    row.name = foreign ? passportName(r, p) : renderKhmerOf(r, p.name);
    m.script = foreign ? 'lat' : 'kh';
    m.form = 'id-card';
    row.nationalId = p.id;
    if (foreign && reg && reg.nationalId && reg.dateOfBirth && p.idKind === 'passport' && r.chance(0.15)) {
      row.nationalId = newId(c, p.nat, 'passport');
      m.renewed = true;
    }
    row.dob = p.dob;
    row.sex = p.sex;
    return row;
  }
  // A fifth of foreign rows come from the staff file: name in full, DOB and passport number.
  const staffFile = foreign && r.chance(0.22);
  const rn = renderName(r, p, staffFile, !staffFile);
  row.name = rn.name;
  m.script = rn.script;
  m.form = rn.form;
  m.weak = rn.weak;
  m.typo = rn.typo;
  m.enc = rn.enc;
  m.swapOrder = rn.swapOrder;
  const dobPresent = staffFile || rn.weak || r.chance(0.75);
  if (dobPresent) {
    row.dob = p.dob;
    const sw = swapDob(p.dob);
    if (!staffFile && !rn.weak && sw && r.chance(0.04)) {
      row.dob = sw;
      m.dobSwap = true;
    }
  }
  const idPresent = staffFile || r.chance(foreign ? (dobPresent ? 0.6 : 0.8) : dobPresent ? 0.3 : 0.7);
  if (idPresent) {
    let id = p.id;
    if (staffFile && reg && reg.nationalId && reg.dateOfBirth && p.idKind === 'passport' && r.chance(0.8)) {
      id = newId(c, p.nat, 'passport');
      m.renewed = true;
    } else if (r.chance(foreign ? 0.03 : 0.04)) {
      id = slip(r, id);
      m.idSlip = true;
    }
    if (foreign && r.chance(0.45)) {
      id = fmtForeignId(r, id, p.idKind);
      m.idFmt = true;
    }
    row.nationalId = id;
  }
  if (reg?.nssfNumber && r.chance(0.21)) {
    row.nssfNumber = reg.nssfNumber;
    if (r.chance(0.03)) {
      row.nssfNumber = slip(r, reg.nssfNumber);
      m.nssfSlip = true;
    }
  }
  if (r.chance(0.75)) row.sex = p.sex;
  return row;
}

// ------------------------------------------------------------------ the roster

export interface Internal {
  roster: Roster;
  /** workerId → the person behind the register line. */
  regPerson: Map<string, Person>;
  /** on-site id → how the row was made. */
  rowMeta: Map<string, RowMeta>;
  counts: { absent: number; revealedTrue: number; revealedHidden: number; droppedHidden: number };
}

function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(Math.floor(r.next() * 256));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function generateInternal(size: number, seed: number): Internal {
  const r = makeRng(seed * 7919 + 50);
  const c: Ctx = { r, usedIds: new Set(), usedNssf: new Set() };

  // --- the register
  const nForeign = Math.round(size * (0.12 + 0.06 * r.next()));
  const persons: Person[] = [];
  for (let i = 0; i < size; i++) persons.push(makePerson(c, i < nForeign));
  const keyCache = new Map<string, NameKeys>();
  const keys = persons.map((p) => nameKeysCached(p.name, keyCache));
  // Rule 2: workers sharing a listed form get dates of birth a human tells apart.
  const byKey = new Map<string, number[]>();
  persons.forEach((p, i) => {
    const near = new Set<number>();
    for (const k of keys[i].keys) {
      const l = byKey.get(k);
      if (l) {
        for (const j of l) near.add(j);
        l.push(i);
      } else byKey.set(k, [i]);
    }
    if (!near.size) return;
    const y0 = p.nat === 'KH' ? 1972 : 1966;
    const y1 = p.nat === 'KH' ? 2006 : 1999;
    const ns = [...near];
    for (let t = 0; t < 500 && ns.some((j) => dobClose(persons[j].dob, p.dob)); t++) p.dob = randDate(r, y0, y1);
  });
  const regs: RegisteredWorker[] = persons.map((p) => {
    const foreign = p.nat !== 'KH';
    let nssf: string;
    do nssf = '1' + digits(r, 9);
    while (c.usedNssf.has(nssf));
    c.usedNssf.add(nssf);
    let nameKh: string;
    if (foreign) nameKh = r.chance(0.34) ? '' : renderKhmerOf(r, p.name);
    else {
      nameKh = renderKhmerOf(r, p.name);
      if (r.chance(0.05)) nameKh = nameKh.split(' ').join('\u200B');
    }
    const hireYear = Math.max(Number(p.dob.slice(0, 4)) + 18, 2012);
    return {
      workerId: '',
      nssfNumber: r.chance(0.95) ? nssf : null,
      nationalId: r.chance(foreign ? 0.95 : 0.9) ? p.id : null,
      nameKh,
      nameLatin: foreign || r.chance(0.85) ? passportName(r, p) : null,
      sex: r.chance(0.985) ? p.sex : null,
      dateOfBirth: r.chance(0.99) ? p.dob : null,
      hireDate: hireYear <= 2025 ? randDate(r, hireYear, 2025).replace(/^2025-(0[6-9]|1[0-2])/, '2025-05') : null,
      wageRiel: r.chance(0.97) ? (foreign ? r.int(200, 800) * 10_000 : r.int(820, 1300) * 1000) : null,
    };
  });

  // --- on site: the present registered workers, then the hidden ones
  const rows: Row[] = [];
  let absent = 0;
  for (let i = 0; i < size; i++) {
    if (r.chance(0.05)) {
      absent++;
      continue;
    }
    rows.push(makeRow(c, persons[i], regs[i], i, false));
  }
  const hiddenRate = 0.06 + 0.025 * r.next();
  const nHidden = Math.round((rows.length * hiddenRate) / (1 - hiddenRate));
  for (let h = 0; h < nHidden; h++) {
    const foreign = r.chance(0.25);
    const namesake = r.chance(0.4);
    let like: Person | undefined;
    if (namesake) {
      const lo = foreign ? 0 : nForeign;
      const hi = foreign ? nForeign - 1 : size - 1;
      if (hi >= lo) like = persons[r.int(lo, hi)];
    }
    const p = makePerson(c, foreign, like);
    rows.push(makeRow(c, p, null, null, !!like));
  }

  // --- who each row could pass for by name
  // Only rows that may need a field: hidden rows, and true rows without a usable date of birth.
  const probe = rows.map((row, i) => (row.reg === null || !row.dob || !regs[row.reg].dateOfBirth ? i : -1)).filter((i) => i >= 0);
  const pfProbe = passFor(
    probe.map((i) => humanKey(rows[i].name)),
    keys,
  );
  const pf: (Map<number, number> | undefined)[] = new Array(rows.length);
  probe.forEach((i, j) => (pf[i] = pfProbe[j]));
  const asFields = (row: Row): RowFields => row;

  // Rule 3: a hidden namesake is told apart by a field on both sides (the inspector asked for it).
  let revealedHidden = 0;
  let droppedHidden = 0;
  rows.forEach((row, i) => {
    if (row.reg !== null) return;
    const cands = [...pf[i]!.keys()];
    const open = () => cands.filter((w) => !ruledOut(asFields(row), regs[w]));
    if (!open().length) return;
    const mechs = r.shuffle(row.person.nat === 'KH' ? ['dob', 'sex', 'id'] : ['dob', 'sex']);
    for (const mech of mechs) {
      if (mech === 'dob' && !row.dob) row.dob = row.person.dob;
      else if (mech === 'sex' && !row.sex) row.sex = row.person.sex;
      else if (mech === 'id' && !row.nationalId) row.nationalId = row.person.id;
      else continue;
      row.m.revealed = (row.m.revealed ? row.m.revealed + '+' : '') + mech;
      if (!open().length) break;
    }
    if (open().length) {
      // A new arrival's own date of birth, far from every namesake's.
      row.dob = row.person.dob;
      for (let t = 0; t < 500 && open().length; t++) {
        row.person.dob = randDate(r, row.person.nat === 'KH' ? 1972 : 1966, row.person.nat === 'KH' ? 2006 : 1999);
        row.dob = row.person.dob;
      }
      row.m.dobSwap = false;
    }
    if (open().length) {
      row.dropped = true;
      droppedHidden++;
    } else if (row.m.revealed) revealedHidden++;
  });

  // Rule 5: where common names leave a true row undecidable, the inspector asked the DOB or the ID card.
  let revealedTrue = 0;
  const trueCount = rows.filter((row) => row.reg !== null).length;
  const und = probe.filter((i) => rows[i].reg !== null && undecidable(asFields(rows[i]), rows[i].reg!, pf[i]!, regs));
  const target = Math.floor(trueCount * 0.018);
  r.shuffle(und);
  let left = und.length;
  for (const i of und) {
    if (left <= target) break;
    const row = rows[i];
    const w = regs[row.reg!];
    if (w.dateOfBirth && row.dob !== w.dateOfBirth) {
      row.dob = w.dateOfBirth;
      row.m.dobSwap = false;
      row.m.revealed = 'dob';
    } else if (w.nationalId && !row.nationalId) {
      row.nationalId = w.nationalId;
      row.m.revealed = 'id';
    } else continue;
    revealedTrue++;
    if (!undecidable(asFields(row), row.reg!, pf[i]!, regs)) left--;
  }

  // --- shuffle, then ids
  const order = r.shuffle(persons.map((_, i) => i));
  const workerIdOf: string[] = new Array(size);
  const regPerson = new Map<string, Person>();
  const registered: RegisteredWorker[] = order.map((pi, k) => {
    const id = `W${String(k + 1).padStart(6, '0')}`;
    workerIdOf[pi] = id;
    regPerson.set(id, persons[pi]);
    return { ...regs[pi], workerId: id };
  });
  const kept = r.shuffle(rows.filter((row) => !row.dropped));
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  const rowMeta = new Map<string, RowMeta>();
  let t = Date.UTC(2025, 5, 12, 1, 0, 0);
  let csvRow = 0;
  for (const row of kept) {
    t += 1000 * r.int(4, 40);
    const id = uuid(r);
    onsite.push({
      id,
      visitId: 'visit-fiftieth',
      name: row.name,
      nationalId: row.nationalId,
      nssfNumber: row.nssfNumber,
      sex: row.sex,
      dateOfBirth: row.dob,
      source: row.source,
      sourceRow: row.source === 'csv' ? ++csvRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, row.reg === null ? null : workerIdOf[row.reg]);
    rowMeta.set(id, row.m);
  }
  return { roster: { registered, onsite, truth }, regPerson, rowMeta, counts: { absent, revealedTrue, revealedHidden, droppedHidden } };
}

export function generateFiftieth(size: number, seed: number): Roster {
  return generateInternal(size, seed).roster;
}

// ------------------------------------------------------------------ self-check

async function selfCheck(): Promise<void> {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  const { RegisteredWorker: RegSchema, OnsiteWorker: OnSchema } = await import('../../src/protocol');
  const failures: string[] = [];
  const check = (ok: boolean, what: string) => {
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
    if (!ok) failures.push(what);
  };
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + '%' : '-');

  const t0 = performance.now();
  const g = generateInternal(size, seed);
  const genMs = performance.now() - t0;
  const { registered, onsite, truth } = g.roster;
  const regIdx = new Map(registered.map((w, i) => [w.workerId, i]));
  const persons = registered.map((w) => g.regPerson.get(w.workerId)!);
  const metas = onsite.map((o) => g.rowMeta.get(o.id)!);

  // ---- shape
  console.log(`fiftieth: ${FIFTIETH_LABEL}`);
  console.log(`size ${size}, seed ${seed}, generated in ${genMs.toFixed(0)} ms`);
  const foreignReg = persons.filter((p) => p.nat !== 'KH');
  const natCount = (ps: { nat: Nat }[]) => {
    const m = new Map<string, number>();
    for (const p of ps) m.set(p.nat, (m.get(p.nat) ?? 0) + 1);
    return [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
  };
  console.log(`register: ${registered.length} workers, foreign ${foreignReg.length} (${pct(foreignReg.length, registered.length)}): ${natCount(foreignReg)}`);
  const khReg = registered.filter((_, i) => persons[i].nat === 'KH');
  const frReg = registered.filter((_, i) => persons[i].nat !== 'KH');
  console.log(
    `  Khmer: Latin name missing ${pct(khReg.filter((w) => !w.nameLatin).length, khReg.length)}, national ID missing ${pct(khReg.filter((w) => !w.nationalId).length, khReg.length)}; foreign: Khmer field empty ${pct(frReg.filter((w) => !w.nameKh).length, frReg.length)}, work-permit numbers ${pct(frReg.filter((w) => w.nationalId?.startsWith('WP')).length, frReg.length)}; DOB missing ${pct(registered.filter((w) => !w.dateOfBirth).length, registered.length)}, NSSF missing ${pct(registered.filter((w) => !w.nssfNumber).length, registered.length)}`,
  );
  const hiddenN = metas.filter((m) => m.hidden).length;
  const trueN = onsite.length - hiddenN;
  console.log(
    `on site: ${onsite.length} rows, ${trueN} registered present, ${hiddenN} hidden (${pct(hiddenN, onsite.length)}; foreign ${metas.filter((m) => m.hidden && m.nat !== 'KH').length}, namesakes ${metas.filter((m) => m.hidden && m.namesake).length}), absent registered ${g.counts.absent} (${pct(g.counts.absent, registered.length)})`,
  );
  const khRows = onsite.map((o, i) => ({ o, m: metas[i] })).filter((x) => x.m.nat === 'KH');
  const frRows = onsite.map((o, i) => ({ o, m: metas[i] })).filter((x) => x.m.nat !== 'KH');
  const rate = (xs: typeof khRows, f: (x: (typeof khRows)[number]) => boolean) => pct(xs.filter(f).length, xs.length);
  console.log(
    `  Khmer rows (${khRows.length}): Khmer script ${rate(khRows, (x) => x.m.script === 'kh')} (zwsp ${rate(khRows, (x) => !!x.m.enc?.includes('zwsp'))}, no space ${rate(khRows, (x) => !!x.m.enc?.includes('nospace'))}, code-point order ${rate(khRows, (x) => !!x.m.enc?.includes('order'))}), order swapped ${rate(khRows, (x) => x.m.swapOrder)}, typo ${rate(khRows, (x) => x.m.typo)}, upper case ${rate(khRows, (x) => x.m.script === 'lat' && x.o.name === x.o.name.toUpperCase())}`,
  );
  console.log(
    `    DOB ${rate(khRows, (x) => !!x.o.dateOfBirth)} (swapped ${rate(khRows, (x) => x.m.dobSwap)}), national ID ${rate(khRows, (x) => !!x.o.nationalId)} (slip ${rate(khRows, (x) => x.m.idSlip)}), NSSF ${rate(khRows, (x) => !!x.o.nssfNumber)} (slip ${rate(khRows, (x) => x.m.nssfSlip)}), sex ${rate(khRows, (x) => !!x.o.sex)}, from ID card ${rate(khRows, (x) => x.o.source === 'id-card')}`,
  );
  const forms = new Map<string, number>();
  for (const x of frRows) forms.set(x.m.form, (forms.get(x.m.form) ?? 0) + 1);
  console.log(`  foreign rows (${frRows.length}: ${natCount(frRows.map((x) => x.m))})`);
  console.log(`    name forms: ${[...forms].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${pct(v, frRows.length)}`).join(', ')}`);
  console.log(
    `    weak forms ${rate(frRows, (x) => x.m.weak)}, Khmer transliteration ${rate(frRows, (x) => x.m.script === 'kh')}, diacritics ${rate(frRows, (x) => x.m.enc === 'diacritics')}, typo ${rate(frRows, (x) => x.m.typo)}`,
  );
  const frTrue = frRows.filter((x) => !x.m.hidden);
  console.log(
    `    passport/WP number ${rate(frRows, (x) => !!x.o.nationalId)} (reformatted ${rate(frRows, (x) => x.m.idFmt)}, slip ${rate(frRows, (x) => x.m.idSlip)}), renewed passport ${pct(frTrue.filter((x) => x.m.renewed).length, frTrue.length)} of foreign true rows, DOB ${rate(frRows, (x) => !!x.o.dateOfBirth)}, sex ${rate(frRows, (x) => !!x.o.sex)}`,
  );
  console.log(
    `  fields asked on site: ${g.counts.revealedTrue} true rows (${pct(g.counts.revealedTrue, trueN)}), ${g.counts.revealedHidden} hidden rows; hidden rows dropped as untellable ${g.counts.droppedHidden}`,
  );
  console.log(`  sources: ${['csv', 'manual', 'id-card'].map((s) => `${s} ${pct(onsite.filter((o) => o.source === s).length, onsite.length)}`).join(', ')}`);

  // ---- data sanity
  console.log('audit:');
  const allKh: string[] = [
    ...NM.KH_FAMILY.map((w) => w.kh),
    ...NM.KH_GIVEN.map((w) => w.kh),
    ...NM.KH_GIVEN_PREFIX.map((w) => w.kh),
    ...NM.KH_GIVEN_SECOND.map((w) => w.kh),
    ...Object.values(NM.SYL_KH).flat(),
    ...[NM.VN_FAMILY, NM.VN_MIDDLE, NM.VN_GIVEN, NM.PH_FIRST, NM.PH_MIDDLE, NM.PH_SURNAME, NM.TH_GIVEN, NM.TH_SURNAME, NM.MY_FIRST_M, NM.MY_FIRST_F, NM.MY_SECOND_M, NM.MY_SECOND_F, NM.MY_FATHER, NM.IN_GIVEN, NM.IN_SURNAME, [NM.MY_BIN, NM.MY_BINTI]]
      .flat()
      .flatMap((t) => t.kh),
  ];
  const badKh = allKh.filter((s) => khNorm(s) !== s.replace(/ /g, '') || /[^\u1780-\u17FF ]/.test(s));
  check(badKh.length === 0, `Khmer spellings in canonical code-point order (${allKh.length} strings${badKh.length ? '; bad: ' + badKh.join(' ') : ''})`);
  const vr = makeRng(99);
  let badVar = 0;
  for (const s of allKh.concat(NM.KH_FAMILY.map((w) => `${w.kh} ស្រីមុំ`))) {
    for (let i = 0; i < 20; i++) if (khNorm(khVariant(vr, s).s) !== khNorm(s)) badVar++;
  }
  check(badVar === 0, 'Khmer encoding variants read back to the same name');
  const latToks = new Set<string>();
  for (const p of persons) for (const f of latinForms(p.name)) for (const t of f.toks) for (const x of t.split(/[^A-Z]+/)) latToks.add(x);
  for (const w of [...NM.KH_FAMILY, ...NM.KH_GIVEN, ...NM.KH_GIVEN_PREFIX, ...NM.KH_GIVEN_SECOND]) for (const l of w.lat) latToks.add(l);
  const enClash = [...EN_SET].filter((e) => latToks.has(e));
  check(enClash.length === 0, `English names never a token of a listed name${enClash.length ? ': ' + enClash.join(',') : ''}`);

  // ---- who each row could pass for, read from the written name
  const regKeys = persons.map((p) => nameKeys(p.name));
  const t1 = performance.now();
  const pf = passFor(
    onsite.map((o) => humanKey(o.name)),
    regKeys,
  );
  console.log(`  (name matching for the audit: ${(performance.now() - t1).toFixed(0)} ms)`);

  // ---- rule 1
  const r1: Record<string, number> = { name: 0, id: 0, renewal: 0, nssf: 0, dob: 0, sex: 0 };
  let renewals = 0;
  onsite.forEach((o, i) => {
    const wid = truth.get(o.id);
    if (!wid) return;
    const wi = regIdx.get(wid)!;
    const w = registered[wi];
    const lvl = pf[i].get(wi);
    if (lvl === undefined) r1.name++;
    if (o.nationalId && w.nationalId && !osa1(idNorm(o.nationalId), idNorm(w.nationalId))) {
      renewals++;
      const ok = looksForeignId(w.nationalId) && !w.nationalId.startsWith('WP') && o.dateOfBirth === w.dateOfBirth && lvl === 0;
      if (!ok) r1.renewal++;
    }
    if (o.nssfNumber && w.nssfNumber && !osa1(o.nssfNumber, w.nssfNumber)) r1.nssf++;
    if (o.dateOfBirth && w.dateOfBirth && o.dateOfBirth !== w.dateOfBirth && swapDob(w.dateOfBirth) !== o.dateOfBirth) r1.dob++;
    if (o.sex && w.sex && o.sex !== w.sex) r1.sex++;
    if (metas[i].weak && o.dateOfBirth !== w.dateOfBirth && w.dateOfBirth) r1.name++;
  });
  check(
    Object.values(r1).every((v) => v === 0),
    `rule 1: true rows carry only plausible variants (${renewals} renewed passports, each with exact DOB and a strong name form) ${JSON.stringify(r1)}`,
  );

  // ---- rule 2
  const byKey = new Map<string, number[]>();
  regKeys.forEach((k, i) => {
    for (const key of k.keys) {
      const l = byKey.get(key);
      if (l) l.push(i);
      else byKey.set(key, [i]);
    }
  });
  let r2 = 0;
  let namesakeGroups = 0;
  const seenPair = new Set<string>();
  for (const l of byKey.values()) {
    if (l.length < 2) continue;
    namesakeGroups++;
    for (let a = 0; a < l.length; a++)
      for (let b = a + 1; b < l.length; b++) {
        const da = registered[l[a]].dateOfBirth;
        const db = registered[l[b]].dateOfBirth;
        if (da && db && dobClose(da, db)) {
          const key = `${l[a]}-${l[b]}`;
          if (!seenPair.has(key)) {
            seenPair.add(key);
            r2++;
          }
        }
      }
  }
  const withNamesake = new Set<number>();
  for (const l of byKey.values()) if (l.length > 1) for (const i of l) withNamesake.add(i);
  check(r2 === 0, `rule 2: registered namesakes' DOBs more than a swap or one digit apart (${pct(withNamesake.size, registered.length)} of workers share a listed form with another; ${r2} close pairs)`);

  // ---- rule 3
  let r3 = 0;
  let hiddenCouldPass = 0;
  onsite.forEach((o, i) => {
    if (truth.get(o.id) !== null) return;
    if (pf[i].size) hiddenCouldPass++;
    for (const wi of pf[i].keys()) if (!ruledOut(o, registered[wi])) {
      r3++;
      break;
    }
  });
  check(r3 === 0, `rule 3: every hidden row is ruled out from each worker it could pass for (${hiddenCouldPass} of ${hiddenN} could pass by name for someone; ${r3} not ruled out)`);

  // ---- rule 4
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const idsOk = onsite.every((o) => uuidRe.test(o.id)) && new Set(onsite.map((o) => o.id)).size === onsite.length;
  const timesOk = onsite.every((o, i) => i === 0 || o.recordedAt > onsite[i - 1].recordedAt);
  const n = onsite.length;
  const pairs = onsite.map((o, i) => [i, truth.get(o.id)] as const).filter((x): x is readonly [number, string] => !!x[1]);
  const spearman = (() => {
    const xs = pairs.map((p) => p[0]);
    const ys = pairs.map((p) => regIdx.get(p[1])!);
    const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
    const my = ys.reduce((a, b) => a + b, 0) / ys.length;
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let i = 0; i < xs.length; i++) {
      sxy += (xs[i] - mx) * (ys[i] - my);
      sxx += (xs[i] - mx) ** 2;
      syy += (ys[i] - my) ** 2;
    }
    return sxy / Math.sqrt(sxx * syy);
  })();
  const hidFirst = onsite.slice(0, n >> 1).filter((o) => truth.get(o.id) === null).length;
  const hidSecond = hiddenN - hidFirst;
  const frFirst = persons.slice(0, size >> 1).filter((p) => p.nat !== 'KH').length;
  const frSecond = foreignReg.length - frFirst;
  const balanced = (a: number, b: number) => Math.abs(a - b) <= 4 * Math.sqrt(a + b) + 2;
  check(
    idsOk && timesOk && Math.abs(spearman) < Math.max(0.03, 4 / Math.sqrt(pairs.length)) && balanced(hidFirst, hidSecond) && balanced(frFirst, frSecond),
    `rule 4: v4 UUIDs unique ${idsOk}, recordedAt increasing ${timesOk}, row order vs register order r=${spearman.toFixed(3)}, hidden rows first/second half ${hidFirst}/${hidSecond}, foreign register lines first/second half ${frFirst}/${frSecond}`,
  );

  // ---- rule 5
  let und = 0;
  let undFr = 0;
  onsite.forEach((o, i) => {
    const wid = truth.get(o.id);
    if (!wid) return;
    if (undecidable(o, regIdx.get(wid)!, pf[i], registered)) {
      und++;
      if (metas[i].nat !== 'KH') undFr++;
    }
  });
  check(und / trueN < 0.04, `rule 5: undecidable true rows ${und} (${pct(und, trueN)}, foreign ${undFr}) < 4%`);

  // ---- schemas
  const sr = makeRng(seed + 1);
  let bad = 0;
  for (let i = 0; i < 300; i++) {
    if (!RegSchema.safeParse(sr.pick(registered)).success) bad++;
    if (!OnSchema.safeParse(sr.pick(onsite)).success) bad++;
  }
  const badAll = onsite.filter((o) => !OnSchema.safeParse(o).success).length + registered.filter((w) => !RegSchema.safeParse(w).success).length;
  check(bad === 0 && badAll === 0, `schemas: zod safeParse of a 600-record sample and of every record (${badAll} invalid)`);
  const truthOk = truth.size === onsite.length && [...truth.values()].every((v) => v === null || regIdx.has(v));
  check(truthOk, 'truth: one entry per on-site row, each a registered workerId or null');

  // ---- determinism
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const a = ser(g.roster);
  check(a === ser(generateFiftieth(size, seed)), 'determinism: same seed, same roster');
  check(a !== ser(generateFiftieth(size, seed + 1)), 'determinism: another seed, another roster');

  // ---- time
  const t2 = performance.now();
  generateFiftieth(10000, seed);
  const ms = performance.now() - t2;
  check(ms < 2000, `time: 10,000 registered generated in ${ms.toFixed(0)} ms (< 2000)`);

  console.log(failures.length ? `FAIL (${failures.length})` : 'PASS');
  if (failures.length) process.exit(1);
}

if (process.argv[1]?.endsWith('fiftieth.ts')) {
  selfCheck().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
