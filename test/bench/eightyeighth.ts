/**
 * eightyeighth — a grader's roster with the emphasis on dates of birth.
 *
 * Model (rates chosen to separate a good engine from a mediocre one; all from the product text):
 *  - Register: `size` workers; Khmer name always, Latin name missing 12 %; sex and DOB always; national ID
 *    99 %, NSSF number 97 %. Names drawn with a skew, so full-name namesakes are common.
 *  - Absent registered: 5 %. Hidden workers: 6.5 % of on-site rows, 60 % of them namesakes of a
 *    registered worker (same name, same sex) told apart only by a DOB that is really different; the rest
 *    take any name, which in a register this dense nearly always sits within one edit of someone too, so
 *    ~99 % of hidden rows need a both-sides field (almost always the DOB) to be told apart.
 *  - Sources: employer's sheet (csv) 55 %, inspector typed (manual) 35 %, ID card 10 %.
 *  - DOB: csv present 95 %; one contiguous block of ~25 % of the sheet's rows has day and month swapped on
 *    every row where the swap is a valid date; outside the block 2 % single swaps. Manual rows leave DOB
 *    out 30 %, swap 1.5 % of the rest. ID cards: exact.
 *  - Name script: csv 60 % Latin, manual 50 % Latin, card 70 % Khmer (30 % Latin upper case). A Latin row
 *    whose registered Latin is missing is the Khmer/Latin cross-script case.
 *  - Latin: romanization redrawn from the listed variants 45 % of the time (~26 % differ from the register), family/given swapped
 *    10 %, upper case 25 % csv / 10 % manual, one typo in one 4+ letter word 4 %.
 *  - Khmer: zero-width space instead of the space 15 %, ZWSP inside a compound given name 5 %, keyboard
 *    code-point order (shifter after vowel, nikahit before vowel) 12 % where the name has one, NFD 10 %
 *    (a no-op for Khmer), family/given swapped 4 %.
 *  - IDs: national ID on csv 60 %, manual 25 %, 85 % on any row without a DOB (the card number noted instead), card 100 %; NSSF number csv 40 %,
 *    manual 12 %; one digit slip (mistype or adjacent transposition) 3 % of present csv/manual IDs.
 *    Sex missing csv 8 %, manual 12 %.
 *
 * Fairness rules (audited by the self-check):
 *  1. A true row carries only: a listed romanization or the Khmer (encoding variants above), either
 *     order, any case, at most one typo in one 4+ letter word; IDs exact or one slip; DOB exact or
 *     day/month swapped; sex right or missing. No extra variation is modelled.
 *  2. Registered namesakes (any names within one edit in any spelling) never have DOBs within a swap or
 *     one digit of each other (checked with swaps on both sides). Registered IDs are 3+ edits apart.
 *  3. A hidden row is either not within one edit of any registered name variant, or is ruled out from
 *     every such worker by a field present on both sides (sex, DOB beyond swap/one digit, national ID 2+
 *     edits apart). Hidden rows carry no NSSF number; their national IDs are 2+ edits from every
 *     registered one.
 *  4. Rows shuffled; ids random v4 UUIDs from the seeded PRNG; recordedAt increases in row order;
 *     workerIds assigned after shuffling the register.
 *  5. Undecidable true rows (another registered worker whose name fits and that no both-sides field
 *     rules out) stay under 4 %.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY88, GIVEN88 } from './eightyeighth-names';

export const EIGHTYEIGHTH_LABEL = 'grader: DOB-focused (swapped-DOB sheet block, DOB-less typed rows, DOB-only namesake hidden)';

const RATES = {
  absent: 0.05,
  hidden: 0.065,
  hiddenNamesake: 0.6,
  latinMissing: 0.12,
  regNid: 0.99,
  regNssf: 0.97,
  srcCsv: 0.55,
  srcManual: 0.35,
  csvDobPresent: 0.95,
  csvBlockShare: 0.25,
  csvSingleSwap: 0.02,
  manualDobMissing: 0.3,
  manualSwap: 0.015,
  csvLatin: 0.6,
  manualLatin: 0.5,
  cardLatin: 0.3,
  romanOther: 0.45,
  latinOrderSwap: 0.1,
  upperCsv: 0.25,
  upperManual: 0.1,
  typo: 0.04,
  khZwsp: 0.15,
  khZwspInner: 0.05,
  khReorder: 0.12,
  khNfd: 0.1,
  khOrderSwap: 0.04,
  csvNid: 0.6,
  manualNid: 0.25,
  manualNidNoDob: 0.85,
  csvNssf: 0.4,
  manualNssf: 0.12,
  idSlip: 0.03,
  csvSexMissing: 0.08,
  manualSexMissing: 0.12,
};

type Src = 'csv' | 'manual' | 'id-card';
const FEM = GIVEN88.map((g, i) => ({ g, i })).filter((x) => x.g.sex === 'F').map((x) => x.i);
const MAS = GIVEN88.map((g, i) => ({ g, i })).filter((x) => x.g.sex === 'M').map((x) => x.i);
const NG = GIVEN88.length;
const comboOf = (f: number, g: number) => f * NG + g;

// ---------- strings ----------
const ZW = /[\u200B\u200C\u200D\s]/g;
export function khCanon(s: string): string {
  return s
    .normalize('NFC')
    .replace(ZW, '')
    .replace(/([\u17B6-\u17C5])([\u17C9\u17CA])/g, '$2$1')
    .replace(/\u17C6([\u17BB\u17B6])/g, '$1\u17C6');
}
const isKhmer = (s: string) => /[\u1780-\u17FF]/.test(s);
export function latCanon(s: string): string {
  return s.toLowerCase().replace(/[^a-z]/g, '');
}
export function nameKey(s: string): string {
  return isKhmer(s) ? 'k:' + khCanon(s) : 'l:' + latCanon(s);
}
function deletes(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}
/** True when a and b are the same or one substitution / adjacent transposition apart (same length). */
function within1(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  let first = -1;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) { if (first < 0) first = i; diff++; }
  if (diff === 1) return true;
  if (diff === 2 && first + 1 < a.length && a[first] === b[first + 1] && a[first + 1] === b[first]) return true;
  return false;
}

