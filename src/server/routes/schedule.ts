import { Hono } from 'hono';
import { PenaltySchedule } from '../../protocol';
import { requireAuth, requireRole, type AuthEnv } from '../auth/middleware';
import type { Db } from '../db/db';
import { notFound, readJson } from '../http/errors';

/** What a supervisor sends: a whole schedule; the server gives it the next version number. */
export const ScheduleEdit = PenaltySchedule.omit({ version: true, publishedAt: true, publishedBy: true });
// Arbitrary constant: two supervisors publishing at once get consecutive versions, not a clash.
const SCHEDULE_LOCK_KEY = 72_610_003;

export function scheduleRoutes(db: Db) {
  const app = new Hono<AuthEnv>();
  app.get('/', requireAuth(db), async (c) => {
    const rows = await db.query<{ document: unknown }>('SELECT document FROM penalty_schedules ORDER BY version DESC LIMIT 1');
    if (!rows[0]) throw notFound('Penalty schedule');
    return c.json(PenaltySchedule.parse(rows[0].document));
  });

  app.get('/versions', requireAuth(db), requireRole('supervisor'), async (c) => {
    const rows = await db.query<{ document: unknown }>('SELECT document FROM penalty_schedules ORDER BY version DESC');
    return c.json({ versions: rows.map((r) => PenaltySchedule.parse(r.document)) });
  });

  // A change is always a new version: notices drafted under an older one keep citing it unchanged.
  app.post('/', requireAuth(db), requireRole('supervisor'), async (c) => {
    const edit = await readJson(c, ScheduleEdit);
    const user = c.var.user;
    const schedule = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [SCHEDULE_LOCK_KEY]);
      const [{ next }] = await tx.query<{ next: number }>('SELECT COALESCE(max(version), 0) + 1 AS next FROM penalty_schedules');
      const doc = PenaltySchedule.parse({ ...edit, version: Number(next), publishedAt: new Date().toISOString(), publishedBy: user.username });
      await tx.query('INSERT INTO penalty_schedules (version, document) VALUES ($1, $2::jsonb)', [doc.version, JSON.stringify(doc)]);
      return doc;
    });
    return c.json(schedule, 201);
  });
  return app;
}
