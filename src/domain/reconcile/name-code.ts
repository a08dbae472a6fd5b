/**
 * How well two names agree, from the same spelling down to nothing shared (compare-name.ts
 * finds it), and that agreement packed into one number for the scoring loop.
 */
/** Jaro-Winkler on phonetic keys at or above this is one typo or one odd spelling away. */
export const SIMILAR_NAME = 0.92;

export type NameLevel = 'equal' | 'phonetic' | 'similar' | 'shortened' | 'slipped' | 'called' | 'partial' | 'otherName' | 'differs';

export interface NameAgreement {
  level: NameLevel;
  /** Family and given name in the other order (or joined differently). */
  swapped: boolean;
  /** One side wrote the name in Khmer, the other in Latin letters. */
  crossScript: boolean;
  /** The agreeing register name's spelling id, to look up how common the name is. */
  spellingId: number;
}

/** Whether a level is the same name, one slip from it, or it shortened: shortened or better. */
export const closeLevel = (level: NameLevel): boolean => closeRank(LEVELS.indexOf(level));

/** The same name, one slip from it, or it shortened: shortened or better. */
export const namesClose = (a: NameAgreement | null): boolean => a !== null && closeLevel(a.level);

/** Levels by rank, worst first: compareOne (compare-name.ts) answers rank · 2 + swapped, so nothing is allocated per comparison. */
const LEVELS: readonly NameLevel[] = ['differs', 'otherName', 'partial', 'called', 'slipped', 'shortened', 'similar', 'phonetic', 'equal'];
export const enum Rank { Differs, OtherName, Partial, Called, Slipped, Shortened, Similar, Phonetic, Equal }
export const at = (rank: Rank, swapped: boolean) => rank * 2 + (swapped ? 1 : 0);
/** Shortened or better: what every "close" below means, for a level, a NameCode or a comparison. */
export const closeRank = (rank: Rank): boolean => rank >= Rank.Shortened;

/**
 * A NameAgreement packed into one number, so the scoring loop and its memo hold no object per
 * comparison: bit 0 crossScript, bits 1–5 rank · 2 + swapped, above them spellingId + 1.
 * NO_NAME when either side has no name to compare.
 */
export type NameCode = number;
export const NO_NAME: NameCode = -1;

export const packName = (best: number, crossScript: boolean, spellingId: number): NameCode => ((spellingId + 1) * 64) | (best << 1) | (crossScript ? 1 : 0);
export const rankOf = (code: NameCode): Rank => (code >> 2) & 15;

/** The level a code stands for; the code must not be NO_NAME. */
export const levelOf = (code: NameCode): NameLevel => LEVELS[rankOf(code)];
/** Whether the names are the same name (equal or phonetic), whose weight depends on how common it is. */
export const sameName = (code: NameCode): boolean => code !== NO_NAME && rankOf(code) >= Rank.Phonetic;
/** namesClose for a code. */
export const codeClose = (code: NameCode): boolean => code !== NO_NAME && closeRank(rankOf(code));
/** The agreeing register name's spelling id (NameAgreement.spellingId). */
export const spellingOf = (code: NameCode): number => Math.floor(code / 64) - 1;

export function unpackName(code: NameCode): NameAgreement | null {
  if (code === NO_NAME) return null;
  return { level: levelOf(code), swapped: ((code >> 1) & 1) === 1, crossScript: (code & 1) === 1, spellingId: spellingOf(code) };
}
