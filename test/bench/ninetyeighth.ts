/**
 * `ninetyeighth`: a GRADER'S roster, emphasis "one-to-one under pressure".
 *
 * Written blind (without reading the engine or other generators) from the product text only.
 * It models the text's own variations and nothing else, each at a rate chosen to separate a
 * good engine from a mediocre one, and puts its weight on the text's demand for a GLOBAL
 * one-to-one assignment:
 *
 *   PRESSURE PAIRS. About 45 % of hidden workers are EXACT namesakes of a registered worker who
 *   is present: the hidden row carries the register's name string verbatim (Latin or Khmer),
 *   while the present worker's own row is written with one of the text's variations (another
 *   transliteration, a typo, family/given order swapped, the other script, or the name verbatim
 *   but the date of birth with day and month swapped). The hidden row is told apart only by a
 *   field present on BOTH lists: a date of birth that is neither the worker's nor a swap of it
 *   nor one digit from either (≈75 %, 40 % of those in the same birth year), or, with no date of
 *   birth, a national ID two or more edits from the registered one (≈25 %). Pairs are spread
 *   through the sheet in random order (hidden row first about half the time), so a matcher that
 *   takes rows in order, or by name alone, hands the registered worker to the hidden namesake
 *   and leaves the true row unmatched (→ a wrongful-hidden and a wrong auto-match at once).
 *
 * Chosen rates (per on-site row unless stated):
 *   registered absent .................. 6 % of registered (≈ 9,400 true rows at 10,000)
 *   hidden ............................. 6.5 % of on-site rows (≈ 650 at 10,000; ≈ 10,050 on site)
 *     pressure (exact namesake of a present worker, see above) ... 45 % of hidden
 *     namesake of an ABSENT registered worker (any spelling) ..... 15 % of hidden
 *     namesake of a present registered worker, no forced variant . 15 % of hidden
 *     stranger (not within one edit of any registered name) ....... 25 % of hidden
 *   source ............................. csv 55 %, manual 30 %, id-card 15 %
 *   name script ........................ Latin: csv 65 %, manual 55 %, id-card 25 % (else Khmer)
 *   register Latin name missing ........ 25 % of registered (→ Khmer on one side, Latin on the other)
 *   Latin: another romanization of ≥1 word 25 %, family/given swapped 8 %, UPPER 35 % (id-card
 *          always), lower 8 %, one typo 3 % (one edit in one word of 4+ letters)
 *   Khmer: zero-width space instead of the space 25 %, another keyboard's code point order 15 %
 *          (vowel typed before a coeng subscript, vowel before the register shifter ៉/៊, nikahit
 *          before its vowel), NFD applied 20 % (a no-op: Khmer has no canonical decompositions),
 *          order swapped 5 %; register side: 8 % of Khmer names use a zero-width space
 *   national ID present: csv 45 %, manual 25 %, id-card 100 %; one slip (transposition or one
 *          mistyped digit) 3 % of present
 *   NSSF number present (true rows only; a hidden worker has none): csv 35 %, manual 15 %,
 *          id-card 0 %; one slip 3 % of present
 *   date of birth present: csv 94 %, manual 90 %, id-card 100 % (pressure true rows always);
 *          day/month swapped in 10 % of rows where a swap is a valid, different date (≈ 3.5 %)
 *   sex present: csv 90 %, manual 97 %, id-card 100 %
 *   common names: family and given names drawn Zipf-like, so many registered workers share a
 *          full name (≈ 60 workers named "Sok Sophea" at 10,000)
 *
 * FAIRNESS RULES (audited by the self-check below):
 *   1. A true on-site row carries only plausible variants of its registered worker: listed
 *      romanizations, either order, any case, at most one typo (one edit in one word of 4+
 *      letters, Latin only), Khmer encoding variants (zero-width space, keyboard code point order,
 *      NFD); IDs exact or one slip; date of birth exact or day/month swapped; sex right or missing.
 *      No other variation is modelled.
 *   2. Registered namesakes (same full name in any spelling, either order) never share a date of
 *      birth, nor are one digit or a day/month swap (or a swap plus one digit) apart; a registered
 *      worker whose date of birth is missing has no namesake at all.
 *   3. A hidden row either cannot pass for any registered worker by name (not within one edit of
 *      any spelling variant of any registered name, in either script or order), or is ruled out
 *      from EVERY registered worker it could pass for by a field present on both sides: sex
 *      differs, date of birth neither equal, a swap, nor one digit apart, or national IDs two or
 *      more edits apart.
 *   4. Nothing leaks the truth: on-site rows are shuffled, ids are v4 UUIDs from the seeded PRNG
 *      drawn in row order, recordedAt increases in row order, csv sourceRow increases in row
 *      order, and registered workerIds are assigned after the register is shuffled.
 *   5. Undecidable true rows (another registered worker they could be, on evidence at least as
 *      good on every field, name included) stay under 4 %.
 *
 * Run `npx tsx test/bench/ninetyeighth.ts 10000 1` for the shape and the audit.
 */
import { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY_98, GIVEN_98, type NameWord } from './ninetyeighth-names';

export const NINETYEIGHTH_LABEL =
  'grader, one-to-one under pressure: exact-name hidden namesakes of present workers whose own row is varied';

const RATES = {
  absent: 0.06,
  hiddenShare: 0.065,
  hiddenMix: { pressure: 0.45, nsAbsent: 0.15, nsPresent: 0.15 }, // rest: strangers
  source: { csv: 0.55, manual: 0.3 }, // rest: id-card
  latin: { csv: 0.65, manual: 0.55, 'id-card': 0.25 },
  translit: 0.25,
  swapLatin: 0.08,
  swapKhmer: 0.05,
  upper: 0.35,
  lower: 0.08,
  typo: 0.03,
  zwsp: 0.25,
  reorder: 0.15,
  nfd: 0.2,
  nid: { csv: 0.45, manual: 0.25, 'id-card': 1 },
  nidSlip: 0.03,
  nssf: { csv: 0.35, manual: 0.15, 'id-card': 0 },
  nssfSlip: 0.03,
  dob: { csv: 0.94, manual: 0.9, 'id-card': 1 },
  dobSwap: 0.1,
  sex: { csv: 0.9, manual: 0.97, 'id-card': 1 },
  reg: {
    latin: 0.75,
    usualRomanization: 0.7,
    latinUpper: 0.7,
    khZwsp: 0.08,
    nid: 0.92,
    nssf: 0.99,
    sex: 0.995,
    dobMissing: 0.01, // of all registered, taken only from names with no registered namesake
    hire: 0.98,
    wage: 0.95,
    female: 0.72,
  },
  pressureByNid: 0.25,
  pressureSameYear: 0.4,
} as const;

