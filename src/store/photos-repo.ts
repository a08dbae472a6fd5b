import { MAX_PHOTO_BYTES, PhotoMeta } from '../protocol';
import { protect, reveal } from './crypto/protect';
import type { HeadcountDb, PhotoRow, StoredPhoto } from './db';
import { InvalidInputError } from './errors';
import { enqueue, sealMutations } from './outbox';
import { writeTx } from './write';

/** Stores a photo, sealed, and queues its description; the bytes are uploaded after everything else. */
export async function addPhoto(db: HeadcountDb, meta: PhotoMeta, blob: Blob): Promise<void> {
  const parsed = PhotoMeta.safeParse({ ...meta, bytes: blob.size });
  if (!parsed.success) throw InvalidInputError.fromZod('photo', parsed.error);
  if (blob.size > MAX_PHOTO_BYTES) throw new InvalidInputError('photo', [{ path: ['bytes'], message: `at most ${MAX_PHOTO_BYTES} bytes` }]);
  const m = parsed.data;
  const vault = db.requireVault();
  const row: StoredPhoto = {
    id: m.id,
    visitId: m.visitId,
    takenAt: m.takenAt,
    uploaded: 0,
    type: blob.type || 'image/jpeg',
    bytes: await vault.sealBytes(await blob.arrayBuffer()),
    ...(await protect(vault, m)),
  };
  const [queued] = await sealMutations(db, [{ type: 'photo.add', visitId: m.visitId, createdAt: m.takenAt, payload: { photo: m } }]);
  await writeTx(db, [db.photos, db.outbox], async () => {
    await db.photos.put(row);
    await enqueue(db, queued);
  });
}

async function open(db: HeadcountDb, rows: StoredPhoto[]): Promise<PhotoRow[]> {
  const vault = db.requireVault();
  return Promise.all(
    rows.map(async (r): Promise<PhotoRow> => {
      const blob = r.bytes ? new Blob([await Promise.resolve(vault.openBytes(r.bytes))], { type: r.type }) : r.blob!;
      return { id: r.id, visitId: r.visitId, uploaded: r.uploaded, meta: await reveal(vault, r), blob };
    }),
  );
}

export async function listPhotos(db: HeadcountDb, visitId: string): Promise<PhotoRow[]> {
  return open(db, await db.photos.where('visitId').equals(visitId).sortBy('takenAt'));
}

export async function photosToUpload(db: HeadcountDb): Promise<PhotoRow[]> {
  return open(db, await db.photos.where('uploaded').equals(0).toArray());
}

export async function markPhotoUploaded(db: HeadcountDb, id: string): Promise<void> {
  await writeTx(db, [db.photos], () => db.photos.update(id, { uploaded: 1 }));
}
