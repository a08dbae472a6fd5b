import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { PROTOCOL_VERSION, type Notice } from '../../src/protocol';
import { CLIENT_HEADER } from '../../src/server/auth/revocation';
import { AuditPage, type AuditRecord } from '../../src/server/http/audit';
import { forEachDatabase } from './helpers/databases';
import { envelopes, notice } from './helpers/fixtures';
import { call, tokenFor } from './helpers/http';
import { addInspector, EXTRA_PASSWORD } from './helpers/users';

const GARMENT = 'visit-2026-0101';

forEachDatabase('audit log', (t) => {
  const sup = () => tokenFor(t.app, 'supervisor.demo');
  const entries = async (action: string): Promise<AuditRecord[]> => {
    const res = await call(t.app, 'GET', '/api/supervisor/audit?limit=500', { token: await sup() });
    expect(res.status).toBe(200);
    return AuditPage.parse(res.body).entries.filter((e) => e.action === action);
  };

  it('records sign-in success, failure with its reason, and sign-out, never the password', async () => {
    await addInspector(t.db, 'audit.user');
    const phone = randomUUID();
    await call(t.app, 'POST', '/api/session', { json: { username: 'audit.user', password: 'hunter2-wrong' } });
    await call(t.app, 'POST', '/api/session', { json: { username: 'ghost', password: 'hunter2-wrong' } });
    const ok = await call(t.app, 'POST', '/api/session', { json: { username: 'audit.user', password: EXTRA_PASSWORD }, headers: { [CLIENT_HEADER]: phone } });
    await call(t.app, 'DELETE', '/api/session', { token: ok.body.token, headers: { [CLIENT_HEADER]: phone } });

    const failures = await entries('sign_in.failure');
    expect(failures.find((e) => e.username === 'audit.user')).toMatchObject({ details: { reason: 'wrong_password' }, ip: 'unknown', userId: expect.any(String) });
    expect(failures.find((e) => e.username === 'ghost')).toMatchObject({ details: { reason: 'unknown_user' }, userId: null });
    expect((await entries('sign_in.success')).find((e) => e.username === 'audit.user')).toMatchObject({ target: phone });
    expect((await entries('sign_out')).find((e) => e.username === 'audit.user')).toMatchObject({ target: phone });
    const everything = JSON.stringify(await t.db.query('SELECT * FROM audit_log'));
    expect(everything).not.toContain('hunter2');
    expect(everything).not.toContain(EXTRA_PASSWORD);
  });

  it('records visit assignment, reassignment and withdrawal by the supervisor', async () => {
    const created = await call(t.app, 'POST', '/api/supervisor/visits', {
      token: await sup(),
      json: { employerId: 'emp-lotus-hotel', inspectorUsername: 'inspector.demo', scheduledDate: '2026-12-01', reason: 'routine', complaint: null },
    });
    const id = created.body.id;
    await call(t.app, 'PATCH', `/api/supervisor/visits/${id}`, { token: await sup(), json: { inspectorUsername: 'inspector.two' } });
    await call(t.app, 'PATCH', `/api/supervisor/visits/${id}`, { token: await sup(), json: { status: 'withdrawn' } });
    await call(t.app, 'PATCH', '/api/supervisor/visits/no-such-visit', { token: await sup(), json: { status: 'withdrawn' } });

    expect((await entries('visit.assign')).find((e) => e.target === id)).toMatchObject({
      username: 'supervisor.demo',
      details: { employerId: 'emp-lotus-hotel', inspectorUsername: 'inspector.demo', reason: 'routine' },
    });
    expect((await entries('visit.reassign')).find((e) => e.target === id)).toMatchObject({ details: { inspectorUsername: 'inspector.two' } });
    const withdrawn = await entries('visit.withdraw');
    expect(withdrawn.map((e) => e.target)).toContain(id);
    expect(withdrawn.map((e) => e.target)).not.toContain('no-such-visit');
  });

  it('records a register import and a work file import', async () => {
    const csv = 'worker_id,nssf_number,national_id,name_kh,name_latin,sex,date_of_birth,hire_date\nAU-1,,,សុខ,Sok,F,1990-01-01,\n';
    await call(t.app, 'POST', '/api/supervisor/employers/emp-mekong-apparel/registry', { token: await sup(), body: csv, contentType: 'text/csv' });
    expect((await entries('registry.import')).find((e) => e.target === 'emp-mekong-apparel')).toMatchObject({ details: { imported: 1 } });

    const clientId = randomUUID();
    const file = {
      format: 'headcount-outbox', protocolVersion: PROTOCOL_VERSION, clientId, exportedAt: '2026-11-25T10:00:00.000Z',
      username: 'inspector.demo', inspectorCode: 'PP-014', mutations: envelopes(GARMENT, [{ type: 'tally.set', payload: { count: 4 } }]),
    };
    expect((await call(t.app, 'POST', '/api/supervisor/import', { token: await sup(), json: file })).status).toBe(200);
    expect((await entries('work_file.import')).find((e) => e.target === clientId)).toMatchObject({
      username: 'supervisor.demo',
      details: { inspector: 'inspector.demo', mutations: 1, applied: 1, duplicate: 0, rejected: 0 },
    });
  });

  it('records each notice issued once, under the inspector who pushed it, however often it is pushed', async () => {
    const issued: Notice = notice(GARMENT, {
      status: 'issued', number: `PP-014/2026/${String(Math.floor(Math.random() * 900_000) + 1).padStart(6, '0')}`,
      issuedAt: '2026-11-25T09:00:00.000Z', inspectorSignature: 'data:image/png;base64,iVBORw0KGgo=',
      acknowledgement: { name: 'Chan Dara', role: 'HR manager', signature: null, refused: true, refusalNote: 'no' },
    });
    const body = { protocolVersion: PROTOCOL_VERSION, clientId: randomUUID(), mutations: envelopes(GARMENT, [{ type: 'notice.issue', payload: { notice: issued } }]) };
    const token = await tokenFor(t.app, 'inspector.demo');
    expect((await call(t.app, 'POST', '/api/sync/push', { token, json: body })).body.results[0].status).toBe('applied');
    await call(t.app, 'POST', '/api/sync/push', { token, json: body });
    const logged = (await entries('notice.issue')).filter((e) => e.target === issued.number);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ username: 'inspector.demo', details: { noticeId: issued.id, visitId: GARMENT } });
  });

  it('records revocations with the supervisor who made them', async () => {
    await addInspector(t.db, 'audit.revoked');
    await call(t.app, 'POST', '/api/supervisor/inspectors/audit.revoked/revoke', { token: await sup() });
    expect((await entries('inspector.revoke')).find((e) => e.target === 'audit.revoked')).toMatchObject({ username: 'supervisor.demo' });
  });

  it('pages newest first with limit and before, for supervisors only', async () => {
    const first = AuditPage.parse((await call(t.app, 'GET', '/api/supervisor/audit?limit=2', { token: await sup() })).body);
    expect(first.entries).toHaveLength(2);
    expect(first.entries[0].id).toBeGreaterThan(first.entries[1].id);
    const second = AuditPage.parse((await call(t.app, 'GET', `/api/supervisor/audit?limit=2&before=${first.nextBefore}`, { token: await sup() })).body);
    expect(second.entries[0].id).toBeLessThan(first.entries[1].id);
    for (const query of ['limit=0', 'limit=100000', 'before=abc', "before=1%20OR%201=1"]) {
      expect((await call(t.app, 'GET', `/api/supervisor/audit?${query}`, { token: await sup() })).status).toBe(400);
    }
    expect((await call(t.app, 'GET', '/api/supervisor/audit', { token: await tokenFor(t.app, 'inspector.demo') })).status).toBe(403);
    expect((await call(t.app, 'GET', '/api/supervisor/audit')).status).toBe(401);
  });
});
