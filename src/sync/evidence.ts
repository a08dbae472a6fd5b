import { getNumberBlocks, getUsedNumbers, addNumberBlock, markPhotoUploaded, outboxCounts, photosToUpload, type HeadcountDb } from '../store';
import type { ApiClient } from './api';
import { needsMoreNumbers } from '../domain/notice/number';

/** Below this many unused notice numbers, a sync reserves another block while the network is there. */
export const MIN_SPARE_NUMBERS = 10;

export async function topUpNumbers(db: HeadcountDb, api: ApiClient, now = new Date()): Promise<void> {
  if (needsMoreNumbers(await getNumberBlocks(db), await getUsedNumbers(db), now.getFullYear(), MIN_SPARE_NUMBERS)) {
    await addNumberBlock(db, await api.reserveNumbers());
  }
}

/**
 * Photo bytes go last, once the outbox is empty: their descriptions (and the notices that cite
 * them) are on the server first, and a slow upload never holds back the findings.
 */
export async function uploadPhotos(db: HeadcountDb, api: ApiClient): Promise<number> {
  if ((await outboxCounts(db)).pending > 0) return 0;
  let sent = 0;
  for (const photo of await photosToUpload(db)) {
    await api.uploadPhoto(photo.id, photo.blob);
    await markPhotoUploaded(db, photo.id);
    sent++;
  }
  return sent;
}
