import { describe, expect, it, vi } from 'vitest';
import {
  AuthExpiredError,
  ClientTooOldError,
  createApiClient,
  OfflineError,
  ProtocolError,
  ServerError,
  WrongCredentialsError,
} from '../../src/sync';
import { PROTOCOL_VERSION } from '../../src/protocol';

function reply(status: number, body: unknown): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
}

const user = { id: 'u1', username: 'dara', displayName: 'Sok Dara', role: 'inspector', inspectorCode: 'PP-014' };

function client(fetchImpl: typeof fetch, token: string | null = 'tok_valid_0123456789abcdef') {
  return createApiClient({ baseUrl: 'https://hc.test', getToken: () => token, fetchImpl, timeoutMs: 50 });
}

describe('api client', () => {
  it('sends the bearer token and parses the answer with the protocol schema', async () => {
    const fetchImpl = vi.fn(async () => reply(200, user));
    expect(await client(fetchImpl).me()).toEqual(user);
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://hc.test/api/me');
    expect((init.headers as Record<string, string>).authorization).toBe('Bearer tok_valid_0123456789abcdef');
  });

  it('signs in without a token and posts the credentials as JSON', async () => {
    const fetchImpl = vi.fn(async () => reply(200, { token: 'tok_valid_0123456789abcdef', expiresAt: '2030-01-01T00:00:00Z', user }));
    const session = await client(fetchImpl, null).signIn({ username: 'dara', password: 'pw' });
    expect(session.user.username).toBe('dara');
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://hc.test/api/session');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({ username: 'dara', password: 'pw' });
    expect((init.headers as Record<string, string>).authorization).toBeUndefined();
  });

  it('asks the pull endpoint for changes since the cursor', async () => {
    const fetchImpl = vi.fn(async () => reply(200, { cursor: 9, visits: [] }));
    expect(await client(fetchImpl).pull(5)).toEqual({ cursor: 9, visits: [] });
    expect((fetchImpl.mock.calls[0] as unknown[])[0]).toBe('https://hc.test/api/sync/pull?since=5');
  });

  it('reports a wrong password on sign-in as wrong credentials, not an expired session', async () => {
    const api = client(async () => reply(401, { error: 'unauthorized', message: 'no' }), null);
    await expect(api.signIn({ username: 'dara', password: 'bad' })).rejects.toBeInstanceOf(WrongCredentialsError);
  });

  it('reports 401 on any other call as an expired session', async () => {
    await expect(client(async () => reply(401, {})).listVisits()).rejects.toBeInstanceOf(AuthExpiredError);
  });

  it('does not call the server at all without a token', async () => {
    const fetchImpl = vi.fn(async () => reply(200, {}));
    await expect(client(fetchImpl, null).listVisits()).rejects.toBeInstanceOf(AuthExpiredError);
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('reports 426 as a client too old to sync', async () => {
    const api = client(async () => reply(426, { error: 'client_too_old', message: 'update' }));
    await expect(
      api.push({ protocolVersion: PROTOCOL_VERSION, clientId: crypto.randomUUID(), mutations: [] }),
    ).rejects.toBeInstanceOf(ClientTooOldError);
  });

  it('reports other failures as a server error carrying status and body', async () => {
    const err = await client(async () => reply(503, { error: 'down', message: 'maintenance' }))
      .getPenaltySchedule()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServerError);
    expect(err).toMatchObject({ status: 503, body: { error: 'down', message: 'maintenance' } });
  });

  it('reports a malformed answer as a protocol error', async () => {
    await expect(client(async () => reply(200, { visits: [{ id: 1 }] })).listVisits()).rejects.toBeInstanceOf(ProtocolError);
    await expect(client(async () => reply(200, '<html>captive portal</html>')).listVisits()).rejects.toBeInstanceOf(ProtocolError);
  });

  it('reports a failed fetch as offline', async () => {
    const api = client(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(api.listVisits()).rejects.toBeInstanceOf(OfflineError);
  });

  it('gives up on a server that does not answer in time, as offline', async () => {
    const hanging: typeof fetch = (_url, init) =>
      new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    await expect(client(hanging).listVisits()).rejects.toThrow(/No answer within/);
  });
});
