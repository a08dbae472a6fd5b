import { jaroWinkler, winklerBonus } from '../names/jaro-winkler';
import type { InternedName } from '../names/name-cache';
import { consonants, oneEditApart, oneEditApartIn, sameConsonants, withinTwoEdits, wordCount, wordEnd, wordStart } from '../names/slips';
import { khmerOtherWord, NO_WORDS, otherRest, otherWord, sameShape, twoNames, type KnownWords } from './known-words';
import { at, closeRank, NO_NAME, packName, Rank, SIMILAR_NAME, unpackName, type NameAgreement, type NameCode } from './name-code';
import { calledFrom, shortenedFrom, wordOutJoined } from './shortened-name';

/**
 * The on-site name against each name the register holds (Khmer, Latin), keeping the best (on
 * a tie, the one in the same script). The same spelling in the same script is 'equal'; the
 * same phonetic key, in any word order, is 'phonetic'; close keys are 'similar'; one shared
 * word (often the family name) is 'partial', or 'otherName' when the rest is another name the
 * register knows (Bun Bopha, Bun Davy).
 */
export function compareName(o: InternedName, registered: readonly InternedName[], known: KnownWords = NO_WORDS, cut: CutNames = NO_CUTS): NameAgreement | null {
  return unpackName(compareNameCode(o, registered, known, cut));
}

/** The ids of the on-site names a fixed-width field may have cut short (cut-width.ts). */
export type CutNames = ReadonlySet<number>;
export const NO_CUTS: CutNames = new Set();

/** compareName, packed. */
export function compareNameCode(o: InternedName, registered: readonly InternedName[], known: KnownWords = NO_WORDS, cut: CutNames = NO_CUTS): NameCode {
  if (o.keys.length === 0) return NO_NAME;
  let best = -1;
  let bestAt = -1;
  let otherName = false;
  for (let i = 0; i < registered.length; i++) {
    const r = registered[i];
    if (r.keys.length === 0) continue;
    const a = compareOne(o, r, known, cut);
    if (a >> 1 === Rank.OtherName) otherName = true;
    const better = best < 0 || a >> 1 > best >> 1 || (a >> 1 === best >> 1 && registered[bestAt].script !== o.script && r.script === o.script);
    if (better) {
      best = a;
      bestAt = i;
    }
  }
  if (best < 0) return NO_NAME;
  // One of the person's names, word for word, shows another name: a near spelling or a part
  // shared through the other (its words split otherwise: Sok Bopha against SOK SREY NEANG and
  // សុខ ស្រីនាង) is that same other name, not a slip.
  if (otherName && (best >> 1 === Rank.Similar || best >> 1 === Rank.Partial)) best = at(Rank.OtherName, false);
  // A Khmer name that the register's Khmer shows is another name (ខៀវ against កុយ) is that other
  // name, however near the register's Latin for it sounds (KOY): the Latin is a clerk's reading.
  if (o.script === 'khmer' && registered[bestAt].script !== o.script && best >> 1 > Rank.OtherName) {
    const kh = khmerOtherName(o, registered, known);
    if (kh >= 0) {
      best = at(Rank.OtherName, false);
      bestAt = kh;
    }
  }
  const r = registered[bestAt];
  return packName(best, r.script !== o.script, r.spellingId);
}

/** The register's Khmer name, of `registered`, whose words key as o's but write another name (khmerOtherWord); -1 if none. */
function khmerOtherName(o: InternedName, registered: readonly InternedName[], known: KnownWords): number {
  for (let i = 0; i < registered.length; i++) {
    const r = registered[i];
    for (let j = 0; j < r.rotationIds.length; j++) if (r.rotationIds[j] === o.joinedKeyId && khmerOtherWord(o, r, j, known)) return i;
  }
  return -1;
}

/** namesClose(compareName(o, [r])), without building the list or the agreement: asked of many names a typo away. */
export function nameClose(o: InternedName, r: InternedName, known: KnownWords = NO_WORDS, cut: CutNames = NO_CUTS): boolean {
  if (o.keys.length === 0 || r.keys.length === 0) return false;
  return closeRank(compareOne(o, r, known, cut) >> 1);
}

