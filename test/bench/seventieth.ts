/**
 * `seventieth`: Latin names written by machine transliteration.
 *
 * The story. The employer's HR software fills the sheet's Latin-name column by transliterating
 * the Khmer name automatically, and a different version of it ran in different years. The sheet is
 * ordered by hiring year, and each hiring-year block carries one scheme:
 *   ala       letter-by-letter, ALA-LC / ISO 11940 style, with diacritics: សុខ ដារ៉ា "Sukh Ṭārā",
 *             ស្រីមុំ "Srī Muṃ" (derived from the Khmer letters by `alaWord`, below);
 *   alaPlain  the same with the marks stripped by a later export: "Sukh Tara";
 *   phon      a syllable-by-syllable phonetic scheme close to UNGEGN with its own quirks (inherent
 *             vowels written out, final consonants kept as written): "Sok Dara", "Srei Mom",
 *             "Chan Saophea", "Chenta", "Vutthi";
 *   trans     an online translator: the phonetic output, except that on some rows every name word
 *             that has a meaning becomes an English word (ស្រី "Woman", ពេជ្រ "Diamond",
 *             សុខ "Happy", មាស "Gold", ផ្កា/បុប្ផា "Flower", ហេង/សំណាង "Lucky" ...).
 * About half of the sheet's rows carry the Khmer name instead (clean, but with the usual encoding
 * variants). A few rows (~4 %) come from the inspector scanning an ID card (Khmer name, ID, DOB).
 * The register (the fund's list) has clean Khmer for everyone and a Latin name in the usual human
 * spellings for ~70 % of workers (none for the rest).
 *
 * Rates (per seed, drawn in these ranges): absent registered 4.5-7 %; hidden 6.2-8.8 % of on-site
 * rows, about half of them drawn as namesakes of a registered worker (present or absent), and
 * nearly all within one edit of some registered name; translated rows
 * 3.5-5.5 %; on-site DOB ~80 % (3 % of those day/month swapped), national ID ~40 %, NSSF ~25 %
 * (ID numbers slip by one digit or one transposition 2.5 % of the time; both are more often present
 * on rows without a date of birth, as an inspector asks for a card when the sheet has no date);
 * sex ~92 %. Latin rows: given name first 12 %, UPPER 18 %, lower 6 %, one typo 4 %, ALA rows in
 * NFD 35 %. Khmer rows: zero-width space instead of the space 25 %, no separator 3 %, zero-width
 * space inside a two-part given name 10 %, keyboard variants 12 % where one applies (vowel typed
 * before the subscript, shifter after the vowel, nikahit before the vowel, subscript ដ for the
 * identical subscript ត), doubled space 3 %, given name first 4 %. (NFC/NFD matters only for the
 * ALA rows' Latin letters: no Khmer letter has a canonical decomposition.)
 *
 * Fairness rules (audited by the self-check, run this file directly):
 *  1. A true row carries only plausible variants of its registered worker: its name reads back to the
 *     worker's Khmer name through a listed spelling of each word (human spellings, the phonetic
 *     scheme, the ALA letters with or without marks, or the translator's English word), in either
 *     order, any case, NFC/NFD, with at most one typo (one edit) in one word of 4+ letters; Khmer
 *     rows differ only by encoding (zero-width characters, separators, code-point order, NFD).
 *     IDs exact or one slip; DOB exact or day/month swapped; sex right or missing.
 *     Extra variation modelled: the translator's English words. A careful human who knows the
 *     translator can read "Woman Mom" back to ស្រីមុំ; because English words are ambiguous
 *     ("Flower" is ផ្កា or បុប្ផា, "Lucky" ហេង or សំណាង), a translated row counts as undecidable
 *     (rule 5) unless its DOB or an ID settles it among the workers it could be.
 *  2. Registered namesakes (same full name in any listed spelling, either order) never share a date
 *     of birth and are more than a day/month swap or one digit apart.
 *  3. A hidden row either cannot pass for any registered worker by name (not within one edit of any
 *     spelling of any registered name), or is ruled out from every one it could pass for by a field
 *     present on both sides: sex differs, DOB more than a swap / one digit apart, national IDs two or
 *     more edits apart.
 *  4. Nothing leaks the truth: rows shuffled within their hiring-year block (the blocks themselves
 *     follow the sheet's hire-year order, which says nothing about who a row is), ids are random
 *     UUIDs from the seeded PRNG, recordedAt increases in row order, registered worker ids are
 *     assigned after shuffling the register.
 *  5. Undecidable true rows stay under 4 % of true rows. A true row is undecidable when, among the
 *     registered workers its name could be (listed spellings, one typo in a 4+ letter word), more
 *     than one is not ruled out by sex, DOB (exact or swapped) or an ID (within one slip), unless
 *     exactly one of those is confirmed by a DOB or ID present on both sides (and it is the right
 *     one). A translated row is undecidable unless a DOB/ID confirms its worker, or sex/DOB/ID
 *     eliminated every other worker its words could be.
 */
import { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY, GIVEN, WORDS, type WordKey } from './seventieth-names';

export const SEVENTIETH_LABEL =
  'machine-transliterated Latin names: ALA-LC letters (with/without marks), a quirky phonetic scheme and a translator that turns name words into English, one scheme per hire-year block';

const VISIT_ID = 'visit-seventieth';
const ZWSP = '\u200B';
const ZW_RE = /[\u200B-\u200D\u2060\uFEFF]/g;
const KHMER_RE = /[\u1780-\u17FF]/;
const YEAR0 = 2012;
const YEAR1 = 2024;

// ---------------------------------------------------------------------------------------------
// Khmer: canonical order, letter-by-letter (ALA-LC style) transliteration, keyboard variants
// ---------------------------------------------------------------------------------------------

const COENG = '\u17D2';
const isCons = (c: string) => c >= '\u1780' && c <= '\u17A2';
const isIndep = (c: string) => c >= '\u17A3' && c <= '\u17B3';
const isMark = (c: string) => (c >= '\u17B6' && c <= '\u17D3') || c === '\u17DD';
const isVowel = (c: string) => c >= '\u17B6' && c <= '\u17C5';

function markRank(unit: string): number {
  const c = unit[0];
  if (c === '\u17CC') return 1; // robat
  if (c === COENG) return 2; // subscript consonant
  if (c === '\u17C9' || c === '\u17CA') return 3; // register shifters
  if (isVowel(c)) return 4;
  return 5; // nikahit, reahmuk, bantoc, other signs
}

interface Cluster {
  base: string;
  units: string[];
}

function khClusters(s: string): Cluster[] {
  const out: Cluster[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (isCons(c) || isIndep(c)) {
      const units: string[] = [];
      let j = i + 1;
      while (j < s.length) {
        if (s[j] === COENG && j + 1 < s.length && isCons(s[j + 1])) {
          units.push(s[j] + s[j + 1]);
          j += 2;
        } else if (isMark(s[j]) && s[j] !== COENG) {
          units.push(s[j]);
          j++;
        } else break;
      }
      out.push({ base: c, units });
      i = j;
    } else {
      out.push({ base: c, units: [] });
      i++;
    }
  }
  return out;
}

/**
 * Canonical Khmer: NFC, no zero-width characters, subscript ដ read as the identical-looking
 * subscript ត (no listed name has a real subscript ដ), marks in base/robat/coeng/shifter/vowel/sign
 * order.
 */
