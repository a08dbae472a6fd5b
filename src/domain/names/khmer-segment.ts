import { hasKhmer } from './khmer-letters';
import { normalizeName } from './normalize';

/**
 * Khmer is written without spaces between words, and a register or a sheet often runs a name
 * together (ពេជ្រធីតា for ពេជ្រ ធីតា). Romanized as one word, the join is guessed wrong (the
 * silent ្រ of ពេជ្រ is read as a syllable), so such a name shared no sound with PECH THYDA. The
 * words a register writes apart in its other names tell where the join is.
 */

/** Words shorter than this (a lone letter) would split too many names somewhere. */
const MIN_WORD = 2;

/** The Khmer words of the register's names that are written apart (by a space or a zero-width space), normalized. */
export function khmerNameWords(names: Iterable<string>): Set<string> {
  const words = new Set<string>();
  const seen = new Set<string>();
  for (const raw of names) {
    if (seen.has(raw)) continue;
    seen.add(raw);
    const parts = normalizeName(raw).split(' ');
    if (parts.length < 2) continue;
    for (const w of parts) if (w.length >= MIN_WORD && hasKhmer(w)) words.add(w);
  }
  return words;
}

/**
 * A Khmer word that is no known word itself, split in two where both halves are known words,
 * the first such split from the start; null if there is none.
 */
export function splitKnown(word: string, known: ReadonlySet<string>): [string, string] | null {
  if (known.size === 0 || word.length < 2 * MIN_WORD || known.has(word) || !hasKhmer(word)) return null;
  for (let i = MIN_WORD; i <= word.length - MIN_WORD; i++) {
    const head = word.slice(0, i);
    if (known.has(head) && known.has(word.slice(i))) return [head, word.slice(i)];
  }
  return null;
}
