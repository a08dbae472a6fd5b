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
  return textForm(normalizeName(name), keyOf);
}

/**
 * nameForm of a name already normalized (normalizeName). `heads: false` leaves `heads` empty,
 * for a caller that knows it will not read them (headsOf gives them later).
 */
export function textForm(text: string, keyOf: (word: string) => string = wordKey, heads = true): NameForm {
  const { words, keys } = wordsOf(text, keyOf);
  const script = scriptOf(text);
  return { text, script, joined: joinedOf(script, words), ...keyedForm(keys, heads) };
}

/** A normalized name's words and each word's phonetic key. */
export function wordsOf(text: string, keyOf: (word: string) => string = wordKey): { words: string[]; keys: string[] } {
  const words = text === '' ? [] : text.split(' ');
  return { words, keys: keysOf(words, keyOf) };
}

export const scriptOf = (text: string): NameForm['script'] => (hasKhmer(text) ? 'khmer' : 'latin');

/** NameForm.joined, for a name in `script` of these words: Khmer only. */
export const joinedOf = (script: NameForm['script'], words: readonly string[]): string[] => (script === 'khmer' ? rotationsOf(words) : []);

/** The parts of a NameForm that its keys decide, whatever the script and spelling that gave them. */
export type KeyedForm = Pick<NameForm, 'keys' | 'rotations' | 'anagram' | 'heads' | 'shapes'>;

/** `heads: false` as for textForm. */
export function keyedForm(keys: string[], heads = true): KeyedForm {
  const rotations = rotationsOf(keys);
  return { keys, rotations, anagram: sortLetters(rotations[0] ?? ''), heads: heads ? headsOf(keys, rotations) : NO_HEADS, shapes: shapesOf(keys, rotations) };
}

const NO_HEADS: string[] = [];

// A form's lists are made exactly as long as they need to be, not grown by push (which leaves
// room for 17): a roster's thousands of forms live as long as the reconciliation.

/** The phonetic key of each word that has one. */
export function keysOf(words: readonly string[], keyOf: (word: string) => string): string[] {
  const keys = new Array<string>(words.length);
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    const k = keyOf(words[i]);
    if (k !== '') keys[count++] = k;
  }
  keys.length = count;
  return keys;
}

/** Each word's key with the next HEAD_LETTERS letters of its rotation, where there are that many. */
export function headsOf(keys: readonly string[], rotations: readonly string[]): string[] {
  if (keys.length < 2) return [];
  const letters = rotations[0].length;
  let count = 0;
  for (let i = 0; i < keys.length; i++) if (letters - keys[i].length >= HEAD_LETTERS) count++;
  const heads = new Array<string>(count);
  for (let i = 0, at = 0; i < keys.length; i++) {
    if (letters - keys[i].length >= HEAD_LETTERS) heads[at++] = `${keys[i]} ${rotations[i].slice(keys[i].length, keys[i].length + HEAD_LETTERS)}`;
  }
  return heads;
}

/** Each rotation's shape, or none for a name too short to be told by its consonants. */
function shapesOf(keys: readonly string[], rotations: readonly string[]): string[] {
  if (rotations.length === 0 || rotations[0].length < MIN_SHAPE) return [];
  // A shape keeps every letter in its place, so each rotation's shape is that rotation of the first one's.
  const first = shape(rotations[0]);
  const shapes = new Array<string>(keys.length);
  for (let i = 0, at = 0; i < keys.length; at += keys[i++].length) shapes[i] = at === 0 ? first : first.slice(at) + first.slice(0, at);
  return shapes;
}

/** Phonetic keys write vowels as a, e, o only (phonetic.ts). */
const shape = (key: string) => key.replace(/[aeo]/g, '_');

/** The parts joined without spaces, starting from each part in turn. */
function rotationsOf(parts: readonly string[]): string[] {
  const out = new Array<string>(parts.length);
  for (let i = 0; i < parts.length; i++) out[i] = rotate(parts, i);
  return out;
}

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
