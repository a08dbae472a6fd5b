import { compareDob } from './compare-dob';
import type { Person } from './people';

/**
 * How often a sheet gives a registered worker's very card or NSSF number, under their name, with
 * another day and month of birth in the same year. Both lists copy one card, so this is next to
 * never (a slip in the day and another in the month); where workers do not know their birthday
 * and tell the employer another one (the one they keep, one off a family book, 1 January or 15
 * June by a clerk's habit), as many rural Cambodians born before birth registration do, it is a
 * row in six, and some give a year off as well. DOB.sameYear is then no longer 60 to 1 against,
 * nor nearYear 2,000 to 1 (score.ts reads this). Tied by a number and a name together: a number
 * alone may be a card lent to a newcomer.
 */
export interface BirthdaysApart {
  /** Rows so tied whose date is in the worker's year, on another day and month (DobAgreement sameYear). */
  sameYear: number;
  /** Rows so tied whose date is a year from the worker's, on another day and month (nearYear): the year not known either. */
  nearYear: number;
  /** Rows so tied, with a date on both lists. */
  tied: number;
}

/** `ties`: rows beside the worker their number ties them to (datedTies) whose names are close (Scorer.namesClose). */
export function birthdaysApart(ties: readonly (readonly [Person, Person])[]): BirthdaysApart {
  let sameYear = 0;
  let nearYear = 0;
  for (const [o, r] of ties) {
    const level = compareDob(o.dob, r.dob);
    if (level === 'sameYear') sameYear++;
    else if (level === 'nearYear') nearYear++;
  }
  return { sameYear, nearYear, tied: ties.length };
}
