import type { InternedName, NameCache } from '../names/name-cache';
import type { NameInBothScripts } from '../names/khmer-segment';

/**
 * How this register's clerks write each Khmer word in Latin letters, learned from the workers
 * it gives in both scripts word for word. A worker it gives in Khmer alone is then read in
 * those spellings too, beside the Khmer: a sheet that writes their name in Latin, by the same
 * habits, meets it by spelling, where the romanizer's rules alone miss a habit they do not know
 * (NEUV for នឹម, a clerk's spelling of a highland name). A word is learned from the spelling most
 * of its pairs give, and only from MIN_PAIRS of them: one worker's Latin name with a slip
 * teaches nothing. The words are paired in the order that agrees best by key (bestShift).
 */
export class LearnedLatin {
  /**
   * A Khmer word as written → each Latin word written for it → how many workers write it so. By
   * the word, not its key: the key folds two family names together (ជា Chea, ឆាយ Chhay), and
   * the commoner one's spelling would be learned for both. By its key too (byKey), for a name the
   * register runs together, whose words as cut are not its text's (InternedName.recut).
   */
  private readonly spellings = new Map<string, Map<string, number>>();

  constructor(
    private readonly cache: NameCache,
    register: Iterable<NameInBothScripts>,
  ) {
    for (const r of register) if (r.nameLatin) this.learn(cache.form(r.nameKh), cache.form(r.nameLatin));
  }

  /**
   * The Latin name this register's clerks would write for a Khmer name, word for word; null if
   * a word has no learned spelling, or if the spellings key as the romanizer reads the name
   * already (they would add nothing).
   */
  latinOf(kh: InternedName): string | null {
    if (kh.script !== 'khmer' || kh.keys.length === 0) return null;
    const units = asWritten(kh) ?? (kh.recut ? kh.keys.map(byKey) : null);
    if (units === null) return null;
    const words: string[] = [];
    for (const w of units) {
      const word = this.spellingOf(w);
      if (word === null) return null;
      words.push(word);
    }
    const latin = words.join(' ');
    const keys = this.cache.form(latin).keys;
    return keys.length === kh.keys.length && keys.every((k, i) => k === kh.keys[i]) ? null : latin;
  }

  private learn(kh: InternedName, la: InternedName): void {
    if (kh.script !== 'khmer' || la.script !== 'latin' || kh.keys.length < 2 || kh.keys.length !== la.keys.length) return;
    const words = la.text.split(' ');
    // A word without a key (a lone mark) leaves words and keys out of step.
    if (words.length !== la.keys.length) return;
    const written = asWritten(kh);
    const shift = bestShift(kh.keys, la.keys);
    for (let i = 0; i < words.length; i++) {
      const word = words[(i + shift) % words.length];
      if (written !== null) this.count(written[i], word);
      this.count(byKey(kh.keys[i]), word);
    }
  }

  private count(unit: string, word: string): void {
    let counts = this.spellings.get(unit);
    if (counts === undefined) this.spellings.set(unit, (counts = new Map()));
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }

  /** The spelling more than half of a word's pairs give, if MIN_PAIRS or more give it. */
  private spellingOf(unit: string): string | null {
    const counts = this.spellings.get(unit);
    if (counts === undefined) return null;
    let total = 0;
    let best: string | null = null;
    let bestCount = 0;
    for (const [word, n] of counts) {
      total += n;
      if (n > bestCount) [best, bestCount] = [word, n];
    }
    return bestCount >= MIN_PAIRS && bestCount * 2 > total ? best : null;
  }
}

/** A Khmer name's words as written, one per key; null where words and keys are out of step (a name cut where its text has no space, a lone mark). */
function asWritten(kh: InternedName): string[] | null {
  if (kh.recut) return null;
  const words = kh.text.split(' ');
  return words.length === kh.keys.length ? words : null;
}

/** A word key as LearnedLatin.spellings holds it, apart from the written words: keys are Latin letters, and a Khmer word has none. */
const byKey = (key: string): string => `=${key}`;

/** Pairs a spelling must be learned from. */
const MIN_PAIRS = 2;

/**
 * The rotation of the Latin words that agrees with the Khmer words by key in the most places, 0
 * on a tie: a register whose Latin field puts the given name first (DARA SOK for សុខ ដារ៉ា) is
 * paired word for word all the same.
 */
function bestShift(kh: readonly string[], la: readonly string[]): number {
  let best = 0;
  let bestAgree = -1;
  for (let shift = 0; shift < la.length; shift++) {
    let agree = 0;
    for (let i = 0; i < kh.length; i++) if (kh[i] === la[(i + shift) % la.length]) agree++;
    if (agree > bestAgree) [best, bestAgree] = [shift, agree];
  }
  return best;
}
