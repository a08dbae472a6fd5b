/**
 * Roster "nineteenth": the employer's HR export romanizes Khmer names by a UNGEGN-style system.
 *
 * THE SCENE
 * The employer's HR software stores each worker's name in Khmer and prints the attendance
 * export with a Latin column made by a systematic romanization (UNGEGN / Cambodian government
 * style, below), either with its diacritics (Sŏkh Dara, Chăn Srei Mŭm) or, in the ASCII-only
 * export the inspector loads, stripped of them (Sokh Dara, Chan Srei Mum). 80 % of on-site rows
 * come from that export (source 'csv'). The other 20 % are typed by the inspector, from the ID
 * card (source 'id-card') or by asking (source 'manual'), in the everyday Latin spelling
 * (SOK DARA) or in Khmer script. The register is the fund's list: Khmer always, the ID card's
 * everyday Latin spelling for 80 % of workers.
 *
 * THE ROMANIZER (romanizeWord below; letter by letter, syllable by syllable)
 *  - Consonants (same initial and final): ក k ខ kh គ k ឃ kh ង ng ច ch ឆ chh ជ ch ឈ chh ញ nh
 *    ដ d ឋ th ឌ d ឍ th ណ n ត t ថ th ទ t ធ th ន n ប b (ប៉ p) ផ ph ព p ភ ph ម m យ y រ r ល l
 *    វ v ស s ហ h ឡ l; អ is dropped at the start of a word and written ' inside one (Sŏkh'éng).
 *  - Series: the letter's own, switched by ៉ (to 1st) and ៊ (to 2nd); a 2nd-series sonorant
 *    over a 1st-series subscript is 1st series (ល្អ).
 *  - Vowels 1st / 2nd series: (inherent) â/ô, ា a/éa, ិ ĕ/ĭ, ី ei/i, ឹ œ̆, ឺ œ, ុ ŏ/ŭ, ូ o/u,
 *    ួ uŏ, ើ aeu/eu, ឿ eua, ៀ iĕ, េ é, ែ ê, ៃ ai/ey, ោ aô/ô, ៅ au/ŏu, ុំ om/ŭm, ំ âm/um,
 *    ាំ ăm/ŏâm, ះ ăh/eăh, ុះ ŏh/uh, េះ éh, ោះ aŏh/uŏh, ័ ă/ŏă; bantoc ់ shortens ា to ă/ŏă and
 *    the inherent vowel to ă/ŏă (2nd series before ង: ó, as in Kâmpóng). Independent vowels:
 *    ឥ ĕ ឦ ei ឧ ŏ ឩ ŭ ឪ ŏu ឫ rœ̆ ឬ rœ ឭ lœ̆ ឮ lœ ឯ é ឰ ai ឱ aô ឳ âu.
 *  - Syllables: a consonant carrying subscripts right after an open syllable closes it (its
 *    subscripts start the next syllable: ចន្ទ្រា → Chân-tréa); a bare consonant closes the
 *    open syllable before it when it ends the word, carries ់, or sits between an explicit
 *    vowel and a plain consonant+vowel (វាសនា → Véas-néa); otherwise it is an open syllable with
 *    the inherent vowel (រតនា → Rô-tâ-néa, សុផល → Sŏ-phâl). A subscript that ends a word with no
 *    vowel is written without one (វង្ស → Vôngs, ពិសិដ្ឋ → Pĭsĕdth) — the system transliterates
 *    silent letters, as UNGEGN does.
 *  - Compound given names written as one Khmer word are romanized per component (ស្រីមុំ →
 *    Srei Mŭm). Each word is capitalized. The ASCII export strips combining marks and writes
 *    œ as oe (Kœ̆m → Koem), keeping apostrophes.
 *  Where the brief's examples differ from the UNGEGN table this follows the table: ចន្ទ្រា gives
 *  Chântréa (ASCII Chantrea), ជា gives Chéa.
 *
 * FAIRNESS RULES (audited by the self-check; "key" = lower case, diacritics stripped, œ→oe,
 * apostrophes/spaces/hyphens removed; "within one edit" = optimal-string-alignment distance ≤ 1,
 * so one adjacent transposition counts as one edit)
 *  1. A true on-site row carries only plausible variants of its registered worker: its name is
 *     the registered Khmer (possibly re-encoded: zero-width space for the space, split vowels
 *     េ+ា / េ+ី, register shifter typed after the vowel, coeng RO typed before the other
 *     subscript — all normalize back to the register's text), or the words' listed everyday
 *     spellings or the system romanization (with or without diacritics, NFC or NFD), in either
 *     order, any case, with at most one typo in one word of 4+ letters (typed rows only, never
 *     one that lands exactly on another listed spelling). National ID and NSSF number exact or
 *     with one slip (one mistyped digit or two adjacent digits swapped); date of birth exact or
 *     day/month swapped; sex right or missing. The system romanization of the registered Khmer
 *     name counts as one of its spellings everywhere (rule 2, 3 and 5 included).
 *  2. Registered namesakes (names within one edit of each other in any listed spelling or the
 *     system romanization, either order, or in Khmer) never have dates of birth within a
 *     day/month swap or one digit of each other. National IDs and NSSF numbers carry a
 *     weighted mod-11 check digit, so any two distinct ones are at least 2 edits apart.
 *  3. A hidden row either could not pass for any registered worker by name (its key is not
 *     within one edit of any full-name key of anyone registered; a Khmer row is compared in
 *     Khmer and, to be safe, through all its words' Latin spellings too), or it is ruled out
 *     from every registered worker it could pass for by a field present on BOTH sides: sex
 *     differs, date of birth more than a swap/one digit apart, national ID or NSSF number 2+
 *     edits apart.
 *  4. Nothing leaks the truth: on-site rows are shuffled, their ids are random v4 UUIDs from the
 *     seeded PRNG, recordedAt increases in row order and sourceRow numbers the CSV rows in row
 *     order; the register is shuffled before worker ids are assigned.
 *  5. Undecidable true rows (another registered worker the row could pass for by name, at least
 *     as closely as its own, with no field present on both sides to tell them apart) stay under
 *     4 %.
 *
 * RATES (per roster): 10 % of registered workers absent; hidden ≈ 7 % of on-site rows, half of
 * them namesakes of registered workers told apart as rule 3 demands. Sources: csv 80 %
 * (diacritics 35 % of which 30 % NFD, upper case 20 %, given name first 12 %), id-card 10 %
 * (Khmer 45 %, else the ID card's own spelling, upper case 85 %, swapped 8 %, typo 8 %),
 * manual 10 % (Khmer 35 %, else everyday spellings, the ID card's for each word half the time,
 * upper 60 % / title 35 % / lower 5 %, swapped 18 %, typo 15 %). Khmer rows re-encoded 60 %,
 * register Khmer 8 %. On-site national ID present csv 60 % / id-card 95 % / manual 30 %, NSSF
 * 35 / 8 / 12 %, date of birth 95 / 97 / 85 %, sex 97 / 99 / 88 %; each ID present has a slip
 * 5 %, each date of birth is day/month swapped 6 % (when the swap is a real date). Hidden
 * workers have their own national IDs (never registered) and an NSSF number from a former
 * employer 4 % of the time. Register: Latin name missing 20 %, sex 1 %, date of birth 0.5 %,
 * national ID 3 %, NSSF number 2 %, wage 4 %; 62 % women; family names drawn Zipf-like from
 * 62, given names from ~50 per sex, so common names collide by the dozen at 10,000.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import { FAMILY, GIVEN, type KhWord } from './nineteenth-names';

export const NINETEENTH_LABEL = 'HR export romanized UNGEGN-style (diacritics or ASCII), 20 % typed everyday/Khmer';

// ───────────────────────────── romanizer ─────────────────────────────

const FIRST = new Set([...'កខចឆដឋណតថបផឝឞសហឡអ']);
const SONORANT2 = new Set([...'ងញមយរលវន']);
const CONS: Record<string, string> = {
  'ក': 'k', 'ខ': 'kh', 'គ': 'k', 'ឃ': 'kh', 'ង': 'ng', 'ច': 'ch', 'ឆ': 'chh', 'ជ': 'ch', 'ឈ': 'chh', 'ញ': 'nh',
  'ដ': 'd', 'ឋ': 'th', 'ឌ': 'd', 'ឍ': 'th', 'ណ': 'n', 'ត': 't', 'ថ': 'th', 'ទ': 't', 'ធ': 'th', 'ន': 'n',
  'ប': 'b', 'ផ': 'ph', 'ព': 'p', 'ភ': 'ph', 'ម': 'm', 'យ': 'y', 'រ': 'r', 'ល': 'l', 'វ': 'v',
  'ឝ': 's', 'ឞ': 's', 'ស': 's', 'ហ': 'h', 'ឡ': 'l', 'អ': "'",
};
const BREVE = '\u0306';
const VOWELS: Record<string, [string, string]> = {
  '': ['â', 'ô'], 'ា': ['a', 'éa'], 'ិ': ['ĕ', 'ĭ'], 'ី': ['ei', 'i'], 'ឹ': ['œ' + BREVE, 'œ' + BREVE], 'ឺ': ['œ', 'œ'],
  'ុ': ['ŏ', 'ŭ'], 'ូ': ['o', 'u'], 'ួ': ['uŏ', 'uŏ'], 'ើ': ['aeu', 'eu'], 'ឿ': ['eua', 'eua'], 'ៀ': ['iĕ', 'iĕ'],
  'េ': ['é', 'é'], 'ែ': ['ê', 'ê'], 'ៃ': ['ai', 'ey'], 'ោ': ['aô', 'ô'], 'ៅ': ['au', 'ŏu'],
  'ុំ': ['om', 'ŭm'], 'ំ': ['âm', 'um'], 'ាំ': ['ăm', 'ŏâm'], 'ះ': ['ăh', 'eăh'], 'ុះ': ['ŏh', 'uh'],
  'េះ': ['éh', 'éh'], 'ោះ': ['aŏh', 'uŏh'],
};
const INDEPENDENT: Record<string, string> = {
  'ឥ': 'ĕ', 'ឦ': 'ei', 'ឧ': 'ŏ', 'ឩ': 'ŭ', 'ឪ': 'ŏu', 'ឫ': 'rœ' + BREVE, 'ឬ': 'rœ', 'ឭ': 'lœ' + BREVE, 'ឮ': 'lœ',
  'ឯ': 'é', 'ឰ': 'ai', 'ឱ': 'aô', 'ឲ': 'aôy', 'ឳ': 'âu',
};
const isCons = (c: string) => c >= '\u1780' && c <= '\u17A2';
const isIndep = (c: string) => c >= '\u17A3' && c <= '\u17B3';
const isDepVowel = (c: string) => c >= '\u17B6' && c <= '\u17C5';

interface Cluster { base: string; indep: boolean; subs: string[]; shift: string; vowel: string; nik: boolean; reah: boolean; bantoc: boolean; silent: boolean; samyok: boolean }
interface Syllable { onset: string; series: 1 | 2; vowel: string; indep: string | null; nik: boolean; reah: boolean; samyok: boolean; bantoc: boolean; final: string | null; finalBase: string; mute: boolean; explicit: boolean }

function clustersOf(word: string): Cluster[] {
  const out: Cluster[] = [];
  const cs = [...word];
  for (let i = 0; i < cs.length; i++) {
    const ch = cs[i];
    if (isCons(ch) || isIndep(ch)) {
      out.push({ base: ch, indep: isIndep(ch), subs: [], shift: '', vowel: '', nik: false, reah: false, bantoc: false, silent: false, samyok: false });
      continue;
    }
    const cur = out[out.length - 1];
    if (!cur) continue;
    if (ch === '\u17D2') { if (cs[i + 1] && isCons(cs[i + 1])) { cur.subs.push(cs[i + 1]); i++; } continue; }
    if (ch === '\u17C9' || ch === '\u17CA') cur.shift = ch;
    else if (isDepVowel(ch)) cur.vowel += ch;
    else if (ch === '\u17C6') cur.nik = true;
    else if (ch === '\u17C7') cur.reah = true;
    else if (ch === '\u17CB') cur.bantoc = true;
    else if (ch === '\u17CD') cur.silent = true;
    else if (ch === '\u17D0') cur.samyok = true;
  }
  return out;
}

function seriesOf(base: string, shift: string, subs: string[]): 1 | 2 {
  if (shift === '\u17C9') return 1;
  if (shift === '\u17CA') return 2;
  if (FIRST.has(base)) return 1;
  if (SONORANT2.has(base) && subs.length > 0 && FIRST.has(subs[0])) return 1;
  return 2;
}

function consRom(c: string, shift: string, wordInitial: boolean): string {
  if (c === 'អ') return wordInitial ? '' : "'";
  if (c === 'ប' && shift === '\u17C9') return 'p';
  return CONS[c] ?? '';
}

function vowelText(s: Syllable): string {
  const i = s.series - 1;
  if (s.indep !== null) return s.indep;
  if (s.mute) return '';
  if (s.samyok) return ['ă', 'ŏă'][i];
  if (s.bantoc && !s.nik && !s.reah) {
    if (s.vowel === 'ា') return ['ă', 'ŏă'][i];
    if (s.vowel === '') return s.series === 1 ? 'ă' : s.finalBase === 'ង' ? 'ó' : 'ŏă';
  }
  const key = s.vowel + (s.nik ? '\u17C6' : '') + (s.reah ? '\u17C7' : '');
  const v = VOWELS[key];
  if (v) return v[i];
  return (VOWELS[s.vowel]?.[i] ?? '') + (s.nik ? 'm' : '') + (s.reah ? 'h' : '');
}

/** One Khmer word → its system romanization (lower case, NFC). */
function romanizeSyllables(word: string): string {
  const cl = clustersOf(word);
  const syl: Syllable[] = [];
  const hasVowel = (c: Cluster) => c.indep || c.vowel !== '' || c.nik || c.reah || c.samyok;
  const newSyl = (c: Cluster, onsetBase: string, shift: string, subs: string[], wordInitial: boolean, mute: boolean): Syllable => ({
    onset: consRom(onsetBase, shift, wordInitial) + subs.map((s) => consRom(s, '', false)).join(''),
    series: seriesOf(onsetBase, shift, subs), vowel: c.vowel, indep: null, nik: c.nik, reah: c.reah, samyok: c.samyok,
    bantoc: false, final: null, finalBase: '', mute, explicit: c.vowel !== '' || c.samyok,
  });
  for (let i = 0; i < cl.length; i++) {
    const c = cl[i];
    const last = i === cl.length - 1;
    const prev = syl[syl.length - 1];
    const prevOpen = !!prev && prev.final === null && !prev.nik && !prev.reah && !prev.mute;
    if (c.indep) {
      syl.push({ onset: '', series: 1, vowel: '', indep: INDEPENDENT[c.base] ?? '', nik: false, reah: false, samyok: false, bantoc: false, final: null, finalBase: '', mute: false, explicit: true });
      continue;
    }
    if (c.subs.length > 0 && prevOpen) {
      prev.final = consRom(c.base, c.shift, false);
      prev.finalBase = c.base;
      syl.push(newSyl(c, c.subs[0], '', c.subs.slice(1), false, !hasVowel(c) && last));
      continue;
    }
    if (!hasVowel(c) && c.subs.length === 0 && prevOpen) {
      const next = cl[i + 1];
      const toFinal = c.bantoc || c.silent || last || (prev.explicit && !!next && !next.indep && hasVowel(next) && next.subs.length === 0);
      if (toFinal) {
        prev.final = c.silent ? '' : consRom(c.base, c.shift, false);
        prev.finalBase = c.base;
        if (c.bantoc) prev.bantoc = true;
        continue;
      }
    }
    syl.push(newSyl(c, c.base, c.shift, c.subs, i === 0, false));
  }
  return syl.map((s) => s.onset + vowelText(s) + (s.final ?? '')).join('').normalize('NFC');
}