type Source = 'manual' | 'csv' | 'id-card';
type Sex = 'F' | 'M';
type Sub = 'true-everyday' | 'true-pressure' | 'hid-pressure' | 'hid-ns-absent' | 'hid-ns-present' | 'hid-stranger';

// ---------------------------------------------------------------- text

const SPACES = /[\s\u00A0\u200B-\u200D\u2060\uFEFF]/g;
const KHMER = /[\u1780-\u17FF]/;

/** Undo the keyboard code point orders this generator produces (and only ever reorders). */
function khCanon(s: string): string {
  let prev = '';
  while (prev !== s) {
    prev = s;
    s = s
      .replace(/([\u17B6-\u17C5])(\u17D2[\u1780-\u17B3])/g, '$2$1')
      .replace(/([\u17B6-\u17C5])([\u17C9\u17CA])/g, '$2$1')
      .replace(/(\u17C6)([\u17B6-\u17C5])/g, '$2$1');
  }
  return s;
}

/** The self-check's reading of a name: script-aware, case-, space- and encoding-blind. */
function normName(s: string): string {
  const t = s.normalize('NFC').replace(SPACES, '');
  if (KHMER.test(t)) return khCanon(t);
  return t.toLowerCase().replace(/[^a-z]/g, '');
}

/** Optimal string alignment distance (adjacent transposition = one edit). */
function osa(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > 2) return 3;
  let p2: number[] = new Array(m + 1).fill(0);
  let p1: number[] = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur: number[] = new Array(m + 1);
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(p1[j] + 1, cur[j - 1] + 1, p1[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, p2[j - 2] + 1);
      cur[j] = v;
    }
    p2 = p1;
    p1 = cur;
  }
  return p1[m];
}

function title(s: string): string {
  return s
    .split(' ')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())
    .join(' ');
}

const KEY_NEIGHBOURS: Record<string, string> = {
  a: 'qwsz', b: 'vghn', c: 'xdfv', d: 'serfcx', e: 'wsdr', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb',
  i: 'ujko', j: 'huikmn', k: 'jiolm', l: 'kop', m: 'njk', n: 'bhjm', o: 'iklp', p: 'ol',
  q: 'wa', r: 'edft', s: 'awedxz', t: 'rfgy', u: 'yhji', v: 'cfgb', w: 'qase', x: 'zsdc',
  y: 'tghu', z: 'asx',
};

function matchCase(ch: string, like: string): string {
  return like === like.toUpperCase() ? ch.toUpperCase() : ch.toLowerCase();
}

/** One edit in one word of 4+ letters; null when no word qualifies. */
function typo(r: Rng, s: string): string | null {
  const words = s.split(' ');
  const ok = words.map((w, i) => (w.length >= 4 ? i : -1)).filter((i) => i >= 0);
  if (ok.length === 0) return null;
  for (let attempt = 0; attempt < 20; attempt++) {
    const wi = r.pick(ok);
    const w = words[wi];
    const op = r.int(0, 3);
    let out = w;
    if (op === 0) {
      const i = r.int(1, w.length - 1);
      const nb = KEY_NEIGHBOURS[w[i].toLowerCase()];
      if (!nb) continue;
      out = w.slice(0, i) + matchCase(r.pick([...nb]), w[i]) + w.slice(i + 1);
    } else if (op === 1) {
      const i = r.int(1, w.length - 1);
      out = w.slice(0, i) + w.slice(i + 1);
    } else if (op === 2) {
      const i = r.int(1, w.length - 1);
      out = w.slice(0, i + 1) + w[i] + w.slice(i + 1);
    } else {
      const i = r.int(1, w.length - 2);
      if (w[i] === w[i + 1]) continue;
      out = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    }
    if (normName(out) === normName(w)) continue;
    const next = [...words];
    next[wi] = out;
    return next.join(' ');
  }
  return null;
}

const REORDERS: readonly [RegExp, string][] = [
  [/(\u17D2[\u1780-\u17B3])([\u17B6-\u17C5])/g, '$2$1'], // vowel typed before the coeng subscript
  [/([\u17C9\u17CA])([\u17B6-\u17C5])/g, '$2$1'], // vowel typed before the register shifter
  [/([\u17B6-\u17C5])(\u17C6)/g, '$2$1'], // nikahit typed before its vowel
];

function keyboardOrder(r: Rng, s: string): string | null {
  const ok = REORDERS.filter(([re]) => {
    re.lastIndex = 0;
    return re.test(s);
  });
  if (ok.length === 0) return null;
  const [re, to] = r.pick(ok);
  re.lastIndex = 0;
  return s.replace(re, to);
}

// ---------------------------------------------------------------- dates and ids

const DAY = 86_400_000;
const DOB_LO = Date.UTC(1965, 0, 1) / DAY;
const DOB_HI = Date.UTC(2006, 11, 31) / DAY;
const dayStr = (d: number) => new Date(d * DAY).toISOString().slice(0, 10);
const swapStr = (d: string) => `${d.slice(0, 5)}${d.slice(8, 10)}-${d.slice(5, 7)}`;
function canSwap(d: string): boolean {
  const m = Number(d.slice(5, 7));
  const day = Number(d.slice(8, 10));
  return day <= 12 && day !== m;
}
function ham(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}
/** Equal, one digit apart, a day/month swap, or a swap plus one digit. */
function dobClose(a: string, b: string): boolean {
  return ham(a, b) <= 1 || ham(swapStr(a), b) <= 1;
}

const DIGITS = '0123456789';
function hasNeighbourIn(id: string, set: Set<string>, except: string | null): boolean {
  for (let i = 0; i < id.length; i++) {
    for (const d of DIGITS) {
      if (d === id[i]) continue;
      const v = id.slice(0, i) + d + id.slice(i + 1);
      if (v !== except && set.has(v)) return true;
    }
    if (i + 1 < id.length && id[i] !== id[i + 1]) {
      const v = id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
      if (v !== except && set.has(v)) return true;
    }
  }
  return false;
}

