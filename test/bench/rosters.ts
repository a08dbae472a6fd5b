import { resolve } from 'node:path';
import type { ReconcileInput, reconcileFs } from '../../src/domain/reconcile';
import { generateRoster, PROFILES, type Roster } from './generate';
import { BLIND_LABEL, generateBlind } from './blind';
import { generateGrader, GRADER_LABEL } from './grader';
import { generatePayroll, PAYROLL_LABEL } from './payroll';
import { generateHoldout, HOLDOUT_LABEL } from './holdout';
import { FOURTH_LABEL, generateFourth } from './fourth';
import { FIFTH_LABEL, generateFifth } from './fifth';
import { SIXTH_LABEL, generateSixth } from './sixth';
import { SEVENTH_LABEL, generateSeventh } from './seventh';
import { EIGHTH_LABEL, generateEighth } from './eighth';
import { NINTH_LABEL, generateNinth } from './ninth';
import { TENTH_LABEL, generateTenth } from './tenth';
import { ELEVENTH_LABEL, generateEleventh } from './eleventh';
import { TWELFTH_LABEL, generateTwelfth } from './twelfth';
import { THIRTEENTH_LABEL, generateThirteenth } from './thirteenth';
import { FOURTEENTH_LABEL, generateFourteenth } from './fourteenth';
import { FIFTEENTH_LABEL, generateFifteenth } from './fifteenth';
import { SIXTEENTH_LABEL, generateSixteenth } from './sixteenth';
import { SEVENTEENTH_LABEL, generateSeventeenth } from './seventeenth';
import { EIGHTEENTH_LABEL, generateEighteenth } from './eighteenth';
import { NINETEENTH_LABEL, generateNineteenth } from './nineteenth';
import { TWENTIETH_LABEL, generateTwentieth } from './twentieth';
import { TWENTYFIRST_LABEL, generateTwentyfirst } from './twentyfirst';
import { TWENTYSECOND_LABEL, generateTwentysecond } from './twentysecond';
import { TWENTYTHIRD_LABEL, generateTwentythird } from './twentythird';
import { TWENTYFOURTH_LABEL, generateTwentyfourth } from './twentyfourth';
import { TWENTYFIFTH_LABEL, generateTwentyfifth } from './twentyfifth';
import { TWENTYSIXTH_LABEL, generateTwentysixth } from './twentysixth';
import { TWENTYSEVENTH_LABEL, generateTwentyseventh } from './twentyseventh';
import { TWENTYEIGHTH_LABEL, generateTwentyeighth } from './twentyeighth';
import { TWENTYNINTH_LABEL, generateTwentyninth } from './twentyninth';
import { THIRTIETH_LABEL, generateThirtieth } from './thirtieth';
import { THIRTYFIRST_LABEL, generateThirtyfirst } from './thirtyfirst';
import { THIRTYSECOND_LABEL, generateThirtysecond } from './thirtysecond';
import { THIRTYTHIRD_LABEL, generateThirtythird } from './thirtythird';
import { THIRTYFOURTH_LABEL, generateThirtyfourth } from './thirtyfourth';
import { THIRTYFIFTH_LABEL, generateThirtyfifth } from './thirtyfifth';
import { THIRTYSIXTH_LABEL, generateThirtysixth } from './thirtysixth';
import { THIRTYSEVENTH_LABEL, generateThirtyseventh } from './thirtyseventh';
import { THIRTYEIGHTH_LABEL, generateThirtyeighth } from './thirtyeighth';
import { THIRTYNINTH_LABEL, generateThirtyninth } from './thirtyninth';
import { FORTIETH_LABEL, generateFortieth } from './fortieth';
import { FORTYFIRST_LABEL, generateFortyfirst } from './fortyfirst';
import { FORTYSECOND_LABEL, generateFortysecond } from './fortysecond';
import { FORTYTHIRD_LABEL, generateFortythird } from './fortythird';
import { FORTYFOURTH_LABEL, generateFortyfourth } from './fortyfourth';
import { FORTYFIFTH_LABEL, generateFortyfifth } from './fortyfifth';
import { FORTYSIXTH_LABEL, generateFortysixth } from './fortysixth';
import { FORTYSEVENTH_LABEL, generateFortyseventh } from './fortyseventh';
import { FORTYEIGHTH_LABEL, generateFortyeighth } from './fortyeighth';
import { FORTYNINTH_LABEL, generateFortyninth } from './fortyninth';
import { FIFTYFIRST_LABEL, generateFiftyfirst } from './fiftyfirst';
import { FIFTIETH_LABEL, generateFiftieth } from './fiftieth';
import { FIFTYSECOND_LABEL, generateFiftysecond } from './fiftysecond';
import { FIFTYTHIRD_LABEL, generateFiftythird } from './fiftythird';
import { FIFTYFOURTH_LABEL, generateFiftyfourth } from './fiftyfourth';
import { FIFTYFIFTH_LABEL, generateFiftyfifth } from './fiftyfifth';
import { FIFTYSIXTH_LABEL, generateFiftysixth } from './fiftysixth';
import { FIFTYSEVENTH_LABEL, generateFiftyseventh } from './fiftyseventh';
import { FIFTYEIGHTH_LABEL, generateFiftyeighth } from './fiftyeighth';
import { FIFTYNINTH_LABEL, generateFiftyninth } from './fiftyninth';
import { SIXTIETH_LABEL, generateSixtieth } from './sixtieth';
import { SIXTYFIRST_LABEL, generateSixtyfirst } from './sixtyfirst';
import { SIXTYSECOND_LABEL, generateSixtysecond } from './sixtysecond';
import { SIXTYTHIRD_LABEL, generateSixtythird } from './sixtythird';
import { SIXTYFOURTH_LABEL, generateSixtyfourth } from './sixtyfourth';
import { SIXTYFIFTH_LABEL, generateSixtyfifth } from './sixtyfifth';
import { SIXTYSIXTH_LABEL, generateSixtysixth } from './sixtysixth';
import { SIXTYSEVENTH_LABEL, generateSixtyseventh } from './sixtyseventh';
import { SIXTYEIGHTH_LABEL, generateSixtyEighth } from './sixtyeighth';
import { SIXTYNINTH_LABEL, generateSixtyNinth } from './sixtyninth';
import { SEVENTIETH_LABEL, generateSeventieth } from './seventieth';
import { SEVENTYFIRST_LABEL, generateSeventyFirst } from './seventyfirst';
import { SEVENTYSECOND_LABEL, generateSeventySecond } from './seventysecond';
import { SEVENTYTHIRD_LABEL, generateSeventyThird } from './seventythird';
import { SEVENTYFOURTH_LABEL, generateSeventyFourth } from './seventyfourth';
import { SEVENTYFIFTH_LABEL, generateSeventyFifth } from './seventyfifth';
import { SEVENTYSIXTH_LABEL, generateSeventySixth } from './seventysixth';
import { SEVENTYSEVENTH_LABEL, generateSeventySeventh } from './seventyseventh';
import { SEVENTYEIGHTH_LABEL, generateSeventyEighth } from './seventyeighth';
import { SEVENTYNINTH_LABEL, generateSeventyNinth } from './seventyninth';
import { EIGHTIETH_LABEL, generateEightieth } from './eightieth';
import { EIGHTYFIRST_LABEL, generateEightyFirst } from './eightyfirst';
import { EIGHTYSECOND_LABEL, generateEightySecond } from './eightysecond';
import { EIGHTYTHIRD_LABEL, generateEightyThird } from './eightythird';
import { EIGHTYFOURTH_LABEL, generateEightyFourth } from './eightyfourth';
import { EIGHTYFIFTH_LABEL, generateEightyFifth } from './eightyfifth';
import { EIGHTYSIXTH_LABEL, generateEightySixth } from './eightysixth';
import { EIGHTYSEVENTH_LABEL, generateEightySeventh } from './eightyseventh';
import { EIGHTYEIGHTH_LABEL, generateEightyEighth } from './eightyeighth';
import { EIGHTYNINTH_LABEL, generateEightyNinth } from './eightyninth';
import { NINETIETH_LABEL, generateNinetieth } from './ninetieth';
import { NINETYFIRST_LABEL, generateNinetyFirst } from './ninetyfirst';
import { NINETYSECOND_LABEL, ninetysecondRoster } from './ninetysecond';
import { NINETYTHIRD_LABEL, ninetythirdRoster } from './ninetythird';
import { NINETYFOURTH_LABEL, ninetyfourthRoster } from './ninetyfourth';
import { NINETYFIFTH_LABEL, ninetyfifthRoster } from './ninetyfifth';
import { NINETYSIXTH_LABEL, ninetysixthRoster } from './ninetysixth';
import { NINETYSEVENTH_LABEL, ninetyseventhRoster } from './ninetyseventh';
import { NINETYEIGHTH_LABEL, ninetyeighthRoster } from './ninetyeighth';
import { NINETYNINTH_LABEL, ninetyninthRoster } from './ninetyninth';
import { HUNDREDTH_LABEL, hundredthRoster } from './hundredth';
import { HUNDREDFIRST_LABEL, hundredfirstRoster } from './hundredfirst';
import { HUNDREDSECOND_LABEL, hundredsecondRoster } from './hundredsecond';
import { HUNDREDTHIRD_LABEL, hundredthirdRoster } from './hundredthird';
import { HUNDREDFOURTH_LABEL, hundredfourthRoster } from './hundredfourth';
import { HUNDREDFIFTH_LABEL, hundredfifthRoster } from './hundredfifth';
import { HUNDREDSIXTH_LABEL, hundredsixthRoster } from './hundredsixth';
import { HUNDREDSEVENTH_LABEL, hundredseventhRoster } from './hundredseventh';
import { HUNDREDEIGHTH_LABEL, hundredeighthRoster } from './hundredeighth';
import { HUNDREDNINTH_LABEL, hundredninthRoster } from './hundredninth';
import { HUNDREDTENTH_LABEL, hundredtenthRoster } from './hundredtenth';

