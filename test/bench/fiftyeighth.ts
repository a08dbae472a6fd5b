/**
 * Benchmark roster `fiftyeighth`: a register whose two name fields disagree in their habits.
 *
 * Written blind (without reading the engine or the other generators) and meant to be fair: every
 * target must be reachable by a careful person reading both lists.
 *
 * THE STORY
 * The fund's register was typed by several clerks over the years.
 *  - Its Khmer field is family name first for everyone. Compound given names are written joined
 *    (ស្រីមុំ), a few apart (ស្រី មុំ); ~4 % carry a keyboard variant (zero-width space for the
 *    space, another code-point order).
 *  - Its Latin field is given name first for one clerk's batch (a share drawn per roster in
 *    20-50 %), family name first for the other two or three clerks. The given-first clerk
 *    sometimes writes the given name's syllables apart or joined otherwise than the Khmer
 *    (SREY MOM for ស្រីមុំ, SOPHEAK TRA for សុភ័ក្ត្រា, SREYMOM for ស្រី មុំ). Each clerk has a
 *    spelling habit, one listed romanization per Khmer word, kept for the whole batch (one
 *    writes Sokh, Chhay, Sopheap; another Sok, Chay, Sopheab). Upper case.
 *  - The Latin field is empty for a share drawn per roster in 25-40 % of workers.
 *  - Namesakes are common (names drawn skewed from real Cambodian name lists).
 * The on-site roster is mostly the employer's sheet (csv, ~85 % of rows), the rest typed by the
 * inspector (manual, ~12 %) or read from an ID card (~3 %).
 *  - The sheet is in Latin for ~70 % of its rows, written by HR in yet another consistent
 *    spelling habit, family name first or given name first per sheet section (contiguous blocks
 *    of rows), upper or title case per section; the rest of its rows are in Khmer, family first
 *    (~5 % swapped), with Khmer encoding variants (zero-width spaces, keyboard code-point orders,
 *    NFD, a doubled space).
 *  - Each sheet section has its own columns, dealt from a shuffled deck: date of birth and
 *    national ID (6 in 38 sections), date of birth only (23 in 38), national ID only (9 in 38);
 *    an NSSF column in 1 section of 5; a sex column in ~90 %; ~1.5 % of cells blank. Overall:
 *    DOB ~77 %, national ID ~40 %, NSSF ~17 %, sex ~87 % of rows.
 *  - Inspector rows: Latin (any listed spelling, either order, case as typed) or Khmer; the
 *    inspector asks for a date of birth, or an ID card when there is none. ID-card rows: Khmer
 *    name, national ID, DOB and sex as printed.
 *  - ~5 % of registered workers are absent; hidden workers are ~7 % of on-site rows, half of
 *    them namesakes of a registered worker (present or absent), half with a name that could pass
 *    for nobody on the register.
 *  - Usual slips on true rows: one typo in one Latin word of 4+ letters (~3 % of Latin rows),
 *    day/month swapped in a DOB (~3 %), one slipped digit in a national ID (~3 %) or NSSF
 *    number (~4 %), order swaps.
 *
 * FAIRNESS RULES (audited by the self-check: `npx tsx test/bench/fiftyeighth.ts 10000 1`)
 *  1. A true row carries only plausible variants of its registered worker: each Khmer word
 *     written in one of its listed romanizations (fiftyeighth-names.ts), family and given in
 *     either order, any case, at most one typo in one word of 4+ letters; or the Khmer name with
 *     encoding variants (either order). Extra variation modelled: a two-part given name written
 *     joined or apart in Latin (SREYMOM / SREY MOM) and a Khmer compound written with or without
 *     a space (ស្រីមុំ / ស្រី មុំ); a human reads these as the same name. IDs exact or one slip
 *     (one mistyped digit or two adjacent digits swapped); DOB exact or day/month swapped; sex
 *     right or missing.
 *  2. Registered namesakes (workers sharing any spelling of the full name, Latin or Khmer, in
 *     either order) never share a DOB and are more than a day/month swap or one digit apart.
 *  3. A hidden row either could not pass for any registered worker by name (not within one edit
 *     of any spelling variant of anyone's name, not the same Khmer within one edit, not a
 *     romanization of the same Khmer words), or is ruled out from every registered worker it
 *     could pass for by a field present on BOTH sides: sex differs, DOB more than a swap or one
 *     digit apart, national ID two or more edits apart.
 *  4. Nothing leaks the truth: on-site rows are shuffled before anything about them is decided
 *     (section, source, script, fields), ids are random version-4 UUIDs from the seeded PRNG,
 *     recordedAt increases in row order, registered worker ids are assigned after shuffling.
 *  5. Undecidable true rows (another registered worker whose name matches the row at least as
 *     well, with no field present on both sides to tell them apart) stay under 4 %.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY, GIVEN, type GivenName } from './fiftyeighth-names';

export const FIFTYEIGHTH_LABEL =
  'clerks\' register: Khmer family-first, Latin given-first for one clerk\'s batch (20-50 %) with its own spellings and syllable splits, Latin empty 25-40 %; sheet 70 % Latin in HR\'s habit, order per section';

// ---------------------------------------------------------------------------------------------
// Name normalization and the name lexicon
// ---------------------------------------------------------------------------------------------

const SEP = /[\s\u200B\u200C\u200D\u2060\uFEFF]+/g;
const ZWSP = '\u200B';

/** Khmer in one code-point order (shifter before vowel, ុ before ំ, subscript ro last). */
function khCanon(s: string): string {
  return s
    .normalize('NFC')
    .replace(/([\u17B6-\u17C5])([\u17C9\u17CA])/g, '$2$1')
    .replace(/\u17C6\u17BB/g, '\u17BB\u17C6')
    .replace(/\u17D2\u179A\u17D2([\u1780-\u17A2])/g, '\u17D2$1\u17D2\u179A');
}

/** The keyboard orders khCanon undoes; returns the input when none applies. */
function khReorder(s: string): string {
  return s
    .replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/g, '$2$1')
    .replace(/\u17BB\u17C6/g, '\u17C6\u17BB')
    .replace(/\u17D2([\u1780-\u17A2])\u17D2\u179A/g, (m, c: string) => (c === '\u179A' ? m : `\u17D2\u179A\u17D2${c}`));
}

const khCompact = (s: string) => khCanon(s).replace(SEP, '');
const latCompact = (s: string) => s.normalize('NFKD').toUpperCase().replace(/[^A-Z]/g, '');
const isKhmer = (s: string) => /[\u1780-\u17FF]/.test(s);

const uniq = <T>(xs: T[]) => [...new Set(xs)];

function product(parts: string[][]): string[][] {
  let out: string[][] = [[]];
  for (const p of parts) out = out.flatMap((pre) => p.map((x) => [...pre, x]));
  return out;
}

