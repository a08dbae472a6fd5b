import { jaroWinkler } from '../names/jaro-winkler';
import type { InternedName } from '../names/name-cache';
import { wordKey } from '../names/name-form';
import { phoneticKey } from '../names/phonetic';
import { writtenWord, type KnownWords } from './known-words';
import { SIMILAR_NAME } from './name-code';

/**
 * A Latin name written on site as the register's name shortened: cut short by a fixed-width
 * field (THAC SREYLEAK for THACH SREYLEAKHENA), where `cut` says the sheet cuts (cut-width.ts),
 * with a middle word left out (NGUYEN LAN for NGUYEN THI LAN), or with one word as an initial
 * (L. SOKRA for LONG SOKRA). 0 if so in r's word order, 1 if in
 * the other, -1 if not (NameLevel 'shortened').
 */
export function shortenedFrom(o: InternedName, r: InternedName, known: KnownWords, cut: boolean): number {
  const rot = cut ? cutFrom(o, r) : -1;
  if (rot >= 0) return rot === 0 ? 0 : 1;
  const left = wordLeftOut(o, r);
  return left >= 0 ? left : initialFor(o, r, known, cut);
}

/**
 * Whether o is r with one word left out, or one written in, the other words the same by key once
 * joined, however either list splits them: SOKH VANA for យឹម សុខវណ្ណា (the family name left out,
 * the given name split), Kim Leng for LY KIMLENG, THACH CHANN THI for a register's CHANTHY (the
 * family name written in). 0 in r's order, 1 in another, -1 if not. Two words or more must stand
 * on one side, or a given name alone would be any holder's of it.
 */
export function wordOutJoined(o: InternedName, r: InternedName): number {
  const rot = joinedWithout(r, o.rotations, o.keys.length);
  if (rot >= 0) return rot;
  return joinedWithout(o, r.rotations, r.keys.length);
}

/** The rotation of `joined` that is a's keys joined without one of them, or -1; `words`: how many words `joined` was made of. */
function joinedWithout(a: InternedName, joined: readonly string[], words: number): number {
  const n = a.keys.length;
  if (n < 2 || joined.length === 0 || (n - 1 < 2 && words < 2)) return -1;
  let total = 0;
  for (const k of a.keys) total += k.length;
  const length = joined[0].length;
  for (let k = 0; k < n; k++) {
    if (total - a.keys[k].length !== length) continue;
    for (let j = 0; j < joined.length; j++) if (keysWithout(a.keys, k, joined[j])) return j === 0 ? 0 : 1;
  }
  return -1;
}

/** Whether `joined` is the keys but key k, joined; letter by letter, for this runs on many pairs. */
function keysWithout(keys: readonly string[], k: number, joined: string): boolean {
  let at = 0;
  for (let i = 0; i < keys.length; i++) {
    if (i === k) continue;
    const key = keys[i];
    for (let c = 0; c < key.length; c++) if (joined.charCodeAt(at++) !== key.charCodeAt(c)) return false;
  }
  return true;
}

/** Fewer letters than this in a called part as written (Pov, Phea) are too little of a name to tell by; in Khmer, a syllable of two (ភា). */
const MIN_CALLED_LETTERS = 3;
const MIN_CALLED_KHMER = 2;
/** Key letters a called part needs to be read by key, across scripts and spellings (Mom for SREIMUM): Daar keys as ta, which ends too many names (CHANTHA). */
const MIN_CALLED_KEY = 3;
/** A last syllable of this many key letters is a call that tells less (Thou keys as to): NameLevel 'called'. */
const MIN_CALLED_KEY_WEAK = 2;
/** How many letters a called part leaves out at least: a syllable (So of Sophea, Srey of Sreypov). */
const MIN_LEFT_OUT = 2;

/**
 * Whether o is r with one word written as the part of it a worker is called by on the floor, its
 * last syllable (Sok Phea for SOK SOPHEA, Chan Pov for CHAN SREYPOV, សុខ ភា for សុខ សុភា), the
 * other words the same by key: 0 in r's order, 1 in another (NameLevel 'shortened'). The part is
 * the end of the whole as written in one script, or by key where it keys to three letters or more.
 *
 * 2 or 3 (in r's order or another) for a call that tells less (NameLevel 'called'): a last
 * syllable of two key letters (Thou for CHANTHU, Mao for SREYMAO), which ends many names (Daar
 * keys as ta, the end of CHANTHA), or a first syllable of three or more (Bun for BUNNA), which
 * begins many (Sok, Chan). Such a name is a worker's call name or a relative's own; the date
 * or an ID must tell. Not Srey, which begins women's names as a title would. -1 if none.
 */
