import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type MutationEnvelope, type MutationOutcome } from '../../src/protocol';
import { createApp } from '../../src/server/app';
import { runMigrations } from '../../src/server/db/migrations';
import { seedDemo } from '../../src/server/seed/seed';
import { assignVisit } from '../../src/server/sync/assignments';
import { createTestDatabase, type TestDatabase } from './helpers/databases';
import { onsiteWorker } from './helpers/fixtures';
import { call, tokenFor } from './helpers/http';

/** Never assigned to inspector.demo: everything written for it must come back rejected, with the same reason every time. */
const FOREIGN = 'visit-2026-0105';
const CLIENTS = 2;

const Write = fc.record({
  kind: fc.constant('write' as const),
  client: fc.nat(CLIENTS - 1),
  what: fc.constantFrom('onsite', 'tally', 'tally', 'bad', 'foreign'),
});
const Push = fc.record({
  kind: fc.constant('push' as const),
  client: fc.nat(CLIENTS - 1),
  max: fc.integer({ min: 1, max: 8 }),
  // lost-request: never reaches the server; lost-reply: applied, answer lost; duplicate: the network
  // delivers it twice; late-copy: an old request of this client arrives again long after.
  fate: fc.constantFrom('ok', 'ok', 'lost-request', 'lost-reply', 'duplicate', 'late-copy'),
});
const Schedule = fc.array(fc.oneof({ arbitrary: Write, weight: 3 }, { arbitrary: Push, weight: 2 }), { maxLength: 30 });

interface Client {
  clientId: string;
  visitId: string;
  outbox: MutationEnvelope[];
  nextId: number;
  sent: string[];
  /** What each id should end as: applied, or rejected. */
  expect: Map<number, 'applied' | 'rejected'>;
  lastTally: number | null;
  workers: string[];
}

describe('push under random schedules of lost requests, lost replies, duplicates and late copies [pglite]', () => {
  let handle: TestDatabase;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    handle = await createTestDatabase('pglite');
    await runMigrations(handle.db);
    await seedDemo(handle.db);
    app = createApp({ db: handle.db });
  });
  afterAll(() => handle.drop());

  it('applies every mutation exactly once and in order per client, and answers every resend as it did first', async () => {
    const token = await tokenFor(app, 'inspector.demo');
    let run = 0;

    await fc.assert(
      fc.asyncProperty(Schedule, async (steps) => {
        run++;
        const clients: Client[] = [];
        for (let c = 0; c < CLIENTS; c++) {
          const visitId = `visit-prop-${run}-${c}-${randomUUID().slice(0, 8)}`;
          await handle.db.transaction((tx) =>
            assignVisit(tx, { employerId: 'emp-lotus-hotel', inspectorUsername: 'inspector.demo', scheduledDate: '2026-12-01', reason: 'routine', complaint: null }, visitId),
          );
          clients.push({ clientId: randomUUID(), visitId, outbox: [], nextId: 1, sent: [], expect: new Map(), lastTally: null, workers: [] });
        }
        const answers = new Map<string, MutationOutcome[]>();
        const send = async (c: Client, body: string) => {
          const res = await call(app, 'POST', '/api/sync/push', { token, body, contentType: 'application/json' });
          expect(res.status).toBe(200);
          for (const r of res.body.results as MutationOutcome[]) {
            const key = `${c.clientId}:${r.id}`;
            answers.set(key, [...(answers.get(key) ?? []), r]);
          }
          return res.body.results as MutationOutcome[];
        };
        const push = async (c: Client, max: number, fate: string) => {
          if (fate === 'late-copy') {
            if (c.sent.length > 0) await send(c, c.sent[Math.floor(c.sent.length / 2)]);
            return;
          }
          if (c.outbox.length === 0) return;
          const body = JSON.stringify({ protocolVersion: PROTOCOL_VERSION, clientId: c.clientId, mutations: c.outbox.slice(0, max) });
          c.sent.push(body);
          if (fate === 'lost-request') return;
          let results = await send(c, body);
          if (fate === 'duplicate') results = await send(c, body);
          if (fate === 'lost-reply') return;
          const settled = new Set(results.map((r) => r.id));
          c.outbox = c.outbox.filter((m) => !settled.has(m.id));
        };

        for (const step of steps) {
          const c = clients[step.client];
          if (step.kind === 'push') {
            await push(c, step.max, step.fate);
            continue;
          }
          const id = c.nextId++;
          const at = new Date().toISOString();
          if (step.what === 'onsite') {
            const w = onsiteWorker(c.visitId);
            c.workers.push(w.id);
            c.outbox.push({ id, visitId: c.visitId, createdAt: at, type: 'onsite.upsert', payload: { worker: w } });
          } else if (step.what === 'tally') {
            c.lastTally = id;
            c.outbox.push({ id, visitId: c.visitId, createdAt: at, type: 'tally.set', payload: { count: id } });
          } else {
            const visitId = step.what === 'foreign' ? FOREIGN : c.visitId;
            c.outbox.push({ id, visitId, createdAt: at, type: 'tally.set', payload: { count: step.what === 'bad' ? -1 : 1 } });
          }
          c.expect.set(id, step.what === 'bad' || step.what === 'foreign' ? 'rejected' : 'applied');
        }
        // The connection comes back for good: every client empties its outbox.
        for (const c of clients) for (let i = 0; c.outbox.length > 0 && i < 20; i++) await push(c, 100, 'ok');

        for (const c of clients) {
          expect(c.outbox).toEqual([]);
          const log = await handle.db.query<{ mutation_id: number; status: string }>(
            'SELECT mutation_id, status FROM mutation_log WHERE client_id = $1 ORDER BY id',
            [c.clientId],
          );
          // exactly once, in the order sent
          expect(log.map((r) => Number(r.mutation_id))).toEqual([...c.expect.keys()]);
          expect(log.map((r) => r.status)).toEqual([...c.expect.values()]);
          const tally = await handle.db.query<{ count: number }>('SELECT count FROM tallies WHERE visit_id = $1', [c.visitId]);
          expect(tally.map((r) => Number(r.count))).toEqual(c.lastTally === null ? [] : [c.lastTally]);
          const rows = await handle.db.query<{ n: number }>('SELECT count(*)::int AS n FROM onsite_workers WHERE visit_id = $1', [c.visitId]);
          expect(rows[0].n).toBe(c.workers.length);
          for (const [id, fate] of c.expect) {
            const seen = answers.get(`${c.clientId}:${id}`) ?? [];
            expect(seen.filter((a) => a.status === 'applied').length).toBeLessThanOrEqual(1);
            if (fate === 'rejected') {
              expect(seen.every((a) => a.status === 'rejected')).toBe(true);
              expect(new Set(seen.map((a) => a.reason)).size).toBe(1);
            } else {
              expect(seen.every((a) => a.status !== 'rejected')).toBe(true);
            }
          }
        }
        const foreign = await handle.db.query('SELECT 1 FROM tallies WHERE visit_id = $1', [FOREIGN]);
        expect(foreign).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
