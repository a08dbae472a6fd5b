import type { OnsiteWorker } from '../../protocol';
import { compareId } from '../reconcile/compare-id';
import { NO_SHARED_VALUES, readId } from '../reconcile/placeholders';

/**
 * The first worker on the list who carries the same national ID or NSSF number as `worker`,
 * however written (spaces, dashes, a label, a dropped leading zero), placeholders such as
 * 000000000 aside (readId, as matching reads them); null if none. One person entered twice,
 * typed in from the ID card and also on the employer's sheet, leaves one row matched and the
 * other for the inspector to rule on: said as the second is added, it is one row removed at once.
 */
export function sameCardOnList(worker: Pick<OnsiteWorker, 'id' | 'nationalId' | 'nssfNumber'>, list: readonly OnsiteWorker[]): OnsiteWorker | null {
  const nid = readId(worker.nationalId, NO_SHARED_VALUES.nationalIds);
  const nssf = readId(worker.nssfNumber, NO_SHARED_VALUES.nssfNumbers);
  if (nid === null && nssf === null) return null;
  return list.find((w) =>
    w.id !== worker.id &&
    (same(nid, readId(w.nationalId, NO_SHARED_VALUES.nationalIds)) || same(nssf, readId(w.nssfNumber, NO_SHARED_VALUES.nssfNumbers)))) ?? null;
}

const same = (id: string | null, other: string | null) => id !== null && compareId(id, other) === 'equal';
