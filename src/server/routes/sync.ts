import { Hono } from 'hono';
import { z } from 'zod';
import { PROTOCOL_VERSION, PushRequest, type PullResponse } from '../../protocol';
import { requireAuth, type AuthEnv } from '../auth/middleware';
import type { Db } from '../db/db';
import { HttpError, invalid, readRawJson } from '../http/errors';
import { SUMMARY_COLUMNS, toVisitSummary, type SummaryRow } from '../queries/visit-summary';
import { processPush } from '../sync/push';

/** Oldest client protocol this server still accepts; raise it when dropping a migration path. */
export const MIN_PROTOCOL_VERSION = 1;

const Since = z.coerce.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

export function syncRoutes(db: Db) {
  const app = new Hono<AuthEnv>();
  app.use('*', requireAuth(db));

  app.post('/push', async (c) => {
    const raw = await readRawJson(c);
    // Checked before the schema: an old client's body may not fit today's schema at all.
    const version = (raw as { protocolVersion?: unknown } | null)?.protocolVersion;
    if (typeof version === 'number' && version < MIN_PROTOCOL_VERSION) {
      throw new HttpError(426, 'client_too_old', `Protocol ${version} is no longer supported; update the app (minimum ${MIN_PROTOCOL_VERSION})`);
    }
    if (typeof version === 'number' && version > PROTOCOL_VERSION) {
      throw new HttpError(400, 'unsupported_protocol', `This server speaks protocol ${PROTOCOL_VERSION}, not ${version}`);
    }
    const parsed = PushRequest.safeParse(raw);
    if (!parsed.success) throw invalid(parsed.error);
    return c.json(await processPush(db, c.var.user, parsed.data));
  });

  app.get('/pull', async (c) => {
    const parsedSince = Since.safeParse(c.req.query('since') ?? '0');
    if (!parsedSince.success) throw invalid(parsedSince.error, 'since parameter');
    const since = parsedSince.data;
    // Latest event per visit: a visit reassigned away and back shows only its current state.
    const rows = await db.query<SummaryRow>(
      `WITH latest AS (
         SELECT DISTINCT ON (visit_id) visit_id, version, status
           FROM visit_events WHERE inspector_id = $1 AND version > $2
          ORDER BY visit_id, version DESC)
       SELECT ${SUMMARY_COLUMNS}, l.status, l.version
         FROM latest l JOIN visits v ON v.id = l.visit_id JOIN employers e ON e.id = v.employer_id
        ORDER BY l.version`,
      [c.var.user.id, since],
    );
    const visits = rows.map(toVisitSummary);
    const cursor = visits.reduce((max, v) => Math.max(max, v.version), since);
    return c.json({ cursor, visits } satisfies PullResponse);
  });

  return app;
}
