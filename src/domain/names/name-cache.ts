import { hasKhmer } from './khmer-letters';
import { joinBrokenWords, khmerFamilies, khmerNameWords, khmerWordsByLatin, khmerWordsBySheet, splitFamily, splitKnown, type NameInBothScripts } from './khmer-segment';
import { latinSplits } from './latin-segment';
import { flatKey, headsOf, joinedOf, keyedForm, keysOf, scriptOf, wordKey, wordsOf, type KeyedForm, type NameForm } from './name-form';
import { normalizeName } from './normalize';

/** A name form with small integer ids, so hot loops compare and hash numbers, not strings. */
export interface InternedName extends NameForm {
  /** Equal ids: equal text in the same script. */
  id: number;
  /**
   * Equal ids: the same joined phonetic key read as a ring, so the same words in another order
   * ("Dara Sok") or joined and split elsewhere ("Srey Mom", "Sreymom"), but not the same letters
   * in another order: "Ouk Rithy" and "Keo Rithy" are two families. -1 for a name without letters.
   */
  ringId: number;
  /**
   * Equal ids: the same ring of consonants with the vowels left out (NameForm.shapes), so every
   * spelling of one name (Som Kosal, Sam Kosol) counts as one when frequency asks how common the
   * name is. A name too short for a shape keeps its ring id's key. -1 for a name without letters.
   */
  spellingId: number;
  /** The id of rotations[0], the words' keys joined as written; -1 for a name without letters. */
  joinedKeyId: number;
  /** One id per entry of `rotations`, among the same ids as joinedKeyId (the first is joinedKeyId). */
  rotationIds: number[];
  /**
   * The id of flatKey (name-form.ts) among the same ids, or joinedKeyId when the name has no
   * flat key; NOT_FLAT_KEYED until `onsite` has asked for it: only on-site names are read for a
   * space typed elsewhere, and keying every registered name again would cost more than it finds.
   */
  flatId: number;
  /** One id per word key; equal ids, equal keys. */
  keyIds: number[];
  /** One id per entry of `joined` (Khmer written words joined, from each word in turn). */
  joinedIds: number[];
  /** One id per entry of `heads`. */
  headIds: number[];
  /** One id per entry of `shapes`. */
  shapeIds: number[];
  /**
   * False for a lean on-site form (NameCache.onsite): rotationIds, joinedIds and shapeIds may
   * hold their first id only, headIds and heads may be empty and spellingId -1 (unless another
   * name with the same word keys was completed: they share those lists).
   */
  full: boolean;
  /**
   * Whether its words were cut where the text has no space (a name run together, cut where
   * known words meet): the text's words are then not the words its keys stand for.
   */
  recut: boolean;
}

/**
 * Name forms remembered for one reconciliation: a roster repeats names (family names, common
 * given names, one spelling on both lists), so each raw string, each normalized text and each
 * word is prepared once.
 */
export class NameCache {
  private readonly byRaw = new Map<string, InternedName>();
  private readonly byText = new Map<string, InternedName>();
  private readonly words = new Map<string, string>();
  private readonly rings = new Map<string, number>();
  private readonly spellings = new Map<string, number>();
  /** Joined and flat keys share one id space, so a flat key on site meets a registered name's joined key. */
  private readonly wholeKeys = new Map<string, number>();
  private readonly keys = new Map<string, number>();
  private readonly joined = new Map<string, number>();
  private readonly heads = new Map<string, number>();
  private readonly shapes = new Map<string, number>();
  private readonly keyedBy = new Map<string, Keyed>();
  /**
   * How many word keys, and rings, were interned before the first on-site name: those are the
   * register's (the engine forms every registered name first), which tell where a Latin name run
   * together on site splits (latin-segment.ts). -1 until then.
   */
  private registerKeys = -1;
  private registerRings = -1;
  /** Names normalized while learning khmerWords, so that each is normalized once. */
  private readonly normalized = new Map<string, string>();
  /** The Khmer words that tell where a name run together splits (khmer-segment.ts). */
  private readonly khmerWords: ReadonlySet<string>;
  /**
   * The Khmer words two names or more write apart: a name broken within a word (ពៅចរិ​យា) makes
   * words of its pieces (ពៅចរិ), which no other name writes.
   */
  private readonly sharedKhmerWords: Set<string>;
  /** The register's Khmer family names, where an on-site Khmer name run together with a slip in it is cut (splitFamily). */
  private readonly khmerFamilies: ReadonlySet<string>;

