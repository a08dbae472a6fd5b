import { BANTOC, CONSONANTS, hasKhmer, INDEPENDENT_VOWELS, NIKAHIT, REAHMUK, type Series } from './khmer-letters';
import { syllables, type Syllable } from './khmer-syllables';
import { normalizeName } from './normalize';

/**
 * Vowel spellings after an a-series and an o-series consonant, as Cambodian names are spelled
 * on ID cards and payrolls (សុខ Sok, ជា Chea, វុទ្ធី Vuthy, ពៅ Pov), not the UNGEGN system.
 */
const VOWELS: Record<string, [string, string]> = {
  '': ['a', 'o'],
  'ា': ['a', 'ea'],
  'ិ': ['e', 'i'],
  'ី': ['ey', 'i'],
  'ឹ': ['oe', 'i'],
  'ឺ': ['eu', 'eu'],
  'ុ': ['o', 'u'],
  'ូ': ['ou', 'ou'],
  'ួ': ['uo', 'uo'],
  'ើ': ['aeu', 'eu'],
  'ឿ': ['oea', 'oea'],
  'ៀ': ['ea', 'ie'],
  'េ': ['e', 'e'],
  'ែ': ['ae', 'ae'],
  'ៃ': ['ai', 'ey'],
  'ោ': ['ao', 'o'],
  'ៅ': ['au', 'ov'],
};

/** With nikahit ំ the vowel changes, not just gains an m: សំណាង Samnang, មុំ Mom, ព្រំ Prum. */
const WITH_NIKAHIT: Record<string, [string, string]> = {
  '': ['am', 'um'],
  'ុ': ['om', 'om'],
  'ា': ['am', 'eam'],
  'ិ': ['em', 'im'],
};

/** ា after these is written "a" in names though the rule says "ea": Dara, Chariya, Kanha. */
const PLAIN_AA = new Set(['រ', 'យ', 'ល', 'ញ']);
const KA = new Set(['ក', 'គ']);
const SAMYOK = '\u17d0';
const YUUKALEAPINTU = '\u17c8';

/** Bantoc ់ shortens the vowel: ចាន់ Chan, ទាន់ Toan. */
const WITH_BANTOC: Record<string, [string, string]> = {
  'ា': ['a', 'oa'],
};

/**
 * A Khmer name written in Latin letters the way a Cambodian clerk would, one word per word of
 * the input: romanizeKhmer('សុខ ដារា') is "Sok Dara". Latin text passes through normalized.
 * It is a matching aid, not an official transliteration: Pali spellings (រតនា Ratana) and
 * loanwords come out only close, and the phonetic key absorbs the rest.
 */
export function romanizeKhmer(name: string): string {
  return normalizeName(name)
    .split(' ')
    .filter((w) => w !== '')
    .map((w) => (hasKhmer(w) ? capitalize(romanizeWord(w)) : w))
    .filter((w) => w !== '')
    .join(' ');
}

/** One Khmer word in Latin letters, lower-case; the word must already be normalized. */
export function romanizeWord(word: string): string {
  const ss = dropSilentPaliEnding(syllables(word));
  let out = '';
  ss.forEach((s, i) => {
    const text = spell(s, i === ss.length - 1, !!ss[i + 1]?.split && ss[i + 1].onset.startsWith(s.final));
    const next = ss[i + 1] ? onsetText(ss[i + 1]) : '';
    // A final doubled by the next aspirated onset is written once: វុទ្ធី Vuthy, not Vutthy.
    const final = finalText(s);
    out += text + (final && next.startsWith(final) && next.length > final.length ? '' : final);
  });
  return out;
}

function spell(s: Syllable, wordFinal: boolean, doubled: boolean): string {
  const col = s.series === 'a' ? 0 : 1;
  const onset = onsetText(s);
  if (INDEPENDENT_VOWELS[s.onset] !== undefined) return onset + (s.signs.includes(NIKAHIT) ? 'm' : '');
  let vowel: string;
  // Two vowel signs on one letter is a typo; the first one is read.
  const plain = (VOWELS[s.vowel] ?? VOWELS[s.vowel.charAt(0)] ?? ['', ''])[col];
  if (s.signs.includes(NIKAHIT)) vowel = WITH_NIKAHIT[s.vowel]?.[col] ?? plain + 'm';
  else if (s.signs.includes(BANTOC) && WITH_BANTOC[s.vowel]) vowel = WITH_BANTOC[s.vowel][col];
  else vowel = plain;
  // Names write ា after រ as "a" (ដារា Dara), and a final ី after an a-series consonant as "ey" (ស្រី Srey).
  if (s.vowel === 'ា' && col === 1 && !s.final && PLAIN_AA.has([...s.onset][0])) vowel = 'a';
  // The inherent o-series vowel is "a" in an open syllable inside a word (មករា Makara), "ea" before k (Pheak),
  // closed, "o" (គន្ធា Kunthea) but "a" before a doubled letter (វណ្ណា Vanna).
  if (s.vowel === '' && col === 1 && !s.signs.length) vowel = KA.has(s.final) ? 'ea' : s.final && !doubled ? 'o' : wordFinal ? 'o' : 'a';
  if (s.vowel === 'ី' && col === 1 && wordFinal && !s.final) vowel = 'y';
  if (s.vowel === 'ែ' && s.final === 'វ') vowel = 'e';
  if (s.signs.includes(SAMYOK)) vowel = col === 0 ? 'a' : 'ea';
  if (s.signs.includes(REAHMUK)) vowel += 'h';
  if (s.signs.includes(YUUKALEAPINTU)) vowel += 'k';
  return onset + vowel;
}

function onsetText(s: Syllable): string {
  if (INDEPENDENT_VOWELS[s.onset] !== undefined) return INDEPENDENT_VOWELS[s.onset];
  const letters = [...s.onset];
  // ប is said p, not b, with a consonant stacked under it: ប្រាក់ Prak, ប្រុស Pros, ប្លុក Plok.
  return letters.map((c, i) => (i === 0 && c === 'ប' && letters.length > 1 ? 'p' : CONSONANTS[c]?.onset ?? '')).join('');
}

function finalText(s: Syllable): string {
  if (!s.final) return '';
  if (s.vowel === 'ែ' && s.final === 'វ') return 'o';
  if (s.vowel === 'ៅ') return '';
  return CONSONANTS[s.final]?.final ?? '';
}

/**
 * Pali loanwords end in a subscript syllable, bare or with ិ or ុ, that names do not pronounce:
 * សម្បត្តិ Sambath, ល័ក្ខ Leak. The subscript stays only as the previous syllable's final.
 */
function dropSilentPaliEnding(ss: Syllable[]): Syllable[] {
  const last = ss[ss.length - 1];
  if (ss.length > 1 && last.split && ['ិ', 'ុ', ''].includes(last.vowel) && last.signs.length === 0 && !last.final) {
    return ss.slice(0, -1);
  }
  return ss;
}

function capitalize(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

export type { Series };