class IdPool {
  readonly set = new Set<string>();
  constructor(private readonly make: () => string) {}
  /** A new id, two or more edits from every id in the pool. */
  fresh(): string {
    for (;;) {
      const id = this.make();
      if (this.set.has(id) || hasNeighbourIn(id, this.set, null)) continue;
      this.set.add(id);
      return id;
    }
  }
  /** A fresh id not added to the pool (a hidden worker's), still two edits from every pooled id. */
  outsider(): string {
    for (;;) {
      const id = this.make();
      if (!this.set.has(id) && !hasNeighbourIn(id, this.set, null)) return id;
    }
  }
  /** One slip of `id` that is not within one edit of any other pooled id. */
  slip(r: Rng, id: string): string | null {
    for (let attempt = 0; attempt < 20; attempt++) {
      let v: string;
      if (r.chance(0.5)) {
        const i = r.int(0, id.length - 2);
        if (id[i] === id[i + 1]) continue;
        v = id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
      } else {
        const i = r.int(0, id.length - 1);
        const d = DIGITS[r.int(0, 9)];
        if (d === id[i]) continue;
        v = id.slice(0, i) + d + id.slice(i + 1);
      }
      if (this.set.has(v) || hasNeighbourIn(v, this.set, id)) continue;
      return v;
    }
    return null;
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

// ---------------------------------------------------------------- name index (all possible names)

const NG = GIVEN_98.length;
const G_F = GIVEN_98.map((g, i) => (g.sex === 'F' ? i : -1)).filter((i) => i >= 0);
const G_M = GIVEN_98.map((g, i) => (g.sex === 'M' ? i : -1)).filter((i) => i >= 0);

interface NameIndex {
  exact: Map<string, number[]>;
  dels: Map<string, string[]>;
  /** combos that share an exact key with this combo (itself included): rule 2's namesakes. */
  sakes: number[][];
}
let INDEX: NameIndex | null = null;

function nameIndex(): NameIndex {
  if (INDEX) return INDEX;
  const nC = FAMILY_98.length * NG;
  const keysOf: string[][] = [];
  const exact = new Map<string, number[]>();
  for (let c = 0; c < nC; c++) {
    const F = FAMILY_98[Math.floor(c / NG)];
    const G = GIVEN_98[c % NG];
    const ks = new Set<string>();
    for (const fv of F.latin)
      for (const gv of G.latin) {
        ks.add(normName(`${fv} ${gv}`));
        ks.add(normName(`${gv} ${fv}`));
      }
    ks.add(normName(`${F.kh} ${G.kh}`));
    ks.add(normName(`${G.kh} ${F.kh}`));
    const arr = [...ks];
    keysOf.push(arr);
    for (const k of arr) {
      const l = exact.get(k);
      if (l) l.push(c);
      else exact.set(k, [c]);
    }
  }
  const dels = new Map<string, string[]>();
  for (const k of exact.keys()) {
    const seen = new Set<string>();
    for (let i = 0; i < k.length; i++) {
      const d = k.slice(0, i) + k.slice(i + 1);
      if (seen.has(d)) continue;
      seen.add(d);
      const l = dels.get(d);
      if (l) l.push(k);
      else dels.set(d, [k]);
    }
  }
  const sakes = keysOf.map((ks) => {
    const s = new Set<number>();
    for (const k of ks) for (const c2 of exact.get(k)!) s.add(c2);
    return [...s];
  });
  INDEX = { exact, dels, sakes };
  return INDEX;
}

/** Every name combo within one edit of `name` (any spelling, either order, either script) → distance. */
function queryName(name: string): Map<number, number> {
  const ix = nameIndex();
  const q = normName(name);
  const out = new Map<number, number>();
  const add = (k: string, d: number) => {
    for (const c of ix.exact.get(k)!) {
      const p = out.get(c);
      if (p === undefined || d < p) out.set(c, d);
    }
  };
  if (ix.exact.has(q)) add(q, 0);
  for (const k of ix.dels.get(q) ?? []) add(k, 1);
  const seen = new Set<string>();
  for (let i = 0; i < q.length; i++) {
    const d = q.slice(0, i) + q.slice(i + 1);
    if (seen.has(d)) continue;
    seen.add(d);
    if (ix.exact.has(d)) add(d, 1);
    for (const k of ix.dels.get(d) ?? []) if (k !== q && osa(q, k) <= 1) add(k, 1);
  }
  return out;
}

// ---------------------------------------------------------------- model

interface Reg98 {
  f: number;
  g: number;
  combo: number;
  trueSex: Sex;
  personDob: string;
  personNid: string;
  personNssf: string;
  sex: Sex | null;
  dob: string | null;
  nid: string | null;
  nssf: string | null;
  kh: string;
  lat: string | null;
  latF: number;
  latG: number;
  hire: string | null;
  wage: number | null;
  present: boolean;
  workerId: string;
}

interface Row98 {
  sub: Sub;
  reg: Reg98 | null; // the registered worker this row IS (true rows)
  target: Reg98 | null; // the registered worker a hidden namesake was drawn from
  pair: number; // pressure pair number, -1 otherwise
  variation: string; // pressure: the variation on the true row / the discriminator on the hidden row
  name: string;
  script: 'kh' | 'lat';
  nid: string | null;
  nssf: string | null;
  sex: Sex | null;
  dob: string | null;
  source: Source;
  tags: string[];
}

function usualIdx(r: Rng, w: NameWord): number {
  return w.latin.length > 1 && !r.chance(RATES.reg.usualRomanization) ? r.int(1, w.latin.length - 1) : 0;
}
function otherIdx(r: Rng, w: NameWord, not: number): number {
  if (w.latin.length < 2) return not;
  let i = r.int(0, w.latin.length - 2);
  if (i >= not) i++;
  return i;
}

interface LatinOpts {
  translit?: boolean; // force / forbid a respelling
  swap?: boolean;
  typo?: boolean;
  caseMode?: 'upper' | 'lower' | 'title' | 'asRegister';
}

function renderLatin(r: Rng, f: number, g: number, reg: Reg98 | null, source: Source, tags: string[], o: LatinOpts = {}): string {
  const F = FAMILY_98[f];
  const G = GIVEN_98[g];
  let fi = reg?.lat ? reg.latF : usualIdx(r, F);
  let gi = reg?.lat ? reg.latG : usualIdx(r, G);
  const translit = o.translit ?? r.chance(RATES.translit);
  if (translit) {
    const which = r.next();
    if (which < 0.45 || which >= 0.9) gi = otherIdx(r, G, gi);
    if (which >= 0.45) fi = otherIdx(r, F, fi);
    if (reg?.lat) tags.push('translit');
  }
  if (reg && !reg.lat) tags.push('cross-script');
  const swap = o.swap ?? r.chance(RATES.swapLatin);
  let s = swap ? `${G.latin[gi]} ${F.latin[fi]}` : `${F.latin[fi]} ${G.latin[gi]}`;
  if (swap) tags.push('swap');
  let mode = o.caseMode;
  if (!mode) {
    if (source === 'id-card') mode = 'upper';
    else {
      const x = r.next();
      mode = x < RATES.upper ? 'upper' : x < RATES.upper + RATES.lower ? 'lower' : 'title';
    }
  }
  if (mode === 'asRegister' && reg?.lat) mode = reg.lat === reg.lat.toUpperCase() ? 'upper' : 'title';
  s = mode === 'upper' ? s.toUpperCase() : mode === 'lower' ? s.toLowerCase() : title(s);
  if (mode === 'upper') tags.push('upper');
  if (mode === 'lower') tags.push('lower');
  if (o.typo ?? r.chance(RATES.typo)) {
    const t = typo(r, s);
    if (t) {
      s = t;
      tags.push('typo');
    }
  }
  return s;
}

interface KhmerOpts {
  swap?: boolean;
}

function renderKhmer(r: Rng, f: number, g: number, tags: string[], o: KhmerOpts = {}): string {
  const swap = o.swap ?? r.chance(RATES.swapKhmer);
  const words = swap ? [GIVEN_98[g].kh, FAMILY_98[f].kh] : [FAMILY_98[f].kh, GIVEN_98[g].kh];
  if (swap) tags.push('swap');
  let s: string;
  if (r.chance(RATES.zwsp)) {
    s = words.join('\u200B');
    tags.push('zwsp');
  } else s = words.join(' ');
  if (r.chance(RATES.reorder)) {
    const t = keyboardOrder(r, s);
    if (t) {
      s = t;
      tags.push('keyboard-order');
    }
  }
  if (r.chance(RATES.nfd)) {
    s = s.normalize('NFD');
    tags.push('nfd');
  }
  return s;
}

function pickSource(r: Rng): Source {
  const x = r.next();
  return x < RATES.source.csv ? 'csv' : x < RATES.source.csv + RATES.source.manual ? 'manual' : 'id-card';
}

function ruledOut(row: { sex: Sex | null; dob: string | null; nid: string | null; nssf: string | null }, reg: Reg98): boolean {
  if (row.sex && reg.sex && row.sex !== reg.sex) return true;
  if (row.dob && reg.dob && !dobClose(row.dob, reg.dob)) return true;
  if (row.nid && reg.nid && osa(row.nid, reg.nid) >= 2) return true;
  if (row.nssf && reg.nssf && osa(row.nssf, reg.nssf) >= 2) return true;
  return false;
}

export function ninetyeighthRoster(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

interface Built {
  roster: Roster;
  regs: Reg98[];
  rows: Row98[];
  byCombo: Reg98[][];
}

function build(size: number, seed: number): Built {
  const r = rng(seed * 7919 + 98);
  const ix = nameIndex();
  const nidPool = new IdPool(() => String(r.int(1, 25)).padStart(2, '0') + String(r.int(0, 9_999_999)).padStart(7, '0'));
  const nssfPool = new IdPool(() => String(r.int(1, 9)) + String(r.int(0, 999_999_999)).padStart(9, '0'));
  const byCombo: Reg98[][] = Array.from({ length: FAMILY_98.length * NG }, () => []);

  const randomDob = () => dayStr(r.int(DOB_LO, DOB_HI));

  // ---------- register
  const regs: Reg98[] = [];
  for (let i = 0; i < size; i++) {
    const trueSex: Sex = r.chance(RATES.reg.female) ? 'F' : 'M';
    const f = FAMILY_98.indexOf(r.pickSkewed(FAMILY_98, 1.8));
    const g = r.pickSkewed(trueSex === 'F' ? G_F : G_M, 1.4);
    const combo = f * NG + g;
    let dob = randomDob();
    const near = ix.sakes[combo].flatMap((c) => byCombo[c]);
    for (let t = 0; t < 500 && near.some((o) => dobClose(o.personDob, dob)); t++) dob = randomDob();
    const F = FAMILY_98[f];
    const G = GIVEN_98[g];
    const latF = usualIdx(r, F);
    const latG = usualIdx(r, G);
    let lat: string | null = null;
    if (r.chance(RATES.reg.latin)) {
      lat = `${F.latin[latF]} ${G.latin[latG]}`;
      lat = r.chance(RATES.reg.latinUpper) ? lat.toUpperCase() : title(lat);
    }
    const kh = F.kh + (r.chance(RATES.reg.khZwsp) ? '\u200B' : ' ') + G.kh;
    const personNid = nidPool.fresh();
    const personNssf = nssfPool.fresh();
    const dobDay = Date.parse(dob) / DAY;
    const hireLo = Math.max(dobDay + 18 * 365, Date.UTC(2008, 0, 1) / DAY);
    const hireHi = Date.UTC(2025, 1, 28) / DAY;
    const reg: Reg98 = {
      f,
      g,
      combo,
      trueSex,
      personDob: dob,
      personNid,
      personNssf,
      sex: r.chance(RATES.reg.sex) ? trueSex : null,
      dob,
      nid: r.chance(RATES.reg.nid) ? personNid : null,
      nssf: r.chance(RATES.reg.nssf) ? personNssf : null,
      kh,
      lat,
      latF,
      latG,
      hire: r.chance(RATES.reg.hire) ? dayStr(r.int(Math.min(hireLo, hireHi), hireHi)) : null,
      wage: r.chance(RATES.reg.wage) ? r.int(780, 2400) * 1000 : null,
      present: true,
      workerId: '',
    };
    regs.push(reg);
    byCombo[combo].push(reg);
  }
  // a missing date of birth only where the name has no registered namesake (rule 2)
  const alone = regs.filter((reg) => ix.sakes[reg.combo].every((c) => byCombo[c].every((o) => o === reg)));
  for (const reg of r.shuffle(alone).slice(0, Math.round(size * RATES.reg.dobMissing))) reg.dob = null;
  r.shuffle(regs);
  regs.forEach((reg, i) => (reg.workerId = `nssf-w${String(i + 1).padStart(6, '0')}`));
  const absentN = Math.round(size * RATES.absent);
  const order = r.shuffle(regs.map((_, i) => i));
  for (let i = 0; i < absentN; i++) regs[order[i]].present = false;
  const present = regs.filter((x) => x.present);
  const absent = regs.filter((x) => !x.present);

  const compatible = (name: string): { reg: Reg98; dist: number }[] => {
    const out: { reg: Reg98; dist: number }[] = [];
    for (const [c, d] of queryName(name)) for (const reg of byCombo[c]) out.push({ reg, dist: d });
    return out;
  };

  // ---------- field helpers
  const fillTrueFields = (row: Row98, reg: Reg98, forceDob: boolean) => {
    const s = row.source;
    if (r.chance(RATES.nid[s])) {
      row.nid = reg.personNid;
      if (r.chance(RATES.nidSlip)) {
        const v = nidPool.slip(r, reg.personNid);
        if (v) {
          row.nid = v;
          row.tags.push('nid-slip');
        }
      }
    }
    if (reg.nssf && r.chance(RATES.nssf[s])) {
      row.nssf = reg.personNssf;
      if (r.chance(RATES.nssfSlip)) {
        const v = nssfPool.slip(r, reg.personNssf);
        if (v) {
          row.nssf = v;
          row.tags.push('nssf-slip');
        }
      }
    }
    if (forceDob || r.chance(RATES.dob[s])) {
      row.dob = reg.personDob;
      if (canSwap(reg.personDob) && r.chance(RATES.dobSwap)) {
        row.dob = swapStr(reg.personDob);
        row.tags.push('dob-swap');
      }
    }
    if (r.chance(RATES.sex[s])) row.sex = reg.trueSex;
  };

  const blank = (sub: Sub, source: Source): Row98 => ({
    sub,
    reg: null,
    target: null,
    pair: -1,
    variation: '',
    name: '',
    script: 'lat',
    nid: null,
    nssf: null,
    sex: null,
    dob: null,
    source,
    tags: [],
  });

  const renderEveryday = (row: Row98, f: number, g: number, reg: Reg98 | null) => {
    row.script = r.chance(RATES.latin[row.source]) ? 'lat' : 'kh';
    row.name = row.script === 'lat' ? renderLatin(r, f, g, reg, row.source, row.tags) : renderKhmer(r, f, g, row.tags);
  };

  /** A date of birth far (rule 3) from every given registered worker's; null if none found. */
  const farDob = (from: Reg98[], sameYearAs: string | null): string | null => {
    for (let t = 0; t < 400; t++) {
      let d: string;
      if (sameYearAs && t < 200) {
        const y = Number(sameYearAs.slice(0, 4));
        d = dayStr(Date.UTC(y, 0, 1) / DAY + r.int(0, 364));
      } else d = randomDob();
      if (from.every((o) => !o.dob || !dobClose(o.dob, d))) return d;
    }
    return null;
  };

  /** Make a hidden row pass rule 3, adding a date of birth or an ID if needed. */
  const ruleOut = (row: Row98): boolean => {
    for (let t = 0; t < 4; t++) {
      const bad = compatible(row.name)
        .map((x) => x.reg)
        .filter((reg) => !ruledOut(row, reg));
      if (bad.length === 0) return true;
      if (bad.every((b) => b.dob) && (row.dob === null || t > 0)) {
        const all = compatible(row.name).map((x) => x.reg);
        const d = farDob(all, null);
        if (d) {
          row.dob = d;
          continue;
        }
      }
      if (!row.nid) row.nid = nidPool.outsider();
      if (bad.some((b) => !b.dob && !b.nid)) return false;
      if (row.source === 'id-card' && !row.dob) row.dob = farDob(compatible(row.name).map((x) => x.reg), null);
    }
    return compatible(row.name).every((x) => ruledOut(row, x.reg));
  };

  const hiddenFields = (row: Row98, sex: Sex) => {
    const s = row.source;
    if (r.chance(RATES.nid[s])) row.nid = nidPool.outsider();
    if (r.chance(RATES.dob[s])) row.dob = randomDob();
    if (r.chance(RATES.sex[s])) row.sex = sex;
  };

  // ---------- on-site rows
  const rows: Row98[] = [];
  const trueCount = present.length;
  const H = Math.round((trueCount * RATES.hiddenShare) / (1 - RATES.hiddenShare));
  const nP = Math.round(H * RATES.hiddenMix.pressure);
  const nA = Math.round(H * RATES.hiddenMix.nsAbsent);
  const nN = Math.round(H * RATES.hiddenMix.nsPresent);
  const nS = H - nP - nA - nN;

  const presentOrder = r.shuffle([...present]);
  const pressureSet = new Set<Reg98>();
  let pairNo = 0;
  for (const R of presentOrder) {
    if (pairNo >= nP) break;
    if (!R.dob) continue;
    // hidden namesake: the register's very string
    const hid = blank('hid-pressure', pickSource(r));
    hid.target = R;
    hid.pair = pairNo;
    hid.script = R.lat && r.chance(0.6) ? 'lat' : 'kh';
    hid.name = hid.script === 'lat' ? R.lat! : R.kh;
    hid.tags.push('exact-register-name');
    const others = compatible(hid.name).map((x) => x.reg);
    let byNid = r.chance(RATES.pressureByNid) && others.every((o) => o.nid || (o.sex && o.sex !== R.trueSex));
    if (byNid) {
      if (hid.source === 'id-card') hid.source = r.chance(0.6) ? 'csv' : 'manual';
      hid.nid = nidPool.outsider();
      hid.dob = null;
      hid.variation = 'told apart by national ID';
    } else {
      const d = farDob(others, r.chance(RATES.pressureSameYear) ? R.dob : null);
      if (!d) continue;
      hid.dob = d;
      if (r.chance(RATES.nid[hid.source])) hid.nid = nidPool.outsider();
      hid.variation = d.slice(0, 4) === R.dob.slice(0, 4) ? 'told apart by DOB, same year' : 'told apart by DOB';
    }
    if (r.chance(RATES.sex[hid.source])) hid.sex = R.trueSex;
    if (!others.every((o) => ruledOut(hid, o))) continue;

    // the true row, written with one of the text's variations
    const tr = blank('true-pressure', pickSource(r));
    tr.reg = R;
    tr.pair = pairNo;
    const options: [string, number][] =
      hid.script === 'lat'
        ? [
            ['transliteration', 30],
            ['typo', 15],
            ['order swapped', 15],
            ['other script', 25],
            ['day/month swap', 15],
          ]
        : [
            ['order swapped', 30],
            ['other script', 55],
            ['day/month swap', 15],
          ];
    const usable = options.filter(([v]) => v !== 'day/month swap' || canSwap(R.personDob));
    let x = r.next() * usable.reduce((a, [, w]) => a + w, 0);
    let variation = usable[0][0];
    for (const [v, w] of usable) {
      if (x < w) {
        variation = v;
        break;
      }
      x -= w;
    }
    tr.variation = variation;
    if (variation === 'transliteration') {
      tr.script = 'lat';
      tr.name = renderLatin(r, R.f, R.g, R, tr.source, tr.tags, { translit: true, swap: false, typo: false });
    } else if (variation === 'typo') {
      tr.script = 'lat';
      tr.name = renderLatin(r, R.f, R.g, R, tr.source, tr.tags, { translit: false, swap: false, typo: true, caseMode: 'asRegister' });
    } else if (variation === 'order swapped') {
      tr.script = hid.script;
      tr.name =
        hid.script === 'lat'
          ? renderLatin(r, R.f, R.g, R, tr.source, tr.tags, { translit: false, swap: true, typo: false })
          : renderKhmer(r, R.f, R.g, tr.tags, { swap: true });
    } else if (variation === 'other script') {
      tr.script = hid.script === 'lat' ? 'kh' : 'lat';
      tr.name = tr.script === 'lat' ? renderLatin(r, R.f, R.g, R, tr.source, tr.tags) : renderKhmer(r, R.f, R.g, tr.tags);
    } else {
      tr.script = hid.script;
      tr.name = hid.name;
    }
    if (variation !== 'day/month swap' && normName(tr.name) === normName(hid.name)) continue; // e.g. a respelling that fell back
    fillTrueFields(tr, R, true);
    tr.tags = tr.tags.filter((t) => t !== 'dob-swap');
    tr.dob = variation === 'day/month swap' ? swapStr(R.personDob) : R.personDob;
    if (variation === 'day/month swap') tr.tags.push('dob-swap');
    rows.push(hid, tr);
    pressureSet.add(R);
    pairNo++;
  }

  // everyday true rows
  for (const R of present) {
    if (pressureSet.has(R)) continue;
    const row = blank('true-everyday', pickSource(r));
    row.reg = R;
    renderEveryday(row, R.f, R.g, R);
    fillTrueFields(row, R, false);
    rows.push(row);
  }

  // hidden namesakes of absent and of present (not pressure) workers, any spelling
  const addNamesake = (sub: Sub, pool: Reg98[], n: number) => {
    const order = r.shuffle([...pool]);
    let made = 0;
    for (let i = 0; made < n && i < order.length * 3; i++) {
      const T = order[i % order.length];
      const row = blank(sub, pickSource(r));
      row.target = T;
      renderEveryday(row, T.f, T.g, T);
      hiddenFields(row, T.trueSex);
      if (!ruleOut(row)) continue;
      rows.push(row);
      made++;
    }
    return made;
  };
  const madeA = addNamesake('hid-ns-absent', absent, nA);
  const madeN = addNamesake('hid-ns-present', present.filter((p) => !pressureSet.has(p)), nN + (nA - madeA));

  // strangers: names within one edit of no registered name
  let madeS = 0;
  const stillNeeded = nS + (nN + (nA - madeA) - madeN) + (nP - pairNo);
  for (let t = 0; madeS < stillNeeded && t < stillNeeded * 400; t++) {
    const sex: Sex = r.chance(RATES.reg.female) ? 'F' : 'M';
    const f = r.int(0, FAMILY_98.length - 1);
    const g = r.pick(sex === 'F' ? G_F : G_M);
    const row = blank('hid-stranger', pickSource(r));
    renderEveryday(row, f, g, null);
    if (compatible(row.name).length > 0) continue;
    hiddenFields(row, sex);
    rows.push(row);
    madeS++;
  }

  // ---------- shuffle and stamp
  r.shuffle(rows);
  const visitId = 'visit-ninetyeighth';
  let clock = Date.UTC(2025, 2, 11, 1, 0, 0);
  let csvRow = 0;
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  for (const row of rows) {
    clock += r.int(4, 45) * 1000;
    const id = uuid(r);
    onsite.push({
      id,
      visitId,
      name: row.name,
      nationalId: row.nid,
      nssfNumber: row.nssf,
      sex: row.sex,
      dateOfBirth: row.dob,
      source: row.source,
      sourceRow: row.source === 'csv' ? ++csvRow : null,
      recordedAt: new Date(clock).toISOString(),
    });
    truth.set(id, row.reg ? row.reg.workerId : null);
  }
  const registered: RegisteredWorker[] = regs.map((x) => ({
    workerId: x.workerId,
    nssfNumber: x.nssf,
    nationalId: x.nid,
    nameKh: x.kh,
    nameLatin: x.lat,
    sex: x.sex,
    dateOfBirth: x.dob,
    hireDate: x.hire,
    wageRiel: x.wage,
  }));
  return { roster: { registered, onsite, truth }, regs, rows, byCombo };
}

// ---------------------------------------------------------------- self-check

if (process.argv[1]?.endsWith('ninetyeighth.ts')) {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  let fail = false;
  const check = (ok: boolean, what: string) => {
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
    if (!ok) fail = true;
  };
  const pct = (n: number, d: number) => `${d ? ((100 * n) / d).toFixed(2) : '0.00'} %`;

  const t0 = performance.now();
  const B = build(size, seed);
  const t1 = performance.now();
  const { roster, regs, rows, byCombo } = B;
  const ix = nameIndex();
  const trueRows = rows.filter((x) => x.reg);
  const hidRows = rows.filter((x) => !x.reg);
  const count = (xs: Row98[], p: (x: Row98) => boolean) => xs.filter(p).length;
  const tagged = (xs: Row98[], t: string) => count(xs, (x) => x.tags.includes(t));

  console.log(`ninetyeighth roster, size ${size}, seed ${seed}: ${NINETYEIGHTH_LABEL}`);
  console.log(`generated in ${(t1 - t0).toFixed(0)} ms (name index included on first call)`);
  console.log('shape');
  console.log(`  registered ${regs.length}, absent ${regs.filter((x) => !x.present).length} (${pct(regs.filter((x) => !x.present).length, regs.length)})`);
  console.log(`  on site ${rows.length}: true ${trueRows.length}, hidden ${hidRows.length} (${pct(hidRows.length, rows.length)})`);
  for (const s of ['hid-pressure', 'hid-ns-absent', 'hid-ns-present', 'hid-stranger'] as const)
    console.log(`    ${s.padEnd(15)} ${count(hidRows, (x) => x.sub === s)} (${pct(count(hidRows, (x) => x.sub === s), hidRows.length)} of hidden)`);
  const pairs = count(hidRows, (x) => x.sub === 'hid-pressure');
  const pTrue = trueRows.filter((x) => x.sub === 'true-pressure');
  console.log(`  pressure pairs ${pairs} (${pct(pairs, rows.length)} of rows); true-row variation:`);
  const vc = new Map<string, number>();
  for (const x of pTrue) vc.set(x.variation, (vc.get(x.variation) ?? 0) + 1);
  for (const [v, n] of vc) console.log(`    ${v.padEnd(16)} ${n}`);
  const dc = new Map<string, number>();
  for (const x of hidRows.filter((h) => h.sub === 'hid-pressure')) dc.set(x.variation, (dc.get(x.variation) ?? 0) + 1);
  console.log(`  pressure hidden rows: ${[...dc].map(([v, n]) => `${v} ${n}`).join(', ')}`);
  const groups = new Map<number, number>();
  for (const reg of regs) {
    const n = ix.sakes[reg.combo].reduce((a, c) => a + byCombo[c].length, 0);
    groups.set(reg.combo, n);
  }
  const withSake = regs.filter((reg) => (groups.get(reg.combo) ?? 0) > 1).length;
  const biggest = Math.max(...groups.values());
  console.log(`  registered with ≥1 registered namesake ${pct(withSake, regs.length)}; largest namesake group ${biggest}`);
  console.log(`  register: Latin name missing ${pct(regs.filter((x) => !x.lat).length, regs.length)}, national ID missing ${pct(regs.filter((x) => !x.nid).length, regs.length)}, DOB missing ${pct(regs.filter((x) => !x.dob).length, regs.length)}, Khmer with ZWSP ${pct(regs.filter((x) => x.kh.includes('\u200B')).length, regs.length)}`);
  console.log('variations on true rows');
  const T = trueRows.length;
  const lat = trueRows.filter((x) => x.script === 'lat');
  const kh = trueRows.filter((x) => x.script === 'kh');
  const srcs = ['csv', 'manual', 'id-card'] as const;
  console.log(`  source ${srcs.map((s) => `${s} ${pct(count(rows, (x) => x.source === s), rows.length)}`).join(', ')}`);
  console.log(`  script: Latin ${pct(lat.length, T)}, Khmer ${pct(kh.length, T)}; Latin vs register Khmer only (cross-script) ${pct(tagged(trueRows, 'cross-script'), T)}`);
  console.log(`  Latin rows: other romanization ${pct(tagged(lat, 'translit'), lat.length)}, order swapped ${pct(tagged(lat, 'swap'), lat.length)}, UPPER ${pct(tagged(lat, 'upper'), lat.length)}, lower ${pct(tagged(lat, 'lower'), lat.length)}, typo ${pct(tagged(lat, 'typo'), lat.length)}`);
  console.log(`  Khmer rows: ZWSP ${pct(tagged(kh, 'zwsp'), kh.length)}, keyboard order ${pct(tagged(kh, 'keyboard-order'), kh.length)}, NFD ${pct(tagged(kh, 'nfd'), kh.length)} (bytes changed by NFD: ${count(kh, (x) => x.name !== x.name.normalize('NFC'))}), order swapped ${pct(tagged(kh, 'swap'), kh.length)}`);
  console.log(`  national ID present ${pct(count(trueRows, (x) => !!x.nid), T)}, slipped ${pct(tagged(trueRows, 'nid-slip'), count(trueRows, (x) => !!x.nid))} of present`);
  console.log(`  NSSF number present ${pct(count(trueRows, (x) => !!x.nssf), T)}, slipped ${pct(tagged(trueRows, 'nssf-slip'), count(trueRows, (x) => !!x.nssf))} of present`);
  console.log(`  DOB present ${pct(count(trueRows, (x) => !!x.dob), T)}, day/month swapped ${pct(tagged(trueRows, 'dob-swap'), count(trueRows, (x) => !!x.dob))} of present`);
  console.log(`  sex missing ${pct(count(trueRows, (x) => !x.sex), T)}`);
  console.log(`  hidden rows: Latin ${pct(count(hidRows, (x) => x.script === 'lat'), hidRows.length)}, DOB present ${pct(count(hidRows, (x) => !!x.dob), hidRows.length)}, national ID present ${pct(count(hidRows, (x) => !!x.nid), hidRows.length)}, sex missing ${pct(count(hidRows, (x) => !x.sex), hidRows.length)}`);

  console.log('audit');
  // list self-consistency
  const dupLatin = (ws: readonly NameWord[]) => {
    const seen = new Map<string, number>();
    let bad = 0;
    ws.forEach((w, i) =>
      w.latin.forEach((l) => {
        const k = normName(l);
        if (seen.has(k) && seen.get(k) !== i) bad++;
        seen.set(k, i);
      }),
    );
    return bad;
  };
  check(dupLatin(FAMILY_98) === 0 && dupLatin(GIVEN_98) === 0, 'name lists: no romanization shared by two entries of a list');
  check([...FAMILY_98, ...GIVEN_98].every((w) => khCanon(w.kh) === w.kh && w.kh === w.kh.normalize('NFC')), 'name lists: Khmer in canonical order');

  // rule 1
  let r1bad = 0;
  const r1why: string[] = [];
  for (const x of trueRows) {
    const R = x.reg!;
    const d = queryName(x.name).get(R.combo);
    const errs: string[] = [];
    if (d === undefined || (x.script === 'kh' && d !== 0)) errs.push('name');
    if (x.nid && R.nid && osa(x.nid, R.nid) > 1) errs.push('nid');
    if (x.nssf && R.nssf && osa(x.nssf, R.nssf) > 1) errs.push('nssf');
    if (x.dob && R.dob && x.dob !== R.dob && x.dob !== swapStr(R.dob)) errs.push('dob');
    if (x.sex && R.sex && x.sex !== R.sex) errs.push('sex');
    if (errs.length) {
      r1bad++;
      if (r1why.length < 5) r1why.push(`${x.name} ~ ${R.lat ?? R.kh}: ${errs.join(',')}`);
    }
  }
  check(r1bad === 0, `rule 1: every true row is a plausible variant of its registered worker (${r1bad} bad) ${r1why.join(' | ')}`);

  // rule 2
  let r2bad = 0;
  for (const reg of regs) {
    for (const c of ix.sakes[reg.combo])
      for (const o of byCombo[c]) {
        if (o === reg) continue;
        if (!reg.dob || !o.dob || dobClose(reg.dob, o.dob)) r2bad++;
      }
  }
  check(r2bad === 0, `rule 2: registered namesakes have far-apart dates of birth (${r2bad / 2} bad pairs)`);

  // rule 3
  const compat = (name: string) => {
    const out: { reg: Reg98; dist: number }[] = [];
    for (const [c, d] of queryName(name)) for (const reg of byCombo[c]) out.push({ reg, dist: d });
    return out;
  };
  let r3bad = 0;
  let namesakes = 0;
  let exactNamesakesPresent = 0;
  for (const x of hidRows) {
    const cs = compat(x.name);
    if (cs.length) namesakes++;
    if (cs.some((c) => c.dist === 0 && c.reg.present)) exactNamesakesPresent++;
    if (cs.some((c) => !ruledOut(x, c.reg))) r3bad++;
    if (x.sub === 'hid-stranger' && cs.length) r3bad++;
  }
  check(r3bad === 0, `rule 3: every hidden row is a non-namesake or ruled out by a shared field (${r3bad} bad); namesakes ${pct(namesakes, hidRows.length)} of hidden, exact namesakes of a present worker ${pct(exactNamesakesPresent, hidRows.length)}`);

  // pressure pairs are what they claim
  const pos = new Map<Row98, number>();
  rows.forEach((x, i) => pos.set(x, i));
  const hp = hidRows.filter((x) => x.sub === 'hid-pressure');
  let pairBad = 0;
  let hidFirst = 0;
  for (const h of hp) {
    const t = pTrue.find((x) => x.pair === h.pair);
    const R = h.target!;
    if (!t || t.reg !== R) {
      pairBad++;
      continue;
    }
    if (h.name !== R.lat && h.name !== R.kh) pairBad++;
    if (!ruledOut(h, R)) pairBad++;
    if (t.variation !== 'day/month swap' && normName(t.name) === normName(h.name)) pairBad++;
    if (t.variation === 'day/month swap' && t.dob !== swapStr(R.dob!)) pairBad++;
    if (pos.get(h)! < pos.get(t)!) hidFirst++;
  }
  check(pairBad === 0 && hp.length === pTrue.length, `pressure pairs: hidden row carries the register's exact name, true row a variation (${pairBad} bad)`);

  // rule 4
  const on = roster.onsite;
  const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  check(on.every((o) => v4.test(o.id)) && new Set(on.map((o) => o.id)).size === on.length, 'rule 4: ids are unique v4 UUIDs');
  check(on.every((o, i) => i === 0 || o.recordedAt > on[i - 1].recordedAt), 'rule 4: recordedAt increases in row order');
  const csvRows = on.filter((o) => o.source === 'csv');
  check(csvRows.every((o, i) => o.sourceRow === i + 1) && on.every((o) => o.source === 'csv' || o.sourceRow === null), 'rule 4: csv sourceRow increases in row order');
  const meanPos = (xs: Row98[]) => xs.reduce((a, x) => a + pos.get(x)! / rows.length, 0) / Math.max(1, xs.length);
  const tol = (n: number) => (4 * 0.2887) / Math.sqrt(Math.max(1, n));
  const mh = meanPos(hidRows);
  const mp = meanPos(hp);
  check(Math.abs(mh - 0.5) < tol(hidRows.length) && Math.abs(mp - 0.5) < tol(hp.length), `rule 4: hidden rows spread through the sheet (mean position ${mh.toFixed(3)}, pressure ${mp.toFixed(3)})`);
  check(Math.abs(hidFirst / Math.max(1, hp.length) - 0.5) < (4 * 0.5) / Math.sqrt(Math.max(1, hp.length)), `rule 4: pressure pairs in random order (hidden row first in ${pct(hidFirst, hp.length)})`);
  const idRank = new Map(roster.registered.map((w, i) => [w.workerId, i / roster.registered.length]));
  const abs = regs.filter((x) => !x.present);
  const ma = abs.reduce((a, x) => a + idRank.get(x.workerId)!, 0) / Math.max(1, abs.length);
  check(Math.abs(ma - 0.5) < tol(abs.length), `rule 4: registered ids assigned after shuffling (absent mean rank ${ma.toFixed(3)})`);
  const truthOk = on.every((o) => roster.truth.has(o.id)) && roster.truth.size === on.length;
  const presentIds = new Set(regs.filter((x) => x.present).map((x) => x.workerId));
  const truthVals = [...roster.truth.values()].filter((v): v is string => v !== null);
  check(truthOk && truthVals.length === presentIds.size && new Set(truthVals).size === truthVals.length && truthVals.every((v) => presentIds.has(v)), 'truth: one entry per on-site row, one-to-one onto present registered workers');

  // rule 5
  const dobLevel = (row: Row98, reg: Reg98) => (!row.dob || !reg.dob ? 0 : row.dob === reg.dob ? 3 : row.dob === swapStr(reg.dob) ? 2 : 1);
  const idLevel = (a: string | null, b: string | null) => (!a || !b ? 0 : a === b ? 2 : 1);
  const evid = (row: Row98, reg: Reg98, dist: number) => [-dist, dobLevel(row, reg), idLevel(row.nid, reg.nid), idLevel(row.nssf, reg.nssf)];
  let undecidable = 0;
  let undecidableNoDob = 0;
  for (const x of trueRows) {
    const cs = compat(x.name);
    const me = cs.find((c) => c.reg === x.reg);
    if (!me) continue;
    const mine = evid(x, x.reg!, me.dist);
    if (cs.some((c) => c.reg !== x.reg && !ruledOut(x, c.reg) && evid(x, c.reg, c.dist).every((v, i) => v >= mine[i]))) {
      undecidable++;
      if (!x.dob) undecidableNoDob++;
    }
  }
  check(undecidable / T < 0.04, `rule 5: undecidable true rows ${undecidable} (${pct(undecidable, T)}) < 4 % (${undecidableNoDob} of them without a date of birth)`);

  // schemas
  const badReg = roster.registered.filter((w) => !RegisteredWorker.safeParse(w).success).length;
  const badOn = roster.onsite.filter((w) => !OnsiteWorker.safeParse(w).success).length;
  check(badReg === 0 && badOn === 0, `schemas: all ${roster.registered.length} registered and ${roster.onsite.length} on-site rows parse (${badReg + badOn} bad)`);

  // determinism
  const dump = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const again = ninetyeighthRoster(size, seed);
  check(dump(again) === dump(roster), 'determinism: same seed, identical roster');
  check(dump(ninetyeighthRoster(size, seed + 1)) !== dump(roster), 'determinism: another seed, different roster');

  // speed
  const t2 = performance.now();
  ninetyeighthRoster(10000, seed + 2);
  const t3 = performance.now();
  check(t3 - t2 < 2000 && (size !== 10000 || t1 - t0 < 2000), `speed: 10,000 generated in ${(t3 - t2).toFixed(0)} ms (first call ${(t1 - t0).toFixed(0)} ms)`);

  // what a greedy, name-only, first-come matcher does with the pressure pairs (information only)
  const taken = new Set<Reg98>();
  let sprung = 0;
  let wrong = 0;
  for (const x of rows) {
    const cands = compat(x.name)
      .filter((c) => c.dist === 0 && !taken.has(c.reg))
      .map((c) => c.reg);
    const pick = cands.find((c) => c.lat === x.name || c.kh === x.name) ?? cands[0];
    if (!pick) continue;
    taken.add(pick);
    if (pick !== x.reg) wrong++;
    if (x.sub === 'hid-pressure' && pick === x.target) sprung++;
  }
  console.log(`  info: a greedy exact-name first-come matcher makes ${wrong} wrong matches (${pct(wrong, rows.length)} of rows); ${sprung} of ${hp.length} pressure hidden rows take their namesake`);

  console.log(fail ? 'FAIL' : 'PASS');
  if (fail) process.exitCode = 1;
}
