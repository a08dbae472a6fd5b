import { jaroWinkler } from '../names/jaro-winkler';
import type { InternedName } from '../names/name-cache';
import { isKeyVowel } from '../names/phonetic';
import { IntMap } from './int-map';
import { NO_WORDS, otherRest, otherWord, sameShape, twoNames, type KnownWords } from './known-words';
import type { Person } from './people';

export type NameLevel = 'equal' | 'phonetic' | 'similar' | 'partial' | 'otherName' | 'differs';

export interface NameAgreement {
  level: NameLevel;
  /** Family and given name in the other order (or joined differently). */
  swapped: boolean;
  /** One side wrote the name in Khmer, the other in Latin letters. */
  crossScript: boolean;
  /** The agreeing register name's spelling id, to look up how common the name is. */
  spellingId: number;
}

/** Whether a level is the same name or one slip from it: similar or better. */
export const closeLevel = (level: NameLevel): boolean => closeRank(LEVELS.indexOf(level));

/** The same name or one slip from it: similar or better. */
export const namesClose = (a: NameAgreement | null): boolean => a !== null && closeLevel(a.level);

/** Jaro-Winkler on phonetic keys at or above this is one typo or one odd spelling away. */
export const SIMILAR_NAME = 0.92;
/** Levels by rank, worst first: compareOne answers rank · 2 + swapped, so nothing is allocated per comparison. */
const LEVELS: readonly NameLevel[] = ['differs', 'otherName', 'partial', 'similar', 'phonetic', 'equal'];
const enum Rank { Differs, OtherName, Partial, Similar, Phonetic, Equal }
const at = (rank: Rank, swapped: boolean) => rank * 2 + (swapped ? 1 : 0);
/** Similar or better: what every "close" below means, for a level, a NameCode or a comparison. */
const closeRank = (rank: Rank): boolean => rank >= Rank.Similar;

/**
 * The on-site name against each name the register holds (Khmer, Latin), keeping the best (on
 * a tie, the one in the same script). The same spelling in the same script is 'equal'; the
 * same phonetic key, in any word order, is 'phonetic'; close keys are 'similar'; one shared
 * word (often the family name) is 'partial', or 'otherName' when the rest is another name the
 * register knows (Bun Bopha, Bun Davy).
 */
export function compareName(o: InternedName, registered: readonly InternedName[], known: KnownWords = NO_WORDS): NameAgreement | null {
  return unpackName(compareNameCode(o, registered, known));
}

/**
 * A NameAgreement packed into one number, so the scoring loop and its memo hold no object per
 * comparison: bit 0 crossScript, bits 1–4 rank · 2 + swapped, above them spellingId + 1.
 * NO_NAME when either side has no name to compare.
 */
export type NameCode = number;
export const NO_NAME: NameCode = -1;

const packName = (best: number, crossScript: boolean, spellingId: number): NameCode => ((spellingId + 1) * 32) | (best << 1) | (crossScript ? 1 : 0);
const rankOf = (code: NameCode): Rank => (code >> 2) & 7;

/** The level a code stands for; the code must not be NO_NAME. */
export const levelOf = (code: NameCode): NameLevel => LEVELS[rankOf(code)];
/** Whether the names are the same name (equal or phonetic), whose weight depends on how common it is. */
export const sameName = (code: NameCode): boolean => code !== NO_NAME && rankOf(code) >= Rank.Phonetic;
/** namesClose for a code. */
export const codeClose = (code: NameCode): boolean => code !== NO_NAME && closeRank(rankOf(code));
/** The agreeing register name's spelling id (NameAgreement.spellingId). */
export const spellingOf = (code: NameCode): number => Math.floor(code / 32) - 1;

export function unpackName(code: NameCode): NameAgreement | null {
  if (code === NO_NAME) return null;
  return { level: levelOf(code), swapped: ((code >> 1) & 1) === 1, crossScript: (code & 1) === 1, spellingId: spellingOf(code) };
}

