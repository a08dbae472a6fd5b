import { compareId } from './compare-id';
import { IntMap } from './int-map';
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
  // Name-and-date key → the one registered worker (index) who has it, or SEVERAL. Keys pass 2^31, which a Map would box.
  const byKey = new IntMap(4 * registered.length);
  for (let ri = 0; ri < registered.length; ri++) {
    const r = registered[ri];
    if (r.dob === null || r.nationalId === null) continue;
    for (const n of r.names) {
      for (const id of n.rotationIds) {
        const key = dateNameKey(r.dob.ymd, id);
        const held = byKey.get(key);
        if (held !== ri) byKey.set(key, held === NONE ? ri : SEVERAL);
      }
    }
  }
  let differ = 0;
  let agree = 0;
  for (const o of site) {
    if (o.dob === null || o.nationalId === null) continue;
    let ri = NONE;
    for (const n of o.names) if ((ri = byKey.get(dateNameKey(o.dob.ymd, n.joinedKeyId))) >= 0) break;
    if (ri < 0) continue;
    const r = registered[ri];
    // The worker's NSSF number in the card's column is the two columns swapped, not a new card.
    if (compareId(o.nationalId, r.nationalId!) === 'differs' && (r.nssfNumber === null || compareId(o.nationalId, r.nssfNumber) === 'differs')) differ++;
    else agree++;
  }
  return { differ, agree };
}

/** IntMap.get for a key it does not hold. */
const NONE = -1;
/** A name and date two registered workers or more have. */
const SEVERAL = -2;
