/**
 * `twentyseventh`: an employer's sheet whose ID columns are partly misaligned.
 *
 * THEME. Most on-site rows come from the employer's spreadsheet (source 'csv'). Somebody sorted or
 * pasted the national-ID and/or NSSF-number column without the others (or deleted departed workers'
 * lines from the name columns only), so in one or two blocks of consecutive sheet rows (together
 * 5-15 % of the sheet) that column is shifted by 1-3 rows: those rows carry the numbers of the worker
 * k rows below or above them on the master sheet: usually a worker who is also on the sheet (whose
 * own row shows the same number again), sometimes a departed (absent) registered worker whose line was
 * struck, sometimes a hidden worker's unregistered ID or an empty cell. Names, sex and dates of birth
 * on the shifted rows are still the row's own. The rest of the sheet is right, and rows the inspector
 * typed ('manual') or copied from ID cards ('id-card') are right. A careful human notices that the
 * name and date of birth do not fit the ID and trusts the name and date.
 *
 * Usual variations at realistic rates: hidden workers 6-8 % of on-site rows (about half namesakes of
 * registered workers), absent registered ~6 %, Khmer encoding variants (zero-width space or no space
 * between the names, register-shifter / vowel order, vowel typed before a subscript consonant, the
 * vowel ោ typed as េ + ា, NFD), Latin romanization variants, family/given order swaps, case, typos,
 * ID slips, DOB day/month swaps, missing fields.
 *
 * FAIRNESS RULES (audited by the self-check; run `npx tsx test/bench/twentyseventh.ts 10000 1`):
 *  1. A true row carries only plausible variants of its registered worker: listed romanizations of
 *     each name word, either order, any case, at most one typo (one edit) in one Latin word of 4+
 *     letters, Khmer encoding variants; IDs exact or one slip (one digit mistyped or two adjacent
 *     digits transposed); DOB exact or day/month swapped; sex right or missing.
 *     EXTRA VARIATION MODELLED (the theme): on a sheet row inside a shifted block, the shifted ID
 *     column carries the value of another sheet row (or a struck departed worker's line) k rows away,
 *     or is empty. Such rows always have their date of birth, never a name typo nor an ID slip, and
 *     never carry the numbers of a worker whose name they could pass for (such a cell is left empty),
 *     so name + date of birth point to exactly one registered worker.
 *  2. Registered workers whose names could pass for each other (same full name in any spelling, or
 *     one edit apart) never have dates of birth that are equal, a day/month swap, or one digit
 *     (or one adjacent transposition) apart.
 *  3. A hidden row either could not pass for any registered worker by name (no spelling variant
 *     within one edit), or is ruled out from every one it could pass for by a field present on both
 *     sides. Stricter than required here: since sheet IDs can be shifted, a hidden row from the sheet
 *     is ruled out only by sex or date of birth (in practice all hidden namesakes carry a date of
 *     birth far from every registered namesake's).
 *  4. Nothing leaks the truth: the register is shuffled before worker ids are assigned, the sheet's
 *     order is an independent shuffle (kept in sourceRow / recordedAt order, as the blocks need), the
 *     walk-through rows are shuffled, ids are UUIDv4 from the seeded PRNG, recordedAt increases in row
 *     order.
 *  5. Undecidable true rows (another registered worker fits every field present, and no field fits
 *     the true one better) stay under 4 %.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { TS_FAMILY, TS_GIVEN } from './twentyseventh-names';

export const TWENTYSEVENTH_LABEL =
  'employer sheet with misaligned ID columns: 1-2 blocks (5-15 % of the sheet) carry other workers\' national ID / NSSF numbers';

// ---------------------------------------------------------------------------------------------
// Names: keys, Khmer canonical form, variants, a one-edit index over every (family, given) pair.

const KH_RE = /[\u1780-\u17FF]/;
const COENG = 0x17d2;
const isCons = (c: number) => c >= 0x1780 && c <= 0x17a2;
const isDep = (c: number) => c >= 0x17b6 && c <= 0x17c8; // dependent vowels and signs
const isVowel = (c: number) => c >= 0x17b6 && c <= 0x17c5;
const isShifter = (c: number) => c === 0x17c9 || c === 0x17ca;

function latinKey(s: string): string {
  return s.normalize('NFKD').toLowerCase().replace(/[^a-z]/g, '');
}

/** Undoes every Khmer encoding variant this generator produces (and common others). */
function khmerCanon(s: string): string {
  let a = s.normalize('NFC').replace(/[\s\u200B-\u200D\uFEFF]/g, '').replace(/\u17C1\u17B6/g, '\u17C4');
  const cs = Array.from(a, (ch) => ch.codePointAt(0)!);
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i + 1 < cs.length; i++) {
      if (isDep(cs[i]) && cs[i + 1] === COENG && i + 2 < cs.length && isCons(cs[i + 2])) {
        const v = cs[i];
        cs[i] = COENG;
        cs[i + 1] = cs[i + 2];
        cs[i + 2] = v;
        changed = true;
      } else if (isVowel(cs[i]) && isShifter(cs[i + 1])) {
        [cs[i], cs[i + 1]] = [cs[i + 1], cs[i]];
        changed = true;
      }
    }
  }
  a = String.fromCodePoint(...cs);
  return a;
}

function nameKey(s: string): string {
  return KH_RE.test(s) ? khmerCanon(s) : latinKey(s);
}

/** Optimal-string-alignment distance <= 1 (one substitution, insertion, deletion or adjacent swap). */
function osa1(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : b.slice(i + 1) === a.slice(i);
}

function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

interface NameIndex {
  /** pair id = family index * G + given index */
  keys: string[][];
  keySets: Set<string>[];
  byDel: Map<string, number[]>;
  /** canonical Khmer "family+given" → pair id (to read a registered worker's pair back). */
  byKh: Map<string, number>;
  compatCache: Map<number, number[]>;
}

