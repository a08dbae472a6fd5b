import { createHash, randomBytes } from 'node:crypto';
import type { SessionUser } from '../../protocol';
import type { Queryable } from '../db/db';

/** Inspectors may stay offline in the provinces for days; two weeks outlasts a field trip. */
export const SESSION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;
const TOKEN_BYTES = 32;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: 'inspector' | 'supervisor';
  inspector_code: string;
}

export const USER_COLUMNS = 'u.id, u.username, u.display_name, u.role, u.inspector_code';

export function toSessionUser(row: UserRow): SessionUser {
  return { id: row.id, username: row.username, displayName: row.display_name, role: row.role, inspectorCode: row.inspector_code };
}

export async function createSession(db: Queryable, userId: string, options: { clientId?: string | null; now?: Date } = {}) {
  const now = options.now ?? new Date();
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await db.query('INSERT INTO sessions (token_hash, user_id, expires_at, client_id) VALUES ($1, $2, $3, $4)', [
    hashToken(token),
    userId,
    expiresAt.toISOString(),
    options.clientId ?? null,
  ]);
  return { token, expiresAt: expiresAt.toISOString() };
}

/**
 * What a token is worth. 'revoked' (a supervisor revoked the device or the inspector) tells the
 * phone to wipe itself; 'ended' (expired or signed out) and 'unknown' only ask for a new sign-in.
 */
export type SessionLookup =
  | { status: 'live'; user: SessionUser; clientId: string | null }
  | { status: 'unknown' | 'ended' | 'revoked' };

export async function lookupSession(db: Queryable, token: string): Promise<SessionLookup> {
  const rows = await db.query<UserRow & { live: boolean; revoked_reason: string | null; disabled: boolean; client_id: string | null }>(
    `SELECT ${USER_COLUMNS}, s.client_id, s.revoked_reason, u.disabled_at IS NOT NULL AS disabled,
            NOT s.revoked AND s.expires_at > now() AS live
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = $1`,
    [hashToken(token)],
  );
  const row = rows[0];
  if (!row) return { status: 'unknown' };
  if (row.disabled || row.revoked_reason === 'device' || row.revoked_reason === 'inspector') return { status: 'revoked' };
  if (!row.live) return { status: 'ended' };
  return { status: 'live', user: toSessionUser(row), clientId: row.client_id };
}

/** The user behind a live token, or null when it is unknown, revoked or expired. */
export async function findSessionUser(db: Queryable, token: string): Promise<SessionUser | null> {
  const found = await lookupSession(db, token);
  return found.status === 'live' ? found.user : null;
}

/** Sessions opened before the phone sent its clientId learn it on first sight, so revoking the device reaches them too. */
export async function noteSessionClient(db: Queryable, token: string, clientId: string): Promise<void> {
  await db.query('UPDATE sessions SET client_id = $2 WHERE token_hash = $1 AND client_id IS NULL', [hashToken(token), clientId]);
}

export async function revokeSession(db: Queryable, token: string): Promise<void> {
  await db.query(`UPDATE sessions SET revoked = true, revoked_reason = 'sign_out' WHERE token_hash = $1 AND NOT revoked`, [hashToken(token)]);
}
