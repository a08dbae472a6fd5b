import type { Context, MiddlewareHandler } from 'hono';
import { Uuid } from '../../protocol';
import type { Db, Queryable } from '../db/db';
import { HttpError } from '../http/errors';

/** The phone's clientId (the one it pushes with), sent on every request so a revoked phone can be told so. */
export const CLIENT_HEADER = 'x-headcount-client';

/** The error code that tells the phone to wipe its local data; see README "Revocation". */
export const REVOKED = 'revoked';

export const revokedError = () =>
  new HttpError(401, REVOKED, 'A supervisor revoked this device or account; the data on it must be removed');

/** The request's clientId, lower-cased, or null when the header is missing or not a UUID (older apps, curl). */
export function requestClientId(c: Context): string | null {
  const raw = c.req.header(CLIENT_HEADER)?.trim();
  return raw && Uuid.safeParse(raw).success ? raw.toLowerCase() : null;
}

export async function isDeviceRevoked(db: Queryable, clientId: string): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM revoked_devices WHERE client_id = $1', [clientId]);
  return rows.length > 0;
}

/** Every /api request from a revoked phone, signed in or not, gets 401 'revoked': its next contact wipes it. */
export function deviceGate(db: Db): MiddlewareHandler {
  return async (c, next) => {
    const clientId = requestClientId(c);
    if (clientId && (await isDeviceRevoked(db, clientId))) throw revokedError();
    await next();
  };
}

export interface DeviceRevocation {
  clientId: string;
  revokedAt: string;
  sessionsRevoked: number;
}

/** Null when the server has never seen this clientId (a typo should not pass silently). Repeating it is harmless. */
export async function revokeDevice(tx: Queryable, clientId: string, byUserId: string): Promise<DeviceRevocation | null> {
  const id = clientId.toLowerCase();
  const known = await tx.query(
    `SELECT 1 FROM client_state WHERE client_id::text = $1
     UNION ALL SELECT 1 FROM sessions WHERE client_id = $1
     UNION ALL SELECT 1 FROM revoked_devices WHERE client_id = $1 LIMIT 1`,
    [id],
  );
  if (known.length === 0) return null;
  await tx.query('INSERT INTO revoked_devices (client_id, revoked_by) VALUES ($1, $2) ON CONFLICT (client_id) DO NOTHING', [id, byUserId]);
  // Without its server key the phone's copy of the data key cannot be recovered after a PIN lock-out.
  await tx.query('DELETE FROM device_keys WHERE client_id = $1', [id]);
  const ended = await tx.query(
    `UPDATE sessions SET revoked = true, revoked_reason = 'device' WHERE client_id = $1 AND NOT revoked RETURNING 1`,
    [id],
  );
  const [row] = await tx.query<{ revoked_at: string }>('SELECT revoked_at::text FROM revoked_devices WHERE client_id = $1', [id]);
  return { clientId: id, revokedAt: new Date(row.revoked_at).toISOString(), sessionsRevoked: ended.length };
}

export interface InspectorRevocation {
  username: string;
  disabledAt: string | null;
  sessionsRevoked: number;
}

/** Disables the inspector and ends every session they hold; null for no such inspector. */
export async function revokeInspector(tx: Queryable, username: string): Promise<InspectorRevocation | null> {
  const rows = await tx.query<{ id: string; username: string; disabled_at: string }>(
    `UPDATE users SET disabled_at = COALESCE(disabled_at, now())
      WHERE lower(username) = lower($1) AND role = 'inspector' RETURNING id, username, disabled_at::text`,
    [username],
  );
  const user = rows[0];
  if (!user) return null;
  await tx.query('DELETE FROM device_keys WHERE user_id = $1', [user.id]);
  const ended = await tx.query(
    `UPDATE sessions SET revoked = true, revoked_reason = 'inspector'
      WHERE user_id = $1 AND NOT revoked RETURNING 1`,
    [user.id],
  );
  return { username: user.username, disabledAt: new Date(user.disabled_at).toISOString(), sessionsRevoked: ended.length };
}

/** Lets a disabled inspector sign in again. Phones already wiped stay wiped; their old tokens stay dead. */
export async function enableInspector(tx: Queryable, username: string): Promise<InspectorRevocation | null> {
  const rows = await tx.query<{ username: string }>(
    `UPDATE users SET disabled_at = NULL WHERE lower(username) = lower($1) AND role = 'inspector' RETURNING username`,
    [username],
  );
  return rows[0] ? { username: rows[0].username, disabledAt: null, sessionsRevoked: 0 } : null;
}
