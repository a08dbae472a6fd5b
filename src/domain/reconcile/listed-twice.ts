import { dateNameKey, type Person } from './people';

/**
 * The share of a sheet's rows that plainly repeat another row's person: the same national ID,
 * or the same name by key and the same date of birth. Near none on one employer's sheet; a
 * fifth or more where two sheets (a payroll export and an attendance sheet) were put together,
 * and most people on both are written twice.
 */
export function listedTwice(site: readonly Person[]): number {
  if (site.length === 0) return 0;
  const ids = new Set<string>();
  const dated = new Set<number>();
  let repeats = 0;
  for (const o of site) {
    let seen = false;
    if (o.nationalId !== null) {
      if (ids.has(o.nationalId)) seen = true;
      else ids.add(o.nationalId);
    }
    if (o.dob !== null) {
      // Each writing of the name is looked up before any is added: a cell in both scripts is one row.
      for (const n of o.names) if (dated.has(dateNameKey(o.dob.ymd, n.joinedKeyId))) seen = true;
      for (const n of o.names) dated.add(dateNameKey(o.dob.ymd, n.joinedKeyId));
    }
    if (seen) repeats++;
  }
  return repeats / site.length;
}
