import { expect, it } from 'vitest';
import { PullResponse, VisitSummary } from '../../src/protocol';
import { forEachDatabase } from './helpers/databases';
import { call, tokenFor } from './helpers/http';

forEachDatabase('sync pull', (t) => {
  const pull = async (user: string, since: number | string) =>
    call(t.app, 'GET', `/api/sync/pull?since=${since}`, { token: await tokenFor(t.app, user) });
  const supervisor = () => tokenFor(t.app, 'supervisor.demo');

  it('returns every assignment from zero, with the cursor at the newest version', async () => {
    const res = await pull('inspector.demo', 0);
    const body = PullResponse.parse(res.body);
    expect(body.visits.map((v) => v.id)).toEqual(['visit-2026-0101', 'visit-2026-0102', 'visit-2026-0103', 'visit-2026-0104']);
    expect(body.cursor).toBe(Math.max(...body.visits.map((v) => v.version)));
    const again = PullResponse.parse((await pull('inspector.demo', body.cursor)).body);
    expect(again).toEqual({ cursor: body.cursor, visits: [] });
  });

  it('tells the old inspector a reassigned visit is withdrawn and the new one that it is assigned', async () => {
    const demoCursor = PullResponse.parse((await pull('inspector.demo', 0)).body).cursor;
    const twoCursor = PullResponse.parse((await pull('inspector.two', 0)).body).cursor;
    const patch = await call(t.app, 'PATCH', '/api/supervisor/visits/visit-2026-0104', {
      token: await supervisor(),
      json: { inspectorUsername: 'inspector.two' },
    });
    expect(patch.status).toBe(200);

    const demo = PullResponse.parse((await pull('inspector.demo', demoCursor)).body);
    const two = PullResponse.parse((await pull('inspector.two', twoCursor)).body);
    expect(demo.visits).toEqual([expect.objectContaining({ id: 'visit-2026-0104', status: 'withdrawn' })]);
    expect(two.visits).toEqual([expect.objectContaining({ id: 'visit-2026-0104', status: 'assigned' })]);
    expect(two.cursor).toBeGreaterThan(demo.cursor);
    const list = await call(t.app, 'GET', '/api/visits', { token: await tokenFor(t.app, 'inspector.demo') });
    expect(list.body.visits.map((v: VisitSummary) => v.id)).not.toContain('visit-2026-0104');
  });

  it('reports a withdrawn visit once, as its latest state, even after several changes', async () => {
    const before = PullResponse.parse((await pull('inspector.two', 0)).body).cursor;
    const token = await supervisor();
    const created = await call(t.app, 'POST', '/api/supervisor/visits', {
      token,
      json: { employerId: 'emp-lotus-hotel', inspectorUsername: 'inspector.two', scheduledDate: '2026-12-03', reason: 'routine' },
    });
    expect(created.status).toBe(201);
    const id = VisitSummary.parse(created.body).id;
    await call(t.app, 'PATCH', `/api/supervisor/visits/${id}`, { token, json: { status: 'withdrawn' } });

    const changes = PullResponse.parse((await pull('inspector.two', before)).body);
    const mine = changes.visits.filter((v) => v.id === id);
    expect(mine).toEqual([expect.objectContaining({ status: 'withdrawn', employerId: 'emp-lotus-hotel' })]);
  });

  it('rejects a cursor that is not a non-negative integer', async () => {
    const res = await pull('inspector.demo', 'abc');
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_request');
  });
});
