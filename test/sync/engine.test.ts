import { afterEach, describe, expect, it } from 'vitest';
import { MAX_PUSH_MUTATIONS } from '../../src/protocol';
import {
  addOnsiteWorker,
  getCursor,
  getLastSyncAt,
  getSchedule,
  getTally,
  getVisitPackage,
  listRejected,
  listVisits,
  outboxCounts,
  pendingBatch,
  setTally,
} from '../../src/store';
import { OfflineError, prepareAll, prepareVisit, ServerError, syncNow } from '../../src/sync';
import { onsiteWorker, visitPackage } from '../store/fixtures';
import { harness, type Harness } from './harness';

describe('sync engine', () => {
  let h: Harness;
  afterEach(() => h?.db.delete());

  describe('push', () => {
    it(`sends the outbox oldest first in batches of ${MAX_PUSH_MUTATIONS} and empties it`, async () => {
      h = harness();
      h.server.assign(visitPackage('v1'));
      for (let i = 1; i <= 2 * MAX_PUSH_MUTATIONS + 50; i++) await setTally(h.db, 'v1', i);

      const report = await syncNow(h.db, h.api);

      expect(report).toEqual({ pushed: 250, rejected: 0, pulledVisits: 1 });
      expect(h.server.requests.filter((r) => r === 'POST /api/sync/push')).toHaveLength(3);
      expect(h.server.applied.map((m) => (m.payload as { count: number }).count)).toEqual(
        Array.from({ length: 250 }, (_, i) => i + 1),
      );
      expect(await outboxCounts(h.db)).toEqual({ pending: 0, rejected: 0 });
    });

    it('resends a batch whose reply was lost, and the server applies it only once', async () => {
      h = harness();
      h.server.assign(visitPackage('v1'));
      await setTally(h.db, 'v1', 7);
      h.server.fail('lost-reply');

      expect((await syncNow(h.db, h.api)).error).toBe('offline');
      expect(await outboxCounts(h.db)).toEqual({ pending: 1, rejected: 0 });
      expect((await pendingBatch(h.db, 1))[0]).toMatchObject({ attempts: 1, lastError: expect.any(String) });

      const retry = await syncNow(h.db, h.api);
      expect(retry.pushed).toBe(1);
      expect(retry.error).toBeUndefined();
      expect(h.server.applied).toHaveLength(1);
      expect(await outboxCounts(h.db)).toEqual({ pending: 0, rejected: 0 });
    });

    it('parks a rejected mutation with its reason and delivers the ones after it', async () => {
      h = harness();
      h.server.assign(visitPackage('v1'));
      await setTally(h.db, 'not-mine', 3);
      await setTally(h.db, 'v1', 4);

      const report = await syncNow(h.db, h.api);

      expect(report).toMatchObject({ pushed: 1, rejected: 1 });
      expect(h.server.applied.map((m) => m.visitId)).toEqual(['v1']);
      const [parked] = await listRejected(h.db);
      expect(parked).toMatchObject({ status: 'rejected', lastError: 'visit_not_assigned' });
      expect(parked.mutation.visitId).toBe('not-mine');
      // and is never sent again
      await syncNow(h.db, h.api);
      expect(h.server.rejected).toHaveLength(1);
    });

    it('parks a rejected mutation whose reply was lost once the resend is rejected again', async () => {
      h = harness();
      await setTally(h.db, 'not-mine', 3);
      h.server.fail('lost-reply');
      expect((await syncNow(h.db, h.api)).error).toBe('offline');
      expect(await syncNow(h.db, h.api)).toMatchObject({ pushed: 0, rejected: 1 });
      expect(await outboxCounts(h.db)).toEqual({ pending: 0, rejected: 1 });
    });

    it.each([
      [401, 'auth'],
      [426, 'too_old'],
      [500, 'server'],
      ['lost-request', 'offline'],
    ] as const)('keeps the whole outbox when the push meets %s (%s)', async (fault, kind) => {
      h = harness();
      h.server.assign(visitPackage('v1'));
      await setTally(h.db, 'v1', 1);
      await addOnsiteWorker(h.db, onsiteWorker('v1'));
      h.server.fail(fault);

      const report = await syncNow(h.db, h.api);

      expect(report).toEqual({ pushed: 0, rejected: 0, pulledVisits: 0, error: kind });
      expect(await outboxCounts(h.db)).toEqual({ pending: 2, rejected: 0 });
      expect(h.server.applied).toHaveLength(0);
      expect(h.server.requests).not.toContain('GET /api/sync/pull');
    });

    it('stops at the first failing batch, keeping later batches for the next sync', async () => {
      h = harness();
      h.server.assign(visitPackage('v1'));
      for (let i = 1; i <= MAX_PUSH_MUTATIONS + 1; i++) await setTally(h.db, 'v1', i);
      h.server.fail('lost-request');
      // first batch fails: nothing reaches the server
      expect(await syncNow(h.db, h.api)).toMatchObject({ pushed: 0, error: 'offline' });
      expect((await outboxCounts(h.db)).pending).toBe(MAX_PUSH_MUTATIONS + 1);
      expect(await syncNow(h.db, h.api)).toMatchObject({ pushed: MAX_PUSH_MUTATIONS + 1 });
    });
  });

  describe('pull', () => {
    it('takes in assignment changes and moves the cursor', async () => {
      h = harness();
      h.server.assign(visitPackage('v1'));
      h.server.assign(visitPackage('v2'));
      expect((await syncNow(h.db, h.api)).pulledVisits).toBe(2);
      expect(await getCursor(h.db)).toBe(2);
      expect((await syncNow(h.db, h.api)).pulledVisits).toBe(0);
      expect((await listVisits(h.db)).map((v) => v.id)).toEqual(['v1', 'v2']);
    });

    it('keeps a withdrawn visit and its unsynced findings', async () => {
      h = harness();
      h.server.assign(visitPackage('v1'));
      await prepareVisit(h.db, h.api, 'v1');
      await setTally(h.db, 'v1', 9);
      h.server.withdraw('v1');

      const report = await syncNow(h.db, h.api);

      // the server refuses findings for a visit no longer assigned; they stay visible locally
      expect(report).toMatchObject({ rejected: 1, pulledVisits: 1 });
      const [visit] = await listVisits(h.db);
      expect(visit.status).toBe('withdrawn');
      expect(visit.withdrawnAt).not.toBeNull();
      expect(await getTally(h.db, 'v1')).toBe(9);
      expect(await getVisitPackage(h.db, 'v1')).not.toBeNull();
      expect(await listRejected(h.db)).toHaveLength(1);
    });
  });

  it('refreshes the penalty schedule and records when the sync finished', async () => {
    h = harness();
    expect(await syncNow(h.db, h.api)).toEqual({ pushed: 0, rejected: 0, pulledVisits: 0 });
    expect(await getSchedule(h.db)).toEqual(h.server.schedule);
    expect(await getLastSyncAt(h.db)).not.toBeNull();
  });

  it('runs one sync at a time: a second call while one runs gets the same promise', async () => {
    h = harness();
    h.server.assign(visitPackage('v1'));
    await setTally(h.db, 'v1', 1);
    const first = syncNow(h.db, h.api);
    const second = syncNow(h.db, h.api);
    expect(second).toBe(first);
    await first;
    expect(h.server.requests.filter((r) => r === 'POST /api/sync/push')).toHaveLength(1);
    const later = syncNow(h.db, h.api);
    expect(later).not.toBe(first);
    await later;
  });

  describe('preparing visits', () => {
    it('downloads every assigned visit not yet prepared', async () => {
      h = harness();
      h.server.assign(visitPackage('v1', { workers: 10 }));
      h.server.assign(visitPackage('v2', { workers: 20 }));
      const result = await prepareAll(h.db, h.api);
      expect(result).toEqual({ prepared: ['v1', 'v2'], failed: [] });
      expect((await getVisitPackage(h.db, 'v2'))?.registered).toHaveLength(20);
    });

    it('skips visits already prepared and downloads again those whose version moved on', async () => {
      h = harness();
      h.server.assign(visitPackage('v1'));
      h.server.assign(visitPackage('v2'));
      await prepareAll(h.db, h.api);
      h.server.assign(visitPackage('v2', { workers: 8 }));
      expect(await prepareAll(h.db, h.api)).toEqual({ prepared: ['v2'], failed: [] });
      expect((await getVisitPackage(h.db, 'v2'))?.registered).toHaveLength(8);
    });

    it('carries on past a visit the server cannot serve', async () => {
      h = harness();
      h.server.assign(visitPackage('v1'));
      h.server.assign(visitPackage('v2'));
      const api = { ...h.api, getVisitPackage: (id: string) => (id === 'v1' ? Promise.reject(new ServerError(404, {})) : h.api.getVisitPackage(id)) };
      const result = await prepareAll(h.db, api);
      expect(result.prepared).toEqual(['v2']);
      expect(result.failed).toEqual([{ visitId: 'v1', error: expect.stringContaining('404') }]);
    });

    it('stops when the connection drops, leaving the rest for later', async () => {
      h = harness();
      h.server.assign(visitPackage('v1'));
      h.server.assign(visitPackage('v2'));
      const api = { ...h.api, getVisitPackage: () => Promise.reject(new OfflineError()) };
      await expect(prepareAll(h.db, api)).rejects.toThrow(OfflineError);
      expect(await listVisits(h.db)).toHaveLength(2);
      expect(await getVisitPackage(h.db, 'v1')).toBeNull();
    });
  });
});
