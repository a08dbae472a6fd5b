/**
 * `fiftyfirst`: a blind, labelled benchmark roster — A SUBCONTRACTED CREW ON THE FLOOR.
 *
 * Model. The register (size = N registered workers) is drawn from Cambodian names (skewed: Sok,
 * Chan, Chea ... are common, so full-name namesakes are frequent). ~5 % of registered workers are
 * absent. Every other one is on site once. Besides them, 12-18 % (drawn per seed) of the on-site
 * rows are people employed by a SUBCONTRACTOR (cleaning, security, loading): registered with the
 * fund by the subcontractor, NOT on this register, so truth = null (hidden for this register).
 * ~60 % of their rows carry the NSSF number of their own registration (a real-looking number
 * two or more digits away from every number on this register), ~50 % a national ID. Many are
 * relatives (same family name, ~30 %) or full namesakes (~35 %) of the employer's workers (same
 * villages). A further ~4 % of rows are the employer's own unregistered workers (hidden, no NSSF
 * number). The employer's own rows are ordinary: DOB ~75 %, national ID ~40 %, NSSF ~20 %.
 * All rows — own and subcontractor — go through one rendering pipeline: name in Khmer (40 %) or
 * Latin (60 %), family/given order swapped 9 %, upper/Title/lower case, one typo in 4 % of Latin
 * names, Khmer encoding variants (ZWSP or no space instead of a space, another keyboard's
 * code-point order, NFD), sex recorded 80 %, source manual/csv/id-card drawn independently.
 * Subcontractor rows differ from own rows ONLY by how often NSSF number / national ID are filled
 * in (and the values: an NSSF number from another registration).
 *
 * Fairness rules (audited by the self-check when run directly):
 *  1. A true row carries only plausible variants of its registered worker: a listed Latin
 *     spelling of each word (either order, any case, spaces inside a given name dropped or kept,
 *     at most one typo in one word of 4+ letters) or the Khmer name (ZWSP / no space between
 *     words, NFC/NFD, shifter-vowel / ុំ-ំុ / subscript-vowel order swapped as some keyboards
 *     type it); IDs exact or one slip (one digit changed or two adjacent digits transposed);
 *     DOB exact or day/month swapped; sex right or missing. No other variation is modelled.
 *  2. Registered namesakes (same full name in any listed spelling) never share a date of birth
 *     and are more than a day/month swap or one digit apart.
 *  3. A hidden row either cannot pass for any registered worker by name (not within one edit of
 *     any spelling variant of the registered name, after removing spaces/ZWSP, case and Khmer
 *     code-point order), or is ruled out from every worker it could pass for by a field present
 *     on BOTH sides: sex differs, DOB more than a swap / one digit apart, national IDs 2+ edits
 *     apart, or NSSF numbers 2+ edits apart (a subcontractor's own NSSF number rules out a
 *     registered namesake whose NSSF number is on the register).
 *  4. Nothing leaks the truth: rows shuffled, ids random v4 UUIDs from the seeded PRNG,
 *     recordedAt increasing in row order, sourceRow numbered in row order, registered
 *     workerIds assigned after the register is shuffled.
 *  5. Undecidable true rows (another registered worker whose name fits the row at least as well,
 *     and nothing on the row tells the two apart) stay under 4 % (the generator fills in the
 *     worker's own DOB / ID on undecidable rows beyond 2.5 %).
 */
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY, GIVEN } from './fiftyfirst-names';
import { OnsiteWorker as OnsiteSchema, RegisteredWorker as RegisteredSchema } from '../../src/protocol';
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';

export const FIFTYFIRST_LABEL = 'subcontracted crew: 12-18 % hidden subcontractor workers, often namesakes/relatives, carrying another registration\'s NSSF number';

// ---------------------------------------------------------------- names and matching helpers

const G = GIVEN.length;
const famOf = (id: number) => Math.floor(id / G);
const givOf = (id: number) => id % G;
const identity = (f: number, g: number) => f * G + g;
const GIVEN_BY_SEX: Record<'M' | 'F', number[]> = { M: [], F: [] };
GIVEN.forEach((g, i) => GIVEN_BY_SEX[g.sex].push(i));

const ZW = /[\s\u200B-\u200D\u2060\uFEFF]/g;
/** One canonical form: no spaces / zero-width characters, lower case, NFC, one Khmer code-point order. */
export function normName(s: string): string {
  return s
    .normalize('NFC')
    .replace(ZW, '')
    .toLowerCase()
    .replace(/([\u17B6-\u17C5])(\u17D2[\u1780-\u17A2])/g, '$2$1')
    .replace(/([\u17B6-\u17C5])([\u17C9\u17CA])/g, '$2$1')
    .replace(/\u17C6\u17BB/g, '\u17BB\u17C6');
}

