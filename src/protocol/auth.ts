import { z } from 'zod';

export const Role = z.enum(['inspector', 'supervisor']);
export type Role = z.infer<typeof Role>;

export const SignInRequest = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});
export type SignInRequest = z.infer<typeof SignInRequest>;

export const SessionUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: Role,
  /** Short code printed on notices, e.g. "PP-014". */
  inspectorCode: z.string(),
});
export type SessionUser = z.infer<typeof SessionUser>;

export const SignInResponse = z.object({
  token: z.string().min(20),
  expiresAt: z.string(),
  user: SessionUser,
});
export type SignInResponse = z.infer<typeof SignInResponse>;

/**
 * The server's half of a phone's encryption: a random key, one per inspector and phone, that wraps
 * the phone's data key. The phone never stores it, so a thief with the phone but no password
 * cannot use it; a supervisor revoking the phone deletes it, so its data can never be opened again.
 */
export const DeviceKeyResponse = z.object({
  /** 32 bytes, base64. */
  key: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'a base64-encoded 32-byte key'),
});
export type DeviceKeyResponse = z.infer<typeof DeviceKeyResponse>;
