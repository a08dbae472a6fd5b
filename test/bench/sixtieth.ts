/**
 * `sixtieth`: a register migrated from a legacy-font system (written blind, for the reconciliation bench).
 *
 * THE STORY
 * The fund's register for this employer came out of an old database whose Khmer text was typed in a
 * legacy ASCII font (Limon / ABC style: each Khmer glyph sits on an ASCII letter, digit or punctuation
 * key, and glyphs are stored in VISUAL order, so a pre-base vowel (េ ែ ៃ, the left half of ោ ៅ ើ ឿ ៀ)
 * and the subscript ro (្រ) come BEFORE the consonant they belong to). The migration converted most
 * names to Unicode, but not all:
 *   - ~14 % of registered workers: name_kh still holds the legacy bytes ("sux dar=a" style gibberish).
 *     One fixed glyph-to-ASCII table (LEGACY_* below) is applied, so the same Khmer word always gives
 *     the same string; words are separated by one space (two spaces on 20 % of those names).
 *   - ~3 %: half converted, each syllable either Unicode or legacy ASCII (at least one of each).
 *   - ~2 %: lost, one "?" per code point ("??? ????") or one U+FFFD per syllable.
 *   - the rest is proper Unicode; 8 % of it carries a converter artefact (ោ/ើ stored as េ+ា/េ+ី,
 *     or a zero-width space between the words), an encoding variant only.
 *   name_latin is intact for ~85 % of workers; it is missing for 5 % of the broken-Khmer workers and
 *   ~17 % of the others, so ~1 % of the register has ONLY a broken name ("broken-only" workers).
 * The on-site sheet is ordinary: Khmer script on ~45 % of rows (proper Unicode with the usual
 * keyboard/encoding variants: zero-width space or no space between words, ុំ typed as ំុ, register
 * shifter after the vowel, vowel typed before the subscript, subscript ro before another subscript,
 * ោ/ើ typed as two parts; words in either order on 10 %), Latin on the rest (listed romanizations,
 * family/given swapped 20 %, upper / title / lower case, one typo on 5 %). Day and month swapped on
 * ~3 % of the dates given, one slipped digit on ~3 % of the ID numbers given. DOB on ~75 %,
 * national ID ~40 %, NSSF number ~20 % (a row without a date of birth nearly always carries an ID
 * number the register also has: sheets that lack dates key workers by ID). Sex on 92 %. Absent
 * registered workers ~5 %; hidden workers ~7 % of on-site rows, half of them namesakes of registered
 * workers (same name, told apart by DOB, or by national ID when every namesake has one on the
 * register); hidden workers never carry an NSSF number.
 *
 * FAIRNESS RULES (audited by the self-check when this file is run directly)
 *  1. A true on-site row carries only plausible variants of its registered worker: a listed
 *     romanization of each word, either order, any case, at most one typo (substitution, deletion,
 *     insertion or adjacent swap) in one word of 4+ letters, or the worker's Khmer with the encoding
 *     variants above; IDs exact or one slip (one digit changed or two adjacent digits swapped); DOB
 *     exact or day/month swapped; sex right or missing. No other variation is modelled on site. The
 *     register side varies only in the theme's way (the Khmer field broken, the Latin one missing).
 *  2. Registered namesakes (same full name in any listed spelling, either order, or the same Khmer)
 *     never share a date of birth and are never a day/month swap or one digit apart.
 *  3. A hidden row either could not pass for any registered worker by name (it is more than one edit
 *     from every spelling of every registered name, in both scripts) or is ruled out from every
 *     worker it could pass for by a field present on BOTH sides: sex differs, DOB more than a swap /
 *     one digit apart, or national ID / NSSF number two or more edits apart.
 *     3b. A broken-only worker's name is unreadable, so any hidden row could pass for them by name.
 *     They are never absent and their own on-site row always carries an exact ID number the register
 *     has, so a human settles them by that ID; a hidden row must still be ruled out from them by a
 *     field present on both sides, or they are already claimed by their own exact-ID row.
 *  4. Nothing leaks the truth: rows are shuffled, on-site ids are version-4 UUIDs from the seeded
 *     PRNG, recordedAt increases in row order, sourceRow numbers CSV rows in row order, registered
 *     workers are shuffled before their ids are assigned.
 *  5. Undecidable true rows (another registered worker, readable by name and not claimed by an
 *     exact-ID row of their own, that the row could equally be, with no field telling them apart)
 *     stay under 4 %. A row whose ID matches its worker's register ID (exact or one slip) is decided.
 *
 * Run: npx tsx test/bench/sixtieth.ts [size] [seed]
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY, GIVEN } from './sixtieth-names';

export const SIXTIETH_LABEL =
  'legacy-font register: ~14% name_kh still Limon-style ASCII, ~3% half-converted, ~2% ???/U+FFFD; Latin missing 15%; ~1% broken-only settled by ID';

// ---------------------------------------------------------------------------------------------
// Khmer script helpers

const COENG = '\u17D2';
const RO = '\u179A';
const isBaseCp = (cp: number) => cp >= 0x1780 && cp <= 0x17b3;
const isKhmerCp = (cp: number) => cp >= 0x1780 && cp <= 0x17ff;

/** Orthographic syllables: a new one starts at each consonant / independent vowel not after a coeng. */
function syllables(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  const cs = [...s];
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i];
    const cp = c.codePointAt(0)!;
    if (!isKhmerCp(cp)) {
      if (cur) out.push(cur);
      out.push(c);
      cur = '';
      continue;
    }
    if (isBaseCp(cp) && cs[i - 1] !== COENG && cur) {
      out.push(cur);
      cur = '';
    }
    cur += c;
  }
  if (cur) out.push(cur);
  return out;
}

function markClass(tok: string): number {
  if (tok.length === 2 && tok[0] === COENG) return tok[1] === RO ? 2 : 1;
  const cp = tok.codePointAt(0)!;
  if (cp === 0x17c9 || cp === 0x17ca || cp === 0x17cc) return 3;
  if (cp >= 0x17b6 && cp <= 0x17c5) return 4;
  if (cp >= 0x17c6 && cp <= 0x17c8) return 5;
  return 6;
}

function canonSyllable(syl: string): string {
  const cs = [...syl];
  let i = 0;
  let head = '';
  if (cs.length && isBaseCp(cs[0].codePointAt(0)!)) {
    head = cs[0];
    i = 1;
  }
  const toks: string[] = [];
  for (; i < cs.length; i++) {
    if (cs[i] === COENG && i + 1 < cs.length) {
      toks.push(cs[i] + cs[i + 1]);
      i++;
    } else toks.push(cs[i]);
  }
  const keyed = toks.map((t, k) => ({ t, k, c: markClass(t) }));
  keyed.sort((a, b) => a.c - b.c || a.k - b.k);
  return head + keyed.map((x) => x.t).join('');
}

