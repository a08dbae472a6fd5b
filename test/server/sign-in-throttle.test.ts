import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createApp } from '../../src/server/app';
import { SIGN_IN_RULES } from '../../src/server/auth/throttle';
import { forEachDatabase } from './helpers/databases';
import { call } from './helpers/http';
import { addInspector, EXTRA_PASSWORD } from './helpers/users';

const LIMIT = SIGN_IN_RULES.username.failures;

forEachDatabase('sign-in throttle', (t) => {
  // Each test signs in from an address of its own, so the per-address limit of one test does not spill into the next.
  let address = 0;
  beforeEach(() => {
    vi.stubEnv('TRUSTED_PROXY', '1');
    address++;
  });
  afterEach(() => vi.unstubAllEnvs());
  const signIn = (username: string, password: string, headers: Record<string, string> = {}, app = t.app) =>
    call(app, 'POST', '/api/session', { json: { username, password }, headers: { 'x-forwarded-for': `10.0.0.${address}`, ...headers } });
  const failTimes = async (n: number, username: string, headers: Record<string, string> = {}) => {
    for (let i = 0; i < n; i++) expect((await signIn(username, `wrong-${i}`, headers)).status).toBe(401);
  };

  it(`allows ${LIMIT} wrong passwords per username in 15 minutes, then answers 429 without checking the password`, async () => {
    await addInspector(t.db, 'throttle.a');
    await failTimes(LIMIT, 'throttle.a');
    const blocked = await signIn('throttle.a', EXTRA_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ error: 'too_many_attempts', retryAfterSeconds: expect.any(Number) });
    const retryAfter = Number(blocked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(SIGN_IN_RULES.username.windowSeconds);
  });

  it('starts the count over after a successful sign-in', async () => {
    await addInspector(t.db, 'throttle.b');
    await failTimes(LIMIT - 1, 'throttle.b');
    expect((await signIn('throttle.b', EXTRA_PASSWORD)).status).toBe(200);
    await failTimes(LIMIT, 'throttle.b');
    expect((await signIn('throttle.b', EXTRA_PASSWORD)).status).toBe(429);
  });

  it('throttles an unknown username the same way, so the answer does not reveal which names exist', async () => {
    await failTimes(LIMIT, 'no.such.user');
    expect((await signIn('no.such.user', 'x')).status).toBe(429);
    expect((await signIn('NO.SUCH.USER ', 'x')).status).toBe(429);
  });

  it('keeps the count in the database: a restarted or second server still refuses', async () => {
    await addInspector(t.db, 'throttle.c');
    await failTimes(LIMIT, 'throttle.c');
    const restarted = createApp({ db: t.db });
    expect((await signIn('throttle.c', EXTRA_PASSWORD, {}, restarted)).status).toBe(429);
  });

  it('lets the account in again once the window has passed', async () => {
    await addInspector(t.db, 'throttle.d');
    await failTimes(LIMIT, 'throttle.d');
    expect((await signIn('throttle.d', EXTRA_PASSWORD)).status).toBe(429);
    await t.db.query(`UPDATE sign_in_failures SET window_start = now() - interval '16 minutes' WHERE key = 'user:throttle.d'`);
    expect((await signIn('throttle.d', EXTRA_PASSWORD)).status).toBe(200);
  });

  it(`lets exactly ${LIMIT} of a burst of parallel guesses reach the password check`, async () => {
    await addInspector(t.db, 'throttle.burst');
    const statuses = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn('throttle.burst', `burst-${i}`).then((r) => r.status)));
    expect(statuses.filter((s) => s === 401)).toHaveLength(LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20 - LIMIT);
  });

  it('limits one address across many usernames when a trusted proxy names it, and ignores what the client adds', async () => {
    vi.stubEnv('TRUSTED_PROXY', '1');
    const attacker = { 'x-forwarded-for': '203.0.113.7' };
    const spray = await Promise.all(Array.from({ length: SIGN_IN_RULES.ip.failures }, (_, i) => signIn(`spray.${i}`, 'Password1', attacker)));
    expect(spray.every((r) => r.status === 401)).toBe(true);
    const refused = await signIn('spray.last', 'Password1', attacker);
    expect([refused.status, refused.body.error]).toEqual([429, 'too_many_attempts']);
    // A forged left-most entry does not help: our proxy appended the address it really saw.
    expect((await signIn('spray.forged', 'Password1', { 'x-forwarded-for': '198.51.100.1, 203.0.113.7' })).status).toBe(429);
    expect((await signIn('spray.other', 'Password1', { 'x-forwarded-for': '203.0.113.8' })).status).toBe(401);
    // The refused username was not charged for the address's refusal.
    expect(await t.db.query(`SELECT 1 FROM sign_in_failures WHERE key = 'user:spray.last' AND failures > 0`)).toEqual([]);
  });

  it('ignores X-Forwarded-For without TRUSTED_PROXY and counts the socket address', async () => {
    vi.stubEnv('TRUSTED_PROXY', '');
    expect((await signIn('throttle.xff', 'nope', { 'x-forwarded-for': '198.51.100.99' })).status).toBe(401);
    expect(await t.db.query(`SELECT 1 FROM sign_in_failures WHERE key = 'ip:198.51.100.99'`)).toEqual([]);

    const server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.99' },
        body: JSON.stringify({ username: 'throttle.socket', password: 'nope' }),
      });
      expect(res.status).toBe(401);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    const keys = await t.db.query<{ key: string }>(`SELECT key FROM sign_in_failures WHERE key LIKE 'ip:%127.0.0.1'`);
    expect(keys).toHaveLength(1);
  });
});