  /**
   * `wordsFrom`: names whose Khmer words, written apart, tell where a Khmer name run together
   * splits, before it is romanized, and whose Latin words tell it for a register that writes its
   * names in Khmer alone (khmerWordsBySheet); `register`: registered names in both scripts, whose
   * Latin words tell it for a Khmer name the register runs together (khmerWordsByLatin). None:
   * names are read as written.
   */
  constructor(wordsFrom: Iterable<string> = [], register: Iterable<NameInBothScripts> = []) {
    const normalize = this.normalizeOnce;
    const from = [...wordsFrom];
    const counts = new Map<string, number>();
    const words = khmerNameWords(from, normalize, counts);
    this.sharedKhmerWords = new Set<string>();
    for (const [w, n] of counts) if (n >= 2) this.sharedKhmerWords.add(w);
    const registered = [...register];
    for (const w of khmerWordsByLatin(registered, words, normalize, this.keyOf)) words.add(w);
    for (const w of khmerWordsBySheet(registered, () => this.latinKeys(from, normalize), words, normalize, this.keyOf)) words.add(w);
    this.khmerWords = words;
    this.khmerFamilies = khmerFamilies(registered.map((r) => r.nameKh), normalize);
  }

  /** The phonetic keys of the words of the Latin names among `names`. */
  private latinKeys(names: readonly string[], normalize: (raw: string) => string): Set<string> {
    const keys = new Set<string>();
    for (const raw of names) if (!hasKhmer(raw)) for (const w of normalize(raw).split(' ')) if (w.length >= 2) keys.add(this.keyOf(w));
    return keys;
  }

  private readonly keyOf = (w: string) => {
    let k = this.words.get(w);
    if (k === undefined) this.words.set(w, (k = wordKey(w)));
    return k;
  };

  private readonly knownKey = (key: string) => {
    const id = this.keys.get(key);
    return id !== undefined && id < this.registerKeys;
  };

  /**
   * A name run together, cut where known words meet; null if it is not. In Khmer, where the
   * words names write apart meet (khmer-segment.ts). In Latin only on site, where the register's
   * words meet: the register's own Latin spellings are what the sheets are checked against.
   */
  private cut(words: string[], script: NameForm['script'], onsite: boolean): string[] | null {
    if (script === 'khmer') return words.length === 1 ? this.cutKhmer(words[0], onsite) : null;
    return onsite && this.registerKeys > 0 ? this.cutAsRegistered(words) : null;
  }

  /**
   * A Khmer name written as one word, where known words meet; on site, failing that and unless
   * the word is itself a known one, after the family name it starts with.
   */
  private cutKhmer(word: string, onsite: boolean): string[] | null {
    return splitKnown(word, this.khmerWords) ?? (onsite && !this.khmerWords.has(word) ? splitFamily(word, this.khmerFamilies) : null);
  }

  /**
   * A Khmer name broken by zero-width spaces alone, with a piece no other name writes apart,
   * read as run together and cut where two words that other names write apart meet; null to
   * keep its breaks. Text tools and some typists put a zero-width space between syllables, as
   * a hint where a line may break, not only between words: ពៅចរិ​យា is ពៅ ចរិយា (Pao Chariya),
   * and its breaks made ពៅចរិ one word, romanized as a syllable it is not. Not cut after a
   * family name alone (splitFamily): a piece no one else writes is more often a slip (នូន for
   * នួន), and the break then stands where the words meet.
   */
  private cutAcrossBreaks(words: readonly string[]): string[] | null {
    if (words.every((w) => this.sharedKhmerWords.has(w))) return null;
    return splitKnown(words.join(''), this.sharedKhmerWords);
  }

  /**
   * An on-site Latin name with a word the register never writes, read with that word cut where
   * its pieces are words the register writes. A cut that gives a name on the register (the same
   * ring of keys) is taken first. Otherwise only a name written as one word is cut, where it can
   * only be a name run together: in a name of two words a cut would mostly make a typo'd given
   * name (Sokhon Lee: Sok Hon Lee) look like another name. Null: read as written.
   */
  private cutAsRegistered(words: readonly string[]): string[] | null {
    let asWritten: boolean | undefined;
    let fallback: string[] | null = null;
    for (let i = 0; i < words.length; i++) {
      if (this.knownKey(this.keyOf(words[i]))) continue;
      // A name the register holds joined as written (Sreymom Sok for Sok Srey Mom) is left so.
      if ((asWritten ??= this.registeredRing(words))) return null;
      for (const parts of latinSplits(words[i], this.keyOf, this.knownKey)) {
        const cut = [...words.slice(0, i), ...parts, ...words.slice(i + 1)];
        if (this.registeredRing(cut)) return cut;
        if (words.length === 1) fallback ??= cut;
      }
    }
    return fallback;
  }

