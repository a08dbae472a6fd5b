/**
 * `twentysecond`: a blind benchmark roster. The fund's register is Khmer-first: every worker has
 * a Khmer name but ~70 % have NO Latin name. The on-site sheet is Latin: several foremen typed
 * it, each writing names by ear in his own habitual way (final h or not, ou/u/o, ei/ey/ai, ea/ia,
 * ch/j for ច/ជ, ph/p/b for ព/ផ/ប, doubled letters, compounds split or joined, given name first or
 * family first, upper case or not). To pair most rows the engine must romanize Khmer itself.
 *
 * Model (rates are per row and approximate; the self-check prints the real ones):
 * - Names: 62 family names and ~160 given names (105 whole, ~55 two-part compounds such as
 *   គឹមហួរ "Kimhour" / "Kim Hour"), drawn skewed towards the common ones, so at 10,000 workers
 *   about two in three share their full name with someone (at 1,000, about one in eight).
 * - Register (size N): Khmer name always (family + given, space; ~8 % zero-width space; ~6 % a
 *   keyboard code point order variant), Latin name ~30 % (fund spelling, mostly upper case),
 *   sex and DOB always, national ID ~92 %, NSSF number ~97 %, hire date ~97 %, wage ~90 %.
 * - ~6 % of registered workers are absent. On-site rows: one per present worker, plus hidden
 *   workers making 6-8 % of the rows (about half could pass for a registered worker by name and
 *   are told apart by DOB, sex or national ID).
 * - Sources: foremen's CSV sheets ~70 % (Latin by ear, ~6 % Khmer), inspector typed ~20 %
 *   (Latin ~65 %, Khmer ~35 %), ID-card reads ~10 % (Khmer ~55 %, else the card's upper-case
 *   standard Latin; ID number, DOB and sex always). DOB shown ~94 %, sex ~80 %, national ID
 *   ~31 %, NSSF number ~10 % (never for hidden workers, who have none).
 * - Foremen: 4-6 per roster, each with a fixed random preference over the spelling features
 *   above (so one writes "Sook Jea Srei Mom", another "Sok Chear Sreymom"), a fixed name order
 *   (~35 % write given name first) and case; ~5 % of words are spelled some other listed way,
 *   ~8 % of rows flip his usual order. The inspector mostly writes the usual spellings.
 * - Latin typos ~4 % of sheet/inspector Latin rows; ID slips ~2-3 %; DOB day/month swaps ~2 % of
 *   DOBs shown (7 % of those where the swap is a valid, different date); Khmer rows written with
 *   an encoding variant or zero-width space ~50 %.
 *
 * FAIRNESS rules (audited by the self-check when this file is run directly):
 * 1. A true on-site row carries only plausible variants of its registered worker: each word is
 *    one of the Latin spellings listed in twentysecond-names.ts for that Khmer word, or the Khmer
 *    word itself; family/given in either order; any case; any spacing inside a compound or
 *    between words; at most one typo (substitution, deletion, doubled letter or swap of two
 *    adjacent letters) in one word of 4+ letters; Khmer encoding variants (zero-width spaces,
 *    shifter/vowel order, nikahit/u order, subscript-ro order, ោ/ើ typed as two vowel signs,
 *    NFC/NFD). IDs exact or one slip (one digit wrong or two adjacent digits swapped); DOB exact
 *    or day/month swapped; sex right or missing.
 *    Extra variation modelled beyond the product text: the ោ/ើ split-vowel typing (looks the
 *    same on screen), and Latin spellings of one Khmer word shared with another Khmer word
 *    (សុភា and សោភា are both "Sophea"), which makes such people namesakes.
 * 2. Registered namesakes (same full name in any listed spelling or in Khmer, either order)
 *    never share a DOB, and their DOBs are more than a day/month swap or one digit apart; their
 *    national IDs are 2+ edits apart.
 * 3. A hidden row either could not pass for any registered worker by name (not within one edit
 *    of any listed spelling of theirs, either order, nor of their Khmer name), or is ruled out
 *    from every registered worker it could pass for by a field present on BOTH sides: sex
 *    differs, DOB more than a swap / one digit apart, or national ID / NSSF number 2+ edits apart.
 * 4. Nothing leaks the truth: on-site rows are shuffled, their ids are version-4 UUIDs from the
 *    seeded PRNG, recordedAt increases in row order, sourceRow counts rows per foreman sheet in
 *    shuffled order, registered workers are shuffled before their workerIds are assigned.
 * 5. Undecidable true rows (some other registered worker fits the row at least as well, with no
 *    field present on both sides to tell them apart) stay under 4 %. Scoring for this audit:
 *    name exact 2 / one edit 1; each field on both sides exact 2, one slip or swap 1; a
 *    contradicting field rules the candidate out. In practice these are namesakes' rows that
 *    show no DOB and no ID number (about 2 % at 10,000 workers).
 *
 * Name comparison in the audits ignores case, spaces and punctuation (Latin) or zero-width
 * spaces and code point order (Khmer), so "Sopheak Em" and "Sophea Kem" count as namesakes.
 */
import { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { KH_FAMILY, KH_GIVEN, KH_GIVEN_WHOLE_COUNT, type KhName } from './twentysecond-names';

export const TWENTYSECOND_LABEL = 'Khmer-only register (~70% no Latin) vs foremen writing Latin names by ear';

// ---------------------------------------------------------------------------------------------
// Text helpers

const ZWSP = '\u200B';

/** Latin name key: letters only, lower case (spaces, case and punctuation never tell people apart). */
export function normLatin(s: string): string {
  return s.toLowerCase().replace(/[^a-z]/g, '');
}

const KHMER_RE = /[\u1780-\u17FF]/;

/** Khmer name key: one code point order for what keyboards type in several. */
export function canonKhmer(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\s\u200B-\u200D\uFEFF]/g, '')
    .replace(/\u17C1\u17B6/g, '\u17C4')
    .replace(/\u17C1\u17B8/g, '\u17BE')
    .replace(/\u17C6\u17BB/g, '\u17BB\u17C6')
    .replace(/([\u17B6-\u17C5])([\u17C9\u17CA])/g, '$2$1')
    .replace(/\u17D2\u179A\u17D2([\u1780-\u1799\u179B-\u17A2])/g, '\u17D2$1\u17D2\u179A');
}

function nameKey(s: string): string {
  return KHMER_RE.test(s) ? canonKhmer(s) : normLatin(s);
}

/** 0 when equal, 1 when one edit apart (substitution, insertion, deletion, adjacent swap), else 2. */
export function dist01(a: string, b: string): number {
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
  const s = la < lb ? a : b;
  const t = la < lb ? b : a;
  let i = 0;
  while (i < s.length && s[i] === t[i]) i++;
  return s.slice(i) === t.slice(i + 1) ? 1 : 2;
}

function swapDM(d: string): string | null {
  const day = Number(d.slice(8, 10));
  const month = Number(d.slice(5, 7));
  if (day > 12 || day === month) return null;
  return `${d.slice(0, 4)}-${d.slice(8, 10)}-${d.slice(5, 7)}`;
}

