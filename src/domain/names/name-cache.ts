import { nameForm, wordKey, type NameForm } from './name-form';

/** A name form with small integer ids, so hot loops compare and hash numbers, not strings. */
export interface InternedName extends NameForm {
  /** Equal ids: equal text in the same script. */
  id: number;
  /** Equal ids: equal anagram (the same letters in any word order); -1 for a name without letters. */
  anagramId: number;
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
  private readonly anagrams = new Map<string, number>();
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

  get anagramCount(): number {
    return this.anagrams.size;
  }

  form(raw: string): InternedName {
    let f = this.byRaw.get(raw);
    if (f) return f;
    const base = nameForm(raw, this.keyOf);
    f = this.byText.get(base.text);
    if (!f) {
      // Written out, not spread: a spread copy is a slower object in the hot loops that read it.
      const { text, script, keys, rotations, anagram, joined, heads, shapes } = base;
      const anagramId = keys.length ? intern(this.anagrams, anagram) : -1;
      f = {
        text,
        script,
        keys,
        rotations,
        anagram,
        joined,
        heads,
        shapes,
        id: this.byText.size,
        anagramId,
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
