/**
 * Blind benchmark roster `fortyfourth`: a register whose sex column cannot be trusted.
 *
 * Story. The fund's register was loaded from old employer declarations whose sex column was often
 * left at its default: the form defaulted to F, so over a third of registered men carry 'F', and a
 * few registered women carry 'M' (≈ 18-22 % of the register is wrong overall). The on-site sheet
 * was typed from the workers' ID cards, so its sex is right whenever present (≈ 90 % of rows).
 * Hidden workers are mostly the brothers of registered sisters (same family name, a masculine given
 * name), namesakes of the other sex (Sophea, Sokha, Chantha ... are given to both), namesakes of the
 * same sex, and people whose names are not on the register at all.
 *
 * Model (rates per on-site row unless said otherwise; the self-check prints the measured ones):
 *  - register: Khmer name always, Latin name on ≈ 90 % (one romanization, Title or UPPER case),
 *    national ID always, NSSF number ≈ 98 %, DOB always, recorded sex always (wrong as above).
 *  - ≈ 5 % of registered workers are absent; hidden workers are ≈ 7 % of on-site rows: brothers of
 *    registered women ≈ 35 % (sister's family name, a masculine given name), other-sex namesakes of a
 *    registered worker with a unisex given name ≈ 25 %, same-sex namesakes ≈ 15 %, any name ≈ 25 %.
 *    Hidden rows show DOB / national ID at the same rates as true rows, except that one whose name
 *    fits a registered worker and shows neither is given one (the ID ≈ 88 % of the time), and its
 *    DOB is redrawn if it is within a swap / one digit of a namesake's (rule 3).
 *  - name: Khmer script ≈ 45 %, Latin ≈ 55 %. Latin: a listed romanization of each word (the
 *    register's own on ≈ 60 %), family/given swapped ≈ 20 %, UPPER ≈ 35 %, lower ≈ 5 %, one typo
 *    ≈ 6 % (substitution, deletion, insertion or adjacent transposition, never on the first letter,
 *    only in a word of 4+ letters). Khmer: ZWSP or no separator instead of the space (≈ 30 % / 15 %),
 *    register shifter typed after the vowel (៉/៊ order) on ≈ 35 % of words where it occurs, subscript
 *    (coeng) typed after the vowel on ≈ 30 % of words where it occurs, family/given swapped ≈ 8 %.
 *    (NFC and NFD are the same for Khmer code points, so no NFD variant is modelled.)
 *  - DOB on ≈ 75 % of rows (day/month swapped on ≈ 12 % of those where it can be). National ID on
 *    ≈ 40 %: the inspector asked for the ID card mostly where the sheet lacked a DOB (≈ 88 % of rows
 *    without DOB, ≈ 24 % of rows with one); one slip (transposition or mistyped digit) on ≈ 5 %.
 *    NSSF number on ≈ 20 % of true rows (slip ≈ 4 %); ≈ 4 % of hidden workers show an NSSF number
 *    from an earlier employer that is not on this register. Sex on ≈ 90 % of rows, always right.
 *
 * Fairness rules (audited by the self-check; "one edit" = one insertion, deletion, substitution or
 * adjacent transposition on the letters-only lower-cased Latin, or on the normalized Khmer):
 *  1. A true row carries only plausible variants of its registered worker: listed romanizations,
 *     either order, any case, at most one typo in one word of 4+ letters, Khmer encoding variants;
 *     IDs exact or one slip; DOB exact or day/month swapped; sex right or missing. EXTRA variation
 *     modelled (the theme): the REGISTER's sex is wrong for ≈ 20 % of workers, so ≈ 20 % of true rows
 *     that show a sex disagree with the register. A human still recognises them by name, DOB and IDs;
 *     the register's sex is documented here as unreliable and must not be used to reject a match.
 *  2. Registered namesakes (names within one edit of each other in any listed spelling or in Khmer)
 *     never have DOBs equal, a day/month swap, or one digit apart. All registered national IDs (and
 *     NSSF numbers) are pairwise 2+ edits apart, so an ID slip never lands on another worker.
 *  3. A hidden row either is not within one edit of any spelling variant of any registered name, or
 *     is ruled out from every registered worker it could pass for by DATE OF BIRTH (present on both
 *     sides, more than a swap / one digit apart) or NATIONAL ID (present on both sides, 2+ edits
 *     apart). Sex is NEVER used to rule a row out, since the register's sex cannot be trusted.
 *  4. Nothing leaks the truth: rows are shuffled, ids are random v4 UUIDs from the seeded PRNG,
 *     recordedAt increases in row order, registered worker ids are assigned after shuffling, and
 *     sources/sourceRows are assigned after shuffling.
 *  5. Undecidable true rows (another registered worker within one edit of the row's name whom no
 *     DOB, national ID or NSSF number present on both sides tells apart; sex not counted) < 4 %.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY44, GIVEN44 } from './fortyfourth-names';

export const FORTYFOURTH_LABEL =
  'untrusted register sex: ~20% of registered carry the wrong sex (men defaulted to F); hidden brothers of registered sisters and other-sex namesakes, told apart only by DOB or national ID';

type Sex = 'M' | 'F';
type HiddenType = 'brother' | 'other-sex' | 'same-sex' | 'fresh';

// ───────────────────────────── names: normalization, keys, index ─────────────────────────────

const SEPARATORS = /[\u200B\u200C\u200D\u2060\uFEFF\s]/g;
const KHMER = /[\u1780-\u17FF]/;

/** Khmer as a reader sees it: no separators, register shifter and subscript before the vowel. */
export function normKh44(s: string): string {
  let t = s.replace(SEPARATORS, '').normalize('NFC');
  let prev = '';
  while (t !== prev) {
    prev = t;
    t = t
      .replace(/([\u17B6-\u17C5])([\u17C9\u17CA])/g, '$2$1')
      .replace(/([\u17B6-\u17C5])(\u17D2[\u1780-\u17A2])/g, '$2$1')
      .replace(/\u17C6\u17B6/g, '\u17B6\u17C6');
  }
  return t;
}

const normLatin = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
export const normName44 = (s: string) => (KHMER.test(s) ? normKh44(s) : normLatin(s));

