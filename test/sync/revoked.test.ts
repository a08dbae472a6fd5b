import { describe, expect, it } from 'vitest';
import { CLIENT_HEADER } from '../../src/protocol';
import { createApiClient } from '../../src/sync/api';
import { classifySyncError } from '../../src/sync/engine';
import { AuthExpiredError, DeviceRevokedError } from '../../src/sync/errors';

function answering(status: number, body: unknown, seen: Headers[] = []) {
  return createApiClient({
    getToken: () => 'token-token-token-token',
    getClientId: () => 'c0ffee00-0000-4000-8000-000000000000',
    fetchImpl: async (_url, init) => {
      seen.push(new Headers(init?.headers));
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    },
  });
}

describe('a device revoked by a supervisor', () => {
  it('names itself on every request', async () => {
    const seen: Headers[] = [];
    await answering(200, { visits: [] }, seen).listVisits();
    expect(seen[0].get(CLIENT_HEADER)).toBe('c0ffee00-0000-4000-8000-000000000000');
  });

  it('is told apart from an expired session, so the app wipes instead of asking to sign in', async () => {
    const revoked = await answering(401, { error: 'revoked', message: 'revoked' }).listVisits().catch((e) => e);
    expect(revoked).toBeInstanceOf(DeviceRevokedError);
    expect(classifySyncError(revoked)).toBe('revoked');
    const expired = await answering(401, { error: 'unauthorized', message: 'expired' }).listVisits().catch((e) => e);
    expect(expired).toBeInstanceOf(AuthExpiredError);
    expect(classifySyncError(expired)).toBe('auth');
  });
});