/** All written forms of a full-name combo, as keys (Latin both orders, all romanizations; Khmer both orders). */
function comboKeys(c: number): string[] {
  const f = FAMILY88[Math.floor(c / NG)];
  const g = GIVEN88[c % NG];
  const keys: string[] = ['k:' + khCanon(f.kh + g.kh), 'k:' + khCanon(g.kh + f.kh)];
  for (const a of f.lat) for (const b of g.lat) keys.push('l:' + latCanon(a + b), 'l:' + latCanon(b + a));
  return keys;
}

/** Symmetric-delete index over every combo: finds every combo within one edit of a written name (a superset). */
class NameIndex {
  private map = new Map<string, number[]>();
  constructor() {
    const nc = FAMILY88.length * NG;
    for (let c = 0; c < nc; c++) {
      const seen = new Set<string>();
      for (const k of comboKeys(c)) {
        const p = k.slice(0, 2);
        for (const v of [k, ...deletes(k.slice(2)).map((d) => p + d)]) {
          if (seen.has(v)) continue;
          seen.add(v);
          const arr = this.map.get(v);
          if (arr) arr.push(c); else this.map.set(v, [c]);
        }
      }
    }
  }
  combos(shown: string, out = new Set<number>()): Set<number> {
    return this.combosOfKey(nameKey(shown), out);
  }
  combosOfKey(k: string, out = new Set<number>()): Set<number> {
    const p = k.slice(0, 2);
    for (const v of [k, ...deletes(k.slice(2)).map((d) => p + d)]) {
      const arr = this.map.get(v);
      if (arr) for (const c of arr) out.add(c);
    }
    return out;
  }
}
let INDEX: NameIndex | null = null;
export const index = () => (INDEX ??= new NameIndex());

// ---------- dates ----------
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
function validDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= (m === 2 && leap(y) ? 29 : DIM[m - 1]);
}
function randDate(r: Rng, y0: number, y1: number): string {
  const y = r.int(y0, y1);
  const m = r.int(1, 12);
  const d = r.int(1, m === 2 && leap(y) ? 29 : DIM[m - 1]);
  return `${y}-${pad(m)}-${pad(d)}`;
}
/** Day and month swapped, or null when that is not a different valid date. */
export function swapDM(s: string): string | null {
  const y = +s.slice(0, 4), m = +s.slice(5, 7), d = +s.slice(8, 10);
  if (d === m || !validDate(y, d, m)) return null;
  return `${y}-${pad(d)}-${pad(m)}`;
}
const digits = (s: string) => s.replace(/-/g, '');
/** Same, swapped, or one digit slip apart. */
export function dobClose(a: string, b: string): boolean {
  return a === b || swapDM(a) === b || within1(digits(a), digits(b));
}
/** Not close in any combination of swaps on either side. */
export function dobFar(a: string, b: string): boolean {
  return dobFarD(dobForms(a), dobForms(b));
}
/** A DOB's digit strings: as written and, where valid, swapped. */
function dobForms(a: string): string[] {
  const s = swapDM(a);
  return s ? [digits(a), digits(s)] : [digits(a)];
}
function dobFarD(as: string[], bs: string[]): boolean {
  for (const x of as) for (const y of bs) if (within1(x, y)) return false;
  return true;
}