const LEX = (() => {
  const famKh = FAMILY.map((x) => khCompact(x.kh));
  const famLat = FAMILY.map((x) => uniq(x.latin.map(latCompact)));
  const givKh = GIVEN.map((x) => khCompact(x.kh));
  const givLat = GIVEN.map((x) => uniq(product(x.parts.map((p) => p.latin)).map((ws) => latCompact(ws.join('')))));
  const famByKh = new Map(famKh.map((k, i) => [k, i]));
  const givByKh = new Map(givKh.map((k, i) => [k, i]));
  if (famByKh.size !== famKh.length || givByKh.size !== givKh.length) throw new Error('fiftyeighth: duplicate Khmer in the name lists');
  const givBySex = {
    F: GIVEN.map((x, i) => (x.sex === 'M' ? -1 : i)).filter((i) => i >= 0),
    M: GIVEN.map((x, i) => (x.sex === 'F' ? -1 : i)).filter((i) => i >= 0),
  };
  const khAlphabet = [...new Set([...famKh, ...givKh].join(''))];
  return { famKh, famLat, givKh, givLat, famByKh, givByKh, givBySex, khAlphabet };
})();

/** Words some spelling of which is within one edit of some spelling of this one (self included). */
function nearWords(lat: string[][]): number[][] {
  return lat.map((a) =>
    lat.map((b, j) => (a.some((x) => b.some((y) => Math.abs(x.length - y.length) <= 1 && osa(x, y) <= 1)) ? j : -1)).filter((j) => j >= 0),
  );
}
let nearCache: { fam: number[][]; giv: number[][] } | null = null;
const near = () => (nearCache ??= { fam: nearWords(LEX.famLat), giv: nearWords(LEX.givLat) });

const latKeyCache = new Map<number, string[]>();
/** Every Latin spelling of a full name, both orders, as compact upper-case letters. */
function latKeys(f: number, g: number): string[] {
  const pk = f * 1000 + g;
  let out = latKeyCache.get(pk);
  if (!out) {
    const all: string[] = [];
    for (const a of LEX.famLat[f]) for (const b of LEX.givLat[g]) all.push(a + b, b + a);
    latKeyCache.set(pk, (out = uniq(all)));
  }
  return out;
}
const khKeys = (f: number, g: number) => uniq([LEX.famKh[f] + LEX.givKh[g], LEX.givKh[g] + LEX.famKh[f]]);

/** Optimal-string-alignment distance (edits: insert, delete, substitute, swap adjacent). */
function osa(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let d2: number[] = [];
  let d1: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const d: number[] = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d1[j] + 1, d[j - 1] + 1, d1[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d2[j - 2] + 1);
      d.push(v);
    }
    d2 = d1;
    d1 = d;
  }
  return d1[n];
}

const HP = 67108859;
const HB = 131;
/** Polynomial hash of s without its character at `skip` (-1: whole string), mod HP. */
function hashSkip(s: string, skip: number): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) if (i !== skip) h = (h * HB + s.charCodeAt(i)) % HP;
  return h;
}
/** Hashes of s with one character deleted, for each position, in O(length). */
function deletionHashes(s: string): number[] {
  const L = s.length;
  const pre: number[] = [0];
  for (let i = 0; i < L; i++) pre.push((pre[i] * HB + s.charCodeAt(i)) % HP);
  const suf: number[] = new Array(L + 1).fill(0);
  const pow: number[] = [1];
  for (let i = 1; i <= L; i++) pow.push((pow[i - 1] * HB) % HP);
  for (let i = L - 1; i >= 0; i--) suf[i] = (s.charCodeAt(i) * pow[L - 1 - i] + suf[i + 1]) % HP;
  const out: number[] = [];
  for (let i = 0; i < L; i++) out.push((pre[i] * pow[L - 1 - i] + suf[i + 1]) % HP);
  return out;
}

/**
 * Exact and one-edit (OSA) lookup over a set of keys, by one-deletion neighbourhoods kept as
 * hashes; a hash collision only proposes a key, which is then measured.
 */
class FuzzyIndex {
  exact = new Map<string, number[]>();
  private whole = new Map<number, string[]>();
  private del = new Map<number, string[]>();
  /**
   * indexed: keep one-deletion hashes (many lookups, as in the audit); else probe every
   * one-edit neighbour of the query over `alphabet` (few lookups, as when writing hidden rows).
   */
  constructor(private indexed: boolean, private alphabet: string[]) {}
  private static push(m: Map<number, string[]>, h: number, key: string): void {
    const l = m.get(h);
    if (!l) m.set(h, [key]);
    else if (l[l.length - 1] !== key) l.push(key);
  }
  add(key: string, id: number): void {
    let ids = this.exact.get(key);
    if (!ids) {
      ids = [];
      this.exact.set(key, ids);
      if (this.indexed) {
        FuzzyIndex.push(this.whole, hashSkip(key, -1), key);
        for (const h of deletionHashes(key)) FuzzyIndex.push(this.del, h, key);
      }
    }
    if (ids[ids.length - 1] !== id) ids.push(id);
  }
  lookup(q: string, cb: (ids: number[], dist: number) => void): void {
    const e = this.exact.get(q);
    if (e) cb(e, 0);
    if (!this.indexed) {
      // duplicates are harmless: the caller keeps the best distance per worker
      const probe = (k: string) => {
        const ids = k === q ? undefined : this.exact.get(k);
        if (ids) cb(ids, 1);
      };
      for (let i = 0; i <= q.length; i++) {
        const a = q.slice(0, i);
        const b = q.slice(i);
        if (i < q.length) probe(a + b.slice(1));
        if (i < q.length - 1) probe(a + b[1] + b[0] + b.slice(2));
        for (const c of this.alphabet) {
          probe(a + c + b);
          if (i < q.length && c !== q[i]) probe(a + c + b.slice(1));
        }
      }
      return;
    }
    const seen = new Set<string>([q]);
    const tryKeys = (ks: string[] | undefined) => {
      if (!ks) return;
      for (const k of ks) {
        if (seen.has(k)) continue;
        seen.add(k);
        if (Math.abs(k.length - q.length) <= 1 && osa(q, k) <= 1) cb(this.exact.get(k)!, 1);
      }
    };
    tryKeys(this.del.get(hashSkip(q, -1)));
    for (const h of deletionHashes(q)) {
      tryKeys(this.whole.get(h));
      tryKeys(this.del.get(h));
    }
  }
}

/**
 * Who a name could pass for on the register: registered index → how well (0 same spelling,
 * 0.5 a Khmer row whose words romanize like the worker's, 1 within one edit).
 */