function compareOne(o: InternedName, r: InternedName, known: KnownWords, cut: CutNames): number {
  const whole = compareWhole(o, r, known);
  if (whole >> 1 >= Rank.Shortened) return whole;
  const swapped = o.script === 'latin' ? shortenedFrom(o, r, known, cut.has(o.id)) : -1;
  let called = swapped < 0 ? calledFrom(o, r) : swapped;
  // The other way about: the register holds the short name the worker goes by (HENG VANNA, SOK
  // MOM) and the sheet the whole one off the card (Heng Vannak, Sokh Sreymom). As weak as a call.
  if (called < 0) {
    const back = calledFrom(r, o);
    if (back >= 0) called = back | 2;
  }
  if (called >= 2) return whole >> 1 >= Rank.Called ? whole : at(Rank.Called, called === 3);
  if (called < 0) called = wordOutJoined(o, r);
  return called < 0 ? whole : at(Rank.Shortened, called === 1);
}

function compareWhole(o: InternedName, r: InternedName, known: KnownWords): number {
  if (o.id === r.id) return at(Rank.Equal, false);
  // Rotations compared by id: equal ids, equal keys.
  for (let j = 0; j < r.rotationIds.length; j++) {
    if (r.rotationIds[j] === o.joinedKeyId) return at(khmerOtherWord(o, r, j, known) ? Rank.OtherName : Rank.Phonetic, j !== 0);
  }
  const key = o.rotations[0];
  if (o.ringId === r.ringId) return at(Rank.Phonetic, true);
  // The same letters with a space typed elsewhere ("Hen gChanthu").
  if (o.flatId !== o.joinedKeyId && o.flatId === r.joinedKeyId) return at(Rank.Phonetic, true);
  // The same Khmer letters with the words run together or split elsewhere.
  if (o.joinedIds.length > 0 && r.joinedIds.includes(o.joinedIds[0])) return at(Rank.Phonetic, true);
  // Every rotation has the same letters, so one bound rules out all of them (most candidate pairs share a date, not a name).
  const jaroAtMost = jaroBound(o.anagram, r.anagram);
  if (jaroAtMost + MAX_PREFIX_BONUS * (1 - jaroAtMost) >= SIMILAR_NAME) {
    let bestSim = 0;
    let bestRot = 0;
    for (let j = 0; j < r.rotations.length; j++) {
      // The bound again with the rotation's own prefix: one that starts on another letter gets
      // no bonus, and one letter apart is then too far (7 of 8 letters: 0.917). Only a rotation
      // below SIMILAR_NAME is skipped, which could be neither the best nor similar.
      if (jaroAtMost + winklerBonus(key, r.rotations[j]) * (1 - jaroAtMost) < SIMILAR_NAME) continue;
      const sim = jaroWinkler(key, r.rotations[j]);
      if (sim > bestSim) {
        bestSim = sim;
        bestRot = j;
      }
    }
    if (bestSim >= SIMILAR_NAME && !otherWord(o, r, bestRot, known)) return at(Rank.Similar, bestRot !== 0);
    // One letter added, dropped, changed or two swapped, in a name long enough that a typo cannot
    // make another common name of it: Jaro-Winkler misses a slip in the middle of a short key
    // (lesere, lenere). Such keys always pass the bound above, so the check lives inside it.
    if (key.length >= MIN_EDIT_LETTERS) {
      for (let j = 0; j < r.rotations.length; j++) if (oneEditApart(key, r.rotations[j]) && !otherWord(o, r, j, known)) return at(Rank.Similar, j !== 0);
    }
  }
  // A Khmer name run together with a letter or a mark left out or added (គមសុភា for គឹម សុភា):
  // its one word shares no word with the register's, and its key is letters off. Not a letter
  // changed: that can make another name (ដារា, តារា), which only words can tell (known-words.ts).
  // As written, whether or not it was cut after a family name it starts with (splitFamily): the
  // cut can be wrong where the given name starts with a family name (លីហួរ).
  if (!o.text.includes(' ') && r.joined.length > 1 && o.script === 'khmer' && r.script === 'khmer' && o.text.length >= MIN_EDIT_LETTERS) {
    for (let j = 0; j < r.joined.length; j++) {
      if (Math.abs(o.text.length - r.joined[j].length) === 1 && oneEditApart(o.text, r.joined[j])) return at(Rank.Similar, j !== 0);
    }
  }
  // The same consonants with the vowels spelled otherwise (Som Kosol, Sam Kosal): an odd spelling, not another name.
  if (o.shapeIds.length > 0) {
    const j = r.shapeIds.indexOf(o.shapeIds[0]);
    if (j >= 0 && !otherWord(o, r, j, known)) return at(Rank.Similar, j !== 0);
  }
  for (let i = 0; i < o.keyIds.length; i++) {
    if (o.keys[i].length < 2) continue;
    const j = r.keyIds.indexOf(o.keyIds[i]);
    if (j < 0) continue;
    if (slippedWord(o, r, i, j, known)) return at(Rank.Similar, false);
    return at(otherRest(o, r, i, j, known) ? Rank.OtherName : Rank.Partial, false);
  }
  // A word that differs in its vowels only (Som and Sam, Tang and Taing) is that word in
  // another spelling, if it has consonants enough to be told by them: a name with one word
  // so spelled and a slip in the other shared nothing before, as if it were another name.
  for (let i = 0; i < o.keys.length; i++) {
    if (consonants(o.keys[i]) < 2) continue;
    for (let j = 0; j < r.keys.length; j++) {
      if (!sameShape(o.keys[i], r.keys[j])) continue;
      if (slippedWord(o, r, i, j, known)) return at(Rank.Similar, false);
      return at(otherRest(o, r, i, j, known) ? Rank.OtherName : Rank.Partial, false);
    }
  }
  // A given name alone with a slip (Veasana for SUN VEASNA, after a foreman's Ta): shared, as the
  // word it slipped from would be, unless it is a word the register holds as a name of its own.
  // Read as sharing nothing, such a row with the worker's very date was flagged hidden.
  if (o.keys.length === 1 && o.keys[0].length >= MIN_ALONE_SLIP_KEY && r.keys.length > 1 && known[o.keyIds[0]] !== 1) {
    for (let j = 0; j < r.keys.length; j++) if (keySlip(o.keys[0], r.keys[j])) return at(Rank.Partial, false);
  }
  const rot = everyWordSlipped(o, r, known);
  if (rot >= 0) return at(Rank.Slipped, rot !== 0);
  // A Khmer name read off paper (by OCR, or by eye from a faint copy) with two letters or signs
  // misread, dropped or added (អេដ ហេដវណ្ណៈ for អេង ហេងវណ្ណៈ; ឃុន for ឈុន, a subscript lost):
  // a short family name so misread keys as another word, and the name shared nothing. Held at no
  // weight, as two slips are: the date or an ID decides.
  if (o.script === 'khmer' && r.script === 'khmer' && o.text.length >= MIN_MISREAD_LETTERS && r.text.length >= MIN_MISREAD_LETTERS && withinTwoEdits(o.text, r.text)) return at(Rank.Slipped, false);
  return at(Rank.Differs, false);
}