  /** Whether these words key to the ring of a name on the register. */
  private registeredRing(words: readonly string[]): boolean {
    const keys = keysOf(words, this.keyOf);
    const id = keys.length ? this.rings.get(minRotation(keys.join(''))) : undefined;
    return id !== undefined && id < this.registerRings;
  }

  /** The name with the pieces between its zero-width spaces joined where they make a word names write apart (joinBrokenWords). */
  joinBroken(raw: string): string {
    return joinBrokenWords(raw, this.khmerWords, this.normalizeOnce);
  }

  /** normalizeName, each text once: the same names and the same pieces of names recur. */
  private readonly normalizeOnce = (raw: string): string => {
    let text = this.normalized.get(raw);
    if (text === undefined) this.normalized.set(raw, (text = normalizeName(raw)));
    return text;
  };

  get size(): number {
    return this.byText.size;
  }

  /**
   * form(raw), with its flat key: for a name written on site, where spaces go astray. `lean`
   * for a row with a date of birth, which blocking reads by the name's first rotation, shape and
   * Khmer join alone: its other ids, its heads and its spelling id are left out (see `full`)
   * until someone asks for the whole form. Most on-site spellings are new, and those ids are a
   * third of what preparing them costs.
   */
  onsite(raw: string, lean = false): InternedName {
    if (this.registerKeys < 0) [this.registerKeys, this.registerRings] = [this.keys.size, this.rings.size];
    const f = this.find(raw, !lean, true);
    if (f.flatId === NOT_FLAT_KEYED) {
      const flat = flatKey(f);
      f.flatId = flat ? intern(this.wholeKeys, flat) : f.joinedKeyId;
    }
    return f;
  }

  /** The whole form, as a registered name needs it. */
  form(raw: string): InternedName {
    return this.find(raw, true);
  }

  private find(raw: string, full: boolean, onsite = false): InternedName {
    let f = this.byRaw.get(raw);
    if (!f) {
      // Spellings that normalize alike (SOK DARA, Sok Dara) share one form: look it up before building one.
      const normalized = this.normalized.get(raw) ?? normalizeName(raw);
      // A name broken by zero-width spaces alone is kept apart from one broken by spaces: its breaks may fall within a word.
      const zeroWidth = ZERO_WIDTH_ONLY.test(raw);
      const textKey = zeroWidth ? `\u200b${normalized}` : normalized;
      f = this.byText.get(textKey) ?? this.build(normalized, textKey, zeroWidth, full, onsite);
      this.byRaw.set(raw, f);
    }
    if (full && !f.full) this.complete(f);
    return f;
  }

  private build(normalized: string, textKey: string, zeroWidth: boolean, full: boolean, onsite: boolean): InternedName {
    let { words, keys } = wordsOf(normalized, this.keyOf);
    const script = scriptOf(normalized);
    const cut = zeroWidth && script === 'khmer' && words.length > 1 ? this.cutAcrossBreaks(words) : this.cut(words, script, onsite);
    if (cut) [words, keys] = [cut, keysOf(cut, this.keyOf)];
    const k = this.keyed(keys, full);
    const joined = joinedOf(script, words);
    // Written out, not spread: a spread copy is a slower object in the hot loops that read it.
    const f: InternedName = {
      text: normalized,
      script,
      keys: k.keys,
      rotations: k.rotations,
      anagram: k.anagram,
      joinedKeyId: k.joinedKeyId,
      rotationIds: k.rotationIds,
      flatId: NOT_FLAT_KEYED,
      joined,
      heads: k.heads,
      shapes: k.shapes,
      id: this.byText.size,
      ringId: k.ringId,
      spellingId: k.spellingId,
      keyIds: k.keyIds,
      joinedIds: ids(joined.length ? intern(this.joined, joined[0]) : -1),
      headIds: k.headIds,
      shapeIds: k.shapeIds,
      full: false,
      recut: cut !== null,
    };
    this.byText.set(textKey, f);
    if (full) this.complete(f, k);
    return f;
  }

