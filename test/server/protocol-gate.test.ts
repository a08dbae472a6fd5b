import { expect, it } from 'vitest';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../src/protocol';
import { forEachDatabase } from './helpers/databases';
import { tokenFor } from './helpers/http';

forEachDatabase('protocol version on every request', (t) => {
  const get = async (version: string | undefined) => {
    const headers: Record<string, string> = { Authorization: `Bearer ${await tokenFor(t.app, 'inspector.demo')}` };
    if (version !== undefined) headers[PROTOCOL_HEADER] = version;
    return t.app.request('/api/visits', { headers });
  };

  it('serves a client that speaks the current protocol, or names none', async () => {
    expect((await get(String(PROTOCOL_VERSION))).status).toBe(200);
    expect((await get(undefined)).status).toBe(200);
  });

  it('tells a too-old app to update (426) before doing anything', async () => {
    const res = await get('0');
    expect(res.status).toBe(426);
    expect((await res.json()).error).toBe('client_too_old');
  });

  it('refuses an app newer than the server', async () => {
    expect((await get(String(PROTOCOL_VERSION + 1))).status).toBe(400);
  });
});
