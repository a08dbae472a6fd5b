/**
 * TENTH benchmark roster: a garment factory, written blind (from the product text only) by a
 * scoring team, with its own name model (test/bench/tenth-names.ts) and its own syllable-by-syllable
 * Khmer→Latin romanization (ID-card/official, French-influenced, phone-typed English-ish).
 *
 * THE SITE
 *   A garment factory, ~85 % women aged 18-45 (men 18-50). The inspector has the employer's
 *   attendance CSV (most rows) and typed some workers in off their ID cards or by asking them.
 *   Visit date 2025-11-18.
 *
 * REGISTER (size = number of registered workers)
 *   Family names heavily skewed (Sok 9 %, Chan 7 %, Chea 6 %, Kim/Heng 4 % ... 64 names); given
 *   names by sex (42 women's incl. compounds Srey Mom / Sreymao / Srey Pov ..., 7 either, 17 men's).
 *   NSSF number always; national ID 95 %; sex 99.5 %; DOB 99.7 %; Latin name 85 % (official spelling
 *   80 %, French-influenced 20 %; upper case 75 %; compound given names spaced 80 % / joined 20 %);
 *   Khmer name "family given" with a space 90 %, no space 10 %. Hire date, wage (2 % null).
 *   10 % of registered workers are absent (exactly round(0.10·size)).
 *
 * ON SITE  (present registered workers + hidden workers; hidden = 7.5 % of on-site rows)
 *   Source        true rows: csv 82 %, id-card 9 %, manual 9 %;  hidden: csv 62 %, id-card 22 %, manual 16 %
 *   Name script   csv: Khmer 35 %; id-card: Khmer 55 %; manual: Khmer 30 % (rest Latin)
 *   Latin system  csv off 55 / fr 30 / ph 15; id-card off 85 / fr 15; manual off 25 / fr 20 / ph 55
 *                 (each syllable picks among its system's spellings, so a name mixes e.g. Chhoun + Sophear)
 *   Latin case    csv UPPER 60 / Title 35 / lower 5; id-card UPPER; manual Title 55 / lower 35 / UPPER 10
 *   Order         given-first: csv 8 %, manual 25 %, id-card 0 % (Khmer rows: csv 5 %, manual 15 %)
 *   Compound      Srey Mom / Sreymom / SreyMom / Srey-Mom (joined 35 % csv, 50 % manual)
 *   Typos         Latin rows: csv 5 %, id-card 3 %, manual 8 %: ONE edit (neighbour key, drop, double,
 *                 swap of adjacent letters) in ONE word of 4+ letters
 *   Khmer         separator space 55 % / ZWSP 20 % / none 25 %; compound parts split by ZWSP or space
 *                 10 %; "other keyboard" code point orders 25 % (shifter after vowel, ំ before ុ,
 *                 coeng-ro before the other coeng, vowel typed before the subscript); NFD 15 %
 *   Fields        csv: DOB 92 %, sex 94 %, NID 50 %, NSSF 35 %; id-card: DOB, sex, NID always, no NSSF;
 *                 manual: DOB 90 %, sex 97 %, NID 20 %, NSSF 15 %. Hidden workers hold an NSSF number
 *                 (from an old employer) only 4 % of the time.
 *   Slips         NID one slip csv 4 % / id-card 3 % / manual 5 % (mistyped digit, swapped neighbours,
 *                 or Excel's dropped leading zero); NSSF one slip 4-6 %; DOB day/month swapped
 *                 csv 10 % / id-card 3 % / manual 6 % of eligible dates (day <= 12, day != month).
 *   Hidden        45 % exact namesakes of a registered worker (30 % of those picked among the ABSENT),
 *                 20 % near-namesakes (a name word replaced by one within one edit: Sophea/Sopheap,
 *                 Sin/Sim ...), 35 % fresh names that pass for nobody. Measured namesake share ~60-70 %.
 *
 * EXTRA VARIATION (beyond the product's list, each something a person recognises at a glance)
 *   - A multi-syllable given name split at a syllable boundary in manual Latin rows (Chan Thou) 4 %.
 *   - Two-part Khmer vowels typed as their two visual halves (េ+ា for ោ, េ+ី for ើ) 3 % of Khmer rows.
 *   - A double space between words in 2 % of CSV Latin rows.
 *   - Excel's dropped leading zero of a national ID (counted as that row's one ID slip).
 *   NOTE: NFC/NFD is a no-op on Khmer (no Khmer letter decomposes), so the NFD rows are byte-equal.
 *
 * FAIRNESS RULES (audited by the self-check, `npx tsx test/bench/tenth.ts 10000 1`)
 *   "Passes for by name": the row's name, lower-cased and stripped of everything but letters
 *   (Latin) or stripped of spaces/ZW characters and put in canonical order (Khmer), is within one
 *   edit (Damerau) of family+given or given+family, over every spelling the syllable table allows.
 *   1. A true row carries only: table spellings, either order, any case, at most one typo in one word of
 *      4+ letters, Khmer encoding variants; IDs exact or one slip; DOB exact or day/month swapped;
 *      sex right or missing.
 *   2. Registered namesakes (same name words in any spelling, either order) never share a DOB and
 *      are more than a day/month swap, one digit or one digit transposition apart. All ID numbers
 *      (NID, NSSF, of everyone) are pairwise 2+ edits apart, and ID slips never land within one
 *      edit of another person's number.
 *   3. Every hidden row either passes for no registered worker (present or absent) by name, or is
 *      ruled out from every one it passes for by a field present on both sides (sex differs, DOB
 *      not close as in rule 2, national ID / NSSF 2+ edits apart). When a namesake row's source
 *      left every such field blank, the inspector is taken to have asked for the DOB or ID card
 *      (that field is filled in; counted as "forced" in the self-check).
 *   4. Rows shuffled; ids are v4 UUIDs from the seeded PRNG, drawn after shuffling; recordedAt
 *      strictly increasing in row order; CSV sourceRow numbered in row order; register shuffled
 *      before worker ids are assigned.
 *   5. Undecidable true rows (another registered worker passing by name at least as well, with no
 *      field on both sides to rule them out) stay under 4 %.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY, GIVEN, SYL, type Part, type Unit } from './tenth-names';

export const TENTH_LABEL = 'tenth: blind garment-factory roster, syllable romanization, namesake hidden workers';

// ------------------------------------------------------------------------------------------ Khmer

const COENG = 0x17d2;
const RO = 0x179a;
const isKhLetter = (c: number) => c >= 0x1780 && c <= 0x17b3;
const isKhMark = (c: number) => (c >= 0x17b6 && c <= 0x17d1) || c === 0x17d3 || c === 0x17dd || c === COENG;
/** Order class of a unit inside a cluster: coeng+consonant, coeng+ro, robat, shifter, vowel, sign. */
function rank(u: string): number {
  const c = u.charCodeAt(0);
  if (c === COENG && u.length === 2) return u.charCodeAt(1) === RO ? 2 : 1;
  if (c === 0x17cc) return 3;
  if (c === 0x17c9 || c === 0x17ca) return 4;
  if (c >= 0x17b6 && c <= 0x17c5) return 5;
  return 6;
}
/** Splits Khmer text into clusters: [base, ...units] where a unit is a mark or coeng+consonant. */
function clusters(s: string): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === COENG && i + 1 < s.length && isKhLetter(s.charCodeAt(i + 1))) {
      if (out.length === 0) out.push(['']);
      out[out.length - 1].push(s.slice(i, i + 2));
      i++;
    } else if (isKhMark(c)) {
      if (out.length === 0) out.push(['']);
      out[out.length - 1].push(s[i]);
    } else out.push([s[i]]);
  }
  return out;
}
/** Canonical Khmer: split vowels composed, marks in one fixed order, no spaces or ZW characters. */
export function canonKh(s: string): string {
  const t = s
    .normalize('NFC')
    .replace(/[\s\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\u17c1\u17b8/g, '\u17be')
    .replace(/\u17c1\u17b6/g, '\u17c4');
  let out = '';
  for (const cl of clusters(t)) {
    const [base, ...units] = cl;
    const sorted = units.map((u, i) => ({ u, i, k: rank(u) })).sort((a, b) => a.k - b.k || a.i - b.i);
    out += base + sorted.map((x) => x.u).join('');
  }
  return out;
}
/** A Khmer word as another keyboard would order it (same text on screen). */
function legacyOrder(word: string, r: Rng): { text: string; changed: boolean } {
  let changed = false;
  const out = clusters(word).map(([base, ...units]) => {
    let us = units.slice();
    const vi = us.findIndex((u) => rank(u) === 5);
    const si = us.findIndex((u) => rank(u) === 4);
    if (vi >= 0 && si >= 0) {
      const v = us[vi];
      const sh = us[si];
      us.splice(vi, 1);
      us.splice(us.indexOf(sh), 0, v); // vowel before the shifter
      changed = true;
    }
    const v2 = us.findIndex((u) => rank(u) === 5);
    const nikahit = us.indexOf('\u17c6');
    if (v2 >= 0 && nikahit > v2) {
      us.splice(nikahit, 1);
      us.splice(v2, 0, '\u17c6'); // ំ before the vowel
      changed = true;
    }
    const ro = us.findIndex((u) => rank(u) === 2);
    const co = us.findIndex((u) => rank(u) === 1);
    if (ro >= 0 && co >= 0 && ro > co) {
      const x = us[ro];
      us.splice(ro, 1);
      us.splice(co, 0, x); // coeng-ro typed first
      changed = true;
    }
    const v3 = us.findIndex((u) => rank(u) === 5);
    const c3 = us.findIndex((u) => rank(u) <= 2);
    if (v3 >= 0 && c3 >= 0 && v3 > c3 && r.chance(0.5)) {
      const x = us[v3];
      us.splice(v3, 1);
      us.splice(c3, 0, x); // vowel typed before the subscript
      changed = true;
    }
    us = us.filter((u) => u !== undefined);
    return base + us.join('');
  });
  return { text: out.join(''), changed };
}
function splitVowels(s: string): string {
  return s.replace(/\u17c4/g, '\u17c1\u17b6').replace(/\u17be/g, '\u17c1\u17b8');
}

// ------------------------------------------------------------------------------------------ Latin

type Sys = 'off' | 'fr' | 'ph';
function sylOptions(key: string, final: boolean, sys: Sys | 'all'): string[] {
  const e = SYL[key];
  if (!e) throw new Error(`no syllable ${key}`);
  const raw = sys === 'off' ? [e.off] : sys === 'fr' ? e.fr : sys === 'ph' ? e.ph : [e.off, ...e.fr, ...e.ph];
  const ok = raw.filter((x) => final || !x.startsWith('$')).map((x) => x.replace('$', ''));
  return [...new Set(ok.length ? ok : [e.off])];
}
/** Every Latin spelling of one written word (lower case). */
function partForms(p: Part): string[] {
  let acc = [''];
  p.syl.forEach((k, i) => {
    const opts = sylOptions(k, i === p.syl.length - 1, 'all');
    acc = acc.flatMap((a) => opts.map((o) => a + o));
  });
  return acc;
}
/** A word in one system: a list of syllable spellings (lower case). */
function renderSyl(p: Part, sys: Sys, r: Rng): string[] {
  return p.syl.map((k, i) => r.pick(sylOptions(k, i === p.syl.length - 1, sys)));
}
export const normLatin = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
const isKhmer = (s: string) => /[\u1780-\u17ff]/.test(s);

// ------------------------------------------------------------------------------ name match machinery

export const UNITS: Unit[] = [...FAMILY, ...GIVEN];
const U_FAMILY = FAMILY.map((_, i) => i);
const U_GIVEN = GIVEN.map((_, i) => FAMILY.length + i);

/** Damerau (OSA) distance <= 1: 0 equal, 1 one edit, 2 more. */
export function dist1(a: string, b: string): 0 | 1 | 2 {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return 2;
  if (la === lb) {
    let i = 0;
    while (i < la && a[i] === b[i]) i++;
    if (a.slice(i + 1) === b.slice(i + 1)) return 1;
    if (i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) return 1;
    return 2;
  }
  const [s, l] = la < lb ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1) ? 1 : 2;
}

