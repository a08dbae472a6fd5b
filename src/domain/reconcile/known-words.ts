import type { InternedName } from '../names/name-cache';
import { COENG, CONSONANTS } from '../names/khmer-letters';
import { isKeyVowel } from '../names/phonetic';
import { oneEditApart, wordCount, wordEnd, wordStart } from '../names/slips';
import type { Person } from './people';

/**
 * Name words the register knows as names of their own, to tell two names apart from two
 * spellings of one. Khmer family names are short, so the keys of two of them (Ouk, Sok) are
 * often near, but a slip that turns one name into another is far rarer than two people who
 * share a given name.
 */

/**
 * Word key ids (name-cache.ts) known to be names of their own: known[id] is 1. `written`: the
 * Khmer words as the register writes them, where known (khmerWords), gathered when first asked.
 */
export type KnownWords = ArrayLike<number> & { readonly written?: () => ReadonlySet<string> };
export const NO_WORDS: KnownWords = new Uint8Array(0);

/**
 * The word keys of the register's Khmer names. Each is a written Khmer name, so two of them
 * that differ beyond their vowels are two names; Latin spellings are left out, as one Khmer
 * name has several on any register of size (Dalin, Daline).
 */
export function khmerWords(registered: readonly Person[]): KnownWords {
  let top = -1;
  for (const r of registered) for (const n of r.names) for (const id of n.keyIds) top = Math.max(top, id);
  const known = new Uint8Array(top + 1);
  for (const r of registered) for (const n of r.names) if (n.script === 'khmer') for (const id of n.keyIds) known[id] = 1;
  let written: Set<string> | undefined;
  const writtenWords = () => {
    if (written) return written;
    written = new Set<string>();
    // Each form once: namesakes share one.
    const seen = new Set<InternedName>();
    for (const r of registered) {
      for (const n of r.names) {
        if (n.script !== 'khmer' || seen.has(n)) continue;
        seen.add(n);
        for (const word of n.text.split(' ')) written.add(word);
      }
    }
    return written;
  };
  return Object.assign(known, { written: writtenWords });
}

/**
 * Whether, with r read from word `rot`, some word of o and the word of r it stands against are
 * two known names (Ouk Bopha, Sok Bopha): the pair agrees on one word, not on a spelling.
 */
export function otherWord(o: InternedName, r: InternedName, rot: number, known: KnownWords): boolean {
  const n = o.keyIds.length;
  if (n < 2 || r.keyIds.length !== n) return false;
  for (let i = 0; i < n; i++) if (twoNames(o, i, r, (i + rot) % n, known)) return true;
  return false;
}

/**
 * Whether, with word i of o the same as word j of r, some other word of o is another known
 * name than the word of r it stands against (Bun Bopha, Bun Davy): the two share a family,
 * not a name spelled beyond the key's reach. Some, not every: in Touch Srey Neang and Vong
 * Srey Mom the Srey shared is the start of many women's names, and Touch and Vong are two
 * families, whatever Neang and Mom are.
 */
export function otherRest(o: InternedName, r: InternedName, i: number, j: number, known: KnownWords): boolean {
  const n = o.keyIds.length;
  if (n < 2 || r.keyIds.length !== n) return false;
  const rot = (j - i + n) % n;
  for (let k = 0; k < n; k++) {
    // Word i is the one the caller found alike (the same key, or the same but for its vowels).
    if (k === i || o.keyIds[k] === r.keyIds[(k + rot) % n]) continue;
    if (twoNames(o, k, r, (k + rot) % n, known)) return true;
  }
  return false;
}

/**
 * Whether word a of o and word b of r are two names the register knows, not two spellings of
 * one. A word of o written in Khmer is known only as the register writes it: a slip of the
 * keyboard (ដានិ for ដានី, the last vowel short) can romanize as another name (តាន់, Tan) that
 * no one writes so.
 */
export function twoNames(o: InternedName, a: number, r: InternedName, b: number, known: KnownWords): boolean {
  const x = o.keyIds[a];
  const y = r.keyIds[b];
  if (x === y || known[x] !== 1 || known[y] !== 1) return false;
  if (sameShape(o.keys[a], r.keys[b])) return khmerApart(o, a, r, b, known);
  return o.script !== 'khmer' || writtenOnRegister(o, a, known);
}

