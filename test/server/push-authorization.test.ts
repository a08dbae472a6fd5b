import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../src/protocol';
import { forEachDatabase } from './helpers/databases';
import { envelopes, notice, onsiteWorker } from './helpers/fixtures';
import { call, tokenFor } from './helpers/http';

forEachDatabase('sync push for withdrawn and reassigned visits', (t) => {
  const push = async (user: string, mutations: unknown[], clientId: string = randomUUID()) =>
    call(t.app, 'POST', '/api/sync/push', {
      token: await tokenFor(t.app, user),
      json: { protocolVersion: PROTOCOL_VERSION, clientId, mutations },
    });
  const supervisor = () => tokenFor(t.app, 'supervisor.demo');
  const newVisit = async (inspectorUsername: string): Promise<string> => {
    const res = await call(t.app, 'POST', '/api/supervisor/visits', {
      token: await supervisor(),
      json: { employerId: 'emp-lotus-hotel', inspectorUsername, scheduledDate: '2026-12-01', reason: 'routine', complaint: null },
    });
    expect(res.status).toBe(201);
    return res.body.id;
  };
  const count = async (sql: string, params: unknown[]) => Number((await t.db.query<{ n: number }>(sql, params))[0].n);

  it('applies results recorded offline for a visit withdrawn after the inspector prepared it', async () => {
    const visitId = await newVisit('inspector.demo');
    const prepared = await call(t.app, 'GET', `/api/visits/${visitId}`, { token: await tokenFor(t.app, 'inspector.demo') });
    expect(prepared.status).toBe(200);
    const withdrawn = await call(t.app, 'PATCH', `/api/supervisor/visits/${visitId}`, { token: await supervisor(), json: { status: 'withdrawn' } });
    expect(withdrawn.status).toBe(200);

    const worker = onsiteWorker(visitId);
    const res = await push('inspector.demo', envelopes(visitId, [
      { type: 'tally.set', payload: { count: 17 } },
      { type: 'onsite.upsert', payload: { worker } },
      { type: 'notice.save', payload: { notice: notice(visitId) } },
    ]));
    expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied', 'applied']);
    expect(await count('SELECT count AS n FROM tallies WHERE visit_id = $1', [visitId])).toBe(17);
    expect(await count('SELECT count(*) AS n FROM onsite_workers WHERE id = $1', [worker.id])).toBe(1);
  });

  it('applies the old inspector\'s results for a visit reassigned to someone else', async () => {
    const visitId = await newVisit('inspector.demo');
    await call(t.app, 'PATCH', `/api/supervisor/visits/${visitId}`, { token: await supervisor(), json: { inspectorUsername: 'inspector.two' } });
    const res = await push('inspector.demo', envelopes(visitId, [{ type: 'tally.set', payload: { count: 9 } }]));
    expect(res.body.results).toEqual([{ id: 1, status: 'applied' }]);
    const theirs = await push('inspector.two', envelopes(visitId, [{ type: 'tally.set', payload: { count: 10 } }]));
    expect(theirs.body.results).toEqual([{ id: 1, status: 'applied' }]);
  });

  it('still rejects a visit never assigned to the inspector, even one withdrawn from its own inspector', async () => {
    const visitId = await newVisit('inspector.two');
    await call(t.app, 'PATCH', `/api/supervisor/visits/${visitId}`, { token: await supervisor(), json: { status: 'withdrawn' } });
    const res = await push('inspector.demo', envelopes(visitId, [
      { type: 'tally.set', payload: { count: 3 } },
    ]).concat(envelopes('visit-2026-0105', [{ type: 'tally.set', payload: { count: 4 } }]).map((m) => ({ ...m, id: 2 }))));
    expect(res.body.results).toEqual([
      { id: 1, status: 'rejected', reason: 'not your visit' },
      { id: 2, status: 'rejected', reason: 'not your visit' },
    ]);
    expect(await count('SELECT count(*) AS n FROM tallies WHERE visit_id = ANY($1::text[])', [[visitId, 'visit-2026-0105']])).toBe(0);
  });
});