export function canonKh(s: string): string {
  const t = s.normalize('NFC').replace(ZW_RE, '').replace(/\u17D2\u178A/g, '\u17D2\u178F');
  let out = '';
  for (const cl of khClusters(t)) {
    const units = cl.units.slice().sort((a, b) => markRank(a) - markRank(b));
    out += cl.base + units.join('');
  }
  return out;
}

const ALA_CONS: Record<string, string> = {
  'ក': 'k', 'ខ': 'kh', 'គ': 'g', 'ឃ': 'gh', 'ង': 'ṅ', 'ច': 'c', 'ឆ': 'ch', 'ជ': 'j', 'ឈ': 'jh', 'ញ': 'ñ',
  'ដ': 'ṭ', 'ឋ': 'ṭh', 'ឌ': 'ḍ', 'ឍ': 'ḍh', 'ណ': 'ṇ', 'ត': 't', 'ថ': 'th', 'ទ': 'd', 'ធ': 'dh', 'ន': 'n',
  'ប': 'p', 'ផ': 'ph', 'ព': 'b', 'ភ': 'bh', 'ម': 'm', 'យ': 'y', 'រ': 'r', 'ល': 'l', 'វ': 'v', 'ឝ': 'ś',
  'ឞ': 'ṣ', 'ស': 's', 'ហ': 'h', 'ឡ': 'ḷ', 'អ': '',
};
const ALA_VOWEL: Record<string, string> = {
  'ា': 'ā', 'ិ': 'i', 'ី': 'ī', 'ឹ': 'ẏ', 'ឺ': 'ȳ', 'ុ': 'u', 'ូ': 'ū', 'ួ': 'ua', 'ើ': 'oe', 'ឿ': 'ẏa',
  'ៀ': 'ia', 'េ': 'e', 'ែ': 'ae', 'ៃ': 'ai', 'ោ': 'o', 'ៅ': 'au', '\u17D0': 'a',
};
const ALA_INDEP: Record<string, string> = {
  'ឥ': 'i', 'ឦ': 'ī', 'ឧ': 'u', 'ឩ': 'ū', 'ឪ': 'ūv', 'ឫ': 'ṛ', 'ឬ': 'ṝ', 'ឭ': 'ḷ', 'ឮ': 'ḹ', 'ឯ': 'e',
  'ឰ': 'ai', 'ឱ': 'o', 'ឲ': 'o', 'ឳ': 'au',
};

/**
 * Letter-by-letter transliteration of one Khmer word (lower case): consonants as in ALA-LC
 * (Sanskrit values: ប p, ព b, ដ ṭ ...), the inherent vowel written "a" before another consonant,
 * a final consonant bare, ំ ṃ, ះ/ៈ ḥ, register shifters and ់ not written.
 */
export function alaWord(kh: string): string {
  const cls = khClusters(canonKh(kh));
  let out = '';
  cls.forEach((cl, k) => {
    if (isIndep(cl.base)) {
      out += ALA_INDEP[cl.base] ?? '';
      return;
    }
    if (!isCons(cl.base)) return;
    out += ALA_CONS[cl.base];
    let vowel: string | null = null;
    let nik = false;
    let reah = false;
    let killed = false;
    for (const u of cl.units) {
      if (u[0] === COENG) out += ALA_CONS[u[1]] ?? '';
      else if (ALA_VOWEL[u] !== undefined) vowel = ALA_VOWEL[u];
      else if (u === '\u17C6') nik = true;
      else if (u === '\u17C7' || u === '\u17C8') reah = true;
      else if (u === '\u17CB' || u === '\u17CD') killed = true;
    }
    const last = k === cls.length - 1;
    const next = cls[k + 1];
    if (vowel !== null) out += vowel;
    else if (nik || reah) out += 'a';
    else if (!last && !killed && next && isCons(next.base)) out += 'a';
    else if (cls.length === 1) out += 'a';
    if (nik) out += 'ṃ';
    if (reah) out += 'ḥ';
  });
  return out;
}

const title = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);
const stripMarks = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');

/** Latin reading key: no marks, lower case, letters only, tokens separated by one space. */
export function normLatin(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u02bc\u02be\u2019]/g, '')
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

/** One keyboard code-point-order variant of clean Khmer, or null when none applies. */
function keyboardVariant(s: string, r: Rng): string | null {
  const variants: [RegExp, string][] = [
    [/(\u17D2[\u1780-\u17A2])([\u17B6-\u17C5])/, '$2$1'], // vowel typed before the subscript
    [/([\u17C9\u17CA])([\u17B6-\u17C5])/, '$2$1'], // register shifter typed after the vowel
    [/([\u17B6-\u17C5])(\u17C6)/, '$2$1'], // nikahit typed before the vowel
    [/\u17D2\u178F/, '\u17D2\u178A'], // subscript ដ for the identical-looking subscript ត
  ];
  const ok = variants.filter(([re]) => re.test(s));
  if (!ok.length) return null;
  const [re, rep] = r.pick(ok);
  return s.replace(re, rep);
}

// ---------------------------------------------------------------------------------------------
// Spellings and edit distance
// ---------------------------------------------------------------------------------------------

const W = WORDS as Record<WordKey, { kh: string; hu: readonly string[]; ph: string; en?: string }>;
const ALL_WORDS = Object.keys(WORDS) as WordKey[];

const ALA: Record<string, string> = {};
for (const w of ALL_WORDS) ALA[w] = title(alaWord(W[w].kh));

/** Every listed spelling of a word, as reading keys. */
const SPELL: Record<string, string[]> = {};
for (const w of ALL_WORDS) {
  const s = new Set<string>();
  for (const h of W[w].hu) s.add(normLatin(h));
  s.add(normLatin(ALA[w]));
  s.add(normLatin(W[w].ph));
  if (W[w].en) s.add(normLatin(W[w].en!));
  s.delete('');
  SPELL[w] = [...s];
}

/** Optimal-string-alignment distance <= 1 (one substitution, insertion, deletion or adjacent swap). */
export function within1(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  if (la === lb) {
    let i = 0;
    while (a[i] === b[i]) i++;
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [s, l] = la < lb ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1);
}

/** Exact / one-edit lookup (symmetric-deletion index). */
class Fuzzy<T> {
  private exact = new Map<string, Set<T>>();
  private del = new Map<string, Set<string>>();
  add(key: string, val: T) {
    let s = this.exact.get(key);
    if (!s) {
      s = new Set();
      this.exact.set(key, s);
      for (let i = 0; i < key.length; i++) {
        const d = key.slice(0, i) + key.slice(i + 1);
        let ks = this.del.get(d);
        if (!ks) this.del.set(d, (ks = new Set()));
        ks.add(key);
      }
    }
    s.add(val);
  }
  /** value → edits used (0 or 1). `minLen`: a one-edit match needs a string of at least that length. */
  get(q: string, minLen: number | null): Map<T, number> {
    const out = new Map<T, number>();
    const ex = this.exact.get(q);
    if (ex) for (const v of ex) out.set(v, 0);
    if (minLen === null) return out;
    const keys = new Set<string>();
    const d0 = this.del.get(q);
    if (d0) for (const k of d0) keys.add(k);
    for (let i = 0; i < q.length; i++) {
      const d = q.slice(0, i) + q.slice(i + 1);
      if (this.exact.has(d)) keys.add(d);
      const ds = this.del.get(d);
      if (ds) for (const k of ds) keys.add(k);
    }
    for (const k of keys) {
      if (k === q || Math.max(k.length, q.length) < minLen || !within1(k, q)) continue;
      for (const v of this.exact.get(k)!) if (!out.has(v)) out.set(v, 1);
    }
    return out;
  }
}