class NameIndex {
  lat: FuzzyIndex;
  kh: FuzzyIndex;
  pairs: { f: number; g: number }[];
  constructor(reg: RegisteredWorker[], indexed: boolean) {
    this.lat = new FuzzyIndex(indexed, [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ']);
    this.kh = new FuzzyIndex(indexed, LEX.khAlphabet);
    this.pairs = reg.map((w) => {
      const toks = khCanon(w.nameKh).split(SEP).filter(Boolean);
      const f = LEX.famByKh.get(toks[0]);
      const g = LEX.givByKh.get(toks.slice(1).join(''));
      if (f === undefined || g === undefined) throw new Error(`fiftyeighth: cannot read registered Khmer name ${w.nameKh}`);
      return { f, g };
    });
    this.pairs.forEach(({ f, g }, i) => {
      for (const k of latKeys(f, g)) this.lat.add(k, i);
      for (const k of khKeys(f, g)) this.kh.add(k, i);
    });
  }
  candidates(name: string): Map<number, number> {
    const out = new Map<number, number>();
    const add = (ids: number[] | undefined, d: number) => {
      if (!ids) return;
      for (const id of ids) {
        const o = out.get(id);
        if (o === undefined || d < o) out.set(id, d);
      }
    };
    if (isKhmer(name)) {
      const c = khCompact(name);
      this.kh.lookup(c, add);
      for (let i = 1; i < c.length; i++) {
        const a = c.slice(0, i);
        const b = c.slice(i);
        const tries: [number | undefined, number | undefined][] = [
          [LEX.famByKh.get(a), LEX.givByKh.get(b)],
          [LEX.famByKh.get(b), LEX.givByKh.get(a)],
        ];
        for (const [f, g] of tries) {
          if (f === undefined || g === undefined) continue;
          for (const k of latKeys(f, g)) add(this.lat.exact.get(k), 0.5);
        }
      }
    } else {
      this.lat.lookup(latCompact(name), add);
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Field closeness (what a person would still call the same value)
// ---------------------------------------------------------------------------------------------

function swapDM(d: string): string | null {
  const [y, m, dd] = d.split('-');
  if (+dd > 12 || dd === m) return null;
  return `${y}-${dd}-${m}`;
}
const DIGIT_AT = [0, 1, 2, 3, 5, 6, 8, 9];
/** Same date, day and month swapped, one digit off, or two adjacent digits swapped (YYYYMMDD). */
function dobClose(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.slice(0, 4) === b.slice(0, 4) && a[5] === b[8] && a[6] === b[9] && a[8] === b[5] && a[9] === b[6]) return true;
  let m1 = -1;
  let m2 = -1;
  for (let j = 0; j < 8; j++) {
    const i = DIGIT_AT[j];
    if (a[i] === b[i]) continue;
    if (m1 < 0) m1 = j;
    else if (m2 < 0) m2 = j;
    else return false;
  }
  if (m2 < 0) return true;
  const x = DIGIT_AT[m1];
  const y = DIGIT_AT[m2];
  return m2 === m1 + 1 && a[x] === b[y] && a[y] === b[x];
}
const digits = (s: string) => s.replace(/\D/g, '');

interface Fields {
  sex: 'M' | 'F' | null;
  dateOfBirth: string | null;
  nationalId: string | null;
  nssfNumber: string | null;
}
/** A field present on both sides that tells the row apart from the registered worker. */
function excludedBy(o: Fields, r: RegisteredWorker): string | null {
  if (o.sex && r.sex && o.sex !== r.sex) return 'sex';
  if (o.dateOfBirth && r.dateOfBirth && !dobClose(o.dateOfBirth, r.dateOfBirth)) return 'dob';
  if (o.nationalId && r.nationalId && osa(digits(o.nationalId), digits(r.nationalId)) >= 2) return 'nid';
  if (o.nssfNumber && r.nssfNumber && osa(digits(o.nssfNumber), digits(r.nssfNumber)) >= 2) return 'nssf';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Writing habits
// ---------------------------------------------------------------------------------------------

interface Habit {
  name: string;
  /** Khmer word key → chosen romanization index, fixed on first use. */
  pick: Map<string, number>;
  /** Probability a word gets its first (most usual) romanization. */
  pStd: number;
  /** Given name index → written apart (two-part names), fixed on first use, unless perUse. */
  apart: Map<number, boolean>;
  pApart: number;
  perUse: boolean;
  used: Map<string, Set<string>>;
}
function habit(name: string, pStd: number, pApart: number, perUse: boolean): Habit {
  return { name, pick: new Map(), pStd, apart: new Map(), pApart, perUse, used: new Map() };
}
function spell(r: Rng, h: Habit | null, key: string, options: string[]): string {
  if (!h) return r.pick(options);
  let i = h.pick.get(key);
  if (i === undefined) {
    i = options.length === 1 || r.chance(h.pStd) ? 0 : r.int(1, options.length - 1);
    h.pick.set(key, i);
  }
  const s = options[Math.min(i, options.length - 1)];
  let u = h.used.get(key);
  if (!u) h.used.set(key, (u = new Set()));
  u.add(s);
  return s;
}
function apartFor(r: Rng, h: Habit | null, g: number, p = 0.4): boolean {
  if (GIVEN[g].parts.length < 2) return false;
  if (!h) return r.chance(p);
  if (h.perUse) return r.chance(h.pApart);
  let a = h.apart.get(g);
  if (a === undefined) h.apart.set(g, (a = r.chance(h.pApart)));
  return a;
}
function latinGiven(r: Rng, h: Habit | null, g: number, apart: boolean): string {
  const ws = GIVEN[g].parts.map((p) => spell(r, h, p.key, p.latin));
  return apart ? ws.join(' ') : ws.join('');
}
function latinFamily(r: Rng, h: Habit | null, f: number): string {
  return spell(r, h, FAMILY[f].kh, FAMILY[f].latin);
}
function casing(s: string, upper: boolean): string {
  return upper ? s.toUpperCase() : s.split(' ').map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join(' ');
}
function khGiven(g: number, apart: boolean): string {
  const G: GivenName = GIVEN[g];
  return apart && G.parts[0].kh ? G.parts.map((p) => p.kh).join(' ') : G.kh;
}

const KEYS = 'QWERTYUIOPASDFGHJKLZXCVBNM';
const NEAR: Record<string, string> = {
  A: 'SQ', B: 'VN', C: 'XV', D: 'SF', E: 'WR', F: 'DG', G: 'FH', H: 'GJ', I: 'UO', J: 'HK', K: 'JL', L: 'K', M: 'N',
  N: 'BM', O: 'IP', P: 'O', Q: 'WA', R: 'ET', S: 'AD', T: 'RY', U: 'YI', V: 'CB', W: 'QE', X: 'ZC', Y: 'TU', Z: 'X',
};
/** One typo in one word of 4+ letters: a near key, a dropped or doubled letter, or two swapped. */
function typo(r: Rng, name: string): string | null {
  const ws = name.split(' ');
  const long = ws.map((w, i) => (w.length >= 4 ? i : -1)).filter((i) => i >= 0);
  if (!long.length) return null;
  const wi = r.pick(long);
  const w = ws[wi];
  const i = r.int(1, w.length - 1);
  const up = w === w.toUpperCase();
  const c = w[i].toUpperCase();
  let out: string;
  switch (r.int(0, 3)) {
    case 0: {
      const alt = NEAR[c] ?? KEYS;
      const n = r.pick([...alt]);
      out = w.slice(0, i) + (up ? n : n.toLowerCase()) + w.slice(i + 1);
      break;
    }
    case 1:
      out = w.slice(0, i) + w.slice(i + 1);
      break;
    case 2:
      out = w.slice(0, i) + w[i] + w.slice(i);
      break;
    default:
      out = i < w.length - 1 && w[i] !== w[i + 1] ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) : w.slice(0, i) + w.slice(i + 1);
  }
  if (out.toUpperCase() === w.toUpperCase()) return null;
  ws[wi] = out;
  return ws.join(' ');
}

const COUNTS = ['latinRows', 'latinGivenFirst', 'latinApart', 'typos', 'khRows', 'khSwapped', 'khOrder', 'khZwsp', 'khDoubleSpace', 'khNfd'] as const;
type Count = (typeof COUNTS)[number];

/** Khmer as a keyboard or another program wrote it: same letters, other code points between. */
function khEncode(r: Rng, s: string, st: Record<Count, number>, pZw: number, pOrder: number): string {
  let t = s;
  if (r.chance(pOrder)) {
    const v = khReorder(t);
    if (v !== t) {
      t = v;
      st.khOrder++;
    }
  }
  if (r.chance(pZw)) {
    t = t.replace(/ /g, ZWSP);
    st.khZwsp++;
  } else if (r.chance(0.03)) {
    t = t.replace(/ /g, '  ');
    st.khDoubleSpace++;
  }
  if (r.chance(0.1)) {
    t = t.normalize('NFD');
    st.khNfd++;
  }
  return t;
}

// ---------------------------------------------------------------------------------------------
// Numbers and dates
// ---------------------------------------------------------------------------------------------

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
function randDate(r: Rng, y0: number, y1: number): string {
  const y = r.int(y0, y1);
  const m = r.int(1, 12);
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${pad(m)}-${pad(r.int(1, dim))}`;
}
/** One slip: a mistyped digit or two adjacent different digits swapped. */
function slip(r: Rng, id: string): string {
  const i = r.int(0, id.length - 1);
  if (r.chance(0.5) && i < id.length - 1 && id[i] !== id[i + 1]) return id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
  return id.slice(0, i) + String((+id[i] + r.int(1, 9)) % 10) + id.slice(i + 1);
}
function uuid(r: Rng): string {
  let h = '';
  for (let i = 0; i < 32; i++) h += Math.floor(r.next() * 16).toString(16);
  const v = '89ab'[Math.floor(r.next() * 4)];
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${v}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
/**
 * Numbers of a fixed length kept at least two edits apart (a mistyped digit or two swapped
 * adjacent digits never lands on another one), held as integers for speed.
 */
class IdPool {
  private used = new Set<number>();
  constructor(private len: number) {}
  private near(n: number): boolean {
    if (this.used.has(n)) return true;
    let p = 1;
    for (let k = 0; k < this.len; k++, p *= 10) {
      const d = Math.floor(n / p) % 10;
      for (let e = 0; e <= 9; e++) if (e !== d && this.used.has(n + (e - d) * p)) return true;
      if (k < this.len - 1) {
        const d1 = Math.floor(n / (p * 10)) % 10;
        if (d1 !== d && this.used.has(n + (d1 - d) * p + (d - d1) * p * 10)) return true;
      }
    }
    return false;
  }
  draw(r: Rng, first: number[]): string {
    const span = 10 ** (this.len - 1);
    for (;;) {
      const n = r.pick(first) * span + Math.floor(r.next() * span);
      if (!this.near(n)) return String(n).padStart(this.len, '0');
    }
  }
  take(s: string): void {
    this.used.add(Number(s));
  }
}

// ---------------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------------

interface Person {
  f: number;
  g: number;
  sex: 'M' | 'F';
  dob: string;
  nid: string;
  nssf: string | null;
}

interface Stats {
  pGivenFirst: number;
  pLatinEmpty: number;
  clerks: Habit[];
  hr: Habit | null;
  regGivenFirst: number;
  regLatinEmpty: number;
  regLatinApart: number;
  regKhApart: number;
  regSplitDiffers: number;
  regKhVariant: number;
  regTwoPart: number;
  absent: number;
  hiddenNamesake: number;
  hiddenNew: number;
  hiddenForcedDob: number;
  hiddenForcedNid: number;
  hiddenRedraws: number;
  sections: number;
  sectionsGivenFirst: number;
  latinRows: number;
  latinGivenFirst: number;
  latinApart: number;
  typos: number;
  khRows: number;
  khSwapped: number;
  khOrder: number;
  khZwsp: number;
  khDoubleSpace: number;
  khNfd: number;
  dobSwaps: number;
  nidSlips: number;
  nssfSlips: number;
  source: Record<string, number>;
  /** Creation order of each registered worker, by final index (for the leak check). */
  regCreated: number[];
}

interface Ctx {
  source: 'csv' | 'manual' | 'id-card';
  sourceRow: number | null;
  latin: boolean;
  familyFirst: boolean;
  upper: boolean;
  habit: Habit | null;
  dob: boolean;
  nid: boolean;
  nssf: boolean;
  sex: boolean;
}

/** Sheet section columns (DOB, national ID), dealt from a shuffled deck so each roster keeps the rates. */
const DECK: [boolean, boolean][] = [
  ...Array.from({ length: 6 }, (): [boolean, boolean] => [true, true]),
  ...Array.from({ length: 23 }, (): [boolean, boolean] => [true, false]),
  ...Array.from({ length: 9 }, (): [boolean, boolean] => [false, true]),
];

interface Built {
  roster: Roster;
  stats: Stats;
}

function build(size: number, seed: number): Built {
  const r = rng(seed * 7919 + 58);
  const st: Stats = {
    pGivenFirst: 0.2 + 0.3 * r.next(),
    pLatinEmpty: 0.25 + 0.15 * r.next(),
    clerks: [],
    hr: null,
    regGivenFirst: 0, regLatinEmpty: 0, regLatinApart: 0, regKhApart: 0, regSplitDiffers: 0, regKhVariant: 0, regTwoPart: 0,
    absent: 0, hiddenNamesake: 0, hiddenNew: 0, hiddenForcedDob: 0, hiddenForcedNid: 0, hiddenRedraws: 0,
    sections: 0, sectionsGivenFirst: 0, latinRows: 0, latinGivenFirst: 0, latinApart: 0, typos: 0,
    khRows: 0, khSwapped: 0, khOrder: 0, khZwsp: 0, khDoubleSpace: 0, khNfd: 0,
    dobSwaps: 0, nidSlips: 0, nssfSlips: 0, source: { csv: 0, manual: 0, 'id-card': 0 }, regCreated: [],
  };

  // Clerks: clerk 0 writes given name first and splits syllables as the moment takes him.
  st.clerks.push(habit('clerk A (given first)', 0.3 + 0.5 * r.next(), 0.5, true));
  const nOther = r.int(2, 3);
  for (let i = 0; i < nOther; i++) st.clerks.push(habit(`clerk ${'BCD'[i]} (family first)`, 0.3 + 0.5 * r.next(), 0.2, false));
  const hr = habit('employer HR', 0.3 + 0.5 * r.next(), 0.3, false);
  st.hr = hr;

  // ---- registered workers -------------------------------------------------------------------
  const nidPool = new IdPool(9);
  const nssfPool = new IdPool(10);
  const pairsByKey = new Map<string, number[]>();
  const dobsByPair = new Map<number, string[]>();
  const people: Person[] = [];
  const regs: RegisteredWorker[] = [];
  const famIdx = FAMILY.map((_, i) => i);
  for (let i = 0; i < size; i++) {
    const sex: 'M' | 'F' = r.chance(0.56) ? 'F' : 'M';
    const f = r.pickSkewed(famIdx, 1.25);
    const g = r.pickSkewed(LEX.givBySex[sex], 1.1);
    // namesakes: every pair of Khmer words sharing a spelling with this one (rule 2)
    const pk = f * 1000 + g;
    const kin = new Set<number>([pk]);
    for (const k of [...latKeys(f, g), ...khKeys(f, g)]) {
      const l = pairsByKey.get(k);
      if (!l) pairsByKey.set(k, [pk]);
      else {
        for (const q of l) kin.add(q);
        if (!l.includes(pk)) l.push(pk);
      }
    }
    const kinDobs = [...kin].map((q) => dobsByPair.get(q) ?? []);
    let dob = '';
    for (let t = 0; ; t++) {
      dob = randDate(r, 1967, 2006);
      const d = dob;
      if (!kinDobs.some((l) => l.some((o) => dobClose(o, d)))) break;
      if (t === 500) throw new Error('fiftyeighth: no free date of birth for a namesake');
    }
    const own = dobsByPair.get(pk);
    if (own) own.push(dob);
    else dobsByPair.set(pk, [dob]);
    const nid = nidPool.draw(r, [0, 1, 2]);
    nidPool.take(nid);
    const nssf = nssfPool.draw(r, [1]);
    nssfPool.take(nssf);
    const person: Person = { f, g, sex, dob, nid, nssf };

    const clerkNo = r.chance(st.pGivenFirst) ? 0 : r.int(1, nOther);
    const clerk = st.clerks[clerkNo];
    const twoPart = GIVEN[g].parts.length > 1;
    const khApart = !!GIVEN[g].parts[0].kh && r.chance(clerkNo === 0 ? 0.15 : 0.05);
    let nameKh = `${FAMILY[f].kh} ${khGiven(g, khApart)}`;
    if (r.chance(0.04)) {
      const v = r.chance(0.5) ? khReorder(nameKh) : nameKh.replace(/ /g, ZWSP);
      if (v !== nameKh) st.regKhVariant++;
      nameKh = v;
    }
    if (khApart) st.regKhApart++;
    if (twoPart) st.regTwoPart++;
    let nameLatin: string | null = null;
    if (r.chance(st.pLatinEmpty)) st.regLatinEmpty++;
    else {
      const apart = apartFor(r, clerk, g);
      const fam = latinFamily(r, clerk, f);
      const giv = latinGiven(r, clerk, g, apart);
      nameLatin = (clerkNo === 0 ? `${giv} ${fam}` : `${fam} ${giv}`).toUpperCase();
      if (clerkNo === 0) st.regGivenFirst++;
      if (apart) st.regLatinApart++;
      if (twoPart && apart !== khApart) st.regSplitDiffers++;
    }
    const hire = randDate(r, Math.max(2010, +dob.slice(0, 4) + 18), 2025);
    regs.push({
      workerId: '',
      nssfNumber: r.chance(0.97) ? nssf : null,
      nationalId: r.chance(0.98) ? nid : null,
      nameKh,
      nameLatin,
      sex: r.chance(0.995) ? sex : null,
      dateOfBirth: r.chance(0.995) ? dob : null,
      hireDate: r.chance(0.97) ? hire : null,
      wageRiel: r.chance(0.9) ? r.int(800, 2600) * 1000 : null,
    });
    people.push(person);
  }
  // shuffle, then number
  const order = r.shuffle(regs.map((_, i) => i));
  const registered = order.map((i) => regs[i]);
  const regPeople = order.map((i) => people[i]);
  st.regCreated = order;
  registered.forEach((w, i) => (w.workerId = `NSSF-W${pad(i + 1, 6)}`));
  const index = new NameIndex(registered, false);

  // ---- who is on site -----------------------------------------------------------------------
  type Row = { truth: number | null; person: Person; kind: 'true' | 'namesake' | 'new' };
  const rows: Row[] = [];
  for (let i = 0; i < registered.length; i++) {
    if (r.chance(0.05)) st.absent++;
    else rows.push({ truth: i, person: regPeople[i], kind: 'true' });
  }
  const nHidden = Math.round((rows.length * 0.07) / 0.93);
  const nNamesake = Math.round(nHidden / 2);
  for (let i = 0; i < nHidden; i++) {
    // identity filled in when the row is written
    rows.push({ truth: null, person: { f: 0, g: 0, sex: 'F', dob: '', nid: '', nssf: null }, kind: i < nNamesake ? 'namesake' : 'new' });
  }
  r.shuffle(rows);

  // ---- where each row comes from: decided after the shuffle, blind to the row ---------------
  const ctxs: Ctx[] = [];
  let section: Omit<Ctx, 'source' | 'sourceRow' | 'latin' | 'habit'> | null = null;
  let left = 0;
  let csvRow = 0;
  const maxSec = Math.max(30, Math.round(size / 70));
  const deck: [boolean, boolean][] = [];
  const nssfDeck: boolean[] = [];
  const nssfCol = () => {
    if (!nssfDeck.length) nssfDeck.push(...r.shuffle([true, false, false, false, false]));
    return nssfDeck.pop()!;
  };
  for (let i = 0; i < rows.length; i++) {
    const u = r.next();
    const source: Ctx['source'] = u < 0.85 ? 'csv' : u < 0.97 ? 'manual' : 'id-card';
    st.source[source]++;
    if (source === 'csv') {
      if (!section || left <= 0) {
        left = r.int(Math.round(maxSec / 5), maxSec);
        if (!deck.length) deck.push(...r.shuffle([...DECK]));
        const [dob, nid] = deck.pop()!;
        section = { familyFirst: r.chance(0.55), upper: r.chance(0.7), dob, nid, nssf: nssfCol(), sex: r.chance(0.9) };
        st.sections++;
        if (!section.familyFirst) st.sectionsGivenFirst++;
      }
      left--;
      const blank = () => r.chance(0.015);
      ctxs.push({
        source, sourceRow: ++csvRow, latin: r.chance(0.7), habit: hr,
        familyFirst: section.familyFirst, upper: section.upper,
        dob: section.dob && !blank(), nid: section.nid && !blank(), nssf: section.nssf && !blank(), sex: section.sex && !blank(),
      });
    } else if (source === 'manual') {
      const dob = r.chance(0.85);
      ctxs.push({
        source, sourceRow: null, latin: r.chance(0.55), habit: null, familyFirst: r.chance(0.65), upper: r.chance(0.75),
        dob, nid: r.chance(dob ? 0.25 : 0.85), nssf: r.chance(0.12), sex: r.chance(0.95),
      });
    } else {
      ctxs.push({ source, sourceRow: null, latin: false, habit: null, familyFirst: true, upper: true, dob: true, nid: true, nssf: false, sex: true });
    }
  }

  const writeName = (p: Person, c: Ctx, st: Record<Count, number>): string => {
    if (c.latin) {
      const fam = latinFamily(r, c.habit, p.f);
      const apart = apartFor(r, c.habit, p.g);
      const giv = latinGiven(r, c.habit, p.g, apart);
      let ff = c.familyFirst;
      if (c.source === 'csv' && r.chance(0.03)) ff = !ff;
      let s = casing(ff ? `${fam} ${giv}` : `${giv} ${fam}`, c.upper);
      if (r.chance(0.03)) {
        const t = typo(r, s);
        if (t) {
          s = t;
          st.typos++;
        }
      }
      st.latinRows++;
      if (!ff) st.latinGivenFirst++;
      if (apart) st.latinApart++;
      return s;
    }
    st.khRows++;
    const swapped = c.source !== 'id-card' && r.chance(0.05);
    if (swapped) st.khSwapped++;
    const giv = khGiven(p.g, r.chance(0.08));
    const s = swapped ? `${giv} ${FAMILY[p.f].kh}` : `${FAMILY[p.f].kh} ${giv}`;
    return c.source === 'id-card' ? s : khEncode(r, s, st, 0.25, 0.3);
  };

  // ---- write the rows -----------------------------------------------------------------------
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  let clock = Date.UTC(2025, 5, 17, 1, 30, 0);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const c = ctxs[i];
    let name: string;
    let fields: Fields;
    if (row.truth !== null) {
      const p = row.person;
      name = writeName(p, c, st);
      let dob = c.dob ? p.dob : null;
      if (dob && c.source !== 'id-card' && r.chance(0.03)) {
        const s = swapDM(dob);
        if (s) {
          dob = s;
          st.dobSwaps++;
        }
      }
      let nid = c.nid ? p.nid : null;
      if (nid && c.source !== 'id-card' && r.chance(0.03)) {
        nid = slip(r, nid);
        st.nidSlips++;
      }
      let nssf = c.nssf ? p.nssf : null;
      if (nssf && r.chance(0.04)) {
        nssf = slip(r, nssf);
        st.nssfSlips++;
      }
      fields = { sex: c.sex ? p.sex : null, dateOfBirth: dob, nationalId: nid, nssfNumber: nssf };
    } else {
      const made = writeHidden(row.kind === 'namesake', c);
      name = made.name;
      fields = made.fields;
      row.person = made.person;
    }
    clock += r.int(4, 90) * 1000;
    const id = uuid(r);
    onsite.push({
      id,
      visitId: 'visit-fiftyeighth',
      name,
      nationalId: fields.nationalId,
      nssfNumber: fields.nssfNumber,
      sex: fields.sex,
      dateOfBirth: fields.dateOfBirth,
      source: c.source,
      sourceRow: c.sourceRow,
      recordedAt: new Date(clock).toISOString(),
    });
    truth.set(id, row.truth === null ? null : registered[row.truth].workerId);
  }

  /**
   * A hidden worker: a namesake of a registered one (same Khmer name, own date of birth and ID
   * card), or a name that passes for nobody. Written like any row of its source; when a field
   * the row would not carry is needed to rule out a registered worker it could pass for, the
   * inspector asked for it (DOB first, then the ID card). Redrawn if nothing rules them out.
   */
  function writeHidden(namesake: boolean, c: Ctx): { name: string; fields: Fields; person: Person } {
    let wantNamesake = namesake;
    for (let attempt = 0; ; attempt++) {
      if (attempt > 0) st.hiddenRedraws++;
      if (attempt > 60) wantNamesake = true;
      let p: Person;
      if (wantNamesake) {
        const t = regPeople[r.int(0, regPeople.length - 1)];
        const unisex = GIVEN[t.g].sex === 'U';
        p = { f: t.f, g: t.g, sex: unisex && r.chance(0.2) ? (t.sex === 'F' ? 'M' : 'F') : t.sex, dob: '', nid: '', nssf: null };
      } else {
        // a name nobody on the register has (in any spelling), then checked for one-edit lookalikes
        const sex: 'M' | 'F' = r.chance(0.56) ? 'F' : 'M';
        let f = 0;
        let g = 0;
        for (let t = 0; t < 200; t++) {
          f = r.int(0, FAMILY.length - 1);
          g = r.pick(LEX.givBySex[sex]);
          if (latKeys(f, g).some((k) => pairsByKey.has(k))) continue;
          if (near().fam[f].some((x) => dobsByPair.has(x * 1000 + g))) continue;
          if (near().giv[g].some((x) => dobsByPair.has(f * 1000 + x))) continue;
          break;
        }
        p = { f, g, sex, dob: '', nid: '', nssf: null };
      }
      const tally = Object.fromEntries(COUNTS.map((k) => [k, 0])) as Record<Count, number>;
      const name = writeName(p, c, tally);
      const cands = [...index.candidates(name).keys()];
      if (!wantNamesake && cands.length) continue;
      const cr = cands.map((k) => registered[k]);
      for (let t = 0; t < 200; t++) {
        p.dob = randDate(r, 1967, 2006);
        if (!cr.some((w) => w.dateOfBirth && dobClose(w.dateOfBirth, p.dob))) break;
      }
      p.nid = nidPool.draw(r, [0, 1, 2]);
      const fields: Fields = { sex: c.sex ? p.sex : null, dateOfBirth: c.dob ? p.dob : null, nationalId: c.nid ? p.nid : null, nssfNumber: null };
      const ok = () => cr.every((w) => excludedBy(fields, w));
      if (!ok() && !fields.dateOfBirth) {
        fields.dateOfBirth = p.dob;
        st.hiddenForcedDob++;
      }
      if (!ok() && !fields.nationalId) {
        fields.nationalId = p.nid;
        st.hiddenForcedNid++;
      }
      if (!ok()) continue;
      nidPool.take(p.nid);
      for (const k of COUNTS) st[k] += tally[k];
      if (cands.length) st.hiddenNamesake++;
      else st.hiddenNew++;
      return { name, fields, person: p };
    }
  }

  return { roster: { registered, onsite, truth }, stats: st };
}

export function generateFiftyeighth(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ---------------------------------------------------------------------------------------------
// Self-check: npx tsx test/bench/fiftyeighth.ts [size] [seed]
// ---------------------------------------------------------------------------------------------

async function selfCheck(size: number, seed: number): Promise<boolean> {
  const { RegisteredWorker: RegSchema, OnsiteWorker: OnsiteSchema } = await import('../../src/protocol');
  const t0 = performance.now();
  const { roster, stats: st } = build(size, seed);
  const genMs = performance.now() - t0;
  const { registered, onsite, truth } = roster;
  let ok = true;
  const fails: string[] = [];
  const check = (cond: boolean, what: string) => {
    if (!cond) {
      ok = false;
      fails.push(what);
    }
    return cond;
  };
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)} %`;
  const line = (k: string, v: string) => console.log(`  ${k.padEnd(44)} ${v}`);

  const byId = new Map(registered.map((w, i) => [w.workerId, i]));
  const index = new NameIndex(registered, true);
  const trueRows = onsite.filter((o) => truth.get(o.id) !== null);
  const hiddenRows = onsite.filter((o) => truth.get(o.id) === null);
  const present = new Set([...truth.values()].filter((v): v is string => v !== null));

  console.log(`fiftyeighth roster, size ${size}, seed ${seed}: ${FIFTYEIGHTH_LABEL}`);
  console.log('shape');
  line('registered', String(registered.length));
  line('  Latin field empty (drawn ' + (100 * st.pLatinEmpty).toFixed(0) + ' %)', pct(registered.filter((w) => !w.nameLatin).length, registered.length));
  const withLatin = registered.length - st.regLatinEmpty;
  line('  Latin given first (clerk A, drawn ' + (100 * st.pGivenFirst).toFixed(0) + ' %)', pct(st.regGivenFirst, withLatin) + ' of Latin fields');
  line('  Latin given name written apart', pct(st.regLatinApart, withLatin));
  line('  Latin split differs from the Khmer', pct(st.regSplitDiffers, withLatin));
  line('  Khmer compound written apart', pct(st.regKhApart, registered.length));
  line('  Khmer keyboard/ZWSP variant', pct(st.regKhVariant, registered.length));
  line('  national ID / NSSF / DOB / sex on file', [
    pct(registered.filter((w) => w.nationalId).length, registered.length),
    pct(registered.filter((w) => w.nssfNumber).length, registered.length),
    pct(registered.filter((w) => w.dateOfBirth).length, registered.length),
    pct(registered.filter((w) => w.sex).length, registered.length),
  ].join(' / '));
  line('  absent', `${registered.length - present.size} (${pct(registered.length - present.size, registered.length)})`);
  const habitsOf = (h: Habit) => ['សុខ', 'ឆាយ', 'សុភាព', 'ស្រី', 'ចាន់'].map((k) => {
    const s = h.used.get(k);
    return s ? [...s].join('/') : '-';
  }).join(' ');
  for (const h of [...st.clerks, st.hr!]) line(`  ${h.name} writes`, habitsOf(h));
  line('on-site rows', String(onsite.length));
  line('  hidden', `${hiddenRows.length} (${pct(hiddenRows.length, onsite.length)}); namesakes ${st.hiddenNamesake}, passing for nobody ${st.hiddenNew}`);
  line('  hidden: DOB / national ID asked for', `${st.hiddenForcedDob} / ${st.hiddenForcedNid} (redraws ${st.hiddenRedraws})`);
  line('  source csv / manual / id-card', `${pct(st.source.csv, onsite.length)} / ${pct(st.source.manual, onsite.length)} / ${pct(st.source['id-card'], onsite.length)}`);
  line('  sheet sections (given first)', `${st.sections} (${st.sectionsGivenFirst})`);
  line('  Latin rows', `${pct(st.latinRows, onsite.length)} (of sheet rows ${pct(onsite.filter((o) => o.source === 'csv' && !isKhmer(o.name)).length, st.source.csv)})`);
  line('  Latin rows given first / given apart', `${pct(st.latinGivenFirst, st.latinRows)} / ${pct(st.latinApart, st.latinRows)}`);
  line('  Latin typos', pct(st.typos, st.latinRows));
  line('  Khmer rows', `${pct(st.khRows, onsite.length)}; swapped ${pct(st.khSwapped, st.khRows)}, ZWSP ${pct(st.khZwsp, st.khRows)}, keyboard order ${pct(st.khOrder, st.khRows)}, NFD ${pct(st.khNfd, st.khRows)}, double space ${pct(st.khDoubleSpace, st.khRows)}`);
  line('  DOB / national ID / NSSF / sex present', [
    pct(onsite.filter((o) => o.dateOfBirth).length, onsite.length),
    pct(onsite.filter((o) => o.nationalId).length, onsite.length),
    pct(onsite.filter((o) => o.nssfNumber).length, onsite.length),
    pct(onsite.filter((o) => o.sex).length, onsite.length),
  ].join(' / '));
  line('  DOB swaps / national ID slips / NSSF slips', `${st.dobSwaps} / ${st.nidSlips} / ${st.nssfSlips}`);

  console.log('audit');
  // The name lists: stored canonical, and every keyboard order reads back the same.
  const khAll = [...FAMILY.map((x) => x.kh), ...GIVEN.map((x) => x.kh)];
  const khBad = khAll.filter((x) => khCanon(x) !== x || khCanon(khReorder(x)) !== x || khCanon(x.normalize('NFD')) !== x);
  line('Khmer names canonical, variants read back', `${khAll.length - khBad.length} of ${khAll.length} (changed by a keyboard order: ${khAll.filter((x) => khReorder(x) !== x).length})`);
  check(khBad.length === 0, `Khmer list not canonical: ${khBad.join(' ')}`);

  // Rule 1
  let r1 = 0;
  let nameEdits = 0;
  const r1ex: string[] = [];
  for (const o of trueRows) {
    const k = byId.get(truth.get(o.id)!)!;
    const w = registered[k];
    const d = index.candidates(o.name).get(k);
    const nameOk = isKhmer(o.name) ? d === 0 : d !== undefined && d <= 1;
    if (d === 1) nameEdits++;
    const sexOk = !o.sex || !w.sex || o.sex === w.sex;
    const dobOk = !o.dateOfBirth || !w.dateOfBirth || o.dateOfBirth === w.dateOfBirth || swapDM(w.dateOfBirth) === o.dateOfBirth;
    const nidOk = !o.nationalId || !w.nationalId || osa(o.nationalId, w.nationalId) <= 1;
    const nssfOk = !o.nssfNumber || !w.nssfNumber || osa(o.nssfNumber, w.nssfNumber) <= 1;
    if (!(nameOk && sexOk && dobOk && nidOk && nssfOk)) {
      r1++;
      if (r1ex.length < 5) r1ex.push(`${o.name} ~ ${w.nameKh}/${w.nameLatin} name ${nameOk} sex ${sexOk} dob ${dobOk} nid ${nidOk} nssf ${nssfOk}`);
    }
  }
  line('1 true rows with an implausible variant', `${r1} of ${trueRows.length} (name one edit off: ${nameEdits})`);
  check(r1 === 0, `rule 1: ${r1ex.join('; ')}`);

  // Rule 2
  const groups = new Map<string, number[]>();
  index.pairs.forEach(({ f, g }, i) => {
    for (const k of [...latKeys(f, g), ...khKeys(f, g)]) {
      const l = groups.get(k);
      if (l) l.push(i);
      else groups.set(k, [i]);
    }
  });
  let r2 = 0;
  let namesakePairs = 0;
  const seenPair = new Set<string>();
  for (const ids of groups.values()) {
    for (let a = 0; a < ids.length; a++) {
      for (let b = a + 1; b < ids.length; b++) {
        const key = `${ids[a]}:${ids[b]}`;
        if (seenPair.has(key)) continue;
        seenPair.add(key);
        namesakePairs++;
        const x = registered[ids[a]].dateOfBirth;
        const y = registered[ids[b]].dateOfBirth;
        if (x && y && dobClose(x, y)) r2++;
      }
    }
  }
  const inGroup = new Set<number>();
  for (const ids of groups.values()) if (ids.length > 1) ids.forEach((i) => inGroup.add(i));
  line('2 registered namesake pairs with close DOBs', `${r2} of ${namesakePairs} pairs (${pct(inGroup.size, registered.length)} of workers have a namesake)`);
  check(r2 === 0, 'rule 2: registered namesakes with close dates of birth');

  // Rule 3
  let r3 = 0;
  let hNamesake = 0;
  const r3ex: string[] = [];
  for (const o of hiddenRows) {
    const cands = [...index.candidates(o.name).keys()];
    if (cands.length) hNamesake++;
    const bad = cands.filter((k) => !excludedBy(o, registered[k]));
    if (bad.length) {
      r3++;
      if (r3ex.length < 5) r3ex.push(`${o.name} ~ ${registered[bad[0]].nameKh}`);
    }
  }
  line('3 hidden rows that could pass for someone', `${r3} of ${hiddenRows.length} (${hNamesake} namesakes ruled out by a field)`);
  check(r3 === 0, `rule 3: ${r3ex.join('; ')}`);

  // Rule 4
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const idsOk = onsite.every((o) => uuidRe.test(o.id)) && new Set(onsite.map((o) => o.id)).size === onsite.length;
  const timeOk = onsite.every((o, i) => i === 0 || o.recordedAt > onsite[i - 1].recordedAt);
  const csvRows = onsite.filter((o) => o.source === 'csv').map((o) => o.sourceRow!);
  const srcOk = csvRows.every((v, i) => v === i + 1);
  const wOk = registered.every((w, i) => w.workerId === `NSSF-W${pad(i + 1, 6)}`);
  const corr = (xs: number[], ys: number[]) => {
    const n = xs.length;
    const mx = xs.reduce((a, b) => a + b, 0) / n;
    const my = ys.reduce((a, b) => a + b, 0) / n;
    let sxy = 0, sxx = 0, syy = 0;
    for (let i = 0; i < n; i++) {
      sxy += (xs[i] - mx) * (ys[i] - my);
      sxx += (xs[i] - mx) ** 2;
      syy += (ys[i] - my) ** 2;
    }
    return sxy / Math.sqrt(sxx * syy);
  };
  const rowIdx: number[] = [];
  const regIdx: number[] = [];
  onsite.forEach((o, i) => {
    const t = truth.get(o.id);
    if (t) {
      rowIdx.push(i);
      regIdx.push(byId.get(t)!);
    }
  });
  const c1 = corr(rowIdx, regIdx);
  const c2 = corr(registered.map((_, i) => i), st.regCreated);
  const lim = 4 / Math.sqrt(onsite.length);
  const half = Math.floor(onsite.length / 2);
  const h1 = onsite.slice(0, half).filter((o) => truth.get(o.id) === null).length / half;
  const h2 = onsite.slice(half).filter((o) => truth.get(o.id) === null).length / (onsite.length - half);
  const hp = hiddenRows.length / onsite.length;
  const hSd = Math.sqrt((hp * (1 - hp)) / half) * Math.SQRT2;
  const rHalf = Math.floor(registered.length / 2);
  const a1 = registered.slice(0, rHalf).filter((w) => !present.has(w.workerId)).length / rHalf;
  const a2 = registered.slice(rHalf).filter((w) => !present.has(w.workerId)).length / (registered.length - rHalf);
  const leakOk = Math.abs(c1) < lim && Math.abs(c2) < 4 / Math.sqrt(registered.length) && Math.abs(h1 - h2) < 4 * hSd + 0.005 && Math.abs(a1 - a2) < 0.04;
  line('4 no leak', `uuid v4 ${idsOk}, recordedAt increasing ${timeOk}, sourceRow in order ${srcOk}, worker ids in order ${wOk}`);
  line('', `corr(row, worker) ${c1.toFixed(3)}, corr(worker id, creation) ${c2.toFixed(3)}, hidden by half ${(100 * h1).toFixed(1)}/${(100 * h2).toFixed(1)} %, absent by half ${(100 * a1).toFixed(1)}/${(100 * a2).toFixed(1)} %`);
  check(idsOk && timeOk && srcOk && wOk && leakOk, 'rule 4: a leak');

  // Rule 5
  let und = 0;
  let undStrict = 0;
  for (const o of trueRows) {
    const k = byId.get(truth.get(o.id)!)!;
    const cands = index.candidates(o.name);
    const d0 = cands.get(k)!;
    let eq = false;
    let any = false;
    for (const [c, d] of cands) {
      if (c === k || excludedBy(o, registered[c])) continue;
      any = true;
      if (d <= d0) eq = true;
    }
    if (eq) und++;
    if (any) undStrict++;
  }
  line('5 undecidable true rows', `${und} (${pct(und, trueRows.length)}); counting any one-edit name: ${undStrict} (${pct(undStrict, trueRows.length)})`);
  check(und / trueRows.length < 0.04, 'rule 5: too many undecidable true rows');

  // Hidden and theme rates
  check(hp > 0.05 && hp < 0.1, 'hidden rate outside 5-10 %');
  const absentRate = (registered.length - present.size) / registered.length;
  check(absentRate > 0.03 && absentRate < 0.07, 'absent rate outside 3-7 %');
  check(hNamesake / hiddenRows.length > 0.35 && hNamesake / hiddenRows.length < 0.65, 'hidden namesakes not about half');
  const consistent = [...st.clerks, st.hr!].every((h) => [...h.used.values()].every((s) => s.size === 1));
  line('habits consistent within each clerk and HR', String(consistent));
  check(consistent, 'a clerk or HR spelled one Khmer word two ways');

  // Schemas
  const regBad = registered.filter((w) => !RegSchema.safeParse(w).success).length;
  const onBad = onsite.filter((o) => !OnsiteSchema.safeParse(o).success).length;
  line('schemas (all records)', `registered invalid ${regBad}, on-site invalid ${onBad}`);
  check(regBad === 0 && onBad === 0, 'schema');
  check(truth.size === onsite.length, 'truth covers every row');

  // Determinism and time
  const ser = (x: Roster) => JSON.stringify({ r: x.registered, o: x.onsite, t: [...x.truth] });
  const same = ser(generateFiftyeighth(size, seed)) === ser(roster);
  const other = ser(generateFiftyeighth(size, seed + 1)) !== ser(roster);
  const t1 = performance.now();
  generateFiftyeighth(10000, seed);
  const ms10k = performance.now() - t1;
  line('determinism', `same seed identical ${same}, other seed differs ${other}`);
  line('generation time', `this roster ${genMs.toFixed(0)} ms, 10,000 registered ${ms10k.toFixed(0)} ms`);
  check(same && other, 'determinism');
  check(ms10k < 2000, '10k generation over 2 s');

  for (const f of fails) console.log(`  FAIL ${f}`);
  console.log(ok ? 'PASS' : 'FAIL');
  return ok;
}

if (process.argv[1]?.endsWith('fiftyeighth.ts')) {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  selfCheck(size, seed).then((ok) => process.exit(ok ? 0 : 1));
}