function hamming(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

/** Two DOBs a human could take for one person's: equal, a day/month swap, or one digit apart. */
export function dobClose(a: string, b: string): boolean {
  if (hamming(a, b) <= 1) return true;
  const sa = swapDM(a);
  if (sa && hamming(sa, b) <= 1) return true;
  const sb = swapDM(b);
  return !!sb && hamming(sb, a) <= 1;
}

// ---------------------------------------------------------------------------------------------
// Word tables: normalized spellings, features for the foremen's habits, near/equal sets

interface WordInfo {
  entry: KhName;
  keys: string[]; // normalized Latin spellings, deduplicated
  kh: string; // canonical Khmer
  feats: number[][]; // per listed spelling
}

const FEATURES: RegExp[] = [
  /h\b/g, // final h: Sokh, Cheah
  /r\b/g, // final r: Chear, Sophear
  /ou/g,
  /(?<![oea])u/g,
  /oo/g,
  /(.)\1/g, // doubled letters
  /ey/g,
  /ei/g,
  /a[iy]/g,
  /j/g,
  /ch/g,
  /ph/g,
  /b/g,
  /p(?!h)/g,
  /ea/g,
  /i[ae]/g,
  /oe/g,
  /eu/g,
  / /g, // compound split
  /y\b/g,
  /(i|ee)\b/g,
  /w/g,
];

function featuresOf(v: string): number[] {
  const s = v.toLowerCase();
  return FEATURES.map((re) => (s.match(re) ?? []).length);
}

class DeleteIndex {
  private map = new Map<string, number[]>();
  private strings: string[][] = [];
  add(id: number, keys: string[]): void {
    this.strings[id] = keys;
    const seen = new Set<string>();
    for (const k of keys) {
      seen.add(k);
      for (let i = 0; i < k.length; i++) seen.add(k.slice(0, i) + k.slice(i + 1));
    }
    for (const s of seen) {
      const l = this.map.get(s);
      if (l) l.push(id);
      else this.map.set(s, [id]);
    }
  }
  /** ids within one edit of q, with their distance (0 or 1). */
  query(q: string, maxDist: 0 | 1 = 1): Map<number, number> {
    const keys = new Set<string>([q]);
    for (let i = 0; i < q.length; i++) keys.add(q.slice(0, i) + q.slice(i + 1));
    const cand = new Set<number>();
    for (const k of keys) for (const id of this.map.get(k) ?? []) cand.add(id);
    const out = new Map<number, number>();
    for (const id of cand) {
      let best = 2;
      for (const s of this.strings[id]) {
        best = Math.min(best, dist01(s, q));
        if (best === 0) break;
      }
      if (best <= maxDist) out.set(id, best);
    }
    return out;
  }
}

interface Tables {
  fam: WordInfo[];
  giv: WordInfo[];
  /** Given-name indices in drawing order: the most common whole names first, compounds mixed in after. */
  givOrder: number[];
  famIndex: DeleteIndex;
  givIndex: DeleteIndex;
  comboKeys: Map<number, string[]>;
}

let tablesCache: Tables | null = null;

function wordInfo(entry: KhName): WordInfo {
  return {
    entry,
    keys: [...new Set(entry.lat.map(normLatin))],
    kh: canonKhmer(entry.kh),
    feats: entry.lat.map(featuresOf),
  };
}

function tables(): Tables {
  if (tablesCache) return tablesCache;
  const fam = KH_FAMILY.map(wordInfo);
  const giv = KH_GIVEN.map(wordInfo);
  const famIndex = new DeleteIndex();
  fam.forEach((w, i) => famIndex.add(i, [...w.keys, w.kh]));
  const givIndex = new DeleteIndex();
  giv.forEach((w, i) => givIndex.add(i, [...w.keys, w.kh]));
  const wholeIdx = giv.map((_, i) => i).filter((i) => i < KH_GIVEN_WHOLE_COUNT);
  const compIdx = giv.map((_, i) => i).filter((i) => i >= KH_GIVEN_WHOLE_COUNT);
  const givOrder = wholeIdx.slice(0, 20);
  const restW = wholeIdx.slice(20);
  for (let i = 0; i < Math.max(restW.length, compIdx.length); i++) {
    if (i < restW.length) givOrder.push(restW[i]);
    if (i < compIdx.length) givOrder.push(compIdx[i]);
  }
  tablesCache = { fam, giv, givOrder, famIndex, givIndex, comboKeys: new Map() };
  return tablesCache;
}

/** Every key a person of this name could be written as: listed Latin spellings and Khmer, both orders. */
function comboNameKeys(T: Tables, f: number, g: number): string[] {
  const code = f * 1000 + g;
  const hit = T.comboKeys.get(code);
  if (hit) return hit;
  const out = new Set<string>();
  for (const a of T.fam[f].keys) for (const b of T.giv[g].keys) {
    out.add(a + b);
    out.add(b + a);
  }
  out.add(T.fam[f].kh + T.giv[g].kh);
  out.add(T.giv[g].kh + T.fam[f].kh);
  const keys = [...out];
  T.comboKeys.set(code, keys);
  return keys;
}

/**
 * Name combos (family, given) some listed spelling of which, either order, is within one edit
 * of this written name. Exact: a name within one edit of family+given splits into two parts each
 * within one edit of a word, so every split of the key is looked up in the word indexes, and the
 * candidates are then checked against their full keys.
 */
function combosNear(T: Tables, name: string, maxDist: 0 | 1 = 1): Map<number, number> {
  const q = nameKey(name);
  const cands = new Set<number>();
  for (let i = 0; i <= q.length; i++) {
    const a = q.slice(0, i);
    const b = q.slice(i);
    const fa = T.famIndex.query(a, 1);
    const gb = fa.size ? T.givIndex.query(b, 1) : new Map<number, number>();
    for (const f of fa.keys()) for (const g of gb.keys()) cands.add(f * 1000 + g);
    const ga = T.givIndex.query(a, 1);
    const fb = ga.size ? T.famIndex.query(b, 1) : new Map<number, number>();
    for (const g of ga.keys()) for (const f of fb.keys()) cands.add(f * 1000 + g);
  }
  const out = new Map<number, number>();
  for (const code of cands) {
    let best = 2;
    for (const k of comboNameKeys(T, Math.floor(code / 1000), code % 1000)) {
      best = Math.min(best, dist01(k, q));
      if (best === 0) break;
    }
    if (best <= maxDist) out.set(code, best);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Writers' habits

interface Style {
  name: string;
  weights: number[];
  bonus: number[]; // by position in the listed spellings
  givenFirst: boolean;
  letterCase: 'title' | 'upper' | 'lower';
  deviate: number; // chance a word is spelled some other listed way
  flipOrder: number; // chance a row is written in the other order
  jitter: number;
  memo: Map<string, number>;
}

function mix(a: number, b: number, c: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35) ^ Math.imul(c + 0x1b873593, 0x27d4eb2f)) >>> 0;
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d) >>> 0;
  h ^= h >>> 12;
  return (h >>> 0) / 4294967296;
}

