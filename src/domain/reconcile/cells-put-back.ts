import type { OnsiteWorker } from '../../protocol';
import { parseDate } from '../roster/fields';
import type { ReasonCode } from './reasons';

/** An on-site row's cells as matching reads them, and what was read otherwise than written. */
export interface Cells {
  name: string;
  nationalId: string | null;
  nssfNumber: string | null;
  dateOfBirth: string | null;
  notes: ReasonCode[];
}

const LETTER = /\p{L}/u;
const DIGIT = /\d/;
/** A date written with separators, day first or ISO: never an ID number, which has none but spaces or dashes in groups of three or more. */
const WRITTEN_DATE = /^\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{1,2}-\d{1,2})\s*$/;

/**
 * A row's cells put back where a sheet pasted them into the wrong columns, as a person reading
 * it would: a name of digits beside an ID of letters are the two swapped; a date in an ID column
 * with no date of birth given is the date of birth. Copy-paste shifts a block of rows so; read
 * as written, such a row had no name and an ID of no shape, and its worker was flagged hidden.
 */
export function putBack(o: OnsiteWorker): Cells {
  let { name, nationalId, nssfNumber, dateOfBirth } = o;
  const notes: ReasonCode[] = [];
  if (!LETTER.test(name) && DIGIT.test(name)) {
    if (nationalId !== null && LETTER.test(nationalId)) [name, nationalId] = [nationalId, name];
    else if (nssfNumber !== null && LETTER.test(nssfNumber)) [name, nssfNumber] = [nssfNumber, name];
    if (name !== o.name) notes.push('name.inIdColumn');
  }
  if (dateOfBirth === null) {
    const fromNssf = dateIn(nssfNumber);
    const fromNid = fromNssf === null ? dateIn(nationalId) : null;
    if (fromNssf !== null) [dateOfBirth, nssfNumber] = [fromNssf, null];
    else if (fromNid !== null) [dateOfBirth, nationalId] = [fromNid, null];
    if (dateOfBirth !== null) notes.push('dob.inIdColumn');
  }
  return { name, nationalId, nssfNumber, dateOfBirth, notes };
}

function dateIn(cell: string | null): string | null {
  if (cell === null || !WRITTEN_DATE.test(cell)) return null;
  const read = parseDate(cell);
  return read.ok ? read.value : null;
}