/** Every labelled roster the reconcile bench and its diagnostics can run on, by name. */
export const ROSTERS = [...PROFILES.map((p) => p.name), 'holdout', 'blind', 'payroll', 'grader', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twentyfirst', 'twentysecond', 'twentythird', 'twentyfourth', 'twentyfifth', 'twentysixth', 'twentyseventh', 'twentyeighth', 'twentyninth', 'thirtieth', 'thirtyfirst', 'thirtysecond', 'thirtythird', 'thirtyfourth', 'thirtyfifth', 'thirtysixth', 'thirtyseventh', 'thirtyeighth', 'thirtyninth', 'fortieth', 'fortyfirst', 'fortysecond', 'fortythird', 'fortyfourth', 'fortyfifth', 'fortysixth', 'fortyseventh', 'fortyeighth', 'fortyninth', 'fiftieth', 'fiftyfirst', 'fiftysecond', 'fiftythird', 'fiftyfourth', 'fiftyfifth', 'fiftysixth', 'fiftyseventh', 'fiftyeighth', 'fiftyninth', 'sixtieth', 'sixtyfirst', 'sixtysecond', 'sixtythird', 'sixtyfourth', 'sixtyfifth', 'sixtysixth', 'sixtyseventh', 'sixtyeighth', 'sixtyninth', 'seventieth', 'seventyfirst', 'seventysecond', 'seventythird', 'seventyfourth', 'seventyfifth', 'seventysixth', 'seventyseventh', 'seventyeighth', 'seventyninth', 'eightieth', 'eightyfirst', 'eightysecond', 'eightythird', 'eightyfourth', 'eightyfifth', 'eightysixth', 'eightyseventh', 'eightyeighth', 'eightyninth', 'ninetieth', 'ninetyfirst', 'ninetysecond', 'ninetythird', 'ninetyfourth', 'ninetyfifth', 'ninetysixth', 'ninetyseventh', 'ninetyeighth', 'ninetyninth', 'hundredth', 'hundredfirst', 'hundredsecond', 'hundredthird', 'hundredfourth', 'hundredfifth', 'hundredsixth', 'hundredseventh', 'hundredeighth', 'hundredninth', 'hundredtenth', 'placeholders', 'twice'];

/** The engine's input for a labelled roster: no tally, no decisions, a fixed run time. */
export const engineInput = (roster: Roster, visitId: string): ReconcileInput => ({ visitId, registered: roster.registered, onsite: roster.onsite, tally: null, runAt: new Date(0).toISOString() });

/**
 * The engine of another tree (a git worktree of main, say), to set beside this one's; the tree
 * needs its node_modules (a symlink to these will do).
 */
export async function engineOf(tree: string): Promise<typeof reconcileFs> {
  const module = (await import(resolve(tree, 'src/domain/reconcile/index.ts'))) as { reconcileFs: typeof reconcileFs };
  return module.reconcileFs;
}

/** The seed each roster uses at each size unless told otherwise; the held-out one has its own. */
export function defaultSeed(name: string, size: number): number {
  return (name === 'holdout' ? 7_311_000 : 20250203) + size;
}

export function rosterFor(name: string, size: number, seed = defaultSeed(name, size)): { roster: Roster; label: string } {
  if (name === 'holdout') return { roster: generateHoldout(size, seed), label: HOLDOUT_LABEL };
  if (name === 'blind') return { roster: generateBlind(size, seed), label: BLIND_LABEL };
  if (name === 'payroll') return { roster: generatePayroll(size, seed), label: PAYROLL_LABEL };
  if (name === 'grader') return { roster: generateGrader(size, seed), label: GRADER_LABEL };
  if (name === 'fourth') return { roster: generateFourth(size, seed), label: FOURTH_LABEL };
  if (name === 'fifth') return { roster: generateFifth(size, seed), label: FIFTH_LABEL };
  if (name === 'sixth') return { roster: generateSixth(size, seed), label: SIXTH_LABEL };
  if (name === 'seventh') return { roster: generateSeventh(size, seed), label: SEVENTH_LABEL };
  if (name === 'eighth') return { roster: generateEighth(size, seed), label: EIGHTH_LABEL };
  if (name === 'ninth') return { roster: generateNinth(size, seed), label: NINTH_LABEL };
  if (name === 'tenth') return { roster: generateTenth(size, seed), label: TENTH_LABEL };
  if (name === 'eleventh') return { roster: generateEleventh(size, seed), label: ELEVENTH_LABEL };
  if (name === 'twelfth') return { roster: generateTwelfth(size, seed), label: TWELFTH_LABEL };
  if (name === 'fourteenth') return { roster: generateFourteenth(size, seed), label: FOURTEENTH_LABEL };
  if (name === 'fifteenth') return { roster: generateFifteenth(size, seed), label: FIFTEENTH_LABEL };
  if (name === 'sixteenth') return { roster: generateSixteenth(size, seed), label: SIXTEENTH_LABEL };
  if (name === 'seventeenth') return { roster: generateSeventeenth(size, seed), label: SEVENTEENTH_LABEL };
  if (name === 'eighteenth') return { roster: generateEighteenth(size, seed), label: EIGHTEENTH_LABEL };
  if (name === 'nineteenth') return { roster: generateNineteenth(size, seed), label: NINETEENTH_LABEL };
  if (name === 'twentieth') return { roster: generateTwentieth(size, seed), label: TWENTIETH_LABEL };
  if (name === 'twentyfirst') return { roster: generateTwentyfirst(size, seed), label: TWENTYFIRST_LABEL };
  if (name === 'twentysecond') return { roster: generateTwentysecond(size, seed), label: TWENTYSECOND_LABEL };
  if (name === 'twentythird') return { roster: generateTwentythird(size, seed), label: TWENTYTHIRD_LABEL };
  if (name === 'twentyfourth') return { roster: generateTwentyfourth(size, seed), label: TWENTYFOURTH_LABEL };
  if (name === 'twentyfifth') return { roster: generateTwentyfifth(size, seed), label: TWENTYFIFTH_LABEL };
  if (name === 'twentysixth') return { roster: generateTwentysixth(size, seed), label: TWENTYSIXTH_LABEL };
  if (name === 'twentyseventh') return { roster: generateTwentyseventh(size, seed), label: TWENTYSEVENTH_LABEL };
  if (name === 'twentyeighth') return { roster: generateTwentyeighth(size, seed), label: TWENTYEIGHTH_LABEL };
  if (name === 'twentyninth') return { roster: generateTwentyninth(size, seed), label: TWENTYNINTH_LABEL };
  if (name === 'thirtieth') return { roster: generateThirtieth(size, seed), label: THIRTIETH_LABEL };
  if (name === 'thirtyfirst') return { roster: generateThirtyfirst(size, seed), label: THIRTYFIRST_LABEL };
  if (name === 'thirtysecond') return { roster: generateThirtysecond(size, seed), label: THIRTYSECOND_LABEL };
  if (name === 'thirtythird') return { roster: generateThirtythird(size, seed), label: THIRTYTHIRD_LABEL };
  if (name === 'thirtyfourth') return { roster: generateThirtyfourth(size, seed), label: THIRTYFOURTH_LABEL };
  if (name === 'thirtyfifth') return { roster: generateThirtyfifth(size, seed), label: THIRTYFIFTH_LABEL };
  if (name === 'thirtysixth') return { roster: generateThirtysixth(size, seed), label: THIRTYSIXTH_LABEL };
  if (name === 'thirtyseventh') return { roster: generateThirtyseventh(size, seed), label: THIRTYSEVENTH_LABEL };
  if (name === 'thirtyeighth') return { roster: generateThirtyeighth(size, seed), label: THIRTYEIGHTH_LABEL };
  if (name === 'thirtyninth') return { roster: generateThirtyninth(size, seed), label: THIRTYNINTH_LABEL };
  if (name === 'fortieth') return { roster: generateFortieth(size, seed), label: FORTIETH_LABEL };
  if (name === 'fortyfirst') return { roster: generateFortyfirst(size, seed), label: FORTYFIRST_LABEL };
  if (name === 'fortysecond') return { roster: generateFortysecond(size, seed), label: FORTYSECOND_LABEL };
  if (name === 'fortythird') return { roster: generateFortythird(size, seed), label: FORTYTHIRD_LABEL };
  if (name === 'fortyfourth') return { roster: generateFortyfourth(size, seed), label: FORTYFOURTH_LABEL };
  if (name === 'fortysixth') return { roster: generateFortysixth(size, seed), label: FORTYSIXTH_LABEL };
  if (name === 'fortyseventh') return { roster: generateFortyseventh(size, seed), label: FORTYSEVENTH_LABEL };
  if (name === 'fortyfifth') return { roster: generateFortyfifth(size, seed), label: FORTYFIFTH_LABEL };
  if (name === 'fortyninth') return { roster: generateFortyninth(size, seed), label: FORTYNINTH_LABEL };
  if (name === 'fiftyfirst') return { roster: generateFiftyfirst(size, seed), label: FIFTYFIRST_LABEL };
  if (name === 'fiftieth') return { roster: generateFiftieth(size, seed), label: FIFTIETH_LABEL };
  if (name === 'fiftysecond') return { roster: generateFiftysecond(size, seed), label: FIFTYSECOND_LABEL };
  if (name === 'fiftythird') return { roster: generateFiftythird(size, seed), label: FIFTYTHIRD_LABEL };
  if (name === 'fiftyfourth') return { roster: generateFiftyfourth(size, seed), label: FIFTYFOURTH_LABEL };
  if (name === 'fiftyfifth') return { roster: generateFiftyfifth(size, seed), label: FIFTYFIFTH_LABEL };
  if (name === 'fiftysixth') return { roster: generateFiftysixth(size, seed), label: FIFTYSIXTH_LABEL };
  if (name === 'fiftyseventh') return { roster: generateFiftyseventh(size, seed), label: FIFTYSEVENTH_LABEL };
  if (name === 'fiftyeighth') return { roster: generateFiftyeighth(size, seed), label: FIFTYEIGHTH_LABEL };
  if (name === 'fiftyninth') return { roster: generateFiftyninth(size, seed), label: FIFTYNINTH_LABEL };
  if (name === 'sixtieth') return { roster: generateSixtieth(size, seed), label: SIXTIETH_LABEL };
  if (name === 'sixtyfirst') return { roster: generateSixtyfirst(size, seed), label: SIXTYFIRST_LABEL };
  if (name === 'sixtysecond') return { roster: generateSixtysecond(size, seed), label: SIXTYSECOND_LABEL };
  if (name === 'sixtythird') return { roster: generateSixtythird(size, seed), label: SIXTYTHIRD_LABEL };
  if (name === 'sixtyfourth') return { roster: generateSixtyfourth(size, seed), label: SIXTYFOURTH_LABEL };
  if (name === 'sixtyfifth') return { roster: generateSixtyfifth(size, seed), label: SIXTYFIFTH_LABEL };
  if (name === 'sixtysixth') return { roster: generateSixtysixth(size, seed), label: SIXTYSIXTH_LABEL };
  if (name === 'sixtyseventh') return { roster: generateSixtyseventh(size, seed), label: SIXTYSEVENTH_LABEL };
  if (name === 'sixtyeighth') return { roster: generateSixtyEighth(size, seed), label: SIXTYEIGHTH_LABEL };
  if (name === 'seventieth') return { roster: generateSeventieth(size, seed), label: SEVENTIETH_LABEL };
  if (name === 'seventyfirst') return { roster: generateSeventyFirst(size, seed), label: SEVENTYFIRST_LABEL };
  if (name === 'seventysecond') return { roster: generateSeventySecond(size, seed), label: SEVENTYSECOND_LABEL };
  if (name === 'seventythird') return { roster: generateSeventyThird(size, seed), label: SEVENTYTHIRD_LABEL };
  if (name === 'seventyfourth') return { roster: generateSeventyFourth(size, seed), label: SEVENTYFOURTH_LABEL };
  if (name === 'seventyfifth') return { roster: generateSeventyFifth(size, seed), label: SEVENTYFIFTH_LABEL };
  if (name === 'seventysixth') return { roster: generateSeventySixth(size, seed), label: SEVENTYSIXTH_LABEL };
  if (name === 'seventyseventh') return { roster: generateSeventySeventh(size, seed), label: SEVENTYSEVENTH_LABEL };
  if (name === 'seventyeighth') return { roster: generateSeventyEighth(size, seed), label: SEVENTYEIGHTH_LABEL };
  if (name === 'seventyninth') return { roster: generateSeventyNinth(size, seed), label: SEVENTYNINTH_LABEL };
  if (name === 'eightieth') return { roster: generateEightieth(size, seed), label: EIGHTIETH_LABEL };
  if (name === 'eightyfirst') return { roster: generateEightyFirst(size, seed), label: EIGHTYFIRST_LABEL };
  if (name === 'eightysecond') return { roster: generateEightySecond(size, seed), label: EIGHTYSECOND_LABEL };
  if (name === 'eightythird') return { roster: generateEightyThird(size, seed), label: EIGHTYTHIRD_LABEL };
  if (name === 'eightyfourth') return { roster: generateEightyFourth(size, seed), label: EIGHTYFOURTH_LABEL };
  if (name === 'eightyfifth') return { roster: generateEightyFifth(size, seed), label: EIGHTYFIFTH_LABEL };
  if (name === 'eightysixth') return { roster: generateEightySixth(size, seed), label: EIGHTYSIXTH_LABEL };
  if (name === 'eightyseventh') return { roster: generateEightySeventh(size, seed), label: EIGHTYSEVENTH_LABEL };
  if (name === 'eightyeighth') return { roster: generateEightyEighth(size, seed), label: EIGHTYEIGHTH_LABEL };
  if (name === 'eightyninth') return { roster: generateEightyNinth(size, seed), label: EIGHTYNINTH_LABEL };
  if (name === 'ninetieth') return { roster: generateNinetieth(size, seed), label: NINETIETH_LABEL };
  if (name === 'ninetyfirst') return { roster: generateNinetyFirst(size, seed), label: NINETYFIRST_LABEL };
  if (name === 'ninetysecond') return { roster: ninetysecondRoster(size, seed), label: NINETYSECOND_LABEL };
  if (name === 'ninetythird') return { roster: ninetythirdRoster(size, seed), label: NINETYTHIRD_LABEL };
  if (name === 'ninetyfourth') return { roster: ninetyfourthRoster(size, seed), label: NINETYFOURTH_LABEL };
  if (name === 'ninetyfifth') return { roster: ninetyfifthRoster(size, seed), label: NINETYFIFTH_LABEL };
  if (name === 'ninetysixth') return { roster: ninetysixthRoster(size, seed), label: NINETYSIXTH_LABEL };
  if (name === 'ninetyseventh') return { roster: ninetyseventhRoster(size, seed), label: NINETYSEVENTH_LABEL };
  if (name === 'ninetyeighth') return { roster: ninetyeighthRoster(size, seed), label: NINETYEIGHTH_LABEL };
  if (name === 'ninetyninth') return { roster: ninetyninthRoster(size, seed), label: NINETYNINTH_LABEL };
  if (name === 'hundredth') return { roster: hundredthRoster(size, seed), label: HUNDREDTH_LABEL };
  if (name === 'hundredfirst') return { roster: hundredfirstRoster(size, seed), label: HUNDREDFIRST_LABEL };
  if (name === 'hundredsecond') return { roster: hundredsecondRoster(size, seed), label: HUNDREDSECOND_LABEL };
  if (name === 'hundredthird') return { roster: hundredthirdRoster(size, seed), label: HUNDREDTHIRD_LABEL };
  if (name === 'hundredfourth') return { roster: hundredfourthRoster(size, seed), label: HUNDREDFOURTH_LABEL };
  if (name === 'hundredfifth') return { roster: hundredfifthRoster(size, seed), label: HUNDREDFIFTH_LABEL };
  if (name === 'hundredsixth') return { roster: hundredsixthRoster(size, seed), label: HUNDREDSIXTH_LABEL };
  if (name === 'hundredseventh') return { roster: hundredseventhRoster(size, seed), label: HUNDREDSEVENTH_LABEL };
  if (name === 'hundredeighth') return { roster: hundredeighthRoster(size, seed), label: HUNDREDEIGHTH_LABEL };
  if (name === 'hundredninth') return { roster: hundredninthRoster(size, seed), label: HUNDREDNINTH_LABEL };
  if (name === 'hundredtenth') return { roster: hundredtenthRoster(size, seed), label: HUNDREDTENTH_LABEL };
  if (name === 'sixtyninth') return { roster: generateSixtyNinth(size, seed), label: SIXTYNINTH_LABEL };
  if (name === 'fortyeighth') return { roster: generateFortyeighth(size, seed), label: FORTYEIGHTH_LABEL };
  if (name === 'thirteenth') return { roster: generateThirteenth(size, seed), label: THIRTEENTH_LABEL };
  if (name === 'placeholders') return { roster: withPlaceholders(rosterFor('realistic', size, seed).roster), label: PLACEHOLDERS_LABEL };
  if (name === 'twice') return { roster: withTwice(rosterFor('realistic', size, seed).roster), label: TWICE_LABEL };
  const profile = PROFILES.find((p) => p.name === name);
  if (!profile) throw new Error(`unknown roster "${name}"; one of ${ROSTERS.join(', ')}`);
  return { roster: generateRoster(size, profile, seed), label: profile.name };
}

const PLACEHOLDERS_LABEL = 'realistic, exported with placeholders';

/**
 * The realistic roster as a careless export writes it (src/domain/reconcile/placeholders.ts):
 * 000000000 for a third of the national IDs on both lists, and on the register 1900-01-01 for a
 * fifth of the dates of birth and 1970-01-01 for a tenth. The truth is unchanged.
 */
function withPlaceholders(roster: Roster): Roster {
  return {
    ...roster,
    registered: roster.registered.map((w, i) => ({
      ...w,
      nationalId: i % 3 === 0 ? '000000000' : w.nationalId,
      dateOfBirth: i % 5 === 1 ? '1900-01-01' : i % 10 === 2 ? '1970-01-01' : w.dateOfBirth,
    })),
    onsite: roster.onsite.map((o, i) => ({ ...o, nationalId: i % 3 === 0 ? '000000000' : o.nationalId })),
  };
}

const TWICE_LABEL = 'realistic, some workers entered twice';

/** One present worker in this many is entered a second time. */
const TWICE_EVERY = 50;

/**
 * The realistic roster with one present worker in 50 entered a second time, as an inspector
 * does who types a worker in from the ID card when the employer's sheet already lists them:
 * the name as the card writes it (the register's Khmer name), the card's number and the sex,
 * no date of birth. The truth gives the second row the same registered worker; the engine
 * cannot match both, and the second row must not come out hidden.
 */
function withTwice(roster: Roster): Roster {
  const byId = new Map(roster.registered.map((w) => [w.workerId, w]));
  const truth = new Map(roster.truth);
  const cards = roster.onsite.flatMap((o, i) => {
    const w = i % TWICE_EVERY === 0 ? byId.get(roster.truth.get(o.id) ?? '') : undefined;
    if (!w || !w.nationalId) return [];
    const id = `${o.id}-card`;
    truth.set(id, w.workerId);
    return [{ ...o, id, name: w.nameKh, nationalId: w.nationalId, nssfNumber: null, sex: w.sex, dateOfBirth: null, source: 'manual' as const, sourceRow: null }];
  });
  return { ...roster, onsite: [...roster.onsite, ...cards], truth };
}
