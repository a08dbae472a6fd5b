import { z } from 'zod';
import { IsoDateTime, Uuid } from './common';

/** A compressed photo is well under this; anything bigger is refused rather than filling the phone. */
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

/** A photo taken as evidence; its bytes follow separately, after the rest of the visit has synced. */
export const PhotoMeta = z.object({
  id: Uuid,
  visitId: z.string().min(1),
  noticeId: Uuid.nullable(),
  takenAt: IsoDateTime,
  /** Only when the inspector allowed location for this photo. */
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  accuracyM: z.number().nonnegative().nullable(),
  mime: z.enum(['image/jpeg', 'image/webp']),
  bytes: z.number().int().positive().max(MAX_PHOTO_BYTES),
  caption: z.string().max(500),
});
export type PhotoMeta = z.infer<typeof PhotoMeta>;

/** Notice numbers the server set aside for one inspector, usable with no network; never issued twice. */
export const NumberBlock = z.object({
  inspectorCode: z.string().min(1),
  year: z.number().int().min(2000).max(2100),
  from: z.number().int().positive(),
  to: z.number().int().positive(),
  reservedAt: IsoDateTime,
});
export type NumberBlock = z.infer<typeof NumberBlock>;

export const NoticeVerification = z.object({
  found: z.boolean(),
  number: z.string().nullable(),
  employerName: z.string().nullable(),
  issuedAt: z.string().nullable(),
  totalRiel: z.number().int().nullable(),
  supersededBy: z.string().nullable(),
});
export type NoticeVerification = z.infer<typeof NoticeVerification>;
