import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../src/protocol';
import { forEachDatabase } from './helpers/databases';
import { envelopes, onsiteWorker } from './helpers/fixtures';
import { call, tokenFor } from './helpers/http';

const GARMENT = 'visit-2026-0101';

forEachDatabase('supervisor import of a phone\'s exported work', (t) => {
  const file = (clientId: string, mutations: unknown[], username = 'inspector.demo') => ({
    format: 'headcount-outbox', protocolVersion: PROTOCOL_VERSION, clientId, exportedAt: new Date().toISOString(),
    username, inspectorCode: 'PP-014', mutations,
  });
  const importFile = async (body: unknown) =>
    call(t.app, 'POST', '/api/supervisor/import', { token: await tokenFor(t.app, 'supervisor.demo'), json: body });

  it('applies only what the phone had not already sent, as the inspector, exactly once', async () => {
    const clientId = randomUUID();
    const workers = [onsiteWorker(GARMENT), onsiteWorker(GARMENT), onsiteWorker(GARMENT)];
    const all = envelopes(GARMENT, workers.map((worker) => ({ type: 'onsite.upsert', payload: { worker } })));
    await call(t.app, 'POST', '/api/sync/push', {
      token: await tokenFor(t.app, 'inspector.demo'),
      json: { protocolVersion: PROTOCOL_VERSION, clientId, mutations: all.slice(0, 1) },
    });

    const first = await importFile(file(clientId, all));
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ applied: 2, duplicate: 1, rejected: [] });
    expect((await importFile(file(clientId, all))).body).toEqual({ applied: 0, duplicate: 3, rejected: [] });

    const rows = await t.db.query<{ n: number }>('SELECT count(*) AS n FROM onsite_workers WHERE id = ANY($1::uuid[])', [workers.map((w) => w.id)]);
    expect(rows[0].n).toBe(3);
    const who = await t.db.query<{ username: string }>(
      'SELECT DISTINCT u.username FROM mutation_log m JOIN users u ON u.id = m.user_id WHERE m.client_id = $1', [clientId]);
    expect(who).toEqual([{ username: 'inspector.demo' }]);
  });

  it("refuses a file whose device already belongs to another inspector", async () => {
    const clientId = randomUUID();
    await call(t.app, 'POST', '/api/sync/push', {
      token: await tokenFor(t.app, 'inspector.demo'),
      json: { protocolVersion: PROTOCOL_VERSION, clientId, mutations: envelopes(GARMENT, [{ type: 'tally.set', payload: { count: 1 } }]) },
    });
    const res = await importFile(file(clientId, [], 'inspector.two'));
    expect(res.status).toBe(409);
  });

  it('refuses a file that is not an export, with the issues', async () => {
    const res = await importFile({ format: 'something-else' });
    expect(res.status).toBe(400);
    expect(res.body.issues.length).toBeGreaterThan(0);
  });

  it('is for supervisors only', async () => {
    const res = await call(t.app, 'POST', '/api/supervisor/import', { token: await tokenFor(t.app, 'inspector.demo'), json: file(randomUUID(), []) });
    expect(res.status).toBe(403);
  });
});
