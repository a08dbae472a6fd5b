import { z } from 'zod';

/** Bumped when a change to these schemas would break an older client or server. */
export const PROTOCOL_VERSION = 1;
/** The oldest client protocol this server still accepts; older apps are told to update (426). */
export const MIN_PROTOCOL_VERSION = 1;
/** Every request names its protocol version here, so a server can turn away a too-old app early. */
export const PROTOCOL_HEADER = 'x-headcount-protocol';
/** Every request from the app names its device, so a device a supervisor revoked can be told to wipe. */
export const CLIENT_HEADER = 'x-headcount-client';

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
export const IsoDateTime = z.string().datetime({ offset: true });
export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM');
export const Uuid = z.string().uuid();
export const Sex = z.enum(['F', 'M']);
export const Riel = z.number().int().nonnegative();

export const ApiError = z.object({
  error: z.string(),
  message: z.string(),
  issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })).optional(),
});
export type ApiError = z.infer<typeof ApiError>;
