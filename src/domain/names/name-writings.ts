import { hasKhmer } from './khmer-letters';

const LATIN = /\p{Script=Latin}/u;
const LATIN_RUNS = /\p{Script=Latin}+/gu;
/** Khmer letters, marks and signs, and the Khmer symbols block. */
const KHMER_RUNS = /[\u1780-\u17ff\u19e0-\u19ff]+/g;
/** A part of the cell in brackets, round or square, half- or full-width. */
const BRACKETED = /[([（［]([^()[\]（）［］]*)[)\]）］]/g;
const LETTER = /\p{L}/u;

/**
 * The writings of one name cell, each to be compared on its own, a pair agreeing as well as its
 * better writing does:
 * - a name written in both scripts, as payroll sheets do ("សុខ ដារ៉ា (SOK DARA)", "SOK DARA /
 *   សុខ ដារ៉ា"): its Khmer and its Latin writing, Khmer first;
 * - a name with a part in brackets in the same script ("UK MEALEA (Oun)", "Dara (Sok Dara)"): the
 *   name outside the brackets, then each part inside, which a clerk adds as a nickname, an alias
 *   or the name in full;
 * - any other name as itself.
 * Read whole, such a cell has more words than the worker's name, and agrees with it only in part.
 */
export function nameWritings(raw: string): string[] {
  if (hasKhmer(raw) && LATIN.test(raw)) return [raw.replace(LATIN_RUNS, ' '), raw.replace(KHMER_RUNS, ' ')];
  const outside = raw.replace(BRACKETED, ' ');
  if (outside === raw || !LETTER.test(outside)) return [raw];
  return [outside, ...[...raw.matchAll(BRACKETED)].map((m) => m[1]).filter((part) => LETTER.test(part))];
}