const G = TS_GIVEN.length;
let INDEX: NameIndex | null = null;

function nameIndex(): NameIndex {
  if (INDEX) return INDEX;
  const keys: string[][] = [];
  const keySets: Set<string>[] = [];
  const byDel = new Map<string, number[]>();
  const byKh = new Map<string, number>();
  for (let f = 0; f < TS_FAMILY.length; f++) {
    for (let g = 0; g < G; g++) {
      const id = f * G + g;
      const fam = TS_FAMILY[f];
      const giv = TS_GIVEN[g];
      const ks = new Set<string>();
      for (const fl of fam.lat) {
        for (const gl of giv.lat) {
          ks.add(latinKey(fl + gl));
          ks.add(latinKey(gl + fl));
        }
      }
      const khFG = khmerCanon(fam.kh + giv.kh);
      ks.add(khFG);
      ks.add(khmerCanon(giv.kh + fam.kh));
      if (byKh.has(khFG)) throw new Error(`two name pairs share the Khmer spelling ${khFG}`);
      byKh.set(khFG, id);
      keys[id] = [...ks];
      keySets[id] = ks;
      for (const k of ks) {
        for (const d of [k, ...deletions(k)]) {
          const l = byDel.get(d);
          if (l) {
            if (l[l.length - 1] !== id) l.push(id);
          } else byDel.set(d, [id]);
        }
      }
    }
  }
  INDEX = { keys, keySets, byDel, byKh, compatCache: new Map() };
  return INDEX;
}

/** Pair ids with a spelling variant within one edit of the key. */
function queryKey(ix: NameIndex, key: string): Set<number> {
  const cand = new Set<number>();
  for (const d of [key, ...deletions(key)]) {
    const l = ix.byDel.get(d);
    if (l) for (const id of l) cand.add(id);
  }
  const out = new Set<number>();
  for (const id of cand) {
    if (ix.keySets[id].has(key) || ix.keys[id].some((k) => osa1(k, key))) out.add(id);
  }
  return out;
}

/** Pairs whose exact spellings come within one edit of this pair's (itself included). */
function compat(ix: NameIndex, pair: number): number[] {
  let c = ix.compatCache.get(pair);
  if (!c) {
    const s = new Set<number>();
    for (const k of ix.keys[pair]) for (const id of queryKey(ix, k)) s.add(id);
    c = [...s];
    ix.compatCache.set(pair, c);
  }
  return c;
}

// ---------------------------------------------------------------------------------------------
// Dates and IDs.

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function randomDate(r: Rng, y0: number, y1: number): string {
  const y = r.int(y0, y1);
  const m = r.int(1, 12);
  return `${y}-${pad(m)}-${pad(r.int(1, daysIn(y, m)))}`;
}

function swapDM(d: string): string | null {
  const [y, m, day] = d.split('-');
  if (Number(day) > 12 || m === day) return null;
  return `${y}-${day}-${m}`;
}

/** Equal, day/month swap, one digit mistyped or two adjacent digits swapped. */
function dobClose(a: string, b: string): boolean {
  if (a === b || swapDM(a) === b) return true;
  return osa1Digits(a.replace(/-/g, ''), b.replace(/-/g, ''));
}

function osa1Digits(a: string, b: string): boolean {
  return a.length === b.length && osa1(a, b);
}

