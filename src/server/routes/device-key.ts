import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import type { DeviceKeyResponse } from '../../protocol';
import { requireAuth, type AuthEnv } from '../auth/middleware';
import { requestClientId } from '../auth/revocation';
import type { Db } from '../db/db';
import { actorOf, audit } from '../http/audit';
import { HttpError } from '../http/errors';

const KEY_BYTES = 32;

/**
 * The key that wraps a phone's data key, made on the phone's first request and the same ever
 * after for that inspector on that phone. Revoking the phone or the inspector deletes it.
 */
export function deviceKeyRoutes(db: Db) {
  const app = new Hono<AuthEnv>();

  app.post('/device-key', requireAuth(db), async (c) => {
    const clientId = requestClientId(c);
    if (!clientId) throw new HttpError(400, 'invalid_request', 'A device key needs the phone\'s x-headcount-client id');
    const user = c.var.user;
    const created = await db.query(
      `INSERT INTO device_keys (user_id, client_id, key) VALUES ($1, $2, decode($3, 'base64'))
       ON CONFLICT (user_id, client_id) DO NOTHING RETURNING 1`,
      [user.id, clientId, randomBytes(KEY_BYTES).toString('base64')],
    );
    if (created.length > 0) await audit(db, { ...actorOf(c), action: 'device_key.created', target: clientId });
    const [row] = await db.query<{ key: string }>(
      `SELECT encode(key, 'base64') AS key FROM device_keys WHERE user_id = $1 AND client_id = $2`,
      [user.id, clientId],
    );
    // Deleted between the two statements by a revocation: the session is dead too, so say so.
    if (!row) throw new HttpError(401, 'unauthorized', 'Session is invalid, revoked or expired; sign in again');
    c.header('Cache-Control', 'no-store');
    return c.json({ key: row.key } satisfies DeviceKeyResponse);
  });

  return app;
}