/** compareName, packed. */
export function compareNameCode(o: InternedName, registered: readonly InternedName[], known: KnownWords = NO_WORDS): NameCode {
  if (o.keys.length === 0) return NO_NAME;
  let best = -1;
  let bestAt = -1;
  let otherName = false;
  for (let i = 0; i < registered.length; i++) {
    const r = registered[i];
    if (r.keys.length === 0) continue;
    const a = compareOne(o, r, known);
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
  const r = registered[bestAt];
  return packName(best, r.script !== o.script, r.spellingId);
}

/** namesClose(compareName(o, [r])), without building the list or the agreement: asked of many names a typo away. */
export function nameClose(o: InternedName, r: InternedName): boolean {
  if (o.keys.length === 0 || r.keys.length === 0) return false;
  return closeRank(compareOne(o, r, NO_WORDS) >> 1);
}

function compareOne(o: InternedName, r: InternedName, known: KnownWords): number {
  if (o.id === r.id) return at(Rank.Equal, false);
  // Rotations compared by id: equal ids, equal keys.
  for (let j = 0; j < r.rotationIds.length; j++) {
    if (r.rotationIds[j] === o.joinedKeyId) return at(Rank.Phonetic, j !== 0);
  }
  const key = o.rotations[0];
  if (o.ringId === r.ringId) return at(Rank.Phonetic, true);
  // The same letters with a space typed elsewhere ("Hen gChanthu").
  if (o.flatId !== o.joinedKeyId && o.flatId === r.joinedKeyId) return at(Rank.Phonetic, true);
  // The same Khmer letters with the words run together or split elsewhere.
  if (o.joinedIds.length > 0 && r.joinedIds.includes(o.joinedIds[0])) return at(Rank.Phonetic, true);
  // Every rotation has the same letters, so one bound rules out all of them (most candidate pairs share a date, not a name).
  if (mayBeSimilar(o.anagram, r.anagram)) {
    let bestSim = 0;
    let bestRot = 0;
    for (let j = 0; j < r.rotations.length; j++) {
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
  if (o.keys.length === 1 && r.joined.length > 1 && o.script === 'khmer' && r.script === 'khmer' && o.text.length >= MIN_EDIT_LETTERS) {
    for (let j = 0; j < r.joined.length; j++) {
      if (Math.abs(o.text.length - r.joined[j].length) === 1 && oneEditApart(o.text, r.joined[j])) return at(Rank.Similar, j !== 0);
    }
  }
  // The same consonants with the vowels spelled otherwise (Som Kosol, Sam Kosal): an odd spelling, not another name.
  if (o.shapeIds.length > 0) {
    const j = r.shapeIds.indexOf(o.shapeIds[0]);
    if (j >= 0) return at(Rank.Similar, j !== 0);
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
  return at(Rank.Differs, false);
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
  if (known[o.keyIds[k]] !== 1 && ok.length >= MIN_SLIP_KEY && rk.length >= MIN_SLIP_KEY && (oneEditApart(ok, rk) || sameConsonants(ok, rk))) return true;
  if (o.script !== r.script || o.keyIds[i] !== r.keyIds[j] || o.text.length - n + 1 < MIN_EDIT_LETTERS) return false;
  // A word without a key (a lone mark) leaves words and keys out of step: no telling which is which.
  if (wordCount(o.text) !== n || wordCount(r.text) !== n) return false;
  const os = wordStart(o.text, k);
  const rs = wordStart(r.text, m);
  return oneEditApartIn(o.text, os, wordEnd(o.text, os), r.text, rs, wordEnd(r.text, rs)) && !twoNames(o, k, r, m, known);
}

/** Whether two keys have the same consonants, three or more, in order, whatever vowels lie between (reCna, raCana). */
function sameConsonants(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  let n = 0;
  for (;;) {
    while (i < a.length && isKeyVowel(a.charCodeAt(i))) i++;
    while (j < b.length && isKeyVowel(b.charCodeAt(j))) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length && n >= 3;
    if (a.charCodeAt(i++) !== b.charCodeAt(j++)) return false;
    n++;
  }
}

/** Keys of a word shorter than this (po, Ce) are one slip from too many others. */
const MIN_SLIP_KEY = 3;

/** Where word k of a normalized name (words parted by single spaces) starts. */
function wordStart(text: string, k: number): number {
  let at = 0;
  for (let w = 0; w < k; w++) at = text.indexOf(' ', at) + 1;
  return at;
}

function wordEnd(text: string, start: number): number {
  const end = text.indexOf(' ', start);
  return end < 0 ? text.length : end;
}

function wordCount(text: string): number {
  let n = 1;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) n++;
  return n;
}

/** How many letters of a key are not vowels. */
function consonants(key: string): number {
  let n = 0;
  for (let i = 0; i < key.length; i++) if (!isKeyVowel(key.charCodeAt(i))) n++;
  return n;
}

/**
 * Whether two keys with these sorted letters can reach SIMILAR_NAME. Jaro-Winkler matches
 * equal letters only, so the letters both hold (m) bound it: Jaro ≤ (m/|a| + m/|b| + 1) / 3,
 * and the Winkler prefix bonus adds at most 0.4 of what Jaro leaves. An upper bound, never a
 * guess: a pair it rules out could not have scored similar.
 */
function mayBeSimilar(a: string, b: string): boolean {
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
  const jaro = (m / a.length + m / b.length + 1) / 3;
  return jaro + MAX_PREFIX_BONUS * (1 - jaro) >= SIMILAR_NAME;
}

/** Keys of fewer letters (Ly Ek, Sok Ny) are one edit from too many other names. */
const MIN_EDIT_LETTERS = 6;

/** Whether two strings differ by one insertion, deletion, substitution or swap of neighbours. */
export function oneEditApart(a: string, b: string): boolean {
  return oneEditApartIn(a, 0, a.length, b, 0, b.length);
}

/** oneEditApart of a[as, ae) and b[bs, be), read in place: words of a name, not cut out of it. */
function oneEditApartIn(a: string, as: number, ae: number, b: string, bs: number, be: number): boolean {
  const la = ae - as;
  const lb = be - bs;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(as + i) === b.charCodeAt(bs + i)) i++;
  if (la === lb) {
    if (i === la) return false;
    if (sameIn(a, as + i + 1, ae, b, bs + i + 1, be)) return true;
    return i + 1 < la && a.charCodeAt(as + i) === b.charCodeAt(bs + i + 1) && a.charCodeAt(as + i + 1) === b.charCodeAt(bs + i) && sameIn(a, as + i + 2, ae, b, bs + i + 2, be);
  }
  return la > lb ? sameIn(a, as + i + 1, ae, b, bs + i, be) : sameIn(a, as + i, ae, b, bs + i + 1, be);
}

/** Whether a[i, ae) equals b[j, be). */
function sameIn(a: string, i: number, ae: number, b: string, j: number, be: number): boolean {
  if (ae - i !== be - j) return false;
  for (; i < ae; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

/** Winkler's bonus: 0.1 per agreeing leading letter, up to four (jaro-winkler.ts). */
const MAX_PREFIX_BONUS = 0.4;

/**
 * compareName remembered per (on-site names, registered names): blocking pairs a common name
 * with the same few hundred spellings again and again, so each distinct comparison runs once.
 */
export class NameComparer {
  /** (on-site name set, registered name set) → the pair's NameCode + 1 (IntMap answers -1 for a key it lacks); tens of thousands of numeric keys. */
  private readonly memo = new IntMap(1 << 15);
  private lastKey = -1;
  private last: NameCode = NO_NAME;

  constructor(
    private readonly nameSetCount: number,
    private readonly known: KnownWords = NO_WORDS,
  ) {}

  compare(o: Person, r: Person): NameCode {
    const key = o.nameSetId * this.nameSetCount + r.nameSetId;
    // A pair found a typo away is asked twice in a row, whether close and then its score.
    if (key === this.lastKey) return this.last;
    let code = this.memo.get(key) - 1;
    if (code === -2) {
      code = o.names.length === 1 ? compareNameCode(o.names[0], r.names, this.known) : bestWriting(o.names, r.names, this.known);
      this.memo.set(key, code + 1);
    }
    this.lastKey = key;
    this.last = code;
    return code;
  }
}

/**
 * compareNameCode for an on-site name given in both scripts (script-parts.ts): it agrees as well
 * as its better writing does. Apart from NameComparer.compare, which would otherwise grow past
 * what V8 inlines into the scoring loop for the sake of a few rows.
 */
function bestWriting(names: readonly InternedName[], registered: readonly InternedName[], known: KnownWords): NameCode {
  let best = NO_NAME;
  for (const name of names) {
    const code = compareNameCode(name, registered, known);
    if (code !== NO_NAME && (best === NO_NAME || rankOf(code) > rankOf(best))) best = code;
  }
  return best;
}