const capitalize = (w: string) => (w ? w[0].toUpperCase() + w.slice(1) : w);

/** The system romanization of one name word (compounds per component), capitalized, with diacritics. */
export function romanizeWord(w: KhWord): string {
  const parts = w.parts ?? [w.kh];
  return parts.map((p) => capitalize(romanizeSyllables(p))).join(' ');
}

/** The ASCII export: combining marks stripped, œ → oe, apostrophes kept. */
export function asciiFold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/g, 'oe').replace(/Œ/g, 'Oe').replace(/æ/g, 'ae');
}

// ───────────────────────────── keys and normalizers ─────────────────────────────

const KHMER_RE = /[\u1780-\u17FF]/;
export const isKhmer = (s: string) => KHMER_RE.test(s);

/** Lower case, diacritics stripped, œ → oe, letters only. */
export function latinKey(s: string): string {
  return asciiFold(s).toLowerCase().replace(/[^a-z]/g, '');
}

/** Khmer text back to its canonical encoding (words separated by single spaces). */
export function khNorm(s: string): string {
  return s.normalize('NFC')
    .replace(/[\u200B\uFEFF]/g, ' ')
    .replace(/[\u200C\u200D]/g, '')
    .replace(/\u17C1\u17B6/g, '\u17C4')
    .replace(/\u17C1\u17B8/g, '\u17BE')
    .replace(/([\u17B6-\u17C5]+)([\u17C9\u17CA])/g, '$2$1')
    .replace(/(\u17D2\u179A)(\u17D2[\u1780-\u17A2])/g, '$2$1')
    .replace(/\s+/g, ' ')
    .trim();
}
const khKey = (s: string) => khNorm(s).replace(/ /g, '');

