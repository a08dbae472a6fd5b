import { dobBlockKey } from './compare-dob';
import { onlyHolder, type IdIndex, type RegisterIds } from './id-index';
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
 * to check (engine.ts idHeld); so is one a slip from the number of a worker who shares a word of
 * the row's name (slipOfOwn).
 *
 * Returns, by index into `site`, the rows with such numbers and which ones.
 */
export function othersNumbers(site: readonly Person[], registered: readonly Person[], ids: RegisterIds): Map<number, OthersNumbers> {
  const out = new Map<number, OthersNumbers>();
  // The rows whose number a registered worker holds who is not the row by name or date.
  const suspects: Suspect[] = [];
  for (const field of FIELDS) {
    const index = field === 'nationalId' ? ids.nationalIds : ids.nssfNumbers;
    site.forEach((o, row) => {
      const n = o[field];
      const ri = n === null ? -1 : onlyHolder(index, n);
      const x = ri < 0 ? null : registered[ri];
      if (x === null || x.dob === null || sharesName(o, x) || (o.dob !== null && dobBlockKey(o.dob) === dobBlockKey(x.dob))) return;
      suspects.push({ row, field, x, index });
    });
  }
  if (suspects.length === 0) return out;
  const named = rowsNaming(site, suspects);
  for (const { row, field, x, index } of suspects) {
    if (!namedElsewhere(x, row, named) || slipOfOwn(site[row], site[row][field]!, index, registered)) continue;
    const numbers = out.get(row) ?? { nationalId: false, nssfNumber: false };
    numbers[field] = true;
    out.set(row, numbers);
  }
  return out;
}

const FIELDS = ['nationalId', 'nssfNumber'] as const;

/** A row whose number `field` the registered worker x holds, x being no spelling of its name nor of its date. */
interface Suspect {
  row: number;
  field: (typeof FIELDS)[number];
  x: Person;
  index: IdIndex;
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

/** Whether two people's names share a word, by key. */
function sharesWord(a: Person, b: Person): boolean {
  for (const x of a.names) for (const y of b.names) for (const id of x.keyIds) if (y.keyIds.includes(id)) return true;
  return false;
}

/** Whether a row other than `row` gives x's name (a spelling of it) and date (or its day/month swap). */
function namedElsewhere(x: Person, row: number, named: Map<number, number>): boolean {
  const day = dobBlockKey(x.dob!);
  for (const n of x.names) {
    if (n.ringId < 0) continue;
    const other = named.get(fitKey(n.ringId, day));
    if (other !== undefined && other !== UNSEEN && other !== row) return true;
  }
  return false;
}

/** For each suspect's holder's name ring and date, the one row that gives them, SEVERAL, or UNSEEN. */
function rowsNaming(site: readonly Person[], suspects: readonly Suspect[]): Map<number, number> {
  const by = new Map<number, number>();
  for (const { x } of suspects) for (const n of x.names) if (n.ringId >= 0) by.set(fitKey(n.ringId, dobBlockKey(x.dob!)), UNSEEN);
  site.forEach((o, i) => {
    if (o.dob === null) return;
    const day = dobBlockKey(o.dob);
    for (const n of o.names) {
      if (n.ringId < 0) continue;
      const key = fitKey(n.ringId, day);
      const first = by.get(key);
      if (first !== undefined) by.set(key, first === UNSEEN || first === i ? i : SEVERAL);
    }
  });
  return by;
}
/** More than one row: one of them is another than any row asking. */
const SEVERAL = -1;
/** No row yet. */
const UNSEEN = -2;

/** A name ring with a date's block key (below 2^22), as one number. */
const fitKey = (ringId: number, day: number) => ringId * 4_194_304 + day;

/** Whether two people share a name in some spelling (a ring). */
function sharesName(a: Person, b: Person): boolean {
  for (const x of a.names) for (const y of b.names) if (x.ringId >= 0 && x.ringId === y.ringId) return true;
  return false;
}