/** Khmer names shorter than this, written (letters and signs), are two slips from too many others. */
const MIN_MISREAD_LETTERS = 8;

/**
 * The rotation of r in which every word of o is a slip from r's word: the same key, the same
 * consonants under other vowels (ma, me), or, for keys of MIN_SLIP_KEY letters or more, one
 * letter added, dropped, changed or swapped, or the same consonants (reCna, raCana); no word
 * of o may be another name the register knows than r's word there. -1 if there is none. Asked
 * only of names that share no word and no sound: two slips, one in each word, as typing and
 * romanizing a name afresh on site make them.
 */
function everyWordSlipped(o: InternedName, r: InternedName, known: KnownWords): number {
  const n = o.keys.length;
  if (n < 2 || r.keys.length !== n) return -1;
  for (let rot = 0; rot < n; rot++) {
    let w = 0;
    for (; w < n; w++) {
      const a = o.keys[w];
      const b = r.keys[(w + rot) % n];
      if (a === b) continue;
      if (!(sameShape(a, b) || keySlip(a, b))) break;
      if (twoNames(o, w, r, (w + rot) % n, known)) break;
    }
    if (w === n) return rot;
  }
  return -1;
}

/**
 * Whether, word i of o being word j of r (the same by key, or but for its vowels), the one
 * other word that differs is a slip, not another name. Either:
 * - its key is one letter added, dropped, changed or swapped from r's word (Mau Phla for
 *   ម៉ៅ ផល្លា: pla, pala), or has r's consonants with the vowels written otherwise or left out
 *   (Reachna, Rachana for រចនា: reCna, raCana), and the register knows no name by o's key: a
 *   word it knows is that other name (otherRest). Keys under three letters are one slip from
 *   too many names. This reads across scripts.
 * - or, in one script with word i the same by key, the words are one letter added, dropped,
 *   changed or swapped apart as written (Suon Neauy, Suon Neary; Pech Daar, Pich Dara;
 *   ហ៊ុន បុ្ផា, ហ៊ុន បុប្ផា), in a name of MIN_EDIT_LETTERS or more, and not two names the
 *   register knows. The phonetic rules read the slipped letter as another sound, and can leave
 *   the keys further apart than the spellings (no, nere; ta, tara).
 */
