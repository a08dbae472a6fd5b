import { afterEach, describe, expect, it } from 'vitest';
import {
  acknowledge,
  enqueue,
  listRejected,
  outboxCounts,
  park,
  pendingBatch,
  sealMutations,
  toEnvelope,
  type HeadcountDb,
} from '../../src/store';
import type { NewMutation } from '../../src/protocol';
import { freshDb } from './fixtures';

const tally = (count: number): NewMutation => ({
  type: 'tally.set',
  visitId: 'v1',
  createdAt: '2025-03-10T09:00:00.000Z',
  payload: { count },
});

async function enqueueAlone(db: HeadcountDb, m: NewMutation): Promise<number> {
  const [sealed] = await sealMutations(db, [m]);
  return db.transaction('rw', [db.outbox], () => enqueue(db, sealed));
}

describe('outbox', () => {
  let db: HeadcountDb;
  afterEach(() => db?.delete());

  it('refuses to enqueue outside a transaction, so no change can be recorded apart from its data', async () => {
    db = freshDb();
    const [sealed] = await sealMutations(db, [tally(1)]);
    await expect(enqueue(db, sealed)).rejects.toThrow(/inside a read-write transaction/);
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses a transaction that does not include the outbox', async () => {
    db = freshDb();
    const [sealed] = await sealMutations(db, [tally(1)]);
    await expect(db.transaction('rw', [db.tallies], () => enqueue(db, sealed))).rejects.toThrow(/includes db.outbox/);
  });

  it('gives mutations increasing ids that are never reused after acknowledgement', async () => {
    db = freshDb();
    const a = await enqueueAlone(db, tally(1));
    const b = await enqueueAlone(db, tally(2));
    await acknowledge(db, [a, b]);
    const c = await enqueueAlone(db, tally(3));
    expect(a).toBeLessThan(b);
    expect(c).toBeGreaterThan(b);
  });

  it('hands out pending mutations oldest first, skipping parked ones, up to the limit', async () => {
    db = freshDb();
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await enqueueAlone(db, tally(i)));
    await park(db, ids[1], 'visit not assigned to you');
    const batch = await pendingBatch(db, 3);
    expect(batch.map((r) => r.id)).toEqual([ids[0], ids[2], ids[3]]);
  });

  it('turns a row into a wire envelope whose id is the row id', async () => {
    db = freshDb();
    const id = await enqueueAlone(db, tally(7));
    const [row] = await pendingBatch(db, 1);
    expect(toEnvelope(row)).toEqual({ id, visitId: 'v1', createdAt: '2025-03-10T09:00:00.000Z', type: 'tally.set', payload: { count: 7 } });
  });

  it('counts pending and rejected mutations and lists the rejected with their reason', async () => {
    db = freshDb();
    const a = await enqueueAlone(db, tally(1));
    await enqueueAlone(db, tally(2));
    await park(db, a, 'count too large');
    expect(await outboxCounts(db)).toEqual({ pending: 1, rejected: 1 });
    const [rejected] = await listRejected(db);
    expect(rejected).toMatchObject({ id: a, status: 'rejected', lastError: 'count too large' });
  });
});
