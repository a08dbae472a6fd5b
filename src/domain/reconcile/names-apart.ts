import type { Person } from './people';

/**
 * How often a sheet gives a registered worker's very card or NSSF number and date of birth under
 * a name sharing no word and no sound with theirs. Both lists copy one card, so this is next to never; where
 * a supervisor lists workers by the nicknames they go by (Pov, Touch, Srey Neang), it is a row in
 * ten or more. NAME.differs is then no longer 1,000 to 1 against (score.ts reads this). Tied by a
 * number and a date together: a date alone is someone's by chance on a large register, and a
 * number alone may be a card lent to a newcomer.
 */
export interface NamesApart {
  /** Rows so tied whose name shares no word and no sound with the worker's. */
  apart: number;
  /** Rows so tied. */
  tied: number;
}

/** `differ`: whether two people's names share no word and no sound (Scorer.namesDiffer). */
export function namesApart(site: readonly Person[], registered: readonly Person[], differ: (o: Person, r: Person) => boolean): NamesApart {
  // Each number's one holder with a date, or null where several hold it.
  const holders = new Map<string, Person | null>();
  const hold = (id: string | null, r: Person) => {
    if (id === null) return;
    const held = holders.get(id);
    holders.set(id, held === undefined || held === r ? r : null);
  };
  for (const r of registered) {
    if (r.dob === null) continue;
    hold(r.nationalId, r);
    hold(r.nssfNumber, r);
  }
  let apart = 0;
  let tied = 0;
  for (const o of site) {
    if (o.dob === null) continue;
    const r = holderOf(o.nationalId, holders) ?? holderOf(o.nssfNumber, holders);
    if (!r || r.dob!.ymd !== o.dob.ymd) continue;
    tied++;
    if (differ(o, r)) apart++;
  }
  return { apart, tied };
}

const holderOf = (id: string | null, holders: Map<string, Person | null>): Person | null => (id === null ? null : (holders.get(id) ?? null));