/** Every string one substitution or adjacent transposition away (plus itself). */
function digitNeighbours(s: string): string[] {
  const out = [s];
  for (let i = 0; i < s.length; i++) {
    for (let d = 0; d <= 9; d++) {
      const c = String(d);
      if (c !== s[i]) out.push(s.slice(0, i) + c + s.slice(i + 1));
    }
    if (i + 1 < s.length && s[i] !== s[i + 1]) out.push(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  }
  return out;
}

function dateNeighbours(d: string): string[] {
  const out = digitNeighbours(d.replace(/-/g, '')).map((x) => `${x.slice(0, 4)}-${x.slice(4, 6)}-${x.slice(6, 8)}`);
  const s = swapDM(d);
  if (s) out.push(s);
  return out;
}

/** A fresh ID no registered/hidden ID is within one slip of. */
function freshId(r: Rng, len: number, taken: Set<string>): string {
  for (;;) {
    let s = String(r.int(1, 9));
    while (s.length < len) s += String(r.int(0, 9));
    if (!digitNeighbours(s).some((n) => taken.has(n))) {
      taken.add(s);
      return s;
    }
  }
}

/** One slip of an ID that is not within one slip of any other known ID; null if none found. */
function slipId(r: Rng, id: string, taken: Set<string>): string | null {
  for (let t = 0; t < 12; t++) {
    const i = r.int(0, id.length - 1);
    let s: string;
    if (r.chance(0.5) && i + 1 < id.length && id[i] !== id[i + 1]) s = id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
    else {
      let c = String(r.int(0, 9));
      while (c === id[i]) c = String(r.int(0, 9));
      s = id.slice(0, i) + c + id.slice(i + 1);
    }
    if (s[0] === '0') continue;
    if (!digitNeighbours(s).some((n) => n !== id && taken.has(n))) return s;
  }
  return null;
}

function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(Math.floor(r.next() * 256));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const skewIdx = (r: Rng, n: number, s: number) => Math.min(n - 1, Math.floor(n * r.next() ** s));

// ---------------------------------------------------------------------------------------------
// Rendering a name.

const KEY_NEAR: Record<string, string> = {
  a: 'sqe', b: 'vn', c: 'xv', d: 'sf', e: 'wr', f: 'dg', g: 'fh', h: 'gj', i: 'uo', j: 'hk', k: 'jl', l: 'k',
  m: 'n', n: 'bm', o: 'ip', p: 'o', q: 'w', r: 'et', s: 'ad', t: 'ry', u: 'yi', v: 'cb', w: 'qe', x: 'zc', y: 'tu', z: 'x',
};

function typo(r: Rng, name: string): string | null {
  const words = name.split(' ');
  const long = words.map((w, i) => (w.length >= 4 ? i : -1)).filter((i) => i >= 0);
  if (!long.length) return null;
  const wi = r.pick(long);
  const w = words[wi];
  const i = r.int(1, w.length - 1);
  const upper = w === w.toUpperCase();
  const fix = (c: string) => (upper ? c.toUpperCase() : c.toLowerCase());
  let nw: string;
  const op = r.int(0, 3);
  if (op === 0) {
    const near = KEY_NEAR[w[i].toLowerCase()] ?? 'e';
    nw = w.slice(0, i) + fix(near[r.int(0, near.length - 1)]) + w.slice(i + 1);
  } else if (op === 1) nw = w.slice(0, i) + w.slice(i + 1);
  else if (op === 2) nw = w.slice(0, i) + w[i] + w.slice(i);
  else {
    if (i + 1 >= w.length || w[i] === w[i + 1]) return null;
    nw = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  }
  words[wi] = nw;
  return words.join(' ');
}

function khmerVariant(r: Rng, s: string): { s: string; changed: boolean } {
  let cs = Array.from(s, (ch) => ch.codePointAt(0)!);
  let changed = false;
  // register shifter typed after the vowel
  if (r.chance(0.4)) {
    for (let i = 0; i + 1 < cs.length; i++) {
      if (isShifter(cs[i]) && isVowel(cs[i + 1])) {
        [cs[i], cs[i + 1]] = [cs[i + 1], cs[i]];
        changed = true;
        break;
      }
    }
  }
  // vowel typed before the subscript consonant
  if (r.chance(0.35)) {
    for (let i = 0; i + 2 < cs.length; i++) {
      if (cs[i] === COENG && isCons(cs[i + 1]) && isDep(cs[i + 2])) {
        const v = cs[i + 2];
        cs = [...cs.slice(0, i), v, COENG, cs[i + 1], ...cs.slice(i + 3)];
        changed = true;
        break;
      }
    }
  }
  let out = String.fromCodePoint(...cs);
  if (out.includes('\u17C4') && r.chance(0.5)) {
    out = out.replace('\u17C4', '\u17C1\u17B6');
    changed = true;
  }
  if (r.chance(0.1)) out = out.normalize('NFD');
  return { s: out, changed };
}

type Source = 'manual' | 'csv' | 'id-card';

interface Person {
  pair: number;
  sex: 'M' | 'F' | null;
  dob: string;
  nid: string | null;
  nssf: string | null;
  /** index into the shuffled register, or -1 for a hidden worker */
  reg: number;
  /** romanization index per word used by the register's Latin name, if any */
  latIdx: [number, number] | null;
  hasNamesake: boolean;
  source: Source;
}

interface RowMeta {
  typo: boolean;
  orderSwap: boolean;
  khEnc: boolean;
  script: 'kh' | 'lat';
  dobSwap: boolean;
  dobMissing: boolean;
  nidSlip: boolean;
  nssfSlip: boolean;
  inBlock: boolean;
  /** what the shifted cell carries: null = not shifted */
  nidDonor: DonorKind | null;
  nssfDonor: DonorKind | null;
  /** the value the row would carry without the shift (audit) */
  nidOwn: string | null;
  nssfOwn: string | null;
  /** the donor row's unshifted value (audit) */
  nidDonorValue: string | null;
  nssfDonorValue: string | null;
}

type DonorKind = 'onsite' | 'absent' | 'hidden' | 'edge' | 'blanked';

interface Gen {
  roster: Roster;
  meta: Map<string, RowMeta>;
  blocks: { start: number; size: number; cols: 'nid' | 'nssf' | 'both'; k: number; dir: number }[];
  sheetRows: number;
}

function renderName(r: Rng, ix: NameIndex, p: Person, allowTypo: boolean, m: RowMeta): string {
  const f = Math.floor(p.pair / G);
  const g = p.pair % G;
  const fam = TS_FAMILY[f];
  const giv = TS_GIVEN[g];
  const pKh = p.source === 'id-card' ? 0.9 : p.source === 'csv' ? 0.45 : 0.4;
  if (r.chance(pKh)) {
    m.script = 'kh';
    const swap = r.chance(0.03);
    m.orderSwap = swap;
    const [a, b] = swap ? [giv.kh, fam.kh] : [fam.kh, giv.kh];
    const v1 = khmerVariant(r, a);
    const v2 = khmerVariant(r, b);
    const sepRoll = r.next();
    const sep = sepRoll < 0.72 ? ' ' : sepRoll < 0.88 ? '\u200B' : '';
    m.khEnc = v1.changed || v2.changed || sep !== ' ';
    return v1.s + sep + v2.s;
  }
  m.script = 'lat';
  const fi = p.latIdx && r.chance(0.55) ? p.latIdx[0] : r.int(0, fam.lat.length - 1);
  const gi = p.latIdx && r.chance(0.55) ? p.latIdx[1] : r.int(0, giv.lat.length - 1);
  const swap = r.chance(0.15);
  m.orderSwap = swap;
  let name = swap ? `${giv.lat[gi]} ${fam.lat[fi]}` : `${fam.lat[fi]} ${giv.lat[gi]}`;
  const c = r.next();
  if (c < 0.45) name = name.toUpperCase();
  else if (c < 0.55) name = name.toLowerCase();
  const pTypo = p.source === 'manual' ? 0.06 : p.source === 'csv' ? 0.03 : 0;
  if (allowTypo && r.chance(pTypo)) {
    const ok = new Set(compat(ix, p.pair));
    for (let t = 0; t < 4; t++) {
      const ty = typo(r, name);
      if (!ty) continue;
      const key = latinKey(ty);
      if (ix.keySets[p.pair].has(key)) continue; // another valid spelling, not a typo
      const hits = queryKey(ix, key);
      if (hits.has(p.pair) && [...hits].every((h) => ok.has(h))) {
        m.typo = true;
        return ty;
      }
    }
  }
  return name;
}

// ---------------------------------------------------------------------------------------------
// The generator.

function generate(size: number, seed: number): Gen {
  const r = rng(seed * 7919 + 27);
  const ix = nameIndex();
  const F = TS_FAMILY.length;

  // Register.
  const nidTaken = new Set<string>();
  const nssfTaken = new Set<string>();
  const blocked = new Map<number, Set<string>>(); // pair → DOBs close to a registered worker's
  const people: Person[] = [];
  const regExtra: { hire: string; wage: number | null; latin: string | null; regSex: 'M' | 'F' | null }[] = [];
  for (let i = 0; i < size; i++) {
    let pair = 0;
    let dob = '';
    for (let t = 0; ; t++) {
      pair = skewIdx(r, F, 2.2) * G + skewIdx(r, G, 1.5);
      const cps = compat(ix, pair);
      let ok = false;
      for (let u = 0; u < 40 && !ok; u++) {
        dob = randomDate(r, 1968, 2006);
        ok = !cps.some((cp) => blocked.get(cp)?.has(dob));
      }
      if (ok) break;
      if (t > 50) throw new Error('cannot place a registered DOB');
    }
    let bs = blocked.get(pair);
    if (!bs) blocked.set(pair, (bs = new Set()));
    for (const n of dateNeighbours(dob)) bs.add(n);
    const giv = TS_GIVEN[pair % G];
    const fam = TS_FAMILY[Math.floor(pair / G)];
    const sex: 'M' | 'F' = giv.sex === 'U' ? (r.chance(0.5) ? 'M' : 'F') : giv.sex;
    const nid = r.chance(0.97) ? freshId(r, 9, nidTaken) : null;
    const nssf = r.chance(0.99) ? freshId(r, 10, nssfTaken) : null;
    const latIdx: [number, number] = [r.chance(0.7) ? 0 : r.int(0, fam.lat.length - 1), r.chance(0.7) ? 0 : r.int(0, giv.lat.length - 1)];
    const hasLatin = r.chance(0.92);
    const birthYear = Number(dob.slice(0, 4));
    let hire = randomDate(r, Math.max(2012, birthYear + 18), 2024);
    if (hire < `${birthYear + 18}${dob.slice(4)}`) hire = `${birthYear + 19}-01-15`;
    people.push({ pair, sex, dob, nid, nssf, reg: -1, latIdx: hasLatin ? latIdx : null, hasNamesake: false, source: 'csv' });
    regExtra.push({
      hire,
      wage: r.chance(0.95) ? 780_000 + 10_000 * r.int(0, 90) : null,
      latin: hasLatin ? `${fam.lat[latIdx[0]]} ${giv.lat[latIdx[1]]}`.toUpperCase() : null,
      regSex: r.chance(0.99) ? sex : null,
    });
  }
  // Shuffle the register, then assign worker ids in that order.
  const order = r.shuffle(people.map((_, i) => i));
  const regPeople = order.map((i) => people[i]);
  const regEx = order.map((i) => regExtra[i]);
  const registered: RegisteredWorker[] = regPeople.map((p, i) => {
    p.reg = i;
    const f = Math.floor(p.pair / G);
    return {
      workerId: `W${pad(i + 1, 6)}`,
      nssfNumber: p.nssf,
      nationalId: p.nid,
      nameKh: `${TS_FAMILY[f].kh} ${TS_GIVEN[p.pair % G].kh}`,
      nameLatin: regEx[i].latin,
      sex: regEx[i].regSex,
      dateOfBirth: p.dob,
      hireDate: regEx[i].hire,
      wageRiel: regEx[i].wage,
    };
  });
  for (const p of regPeople) p.sex = registered[p.reg].sex; // what is known of the person
  const byPair = new Map<number, number[]>();
  regPeople.forEach((p, i) => {
    const l = byPair.get(p.pair);
    if (l) l.push(i);
    else byPair.set(p.pair, [i]);
  });

  // Absent and present.
  const absent = new Set<number>();
  regPeople.forEach((_, i) => {
    if (r.chance(0.06)) absent.add(i);
  });
  const present = regPeople.filter((_, i) => !absent.has(i));
  for (const p of present) p.hasNamesake = compat(ix, p.pair).some((cp) => (byPair.get(cp)?.length ?? 0) > (cp === p.pair ? 1 : 0));

  // Hidden workers.
  const hRate = 0.06 + 0.02 * r.next();
  const nHidden = Math.round((present.length * hRate) / (1 - hRate));
  const hidden: Person[] = [];
  while (hidden.length < nHidden) {
    let pair: number;
    let sex: 'M' | 'F';
    if (r.chance(0.55)) {
      const w = regPeople[r.int(0, regPeople.length - 1)];
      pair = w.pair;
      const gs = TS_GIVEN[pair % G].sex;
      sex = gs === 'U' ? (r.chance(0.5) ? 'M' : 'F') : gs;
    } else {
      pair = skewIdx(r, F, 1.3) * G + skewIdx(r, G, 1.2);
      const gs = TS_GIVEN[pair % G].sex;
      sex = gs === 'U' ? (r.chance(0.5) ? 'M' : 'F') : gs;
    }
    const cps = compat(ix, pair);
    let dob = '';
    let ok = false;
    for (let u = 0; u < 40 && !ok; u++) {
      dob = randomDate(r, 1968, 2007);
      ok = !cps.some((cp) => blocked.get(cp)?.has(dob));
    }
    if (!ok) continue;
    const hasNamesake = cps.some((cp) => (byPair.get(cp)?.length ?? 0) > 0);
    hidden.push({ pair, sex, dob, nid: r.chance(0.55) ? freshId(r, 9, nidTaken) : null, nssf: null, reg: -1, latIdx: null, hasNamesake, source: 'manual' });
  }

  // Sources.
  for (const p of present) {
    const x = r.next();
    p.source = x < 0.72 ? 'csv' : x < 0.88 ? 'manual' : 'id-card';
  }
  for (const p of hidden) {
    const x = r.next();
    p.source = x < 0.45 ? 'csv' : x < 0.78 ? 'manual' : 'id-card';
  }
  const onsitePeople = [...present, ...hidden];
  const sheet = r.shuffle(onsitePeople.filter((p) => p.source === 'csv'));
  const walk = r.shuffle(onsitePeople.filter((p) => p.source !== 'csv'));

  // The master sheet: the visible rows plus the struck lines of some departed workers.
  type ERow = { p: Person; ghost: boolean; nid: string | null; nssf: string | null; vis: number };
  const E: ERow[] = sheet.map((p, i) => ({ p, ghost: false, nid: null, nssf: null, vis: i }));
  for (const a of absent) {
    if (!r.chance(0.5)) continue;
    const w = regPeople[a];
    E.splice(r.int(0, E.length), 0, { p: w, ghost: true, nid: r.chance(0.75) ? w.nid : null, nssf: r.chance(0.65) ? w.nssf : null, vis: -1 });
  }
  const epos: number[] = new Array(sheet.length);
  E.forEach((e, i) => {
    if (!e.ghost) epos[e.vis] = i;
  });

  // Blocks.
  const nVis = sheet.length;
  const total = Math.round((0.05 + 0.1 * r.next()) * nVis);
  const two = r.chance(0.5);
  const sizes = two ? (() => { const a = Math.round(total * (0.3 + 0.4 * r.next())); return [a, total - a]; })() : [total];
  const gap = 8;
  const blocks: Gen['blocks'] = [];
  {
    const free = nVis - total - gap * (sizes.length - 1);
    const cuts = sizes.map(() => r.int(0, free)).sort((a, b) => a - b);
    let offset = 0;
    sizes.forEach((s, bi) => {
      const start = cuts[bi] + offset;
      const x = r.next();
      blocks.push({ start, size: s, cols: x < 0.35 ? 'nid' : x < 0.65 ? 'nssf' : 'both', k: r.chance(0.7) ? 1 : r.chance(0.67) ? 2 : 3, dir: r.chance(0.5) ? 1 : -1 });
      offset += s + gap;
    });
  }
  const inBlock = new Map<number, number>(); // visible index → block index
  blocks.forEach((b, bi) => {
    for (let j = b.start; j < b.start + b.size; j++) inBlock.set(j, bi);
  });

  // Render every on-site row.
  interface Draft { p: Person; name: string; sex: 'M' | 'F' | null; dob: string | null; nid: string | null; nssf: string | null; m: RowMeta }
  const draftOf = new Map<Person, Draft>();
  const sheetIdx = new Map<Person, number>();
  sheet.forEach((p, i) => sheetIdx.set(p, i));
  for (const p of onsitePeople) {
    const blk = p.source === 'csv' && inBlock.has(sheetIdx.get(p)!);
    const m: RowMeta = {
      typo: false, orderSwap: false, khEnc: false, script: 'lat', dobSwap: false, dobMissing: false, nidSlip: false, nssfSlip: false,
      inBlock: blk, nidDonor: null, nssfDonor: null, nidOwn: null, nssfOwn: null, nidDonorValue: null, nssfDonorValue: null,
    };
    const name = renderName(r, ix, p, !blk, m);
    const pSex = p.source === 'id-card' ? 1 : p.source === 'csv' ? 0.85 : 0.7;
    const sex = r.chance(pSex) ? p.sex : null;
    const pDob = p.source === 'id-card' ? 1 : p.source === 'csv' ? 0.97 : 0.85;
    let dob: string | null = blk || (p.reg < 0 && p.hasNamesake) || r.chance(pDob) ? p.dob : null;
    m.dobMissing = dob === null;
    if (dob && p.reg >= 0 && r.chance(p.source === 'csv' ? 0.02 : p.source === 'manual' ? 0.03 : 0)) {
      const s = swapDM(dob);
      // keep the swap only if it does not bring the row close to another namesake's date
      if (s && !compat(ix, p.pair).some((cp) => (byPair.get(cp) ?? []).some((wi) => wi !== p.reg && dobClose(s, regPeople[wi].dob)))) {
        dob = s;
        m.dobSwap = true;
      }
    }
    let nid: string | null = null;
    let nssf: string | null = null;
    const [pNid, pNssf, pSlip] = p.source === 'id-card' ? [1, 0, 0] : p.source === 'csv' ? [0.75, 0.65, 0.02] : [0.2, 0.12, 0.04];
    if (p.nid && r.chance(pNid)) {
      nid = p.nid;
      if (!blk && r.chance(pSlip)) {
        const s = slipId(r, p.nid, nidTaken);
        if (s) {
          nid = s;
          m.nidSlip = true;
        }
      }
    }
    if (p.nssf && r.chance(pNssf)) {
      nssf = p.nssf;
      if (!blk && r.chance(pSlip)) {
        const s = slipId(r, p.nssf, nssfTaken);
        if (s) {
          nssf = s;
          m.nssfSlip = true;
        }
      }
    }
    m.nidOwn = nid;
    m.nssfOwn = nssf;
    draftOf.set(p, { p, name, sex, dob, nid, nssf, m });
  }
  for (const e of E) {
    if (!e.ghost) {
      const d = draftOf.get(e.p)!;
      e.nid = d.nid;
      e.nssf = d.nssf;
    }
  }

  // Shift the ID columns inside the blocks.
  for (const b of blocks) {
    for (let j = b.start; j < b.start + b.size; j++) {
      const d = draftOf.get(sheet[j])!;
      const src = epos[j] + b.dir * b.k;
      const donor = src >= 0 && src < E.length ? E[src] : null;
      const kind: DonorKind = !donor ? 'edge' : donor.ghost ? 'absent' : donor.p.reg < 0 ? 'hidden' : 'onsite';
      const confusable = !!donor && compat(ix, d.p.pair).includes(donor.p.pair);
      for (const col of b.cols === 'both' ? (['nid', 'nssf'] as const) : ([b.cols] as const)) {
        const v = donor && !confusable ? donor[col] : null;
        if (col === 'nid') {
          d.nid = v;
          d.m.nidDonor = confusable ? 'blanked' : kind;
          d.m.nidDonorValue = v;
        } else {
          d.nssf = v;
          d.m.nssfDonor = confusable ? 'blanked' : kind;
          d.m.nssfDonorValue = v;
        }
      }
    }
  }

  // Assemble: the walk-through first (typed / ID cards), then the sheet import in sheet order.
  const visitId = 'visit-twentyseventh';
  let t = Date.UTC(2025, 2, 11, 1, 0, 0);
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  const meta = new Map<string, RowMeta>();
  const push = (p: Person, sourceRow: number | null) => {
    const d = draftOf.get(p)!;
    const id = uuid(r);
    onsite.push({
      id, visitId, name: d.name, nationalId: d.nid, nssfNumber: d.nssf, sex: d.sex, dateOfBirth: d.dob,
      source: p.source, sourceRow, recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, p.reg >= 0 ? registered[p.reg].workerId : null);
    meta.set(id, d.m);
  };
  for (const p of walk) {
    t += r.int(20, 150) * 1000;
    push(p, null);
  }
  t += 15 * 60 * 1000;
  sheet.forEach((p, i) => {
    t += 1;
    push(p, i + 1);
  });
  return { roster: { registered, onsite, truth }, meta, blocks, sheetRows: nVis };
}

export function generateTwentyseventh(size: number, seed: number): Roster {
  return generate(size, seed).roster;
}

// ---------------------------------------------------------------------------------------------
// Self-check.

async function selfCheck(size: number, seed: number): Promise<boolean> {
  const proto = await import('../../src/protocol');
  const t0 = performance.now();
  const gen = generate(size, seed);
  const ms = performance.now() - t0;
  const { registered, onsite, truth } = gen.roster;
  const ix = nameIndex();
  const fails: string[] = [];
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(2) : '0.00') + ' %';

  const regById = new Map(registered.map((w, i) => [w.workerId, i]));
  const regPair = registered.map((w) => {
    const id = ix.byKh.get(khmerCanon(w.nameKh));
    if (id === undefined) throw new Error(`registered name not in the lists: ${w.nameKh}`);
    return id;
  });
  const byPair = new Map<number, number[]>();
  regPair.forEach((p, i) => {
    const l = byPair.get(p);
    if (l) l.push(i);
    else byPair.set(p, [i]);
  });
  const candidates = (key: string) => {
    const out: number[] = [];
    for (const p of queryKey(ix, key)) for (const i of byPair.get(p) ?? []) out.push(i);
    return out;
  };
  const idNear = (a: string | null, b: string | null) => !!a && !!b && a.length === b.length && osa1(a, b);

  // Shape.
  const trueRows = onsite.filter((o) => truth.get(o.id));
  const hiddenRows = onsite.filter((o) => truth.get(o.id) === null);
  const matchedIds = new Set(trueRows.map((o) => truth.get(o.id)!));
  const metas = onsite.map((o) => gen.meta.get(o.id)!);
  const count = (f: (m: RowMeta, o: OnsiteWorker) => boolean) => onsite.filter((o, i) => f(metas[i], o)).length;
  const bySource = (s: Source) => onsite.filter((o) => o.source === s).length;
  const sheetRows = onsite.filter((o) => o.source === 'csv');
  const blockRows = count((m) => m.inBlock);
  const carryOther = (m: RowMeta, o: OnsiteWorker) =>
    (m.nidDonor !== null && o.nationalId !== null && o.nationalId !== m.nidOwn) || (m.nssfDonor !== null && o.nssfNumber !== null && o.nssfNumber !== m.nssfOwn);
  const lines = [
    `twentyseventh: ${TWENTYSEVENTH_LABEL}`,
    `size ${size}, seed ${seed}: registered ${registered.length}, on site ${onsite.length} (true ${trueRows.length}, hidden ${hiddenRows.length} = ${pct(hiddenRows.length, onsite.length)}), absent registered ${registered.length - matchedIds.size} = ${pct(registered.length - matchedIds.size, registered.length)}`,
    `sources: csv ${bySource('csv')}, manual ${bySource('manual')}, id-card ${bySource('id-card')}; Khmer-script rows ${pct(count((m) => m.script === 'kh'), onsite.length)}, registered without Latin name ${pct(registered.filter((w) => !w.nameLatin).length, registered.length)}`,
    `variations: Khmer encoding ${pct(count((m) => m.khEnc), count((m) => m.script === 'kh'))} of Khmer rows, order swaps ${pct(count((m) => m.orderSwap), onsite.length)}, typos ${pct(count((m) => m.typo), onsite.length)}, DOB swaps ${pct(count((m) => m.dobSwap), onsite.length)}, DOB missing ${pct(count((m) => m.dobMissing), onsite.length)}, NID slips ${count((m) => m.nidSlip)}, NSSF slips ${count((m) => m.nssfSlip)}`,
    `IDs present: NID ${pct(onsite.filter((o) => o.nationalId).length, onsite.length)}, NSSF ${pct(onsite.filter((o) => o.nssfNumber).length, onsite.length)}; hidden namesakes ${hiddenRows.filter((o) => candidates(nameKey(o.name)).length > 0).length}`,
    `sheet: ${gen.sheetRows} rows; ${gen.blocks.length} shifted block(s): ${gen.blocks.map((b) => `rows ${b.start + 1}-${b.start + b.size} ${b.cols} shifted ${b.dir > 0 ? 'up' : 'down'} by ${b.k}`).join('; ')}`,
    `rows in blocks ${blockRows} = ${pct(blockRows, sheetRows.length)} of the sheet; carrying another's number ${count(carryOther)} (true ${trueRows.filter((o) => carryOther(gen.meta.get(o.id)!, o)).length}, hidden ${hiddenRows.filter((o) => carryOther(gen.meta.get(o.id)!, o)).length})`,
    `donors (per shifted cell): ${(['onsite', 'absent', 'hidden', 'edge', 'blanked'] as const).map((k) => `${k} ${count((m) => m.nidDonor === k) + count((m) => m.nssfDonor === k)}`).join(', ')}`,
  ];
  console.log(lines.join('\n'));
  const blockFrac = blockRows / sheetRows.length;
  if (blockFrac < 0.045 || blockFrac > 0.155) fails.push(`block share ${blockFrac}`);

  // Rule 1.
  let r1 = 0;
  const r1ex: string[] = [];
  for (const o of trueRows) {
    const m = gen.meta.get(o.id)!;
    const wi = regById.get(truth.get(o.id)!)!;
    const w = registered[wi];
    const bad: string[] = [];
    if (!queryKey(ix, nameKey(o.name)).has(regPair[wi])) bad.push('name');
    const idOk = (v: string | null, reg: string | null, donor: DonorKind | null, dv: string | null) =>
      v === null || (donor === null ? idNear(v, reg) : v === dv);
    if (!idOk(o.nationalId, w.nationalId, m.nidDonor, m.nidDonorValue)) bad.push('nid');
    if (!idOk(o.nssfNumber, w.nssfNumber, m.nssfDonor, m.nssfDonorValue)) bad.push('nssf');
    if (o.dateOfBirth !== null && o.dateOfBirth !== w.dateOfBirth && o.dateOfBirth !== swapDM(w.dateOfBirth!)) bad.push('dob');
    if (o.sex !== null && w.sex !== null && o.sex !== w.sex) bad.push('sex');
    if (m.inBlock && (o.dateOfBirth === null || m.typo || m.nidSlip || m.nssfSlip)) bad.push('block-row-weak');
    if ((m.nidDonor || m.nssfDonor) && o.source !== 'csv') bad.push('shift-off-sheet');
    if (bad.length) {
      r1++;
      if (r1ex.length < 3) r1ex.push(`${o.name}: ${bad.join(',')}`);
    }
  }
  console.log(`rule 1 (true rows carry plausible variants): ${r1} violations ${r1ex.join(' | ')}`);
  if (r1) fails.push('rule 1');

  // Rule 2.
  let r2 = 0;
  for (let i = 0; i < registered.length; i++) {
    for (const cp of compat(ix, regPair[i])) {
      for (const j of byPair.get(cp) ?? []) {
        if (j > i && dobClose(registered[i].dateOfBirth!, registered[j].dateOfBirth!)) r2++;
      }
    }
  }
  console.log(`rule 2 (namesakes' DOBs far apart): ${r2} violations`);
  if (r2) fails.push('rule 2');

  // Rule 3.
  let r3 = 0;
  const r3ex: string[] = [];
  for (const o of hiddenRows) {
    for (const wi of candidates(nameKey(o.name))) {
      const w = registered[wi];
      const out =
        (o.sex !== null && w.sex !== null && o.sex !== w.sex) ||
        (o.dateOfBirth !== null && w.dateOfBirth !== null && !dobClose(o.dateOfBirth, w.dateOfBirth)) ||
        (o.source !== 'csv' && !!o.nationalId && !!w.nationalId && !idNear(o.nationalId, w.nationalId));
      if (!out) {
        r3++;
        if (r3ex.length < 3) r3ex.push(`${o.name} ~ ${w.workerId}`);
        break;
      }
    }
  }
  console.log(`rule 3 (hidden rows ruled out from every namesake): ${r3} violations ${r3ex.join(' | ')}`);
  if (r3) fails.push('rule 3');

  // Rule 4.
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  let r4 = 0;
  if (new Set(onsite.map((o) => o.id)).size !== onsite.length || !onsite.every((o) => uuidRe.test(o.id))) {
    r4++;
    console.log('  ids not unique UUIDv4');
  }
  for (let i = 1; i < onsite.length; i++) {
    if (!(onsite[i].recordedAt > onsite[i - 1].recordedAt)) {
      r4++;
      console.log('  recordedAt not increasing');
      break;
    }
  }
  const rows = onsite.filter((o) => o.source === 'csv').map((o) => o.sourceRow);
  if (!rows.every((v, i) => v === i + 1) || onsite.some((o) => o.source !== 'csv' && o.sourceRow !== null)) {
    r4++;
    console.log('  sourceRow not 1..n in sheet order');
  }
  if (truth.size !== onsite.length || matchedIds.size !== trueRows.length) {
    r4++;
    console.log('  truth map incomplete or a worker matched twice');
  }
  const spearman = (xs: number[], ys: number[]) => {
    const rank = (v: number[]) => {
      const idx = v.map((_, i) => i).sort((a, b) => v[a] - v[b]);
      const rk = new Array<number>(v.length);
      idx.forEach((j, k) => (rk[j] = k));
      return rk;
    };
    const a = rank(xs);
    const b = rank(ys);
    const n = xs.length;
    const mean = (n - 1) / 2;
    let num = 0;
    let da = 0;
    let db = 0;
    for (let i = 0; i < n; i++) {
      num += (a[i] - mean) * (b[i] - mean);
      da += (a[i] - mean) ** 2;
      db += (b[i] - mean) ** 2;
    }
    return num / Math.sqrt(da * db);
  };
  const posOf = new Map(onsite.map((o, i) => [o.id, i]));
  const rhoAll = spearman(trueRows.map((o) => posOf.get(o.id)!), trueRows.map((o) => regById.get(truth.get(o.id)!)!));
  const sheetTrue = trueRows.filter((o) => o.source === 'csv');
  const rhoSheet = spearman(sheetTrue.map((o) => o.sourceRow!), sheetTrue.map((o) => regById.get(truth.get(o.id)!)!));
  const lim = (n: number) => 4 / Math.sqrt(n);
  if (Math.abs(rhoAll) > lim(trueRows.length) || Math.abs(rhoSheet) > lim(sheetTrue.length)) {
    r4++;
    console.log('  on-site order follows the register');
  }
  const half = Math.floor(sheetRows.length / 2);
  const h1 = sheetRows.slice(0, half).filter((o) => truth.get(o.id) === null).length / half;
  const h2 = sheetRows.slice(half).filter((o) => truth.get(o.id) === null).length / (sheetRows.length - half);
  const pp = (h1 + h2) / 2;
  const z = Math.abs(h1 - h2) / Math.sqrt((2 * pp * (1 - pp)) / half || 1);
  if (z > 4) {
    r4++;
    console.log('  hidden rows cluster in the sheet');
  }
  console.log(`rule 4 (no leak): ${r4} problems (Spearman on-site/register ${rhoAll.toFixed(4)}, sheet/register ${rhoSheet.toFixed(4)}, hidden share sheet halves ${(100 * h1).toFixed(1)} / ${(100 * h2).toFixed(1)} %)`);
  if (r4) fails.push('rule 4');

  // Rule 5.
  let undecidable = 0;
  const r5ex: string[] = [];
  for (const o of trueRows) {
    const wi = regById.get(truth.get(o.id)!)!;
    const w = registered[wi];
    const key = nameKey(o.name);
    const exactTrue = ix.keySets[regPair[wi]].has(key);
    for (const ci of candidates(key)) {
      if (ci === wi) continue;
      const c = registered[ci];
      const contradicted =
        (o.sex !== null && c.sex !== null && o.sex !== c.sex) ||
        (o.dateOfBirth !== null && c.dateOfBirth !== null && !dobClose(o.dateOfBirth, c.dateOfBirth)) ||
        (o.source !== 'csv' && !!o.nationalId && !!c.nationalId && !idNear(o.nationalId, c.nationalId)) ||
        (o.source !== 'csv' && !!o.nssfNumber && !!c.nssfNumber && !idNear(o.nssfNumber, c.nssfNumber));
      if (contradicted) continue;
      const better =
        (exactTrue && !ix.keySets[regPair[ci]].has(key)) ||
        (o.dateOfBirth !== null && o.dateOfBirth === w.dateOfBirth && o.dateOfBirth !== c.dateOfBirth) ||
        (idNear(o.nationalId, w.nationalId) && !idNear(o.nationalId, c.nationalId)) ||
        (idNear(o.nssfNumber, w.nssfNumber) && !idNear(o.nssfNumber, c.nssfNumber));
      if (!better) {
        undecidable++;
        if (r5ex.length < 3) r5ex.push(`${o.name} (${o.source}, dob ${o.dateOfBirth})`);
        break;
      }
    }
  }
  console.log(`rule 5 (undecidable true rows < 4 %): ${undecidable} = ${pct(undecidable, trueRows.length)} ${r5ex.join(' | ')}`);
  if (undecidable / trueRows.length >= 0.04) fails.push('rule 5');

  // Schemas.
  const badReg = registered.filter((w) => !proto.RegisteredWorker.safeParse(w).success).length;
  const badOn = onsite.filter((o) => !proto.OnsiteWorker.safeParse(o).success).length;
  console.log(`schemas: registered ${badReg} invalid, on-site ${badOn} invalid`);
  if (badReg || badOn) fails.push('schema');

  // Determinism and speed.
  const dump = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const same = dump(generateTwentyseventh(size, seed)) === dump(gen.roster);
  const differs = dump(generateTwentyseventh(size, seed + 1)) !== dump(gen.roster);
  console.log(`determinism: same seed identical ${same}, another seed differs ${differs}`);
  if (!same || !differs) fails.push('determinism');
  const t1 = performance.now();
  generateTwentyseventh(10_000, seed + 2);
  const ms10k = performance.now() - t1;
  console.log(`time: this roster ${ms.toFixed(0)} ms (first call, cold), 10k roster ${ms10k.toFixed(0)} ms`);
  if (ms10k > 2000 || (size >= 10_000 && ms > 2000)) fails.push('time');

  console.log(fails.length ? `FAIL: ${fails.join(', ')}` : 'PASS');
  return fails.length === 0;
}

if (process.argv[1]?.endsWith('twentyseventh.ts')) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  selfCheck(size, seed).then(
    (ok) => process.exit(ok ? 0 : 1),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
