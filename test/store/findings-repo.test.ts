import { afterEach, describe, expect, it } from 'vitest';
import {
  listPending,
  addOnsiteWorker,
  getReconciliation,
  getTally,
  importOnsiteWorkers,
  InvalidInputError,
  listNotices,
  listOnsite,
  onsiteStillIs,
  pendingBatch,
  removeOnsiteWorker,
  saveNotice,
  saveReconciliation,
  setTally,
  StorageFullError,
  type HeadcountDb,
} from '../../src/store';
import { MAX_BULK_WORKERS, Mutation } from '../../src/protocol';
import { failWritesTo } from './faults';
import { freshDb, notice, onsiteWorker, reconciliation } from './fixtures';

async function outboxTypes(db: HeadcountDb): Promise<string[]> {
  return (await listPending(db)).map((r) => r.mutation.type);
}

/** Every stored mutation, with its id filled in, must be a valid protocol Mutation. */
async function expectValidMutations(db: HeadcountDb): Promise<void> {
  for (const row of await listPending(db)) {
    expect(Mutation.safeParse({ ...row.mutation, id: row.id }).success).toBe(true);
  }
}

describe('findings repository', () => {
  let db: HeadcountDb;
  afterEach(() => db?.delete());

  describe('each write stores the data and exactly one outbox mutation', () => {
    it('records the head count', async () => {
      db = freshDb();
      await setTally(db, 'v1', 42);
      expect(await getTally(db, 'v1')).toBe(42);
      expect(await outboxTypes(db)).toEqual(['tally.set']);
      await expectValidMutations(db);
    });

    it('lists an imported sheet in the order of its rows', async () => {
      db = freshDb();
      const recordedAt = new Date().toISOString();
      const workers = [3, 1, 2].map((row) => onsiteWorker('v1', { source: 'csv', sourceRow: row, recordedAt, name: `Row ${row}` }));
      await importOnsiteWorkers(db, 'v1', 'staff.csv', workers);
      expect((await listOnsite(db, 'v1')).map((w) => w.name)).toEqual(['Row 1', 'Row 2', 'Row 3']);
    });

    it('tells whether a list read earlier is still the visit\'s, without reading it again', async () => {
      db = freshDb();
      const [a, b] = [onsiteWorker('v1'), onsiteWorker('v1')];
      await addOnsiteWorker(db, a);
      const read = await listOnsite(db, 'v1');
      expect(await onsiteStillIs(db, 'v1', read)).toBe(true);
      await addOnsiteWorker(db, b);
      expect(await onsiteStillIs(db, 'v1', read)).toBe(false);
      await removeOnsiteWorker(db, 'v1', a.id);
      // As many rows as were read, but another one.
      expect(await onsiteStillIs(db, 'v1', read)).toBe(false);
      expect(await onsiteStillIs(db, 'v1', await listOnsite(db, 'v1'))).toBe(true);
      // Another visit's rows are not this one's.
      await addOnsiteWorker(db, onsiteWorker('v2'));
      expect(await onsiteStillIs(db, 'v1', await listOnsite(db, 'v1'))).toBe(true);
    });

    it('records a worker found on site, and an edit of that worker replaces it', async () => {
      db = freshDb();
      const w = onsiteWorker('v1');
      await addOnsiteWorker(db, w);
      await addOnsiteWorker(db, { ...w, name: 'Chan Sreymom (corrected)' });
      expect((await listOnsite(db, 'v1')).map((x) => x.name)).toEqual(['Chan Sreymom (corrected)']);
      expect(await outboxTypes(db)).toEqual(['onsite.upsert', 'onsite.upsert']);
      await expectValidMutations(db);
    });

    it('removes a worker found on site', async () => {
      db = freshDb();
      const w = onsiteWorker('v1');
      await addOnsiteWorker(db, w);
      await removeOnsiteWorker(db, 'v1', w.id);
      expect(await listOnsite(db, 'v1')).toEqual([]);
      const [, removal] = await listPending(db);
      expect(removal.mutation).toMatchObject({ type: 'onsite.remove', visitId: 'v1', payload: { workerId: w.id } });
    });

    it('saves a reconciliation', async () => {
      db = freshDb();
      await saveReconciliation(db, reconciliation('v1'));
      expect((await getReconciliation(db, 'v1'))?.engine).toBe('test-1');
      expect(await getReconciliation(db, 'v2')).toBeNull();
      expect(await outboxTypes(db)).toEqual(['reconciliation.save']);
      await expectValidMutations(db);
    });

    it('saves notices and lists them per visit', async () => {
      db = freshDb();
      await saveNotice(db, notice('v1'));
      await saveNotice(db, notice('v2'));
      expect(await listNotices(db, 'v1')).toHaveLength(1);
      expect(await outboxTypes(db)).toEqual(['notice.save', 'notice.save']);
      await expectValidMutations(db);
    });
  });

  describe('importing a sheet', () => {
    it(`splits the workers into onsite.bulkAdd mutations of at most ${MAX_BULK_WORKERS}, sharing one import id`, async () => {
      db = freshDb();
      const workers = Array.from({ length: 2 * MAX_BULK_WORKERS + 1 }, (_, i) =>
        onsiteWorker('v1', { source: 'csv', sourceRow: i + 1 }),
      );
      const { importId, mutations } = await importOnsiteWorkers(db, 'v1', 'staff.csv', workers);
      expect(mutations).toBe(3);
      const rows = await pendingBatch(db, 10);
      const sizes = rows.map((r) => (r.mutation.type === 'onsite.bulkAdd' ? r.mutation.payload.workers.length : -1));
      expect(sizes).toEqual([MAX_BULK_WORKERS, MAX_BULK_WORKERS, 1]);
      expect(new Set(rows.map((r) => (r.mutation.payload as { importId: string }).importId))).toEqual(new Set([importId]));
      expect(await listOnsite(db, 'v1')).toHaveLength(workers.length);
      await expectValidMutations(db);
    });

    it('refuses workers that belong to another visit, writing nothing', async () => {
      db = freshDb();
      await expect(importOnsiteWorkers(db, 'v1', 'staff.csv', [onsiteWorker('v2')])).rejects.toThrow(InvalidInputError);
      expect(await db.onsite.count()).toBe(0);
      expect(await db.outbox.count()).toBe(0);
    });
  });

  describe('invalid input is refused before anything is written', () => {
    it('refuses a negative head count', async () => {
      db = freshDb();
      await expect(setTally(db, 'v1', -1)).rejects.toThrow(/Invalid head count: count/);
      expect(await db.tallies.count()).toBe(0);
      expect(await db.outbox.count()).toBe(0);
    });

    it('refuses an on-site worker without a name', async () => {
      db = freshDb();
      await expect(addOnsiteWorker(db, onsiteWorker('v1', { name: '  ' }))).rejects.toThrow(/Invalid on-site worker: name/);
      expect(await db.outbox.count()).toBe(0);
    });

    it('refuses removing a worker by something that is not a worker id', async () => {
      db = freshDb();
      await expect(removeOnsiteWorker(db, 'v1', 'not-a-uuid')).rejects.toThrow(InvalidInputError);
    });
  });

  describe('a failing write leaves neither data nor outbox row', () => {
    it('rolls back the head count when the disk is full as the mutation is recorded', async () => {
      db = freshDb();
      failWritesTo(db, 'outbox');
      await expect(setTally(db, 'v1', 5)).rejects.toThrow(StorageFullError);
      expect(await getTally(db, 'v1')).toBeNull();
      expect(await db.outbox.count()).toBe(0);
    });

    it('rolls back a whole import when its second chunk cannot be recorded', async () => {
      db = freshDb();
      failWritesTo(db, 'outbox', { failFrom: 2 });
      const workers = Array.from({ length: MAX_BULK_WORKERS + 5 }, () => onsiteWorker('v1'));
      await expect(importOnsiteWorkers(db, 'v1', 'staff.csv', workers)).rejects.toThrow(StorageFullError);
      expect(await db.onsite.count()).toBe(0);
      expect(await db.outbox.count()).toBe(0);
    });

    it('recognises a quota error wrapped as the inner error of an abort', async () => {
      db = freshDb();
      failWritesTo(db, 'notices', {
        error: () => Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: new DOMException('full', 'QuotaExceededError') }),
      });
      await expect(saveNotice(db, notice('v1'))).rejects.toThrow(/storage is full/);
      expect(await db.outbox.count()).toBe(0);
    });

    it('passes other failures through unchanged, still rolling back', async () => {
      db = freshDb();
      failWritesTo(db, 'outbox', { error: () => new DOMException('disk gone', 'UnknownError') });
      const err = await addOnsiteWorker(db, onsiteWorker('v1')).catch((e: unknown) => e);
      expect(err).not.toBeInstanceOf(StorageFullError);
      expect(await db.onsite.count()).toBe(0);
    });
  });
});