/** Optimal-string-alignment distance, capped: returns 0, 1 or 2 (2 meaning "2 or more"). */
export function osa2(a: string, b: string): 0 | 1 | 2 {
  if (a === b) return 0;
  const la = a.length, lb = b.length;
  if (Math.abs(la - lb) > 1) return 2;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return 1; // substitution
    if (i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) return 1; // transposition
    return 2;
  }
  if (la > lb) return a.slice(i + 1) === b.slice(i) ? 1 : 2;
  return a.slice(i) === b.slice(i + 1) ? 1 : 2;
}

// ───────────────────────────── lexicon ─────────────────────────────

interface Word {
  kh: string;
  khKey: string;
  sys: string; // system romanization with diacritics
  sysAscii: string;
  everyday: readonly string[];
  spellings: string[]; // everyday + system ASCII, deduplicated by key (as displayed)
  keys: string[]; // Latin keys of the spellings
  famIdx: number;
  givIdx: number;
  sex: 'M' | 'F' | 'U' | null;
}

interface Lexicon {
  words: Word[];
  fam: number[]; // FAMILY index → word id
  giv: number[]; // GIVEN index → word id
  givenBySex: { M: number[]; F: number[] }; // GIVEN indices
  D: Uint8Array; // word × word distance 0/1/2 (any same-script keys)
  near: number[][]; // word → words at distance ≤ 1 (itself included)
  byKh: Map<string, number>;
  allTokens: Set<string>; // every listed spelling word (lower case), to keep typos off real names
  nGiven: number;
}

let LEX: Lexicon | null = null;

function lexicon(): Lexicon {
  if (LEX) return LEX;
  const words: Word[] = [];
  const byKh = new Map<string, number>();
  const add = (w: KhWord, famIdx: number, givIdx: number, sex: Word['sex']) => {
    const key = khKey(w.kh);
    const existing = byKh.get(key);
    if (existing !== undefined) throw new Error(`duplicate Khmer word ${w.kh}`);
    const sys = romanizeWord(w);
    const sysAscii = asciiFold(sys);
    const spellings: string[] = [];
    const keys: string[] = [];
    for (const s of [...w.latin, sysAscii]) {
      const k = latinKey(s);
      if (!keys.includes(k)) { keys.push(k); spellings.push(s); }
    }
    byKh.set(key, words.length);
    words.push({ kh: w.kh, khKey: key, sys, sysAscii, everyday: w.latin, spellings, keys, famIdx, givIdx, sex });
  };
  FAMILY.forEach((w, i) => add(w, i, -1, null));
  GIVEN.forEach((w, i) => add(w, -1, i, w.sex));
  const W = words.length;
  const D = new Uint8Array(W * W);
  for (let a = 0; a < W; a++) {
    for (let b = a; b < W; b++) {
      let d: number = a === b ? 0 : osa2(words[a].khKey, words[b].khKey);
      for (const ka of words[a].keys) { if (d === 0) break; for (const kb of words[b].keys) { const x = osa2(ka, kb); if (x < d) d = x; if (d === 0) break; } }
      D[a * W + b] = d; D[b * W + a] = d;
    }
  }
  const near: number[][] = [];
  for (let a = 0; a < W; a++) { const l: number[] = []; for (let b = 0; b < W; b++) if (D[a * W + b] <= 1) l.push(b); near.push(l); }
  const fam = FAMILY.map((_, i) => i);
  const giv = GIVEN.map((_, i) => FAMILY.length + i);
  const givenBySex = { M: [] as number[], F: [] as number[] };
  GIVEN.forEach((g, i) => { if (g.sex !== 'F') givenBySex.M.push(i); if (g.sex !== 'M') givenBySex.F.push(i); });
  const allTokens = new Set<string>();
  for (const w of words) for (const s of [...w.spellings, w.sys]) for (const t of asciiFold(s).toLowerCase().split(/\s+/)) allTokens.add(t);
  LEX = { words, fam, giv, givenBySex, D, near, byKh, allTokens, nGiven: GIVEN.length };
  return LEX;
}

const pairId = (L: Lexicon, f: number, g: number) => f * L.nGiven + g;

/** Name pairs (family index, given index → pair id) a two-part name could pass for, word by word, either order. */
function pairsNear(L: Lexicon, first: Array<[number, number]>, second: Array<[number, number]>): Set<number> {
  const out = new Set<number>();
  for (const [a, da] of first) {
    for (const [b, db] of second) {
      if (da + db > 1) continue;
      const wa = L.words[a], wb = L.words[b];
      if (wa.famIdx >= 0 && wb.givIdx >= 0) out.add(pairId(L, wa.famIdx, wb.givIdx));
      if (wb.famIdx >= 0 && wa.givIdx >= 0) out.add(pairId(L, wb.famIdx, wa.givIdx));
    }
  }
  return out;
}
const wordNear = (L: Lexicon, w: number): Array<[number, number]> => L.near[w].map((b) => [b, L.D[w * L.words.length + b]]);