/** Optimal-string-alignment distance ≤ 1 (one insertion, deletion, substitution or transposition). */
export function within1(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (la === lb) {
    let i = 0;
    while (a[i] === b[i]) i++;
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  if (Math.abs(la - lb) !== 1) return false;
  const [s, t] = la > lb ? [a, b] : [b, a];
  let i = 0;
  while (i < t.length && s[i] === t[i]) i++;
  return s.slice(i + 1) === t.slice(i);
}

const NF = FAMILY44.length;
const NG = GIVEN44.length;
const pairOf = (f: number, g: number) => f * NG + g;
const famOf = (p: number) => Math.floor(p / NG);
const givOf = (p: number) => p % NG;

function computePairKeys(p: number): string[] {
  const fam = FAMILY44[famOf(p)];
  const giv = GIVEN44[givOf(p)];
  const keys = new Set<string>();
  for (const fv of fam.latin) {
    for (const gv of giv.latin) {
      keys.add(normLatin(fv + gv));
      keys.add(normLatin(gv + fv));
    }
  }
  keys.add(normKh44(fam.kh + giv.kh));
  keys.add(normKh44(giv.kh + fam.kh));
  return [...keys];
}

/**
 * Every (family, given) pair of the name lists, indexed by its keys (every spelling in both orders,
 * Latin and Khmer) and their one-deletion neighbours, to find the pairs a name is within one edit of.
 */
class PairIndex {
  readonly keys: string[][] = [];
  /** key or one-deletion string → the one pair it belongs to (most do), or a list in `many`. */
  private readonly one = new Map<string, number>();
  private readonly many = new Map<string, number[]>();
  private readonly memo = new Map<string, number[]>();
  private readonly neighbourMemo = new Map<number, number[]>();

  constructor() {
    for (let p = 0; p < NF * NG; p++) {
      const ks = computePairKeys(p);
      this.keys.push(ks);
      for (const k of ks) {
        this.add(k, p);
        for (let i = 0; i < k.length; i++) this.add(k.slice(0, i) + k.slice(i + 1), p);
      }
    }
  }

  private add(s: string, p: number) {
    const q = this.one.get(s);
    if (q === undefined) {
      this.one.set(s, p);
      return;
    }
    if (q === p) return;
    const list = this.many.get(s);
    if (!list) this.many.set(s, [p]);
    else if (list[list.length - 1] !== p) list.push(p);
  }

  /** Pairs with a key within one edit of the normalized name `q`. */
  pairsNear(q: string): number[] {
    const hit = this.memo.get(q);
    if (hit) return hit;
    const seen = new Set<number>();
    const out: number[] = [];
    const visit = (p: number) => {
      if (seen.has(p)) return;
      seen.add(p);
      if (this.keys[p].some((k) => within1(q, k))) out.push(p);
    };
    for (let i = -1; i < q.length; i++) {
      const s = i < 0 ? q : q.slice(0, i) + q.slice(i + 1);
      const p = this.one.get(s);
      if (p === undefined) continue;
      visit(p);
      const list = this.many.get(s);
      if (list) for (const x of list) visit(x);
    }
    this.memo.set(q, out);
    return out;
  }

  /** Pairs some key of which is within one edit of some key of `p` (p included). */
  neighbours(p: number): number[] {
    const hit = this.neighbourMemo.get(p);
    if (hit) return hit;
    const set = new Set<number>();
    for (const k of this.keys[p]) for (const q of this.pairsNear(k)) set.add(q);
    const out = [...set];
    this.neighbourMemo.set(p, out);
    return out;
  }
}

let INDEX: PairIndex | null = null;
const pairIndex = () => (INDEX ??= new PairIndex());

// ───────────────────────────── dates and ids ─────────────────────────────

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function swapDayMonth(d: string): string | null {
  const [y, m, dd] = d.split('-');
  if (Number(dd) > 12 || m === dd) return null;
  return `${y}-${dd}-${m}`;
}

/** Equal, day/month swapped, or one digit apart. */
export function dobClose(a: string, b: string): boolean {
  if (a === b || swapDayMonth(a) === b) return true;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++diff > 1) return false;
  return diff === 1;
}

function randomDob(r: Rng): string {
  const y = 2006 - Math.floor(39 * r.next() ** 1.7);
  const m = r.int(1, 12);
  return `${y}-${pad(m)}-${pad(r.int(1, daysIn(y, m)))}`;
}

function idSlipNeighbours(id: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < id.length; i++) {
    for (let c = 0; c <= 9; c++) {
      const ch = String(c);
      if (ch !== id[i]) out.push(id.slice(0, i) + ch + id.slice(i + 1));
    }
    if (i + 1 < id.length && id[i] !== id[i + 1]) out.push(id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2));
  }
  return out;
}

/**
 * A number of n digits with digit i zeroed, tagged with i: two numbers one digit apart (and only
 * they, or equal ones) share such a key. Numeric keys keep the sets small and the collector idle.
 */
function maskKeys(v: number, n: number): number[] {
  const out: number[] = [];
  for (let i = 0, p = 10 ** (n - 1); i < n; i++, p /= 10) out.push((v - (Math.floor(v / p) % 10) * p) * 16 + i);
  return out;
}
const exactKey = (v: number) => v * 16 + 15;

/** Numbers issued so far, kept so a new one can be drawn 2+ edits from all of them. */
class IdPool {
  private readonly keys = new Set<number>();
  /** Within one slip (equal, one digit changed, or two adjacent digits swapped) of a number issued. */
  near(s: string): boolean {
    const n = s.length;
    const v = Number(s);
    if (this.keys.has(exactKey(v))) return true;
    const digits: number[] = [];
    for (let i = 0; i < n; i++) digits.push(s.charCodeAt(i) - 48);
    for (let i = 0, p = 10 ** (n - 1); i < n; i++, p /= 10) {
      if (this.keys.has((v - digits[i] * p) * 16 + i)) return true;
      // adjacent transposition of digits i and i+1
      if (i + 1 < n && digits[i] !== digits[i + 1]) {
        const d = digits[i + 1] - digits[i];
        if (this.keys.has(exactKey(v + d * p - (d * p) / 10))) return true;
      }
    }
    return false;
  }
  add(s: string) {
    const v = Number(s);
    this.keys.add(exactKey(v));
    for (const k of maskKeys(v, s.length)) this.keys.add(k);
  }
  /** A fresh number 2+ edits from every number issued. */
  fresh(r: Rng, digits: number, prefix: string): string {
    for (;;) {
      let s = prefix;
      while (s.length < digits) s += String(r.int(0, 9));
      if (this.near(s)) continue;
      this.add(s);
      return s;
    }
  }
}