const pairKey = (fam: WordKey, gi: number) => `${fam}#${gi}`;
const givenKh = (gi: number) => GIVEN[gi].parts.map((p) => W[p].kh).join('');
const fullKh = (fam: WordKey, gi: number) => `${W[fam].kh} ${givenKh(gi)}`;

const GIVEN_SINGLE = new Map<WordKey, number[]>();
const GIVEN_PARTS = new Map<string, number[]>();
GIVEN.forEach((g, gi) => {
  if (g.parts.length === 1) {
    const a = GIVEN_SINGLE.get(g.parts[0]) ?? [];
    a.push(gi);
    GIVEN_SINGLE.set(g.parts[0], a);
  } else {
    const k = g.parts.join('|');
    const a = GIVEN_PARTS.get(k) ?? [];
    a.push(gi);
    GIVEN_PARTS.set(k, a);
  }
});

/**
 * Reads an on-site name back to the registered full names it could be (pair keys), the way a
 * careful human who knows every listed spelling and scheme would. `minLen`: null = exact spellings
 * only; n = one edit allowed in one word whose spelling has at least n letters.
 */
export class Reader {
  private words = new Fuzzy<WordKey>();
  private concat = new Fuzzy<number>();
  private kh = new Fuzzy<string>();
  constructor(readonly pairs: Map<string, number[]>) {
    for (const w of ALL_WORDS) for (const s of SPELL[w]) this.words.add(s, w);
    GIVEN.forEach((g, gi) => {
      if (g.parts.length !== 2) return;
      for (const a of SPELL[g.parts[0]]) for (const b of SPELL[g.parts[1]]) this.concat.add(a + b, gi);
    });
    for (const k of pairs.keys()) {
      const [fam, giS] = k.split('#');
      const gi = Number(giS);
      const f = canonKh(W[fam as WordKey].kh);
      const g = canonKh(givenKh(gi));
      this.kh.add(f + g, k);
      this.kh.add(g + f, k);
    }
  }

  read(name: string, minLen: number | null): Set<string> {
    const out = new Set<string>();
    if (KHMER_RE.test(name)) {
      const key = canonKh(name).replace(/\s+/g, '');
      for (const k of this.kh.get(key, minLen).keys()) out.add(k);
      return out;
    }
    const toks = normLatin(name).split(' ').filter(Boolean);
    if (toks.length < 2 || toks.length > 3) return out;
    const memo = new Map<string, Map<WordKey, number>>();
    const look = (t: string) => {
      let m = memo.get(t);
      if (!m) memo.set(t, (m = this.words.get(t, minLen)));
      return m;
    };
    const tryFG = (famTok: string, gTok: string[]) => {
      const F = look(famTok);
      if (!F.size) return;
      const G = new Map<number, number>();
      const put = (gi: number, e: number) => {
        const o = G.get(gi);
        if (o === undefined || e < o) G.set(gi, e);
      };
      if (gTok.length === 1) {
        for (const [w, e] of look(gTok[0])) for (const gi of GIVEN_SINGLE.get(w) ?? []) put(gi, e);
        for (const [gi, e] of this.concat.get(gTok[0], minLen)) put(gi, e);
      } else {
        const A = look(gTok[0]);
        const B = look(gTok[1]);
        for (const [a, ea] of A)
          for (const [b, eb] of B) {
            if (ea + eb > 1) continue;
            for (const gi of GIVEN_PARTS.get(`${a}|${b}`) ?? []) put(gi, ea + eb);
          }
      }
      for (const [f, ef] of F)
        for (const [gi, eg] of G) {
          if (ef + eg > 1) continue;
          const k = pairKey(f, gi);
          if (this.pairs.has(k)) out.add(k);
        }
    };
    if (toks.length === 2) {
      tryFG(toks[0], [toks[1]]);
      tryFG(toks[1], [toks[0]]);
    } else {
      tryFG(toks[0], [toks[1], toks[2]]);
      tryFG(toks[2], [toks[0], toks[1]]);
    }
    return out;
  }

  candidates(name: string, minLen: number | null): number[] {
    const out: number[] = [];
    for (const k of this.read(name, minLen)) out.push(...this.pairs.get(k)!);
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Namesakes among full names (for rule 2, at generation time)
// ---------------------------------------------------------------------------------------------

const WORD_OVER = new Map<WordKey, Set<WordKey>>();
{
  const bySpell = new Map<string, WordKey[]>();
  for (const w of ALL_WORDS) for (const s of SPELL[w]) bySpell.set(s, [...(bySpell.get(s) ?? []), w]);
  for (const w of ALL_WORDS) {
    const o = new Set<WordKey>([w]);
    for (const s of SPELL[w]) for (const v of bySpell.get(s)!) o.add(v);
    WORD_OVER.set(w, o);
  }
}
const concatSpell = (gi: number): Set<string> => {
  const p = GIVEN[gi].parts;
  const out = new Set<string>();
  if (p.length === 1) for (const s of SPELL[p[0]]) out.add(s);
  else for (const a of SPELL[p[0]]) for (const b of SPELL[p[1]]) out.add(a + b);
  return out;
};
const GIVEN_OVER: Set<number>[] = GIVEN.map((g, gi) => {
  const o = new Set<number>([gi]);
  const cs = concatSpell(gi);
  GIVEN.forEach((h, gj) => {
    if (gj === gi) return;
    if (h.parts.length === g.parts.length && h.parts.every((p, i) => WORD_OVER.get(g.parts[i])!.has(p))) o.add(gj);
    else for (const s of concatSpell(gj)) if (cs.has(s)) { o.add(gj); break; }
  });
  return o;
});

/** Full names a registered name can be confused with in some listed spelling (including itself). */
function namesakeKeys(fam: WordKey, gi: number): string[] {
  const out = new Set<string>();
  for (const f of WORD_OVER.get(fam)!) for (const gj of GIVEN_OVER[gi]) out.add(pairKey(f, gj));
  const parts = GIVEN[gi].parts;
  if (parts.length === 1) {
    // written given-name first: its family may read as someone's given name and vice versa
    for (const f of WORD_OVER.get(parts[0]) ?? [])
      if ((FAMILY as readonly string[]).includes(f))
        for (const w of WORD_OVER.get(fam)!) for (const gj of GIVEN_SINGLE.get(w) ?? []) out.add(pairKey(f, gj));
  } else {
    // "f a b" read as family b, given [f, a]; "a b f" read as family a, given [b, f]
    const cross = (famW: WordKey, x: WordKey, y: WordKey) => {
      for (const f of WORD_OVER.get(famW)!)
        for (const xx of WORD_OVER.get(x)!)
          for (const yy of WORD_OVER.get(y)!) for (const gj of GIVEN_PARTS.get(`${xx}|${yy}`) ?? []) out.add(pairKey(f, gj));
    };
    cross(parts[1], fam, parts[0]);
    cross(parts[0], parts[1], fam);
  }
  return [...out];
}

// ---------------------------------------------------------------------------------------------
// Dates and IDs
// ---------------------------------------------------------------------------------------------

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function randDate(r: Rng, y0: number, y1: number): string {
  const y = r.int(y0, y1);
  const m = r.int(1, 12);
  return ymd(y, m, r.int(1, daysIn(y, m)));
}

/** Day and month swapped, when that is another valid date. */
export function swapDM(d: string): string | null {
  const [y, m, dd] = d.split('-').map(Number);
  if (dd > 12 || dd === m) return null;
  return ymd(y, dd, m);
}

/** Same date, day/month swapped, or one digit apart (one substitution or adjacent swap). */
export function closeDob(a: string, b: string): boolean {
  return a === b || swapDM(a) === b || swapDM(b) === a || within1(a.replace(/-/g, ''), b.replace(/-/g, ''));
}

function digits(r: Rng, n: number, first?: string): string {
  let s = first ?? '';
  while (s.length < n) s += String(r.int(0, 9));
  return s;
}

/** Every string one substitution or one adjacent swap away. */
function neighbours(id: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < id.length; i++) {
    for (let d = 0; d <= 9; d++) {
      const c = String(d);
      if (c !== id[i]) out.push(id.slice(0, i) + c + id.slice(i + 1));
    }
    if (i + 1 < id.length && id[i] !== id[i + 1]) out.push(id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2));
  }
  return out;
}

