import type { MatchDecision, Notice, OnsiteWorker, PhotoMeta, Reconciliation } from '../../protocol';
import { noticeHash } from '../../domain/notice/hash';
import type { Queryable } from '../db/db';
import { RetryBatch } from './db-errors';

/** A row's final state after the batch: its content, or null when the batch removed it. */
export interface Owned<T> {
  visitId: string;
  row: T | null;
}

export interface PendingEffects {
  tallies: Map<string, number>;
  reconciliations: Map<string, Reconciliation>;
  onsite: Map<string, Owned<OnsiteWorker>>;
  notices: Map<string, Owned<Notice>>;
  decisions: Map<string, Owned<MatchDecision>>;
  photos: Map<string, Owned<PhotoMeta>>;
}

/*
 * Each table gets at most one DELETE and one upsert, its rows passed as one jsonb array and
 * sorted by key, so two batches touching the same rows lock them in the same order.
 */
const sortedByKey = <T>(m: Map<string, T>): Array<[string, T]> => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

export async function writeEffects(tx: Queryable, userId: string, e: PendingEffects): Promise<void> {
  if (e.tallies.size > 0) {
    await tx.query(
      `INSERT INTO tallies (visit_id, count, updated_by, updated_at)
       SELECT r.visit_id, r.count, $1, now() FROM jsonb_to_recordset($2::jsonb) AS r(visit_id text, count integer)
       ON CONFLICT (visit_id) DO UPDATE SET count = EXCLUDED.count, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [userId, JSON.stringify(sortedByKey(e.tallies).map(([visit_id, count]) => ({ visit_id, count })))],
    );
  }
  if (e.reconciliations.size > 0) {
    await tx.query(
      `INSERT INTO reconciliations (visit_id, data, run_at, updated_at)
       SELECT r.visit_id, r.data, (r.data->>'runAt')::timestamptz, now() FROM jsonb_to_recordset($1::jsonb) AS r(visit_id text, data jsonb)
       ON CONFLICT (visit_id) DO UPDATE SET data = EXCLUDED.data, run_at = EXCLUDED.run_at, updated_at = now()`,
      [JSON.stringify(sortedByKey(e.reconciliations).map(([visit_id, data]) => ({ visit_id, data })))],
    );
  }
  await removeRows(tx, 'onsite_workers', e.onsite);
  await upsertRows(tx, e.onsite, `INSERT INTO onsite_workers (id, visit_id, data, updated_at)
       SELECT r.id, r.visit_id, r.data, now() FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, visit_id text, data jsonb)
       ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data, updated_at = now()
       WHERE onsite_workers.visit_id = EXCLUDED.visit_id RETURNING id`);
  // The hash of an issued notice is the server's own, so a printed copy can be checked against it later.
  const hashes = new Map<string, string>();
  for (const [id, n] of e.notices) if (n.row?.status === 'issued') hashes.set(id, await noticeHash(n.row));
  await upsertRows(tx, e.notices, `INSERT INTO notices (id, visit_id, data, total_riel, status, number, issued_at, supersedes, hash, updated_at)
       SELECT r.id, r.visit_id, r.data, (r.data->>'totalRiel')::bigint, r.data->>'status', r.data->>'number',
              (r.data->>'issuedAt')::timestamptz, (r.data->>'supersedes')::uuid, (($2::jsonb)->>(r.id::text)), now()
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, visit_id text, data jsonb)
       ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data, total_riel = EXCLUDED.total_riel, status = EXCLUDED.status,
         number = EXCLUDED.number, issued_at = EXCLUDED.issued_at, supersedes = EXCLUDED.supersedes, hash = EXCLUDED.hash, updated_at = now()
       WHERE notices.visit_id = EXCLUDED.visit_id AND notices.status = 'draft' RETURNING id`, [JSON.stringify(Object.fromEntries(hashes))]);
  await upsertRows(tx, e.photos, `INSERT INTO photos (id, visit_id, meta)
       SELECT r.id, r.visit_id, r.data FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, visit_id text, data jsonb)
       ON CONFLICT (id) DO UPDATE SET meta = EXCLUDED.meta
       WHERE photos.visit_id = EXCLUDED.visit_id RETURNING id`);
  await removeRows(tx, 'match_decisions', e.decisions);
  await upsertRows(tx, e.decisions, `INSERT INTO match_decisions (id, visit_id, onsite_id, kind, registered_id, decided_by, decided_at, data)
       SELECT r.id, r.visit_id, r.data->>'onsiteId', r.data->>'kind', r.data->>'registeredId', $2,
              (r.data->>'decidedAt')::timestamptz, r.data
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, visit_id text, data jsonb)
       ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, registered_id = EXCLUDED.registered_id,
         decided_by = EXCLUDED.decided_by, decided_at = EXCLUDED.decided_at, data = EXCLUDED.data
       WHERE match_decisions.visit_id = EXCLUDED.visit_id RETURNING id`, [userId]);
}

async function removeRows<T>(tx: Queryable, table: 'onsite_workers' | 'match_decisions', rows: Map<string, Owned<T>>) {
  const gone = sortedByKey(rows).filter(([, r]) => r.row === null).map(([id, r]) => ({ id, visit_id: r.visitId }));
  if (gone.length === 0) return;
  await tx.query(
    `DELETE FROM ${table} t USING jsonb_to_recordset($1::jsonb) AS r(id uuid, visit_id text)
      WHERE t.id = r.id AND t.visit_id = r.visit_id`,
    [JSON.stringify(gone)],
  );
}

/**
 * The owner check was done in memory against what the batch read first. If another transaction
 * filed one of these ids under another visit since, the guarded upsert skips that row; the batch is
 * then run again from the start, when the fresh read turns it into a proper rejection.
 */
async function upsertRows<T>(tx: Queryable, rows: Map<string, Owned<T>>, sql: string, extra: unknown[] = []) {
  const kept = sortedByKey(rows).filter(([, r]) => r.row !== null).map(([id, r]) => ({ id, visit_id: r.visitId, data: r.row }));
  if (kept.length === 0) return;
  const written = await tx.query(sql, [JSON.stringify(kept), ...extra]);
  if (written.length !== kept.length) throw new RetryBatch('a row of this batch was filed under another visit meanwhile');
}
