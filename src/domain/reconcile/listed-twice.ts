import { IntMap } from './int-map';
import { dateNameKey, type Person } from './people';

/**
 * The share of a sheet's rows that plainly repeat another row's person: the same national ID
 * (with no other date of birth), or the same name by key and the same date of birth. Near none
 * on one employer's sheet; a fifth or more where two sheets (a payroll export and an attendance
 * sheet) were put together, and most people on both are written twice.
 *
 * A number shared by rows with other dates is not one person's: young workers without a card
 * of their own give their household's family-book number, brothers and sisters alike. Counted,
 * a sheet where a quarter of the rows give one read as two sheets put together, and hidden
 * siblings went to review as a registered sibling listed again (recall 0.83 on the forty-first
 * bench roster).
 */
export function listedTwice(site: readonly Person[]): number {
  if (site.length === 0) return 0;
  // Each number's first row's date (ymd), or NO_DATE.
  const ids = new Map<string, number>();
  // Name-and-date keys seen: they pass 2^31, which a Set would box.
  const dated = new IntMap(2 * site.length);
  let repeats = 0;
  for (const o of site) {
    let seen = false;
    if (o.nationalId !== null) {
      const first = ids.get(o.nationalId);
      if (first === undefined) ids.set(o.nationalId, o.dob?.ymd ?? NO_DATE);
      else if (first === NO_DATE || o.dob === null || first === o.dob.ymd) seen = true;
    }
    if (o.dob !== null) {
      // Each writing of the name is looked up before any is added: a cell in both scripts is one row.
      for (const n of o.names) if (dated.get(dateNameKey(o.dob.ymd, n.joinedKeyId)) >= 0) seen = true;
      for (const n of o.names) dated.set(dateNameKey(o.dob.ymd, n.joinedKeyId), 1);
    }
    if (seen) repeats++;
  }
  return repeats / site.length;
}

const NO_DATE = -1;
