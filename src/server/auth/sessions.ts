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

export async function createSession(db: Queryable, userId: string, now = new Date()) {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await db.query('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [
    hashToken(token),
    userId,
    expiresAt.toISOString(),
  ]);
  return { token, expiresAt: expiresAt.toISOString() };
}

/** The user behind a live token, or null when it is unknown, revoked or expired. */
export async function findSessionUser(db: Queryable, token: string): Promise<SessionUser | null> {
  const rows = await db.query<UserRow>(
    `SELECT ${USER_COLUMNS} FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND NOT s.revoked AND s.expires_at > now()`,
    [hashToken(token)],
  );
  return rows[0] ? toSessionUser(rows[0]) : null;
}

export async function revokeSession(db: Queryable, token: string): Promise<void> {
  await db.query('UPDATE sessions SET revoked = true WHERE token_hash = $1', [hashToken(token)]);
}