export function calledFrom(o: InternedName, r: InternedName): number {
  const n = o.keys.length;
  if (n < 2 || r.keys.length !== n) return -1;
  for (let rot = 0; rot < n; rot++) {
    // The one word of o that is not r's by key, if only one is not.
    let called = -1;
    for (let i = 0; i < n; i++) {
      if (o.keyIds[i] === r.keyIds[(i + rot) % n]) continue;
      called = called === -1 ? i : -2;
      if (called === -2) break;
    }
    if (called < 0) continue;
    const j = (called + rot) % n;
    const part = o.keys[called];
    const whole = r.keys[j];
    if (calledKey(part, whole, MIN_CALLED_KEY) || (o.script === r.script && calledPart(o, called, r, j))) return rot === 0 ? 0 : 1;
    if (calledKey(part, whole, MIN_CALLED_KEY_WEAK) || leadingKey(part, whole)) return rot === 0 ? 2 : 3;
  }
  return -1;
}

const calledKey = (part: string, whole: string, least: number) => part.length >= least && whole.length >= part.length + MIN_LEFT_OUT && whole.endsWith(part);
// A second syllable can key to one letter (BUNNA keys as pona): its consonant doubles the first's.
const leadingKey = (part: string, whole: string) => part.length >= MIN_CALLED_KEY && part !== WOMAN && whole.length > part.length && whole.startsWith(part);
/** Srey (ស្រី, woman) begins a woman's given name as a title would, not as a syllable she is called by: Sok Srey is not SOK SREYLEAKHENA. */
const WOMAN = 'sre';

/** Whether word i of o, as written, is the end of word j of r, a syllable or more shorter. */
function calledPart(o: InternedName, i: number, r: InternedName, j: number): boolean {
  const part = writtenWord(o, i);
  const whole = writtenWord(r, j);
  if (part === null || whole === null) return false;
  return part.length >= (o.script === 'latin' ? MIN_CALLED_LETTERS : MIN_CALLED_KHMER) && whole.length >= part.length + MIN_LEFT_OUT && whole.endsWith(part);
}

/**
 * Whether o is r with one word left out, the others the same by key, in r's order (0) or
 * reversed (1): a middle name a clerk leaves out (Đinh Phương for DINH THI PHUONG, Chau Thanh
 * for CHAU VAN THANH), in a name of three words or more. -1 if not.
 */
function wordLeftOut(o: InternedName, r: InternedName): number {
  const n = o.keyIds.length;
  if (n < 2 || r.keyIds.length !== n + 1) return -1;
  for (let k = 0; k <= n; k++) {
    let inOrder = true;
    let reversed = true;
    for (let i = 0, j = 0; i < n; i++, j++) {
      if (j === k) j++;
      if (o.keyIds[i] !== r.keyIds[j]) inOrder = false;
      if (o.keyIds[n - 1 - i] !== r.keyIds[j]) reversed = false;
    }
    if (inOrder) return 0;
    if (reversed) return 1;
  }
  return -1;
}

/** Fewer key letters than this left by a cut fit too many names (Sok Sre…). */
const MIN_CUT_KEY = 6;

/**
 * The rotation of r whose start o is, o having been cut short by a fixed-width field: o's key
 * against as many of r's key letters, give or take one (the cut can split a digraph: kh, ch),
 * equal or a near spelling of them. -1 if none. r must be no shorter: a cut into a digraph (LEN for
 * LENG) keys as long as the whole.
 */
function cutFrom(o: InternedName, r: InternedName): number {
  const key = o.rotations[0];
  if (key === undefined || key.length < MIN_CUT_KEY) return -1;
  for (let j = 0; j < r.rotations.length; j++) {
    const whole = r.rotations[j];
    // A cut keeps the name's first letter: most pairs scored share a date, not a name.
    if (whole.length < key.length || whole.charCodeAt(0) !== key.charCodeAt(0)) continue;
    if (whole.startsWith(key)) return j;
    for (let n = key.length - 1; n <= key.length + 1 && n <= whole.length; n++) if (jaroWinkler(key, whole.slice(0, n)) >= SIMILAR_NAME) return j;
  }
  return -1;
}