/** Equivalence key for Khmer text: no spaces / zero-width characters, one code-point order. */
function normalizeKh(s: string): string {
  const t = s
    .normalize('NFC')
    .replace(/[\s\u200B\u200C\u200D\u2060\uFEFF]/g, '')
    .replace(/\u17C1\u17B6/g, '\u17C4')
    .replace(/\u17C1\u17B8/g, '\u17BE');
  return syllables(t).map(canonSyllable).join('');
}

// The legacy font table (invented, Limon-like, fixed). Consonants and independent vowels:
const LEGACY_BASE: Record<string, string> = {
  'ក': 'k', 'ខ': 'x', 'គ': 'K', 'ឃ': 'X', 'ង': 'g', 'ច': 'c', 'ឆ': 'q', 'ជ': 'C', 'ឈ': 'Q', 'ញ': 'j',
  'ដ': 'd', 'ឋ': 'z', 'ឌ': 'D', 'ឍ': 'Z', 'ណ': 'N', 'ត': 't', 'ថ': 'f', 'ទ': 'T', 'ធ': 'F', 'ន': 'n',
  'ប': 'b', 'ផ': 'p', 'ព': 'B', 'ភ': 'P', 'ម': 'm', 'យ': 'y', 'រ': 'r', 'ល': 'l', 'វ': 'v', 'ស': 's',
  'ហ': 'h', 'ឡ': 'L', 'អ': 'G', 'ឥ': 'H', 'ឧ': 'o', 'ឯ': 'S', 'ឱ': 'V',
};
// Subscript glyphs (coeng + consonant); subscript ro is a pre-base glyph, 'R'.
const LEGACY_SUB: Record<string, string> = {
  'ក': '1', 'ខ': '2', 'គ': '3', 'ង': '4', 'ច': '5', 'ឆ': '6', 'ជ': '7', 'ញ': '8', 'ដ': '9', 'ត': '0',
  'ថ': '&', 'ទ': '[', 'ធ': ']', 'ណ': '{', 'ន': '|', 'ប': '~', 'ផ': '}', 'ព': '%', 'ភ': '*', 'ម': '<',
  'យ': '>', 'ល': '/', 'វ': '.', 'ស': '$', 'ហ': '#', 'អ': '!', 'ឋ': ',', 'ឌ': '(',
};
// Dependent vowels: [pre-base part, post part].
const LEGACY_VOWEL: Record<string, [string, string]> = {
  'ា': ['', 'a'], 'ិ': ['', 'i'], 'ី': ['', 'I'], 'ឹ': ['', 'w'], 'ឺ': ['', 'W'], 'ុ': ['', 'u'],
  'ូ': ['', 'U'], 'ួ': ['', 'Y'], 'ើ': ['e', 'I'], 'ឿ': ['e', 'O'], 'ៀ': ['e', 'J'], 'េ': ['e', ''],
  'ែ': ['E', ''], 'ៃ': [')', ''], 'ោ': ['e', 'a'], 'ៅ': ['e', 'A'],
};
const LEGACY_SIGN: Record<string, string> = {
  'ំ': 'M', 'ះ': ':', 'ៈ': ';', '៉': '=', '៊': '+', '់': "'", '៌': '@', '៍': '_', '័': '`', '៏': '^',
};

function legacySyllable(syl: string): string {
  const cs = [...syl];
  if (!isKhmerCp(cs[0].codePointAt(0)!)) return syl;
  let pre = '';
  let ro = '';
  let base = '';
  let subs = '';
  let post = '';
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i];
    if (c === COENG) {
      const n = cs[++i];
      if (n === RO) ro = 'R';
      else if (LEGACY_SUB[n] !== undefined) subs += LEGACY_SUB[n];
      else throw new Error(`no legacy subscript for ${n}`);
      continue;
    }
    if (i === 0 && LEGACY_BASE[c] !== undefined) {
      base = LEGACY_BASE[c];
      continue;
    }
    const v = LEGACY_VOWEL[c];
    if (v) {
      pre += v[0];
      post += v[1];
      continue;
    }
    if (LEGACY_SIGN[c] !== undefined) {
      post += LEGACY_SIGN[c];
      continue;
    }
    throw new Error(`no legacy glyph for U+${c.codePointAt(0)!.toString(16)}`);
  }
  return pre + ro + base + subs + post;
}

/** The legacy ASCII bytes of a Unicode Khmer word (deterministic). */
function toLegacy(kh: string): string {
  return syllables(kh).map(legacySyllable).join('');
}

// On-site keyboard / encoding variants of a canonical Khmer string.
const KH_VARIANTS: readonly { name: string; test: RegExp; apply: (s: string) => string }[] = [
  { name: 'split-vowel', test: /[\u17C4\u17BE]/, apply: (s) => s.replace(/\u17C4/g, '\u17C1\u17B6').replace(/\u17BE/g, '\u17C1\u17B8') },
  { name: 'um-order', test: /\u17BB\u17C6/, apply: (s) => s.replace(/\u17BB\u17C6/g, '\u17C6\u17BB') },
  { name: 'shifter-after-vowel', test: /[\u17C9\u17CA][\u17B6-\u17C5]/, apply: (s) => s.replace(/([\u17C9\u17CA])([\u17B6-\u17C5])/g, '$2$1') },
  {
    name: 'vowel-before-subscript',
    test: /[\u1780-\u17A2](?:\u17D2[\u1780-\u17A2])+[\u17B6-\u17C5]/,
    apply: (s) => s.replace(/([\u1780-\u17A2])((?:\u17D2[\u1780-\u17A2])+)([\u17B6-\u17C5])/g, '$1$3$2'),
  },
  { name: 'ro-first', test: /\u17D2[\u1780-\u1799\u179B-\u17A2]\u17D2\u179A/, apply: (s) => s.replace(/(\u17D2[\u1780-\u1799\u179B-\u17A2])(\u17D2\u179A)/g, '$2$1') },
];

// ---------------------------------------------------------------------------------------------
// Latin, IDs, dates

const normLat = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

/** Optimal-string-alignment distance <= 1 (one substitution, insertion, deletion or adjacent swap). */
function within1(a: string, b: string): boolean {
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
  if (la > lb) return a.slice(i + 1) === b.slice(i);
  return a.slice(i) === b.slice(i + 1);
}

function osa(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  const d: number[][] = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= n; i++)
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[n][m];
}

const swapDM = (d: string) => `${d.slice(0, 4)}-${d.slice(8, 10)}-${d.slice(5, 7)}`;

