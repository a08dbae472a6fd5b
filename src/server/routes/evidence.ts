import { Hono } from 'hono';
import { MAX_PHOTO_BYTES, PhotoMeta, type NoticeVerification, type NumberBlock } from '../../protocol';
import { allocateBlock } from '../../domain/notice/number';
import { requireAuth, requireRole, type AuthEnv } from '../auth/middleware';
import type { Db } from '../db/db';
import { HttpError, notFound } from '../http/errors';
import { visitsEverAssigned } from '../sync/authorize';

/** How many notice numbers a device gets at a time: a week of notices for a busy inspector. */
export const NUMBER_BLOCK_SIZE = 50;
// Arbitrary constant: one allocation at a time per server, so two phones never get the same block.
const NUMBER_LOCK_KEY = 72_610_002;

export function evidenceRoutes(db: Db) {
  const app = new Hono<AuthEnv>();
  // Mounted at the API root: the session is checked per route, so an unknown path stays a 404.
  const auth = requireAuth(db);

  app.post('/notice-numbers', auth, async (c) => {
    const user = c.var.user;
    const year = new Date().getFullYear();
    const block = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [NUMBER_LOCK_KEY]);
      const existing = await tx.query<{ inspector_code: string; year: number; from_no: number; to_no: number }>(
        'SELECT inspector_code, year, from_no, to_no FROM notice_number_blocks WHERE inspector_code = $1 AND year = $2',
        [user.inspectorCode, year],
      );
      const next = allocateBlock(existing.map((b) => ({ inspectorCode: b.inspector_code, year: b.year, from: b.from_no, to: b.to_no })),
        user.inspectorCode, year, NUMBER_BLOCK_SIZE);
      const rows = await tx.query<{ reserved_at: string }>(
        `INSERT INTO notice_number_blocks (inspector_code, year, from_no, to_no, user_id) VALUES ($1, $2, $3, $4, $5) RETURNING reserved_at::text`,
        [next.inspectorCode, next.year, next.from, next.to, user.id],
      );
      return { ...next, reservedAt: new Date(rows[0].reserved_at).toISOString() } satisfies NumberBlock;
    });
    return c.json(block);
  });

  // Bytes of a photo whose description already synced; sending them again is harmless.
  app.put('/photos/:id', auth, async (c) => {
    const id = c.req.param('id');
    const rows = await db.query<{ visit_id: string; meta: unknown }>('SELECT visit_id, meta FROM photos WHERE id::text = $1', [id.toLowerCase()]);
    if (!rows[0]) throw notFound('Photo');
    const allowed = await visitsEverAssigned(db, c.var.user.id, [rows[0].visit_id]);
    if (!allowed.has(rows[0].visit_id)) throw notFound('Photo');
    const meta = PhotoMeta.parse(rows[0].meta);
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.length > MAX_PHOTO_BYTES) throw new HttpError(413, 'payload_too_large', `A photo may be at most ${MAX_PHOTO_BYTES} bytes`);
    if (bytes.length !== meta.bytes) throw new HttpError(400, 'invalid_request', `Expected ${meta.bytes} bytes, got ${bytes.length}`);
    await db.query('UPDATE photos SET data = $2, uploaded_at = now() WHERE id::text = $1', [id.toLowerCase(), bytes]);
    return c.json({ ok: true });
  });

  app.get('/photos/:id', auth, requireRole('supervisor'), async (c) => {
    const rows = await db.query<{ meta: unknown; data: Uint8Array | null }>('SELECT meta, data FROM photos WHERE id::text = $1', [c.req.param('id').toLowerCase()]);
    if (!rows[0]?.data) throw notFound('Photo');
    const meta = PhotoMeta.parse(rows[0].meta);
    return c.body(new Uint8Array(rows[0].data), 200, { 'content-type': meta.mime, 'cache-control': 'private, max-age=86400' });
  });

  // A printed notice carries its verification code; this says whether the fund issued it, and if it was replaced.
  app.get('/notices/verify/:code', auth, async (c) => {
    const code = c.req.param('code').replace(/[^0-9a-f]/gi, '').toLowerCase();
    if (code.length < 12) throw new HttpError(400, 'invalid_request', 'A verification code has at least 12 hexadecimal digits');
    const rows = await db.query<{ number: string; data: { employerName: string }; issued_at: string; total_riel: number; replaced_by: string | null }>(
      `SELECT n.number, n.data, n.issued_at::text, n.total_riel,
              (SELECT r.number FROM notices r WHERE r.supersedes = n.id AND r.status = 'issued' LIMIT 1) AS replaced_by
         FROM notices n WHERE n.status = 'issued' AND n.hash LIKE $1 || '%'`,
      [code],
    );
    const n = rows.length === 1 ? rows[0] : null;
    const body: NoticeVerification = {
      found: !!n,
      number: n?.number ?? null,
      employerName: n?.data.employerName ?? null,
      issuedAt: n ? new Date(n.issued_at).toISOString() : null,
      totalRiel: n ? Number(n.total_riel) : null,
      supersededBy: n?.replaced_by ?? null,
    };
    return c.json(body);
  });

  return app;
}
