import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { PROTOCOL_VERSION, type Notice } from '../../src/protocol';
import { noticeHash } from '../../src/domain/notice/hash';
import { forEachDatabase } from './helpers/databases';
import { envelopes, notice } from './helpers/fixtures';
import { call, tokenFor } from './helpers/http';

const GARMENT = 'visit-2026-0101';
const PNG = 'data:image/png;base64,iVBORw0KGgo=';

function issued(over: Partial<Notice> = {}): Notice {
  return notice(GARMENT, {
    status: 'issued', number: `PP-014/2026/${String(Math.floor(Math.random() * 900_000) + 1).padStart(6, '0')}`,
    issuedAt: '2026-11-25T09:00:00.000Z', inspectorSignature: PNG,
    acknowledgement: { name: 'Chan Dara', role: 'HR manager', signature: null, refused: true, refusalNote: 'wants a lawyer first' },
    ...over,
  });
}

forEachDatabase('notices: numbers, issuing, immutability, verification, photos', (t) => {
  const push = async (items: Array<{ type: string; payload: unknown }>, clientId = randomUUID()) =>
    (await call(t.app, 'POST', '/api/sync/push', {
      token: await tokenFor(t.app, 'inspector.demo'),
      json: { protocolVersion: PROTOCOL_VERSION, clientId, mutations: envelopes(GARMENT, items) },
    })).body;

  it('reserves disjoint blocks of notice numbers, never the same number twice', async () => {
    const token = await tokenFor(t.app, 'inspector.demo');
    const a = (await call(t.app, 'POST', '/api/notice-numbers', { token, json: {} })).body;
    const b = (await call(t.app, 'POST', '/api/notice-numbers', { token, json: {} })).body;
    expect(a.inspectorCode).toBe('PP-014');
    expect(b.from).toBe(a.to + 1);
  });

  it('stores an issued notice with the server\'s own hash, and verifies a printed copy by its code', async () => {
    const n = issued();
    const res = await push([{ type: 'notice.issue', payload: { notice: n } }]);
    expect(res.results[0].status).toBe('applied');
    const hash = await noticeHash(n);
    const stored = await t.db.query<{ hash: string; status: string; number: string }>('SELECT hash, status, number FROM notices WHERE id = $1', [n.id]);
    expect(stored).toEqual([{ hash, status: 'issued', number: n.number }]);
    const verify = await call(t.app, 'GET', `/api/notices/verify/${hash.slice(0, 12)}`, { token: await tokenFor(t.app, 'supervisor.demo') });
    expect(verify.body).toMatchObject({ found: true, number: n.number, totalRiel: 800_000, supersededBy: null });
  });

  it('never changes an issued notice; a revision supersedes it and the old copy says so', async () => {
    const n = issued();
    await push([{ type: 'notice.issue', payload: { notice: n } }]);
    const res = await push([
      { type: 'notice.save', payload: { notice: { ...n, status: 'draft', totalRiel: 1 } } },
      { type: 'notice.issue', payload: { notice: { ...n, totalRiel: 1 } } },
    ]);
    expect(res.results.map((r: { status: string }) => r.status)).toEqual(['rejected', 'rejected']);
    expect(res.results[0].reason).toContain('issued');
    const revision = issued({ id: randomUUID(), supersedes: n.id, totalRiel: 1_600_000 });
    expect((await push([{ type: 'notice.issue', payload: { notice: revision } }])).results[0].status).toBe('applied');
    const hash = await noticeHash(n);
    const verify = await call(t.app, 'GET', `/api/notices/verify/${hash}`, { token: await tokenFor(t.app, 'supervisor.demo') });
    expect(verify.body).toMatchObject({ found: true, number: n.number, supersededBy: revision.number });
  });

  it('refuses to issue a notice without signatures or a number', async () => {
    const res = await push([{ type: 'notice.issue', payload: { notice: issued({ inspectorSignature: null }) } }]);
    expect(res.results[0].status).toBe('rejected');
  });

  it('takes a photo\'s bytes after its description, checks the size, and serves it to supervisors only', async () => {
    const id = randomUUID();
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3, 4, 5]);
    const meta = { id, visitId: GARMENT, noticeId: null, takenAt: '2026-11-25T09:00:00.000Z', latitude: 11.55, longitude: 104.92, accuracyM: 12, mime: 'image/jpeg', bytes: bytes.length, caption: 'gate' };
    expect((await push([{ type: 'photo.add', payload: { photo: meta } }])).results[0].status).toBe('applied');
    const put = (body: Uint8Array, user = 'inspector.demo') => tokenFor(t.app, user).then((token) =>
      t.app.request(`/api/photos/${id}`, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'image/jpeg' }, body: Buffer.from(body) }));
    expect((await put(bytes.slice(0, 3))).status).toBe(400);
    expect((await put(bytes, 'inspector.two')).status).toBe(404);
    expect((await put(bytes)).status).toBe(200);
    const inspectorGet = await call(t.app, 'GET', `/api/photos/${id}`, { token: await tokenFor(t.app, 'inspector.demo') });
    expect(inspectorGet.status).toBe(403);
    const res = await t.app.request(`/api/photos/${id}`, { headers: { authorization: `Bearer ${await tokenFor(t.app, 'supervisor.demo')}` } });
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes);
  });
});
