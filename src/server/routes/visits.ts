import { Hono } from 'hono';
import { Complaint, type VisitListResponse, type VisitPackage } from '../../protocol';
import { requireAuth, type AuthEnv } from '../auth/middleware';
import type { Db } from '../db/db';
import { notFound } from '../http/errors';
import { findEmployer, listContributions, listRegisteredWorkers } from '../queries/employers';
import { SUMMARY_COLUMNS, toVisitSummary, type SummaryRow } from '../queries/visit-summary';

/** An inspector's own assigned visits; version is the latest event this inspector has seen. */
const MY_VISITS = `SELECT ${SUMMARY_COLUMNS}, v.status, v.complaint,
    (SELECT max(ev.version) FROM visit_events ev WHERE ev.visit_id = v.id AND ev.inspector_id = $1) AS version
  FROM visits v JOIN employers e ON e.id = v.employer_id
  WHERE v.inspector_id = $1 AND v.status = 'assigned'`;

export function visitRoutes(db: Db) {
  const app = new Hono<AuthEnv>();
  app.use('*', requireAuth(db));

  app.get('/', async (c) => {
    const rows = await db.query<SummaryRow>(`${MY_VISITS} ORDER BY v.scheduled_date, v.id`, [c.var.user.id]);
    return c.json({ visits: rows.map(toVisitSummary) } satisfies VisitListResponse);
  });

  // Another inspector's visit is a 404, not a 403: it does not exist for this caller.
  app.get('/:id', async (c) => {
    const rows = await db.query<SummaryRow & { complaint: unknown }>(`${MY_VISITS} AND v.id = $2`, [
      c.var.user.id,
      c.req.param('id'),
    ]);
    const row = rows[0];
    if (!row) throw notFound('Visit');
    const employer = await findEmployer(db, row.employer_id);
    if (!employer) throw notFound('Employer');
    const body: VisitPackage = {
      visit: toVisitSummary(row),
      employer,
      complaint: row.complaint ? Complaint.parse(row.complaint) : null,
      registered: await listRegisteredWorkers(db, row.employer_id),
      contributions: await listContributions(db, row.employer_id),
    };
    return c.json(body);
  });

  return app;
}