  /** The ids a lean form left out, from its keys' completed Keyed. */
  private complete(f: InternedName, k = this.keyed(f.keys, true)): void {
    f.heads = k.heads;
    f.rotationIds = k.rotationIds;
    f.joinedIds = internAll(this.joined, f.joined);
    f.headIds = k.headIds;
    f.shapeIds = k.shapeIds;
    f.spellingId = k.spellingId;
    f.full = true;
  }

  /**
   * What a name's word keys decide, with its ids, once per sequence of keys: a register of
   * 10,000 spells its names in twice as many ways (scripts, romanizations, keyboards) as it has
   * sequences of keys, and these lists and ids were most of the cost of preparing a new spelling.
   */
  private keyed(keys: string[], full: boolean): Keyed {
    const sequence = keys.join(' ');
    let k = this.keyedBy.get(sequence);
    if (k === undefined) {
      const { rotations, anagram, heads, shapes } = keyedForm(keys, false);
      const joinedKeyId = keys.length ? intern(this.wholeKeys, rotations[0]) : -1;
      k = {
        keys,
        rotations,
        anagram,
        heads,
        shapes,
        joinedKeyId,
        rotationIds: ids(joinedKeyId),
        ringId: keys.length ? intern(this.rings, minRotation(rotations[0])) : -1,
        spellingId: -1,
        keyIds: internAll(this.keys, keys),
        headIds: ids(-1),
        shapeIds: ids(shapes.length ? intern(this.shapes, shapes[0]) : -1),
        full: false,
      };
      this.keyedBy.set(sequence, k);
    }
    if (full && !k.full) {
      k.heads = headsOf(k.keys, k.rotations);
      // The first of each list is interned already, and keeps its id.
      k.rotationIds = internRest(this.wholeKeys, k.rotations, k.rotationIds);
      k.headIds = internAll(this.heads, k.heads);
      k.shapeIds = internRest(this.shapes, k.shapes, k.shapeIds);
      if (k.keys.length) k.spellingId = intern(this.spellings, k.shapes.length ? minRotation(k.shapes[0]) : `=${minRotation(k.rotations[0])}`);
      k.full = true;
    }
    return k;
  }
}

/** The part of an InternedName its word keys decide (NameCache.keyed); names with the same keys share its lists. */
interface Keyed extends KeyedForm {
  joinedKeyId: number;
  rotationIds: number[];
  ringId: number;
  spellingId: number;
  keyIds: number[];
  headIds: number[];
  shapeIds: number[];
  full: boolean;
}

/** Text broken by zero-width spaces and by no other space (build reads it so only if it is Khmer). */
const ZERO_WIDTH_ONLY = /^[^\s\u00a0]*\u200b[^\s\u00a0]*$/;

/** InternedName.flatId before `onsite` has worked it out; no id is negative but -1 (no letters). */
const NOT_FLAT_KEYED = -2;

function intern(ids: Map<string, number>, value: string): number {
  let id = ids.get(value);
  if (id === undefined) ids.set(value, (id = ids.size));
  return id;
}

/**
 * A lean form's list: its one id, or none for -1. Made as internAll makes its lists, so that
 * the loops reading them meet one kind of array.
 */
function ids(first: number): number[] {
  const out = new Array<number>(first < 0 ? 0 : 1);
  if (first >= 0) out[0] = first;
  return out;
}

/** The ids of `values`, in an array of their length: thousands of these live as long as the run. */
function internAll(ids: Map<string, number>, values: readonly string[]): number[] {
  const out = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) out[i] = intern(ids, values[i]);
  return out;
}

/** internAll for a list whose first value's id `lean` holds already (ids(first)). */
function internRest(ids: Map<string, number>, values: readonly string[], lean: readonly number[]): number[] {
  const out = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) out[i] = i === 0 && lean.length > 0 ? lean[0] : intern(ids, values[i]);
  return out;
}

/**
 * The least of a string's rotations: one text for every rotation of it. Rotations are compared
 * in place, letter by letter, and only the least is built: every name goes through here twice.
 */
function minRotation(s: string): string {
  let best = 0;
  for (let i = 1; i < s.length; i++) if (rotationBefore(s, i, best)) best = i;
  return best === 0 ? s : s.slice(best) + s.slice(0, best);
}

/** Whether `s` read from `a` (round to the start) sorts before `s` read from `b`, as `<` compares. */
function rotationBefore(s: string, a: number, b: number): boolean {
  const n = s.length;
  for (let k = 0; k < n; k++) {
    const x = s.charCodeAt((a + k) % n);
    const y = s.charCodeAt((b + k) % n);
    if (x !== y) return x < y;
  }
  return false;
}
