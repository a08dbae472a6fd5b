import { Dexie } from 'dexie';
import type { MutationEnvelope, NewMutation } from '../protocol';
import { revealAll } from './crypto/protect';
import type { Sealed } from './crypto/vault';
import type { HeadcountDb, OutboxRow, StoredOutboxRow } from './db';
import { writeTx } from './write';

/** A mutation sealed for the outbox, ready to be written inside the transaction of its change. */
export interface SealedMutation {
  sealed: Sealed;
}

/** Mutations carry workers' names and IDs: seal them before the transaction that records them. */
export async function sealMutations(db: HeadcountDb, mutations: NewMutation[]): Promise<SealedMutation[]> {
  return (await db.requireVault().sealAll(mutations)).map((sealed) => ({ sealed }));
}

async function reveal(db: HeadcountDb, rows: StoredOutboxRow[]): Promise<OutboxRow[]> {
  const mutations = await revealAll<NewMutation>(db.requireVault(), rows);
  return rows.map(({ sealed: _s, plain: _p, ...row }, i) => ({ ...row, mutation: mutations[i] }));
}

/**
 * Records a local change for the server.
 *
 * MUST be called inside the same `db.transaction('rw', [table, db.outbox], …)` as the change it
 * records: then the change and its mutation commit or roll back together, and the server can apply
 * each mutation exactly once by (clientId, id) without the client ever losing or inventing one.
 * Returns the mutation id.
 */
export async function enqueue(db: HeadcountDb, m: SealedMutation): Promise<number> {
  const tx = Dexie.currentTransaction;
  if (!tx || tx.mode !== 'readwrite' || !tx.storeNames.includes(db.outbox.name)) {
    throw new Error('enqueue() must run inside a read-write transaction that includes db.outbox, together with the change it records');
  }
  return db.outbox.add({
    sealed: m.sealed,
    status: 'pending',
    attempts: 0,
    lastError: null,
    createdAt: new Date().toISOString(),
  });
}

/** The oldest pending mutations first (ties in the status index are ordered by id). */
export async function pendingBatch(db: HeadcountDb, limit: number): Promise<OutboxRow[]> {
  return reveal(db, await db.outbox.where('status').equals('pending').limit(limit).toArray());
}

/** What a push carries for one outbox row: the row id becomes the mutation id. */
export function toEnvelope(row: OutboxRow): MutationEnvelope {
  const { visitId, createdAt, type, payload } = row.mutation;
  return { id: row.id, visitId, createdAt, type, payload };
}

/** The server has the mutations (applied now or earlier): forget them. */
export function acknowledge(db: HeadcountDb, ids: number[]): Promise<void> {
  return writeTx(db, [db.outbox], () => db.outbox.bulkDelete(ids));
}

/** The server refused the mutation for good: keep it for the inspector to see, never resend it. */
export async function park(db: HeadcountDb, id: number, reason: string): Promise<void> {
  await writeTx(db, [db.outbox], () => db.outbox.update(id, { status: 'rejected', lastError: reason }));
}

export interface Settlement {
  acknowledged: number[];
  rejected: { id: number; reason: string }[];
}

/** Applies one push response atomically. */
export function settle(db: HeadcountDb, s: Settlement): Promise<void> {
  return writeTx(db, [db.outbox], async () => {
    await acknowledge(db, s.acknowledged);
    for (const r of s.rejected) await park(db, r.id, r.reason);
  });
}

/** Counts a failed delivery attempt, for diagnostics; the rows stay pending. */
export function noteAttempt(db: HeadcountDb, ids: number[], error: string): Promise<void> {
  return writeTx(db, [db.outbox], async () => {
    await db.outbox
      .where('id')
      .anyOf(ids)
      .modify((row) => {
        row.attempts += 1;
        row.lastError = error;
      });
  });
}

export async function outboxCounts(db: HeadcountDb): Promise<{ pending: number; rejected: number }> {
  const [pending, rejected] = await Promise.all([
    db.outbox.where('status').equals('pending').count(),
    db.outbox.where('status').equals('rejected').count(),
  ]);
  return { pending, rejected };
}

export async function listRejected(db: HeadcountDb): Promise<OutboxRow[]> {
  return reveal(db, await db.outbox.where('status').equals('rejected').toArray());
}

/** Every unacknowledged mutation, oldest first, opened (for export to a file). */
export async function listPending(db: HeadcountDb): Promise<OutboxRow[]> {
  return reveal(db, await db.outbox.where('status').equals('pending').sortBy('id'));
}
