import { Rank } from './name-code';
import type { Person } from './people';

/**
 * How often a sheet gives a registered worker's very card or NSSF number and date of birth under
 * a name sharing no word and no sound with theirs, or one word alone. Both lists copy one card,
 * so this is next to never; where a supervisor lists workers by the nicknames they go by (Pov,
 * Touch, Srey Neang), or a phone's keyboard put another given name in for theirs, it is a row
 * in ten or more. NAME.differs is then no longer 1,000 to 1 against, nor one word alone 200 to
 * 1 (score.ts reads this). Tied by a number and a date together: a date alone is someone's by
 * chance on a large register, and a number alone may be a card lent to a newcomer.
 */
export interface NamesApart {
  /** Rows so tied whose name shares no word and no sound with the worker's. */
  apart: number;
  /** Rows so tied whose name shares one word with the worker's and gives another name, or a spelling beyond reach, for the rest (NAME.otherName, NAME.partial). */
  another: number;
  /** Rows so tied. */
  tied: number;
}

/** `ties`: rows beside the worker their number ties them to (datedTies); `rank`: how two people's names agree (Scorer.writtenRank). */
export function namesApart(ties: readonly (readonly [Person, Person])[], rank: (o: Person, r: Person) => Rank | null): NamesApart {
  let apart = 0;
  let another = 0;
  let tied = 0;
  for (const [o, r] of ties) {
    if (r.dob!.ymd !== o.dob!.ymd) continue;
    tied++;
    const level = rank(o, r);
    if (level === Rank.Differs) apart++;
    else if (level === Rank.OtherName || level === Rank.Partial) another++;
  }
  return { apart, another, tied };
}