/** A fresh number not within one slip of any number in `taken` (which it joins). */
function freshId(r: Rng, taken: Set<string>, n: number, first: () => string): string {
  for (;;) {
    const id = digits(r, n, first());
    if (taken.has(id) || neighbours(id).some((x) => taken.has(x))) continue;
    taken.add(id);
    return id;
  }
}

function slip(r: Rng, id: string): string {
  const a = id.split('');
  for (;;) {
    const i = r.int(0, a.length - 1);
    if (r.chance(0.5) && i + 1 < a.length && a[i] !== a[i + 1]) {
      [a[i], a[i + 1]] = [a[i + 1], a[i]];
      return a.join('');
    }
    const c = String(r.int(0, 9));
    if (c !== a[i]) {
      a[i] = c;
      return a.join('');
    }
  }
}

function uuid(r: Rng): string {
  const hex = '0123456789abcdef';
  let s = '';
  for (let i = 0; i < 32; i++) {
    let v = Math.floor(r.next() * 16);
    if (i === 12) v = 4;
    if (i === 16) v = 8 + (v & 3);
    s += hex[v];
    if (i === 7 || i === 11 || i === 15 || i === 19) s += '-';
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// Rendering names
// ---------------------------------------------------------------------------------------------

export type Scheme = 'ala' | 'alaPlain' | 'phon' | 'trans';

function pickSpelling(r: Rng, w: WordKey): string {
  const hu = W[w].hu;
  return hu.length === 1 || r.chance(0.65) ? hu[0] : r.pick(hu.slice(1));
}

/** The register's Latin name, in the spellings people use. */
function humanLatin(r: Rng, fam: WordKey, gi: number): string {
  const parts = GIVEN[gi].parts.map((p) => pickSpelling(r, p));
  const given = parts.length === 2 && r.chance(0.5) ? parts[0] + parts[1].toLowerCase() : parts.join(' ');
  const f = pickSpelling(r, fam);
  const u = r.next();
  if (u < 0.15) return `${f.toUpperCase()} ${given}`;
  if (u < 0.25) return `${f} ${given}`.toUpperCase();
  return `${f} ${given}`;
}

function machineWord(w: WordKey, scheme: Scheme, translate: boolean): string {
  if (scheme === 'ala') return ALA[w];
  if (scheme === 'alaPlain') return stripMarks(ALA[w]);
  if (scheme === 'trans' && translate && W[w].en) return W[w].en!;
  return W[w].ph;
}

const KEYS = 'qwertyuiopasdfghjklzxcvbnm';

/** One typo in the token (by code point): substitution, deletion, doubled letter or adjacent swap. */
function typo(r: Rng, tok: string): string {
  const a = Array.from(tok);
  for (;;) {
    const op = r.int(0, 3);
    const i = r.int(1, a.length - 1);
    if (op === 0) {
      const c = KEYS[r.int(0, KEYS.length - 1)];
      if (normLatin(a[i]) === c) continue;
      a[i] = c;
    } else if (op === 1) a.splice(i, 1);
    else if (op === 2) a.splice(i, 0, a[i]);
    else {
      if (i + 1 >= a.length || normLatin(a[i]) === normLatin(a[i + 1])) continue;
      [a[i], a[i + 1]] = [a[i + 1], a[i]];
    }
    return a.join('');
  }
}

interface LatinOpts {
  scheme: Scheme;
  translate: boolean;
}

interface RenderNote {
  swapped: boolean;
  typo: boolean;
  upper: boolean;
  lower: boolean;
  nfd: boolean;
  zwsp: boolean;
  noSep: boolean;
  zwspInside: boolean;
  keyboard: boolean;
  doubleSpace: boolean;
}

const blankNote = (): RenderNote => ({
  swapped: false, typo: false, upper: false, lower: false, nfd: false, zwsp: false, noSep: false,
  zwspInside: false, keyboard: false, doubleSpace: false,
});

function renderLatin(r: Rng, fam: WordKey, gi: number, o: LatinOpts, note: RenderNote): string {
  const famTok = machineWord(fam, o.scheme, o.translate);
  const gTok = GIVEN[gi].parts.map((p) => machineWord(p, o.scheme, o.translate));
  note.swapped = r.chance(0.12);
  const toks = note.swapped ? [...gTok, famTok] : [famTok, ...gTok];
  if (r.chance(0.04)) {
    const long = toks.map((t, i) => [t, i] as const).filter(([t]) => normLatin(t).length >= 4);
    if (long.length) {
      const [t, i] = r.pick(long);
      toks[i] = typo(r, t);
      note.typo = true;
    }
  }
  let s = toks.join(' ');
  const u = r.next();
  if (u < 0.18) {
    s = s.toUpperCase();
    note.upper = true;
  } else if (u < 0.24) {
    s = s.toLowerCase();
    note.lower = true;
  }
  if (o.scheme === 'ala' && r.chance(0.35)) {
    s = s.normalize('NFD');
    note.nfd = true;
  }
  return s;
}

function renderKhmer(r: Rng, fam: WordKey, gi: number, note: RenderNote): string {
  const parts = GIVEN[gi].parts.map((p) => W[p].kh);
  note.zwspInside = parts.length === 2 && r.chance(0.1);
  const given = parts.join(note.zwspInside ? ZWSP : '');
  const u = r.next();
  let sep = ' ';
  if (u < 0.25) {
    sep = ZWSP;
    note.zwsp = true;
  } else if (u < 0.28) {
    sep = '';
    note.noSep = true;
  } else if (r.chance(0.04)) {
    sep = '  ';
    note.doubleSpace = true;
  }
  note.swapped = r.chance(0.04);
  let s = note.swapped ? given + sep + W[fam].kh : W[fam].kh + sep + given;
  if (r.chance(0.12)) {
    const v = keyboardVariant(s, r);
    if (v) {
      s = v;
      note.keyboard = true;
    }
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// The roster
// ---------------------------------------------------------------------------------------------

interface Person {
  fam: WordKey;
  gi: number;
  sex: 'M' | 'F';
  dob: string;
  natId: string;
  nssf: string | null;
  hireYear: number;
}

export interface RowMeta {
  kind: 'true' | 'hidden';
  /** index into roster.registered (true rows) */
  reg: number;
  person: Person;
  block: number;
  posInBlock: number;
  blockLen: number;
  script: 'kh' | 'lat';
  scheme: Scheme | null;
  translated: boolean;
  idCard: boolean;
  note: RenderNote;
  dobSwapped: boolean;
  natSlip: boolean;
  nssfSlip: boolean;
  fixedName: number;
  forced: boolean;
}

export interface Built {
  roster: Roster;
  meta: RowMeta[];
  regPair: string[];
  reader: Reader;
  schemeByYear: Record<number, Scheme>;
  params: { absentRate: number; hiddenRate: number; translatedRate: number };
}

function pickGiven(r: Rng, sex: 'M' | 'F'): number {
  const list = GIVEN_BY_SEX[sex];
  return r.pickSkewed(list, 1.3);
}
const GIVEN_BY_SEX: Record<'M' | 'F', number[]> = { M: [], F: [] };
GIVEN.forEach((g, gi) => {
  if (g.sex !== 'F') GIVEN_BY_SEX.M.push(gi);
  if (g.sex !== 'M') GIVEN_BY_SEX.F.push(gi);
});

function hireYear(r: Rng, minYear: number, recent: boolean): number {
  const ys: number[] = [];
  const ws: number[] = [];
  for (let y = Math.max(YEAR0, minYear); y <= YEAR1; y++) {
    ys.push(y);
    ws.push(recent ? 1 + (y - YEAR0) ** 2 * 0.06 : 1 + (y - YEAR0) * 0.35);
  }
  let u = r.next() * ws.reduce((a, b) => a + b, 0);
  for (let i = 0; i < ys.length; i++) if ((u -= ws[i]) < 0) return ys[i];
  return ys[ys.length - 1];
}

export function buildSeventieth(size: number, seed: number): Built {
  const r = rng(seed * 7919 + 70);
  const absentRate = 0.045 + r.next() * 0.025;
  const hiddenRate = 0.062 + r.next() * 0.026;
  const translatedRate = 0.035 + r.next() * 0.02;

  // ---- the register ----
  const natTaken = new Set<string>();
  const nssfTaken = new Set<string>();
  const dobsByPair = new Map<string, string[]>();
  const nsMemo = new Map<string, string[]>();
  const people: Person[] = [];
  for (let i = 0; i < size; i++) {
    const sex: 'M' | 'F' = r.chance(0.62) ? 'F' : 'M';
    const fam = r.pickSkewed(FAMILY, 1.6);
    const gi = pickGiven(r, sex);
    const pk = pairKey(fam, gi);
    let ns = nsMemo.get(pk);
    if (!ns) nsMemo.set(pk, (ns = namesakeKeys(fam, gi)));
    let dob = '';
    for (let t = 0; t < 500; t++) {
      dob = randDate(r, 1967, 2006);
      if (!ns.some((k) => (dobsByPair.get(k) ?? []).some((d) => closeDob(d, dob)))) break;
    }
    const dl = dobsByPair.get(pk);
    if (dl) dl.push(dob);
    else dobsByPair.set(pk, [dob]);
    const natId = freshId(r, natTaken, 9, () => (r.chance(0.7) ? '0' : '1'));
    const nssf = r.chance(0.98) ? freshId(r, nssfTaken, 10, () => '1') : null;
    const hy = hireYear(r, Number(dob.slice(0, 4)) + 18, false);
    people.push({ fam, gi, sex, dob, natId, nssf, hireYear: hy });
  }
  r.shuffle(people);
  const regShown: { dob: boolean; nat: boolean; sex: boolean }[] = [];
  const registered: RegisteredWorker[] = people.map((p, i) => {
    const shown = { dob: r.chance(0.99), nat: r.chance(0.955), sex: r.chance(0.99) };
    regShown.push(shown);
    const hm = r.int(1, 12);
    return {
      workerId: `W${pad(i + 1, 6)}`,
      nssfNumber: p.nssf,
      nationalId: shown.nat ? p.natId : null,
      nameKh: fullKh(p.fam, p.gi),
      nameLatin: r.chance(0.7) ? humanLatin(r, p.fam, p.gi) : null,
      sex: shown.sex ? p.sex : null,
      dateOfBirth: shown.dob ? p.dob : null,
      hireDate: ymd(p.hireYear, hm, r.int(1, daysIn(p.hireYear, hm))),
      wageRiel: r.chance(0.95) ? r.int(800, 2000) * 1000 : null,
    };
  });
  const regPair = people.map((p) => pairKey(p.fam, p.gi));
  const pairs = new Map<string, number[]>();
  regPair.forEach((k, i) => {
    const a = pairs.get(k);
    if (a) a.push(i);
    else pairs.set(k, [i]);
  });
  const reader = new Reader(pairs);

  // ---- who is on site ----
  const present: number[] = [];
  for (let i = 0; i < size; i++) if (!r.chance(absentRate)) present.push(i);
  const nHidden = Math.round((present.length * hiddenRate) / (1 - hiddenRate));
  const hidden: Person[] = [];
  for (let h = 0; h < nHidden; h++) {
    let fam: WordKey;
    let gi: number;
    let sex: 'M' | 'F';
    if (r.chance(0.5)) {
      const p = people[r.int(0, size - 1)];
      fam = p.fam;
      gi = p.gi;
      sex = GIVEN[gi].sex === 'U' ? (r.chance(0.5) ? 'F' : 'M') : p.sex;
    } else {
      sex = r.chance(0.6) ? 'F' : 'M';
      fam = r.pickSkewed(FAMILY, 1.3);
      gi = r.pick(GIVEN_BY_SEX[sex]);
    }
    const dob = randDate(r, 1975, 2006);
    const natId = freshId(r, natTaken, 9, () => (r.chance(0.7) ? '0' : '1'));
    const nssf = r.chance(0.1) ? freshId(r, nssfTaken, 10, () => '1') : null;
    hidden.push({ fam, gi, sex, dob, natId, nssf, hireYear: hireYear(r, Number(dob.slice(0, 4)) + 18, true) });
  }

  // ---- the sheet: hiring-year blocks, shuffled within ----
  const c1 = 2013 + r.int(1, 2);
  const c2 = c1 + r.int(2, 3);
  const c3 = YEAR1 - r.int(2, 3);
  const schemeByYear: Record<number, Scheme> = {};
  for (let y = YEAR0; y <= YEAR1; y++) schemeByYear[y] = y <= c1 ? 'ala' : y <= c2 ? 'alaPlain' : y <= c3 ? 'phon' : 'trans';

  type Slot = { kind: 'true' | 'hidden'; reg: number; person: Person };
  const byYear = new Map<number, Slot[]>();
  const put = (y: number, s: Slot) => {
    const a = byYear.get(y);
    if (a) a.push(s);
    else byYear.set(y, [s]);
  };
  for (const i of present) put(people[i].hireYear, { kind: 'true', reg: i, person: people[i] });
  for (const p of hidden) put(p.hireYear, { kind: 'hidden', reg: -1, person: p });
  const slots: { slot: Slot; block: number; pos: number; len: number }[] = [];
  for (let y = YEAR0; y <= YEAR1; y++) {
    const b = r.shuffle(byYear.get(y) ?? []);
    b.forEach((slot, pos) => slots.push({ slot, block: y, pos, len: b.length }));
  }

  // script, source, translation
  const meta: RowMeta[] = slots.map(({ slot, block, pos, len }) => {
    const idCard = r.chance(0.04);
    const script: 'kh' | 'lat' = idCard || r.chance(0.5) ? 'kh' : 'lat';
    return {
      kind: slot.kind, reg: slot.reg, person: slot.person, block, posInBlock: pos, blockLen: len, script,
      scheme: script === 'lat' ? schemeByYear[block] : null, translated: false, idCard, note: blankNote(),
      dobSwapped: false, natSlip: false, nssfSlip: false, fixedName: 0, forced: false,
    };
  });
  const translatable = meta.filter(
    (m) => m.scheme === 'trans' && [m.person.fam, ...GIVEN[m.person.gi].parts].some((w) => W[w].en),
  );
  r.shuffle(translatable);
  const nTrans = Math.min(translatable.length, Math.round(translatedRate * meta.length));
  for (let i = 0; i < nTrans; i++) translatable[i].translated = true;

  // ---- rows ----
  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  const t0 = Date.UTC(2025, 2, 12, 1, 30, 0);
  let t = t0;
  let csvRow = 0;
  const nameOf = (m: RowMeta, fam: WordKey, gi: number) => {
    m.note = blankNote();
    if (m.idCard) return fullKh(fam, gi);
    return m.script === 'kh'
      ? renderKhmer(r, fam, gi, m.note)
      : renderLatin(r, fam, gi, { scheme: m.scheme!, translate: m.translated }, m.note);
  };
  for (const m of meta) {
    const p = m.person;
    let name = nameOf(m, p.fam, p.gi);
    const hasDob = m.idCard || r.chance(0.79);
    let dob: string | null = hasDob ? p.dob : null;
    if (dob && !m.idCard && r.chance(0.03)) {
      const s = swapDM(dob);
      if (s) {
        dob = s;
        m.dobSwapped = true;
      }
    }
    let natId: string | null = m.idCard || r.chance(hasDob ? 0.26 : 0.85) ? p.natId : null;
    if (natId && !m.idCard && r.chance(0.025)) {
      natId = slip(r, natId);
      m.natSlip = true;
    }
    let nssf: string | null = p.nssf && r.chance(hasDob ? 0.19 : 0.5) ? p.nssf : null;
    if (nssf && r.chance(0.025)) {
      nssf = slip(r, nssf);
      m.nssfSlip = true;
    }
    let sex: 'M' | 'F' | null = m.idCard || r.chance(0.92) ? p.sex : null;

    if (m.kind === 'hidden') {
      // rule 3: rule the hidden row out from every registered worker its name could pass for
      for (let attempt = 0; ; attempt++) {
        const cands = reader.candidates(name, 1);
        const out = (i: number) => ruledOutStrict({ sex, dateOfBirth: dob, nationalId: natId }, registered[i]);
        if (cands.every(out)) break;
        m.forced = true;
        dob = p.dob;
        for (let k = 0; k < 300 && cands.some((i) => registered[i].dateOfBirth && closeDob(registered[i].dateOfBirth!, dob!)); k++) {
          p.dob = randDate(r, 1975, Math.min(2006, p.hireYear - 18));
          dob = p.dob;
        }
        if (!cands.every(out)) natId = p.natId;
        if (!cands.every(out)) sex = p.sex;
        if (cands.every(out)) break;
        if (attempt > 30) throw new Error('seventieth: cannot make a hidden row fair');
        // give up on this name: draw another
        p.sex = r.chance(0.6) ? 'F' : 'M';
        p.fam = r.pick(FAMILY);
        p.gi = r.pick(GIVEN_BY_SEX[p.sex]);
        m.translated = m.translated && [p.fam, ...GIVEN[p.gi].parts].some((w) => W[w].en);
        if (sex) sex = p.sex;
        name = nameOf(m, p.fam, p.gi);
        m.fixedName++;
      }
    }

    t += r.int(4, 45) * 1000;
    const id = uuid(r);
    onsite.push({
      id,
      visitId: VISIT_ID,
      name,
      nationalId: natId,
      nssfNumber: nssf,
      sex,
      dateOfBirth: dob,
      source: m.idCard ? 'id-card' : 'csv',
      sourceRow: m.idCard ? null : ++csvRow,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, m.kind === 'true' ? registered[m.reg].workerId : null);
  }
  return { roster: { registered, onsite, truth }, meta, regPair, reader, schemeByYear, params: { absentRate, hiddenRate, translatedRate } };
}

type Fields = { sex: 'M' | 'F' | null; dateOfBirth: string | null; nationalId: string | null; nssfNumber?: string | null };

/** Rule 3: a field present on both sides rules the registered worker out. */
export function ruledOutStrict(row: Fields, reg: RegisteredWorker): boolean {
  if (row.sex && reg.sex && row.sex !== reg.sex) return true;
  if (row.dateOfBirth && reg.dateOfBirth && !closeDob(row.dateOfBirth, reg.dateOfBirth)) return true;
  if (row.nationalId && reg.nationalId && !within1(row.nationalId, reg.nationalId)) return true;
  return false;
}

/** Rule 5: nothing present on both sides tells the row and the registered worker apart. */
function compatible(row: OnsiteWorker, reg: RegisteredWorker): boolean {
  if (row.sex && reg.sex && row.sex !== reg.sex) return false;
  if (row.dateOfBirth && reg.dateOfBirth && row.dateOfBirth !== reg.dateOfBirth && swapDM(reg.dateOfBirth) !== row.dateOfBirth)
    return false;
  if (row.nationalId && reg.nationalId && !within1(row.nationalId, reg.nationalId)) return false;
  if (row.nssfNumber && reg.nssfNumber && !within1(row.nssfNumber, reg.nssfNumber)) return false;
  return true;
}

function positiveEvidence(row: OnsiteWorker, reg: RegisteredWorker): boolean {
  return (
    (!!row.dateOfBirth && !!reg.dateOfBirth && (row.dateOfBirth === reg.dateOfBirth || swapDM(reg.dateOfBirth) === row.dateOfBirth)) ||
    (!!row.nationalId && !!reg.nationalId && within1(row.nationalId, reg.nationalId)) ||
    (!!row.nssfNumber && !!reg.nssfNumber && within1(row.nssfNumber, reg.nssfNumber))
  );
}

export function generateSeventieth(size: number, seed: number): Roster {
  return buildSeventieth(size, seed).roster;
}

// ---------------------------------------------------------------------------------------------
// Self-check
// ---------------------------------------------------------------------------------------------

function selfCheck(size: number, seed: number): boolean {
  const t0 = performance.now();
  const b = buildSeventieth(size, seed);
  const genMs = performance.now() - t0;
  const { roster, meta, regPair, reader } = b;
  const { registered, onsite, truth } = roster;
  const regIndex = new Map(registered.map((w, i) => [w.workerId, i]));
  let ok = true;
  const lines: string[] = [];
  const check = (label: string, pass: boolean, detail = '') => {
    lines.push(`  ${pass ? 'ok  ' : 'FAIL'} ${label}${detail ? `: ${detail}` : ''}`);
    if (!pass) ok = false;
  };
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(2)} %`;
  const n = onsite.length;
  const trueRows = meta.filter((m) => m.kind === 'true');
  const hiddenRows = meta.filter((m) => m.kind === 'hidden');
  const lat = meta.filter((m) => m.script === 'lat');
  const kh = meta.filter((m) => m.script === 'kh');
  const count = (xs: RowMeta[], f: (m: RowMeta) => boolean) => xs.filter(f).length;

  console.log(`seventieth  size=${size} seed=${seed}  generated in ${genMs.toFixed(0)} ms`);
  console.log(`  registered ${registered.length}, on site ${n} (true ${trueRows.length}, hidden ${hiddenRows.length} = ${pct(hiddenRows.length, n)}), absent ${registered.length - trueRows.length} = ${pct(registered.length - trueRows.length, registered.length)}`);
  console.log(`  register: Latin name ${pct(registered.filter((w) => w.nameLatin).length, registered.length)}, DOB ${pct(registered.filter((w) => w.dateOfBirth).length, registered.length)}, national ID ${pct(registered.filter((w) => w.nationalId).length, registered.length)}, NSSF ${pct(registered.filter((w) => w.nssfNumber).length, registered.length)}`);
  const yrs = Object.entries(b.schemeByYear).map(([y, s]) => `${y}:${s}`).join(' ');
  console.log(`  schemes by hire year: ${yrs}`);
  console.log(`  script: Khmer ${pct(kh.length, n)} (id-card ${count(meta, (m) => m.idCard)}), Latin ${pct(lat.length, n)}: ala ${count(lat, (m) => m.scheme === 'ala')}, alaPlain ${count(lat, (m) => m.scheme === 'alaPlain')}, phon ${count(lat, (m) => m.scheme === 'phon')}, trans ${count(lat, (m) => m.scheme === 'trans')}`);
  const translated = meta.filter((m) => m.translated);
  console.log(`  translated into English words: ${translated.length} = ${pct(translated.length, n)} (target ${(100 * b.params.translatedRate).toFixed(1)} %)`);
  console.log(`  Latin rows: given first ${pct(count(lat, (m) => m.note.swapped), lat.length)}, typo ${pct(count(lat, (m) => m.note.typo), lat.length)}, UPPER ${pct(count(lat, (m) => m.note.upper), lat.length)}, lower ${pct(count(lat, (m) => m.note.lower), lat.length)}, NFD ${count(lat, (m) => m.note.nfd)}`);
  console.log(`  Khmer rows: ZWSP sep ${pct(count(kh, (m) => m.note.zwsp), kh.length)}, no sep ${pct(count(kh, (m) => m.note.noSep), kh.length)}, ZWSP inside ${count(kh, (m) => m.note.zwspInside)}, keyboard variants ${pct(count(kh, (m) => m.note.keyboard), kh.length)}, double space ${count(kh, (m) => m.note.doubleSpace)}, given first ${pct(count(kh, (m) => m.note.swapped), kh.length)}`);
  const has = (f: (o: OnsiteWorker) => unknown) => onsite.filter(f).length;
  console.log(`  on-site fields: DOB ${pct(has((o) => o.dateOfBirth), n)} (swapped ${count(meta, (m) => m.dobSwapped)}), national ID ${pct(has((o) => o.nationalId), n)} (slips ${count(meta, (m) => m.natSlip)}), NSSF ${pct(has((o) => o.nssfNumber), n)} (slips ${count(meta, (m) => m.nssfSlip)}), sex ${pct(has((o) => o.sex), n)}`);
  console.log(`  samples: ${['ala', 'alaPlain', 'phon', 'trans'].map((s) => { const i = meta.findIndex((m) => m.scheme === s && (s !== 'trans' || m.translated)); return i < 0 ? '' : JSON.stringify(onsite[i].name); }).join('  ')}  ${JSON.stringify(onsite[meta.findIndex((m) => m.script === 'kh' && m.note.zwsp)]?.name ?? '')}`);

  // theme rates
  check('hidden 6-9 % of rows', hiddenRows.length / n >= 0.06 && hiddenRows.length / n <= 0.09, pct(hiddenRows.length, n));
  check('Khmer about half of the rows (40-60 %)', kh.length / n >= 0.4 && kh.length / n <= 0.6, pct(kh.length, n));
  check('translated rows 3-6 %', translated.length / n >= 0.03 && translated.length / n <= 0.06, pct(translated.length, n));
  const near = (k: number, p: number) => Math.abs(k / n - p) < 0.025 + 3 * Math.sqrt((p * (1 - p)) / n);
  check('DOB ~80 %, national ID ~40 %, NSSF ~25 % (within 2.5 points + 3 s.d.)',
    near(has((o) => o.dateOfBirth), 0.8) && near(has((o) => o.nationalId), 0.4) && near(has((o) => o.nssfNumber), 0.25));
  check('register Khmer is clean (canonical, one plain space)', registered.every((w) => canonKh(w.nameKh.replace(' ', '')) === w.nameKh.replace(' ', '') && /^\S+ \S+$/.test(w.nameKh)));
  check('every Latin scheme appears', (['ala', 'alaPlain', 'phon', 'trans'] as const).every((s) => lat.some((m) => m.scheme === s)));

  // schemas
  const badOn = onsite.filter((o) => !OnsiteWorker.safeParse(o).success).length;
  const badReg = registered.filter((w) => !RegisteredWorker.safeParse(w).success).length;
  check('schemas (zod safeParse, every row)', badOn === 0 && badReg === 0, `${badOn} on-site, ${badReg} registered invalid`);
  check('no statedStartDate / wageRiel on on-site rows', onsite.every((o) => o.statedStartDate === undefined && o.wageRiel === undefined));
  check('truth covers every on-site row', truth.size === n && onsite.every((o) => truth.has(o.id)));

  // rule 1
  let r1 = 0;
  const r1ex: string[] = [];
  meta.forEach((m, i) => {
    if (m.kind !== 'true') return;
    const o = onsite[i];
    const reg = registered[regIndex.get(truth.get(o.id)!)!];
    const ri = regIndex.get(reg.workerId)!;
    const nameOk = reader.read(o.name, 4).has(regPair[ri]);
    const sexOk = !o.sex || !reg.sex || o.sex === reg.sex;
    const dobOk = !o.dateOfBirth || !reg.dateOfBirth || o.dateOfBirth === reg.dateOfBirth || swapDM(reg.dateOfBirth) === o.dateOfBirth;
    const natOk = !o.nationalId || !reg.nationalId || within1(o.nationalId, reg.nationalId);
    const nssfOk = !o.nssfNumber || !reg.nssfNumber || within1(o.nssfNumber, reg.nssfNumber);
    if (!(nameOk && sexOk && dobOk && natOk && nssfOk)) {
      r1++;
      if (r1ex.length < 5) r1ex.push(`${JSON.stringify(o.name)} vs ${reg.nameKh}/${reg.nameLatin} name=${nameOk} sex=${sexOk} dob=${dobOk} id=${natOk}/${nssfOk}`);
    }
  });
  check('rule 1: true rows carry only plausible variants', r1 === 0, `${r1} violations ${r1ex.join(' | ')}`);

  // rule 2 (independent of the generator's namesake table: read every spelling combination back)
  const distinct = [...new Set(regPair)];
  const nsAudit = new Map<string, Set<string>>();
  for (const k of distinct) {
    const [famS, giS] = k.split('#');
    const fam = famS as WordKey;
    const gi = Number(giS);
    const parts = GIVEN[gi].parts;
    const acc = new Set<string>(reader.read(fullKh(fam, gi), null));
    const givenForms: string[][] = [];
    if (parts.length === 1) for (const a of SPELL[parts[0]]) givenForms.push([a]);
    else for (const a of SPELL[parts[0]]) for (const c of SPELL[parts[1]]) givenForms.push([a, c], [a + c]);
    for (const f of SPELL[fam])
      for (const gf of givenForms) {
        for (const x of reader.read([f, ...gf].join(' '), null)) acc.add(x);
        for (const x of reader.read([...gf, f].join(' '), null)) acc.add(x);
      }
    nsAudit.set(k, acc);
  }
  let r2 = 0;
  let withNamesake = 0;
  const r2ex: string[] = [];
  registered.forEach((w, i) => {
    let any = false;
    for (const k of nsAudit.get(regPair[i])!)
      for (const j of reader.pairs.get(k)!) {
        if (j === i) continue;
        any = true;
        const v = registered[j];
        if (j > i && w.dateOfBirth && v.dateOfBirth && closeDob(w.dateOfBirth, v.dateOfBirth)) {
          r2++;
          if (r2ex.length < 3) r2ex.push(`${w.nameKh} ${w.dateOfBirth} ~ ${v.nameKh} ${v.dateOfBirth}`);
        }
      }
    if (any) withNamesake++;
  });
  console.log(`  registered workers with a namesake: ${pct(withNamesake, registered.length)}`);
  check('rule 2: registered namesakes more than a swap / one digit apart in DOB', r2 === 0, `${r2} pairs ${r2ex.join(' | ')}`);

  // rule 3
  let r3 = 0;
  let hiddenNamesakes = 0;
  const r3ex: string[] = [];
  meta.forEach((m, i) => {
    if (m.kind !== 'hidden') return;
    const o = onsite[i];
    const cands = reader.candidates(o.name, 1);
    if (cands.length) hiddenNamesakes++;
    const bad = cands.filter((c) => !ruledOutStrict(o, registered[c]));
    if (bad.length) {
      r3++;
      if (r3ex.length < 3) r3ex.push(`${JSON.stringify(o.name)} ~ ${registered[bad[0]].nameKh}`);
    }
  });
  console.log(`  hidden rows that could pass for a registered worker by name: ${hiddenNamesakes} of ${hiddenRows.length} (name redrawn ${meta.filter((m) => m.fixedName).length}, DOB/ID/sex forced ${meta.filter((m) => m.forced).length})`);
  check('rule 3: hidden rows ruled out from every registered worker they could pass for', r3 === 0, `${r3} violations ${r3ex.join(' | ')}`);

  // rule 4
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  check('rule 4: ids are unique v4 UUIDs', onsite.every((o) => uuidRe.test(o.id)) && new Set(onsite.map((o) => o.id)).size === n);
  check('rule 4: recordedAt strictly increasing', onsite.every((o, i) => i === 0 || o.recordedAt > onsite[i - 1].recordedAt));
  check('rule 4: csv sourceRow increasing', onsite.filter((o) => o.sourceRow !== null).every((o, i, a) => i === 0 || o.sourceRow! > a[i - 1].sourceRow!));
  const corr = (xs: number[], ys: number[]) => {
    const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
    const my = ys.reduce((a, b) => a + b, 0) / ys.length;
    let sxy = 0, sxx = 0, syy = 0;
    for (let i = 0; i < xs.length; i++) {
      sxy += (xs[i] - mx) * (ys[i] - my);
      sxx += (xs[i] - mx) ** 2;
      syy += (ys[i] - my) ** 2;
    }
    return sxy / Math.sqrt(sxx * syy);
  };
  const tr = meta.map((m, i) => [i, m] as const).filter(([, m]) => m.kind === 'true');
  const c1 = corr(tr.map(([i]) => i), tr.map(([i]) => regIndex.get(truth.get(onsite[i].id)!)!));
  const lim = 4 / Math.sqrt(tr.length);
  check('rule 4: on-site order vs registered order uncorrelated', Math.abs(c1) < lim, `r=${c1.toFixed(4)} (limit ${lim.toFixed(3)})`);
  const hire = registered.map((w) => Date.parse(w.hireDate!));
  const c2 = corr(registered.map((_, i) => i), hire);
  const c3 = corr(registered.map((_, i) => i), registered.map((w) => Date.parse(w.dateOfBirth ?? '1990-01-01')));
  const lim2 = 4 / Math.sqrt(registered.length);
  check('rule 4: worker ids uncorrelated with hire date / DOB', Math.abs(c2) < lim2 && Math.abs(c3) < lim2, `r=${c2.toFixed(4)}, ${c3.toFixed(4)}`);
  const hp = hiddenRows.filter((m) => m.blockLen > 1).map((m) => m.posInBlock / (m.blockLen - 1));
  const meanPos = hp.reduce((a, b) => a + b, 0) / Math.max(1, hp.length);
  const lim3 = (4 * 0.29) / Math.sqrt(Math.max(1, hp.length));
  check('rule 4: hidden rows spread evenly within their blocks', Math.abs(meanPos - 0.5) < lim3, `mean position ${meanPos.toFixed(3)} (limit ±${lim3.toFixed(3)})`);
  const firstHalf = meta.slice(0, Math.floor(n / 2)).filter((m) => m.kind === 'hidden').length;
  console.log(`  hidden rows in the first / second half of the sheet: ${firstHalf} / ${hiddenRows.length - firstHalf} (later hire years hold more hidden workers)`);

  // rule 5
  let undecidable = 0;
  let undecTrans = 0;
  let ambiguousName = 0;
  meta.forEach((m, i) => {
    if (m.kind !== 'true') return;
    const o = onsite[i];
    const ti = regIndex.get(truth.get(o.id)!)!;
    const cands = [...new Set(reader.candidates(o.name, 4))];
    if (cands.length > 1) ambiguousName++;
    const compat = cands.filter((c) => compatible(o, registered[c]));
    // decidable: one registered worker left, or exactly one that a DOB/ID present on both sides
    // confirms (and it is the right one); a translated row needs a DOB/ID confirmation, or sex /
    // DOB / ID to have eliminated every other worker its English words could be
    const pos = compat.filter((c) => positiveEvidence(o, registered[c]));
    const confirmed = pos.length === 1 && pos[0] === ti;
    const und = m.translated ? !(confirmed || (compat.length === 1 && cands.length > 1)) : !(compat.length === 1 || confirmed);
    if (und) {
      undecidable++;
      if (m.translated) undecTrans++;
    }
  });
  console.log(`  true rows whose name alone fits several registered workers: ${pct(ambiguousName, trueRows.length)}`);
  check('rule 5: undecidable true rows < 4 %', undecidable / trueRows.length < 0.04,
    `${undecidable} = ${pct(undecidable, trueRows.length)} (of which translated ${undecTrans} = ${pct(undecTrans, n)} of rows)`);

  // determinism and time
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const again = generateSeventieth(size, seed);
  check('determinism: same seed gives the same roster', ser(again) === ser(roster));
  const other = generateSeventieth(size, seed + 1);
  check('determinism: another seed differs', ser(other) !== ser(roster));
  const ts = performance.now();
  generateSeventieth(10000, seed);
  const ms = performance.now() - ts;
  check('10k generation under 2 s', ms < 2000, `${ms.toFixed(0)} ms`);

  console.log(lines.join('\n'));
  console.log(ok ? 'PASS' : 'FAIL');
  return ok;
}

if (process.argv[1]?.endsWith('seventieth.ts')) {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  if (!selfCheck(size, seed)) process.exit(1);
}
