import { Hono } from 'hono';
import { PROTOCOL_VERSION } from '../../protocol';
import type { Db } from '../db/db';

export function healthRoutes(db: Db) {
  const app = new Hono();
  app.get('/health', async (c) => {
    await db.query('SELECT 1');
    return c.json({ ok: true, database: db.kind, protocolVersion: PROTOCOL_VERSION });
  });
  return app;
}
