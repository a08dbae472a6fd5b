import type { InternedName } from '../names/name-cache';
import { compareNameCode, NO_CUTS, type CutNames } from './compare-name';
import { IntMap } from './int-map';
import { NO_WORDS, type KnownWords } from './known-words';
import { NO_NAME, rankOf, type NameCode } from './name-code';
import type { Person } from './people';

/**
 * compareName remembered per (on-site names, registered names): blocking pairs a common name
 * with the same few hundred spellings again and again, so each distinct comparison runs once.
 */
export class NameComparer {
  /** (on-site name set, registered name set) → the pair's NameCode + 1 (IntMap answers -1 for a key it lacks); tens of thousands of numeric keys. */
  private readonly memo = new IntMap(1 << 15);
  private lastKey = -1;
  private last: NameCode = NO_NAME;

  constructor(
    private readonly nameSetCount: number,
    private readonly known: KnownWords = NO_WORDS,
    private readonly cut: CutNames = NO_CUTS,
  ) {}

  compare(o: Person, r: Person): NameCode {
    const key = o.nameSetId * this.nameSetCount + r.nameSetId;
    // A pair found a typo away is asked twice in a row, whether close and then its score.
    if (key === this.lastKey) return this.last;
    let code = this.memo.get(key) - 1;
    if (code === -2) {
      code = o.names.length === 1 ? compareNameCode(o.names[0], r.names, this.known, this.cut) : bestWriting(o.names, r.names, this.known, this.cut);
      this.memo.set(key, code + 1);
    }
    this.lastKey = key;
    this.last = code;
    return code;
  }
}

/**
 * compareNameCode for an on-site name given in more than one writing (name-writings.ts): it
 * agrees as well as its better writing does. Apart from NameComparer.compare, which would otherwise grow past
 * what V8 inlines into the scoring loop for the sake of a few rows.
 */
export function bestWriting(names: readonly InternedName[], registered: readonly InternedName[], known: KnownWords, cut: CutNames): NameCode {
  let best = NO_NAME;
  for (const name of names) {
    const code = compareNameCode(name, registered, known, cut);
    if (code !== NO_NAME && (best === NO_NAME || rankOf(code) > rankOf(best))) best = code;
  }
  return best;
}
