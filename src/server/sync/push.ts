import type { MutationEnvelope, MutationOutcome, PushRequest, PushResponse, SessionUser } from '../../protocol';
import type { Db, Queryable } from '../db/db';
import { checkMutations, type Checked } from './checks';
import { advanceClient, lockClient } from './client-state';
import { isPermanentDbError, isRetryableDbError } from './db-errors';
import { BatchEffects, Rejection } from './effects';
import { earlierOutcome, earlierRejections, insertLogRows, type LogRow } from './mutation-log';

/** A batch that lost a race (deadlock, an id filed elsewhere meanwhile) runs again this many times before the client is told to retry. */
const MAX_ATTEMPTS = 3;

/**
 * Exactly-once push (the Replicache scheme): the whole batch is one transaction that locks the
 * client's row, skips ids already seen, applies the new ones in order, logs them and advances
 * last_mutation_id, all committing together. A retried batch is therefore acknowledged, never
 * re-applied, and a crash mid-batch leaves nothing half-done: the client gets no answer and resends.
 *
 * A data or constraint error would fail the same way on every retry and block the client's queue,
 * so it must be parked instead. When one happens the batch is rolled back and run again in careful
 * mode: a savepoint around each mutation, so only the poisoned one is rejected and the rest apply.
 */
export async function processPush(db: Db, user: SessionUser, req: PushRequest): Promise<PushResponse> {
  let careful = false;
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction((tx) => pushBatch(tx, user, req, careful));
    } catch (err) {
      if (!careful && isPermanentDbError(err)) careful = true;
      else if (!(isRetryableDbError(err) && attempt < MAX_ATTEMPTS)) throw err;
    }
  }
}

async function pushBatch(tx: Queryable, user: SessionUser, req: PushRequest, careful: boolean): Promise<PushResponse> {
  const { clientId, mutations } = req;
  const startedAt = await lockClient(tx, user, clientId);
  // Ids only rise: one at or below the running last was applied before, or earlier in this very request.
  const fresh: MutationEnvelope[] = [];
  const isFresh: boolean[] = [];
  let last = startedAt;
  for (const m of mutations) {
    isFresh.push(m.id > last);
    if (m.id > last) {
      fresh.push(m);
      last = m.id;
    }
  }
  const rejections = await earlierRejections(tx, clientId, mutations.filter((m) => m.id <= startedAt).map((m) => m.id));
  const checked = await checkMutations(tx, user.id, fresh);
  const logRows = careful ? await applyCarefully(tx, user.id, clientId, fresh, checked) : await applyAll(tx, user.id, fresh, checked);
  await insertLogRows(tx, clientId, user.id, careful ? [] : logRows);

  for (const row of logRows) if (row.reason !== null) rejections.set(row.mutationId, row.reason);
  const applied = new Set(logRows.filter((r) => r.reason === null).map((r) => r.mutationId));
  const results = mutations.map((m, i): MutationOutcome => {
    if (!isFresh[i]) return earlierOutcome(m.id, rejections);
    return applied.has(m.id) ? { id: m.id, status: 'applied' } : { id: m.id, status: 'rejected', reason: rejections.get(m.id)! };
  });
  if (last > startedAt) await advanceClient(tx, clientId, last);
  return { lastMutationId: last, results };
}

/** The fast path: every effect worked out in memory, then a few statements for the whole batch. */
async function applyAll(tx: Queryable, userId: string, fresh: MutationEnvelope[], checked: Checked[]): Promise<LogRow[]> {
  const effects = await BatchEffects.load(tx, checked.flatMap((c) => ('mutation' in c ? [c.mutation] : [])));
  const rows = fresh.map((envelope, i) => logRow(envelope, tryApply(effects, checked[i])));
  await effects.write(tx, userId);
  return rows;
}

/** One savepoint per mutation: a permanent database error rolls back that mutation only, logged as rejected. */
async function applyCarefully(tx: Queryable, userId: string, clientId: string, fresh: MutationEnvelope[], checked: Checked[]): Promise<LogRow[]> {
  const rows: LogRow[] = [];
  for (const [i, envelope] of fresh.entries()) {
    await tx.query('SAVEPOINT push_mutation');
    let row: LogRow;
    try {
      [row] = await applyAll(tx, userId, [envelope], [checked[i]]);
      await insertLogRows(tx, clientId, userId, [row]);
    } catch (err) {
      if (!isPermanentDbError(err)) throw err;
      await tx.query('ROLLBACK TO SAVEPOINT push_mutation');
      row = logRow(envelope, `could not be stored: ${(err as Error).message}`);
      await logKeepingWhatFits(tx, clientId, userId, row);
    }
    await tx.query('RELEASE SAVEPOINT push_mutation');
    rows.push(row);
  }
  return rows;
}

/** The payload itself may be what the database refused (a \u0000 in a string); then only the reason is kept. */
async function logKeepingWhatFits(tx: Queryable, clientId: string, userId: string, row: LogRow): Promise<void> {
  await tx.query('SAVEPOINT push_log');
  try {
    await insertLogRows(tx, clientId, userId, [row]);
  } catch (err) {
    if (!isPermanentDbError(err)) throw err;
    await tx.query('ROLLBACK TO SAVEPOINT push_log');
    await insertLogRows(tx, clientId, userId, [{ ...row, payload: null }]);
  }
  await tx.query('RELEASE SAVEPOINT push_log');
}

function tryApply(effects: BatchEffects, checked: Checked): string | null {
  if ('reason' in checked) return checked.reason;
  try {
    effects.apply(checked.mutation);
    return null;
  } catch (err) {
    if (err instanceof Rejection) return err.message;
    throw err;
  }
}

function logRow(envelope: MutationEnvelope, reason: string | null): LogRow {
  return { mutationId: envelope.id, type: envelope.type, visitId: envelope.visitId, reason, payload: envelope.payload };
}