/** Same date, a day/month swap, or one digit apart. */
function dobClose(a: string, b: string): boolean {
  if (a === b || swapDM(a) === b) return true;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff <= 1;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function randomDob(r: Rng): string {
  const y = r.int(1966, 2006);
  const m = r.int(1, 12);
  return `${y}-${pad2(m)}-${pad2(r.int(1, daysIn(y, m)))}`;
}

/**
 * Issued ID numbers, kept so that every new one is at least two edits (substitutions or adjacent
 * swaps) from all earlier ones: an ID with one position masked is shared by every ID one
 * substitution away.
 */
class IdBook {
  private ids = new Set<string>();
  private masks = new Set<string>();
  private free(s: string): boolean {
    if (this.ids.has(s)) return false;
    for (let i = 0; i < s.length; i++) if (this.masks.has(s.slice(0, i) + '*' + s.slice(i + 1))) return false;
    for (let i = 0; i + 1 < s.length; i++)
      if (s[i] !== s[i + 1] && this.ids.has(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2))) return false;
    return true;
  }
  /** A new ID of `digits` digits starting with `prefix`. */
  issue(r: Rng, prefix: string, digits: number): string {
    for (;;) {
      let s = prefix;
      while (s.length < digits) s += String(r.int(0, 9));
      if (!this.free(s)) continue;
      this.ids.add(s);
      for (let i = 0; i < s.length; i++) this.masks.add(s.slice(0, i) + '*' + s.slice(i + 1));
      return s;
    }
  }
}

function slipId(r: Rng, id: string): string {
  for (;;) {
    const i = r.int(0, id.length - 1);
    if (r.chance(0.4) && i + 1 < id.length && id[i] !== id[i + 1]) return id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
    const c = String(r.int(0, 9));
    if (c !== id[i]) return id.slice(0, i) + c + id.slice(i + 1);
  }
}

function uuid(r: Rng): string {
  const h = '0123456789abcdef';
  let s = '';
  for (let i = 0; i < 32; i++) s += h[Math.floor(r.next() * 16)];
  s = s.slice(0, 12) + '4' + s.slice(13, 16) + h[8 + Math.floor(r.next() * 4)] + s.slice(17);
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary: one id per Khmer word, with its romanizations and which words a human could confuse.

interface Word {
  kh: string;
  lat: readonly string[];
  norm: string[];
  khNorm: string;
  sex: 'F' | 'M' | 'U' | null;
}
interface Vocab {
  words: Word[];
  famIds: number[];
  givF: number[];
  givM: number[];
  /** words sharing a spelling (or the Khmer) with this one, itself included */
  eq: number[][];
}

let VOCAB: Vocab | null = null;
function vocab(): Vocab {
  if (VOCAB) return VOCAB;
  const words: Word[] = [];
  const famIds: number[] = [];
  const givF: number[] = [];
  const givM: number[] = [];
  for (const f of FAMILY) {
    famIds.push(words.length);
    words.push({ kh: f.kh, lat: f.lat, norm: [...new Set(f.lat.map(normLat))], khNorm: normalizeKh(f.kh), sex: null });
  }
  for (const g of GIVEN) {
    if (g.sex !== 'M') givF.push(words.length);
    if (g.sex !== 'F') givM.push(words.length);
    words.push({ kh: g.kh, lat: g.lat, norm: [...new Set(g.lat.map(normLat))], khNorm: normalizeKh(g.kh), sex: g.sex });
  }
  const khSeen = new Set<string>();
  for (const w of words) {
    if (khSeen.has(w.khNorm)) throw new Error(`duplicate Khmer word ${w.kh}`);
    khSeen.add(w.khNorm);
    toLegacy(w.kh); // throws on a glyph the legacy table lacks
  }
  const eq: number[][] = words.map(() => []);
  for (let i = 0; i < words.length; i++)
    for (let j = 0; j < words.length; j++) {
      const a = words[i];
      const b = words[j];
      if (i === j || a.khNorm === b.khNorm || a.norm.some((x) => b.norm.includes(x))) eq[i].push(j);
    }
  VOCAB = { words, famIds, givF, givM, eq };
  return VOCAB;
}

const pairKey = (a: number, b: number) => (a < b ? a * 4096 + b : b * 4096 + a);

// ---------------------------------------------------------------------------------------------
// Name forms: every spelling of a full name, both orders, letters only (Latin) or normalized (Khmer),
// indexed so that everything within one edit of a query is found.

class FormIndex {
  private forms: string[] = [];
  private owners: number[] = [];
  private map = new Map<string, number[]>();
  private put(k: string, id: number) {
    const l = this.map.get(k);
    if (l === undefined) this.map.set(k, [id]);
    else if (l[l.length - 1] !== id) l.push(id);
  }
  add(form: string, owner: number) {
    const id = this.forms.length;
    this.forms.push(form);
    this.owners.push(owner);
    this.put(form, id);
    for (let i = 0; i < form.length; i++) this.put(form.slice(0, i) + form.slice(i + 1), id);
  }
  private scan(k: string, q: string, out: Set<number>) {
    const l = this.map.get(k);
    if (l !== undefined) for (const id of l) if (within1(q, this.forms[id])) out.add(this.owners[id]);
  }
  /** Adds to `out` the owner of every form within one edit of `q`. */
  query(q: string, out: Set<number>) {
    this.scan(q, q, out);
    for (let i = 0; i < q.length; i++) if (q[i] !== q[i + 1]) this.scan(q.slice(0, i) + q.slice(i + 1), q, out);
  }
}

/** Every Latin spelling of a full name, letters only, both orders. */
function latinForms(V: Vocab, fam: number, giv: number): string[] {
  const out = new Set<string>();
  for (const a of V.words[fam].norm)
    for (const b of V.words[giv].norm) {
      out.add(a + b);
      out.add(b + a);
    }
  return [...out];
}
/** The Khmer of a full name, normalized, both orders. */
function khForms(V: Vocab, fam: number, giv: number): string[] {
  const f = V.words[fam].khNorm;
  const g = V.words[giv].khNorm;
  return [f + g, g + f];
}

// ---------------------------------------------------------------------------------------------
// Generation

type KhState = 'ok' | 'artifact' | 'legacy' | 'mixed' | 'qmark' | 'fffd';
type Source = 'manual' | 'csv' | 'id-card';

interface Reg {
  gen: number;
  fam: number;
  giv: number;
  sex: 'F' | 'M';
  dob: string;
  nat: string;
  nssf: string;
  regNat: string | null;
  regNssf: string | null;
  khState: KhState;
  nameKh: string;
  nameLatin: string | null;
  brokenOnly: boolean;
  hireDate: string;
  wage: number | null;
  absent: boolean;
  workerId: string;
  row: number; // index of its on-site spec, -1 when absent
}

interface RowSpec {
  kind: 'true' | 'namesake' | 'other';
  reg: number;
  fam: number;
  giv: number;
  script: 'kh' | 'lat';
  name: string;
  sex: 'F' | 'M' | null;
  dob: string | null;
  nat: string | null;
  nssf: string | null;
  source: Source;
  khVariant: string | null;
  khSpace: string | null;
  khSwap: boolean;
  latSwap: boolean;
  latTypo: boolean;
  latCase: 'upper' | 'title' | 'lower' | null;
  dobSwap: boolean;
  natSlip: boolean;
  nssfSlip: boolean;
}

interface Built {
  roster: Roster;
  regs: Reg[];
  /** specs in on-site row order */
  rows: RowSpec[];
}

const BROKEN: ReadonlySet<KhState> = new Set(['legacy', 'mixed', 'qmark', 'fffd']);

function pickVariant(r: Rng, lat: readonly string[]): string {
  return lat.length === 1 || r.chance(0.55) ? lat[0] : r.pick(lat);
}

function title(s: string): string {
  return s
    .split(' ')
    .map((t) => (t ? t[0].toUpperCase() + t.slice(1).toLowerCase() : t))
    .join(' ');
}

function typoWord(r: Rng, w: string): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (;;) {
    const op = r.int(0, 3);
    const i = r.int(0, w.length - 1);
    let out = w;
    if (op === 0) {
      const c = r.pick([...letters]);
      out = w.slice(0, i) + c + w.slice(i + 1);
    } else if (op === 1) out = w.slice(0, i) + w.slice(i + 1);
    else if (op === 2) out = w.slice(0, i) + r.pick([...letters]) + w.slice(i);
    else if (i + 1 < w.length && w[i] !== w[i + 1]) out = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    if (out !== w) return out;
  }
}

