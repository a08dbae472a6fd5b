import { isKhmer } from './khmer-letters';
import { normalizeName } from './normalize';
import { phoneticKey } from './phonetic';
import { romanizeWord } from './romanize';

/** A name prepared once for comparing against many others. */
export interface NameForm {
  /** normalizeName's output: equal texts are the same spelling in the same script. */
  text: string;
  script: 'khmer' | 'latin';
  /** The phonetic key of each word, Khmer words romanized first. */
  keys: string[];
  /**
   * The keys joined without spaces, starting from each word in turn. Rotating catches the
   * family name moved after the given name ("Dara Sok"), and joining catches "Srey Mom" =
   * "Sreymom"; comparing rotation 0 of one name with every rotation of the other covers both.
   */
  rotations: string[];
  /** The letters of the joined key, sorted: equal for swapped, merged and split spellings. */
  anagram: string;
  /**
   * Khmer only: the written words joined without spaces, starting from each word in turn.
   * Khmer needs no space between words, and a name typed as one word romanizes differently at
   * the join (the syllable break is guessed), so the written letters are compared as well.
   */
  joined: string[];
}

/** The phonetic key of one normalized word, romanized first when it is written in Khmer. */
export function wordKey(word: string): string {
  return phoneticKey([...word].some(isKhmer) ? romanizeWord(word) : word);
}

/**
 * `keyOf` lets a caller remember word keys across names: a roster of 10,000 names holds a few
 * hundred distinct words, and romanizing is most of the cost of preparing a name.
 */
export function nameForm(name: string, keyOf: (word: string) => string = wordKey): NameForm {
  const text = normalizeName(name);
  const khmer = [...text].some(isKhmer);
  const keys = text.split(' ').filter((w) => w !== '').map(keyOf).filter((k) => k !== '');
  const rotations = keys.map((_, i) => [...keys.slice(i), ...keys.slice(0, i)].join(''));
  const words = text.split(' ').filter((w) => w !== '');
  const joined = khmer ? words.map((_, i) => [...words.slice(i), ...words.slice(0, i)].join('')) : [];
  return { text, script: khmer ? 'khmer' : 'latin', keys, rotations, anagram: [...(rotations[0] ?? '')].sort().join(''), joined };
}

/** The phonetic key of a whole name, spacing ignored: what "key-equal" means for two spellings. */
export function nameKey(name: string): string {
  return nameForm(name).rotations[0] ?? '';
}
