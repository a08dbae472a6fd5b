import { hasKhmer } from './khmer-letters';

const LATIN = /\p{Script=Latin}/u;
const LATIN_RUNS = /\p{Script=Latin}+/gu;
/** Khmer letters, marks and signs, and the Khmer symbols block. */
const KHMER_RUNS = /[\u1780-\u17ff\u19e0-\u19ff]+/g;

/**
 * A name written in both scripts in one cell, as payroll sheets do ("សុខ ដារ៉ា (SOK DARA)",
 * "SOK DARA / សុខ ដារ៉ា"), as its Khmer and its Latin writing, Khmer first; any other name as
 * itself. Read whole, such a name has twice the words of either writing, and compares with
 * neither.
 */
export function scriptParts(raw: string): string[] {
  if (!hasKhmer(raw) || !LATIN.test(raw)) return [raw];
  return [raw.replace(LATIN_RUNS, ' '), raw.replace(KHMER_RUNS, ' ')];
}
