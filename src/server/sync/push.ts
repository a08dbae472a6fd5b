import {
  Mutation,
  type MutationEnvelope,
  type MutationOutcome,
  type PushRequest,
  type PushResponse,
  type SessionUser,
} from '../../protocol';
import type { Db, Queryable } from '../db/db';
import { HttpError } from '../http/errors';
import { applyMutation, payloadVisitMismatch, Rejection } from './apply-mutation';

/**
 * Exactly-once push (the Replicache scheme): each mutation gets its own transaction that
 * locks the client's row, skips ids already seen, applies, logs and advances
 * last_mutation_id together. A retried batch is therefore acknowledged, never re-applied,
 * and a crash mid-batch loses nothing that was acknowledged.
 */
export async function processPush(db: Db, user: SessionUser, req: PushRequest): Promise<PushResponse> {
  const results: MutationOutcome[] = [];
  let lastMutationId = 0;
  for (const envelope of req.mutations) {
    const outcome = await pushOne(db, user, req.clientId, envelope);
    results.push(outcome.result);
    lastMutationId = outcome.lastMutationId;
  }
  return { lastMutationId, results };
}

async function pushOne(db: Db, user: SessionUser, clientId: string, envelope: MutationEnvelope) {
  try {
    return await db.transaction((tx) => applyOnce(tx, user, clientId, envelope, true));
  } catch (err) {
    // A data or constraint error would fail the same way on every retry and block the
    // client's queue forever, so it is parked as rejected. Anything else (connection lost,
    // database down) propagates: the client retries later and loses nothing.
    if (!isPermanentDbError(err)) throw err;
    const reason = `could not be stored: ${(err as Error).message}`;
    return db.transaction((tx) => applyOnce(tx, user, clientId, envelope, false, reason));
  }
}

async function applyOnce(
  tx: Queryable,
  user: SessionUser,
  clientId: string,
  envelope: MutationEnvelope,
  mayApply: boolean,
  forcedReason?: string,
): Promise<{ result: MutationOutcome; lastMutationId: number }> {
  const last = await lockClient(tx, user, clientId);
  if (envelope.id <= last) return { result: await earlierOutcome(tx, clientId, envelope.id), lastMutationId: last };

  let reason = forcedReason ?? null;
  if (mayApply) reason = await tryApply(tx, user, envelope);

  await tx.query(
    `INSERT INTO mutation_log (client_id, mutation_id, user_id, type, visit_id, status, reason, payload)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)`,
    [clientId, envelope.id, user.id, envelope.type, envelope.visitId, reason ? 'rejected' : 'applied', reason,
      JSON.stringify(envelope.payload ?? null)],
  );
  await tx.query('UPDATE client_state SET last_mutation_id = $2, updated_at = now() WHERE client_id = $1', [clientId, envelope.id]);
  const result: MutationOutcome = reason ? { id: envelope.id, status: 'rejected', reason } : { id: envelope.id, status: 'applied' };
  return { result, lastMutationId: envelope.id };
}

/**
 * A resent mutation gets the answer it got the first time: a rejection whose reply was lost must
 * reach the phone as a rejection with its reason, not as a duplicate the phone would drop.
 */
async function earlierOutcome(tx: Queryable, clientId: string, id: number): Promise<MutationOutcome> {
  const rows = await tx.query<{ status: string; reason: string | null }>(
    'SELECT status, reason FROM mutation_log WHERE client_id = $1 AND mutation_id = $2',
    [clientId, id],
  );
  const earlier = rows[0];
  if (earlier?.status === 'rejected') return { id, status: 'rejected', reason: earlier.reason ?? 'rejected' };
  return { id, status: 'duplicate' };
}

/** Returns null when applied, or the reason it was rejected. */
async function tryApply(tx: Queryable, user: SessionUser, envelope: MutationEnvelope): Promise<string | null> {
  const parsed = Mutation.safeParse(envelope);
  if (!parsed.success) return describeIssues(envelope, parsed.error.issues);
  const m = parsed.data;
  const mine = await tx.query(
    `SELECT 1 FROM visits WHERE id = $1 AND inspector_id = $2 AND status = 'assigned'`,
    [m.visitId, user.id],
  );
  if (mine.length === 0) return 'not your visit';
  const mismatch = payloadVisitMismatch(m);
  if (mismatch) return mismatch;
  try {
    await applyMutation(tx, m, user.id);
    return null;
  } catch (err) {
    if (err instanceof Rejection) return err.message;
    throw err;
  }
}

/** Locks (creating on first sight) the client's row; a client id is bound to its first user. */
async function lockClient(tx: Queryable, user: SessionUser, clientId: string): Promise<number> {
  await tx.query('INSERT INTO client_state (client_id, user_id) VALUES ($1, $2) ON CONFLICT (client_id) DO NOTHING', [
    clientId,
    user.id,
  ]);
  const rows = await tx.query<{ user_id: string; last_mutation_id: number }>(
    'SELECT user_id, last_mutation_id FROM client_state WHERE client_id = $1 FOR UPDATE',
    [clientId],
  );
  if (rows[0].user_id !== user.id) throw new HttpError(403, 'forbidden', 'This client id belongs to another user');
  return rows[0].last_mutation_id;
}

function describeIssues(envelope: MutationEnvelope, issues: Array<{ path: PropertyKey[]; message: string; code?: string }>) {
  if (issues.some((i) => i.path.length === 1 && i.path[0] === 'type')) return `unknown mutation type '${envelope.type}'`;
  const text = issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || '(mutation)'}: ${i.message}`)
    .join('; ');
  return `invalid ${envelope.type}: ${text}`;
}

/** SQLSTATE class 22 (data exception) and 23 (integrity constraint violation). */
function isPermanentDbError(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return typeof code === 'string' && (code.startsWith('22') || code.startsWith('23'));
}
