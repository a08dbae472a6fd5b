import { isKhmer } from './khmer-letters';
import { normalizeName } from './normalize';
import { phoneticKey } from './phonetic';
import { romanizeKhmer } from './romanize';

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
}

export function nameForm(name: string): NameForm {
  const text = normalizeName(name);
  const khmer = [...text].some(isKhmer);
  const keys = (khmer ? romanizeKhmer(text) : text).split(' ').map(phoneticKey).filter((k) => k !== '');
  const rotations = keys.map((_, i) => [...keys.slice(i), ...keys.slice(0, i)].join(''));
  return { text, script: khmer ? 'khmer' : 'latin', keys, rotations, anagram: [...(rotations[0] ?? '')].sort().join('') };
}

/** The phonetic key of a whole name, spacing ignored: what "key-equal" means for two spellings. */
export function nameKey(name: string): string {
  return nameForm(name).rotations[0] ?? '';
}
