import { Hono } from 'hono';
import { decodeRosterFile } from '../../domain/roster/decode';
import { parseRegisteredCsv } from '../../domain/roster/parse-registered';
import {
  AssignVisitRequest,
  MAX_PUSH_MUTATIONS,
  PhotoMeta,
  OutboxExport,
  type ImportResult,
  Notice,
  OnsiteWorker,
  Reconciliation,
  UpdateVisitRequest,
  type VisitResults,
} from '../../protocol';
import { requireAuth, requireRole, type AuthEnv } from '../auth/middleware';
import { toSessionUser, USER_COLUMNS, type UserRow } from '../auth/sessions';
import type { Db } from '../db/db';
import { HttpError, notFound, readJson } from '../http/errors';
import { EMPLOYER_COLUMNS, toEmployer, type EmployerRow } from '../queries/employers';
import { findVisitOverview, findVisitSummary, listVisitOverviews } from '../queries/visit-overview';
import { replaceRegister } from '../registry/insert-workers';
import { assignVisit, updateVisit } from '../sync/assignments';
import { processPush } from '../sync/push';

export function supervisorRoutes(db: Db) {
  const app = new Hono<AuthEnv>();
  app.use('*', requireAuth(db), requireRole('supervisor'));

  app.get('/visits', async (c) => c.json({ visits: await listVisitOverviews(db) }));

  app.get('/visits/:id', async (c) => {
    const id = c.req.param('id');
    const overview = await findVisitOverview(db, id);
    if (!overview) throw notFound('Visit');
    const onsite = await db.query<{ data: unknown }>(
      `SELECT data FROM onsite_workers WHERE visit_id = $1 ORDER BY data->>'recordedAt', id`,
      [id],
    );
    const rec = await db.query<{ data: unknown }>('SELECT data FROM reconciliations WHERE visit_id = $1', [id]);
    const notices = await db.query<{ data: unknown; hash: string | null }>(
      `SELECT data, hash FROM notices WHERE visit_id = $1 ORDER BY data->>'createdAt', id`,
      [id],
    );
    const photos = await db.query<{ meta: unknown; uploaded: boolean }>(
      'SELECT meta, data IS NOT NULL AS uploaded FROM photos WHERE visit_id = $1 ORDER BY meta->>\'takenAt\'', [id]);
    const history = await db.query<{ at: string; username: string; type: string; status: 'applied' | 'rejected'; reason: string | null }>(
      `SELECT m.applied_at::text AS at, u.username, m.type, m.status, m.reason
         FROM mutation_log m JOIN users u ON u.id = m.user_id WHERE m.visit_id = $1 ORDER BY m.applied_at DESC, m.id DESC LIMIT 500`,
      [id],
    );
    const parsedNotices = notices.map((r) => Notice.parse(r.data));
    const body: VisitResults = {
      overview,
      onsite: onsite.map((r) => OnsiteWorker.parse(r.data)),
      reconciliation: rec[0] ? Reconciliation.parse(rec[0].data) : null,
      notices: parsedNotices,
      noticeHashes: Object.fromEntries(notices.flatMap((r, i) => (r.hash ? [[parsedNotices[i].id, r.hash]] : []))),
      photos: photos.map((p) => ({ ...PhotoMeta.parse(p.meta), uploaded: p.uploaded })),
      history: history.map((h) => ({ ...h, at: new Date(h.at).toISOString() })),
    };
    return c.json(body);
  });

  app.post('/visits', async (c) => {
    const req = await readJson(c, AssignVisitRequest);
    const id = await db.transaction((tx) => assignVisit(tx, req));
    return c.json(await findVisitSummary(db, id), 201);
  });

  app.patch('/visits/:id', async (c) => {
    const req = await readJson(c, UpdateVisitRequest);
    const id = c.req.param('id');
    await db.transaction((tx) => updateVisit(tx, id, req));
    return c.json(await findVisitSummary(db, id));
  });

  // A phone's exported unsent work, applied as its inspector exactly once: the file keeps the
  // phone's clientId and mutation ids, so whatever the phone already sent comes back 'duplicate'.
  app.post('/import', async (c) => {
    const file = await readJson(c, OutboxExport);
    const owner = await db.query<UserRow>(
      `SELECT ${USER_COLUMNS} FROM users u
        WHERE u.id = COALESCE((SELECT user_id FROM client_state WHERE client_id = $1), (SELECT id FROM users WHERE username = $2))`,
      [file.clientId, file.username],
    );
    if (!owner[0]) throw notFound('The inspector who exported this file');
    const user = toSessionUser(owner[0]);
    if (user.username !== file.username) {
      throw new HttpError(409, 'conflict', `This device's work belongs to ${user.username}, not ${file.username}`);
    }
    const result: ImportResult = { applied: 0, duplicate: 0, rejected: [] };
    for (let i = 0; i < file.mutations.length; i += MAX_PUSH_MUTATIONS) {
      const mutations = file.mutations.slice(i, i + MAX_PUSH_MUTATIONS);
      const res = await processPush(db, user, { protocolVersion: file.protocolVersion, clientId: file.clientId, mutations });
      for (const r of res.results) {
        if (r.status === 'rejected') result.rejected.push({ id: r.id, reason: r.reason ?? 'rejected' });
        else result[r.status]++;
      }
    }
    return c.json(result);
  });

  app.get('/employers', async (c) => {
    const rows = await db.query<EmployerRow & { registered_count: number }>(
      `SELECT ${EMPLOYER_COLUMNS},
              (SELECT count(*) FROM registered_workers r WHERE r.employer_id = e.id) AS registered_count
         FROM employers e ORDER BY e.name`,
    );
    return c.json({ employers: rows.map((r) => ({ ...toEmployer(r), registeredCount: r.registered_count })) });
  });

  app.get('/inspectors', async (c) => {
    const rows = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users u WHERE u.role = 'inspector' ORDER BY u.display_name`);
    return c.json({ inspectors: rows.map(toSessionUser) });
  });

  // All or nothing: a register half-replaced would make every visit's reconciliation wrong.
  app.post('/employers/:id/registry', async (c) => {
    const employerId = c.req.param('id');
    const exists = await db.query('SELECT 1 FROM employers WHERE id = $1', [employerId]);
    if (exists.length === 0) throw notFound('Employer');
    const type = c.req.header('Content-Type') ?? '';
    if (!/^text\/(csv|plain)\b/i.test(type)) {
      throw new HttpError(415, 'unsupported_media_type', 'Send the register as text/csv (UTF-8)');
    }
    // The same reader the inspector's phone uses for rosters: UTF-8 with or without BOM, or UTF-16.
    const decoded = decodeRosterFile(new Uint8Array(await c.req.arrayBuffer()));
    const { workers, errors, notes, placeholderRows, dateOrder } = decoded.ok
      ? parseRegisteredCsv(decoded.text)
      : { workers: [], errors: [{ row: 0, message: decoded.message }], notes: [], placeholderRows: 0, dateOrder: 'dayFirst' as const };
    if (errors.length > 0) {
      const first = errors[0];
      throw new HttpError(400, 'invalid_registry', `${errors.length} problem(s), nothing imported. ${first.message}`, {
        employerId,
        imported: 0,
        errors: errors.map((e) => ({ row: e.row, message: e.message })),
      });
    }
    await db.transaction((tx) => replaceRegister(tx, employerId, workers));
    return c.json({ employerId, imported: workers.length, errors: [], notes: notes.map((n) => ({ row: n.row, message: n.message, kinds: n.kinds })), placeholderRows, dateOrder });
  });

  return app;
}
