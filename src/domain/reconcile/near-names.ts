import type { InternedName } from '../names/name-cache';
import { Chains } from './chains';
import { IntMap } from './int-map';

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
  /** Anagram key (a number, keysOf) → the first entry of its list of ring ids in `rings`. */
  private readonly byKey: IntMap;
  private readonly rings = new Chains(1024);
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
  private keys = new Float64Array(64);

  /** `expected`: about how many names will be added (the register's size). */
  constructor(expected = 1024) {
    // Under two keys per registered name on the bench rosters (17,871 for 10,000 workers): sized
    // for eight, the table was 4 MB and 7 % full, and a lookup read memory no cache held.
    this.byKey = new IntMap(2 * expected);
  }

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
    const count = this.keysOf(name.anagram);
    for (let i = 0; i < count; i++) this.append(this.keys[i], name.ringId);
  }

  /** Adds ring id `id` at the end of the key's chain, unless it ends with it already: rings are read in the order they came. */
  private append(key: number, id: number): void {
    const first = this.byKey.get(key);
    if (first >= 0 && this.rings.lastValue(first) === id) return;
    const e = this.rings.append(first, id);
    if (first < 0) this.byKey.set(key, e);
  }

  /**
   * The ring id of each registered name whose anagram is within one typo of the name's, its own
   * included, once each, with the ring's names one per key.
   */
  forEachNear(name: InternedName | undefined, visit: (ringId: number, names: readonly InternedName[]) => void): void {
    if (name === undefined || name.ringId < 0) return;
    if (this.seen.length < this.spellings.length) this.seen = new Int32Array(this.spellings.length);
    const lookup = ++this.lookups;
    const count = this.keysOf(name.anagram);
    for (let i = 0; i < count; i++) {
      for (let e = this.byKey.get(this.keys[i]); e >= 0; e = this.rings.next(e)) {
        const id = this.rings.value(e);
        if (this.seen[id] === lookup) continue;
        this.seen[id] = lookup;
        visit(id, this.spellings[id]!);
      }
    }
  }

  /**
   * Writes to the start of `keys` the anagram's key and, when it is long enough, the key of
   * each distinct anagram one letter shorter; returns how many. A key is the anagram's text
   * hashed twice (two polynomial hashes modulo primes under 2^26, side by side in one number
   * under 2^52), worked out from prefix and suffix hashes, so no shorter anagram is built as a
   * string: building and hashing them was most of the cost of the index. Two texts that share a
   * key by chance (about 1 in 2^52) only put one more name before the caller's closeness test.
   */
  private keysOf(anagram: string): number {
    const n = anagram.length;
    if (this.keys.length <= n) this.keys = new Float64Array(2 * n + 2);
    let count = 0;
    let a = 0;
    let b = 0;
    for (let i = 0; i < n; i++) {
      PRE_A[i] = a;
      PRE_B[i] = b;
      a = (a * BASE + anagram.charCodeAt(i)) % P_A;
      b = (b * BASE + anagram.charCodeAt(i)) % P_B;
    }
    this.keys[count++] = a * SHIFT + b;
    if (n < MIN_LETTERS || n >= MAX_LETTERS) return count;
    // Suffix hashes from the end; the key without letter i is prefix(i) · base^(n-1-i) + suffix(i+1).
    SUF_A[n] = 0;
    SUF_B[n] = 0;
    for (let i = n - 1; i >= 0; i--) {
      SUF_A[i] = (anagram.charCodeAt(i) * POW_A[n - 1 - i] + SUF_A[i + 1]) % P_A;
      SUF_B[i] = (anagram.charCodeAt(i) * POW_B[n - 1 - i] + SUF_B[i + 1]) % P_B;
    }
    for (let i = 0; i < n; i++) {
      // Dropping either of two equal neighbours gives the same key.
      if (i > 0 && anagram.charCodeAt(i) === anagram.charCodeAt(i - 1)) continue;
      const ka = (PRE_A[i] * POW_A[n - 1 - i] + SUF_A[i + 1]) % P_A;
      const kb = (PRE_B[i] * POW_B[n - 1 - i] + SUF_B[i + 1]) % P_B;
      this.keys[count++] = ka * SHIFT + kb;
    }
    return count;
  }
}

/** Primes under 2^26, so a product of two residues stays under 2^52 and exact in a double. */
const P_A = 67108859;
const P_B = 67108837;
const SHIFT = 0x4000000;
/** Above every letter code a phonetic key uses. */
const BASE = 131;
/** Anagrams this long or longer are keyed whole only (no name is near that long). */
const MAX_LETTERS = 64;
const PRE_A = new Float64Array(MAX_LETTERS);
const PRE_B = new Float64Array(MAX_LETTERS);
const SUF_A = new Float64Array(MAX_LETTERS + 1);
const SUF_B = new Float64Array(MAX_LETTERS + 1);
const POW_A = powers(P_A);
const POW_B = powers(P_B);

function powers(p: number): Float64Array {
  const out = new Float64Array(MAX_LETTERS);
  out[0] = 1;
  for (let i = 1; i < MAX_LETTERS; i++) out[i] = (out[i - 1] * BASE) % p;
  return out;
}
