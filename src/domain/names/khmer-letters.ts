/**
 * The Khmer block (U+1780–U+17FF) sorted into the roles that matter for names. Source: The
 * Unicode Standard, ch. 16.4 "Khmer", and the Khmer OpenType shaping spec.
 */

export const COENG = '\u17d2';
/** COENG as a code unit, for loops that read char codes. */
export const COENG_CODE = COENG.charCodeAt(0);
/** ៉ MUUSIKATOAN makes an o-series consonant a-series; ៊ TRIISAP does the opposite. */
export const MUUSIKATOAN = '\u17c9';
export const TRIISAP = '\u17ca';
export const NIKAHIT = '\u17c6';
export const REAHMUK = '\u17c7';
export const BANTOC = '\u17cb';
/** ៍ TOANDAKHIAT silences the letter it sits on (ចន្ទ៍, ព្រះអាទិត្យ៍). */
export const TOANDAKHIAT = '\u17cd';
/** ៌ ROBAT, a Sanskrit r over a final letter that is not pronounced (ធម៌ Thor, សួគ៌ Suor). */
export const ROBAT = '\u17cc';
/** ៈ YUUKALEAPINTU: a short vowel cut by a glottal stop, written k in names (វណ្ណៈ Vannak). */
export const YUUKALEAPINTU = '\u17c8';

// Each class by code unit (every Khmer letter is one), for loops that read char codes, and by
// one-letter string; the ranges are said once, in the code forms.
export const isConsonantCode = (c: number) => c >= 0x1780 && c <= 0x17a2;
export const isIndependentVowelCode = (c: number) => c >= 0x17a3 && c <= 0x17b3;
export const isDependentVowelCode = (c: number) => c >= 0x17b6 && c <= 0x17c5;
export const isRegisterShifterCode = (c: number) => c === 0x17c9 || c === 0x17ca;
/** A consonant or an independent vowel: what starts a cluster. */
export const isBaseCode = (c: number) => isConsonantCode(c) || isIndependentVowelCode(c);
/** Signs written above or after the vowel: nikahit, reahmuk, yuukaleapintu, bantoc and the rest. */
export const isSignCode = (c: number) => (c >= 0x17c6 && c <= 0x17d1 && !isRegisterShifterCode(c)) || c === 0x17d3 || c === 0x17dd;

export const isConsonant = (c: string) => isConsonantCode(c.charCodeAt(0));
export const isIndependentVowel = (c: string) => isIndependentVowelCode(c.charCodeAt(0));
export const isDependentVowel = (c: string) => isDependentVowelCode(c.charCodeAt(0));
export const isRegisterShifter = (c: string) => isRegisterShifterCode(c.charCodeAt(0));
export const isSign = (c: string) => isSignCode(c.charCodeAt(0));
const ANY_KHMER = /[\u1780-\u17ff]/;
/** Whether any letter of `s` is Khmer: a regex, as it runs on every name of both lists. */
export const hasKhmer = (s: string) => ANY_KHMER.test(s);

export type Series = 'a' | 'o';

/**
 * Each consonant's series (which decides how a vowel after it sounds), how a name spells it at
 * the start of a syllable, and as a final. Spellings are the ones Cambodian ID cards and
 * payrolls use (Sok, Chea, Phal, Thida), not a scholarly transliteration.
 */
export const CONSONANTS: Record<string, { series: Series; onset: string; final: string }> = {
  'ក': { series: 'a', onset: 'k', final: 'k' },
  'ខ': { series: 'a', onset: 'kh', final: 'k' },
  'គ': { series: 'o', onset: 'k', final: 'k' },
  'ឃ': { series: 'o', onset: 'kh', final: 'k' },
  'ង': { series: 'o', onset: 'ng', final: 'ng' },
  'ច': { series: 'a', onset: 'ch', final: 'ch' },
  'ឆ': { series: 'a', onset: 'chh', final: 'ch' },
  'ជ': { series: 'o', onset: 'ch', final: 'ch' },
  'ឈ': { series: 'o', onset: 'chh', final: 'ch' },
  'ញ': { series: 'o', onset: 'nh', final: 'nh' },
  'ដ': { series: 'a', onset: 'd', final: 't' },
  'ឋ': { series: 'a', onset: 'th', final: 'th' },
  'ឌ': { series: 'o', onset: 'd', final: 't' },
  'ឍ': { series: 'o', onset: 'th', final: 'th' },
  'ណ': { series: 'a', onset: 'n', final: 'n' },
  'ត': { series: 'a', onset: 't', final: 't' },
  'ថ': { series: 'a', onset: 'th', final: 'th' },
  'ទ': { series: 'o', onset: 't', final: 't' },
  'ធ': { series: 'o', onset: 'th', final: 'th' },
  'ន': { series: 'o', onset: 'n', final: 'n' },
  'ប': { series: 'a', onset: 'b', final: 'p' },
  'ផ': { series: 'a', onset: 'ph', final: 'ph' },
  'ព': { series: 'o', onset: 'p', final: 'p' },
  'ភ': { series: 'o', onset: 'ph', final: 'ph' },
  'ម': { series: 'o', onset: 'm', final: 'm' },
  'យ': { series: 'o', onset: 'y', final: 'y' },
  'រ': { series: 'o', onset: 'r', final: 'r' },
  'ល': { series: 'o', onset: 'l', final: 'l' },
  'វ': { series: 'o', onset: 'v', final: 'v' },
  'ឝ': { series: 'a', onset: 's', final: 's' },
  'ឞ': { series: 'a', onset: 's', final: 's' },
  'ស': { series: 'a', onset: 's', final: 's' },
  'ហ': { series: 'a', onset: 'h', final: 'h' },
  'ឡ': { series: 'a', onset: 'l', final: 'l' },
  'អ': { series: 'a', onset: '', final: '' },
};

/**
 * Pali doubles an aspirate as its plain letter over the aspirate (វត្ថុ vatthu, ពុទ្ធ buddha):
 * like a doubled letter, the pair closes one syllable and starts the next.
 */
export const ASPIRATE_OF: Record<string, string> = {
  'ក': 'ខ', 'គ': 'ឃ', 'ច': 'ឆ', 'ជ': 'ឈ', 'ដ': 'ឋ', 'ឌ': 'ឍ', 'ត': 'ថ', 'ទ': 'ធ', 'ប': 'ផ', 'ព': 'ភ',
};

/** Independent vowels stand for a whole syllable start (ឯក Ek, ឧត្តម Oudom, ឧក Ouk). */
export const INDEPENDENT_VOWELS: Record<string, string> = {
  'ឣ': 'a', 'ឤ': 'a', 'ឥ': 'e', 'ឦ': 'ei', 'ឧ': 'ou', 'ឨ': 'ou', 'ឩ': 'ou', 'ឪ': 'ov',
  'ឫ': 'rue', 'ឬ': 'rueu', 'ឭ': 'lue', 'ឮ': 'lueu', 'ឯ': 'ae', 'ឰ': 'ai', 'ឱ': 'ao', 'ឲ': 'ao', 'ឳ': 'au',
};
