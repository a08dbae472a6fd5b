import { randomUUID } from 'node:crypto';
import type { AssignVisitRequest, UpdateVisitRequest } from '../../protocol';
import type { Queryable } from '../db/db';
import { HttpError, notFound } from '../http/errors';

/**
 * Every change to who holds a visit writes visit_events rows, one per inspector affected;
 * pull reads them by version. Writers take a table lock first so versions commit in the
 * order they were numbered: otherwise a pull could see version 5, move its cursor past it,
 * and never see a version 4 that committed a moment later.
 */
async function lockEvents(tx: Queryable) {
  await tx.query('LOCK TABLE visit_events IN SHARE ROW EXCLUSIVE MODE');
}

async function addEvent(tx: Queryable, visitId: string, inspectorId: string, status: 'assigned' | 'withdrawn') {
  await tx.query('INSERT INTO visit_events (visit_id, inspector_id, status) VALUES ($1, $2, $3)', [visitId, inspectorId, status]);
}

async function inspectorId(tx: Queryable, username: string): Promise<string> {
  const rows = await tx.query<{ id: string }>(`SELECT id FROM users WHERE lower(username) = lower($1) AND role = 'inspector'`, [username]);
  if (!rows[0]) throw new HttpError(400, 'invalid_request', `No inspector named ${username}`, { issues: [{ path: ['inspectorUsername'], message: 'unknown inspector' }] });
  return rows[0].id;
}

export async function assignVisit(tx: Queryable, req: AssignVisitRequest, id: string = randomUUID()): Promise<string> {
  if (req.reason === 'complaint' && !req.complaint) {
    throw new HttpError(400, 'invalid_request', 'A complaint visit needs the complaint', {
      issues: [{ path: ['complaint'], message: 'required when reason is complaint' }],
    });
  }
  const employer = await tx.query('SELECT 1 FROM employers WHERE id = $1', [req.employerId]);
  if (employer.length === 0) throw notFound('Employer');
  const inspector = await inspectorId(tx, req.inspectorUsername);
  await lockEvents(tx);
  await tx.query(
    `INSERT INTO visits (id, employer_id, inspector_id, scheduled_date, reason, complaint, status)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, 'assigned')`,
    [id, req.employerId, inspector, req.scheduledDate, req.reason, req.complaint ? JSON.stringify(req.complaint) : null],
  );
  await addEvent(tx, id, inspector, 'assigned');
  return id;
}

/** Reassign (withdrawn from the old inspector, assigned to the new) or withdraw. Repeating a change is a no-op. */
export async function updateVisit(tx: Queryable, visitId: string, req: UpdateVisitRequest): Promise<void> {
  await lockEvents(tx);
  const rows = await tx.query<{ inspector_id: string; status: string }>(
    'SELECT inspector_id, status FROM visits WHERE id = $1 FOR UPDATE',
    [visitId],
  );
  const visit = rows[0];
  if (!visit) throw notFound('Visit');
  if ('status' in req) {
    if (visit.status === 'withdrawn') return;
    await tx.query(`UPDATE visits SET status = 'withdrawn', updated_at = now() WHERE id = $1`, [visitId]);
    await addEvent(tx, visitId, visit.inspector_id, 'withdrawn');
    return;
  }
  const next = await inspectorId(tx, req.inspectorUsername);
  if (next === visit.inspector_id && visit.status === 'assigned') return;
  await tx.query(`UPDATE visits SET inspector_id = $2, status = 'assigned', updated_at = now() WHERE id = $1`, [visitId, next]);
  if (visit.status === 'assigned' && next !== visit.inspector_id) await addEvent(tx, visitId, visit.inspector_id, 'withdrawn');
  await addEvent(tx, visitId, next, 'assigned');
}
