import { COENG_CODE, hasKhmer, isBaseCode } from './khmer-letters';
import { normalizeName } from './normalize';

/**
 * Khmer is written without spaces between words, and a register or a sheet often runs a name
 * together (ពេជ្រធីតា for ពេជ្រ ធីតា). Romanized as one word, the join is guessed wrong (the
 * silent ្រ of ពេជ្រ is read as a syllable), so such a name shared no sound with PECH THYDA. The
 * words other names write apart, on the register or on site, tell where the join is.
 */

/** Words shorter than this (a lone letter) would split too many names somewhere. */
const MIN_WORD = 2;

/**
 * The Khmer words of names that are written apart (by a space or a zero-width space), normalized
 * by `normalize`; in `counts`, if given, how many names (as written) each word is written in.
 */
export function khmerNameWords(names: Iterable<string>, normalize: (raw: string) => string = normalizeName, counts?: Map<string, number>): Set<string> {
  const words = new Set<string>();
  const seen = new Set<string>();
  for (const raw of names) {
    if (seen.has(raw) || !hasKhmer(raw)) continue;
    seen.add(raw);
    const parts = normalize(raw).split(' ');
    if (parts.length < 2) continue;
    for (const w of parts) {
      if (w.length < MIN_WORD || !hasKhmer(w)) continue;
      words.add(w);
      if (counts) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
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

/**
 * A Khmer name run together that splitKnown cannot cut, its given name misspelled or new
 * (សានណារិ for សាន ណារី): cut after the longest family name it starts with, where a syllable
 * starts. Romanized whole, the join and the slip together left it sharing no sound with its
 * register entry. Null if it starts with no family name.
 */
export function splitFamily(word: string, families: ReadonlySet<string>): [string, string] | null {
  if (families.size === 0 || !hasKhmer(word)) return null;
  const ends = familyEnds(word);
  for (let j = ends.length - 1; j >= 0; j--) {
    if (families.has(word.slice(0, ends[j]))) return [word.slice(0, ends[j]), word.slice(ends[j])];
  }
  return null;
}

/** The first words of the Khmer names written apart: the family names, for splitFamily. */
export function khmerFamilies(names: Iterable<string>, normalize: (raw: string) => string = normalizeName): Set<string> {
  const families = new Set<string>();
  for (const raw of names) {
    if (!hasKhmer(raw)) continue;
    const text = normalize(raw);
    const space = text.indexOf(' ');
    if (space >= MIN_WORD && hasKhmer(text.slice(0, space))) families.add(text.slice(0, space));
  }
  return families;
}

const ZERO_WIDTH = '\u200b';
/** Real spaces, which a zero-width space is not: the breaks between the parts joinBrokenWords reads on their own. */
const SPACES = /([\s\u00a0]+)/;

/**
 * A Khmer name whose zero-width spaces fall within words as well as between them, as text tools
 * and some typists put one between syllables, as a hint where a line may break (ធី​តា នាង, អា
 * មក​រា): within each part written between real spaces, the longest runs of pieces that make a
 * word names write apart (`words`: khmerNameWords and what NameCache adds to them) are written
 * as one. Read as breaks, the pieces were words of their own (ធី, តា), romanized as syllables the
 * register's words are not, and the name shared nothing with it. A break between two words
 * (សុខ​ដារ៉ា) makes no word when joined, and stays; nor does a whole name run together, which
 * no name writes apart as one of its words. The name as it was if nothing joins.
 */
export function joinBrokenWords(raw: string, words: ReadonlySet<string>, normalize: (raw: string) => string = normalizeName): string {
  if (words.size === 0 || !raw.includes(ZERO_WIDTH)) return raw;
  const parts = raw.split(SPACES);
  let joined = false;
  for (let p = 0; p < parts.length; p += 2) {
    const pieces = parts[p].split(ZERO_WIDTH);
    if (pieces.length < 2) continue;
    // Each piece normalized once (the same pieces recur from name to name), and a run of them as
    // their forms joined: the pieces break between syllables, which normalizing keeps apart.
    const forms = pieces.map(normalize);
    const out: string[] = [];
    for (let i = 0; i < pieces.length; ) {
      let end = i;
      for (let j = pieces.length - 1; j > i; j--) {
        if (words.has(forms.slice(i, j + 1).join(''))) {
          end = j;
          break;
        }
      }
      out.push(pieces.slice(i, end + 1).join(''));
      if (end > i) joined = true;
      i = end + 1;
    }
    parts[p] = out.join(ZERO_WIDTH);
  }
  return joined ? parts.join('') : raw;
}

/** A registered worker's name as the register writes it in both scripts. */
export interface NameInBothScripts {
  nameKh: string;
  nameLatin: string | null;
}

/**
 * A register that runs every Khmer name together has no words written apart to learn from,
 * but it mostly writes the Latin name apart (ពេជ្រស្រីណា, PECH SREY NA): the start of the Khmer
 * name that keys as the Latin family name does is the family name, and the rest the given
 * name. Those words, beyond `known`, for splitKnown to cut the names written in Khmer only.
 * `keyOf` is the phonetic key of a word (romanized first when Khmer).
 */
export function khmerWordsByLatin(names: Iterable<NameInBothScripts>, known: ReadonlySet<string>, normalize: (raw: string) => string, keyOf: (word: string) => string): Set<string> {
  const learned = new Set<string>();
  for (const { nameKh, nameLatin } of names) {
    if (!nameLatin || !hasKhmer(nameKh)) continue;
    const kh = normalize(nameKh);
    if (kh.length < 2 * MIN_WORD || kh.includes(' ') || known.has(kh)) continue;
    const latin = normalize(nameLatin).split(' ');
    if (latin.length < 2) continue;
    const family = keyOf(latin[0]);
    const end = familyEnds(kh).find((i) => keyOf(kh.slice(0, i)) === family);
    if (end !== undefined) learned.add(kh.slice(0, end)).add(kh.slice(end));
  }
  return learned;
}

/**
 * A register in Khmer alone that runs every name together, beside a sheet in Latin letters: no
 * name is written apart in Khmer, and the register has no Latin name to go by (khmerWordsByLatin).
 * The sheet's own words show where the names split: a name may be cut where its start and its
 * rest each key as a word some Latin name on the sheet writes (PICH PHARY: ពេជ្រ|ផារី). Where
 * a name may be cut in more than one place (ទូ|ចនរិទ្ធ, ទូច|នរិទ្ធ), the start that more of the
 * register's names may be cut after is the family name, the longer on a tie: a family name is
 * shared by many, a syllable that happens to key as a word by few. Those words, beyond `known`,
 * for splitKnown; a name `known` words already cut is left to them. `sheetKeysOf`: the phonetic
 * keys of the words of the sheet's Latin names, asked for only once a name needs them.
 */
export function khmerWordsBySheet(names: Iterable<NameInBothScripts>, sheetKeysOf: () => ReadonlySet<string>, known: ReadonlySet<string>, normalize: (raw: string) => string, keyOf: (word: string) => string): Set<string> {
  const learned = new Set<string>();
  let sheetKeys: ReadonlySet<string> | undefined;
  // Each name's possible cuts, and how many names each start may be cut after.
  const cuts = new Map<string, number[]>();
  const starts = new Map<string, number>();
  for (const { nameKh, nameLatin } of names) {
    if (nameLatin || !hasKhmer(nameKh)) continue;
    const kh = normalize(nameKh);
    if (cuts.has(kh) || kh.length < 2 * MIN_WORD || kh.includes(' ') || known.has(kh) || splitKnown(kh, known)) continue;
    const keys = (sheetKeys ??= sheetKeysOf());
    // The start first: family names are few, and their keys remembered (keyOf).
    const at = familyEnds(kh).filter((i) => keys.has(keyOf(kh.slice(0, i))) && keys.has(keyOf(kh.slice(i))));
    for (const i of at) starts.set(kh.slice(0, i), (starts.get(kh.slice(0, i)) ?? 0) + 1);
    if (at.length > 0) cuts.set(kh, at);
  }
  for (const [kh, at] of cuts) {
    let best = at[0];
    for (const i of at) if (starts.get(kh.slice(0, i))! >= starts.get(kh.slice(0, best))!) best = i;
    learned.add(kh.slice(0, best)).add(kh.slice(best));
  }
  return learned;
}

/** A Khmer family name is a syllable or two (ពេជ្រ, ស៊ីសុវត្ថិ): past this many code points the start is read no further. */
const MAX_FAMILY = 12;

/**
 * Where a family name at the start of a Khmer word run together may end, shortest first: where a
 * syllable starts, within MAX_FAMILY, with a word of MIN_WORD or more on either side.
 */
function familyEnds(word: string): number[] {
  const ends: number[] = [];
  for (let i = MIN_WORD; i <= Math.min(word.length - MIN_WORD, MAX_FAMILY); i++) if (startsSyllable(word, i)) ends.push(i);
  return ends;
}

/** Whether a Khmer syllable can start at `i`: a consonant or an independent vowel, not one subscript under the letter before. */
function startsSyllable(word: string, i: number): boolean {
  return isBaseCode(word.charCodeAt(i)) && word.charCodeAt(i - 1) !== COENG_CODE;
}
