import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../src/protocol';
import { CLIENT_HEADER } from '../../src/server/auth/revocation';
import { DeviceRow } from '../../src/server/routes/admin';
import { forEachDatabase } from './helpers/databases';
import { envelopes } from './helpers/fixtures';
import { call, tokenFor } from './helpers/http';
import { addInspector, EXTRA_PASSWORD } from './helpers/users';

forEachDatabase('revoking phones and inspectors', (t) => {
  const sup = () => tokenFor(t.app, 'supervisor.demo');
  const signIn = (username: string, clientId?: string, password = EXTRA_PASSWORD) =>
    call(t.app, 'POST', '/api/session', { json: { username, password }, headers: clientId ? { [CLIENT_HEADER]: clientId } : {} });
  const asPhone = (token: string | undefined, clientId: string | undefined, path = '/api/visits') =>
    call(t.app, 'GET', path, { token, headers: clientId ? { [CLIENT_HEADER]: clientId } : {} });
  const revokeDevice = async (clientId: string) => call(t.app, 'POST', `/api/supervisor/devices/${clientId}/revoke`, { token: await sup() });
  const revokeInspector = async (username: string) => call(t.app, 'POST', `/api/supervisor/inspectors/${username}/revoke`, { token: await sup() });

  it('tells a revoked phone so at its next contact, on any route, signed in or not', async () => {
    await addInspector(t.db, 'rev.phone');
    const lost = randomUUID();
    const spare = randomUUID();
    const lostToken = (await signIn('rev.phone', lost)).body.token;
    const spareToken = (await signIn('rev.phone', spare)).body.token;

    const res = await revokeDevice(lost);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ clientId: lost, sessionsRevoked: 1, revokedAt: expect.any(String) });

    for (const path of ['/api/visits', '/api/health', '/api/penalty-schedule', '/api/me']) {
      const next = await asPhone(lostToken, lost, path);
      expect([path, next.status, next.body.error]).toEqual([path, 401, 'revoked']);
      expect(next.body.message).toEqual(expect.any(String));
    }
    expect((await asPhone(undefined, lost, '/api/health')).body.error).toBe('revoked');
    // Its token is dead even if the header is left off, and it cannot sign in again as itself.
    expect((await asPhone(lostToken, undefined)).body.error).toBe('revoked');
    expect((await signIn('rev.phone', lost)).body.error).toBe('revoked');
    // The inspector's other phone, and a fresh install, carry on.
    expect((await asPhone(spareToken, spare)).status).toBe(200);
    const fresh = randomUUID();
    expect((await asPhone((await signIn('rev.phone', fresh)).body.token, fresh)).status).toBe(200);
  });

  it('reaches a session opened before the phone sent its clientId, and a phone known only from its pushes', async () => {
    await addInspector(t.db, 'rev.old-app');
    const phone = randomUUID();
    const token = (await signIn('rev.old-app')).body.token;
    expect((await asPhone(token, phone)).status).toBe(200);
    await revokeDevice(phone);
    expect((await asPhone(token, undefined)).body.error).toBe('revoked');

    const pusher = randomUUID();
    const demo = await tokenFor(t.app, 'inspector.demo');
    await call(t.app, 'POST', '/api/sync/push', { token: demo, json: { protocolVersion: PROTOCOL_VERSION, clientId: pusher, mutations: envelopes('visit-2026-0101', [{ type: 'tally.set', payload: { count: 1 } }]) } });
    expect((await revokeDevice(pusher)).status).toBe(200);
    expect((await asPhone(demo, pusher)).body.error).toBe('revoked');
    expect((await asPhone(demo, undefined)).status).toBe(200);
  });

  it('answers an unknown phone with 404, a malformed id with 400, and a repeat with the first answer', async () => {
    expect((await revokeDevice(randomUUID())).status).toBe(404);
    const malformed = await revokeDevice("x'; DROP TABLE sessions; --");
    expect([malformed.status, malformed.body.error]).toEqual([400, 'invalid_request']);
    await addInspector(t.db, 'rev.twice');
    const phone = randomUUID();
    await signIn('rev.twice', phone.toUpperCase());
    const first = await revokeDevice(phone);
    const second = await revokeDevice(phone.toUpperCase());
    expect(second.status).toBe(200);
    expect(second.body).toEqual({ ...first.body, sessionsRevoked: 0 });
  });

  it('disables an inspector: every session is revoked, sign-in is 403 after the password, 401 before', async () => {
    await addInspector(t.db, 'rev.gone');
    const a = randomUUID();
    const tokenA = (await signIn('rev.gone', a)).body.token;
    const tokenB = (await signIn('rev.gone')).body.token;
    const res = await revokeInspector('REV.GONE');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ username: 'rev.gone', sessionsRevoked: 2, disabledAt: expect.any(String) });

    expect((await asPhone(tokenA, a)).body.error).toBe('revoked');
    expect((await asPhone(tokenB, undefined)).body.error).toBe('revoked');
    const right = await signIn('rev.gone');
    expect([right.status, right.body.error]).toEqual([403, 'account_disabled']);
    const wrong = await signIn('rev.gone', undefined, 'not-it');
    expect([wrong.status, wrong.body.error]).toEqual([401, 'unauthorized']);
    expect((await asPhone(await tokenFor(t.app, 'inspector.demo'), undefined)).status).toBe(200);
  });

  it('lets a supervisor enable the inspector again; the wiped phones\' old tokens stay revoked', async () => {
    await addInspector(t.db, 'rev.back');
    const old = (await signIn('rev.back')).body.token;
    await revokeInspector('rev.back');
    const enabled = await call(t.app, 'POST', '/api/supervisor/inspectors/rev.back/enable', { token: await sup() });
    expect(enabled.body).toEqual({ username: 'rev.back', disabledAt: null, sessionsRevoked: 0 });
    const fresh = await signIn('rev.back');
    expect(fresh.status).toBe(200);
    expect((await asPhone(fresh.body.token, undefined)).status).toBe(200);
    expect((await asPhone(old, undefined)).body.error).toBe('revoked');
  });

  it('revokes only inspectors that exist, never a supervisor', async () => {
    expect((await revokeInspector('supervisor.demo')).status).toBe(404);
    expect((await revokeInspector('nobody.here')).status).toBe(404);
    expect((await call(t.app, 'POST', '/api/supervisor/inspectors/nobody.here/enable', { token: await sup() })).status).toBe(404);
  });

  it('keeps "signed out" and "expired" apart from "revoked": those only ask for a new sign-in', async () => {
    await addInspector(t.db, 'rev.signout');
    const token = (await signIn('rev.signout')).body.token;
    await call(t.app, 'DELETE', '/api/session', { token });
    expect((await asPhone(token, undefined)).body.error).toBe('unauthorized');
  });

  it('lists the phones it has seen, with who used them and whether they are revoked', async () => {
    await addInspector(t.db, 'rev.listed');
    const phone = randomUUID();
    await signIn('rev.listed', phone);
    await revokeDevice(phone);
    const res = await call(t.app, 'GET', '/api/supervisor/devices', { token: await sup() });
    const devices = res.body.devices.map((d: unknown) => DeviceRow.parse(d));
    expect(devices.find((d: DeviceRow) => d.clientId === phone)).toMatchObject({ username: 'rev.listed', revokedAt: expect.any(String), inspectorDisabled: false });
  });
});
