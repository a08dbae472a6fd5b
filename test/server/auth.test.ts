import { expect, it } from 'vitest';
import { PROTOCOL_VERSION, SessionUser, SignInResponse } from '../../src/protocol';
import { hashToken } from '../../src/server/auth/sessions';
import { forEachDatabase } from './helpers/databases';
import { call, tokenFor } from './helpers/http';

forEachDatabase('health and sessions', (t) => {
  it('reports health with the database kind and protocol version, without a token', async () => {
    const res = await call(t.app, 'GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, database: t.kind, protocolVersion: PROTOCOL_VERSION });
  });

  it('signs a demo inspector in with a 14-day token, stored only as a hash', async () => {
    const res = await call(t.app, 'POST', '/api/session', { json: { username: 'inspector.demo', password: 'demo1234' } });
    expect(res.status).toBe(200);
    const body = SignInResponse.parse(res.body);
    expect(body.user).toMatchObject({ username: 'inspector.demo', displayName: 'Sok Dara', role: 'inspector', inspectorCode: 'PP-014' });
    const days = (Date.parse(body.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);
    const stored = await t.db.query<{ token_hash: string }>('SELECT token_hash FROM sessions');
    expect(stored.map((s) => s.token_hash)).toContain(hashToken(body.token));
    expect(stored.map((s) => s.token_hash)).not.toContain(body.token);
  });

  it('refuses a wrong password and an unknown user alike with 401', async () => {
    const wrong = await call(t.app, 'POST', '/api/session', { json: { username: 'inspector.demo', password: 'demo12345' } });
    const unknown = await call(t.app, 'POST', '/api/session', { json: { username: 'nobody', password: 'demo1234' } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error).toBe('unauthorized');
  });

  it('rejects a malformed sign-in body with 400 and the issues', async () => {
    const res = await call(t.app, 'POST', '/api/session', { json: { username: '' } });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_request');
    expect(res.body.issues.map((i: { path: string[] }) => i.path[0])).toEqual(expect.arrayContaining(['username', 'password']));
  });

  it('answers /api/me with the session user', async () => {
    const res = await call(t.app, 'GET', '/api/me', { token: await tokenFor(t.app, 'supervisor.demo') });
    expect(res.status).toBe(200);
    expect(SessionUser.parse(res.body)).toMatchObject({ username: 'supervisor.demo', role: 'supervisor' });
  });

  it('requires a token: missing, tampered and expired tokens get 401 JSON', async () => {
    const token = await tokenFor(t.app, 'inspector.demo');
    const missing = await call(t.app, 'GET', '/api/visits');
    const tampered = await call(t.app, 'GET', '/api/visits', { token: token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA') });
    expect(missing.status).toBe(401);
    expect(missing.body).toMatchObject({ error: 'unauthorized' });
    expect(tampered.status).toBe(401);

    const fresh = await call(t.app, 'POST', '/api/session', { json: { username: 'inspector.two', password: 'demo1234' } });
    await t.db.query(`UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE token_hash = $1`, [hashToken(fresh.body.token)]);
    const expired = await call(t.app, 'GET', '/api/visits', { token: fresh.body.token });
    expect(expired.status).toBe(401);
    expect(expired.body.message).toMatch(/expired/);
  });

  it('revokes the token on sign-out', async () => {
    const res = await call(t.app, 'POST', '/api/session', { json: { username: 'inspector.two', password: 'demo1234' } });
    const token = res.body.token;
    expect((await call(t.app, 'GET', '/api/me', { token })).status).toBe(200);
    expect((await call(t.app, 'DELETE', '/api/session', { token })).status).toBe(200);
    expect((await call(t.app, 'GET', '/api/me', { token })).status).toBe(401);
  });

  it('keeps supervisor routes from inspectors with 403', async () => {
    const res = await call(t.app, 'GET', '/api/supervisor/visits', { token: await tokenFor(t.app, 'inspector.demo') });
    expect(res.status).toBe(403);
    expect(res.body.error).toBe('forbidden');
  });

  it('answers an unknown API path with 404 JSON, signed in or not', async () => {
    const res = await call(t.app, 'GET', '/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.body.error).toBe('not_found');
  });

  it('sets the security headers on every response', async () => {
    const res = await call(t.app, 'GET', '/api/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'; script-src 'self'");
  });
});
