import type { Person } from './people';

/**
 * How often a sheet gives a registered worker's very card or NSSF number and date of birth under
 * a name sharing no word and no sound with theirs. Both lists copy one card, so this is next to
 * never; where a supervisor lists workers by the nicknames they go by (Pov, Touch, Srey Neang),
 * it is a row in ten or more. NAME.differs is then no longer 1,000 to 1 against (score.ts reads this). Tied by a
 * number and a date together: a date alone is someone's by chance on a large register, and a
 * number alone may be a card lent to a newcomer.
 */
export interface NamesApart {
  /** Rows so tied whose name shares no word and no sound with the worker's. */
  apart: number;
  /** Rows so tied. */
  tied: number;
}

/** `ties`: rows beside the worker their number ties them to (datedTies); `differ`: whether two people's names share no word and no sound (Scorer.namesDiffer). */
export function namesApart(ties: readonly (readonly [Person, Person])[], differ: (o: Person, r: Person) => boolean): NamesApart {
  let apart = 0;
  let tied = 0;
  for (const [o, r] of ties) {
    if (r.dob!.ymd !== o.dob!.ymd) continue;
    tied++;
    if (differ(o, r)) apart++;
  }
  return { apart, tied };
}
