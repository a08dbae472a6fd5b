import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { DeviceKeyResponse } from '../../src/protocol';
import { CLIENT_HEADER } from '../../src/server/auth/revocation';
import { forEachDatabase } from './helpers/databases';
import { call, tokenFor } from './helpers/http';
import { addInspector, EXTRA_PASSWORD } from './helpers/users';

forEachDatabase('device keys', (t) => {
  const signIn = async (username: string, clientId: string) =>
    (await call(t.app, 'POST', '/api/session', { json: { username, password: EXTRA_PASSWORD }, headers: { [CLIENT_HEADER]: clientId } })).body.token as string;
  const deviceKey = (token: string | undefined, clientId?: string) =>
    call(t.app, 'POST', '/api/device-key', { token, json: {}, headers: clientId ? { [CLIENT_HEADER]: clientId } : {} });

  it('gives a phone the same 32-byte key on every request, and another phone or inspector a different one', async () => {
    await addInspector(t.db, 'key.one');
    await addInspector(t.db, 'key.two');
    const phone = randomUUID();
    const token = await signIn('key.one', phone);
    const first = await deviceKey(token, phone);
    expect(first.status).toBe(200);
    expect(DeviceKeyResponse.parse(first.body).key).toHaveLength(44);
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect((await deviceKey(token, phone)).body.key).toBe(first.body.key);
    const otherPhone = randomUUID();
    expect((await deviceKey(await signIn('key.one', otherPhone), otherPhone)).body.key).not.toBe(first.body.key);
    expect((await deviceKey(await signIn('key.two', phone), phone)).body.key).not.toBe(first.body.key);
  });

  it('is refused without a session or without the phone id', async () => {
    await addInspector(t.db, 'key.anon');
    const phone = randomUUID();
    expect((await deviceKey(undefined, phone)).status).toBe(401);
    const res = await deviceKey(await signIn('key.anon', phone));
    expect([res.status, res.body.error]).toEqual([400, 'invalid_request']);
  });

  it('is deleted when a supervisor revokes the phone or the inspector, so their data can never be unlocked again', async () => {
    await addInspector(t.db, 'key.lost');
    const lost = randomUUID();
    const token = await signIn('key.lost', lost);
    await deviceKey(token, lost);
    const sup = await tokenFor(t.app, 'supervisor.demo');
    await call(t.app, 'POST', `/api/supervisor/devices/${lost}/revoke`, { token: sup });
    expect(await t.db.query('SELECT 1 FROM device_keys WHERE client_id = $1', [lost])).toHaveLength(0);
    expect((await deviceKey(token, lost)).body.error).toBe('revoked');

    const spare = randomUUID();
    await deviceKey(await signIn('key.lost', spare), spare);
    await call(t.app, 'POST', '/api/supervisor/inspectors/key.lost/revoke', { token: sup });
    expect(await t.db.query(`SELECT 1 FROM device_keys k JOIN users u ON u.id = k.user_id WHERE u.username = 'key.lost'`)).toHaveLength(0);
  });
});
