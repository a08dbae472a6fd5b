import type { SessionUser } from '../../protocol';
import type { Queryable } from '../db/db';
import { HttpError } from '../http/errors';

/**
 * Locks (creating on first sight) the client's row for the rest of the transaction and returns
 * its last applied mutation id. One statement: the upsert takes the row lock either way, so two
 * copies of one request (a proxy or a browser resending) run one after the other, never side by side.
 * A client id is bound to its first user.
 */
export async function lockClient(tx: Queryable, user: SessionUser, clientId: string): Promise<number> {
  const rows = await tx.query<{ user_id: string; last_mutation_id: number }>(
    `INSERT INTO client_state (client_id, user_id) VALUES ($1, $2)
     ON CONFLICT (client_id) DO UPDATE SET updated_at = now()
     RETURNING user_id, last_mutation_id`,
    [clientId, user.id],
  );
  if (rows[0].user_id !== user.id) throw new HttpError(403, 'forbidden', 'This client id belongs to another user');
  return rows[0].last_mutation_id;
}

export async function advanceClient(tx: Queryable, clientId: string, lastMutationId: number): Promise<void> {
  await tx.query('UPDATE client_state SET last_mutation_id = $2, updated_at = now() WHERE client_id = $1', [clientId, lastMutationId]);
}