// ---------- ids ----------
function neighbours(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    for (let d = 0; d < 10; d++) {
      const c = String(d);
      if (c !== s[i]) out.push(s.slice(0, i) + c + s.slice(i + 1));
    }
    if (i + 1 < s.length && s[i] !== s[i + 1]) out.push(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  }
  return out;
}
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];
/** The same as `neighbours`, on 9-digit numbers (kept below 2^31 so they stay small integers). */
function numNeighbours(n: number, len: number, out: number[]): number[] {
  out.length = 0;
  for (let k = 0; k < len; k++) {
    const d = Math.floor(n / POW10[k]) % 10;
    for (let c = 0; c < 10; c++) if (c !== d) out.push(n + (c - d) * POW10[k]);
    if (k + 1 < len) {
      const e = Math.floor(n / POW10[k + 1]) % 10;
      if (e !== d) out.push(n + (e - d) * POW10[k] + (d - e) * POW10[k + 1]);
    }
  }
  return out;
}
/**
 * Ids of one kind share their lead digit, so two ids are within two slips only if some id with that
 * lead digit is within one slip of both: a bitmap over that range is an exact test.
 */
class IdPool {
  /** every registered id and every one-slip neighbour of it, relative to the lead digit */
  private near = new Uint8Array(1e8 / 8);
  private buf: number[] = [];
  constructor(private lead: number) {}
  private has(n: number): boolean {
    const k = n - this.lead * 1e8;
    return k >= 0 && k < 1e8 && (this.near[k >> 3] & (1 << (k & 7))) !== 0;
  }
  private add(n: number): void {
    const k = n - this.lead * 1e8;
    if (k >= 0 && k < 1e8) this.near[k >> 3] |= 1 << (k & 7);
  }
  private draw(r: Rng): number {
    return this.lead * 1e8 + Math.floor(r.next() * 1e8);
  }
  private str(n: number): string {
    return String(n).padStart(9, '0');
  }
  /** a registered id 3+ edits from every other one */
  register(r: Rng): string {
    for (;;) {
      const s = this.draw(r);
      if (this.has(s)) continue;
      const nb = numNeighbours(s, 9, this.buf);
      let clash = false;
      for (const x of nb) if (this.has(x)) { clash = true; break; }
      if (clash) continue;
      this.add(s);
      for (const x of nb) this.add(x);
      return this.str(s);
    }
  }
  /** an id 2+ edits from every registered one */
  outsider(r: Rng): string {
    for (;;) {
      const s = this.draw(r);
      if (!this.has(s)) return this.str(s);
    }
  }
}
function slip(r: Rng, s: string): string {
  for (;;) {
    const i = r.int(0, s.length - 1);
    if (r.chance(0.5) && i + 1 < s.length && s[i] !== s[i + 1]) return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    const c = String(r.int(0, 9));
    if (c !== s[i]) return s.slice(0, i) + c + s.slice(i + 1);
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

// ---------- name rendering ----------
const KEYS = 'qwertyuiopasdfghjklzxcvbnm';
function typo(r: Rng, w: string): string {
  for (;;) {
    const i = r.int(0, w.length - 1);
    const k = r.int(0, 3);
    let out: string;
    if (k === 0) out = w.slice(0, i) + w.slice(i + 1);
    else if (k === 1) out = w.slice(0, i) + r.pick(KEYS.split('')) + w.slice(i + 1);
    else if (k === 2) out = w.slice(0, i) + w[i] + w.slice(i);
    else { if (i + 1 >= w.length || w[i] === w[i + 1]) continue; out = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2); }
    if (i === 0 && k === 1) out = out[0].toUpperCase() + out.slice(1);
    if (out.toLowerCase() !== w.toLowerCase()) return out;
  }
}
function keyboardOrder(s: string): string {
  return s.replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/g, '$2$1').replace(/([\u17BB\u17B6])\u17C6/g, '\u17C6$1');
}
interface Marks {
  latin: boolean;
  romanOther: boolean;
  orderSwap: boolean;
  upper: boolean;
  typo: boolean;
  zwsp: boolean;
  zwspInner: boolean;
  reorder: boolean;
  nfd: boolean;
}
function renderName(r: Rng, c: number, regLatin: string | null, latin: boolean, src: Src, allowTypo: boolean): { name: string; m: Marks } {
  const f = FAMILY88[Math.floor(c / NG)];
  const g = GIVEN88[c % NG];
  const m: Marks = { latin, romanOther: false, orderSwap: false, upper: false, typo: false, zwsp: false, zwspInner: false, reorder: false, nfd: false };
  if (latin) {
    let fl: string, gl: string;
    const regParts = regLatin ? [f.lat.find((x) => regLatin.startsWith(x + ' ')) ?? f.lat[0], g.lat.find((x) => regLatin.endsWith(' ' + x)) ?? g.lat[0]] : null;
    if (regParts && !r.chance(RATES.romanOther)) [fl, gl] = regParts;
    else {
      fl = r.pick(f.lat);
      gl = r.pick(g.lat);
    }
    if (regParts && (fl !== regParts[0] || gl !== regParts[1])) m.romanOther = true;
    let words = [fl, gl];
    if (r.chance(RATES.latinOrderSwap)) { words = [gl, fl]; m.orderSwap = true; }
    if (allowTypo && src !== 'id-card' && r.chance(RATES.typo)) {
      const toks = words.join(' ').split(' ');
      const idx = toks.map((t, i) => (t.length >= 4 ? i : -1)).filter((i) => i >= 0);
      if (idx.length) {
        const i = r.pick(idx);
        toks[i] = typo(r, toks[i]);
        words = [toks.join(' ')];
        m.typo = true;
      }
    }
    let name = words.join(' ');
    const up = src === 'id-card' ? 1 : src === 'csv' ? RATES.upperCsv : RATES.upperManual;
    if (r.chance(up)) { name = name.toUpperCase(); m.upper = true; }
    return { name, m };
  }
  let gk = g.kh;
  if (gk.startsWith('ស្រី') && gk.length > 4 && src !== 'id-card' && r.chance(RATES.khZwspInner)) { gk = 'ស្រី\u200B' + gk.slice(4); m.zwspInner = true; }
  let parts = [f.kh, gk];
  if (src !== 'id-card' && r.chance(RATES.khOrderSwap)) { parts = [gk, f.kh]; m.orderSwap = true; }
  let sep = ' ';
  if (src !== 'id-card' && r.chance(RATES.khZwsp)) { sep = '\u200B'; m.zwsp = true; }
  let name = parts.join(sep);
  if (src !== 'id-card' && r.chance(RATES.khReorder)) {
    const k = keyboardOrder(name);
    if (k !== name) { name = k; m.reorder = true; }
  }
  if (r.chance(RATES.khNfd)) { name = name.normalize('NFD'); m.nfd = true; }
  return { name, m };
}

