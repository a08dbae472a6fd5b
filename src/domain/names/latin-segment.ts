/**
 * A Latin name run together ("KAEVSOPHEA" for Kaev Sophea) is keyed as one word, and a phonetic
 * key is not the sum of its words' keys: a final v, y or h is read otherwise mid-word, and a
 * consonant meets the next word's (Sok Heng joined reads "so kheng"). So "kaevsophea" keys
 * "kevsope" where the register's words key "ko" + "sope", and nothing on the register met it.
 * The words the register writes apart tell where the join may be, as they do for Khmer
 * (khmer-segment.ts), but by their keys: a join may be spelled in any romanization, or the
 * register may write the name in Khmer only.
 */

/** Two letters is the shortest Latin name word (Ly, Im, Ek). */
const MIN_PART = 2;
/** A whole name run together is family name and given name, the given name in two at most. */
const MAX_PARTS = 3;
/**
 * Longer than this is no name run together (KHIEVSREYNEANG is 14 letters) but a cell of junk,
 * whose every cut would be keyed: the cost grows with the square of its length.
 */
const MAX_LETTERS = 32;

/**
 * Every way to cut `word` into 2..MAX_PARTS pieces whose keys are all known, fewest pieces
 * first. `keyOf` is the phonetic key of a word; `known` whether a key is one of the register's
 * words. A typo'd given name cuts too (Sokhon: Sok + Hon), so the caller must judge each.
 */
export function latinSplits(word: string, keyOf: (word: string) => string, known: (key: string) => boolean): string[][] {
  const out: string[][] = [];
  if (word.length > MAX_LETTERS) return out;
  for (let parts = 2; parts <= MAX_PARTS; parts++) cut(word, parts, keyOf, known, [], out);
  return out;
}

function cut(rest: string, parts: number, keyOf: (word: string) => string, known: (key: string) => boolean, head: string[], out: string[][]): void {
  if (parts === 1) {
    if (known(keyOf(rest))) out.push([...head, rest]);
    return;
  }
  for (let i = MIN_PART; i <= rest.length - MIN_PART * (parts - 1); i++) {
    const piece = rest.slice(0, i);
    if (known(keyOf(piece))) cut(rest.slice(i), parts - 1, keyOf, known, [...head, piece], out);
  }
}
