import { dobBlockKey } from './compare-dob';
import { IdIndex } from './id-index';
import type { Person } from './people';

/** Which of a row's ID numbers are another worker's: read as not given. */
export interface OthersNumbers {
  nationalId: boolean;
  nssfNumber: boolean;
}

/**
 * The ID numbers on on-site rows that plainly belong to another worker on the floor: the number
 * is a registered worker's whose name and date of birth are not the row's (no spelling of one
 * name, nor the date or its day/month swap), while another row on the sheet has that worker's
 * name and date. So a spreadsheet shows when one column was sorted or pasted a row or two off
 * the others: each row of the block carries a neighbour's numbers beside its own name and date.
 * A careful reader takes the name and the date, and reads the number as not given; so does the
 * engine, rather than count a number that is someone else's against the row's own worker (a
 * wrongful hidden flag) or for that someone (a match the name and date deny). A number whose
 * holder no other row names (a leaver's card lent to a newcomer) is kept: that is for a person
 * to check (engine.ts idHeld).
 *
 * Returns, by index into `site`, the rows with such numbers and which ones.
 */
export function othersNumbers(site: readonly Person[], registered: readonly Person[]): Map<number, OthersNumbers> {
  const out = new Map<number, OthersNumbers>();
  if (!site.some((o) => o.nationalId !== null || o.nssfNumber !== null)) return out;
  const nationalIds = idIndex(registered, (r) => r.nationalId);
  const nssfNumbers = idIndex(registered, (r) => r.nssfNumber);
  // Built only when some row's number is held by a worker whose name and date are not the row's.
  let fitting: Map<number, number[]> | undefined;
  const anothers = (o: Person, i: number, n: string | null, index: IdIndex): boolean => {
    if (n === null) return false;
    const x = onlyHolder(index, n, registered);
    if (x === null || x.dob === null || sharesName(o, x) || (o.dob !== null && dobBlockKey(o.dob) === dobBlockKey(x.dob))) return false;
    return namedElsewhere(x, i, (fitting ??= rowsByNameAndDate(site))) && !slipOfOwn(o, n, index, registered);
  };
  site.forEach((o, i) => {
    const nationalId = anothers(o, i, o.nationalId, nationalIds);
    const nssfNumber = anothers(o, i, o.nssfNumber, nssfNumbers);
    if (nationalId || nssfNumber) out.set(i, { nationalId, nssfNumber });
  });
  return out;
}

/** The same row without the numbers that are another's. */
export const withoutOthers = (o: Person, others: OthersNumbers): Person => ({
  ...o,
  nationalId: others.nationalId ? null : o.nationalId,
  nssfNumber: others.nssfNumber ? null : o.nssfNumber,
});

/**
 * Whether the number is one slip from the number of a registered worker who shares a word of
 * the row's name: NSSF numbers are issued in runs, so a slip in one often lands on a
 * colleague's very number, and the slip, not the colleague, is the row's.
 */
function slipOfOwn(o: Person, n: string, index: IdIndex, registered: readonly Person[]): boolean {
  let own = false;
  index.forEachSlip(n, (ri) => {
    if (!own && sharesWord(o, registered[ri])) own = true;
  });
  return own;
}

function idIndex(registered: readonly Person[], number: (r: Person) => string | null): IdIndex {
  const index = new IdIndex(Math.max(registered.length, 1));
  registered.forEach((r, ri) => {
    const n = number(r);
    if (n !== null) index.add(n, ri);
  });
  return index;
}

/** Whether two people's names share a word, by key. */
function sharesWord(a: Person, b: Person): boolean {
  for (const x of a.names) for (const y of b.names) for (const id of x.keyIds) if (y.keyIds.includes(id)) return true;
  return false;
}

/** The one registered worker holding number n, or null if none or several do (a number several hold names no one). */
function onlyHolder(index: IdIndex, n: string, registered: readonly Person[]): Person | null {
  let holder = -1;
  let count = 0;
  index.forEachHolder(n, (ri) => {
    holder = ri;
    count++;
  });
  return count === 1 ? registered[holder] : null;
}

/** Whether a row other than `row` gives x's name (a spelling of it) and date (or its day/month swap). */
function namedElsewhere(x: Person, row: number, fitting: Map<number, number[]>): boolean {
  const day = dobBlockKey(x.dob!);
  for (const n of x.names) {
    if (n.ringId < 0) continue;
    for (const other of fitting.get(fitKey(n.ringId, day)) ?? []) if (other !== row) return true;
  }
  return false;
}

/** On-site rows by each of their names' rings with their date of birth (equal for a day/month swap). */
function rowsByNameAndDate(site: readonly Person[]): Map<number, number[]> {
  const by = new Map<number, number[]>();
  site.forEach((o, i) => {
    if (o.dob === null) return;
    const day = dobBlockKey(o.dob);
    for (const n of o.names) {
      if (n.ringId < 0) continue;
      const key = fitKey(n.ringId, day);
      const list = by.get(key);
      if (list) list.push(i);
      else by.set(key, [i]);
    }
  });
  return by;
}

/** A name ring with a date's block key (below 2^22), as one number. */
const fitKey = (ringId: number, day: number) => ringId * 4_194_304 + day;

/** Whether two people share a name in some spelling (a ring). */
function sharesName(a: Person, b: Person): boolean {
  for (const x of a.names) for (const y of b.names) if (x.ringId >= 0 && x.ringId === y.ringId) return true;
  return false;
}