// ---------- generator ----------
interface Reg {
  combo: number;
  sex: 'M' | 'F';
  dob: string;
  nid: string | null;
  nssf: string | null;
  latin: string | null;
  kh: string;
}
export interface Meta88 {
  regCombo: number[];
  rows: {
    hidden: boolean;
    namesake: boolean;
    combo: number;
    src: Src;
    inBlock: boolean;
    dobSwapped: boolean;
    nidSlip: boolean;
    nssfSlip: boolean;
    m: Marks;
  }[];
  block: [number, number];
}
let LAST_META: Meta88 | null = null;
export const lastMeta88 = () => LAST_META;

function pickCombo(r: Rng, sex: 'M' | 'F'): number {
  const f = Math.min(FAMILY88.length - 1, Math.floor(FAMILY88.length * r.next() ** 1.4));
  const list = sex === 'F' ? FEM : MAS;
  const g = list[Math.min(list.length - 1, Math.floor(list.length * r.next()))];
  return comboOf(f, g);
}

export function generateEightyEighth(size: number, seed: number): Roster {
  const r = rng(seed * 7919 + 88);
  const idx = index();
  const nidPool = new IdPool(0);
  const nssfPool = new IdPool(1);

  // --- register ---
  const regs: Reg[] = [];
  const regForms: string[][] = [];
  const byCombo = new Map<number, number[]>();
  const neighCache = new Map<number, number[]>();
  const neighCombos = (c: number): number[] => {
    let v = neighCache.get(c);
    if (!v) {
      const s = new Set<number>();
      for (const k of comboKeys(c)) idx.combosOfKey(k, s);
      v = [...s];
      neighCache.set(c, v);
    }
    return v;
  };
  for (let i = 0; i < size; i++) {
    const sex: 'M' | 'F' = r.chance(0.62) ? 'F' : 'M';
    const combo = pickCombo(r, sex);
    const others: number[] = [];
    for (const nc of neighCombos(combo)) for (const j of byCombo.get(nc) ?? []) others.push(j);
    let dob = randDate(r, 1966, 2006);
    let forms = dobForms(dob);
    for (let t = 0; t < 200 && others.some((j) => !dobFarD(forms, regForms[j])); t++) {
      dob = randDate(r, 1966, 2006);
      forms = dobForms(dob);
    }
    regForms.push(forms);
    const f = FAMILY88[Math.floor(combo / NG)];
    const g = GIVEN88[combo % NG];
    const latin = r.chance(RATES.latinMissing) ? null : `${r.chance(0.7) ? f.lat[0] : r.pick(f.lat)} ${r.chance(0.7) ? g.lat[0] : r.pick(g.lat)}`;
    regs.push({
      combo, sex, dob,
      nid: r.chance(RATES.regNid) ? nidPool.register(r) : null,
      nssf: r.chance(RATES.regNssf) ? nssfPool.register(r) : null,
      latin,
      kh: f.kh + ' ' + g.kh,
    });
    const arr = byCombo.get(combo);
    if (arr) arr.push(i); else byCombo.set(combo, [i]);
  }
  // shuffle the register, then assign worker ids
  const order = r.shuffle(regs.map((_, i) => i));
  const regSorted = order.map((i) => regs[i]);
  const registered: RegisteredWorker[] = regSorted.map((w, i) => {
    const y = +w.dob.slice(0, 4);
    return {
      workerId: `W${pad(i + 1, 6)}`,
      nssfNumber: w.nssf,
      nationalId: w.nid,
      nameKh: w.kh,
      nameLatin: w.latin,
      sex: w.sex,
      dateOfBirth: w.dob,
      hireDate: randDate(r, Math.min(2024, Math.max(2010, y + 18)), 2024),
      wageRiel: r.chance(0.05) ? null : r.int(800, 1600) * 1000,
    };
  });
  const combosSorted = regSorted.map((w) => w.combo);
  const byComboS = new Map<number, number[]>();
  combosSorted.forEach((c, i) => {
    const a = byComboS.get(c);
    if (a) a.push(i); else byComboS.set(c, [i]);
  });
  const candidates = (shown: string): number[] => {
    const out: number[] = [];
    for (const c of idx.combos(shown)) for (const j of byComboS.get(c) ?? []) out.push(j);
    return out;
  };

  // --- who is on site ---
  const present = registered.map((_, i) => i).filter(() => !r.chance(RATES.absent));
  const nHidden = Math.round((present.length * RATES.hidden) / (1 - RATES.hidden));
  const people: number[] = r.shuffle([...present, ...Array.from({ length: nHidden }, () => -1)]);
  const srcs: Src[] = people.map(() => {
    const u = r.next();
    return u < RATES.srcCsv ? 'csv' : u < RATES.srcCsv + RATES.srcManual ? 'manual' : 'id-card';
  });
  const nCsv = srcs.filter((s) => s === 'csv').length;
  const blockLen = Math.round(nCsv * RATES.csvBlockShare);
  const blockStart = r.int(1, Math.max(1, nCsv - blockLen));
  const block: [number, number] = [blockStart, blockStart + blockLen - 1];

  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  const meta: Meta88 = { regCombo: combosSorted, rows: [], block };
  let t = Date.parse('2024-05-14T01:30:00Z');
  let csvRow = 0;
  const visitId = 'visit-eightyeighth';

  for (let p = 0; p < people.length; p++) {
    const src = srcs[p];
    const sourceRow = src === 'csv' ? ++csvRow : null;
    const inBlock = sourceRow !== null && sourceRow >= block[0] && sourceRow <= block[1];
    const latinP = src === 'csv' ? RATES.csvLatin : src === 'manual' ? RATES.manualLatin : RATES.cardLatin;
    t += r.int(4, 40) * 1000;
    const recordedAt = new Date(t).toISOString();
    const id = uuid(r);
    const shownDob = (dob: string): { dob: string; swapped: boolean } => {
      const sw = swapDM(dob);
      if (inBlock && sw) return { dob: sw, swapped: true };
      const pSwap = src === 'csv' && !inBlock ? RATES.csvSingleSwap : src === 'manual' ? RATES.manualSwap : 0;
      if (sw && r.chance(pSwap)) return { dob: sw, swapped: true };
      return { dob, swapped: false };
    };

    if (people[p] >= 0) {
      const wi = people[p];
      const w = regSorted[wi];
      const reg = registered[wi];
      const { name, m } = renderName(r, w.combo, w.latin, r.chance(latinP), src, true);
      let dob: string | null = null;
      let dobSwapped = false;
      const hasDob = src === 'id-card' ? true : src === 'csv' ? r.chance(RATES.csvDobPresent) : !r.chance(RATES.manualDobMissing);
      if (hasDob) { const s = shownDob(w.dob); dob = s.dob; dobSwapped = s.swapped; }
      let nid: string | null = null;
      let nidSlip = false;
      const pNid = src === 'id-card' ? 1 : !dob ? RATES.manualNidNoDob : src === 'csv' ? RATES.csvNid : RATES.manualNid;
      if (w.nid && r.chance(pNid)) {
        nid = w.nid;
        if (src !== 'id-card' && r.chance(RATES.idSlip)) { nid = slip(r, nid); nidSlip = true; }
      }
      let nssf: string | null = null;
      let nssfSlip = false;
      const pNssf = src === 'csv' ? RATES.csvNssf : src === 'manual' ? RATES.manualNssf : 0;
      if (w.nssf && r.chance(pNssf)) {
        nssf = w.nssf;
        if (r.chance(RATES.idSlip)) { nssf = slip(r, nssf); nssfSlip = true; }
      }
      const pSexMiss = src === 'csv' ? RATES.csvSexMissing : src === 'manual' ? RATES.manualSexMissing : 0;
      const sex = r.chance(pSexMiss) ? null : w.sex;
      onsite.push({ id, visitId, name, nationalId: nid, nssfNumber: nssf, sex, dateOfBirth: dob, source: src, sourceRow, recordedAt });
      truth.set(id, reg.workerId);
      meta.rows.push({ hidden: false, namesake: false, combo: w.combo, src, inBlock, dobSwapped, nidSlip, nssfSlip, m });
      continue;
    }

    // hidden worker
    const pSexMiss = src === 'csv' ? RATES.csvSexMissing : src === 'manual' ? RATES.manualSexMissing : 0;
    let done = false;
    for (let attempt = 0; attempt < 400 && !done; attempt++) {
      const namesake = attempt < 200 && r.chance(RATES.hiddenNamesake);
      let combo: number, sex: 'M' | 'F';
      if (namesake) {
        const w = regSorted[r.int(0, regSorted.length - 1)];
        combo = w.combo;
        sex = w.sex;
      } else {
        sex = r.chance(0.6) ? 'F' : 'M';
        combo = r.chance(0.5) ? pickCombo(r, sex) : comboOf(r.int(0, FAMILY88.length - 1), r.pick(sex === 'F' ? FEM : MAS));
      }
      const { name, m } = renderName(r, combo, null, r.chance(latinP), src, true);
      const cands = candidates(name);
      const trueDob = randDate(r, 1970, 2007);
      const sd = shownDob(trueDob);
      const hasDob = namesake || cands.length > 0 || src === 'id-card' ? true : src === 'csv' ? r.chance(RATES.csvDobPresent) : !r.chance(RATES.manualDobMissing);
      const dob = hasDob ? sd.dob : null;
      const showSex = r.chance(pSexMiss) ? null : sex;
      const pNid = src === 'id-card' ? 1 : !dob ? RATES.manualNidNoDob : src === 'csv' ? RATES.csvNid : RATES.manualNid;
      const nid = r.chance(pNid) ? nidPool.outsider(r) : null;
      const ok = cands.every((j) => {
        const w = regSorted[j];
        if (showSex && showSex !== w.sex) return true;
        if (dob && dobFar(dob, w.dob) && dobFar(trueDob, w.dob)) return true;
        if (nid && w.nid && !within1(nid, w.nid)) return true;
        return false;
      });
      if (!ok) continue;
      onsite.push({ id, visitId, name, nationalId: nid, nssfNumber: null, sex: showSex, dateOfBirth: dob, source: src, sourceRow, recordedAt });
      truth.set(id, null);
      meta.rows.push({ hidden: true, namesake: cands.length > 0, combo, src, inBlock, dobSwapped: hasDob && sd.swapped, nidSlip: false, nssfSlip: false, m });
      done = true;
    }
    if (!done) throw new Error('eightyeighth: could not place a hidden worker');
  }
  LAST_META = meta;
  return { registered, onsite, truth };
}

