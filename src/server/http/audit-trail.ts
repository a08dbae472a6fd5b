import type { MiddlewareHandler } from 'hono';
import { Uuid } from '../../protocol';
import type { Db } from '../db/db';
import { actorOf, audit, type AuditEntry } from './audit';

type Json = Record<string, any>;

/**
 * The actions that routes outside auth/ perform, audited from one place after they succeed:
 * the route's own request and answer say what was done. Each rule reads the JSON the route
 * already parsed (Hono caches the body), so nothing is read twice from the socket.
 */
interface Rule {
  method: string;
  path: RegExp;
  entries(db: Db, req: () => Promise<Json>, res: Json, match: RegExpMatchArray): Promise<AuditEntry[]>;
}

const RULES: Rule[] = [
  {
    method: 'POST',
    path: /^\/api\/supervisor\/visits$/,
    entries: async (_db, req, res) => {
      const r = await req();
      const details = { employerId: r.employerId, inspectorUsername: r.inspectorUsername, scheduledDate: r.scheduledDate, reason: r.reason };
      return [{ action: 'visit.assign', target: res.id, details }];
    },
  },
  {
    method: 'PATCH',
    path: /^\/api\/supervisor\/visits\/([^/]+)$/,
    entries: async (_db, req, _res, m) => {
      const r = await req();
      const target = decodeURIComponent(m[1]);
      return r.status === 'withdrawn'
        ? [{ action: 'visit.withdraw', target }]
        : [{ action: 'visit.reassign', target, details: { inspectorUsername: r.inspectorUsername } }];
    },
  },
  {
    method: 'POST',
    path: /^\/api\/supervisor\/employers\/([^/]+)\/registry$/,
    entries: async (_db, _req, res) => [{ action: 'registry.import', target: res.employerId, details: { imported: res.imported } }],
  },
  {
    method: 'POST',
    path: /^\/api\/supervisor\/import$/,
    entries: async (db, req, res) => {
      const r = await req();
      const details = { inspector: r.username, mutations: r.mutations?.length ?? 0, applied: res.applied, duplicate: res.duplicate, rejected: res.rejected?.length ?? 0 };
      return [{ action: 'work_file.import', target: r.clientId, details }, ...(await issuedNotices(db, r.mutations))];
    },
  },
  {
    method: 'POST',
    path: /^\/api\/sync\/push$/,
    // Every mutation is already in mutation_log; only the legally weighty act gets its own entry.
    entries: async (db, req) => issuedNotices(db, (await req()).mutations),
  },
  {
    method: 'POST',
    path: /^\/api\/penalty-schedule\/?$/,
    entries: async (_db, _req, res) => [{ action: 'schedule.publish', target: String(res.version) }],
  },
];

/** One 'notice.issue' per issued notice, however often the mutation that issued it is pushed or imported. */
async function issuedNotices(db: Db, mutations: unknown): Promise<AuditEntry[]> {
  if (!Array.isArray(mutations)) return [];
  const ids = mutations
    .filter((m: Json) => m?.type === 'notice.issue')
    .map((m: Json) => String(m.payload.notice.id).toLowerCase())
    .filter((id) => Uuid.safeParse(id).success);
  if (ids.length === 0) return [];
  const rows = await db.query<{ id: string; number: string; visit_id: string }>(
    `SELECT n.id::text AS id, n.number, n.visit_id FROM notices n
      WHERE n.id = ANY($1::uuid[]) AND n.status = 'issued'
        AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.action = 'notice.issue' AND a.target = n.number)`,
    [ids],
  );
  return rows.map((n) => ({ action: 'notice.issue', target: n.number, details: { noticeId: n.id, visitId: n.visit_id } }));
}

export function auditTrail(db: Db): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.res.status < 200 || c.res.status >= 300) return;
    const rule = RULES.find((r) => r.method === c.req.method && r.path.test(c.req.path));
    if (!rule) return;
    // The action is done and answered; a failed audit write is reported, never turned into an error
    // the client would retry (a retried visit assignment would create a second visit).
    try {
      const res = (await c.res.clone().json()) as Json;
      const req = async () => ((await c.req.json()) ?? {}) as Json;
      const entries = await rule.entries(db, req, res, c.req.path.match(rule.path)!);
      for (const entry of entries) await audit(db, { ...actorOf(c), ...entry });
    } catch (err) {
      console.error(`audit of ${c.req.method} ${c.req.path} failed:`, err);
    }
  };
}
