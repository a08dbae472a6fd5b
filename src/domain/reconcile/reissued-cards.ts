import { compareId } from './compare-id';
import { dateNameKey, type Person } from './people';

/**
 * How often a sheet's card numbers differ outright from the register's for rows that are plainly
 * the registered worker (the same name by key, the same date of birth). Both lists copy one
 * card, so this is next to never; where cards were re-issued with new numbers after the
 * register was made, it is one row in six. NATIONAL_ID.differs is then no longer 2,000 to 1
 * against (score.ts reads this).
 */
export interface CardsReissued {
  /** Rows plainly a registered worker whose number differs from theirs outright. */
  differ: number;
  /** Such rows whose number is theirs, or a slip from it. */
  agree: number;
}

export const NO_REISSUE: CardsReissued = { differ: 0, agree: 0 };

/** Counts CardsReissued for the national ID column; only a registered worker with a date and a card number counts, and only if one alone has that name and date. */
export function cardsReissued(site: readonly Person[], registered: readonly Person[]): CardsReissued {
  const byKey = new Map<number, Person | null>();
  for (const r of registered) {
    if (r.dob === null || r.nationalId === null) continue;
    for (const n of r.names) {
      for (const id of n.rotationIds) {
        const key = dateNameKey(r.dob.ymd, id);
        const held = byKey.get(key);
        byKey.set(key, held === undefined || held === r ? r : null);
      }
    }
  }
  let differ = 0;
  let agree = 0;
  for (const o of site) {
    if (o.dob === null || o.nationalId === null) continue;
    let r: Person | null | undefined;
    for (const n of o.names) if ((r = byKey.get(dateNameKey(o.dob.ymd, n.joinedKeyId)))) break;
    if (!r) continue;
    // The worker's NSSF number in the card's column is the two columns swapped, not a new card.
    if (compareId(o.nationalId, r.nationalId!) === 'differs' && (r.nssfNumber === null || compareId(o.nationalId, r.nssfNumber) === 'differs')) differ++;
    else agree++;
  }
  return { differ, agree };
}