/** Optimal-string-alignment distance (a transposition counts as one edit). Early exit above `max`. */
export function osa(a: string, b: string, max = 3): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = a.length, m = b.length;
  let pp = new Array<number>(m + 1).fill(0), p = new Array<number>(m + 1), c = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) p[j] = j;
  for (let i = 1; i <= n; i++) {
    c[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(p[j] + 1, c[j - 1] + 1, p[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, pp[j - 2] + 1);
      c[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [pp, p, c] = [p, c, pp];
  }
  return p[m];
}

function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

const variantCache = new Map<number, string[]>();
/** Every normalized spelling of a full name: Latin spellings in both orders, Khmer in both orders. */
export function variants(id: number): string[] {
  let v = variantCache.get(id);
  if (v) return v;
  const f = FAMILY[famOf(id)], g = GIVEN[givOf(id)];
  const set = new Set<string>();
  for (const fr of f.lat) for (const gr of g.lat) {
    set.add(normName(fr + gr));
    set.add(normName(gr + fr));
  }
  set.add(normName(f.kh + g.kh));
  set.add(normName(g.kh + f.kh));
  v = [...set];
  variantCache.set(id, v);
  return v;
}

/** Exact-spelling namesakes: identities sharing a normalized spelling (including itself). */
let exactMap: Map<string, number[]> | null = null;
function exactNamesakes(id: number): number[] {
  if (!exactMap) {
    exactMap = new Map();
    for (let i = 0; i < FAMILY.length * G; i++) for (const s of variants(i)) {
      const l = exactMap.get(s);
      if (l) l.push(i); else exactMap.set(s, [i]);
    }
  }
  const out = new Set<number>();
  for (const s of variants(id)) for (const j of exactMap.get(s) ?? []) out.add(j);
  return [...out];
}

/** Symmetric-delete index over the identities on a register: who a name could pass for (≤ 1 edit). */
export class NameIndex {
  private keys = new Map<string, number[]>();
  readonly workers = new Map<number, RegisteredWorker[]>();
  add(id: number, w: RegisteredWorker) {
    const l = this.workers.get(id);
    if (l) { l.push(w); return; }
    this.workers.set(id, [w]);
    const seen = new Set<string>();
    for (const v of variants(id)) for (const k of [v, ...deletions(v)]) {
      if (seen.has(k)) continue;
      seen.add(k);
      const e = this.keys.get(k);
      if (e) e.push(id); else this.keys.set(k, [id]);
    }
  }
  /** Identities within one edit of the (normalized) name, with the distance. */
  query(norm: string): Map<number, number> {
    const out = new Map<number, number>();
    const tried = new Set<number>();
    for (const k of [norm, ...deletions(norm)]) {
      for (const id of this.keys.get(k) ?? []) {
        if (tried.has(id)) continue;
        tried.add(id);
        const d = distTo(norm, id);
        if (d <= 1) out.set(id, d);
      }
    }
    return out;
  }
}
export function distTo(norm: string, id: number): number {
  let best = 9;
  for (const v of variants(id)) {
    const d = osa(norm, v, 1);
    if (d < best) best = d;
    if (best === 0) break;
  }
  return best;
}

// ---------------------------------------------------------------- fields

export function swapDM(d: string): string | null {
  const [y, m, dd] = d.split('-');
  if (Number(dd) > 12 || dd === m) return null;
  return `${y}-${dd}-${m}`;
}
/** Equal, day/month swapped, or one digit apart. */
export function dobClose(a: string, b: string): boolean {
  if (a === b || swapDM(a) === b) return true;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff <= 1;
}
interface Fields { sex: 'M' | 'F' | null; dateOfBirth: string | null; nationalId: string | null; nssfNumber: string | null }
/** A field present on both sides tells the row apart from w (rule 3). */
export function ruledOut(row: Fields, w: RegisteredWorker): boolean {
  return (!!row.sex && !!w.sex && row.sex !== w.sex)
    || (!!row.dateOfBirth && !!w.dateOfBirth && !dobClose(row.dateOfBirth, w.dateOfBirth))
    || (!!row.nationalId && !!w.nationalId && osa(row.nationalId, w.nationalId, 2) >= 2)
    || (!!row.nssfNumber && !!w.nssfNumber && osa(row.nssfNumber, w.nssfNumber, 2) >= 2);
}
/** Rule 5: something on the row tells A (its worker) from B. */
export function toldApart(row: Fields, a: RegisteredWorker, b: RegisteredWorker): boolean {
  if (ruledOut(row, b)) return true;
  if (row.nationalId && a.nationalId && !b.nationalId && osa(row.nationalId, a.nationalId, 1) <= 1) return true;
  if (row.nssfNumber && a.nssfNumber && !b.nssfNumber && osa(row.nssfNumber, a.nssfNumber, 1) <= 1) return true;
  if (row.dateOfBirth && a.dateOfBirth && !b.dateOfBirth && dobClose(row.dateOfBirth, a.dateOfBirth)) return true;
  return false;
}

const DAY = 864e5;
function randDate(r: Rng, fromY: number, toY: number): string {
  const a = Date.UTC(fromY, 0, 1), b = Date.UTC(toY, 11, 31);
  return new Date(a + Math.floor(r.next() * ((b - a) / DAY + 1)) * DAY).toISOString().slice(0, 10);
}
function digits(r: Rng, n: number, first = ''): string {
  let s = first;
  while (s.length < n) s += String(r.int(0, 9));
  return s;
}
/** One ID slip: a digit mistyped, or two adjacent different digits transposed. */
function slip(r: Rng, s: string): string {
  for (;;) {
    const i = r.int(0, s.length - 1);
    if (r.chance(0.5) && i < s.length - 1 && s[i] !== s[i + 1]) return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    const d = String((Number(s[i]) + r.int(1, 9)) % 10);
    if (i === 0 && d === '0' && s.length > 9) continue;
    return s.slice(0, i) + d + s.slice(i + 1);
  }
}
/** Numbers kept 2+ edits apart: a set of every number and its one-digit deletions. */
class FarSet {
  private s = new Set<string>();
  near(x: string) { return this.s.has(x) || deletions(x).some((d) => this.s.has(d)); }
  add(x: string) { this.s.add(x); for (const d of deletions(x)) this.s.add(d); }
}
function uuid(r: Rng): string {
  const h: string[] = [];
  for (let i = 0; i < 16; i++) {
    let b = Math.floor(r.next() * 256);
    if (i === 6) b = (b & 0x0f) | 0x40;
    if (i === 8) b = (b & 0x3f) | 0x80;
    h.push(b.toString(16).padStart(2, '0'));
  }
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

// ---------------------------------------------------------------- rendering a name on site

interface Render { name: string; khmer: boolean; swapped: boolean; typo: boolean; khVariant: boolean; upper: boolean }
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
function typo(r: Rng, w: string): string {
  for (;;) {
    const op = r.int(0, 3), i = r.int(0, w.length - 1);
    let t = w;
    if (op === 0) t = w.slice(0, i) + r.pick([...LETTERS]) + w.slice(i + 1);
    else if (op === 1) t = w.slice(0, i) + w.slice(i + 1);
    else if (op === 2) t = w.slice(0, i) + r.pick([...LETTERS]) + w.slice(i);
    else if (i < w.length - 1) t = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    if (t !== w && t.length >= 3) return t;
  }
}
const KH_VARIANTS: [RegExp, string][] = [
  [/(\u17D2[\u1780-\u17A2])([\u17B6-\u17C5])/, '$2$1'], // vowel typed before the subscript
  [/([\u17C9\u17CA])([\u17B6-\u17C5])/, '$2$1'], // vowel typed before the register shifter
  [/\u17BB\u17C6/, '\u17C6\u17BB'], // ំ before ុ
];
function khVariant(r: Rng, s: string): string {
  const opts = KH_VARIANTS.filter(([re]) => re.test(s));
  if (!opts.length) return s;
  const [re, rep] = r.pick(opts);
  return s.replace(re, rep);
}
function render(r: Rng, id: number): Render {
  const f = FAMILY[famOf(id)], g = GIVEN[givOf(id)];
  const swapped = r.chance(0.09);
  if (r.chance(0.4)) {
    let fk = f.kh, gk = g.kh, khv = false;
    if (r.chance(0.18)) {
      const a = khVariant(r, fk), b = khVariant(r, gk);
      const pickA = a !== fk && (b === gk || r.chance(0.5));
      if (pickA) { fk = a; khv = true; } else if (b !== gk) { gk = b; khv = true; }
    }
    const u = r.next();
    const sep = u < 0.65 ? ' ' : u < 0.87 ? '\u200B' : '';
    if (sep !== ' ') khv = true;
    let name = swapped ? gk + sep + fk : fk + sep + gk;
    if (r.chance(0.1)) { name = name.normalize('NFD'); }
    return { name, khmer: true, swapped, typo: false, khVariant: khv, upper: false };
  }
  const pickRom = (l: readonly string[]) => (r.chance(0.65) ? l[0] : r.pick(l));
  const fw = pickRom(f.lat).toLowerCase().split(' ');
  const gw = pickRom(g.lat).toLowerCase().split(' ');
  let words = swapped ? [...gw, ...fw] : [...fw, ...gw];
  let hadTypo = false;
  if (r.chance(0.04)) {
    const long = words.map((w, i) => (w.length >= 4 ? i : -1)).filter((i) => i >= 0);
    if (long.length) {
      const i = r.pick(long);
      words = words.map((w, j) => (j === i ? typo(r, w) : w));
      hadTypo = true;
    }
  }
  const u = r.next();
  const upper = u < 0.45;
  const name = upper ? words.join(' ').toUpperCase()
    : u < 0.95 ? words.map((w) => w[0].toUpperCase() + w.slice(1)).join(' ')
      : words.join(' ');
  return { name, khmer: false, swapped, typo: hadTypo, khVariant: false, upper };
}

// ---------------------------------------------------------------- the generator

type Kind = 'own' | 'sub' | 'ownHidden';
interface Row extends Fields {
  kind: Kind;
  worker: RegisteredWorker | null;
  ident: number;
  render: Render;
  relation: 'namesake' | 'relative' | 'fresh' | null;
  dobSwap: boolean; nidSlip: boolean; nssfSlip: boolean;
  repairedR3: boolean; repairedR5: boolean;
}
export interface Built { roster: Roster; rows: Row[]; onsiteRows: OnsiteWorker[]; subRate: number; undecidable: number; trueCount: number }

function build(size: number, seed: number): Built {
  const r = rng(seed * 7919 + 51);
  const F = FAMILY.length;
  const skewFam = () => Math.min(F - 1, Math.floor(F * r.next() ** 1.9));
  const skewGiv = (sex: 'M' | 'F') => r.pickSkewed(GIVEN_BY_SEX[sex], 1.5);

  // --- the register
  const index = new NameIndex();
  const nidFar = new FarSet(), nssfFar = new FarSet();
  const dobsByIdent = new Map<number, string[]>();
  const freshNid = () => { for (;;) { const x = digits(r, 9, String(r.int(0, 2))); if (!nidFar.near(x)) { nidFar.add(x); return x; } } };
  const freshNssf = () => { for (;;) { const x = digits(r, 10, String(r.int(1, 9))); if (!nssfFar.near(x)) { nssfFar.add(x); return x; } } };
  type Reg = RegisteredWorker & { ident: number };
  const reg: Reg[] = [];
  for (let i = 0; i < size; i++) {
    const sex: 'M' | 'F' = r.chance(0.56) ? 'F' : 'M';
    const f = skewFam(), g = skewGiv(sex), id = identity(f, g);
    let dob: string | null = null;
    if (r.chance(0.98)) {
      const peers = exactNamesakes(id).flatMap((j) => dobsByIdent.get(j) ?? []);
      do dob = randDate(r, 1966, 2006); while (peers.some((p) => dobClose(p, dob!)));
      const l = dobsByIdent.get(id);
      if (l) l.push(dob); else dobsByIdent.set(id, [dob]);
    }
    const fam = FAMILY[f], giv = GIVEN[g];
    const pickRom = (l: readonly string[]) => (r.chance(0.7) ? l[0] : r.pick(l));
    const latin = `${pickRom(fam.lat)} ${pickRom(giv.lat)}`;
    const minHire = Math.max(Date.UTC(2012, 0, 1), dob ? Date.parse(dob) + 18 * 365.25 * DAY : 0);
    const hire = new Date(minHire + Math.floor(r.next() * ((Date.UTC(2025, 0, 31) - minHire) / DAY)) * DAY).toISOString().slice(0, 10);
    reg.push({
      ident: id,
      workerId: '',
      nssfNumber: r.chance(0.96) ? freshNssf() : null,
      nationalId: r.chance(0.9) ? freshNid() : null,
      nameKh: `${fam.kh} ${giv.kh}`,
      nameLatin: r.chance(0.88) ? (r.chance(0.8) ? latin.toUpperCase() : latin) : null,
      sex: r.chance(0.99) ? sex : null,
      dateOfBirth: dob,
      hireDate: r.chance(0.97) ? hire : null,
      wageRiel: r.chance(0.85) ? r.int(800, 2600) * 1000 : null,
    });
  }
  r.shuffle(reg);
  reg.forEach((w, i) => { w.workerId = `W${String(i + 1).padStart(6, '0')}`; index.add(w.ident, w); });
  const registered: RegisteredWorker[] = reg.map(({ ident: _i, ...w }) => w);
  const regOf = new Map<Reg, RegisteredWorker>(reg.map((w, i) => [w, registered[i]]));
  for (const [id, ws] of index.workers) index.workers.set(id, ws.map((w) => regOf.get(w as Reg)!));

  // --- who is on site
  const order = r.shuffle(reg.map((_, i) => i));
  const absent = new Set(order.slice(0, Math.round(size * 0.05)));
  const rows: Row[] = [];
  for (let i = 0; i < reg.length; i++) {
    if (absent.has(i)) continue;
    const w = registered[i], id = reg[i].ident;
    let dob: string | null = null, dobSwap = false, nid: string | null = null, nidSlip = false, nssf: string | null = null, nssfSlip = false;
    if (w.dateOfBirth && r.chance(0.74)) {
      const s = swapDM(w.dateOfBirth);
      if (s && r.chance(0.04)) { dob = s; dobSwap = true; } else dob = w.dateOfBirth;
    }
    if (w.nationalId && r.chance(0.44)) {
      if (r.chance(0.04)) { nid = slip(r, w.nationalId); nidSlip = true; } else nid = w.nationalId;
    }
    if (w.nssfNumber && r.chance(0.21)) {
      if (r.chance(0.04)) { nssf = slip(r, w.nssfNumber); nssfSlip = true; } else nssf = w.nssfNumber;
    }
    rows.push({
      kind: 'own', worker: w, ident: id, render: render(r, id), relation: null,
      sex: w.sex && r.chance(0.8) ? w.sex : null, dateOfBirth: dob, nationalId: nid, nssfNumber: nssf,
      dobSwap, nidSlip, nssfSlip, repairedR3: false, repairedR5: false,
    });
  }
  const trueCount = rows.length;
  const subRate = 0.12 + r.next() * 0.06;
  const hiddenOwnRate = 0.04;
  const total = Math.round(trueCount / (1 - subRate - hiddenOwnRate));
  const nSub = Math.round(total * subRate), nOwnHidden = total - trueCount - nSub;

  const hiddenRow = (kind: Kind): Row => {
    const sex: 'M' | 'F' = r.chance(kind === 'sub' ? 0.5 : 0.56) ? 'F' : 'M';
    let relation: Row['relation'];
    let id: number;
    const u = r.next();
    if (kind === 'sub' && u < 0.35) {
      // a namesake of one of the employer's workers (same village, same name)
      const w = reg[r.int(0, reg.length - 1)];
      id = w.ident; relation = 'namesake';
    } else if (u < (kind === 'sub' ? 0.65 : 0.4)) {
      const w = reg[r.int(0, reg.length - 1)];
      id = identity(famOf(w.ident), skewGiv(sex)); relation = 'relative';
    } else {
      id = identity(skewFam(), skewGiv(sex)); relation = 'fresh';
    }
    const personSex = GIVEN[givOf(id)].sex;
    const row: Row = {
      kind, worker: null, ident: id, render: render(r, id), relation,
      sex: r.chance(0.8) ? personSex : null,
      // base rates set so that, after the rule-3 / rule-5 fill-ins, DOB presence ends up alike (~80 %) in every group
      dateOfBirth: r.chance(kind === 'sub' ? 0.765 : 0.7) ? randDate(r, 1968, 2006) : null,
      nationalId: r.chance(kind === 'sub' ? 0.5 : 0.4) ? freshNid() : null,
      nssfNumber: kind === 'sub' && r.chance(0.6) ? freshNssf() : null,
      dobSwap: false, nidSlip: false, nssfSlip: false, repairedR3: false, repairedR5: false,
    };
    // rule 3: ruled out from every registered worker the name could pass for, or a new name
    for (let attempt = 0; ; attempt++) {
      const cands = [...index.query(normName(row.render.name)).keys()].flatMap((j) => index.workers.get(j) ?? []);
      const bad = cands.filter((w) => !ruledOut(row, w));
      if (!bad.length) break;
      row.repairedR3 = true;
      if (attempt < 2 && bad.every((w) => w.dateOfBirth) && r.chance(0.5)) {
        let d: string;
        do d = randDate(r, 1968, 2006); while (cands.some((w) => w.dateOfBirth && dobClose(d, w.dateOfBirth)));
        row.dateOfBirth = d;
      } else {
        const s = GIVEN[givOf(row.ident)].sex;
        row.ident = attempt < 8 ? identity(skewFam(), skewGiv(s)) : identity(r.int(0, F - 1), r.pick(GIVEN_BY_SEX[s]));
        row.relation = 'fresh';
        row.render = render(r, row.ident);
      }
    }
    return row;
  };
  for (let i = 0; i < nSub; i++) rows.push(hiddenRow('sub'));
  for (let i = 0; i < nOwnHidden; i++) rows.push(hiddenRow('ownHidden'));

  // --- rule 5: undecidable true rows beyond 2.5 % get their worker's own DOB / ID filled in
  const undecided = rows.filter((row) => row.kind === 'own' && undecidable(index, row, row.worker!));
  r.shuffle(undecided);
  const allow = Math.floor(trueCount * 0.025);
  for (const row of undecided.slice(allow)) {
    const w = row.worker!;
    row.repairedR5 = true;
    if (w.dateOfBirth && !row.dateOfBirth) row.dateOfBirth = w.dateOfBirth;
    if (!undecidable(index, row, w)) continue;
    if (w.nationalId && !row.nationalId) row.nationalId = w.nationalId;
    if (!undecidable(index, row, w)) continue;
    if (w.nssfNumber && !row.nssfNumber) row.nssfNumber = w.nssfNumber;
  }

  // --- shuffle and stamp
  r.shuffle(rows);
  const truth = new Map<string, string | null>();
  const onsite: OnsiteWorker[] = [];
  let t = Date.UTC(2025, 2, 11, 1, 0, 0);
  let csvRow = 0;
  for (const row of rows) {
    const id = uuid(r);
    t += r.int(4, 75) * 1000;
    const u = r.next();
    const source = u < 0.45 ? 'manual' : u < 0.85 ? 'csv' : 'id-card';
    onsite.push({
      id, visitId: 'visit-fiftyfirst', name: row.render.name,
      nationalId: row.nationalId, nssfNumber: row.nssfNumber, sex: row.sex, dateOfBirth: row.dateOfBirth,
      source, sourceRow: source === 'csv' ? ++csvRow : null, recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, row.worker ? row.worker.workerId : null);
  }
  let und = 0;
  for (const row of rows) if (row.kind === 'own' && undecidable(index, row, row.worker!)) und++;
  return { roster: { registered, onsite, truth }, rows, onsiteRows: onsite, subRate, undecidable: und, trueCount };
}

function undecidable(index: NameIndex, row: Row | (Fields & { render: Render }), a: RegisteredWorker): boolean {
  const norm = normName(row.render.name);
  const cands = index.query(norm);
  const aIdent = identOfRegistered(a);
  const dA = cands.get(aIdent) ?? distTo(norm, aIdent);
  for (const [id, d] of cands) {
    if (d > dA) continue;
    for (const b of index.workers.get(id) ?? []) if (b !== a && !toldApart(row, a, b)) return true;
  }
  return false;
}

const famByKh = new Map(FAMILY.map((f, i) => [f.kh, i]));
const givByKh = new Map(GIVEN.map((g, i) => [g.kh, i]));
/** The identity of a registered worker, read back from its Khmer name ("family given"). */
export function identOfRegistered(w: RegisteredWorker): number {
  const [f, g] = w.nameKh.split(' ');
  return identity(famByKh.get(f)!, givByKh.get(g)!);
}

export function generateFiftyfirst(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ---------------------------------------------------------------- self-check

if (process.argv[1]?.endsWith('fiftyfirst.ts')) {
  const size = Number(process.argv[2] ?? 10000), seed = Number(process.argv[3] ?? 1);
  const fails: string[] = [];
  const check = (ok: boolean, what: string) => { console.log(`  [${ok ? 'ok' : 'FAIL'}] ${what}`); if (!ok) fails.push(what); };
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '-');

  const t0 = performance.now();
  const b = build(size, seed);
  const ms = performance.now() - t0;
  const { registered, onsite, truth } = b.roster;
  const rows = b.rows;
  const regById = new Map(registered.map((w) => [w.workerId, w]));
  const index = new NameIndex();
  for (const w of registered) index.add(identOfRegistered(w), w);

  const own = rows.filter((x) => x.kind === 'own'), sub = rows.filter((x) => x.kind === 'sub'), oh = rows.filter((x) => x.kind === 'ownHidden');
  const hidden = [...sub, ...oh];
  const present = new Set([...truth.values()].filter((v): v is string => !!v));
  console.log(`fiftyfirst ${size}/${seed}: ${FIFTYFIRST_LABEL}`);
  console.log(`shape: registered ${registered.length}, on site ${onsite.length} (true ${own.length}, hidden ${hidden.length} = ${pct(hidden.length, onsite.length)}: subcontractor ${sub.length} = ${pct(sub.length, onsite.length)}, own unregistered ${oh.length} = ${pct(oh.length, onsite.length)}), absent ${registered.length - present.size} = ${pct(registered.length - present.size, registered.length)}; generated in ${ms.toFixed(0)} ms`);
  const rate = (xs: Row[], f: (x: Row) => boolean) => pct(xs.filter(f).length, xs.length);
  const line = (label: string, xs: Row[]) => console.log(`  ${label.padEnd(18)} n=${String(xs.length).padStart(5)}  DOB ${rate(xs, (x) => !!x.dateOfBirth)}  NID ${rate(xs, (x) => !!x.nationalId)}  NSSF ${rate(xs, (x) => !!x.nssfNumber)}  sex ${rate(xs, (x) => !!x.sex)}  Khmer ${rate(xs, (x) => x.render.khmer)}  swap ${rate(xs, (x) => x.render.swapped)}  typo ${rate(xs, (x) => x.render.typo)}  kh-enc ${rate(xs, (x) => x.render.khVariant)}  UPPER ${rate(xs, (x) => x.render.upper)}`);
  line('own (true)', own); line('subcontractor', sub); line('own unregistered', oh);
  console.log(`  true rows: DOB day/month swapped ${rate(own, (x) => x.dobSwap)}, NID slip ${pct(own.filter((x) => x.nidSlip).length, own.filter((x) => x.nationalId).length)} of NIDs, NSSF slip ${pct(own.filter((x) => x.nssfSlip).length, own.filter((x) => x.nssfNumber).length)} of NSSF numbers, rule-5 filled in ${rate(own, (x) => x.repairedR5)}`);
  const passFor = (x: Row) => index.query(normName(x.render.name)).size > 0;
  console.log(`  subcontractors: drawn as namesakes ${rate(sub, (x) => x.relation === 'namesake')}, relatives ${rate(sub, (x) => x.relation === 'relative')}, name re-drawn or DOB given for rule 3 ${rate(sub, (x) => x.repairedR3)}; name could pass for a registered worker ${rate(sub, passFor)} (own unregistered ${rate(oh, passFor)})`);
  console.log(`  registered: Latin name ${pct(registered.filter((w) => w.nameLatin).length, registered.length)}, NSSF ${pct(registered.filter((w) => w.nssfNumber).length, registered.length)}, NID ${pct(registered.filter((w) => w.nationalId).length, registered.length)}, DOB ${pct(registered.filter((w) => w.dateOfBirth).length, registered.length)}, sex ${pct(registered.filter((w) => w.sex).length, registered.length)}; subcontract share drawn ${(100 * b.subRate).toFixed(1)} %`);

  console.log('audits:');
  // names list
  const romOwner = new Map<string, string>();
  let romClash = 0, badKh = 0;
  for (const l of [FAMILY, GIVEN]) for (const n of l) {
    if (!/^[\u1780-\u17FF]+$/.test(n.kh)) badKh++;
    for (const s of n.lat) { const k = normName(s); if (romOwner.has(k) && romOwner.get(k) !== n.kh) romClash++; romOwner.set(k, n.kh); }
  }
  check(romClash === 0 && badKh === 0, `name lists: ${FAMILY.length} family, ${GIVEN.length} given; no spelling shared by two Khmer words (${romClash}), Khmer-only script (${badKh} bad)`);

  // rule 1
  let r1 = 0;
  const byId = new Map(onsite.map((o) => [o.id, o]));
  for (const o of onsite) {
    const wid = truth.get(o.id);
    if (!wid) continue;
    const w = regById.get(wid)!;
    const id = identOfRegistered(w);
    const d = distTo(normName(o.name), id);
    const khmer = /[\u1780-\u17FF]/.test(o.name);
    const ok = (khmer ? d === 0 : d <= 1)
      && (!o.sex || o.sex === w.sex)
      && (!o.dateOfBirth || o.dateOfBirth === w.dateOfBirth || (!!w.dateOfBirth && swapDM(w.dateOfBirth) === o.dateOfBirth))
      && (!o.nationalId || (!!w.nationalId && osa(o.nationalId, w.nationalId, 1) <= 1))
      && (!o.nssfNumber || (!!w.nssfNumber && osa(o.nssfNumber, w.nssfNumber, 1) <= 1));
    if (!ok) r1++;
  }
  check(r1 === 0, `rule 1: every true row is a plausible variant of its worker (${r1} violations)`);

  // rule 2
  let r2 = 0, groups = 0;
  const byIdent = new Map<number, RegisteredWorker[]>();
  for (const w of registered) { const k = identOfRegistered(w); const l = byIdent.get(k); if (l) l.push(w); else byIdent.set(k, [w]); }
  for (const [id, ws] of byIdent) {
    const peers = exactNamesakes(id).flatMap((j) => byIdent.get(j) ?? []);
    if (peers.length > 1) groups++;
    for (const a of ws) for (const c of peers) if (a !== c && a.dateOfBirth && c.dateOfBirth && dobClose(a.dateOfBirth, c.dateOfBirth)) r2++;
  }
  check(r2 === 0, `rule 2: registered namesakes never share / nearly share a DOB (${groups} namesake names, ${r2} violations)`);

  // rule 3
  let r3 = 0, byNssf = 0, byNid = 0, byDob = 0, bySex = 0, namesakeHidden = 0, nssfNear = 0;
  const regNssf = new FarSet();
  for (const w of registered) if (w.nssfNumber) regNssf.add(w.nssfNumber);
  for (const o of onsite) {
    if (truth.get(o.id) !== null) continue;
    if (o.nssfNumber && regNssf.near(o.nssfNumber)) nssfNear++;
    const cands = [...index.query(normName(o.name)).keys()].flatMap((j) => index.workers.get(j) ?? []);
    if (cands.length) namesakeHidden++;
    for (const w of cands) {
      if (!ruledOut(o, w)) { r3++; continue; }
      if (o.nssfNumber && w.nssfNumber && osa(o.nssfNumber, w.nssfNumber, 2) >= 2) byNssf++;
      else if (o.nationalId && w.nationalId && osa(o.nationalId, w.nationalId, 2) >= 2) byNid++;
      else if (o.dateOfBirth && w.dateOfBirth && !dobClose(o.dateOfBirth, w.dateOfBirth)) byDob++;
      else bySex++;
    }
  }
  const pairs = byNssf + byNid + byDob + bySex;
  check(r3 === 0, `rule 3: every hidden row is ruled out from each worker it could pass for (${pct(namesakeHidden, hidden.length)} of hidden rows could pass by name; pairs ruled out first by NSSF ${pct(byNssf, pairs)}, NID ${pct(byNid, pairs)}, DOB ${pct(byDob, pairs)}, sex ${pct(bySex, pairs)}; ${r3} violations)`);
  check(nssfNear === 0, `rule 3: hidden rows' NSSF numbers are 2+ edits from every registered NSSF number (${nssfNear} near)`);

  // rule 4
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const idsOk = onsite.every((o) => uuidRe.test(o.id)) && new Set(onsite.map((o) => o.id)).size === onsite.length;
  const timeOk = onsite.every((o, i) => i === 0 || Date.parse(o.recordedAt) > Date.parse(onsite[i - 1].recordedAt));
  let k = 0;
  const csvOk = onsite.every((o) => (o.source === 'csv' ? o.sourceRow === ++k : o.sourceRow === null));
  const meanPos = (f: (o: OnsiteWorker) => boolean) => { const xs = onsite.map((o, i) => (f(o) ? i : -1)).filter((i) => i >= 0); return xs.reduce((a, c) => a + c, 0) / Math.max(1, xs.length) / onsite.length; };
  const hidPos = meanPos((o) => truth.get(o.id) === null);
  const subIds = new Set<string>();
  rows.forEach((x, i) => { if (x.kind === 'sub') subIds.add(onsite[i].id); });
  const subPos = meanPos((o) => subIds.has(o.id));
  // gaps are judged against sampling noise: 4.5 standard errors
  const se = (p: number, n1: number, n2: number) => Math.sqrt(Math.max(p * (1 - p), 0.01) * (1 / n1 + 1 / n2));
  const hidRows = onsite.filter((o) => truth.get(o.id) === null), trueRows = onsite.filter((o) => truth.get(o.id) !== null);
  const srcZ = Math.max(...(['manual', 'csv', 'id-card'] as const).map((s) => {
    const a = hidRows.filter((o) => o.source === s).length / hidRows.length, c = trueRows.filter((o) => o.source === s).length / trueRows.length;
    return Math.abs(a - c) / se((a + c) / 2, hidRows.length, trueRows.length);
  }));
  const absentRank = registered.map((w, i) => (present.has(w.workerId) ? -1 : i)).filter((i) => i >= 0);
  const absentPos = absentRank.reduce((a, c) => a + c, 0) / Math.max(1, absentRank.length) / registered.length;
  const renderZ = Math.max(
    ...[(x: Row) => x.render.khmer, (x: Row) => x.render.swapped, (x: Row) => x.render.upper, (x: Row) => x.render.typo, (x: Row) => x.render.khVariant, (x: Row) => !!x.sex].map((f) => {
      const a = sub.filter(f).length / sub.length, c = own.filter(f).length / own.length;
      return Math.abs(a - c) / se((a + c) / 2, sub.length, own.length);
    }),
  );
  const posZ = (p: number, n: number) => Math.abs(p - 0.5) / Math.sqrt(1 / 12 / Math.max(1, n));
  check(idsOk && timeOk && csvOk, `rule 4: ids unique v4 UUIDs (${idsOk}), recordedAt increasing (${timeOk}), sourceRow in row order (${csvOk})`);
  check(posZ(hidPos, hidden.length) < 4.5 && posZ(subPos, sub.length) < 4.5 && posZ(absentPos, absentRank.length) < 4.5, `rule 4: no order leak (mean position hidden ${hidPos.toFixed(3)}, subcontractor ${subPos.toFixed(3)}, absent in register ${absentPos.toFixed(3)})`);
  check(srcZ < 4.5 && renderZ < 4.5, `rule 4: hidden vs true source mix (largest gap ${srcZ.toFixed(1)} s.e.), subcontractor vs own name rendering / sex (largest gap ${renderZ.toFixed(1)} s.e.); < 4.5 s.e.`);
  const dobZ = Math.max(...[sub, oh].map((xs) => {
    const a = xs.filter((x) => x.dateOfBirth).length / xs.length, c = own.filter((x) => x.dateOfBirth).length / own.length;
    return Math.abs(a - c) / se((a + c) / 2, xs.length, own.length);
  }));
  check(dobZ < 4.5, `rule 4: DOB presence alike in own, subcontractor and own-unregistered rows (largest gap ${dobZ.toFixed(1)} s.e.; < 4.5 s.e.)`);

  // rule 5
  let und = 0;
  for (const o of onsite) {
    const wid = truth.get(o.id);
    if (!wid) continue;
    if (undecidable(index, { ...o, render: { name: o.name } as Render }, regById.get(wid)!)) und++;
  }
  check(und / own.length < 0.04, `rule 5: undecidable true rows ${und} = ${pct(und, own.length)} (< 4 %)`);

  // schemas
  const badOn = onsite.filter((o) => !OnsiteSchema.safeParse(o).success).length;
  const badReg = registered.filter((w) => !RegisteredSchema.safeParse(w).success).length;
  const noExtra = onsite.every((o) => !('statedStartDate' in o) && !('wageRiel' in o));
  check(badOn === 0 && badReg === 0 && noExtra && truth.size === onsite.length, `schemas: ${badOn} bad on-site, ${badReg} bad registered rows; truth covers every row (${truth.size}/${onsite.length})`);
  void byId;

  // determinism
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const again = ser(generateFiftyfirst(size, seed)), other = ser(generateFiftyfirst(size, seed + 1));
  const first = ser(b.roster);
  check(again === first && other !== first, 'determinism: same seed identical, another seed differs');

  // time at 10k
  const t1 = performance.now();
  generateFiftyfirst(10000, seed + 100);
  const ms10 = performance.now() - t1;
  check(ms10 < 2000, `time: 10,000 registered generated in ${ms10.toFixed(0)} ms (< 2 s)`);

  console.log(fails.length ? `FAIL (${fails.length})` : 'PASS');
  if (fails.length) process.exit(1);
}