function latinName(r: Rng, V: Vocab, fam: number, giv: number, allowTypo: boolean, spec: RowSpec): string {
  let parts = [pickVariant(r, V.words[fam].lat).toLowerCase(), pickVariant(r, V.words[giv].lat).toLowerCase()];
  if (r.chance(0.2)) {
    parts = [parts[1], parts[0]];
    spec.latSwap = true;
  }
  let tokens = parts.join(' ').split(' ');
  if (allowTypo && r.chance(0.05)) {
    const long = tokens.map((t, i) => (t.length >= 4 ? i : -1)).filter((i) => i >= 0);
    if (long.length) {
      const k = r.pick(long);
      tokens = tokens.map((t, i) => (i === k ? typoWord(r, t) : t));
      spec.latTypo = true;
    }
  }
  const s = tokens.join(' ');
  const u = r.next();
  if (u < 0.35) {
    spec.latCase = 'upper';
    return s.toUpperCase();
  }
  if (u < 0.85) {
    spec.latCase = 'title';
    return title(s);
  }
  spec.latCase = 'lower';
  return s;
}

function khmerName(r: Rng, V: Vocab, fam: number, giv: number, spec: RowSpec): string {
  let words = [V.words[fam].kh, V.words[giv].kh];
  if (r.chance(0.1)) {
    words = [words[1], words[0]];
    spec.khSwap = true;
  }
  let s = words.join(' ');
  const applicable = KH_VARIANTS.filter((v) => v.test.test(s));
  if (applicable.length && r.chance(0.5)) {
    const v = r.pick(applicable);
    s = v.apply(s);
    spec.khVariant = v.name;
  }
  const u = r.next();
  if (u < 0.15) {
    s = s.replace(' ', '\u200B');
    spec.khSpace = 'zwsp';
  } else if (u < 0.22) {
    s = s.replace(' ', '');
    spec.khSpace = 'none';
  } else if (u < 0.25) {
    s = s.replace(' ', ' \u200B');
    spec.khSpace = 'space+zwsp';
  }
  return s;
}

function registerKh(r: Rng, canonical: string, state: KhState): string {
  switch (state) {
    case 'ok':
      return canonical;
    case 'artifact':
      return /[\u17C4\u17BE]/.test(canonical) ? KH_VARIANTS[0].apply(canonical) : canonical.replace(' ', '\u200B');
    case 'legacy': {
      const sep = r.chance(0.2) ? '  ' : ' ';
      return canonical.split(' ').map(toLegacy).join(sep);
    }
    case 'mixed': {
      const syls = syllables(canonical);
      const khIdx = syls.map((s, i) => (isKhmerCp(s.codePointAt(0)!) ? i : -1)).filter((i) => i >= 0);
      let conv = khIdx.map(() => r.chance(0.5));
      if (conv.every((c) => c) || conv.every((c) => !c)) {
        const k = r.int(0, conv.length - 1);
        conv = conv.map((_, i) => (i === k ? !conv[0] : conv[0]));
        if (conv.every((c) => c === conv[0])) conv[0] = !conv[0];
      }
      const out = [...syls];
      khIdx.forEach((si, j) => {
        if (conv[j]) out[si] = legacySyllable(syls[si]);
      });
      return out.join('');
    }
    case 'qmark':
      return [...canonical].map((c) => (c === ' ' ? ' ' : '?')).join('');
    case 'fffd': {
      const keepSpace = r.chance(0.5);
      return syllables(canonical)
        .map((s) => (s === ' ' ? (keepSpace ? ' ' : '') : '\uFFFD'))
        .join('');
    }
  }
}

function newSpec(kind: RowSpec['kind'], reg: number, fam: number, giv: number): RowSpec {
  return {
    kind, reg, fam, giv, script: 'lat', name: '', sex: null, dob: null, nat: null, nssf: null, source: 'csv',
    khVariant: null, khSpace: null, khSwap: false, latSwap: false, latTypo: false, latCase: null,
    dobSwap: false, natSlip: false, nssfSlip: false,
  };
}

/** Which of date of birth / national ID / NSSF number a row of this source carries. */
function sampleFields(r: Rng): { source: Source; dob: boolean; nat: boolean; nssf: boolean } {
  const u = r.next();
  const source: Source = u < 0.2 ? 'id-card' : u < 0.7 ? 'csv' : 'manual';
  const pDob = source === 'id-card' ? 0.96 : source === 'csv' ? 0.78 : 0.6;
  const dob = r.chance(pDob);
  let nat: boolean;
  let nssf: boolean;
  if (dob) {
    nat = r.chance(source === 'id-card' ? 0.9 : source === 'csv' ? 0.2 : 0.1);
    nssf = r.chance(source === 'id-card' ? 0.04 : source === 'csv' ? 0.18 : 0.08);
  } else {
    nat = r.chance(0.4);
    nssf = r.chance(0.45);
  }
  return { source, dob, nat, nssf };
}