const dobValue = (d: string) => Number(d.slice(0, 4) + d.slice(5, 7) + d.slice(8, 10));

function slipId(r: Rng, id: string): string {
  if (r.chance(0.5)) {
    const spots: number[] = [];
    for (let i = 0; i + 1 < id.length; i++) if (id[i] !== id[i + 1]) spots.push(i);
    if (spots.length) {
      const i = r.pick(spots);
      return id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
    }
  }
  const i = r.int(0, id.length - 1);
  let c = id[i];
  while (c === id[i]) c = String(r.int(0, 9));
  return id.slice(0, i) + c + id.slice(i + 1);
}

function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(Math.floor(r.next() * 256));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ───────────────────────────── rendering names ─────────────────────────────

export interface NameMeta44 {
  script: 'kh' | 'latin';
  swapped: boolean;
  upper: boolean;
  lower: boolean;
  typo: boolean;
  /** Latin: a romanization other than the register's own (or the register has none). */
  otherRomanization: boolean;
  zwsp: boolean;
  noSeparator: boolean;
  shifterOrder: boolean;
  coengOrder: boolean;
}

function typoIn(r: Rng, s: string): string | null {
  const words = s.split(' ');
  const spots = words.map((_, i) => i).filter((i) => words[i].length >= 4);
  if (!spots.length) return null;
  const wi = r.pick(spots);
  const w = words[wi];
  const up = w === w.toUpperCase();
  const letter = () => {
    const c = 'abcdefghijklmnopqrstuvwxyz'[r.int(0, 25)];
    return up ? c.toUpperCase() : c;
  };
  const k = r.int(1, w.length - 1);
  let nw: string;
  switch (r.int(0, 3)) {
    case 0: {
      let c = letter();
      while (c.toLowerCase() === w[k].toLowerCase()) c = letter();
      nw = w.slice(0, k) + c + w.slice(k + 1);
      break;
    }
    case 1:
      nw = w.slice(0, k) + w.slice(k + 1);
      break;
    case 2:
      nw = w.slice(0, k) + letter() + w.slice(k);
      break;
    default:
      nw = k + 1 < w.length ? w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2) : w.slice(0, k);
  }
  if (nw.toLowerCase() === w.toLowerCase()) return null;
  words[wi] = nw;
  return words.join(' ');
}

const SHIFTER_THEN_VOWEL = /([\u17C9\u17CA])([\u17B6-\u17C5])/g;
const COENG_THEN_VOWEL = /(\u17D2[\u1780-\u17A2])([\u17B6-\u17C5])/g;

function khWord(r: Rng, w: string, m: NameMeta44): string {
  let t = w;
  if (/[\u17C9\u17CA][\u17B6-\u17C5]/.test(t) && r.chance(0.35)) {
    t = t.replace(SHIFTER_THEN_VOWEL, '$2$1');
    m.shifterOrder = true;
  }
  if (/\u17D2[\u1780-\u17A2][\u17B6-\u17C5]/.test(t) && r.chance(0.3)) {
    t = t.replace(COENG_THEN_VOWEL, '$2$1');
    m.coengOrder = true;
  }
  return t;
}

function blankMeta(script: 'kh' | 'latin'): NameMeta44 {
  return {
    script, swapped: false, upper: false, lower: false, typo: false, otherRomanization: false,
    zwsp: false, noSeparator: false, shifterOrder: false, coengOrder: false,
  };
}

/** An on-site rendering of pair p; `regLatin` is the register's [family, given] romanization index. */
function renderName(r: Rng, p: number, regLatin: [number, number] | null): { name: string; meta: NameMeta44 } {
  const fam = FAMILY44[famOf(p)];
  const giv = GIVEN44[givOf(p)];
  if (r.chance(0.45)) {
    const m = blankMeta('kh');
    let a = khWord(r, fam.kh, m);
    let b = khWord(r, giv.kh, m);
    if (r.chance(0.08)) {
      [a, b] = [b, a];
      m.swapped = true;
    }
    const u = r.next();
    const sep = u < 0.55 ? ' ' : u < 0.85 ? '\u200B' : '';
    m.zwsp = sep === '\u200B';
    m.noSeparator = sep === '';
    return { name: a + sep + b, meta: m };
  }
  const m = blankMeta('latin');
  const choose = (n: number, reg: number | null) =>
    reg !== null && r.chance(0.6) ? reg : r.chance(0.55) ? 0 : r.int(0, n - 1);
  const fi = choose(fam.latin.length, regLatin ? regLatin[0] : null);
  const gi = choose(giv.latin.length, regLatin ? regLatin[1] : null);
  m.otherRomanization = !regLatin || fi !== regLatin[0] || gi !== regLatin[1];
  let name = `${fam.latin[fi]} ${giv.latin[gi]}`;
  if (r.chance(0.2)) {
    name = `${giv.latin[gi]} ${fam.latin[fi]}`;
    m.swapped = true;
  }
  const u = r.next();
  if (u < 0.35) {
    name = name.toUpperCase();
    m.upper = true;
  } else if (u < 0.4) {
    name = name.toLowerCase();
    m.lower = true;
  }
  if (r.chance(0.06)) {
    const t = typoIn(r, name);
    if (t) {
      name = t;
      m.typo = true;
    }
  }
  return { name, meta: m };
}

// ───────────────────────────── the generator ─────────────────────────────

interface Reg {
  pair: number;
  trueSex: Sex;
  recSex: Sex;
  dob: string;
  nid: string | null;
  nssf: string | null;
  hire: string;
  wage: number | null;
  latin: [number, number] | null;
  latinUpper: boolean;
}

export interface RowMeta44 {
  kind: 'true' | 'hidden';
  trueSex: Sex;
  name: NameMeta44;
  dob: 'none' | 'exact' | 'swap' | 'own';
  nid: 'none' | 'exact' | 'slip' | 'own';
  nssf: 'none' | 'exact' | 'slip' | 'foreign';
  hiddenType?: HiddenType;
  /** Hidden: registered workers the name could pass for. */
  namesakes?: number;
}

