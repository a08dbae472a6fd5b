import { BANTOC, COENG, CONSONANTS, isConsonant, isDependentVowel, isIndependentVowel, isRegisterShifter, isSign, MUUSIKATOAN, NIKAHIT, ROBAT, TOANDAKHIAT, TRIISAP, type Series } from './khmer-letters';

/** One written cluster: a base letter with what is stacked on it. */
export interface Cluster {
  base: string;
  shifter: string;
  subs: string[];
  vowel: string;
  signs: string[];
}

/** A spoken syllable, in the pieces a romanizer needs. */
export interface Syllable {
  onset: string;
  series: Series;
  /** ៉ or ៊ on the onset, or ''; ប៉ is said p (ប៉ុល Pol). */
  shifter: string;
  /** The dependent vowel, '' for the inherent one; an independent vowel is spelled in `onset`. */
  vowel: string;
  signs: string[];
  final: string;
  /** The onset came from a subscript that also closed the syllable before (Pali spelling, វុទ្ធី). */
  split: boolean;
}

/** Signs that end a syllable themselves: nikahit (-m), reahmuk (-h), yuukaleapintu (-k). */
const CLOSING = new Set(['\u17c6', '\u17c7', '\u17c8']);
const LIQUIDS = new Set(['រ', 'ល', 'យ', 'វ']);
const NASALS = new Set(['ម', 'ន', 'ណ']);
/** o-series subscripts that pull an a-series cluster into the o-series (ស្ព → o-series). */
const VOICED = new Set(['គ', 'ឃ', 'ជ', 'ឈ', 'ឌ', 'ឍ', 'ទ', 'ធ', 'ព', 'ភ']);

export function clusters(word: string): Cluster[] {
  const chars = [...word];
  const out: Cluster[] = [];
  for (let i = 0; i < chars.length; ) {
    const c = chars[i++];
    if (!isConsonant(c) && !isIndependentVowel(c)) continue;
    const k: Cluster = { base: c, shifter: '', subs: [], vowel: '', signs: [] };
    while (i < chars.length) {
      const m = chars[i];
      if (m === COENG && isConsonant(chars[i + 1] ?? '')) {
        k.subs.push(chars[i + 1]);
        i += 2;
      } else if (isRegisterShifter(m)) (k.shifter = m), i++;
      else if (isDependentVowel(m)) (k.vowel += m), i++;
      else if (isSign(m)) k.signs.push(m), i++;
      else break;
    }
    out.push(k);
  }
  return out;
}

const bare = (k: Cluster | undefined) => !!k && k.subs.length === 0 && k.vowel === '' && k.signs.length === 0 && k.shifter === '' && isConsonant(k.base);
/** A subscript that is really the previous syllable's final plus the next onset (សុគន្ធា so-kun-thea). */
const splits = (k: Cluster | undefined) =>
  !!k && k.subs.length > 0 && (!LIQUIDS.has(k.subs[0]) || k.subs[0] === k.base || k.subs.length > 1);

/**
 * Groups clusters into syllables. Khmer does not mark where one syllable ends, so this follows
 * the usual reading: a bare consonant after an open syllable closes it unless it must start the
 * next one, and a non-liquid subscript mid-word is both a final and the next onset.
 */
export function syllables(word: string): Syllable[] {
  const ks = clusters(word).filter((k) => !k.signs.includes(TOANDAKHIAT) && !k.signs.includes(ROBAT));
  const out: Syllable[] = [];
  const open = () => {
    const last = out[out.length - 1];
    return last && last.final === '' && !last.signs.some((s) => CLOSING.has(s));
  };
  ks.forEach((k, i) => {
    const next = ks[i + 1];
    const last = out[out.length - 1];
    if (isIndependentVowel(k.base)) {
      out.push({ onset: k.base, series: 'a', shifter: '', vowel: k.vowel, signs: k.signs, final: '', split: false });
      return;
    }
    // ាំង is one rhyme, aing or eang (តាំង Taing), though nikahit has already closed the syllable.
    if (bare(k) && k.base === 'ង' && last?.vowel === 'ា' && last.signs.includes(NIKAHIT) && !last.final) {
      last.final = k.base;
      return;
    }
    // A bare ហ between vowels starts a syllable: Khmer writes a final h with reahmuk ះ (សីហមុនី Sihamoni).
    const closesLast = open() && (
      (bare(k) && !(k.base === 'ហ' && next) && !(next && (splits(next) || (bare(next) && i + 1 === ks.length - 1) || (!bare(next) && last.vowel === '')))) ||
      (k.signs.length === 1 && k.signs[0] === BANTOC && k.vowel === '' && k.subs.length === 0) ||
      (i === ks.length - 1 && k.subs.length > 0 && k.vowel === '' && k.signs.length === 0 && !splits(k))
    );
    if (closesLast) {
      last.final = k.base;
      if (k.signs.includes(BANTOC)) last.signs = [...last.signs, BANTOC];
      return;
    }
    if (open() && splits(k) && i > 0) {
      last.final = k.base;
      // ស over a nasal starts the next syllable whole, and is heard as a stop closing this one (រស្មី reak-smey).
      if (k.base === 'ស' && NASALS.has(k.subs[0])) {
        out.push({ onset: k.base + k.subs.join(''), series: seriesOf(k.base, k.subs, k.shifter), shifter: k.shifter, vowel: k.vowel, signs: k.signs, final: '', split: true });
        return;
      }
      const [head, ...rest] = k.subs;
      out.push({ onset: head + rest.join(''), series: seriesOf(head, rest, k.shifter), shifter: k.shifter, vowel: k.vowel, signs: k.signs, final: '', split: true });
      return;
    }
    out.push({ onset: k.base + k.subs.join(''), series: seriesOf(k.base, k.subs, k.shifter), shifter: k.shifter, vowel: k.vowel, signs: k.signs, final: '', split: false });
  });
  return out;
}

function seriesOf(base: string, subs: string[], shifter: string): Series {
  if (shifter === MUUSIKATOAN) return 'a';
  if (shifter === TRIISAP) return 'o';
  const s = CONSONANTS[base]?.series ?? 'a';
  return s === 'a' && subs.some((c) => VOICED.has(c)) ? 'o' : s;
}
