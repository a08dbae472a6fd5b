import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { Uuid } from '../../protocol';
import { requireAuth, requireRole, type AuthEnv } from '../auth/middleware';
import { enableInspector, revokeDevice, revokeInspector } from '../auth/revocation';
import type { Db, Queryable } from '../db/db';
import { actorOf, audit, AUDIT_PAGE_MAX, listAudit } from '../http/audit';
import { invalid, notFound } from '../http/errors';

/** A phone the server has seen, per inspector who used it: what a supervisor picks from to revoke. */
export const DeviceRow = z.object({
  clientId: z.string(),
  username: z.string(),
  displayName: z.string(),
  lastSeenAt: z.string(),
  revokedAt: z.string().nullable(),
  inspectorDisabled: z.boolean(),
});
export type DeviceRow = z.infer<typeof DeviceRow>;

const AuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_MAX).default(100),
  before: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
});
const Username = z.string().trim().min(1).max(100);

/**
 * Supervisor-only: revoking phones and inspectors, and reading the audit log. Mounted under
 * /api/supervisor next to the supervisor's visit routes.
 */
export function adminRoutes(db: Db) {
  const app = new Hono<AuthEnv>();
  app.use('/audit', requireAuth(db), requireRole('supervisor'));
  app.use('/devices', requireAuth(db), requireRole('supervisor'));
  app.use('/devices/*', requireAuth(db), requireRole('supervisor'));
  app.use('/inspectors/:username/*', requireAuth(db), requireRole('supervisor'));

  app.get('/audit', async (c) => {
    const query = AuditQuery.safeParse(c.req.query());
    if (!query.success) throw invalid(query.error, 'query');
    return c.json(await listAudit(db, query.data));
  });

  app.get('/devices', async (c) => {
    const rows = await db.query<{ client_id: string; username: string; display_name: string; last_seen: string; revoked_at: string | null; disabled: boolean }>(
      `WITH seen AS (
         SELECT client_id::text AS client_id, user_id, updated_at AS at FROM client_state
         UNION ALL
         SELECT client_id, user_id, created_at FROM sessions WHERE client_id IS NOT NULL)
       SELECT s.client_id, u.username, u.display_name, max(s.at)::text AS last_seen, r.revoked_at::text AS revoked_at,
              u.disabled_at IS NOT NULL AS disabled
         FROM seen s JOIN users u ON u.id = s.user_id LEFT JOIN revoked_devices r ON r.client_id = s.client_id
        GROUP BY s.client_id, u.username, u.display_name, r.revoked_at, u.disabled_at
        ORDER BY max(s.at) DESC LIMIT 1000`,
    );
    const devices: DeviceRow[] = rows.map((r) => ({
      clientId: r.client_id,
      username: r.username,
      displayName: r.display_name,
      lastSeenAt: new Date(r.last_seen).toISOString(),
      revokedAt: r.revoked_at ? new Date(r.revoked_at).toISOString() : null,
      inspectorDisabled: r.disabled,
    }));
    return c.json({ devices });
  });

  /** Parse the path parameter, change and audit in one transaction, 404 when there is nothing to change. */
  function accessChange<T extends { sessionsRevoked: number }>(opts: {
    param: 'clientId' | 'username';
    schema: z.ZodType<string>;
    what: 'Device' | 'Inspector';
    action: 'device.revoke' | 'inspector.revoke' | 'inspector.enable';
    change: (tx: Queryable, key: string, byUserId: string) => Promise<T | null>;
    target: (result: T) => string;
  }) {
    return async (c: Context<AuthEnv>) => {
      const key = opts.schema.safeParse(c.req.param(opts.param));
      if (!key.success) throw invalid(key.error, opts.param);
      const done = await db.transaction(async (tx) => {
        const result = await opts.change(tx, key.data, c.var.user.id);
        if (result) await audit(tx, { ...actorOf(c), action: opts.action, target: opts.target(result), details: { sessionsRevoked: result.sessionsRevoked } });
        return result;
      });
      if (!done) throw notFound(opts.what);
      return c.json(done);
    };
  }

  // The phone learns it at its next contact (401 'revoked') and wipes its data.
  app.post('/devices/:clientId/revoke', accessChange({
    param: 'clientId', schema: Uuid, what: 'Device', action: 'device.revoke',
    change: (tx, id, by) => revokeDevice(tx, id, by), target: (r) => r.clientId,
  }));
  app.post('/inspectors/:username/revoke', accessChange({
    param: 'username', schema: Username, what: 'Inspector', action: 'inspector.revoke',
    change: (tx, name) => revokeInspector(tx, name), target: (r) => r.username,
  }));
  app.post('/inspectors/:username/enable', accessChange({
    param: 'username', schema: Username, what: 'Inspector', action: 'inspector.enable',
    change: (tx, name) => enableInspector(tx, name), target: (r) => r.username,
  }));

  return app;
}
