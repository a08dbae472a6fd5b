import type { Queryable } from '../db/db';

export const NOT_YOUR_VISIT = 'not your visit';

/**
 * The visits among `visitIds` this inspector may write results for: every visit ever assigned to
 * them, withdrawn or reassigned since included. Work done offline before a withdrawal is the
 * inspector's real findings and must not be thrown away; a visit never theirs stays refused.
 * One query per push, not one per mutation.
 */
export async function visitsEverAssigned(tx: Queryable, inspectorId: string, visitIds: string[]): Promise<Set<string>> {
  if (visitIds.length === 0) return new Set();
  const rows = await tx.query<{ visit_id: string }>(
    `SELECT DISTINCT visit_id FROM visit_events
      WHERE inspector_id = $1 AND status = 'assigned' AND visit_id = ANY($2::text[])`,
    [inspectorId, visitIds],
  );
  return new Set(rows.map((r) => r.visit_id));
}
