import { jaroWinkler } from '../names/jaro-winkler';
import type { NameForm } from '../names/name-form';

export type NameLevel = 'equal' | 'phonetic' | 'similar' | 'partial' | 'differs';

export interface NameAgreement {
  level: NameLevel;
  /** Family and given name in the other order (or joined differently). */
  swapped: boolean;
  /** One side wrote the name in Khmer, the other in Latin letters. */
  crossScript: boolean;
  /** The register's phonetic key that agreed, to look up how common the name is. */
  anagram: string;
}

/** Jaro-Winkler on phonetic keys at or above this is one typo or one odd spelling away. */
export const SIMILAR_NAME = 0.92;
const RANK: Record<NameLevel, number> = { equal: 4, phonetic: 3, similar: 2, partial: 1, differs: 0 };

/**
 * The on-site name against each name the register holds (Khmer, Latin), keeping the best. The
 * same spelling in the same script is 'equal'; the same phonetic key, in any word order, is
 * 'phonetic'; close keys are 'similar'; one shared word (often the family name) is 'partial'.
 */
export function compareName(o: NameForm, registered: readonly NameForm[]): NameAgreement | null {
  if (o.keys.length === 0) return null;
  let best: NameAgreement | null = null;
  for (const r of registered) {
    if (r.keys.length === 0) continue;
    const a = compareOne(o, r);
    if (best === null || RANK[a.level] > RANK[best.level] || (RANK[a.level] === RANK[best.level] && best.crossScript && !a.crossScript)) best = a;
  }
  return best;
}

function compareOne(o: NameForm, r: NameForm): NameAgreement {
  const crossScript = o.script !== r.script;
  const base = { crossScript, anagram: r.anagram };
  if (!crossScript && o.text === r.text) return { level: 'equal', swapped: false, ...base };
  const key = o.rotations[0];
  let bestSim = 0;
  let bestRot = 0;
  for (let j = 0; j < r.rotations.length; j++) {
    if (r.rotations[j] === key) return { level: 'phonetic', swapped: j !== 0, ...base };
    const sim = jaroWinkler(key, r.rotations[j]);
    if (sim > bestSim) [bestSim, bestRot] = [sim, j];
  }
  if (o.anagram === r.anagram) return { level: 'phonetic', swapped: true, ...base };
  if (bestSim >= SIMILAR_NAME) return { level: 'similar', swapped: bestRot !== 0, ...base };
  const shared = o.keys.some((k) => k.length > 1 && r.keys.includes(k));
  return { level: shared ? 'partial' : 'differs', swapped: false, ...base };
}
