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
  /** The first registered name seen with each ring id (name-cache.ts): the letters' usual order, to compare against. */
  private readonly first = new Map<number, InternedName>();

  /** A registered name's anagram, once per ring id. */
  add(name: InternedName): void {
    if (name.ringId < 0 || this.first.has(name.ringId)) return;
    this.first.set(name.ringId, name);
    forEachKey(name.anagram, (k) => {
      const ids = this.byKey.get(k);
      if (ids === undefined) this.byKey.set(k, [name.ringId]);
      else if (ids[ids.length - 1] !== name.ringId) ids.push(name.ringId);
    });
  }

  /** The ring id of each registered name whose anagram is within one typo of the name's, its own included; an id may come more than once. */
  forEachNear(name: InternedName | undefined, visit: (ringId: number, first: InternedName) => void): void {
    if (name === undefined || name.ringId < 0) return;
    forEachKey(name.anagram, (k) => {
      const ids = this.byKey.get(k);
      if (ids) for (const id of ids) visit(id, this.first.get(id)!);
    });
  }
}

/** The anagram itself and, when long enough, each distinct anagram one letter shorter. */
function forEachKey(anagram: string, visit: (key: string) => void): void {
  visit(anagram);
  if (anagram.length < MIN_LETTERS) return;
  for (let i = 0; i < anagram.length; i++) {
    // Dropping either of two equal neighbours gives the same key.
    if (i > 0 && anagram[i] === anagram[i - 1]) continue;
    visit(anagram.slice(0, i) + anagram.slice(i + 1));
  }
}
