import { flatKey, textForm, wordKey, type NameForm } from './name-form';
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

  /** form(raw), with its flat key: for a name written on site, where spaces go astray. */
  onsite(raw: string): InternedName {
    const f = this.form(raw);
    if (f.flatId === NOT_FLAT_KEYED) {
      const flat = flatKey(f);
      f.flatId = flat ? intern(this.wholeKeys, flat) : f.joinedKeyId;
    }
    return f;
  }

  form(raw: string): InternedName {
    let f = this.byRaw.get(raw);
    if (f) return f;
    // Spellings that normalize alike (SOK DARA, Sok Dara) share one form: look it up before building one.
    const normalized = normalizeName(raw);
    f = this.byText.get(normalized);
    if (!f) {
      const base = textForm(normalized, this.keyOf);
      // Written out, not spread: a spread copy is a slower object in the hot loops that read it.
      const { text, script, keys, rotations, anagram, joined, heads, shapes } = base;
      const rotationIds = internAll(this.wholeKeys, rotations);
      const joinedKeyId = keys.length ? rotationIds[0] : -1;
      const ring = keys.length ? minRotation(rotations[0]) : '';
      const ringId = keys.length ? intern(this.rings, ring) : -1;
      f = {
        text,
        script,
        keys,
        rotations,
        anagram,
        joinedKeyId,
        rotationIds,
        flatId: NOT_FLAT_KEYED,
        joined,
        heads,
        shapes,
        id: this.byText.size,
        ringId,
        spellingId: keys.length ? intern(this.spellings, shapes.length ? minRotation(shapes[0]) : `=${ring}`) : -1,
        keyIds: internAll(this.keys, keys),
        joinedIds: internAll(this.joined, joined),
        headIds: internAll(this.heads, heads),
        shapeIds: internAll(this.shapes, shapes),
      };
      this.byText.set(text, f);
    }
    this.byRaw.set(raw, f);
    return f;
  }
}

/** InternedName.flatId before `onsite` has worked it out; no id is negative but -1 (no letters). */
const NOT_FLAT_KEYED = -2;

function intern(ids: Map<string, number>, value: string): number {
  let id = ids.get(value);
  if (id === undefined) ids.set(value, (id = ids.size));
  return id;
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