// ───────────────────────────── dates and ids ─────────────────────────────

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const digits = (d: string) => d.replace(/-/g, '');
function hamming(a: string, b: string): number { let n = 0; for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++; return n; }
function swapDM(d: string): string { return `${d.slice(0, 4)}-${d.slice(8, 10)}-${d.slice(5, 7)}`; }
/** Dates of birth a slip apart: equal, day/month swapped, or one digit apart (either with the swap). */
export function dobClose(a: string, b: string): boolean {
  const da = digits(a), db = digits(b);
  return hamming(da, db) <= 1 || hamming(digits(swapDM(a)), db) <= 1;
}
function validSwap(d: string): boolean { const day = +d.slice(8, 10), mon = +d.slice(5, 7); return day <= 12 && day !== mon; }
function randomDate(r: Rng, y0: number, y1: number): string {
  const y = r.int(y0, y1), m = r.int(1, 12), d = r.int(1, daysIn(y, m));
  return `${y}-${pad(m)}-${pad(d)}`;
}
/** n digits whose weighted sum (weights 1..n) is 0 mod 11: any two differ by 2+ edits. */
function checkedId(r: Rng, n: number): string {
  for (;;) {
    const ds: number[] = [];
    let s = 0;
    for (let i = 1; i < n; i++) { const d = r.int(0, 9); ds.push(d); s += i * d; }
    const inv = [0, 1, 6, 4, 3, 9, 2, 8, 7, 5, 10][n % 11]; // n⁻¹ mod 11
    const last = (((11 - (s % 11)) % 11) * inv) % 11;
    if (last === 10) continue;
    ds.push(last);
    return ds.join('');
  }
}
function slipId(r: Rng, id: string): string {
  for (;;) {
    const i = r.int(0, id.length - 1);
    if (r.chance(0.5) && i < id.length - 1) {
      if (id[i] === id[i + 1]) continue;
      return id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
    }
    const d = String((+id[i] + r.int(1, 9)) % 10);
    return id.slice(0, i) + d + id.slice(i + 1);
  }
}
function uuid(r: Rng): string {
  const h = () => Math.floor(r.next() * 16).toString(16);
  let s = '';
  for (let i = 0; i < 32; i++) s += i === 12 ? '4' : i === 16 ? '89ab'[Math.floor(r.next() * 4)] : h();
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

// ───────────────────────────── rendering ─────────────────────────────

const KEY_NEIGHBOURS: Record<string, string> = {
  a: 'qwsz', b: 'vghn', c: 'xdfv', d: 'serfcx', e: 'wsdr', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb', i: 'ujko', j: 'huikmn',
  k: 'jiolm', l: 'kop', m: 'njk', n: 'bhjm', o: 'iklp', p: 'ol', q: 'wa', r: 'edft', s: 'awedxz', t: 'rfgy', u: 'yhji',
  v: 'cfgb', w: 'qase', x: 'zsdc', y: 'tghu', z: 'asx',
};

interface Person {
  f: number; // FAMILY index
  g: number; // GIVEN index
  sex: 'M' | 'F';
  dob: string;
  nationalId: string;
  nssf: string | null;
  idSpellF: string; // the ID card's spelling of each word
  idSpellG: string;
}

type Form = 'sys-dia' | 'sys-ascii' | 'everyday' | 'khmer';
interface Rendered { name: string; form: Form; swapped: boolean; typo: boolean; nfd: boolean; khVariant: boolean }

function applyCase(s: string, c: 'upper' | 'title' | 'lower'): string {
  if (c === 'upper') return s.toUpperCase();
  if (c === 'lower') return s.toLowerCase();
  return s.split(' ').map((w) => capitalize(w.toLowerCase())).join(' ');
}

function typo(r: Rng, L: Lexicon, name: string): string | null {
  const toks = name.split(' ');
  const cands = toks.map((t, i) => [t, i] as const).filter(([t]) => /^[A-Za-z]+$/.test(t) && t.length >= 4);
  if (cands.length === 0) return null;
  for (let attempt = 0; attempt < 20; attempt++) {
    const [t, i] = r.pick(cands);
    const upper = t === t.toUpperCase();
    const low = t.toLowerCase();
    const p = r.int(0, low.length - 1);
    let out = low;
    const op = r.int(0, 3);
    if (op === 0) { const nb = KEY_NEIGHBOURS[low[p]] ?? 'e'; out = low.slice(0, p) + nb[r.int(0, nb.length - 1)] + low.slice(p + 1); }
    else if (op === 1) out = low.slice(0, p) + low.slice(p + 1);
    else if (op === 2) out = low.slice(0, p) + low[p] + low.slice(p);
    else if (p < low.length - 1 && low[p] !== low[p + 1]) out = low.slice(0, p) + low[p + 1] + low[p] + low.slice(p + 2);
    if (out === low || L.allTokens.has(out)) continue;
    const fixed = upper ? out.toUpperCase() : i === 0 || t[0] === t[0].toUpperCase() ? capitalize(out) : out;
    const copy = [...toks];
    copy[i] = fixed;
    return copy.join(' ');
  }
  return null;
}

/** Re-encode Khmer text in an equivalent way some keyboard or app would produce. */
function khmerVariant(r: Rng, kh: string): string {
  const ops: Array<(s: string) => string> = [];
  if (/\u17C4|\u17BE/.test(kh)) ops.push((s) => s.replace(/\u17C4/g, '\u17C1\u17B6').replace(/\u17BE/g, '\u17C1\u17B8'));
  if (/[\u17C9\u17CA][\u17B6-\u17C5]/.test(kh)) ops.push((s) => s.replace(/([\u17C9\u17CA])([\u17B6-\u17C5]+)/g, '$2$1'));
  if (/\u17D2[\u1780-\u17A2]\u17D2\u179A/.test(kh)) ops.push((s) => s.replace(/(\u17D2[\u1780-\u17A2])(\u17D2\u179A)/g, '$2$1'));
  const zw = (s: string) => s.replace(/ /g, '\u200B');
  let out = kh;
  if (ops.length === 0 || r.chance(0.5)) out = zw(out);
  if (ops.length > 0 && (out === kh || r.chance(0.5))) out = r.pick(ops)(out);
  return out;
}

type Source = 'csv' | 'id-card' | 'manual';

function renderName(r: Rng, L: Lexicon, p: Person, source: Source): Rendered {
  const fw = L.words[L.fam[p.f]], gw = L.words[L.giv[p.g]];
  if (source === 'csv') {
    const dia = r.chance(0.35);
    const nfd = dia && r.chance(0.3);
    const upper = r.chance(0.2);
    const swapped = r.chance(0.12);
    const a = dia ? fw.sys : fw.sysAscii, b = dia ? gw.sys : gw.sysAscii;
    const [first, second] = swapped ? [b, a] : [a, b];
    let name = applyCase(`${first} ${second}`, upper ? 'upper' : 'title');
    name = nfd ? name.normalize('NFD') : name.normalize('NFC');
    return { name, form: dia ? 'sys-dia' : 'sys-ascii', swapped, typo: false, nfd, khVariant: false };
  }
  const khmer = r.chance(source === 'id-card' ? 0.45 : 0.35);
  if (khmer) {
    const swapped = source === 'manual' && r.chance(0.05);
    const canon = swapped ? `${gw.kh} ${fw.kh}` : `${fw.kh} ${gw.kh}`;
    const variant = r.chance(0.6);
    const name = variant ? khmerVariant(r, canon) : canon;
    return { name, form: 'khmer', swapped, typo: false, nfd: false, khVariant: variant };
  }
  let sf: string, sg: string, swapped: boolean, kase: 'upper' | 'title' | 'lower', typoRate: number;
  if (source === 'id-card') {
    sf = p.idSpellF; sg = p.idSpellG;
    swapped = r.chance(0.08);
    kase = r.chance(0.85) ? 'upper' : 'title';
    typoRate = 0.08;
  } else {
    sf = r.chance(0.5) ? p.idSpellF : r.pick(fw.everyday);
    sg = r.chance(0.5) ? p.idSpellG : r.pick(gw.everyday);
    swapped = r.chance(0.18);
    const u = r.next();
    kase = u < 0.6 ? 'upper' : u < 0.95 ? 'title' : 'lower';
    typoRate = 0.15;
  }
  const [first, second] = swapped ? [sg, sf] : [sf, sg];
  let name = applyCase(`${first} ${second}`, kase);
  let typoed = false;
  if (r.chance(typoRate)) {
    const t = typo(r, L, name);
    if (t) { name = t; typoed = true; }
  }
  return { name, form: 'everyday', swapped, typo: typoed, nfd: false, khVariant: false };
}

interface RowFields { nationalId: string | null; nssfNumber: string | null; sex: 'M' | 'F' | null; dateOfBirth: string | null; slipNid: boolean; slipNssf: boolean; dobSwapped: boolean }

function rowFields(r: Rng, p: Person, source: Source): RowFields {
  const rate = { csv: [0.6, 0.35, 0.95, 0.97], 'id-card': [0.95, 0.08, 0.97, 0.99], manual: [0.3, 0.12, 0.85, 0.88] }[source];
  let nationalId: string | null = r.chance(rate[0]) ? p.nationalId : null;
  let nssfNumber: string | null = p.nssf && r.chance(rate[1]) ? p.nssf : null;
  let dateOfBirth: string | null = r.chance(rate[2]) ? p.dob : null;
  const sex = r.chance(rate[3]) ? p.sex : null;
  let slipNid = false, slipNssf = false, dobSwapped = false;
  if (nationalId && r.chance(0.05)) { nationalId = slipId(r, nationalId); slipNid = true; }
  if (nssfNumber && r.chance(0.05)) { nssfNumber = slipId(r, nssfNumber); slipNssf = true; }
  if (dateOfBirth && validSwap(dateOfBirth) && r.chance(0.06)) { dateOfBirth = swapDM(dateOfBirth); dobSwapped = true; }
  return { nationalId, nssfNumber, sex, dateOfBirth, slipNid, slipNssf, dobSwapped };
}

/** Does a field present on both sides rule the row out as this registered worker? */
export function separated(row: { sex: string | null; dateOfBirth: string | null; nationalId: string | null; nssfNumber: string | null }, reg: RegisteredWorker): boolean {
  if (row.sex && reg.sex && row.sex !== reg.sex) return true;
  if (row.dateOfBirth && reg.dateOfBirth && !dobClose(row.dateOfBirth, reg.dateOfBirth)) return true;
  if (row.nationalId && reg.nationalId && osa2(row.nationalId, reg.nationalId) === 2) return true;
  if (row.nssfNumber && reg.nssfNumber && osa2(row.nssfNumber, reg.nssfNumber) === 2) return true;
  return false;
}

/**
 * Keys within one edit of a string, found through their one-deletion variants (symmetric
 * deletion: two strings within one insertion, deletion, substitution or adjacent transposition
 * share a variant). Variants are hashed to numbers for speed; every hit is verified exactly.
 */
const HM = 94906249; // HM² < 2⁵³
const HB = 7919;
function variantHashes(s: string): number[] {
  const n = s.length;
  const pre = new Array<number>(n + 1), suf = new Array<number>(n + 1), pw = new Array<number>(n + 1);
  pre[0] = 0; pw[0] = 1; suf[n] = 0;
  for (let i = 0; i < n; i++) { pre[i + 1] = (pre[i] * HB + s.charCodeAt(i)) % HM; pw[i + 1] = (pw[i] * HB) % HM; }
  for (let i = n - 1; i >= 0; i--) suf[i] = (s.charCodeAt(i) * pw[n - 1 - i] + suf[i + 1]) % HM;
  const out = [pre[n]];
  for (let i = 0; i < n; i++) {
    if (i > 0 && s.charCodeAt(i) === s.charCodeAt(i - 1)) continue; // same variant as i - 1
    out.push((pre[i] * pw[n - 1 - i] + suf[i + 1]) % HM);
  }
  return out;
}

class DeletionIndex {
  keys: string[] = [];
  owner: number[] = [];
  map = new Map<number, number[]>();
  add(key: string, owner: number) {
    const id = this.keys.length;
    this.keys.push(key); this.owner.push(owner);
    for (const h of variantHashes(key)) { const l = this.map.get(h); if (l) { if (l[l.length - 1] !== id) l.push(id); } else this.map.set(h, [id]); }
  }
  /** owner → best distance (0/1) for keys within one edit of s. */
  query(s: string, out: Map<number, number>) {
    for (const h of variantHashes(s)) {
      const ids = this.map.get(h);
      if (!ids) continue;
      for (const id of ids) {
        const d = osa2(s, this.keys[id]);
        if (d <= 1) { const o = this.owner[id]; const prev = out.get(o); if (prev === undefined || d < prev) out.set(o, d); }
      }
    }
  }
}

/** Every full-name key of a name pair: listed spellings and system romanization of both words, either order, and the Khmer. */
function pairKeys(L: Lexicon, f: number, g: number): string[] {
  const F = L.words[L.fam[f]], G = L.words[L.giv[g]];
  const out = new Set<string>();
  for (const a of F.keys) for (const b of G.keys) { out.add(a + b); out.add(b + a); }
  out.add(F.khKey + G.khKey);
  out.add(G.khKey + F.khKey);
  return [...out];
}

/** The keys an on-site name is compared by: its Latin key, or its Khmer key plus (to be safe) all its words' Latin spellings. */
export function rowKeysOf(name: string): string[] {
  const L = lexicon();
  if (!isKhmer(name)) return [latinKey(name)];
  const n = khNorm(name);
  const out = [n.replace(/ /g, '')];
  const parts = n.split(' ');
  const a = L.byKh.get(khKey(parts[0])), b = L.byKh.get(khKey(parts.slice(1).join('')));
  if (a !== undefined && b !== undefined) for (const x of L.words[a].keys) for (const y of L.words[b].keys) out.push(x + y, y + x);
  return out;
}

// ───────────────────────────── generator ─────────────────────────────

export interface NineteenthMeta {
  rendered: Map<string, Rendered>;
  fields: Map<string, RowFields>;
  hiddenKind: Map<string, 'namesake' | 'stranger'>;
  regKhVariant: number;
  hiddenFallbacks: number;
}
let lastMeta: NineteenthMeta | null = null;
/** Generation details of the last roster generated (for the self-check's statistics only). */
export function nineteenthMeta(): NineteenthMeta | null { return lastMeta; }

export function generateNineteenth(size: number, seed: number): Roster {
  const L = lexicon();
  const r = rng(seed ^ 0x19191919);
  const famList = L.fam.map((_, i) => i);
  const used = new Set<string>();
  const freshId = (n: number) => { for (;;) { const id = checkedId(r, n); if (!used.has(id)) { used.add(id); return id; } } };
  const spell = (w: Word) => (r.chance(0.7) ? w.everyday[0] : r.pick(w.everyday));

  // 1. registered people: names first, then a full-name index over them, then dates of birth
  const drawn: Array<{ f: number; g: number; sex: 'M' | 'F' }> = [];
  for (let i = 0; i < size; i++) {
    const sex: 'M' | 'F' = r.chance(0.62) ? 'F' : 'M';
    drawn.push({ sex, f: r.pickSkewed(famList, 1.9), g: r.pickSkewed(L.givenBySex[sex], 1.5) });
  }
  const byPair = new Map<number, number[]>(); // pair id → people indices (registered)
  drawn.forEach((d, i) => { const id = pairId(L, d.f, d.g); const l = byPair.get(id); if (l) l.push(i); else byPair.set(id, [i]); });
  const index = new DeletionIndex();
  for (const id of byPair.keys()) for (const k of pairKeys(L, Math.floor(id / L.nGiven), id % L.nGiven)) index.add(k, id);
  /** Registered name pairs within one edit of any of these keys. */
  const pairsFor = (keys: string[]): number[] => { const m = new Map<number, number>(); for (const k of keys) index.query(k, m); return [...m.keys()]; };
  const nearCache = new Map<number, number[]>();
  const nearPairsOf = (f: number, g: number): number[] => {
    const id = pairId(L, f, g);
    let l = nearCache.get(id);
    if (!l) { l = pairsFor(pairKeys(L, f, g)); nearCache.set(id, l); }
    return l;
  };
  const people: Person[] = [];
  const assigned = new Map<number, number[]>(); // pair id → people indices with a date of birth so far
  for (let i = 0; i < size; i++) {
    const { f, g, sex } = drawn[i];
    // date of birth: never a slip away from a registered namesake's (rule 2)
    const others: string[] = [];
    for (const q of nearPairsOf(f, g)) for (const j of assigned.get(q) ?? []) others.push(people[j].dob);
    let dob = randomDate(r, 1968, 2006);
    for (let t = 0; t < 500 && others.some((o) => dobClose(dob, o)); t++) dob = randomDate(r, 1968, 2006);
    if (others.some((o) => dobClose(dob, o))) throw new Error('no free date of birth');
    people.push({
      f, g, sex, dob, nationalId: freshId(9), nssf: freshId(10),
      idSpellF: spell(L.words[L.fam[f]]), idSpellG: spell(L.words[L.giv[g]]),
    });
    const id = pairId(L, f, g);
    const l = assigned.get(id);
    if (l) l.push(i); else assigned.set(id, [i]);
  }
  let regKhVariant = 0;
  const registered: RegisteredWorker[] = people.map((p) => {
    const fw = L.words[L.fam[p.f]], gw = L.words[L.giv[p.g]];
    let nameKh = `${fw.kh} ${gw.kh}`;
    if (r.chance(0.08)) { nameKh = khmerVariant(r, nameKh); regKhVariant++; }
    const y = +p.dob.slice(0, 4);
    const hireFrom = Math.max(2008, y + 18);
    let hireDate = randomDate(r, hireFrom, 2025);
    if (hireDate > '2025-05-31') hireDate = `2025-0${r.int(1, 5)}-${pad(r.int(1, 28))}`;
    return {
      workerId: '', // assigned after shuffling
      nssfNumber: r.chance(0.02) ? null : p.nssf,
      nationalId: r.chance(0.03) ? null : p.nationalId,
      nameKh,
      nameLatin: r.chance(0.2) ? null : `${p.idSpellF} ${p.idSpellG}`.toUpperCase(),
      sex: r.chance(0.01) ? null : p.sex,
      dateOfBirth: r.chance(0.005) ? null : p.dob,
      hireDate,
      wageRiel: r.chance(0.04) ? null : r.int(900, 1800) * 1000,
    };
  });

  // 2. who is on site
  const order = r.shuffle(people.map((_, i) => i));
  const absent = new Set(order.slice(0, Math.round(size * 0.1)));
  interface Row { person: Person; source: Source; rd: Rendered; fields: RowFields; regIndex: number | null; kind?: 'namesake' | 'stranger' }
  const rows: Row[] = [];
  const pickSource = (): Source => { const u = r.next(); return u < 0.8 ? 'csv' : u < 0.9 ? 'id-card' : 'manual'; };
  for (let i = 0; i < size; i++) {
    if (absent.has(i)) continue;
    const source = pickSource();
    const p = people[i];
    rows.push({ person: p, source, rd: renderName(r, L, p, source), fields: rowFields(r, p, source), regIndex: i });
  }

  // 3. hidden workers (rule 3)
  const present = rows.length;
  const hiddenCount = Math.round((present * 0.07) / 0.93);
  const namesakeCount = Math.round(hiddenCount / 2);
  const regOfRow = (name: string) => { const out: number[] = []; for (const q of pairsFor(rowKeysOf(name))) for (const j of byPair.get(q) ?? []) out.push(j); return out; };
  const newPerson = (f: number, g: number, sexHint: 'M' | 'F' | null): Person => {
    const gs = GIVEN[g].sex;
    const sex: 'M' | 'F' = gs === 'U' ? sexHint ?? (r.chance(0.62) ? 'F' : 'M') : gs;
    return {
      f, g, sex, dob: randomDate(r, 1968, 2006), nationalId: freshId(9), nssf: r.chance(0.04) ? freshId(10) : null,
      idSpellF: spell(L.words[L.fam[f]]), idSpellG: spell(L.words[L.giv[g]]),
    };
  };
  let hiddenFallbacks = 0;
  // free pairs: no registered worker within one edit, word by word
  const freeBySex: Record<'M' | 'F', Array<[number, number]>> = { M: [], F: [] };
  for (const sex of ['M', 'F'] as const) {
    for (let f = 0; f < FAMILY.length; f++) for (const g of L.givenBySex[sex]) {
      // word by word first (cheap), then by full-name keys when picked
      const wordLevel = pairsNear(L, wordNear(L, L.fam[f]), wordNear(L, L.giv[g]));
      if ([...wordLevel].every((q) => !byPair.has(q))) freeBySex[sex].push([f, g]);
    }
  }
  for (let h = 0; h < hiddenCount; h++) {
    const wantNamesake = h < namesakeCount;
    let done = false;
    if (!wantNamesake) {
      for (let t = 0; t < 200 && !done; t++) {
        const sex: 'M' | 'F' = r.chance(0.62) ? 'F' : 'M';
        const free = freeBySex[sex];
        if (free.length === 0) break;
        const k = r.int(0, free.length - 1);
        const [f, g] = free[k];
        if (nearPairsOf(f, g).length > 0) { free.splice(k, 1); continue; }
        const p = newPerson(f, g, sex);
        const source = pickSource();
        const rd = renderName(r, L, p, source);
        if (regOfRow(rd.name).length > 0) continue;
        rows.push({ person: p, source, rd, fields: rowFields(r, p, source), regIndex: null, kind: 'stranger' });
        done = true;
      }
      if (!done) hiddenFallbacks++;
    }
    for (let t = 0; t < 200 && !done; t++) {
      const b = people[r.int(0, size - 1)];
      const p = newPerson(b.f, b.g, b.sex);
      const source = pickSource();
      const rd = renderName(r, L, p, source);
      const cands = regOfRow(rd.name);
      const candDobs = cands.map((j) => people[j].dob);
      for (let k = 0; k < 200 && candDobs.some((o) => dobClose(p.dob, o)); k++) p.dob = randomDate(r, 1968, 2006);
      for (let k = 0; k < 30 && !done; k++) {
        const fields = rowFields(r, p, source);
        if (cands.every((j) => separated(fields, registered[j]))) {
          rows.push({ person: p, source, rd, fields, regIndex: null, kind: cands.length > 0 ? 'namesake' : 'stranger' });
          done = true;
        }
      }
    }
    if (!done) throw new Error('could not place a hidden worker');
  }

  // 4. shuffle, ids, times (rule 4)
  const regOrder = r.shuffle(registered.map((_, i) => i));
  const workerIdOf = new Array<string>(size);
  regOrder.forEach((i, k) => { workerIdOf[i] = `NSSF-W${pad(k + 1, 6)}`; registered[i].workerId = workerIdOf[i]; });
  const regOut = regOrder.map((i) => registered[i]);
  r.shuffle(rows);
  const truth = new Map<string, string | null>();
  const onsite: OnsiteWorker[] = [];
  const meta: NineteenthMeta = { rendered: new Map(), fields: new Map(), hiddenKind: new Map(), regKhVariant, hiddenFallbacks };
  let t = Date.UTC(2025, 5, 17, 1, 0, 0);
  let csvRow = 0;
  for (const row of rows) {
    t += r.int(4, 40) * 1000;
    const id = uuid(r);
    onsite.push({
      id, visitId: 'visit-nineteenth', name: row.rd.name,
      nationalId: row.fields.nationalId, nssfNumber: row.fields.nssfNumber, sex: row.fields.sex, dateOfBirth: row.fields.dateOfBirth,
      source: row.source, sourceRow: row.source === 'csv' ? ++csvRow : null, recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, row.regIndex === null ? null : workerIdOf[row.regIndex]);
    meta.rendered.set(id, row.rd);
    meta.fields.set(id, row.fields);
    if (row.kind) meta.hiddenKind.set(id, row.kind);
  }
  lastMeta = meta;
  return { registered: regOut, onsite, truth };
}

// ───────────────────────────── self-check ─────────────────────────────

/** Full-name keys of a registered worker, from its Khmer name and the lexicon (both orders). */
function registeredKeys(L: Lexicon, w: RegisteredWorker): { latin: string[]; kh: string[]; words: [number, number] } {
  const parts = khNorm(w.nameKh).split(' ');
  const fi = L.byKh.get(khKey(parts[0])), gi = L.byKh.get(khKey(parts.slice(1).join('')));
  if (fi === undefined || gi === undefined) throw new Error(`unknown Khmer name ${w.nameKh}`);
  const F = L.words[fi], G = L.words[gi];
  const latin = new Set<string>();
  for (const a of F.keys) for (const b of G.keys) { latin.add(a + b); latin.add(b + a); }
  if (w.nameLatin) { const k = latinKey(w.nameLatin); latin.add(k); }
  return { latin: [...latin], kh: [F.khKey + G.khKey, G.khKey + F.khKey], words: [fi, gi] };
}

function selfCheck(size: number, seed: number): boolean {
  const log = (s: string) => console.log(s);
  const fails: string[] = [];
  const check = (ok: boolean, what: string) => { log(`  [${ok ? 'ok' : 'FAIL'}] ${what}`); if (!ok) fails.push(what); };
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(2) : '0.00') + ' %';

  // timing first, in a fresh process, so it includes building the lexicon
  const t0 = performance.now();
  generateNineteenth(10000, seed);
  const ms10k = performance.now() - t0;
  const roster = generateNineteenth(size, seed);
  const meta = nineteenthMeta()!;
  const L = lexicon();
  const { registered, onsite, truth } = roster;
  const regById = new Map(registered.map((w) => [w.workerId, w]));

  log(`nineteenth roster, size ${size}, seed ${seed}`);
  log('romanizer samples:');
  const sample = ['សុខ', 'ចាន់', 'ជា', 'វង្ស', 'គឹម', 'ពៅ', 'ឯក', 'ស្រីមុំ', 'ដារ៉ា', 'ចន្ទ្រា', 'រតនា', 'វាសនា', 'សុគន្ធា', 'ពិសិដ្ឋ', 'ឧត្តម', 'សុខអេង', 'ឫទ្ធី', 'គង់', 'ភក្ដី', 'សម្បត្តិ'];
  log('  ' + sample.map((k) => { const w = L.words[L.byKh.get(k)!]; return `${k} → ${w.sys} / ${w.sysAscii}`; }).join(', '));

  // ── shape
  const rowsTrue = onsite.filter((o) => truth.get(o.id) !== null);
  const rowsHidden = onsite.filter((o) => truth.get(o.id) === null);
  const presentIds = new Set(rowsTrue.map((o) => truth.get(o.id)!));
  log('shape:');
  log(`  registered ${registered.length}, on site ${onsite.length} (true ${rowsTrue.length}, hidden ${rowsHidden.length} = ${pct(rowsHidden.length, onsite.length)}), absent ${registered.length - presentIds.size} = ${pct(registered.length - presentIds.size, registered.length)}`);
  const kinds = { namesake: 0, stranger: 0 };
  for (const o of rowsHidden) kinds[meta.hiddenKind.get(o.id)!]++;
  log(`  hidden: namesakes ${kinds.namesake}, no registered namesake ${kinds.stranger} (fallbacks ${meta.hiddenFallbacks})`);
  const bySource = new Map<string, number>();
  const byForm = new Map<string, number>();
  let swapped = 0, typos = 0, nfd = 0, khVar = 0, upper = 0;
  for (const o of onsite) {
    bySource.set(o.source, (bySource.get(o.source) ?? 0) + 1);
    const rd = meta.rendered.get(o.id)!;
    byForm.set(rd.form, (byForm.get(rd.form) ?? 0) + 1);
    if (rd.swapped) swapped++;
    if (rd.typo) typos++;
    if (rd.nfd) nfd++;
    if (rd.khVariant) khVar++;
    if (rd.form !== 'khmer' && o.name === o.name.toUpperCase()) upper++;
  }
  log(`  sources: ${[...bySource].map(([k, v]) => `${k} ${pct(v, onsite.length)}`).join(', ')}`);
  log(`  name forms: ${[...byForm].map(([k, v]) => `${k} ${pct(v, onsite.length)}`).join(', ')}`);
  log(`  given name first ${pct(swapped, onsite.length)}, typo ${pct(typos, onsite.length)}, NFD ${pct(nfd, onsite.length)}, Khmer re-encoded ${pct(khVar, onsite.length)} of rows (register ${pct(meta.regKhVariant, registered.length)}), upper case Latin ${pct(upper, onsite.length)}`);
  const present = (f: (o: OnsiteWorker) => unknown) => pct(onsite.filter((o) => f(o) !== null).length, onsite.length);
  const share = (rows: OnsiteWorker[], f: (o: OnsiteWorker) => unknown) => pct(rows.filter((o) => f(o) !== null).length, rows.length);
  for (const [label, rows] of [['true', rowsTrue], ['hidden', rowsHidden]] as const) {
    log(`  ${label} rows present: national ID ${share(rows, (o) => o.nationalId)}, NSSF ${share(rows, (o) => o.nssfNumber)}, DOB ${share(rows, (o) => o.dateOfBirth)}, sex ${share(rows, (o) => o.sex)}`);
  }
  let slipN = 0, slipS = 0, dobSw = 0;
  for (const o of rowsTrue) { const f = meta.fields.get(o.id)!; if (f.slipNid) slipN++; if (f.slipNssf) slipS++; if (f.dobSwapped) dobSw++; }
  log(`  on site present: national ID ${present((o) => o.nationalId)}, NSSF ${present((o) => o.nssfNumber)}, DOB ${present((o) => o.dateOfBirth)}, sex ${present((o) => o.sex)}`);
  log(`  true rows: national ID slips ${slipN}, NSSF slips ${slipS}, DOB day/month swapped ${dobSw}`);
  const rn = (f: (w: RegisteredWorker) => unknown) => pct(registered.filter((w) => f(w) === null).length, registered.length);
  log(`  register missing: Latin name ${rn((w) => w.nameLatin)}, sex ${rn((w) => w.sex)}, DOB ${rn((w) => w.dateOfBirth)}, national ID ${rn((w) => w.nationalId)}, NSSF ${rn((w) => w.nssfNumber)}, wage ${rn((w) => w.wageRiel)}`);
  log(`  distinct registered names ${new Set(registered.map((w) => khNorm(w.nameKh))).size}`);

  log('audits:');
  // ── rule 1
  let bad1 = 0;
  const bad1Examples: string[] = [];
  const regKeys = new Map<string, ReturnType<typeof registeredKeys>>();
  for (const w of registered) regKeys.set(w.workerId, registeredKeys(L, w));
  const ok1Name = (name: string, w: RegisteredWorker): boolean => {
    const { words: [fi, gi] } = regKeys.get(w.workerId)!;
    if (isKhmer(name)) {
      const n = khNorm(name), F = L.words[fi].kh, G = L.words[gi].kh;
      return n === `${F} ${G}` || n === `${G} ${F}`;
    }
    const norm = asciiFold(name).toLowerCase().replace(/'/g, '').replace(/\s+/g, ' ').trim();
    const toks = norm.split(' ');
    const spF = [...L.words[fi].everyday, L.words[fi].sysAscii, L.words[fi].sys], spG = [...L.words[gi].everyday, L.words[gi].sysAscii, L.words[gi].sys];
    for (const a of spF) for (const b of spG) for (const e of [`${a} ${b}`, `${b} ${a}`]) {
      const exp = asciiFold(e).toLowerCase().replace(/'/g, '').split(' ');
      if (exp.length !== toks.length) continue;
      let diff = 0, okTypo = true;
      for (let i = 0; i < exp.length; i++) if (exp[i] !== toks[i]) { diff++; if (exp[i].length < 4 || osa2(exp[i], toks[i]) !== 1) okTypo = false; }
      if (diff === 0 || (diff === 1 && okTypo)) return true;
    }
    return false;
  };
  for (const o of rowsTrue) {
    const w = regById.get(truth.get(o.id)!)!;
    const idOk = (x: string | null, y: string | null) => x === null || y === null || osa2(x, y) <= 1;
    const reasons: string[] = [];
    if (!ok1Name(o.name, w)) reasons.push('name');
    if (o.sex !== null && w.sex !== null && o.sex !== w.sex) reasons.push('sex');
    if (o.dateOfBirth !== null && w.dateOfBirth !== null && o.dateOfBirth !== w.dateOfBirth && o.dateOfBirth !== swapDM(w.dateOfBirth)) reasons.push('dob');
    if (!idOk(o.nationalId, w.nationalId)) reasons.push('nid');
    if (!idOk(o.nssfNumber, w.nssfNumber)) reasons.push('nssf');
    if (reasons.length) { bad1++; if (bad1Examples.length < 5) bad1Examples.push(`${o.name} vs ${w.nameKh}/${w.nameLatin} (${reasons.join(',')})`); }
  }
  check(bad1 === 0, `rule 1: every true row carries only plausible variants (${bad1} bad${bad1Examples.length ? ': ' + bad1Examples.join('; ') : ''})`);
  let sysOk = true;
  for (const w of L.words) if (!/^[A-Za-z' ]+$/.test(w.sysAscii) || !w.keys.includes(latinKey(w.sysAscii))) sysOk = false;
  check(sysOk, 'rule 1: every word\'s system romanization (ASCII) is one of its spellings');

  // full-string index over registered names
  const idx = new DeletionIndex();
  const nameOwners: RegisteredWorker[][] = [];
  const nameIdOf = new Map<string, number>();
  for (const w of registered) {
    const k = khNorm(w.nameKh) + '|' + (w.nameLatin ? latinKey(w.nameLatin) : '');
    let id = nameIdOf.get(k);
    if (id === undefined) {
      id = nameOwners.length; nameIdOf.set(k, id); nameOwners.push([]);
      const rk = regKeys.get(w.workerId)!;
      for (const key of [...rk.latin, ...rk.kh]) idx.add(key, id);
    }
    nameOwners[id].push(w);
  }
  const candidatesOf = (name: string): Map<RegisteredWorker, number> => {
    const byName = new Map<number, number>();
    for (const k of rowKeysOf(name)) idx.query(k, byName);
    const out = new Map<RegisteredWorker, number>();
    for (const [nid, d] of byName) for (const w of nameOwners[nid]) out.set(w, d);
    return out;
  };

  // osa2 against a full optimal-string-alignment table, on lexicon keys and one-edit mutations of them
  {
    const full = (a: string, b: string) => {
      const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) {
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
      return Math.min(2, d[a.length][b.length]);
    };
    const t = rng(seed + 99);
    const pool = L.words.flatMap((w) => w.keys);
    let bad = 0;
    for (let i = 0; i < 3000; i++) {
      const a = t.pick(pool);
      let b = t.chance(0.5) ? t.pick(pool) : a;
      const p = t.int(0, b.length - 1), op = t.int(0, 3);
      if (op === 0) b = b.slice(0, p) + 'aeiou'[t.int(0, 4)] + b.slice(p + 1);
      else if (op === 1) b = b.slice(0, p) + b.slice(p + 1);
      else if (op === 2) b = b.slice(0, p) + 'hn'[t.int(0, 1)] + b.slice(p);
      else if (p < b.length - 1) b = b.slice(0, p) + b[p + 1] + b[p] + b.slice(p + 2);
      if (osa2(a, b) !== full(a, b)) bad++;
    }
    check(bad === 0, `edit distance (capped at 2) agrees with the full table on 3000 pairs (${bad} disagree)`);
  }

  // the index against brute force, on a sample of rows (all keys of all registered names)
  {
    const allKeys: Array<[string, number]> = [];
    for (let nid = 0; nid < nameOwners.length; nid++) {
      const rk = regKeys.get(nameOwners[nid][0].workerId)!;
      for (const k of [...rk.latin, ...rk.kh]) allKeys.push([k, nid]);
    }
    let mismatch = 0, sampled = 0;
    const step = Math.max(1, Math.floor(onsite.length / 60));
    for (let i = 0; i < onsite.length; i += step) {
      sampled++;
      const viaIndex = new Map<number, number>();
      for (const k of rowKeysOf(onsite[i].name)) idx.query(k, viaIndex);
      const brute = new Map<number, number>();
      for (const k of rowKeysOf(onsite[i].name)) for (const [key, nid] of allKeys) { const d = osa2(k, key); if (d <= 1 && (brute.get(nid) ?? 2) > d) brute.set(nid, d); }
      if (brute.size !== viaIndex.size || [...brute].some(([n, d]) => viaIndex.get(n) !== d)) mismatch++;
    }
    check(mismatch === 0, `name index agrees with brute force on ${sampled} sampled rows (${mismatch} mismatches)`);
  }

  // ── rule 2
  let bad2 = 0, pairs2 = 0;
  const bad2Examples: string[] = [];
  for (let nid = 0; nid < nameOwners.length; nid++) {
    const w0 = nameOwners[nid][0];
    const rk = regKeys.get(w0.workerId)!;
    const near = new Map<number, number>();
    for (const key of [...rk.latin, ...rk.kh]) idx.query(key, near);
    const group: RegisteredWorker[] = [];
    for (const n of near.keys()) group.push(...nameOwners[n]);
    for (const a of nameOwners[nid]) for (const b of group) {
      if (a === b || !a.dateOfBirth || !b.dateOfBirth) continue;
      pairs2++;
      if (dobClose(a.dateOfBirth, b.dateOfBirth)) { bad2++; if (bad2Examples.length < 5) bad2Examples.push(`${a.nameKh}/${a.nameLatin} ${a.dateOfBirth} ~ ${b.nameKh}/${b.nameLatin} ${b.dateOfBirth}`); }
    }
  }
  check(bad2 === 0, `rule 2: registered namesakes' dates of birth are never a slip apart (${pairs2} namesake pairs with both dates, ${bad2} too close${bad2Examples.length ? ': ' + bad2Examples.join('; ') : ''})`);

  // ── rule 3
  let bad3 = 0, hiddenNamesakes = 0, sepBy = { sex: 0, dob: 0, nid: 0, nssf: 0 };
  const bad3Examples: string[] = [];
  for (const o of rowsHidden) {
    const c = candidatesOf(o.name);
    if (c.size > 0) hiddenNamesakes++;
    for (const w of c.keys()) {
      if (!separated(o, w)) { bad3++; if (bad3Examples.length < 5) bad3Examples.push(`${o.name} ~ ${w.nameKh}/${w.nameLatin}`); continue; }
      if (o.sex && w.sex && o.sex !== w.sex) sepBy.sex++;
      if (o.dateOfBirth && w.dateOfBirth && !dobClose(o.dateOfBirth, w.dateOfBirth)) sepBy.dob++;
      if (o.nationalId && w.nationalId && osa2(o.nationalId, w.nationalId) === 2) sepBy.nid++;
      if (o.nssfNumber && w.nssfNumber && osa2(o.nssfNumber, w.nssfNumber) === 2) sepBy.nssf++;
    }
  }
  check(bad3 === 0, `rule 3: every hidden row is unmatched by name or ruled out by a field on both sides (${bad3} bad${bad3Examples.length ? ': ' + bad3Examples.join('; ') : ''})`);
  log(`       hidden rows passing for someone by name: ${hiddenNamesakes} of ${rowsHidden.length} = ${pct(hiddenNamesakes, rowsHidden.length)}; separations by sex ${sepBy.sex}, DOB ${sepBy.dob}, national ID ${sepBy.nid}, NSSF ${sepBy.nssf}`);
  check(rowsHidden.length / onsite.length > 0.06 && rowsHidden.length / onsite.length < 0.08, 'hidden rows ≈ 7 % of on-site rows');
  check(hiddenNamesakes / rowsHidden.length > 0.4 && hiddenNamesakes / rowsHidden.length < 0.65, 'about half the hidden rows are namesakes');
  const absentRate = (registered.length - presentIds.size) / registered.length;
  check(absentRate > 0.09 && absentRate < 0.11, 'about 10 % of registered workers absent');

  // ── rule 4
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  let inc = true;
  for (let i = 1; i < onsite.length; i++) if (onsite[i].recordedAt <= onsite[i - 1].recordedAt) inc = false;
  check(onsite.every((o) => uuidRe.test(o.id)) && new Set(onsite.map((o) => o.id)).size === onsite.length, 'rule 4: on-site ids are unique v4 UUIDs');
  check(inc, 'rule 4: recordedAt strictly increasing in row order');
  let csvOk = true, lastCsv = 0;
  for (const o of onsite) if (o.source === 'csv') { if (o.sourceRow !== lastCsv + 1) csvOk = false; lastCsv = o.sourceRow!; } else if (o.sourceRow !== null) csvOk = false;
  check(csvOk, 'rule 4: sourceRow numbers CSV rows in row order');
  const hiddenPos = onsite.map((o, i) => [o, i] as const).filter(([o]) => truth.get(o.id) === null).map(([, i]) => i / onsite.length);
  const meanHidden = hiddenPos.reduce((a, b) => a + b, 0) / Math.max(1, hiddenPos.length);
  const regPos = new Map(registered.map((w, i) => [w.workerId, i / registered.length]));
  const xs = rowsTrue.map((o) => onsite.indexOf(o) / onsite.length), ys = rowsTrue.map((o) => regPos.get(truth.get(o.id)!)!);
  const corr = (a: number[], b: number[]) => {
    const n = a.length, ma = a.reduce((x, y) => x + y, 0) / n, mb = b.reduce((x, y) => x + y, 0) / n;
    let sab = 0, saa = 0, sbb = 0;
    for (let i = 0; i < n; i++) { sab += (a[i] - ma) * (b[i] - mb); saa += (a[i] - ma) ** 2; sbb += (b[i] - mb) ** 2; }
    return sab / Math.sqrt(saa * sbb);
  };
  const rho = corr(xs, ys);
  const absentPos = registered.map((w, i) => [w, i] as const).filter(([w]) => !presentIds.has(w.workerId)).map(([, i]) => i / registered.length);
  const meanAbsent = absentPos.reduce((a, b) => a + b, 0) / Math.max(1, absentPos.length);
  const tol = size >= 5000 ? 0.05 : 0.1;
  check(Math.abs(meanHidden - 0.5) < tol && Math.abs(rho) < tol && Math.abs(meanAbsent - 0.5) < tol,
    `rule 4: no order leak (mean hidden position ${meanHidden.toFixed(3)}, row/register order correlation ${rho.toFixed(3)}, mean absent position ${meanAbsent.toFixed(3)})`);

  // ── rule 5
  let undecidable = 0, undecidableLoose = 0;
  const whyU = new Map<string, number>();
  const compatible = (o: OnsiteWorker, w: RegisteredWorker) => !separated(o, w);
  for (const o of rowsTrue) {
    const own = regById.get(truth.get(o.id)!)!;
    const c = candidatesOf(o.name);
    const dOwn = c.get(own) ?? 1;
    let strict = false, loose = false;
    for (const [w, d] of c) {
      if (w === own || !compatible(o, w)) continue;
      loose = true;
      if (d <= dOwn) strict = true;
    }
    if (strict) {
      undecidable++;
      const why = `${o.source}/${isKhmer(o.name) ? 'kh' : 'lat'}/${o.dateOfBirth ? 'dob' : 'nodob'}/${o.nationalId ? 'nid' : 'nonid'}`;
      whyU.set(why, (whyU.get(why) ?? 0) + 1);
    }
    if (loose) undecidableLoose++;
  }
  log(`       undecidable rows by source/script/DOB/national ID: ${[...whyU].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  check(undecidable / rowsTrue.length < 0.04, `rule 5: undecidable true rows ${undecidable} = ${pct(undecidable, rowsTrue.length)} (< 4 %; counting any name within one edit: ${pct(undecidableLoose, rowsTrue.length)})`);

  check(ms10k < 2000, `time: 10,000 generated in ${ms10k.toFixed(0)} ms (cold, lexicon included)`);
  return fails.length === 0;
}

async function main() {
  const size = Number(process.argv[2] ?? 10000);
  const seed = Number(process.argv[3] ?? 1);
  const ok = selfCheck(size, seed);
  const { OnsiteWorker: OnsiteSchema, RegisteredWorker: RegisteredSchema } = await import('../../src/protocol');
  const fails: string[] = [];
  const check = (c: boolean, what: string) => { console.log(`  [${c ? 'ok' : 'FAIL'}] ${what}`); if (!c) fails.push(what); };
  const a = generateNineteenth(size, seed);
  const step = Math.max(1, Math.floor(a.onsite.length / 300));
  let badSchema = 0;
  for (let i = 0; i < a.onsite.length; i += step) if (!OnsiteSchema.safeParse(a.onsite[i]).success) badSchema++;
  for (let i = 0; i < a.registered.length; i += step) if (!RegisteredSchema.safeParse(a.registered[i]).success) badSchema++;
  const extra = a.onsite.some((o) => 'statedStartDate' in o || 'wageRiel' in o);
  check(badSchema === 0 && !extra, `schemas: sampled rows parse (${badSchema} failures), no statedStartDate/wageRiel`);
  const ser = (x: typeof a) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const b = generateNineteenth(size, seed);
  const c = generateNineteenth(size, seed + 1);
  check(ser(a) === ser(b), 'determinism: same seed, identical roster');
  check(ser(a) !== ser(c), 'determinism: another seed, different roster');
  const t0 = performance.now();
  generateNineteenth(10000, seed + 7);
  const ms = performance.now() - t0;
  check(ms < 2000, `time: 10,000 generated in ${ms.toFixed(0)} ms (warm)`);
  const pass = ok && fails.length === 0;
  console.log(pass ? 'PASS' : 'FAIL');
  if (!pass) process.exit(1);
}

if (process.argv[1]?.endsWith('nineteenth.ts')) void main();
