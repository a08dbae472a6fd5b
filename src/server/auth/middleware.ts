import type { MiddlewareHandler } from 'hono';
import type { SessionUser } from '../../protocol';
import type { Db } from '../db/db';
import { HttpError } from '../http/errors';
import { requestClientId, revokedError } from './revocation';
import { lookupSession, noteSessionClient } from './sessions';

export type AuthEnv = { Variables: { user: SessionUser; token: string } };

export function bearerToken(header: string | undefined): string | null {
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match ? match[1] : null;
}

/**
 * Rejects with 401 unless the request carries a live session token; sets c.var.user.
 * A token a supervisor revoked (device or inspector) gets 401 'revoked', which wipes the phone;
 * an expired or signed-out one gets 401 'unauthorized', which only asks for a new sign-in.
 */
export function requireAuth(db: Db): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const token = bearerToken(c.req.header('Authorization'));
    if (!token) throw new HttpError(401, 'unauthorized', 'Sign in first: missing Bearer token');
    const found = await lookupSession(db, token);
    if (found.status === 'revoked') throw revokedError();
    if (found.status !== 'live') throw new HttpError(401, 'unauthorized', 'Session is invalid, revoked or expired; sign in again');
    const clientId = requestClientId(c);
    if (clientId && !found.clientId) await noteSessionClient(db, token, clientId);
    c.set('user', found.user);
    c.set('token', token);
    await next();
  };
}

export function requireRole(role: SessionUser['role']): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    if (c.var.user.role !== role) throw new HttpError(403, 'forbidden', `Only a ${role} may do this`);
    await next();
  };
}
