import type { InternedName } from '../names/name-cache';

/**
 * Shorter anagrams have too many neighbours one letter away to narrow anything ("Ly Ek"); at
 * this length a letter dropped still leaves four.
 */
const MIN_LETTERS = 5;

/**
 * The register's names by their letters give or take one: a symmetric-deletion index
 * (Garbe's SymSpell) over anagrams, the name's phonetic letters sorted. Two spellings one typo
 * apart share an entry whatever the typo: a swap of two letters or of two words leaves the
 * anagram as it is, a letter dropped or added leaves one side equal to the other less that
 * letter, and a letter replaced leaves both sides equal less one letter each. Blocking asks it
 * only for on-site rows that found no likely candidate by their own keys, which is where a
 * typo in a name, with nothing else to go on or with a slip in the date, used to end up as a
 * wrongful "hidden".
 */
export class NearNames {
  private readonly byKey = new Map<string, number[]>();
  /**
   * The registered names seen with each ring id (name-cache.ts), one per phonetic key as
   * written, to compare against. A ring is read round, so two names can share one: Ith Sinat and
   * Tith Sina are one ring, and comparing only the first name seen with it left the other's
   * holders unread (a registered worker flagged hidden for a slip in the name). Indexed by ring
   * id, which is small and dense; kept packed (no holes).
   */
  private readonly spellings: (InternedName[] | undefined)[] = [];
  /** Per ring id, the last lookup that visited it: a name one typo away by several keys is visited once. */
  private seen = new Int32Array(0);
  private lookups = 0;
  /** The keys of the name at hand (keysOf), reused from name to name. */
  private readonly keys: string[] = [];

  /** A registered name: its anagram, once per ring id, and its key as written, once per key. */
  add(name: InternedName): void {
    if (name.ringId < 0) return;
    const known = this.spellings[name.ringId];
    if (known !== undefined) {
      if (!known.some((n) => n.joinedKeyId === name.joinedKeyId)) known.push(name);
      return;
    }
    while (this.spellings.length <= name.ringId) this.spellings.push(undefined);
    this.spellings[name.ringId] = [name];
    const count = keysOf(name.anagram, this.keys);
    for (let i = 0; i < count; i++) {
      const ids = this.byKey.get(this.keys[i]);
      if (ids === undefined) this.byKey.set(this.keys[i], [name.ringId]);
      else if (ids[ids.length - 1] !== name.ringId) ids.push(name.ringId);
    }
  }

  /**
   * The ring id of each registered name whose anagram is within one typo of the name's, its own
   * included, once each, with the ring's names one per key.
   */
  forEachNear(name: InternedName | undefined, visit: (ringId: number, names: readonly InternedName[]) => void): void {
    if (name === undefined || name.ringId < 0) return;
    if (this.seen.length < this.spellings.length) this.seen = new Int32Array(this.spellings.length);
    const lookup = ++this.lookups;
    const count = keysOf(name.anagram, this.keys);
    for (let i = 0; i < count; i++) {
      const ids = this.byKey.get(this.keys[i]);
      if (ids === undefined) continue;
      for (let j = 0; j < ids.length; j++) {
        const id = ids[j];
        if (this.seen[id] === lookup) continue;
        this.seen[id] = lookup;
        visit(id, this.spellings[id]!);
      }
    }
  }
}

/**
 * Writes to the start of `out` the anagram itself and, when long enough, each distinct anagram
 * one letter shorter; returns how many.
 */
function keysOf(anagram: string, out: string[]): number {
  let count = 0;
  out[count++] = anagram;
  if (anagram.length < MIN_LETTERS) return count;
  for (let i = 0; i < anagram.length; i++) {
    // Dropping either of two equal neighbours gives the same key.
    if (i > 0 && anagram.charCodeAt(i) === anagram.charCodeAt(i - 1)) continue;
    out[count++] = anagram.slice(0, i) + anagram.slice(i + 1);
  }
  return count;
}
