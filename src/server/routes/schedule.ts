import { Hono } from 'hono';
import { PenaltySchedule } from '../../protocol';
import { requireAuth, type AuthEnv } from '../auth/middleware';
import type { Db } from '../db/db';
import { notFound } from '../http/errors';

export function scheduleRoutes(db: Db) {
  const app = new Hono<AuthEnv>();
  app.get('/', requireAuth(db), async (c) => {
    const rows = await db.query<{ document: unknown }>('SELECT document FROM penalty_schedules ORDER BY version DESC LIMIT 1');
    if (!rows[0]) throw notFound('Penalty schedule');
    return c.json(PenaltySchedule.parse(rows[0].document));
  });
  return app;
}