/** Fewer key letters than this in the rest of a name beside an initial are too short a given name to tell by. */
const MIN_REST_KEY = 3;

/**
 * Whether o writes one word of r as an initial, first or last (L. SOKRA, SOKRA L, K MENG PHEAP
 * for KIM MENGPHEAP), and the rest of o is r's other words: 0 if in r's order, 1 if swapped, -1
 * if not. The rest is read by its words' keys joined, or as one word (BUN NA keys as BUNNA);
 * it may be cut short where o was (P. SREYLEAKHE), or be a near spelling of them, but not
 * another name the register knows: with only a given name and a letter to go on, L. SOKHA is
 * not LONG SOKRA.
 */
function initialFor(o: InternedName, r: InternedName, known: KnownWords, cut: boolean): number {
  if (r.keys.length < 2) return -1;
  const initial = initialOfName(o);
  if (initial === null) return -1;
  const { letter, letterKey, joined, flat, first } = initial;
  for (let k = 0; k < r.keys.length; k++) {
    if (!initialOf(letter, letterKey, r.keys[k])) continue;
    const others = r.keys.filter((_, i) => i !== k).join('');
    const fits =
      joined === others ||
      flat === others ||
      (cut && joined.length >= MIN_CUT_KEY && others.startsWith(joined.slice(0, -1))) ||
      (!initial.known(known) && jaroWinkler(joined, others) >= SIMILAR_NAME);
    if (fits) return (k === 0) === first ? 0 : 1;
  }
  return -1;
}

class Initial {
  /** The first letter of the initial's own phonetic key (b keys as p). */
  readonly letterKey: string;

  constructor(
    readonly letter: string,
    /** The phonetic keys of the other words, joined. */
    readonly joined: string,
    /** The other words joined, then keyed. */
    readonly flat: string,
    /** Whether the initial comes first. */
    readonly first: boolean,
    /** The key ids of the other words. */
    private readonly ids: readonly number[],
  ) {
    this.letterKey = wordKey(letter)[0];
  }

  /** Whether one of the other words is a name the register knows. */
  known(known: KnownWords): boolean {
    return this.ids.some((id) => known[id] === 1);
  }
}

/** Each on-site name's initial, worked out once: a name is compared with hundreds of others. */
const initials = new WeakMap<InternedName, Initial | null>();

/** The name's one-letter word, first or last, and what the rest keys as; null if it has none, or both. */
function initialOfName(o: InternedName): Initial | null {
  let initial = initials.get(o);
  if (initial !== undefined) return initial;
  initial = null;
  const text = o.text;
  const n = text.length;
  const first = n >= 4 && text.charCodeAt(1) === SPACE && isLetter(text.charCodeAt(0));
  const last = n >= 4 && text.charCodeAt(n - 2) === SPACE && isLetter(text.charCodeAt(n - 1));
  if (first !== last) {
    const rest = first ? text.slice(2) : text.slice(0, n - 2);
    const joined = rest.split(' ').map(wordKey).join('');
    // The initial's own key, if it has one, is the first or last of the name's keys.
    const ids = o.keys.length > 1 && o.keys[first ? 0 : o.keys.length - 1].length === 1 ? (first ? o.keyIds.slice(1) : o.keyIds.slice(0, -1)) : o.keyIds;
    if (joined.length >= MIN_REST_KEY) initial = new Initial(first ? text[0] : text[n - 1], joined, phoneticKey(rest.replace(/ /g, '')), first, ids);
  }
  initials.set(o, initial);
  return initial;
}

const SPACE = 32;
const isLetter = (c: number) => c >= 97 && c <= 122;
const isVowel = (c: string) => c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';

/**
 * Whether a Latin initial can begin the word whose phonetic key this is: the key's own letter,
 * a digraph's first letter (C for ch or j, G for ng, N for nh or ny), the letter's own key (b
 * keys as p), or any vowel for a key that starts with one (ឯក is Ek or Aek, អ៊ុក Ouk or Uk).
 */
function initialOf(letter: string, letterKey: string, key: string): boolean {
  const c = key[0];
  if (c === letter || letterKey === c) return true;
  if (isVowel(letter)) return isVowel(c);
  if (c === 'C') return letter === 'c' || letter === 'j';
  if (c === 'G' || c === 'N') return letter === 'n';
  return false;
}
