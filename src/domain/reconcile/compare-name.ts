import { jaroWinkler } from '../names/jaro-winkler';
import type { InternedName } from '../names/name-cache';
import type { Person } from './people';

export type NameLevel = 'equal' | 'phonetic' | 'similar' | 'partial' | 'differs';

export interface NameAgreement {
  level: NameLevel;
  /** Family and given name in the other order (or joined differently). */
  swapped: boolean;
  /** One side wrote the name in Khmer, the other in Latin letters. */
  crossScript: boolean;
  /** The register's anagram that agreed, to look up how common the name is. */
  anagramId: number;
}

/** Jaro-Winkler on phonetic keys at or above this is one typo or one odd spelling away. */
export const SIMILAR_NAME = 0.92;
const RANK: Record<NameLevel, number> = { equal: 4, phonetic: 3, similar: 2, partial: 1, differs: 0 };

/**
 * The on-site name against each name the register holds (Khmer, Latin), keeping the best. The
 * same spelling in the same script is 'equal'; the same phonetic key, in any word order, is
 * 'phonetic'; close keys are 'similar'; one shared word (often the family name) is 'partial'.
 */
export function compareName(o: InternedName, registered: readonly InternedName[]): NameAgreement | null {
  if (o.keys.length === 0) return null;
  let best: NameAgreement | null = null;
  for (const r of registered) {
    if (r.keys.length === 0) continue;
    const a = compareOne(o, r);
    if (best === null || RANK[a.level] > RANK[best.level] || (RANK[a.level] === RANK[best.level] && best.crossScript && !a.crossScript)) best = a;
  }
  return best;
}

function compareOne(o: InternedName, r: InternedName): NameAgreement {
  const crossScript = o.script !== r.script;
  const base = { crossScript, anagramId: r.anagramId };
  if (o.id === r.id) return { level: 'equal', swapped: false, ...base };
  const key = o.rotations[0];
  for (let j = 0; j < r.rotations.length; j++) {
    if (r.rotations[j] === key) return { level: 'phonetic', swapped: j !== 0, ...base };
  }
  if (o.anagramId === r.anagramId) return { level: 'phonetic', swapped: true, ...base };
  // The same Khmer letters with the words run together or split elsewhere.
  if (o.joinedIds.length > 0) {
    const j = r.joinedIds.indexOf(o.joinedIds[0]);
    if (j >= 0) return { level: 'phonetic', swapped: true, ...base };
  }
  let bestSim = 0;
  let bestRot = 0;
  for (let j = 0; j < r.rotations.length; j++) {
    const sim = jaroWinkler(key, r.rotations[j]);
    if (sim > bestSim) [bestSim, bestRot] = [sim, j];
  }
  if (bestSim >= SIMILAR_NAME) return { level: 'similar', swapped: bestRot !== 0, ...base };
  const shared = o.keyIds.some((k, i) => o.keys[i].length > 1 && r.keyIds.includes(k));
  return { level: shared ? 'partial' : 'differs', swapped: false, ...base };
}

/**
 * compareName remembered per (on-site name, registered name set): blocking pairs a common name
 * with the same few hundred spellings again and again, so each distinct comparison runs once.
 */
export class NameComparer {
  private readonly memo = new Map<number, NameAgreement | null>();

  constructor(private readonly nameSetCount: number) {}

  compare(o: Person, r: Person): NameAgreement | null {
    const key = o.names[0].id * this.nameSetCount + r.nameSetId;
    let a = this.memo.get(key);
    if (a === undefined) this.memo.set(key, (a = compareName(o.names[0], r.names)));
    return a;
  }
}
