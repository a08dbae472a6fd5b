import { compareDob } from './compare-dob';
import { onlyHolder, type IdIndex, type RegisterIds } from './id-index';
import type { Person } from './people';

/**
 * How often a sheet gives a registered worker's very card or NSSF number, under their name, with
 * another day and month of birth in the same year. Both lists copy one card, so this is next to
 * never (a slip in the day and another in the month); where workers do not know their birthday
 * and tell the employer another one (the one they keep, one off a family book, 1 January or 15
 * June by a clerk's habit), as many rural Cambodians born before birth registration do, it is a
 * row in six. DOB.sameYear is then no longer 60 to 1 against (score.ts reads this). Tied by a
 * number and a name together: a number alone may be a card lent to a newcomer.
 */
export interface BirthdaysApart {
  /** Rows so tied whose date is in the worker's year, on another day and month (DobAgreement sameYear). */
  apart: number;
  /** Rows so tied, with a date on both lists. */
  tied: number;
}

/** `ids`: the register's numbers, indexed (indexIds); `close`: whether two people's names are close (Scorer.namesClose). */
export function birthdaysApart(site: readonly Person[], registered: readonly Person[], ids: RegisterIds, close: (o: Person, r: Person) => boolean): BirthdaysApart {
  let apart = 0;
  let tied = 0;
  for (const o of site) {
    if (o.dob === null) continue;
    let ri = holderOf(o.nationalId, ids.nationalIds);
    if (ri < 0) ri = holderOf(o.nssfNumber, ids.nssfNumbers);
    if (ri < 0) continue;
    const r = registered[ri];
    if (r.dob === null || !close(o, r)) continue;
    tied++;
    if (compareDob(o.dob, r.dob) === 'sameYear') apart++;
  }
  return { apart, tied };
}

const holderOf = (id: string | null, index: IdIndex): number => (id === null ? -1 : onlyHolder(index, id));
