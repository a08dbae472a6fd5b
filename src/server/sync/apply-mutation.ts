import type { Mutation } from '../../protocol';
import type { Queryable } from '../db/db';

/** A mutation that can never succeed; it is logged as rejected and the queue moves on. */
export class Rejection extends Error {}

/**
 * Writes one validated mutation's effect. Runs inside the push transaction that also
 * records the mutation id, so the effect and the acknowledgement commit together.
 * Every check happens before the first write: a Rejection must leave nothing behind.
 */
export async function applyMutation(tx: Queryable, m: Mutation, userId: string): Promise<void> {
  switch (m.type) {
    case 'tally.set':
      await tx.query(
        `INSERT INTO tallies (visit_id, count, updated_by, updated_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (visit_id) DO UPDATE SET count = EXCLUDED.count, updated_by = EXCLUDED.updated_by, updated_at = now()`,
        [m.visitId, m.payload.count, userId],
      );
      return;
    case 'onsite.upsert':
      await upsertOnsite(tx, m.visitId, [m.payload.worker]);
      return;
    case 'onsite.bulkAdd':
      await upsertOnsite(tx, m.visitId, m.payload.workers);
      return;
    case 'onsite.remove':
      // Removing what is already gone is a success: the client's intent holds.
      await tx.query('DELETE FROM onsite_workers WHERE id = $1 AND visit_id = $2', [m.payload.workerId, m.visitId]);
      return;
    case 'reconciliation.save': {
      const r = m.payload.reconciliation;
      await tx.query(
        `INSERT INTO reconciliations (visit_id, data, run_at, updated_at) VALUES ($1, $2::jsonb, $3, now())
         ON CONFLICT (visit_id) DO UPDATE SET data = EXCLUDED.data, run_at = EXCLUDED.run_at, updated_at = now()`,
        [m.visitId, JSON.stringify(r), r.runAt],
      );
      return;
    }
    case 'notice.save': {
      const n = m.payload.notice;
      await refuseIdsOfOtherVisits(tx, 'notices', m.visitId, [n.id], 'notice');
      await tx.query(
        `INSERT INTO notices (id, visit_id, data, total_riel, updated_at) VALUES ($1, $2, $3::jsonb, $4, now())
         ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data, total_riel = EXCLUDED.total_riel, updated_at = now()`,
        [n.id, m.visitId, JSON.stringify(n), n.totalRiel],
      );
      return;
    }
    case 'decision.save': {
      const d = m.payload.decision;
      await refuseIdsOfOtherVisits(tx, 'match_decisions', m.visitId, [d.id], 'decision');
      await tx.query(
        `INSERT INTO match_decisions (id, visit_id, onsite_id, kind, registered_id, decided_by, decided_at, data)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)
         ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, registered_id = EXCLUDED.registered_id,
           decided_by = EXCLUDED.decided_by, decided_at = EXCLUDED.decided_at, data = EXCLUDED.data`,
        [d.id, m.visitId, d.onsiteId, d.kind, d.registeredId, userId, d.decidedAt, JSON.stringify(d)],
      );
      return;
    }
    case 'decision.remove':
      await tx.query('DELETE FROM match_decisions WHERE id = $1 AND visit_id = $2', [m.payload.decisionId, m.visitId]);
      return;
  }
}

/** The payload's own visit ids must name the envelope's visit, or data would land in the wrong file. */
export function payloadVisitMismatch(m: Mutation): string | null {
  const ids: string[] = [];
  if (m.type === 'onsite.upsert') ids.push(m.payload.worker.visitId);
  if (m.type === 'onsite.bulkAdd') ids.push(...m.payload.workers.map((w) => w.visitId));
  if (m.type === 'reconciliation.save') ids.push(m.payload.reconciliation.visitId);
  if (m.type === 'notice.save') ids.push(m.payload.notice.visitId);
  if (m.type === 'decision.save') ids.push(m.payload.decision.visitId);
  const wrong = ids.find((id) => id !== m.visitId);
  return wrong === undefined ? null : `payload names visit ${wrong} but the mutation is for visit ${m.visitId}`;
}

async function upsertOnsite(tx: Queryable, visitId: string, workers: Array<{ id: string }>): Promise<void> {
  const ids = workers.map((w) => w.id.toLowerCase());
  if (new Set(ids).size !== ids.length) throw new Rejection('the same on-site worker id appears twice in one import');
  await refuseIdsOfOtherVisits(tx, 'onsite_workers', visitId, ids, 'on-site worker');
  await tx.query(
    `INSERT INTO onsite_workers (id, visit_id, data, updated_at)
     SELECT (w->>'id')::uuid, $1, w, now() FROM jsonb_array_elements($2::jsonb) AS w
     ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data, updated_at = now()`,
    [visitId, JSON.stringify(workers)],
  );
}

/** Ids are client-made uuids; one already filed under another visit must not be moved or overwritten. */
async function refuseIdsOfOtherVisits(
  tx: Queryable,
  table: 'onsite_workers' | 'notices' | 'match_decisions',
  visitId: string,
  ids: string[],
  what: string,
): Promise<void> {
  const clash = await tx.query<{ id: string }>(
    `SELECT id FROM ${table}
      WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb)::uuid) AND visit_id <> $2 LIMIT 1`,
    [JSON.stringify(ids), visitId],
  );
  if (clash.length > 0) throw new Rejection(`${what} ${clash[0].id} belongs to another visit`);
}
