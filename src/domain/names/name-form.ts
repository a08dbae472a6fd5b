import { hasKhmer } from './khmer-letters';
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
  /**
   * Each word's key with the first HEAD_LETTERS letters of the rest of the name (in rotation):
   * "Thach Sreyrath" and "Thach Srey Roth" share "tak" + "sre". Equal for two spellings whose
   * only difference lies further on, which is where a typed name most often goes wrong.
   */
  heads: string[];
  /**
   * Each rotation with every vowel run written as one symbol: the consonants and where the
   * vowels fall, not which vowels. Khmer's inherent vowel is spelled a or o (Sam/Som,
   * Kosal/Kosol, Ratha/Rotha) and its central vowels i, e, eu or oe (Im/Eum/Oem), beyond what
   * the key's vowel classes join. Empty for a name too short for the shape to say much.
   */
  shapes: string[];
}

/**
 * A Latin name's phonetic key with the spaces left out, so a space typed one letter off ("Hen
 * gChanthu") keys as the name does ("heGCanto"), where the words' own keys split the ng. Null
 * for a Khmer name or a single word: each Khmer word is romanized alone, so there is nothing to gain.
 */
export function flatKey(form: NameForm): string | null {
  if (form.script === 'khmer' || form.keys.length < 2) return null;
  return phoneticKey(form.text.replace(/ /g, ''));
}

/** Shorter shapes (two syllables, "Ly Ek") fit too many names to count as a near spelling. */
export const MIN_SHAPE = 5;

/** Three letters of the next word narrow a family name to a handful of people. */
export const HEAD_LETTERS = 3;

/** The phonetic key of one normalized word, romanized first when it is written in Khmer. */
export function wordKey(word: string): string {
  return phoneticKey(hasKhmer(word) ? romanizeWord(word) : word);
}

/**
 * `keyOf` lets a caller remember word keys across names: a roster of 10,000 names holds a few
 * hundred distinct words, and romanizing is most of the cost of preparing a name.
 */
export function nameForm(name: string, keyOf: (word: string) => string = wordKey): NameForm {
  const text = normalizeName(name);
  const khmer = hasKhmer(text);
  const words = text === '' ? [] : text.split(' ');
  const keys: string[] = [];
  for (const w of words) {
    const k = keyOf(w);
    if (k !== '') keys.push(k);
  }
  const rotations = keys.length === 1 ? keys.slice() : keys.map((_, i) => rotate(keys, i));
  const joined = khmer ? words.map((_, i) => rotate(words, i)) : [];
  const heads: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const rest = rotations[i].slice(keys[i].length, keys[i].length + HEAD_LETTERS);
    if (keys.length > 1 && rest.length === HEAD_LETTERS) heads.push(`${keys[i]} ${rest}`);
  }
  const shapes = rotations.map(shape).filter((x) => x.length >= MIN_SHAPE);
  return { text, script: khmer ? 'khmer' : 'latin', keys, rotations, anagram: sortLetters(rotations[0] ?? ''), joined, heads, shapes: shapes.length === rotations.length ? shapes : [] };
}

/** Phonetic keys write vowels as a, e, o only (phonetic.ts). */
const shape = (key: string) => key.replace(/[aeo]/g, '_');

/** The parts joined without spaces, starting from part `from`. */
function rotate(parts: readonly string[], from: number): string {
  let out = '';
  for (let i = 0; i < parts.length; i++) out += parts[(from + i) % parts.length];
  return out;
}

/** The letters of a key in character-code order; keys are short, so insertion sort. */
function sortLetters(s: string): string {
  const codes = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let j = i;
    for (; j > 0 && codes[j - 1] > c; j--) codes[j] = codes[j - 1];
    codes[j] = c;
  }
  return String.fromCharCode(...codes);
}

/** The phonetic key of a whole name, spacing ignored: what "key-equal" means for two spellings. */
export function nameKey(name: string): string {
  return nameForm(name).rotations[0] ?? '';
}