/**
 * Whether, with r read from word `rot`, two Khmer names whose words key alike write some word
 * as two words the register writes, starting on two sounds and more than a slip apart
 * (wordsApart): ខៀវ, កែវ and កុយ (Khiev, Keo, Koy) are three family names, and ជា and ឆាយ
 * (Chea, Chhay) two, that the phonetic key, made to meet a name's spellings across scripts,
 * folds into one. A name's own Khmer spellings keep its first letter (ចំរើន, ចម្រើន; គង់, គុង;
 * ច័ន្ទ, ចាន់), however far apart the rest.
 */
export function khmerOtherWord(o: InternedName, r: InternedName, rot: number, known: KnownWords): boolean {
  if (o.script !== 'khmer' || r.script !== 'khmer' || o.id === r.id || o.recut || r.recut) return false;
  const n = o.keys.length;
  if (r.keys.length !== n) return false;
  // Words split elsewhere (ថាច់ស្រី នាង, ថាច់ ស្រីនាង) join to the same key, but no word stands against another.
  for (let i = 0; i < n; i++) if (o.keyIds[i] !== r.keyIds[(i + rot) % n]) return false;
  for (let i = 0; i < n; i++) {
    const ow = writtenWord(o, i);
    const rw = writtenWord(r, (i + rot) % n);
    if (ow !== null && rw !== null && otherOnset(ow, rw) && wordsApart(ow, rw, known)) return true;
  }
  return false;
}

/**
 * Whether two Khmer words start on two sounds (ខ kh and ក k, ជ ch and ឆ chh), not on one sound's
 * two letters (ន and ណ, ល and ឡ, ផ and ភ), which a name's spellings trade. Unknown, so not, for
 * a foreign sound written ហ over a subscript (ហ្គ g), which clerks write as they hear it.
 */
function otherOnset(a: string, b: string): boolean {
  const x = onsetOf(a);
  const y = onsetOf(b);
  return x !== null && y !== null && x !== y;
}

/** The sound a Khmer word starts on, '' for a vowel; null for ហ over a subscript (otherOnset). */
function onsetOf(word: string): string | null {
  const first = word[0];
  if (first === 'ហ' && word[1] === COENG) return null;
  return CONSONANTS[first]?.onset ?? '';
}

/**
 * Two register words whose keys differ in vowels only are one name's spellings in Latin letters
 * (Chan, Chean), but not when both are written in Khmer and more than a slip apart: ឈឿន and
 * ចាន់ (Chhoeun, Chan) are two family names, however near their keys.
 */
function khmerApart(o: InternedName, a: number, r: InternedName, b: number, known: KnownWords): boolean {
  if (o.script !== 'khmer' || r.script !== 'khmer') return false;
  const ow = writtenWord(o, a);
  const rw = writtenWord(r, b);
  return ow !== null && rw !== null && wordsApart(ow, rw, known);
}

/** Whether two Khmer words as written, the first one the register writes, are more than a slip apart, a subscript left out counting as one. */
function wordsApart(ow: string, rw: string, known: KnownWords): boolean {
  if (known.written === undefined || ow === rw || oneEditApart(ow, rw) || !known.written().has(ow)) return false;
  return !oneEditApart(khmerUnits(ow), khmerUnits(rw));
}

/** Word a of a name as written, or null where words and keys are out of step. */
export function writtenWord(n: InternedName, a: number): string | null {
  if (wordCount(n.text) !== n.keys.length) return null;
  const start = wordStart(n.text, a);
  return n.text.slice(start, wordEnd(n.text, start));
}

/** A Khmer word with each subscript (coeng and its consonant) as one letter, so a subscript left out is one edit. */
function khmerUnits(word: string): string {
  return word.replace(SUBSCRIPT, (_, c: string) => String.fromCharCode(c.charCodeAt(0) + SUBSCRIPT_SHIFT));
}
const SUBSCRIPT = /\u17d2([\u1780-\u17a2])/g;
/** Subscripts map to the Private Use Area, where no Khmer letter is. */
const SUBSCRIPT_SHIFT = 0xe000 - 0x1780;

/** Whether word a of a Khmer name is a word the register writes; true where that cannot be told. */
function writtenOnRegister(o: InternedName, a: number, known: KnownWords): boolean {
  if (known.written === undefined) return true;
  // A word without a key (a lone mark) leaves words and keys out of step: no telling which is which.
  const word = writtenWord(o, a);
  return word === null || known.written().has(word);
}

/** Whether two word keys differ in vowels only (Som, Sam; Tang, Taing): one name's spellings. */
export function sameShape(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y && !(isKeyVowel(x) && isKeyVowel(y))) return false;
  }
  return true;
}