function slippedWord(o: InternedName, r: InternedName, i: number, j: number, known: KnownWords): boolean {
  const n = o.keys.length;
  if (r.keys.length !== n) return false;
  const rot = (j - i + n) % n;
  let k = -1;
  for (let w = 0; w < n; w++) {
    if (w === i || o.keyIds[w] === r.keyIds[(w + rot) % n]) continue;
    if (k >= 0) return false;
    k = w;
  }
  if (k < 0) return false;
  const m = (k + rot) % n;
  const ok = o.keys[k];
  const rk = r.keys[m];
  if (known[o.keyIds[k]] !== 1 && keySlip(ok, rk)) return true;
  if (o.script !== r.script || o.keyIds[i] !== r.keyIds[j] || o.text.length - n + 1 < MIN_EDIT_LETTERS) return false;
  // A word without a key (a lone mark) leaves words and keys out of step: no telling which is which.
  if (wordCount(o.text) !== n || wordCount(r.text) !== n) return false;
  const os = wordStart(o.text, k);
  const rs = wordStart(r.text, m);
  return oneEditApartIn(o.text, os, wordEnd(o.text, os), r.text, rs, wordEnd(r.text, rs)) && !twoNames(o, k, r, m, known);
}

/**
 * The most Jaro similarity two keys with these sorted letters can reach. Jaro matches equal
 * letters only, so the letters both hold (m) bound it: Jaro ≤ (m/|a| + m/|b| + 1) / 3. The
 * Winkler prefix bonus adds at most 0.4 of what Jaro leaves. An upper bound, never a guess:
 * a pair it rules out could not have scored similar.
 */
function jaroBound(a: string, b: string): number {
  let m = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    if (x === y) {
      m++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (m / a.length + m / b.length + 1) / 3;
}

/** Keys of fewer letters (Ly Ek, Sok Ny) are one edit from too many other names. */
const MIN_EDIT_LETTERS = 6;

/** Winkler's bonus: 0.1 per agreeing leading letter, up to four (jaro-winkler.ts). */
const MAX_PREFIX_BONUS = 0.4;

/** A word alone is read as a slip of a name's word only from this many letters of key: vesana, not sena. */
const MIN_ALONE_SLIP_KEY = 5;

/** Keys of a word shorter than this (po, Ce) are one slip from too many others. */
const MIN_SLIP_KEY = 3;

/**
 * Whether two word keys are one slip apart: a letter added, dropped, changed or swapped, or the
 * same consonants under other vowels, in keys long enough (MIN_SLIP_KEY) for that to say so.
 */
function keySlip(a: string, b: string): boolean {
  return a.length >= MIN_SLIP_KEY && b.length >= MIN_SLIP_KEY && (oneEditApart(a, b) || sameConsonants(a, b));
}
