import type { OnsiteWorker } from '../../protocol';
import { normalizeId } from '../names/normalize';
import { compareId } from '../reconcile/compare-id';
import { placeholderId } from '../reconcile/placeholders';

/**
 * The first worker on the list who carries the same national ID or NSSF number as `worker`,
 * however written (spaces, dashes, a label, a dropped leading zero), placeholders such as
 * 000000000 aside; null if none. One person entered twice, typed in from the ID card and also
 * on the employer's sheet, leaves one row matched and the other for the inspector to rule on:
 * said as the second is added, it is one row removed at once.
 */
export function sameCardOnList(worker: Pick<OnsiteWorker, 'id' | 'nationalId' | 'nssfNumber'>, list: readonly OnsiteWorker[]): OnsiteWorker | null {
  const nid = cardNumber(worker.nationalId);
  const nssf = cardNumber(worker.nssfNumber);
  if (nid === null && nssf === null) return null;
  return list.find((w) => w.id !== worker.id && (same(nid, w.nationalId) || same(nssf, w.nssfNumber))) ?? null;
}

const cardNumber = (raw: string | null): string | null => {
  const id = normalizeId(raw);
  return id === null || placeholderId(id) ? null : id;
};

const same = (id: string | null, raw: string | null) => id !== null && compareId(id, cardNumber(raw)) === 'equal';
