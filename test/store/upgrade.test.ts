import { Dexie } from 'dexie';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { STORES_V1, STORES_V3 } from '../../src/store/db';
import {
  getClientId,
  getVisitPackage,
  listNotices,
  listOnsite,
  listPhotos,
  listVisits,
  openDb,
  outboxCounts,
  pendingBatch,
  sealLegacyRows,
} from '../../src/store';
import { notice, testVault, visitPackage } from './fixtures';

const visitRow = { id: 'v1', employerId: 'e', employerName: 'E', employerNameKh: 'អ', scheduledDate: '2026-11-25', reason: 'routine', status: 'assigned', registeredCount: 0, version: 1, preparedAt: null, withdrawnAt: null, preparedVersion: null };
const onsiteRow = () => ({ id: randomUUID(), visitId: 'v1', name: 'Sok Dara', nationalId: '010203040', nssfNumber: null, sex: null, dateOfBirth: null, source: 'manual', sourceRow: null, recordedAt: new Date().toISOString() });
const tallyMutation = () => ({ mutation: { type: 'tally.set', visitId: 'v1', createdAt: new Date().toISOString(), payload: { count: 4 } }, status: 'pending', attempts: 0, lastError: null, createdAt: new Date().toISOString() });

describe('opening a database written by a previous app version', () => {
  it('finds every v1 record after the upgrade, with the outbox ids still increasing', async () => {
    const name = `upgrade-${randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores(STORES_V1);
    await old.open();
    await old.table('visits').put(visitRow);
    await old.table('onsite').put(onsiteRow());
    await old.table('outbox').add(tallyMutation());
    await old.table('meta').put({ key: 'clientId', value: 'c0ffee00-0000-4000-8000-000000000000' });
    old.close();

    const db = openDb(name, testVault());
    expect((await listVisits(db)).map((v) => v.id)).toEqual(['v1']);
    expect(await listOnsite(db, 'v1')).toHaveLength(1);
    expect(await outboxCounts(db)).toEqual({ pending: 1, rejected: 0 });
    expect(await getClientId(db)).toBe('c0ffee00-0000-4000-8000-000000000000');
    expect(await db.decisions.count()).toBe(0);
    const [row] = await pendingBatch(db, 10);
    expect(row.id).toBe(1);
    expect(db.verno).toBe(5);
    await db.delete();
  });

  it('moves a v3 visit package, findings and photo into sealed rows at the first unlock, losing nothing', async () => {
    const name = `upgrade-${randomUUID()}`;
    const pkg = visitPackage('v1', { workers: 1500 });
    const old = new Dexie(name);
    old.version(3).stores(STORES_V3);
    await old.open();
    await old.table('visits').put({ ...pkg.visit, preparedAt: '2026-11-24T00:00:00.000Z', preparedVersion: 1, withdrawnAt: null });
    await old.table('details').put({ visitId: 'v1', employer: pkg.employer, complaint: pkg.complaint });
    await old.table('registered').bulkPut(pkg.registered.map((w) => ({ ...w, visitId: 'v1' })));
    await old.table('contributions').bulkPut(pkg.contributions.map((c) => ({ ...c, visitId: 'v1' })));
    const worker = onsiteRow();
    await old.table('onsite').put(worker);
    const draft = notice('v1', { employerName: 'Golden Thread Garment Co.' });
    await old.table('notices').put(draft);
    const photo = { id: randomUUID(), visitId: 'v1', noticeId: null, takenAt: '2026-11-24T09:00:00.000Z', latitude: null, longitude: null, accuracyM: null, mime: 'image/jpeg', bytes: 3, caption: 'gate' };
    await old.table('photos').put({ id: photo.id, visitId: 'v1', meta: photo, blob: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' }), uploaded: 0 });
    await old.table('outbox').add(tallyMutation());
    old.close();

    const db = openDb(name, testVault());
    const before = await getVisitPackage(db, 'v1');
    expect(before?.registered).toEqual(pkg.registered);
    expect(before?.contributions).toEqual(pkg.contributions);
    expect(before?.complaint).toEqual(pkg.complaint);

    expect(await sealLegacyRows(db)).toBe(1 + 2 + 1 + 1 + 1 + 1);
    expect(await sealLegacyRows(db)).toBe(0);
    expect((await db.meta.get('allRowsSealed'))?.value).toBe(true);
    for (const table of [db.details, db.registerParts, db.onsite, db.notices, db.outbox, db.photos]) {
      expect(await table.filter((r: { plain?: unknown }) => r.plain !== undefined).count()).toBe(0);
    }
    expect(await getVisitPackage(db, 'v1')).toEqual(before);
    expect(await listOnsite(db, 'v1')).toEqual([worker]);
    expect(await listNotices(db, 'v1')).toEqual([draft]);
    const [stored] = await listPhotos(db, 'v1');
    expect(stored.meta).toEqual(photo);
    expect(new Uint8Array(await stored.blob.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect((await pendingBatch(db, 10))[0].mutation).toMatchObject({ type: 'tally.set', payload: { count: 4 } });
    await db.delete();
  });
});
