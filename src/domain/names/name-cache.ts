import { flatKey, headsOf, textForm, wordKey, type NameForm } from './name-form';
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
   * False for a lean on-site form (NameCache.onsite): rotationIds, joinedIds and shapeIds hold
   * their first id only, headIds and heads are empty and spellingId is -1.
   */
  full: boolean;
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
  private readonly keyOf = (w: string) => {
    let k = this.words.get(w);
    if (k === undefined) this.words.set(w, (k = wordKey(w)));
    return k;
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
    const f = this.find(raw, !lean);
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

  private find(raw: string, full: boolean): InternedName {
    let f = this.byRaw.get(raw);
    if (!f) {
      // Spellings that normalize alike (SOK DARA, Sok Dara) share one form: look it up before building one.
      const normalized = normalizeName(raw);
      f = this.byText.get(normalized) ?? this.build(normalized, full);
      this.byRaw.set(raw, f);
    }
    if (full && !f.full) this.complete(f);
    return f;
  }

  private build(normalized: string, full: boolean): InternedName {
    const base = textForm(normalized, this.keyOf, false);
    // Written out, not spread: a spread copy is a slower object in the hot loops that read it.
    const { text, script, keys, rotations, anagram, joined, heads, shapes } = base;
    const joinedKeyId = keys.length ? intern(this.wholeKeys, rotations[0]) : -1;
    const ring = keys.length ? minRotation(rotations[0]) : '';
    const f: InternedName = {
      text,
      script,
      keys,
      rotations,
      anagram,
      joinedKeyId,
      rotationIds: ids(keys.length ? joinedKeyId : -1),
      flatId: NOT_FLAT_KEYED,
      joined,
      heads,
      shapes,
      id: this.byText.size,
      ringId: keys.length ? intern(this.rings, ring) : -1,
      spellingId: -1,
      keyIds: internAll(this.keys, keys),
      joinedIds: ids(joined.length ? intern(this.joined, joined[0]) : -1),
      headIds: ids(-1),
      shapeIds: ids(shapes.length ? intern(this.shapes, shapes[0]) : -1),
      full: false,
    };
    this.byText.set(text, f);
    if (full) this.complete(f);
    return f;
  }

  /** The ids a lean form left out; the first of each list is interned already, and keeps its id. */
  private complete(f: InternedName): void {
    f.heads = headsOf(f.keys, f.rotations);
    f.rotationIds = internAll(this.wholeKeys, f.rotations);
    f.joinedIds = internAll(this.joined, f.joined);
    f.headIds = internAll(this.heads, f.heads);
    f.shapeIds = internAll(this.shapes, f.shapes);
    if (f.keys.length) f.spellingId = intern(this.spellings, f.shapes.length ? minRotation(f.shapes[0]) : `=${minRotation(f.rotations[0])}`);
    f.full = true;
  }
}

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
