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
