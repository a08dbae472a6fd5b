import { MAX_PHOTO_BYTES, PhotoMeta } from '../protocol';
import type { HeadcountDb, PhotoRow } from './db';
import { InvalidInputError } from './errors';
import { enqueue } from './outbox';
import { writeTx } from './write';

/** Stores a photo and queues its description; the bytes are uploaded after everything else. */
export async function addPhoto(db: HeadcountDb, meta: PhotoMeta, blob: Blob): Promise<void> {
  const parsed = PhotoMeta.safeParse({ ...meta, bytes: blob.size });
  if (!parsed.success) throw InvalidInputError.fromZod('photo', parsed.error);
  if (blob.size > MAX_PHOTO_BYTES) throw new InvalidInputError('photo', [{ path: ['bytes'], message: `at most ${MAX_PHOTO_BYTES} bytes` }]);
  const m = parsed.data;
  await writeTx(db, [db.photos, db.outbox], async () => {
    await db.photos.put({ id: m.id, visitId: m.visitId, meta: m, blob, uploaded: 0 });
    await enqueue(db, { type: 'photo.add', visitId: m.visitId, createdAt: m.takenAt, payload: { photo: m } });
  });
}

export function listPhotos(db: HeadcountDb, visitId: string): Promise<PhotoRow[]> {
  return db.photos.where('visitId').equals(visitId).sortBy('meta.takenAt');
}

export function photosToUpload(db: HeadcountDb): Promise<PhotoRow[]> {
  return db.photos.where('uploaded').equals(0).toArray();
}

export async function markPhotoUploaded(db: HeadcountDb, id: string): Promise<void> {
  await writeTx(db, [db.photos], () => db.photos.update(id, { uploaded: 1 }));
}
