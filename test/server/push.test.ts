import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { PROTOCOL_VERSION, PushResponse } from '../../src/protocol';
import { forEachDatabase } from './helpers/databases';
import { envelopes, notice, onsiteWorker, reconciliation } from './helpers/fixtures';
import { call, tokenFor } from './helpers/http';

const GARMENT = 'visit-2026-0101';
const SITE = 'visit-2026-0102';

forEachDatabase('sync push', (t) => {
  const push = async (mutations: unknown[], clientId: string = randomUUID(), user = 'inspector.demo') =>
    call(t.app, 'POST', '/api/sync/push', {
      token: await tokenFor(t.app, user),
      json: { protocolVersion: PROTOCOL_VERSION, clientId, mutations },
    });
  const count = async (sql: string, params: unknown[]) => (await t.db.query<{ n: number }>(sql, params))[0].n;

  it('applies a batch exactly once: the same batch sent again is all duplicate and changes nothing', async () => {
    const clientId = randomUUID();
    const a = onsiteWorker(GARMENT);
    const b = onsiteWorker(GARMENT, { name: 'Chan Sophea', source: 'csv', sourceRow: 2 });
    const batch = envelopes(GARMENT, [
      { type: 'tally.set', payload: { count: 41 } },
      { type: 'onsite.upsert', payload: { worker: a } },
      { type: 'onsite.bulkAdd', payload: { importId: randomUUID(), fileName: 'payroll.csv', workers: [b] } },
      { type: 'notice.save', payload: { notice: notice(GARMENT) } },
    ]);
    const first = await push(batch, clientId);
    expect(first.status).toBe(200);
    expect(PushResponse.parse(first.body)).toEqual({
      lastMutationId: 4,
      results: [1, 2, 3, 4].map((id) => ({ id, status: 'applied' })),
    });
    const second = await push(batch, clientId);
    expect(second.body).toEqual({ lastMutationId: 4, results: [1, 2, 3, 4].map((id) => ({ id, status: 'duplicate' })) });

    expect(await count('SELECT count(*) AS n FROM onsite_workers WHERE id IN ($1, $2)', [a.id, b.id])).toBe(2);
    expect(await count('SELECT count(*) AS n FROM mutation_log WHERE client_id = $1', [clientId])).toBe(4);
    expect(await count('SELECT count(*) AS n FROM notices WHERE id = $1', [(batch[3].payload as { notice: { id: string } }).notice.id])).toBe(1);
    expect(await count('SELECT count AS n FROM tallies WHERE visit_id = $1', [GARMENT])).toBe(41);
  });

  it('acknowledges the applied prefix when a retried batch carries new mutations after it', async () => {
    const clientId = randomUUID();
    const batch = envelopes(SITE, [
      { type: 'tally.set', payload: { count: 12 } },
      { type: 'tally.set', payload: { count: 13 } },
    ]);
    await push(batch.slice(0, 1), clientId);
    const res = await push(batch, clientId);
    expect(res.body.results).toEqual([{ id: 1, status: 'duplicate' }, { id: 2, status: 'applied' }]);
    expect(await count('SELECT count AS n FROM tallies WHERE visit_id = $1', [SITE])).toBe(13);
  });

  it('rejects a poisoned mutation with a readable reason and still applies the rest', async () => {
    const good = onsiteWorker(GARMENT, { name: 'Keo Bopha' });
    const res = await push(
      envelopes(GARMENT, [
        { type: 'onsite.upsert', payload: { worker: { ...onsiteWorker(GARMENT), name: '' } } },
        { type: 'onsite.upsert', payload: { worker: good } },
        { type: 'no.such.type', payload: {} },
        { type: 'onsite.upsert', payload: { worker: onsiteWorker(SITE) } },
      ]),
    );
    expect(res.status).toBe(200);
    const [empty, applied, unknown, mismatch] = res.body.results;
    expect(empty).toMatchObject({ id: 1, status: 'rejected', reason: expect.stringContaining('payload.worker.name') });
    expect(applied).toEqual({ id: 2, status: 'applied' });
    expect(unknown).toMatchObject({ status: 'rejected', reason: "unknown mutation type 'no.such.type'" });
    expect(mismatch).toMatchObject({ status: 'rejected', reason: expect.stringContaining('payload names visit') });
    expect(res.body.lastMutationId).toBe(4);
    expect(await count('SELECT count(*) AS n FROM onsite_workers WHERE id = $1', [good.id])).toBe(1);
    const logged = await t.db.query<{ status: string }>(
      'SELECT status FROM mutation_log WHERE reason IS NOT NULL AND type = $1',
      ['no.such.type'],
    );
    expect(logged.map((l) => l.status)).toContain('rejected');
  });

  it("rejects a mutation for another inspector's visit as 'not your visit'", async () => {
    const res = await push(envelopes('visit-2026-0105', [{ type: 'tally.set', payload: { count: 3 } }]));
    expect(res.body.results).toEqual([{ id: 1, status: 'rejected', reason: 'not your visit' }]);
    expect(await count('SELECT count(*) AS n FROM tallies WHERE visit_id = $1', ['visit-2026-0105'])).toBe(0);
  });

  it('answers a resent rejected mutation with the same rejection and reason, not as a duplicate', async () => {
    const clientId = randomUUID();
    const batch = envelopes('visit-2026-0105', [{ type: 'tally.set', payload: { count: 3 } }]);
    await push(batch, clientId);
    const again = await push(batch, clientId);
    expect(again.body.results).toEqual([{ id: 1, status: 'rejected', reason: 'not your visit' }]);
  });

  it('stores, replaces and removes an inspector\'s match decisions, and refuses an inconsistent one', async () => {
    const decision = { id: randomUUID(), visitId: GARMENT, onsiteId: randomUUID(), kind: 'confirm', registeredId: 'W-1', decidedAt: new Date().toISOString() };
    const res = await push(envelopes(GARMENT, [
      { type: 'decision.save', payload: { decision } },
      { type: 'decision.save', payload: { decision: { ...decision, kind: 'reject' } } },
      { type: 'decision.save', payload: { decision: { ...decision, id: randomUUID(), kind: 'hidden', registeredId: 'W-2' } } },
    ]));
    expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied', 'rejected']);
    expect(await t.db.query('SELECT kind FROM match_decisions WHERE id = $1', [decision.id])).toEqual([{ kind: 'reject' }]);
    await push(envelopes(GARMENT, [{ type: 'decision.remove', payload: { decisionId: decision.id } }]));
    expect(await count('SELECT count(*) AS n FROM match_decisions WHERE id = $1', [decision.id])).toBe(0);
  });

  it('refuses to move an on-site worker or a notice filed under another visit', async () => {
    const w = onsiteWorker(GARMENT);
    await push(envelopes(GARMENT, [{ type: 'onsite.upsert', payload: { worker: w } }]));
    const res = await push(envelopes(SITE, [{ type: 'onsite.upsert', payload: { worker: { ...w, visitId: SITE } } }]));
    expect(res.body.results[0]).toMatchObject({ status: 'rejected', reason: expect.stringContaining('belongs to another visit') });
    const rows = await t.db.query<{ visit_id: string }>('SELECT visit_id FROM onsite_workers WHERE id = $1', [w.id]);
    expect(rows).toEqual([{ visit_id: GARMENT }]);
  });

  it('updates and removes on-site workers and keeps one reconciliation per visit', async () => {
    const w = onsiteWorker(SITE);
    const res = await push(
      envelopes(SITE, [
        { type: 'onsite.upsert', payload: { worker: w } },
        { type: 'onsite.upsert', payload: { worker: { ...w, name: 'Ros Vuthy' } } },
        { type: 'reconciliation.save', payload: { reconciliation: reconciliation(SITE) } },
        { type: 'reconciliation.save', payload: { reconciliation: { ...reconciliation(SITE), engine: 'test-2' } } },
        { type: 'onsite.remove', payload: { workerId: w.id } },
        { type: 'onsite.remove', payload: { workerId: w.id } },
      ]),
    );
    expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(Array(6).fill('applied'));
    expect(await count('SELECT count(*) AS n FROM onsite_workers WHERE id = $1', [w.id])).toBe(0);
    const recs = await t.db.query<{ engine: string }>(`SELECT data->>'engine' AS engine FROM reconciliations WHERE visit_id = $1`, [SITE]);
    expect(recs).toEqual([{ engine: 'test-2' }]);
  });

  it('rejects an invalid push body with 400 and the issues, applying nothing', async () => {
    const res = await call(t.app, 'POST', '/api/sync/push', {
      token: await tokenFor(t.app, 'inspector.demo'),
      json: { protocolVersion: PROTOCOL_VERSION, clientId: 'not-a-uuid', mutations: [] },
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_request');
    expect(res.body.issues.map((i: { path: string[] }) => i.path[0])).toEqual(expect.arrayContaining(['clientId', 'mutations']));
  });

  it('refuses a newer protocol with 400 and an older one with 426 client_too_old', async () => {
    const token = await tokenFor(t.app, 'inspector.demo');
    const body = (protocolVersion: number) => ({ protocolVersion, clientId: randomUUID(), mutations: envelopes(GARMENT, [{ type: 'tally.set', payload: { count: 1 } }]) });
    const newer = await call(t.app, 'POST', '/api/sync/push', { token, json: body(PROTOCOL_VERSION + 1) });
    const older = await call(t.app, 'POST', '/api/sync/push', { token, json: body(0) });
    expect(newer.status).toBe(400);
    expect(older.status).toBe(426);
    expect(older.body.error).toBe('client_too_old');
  });

  it("forbids pushing under another user's client id", async () => {
    const clientId = randomUUID();
    await push(envelopes(GARMENT, [{ type: 'tally.set', payload: { count: 5 } }]), clientId);
    const res = await push(envelopes('visit-2026-0105', [{ type: 'tally.set', payload: { count: 5 } }]).map((m) => ({ ...m, id: 2 })), clientId, 'inspector.two');
    expect(res.status).toBe(403);
  });

  it('parks a mutation the database itself refuses, keeps its reason for a resend, and applies the rest of the batch', async () => {
    const clientId = randomUUID();
    const before = onsiteWorker(SITE, { name: 'Meas Sreyneang' });
    const after = onsiteWorker(SITE, { name: 'Ouk Rithy' });
    // A NUL passes the schema but no PostgreSQL text column takes it: a data exception (SQLSTATE 22).
    const batch = envelopes(SITE, [
      { type: 'onsite.upsert', payload: { worker: before } },
      { type: 'onsite.upsert', payload: { worker: onsiteWorker(SITE, { name: 'Nul\u0000Name' }) } },
      { type: 'onsite.upsert', payload: { worker: after } },
    ]);
    const res = await push(batch, clientId);
    expect(res.status).toBe(200);
    expect(res.body.results[0]).toEqual({ id: 1, status: 'applied' });
    expect(res.body.results[1]).toMatchObject({ id: 2, status: 'rejected', reason: expect.stringContaining('could not be stored') });
    expect(res.body.results[2]).toEqual({ id: 3, status: 'applied' });
    expect(await count('SELECT count(*) AS n FROM onsite_workers WHERE id IN ($1, $2)', [before.id, after.id])).toBe(2);
    const again = await push(batch, clientId);
    expect(again.body.results).toEqual([{ id: 1, status: 'duplicate' }, res.body.results[1], { id: 3, status: 'duplicate' }]);
  });

  it('applies an id repeated inside one request once and answers the repeat as duplicate', async () => {
    const clientId = randomUUID();
    const [first] = envelopes(GARMENT, [{ type: 'onsite.upsert', payload: { worker: onsiteWorker(GARMENT) } }]);
    const res = await push([first, first], clientId);
    expect(res.body).toEqual({ lastMutationId: 1, results: [{ id: 1, status: 'applied' }, { id: 1, status: 'duplicate' }] });
    expect(await count('SELECT count(*) AS n FROM mutation_log WHERE client_id = $1', [clientId])).toBe(1);
  });

  it('needs a session', async () => {
    const res = await call(t.app, 'POST', '/api/sync/push', { json: { protocolVersion: 1, clientId: randomUUID(), mutations: [] } });
    expect(res.status).toBe(401);
  });

  it('answers 413 to a body over the 10 MB limit', async () => {
    const res = await call(t.app, 'POST', '/api/sync/push', {
      token: await tokenFor(t.app, 'inspector.demo'),
      body: JSON.stringify({ pad: 'x'.repeat(10 * 1024 * 1024 + 1) }),
      contentType: 'application/json',
    });
    expect(res.status).toBe(413);
  });
});
