import type { MutationOutcome } from '../../protocol';
import type { Queryable } from '../db/db';

export interface LogRow {
  mutationId: number;
  type: string;
  visitId: string;
  /** null when applied. */
  reason: string | null;
  /** The payload as sent, kept for the supervisor and for audits; null if it could not be stored. */
  payload: unknown;
}

/** One statement for the whole batch: the log is the push's largest write after the effects. */
export async function insertLogRows(tx: Queryable, clientId: string, userId: string, rows: LogRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO mutation_log (client_id, mutation_id, user_id, type, visit_id, status, reason, payload)
     SELECT $1, r.mutation_id, $2, r.type, r.visit_id,
            CASE WHEN r.reason IS NULL THEN 'applied' ELSE 'rejected' END, r.reason, r.payload
       FROM jsonb_to_recordset($3::jsonb)
         AS r(mutation_id bigint, type text, visit_id text, reason text, payload jsonb)`,
    [
      clientId,
      userId,
      JSON.stringify(
        rows.map((r) => ({ mutation_id: r.mutationId, type: r.type, visit_id: r.visitId, reason: r.reason, payload: r.payload ?? null })),
      ),
    ],
  );
}

/** The reasons of the earlier rejections among `ids`; an id not in the map was applied (or never sent). */
export async function earlierRejections(tx: Queryable, clientId: string, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.query<{ mutation_id: number; reason: string | null }>(
    `SELECT mutation_id, reason FROM mutation_log
      WHERE client_id = $1 AND status = 'rejected' AND mutation_id = ANY($2::bigint[])`,
    [clientId, ids],
  );
  return new Map(rows.map((r) => [Number(r.mutation_id), r.reason ?? 'rejected']));
}

/**
 * A resent mutation gets the answer it got the first time: a rejection whose reply was lost must
 * reach the phone as a rejection with its reason, not as a duplicate the phone would drop.
 */
export function earlierOutcome(id: number, rejections: Map<number, string>): MutationOutcome {
  const reason = rejections.get(id);
  return reason === undefined ? { id, status: 'duplicate' } : { id, status: 'rejected', reason };
}