function makeForeman(r: Rng, i: number): Style {
  const roll = r.next();
  return {
    name: `foreman-${i + 1}`,
    weights: FEATURES.map(() => (r.next() * 2 - 1) * 1.3),
    bonus: [0.5 + r.next() * 0.8, 0.3 * r.next(), 0, 0, 0],
    givenFirst: r.chance(0.35),
    letterCase: roll < 0.4 ? 'upper' : roll < 0.45 ? 'lower' : 'title',
    deviate: 0.05,
    flipOrder: 0.08,
    jitter: r.int(1, 1 << 30),
    memo: new Map(),
  };
}

function makeInspector(r: Rng): Style {
  return {
    name: 'inspector',
    weights: FEATURES.map(() => (r.next() * 2 - 1) * 0.5),
    bonus: [1.5, 0.4, 0, 0, 0],
    givenFirst: false,
    letterCase: r.chance(0.5) ? 'upper' : 'title',
    deviate: 0.1,
    flipOrder: 0.1,
    jitter: r.int(1, 1 << 30),
    memo: new Map(),
  };
}

/** The spelling this writer habitually uses for a word: always one of the listed ones. */
function habitual(style: Style, kind: 0 | 1, idx: number, w: WordInfo): number {
  const key = `${kind}:${idx}`;
  const hit = style.memo.get(key);
  if (hit !== undefined) return hit;
  let best = 0;
  let bestScore = -Infinity;
  w.feats.forEach((f, vi) => {
    let s = (style.bonus[vi] ?? 0) + 0.3 * mix(style.jitter, kind * 1000 + idx, vi);
    for (let k = 0; k < f.length; k++) s += style.weights[k] * f[k];
    if (s > bestScore) {
      bestScore = s;
      best = vi;
    }
  });
  style.memo.set(key, best);
  return best;
}

function applyCase(s: string, c: Style['letterCase']): string {
  if (c === 'upper') return s.toUpperCase();
  if (c === 'lower') return s.toLowerCase();
  return s
    .split(' ')
    .map((t) => (t ? t[0].toUpperCase() + t.slice(1).toLowerCase() : t))
    .join(' ');
}

const NEAR_KEYS: Record<string, string> = {
  a: 'sqe', b: 'vn', c: 'xv', d: 'sf', e: 'wr', f: 'dg', g: 'fh', h: 'gj', i: 'uo', j: 'hk', k: 'jl', l: 'k',
  m: 'n', n: 'bm', o: 'ip', p: 'o', q: 'w', r: 'et', s: 'ad', t: 'ry', u: 'yi', v: 'cb', w: 'qe', x: 'zc', y: 'tu', z: 'x',
};

/** One typo in one word of 4+ letters; returns null if the name has no such word. */
function typo(r: Rng, name: string): string | null {
  const toks = name.split(' ');
  const cands = toks.map((t, i) => (t.replace(/[^A-Za-z]/g, '').length >= 4 ? i : -1)).filter((i) => i >= 0);
  if (!cands.length) return null;
  const ti = r.pick(cands);
  const t = toks[ti];
  const p = r.int(1, t.length - 1); // keep the first letter, as people do
  const op = r.int(0, 3);
  const upper = t === t.toUpperCase();
  const near = (ch: string) => {
    const n = NEAR_KEYS[ch.toLowerCase()] ?? 'e';
    const x = n[r.int(0, n.length - 1)];
    return upper ? x.toUpperCase() : x;
  };
  let out: string;
  if (op === 0) out = t.slice(0, p) + near(t[p]) + t.slice(p + 1);
  else if (op === 1) out = t.slice(0, p) + t.slice(p + 1);
  else if (op === 2) out = t.slice(0, p) + t[p] + t.slice(p);
  else out = p + 1 < t.length ? t.slice(0, p) + t[p + 1] + t[p] + t.slice(p + 2) : t.slice(0, p) + near(t[p]);
  if (out === t) return null;
  toks[ti] = out;
  return toks.join(' ');
}

// ---------------------------------------------------------------------------------------------
// Khmer writing

type KhVariant = 'shifter' | 'nikahit' | 'coengRo' | 'splitVowel' | 'innerZwsp' | 'nfd';

function khVariants(s: string): KhVariant[] {
  const out: KhVariant[] = ['nfd'];
  if (/[\u17C9\u17CA][\u17B6-\u17C5]/.test(s)) out.push('shifter');
  if (/\u17BB\u17C6/.test(s)) out.push('nikahit');
  if (/\u17D2[\u1780-\u1799\u179B-\u17A2]\u17D2\u179A/.test(s)) out.push('coengRo');
  if (/[\u17C4\u17BE]/.test(s)) out.push('splitVowel');
  if (/^ស្រី./.test(s)) out.push('innerZwsp');
  return out;
}

function applyKh(s: string, v: KhVariant): string {
  switch (v) {
    case 'shifter':
      return s.replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/g, '$2$1');
    case 'nikahit':
      return s.replace(/\u17BB\u17C6/g, '\u17C6\u17BB');
    case 'coengRo':
      return s.replace(/\u17D2([\u1780-\u1799\u179B-\u17A2])\u17D2\u179A/g, '\u17D2\u179A\u17D2$1');
    case 'splitVowel':
      return s.replace(/\u17C4/g, '\u17C1\u17B6').replace(/\u17BE/g, '\u17C1\u17B8');
    case 'innerZwsp':
      return s.replace(/^ស្រី(?=.)/, 'ស្រី' + ZWSP);
    case 'nfd':
      return s.normalize('NFD'); // Khmer has no decompositions: the same code points
  }
}

interface KhWritten {
  text: string;
  variant: boolean;
  swapped: boolean;
  zwsp: boolean;
}

function writeKhmer(r: Rng, famKh: string, givKh: string, pVariant: number, pSwap: number, pZwsp: number): KhWritten {
  let f = famKh;
  let g = givKh;
  let variant = false;
  if (r.chance(pVariant)) {
    const all = [...new Set([...khVariants(f), ...khVariants(g)])];
    const real = all.filter((v) => v !== 'nfd');
    const chosen: KhVariant[] = real.length ? real.filter(() => r.chance(0.6)) : [];
    if (real.length && !chosen.length) chosen.push(r.pick(real));
    if (r.chance(0.3)) chosen.push('nfd');
    for (const v of chosen) {
      f = applyKh(f, v);
      g = applyKh(g, v);
    }
    variant = f !== famKh || g !== givKh;
  }
  const roll = r.next();
  const zw = roll < pZwsp;
  const sep = zw ? (r.chance(0.8) ? ZWSP : ' ' + ZWSP) : roll < pZwsp + 0.05 ? '  ' : ' ';
  const swapped = r.chance(pSwap);
  return { text: swapped ? g + sep + f : f + sep + g, variant: variant || zw, swapped, zwsp: zw };
}

// ---------------------------------------------------------------------------------------------
// Generation

