import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addOnsiteWorker, importOnsiteWorkers, listRejected, outboxCounts, removeOnsiteWorker, setTally } from '../../src/store';
import { syncNow } from '../../src/sync';
import { onsiteWorker, visitPackage } from '../store/fixtures';
import type { Fault } from './fake-server';
import { harness, type Harness } from './harness';

/** 'gone' is never assigned to the inspector: the server rejects everything written for it. */
const Visit = fc.constantFrom('v1', 'v2', 'gone');
const Step = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('tally' as const), visit: Visit }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('onsite' as const), visit: Visit }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('remove' as const), visit: Visit }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('import' as const), visit: Visit, workers: fc.integer({ min: 1, max: 4 }) }), weight: 1 },
  // enough writes at once to span push batches
  { arbitrary: fc.record({ kind: fc.constant('burst' as const), visit: Visit, count: fc.integer({ min: 20, max: 160 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('sync' as const) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('write-while-syncing' as const), visit: Visit }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('fault' as const),
      fault: fc.constantFrom<Fault>('lost-request', 'lost-reply', 500, 401, 426),
    }),
    weight: 3,
  },
);
type Step = typeof Step extends fc.Arbitrary<infer S> ? S : never;

interface Expected {
  visitId: string;
  type: string;
  count?: number;
}

async function perform(h: Harness, step: Step, log: Expected[]): Promise<void> {
  const tally = async (visitId: string) => {
    const count = log.length;
    await setTally(h.db, visitId, count);
    log.push({ visitId, type: 'tally.set', count });
  };
  switch (step.kind) {
    case 'tally':
      return tally(step.visit);
    case 'burst':
      for (let i = 0; i < step.count; i++) await tally(step.visit);
      return;
    case 'onsite':
      await addOnsiteWorker(h.db, onsiteWorker(step.visit));
      log.push({ visitId: step.visit, type: 'onsite.upsert' });
      return;
    case 'remove':
      await removeOnsiteWorker(h.db, step.visit, crypto.randomUUID());
      log.push({ visitId: step.visit, type: 'onsite.remove' });
      return;
    case 'import': {
      const workers = Array.from({ length: step.workers }, () => onsiteWorker(step.visit, { source: 'csv' }));
      await importOnsiteWorkers(h.db, step.visit, 'staff.csv', workers);
      log.push({ visitId: step.visit, type: 'onsite.bulkAdd' });
      return;
    }
    case 'sync':
      await syncNow(h.db, h.api);
      return;
    case 'write-while-syncing':
      await Promise.all([syncNow(h.db, h.api), tally(step.visit)]);
      return;
    case 'fault':
      h.server.fail(step.fault);
      return;
  }
}

describe('sync engine under random writes, syncs and faults', () => {
  it('eventually applies every mutation exactly once, in order, parks the rejected, and empties the outbox', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(Step, { maxLength: 25 }), async (steps) => {
        const h = harness();
        h.server.assign(visitPackage('v1'));
        h.server.assign(visitPackage('v2'));
        const log: Expected[] = [];
        try {
          for (const step of steps) await perform(h, step, log);

          // The network heals: a few syncs must drain everything.
          h.server.clearFaults();
          for (let i = 0; i < 3 && (await outboxCounts(h.db)).pending > 0; i++) {
            expect((await syncNow(h.db, h.api)).error).toBeUndefined();
          }

          // Mutation ids are 1..N on a fresh device, in the order of the writes.
          const expectedApplied = log
            .map((m, i) => ({ ...m, id: i + 1 }))
            .filter((m) => m.visitId !== 'gone');
          const expectedRejected = log.map((m, i) => ({ ...m, id: i + 1 })).filter((m) => m.visitId === 'gone');

          expect(h.server.applied.map((m) => m.id)).toEqual(expectedApplied.map((m) => m.id));
          expect(
            h.server.applied.map((m) => ({
              visitId: m.visitId,
              type: m.type,
              ...(m.type === 'tally.set' ? { count: (m.payload as { count: number }).count } : {}),
            })),
          ).toEqual(expectedApplied.map(({ id: _, ...m }) => m));
          expect(h.server.rejected.map((r) => r.id)).toEqual(expectedRejected.map((m) => m.id));
          expect((await listRejected(h.db)).map((r) => r.id)).toEqual(expectedRejected.map((m) => m.id));
          expect(await outboxCounts(h.db)).toEqual({ pending: 0, rejected: expectedRejected.length });
        } finally {
          await h.db.delete();
        }
      }),
      { numRuns: Number(process.env.SYNC_PROPERTY_RUNS ?? 60) },
    );
  }, 120_000);
});