// ---------- self-check ----------
if (process.argv[1]?.endsWith('eightyeighth.ts')) {
  void (async () => {
    const { OnsiteWorker: OnsiteSchema, RegisteredWorker: RegSchema } = await import('../../src/protocol');
    const size = Number(process.argv[2] ?? 10000);
    const seed = Number(process.argv[3] ?? 1);
    const fails: string[] = [];
    const check = (ok: boolean, what: string) => { if (!ok) fails.push(what); };
    const t0 = performance.now();
    const ro = generateEightyEighth(size, seed);
    const genMs = performance.now() - t0;
    const meta = lastMeta88()!;
    const { registered, onsite, truth } = ro;
    const regById = new Map(registered.map((w, i) => [w.workerId, i]));
    const idx = index();
    const byCombo = new Map<number, number[]>();
    meta.regCombo.forEach((c, i) => { const a = byCombo.get(c); if (a) a.push(i); else byCombo.set(c, [i]); });
    const cands = (shown: string) => { const o: number[] = []; for (const c of idx.combos(shown)) for (const j of byCombo.get(c) ?? []) o.push(j); return o; };
    const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) + ' %' : '-');

    const trueRows = onsite.map((o, i) => i).filter((i) => truth.get(onsite[i].id) !== null);
    const hidRows = onsite.map((o, i) => i).filter((i) => truth.get(onsite[i].id) === null);
    const presentIds = new Set(trueRows.map((i) => truth.get(onsite[i].id)!));
    console.log(`eightyeighth size=${size} seed=${seed}: registered ${registered.length}, on site ${onsite.length}, true ${trueRows.length}, hidden ${hidRows.length} (${pct(hidRows.length, onsite.length)} of rows), absent ${registered.length - presentIds.size} (${pct(registered.length - presentIds.size, registered.length)})`);
    const cnt = (f: (i: number) => boolean, rows: number[]) => rows.filter(f).length;
    const R = meta.rows;
    const tr = trueRows;
    const lat = tr.filter((i) => R[i].m.latin);
    const kh = tr.filter((i) => !R[i].m.latin);
    const bySrc = (s: Src) => tr.filter((i) => R[i].src === s);
    console.log(`  sources (true rows): csv ${pct(bySrc('csv').length, tr.length)}, manual ${pct(bySrc('manual').length, tr.length)}, id-card ${pct(bySrc('id-card').length, tr.length)}; sheet swap block rows ${meta.block[0]}-${meta.block[1]}`);
    const dobSw = cnt((i) => R[i].dobSwapped, tr);
    const inBlock = tr.filter((i) => R[i].inBlock);
    console.log(`  DOB: missing csv ${pct(cnt((i) => onsite[i].dateOfBirth === null, bySrc('csv')), bySrc('csv').length)}, manual ${pct(cnt((i) => onsite[i].dateOfBirth === null, bySrc('manual')), bySrc('manual').length)}; swapped ${pct(dobSw, tr.length)} of true rows (in block ${cnt((i) => R[i].dobSwapped, inBlock)}/${inBlock.length}, outside ${dobSw - cnt((i) => R[i].dobSwapped, inBlock)})`);
    console.log(`  script: Latin ${pct(lat.length, tr.length)}, Khmer ${pct(kh.length, tr.length)}, cross-script (Latin row, register Latin missing) ${pct(cnt((i) => registered[regById.get(truth.get(onsite[i].id)!)!].nameLatin === null, lat), tr.length)}`);
    console.log(`  Latin rows: other romanization ${pct(cnt((i) => R[i].m.romanOther, lat), lat.length)}, order swap ${pct(cnt((i) => R[i].m.orderSwap, lat), lat.length)}, upper ${pct(cnt((i) => R[i].m.upper, lat), lat.length)}, typo ${pct(cnt((i) => R[i].m.typo, lat), lat.length)}`);
    console.log(`  Khmer rows: ZWSP ${pct(cnt((i) => R[i].m.zwsp, kh), kh.length)}, inner ZWSP ${pct(cnt((i) => R[i].m.zwspInner, kh), kh.length)}, keyboard order ${pct(cnt((i) => R[i].m.reorder, kh), kh.length)}, NFD ${pct(cnt((i) => R[i].m.nfd, kh), kh.length)}, order swap ${pct(cnt((i) => R[i].m.orderSwap, kh), kh.length)}`);
    console.log(`  IDs: national ID shown ${pct(cnt((i) => onsite[i].nationalId !== null, tr), tr.length)} (slips ${cnt((i) => R[i].nidSlip, tr)}), NSSF shown ${pct(cnt((i) => onsite[i].nssfNumber !== null, tr), tr.length)} (slips ${cnt((i) => R[i].nssfSlip, tr)}); sex missing ${pct(cnt((i) => onsite[i].sex === null, tr), tr.length)}`);
    const nsGroups = [...byCombo.values()].filter((a) => a.length > 1);
    console.log(`  register: ${byCombo.size} distinct full names, ${nsGroups.reduce((s, a) => s + a.length, 0)} workers share one (${pct(nsGroups.reduce((s, a) => s + a.length, 0), registered.length)}), Latin missing ${pct(registered.filter((w) => !w.nameLatin).length, registered.length)}`);
    console.log(`  hidden: namesakes ${pct(cnt((i) => R[i].namesake, hidRows), hidRows.length)}, with DOB ${pct(cnt((i) => onsite[i].dateOfBirth !== null, hidRows), hidRows.length)}`);

    // rule 1
    let r1 = 0;
    for (const i of tr) {
      const o = onsite[i];
      const wi = regById.get(truth.get(o.id)!)!;
      const w = registered[wi];
      const c = meta.regCombo[wi];
      const f = FAMILY88[Math.floor(c / NG)], g = GIVEN88[c % NG];
      let nameOk: boolean;
      if (isKhmer(o.name)) nameOk = [khCanon(f.kh + g.kh), khCanon(g.kh + f.kh)].includes(khCanon(o.name));
      else {
        const s = latCanon(o.name);
        const forms: string[] = [];
        for (const a of f.lat) for (const b of g.lat) forms.push(latCanon(a + b), latCanon(b + a));
        nameOk = forms.includes(s) || (R[i].m.typo && forms.some((x) => deletes(x).includes(s) || deletes(s).includes(x) || (x.length === s.length && within1(x, s))));
      }
      const dobOk = o.dateOfBirth === null || o.dateOfBirth === w.dateOfBirth || o.dateOfBirth === swapDM(w.dateOfBirth!);
      const idOk = (a: string | null, b: string | null) => a === null || (b !== null && within1(a, b));
      const sexOk = o.sex === null || o.sex === w.sex;
      if (!(nameOk && dobOk && idOk(o.nationalId, w.nationalId) && idOk(o.nssfNumber, w.nssfNumber) && sexOk)) r1++;
      if (!cands(o.name).includes(wi)) r1++;
    }
    check(r1 === 0, `rule 1: ${r1} true rows carry an implausible variant`);
    // rule 2
    let r2 = 0;
    for (let i = 0; i < registered.length; i++) {
      const w = registered[i];
      const cs = new Set<number>();
      for (const k of comboKeys(meta.regCombo[i])) idx.combosOfKey(k, cs);
      for (const j of [...cs].flatMap((c) => byCombo.get(c) ?? [])) {
        if (j <= i) continue;
        if (!dobFar(w.dateOfBirth!, registered[j].dateOfBirth!)) r2++;
      }
    }
    const ids = (k: 'nationalId' | 'nssfNumber') => registered.map((w) => w[k]).filter((x): x is string => !!x);
    for (const k of ['nationalId', 'nssfNumber'] as const) {
      const all = new Set(ids(k));
      if (all.size !== ids(k).length) r2++;
      for (const s of all) for (const n of neighbours(s)) if (all.has(n)) r2++;
    }
    check(r2 === 0, `rule 2: ${r2} registered namesake/ID pairs too close`);
    // rule 3
    let r3 = 0;
    const nidNear = new Map<string, number>();
    registered.forEach((w) => { if (w.nationalId) { nidNear.set(w.nationalId, 1); for (const n of neighbours(w.nationalId)) nidNear.set(n, 1); } });
    for (const i of hidRows) {
      const o = onsite[i];
      if (o.nssfNumber !== null) r3++;
      if (o.nationalId && nidNear.has(o.nationalId)) r3++;
      for (const j of cands(o.name)) {
        const w = registered[j];
        const out = (o.sex && o.sex !== w.sex) || (o.dateOfBirth && dobFar(o.dateOfBirth, w.dateOfBirth!)) || (o.nationalId && w.nationalId && !within1(o.nationalId, w.nationalId));
        if (!out) r3++;
      }
    }
    check(r3 === 0, `rule 3: ${r3} hidden rows could pass for a registered worker`);
    // rule 4
    let r4 = 0;
    const uu = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const idset = new Set(onsite.map((o) => o.id));
    if (idset.size !== onsite.length) r4++;
    onsite.forEach((o, i) => {
      if (!uu.test(o.id)) r4++;
      if (i > 0 && !(Date.parse(o.recordedAt) > Date.parse(onsite[i - 1].recordedAt))) r4++;
    });
    const xs = tr.map((i) => i), ys = tr.map((i) => regById.get(truth.get(onsite[i].id)!)!);
    const mean = (a: number[]) => a.reduce((s, x) => s + x, 0) / a.length;
    const mx = mean(xs), my = mean(ys);
    let sxy = 0, sxx = 0, syy = 0;
    for (let k = 0; k < xs.length; k++) { sxy += (xs[k] - mx) * (ys[k] - my); sxx += (xs[k] - mx) ** 2; syy += (ys[k] - my) ** 2; }
    const corr = sxy / Math.sqrt(sxx * syy);
    if (Math.abs(corr) > 0.1) r4++;
    const hidPos = mean(hidRows) / onsite.length;
    if (Math.abs(hidPos - 0.5) > 0.1) r4++;
    check(r4 === 0, `rule 4: ${r4} leaks (row/worker order corr ${corr.toFixed(3)}, mean hidden position ${hidPos.toFixed(2)})`);
    // rule 5
    let und = 0;
    for (const i of tr) {
      const o = onsite[i];
      const wi = regById.get(truth.get(o.id)!)!;
      for (const j of cands(o.name)) {
        if (j === wi) continue;
        const w = registered[j];
        const out = (o.sex && o.sex !== w.sex) || (o.dateOfBirth && !dobClose(o.dateOfBirth, w.dateOfBirth!)) || (o.nationalId && w.nationalId && !within1(o.nationalId, w.nationalId)) || (o.nssfNumber && w.nssfNumber && !within1(o.nssfNumber, w.nssfNumber));
        if (!out) { und++; break; }
      }
    }
    console.log(`  rule 5: undecidable true rows ${und} (${pct(und, tr.length)})`);
    check(und / tr.length < 0.04, `rule 5: undecidable ${pct(und, tr.length)} >= 4 %`);
    // schemas
    let bad = 0;
    for (let k = 0; k < Math.min(500, onsite.length); k++) if (!OnsiteSchema.safeParse(onsite[Math.floor((k * onsite.length) / 500)]).success) bad++;
    for (let k = 0; k < Math.min(500, registered.length); k++) if (!RegSchema.safeParse(registered[Math.floor((k * registered.length) / 500)]).success) bad++;
    onsite.forEach((o) => { if ('statedStartDate' in o || 'wageRiel' in o) bad++; if (o.source === 'csv' ? !(o.sourceRow && o.sourceRow > 0) : o.sourceRow !== null) bad++; });
    check(bad === 0, `schema: ${bad} invalid records`);
    // determinism
    const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
    const a = ser(ro), b = ser(generateEightyEighth(size, seed)), c = ser(generateEightyEighth(size, seed + 1));
    check(a === b, 'determinism: same seed differs');
    check(a !== c, 'determinism: another seed is identical');
    const t1 = performance.now();
    generateEightyEighth(10000, seed);
    const t10k = performance.now() - t1;
    console.log(`  generation: this size ${genMs.toFixed(0)} ms (incl. index build), 10k ${t10k.toFixed(0)} ms`);
    check(t10k < 2000, `10k generation ${t10k.toFixed(0)} ms >= 2 s`);
    console.log('  rules 1-4: ' + (fails.filter((f) => /^rule [1-4]/.test(f)).length ? 'violations' : 'ok') + `; schemas, determinism checked`);
    if (fails.length) { console.log('FAIL\n  ' + fails.join('\n  ')); process.exit(1); }
    console.log('PASS');
  })();
}