interface Person {
  f: number;
  g: number;
  sex: 'M' | 'F';
  dob: string;
  nid: string; // the real national ID
  regNid: string | null;
  nssf: string | null;
}

type Source = 'manual' | 'csv' | 'id-card';

interface RowMeta {
  kind: 'true' | 'hidden';
  regIdx: number | null; // index into persons (registered)
  khmer: boolean;
  swapped: boolean; // written given-first
  upper: boolean;
  typo: boolean;
  deviated: boolean;
  khVariant: boolean;
  nidSlip: boolean;
  nssfSlip: boolean;
  dobSwap: boolean;
  hiddenNamesake: boolean;
  forcedDob: boolean;
  writer: string;
}

interface Draft {
  name: string;
  nationalId: string | null;
  nssfNumber: string | null;
  sex: 'M' | 'F' | null;
  dateOfBirth: string | null;
  source: Source;
  foreman: number; // -1 when not from a sheet
  meta: RowMeta;
}

export interface TwentysecondDetail {
  roster: Roster;
  meta: Map<string, RowMeta>;
  registeredCombo: Map<string, [number, number]>; // workerId → [family, given]
  foremen: Style[];
  inspector: Style;
}

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

function randomDate(r: Rng, y0: number, y1: number): string {
  const y = r.int(y0, y1);
  const m = r.int(1, 12);
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${pad(m, 2)}-${pad(r.int(1, dim), 2)}`;
}

function digits(r: Rng, n: number, first = '0123456789'): string {
  let s = first[r.int(0, first.length - 1)];
  for (let i = 1; i < n; i++) s += String(r.int(0, 9));
  return s;
}

/** One slip: one digit mistyped, or two adjacent different digits swapped. */
function slip(r: Rng, id: string): string {
  for (;;) {
    const i = r.int(0, id.length - 1);
    if (r.chance(0.5) && i + 1 < id.length && id[i] !== id[i + 1]) return id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
    const d = String((Number(id[i]) + r.int(1, 9)) % 10);
    return id.slice(0, i) + d + id.slice(i + 1);
  }
}

function uuid(r: Rng): string {
  const h = '0123456789abcdef';
  let s = '';
  for (let i = 0; i < 32; i++) {
    if (i === 12) s += '4';
    else if (i === 16) s += h[8 + r.int(0, 3)];
    else s += h[r.int(0, 15)];
  }
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** How strongly names are drawn towards the front of the lists (Sok, Chan, Chea ... are common). */
const FAMILY_SKEW = 1.35;
const GIVEN_SKEW = 1.15;

const SOURCE_RATES: Record<Source, { khmer: number; nid: number; nssf: number; dob: number; sex: number; typo: number; nidSlip: number; dobSwap: number }> = {
  csv: { khmer: 0.06, nid: 0.2, nssf: 0.12, dob: 0.94, sex: 0.72, typo: 0.04, nidSlip: 0.03, dobSwap: 0.07 },
  manual: { khmer: 0.35, nid: 0.35, nssf: 0.1, dob: 0.95, sex: 0.95, typo: 0.04, nidSlip: 0.03, dobSwap: 0.07 },
  'id-card': { khmer: 0.55, nid: 1, nssf: 0, dob: 1, sex: 1, typo: 0, nidSlip: 0.005, dobSwap: 0.005 },
};

function pickSource(r: Rng): Source {
  const x = r.next();
  return x < 0.7 ? 'csv' : x < 0.9 ? 'manual' : 'id-card';
}

export function generateTwentysecondDetail(size: number, seed: number): TwentysecondDetail {
  const T = tables();
  const r = rng(seed * 7919 + 22);

  // --- registered people -------------------------------------------------------------------
  const persons: Person[] = [];
  const byCombo = new Map<number, number[]>(); // f * 1000 + g → person indices
  const usedNid = new Set<string>();
  const usedNssf = new Set<string>();
  const comboKey = (f: number, g: number) => f * 1000 + g;
  // Namesakes by exact key: two name combos are namesakes when any of their keys are equal.
  const keyCombos = new Map<string, number[]>();
  const mateCombos = new Map<number, number[]>();
  const matesOf = (code: number): number[] => {
    const hit = mateCombos.get(code);
    if (hit) return hit;
    const set = new Set<number>([code]);
    for (const k of comboNameKeys(T, Math.floor(code / 1000), code % 1000)) {
      const l = keyCombos.get(k);
      if (l) {
        for (const c of l) set.add(c);
        l.push(code);
      } else keyCombos.set(k, [code]);
    }
    const mates = [...set];
    mateCombos.set(code, mates);
    for (const c of mates) if (c !== code) mateCombos.get(c)!.push(code);
    return mates;
  };
  const personsOf = (codes: Iterable<number>): number[] => {
    const out: number[] = [];
    for (const c of codes) {
      const l = byCombo.get(c);
      if (l) out.push(...l);
    }
    return out;
  };
  const namesakesOf = (f: number, g: number) => personsOf(matesOf(comboKey(f, g)));
  /** Registered people a written name could pass for: within one edit of one of their keys. */
  const nearName = (name: string) => personsOf(combosNear(T, name).keys());
  const freshNid = () => {
    for (;;) {
      const id = digits(r, 9, '0011122');
      if (!usedNid.has(id)) {
        usedNid.add(id);
        return id;
      }
    }
  };

  const famIdx = T.fam.map((_, i) => i);
  const drawName = (): [number, number] => [r.pickSkewed(famIdx, FAMILY_SKEW), r.pickSkewed(T.givOrder, GIVEN_SKEW)];
  while (persons.length < size) {
    const [f, g] = drawName();
    const gs = T.giv[g].entry as (typeof KH_GIVEN)[number];
    const sex: 'M' | 'F' = gs.sex === 'U' ? (r.chance(0.5) ? 'M' : 'F') : gs.sex;
    const mates = namesakesOf(f, g);
    let dob: string | null = null;
    for (let t = 0; t < 60 && !dob; t++) {
      const d = randomDate(r, 1966, 2006);
      if (mates.every((m) => !dobClose(persons[m].dob, d))) dob = d;
    }
    if (!dob) continue; // a crowded name: draw another
    let nid = freshNid();
    while (mates.some((m) => dist01(persons[m].nid, nid) <= 1)) nid = freshNid();
    let nssf: string | null = null;
    if (r.chance(0.97)) {
      do nssf = digits(r, 10, '12');
      while (usedNssf.has(nssf));
      usedNssf.add(nssf);
    }
    const idx = persons.length;
    persons.push({ f, g, sex, dob, nid, regNid: r.chance(0.92) ? nid : null, nssf });
    const k = comboKey(f, g);
    const l = byCombo.get(k);
    if (l) l.push(idx);
    else byCombo.set(k, [idx]);
  }

  // Register rows, shuffled, then given their worker ids.
  const order = r.shuffle(persons.map((_, i) => i));
  const workerIdOf = new Array<string>(size);
  const registered: RegisteredWorker[] = order.map((pi, n) => {
    const p = persons[pi];
    const fam = T.fam[p.f].entry;
    const giv = T.giv[p.g].entry;
    const workerId = `W${pad(100001 + n, 6)}`;
    workerIdOf[pi] = workerId;
    const kh = writeKhmer(r, fam.kh, giv.kh, 0.06, 0, 0.08);
    let nameLatin: string | null = null;
    if (r.chance(0.3)) {
      const fl = r.chance(0.85) ? fam.lat[0] : fam.lat[1];
      const gl = r.chance(0.85) ? giv.lat[0] : giv.lat[1];
      nameLatin = applyCase(`${fl} ${gl}`, r.chance(0.65) ? 'upper' : 'title');
    }
    const birthYear = Number(p.dob.slice(0, 4));
    let hire = randomDate(r, Math.max(2010, birthYear + 18), 2025);
    if (hire > '2025-05-31') hire = '2025-05-' + pad(r.int(1, 31), 2);
    return {
      workerId,
      nssfNumber: p.nssf,
      nationalId: p.regNid,
      nameKh: kh.text,
      nameLatin,
      sex: p.sex,
      dateOfBirth: p.dob,
      hireDate: r.chance(0.97) ? hire : null,
      wageRiel: r.chance(0.9) ? r.int(780, 2400) * 1000 : null,
    };
  });

  // --- writers -----------------------------------------------------------------------------
  const foremen = Array.from({ length: r.int(4, 6) }, (_, i) => makeForeman(r, i));
  const inspector = makeInspector(r);
  const idCard: Style = { ...makeInspector(r), name: 'id-card', weights: FEATURES.map(() => 0), bonus: [9, 0, 0, 0, 0], letterCase: 'upper', deviate: 0, flipOrder: 0 };

  const writeName = (f: number, g: number, source: Source, foreman: number, allowTypo: boolean, fundLatin: string | null) => {
    const rates = SOURCE_RATES[source];
    const style = source === 'csv' ? foremen[foreman] : source === 'manual' ? inspector : idCard;
    const res = { name: '', khmer: false, swapped: false, upper: false, typo: false, deviated: false, khVariant: false, writer: style.name };
    if (r.chance(rates.khmer)) {
      const kh = writeKhmer(r, T.fam[f].entry.kh, T.giv[g].entry.kh, 0.55, 0.06, 0.3);
      res.name = kh.text;
      res.khmer = true;
      res.swapped = kh.swapped;
      res.khVariant = kh.variant;
      return res;
    }
    if (source === 'id-card') {
      res.name = fundLatin ?? `${T.fam[f].entry.lat[0]} ${T.giv[g].entry.lat[0]}`.toUpperCase();
      res.upper = true;
      return res;
    }
    const spell = (kind: 0 | 1, idx: number) => {
      const w = kind === 0 ? T.fam[idx] : T.giv[idx];
      if (r.chance(style.deviate)) {
        res.deviated = true;
        return w.entry.lat[r.int(0, w.entry.lat.length - 1)];
      }
      return w.entry.lat[habitual(style, kind, idx, w)];
    };
    const fs = spell(0, f);
    const gs = spell(1, g);
    const givenFirst = style.givenFirst !== r.chance(style.flipOrder);
    let name = givenFirst ? `${gs} ${fs}` : `${fs} ${gs}`;
    name = applyCase(name, style.letterCase);
    if (allowTypo && r.chance(rates.typo)) {
      const t = typo(r, name);
      if (t) {
        name = t;
        res.typo = true;
      }
    }
    res.name = name;
    res.swapped = givenFirst;
    res.upper = style.letterCase === 'upper';
    return res;
  };

  // --- on-site rows for registered people ---------------------------------------------------
  const drafts: Draft[] = [];
  let presentCount = 0;
  for (let pi = 0; pi < size; pi++) {
    if (r.chance(0.06)) continue; // absent
    presentCount++;
    const p = persons[pi];
    const source = pickSource(r);
    const foreman = source === 'csv' ? r.int(0, foremen.length - 1) : -1;
    const rates = SOURCE_RATES[source];
    const w = writeName(p.f, p.g, source, foreman, true, null);
    let nationalId: string | null = null;
    let nidSlip = false;
    if (r.chance(rates.nid)) {
      nationalId = p.nid;
      if (r.chance(rates.nidSlip)) {
        const s = slip(r, p.nid);
        if (!usedNid.has(s)) {
          nationalId = s;
          nidSlip = true;
        }
      }
    }
    let nssfNumber: string | null = null;
    let nssfSlip = false;
    if (p.nssf && r.chance(rates.nssf)) {
      nssfNumber = p.nssf;
      if (r.chance(0.03)) {
        const s = slip(r, p.nssf);
        if (!usedNssf.has(s)) {
          nssfNumber = s;
          nssfSlip = true;
        }
      }
    }
    let dateOfBirth: string | null = null;
    let dobSwap = false;
    if (r.chance(rates.dob)) {
      dateOfBirth = p.dob;
      const s = swapDM(p.dob);
      if (s && r.chance(rates.dobSwap)) {
        dateOfBirth = s;
        dobSwap = true;
      }
    }
    drafts.push({
      name: w.name,
      nationalId,
      nssfNumber,
      sex: r.chance(rates.sex) ? p.sex : null,
      dateOfBirth,
      source,
      foreman,
      meta: {
        kind: 'true', regIdx: pi, khmer: w.khmer, swapped: w.swapped, upper: w.upper, typo: w.typo, deviated: w.deviated,
        khVariant: w.khVariant, nidSlip, nssfSlip, dobSwap, hiddenNamesake: false, forcedDob: false, writer: w.writer,
      },
    });
  }
  // The fund's own Latin spelling, printed on ID cards: fill it in for ID-card Latin rows.
  const latinOf = new Map<number, string | null>();
  order.forEach((pi, n) => latinOf.set(pi, registered[n].nameLatin));
  for (const d of drafts) {
    if (d.source === 'id-card' && !d.meta.khmer && d.meta.regIdx !== null) {
      const fl = latinOf.get(d.meta.regIdx);
      if (fl) d.name = fl.toUpperCase();
    }
  }

  // --- hidden workers ------------------------------------------------------------------------
  const hiddenShare = 0.06 + 0.02 * r.next();
  const hiddenCount = Math.round((presentCount * hiddenShare) / (1 - hiddenShare));
  for (let h = 0; h < hiddenCount; h++) {
    const source = pickSource(r);
    const foreman = source === 'csv' ? r.int(0, foremen.length - 1) : -1;
    const rates = SOURCE_RATES[source];
    const wantNamesake = r.chance(0.5);
    let f = 0;
    let g = 0;
    let w: ReturnType<typeof writeName> | null = null;
    let against: number[] = [];
    let dob = '';
    for (let t = 0; ; t++) {
      if (wantNamesake || t >= 100) {
        const model = persons[r.int(0, size - 1)];
        f = model.f;
        g = model.g;
      } else {
        [f, g] = drawName();
        if (t < 100 && byCombo.has(comboKey(f, g))) continue; // plainly a registered name
      }
      w = writeName(f, g, source, foreman, true, null);
      against = nearName(w.name);
      if (!wantNamesake && against.length && t < 100) continue;
      dob = randomDate(r, 1966, 2006);
      for (let k = 0; k < 100 && against.some((c) => dobClose(persons[c].dob, dob)); k++) dob = randomDate(r, 1966, 2006);
      if (!against.some((c) => dobClose(persons[c].dob, dob))) break;
    }
    const gEntry = T.giv[g].entry as (typeof KH_GIVEN)[number];
    const sex: 'M' | 'F' = gEntry.sex === 'U' ? (r.chance(0.5) ? 'M' : 'F') : gEntry.sex;
    let nid = freshNid();
    while (against.some((c) => dist01(persons[c].nid, nid) <= 1)) nid = freshNid();
    const draft: Draft = {
      name: w.name,
      nationalId: r.chance(rates.nid) ? nid : null,
      nssfNumber: null,
      sex: r.chance(rates.sex) ? sex : null,
      dateOfBirth: r.chance(rates.dob) ? dob : null,
      source,
      foreman,
      meta: {
        kind: 'hidden', regIdx: null, khmer: w.khmer, swapped: w.swapped, upper: w.upper, typo: w.typo, deviated: w.deviated,
        khVariant: w.khVariant, nidSlip: false, nssfSlip: false, dobSwap: false, hiddenNamesake: against.length > 0, forcedDob: false,
        writer: w.writer,
      },
    };
    const ruledOut = (c: number) => {
      const p = persons[c];
      if (draft.sex && draft.sex !== p.sex) return true;
      if (draft.dateOfBirth && !dobClose(draft.dateOfBirth, p.dob)) return true;
      if (draft.nationalId && p.regNid && dist01(draft.nationalId, p.regNid) > 1) return true;
      return false;
    };
    if (!against.every(ruledOut)) {
      draft.dateOfBirth = dob;
      draft.meta.forcedDob = true;
    }
    drafts.push(draft);
  }

  // --- shuffle, ids, times --------------------------------------------------------------------
  r.shuffle(drafts);
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  const meta = new Map<string, RowMeta>();
  const sheetRow = foremen.map(() => 0);
  let t = Date.UTC(2025, 5, 12, 1, 30, 0);
  for (const d of drafts) {
    t += r.int(4, 75) * 1000;
    const id = uuid(r);
    onsite.push({
      id,
      visitId: 'visit-twentysecond',
      name: d.name,
      nationalId: d.nationalId,
      nssfNumber: d.nssfNumber,
      sex: d.sex,
      dateOfBirth: d.dateOfBirth,
      source: d.source,
      sourceRow: d.source === 'csv' ? ++sheetRow[d.foreman] : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, d.meta.regIdx === null ? null : workerIdOf[d.meta.regIdx]);
    meta.set(id, d.meta);
  }
  const registeredCombo = new Map<string, [number, number]>();
  persons.forEach((p, i) => registeredCombo.set(workerIdOf[i], [p.f, p.g]));
  return { roster: { registered, onsite, truth }, meta, registeredCombo, foremen, inspector };
}

export function generateTwentysecond(size: number, seed: number): Roster {
  return generateTwentysecondDetail(size, seed).roster;
}

// ---------------------------------------------------------------------------------------------
// Self-check

function selfCheck(size: number, seed: number): boolean {
  const T = tables();
  const t0 = performance.now();
  const detail = generateTwentysecondDetail(size, seed);
  const ms = performance.now() - t0;
  const { roster, meta, registeredCombo, foremen, inspector } = detail;
  const { registered, onsite, truth } = roster;
  const regById = new Map(registered.map((w) => [w.workerId, w]));
  const regPos = new Map(registered.map((w, i) => [w.workerId, i]));
  let ok = true;
  const fails: string[] = [];
  const fail = (m: string) => {
    ok = false;
    if (fails.length < 25) fails.push(m);
  };
  const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) + ' %' : '-');

  // Index of registered name combos.
  const comboId = new Map<number, number>();
  const comboRegs: string[][] = [];
  const idx = new DeleteIndex();
  for (const w of registered) {
    const [f, g] = registeredCombo.get(w.workerId)!;
    const k = f * 1000 + g;
    let id = comboId.get(k);
    if (id === undefined) {
      id = comboRegs.length;
      comboId.set(k, id);
      comboRegs.push([]);
      const keys = comboNameKeys(T, f, g);
      // The register's own names, as written there, are spellings too.
      idx.add(id, keys);
    }
    comboRegs[id].push(w.workerId);
    // The register's written names must be keys of their combo.
    const keys = new Set(comboNameKeys(T, f, g));
    if (!keys.has(canonKhmer(w.nameKh))) fail(`register Khmer name not canonical-equal: ${w.workerId}`);
    if (w.nameLatin && !keys.has(normLatin(w.nameLatin))) fail(`register Latin name not a listed spelling: ${w.workerId}`);
  }

  const candidatesFor = (name: string) => {
    const out = new Map<string, number>();
    for (const [cid, d] of idx.query(nameKey(name))) for (const wid of comboRegs[cid]) out.set(wid, d);
    return out;
  };
  const ruledOut = (o: OnsiteWorker, w: RegisteredWorker) =>
    (!!o.sex && !!w.sex && o.sex !== w.sex) ||
    (!!o.dateOfBirth && !!w.dateOfBirth && !dobClose(o.dateOfBirth, w.dateOfBirth)) ||
    (!!o.nationalId && !!w.nationalId && dist01(o.nationalId, w.nationalId) > 1) ||
    (!!o.nssfNumber && !!w.nssfNumber && dist01(o.nssfNumber, w.nssfNumber) > 1);
  const score = (o: OnsiteWorker, w: RegisteredWorker, nameD: number): number | null => {
    if (ruledOut(o, w)) return null;
    let s = nameD === 0 ? 2 : 1;
    if (o.sex && w.sex) s += 2;
    if (o.dateOfBirth && w.dateOfBirth) s += o.dateOfBirth === w.dateOfBirth ? 2 : swapDM(w.dateOfBirth) === o.dateOfBirth ? 1 : 0;
    if (o.nationalId && w.nationalId) s += o.nationalId === w.nationalId ? 2 : 1;
    if (o.nssfNumber && w.nssfNumber) s += o.nssfNumber === w.nssfNumber ? 2 : 1;
    return s;
  };

  // --- rule 1 and 5: true rows -------------------------------------------------------------
  let trueRows = 0;
  let undecidable = 0;
  let undecidableWithDob = 0;
  let undecidableTypo = 0;
  let withNamesake = 0;
  const c = { khmer: 0, latin: 0, swapped: 0, upper: 0, typo: 0, deviated: 0, khVariant: 0, nid: 0, nidSlip: 0, nssf: 0, nssfSlip: 0, dob: 0, dobSwap: 0, sex: 0, regLatin: 0, differsFromRegLatin: 0, differsFromStandard: 0 };
  const bySource: Record<string, number> = { csv: 0, manual: 0, 'id-card': 0 };
  for (const o of onsite) {
    const wid = truth.get(o.id);
    bySource[o.source]++;
    if (wid === undefined) fail(`row without truth ${o.id}`);
    if (!wid) continue;
    trueRows++;
    const m = meta.get(o.id)!;
    const w = regById.get(wid)!;
    const [f, g] = registeredCombo.get(wid)!;
    if (m.khmer) c.khmer++;
    else c.latin++;
    if (m.swapped) c.swapped++;
    if (m.upper && !m.khmer) c.upper++;
    if (m.typo) c.typo++;
    if (m.deviated) c.deviated++;
    if (m.khVariant) c.khVariant++;
    if (o.nationalId) c.nid++;
    if (m.nidSlip) c.nidSlip++;
    if (o.nssfNumber) c.nssf++;
    if (m.nssfSlip) c.nssfSlip++;
    if (o.dateOfBirth) c.dob++;
    if (m.dobSwap) c.dobSwap++;
    if (o.sex) c.sex++;
    if (w.nameLatin) c.regLatin++;
    if (!m.khmer) {
      if (w.nameLatin && normLatin(w.nameLatin) !== normLatin(o.name)) c.differsFromRegLatin++;
      if (normLatin(o.name) !== T.fam[f].keys[0] + T.giv[g].keys[0]) c.differsFromStandard++;
    }
    // rule 1
    const key = nameKey(o.name);
    const own = comboNameKeys(T, f, g);
    const d = Math.min(...own.map((s) => dist01(s, key)));
    if (d > 1) fail(`rule 1: row ${o.id} name "${o.name}" is not a variant of ${wid}`);
    if (d === 1 && !m.typo) fail(`rule 1: row ${o.id} "${o.name}" differs from ${wid} without a recorded typo`);
    if (m.khmer && d !== 0) fail(`rule 1: Khmer row ${o.id} not canonical-equal`);
    if (ruledOut(o, w)) fail(`rule 1: row ${o.id} is ruled out from its own worker ${wid}`);
    if (o.dateOfBirth && w.dateOfBirth && o.dateOfBirth !== w.dateOfBirth && swapDM(w.dateOfBirth) !== o.dateOfBirth) fail(`rule 1: DOB ${o.id}`);
    if (o.sex && w.sex && o.sex !== w.sex) fail(`rule 1: sex ${o.id}`);
    // rule 5
    const cands = candidatesFor(o.name);
    const own5 = score(o, w, cands.get(wid) ?? d);
    if (own5 === null) continue;
    let namesake = false;
    let und = false;
    for (const [cw, cd] of cands) {
      if (cw === wid) continue;
      if (cd === 0) namesake = true;
      const s = score(o, regById.get(cw)!, cd);
      if (s !== null && s >= own5) und = true;
    }
    if (namesake) withNamesake++;
    if (und) {
      undecidable++;
      if (o.dateOfBirth) undecidableWithDob++;
      if (m.typo) undecidableTypo++;
    }
  }
  if (undecidable / trueRows >= 0.04) fail(`rule 5: undecidable true rows ${pct(undecidable, trueRows)} >= 4 %`);

  // --- rule 2: registered namesakes ------------------------------------------------------------
  let namesakePairs = 0;
  let regWithNamesake = 0;
  const exactGroups = new Map<string, string[]>(); // key string → worker ids
  for (const w of registered) {
    const [f, g] = registeredCombo.get(w.workerId)!;
    for (const k of comboNameKeys(T, f, g)) {
      const l = exactGroups.get(k);
      if (l) l.push(w.workerId);
      else exactGroups.set(k, [w.workerId]);
    }
  }
  const checkedPairs = new Set<string>();
  const hasMate = new Set<string>();
  for (const l of exactGroups.values()) {
    if (l.length < 2) continue;
    for (let i = 0; i < l.length; i++) for (let j = i + 1; j < l.length; j++) {
      const a = l[i] < l[j] ? l[i] : l[j];
      const b = l[i] < l[j] ? l[j] : l[i];
      const pk = a + '|' + b;
      if (checkedPairs.has(pk)) continue;
      checkedPairs.add(pk);
      namesakePairs++;
      hasMate.add(a);
      hasMate.add(b);
      const wa = regById.get(a)!;
      const wb = regById.get(b)!;
      if (!wa.dateOfBirth || !wb.dateOfBirth || dobClose(wa.dateOfBirth, wb.dateOfBirth)) fail(`rule 2: namesakes ${a} ${b} DOB ${wa.dateOfBirth} ${wb.dateOfBirth}`);
      if (wa.nationalId && wb.nationalId && dist01(wa.nationalId, wb.nationalId) <= 1) fail(`rule 2: namesakes ${a} ${b} national IDs`);
    }
  }
  regWithNamesake = hasMate.size;

  // --- rule 3: hidden rows ---------------------------------------------------------------------
  let hidden = 0;
  let hiddenNearName = 0;
  let hiddenForced = 0;
  const hiddenBy = { sex: 0, dob: 0, nid: 0 };
  for (const o of onsite) {
    if (truth.get(o.id) !== null) continue;
    hidden++;
    const m = meta.get(o.id)!;
    if (m.forcedDob) hiddenForced++;
    const cands = candidatesFor(o.name);
    if (cands.size) hiddenNearName++;
    for (const cw of cands.keys()) {
      const w = regById.get(cw)!;
      if (!ruledOut(o, w)) fail(`rule 3: hidden row ${o.id} "${o.name}" could pass for ${cw} "${w.nameKh}"`);
    }
    if (cands.size) {
      const ws = [...cands.keys()].map((x) => regById.get(x)!);
      if (o.sex && ws.every((w) => w.sex !== o.sex)) hiddenBy.sex++;
      if (o.dateOfBirth && ws.every((w) => !dobClose(o.dateOfBirth!, w.dateOfBirth!))) hiddenBy.dob++;
      if (o.nationalId && ws.every((w) => w.nationalId && dist01(o.nationalId!, w.nationalId) > 1)) hiddenBy.nid++;
    }
  }

  // --- rule 4: leaks ---------------------------------------------------------------------------
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const ids = new Set<string>();
  for (let i = 0; i < onsite.length; i++) {
    const o = onsite[i];
    if (!uuidRe.test(o.id)) fail(`rule 4: id not a v4 UUID ${o.id}`);
    ids.add(o.id);
    if (i > 0 && !(o.recordedAt > onsite[i - 1].recordedAt)) fail(`rule 4: recordedAt not increasing at ${i}`);
  }
  if (ids.size !== onsite.length) fail('rule 4: duplicate on-site ids');
  let inc = 0;
  let pairs = 0;
  let prev = -1;
  let hiddenPosSum = 0;
  onsite.forEach((o, i) => {
    const wid = truth.get(o.id);
    if (wid) {
      const p = regPos.get(wid)!;
      if (prev >= 0) {
        pairs++;
        if (p > prev) inc++;
      }
      prev = p;
    } else hiddenPosSum += i / onsite.length;
  });
  const incRate = inc / pairs;
  if (Math.abs(incRate - 0.5) > 0.05) fail(`rule 4: on-site order follows the register (${incRate.toFixed(3)})`);
  const hiddenMeanPos = hiddenPosSum / hidden;
  if (Math.abs(hiddenMeanPos - 0.5) > 0.12) fail(`rule 4: hidden rows bunched (mean position ${hiddenMeanPos.toFixed(3)})`);
  const present = new Set([...truth.values()].filter((x): x is string => !!x));
  const absentPos = registered.map((w, i) => (present.has(w.workerId) ? -1 : i / registered.length)).filter((x) => x >= 0);
  const absentMean = absentPos.reduce((a, b) => a + b, 0) / absentPos.length;
  if (Math.abs(absentMean - 0.5) > 0.12) fail(`rule 4: absent workers bunched in the register (${absentMean.toFixed(3)})`);
  if (present.size !== trueRows) fail('a registered worker appears twice on site');

  // --- schemas -----------------------------------------------------------------------------
  let schemaBad = 0;
  for (const o of onsite) if (!OnsiteWorker.safeParse(o).success) schemaBad++;
  for (const w of registered) if (!RegisteredWorker.safeParse(w).success) schemaBad++;
  if (schemaBad) fail(`schema: ${schemaBad} records fail safeParse (e.g. ${JSON.stringify(OnsiteWorker.safeParse(onsite[0]).error?.issues ?? RegisteredWorker.safeParse(registered[0]).error?.issues)})`);
  for (const o of onsite) if ('statedStartDate' in o || 'wageRiel' in o) fail('on-site row carries statedStartDate/wageRiel');

  // --- determinism and time --------------------------------------------------------------------
  const dump = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const again = dump(generateTwentysecond(size, seed));
  if (again !== dump(roster)) fail('determinism: same seed gave a different roster');
  if (dump(generateTwentysecond(size, seed + 1)) === again) fail('determinism: another seed gave the same roster');
  const t1 = performance.now();
  generateTwentysecond(10000, seed);
  const ms10k = performance.now() - t1;
  if (ms10k >= 2000 || (size === 10000 && ms >= 2000)) fail(`time: 10k took ${Math.max(ms10k, size === 10000 ? ms : 0).toFixed(0)} ms`);

  // --- report ----------------------------------------------------------------------------------
  const regLatin = registered.filter((w) => w.nameLatin).length;
  const regKhVariant = registered.filter((w) => {
    const [f, g] = registeredCombo.get(w.workerId)!;
    return w.nameKh !== `${T.fam[f].entry.kh} ${T.giv[g].entry.kh}`;
  }).length;
  const absent = registered.length - present.size;
  const lines = [
    `twentysecond: size ${size}, seed ${seed}`,
    `registered ${registered.length}: Latin name present ${pct(regLatin, registered.length)} (missing ${pct(registered.length - regLatin, registered.length)}), Khmer written with ZWSP/variant ${pct(regKhVariant, registered.length)}, national ID ${pct(registered.filter((w) => w.nationalId).length, registered.length)}, NSSF ${pct(registered.filter((w) => w.nssfNumber).length, registered.length)}`,
    `  registered workers with a namesake (same name, any listed spelling): ${pct(regWithNamesake, registered.length)} (${namesakePairs} pairs)`,
    `  absent registered: ${absent} (${pct(absent, registered.length)})`,
    `on-site ${onsite.length}: true ${trueRows}, hidden ${hidden} (${pct(hidden, onsite.length)}); sources csv ${pct(bySource.csv, onsite.length)}, manual ${pct(bySource.manual, onsite.length)}, id-card ${pct(bySource['id-card'], onsite.length)}`,
    `  true rows: Khmer script ${pct(c.khmer, trueRows)} (encoding variant ${pct(c.khVariant, c.khmer)} of those), Latin ${pct(c.latin, trueRows)}`,
    `  Latin rows: upper case ${pct(c.upper, c.latin)}, given name first ${pct(c.swapped, trueRows)} of all true rows, typo ${pct(c.typo, c.latin)}, off-habit spelling ${pct(c.deviated, c.latin)}`,
    `  Latin rows not spelled as lat[0] standard: ${pct(c.differsFromStandard, c.latin)}; whose register has a Latin name ${pct(c.regLatin, trueRows)}, spelled differently from it ${pct(c.differsFromRegLatin, c.latin)}`,
    `  national ID shown ${pct(c.nid, trueRows)} (slip ${pct(c.nidSlip, c.nid)}), NSSF shown ${pct(c.nssf, trueRows)} (slip ${pct(c.nssfSlip, c.nssf)}), DOB shown ${pct(c.dob, trueRows)} (day/month swapped ${pct(c.dobSwap, c.dob)}), sex shown ${pct(c.sex, trueRows)}`,
    `  true rows with a registered namesake by name: ${pct(withNamesake, trueRows)}; undecidable (rule 5): ${undecidable} = ${pct(undecidable, trueRows)} (of which DOB shown ${undecidableWithDob}, typo ${undecidableTypo})`,
    `  hidden: within one edit of a registered name ${pct(hiddenNearName, hidden)}; told apart by sex ${hiddenBy.sex}, DOB ${hiddenBy.dob}, national ID ${hiddenBy.nid}; DOB added to rule them out ${hiddenForced}`,
    `  hidden rows: DOB shown ${pct(onsite.filter((o) => truth.get(o.id) === null && o.dateOfBirth).length, hidden)}, national ID shown ${pct(onsite.filter((o) => truth.get(o.id) === null && o.nationalId).length, hidden)}`,
    `writers:`,
    ...[...foremen, inspector].map((s) => {
      const sample = ['សុខ', 'ជា', 'ស៊ុន', 'ពៅ'].map((kh) => {
        const i = T.fam.findIndex((w) => w.entry.kh === kh);
        return T.fam[i].entry.lat[habitual(s, 0, i, T.fam[i])];
      });
      const gs = ['ស្រីមុំ', 'វុទ្ធី', 'ចំរើន', 'ពិសី', 'សុភា'].map((kh) => {
        const i = T.giv.findIndex((w) => w.entry.kh === kh);
        return T.giv[i].entry.lat[habitual(s, 1, i, T.giv[i])];
      });
      return `  ${s.name.padEnd(10)} ${s.givenFirst ? 'given-first' : 'family-first'} ${s.letterCase.padEnd(5)} ${sample.join('/')} · ${gs.join('/')}`;
    }),
    `time: this size ${ms.toFixed(0)} ms, 10k ${ms10k.toFixed(0)} ms; schemas checked on all ${onsite.length + registered.length} records`,
  ];
  console.log(lines.join('\n'));
  for (const f of fails) console.log('  FAIL ' + f);
  console.log(ok ? 'PASS' : 'FAIL');
  return ok;
}

if (process.argv[1]?.endsWith('twentysecond.ts')) {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  if (!selfCheck(size, seed)) process.exit(1);
}