interface Static {
  latin: string[][]; // per unit
  kh: string[]; // per unit, canonical
  exact: Map<string, number[]>;
  del: Map<string, number[]>; // key → indices into flat
  flat: { u: number; f: string }[];
  ovl: Set<number>[]; // same name in some spelling
  near: number[][]; // other units of the same kind within one edit of some spelling
}
let ST: Static | null = null;
function stat(): Static {
  if (ST) return ST;
  const latin = UNITS.map((u) => {
    let acc = [''];
    for (const p of u.parts) {
      const fs = partForms(p);
      acc = acc.flatMap((a) => fs.map((f) => a + f));
    }
    return [...new Set(acc)];
  });
  const kh = UNITS.map((u) => canonKh(u.parts.map((p) => p.kh).join('')));
  const exact = new Map<string, number[]>();
  const flat: { u: number; f: string }[] = [];
  const del = new Map<string, number[]>();
  const addKey = (k: string, idx: number) => {
    const l = del.get(k);
    if (l) {
      if (l[l.length - 1] !== idx) l.push(idx);
    } else del.set(k, [idx]);
  };
  UNITS.forEach((_, u) => {
    for (const f of [...latin[u], kh[u]]) {
      const e = exact.get(f);
      if (e) {
        if (!e.includes(u)) e.push(u);
      } else exact.set(f, [u]);
      const idx = flat.length;
      flat.push({ u, f });
      addKey(f, idx);
      for (let i = 0; i < f.length; i++) addKey(f.slice(0, i) + f.slice(i + 1), idx);
    }
  });
  ST = { latin, kh, exact, del, flat, ovl: [], near: [] };
  const st = ST;
  st.ovl = UNITS.map((_, u) => {
    const set = new Set<number>([u]);
    for (const f of [...latin[u], kh[u]]) for (const v of exact.get(f) ?? []) set.add(v);
    return set;
  });
  st.near = UNITS.map((unit, u) => {
    const set = new Set<number>();
    for (const f of [...latin[u], kh[u]])
      for (const [v] of nearUnits(f)) if (v !== u && UNITS[v].kind === unit.kind && !st.ovl[u].has(v)) set.add(v);
    return [...set].sort((a, b) => a - b);
  });
  return st;
}
const nearCache = new Map<string, Map<number, number>>();
/** Units with a spelling within one edit of s → best level (0 exact, 1 one edit). */
function nearUnits(s: string): Map<number, number> {
  const hit = nearCache.get(s);
  if (hit) return hit;
  const st = stat();
  const res = new Map<number, number>();
  const keys = new Set<string>([s]);
  for (let i = 0; i < s.length; i++) keys.add(s.slice(0, i) + s.slice(i + 1));
  for (const k of keys)
    for (const idx of st.del.get(k) ?? []) {
      const { u, f } = st.flat[idx];
      const d = dist1(s, f);
      if (d <= 1 && (res.get(u) ?? 9) > d) res.set(u, d);
    }
  nearCache.set(s, res);
  return res;
}
const idKey = (fam: number, giv: number) => fam * 1000 + giv;
/** The name identities (family, given) a written name passes for, with the level (0 exact, 1 one edit). */
export function passesFor(name: string): Map<number, number> {
  const st = stat();
  const q = isKhmer(name) ? canonKh(name) : normLatin(name);
  const out = new Map<number, number>();
  const add = (a: number, b: number, lv: number) => {
    let k: number;
    if (UNITS[a].kind === 'family' && UNITS[b].kind === 'given') k = idKey(a, b);
    else if (UNITS[a].kind === 'given' && UNITS[b].kind === 'family') k = idKey(b, a);
    else return;
    if ((out.get(k) ?? 9) > lv) out.set(k, lv);
  };
  for (let i = 1; i < q.length; i++) {
    const A = q.slice(0, i);
    const B = q.slice(i);
    const eA = st.exact.get(A);
    if (eA) for (const a of eA) for (const [b, lv] of nearUnits(B)) add(a, b, lv);
    const eB = st.exact.get(B);
    if (eB) for (const [a, lv] of nearUnits(A)) for (const b of eB) add(a, b, lv);
    {
      const sw = q.slice(0, i - 1) + q[i] + q[i - 1] + q.slice(i + 1);
      const xA = st.exact.get(sw.slice(0, i));
      const xB = st.exact.get(sw.slice(i));
      if (xA && xB) for (const a of xA) for (const b of xB) add(a, b, 1);
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------ fields

const VISIT = '2025-11-18';
const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const VISIT_T = Date.parse(VISIT + 'T00:00:00Z');

function swapDM(d: string): string | null {
  const [y, m, dd] = d.split('-');
  if (+dd > 12 || dd === m) return null;
  return `${y}-${dd}-${m}`;
}
/** DOBs a person could confuse: equal, day/month swapped, one digit or one digit transposition apart. */
export function dobClose(a: string, b: string): boolean {
  if (a === b || swapDM(a) === b || swapDM(b) === a) return true;
  return dist1(a.replace(/-/g, ''), b.replace(/-/g, '')) <= 1;
}
const digits = (s: string) => s.replace(/\D/g, '');

/** The 1-edit digit neighbours of s of length `len` (the pool's numbers all have one length). */
function neighbours(s: string, len: number): string[] {
  const out: string[] = [];
  if (s.length === len)
    for (let i = 0; i < s.length; i++) {
      for (let d = 0; d <= 9; d++) if (String(d) !== s[i]) out.push(s.slice(0, i) + d + s.slice(i + 1));
      if (i + 1 < s.length && s[i] !== s[i + 1]) out.push(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
    }
  else if (s.length === len + 1) for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  else if (s.length === len - 1) for (let i = 0; i <= s.length; i++) for (let d = 0; d <= 9; d++) out.push(s.slice(0, i) + d + s.slice(i));
  return out;
}
class IdPool {
  used = new Set<string>();
  constructor(readonly len: number) {}
  /** true when s is within one edit of a number in the pool other than `own` */
  near(s: string, own: string | null): boolean {
    if (s !== own && this.used.has(s)) return true;
    for (const n of neighbours(s, this.len)) if (n !== own && this.used.has(n)) return true;
    return false;
  }
  fresh(make: () => string): string {
    for (;;) {
      const s = make();
      if (!this.near(s, null)) {
        this.used.add(s);
        return s;
      }
    }
  }
}

// ------------------------------------------------------------------------------------ people

interface Person {
  fam: number;
  giv: number;
  sex: 'F' | 'M';
  dob: string;
  nid: string;
  nssf: string | null;
}
interface RegRec {
  p: Person;
  regSex: 'F' | 'M' | null;
  regDob: string | null;
  regNid: string | null;
  nameKh: string;
  nameLatin: string | null;
  hireDate: string;
  wage: number | null;
  absent: boolean;
}
type Source = 'csv' | 'id-card' | 'manual';
export interface RowMeta {
  reg: number | null; // index into registered (pre-shuffle) or null for hidden
  hiddenKind?: 'exact' | 'near' | 'fresh' | 'fallback';
  ofAbsent?: boolean;
  forced?: string[];
  source: Source;
  script: 'kh' | 'latin';
  sys?: Sys;
  caseMode?: 'upper' | 'title' | 'lower';
  givenFirst: boolean;
  join?: 'space' | 'joined' | 'camel' | 'hyphen';
  splitSyl?: boolean;
  typo?: number; // length of the word hit
  dblSpace?: boolean;
  khSep?: 'space' | 'zwsp' | 'none';
  khPartSep?: boolean;
  legacy?: boolean;
  nfd?: boolean;
  splitVowel?: boolean;
  nidSlip?: boolean;
  nssfSlip?: boolean;
  dobSwap?: boolean;
}
interface Row {
  meta: RowMeta;
  person: Person;
  name: string;
  nationalId: string | null;
  nssfNumber: string | null;
  sex: 'F' | 'M' | null;
  dateOfBirth: string | null;
}

function weighted(r: Rng, xs: number[], w: (i: number) => number): number {
  let tot = 0;
  for (const x of xs) tot += w(x);
  let t = r.next() * tot;
  for (const x of xs) {
    t -= w(x);
    if (t <= 0) return x;
  }
  return xs[xs.length - 1];
}
const pickFam = (r: Rng) => weighted(r, U_FAMILY, (i) => UNITS[i].w);
function pickGiv(r: Rng, sex: 'F' | 'M'): number {
  return weighted(r, U_GIVEN, (i) => {
    const u = UNITS[i];
    return u.sex === sex ? u.w : u.sex === 'U' ? u.w * 0.6 : 0;
  });
}
function sexForGiven(r: Rng, giv: number): 'F' | 'M' {
  const s = UNITS[giv].sex;
  return s === 'U' ? (r.chance(0.6) ? 'F' : 'M') : s;
}
function drawDob(r: Rng, sex: 'F' | 'M'): string {
  const age = sex === 'F' ? 18 + Math.floor(28 * r.next() ** 1.35) : 18 + Math.floor(33 * r.next() ** 1.2);
  return iso(VISIT_T - Math.floor((age + r.next()) * 365.25) * DAY - DAY);
}
const PROVINCES = ['01', '02', '03', '05', '06', '08', '11', '12', '14', '14', '14', '18', '20', '20', '21', '21', '03', '03'];

// ------------------------------------------------------------------------------------ rendering

const KEYS = 'qwertyuiop|asdfghjkl|zxcvbnm'.split('|');
function neighbourKey(r: Rng, c: string): string {
  for (const row of KEYS) {
    const i = row.indexOf(c);
    if (i >= 0) {
      const ns = [row[i - 1], row[i + 1]].filter((x): x is string => !!x);
      return r.pick(ns);
    }
  }
  return 'a';
}
function typo(r: Rng, w: string): string {
  for (;;) {
    const t = r.next();
    const i = r.int(1, w.length - 1); // keep the first letter: people rarely miss it
    let out: string;
    if (t < 0.4) out = w.slice(0, i) + neighbourKey(r, w[i]) + w.slice(i + 1);
    else if (t < 0.65) out = w.slice(0, i) + w.slice(i + 1);
    else if (t < 0.8) out = w.slice(0, i) + w[i] + w.slice(i);
    else {
      const j = r.int(0, w.length - 2);
      out = w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2);
    }
    if (out !== w) return out;
  }
}
const cap = (w: string) => (w ? w[0].toUpperCase() + w.slice(1) : w);

interface LatinStyle {
  sys: Sys;
  caseMode: 'upper' | 'title' | 'lower';
  givenFirst: boolean;
  join: 'space' | 'joined' | 'camel' | 'hyphen';
  splitSyl: boolean;
  typo: boolean;
  dblSpace: boolean;
}
/** Renders a name in Latin; returns the text and the length of the word a typo hit (0 = none). */
function renderLatin(r: Rng, fam: number, giv: number, st: LatinStyle): { text: string; typoLen: number } {
  const famW = renderSyl(UNITS[fam].parts[0], st.sys, r).join('');
  const gParts = UNITS[giv].parts.map((p) => renderSyl(p, st.sys, r));
  let givWords: string[];
  if (gParts.length > 1) {
    const ws = gParts.map((s) => s.join(''));
    if (st.join === 'space') givWords = ws;
    else if (st.join === 'hyphen') givWords = [ws.join('-')];
    else if (st.join === 'camel') givWords = [ws.map(cap).join('')];
    else givWords = [ws.join('')];
  } else if (st.splitSyl && gParts[0].length > 1) {
    const k = r.int(1, gParts[0].length - 1);
    givWords = [gParts[0].slice(0, k).join(''), gParts[0].slice(k).join('')];
  } else givWords = [gParts[0].join('')];
  let words = st.givenFirst ? [...givWords, famW] : [famW, ...givWords];
  let typoLen = 0;
  if (st.typo) {
    // sub-words (split on hyphens / camel humps) of 4+ letters
    const cands: [number, number, number][] = []; // word, start, len
    words.forEach((w, wi) => {
      const re = /[A-Z]?[a-z]+/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(w))) if (m[0].length >= 4) cands.push([wi, m.index, m[0].length]);
    });
    if (cands.length) {
      const [wi, at, len] = r.pick(cands);
      const w = words[wi];
      const sub = w.slice(at, at + len);
      const isCap = sub[0] !== sub[0].toLowerCase();
      let t = typo(r, sub.toLowerCase());
      if (isCap) t = cap(t);
      words = words.slice();
      words[wi] = w.slice(0, at) + t + w.slice(at + len);
      typoLen = len;
    }
  }
  const cased = words.map((w) =>
    st.caseMode === 'upper' ? w.toUpperCase() : st.caseMode === 'lower' ? w.toLowerCase() : w.split('-').map(cap).join('-'),
  );
  return { text: cased.join(st.dblSpace ? '  ' : ' '), typoLen };
}

interface KhStyle {
  sep: 'space' | 'zwsp' | 'none';
  partSep: boolean;
  givenFirst: boolean;
  legacy: boolean;
  nfd: boolean;
  splitVowel: boolean;
}
function renderKhmer(r: Rng, fam: number, giv: number, st: KhStyle): { text: string; legacy: boolean } {
  let legacyHit = false;
  const word = (kh: string) => {
    if (!st.legacy) return kh;
    const v = legacyOrder(kh, r);
    legacyHit ||= v.changed;
    return v.text;
  };
  const famW = word(UNITS[fam].parts[0].kh);
  const parts = UNITS[giv].parts.map((p) => word(p.kh));
  const gW = parts.join(st.partSep ? r.pick(['\u200b', ' ']) : '');
  const sep = st.sep === 'space' ? ' ' : st.sep === 'zwsp' ? '\u200b' : '';
  let text = st.givenFirst ? gW + sep + famW : famW + sep + gW;
  if (st.splitVowel) text = splitVowels(text);
  if (st.nfd) text = text.normalize('NFD');
  return { text, legacy: legacyHit };
}

// ------------------------------------------------------------------------------------ build

function uuid(r: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 16; i++) b.push(Math.floor(r.next() * 256));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const SRC_TRUE: [Source, number][] = [
  ['csv', 0.82],
  ['id-card', 0.09],
  ['manual', 0.09],
];
const SRC_HIDDEN: [Source, number][] = [
  ['csv', 0.62],
  ['id-card', 0.22],
  ['manual', 0.16],
];
function pickW<T>(r: Rng, xs: [T, number][]): T {
  let t = r.next();
  for (const [x, w] of xs) {
    t -= w;
    if (t < 0) return x;
  }
  return xs[xs.length - 1][0];
}
const PRESENT: Record<Source, { dob: number; sex: number; nid: number; nssf: number }> = {
  csv: { dob: 0.92, sex: 0.94, nid: 0.5, nssf: 0.35 },
  'id-card': { dob: 1, sex: 1, nid: 1, nssf: 0 },
  manual: { dob: 0.9, sex: 0.97, nid: 0.2, nssf: 0.15 },
};
const SLIP: Record<Source, { nid: number; nssf: number; swap: number }> = {
  csv: { nid: 0.04, nssf: 0.04, swap: 0.1 },
  'id-card': { nid: 0.03, nssf: 0.04, swap: 0.03 },
  manual: { nid: 0.05, nssf: 0.06, swap: 0.06 },
};

/** Draws how a row's name is written, and writes it. */
function writeName(r: Rng, src: Source, fam: number, giv: number, meta: RowMeta): string {
  const khShare = src === 'csv' ? 0.35 : src === 'id-card' ? 0.55 : 0.3;
  if (r.chance(khShare)) {
    meta.script = 'kh';
    const st: KhStyle = {
      sep: pickW(r, [
        ['space', 0.55],
        ['zwsp', 0.2],
        ['none', 0.25],
      ]),
      partSep: r.chance(0.1),
      givenFirst: r.chance(src === 'csv' ? 0.05 : src === 'manual' ? 0.15 : 0),
      legacy: r.chance(0.25),
      nfd: r.chance(0.15),
      splitVowel: r.chance(0.03),
    };
    const out = renderKhmer(r, fam, giv, st);
    Object.assign(meta, {
      khSep: st.sep,
      khPartSep: st.partSep && UNITS[giv].parts.length > 1,
      givenFirst: st.givenFirst,
      legacy: out.legacy,
      nfd: st.nfd,
      splitVowel: st.splitVowel && /\u17c1[\u17b6\u17b8]/.test(out.text),
    });
    return out.text;
  }
  meta.script = 'latin';
  const st: LatinStyle =
    src === 'csv'
      ? {
          sys: pickW(r, [['off', 0.55], ['fr', 0.3], ['ph', 0.15]] as [Sys, number][]),
          caseMode: pickW(r, [['upper', 0.6], ['title', 0.35], ['lower', 0.05]] as [LatinStyle['caseMode'], number][]),
          givenFirst: r.chance(0.08),
          join: r.chance(0.35) ? (r.chance(0.85) ? 'joined' : r.chance(0.5) ? 'camel' : 'hyphen') : 'space',
          splitSyl: false,
          typo: r.chance(0.05),
          dblSpace: r.chance(0.02),
        }
      : src === 'id-card'
        ? {
            sys: r.chance(0.85) ? 'off' : 'fr',
            caseMode: 'upper',
            givenFirst: false,
            join: r.chance(0.2) ? 'joined' : 'space',
            splitSyl: false,
            typo: r.chance(0.03),
            dblSpace: false,
          }
        : {
            sys: pickW(r, [['off', 0.25], ['fr', 0.2], ['ph', 0.55]] as [Sys, number][]),
            caseMode: pickW(r, [['title', 0.55], ['lower', 0.35], ['upper', 0.1]] as [LatinStyle['caseMode'], number][]),
            givenFirst: r.chance(0.25),
            join: r.chance(0.5) ? (r.chance(0.8) ? 'joined' : r.chance(0.5) ? 'camel' : 'hyphen') : 'space',
            splitSyl: r.chance(0.04),
            typo: r.chance(0.08),
            dblSpace: false,
          };
  const out = renderLatin(r, fam, giv, st);
  Object.assign(meta, {
    sys: st.sys,
    caseMode: st.caseMode,
    givenFirst: st.givenFirst,
    join: UNITS[giv].parts.length > 1 ? st.join : undefined,
    splitSyl: st.splitSyl && UNITS[giv].parts.length === 1 && UNITS[giv].parts[0].syl.length > 1,
    typo: out.typoLen || undefined,
    dblSpace: st.dblSpace,
  });
  return out.text;
}

interface Built {
  roster: Roster;
  rows: Row[]; // in final on-site order
  reg: RegRec[]; // in final registered order
  regIndexOf: Map<string, number>; // workerId → index in reg
}

function build(size: number, seed: number): Built {
  const r = rng(seed * 7919 + 10);
  stat();
  const nidPool = new IdPool(9);
  const nssfPool = new IdPool(10);
  const newNid = () => nidPool.fresh(() => r.pick(PROVINCES) + String(r.int(0, 9_999_999)).padStart(7, '0'));
  const newNssf = () => nssfPool.fresh(() => String(r.int(1, 9)) + String(r.int(0, 999_999_999)).padStart(9, '0'));

  // ---- register
  const reg: RegRec[] = [];
  const byId = new Map<number, number[]>(); // identity → reg indices
  const namesakes = (fam: number, giv: number): number[] => {
    const st = stat();
    const out: number[] = [];
    for (const f of st.ovl[fam]) for (const g of st.ovl[giv]) for (const i of byId.get(idKey(f, g)) ?? []) out.push(i);
    // the same words read the other way round (a family name that is also a given name)
    for (const f of st.ovl[giv]) for (const g of st.ovl[fam]) if (UNITS[f].kind === 'family' && UNITS[g].kind === 'given') for (const i of byId.get(idKey(f, g)) ?? []) out.push(i);
    return out;
  };
  for (let n = 0; n < size; n++) {
    const sex: 'F' | 'M' = r.chance(0.85) ? 'F' : 'M';
    let fam = 0;
    let giv = 0;
    let dob = '';
    for (let tries = 0; ; tries++) {
      fam = pickFam(r);
      giv = pickGiv(r, sex);
      const others = namesakes(fam, giv).map((i) => reg[i].p.dob);
      let ok = false;
      for (let k = 0; k < 30 && !ok; k++) {
        dob = drawDob(r, sex);
        ok = others.every((o) => !dobClose(o, dob));
      }
      if (ok) break;
    }
    const p: Person = { fam, giv, sex, dob, nid: newNid(), nssf: newNssf() };
    const hireFrom = Math.max(Date.parse('2012-01-01'), Date.parse(dob) + Math.ceil(18 * 365.25) * DAY);
    const hireTo = VISIT_T - 10 * DAY;
    const hire = iso(hireFrom + Math.floor(r.next() * Math.max(1, hireTo - hireFrom)));
    let nameLatin: string | null = null;
    if (r.chance(0.85)) {
      const sys: Sys = r.chance(0.8) ? 'off' : 'fr';
      nameLatin = renderLatin(r, fam, giv, {
        sys,
        caseMode: r.chance(0.75) ? 'upper' : 'title',
        givenFirst: false,
        join: r.chance(0.8) ? 'space' : 'joined',
        splitSyl: false,
        typo: false,
        dblSpace: false,
      }).text;
    }
    const famKh = UNITS[fam].parts[0].kh;
    const givKh = UNITS[giv].parts.map((q) => q.kh).join('');
    reg.push({
      p,
      regSex: r.chance(0.995) ? sex : null,
      regDob: r.chance(0.997) ? dob : null,
      regNid: r.chance(0.95) ? p.nid : null,
      nameKh: famKh + (r.chance(0.9) ? ' ' : '') + givKh,
      nameLatin,
      hireDate: hire,
      wage: r.chance(0.98) ? 850_000 + 100 * r.int(0, 5_500) : null,
      absent: false,
    });
    const k = idKey(fam, giv);
    const l = byId.get(k);
    if (l) l.push(n);
    else byId.set(k, [n]);
  }
  const order = r.shuffle(reg.map((_, i) => i));
  const nAbsent = Math.round(size * 0.1);
  for (let i = 0; i < nAbsent; i++) reg[order[i]].absent = true;
  const absentIdx = order.slice(0, nAbsent);
  const presentIdx = order.slice(nAbsent);

  /** registered workers (present or absent) a written name passes for, with the level */
  const candidates = (name: string): Map<number, number> => {
    const out = new Map<number, number>();
    for (const [k, lv] of passesFor(name)) for (const i of byId.get(k) ?? []) if ((out.get(i) ?? 9) > lv) out.set(i, lv);
    return out;
  };

  // ---- true rows
  const rows: Row[] = [];
  for (const i of presentIdx) {
    const R = reg[i];
    const p = R.p;
    const src = pickW(r, SRC_TRUE);
    const meta: RowMeta = { reg: i, source: src, script: 'latin', givenFirst: false };
    const name = writeName(r, src, p.fam, p.giv, meta);
    const pr = PRESENT[src];
    const sl = SLIP[src];
    let nationalId: string | null = null;
    if (r.chance(pr.nid)) {
      nationalId = p.nid;
      if (r.chance(sl.nid)) {
        for (let t = 0; t < 20; t++) {
          let s: string;
          if (src === 'csv' && p.nid.startsWith('0') && r.chance(0.3)) s = p.nid.slice(1);
          else if (r.chance(0.6)) {
            const k = r.int(0, p.nid.length - 1);
            s = p.nid.slice(0, k) + String((+p.nid[k] + r.int(1, 9)) % 10) + p.nid.slice(k + 1);
          } else {
            const k = r.int(0, p.nid.length - 2);
            s = p.nid.slice(0, k) + p.nid[k + 1] + p.nid[k] + p.nid.slice(k + 2);
          }
          if (s !== p.nid && !nidPool.near(s, p.nid)) {
            nationalId = s;
            meta.nidSlip = true;
            break;
          }
        }
      }
    }
    let nssfNumber: string | null = null;
    if (p.nssf && r.chance(pr.nssf)) {
      nssfNumber = p.nssf;
      if (r.chance(sl.nssf)) {
        for (let t = 0; t < 20; t++) {
          const n = p.nssf;
          let s: string;
          if (r.chance(0.55)) {
            const k = r.int(1, n.length - 1);
            s = n.slice(0, k) + String((+n[k] + r.int(1, 9)) % 10) + n.slice(k + 1);
          } else {
            const k = r.int(0, n.length - 2);
            s = n.slice(0, k) + n[k + 1] + n[k] + n.slice(k + 2);
          }
          if (s !== n && !nssfPool.near(s, n)) {
            nssfNumber = s;
            meta.nssfSlip = true;
            break;
          }
        }
      }
    }
    let dateOfBirth: string | null = null;
    if (r.chance(pr.dob)) {
      dateOfBirth = p.dob;
      const sw = swapDM(p.dob);
      if (sw && r.chance(sl.swap)) {
        dateOfBirth = sw;
        meta.dobSwap = true;
      }
    }
    const sex = r.chance(pr.sex) ? p.sex : null;
    rows.push({ meta, person: p, name, nationalId, nssfNumber, sex, dateOfBirth });
  }

  // ---- hidden rows
  const nHidden = Math.round((presentIdx.length * 0.075) / 0.925);
  const st = stat();
  const nearable = (u: number) => st.near[u].length > 0;
  for (let h = 0; h < nHidden; h++) {
    const roll = r.next();
    const plan: 'exact' | 'near' | 'fresh' = roll < 0.45 ? 'exact' : roll < 0.65 ? 'near' : 'fresh';
    for (let attempt = 0; ; attempt++) {
      let fam: number;
      let giv: number;
      let sex: 'F' | 'M';
      let kind: RowMeta['hiddenKind'] = plan;
      let ofAbsent = false;
      if (plan === 'exact' || plan === 'near') {
        ofAbsent = r.chance(0.3);
        const R = reg[ofAbsent ? r.pick(absentIdx) : r.pick(presentIdx)];
        fam = R.p.fam;
        giv = R.p.giv;
        if (plan === 'near') {
          const canGiv = nearable(giv);
          const canFam = nearable(fam);
          if (!canGiv && !canFam) continue;
          if (canGiv && (!canFam || r.chance(0.6))) giv = r.pick(st.near[giv]);
          else fam = r.pick(st.near[fam]);
        }
        sex = UNITS[giv].sex === 'U' ? (r.chance(0.5) ? R.p.sex : r.chance(0.6) ? 'F' : 'M') : sexForGiven(r, giv);
      } else {
        const uniform = attempt >= 40;
        fam = uniform ? r.pick(U_FAMILY) : pickFam(r);
        sex = r.chance(0.85) ? 'F' : 'M';
        giv = uniform ? r.pick(U_GIVEN.filter((g) => UNITS[g].sex === sex || UNITS[g].sex === 'U')) : pickGiv(r, sex);
        if (attempt >= 300) kind = 'fallback';
      }
      const src = pickW(r, SRC_HIDDEN);
      const meta: RowMeta = { reg: null, hiddenKind: kind, ofAbsent, source: src, script: 'latin', givenFirst: false, forced: [] };
      const name = writeName(r, src, fam, giv, meta);
      const cands = [...candidates(name).keys()];
      if (plan === 'fresh' && kind !== 'fallback' && cands.length) continue;
      if (plan === 'near' && !cands.length && attempt < 50) continue;
      if (kind === 'fallback') meta.hiddenKind = cands.length ? 'fallback' : 'fresh';
      // the person
      const dobs = cands.map((i) => reg[i].regDob).filter((d): d is string => !!d);
      let dob = '';
      let ok = false;
      for (let k = 0; k < 40 && !ok; k++) {
        dob = drawDob(r, sex);
        ok = dobs.every((o) => !dobClose(o, dob));
      }
      if (!ok) continue;
      const p: Person = { fam, giv, sex, dob, nid: newNid(), nssf: r.chance(0.04) ? newNssf() : null };
      const pr = PRESENT[src];
      const row: Row = {
        meta,
        person: p,
        name,
        nationalId: r.chance(pr.nid) ? p.nid : null,
        nssfNumber: p.nssf && r.chance(pr.nssf) ? p.nssf : null,
        sex: r.chance(pr.sex) ? sex : null,
        dateOfBirth: r.chance(pr.dob) ? dob : null,
      };
      // rule 3: every registered worker it passes for is ruled out by a field on both sides
      let fine = true;
      for (const i of cands) {
        const R = reg[i];
        const ruled = () =>
          (row.sex !== null && R.regSex !== null && row.sex !== R.regSex) ||
          (row.dateOfBirth !== null && R.regDob !== null) ||
          (row.nationalId !== null && R.regNid !== null) ||
          row.nssfNumber !== null;
        if (ruled()) continue;
        if (R.regDob !== null) {
          row.dateOfBirth = dob;
          meta.forced!.push('dob');
        } else if (R.regNid !== null) {
          row.nationalId = p.nid;
          meta.forced!.push('nid');
        } else if (R.regSex !== null && R.regSex !== sex) {
          row.sex = sex;
          meta.forced!.push('sex');
        } else {
          fine = false;
          break;
        }
      }
      if (!fine) continue;
      rows.push(row);
      break;
    }
  }

  // ---- shuffle, ids, times (rule 4)
  r.shuffle(rows);
  let t = Date.parse(VISIT + 'T01:40:00Z');
  let csvRow = 0;
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  const regOrder = r.shuffle(reg.map((_, i) => i));
  const workerIdOf = new Map<number, string>();
  regOrder.forEach((i, k) => workerIdOf.set(i, `W${String(k + 1).padStart(6, '0')}`));
  for (const row of rows) {
    t += 1000 * r.int(1, 4);
    const id = uuid(r);
    onsite.push({
      id,
      visitId: 'visit-tenth-garment',
      name: row.name,
      nationalId: row.nationalId,
      nssfNumber: row.nssfNumber,
      sex: row.sex,
      dateOfBirth: row.dateOfBirth,
      source: row.meta.source,
      sourceRow: row.meta.source === 'csv' ? ++csvRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, row.meta.reg === null ? null : workerIdOf.get(row.meta.reg)!);
  }
  const registered: RegisteredWorker[] = regOrder.map((i) => {
    const R = reg[i];
    return {
      workerId: workerIdOf.get(i)!,
      nssfNumber: R.p.nssf,
      nationalId: R.regNid,
      nameKh: R.nameKh,
      nameLatin: R.nameLatin,
      sex: R.regSex,
      dateOfBirth: R.regDob,
      hireDate: R.hireDate,
      wageRiel: R.wage,
    };
  });
  // re-index meta.reg to the final registered order
  const finalPos = new Map<number, number>();
  regOrder.forEach((i, k) => finalPos.set(i, k));
  for (const row of rows) if (row.meta.reg !== null) row.meta.reg = finalPos.get(row.meta.reg)!;
  const regFinal = regOrder.map((i) => reg[i]);
  const regIndexOf = new Map<string, number>();
  registered.forEach((w, k) => regIndexOf.set(w.workerId, k));
  return { roster: { registered, onsite, truth }, rows, reg: regFinal, regIndexOf };
}

export function generateTenth(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ------------------------------------------------------------------------------------ self-check

async function selfCheck(): Promise<void> {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  const { RegisteredWorker: RW, OnsiteWorker: OW } = await import('../../src/protocol');
  const fails: string[] = [];
  const check = (ok: boolean, what: string) => {
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
    if (!ok) fails.push(what);
  };
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + ' %' : '-');

  // data sanity
  const keys = new Set(UNITS.map((u) => u.key));
  check(keys.size === UNITS.length, `unit keys unique (${UNITS.length} units)`);
  const badKh = UNITS.filter((u) => u.parts.some((p) => canonKh(p.kh) !== p.kh));
  check(badKh.length === 0, `name Khmer spellings are in canonical order${badKh.length ? ': ' + badKh.map((u) => u.key).join(',') : ''}`);

  const t0 = performance.now();
  const B = build(size, seed);
  const ms = performance.now() - t0;
  const { roster, rows, reg } = B;
  const { registered, onsite, truth } = roster;

  // ---- shape
  const hiddenRows = rows.filter((x) => x.meta.reg === null);
  const trueRows = rows.filter((x) => x.meta.reg !== null);
  const absent = reg.filter((x) => x.absent).length;
  console.log(`\n== tenth roster, size ${size}, seed ${seed}: generated in ${ms.toFixed(0)} ms`);
  console.log(`registered ${registered.length}, absent ${absent} (${pct(absent, registered.length)}), on site ${onsite.length}, hidden ${hiddenRows.length} (${pct(hiddenRows.length, onsite.length)} of on-site)`);
  const cnt = (xs: Row[], f: (r: Row) => unknown) => xs.filter((x) => !!f(x)).length;
  const regF = registered.filter((w) => w.sex === 'F').length;
  console.log(
    `register: women ${pct(regF, registered.length)}, Latin name missing ${pct(registered.filter((w) => !w.nameLatin).length, registered.length)}, NID missing ${pct(registered.filter((w) => !w.nationalId).length, registered.length)}, DOB missing ${pct(registered.filter((w) => !w.dateOfBirth).length, registered.length)}, sex missing ${pct(registered.filter((w) => !w.sex).length, registered.length)}`,
  );
  const famCount = new Map<string, number>();
  for (const x of reg) famCount.set(UNITS[x.p.fam].key, (famCount.get(UNITS[x.p.fam].key) ?? 0) + 1);
  console.log('top family names: ' + [...famCount].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, n]) => `${k.slice(2)} ${pct(n, reg.length)}`).join(', '));
  const idCount = new Map<number, number>();
  for (const x of reg) idCount.set(idKey(x.p.fam, x.p.giv), (idCount.get(idKey(x.p.fam, x.p.giv)) ?? 0) + 1);
  const shared = reg.filter((x) => (idCount.get(idKey(x.p.fam, x.p.giv)) ?? 0) > 1).length;
  console.log(`registered sharing their exact name words with another: ${pct(shared, reg.length)}; distinct names ${idCount.size}; largest namesake group ${Math.max(...idCount.values())}`);
  for (const [label, xs] of [
    ['true', trueRows],
    ['hidden', hiddenRows],
  ] as [string, Row[]][]) {
    const n = xs.length;
    const lat = xs.filter((x) => x.meta.script === 'latin');
    const kh = xs.filter((x) => x.meta.script === 'kh');
    console.log(`-- ${label} rows (${n})`);
    console.log(`   source: csv ${pct(cnt(xs, (x) => x.meta.source === 'csv'), n)}, id-card ${pct(cnt(xs, (x) => x.meta.source === 'id-card'), n)}, manual ${pct(cnt(xs, (x) => x.meta.source === 'manual'), n)}`);
    console.log(`   script: Khmer ${pct(kh.length, n)}, Latin ${pct(lat.length, n)}; given-first ${pct(cnt(xs, (x) => x.meta.givenFirst), n)}`);
    console.log(
      `   Latin: official ${pct(cnt(lat, (x) => x.meta.sys === 'off'), lat.length)}, French ${pct(cnt(lat, (x) => x.meta.sys === 'fr'), lat.length)}, phone ${pct(cnt(lat, (x) => x.meta.sys === 'ph'), lat.length)}; UPPER ${pct(cnt(lat, (x) => x.meta.caseMode === 'upper'), lat.length)}, lower ${pct(cnt(lat, (x) => x.meta.caseMode === 'lower'), lat.length)}; typo ${pct(cnt(lat, (x) => x.meta.typo), lat.length)}; compound joined ${pct(cnt(lat, (x) => x.meta.join && x.meta.join !== 'space'), cnt(lat, (x) => x.meta.join))} of compounds; syllable split ${pct(cnt(lat, (x) => x.meta.splitSyl), lat.length)}; double space ${pct(cnt(lat, (x) => x.meta.dblSpace), lat.length)}`,
    );
    console.log(
      `   Khmer: ZWSP sep ${pct(cnt(kh, (x) => x.meta.khSep === 'zwsp'), kh.length)}, no sep ${pct(cnt(kh, (x) => x.meta.khSep === 'none'), kh.length)}, other code point order ${pct(cnt(kh, (x) => x.meta.legacy), kh.length)}, NFD ${pct(cnt(kh, (x) => x.meta.nfd), kh.length)}, split vowels ${pct(cnt(kh, (x) => x.meta.splitVowel), kh.length)}, compound parts split ${pct(cnt(kh, (x) => x.meta.khPartSep), kh.length)}`,
    );
    console.log(
      `   fields: DOB ${pct(cnt(xs, (x) => x.dateOfBirth), n)} (swapped ${pct(cnt(xs, (x) => x.meta.dobSwap), cnt(xs, (x) => x.dateOfBirth))}), sex ${pct(cnt(xs, (x) => x.sex), n)}, NID ${pct(cnt(xs, (x) => x.nationalId), n)} (slip ${pct(cnt(xs, (x) => x.meta.nidSlip), cnt(xs, (x) => x.nationalId))}), NSSF ${pct(cnt(xs, (x) => x.nssfNumber), n)} (slip ${pct(cnt(xs, (x) => x.meta.nssfSlip), cnt(xs, (x) => x.nssfNumber))})`,
    );
  }
  console.log(
    `   hidden plan: exact namesake ${pct(cnt(hiddenRows, (x) => x.meta.hiddenKind === 'exact'), hiddenRows.length)} (of an absent worker ${pct(cnt(hiddenRows, (x) => x.meta.hiddenKind === 'exact' && x.meta.ofAbsent), cnt(hiddenRows, (x) => x.meta.hiddenKind === 'exact'))}), near ${pct(cnt(hiddenRows, (x) => x.meta.hiddenKind === 'near'), hiddenRows.length)}, fresh ${pct(cnt(hiddenRows, (x) => x.meta.hiddenKind === 'fresh'), hiddenRows.length)}, fallback ${cnt(hiddenRows, (x) => x.meta.hiddenKind === 'fallback')}; field filled in by the inspector ${pct(cnt(hiddenRows, (x) => x.meta.forced?.length), hiddenRows.length)}`,
  );

  // ---- name matching against the register
  const byIdent = new Map<number, number[]>();
  reg.forEach((x, i) => {
    const k = idKey(x.p.fam, x.p.giv);
    const l = byIdent.get(k);
    if (l) l.push(i);
    else byIdent.set(k, [i]);
  });
  const cands = (name: string) => {
    const out = new Map<number, number>();
    for (const [k, lv] of passesFor(name)) for (const i of byIdent.get(k) ?? []) if ((out.get(i) ?? 9) > lv) out.set(i, lv);
    return out;
  };
  const dobOk = (a: string, b: string) => a === b || swapDM(a) === b;
  const ruledOut = (row: Row, R: RegRec) =>
    (row.sex !== null && R.regSex !== null && row.sex !== R.regSex) ||
    (row.dateOfBirth !== null && R.regDob !== null && !dobClose(row.dateOfBirth, R.regDob)) ||
    (row.nationalId !== null && R.regNid !== null && dist1(digits(row.nationalId), digits(R.regNid)) > 1) ||
    (row.nssfNumber !== null && R.p.nssf !== null && dist1(digits(row.nssfNumber), digits(R.p.nssf)) > 1);

  // ---- rule 1
  let r1 = 0;
  const r1ex: string[] = [];
  let lvl1 = 0;
  for (const row of trueRows) {
    const R = reg[row.meta.reg!];
    const p = R.p;
    const lv = cands(row.name).get(row.meta.reg!);
    const bad: string[] = [];
    if (lv === undefined) bad.push('name');
    if (lv === 1) {
      lvl1++;
      if (!(row.meta.typo && row.meta.typo >= 4)) bad.push('one-edit name without a typo');
    }
    if (lv === 0 && row.meta.typo && row.meta.script === 'latin') {
      /* a typo that happens to give another listed spelling: fine */
    }
    if (row.nationalId !== null && dist1(row.nationalId, p.nid) > 1) bad.push('nid');
    if (row.nssfNumber !== null && dist1(row.nssfNumber, p.nssf!) > 1) bad.push('nssf');
    if (row.dateOfBirth !== null && !dobOk(p.dob, row.dateOfBirth)) bad.push('dob');
    if (row.sex !== null && row.sex !== p.sex) bad.push('sex');
    if (R.regSex !== null && R.regSex !== p.sex) bad.push('reg sex');
    if (bad.length) {
      r1++;
      if (r1ex.length < 5) r1ex.push(`${row.name} → ${R.nameKh}/${R.nameLatin}: ${bad.join(',')}`);
    }
  }
  check(r1 === 0, `rule 1: every true row is a plausible variant of its worker (${r1} bad; one-edit names ${pct(lvl1, trueRows.length)})${r1ex.length ? '\n     ' + r1ex.join('\n     ') : ''}`);
  const ids = [...reg.map((x) => x.p.nid), ...hiddenRows.map((x) => x.person.nid)];
  check(new Set(ids).size === ids.length, 'rule 1/2: national IDs unique');

  // ---- rule 2
  let r2pairs = 0;
  let r2bad = 0;
  const stt = stat();
  const seenPair = new Set<string>();
  reg.forEach((A, i) => {
    const near = new Set<number>();
    for (const f of stt.ovl[A.p.fam]) for (const g of stt.ovl[A.p.giv]) for (const j of byIdent.get(idKey(f, g)) ?? []) near.add(j);
    for (const f of stt.ovl[A.p.giv]) for (const g of stt.ovl[A.p.fam]) for (const j of byIdent.get(idKey(f, g)) ?? []) near.add(j);
    for (const nm of [A.nameKh, A.nameLatin]) if (nm) for (const [j, lv] of cands(nm)) if (lv === 0) near.add(j);
    for (const j of near) {
      if (j === i) continue;
      const key = i < j ? `${i}-${j}` : `${j}-${i}`;
      if (seenPair.has(key)) continue;
      seenPair.add(key);
      r2pairs++;
      const Bw = reg[j];
      if (dobClose(A.p.dob, Bw.p.dob) || dist1(A.p.nid, Bw.p.nid) <= 1 || dist1(A.p.nssf!, Bw.p.nssf!) <= 1) r2bad++;
    }
  });
  check(r2bad === 0, `rule 2: registered namesake pairs ${r2pairs}, with a DOB/ID too close: ${r2bad}`);

  // ---- rule 3
  let r3bad = 0;
  let nameSakes = 0;
  let exactSakes = 0;
  let sakeOfAbsent = 0;
  const r3ex: string[] = [];
  for (const row of hiddenRows) {
    const c = cands(row.name);
    if (c.size) nameSakes++;
    if ([...c.values()].some((v) => v === 0)) exactSakes++;
    if ([...c.keys()].some((i) => reg[i].absent)) sakeOfAbsent++;
    for (const [i] of c)
      if (!ruledOut(row, reg[i])) {
        r3bad++;
        if (r3ex.length < 5) r3ex.push(`${row.name} ~ ${reg[i].nameKh}/${reg[i].nameLatin}`);
        break;
      }
  }
  check(r3bad === 0, `rule 3: hidden rows passing for a registered worker without a ruling-out field: ${r3bad}${r3ex.length ? '\n     ' + r3ex.join('\n     ') : ''}`);
  console.log(
    `     hidden namesakes (pass by name for >= 1 registered): ${pct(nameSakes, hiddenRows.length)}; exact spelling ${pct(exactSakes, hiddenRows.length)}; of an absent worker ${pct(sakeOfAbsent, hiddenRows.length)}`,
  );
  check(nameSakes >= 0.5 * hiddenRows.length, 'hidden workers: half or more are namesakes or near-namesakes');

  // ---- rule 4
  const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  check(onsite.every((o) => uuidV4.test(o.id)) && new Set(onsite.map((o) => o.id)).size === onsite.length, 'rule 4: on-site ids are unique v4 UUIDs');
  check(onsite.every((o, i) => i === 0 || Date.parse(o.recordedAt) > Date.parse(onsite[i - 1].recordedAt)), 'rule 4: recordedAt strictly increasing');
  const csvRows = onsite.filter((o) => o.source === 'csv');
  check(csvRows.every((o, i) => o.sourceRow === i + 1) && onsite.every((o) => o.source === 'csv' || o.sourceRow === null), 'rule 4: CSV sourceRow 1..n in row order');
  check(truth.size === onsite.length && onsite.every((o) => truth.has(o.id)), 'truth covers every on-site row');
  const tv = [...truth.values()].filter((v): v is string => v !== null);
  check(new Set(tv).size === tv.length, 'truth: each registered worker on site at most once');
  // position vs register position: no correlation
  const xs: number[] = [];
  const ys: number[] = [];
  onsite.forEach((o, i) => {
    const w = truth.get(o.id);
    if (w) {
      xs.push(i);
      ys.push(B.regIndexOf.get(w)!);
    }
  });
  const corr = (a: number[], b: number[]) => {
    const ma = a.reduce((s, x) => s + x, 0) / a.length;
    const mb = b.reduce((s, x) => s + x, 0) / b.length;
    let sab = 0;
    let saa = 0;
    let sbb = 0;
    for (let i = 0; i < a.length; i++) {
      sab += (a[i] - ma) * (b[i] - mb);
      saa += (a[i] - ma) ** 2;
      sbb += (b[i] - mb) ** 2;
    }
    return sab / Math.sqrt(saa * sbb);
  };
  const c1 = corr(xs, ys);
  const lim = 4 / Math.sqrt(xs.length);
  check(Math.abs(c1) < lim, `rule 4: on-site order vs register order correlation ${c1.toFixed(4)} (|r| < ${lim.toFixed(3)})`);
  const half = Math.floor(onsite.length / 2);
  const hFirst = onsite.slice(0, half).filter((o) => truth.get(o.id) === null).length;
  const hAll = hiddenRows.length;
  const sd = Math.sqrt(hAll * 0.25);
  check(Math.abs(hFirst - hAll / 2) < 4 * sd, `rule 4: hidden rows spread over the roster (${hFirst} of ${hAll} in the first half)`);
  const idxNum = registered.map((w) => Number(w.workerId.slice(1)));
  check(idxNum.every((n, i) => n === i + 1), 'rule 4: worker ids assigned in (shuffled) register order');
  const absentPos = reg.map((x, i) => (x.absent ? i : -1)).filter((i) => i >= 0);
  const aFirst = absentPos.filter((i) => i < reg.length / 2).length;
  check(Math.abs(aFirst - absentPos.length / 2) < 4 * Math.sqrt(absentPos.length * 0.25), `rule 4: absent workers spread over the register (${aFirst} of ${absentPos.length} in the first half)`);
  const hiddenNameLen = hiddenRows.reduce((s, x) => s + x.name.length, 0) / Math.max(1, hAll);
  const trueNameLen = trueRows.reduce((s, x) => s + x.name.length, 0) / trueRows.length;
  console.log(`     mean name length: true ${trueNameLen.toFixed(2)}, hidden ${hiddenNameLen.toFixed(2)}`);

  // ---- rule 5
  let undecidable = 0;
  let sameLevelOthers = 0;
  const r5ex: string[] = [];
  for (const row of trueRows) {
    const own = row.meta.reg!;
    const c = cands(row.name);
    const lvOwn = c.get(own) ?? 9;
    let und = false;
    for (const [j, lv] of c) {
      if (j === own || lv > lvOwn) continue;
      sameLevelOthers++;
      if (!ruledOut(row, reg[j])) {
        und = true;
        break;
      }
    }
    if (und) {
      undecidable++;
      if (r5ex.length < 3) r5ex.push(`${row.name} [dob ${row.dateOfBirth}, nid ${row.nationalId}]`);
    }
  }
  check(undecidable < 0.04 * trueRows.length, `rule 5: undecidable true rows ${undecidable} (${pct(undecidable, trueRows.length)}, < 4 %)`);
  console.log(`     true rows with another registered worker passing as well by name: ${pct(cnt(trueRows, (row) => { const c = cands(row.name); const lv = c.get(row.meta.reg!) ?? 9; return [...c].some(([j, l]) => j !== row.meta.reg && l <= lv); }), trueRows.length)}; e.g. ${r5ex.join(' | ')}`);
  void sameLevelOthers;

  // ---- schemas
  const badReg = registered.filter((w) => !RW.safeParse(w).success).length;
  const badOn = onsite.filter((o) => !OW.safeParse(o).success).length;
  check(badReg === 0 && badOn === 0, `schemas: registered ${badReg} invalid, on-site ${badOn} invalid`);
  const forbidden = onsite.filter((o) => 'statedStartDate' in o || 'wageRiel' in o).length;
  check(forbidden === 0, 'on-site rows carry no statedStartDate/wageRiel');

  // ---- determinism & time
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  check(ser(generateTenth(size, seed)) === ser(roster), 'determinism: same seed, identical roster');
  check(ser(generateTenth(size, seed + 1)) !== ser(roster), 'determinism: another seed differs');
  const t1 = performance.now();
  generateTenth(10000, seed + 17);
  const ms10 = performance.now() - t1;
  check(ms10 < 2000, `10k generation time ${ms10.toFixed(0)} ms (< 2000)`);

  console.log('\nsample on-site rows:');
  for (const o of onsite.slice(0, 8)) console.log('  ', JSON.stringify({ name: o.name, nid: o.nationalId, nssf: o.nssfNumber, sex: o.sex, dob: o.dateOfBirth, src: o.source }), truth.get(o.id) ? '' : '(hidden)');
  console.log(fails.length ? `\nFAIL (${fails.length})` : '\nPASS');
  if (fails.length) process.exit(1);
}

if (process.argv[1]?.endsWith('tenth.ts')) {
  selfCheck().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