function build(size: number, seed: number): Built {
  const V = vocab();
  const r = rng(seed);
  const taken = new IdBook();
  const regs: Reg[] = [];
  const byPair = new Map<number, number[]>();


  // registered workers a name could pass for: any spelling of it (either order, either script) within
  // one edit of any spelling of theirs; filled once the register is complete
  const formIdx = new FormIndex();
  const compat = (a: number, b: number): Set<number> => {
    const keys = new Set<number>();
    for (const f of latinForms(V, a, b)) formIdx.query(f, keys);
    for (const f of khForms(V, a, b)) formIdx.query(f, keys);
    const out = new Set<number>();
    for (const k of keys) for (const x of byPair.get(k)!) out.add(x);
    return out;
  };
  /** registered namesakes: both words the same in some spelling (or the same Khmer), either order */
  const namesakes = (a: number, b: number): Set<number> => {
    const out = new Set<number>();
    for (const c of V.eq[a])
      for (const d of V.eq[b]) {
        const l = byPair.get(pairKey(c, d));
        if (l) for (const x of l) out.add(x);
      }
    return out;
  };

  // ---- the register
  while (regs.length < size) {
    const sex: 'F' | 'M' = r.chance(0.56) ? 'F' : 'M';
    const fam = r.pickSkewed(V.famIds, 1.5);
    const giv = r.pickSkewed(sex === 'F' ? V.givF : V.givM, 1.2);
    const same = [...namesakes(fam, giv)];
    let dob: string | null = null;
    for (let t = 0; t < 12 && !dob; t++) {
      const d = randomDob(r);
      if (!same.some((i) => dobClose(regs[i].dob, d))) dob = d;
    }
    if (!dob) continue;
    const nat = taken.issue(r, String(r.int(0, 2)), 9);
    const nssf = taken.issue(r, '1', 10);
    const u = r.next();
    const khState: KhState = u < 0.14 ? 'legacy' : u < 0.17 ? 'mixed' : u < 0.19 ? (r.chance(0.6) ? 'qmark' : 'fffd') : r.chance(0.08) ? 'artifact' : 'ok';
    const broken = BROKEN.has(khState);
    const canonical = `${V.words[fam].kh} ${V.words[giv].kh}`;
    const nameKh = registerKh(r, canonical, khState);
    let nameLatin: string | null = null;
    if (!r.chance(broken ? 0.05 : 0.1735)) {
      const fl = V.words[fam].lat;
      const gl = V.words[giv].lat;
      const s = `${r.chance(0.7) ? fl[0] : r.pick(fl)} ${r.chance(0.7) ? gl[0] : r.pick(gl)}`;
      nameLatin = r.chance(0.65) ? s.toUpperCase() : s;
    }
    const brokenOnly = broken && nameLatin === null;
    let regNat = r.chance(0.92) ? nat : null;
    let regNssf = r.chance(0.98) ? nssf : null;
    if (brokenOnly && !regNat && !regNssf) regNssf = nssf;
    if (!regNat && !regNssf) regNat = nat;
    const by = Number(dob.slice(0, 4));
    const hy = r.int(Math.max(by + 18, 2008), 2024);
    const hm = hy === 2024 ? r.int(1, 5) : r.int(1, 12);
    const hireDate = `${hy}-${pad2(hm)}-${pad2(r.int(1, daysIn(hy, hm)))}`;
    const wage = r.chance(0.05) ? null : 800_000 + r.int(0, 1600) * 1000;
    const idx = regs.length;
    regs.push({
      gen: idx, fam, giv, sex, dob, nat, nssf, regNat, regNssf, khState, nameKh, nameLatin, brokenOnly, hireDate, wage,
      absent: !brokenOnly && r.chance(0.05), workerId: '', row: -1,
    });
    const k = pairKey(fam, giv);
    const l = byPair.get(k);
    if (l) l.push(idx);
    else byPair.set(k, [idx]);
  }

  for (const k of byPair.keys()) {
    const w = regs[byPair.get(k)![0]];
    for (const f of latinForms(V, w.fam, w.giv)) formIdx.add(f, k);
    for (const f of khForms(V, w.fam, w.giv)) formIdx.add(f, k);
  }

  const specs: RowSpec[] = [];
  const nameRow = (spec: RowSpec, allowTypo: boolean) => {
    if (r.chance(0.45)) {
      spec.script = 'kh';
      spec.name = khmerName(r, V, spec.fam, spec.giv, spec);
    } else {
      spec.script = 'lat';
      spec.name = latinName(r, V, spec.fam, spec.giv, allowTypo, spec);
    }
  };

  // ---- true rows
  regs.forEach((w, i) => {
    if (w.absent) return;
    const spec = newSpec('true', i, w.fam, w.giv);
    nameRow(spec, true);
    const f = sampleFields(r);
    spec.source = f.source;
    let hasNat = f.nat;
    let hasNssf = f.nssf;
    const usable = () => (hasNat && !!w.regNat) || (hasNssf && !!w.regNssf);
    if (!f.dob && !usable() && r.chance(0.85)) {
      if (w.regNat && (r.chance(0.6) || !w.regNssf)) hasNat = true;
      else hasNssf = true;
    }
    let exactNeeded: 'nat' | 'nssf' | null = null;
    if (w.brokenOnly && !usable()) {
      if (w.regNat) hasNat = true;
      else hasNssf = true;
    }
    if (w.brokenOnly) exactNeeded = (hasNat && w.regNat) ? 'nat' : 'nssf';
    spec.sex = r.chance(0.92) ? w.sex : null;
    if (f.dob) {
      const d = Number(w.dob.slice(8, 10));
      const m = Number(w.dob.slice(5, 7));
      if (d <= 12 && d !== m && r.chance(0.08)) {
        spec.dob = swapDM(w.dob);
        spec.dobSwap = true;
      } else spec.dob = w.dob;
    }
    if (hasNat) {
      if (exactNeeded !== 'nat' && r.chance(0.03)) {
        spec.nat = slipId(r, w.nat);
        spec.natSlip = true;
      } else spec.nat = w.nat;
    }
    if (hasNssf) {
      if (exactNeeded !== 'nssf' && r.chance(0.03)) {
        spec.nssf = slipId(r, w.nssf);
        spec.nssfSlip = true;
      } else spec.nssf = w.nssf;
    }
    specs.push(spec);
  });

  // ---- hidden rows: ~7 % of the on-site sheet, half of them namesakes
  const hiddenCount = Math.round((specs.length * 0.07) / 0.93);
  const namesakeCount = Math.ceil(hiddenCount / 2);
  // a hidden worker has no NSSF number; like a registered one, one without a date of birth often shows an ID card
  const hiddenFields = (spec: RowSpec) => {
    const f = sampleFields(r);
    spec.source = f.source;
    return { hasDob: f.dob, hasNat: f.nat || (!f.dob && r.chance(0.6)) };
  };
  const readable = regs.map((w, i) => (w.brokenOnly ? -1 : i)).filter((i) => i >= 0);
  for (let h = 0; h < namesakeCount; h++) {
    const R = regs[r.pick(readable)];
    const spec = newSpec('namesake', -1, R.fam, R.giv);
    nameRow(spec, false);
    const cands = [...compat(R.fam, R.giv)].map((i) => regs[i]);
    const f = hiddenFields(spec);
    // without a date of birth the row must be told apart by its national ID from every namesake
    const idOnly = !f.hasDob && f.hasNat && cands.every((c) => c.regNat);
    spec.sex = r.chance(0.92) ? R.sex : null;
    if (!idOnly) {
      let d = randomDob(r);
      while (cands.some((c) => dobClose(c.dob, d))) d = randomDob(r);
      spec.dob = d;
    }
    if (f.hasNat || idOnly) spec.nat = taken.issue(r, String(r.int(0, 2)), 9);
    specs.push(spec);
  }
  for (let h = namesakeCount; h < hiddenCount; h++) {
    const sex: 'F' | 'M' = r.chance(0.56) ? 'F' : 'M';
    let fam = -1;
    let giv = -1;
    for (let t = 0; t < 2000; t++) {
      const a = r.pick(V.famIds);
      const b = r.pick(sex === 'F' ? V.givF : V.givM);
      if (namesakes(a, b).size === 0 && compat(a, b).size === 0) {
        fam = a;
        giv = b;
        break;
      }
    }
    if (fam < 0) throw new Error('no free name left for a hidden worker');
    const spec = newSpec('other', -1, fam, giv);
    nameRow(spec, false);
    const f = hiddenFields(spec);
    spec.sex = r.chance(0.92) ? sex : null;
    if (f.hasDob) spec.dob = randomDob(r);
    if (f.hasNat) spec.nat = taken.issue(r, String(r.int(0, 2)), 9);
    specs.push(spec);
  }

  // ---- shuffle, then number everything
  r.shuffle(specs);
  const regOrder = r.shuffle(regs.map((_, i) => i));
  regOrder.forEach((gi, k) => {
    regs[gi].workerId = `W${String(100000 + k * 7 + (k % 5))}`;
  });
  const registered: RegisteredWorker[] = regOrder.map((gi) => {
    const w = regs[gi];
    return {
      workerId: w.workerId, nssfNumber: w.regNssf, nationalId: w.regNat, nameKh: w.nameKh, nameLatin: w.nameLatin,
      sex: w.sex, dateOfBirth: w.dob, hireDate: w.hireDate, wageRiel: w.wage,
    };
  });
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  let t = Date.UTC(2024, 5, 12, 1, 30, 0);
  let csvRow = 0;
  specs.forEach((s, i) => {
    t += r.int(1500, 11000);
    const id = uuid(r);
    onsite.push({
      id, visitId: 'visit-sixtieth', name: s.name, nationalId: s.nat, nssfNumber: s.nssf, sex: s.sex, dateOfBirth: s.dob,
      source: s.source, sourceRow: s.source === 'csv' ? ++csvRow : null, recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, s.reg >= 0 ? regs[s.reg].workerId : null);
    if (s.reg >= 0) regs[s.reg].row = i;
  });
  return { roster: { registered, onsite, truth }, regs, rows: specs };
}

export function generateSixtieth(size: number, seed: number): Roster {
  return build(size, seed).roster;
}

// ---------------------------------------------------------------------------------------------
// Self-check

function selfCheck(size: number, seed: number, schemas: { reg: { safeParse: (x: unknown) => { success: boolean } }; on: { safeParse: (x: unknown) => { success: boolean } } }): boolean {
  const V = vocab();
  const t0 = performance.now();
  const b = build(size, seed);
  const tGen = performance.now() - t0;
  const { roster, regs, rows } = b;
  const { onsite, registered } = roster;
  const fails: string[] = [];
  const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '0.0') + '%';
  const count = <T>(xs: readonly T[], f: (x: T) => boolean) => xs.reduce((n, x) => n + (f(x) ? 1 : 0), 0);

  // ---- shape
  const trueRows = rows.filter((s) => s.kind === 'true');
  const hidden = rows.filter((s) => s.kind !== 'true');
  console.log(`sixtieth size=${size} seed=${seed}: registered ${registered.length}, on-site ${onsite.length}, generated in ${tGen.toFixed(0)} ms`);
  console.log(`  label: ${SIXTIETH_LABEL}`);
  const st = (k: KhState) => count(regs, (w) => w.khState === k);
  console.log(
    `  register name_kh: unicode ${pct(st('ok'), size)}, unicode+artefact ${pct(st('artifact'), size)}, legacy ASCII ${pct(st('legacy'), size)}, half-converted ${pct(st('mixed'), size)}, "???" ${pct(st('qmark'), size)}, U+FFFD ${pct(st('fffd'), size)}`,
  );
  const brokenN = count(regs, (w) => BROKEN.has(w.khState));
  console.log(
    `  register: broken Khmer ${pct(brokenN, size)}, name_latin missing ${pct(count(regs, (w) => !w.nameLatin), size)} (of broken ${pct(count(regs, (w) => BROKEN.has(w.khState) && !w.nameLatin), brokenN)}), broken-only ${count(regs, (w) => w.brokenOnly)} (${pct(count(regs, (w) => w.brokenOnly), size)}), national ID ${pct(count(regs, (w) => !!w.regNat), size)}, NSSF ${pct(count(regs, (w) => !!w.regNssf), size)}, absent ${count(regs, (w) => w.absent)} (${pct(count(regs, (w) => w.absent), size)})`,
  );
  const ex = regs.filter((w) => w.khState === 'legacy').slice(0, 3).map((w) => `${JSON.stringify(w.nameKh)}=${V.words[w.fam].kh} ${V.words[w.giv].kh}`);
  const exMix = regs.filter((w) => w.khState === 'mixed').slice(0, 2).map((w) => JSON.stringify(w.nameKh));
  console.log(`  legacy examples: ${ex.join(', ')}; half-converted: ${exMix.join(', ')}`);
  console.log(
    `  on-site: true ${trueRows.length}, hidden ${hidden.length} (${pct(hidden.length, onsite.length)}; namesakes ${count(hidden, (s) => s.kind === 'namesake')}, others ${count(hidden, (s) => s.kind === 'other')})`,
  );
  const kh = rows.filter((s) => s.script === 'kh');
  const lat = rows.filter((s) => s.script === 'lat');
  console.log(
    `  names: Khmer ${pct(kh.length, rows.length)} (code-point variant ${pct(count(kh, (s) => !!s.khVariant), kh.length)}, zwsp/no space ${pct(count(kh, (s) => !!s.khSpace), kh.length)}, swapped ${pct(count(kh, (s) => s.khSwap), kh.length)}); Latin ${pct(lat.length, rows.length)} (swapped ${pct(count(lat, (s) => s.latSwap), lat.length)}, typo ${pct(count(lat, (s) => s.latTypo), lat.length)}, upper ${pct(count(lat, (s) => s.latCase === 'upper'), lat.length)}, lower ${pct(count(lat, (s) => s.latCase === 'lower'), lat.length)})`,
  );
  const vnames = KH_VARIANTS.map((v) => `${v.name} ${count(kh, (s) => s.khVariant === v.name)}`).join(', ');
  console.log(`  Khmer variants: ${vnames}`);
  const brokenTrue = trueRows.filter((s) => BROKEN.has(regs[s.reg].khState));
  console.log(
    `  true rows whose register Khmer is broken: ${brokenTrue.length} (${pct(brokenTrue.length, trueRows.length)}), of which written in Khmer ${count(brokenTrue, (s) => s.script === 'kh')}; Latin rows whose register has no Latin: ${count(trueRows, (s) => s.script === 'lat' && !regs[s.reg].nameLatin)}`,
  );
  console.log(
    `  fields: DOB ${pct(count(rows, (s) => !!s.dob), rows.length)} (swapped ${pct(count(rows, (s) => s.dobSwap), count(rows, (s) => !!s.dob))}), national ID ${pct(count(rows, (s) => !!s.nat), rows.length)} (slip ${pct(count(rows, (s) => s.natSlip), count(rows, (s) => !!s.nat))}), NSSF ${pct(count(rows, (s) => !!s.nssf), rows.length)} (slip ${pct(count(rows, (s) => s.nssfSlip), count(rows, (s) => !!s.nssf))}), sex ${pct(count(rows, (s) => !!s.sex), rows.length)}; no DOB and no ID ${pct(count(rows, (s) => !s.dob && !s.nat && !s.nssf), rows.length)}`,
  );
  const fieldRates = (xs: RowSpec[]) =>
    `DOB ${pct(count(xs, (s) => !!s.dob), xs.length)}, national ID ${pct(count(xs, (s) => !!s.nat), xs.length)}, NSSF ${pct(count(xs, (s) => !!s.nssf), xs.length)}, sex ${pct(count(xs, (s) => !!s.sex), xs.length)}, Khmer ${pct(count(xs, (s) => s.script === 'kh'), xs.length)}`;
  console.log(`  true rows: ${fieldRates(trueRows)}; hidden rows: ${fieldRates(hidden)} (hidden workers have no NSSF number)`);
  console.log(
    `  sources: csv ${pct(count(rows, (s) => s.source === 'csv'), rows.length)}, manual ${pct(count(rows, (s) => s.source === 'manual'), rows.length)}, id-card ${pct(count(rows, (s) => s.source === 'id-card'), rows.length)}`,
  );

  // ---- name index over the register (underlying names, both scripts, both orders); broken-only excluded
  const idx = new FormIndex();
  const pairRegs = new Map<number, number[]>();
  regs.forEach((w, i) => {
    if (w.brokenOnly) return;
    const k = pairKey(w.fam, w.giv);
    const l = pairRegs.get(k);
    if (l) l.push(i);
    else {
      pairRegs.set(k, [i]);
      for (const f of latinForms(V, w.fam, w.giv)) idx.add(f, k);
      for (const f of khForms(V, w.fam, w.giv)) idx.add(f, k);
    }
  });
  const brokenOnly = regs.map((w, i) => (w.brokenOnly ? i : -1)).filter((i) => i >= 0);
  const candidatesOf = (s: RowSpec, conservative: boolean): Set<number> => {
    const keys = new Set<number>();
    if (s.script === 'lat') idx.query(normLat(s.name), keys);
    else idx.query(normalizeKh(s.name), keys);
    if (conservative || s.script === 'kh') for (const f of latinForms(V, s.fam, s.giv)) idx.query(f, keys);
    if (conservative) for (const f of khForms(V, s.fam, s.giv)) idx.query(f, keys);
    const out = new Set<number>();
    for (const k of keys) for (const i of pairRegs.get(k)!) out.add(i);
    return out;
  };
  const ruledOut = (s: RowSpec, w: Reg) =>
    (!!s.sex && s.sex !== w.sex) ||
    (!!s.dob && !dobClose(s.dob, w.dob)) ||
    (!!s.nat && !!w.regNat && osa(s.nat, w.regNat) >= 2) ||
    (!!s.nssf && !!w.regNssf && osa(s.nssf, w.regNssf) >= 2);
  const claimed = (w: Reg) => {
    if (w.row < 0) return false;
    const s = rows[w.row];
    return (!!s.nat && s.nat === w.regNat) || (!!s.nssf && s.nssf === w.regNssf);
  };

  // ---- rule 1
  let r1 = 0;
  const r1ex: string[] = [];
  for (const s of trueRows) {
    const w = regs[s.reg];
    let ok = true;
    if (s.script === 'lat') {
      const q = normLat(s.name);
      ok = latinForms(V, w.fam, w.giv).some((f) => within1(q, f));
    } else ok = khForms(V, w.fam, w.giv).includes(normalizeKh(s.name));
    if (s.sex && s.sex !== w.sex) ok = false;
    if (s.dob && s.dob !== w.dob && s.dob !== swapDM(w.dob)) ok = false;
    if (s.nat && osa(s.nat, w.nat) > 1) ok = false;
    if (s.nssf && osa(s.nssf, w.nssf) > 1) ok = false;
    if (!ok) {
      r1++;
      if (r1ex.length < 3) r1ex.push(`${s.name} vs ${V.words[w.fam].kh} ${V.words[w.giv].kh}`);
    }
  }
  // ---- rule 2 (every pair of registered workers sharing a name form, both scripts, both orders)
  const formRegs = new Map<string, number[]>();
  regs.forEach((w, i) => {
    for (const f of [...latinForms(V, w.fam, w.giv), ...khForms(V, w.fam, w.giv)]) {
      const l = formRegs.get(f);
      if (l) l.push(i);
      else formRegs.set(f, [i]);
    }
  });
  let r2 = 0;
  let biggest = 0;
  const withNamesake = new Set<number>();
  for (const l of formRegs.values()) {
    biggest = Math.max(biggest, l.length);
    for (let a = 0; a < l.length; a++)
      for (let c = a + 1; c < l.length; c++) {
        if (l[a] === l[c]) continue;
        withNamesake.add(l[a]);
        withNamesake.add(l[c]);
        if (dobClose(regs[l[a]].dob, regs[l[c]].dob)) r2++;
      }
  }
  // ---- rule 3
  let r3 = 0;
  let r3b = 0;
  let namedCands = 0;
  let otherWithCands = 0;
  const r3ex: string[] = [];
  const show = (s: RowSpec, w: Reg) => `${JSON.stringify(s.name)} ${s.sex}/${s.dob}/${s.nat} vs ${V.words[w.fam].lat[0]} ${V.words[w.giv].lat[0]} ${w.sex}/${w.dob}/${w.regNat}`;
  for (const s of hidden) {
    const c = candidatesOf(s, true);
    if (c.size) namedCands++;
    if (s.kind === 'other' && c.size) {
      otherWithCands++;
      if (r3ex.length < 6) r3ex.push('other: ' + show(s, regs[[...c][0]]));
    }
    for (const i of c)
      if (!ruledOut(s, regs[i])) {
        r3++;
        if (r3ex.length < 6) r3ex.push(show(s, regs[i]));
      }
    for (const i of brokenOnly) if (!ruledOut(s, regs[i])) {
      if (claimed(regs[i])) r3b++;
      else r3++;
    }
  }
  // ---- rule 4
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  let r4 = '';
  if (new Set(onsite.map((o) => o.id)).size !== onsite.length || !onsite.every((o) => uuidRe.test(o.id))) r4 += ' ids';
  for (let i = 1; i < onsite.length; i++) if (onsite[i].recordedAt <= onsite[i - 1].recordedAt) { r4 += ' recordedAt'; break; }
  const csvRows = onsite.filter((o) => o.source === 'csv').map((o) => o.sourceRow!);
  if (!csvRows.every((v, i) => v === i + 1)) r4 += ' sourceRow';
  const hidPos = rows.map((s, i) => (s.kind === 'true' ? -1 : i)).filter((i) => i >= 0);
  const meanHid = hidPos.reduce((a, x) => a + x, 0) / Math.max(1, hidPos.length) / onsite.length;
  if (hidPos.length > 20 && Math.abs(meanHid - 0.5) > 0.1) r4 += ' hidden-position';
  const regPos = new Map(registered.map((w, i) => [w.workerId, i]));
  const pos = trueRows.map((s) => regPos.get(regs[s.reg].workerId)!);
  let adj = 0;
  for (let i = 1; i < pos.length; i++) if (Math.abs(pos[i] - pos[i - 1]) === 1) adj++;
  const corr = (xs: number[], ys: number[]) => {
    const n = xs.length;
    const mx = xs.reduce((a, x) => a + x, 0) / n;
    const my = ys.reduce((a, x) => a + x, 0) / n;
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
  const rhoOnReg = corr(pos.map((_, i) => i), pos);
  const genOf = new Map(regs.map((w) => [w.workerId, w.gen]));
  const rhoRegGen = corr(registered.map((_, i) => i), registered.map((w) => genOf.get(w.workerId)!));
  if (adj / Math.max(1, pos.length) > 0.01 || Math.abs(rhoOnReg) > 0.1 || Math.abs(rhoRegGen) > 0.1) r4 += ' order';
  // ---- rule 5
  let undecidable = 0;
  let decidedById = 0;
  for (const s of trueRows) {
    const w = regs[s.reg];
    if ((s.nat && w.regNat && osa(s.nat, w.regNat) <= 1) || (s.nssf && w.regNssf && osa(s.nssf, w.regNssf) <= 1)) {
      decidedById++;
      continue;
    }
    let alt = false;
    for (const i of candidatesOf(s, false)) {
      if (i === s.reg) continue;
      const o = regs[i];
      if (claimed(o) || ruledOut(s, o)) continue;
      alt = true;
      break;
    }
    if (!alt)
      for (const i of brokenOnly) {
        if (i === s.reg) continue;
        if (!claimed(regs[i]) && !ruledOut(s, regs[i])) {
          alt = true;
          break;
        }
      }
    if (alt) undecidable++;
  }
  const brokenUnclaimed = count(brokenOnly, (i) => !claimed(regs[i]));
  // ---- schemas
  let bad = 0;
  for (const w of registered) if (!schemas.reg.safeParse(w).success) bad++;
  for (const o of onsite) if (!schemas.on.safeParse(o).success) bad++;
  // ---- determinism and time
  const dump = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const same = dump(generateSixtieth(size, seed)) === dump(roster);
  const differs = dump(generateSixtieth(size, seed + 1)) !== dump(roster);
  const t1 = performance.now();
  generateSixtieth(10000, seed);
  const t10k = performance.now() - t1;

  console.log(
    `  namesakes: ${pct(withNamesake.size, size)} of registered share a full name with another (largest group ${biggest})`,
  );
  console.log(`  rule 1 (true rows plausible): ${r1} violations${r1ex.length ? ' e.g. ' + r1ex.join(' | ') : ''}`);
  console.log(`  rule 2 (namesakes' DOB apart): ${r2} violations`);
  console.log(
    `  rule 3 (hidden ruled out): ${r3} violations; ${namedCands} hidden rows could pass for someone by name (all ruled out), non-namesakes with a name candidate ${otherWithCands}; settled by 3b only: ${r3b} (row, broken-only) pairs${r3ex.length ? '; e.g. ' + r3ex.join(' | ') : ''}`,
  );
  console.log(`  rule 3b: broken-only workers absent ${count(brokenOnly, (i) => regs[i].absent)}, not claimed by an exact-ID row ${brokenUnclaimed}`);
  console.log(`  rule 4 (no leaks): ${r4 ? 'FAIL' + r4 : 'ok'} (hidden mean position ${meanHid.toFixed(3)}, adjacent register pairs ${adj}, rho on/reg ${rhoOnReg.toFixed(3)}, rho reg/gen ${rhoRegGen.toFixed(3)})`);
  console.log(`  rule 5 (undecidable true rows): ${undecidable} = ${pct(undecidable, trueRows.length)} (decided by an ID: ${pct(decidedById, trueRows.length)})`);
  console.log(`  schemas: ${bad} invalid of ${registered.length + onsite.length}`);
  console.log(`  determinism: same seed identical ${same}, other seed differs ${differs}; 10k generation ${t10k.toFixed(0)} ms`);

  if (r1) fails.push('rule 1');
  if (r2) fails.push('rule 2');
  if (r3) fails.push('rule 3');
  if (brokenUnclaimed || count(brokenOnly, (i) => regs[i].absent)) fails.push('rule 3b');
  if (r4) fails.push('rule 4');
  if (undecidable / trueRows.length >= 0.04) fails.push('rule 5');
  if (bad) fails.push('schemas');
  if (!same || !differs) fails.push('determinism');
  if (t10k >= 2000) fails.push('time');
  const legacyShare = st('legacy') / size;
  const latinShare = count(regs, (w) => !!w.nameLatin) / size;
  if (size >= 1000 && (legacyShare < 0.1 || legacyShare > 0.2 || latinShare < 0.8 || latinShare > 0.9)) fails.push('theme rates');
  console.log(fails.length ? `FAIL: ${fails.join(', ')}` : 'PASS');
  return fails.length === 0;
}

if (process.argv[1]?.endsWith('sixtieth.ts')) {
  const size = Number(process.argv[2] ?? 1000);
  const seed = Number(process.argv[3] ?? 1);
  import('../../src/protocol')
    .then((p) => {
      const ok = selfCheck(size, seed, { reg: p.RegisteredWorker, on: p.OnsiteWorker });
      process.exit(ok ? 0 : 1);
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
