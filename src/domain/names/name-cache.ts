import { flatKey, nameForm, wordKey, type NameForm } from './name-form';

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
  /**
   * The id of flatKey (name-form.ts) among the same ids, once `onsite` has asked for it, and
   * until then joinedKeyId: only on-site names are read for a space typed elsewhere, and keying
   * every registered name again would cost more than it finds.
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
  private readonly flatDone = new Set<number>();
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
    if (f.flatId === f.joinedKeyId && !this.flatDone.has(f.id)) {
      this.flatDone.add(f.id);
      const flat = flatKey(f);
      if (flat) f.flatId = intern(this.wholeKeys, flat);
    }
    return f;
  }

  form(raw: string): InternedName {
    let f = this.byRaw.get(raw);
    if (f) return f;
    const base = nameForm(raw, this.keyOf);
    f = this.byText.get(base.text);
    if (!f) {
      // Written out, not spread: a spread copy is a slower object in the hot loops that read it.
      const { text, script, keys, rotations, anagram, joined, heads, shapes } = base;
      const joinedKeyId = keys.length ? intern(this.wholeKeys, rotations[0]) : -1;
      const ringId = keys.length ? intern(this.rings, minRotation(rotations[0])) : -1;
      f = {
        text,
        script,
        keys,
        rotations,
        anagram,
        joinedKeyId,
        flatId: joinedKeyId,
        joined,
        heads,
        shapes,
        id: this.byText.size,
        ringId,
        spellingId: keys.length ? intern(this.spellings, shapes.length ? minRotation(shapes[0]) : `=${minRotation(rotations[0])}`) : -1,
        keyIds: keys.map((k) => intern(this.keys, k)),
        joinedIds: joined.map((j) => intern(this.joined, j)),
        headIds: heads.map((h) => intern(this.heads, h)),
        shapeIds: shapes.map((h) => intern(this.shapes, h)),
      };
      this.byText.set(base.text, f);
    }
    this.byRaw.set(raw, f);
    return f;
  }
}

function intern(ids: Map<string, number>, value: string): number {
  let id = ids.get(value);
  if (id === undefined) ids.set(value, (id = ids.size));
  return id;
}

/** The least of a string's rotations: one text for every rotation of it. */
function minRotation(s: string): string {
  let best = s;
  for (let i = 1; i < s.length; i++) {
    const r = s.slice(i) + s.slice(0, i);
    if (r < best) best = r;
  }
  return best;
}