export interface Build44 {
  roster: Roster;
  /** registered workerId → the worker's true sex (the register's `sex` is wrong on some). */
  trueSex: Map<string, Sex>;
  /** on-site id → how the row was made. */
  rows: Map<string, RowMeta44>;
}

interface Draft {
  name: string;
  nationalId: string | null;
  nssfNumber: string | null;
  sex: Sex | null;
  dateOfBirth: string | null;
  reg: number | null;
  meta: RowMeta44;
}

export function buildFortyfourth(size: number, seed: number): Build44 {
  const r = rng(seed * 7919 + 44);
  const idx = pairIndex();

  const poolM: number[] = [];
  const poolF: number[] = [];
  const onlyM: number[] = [];
  GIVEN44.forEach((g, i) => {
    if (g.sex !== 'F') poolM.push(i);
    if (g.sex !== 'M') poolF.push(i);
    if (g.sex === 'M') onlyM.push(i);
  });
  const famIdx = FAMILY44.map((_, i) => i);
  const pickFam = () => r.pickSkewed(famIdx, 1.6);
  const pickGiven = (sex: Sex) => r.pickSkewed(sex === 'M' ? poolM : poolF, 1.4);

  // ── the register ──
  const nids = new IdPool();
  const nssfs = new IdPool();
  // Per name pair: its workers' DOBs (as YYYYMMDD) and the same with one digit masked (maskKeys).
  const dobsByPair = new Map<number, Set<number>>();
  const regs: Reg[] = [];
  const dobFree = (p: number, d: string) => {
    const sw = swapDayMonth(d);
    const e = exactKey(dobValue(d));
    const es = sw ? exactKey(dobValue(sw)) : -1;
    const ms = maskKeys(dobValue(d), 8);
    for (const q of idx.neighbours(p)) {
      const set = dobsByPair.get(q);
      if (!set) continue;
      if (set.has(e) || set.has(es)) return false;
      for (const m of ms) if (set.has(m)) return false;
    }
    return true;
  };
  while (regs.length < size) {
    const trueSex: Sex = r.chance(0.55) ? 'F' : 'M';
    const pair = pairOf(pickFam(), pickGiven(trueSex));
    let dob: string | null = null;
    for (let t = 0; t < 40 && !dob; t++) {
      const d = randomDob(r);
      if (dobFree(pair, d)) dob = d;
    }
    if (!dob) continue; // this name is crowded: draw another
    let set = dobsByPair.get(pair);
    if (!set) dobsByPair.set(pair, (set = new Set()));
    set.add(exactKey(dobValue(dob)));
    for (const m of maskKeys(dobValue(dob), 8)) set.add(m);
    // The declaration form defaulted to F: many men were never switched, a few women were mis-keyed.
    const recSex: Sex = trueSex === 'M' ? (r.chance(0.38) ? 'F' : 'M') : r.chance(0.05) ? 'M' : 'F';
    const by = Number(dob.slice(0, 4));
    const hy = r.int(Math.max(2008, by + 18), 2024);
    const hm = r.int(1, 12);
    const fam = FAMILY44[famOf(pair)];
    const giv = GIVEN44[givOf(pair)];
    const pickVar = (n: number) => (n === 1 || r.chance(0.7) ? 0 : r.int(1, n - 1));
    regs.push({
      pair,
      trueSex,
      recSex,
      dob,
      nid: nids.fresh(r, 9, '0'),
      nssf: r.chance(0.98) ? nssfs.fresh(r, 10, '1') : null,
      hire: `${hy}-${pad(hm)}-${pad(r.int(1, daysIn(hy, hm)))}`,
      wage: r.chance(0.95) ? r.int(760, 2000) * 1000 : null,
      latin: r.chance(0.9) ? [pickVar(fam.latin.length), pickVar(giv.latin.length)] : null,
      latinUpper: r.chance(0.4),
    });
  }
  r.shuffle(regs);
  const registered: RegisteredWorker[] = regs.map((g, i) => {
    const fam = FAMILY44[famOf(g.pair)];
    const giv = GIVEN44[givOf(g.pair)];
    let nameLatin: string | null = null;
    if (g.latin) {
      nameLatin = `${fam.latin[g.latin[0]]} ${giv.latin[g.latin[1]]}`;
      if (g.latinUpper) nameLatin = nameLatin.toUpperCase();
    }
    return {
      workerId: `W${pad(i + 1, 6)}`,
      nssfNumber: g.nssf,
      nationalId: g.nid,
      nameKh: `${fam.kh} ${giv.kh}`,
      nameLatin,
      sex: g.recSex,
      dateOfBirth: g.dob,
      hireDate: g.hire,
      wageRiel: g.wage,
    };
  });
  const workersByPair = new Map<number, number[]>();
  regs.forEach((g, i) => {
    const l = workersByPair.get(g.pair);
    if (l) l.push(i);
    else workersByPair.set(g.pair, [i]);
  });
  const namesakesOf = (name: string): number[] => {
    const out: number[] = [];
    for (const p of idx.pairsNear(normName44(name))) for (const w of workersByPair.get(p) ?? []) out.push(w);
    return out;
  };

  // ── on-site rows of registered workers ──
  const order = regs.map((_, i) => i);
  r.shuffle(order);
  const absent = Math.round(size * 0.05);
  const present = order.slice(absent);
  const drafts: Draft[] = [];
  const idCardFields = () => {
    const hasDob = r.chance(0.75);
    const hasNid = r.chance(hasDob ? 0.24 : 0.88);
    return { hasDob, hasNid };
  };
  for (const i of present) {
    const g = regs[i];
    const { name, meta } = renderName(r, g.pair, g.latin);
    const { hasDob, hasNid } = idCardFields();
    let dob: string | null = null;
    let dobKind: RowMeta44['dob'] = 'none';
    if (hasDob) {
      const sw = swapDayMonth(g.dob);
      if (sw && r.chance(0.12)) {
        dob = sw;
        dobKind = 'swap';
      } else {
        dob = g.dob;
        dobKind = 'exact';
      }
    }
    let nid: string | null = null;
    let nidKind: RowMeta44['nid'] = 'none';
    if (hasNid && g.nid) {
      const slip = r.chance(0.05);
      nid = slip ? slipId(r, g.nid) : g.nid;
      nidKind = slip ? 'slip' : 'exact';
    }
    let nssf: string | null = null;
    let nssfKind: RowMeta44['nssf'] = 'none';
    if (g.nssf && r.chance(0.2)) {
      const slip = r.chance(0.04);
      nssf = slip ? slipId(r, g.nssf) : g.nssf;
      nssfKind = slip ? 'slip' : 'exact';
    }
    drafts.push({
      name,
      nationalId: nid,
      nssfNumber: nssf,
      sex: r.chance(0.9) ? g.trueSex : null,
      dateOfBirth: dob,
      reg: i,
      meta: { kind: 'true', trueSex: g.trueSex, name: meta, dob: dobKind, nid: nidKind, nssf: nssfKind },
    });
  }

  // ── hidden workers ──
  const hiddenCount = Math.round((present.length * 0.07) / 0.93);
  const sisters = regs.map((_, i) => i).filter((i) => regs[i].trueSex === 'F');
  const unisexRegs = regs.map((_, i) => i).filter((i) => GIVEN44[givOf(regs[i].pair)].sex === 'U');
  const allRegs = regs.map((_, i) => i);
  for (let h = 0; h < hiddenCount; h++) {
    const u = r.next();
    const type: HiddenType = u < 0.35 ? 'brother' : u < 0.6 ? 'other-sex' : u < 0.75 ? 'same-sex' : 'fresh';
    for (let attempt = 0; ; attempt++) {
      let pair: number;
      let sex: Sex;
      if (type === 'brother' && sisters.length) {
        const s = regs[r.pick(sisters)];
        pair = pairOf(famOf(s.pair), r.pickSkewed(onlyM, 1.4));
        sex = 'M';
      } else if (type === 'other-sex' && unisexRegs.length) {
        const w = regs[r.pick(unisexRegs)];
        pair = w.pair;
        sex = w.trueSex === 'M' ? 'F' : 'M';
      } else if (type === 'same-sex') {
        const w = regs[r.pick(allRegs)];
        pair = w.pair;
        sex = w.trueSex;
      } else {
        sex = r.chance(0.5) ? 'F' : 'M';
        pair = pairOf(pickFam(), pickGiven(sex));
      }
      const { name, meta } = renderName(r, pair, null);
      let { hasDob, hasNid } = idCardFields();
      const S = namesakesOf(name);
      let dob = randomDob(r);
      if (S.length) {
        if (!hasDob && !hasNid) {
          if (r.chance(0.88)) hasNid = true;
          else hasDob = true;
        }
        // The national ID is fresh (2+ edits from every registered one): it rules out every
        // namesake with an ID on the register. The rest must be ruled out by the DOB.
        const needDob = () => S.filter((w) => !(hasNid && regs[w].nid));
        if (needDob().length && !hasDob) hasDob = true;
        let ok = false;
        for (let t = 0; t < 40 && !ok; t++) {
          if (t) dob = randomDob(r);
          ok = needDob().every((w) => !dobClose(dob, regs[w].dob));
        }
        if (!ok) {
          if (attempt > 50) throw new Error('fortyfourth: could not place a hidden namesake');
          continue;
        }
      }
      const nid = hasNid ? nids.fresh(r, 9, '0') : null;
      const foreignNssf = r.chance(0.04);
      drafts.push({
        name,
        nationalId: nid,
        nssfNumber: foreignNssf ? nssfs.fresh(r, 10, '1') : null,
        sex: r.chance(0.9) ? sex : null,
        dateOfBirth: hasDob ? dob : null,
        reg: null,
        meta: {
          kind: 'hidden', trueSex: sex, name: meta, dob: hasDob ? 'own' : 'none', nid: hasNid ? 'own' : 'none',
          nssf: foreignNssf ? 'foreign' : 'none', hiddenType: type, namesakes: S.length,
        },
      });
      break;
    }
  }

  // ── shuffle, then everything that shows row order ──
  r.shuffle(drafts);
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  const rows = new Map<string, RowMeta44>();
  let t = Date.UTC(2025, 2, 11, 1, 0, 0);
  let csvRow = 0;
  for (const d of drafts) {
    const id = uuid(r);
    t += r.int(8, 45) * 1000;
    let source: OnsiteWorker['source'];
    let sourceRow: number | null = null;
    if (d.dateOfBirth && d.nationalId && d.sex && r.chance(0.5)) source = 'id-card';
    else if (r.chance(0.85)) {
      source = 'csv';
      sourceRow = ++csvRow;
    } else source = 'manual';
    onsite.push({
      id,
      visitId: 'visit-fortyfourth',
      name: d.name,
      nationalId: d.nationalId,
      nssfNumber: d.nssfNumber,
      sex: d.sex,
      dateOfBirth: d.dateOfBirth,
      source,
      sourceRow,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, d.reg === null ? null : registered[d.reg].workerId);
    rows.set(id, d.meta);
  }
  const trueSex = new Map<string, Sex>();
  regs.forEach((g, i) => trueSex.set(registered[i].workerId, g.trueSex));
  return { roster: { registered, onsite, truth }, trueSex, rows };
}

export function generateFortyfourth(size: number, seed: number): Roster {
  return buildFortyfourth(size, seed).roster;
}

// ───────────────────────────── self-check ─────────────────────────────

async function selfCheck(): Promise<boolean> {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  const failures: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) failures.push(what);
    return ok;
  };
  const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '0.0') + '%';

  // Timing first, so the one-off name index is included. Wall time is inflated when other
  // processes share the machine, so the limit is checked on this process's CPU time as well and
  // passes if either is under 2 s; both are printed.
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  generateFortyfourth(10000, seed);
  const cpu = process.cpuUsage(c0);
  const ms10k = performance.now() - t0;
  const cpu10k = (cpu.user + cpu.system) / 1000;

  const { roster, trueSex, rows } = buildFortyfourth(size, seed);
  const { registered, onsite, truth } = roster;
  const idx = pairIndex();

  // ── the audit rebuilds everything it needs from the roster and the name lists ──
  const famByKh = new Map(FAMILY44.map((f, i) => [f.kh, i] as const));
  const givByKh = new Map(GIVEN44.map((g, i) => [g.kh, i] as const));
  const regPair: number[] = [];
  const regById = new Map<string, number>();
  const workersByPair = new Map<number, number[]>();
  registered.forEach((w, i) => {
    const [fk, gk, ...rest] = w.nameKh.split(' ');
    const f = famByKh.get(fk);
    const g = givByKh.get(gk);
    check(f !== undefined && g !== undefined && rest.length === 0, `register name not in the lists: ${w.nameKh}`);
    const p = pairOf(f ?? 0, g ?? 0);
    regPair.push(p);
    regById.set(w.workerId, i);
    const l = workersByPair.get(p);
    if (l) l.push(i);
    else workersByPair.set(p, [i]);
  });
  const passFor = (name: string): number[] => {
    const out: number[] = [];
    for (const p of idx.pairsNear(normName44(name))) for (const w of workersByPair.get(p) ?? []) out.push(w);
    return out;
  };
  const idFar = (a: string | null, b: string | null) => !!a && !!b && !within1(a, b);
  const dobFar = (a: string | null, b: string | null) => !!a && !!b && !dobClose(a, b);

  // Khmer encoding variants normalize back to the register's spelling.
  let khBad = 0;
  for (const e of [...FAMILY44, ...GIVEN44]) {
    const v1 = e.kh.replace(SHIFTER_THEN_VOWEL, '$2$1');
    const v2 = e.kh.replace(COENG_THEN_VOWEL, '$2$1');
    const v3 = v1.replace(COENG_THEN_VOWEL, '$2$1');
    if (![v1, v2, v3, e.kh.normalize('NFD')].every((v) => normKh44(v) === normKh44(e.kh))) khBad++;
    if (normKh44(e.kh) !== e.kh) khBad++;
  }
  check(khBad === 0, `Khmer variants that do not normalize back: ${khBad}`);

  // ── shape ──
  const trueRows = onsite.filter((o) => truth.get(o.id) !== null);
  const hiddenRows = onsite.filter((o) => truth.get(o.id) === null);
  const matchedIds = new Set([...truth.values()].filter((v): v is string => v !== null));
  const nTrue = trueRows.length;
  const nHidden = hiddenRows.length;
  const menRec = registered.filter((w) => trueSex.get(w.workerId) === 'M');
  const womenRec = registered.filter((w) => trueSex.get(w.workerId) === 'F');
  const wrongSex = registered.filter((w) => w.sex !== trueSex.get(w.workerId)).length;
  const count = (xs: OnsiteWorker[], f: (m: RowMeta44, o: OnsiteWorker) => boolean) =>
    xs.filter((o) => f(rows.get(o.id)!, o)).length;
  const latinTrue = count(trueRows, (m) => m.name.script === 'latin');
  const khTrue = nTrue - latinTrue;
  const withSexTrue = trueRows.filter((o) => o.sex);
  const sexDisagree = withSexTrue.filter((o) => registered[regById.get(truth.get(o.id)!)!].sex !== o.sex).length;
  const dobTrue = count(trueRows, (m) => m.dob !== 'none');
  const nidTrue = count(trueRows, (m) => m.nid !== 'none');
  const nssfTrue = count(trueRows, (m) => m.nssf !== 'none');
  const lines: string[] = [];
  lines.push(`fortyfourth  size=${size} seed=${seed}  — ${FORTYFOURTH_LABEL}`);
  lines.push(
    `registered ${registered.length}  on-site ${onsite.length} (true ${nTrue}, hidden ${nHidden} = ${pct(nHidden, onsite.length)})  absent ${registered.length - matchedIds.size} = ${pct(registered.length - matchedIds.size, registered.length)}`,
  );
  lines.push(
    `register: sex wrong ${pct(wrongSex, registered.length)} (men recorded F ${pct(menRec.filter((w) => w.sex === 'F').length, menRec.length)} of men, women recorded M ${pct(womenRec.filter((w) => w.sex === 'M').length, womenRec.length)} of women); Latin name missing ${pct(registered.filter((w) => !w.nameLatin).length, registered.length)}; national ID missing ${pct(registered.filter((w) => !w.nationalId).length, registered.length)}; NSSF missing ${pct(registered.filter((w) => !w.nssfNumber).length, registered.length)}`,
  );
  lines.push(
    `true rows: sex shown ${pct(withSexTrue.length, nTrue)}, of which disagree with register ${pct(sexDisagree, withSexTrue.length)}; DOB ${pct(dobTrue, nTrue)} (swapped ${pct(count(trueRows, (m) => m.dob === 'swap'), dobTrue)}); national ID ${pct(nidTrue, nTrue)} (slip ${pct(count(trueRows, (m) => m.nid === 'slip'), nidTrue)}); NSSF ${pct(nssfTrue, nTrue)} (slip ${pct(count(trueRows, (m) => m.nssf === 'slip'), nssfTrue)}); none of DOB/ID/NSSF ${pct(count(trueRows, (m) => m.dob === 'none' && m.nid === 'none' && m.nssf === 'none'), nTrue)}`,
  );
  lines.push(
    `true names: Khmer ${pct(khTrue, nTrue)} [ZWSP ${pct(count(trueRows, (m) => m.name.zwsp), khTrue)}, no separator ${pct(count(trueRows, (m) => m.name.noSeparator), khTrue)}, shifter order ${pct(count(trueRows, (m) => m.name.shifterOrder), khTrue)}, coeng order ${pct(count(trueRows, (m) => m.name.coengOrder), khTrue)}, swapped ${pct(count(trueRows, (m) => m.name.script === 'kh' && m.name.swapped), khTrue)}]; Latin ${pct(latinTrue, nTrue)} [other romanization than register ${pct(count(trueRows, (m) => m.name.otherRomanization), latinTrue)}, swapped ${pct(count(trueRows, (m) => m.name.script === 'latin' && m.name.swapped), latinTrue)}, UPPER ${pct(count(trueRows, (m) => m.name.upper), latinTrue)}, lower ${pct(count(trueRows, (m) => m.name.lower), latinTrue)}, typo ${pct(count(trueRows, (m) => m.name.typo), latinTrue)}]`,
  );
  const types: HiddenType[] = ['brother', 'other-sex', 'same-sex', 'fresh'];
  lines.push(
    `hidden: ${types.map((ty) => `${ty} ${count(hiddenRows, (m) => m.hiddenType === ty)}`).join(', ')}; with a registered namesake ${pct(count(hiddenRows, (m) => (m.namesakes ?? 0) > 0), nHidden)}; DOB ${pct(count(hiddenRows, (m) => m.dob !== 'none'), nHidden)}, national ID ${pct(count(hiddenRows, (m) => m.nid !== 'none'), nHidden)}, foreign NSSF ${pct(count(hiddenRows, (m) => m.nssf === 'foreign'), nHidden)}, sex shown ${pct(hiddenRows.filter((o) => o.sex).length, nHidden)}`,
  );
  lines.push(
    `sources: ${(['csv', 'manual', 'id-card'] as const).map((s) => `${s} ${pct(onsite.filter((o) => o.source === s).length, onsite.length)}`).join(', ')}`,
  );

  // ── rule 1 ──
  let r1 = 0;
  const r1Examples: string[] = [];
  for (const o of trueRows) {
    const w = registered[regById.get(truth.get(o.id)!)!];
    const wi = regById.get(w.workerId)!;
    const problems: string[] = [];
    if (!idx.keys[regPair[wi]].some((k) => within1(normName44(o.name), k))) problems.push('name');
    if (o.nationalId !== null && (!w.nationalId || !within1(o.nationalId, w.nationalId))) problems.push('nid');
    if (o.nssfNumber !== null && (!w.nssfNumber || !within1(o.nssfNumber, w.nssfNumber))) problems.push('nssf');
    if (o.dateOfBirth !== null && !(o.dateOfBirth === w.dateOfBirth || (w.dateOfBirth && swapDayMonth(w.dateOfBirth) === o.dateOfBirth)))
      problems.push('dob');
    if (o.sex !== null && o.sex !== trueSex.get(w.workerId)) problems.push('sex');
    if (problems.length) {
      r1++;
      if (r1Examples.length < 3) r1Examples.push(`${o.name} vs ${w.nameKh}/${w.nameLatin}: ${problems.join(',')}`);
    }
  }
  check(r1 === 0, `rule 1: ${r1} true rows with an implausible variant ${r1Examples.join(' | ')}`);
  lines.push(`rule 1 (true rows carry plausible variants only): ${r1} violations`);

  // ── rule 2 ──
  let r2dob = 0;
  for (let i = 0; i < registered.length; i++) {
    for (const q of idx.neighbours(regPair[i])) {
      for (const j of workersByPair.get(q) ?? []) {
        if (j > i && !dobFar(registered[i].dateOfBirth, registered[j].dateOfBirth)) r2dob++;
      }
    }
  }
  const idsTooClose = (vals: (string | null)[]) => {
    const set = new Set<string>();
    let bad = 0;
    for (const v of vals) {
      if (!v) continue;
      if (set.has(v) || idSlipNeighbours(v).some((n) => set.has(n))) bad++;
      set.add(v);
    }
    return bad;
  };
  const r2nid = idsTooClose(registered.map((w) => w.nationalId));
  const r2nssf = idsTooClose(registered.map((w) => w.nssfNumber));
  check(r2dob === 0 && r2nid === 0 && r2nssf === 0, `rule 2: namesake DOB clashes ${r2dob}, national IDs within one slip ${r2nid}, NSSF within one slip ${r2nssf}`);
  const clusters = [...workersByPair.keys()].map((p) =>
    idx.neighbours(p).reduce((s, q) => s + (workersByPair.get(q)?.length ?? 0), 0),
  );
  const withNamesake = registered.filter((_, i) => idx.neighbours(regPair[i]).reduce((s, q) => s + (workersByPair.get(q)?.length ?? 0), 0) > 1).length;
  lines.push(
    `rule 2 (registered namesakes apart by DOB; IDs 2+ edits apart): DOB clashes ${r2dob}, ID clashes ${r2nid}, NSSF clashes ${r2nssf}; registered with a namesake ${pct(withNamesake, registered.length)}, largest namesake cluster ${Math.max(...clusters)}`,
  );

  // ── rule 3 ──
  let r3 = 0;
  let hidNamesake = 0;
  let byDob = 0;
  let byNid = 0;
  let sexSameAsRegister = 0;
  let sexDiffersFromRegister = 0;
  const regNids = new Set(registered.map((w) => w.nationalId).filter((v): v is string => !!v));
  const regNssfs = new Set(registered.map((w) => w.nssfNumber).filter((v): v is string => !!v));
  let hidIdNear = 0;
  for (const o of hiddenRows) {
    const S = passFor(o.name);
    if (S.length) hidNamesake++;
    let rowDob = false;
    let rowNid = false;
    for (const wi of S) {
      const w = registered[wi];
      const d = dobFar(o.dateOfBirth, w.dateOfBirth);
      const n = idFar(o.nationalId, w.nationalId);
      if (!d && !n) r3++;
      if (d) rowDob = true;
      else if (n) rowNid = true;
      if (o.sex && w.sex === o.sex) sexSameAsRegister++;
      if (o.sex && w.sex && w.sex !== o.sex) sexDiffersFromRegister++;
    }
    if (rowDob) byDob++;
    if (rowNid) byNid++;
    for (const [v, set] of [[o.nationalId, regNids], [o.nssfNumber, regNssfs]] as const) {
      if (v && (set.has(v) || idSlipNeighbours(v).some((x) => set.has(x)))) hidIdNear++;
    }
  }
  check(r3 === 0, `rule 3: ${r3} hidden-row/namesake pairs not ruled out by DOB or national ID`);
  check(hidIdNear === 0, `rule 3: ${hidIdNear} hidden rows with an ID within one slip of a registered one`);
  lines.push(
    `rule 3 (hidden rows ruled out by DOB or national ID only): ${r3} violations; hidden with a namesake ${hidNamesake} (${pct(hidNamesake, nHidden)}), ruled out using DOB ${byDob}, using ID only ${byNid}; namesake pairs whose register sex equals the row's ${sexSameAsRegister}, differs ${sexDiffersFromRegister}; hidden IDs near registered ${hidIdNear}`,
  );

  // ── rule 4 ──
  const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const badUuid = onsite.filter((o) => !UUID4.test(o.id)).length;
  const uniqueIds = new Set(onsite.map((o) => o.id)).size === onsite.length;
  let increasing = true;
  for (let i = 1; i < onsite.length; i++) if (!(onsite[i].recordedAt > onsite[i - 1].recordedAt)) increasing = false;
  let lastRow = 0;
  let csvOrdered = true;
  for (const o of onsite) if (o.sourceRow !== null) (csvOrdered &&= o.sourceRow > lastRow), (lastRow = o.sourceRow);
  const pos = new Map(onsite.map((o, i) => [o.id, i / Math.max(1, onsite.length - 1)] as const));
  const hidMean = hiddenRows.reduce((s, o) => s + pos.get(o.id)!, 0) / Math.max(1, nHidden);
  const hidTol = 4 * Math.sqrt(1 / 12 / Math.max(1, nHidden));
  // Spearman-like correlation between a matched worker's id rank and its row's position.
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
  const rIdRow = corr(trueRows.map((o) => regById.get(truth.get(o.id)!)!), trueRows.map((o) => pos.get(o.id)!));
  const rIdDob = corr(registered.map((_, i) => i), registered.map((w) => Date.parse(w.dateOfBirth!)));
  const rIdName = corr(registered.map((_, i) => i), regPair);
  const corrTol = 4 / Math.sqrt(nTrue);
  const leakOk = Math.abs(hidMean - 0.5) < hidTol && Math.abs(rIdRow) < corrTol && Math.abs(rIdDob) < corrTol && Math.abs(rIdName) < corrTol;
  check(badUuid === 0 && uniqueIds && increasing && csvOrdered && leakOk, `rule 4: uuid ${badUuid} bad, unique ${uniqueIds}, recordedAt increasing ${increasing}, csv rows ordered ${csvOrdered}, hidden mean position ${hidMean.toFixed(3)}, corr(id,row) ${rIdRow.toFixed(3)}, corr(id,dob) ${rIdDob.toFixed(3)}, corr(id,name) ${rIdName.toFixed(3)}`);
  lines.push(
    `rule 4 (no leak): bad UUIDs ${badUuid}, ids unique ${uniqueIds}, recordedAt increasing ${increasing}, sourceRow ordered ${csvOrdered}; hidden mean position ${hidMean.toFixed(3)} (±${hidTol.toFixed(3)}); corr(workerId, row) ${rIdRow.toFixed(3)}, corr(workerId, DOB) ${rIdDob.toFixed(3)}, corr(workerId, name) ${rIdName.toFixed(3)} (±${corrTol.toFixed(3)}); DOB shown true/hidden ${pct(dobTrue, nTrue)}/${pct(hiddenRows.filter((o) => o.dateOfBirth).length, nHidden)}, ID shown ${pct(nidTrue, nTrue)}/${pct(hiddenRows.filter((o) => o.nationalId).length, nHidden)}`,
  );

  // ── rule 5 ──
  let undecidable = 0;
  let withOthers = 0;
  for (const o of trueRows) {
    const wi = regById.get(truth.get(o.id)!)!;
    const others = passFor(o.name).filter((j) => j !== wi);
    if (others.length) withOthers++;
    const open = others.filter((j) => {
      const w = registered[j];
      return !(dobFar(o.dateOfBirth, w.dateOfBirth) || idFar(o.nationalId, w.nationalId) || idFar(o.nssfNumber, w.nssfNumber));
    });
    if (open.length) undecidable++;
  }
  check(undecidable / Math.max(1, nTrue) < 0.04, `rule 5: undecidable ${pct(undecidable, nTrue)} ≥ 4%`);
  lines.push(
    `rule 5 (undecidable true rows < 4%): ${undecidable} = ${pct(undecidable, nTrue)}; true rows whose name fits another registered worker ${pct(withOthers, nTrue)}`,
  );

  // ── schemas ──
  const protocol = await import('../../src/protocol');
  const badReg = registered.filter((w) => !protocol.RegisteredWorker.safeParse(w).success).length;
  const badOn = onsite.filter((o) => !protocol.OnsiteWorker.safeParse(o).success).length;
  const truthOk = truth.size === onsite.length && [...truth.values()].every((v) => v === null || regById.has(v));
  check(badReg === 0 && badOn === 0 && truthOk, `schemas: registered invalid ${badReg}, on-site invalid ${badOn}, truth complete ${truthOk}`);
  lines.push(`schemas (zod, every record): registered invalid ${badReg}, on-site invalid ${badOn}; truth covers every row ${truthOk}`);

  // ── determinism and time ──
  const snap = (ro: Roster) => JSON.stringify([ro.registered, ro.onsite, [...ro.truth]]);
  const a = snap(generateFortyfourth(size, seed));
  const b = snap(generateFortyfourth(size, seed));
  const c = snap(generateFortyfourth(size, seed + 1));
  check(a === b, 'determinism: same seed differs');
  check(a !== c, 'determinism: another seed is identical');
  const t1 = performance.now();
  generateFortyfourth(10000, seed + 7);
  const ms10kWarm = performance.now() - t1;
  check(Math.min(ms10k, cpu10k) < 2000, `time: 10k took ${ms10k.toFixed(0)} ms wall, ${cpu10k.toFixed(0)} ms CPU`);
  lines.push(`determinism: same seed identical ${a === b}, seed+1 differs ${a !== c}`);
  const load = (await import('node:os')).loadavg()[0];
  lines.push(
    `time: 10,000 registered in ${ms10k.toFixed(0)} ms wall / ${cpu10k.toFixed(0)} ms CPU (first call, with the name index), ${ms10kWarm.toFixed(0)} ms wall warm; load average ${load.toFixed(1)}`,
  );

  for (const l of lines) console.log(l);
  if (failures.length) {
    for (const f of failures) console.log(`  FAIL: ${f}`);
    console.log('FAIL');
    return false;
  }
  console.log('PASS');
  return true;
}

if (process.argv[1]?.endsWith('fortyfourth.ts')) {
  selfCheck().then(
    (ok) => process.exit(ok ? 0 : 1),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
