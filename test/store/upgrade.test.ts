import { Dexie } from 'dexie';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { STORES_V1 } from '../../src/store/db';
import { getClientId, listOnsite, listVisits, openDb, outboxCounts, pendingBatch } from '../../src/store';

describe('opening a database written by the previous app version', () => {
  it('finds every record after the upgrade, with the outbox ids still increasing', async () => {
    const name = `upgrade-${randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores(STORES_V1);
    await old.open();
    await old.table('visits').put({ id: 'v1', employerId: 'e', employerName: 'E', employerNameKh: 'អ', scheduledDate: '2026-11-25', reason: 'routine', status: 'assigned', registeredCount: 0, version: 1, preparedAt: null, withdrawnAt: null, preparedVersion: null });
    await old.table('onsite').put({ id: randomUUID(), visitId: 'v1', name: 'Sok Dara', nationalId: null, nssfNumber: null, sex: null, dateOfBirth: null, source: 'manual', sourceRow: null, recordedAt: new Date().toISOString() });
    await old.table('outbox').add({ mutation: { type: 'tally.set', visitId: 'v1', createdAt: new Date().toISOString(), payload: { count: 4 } }, status: 'pending', attempts: 0, lastError: null, createdAt: new Date().toISOString() });
    await old.table('meta').put({ key: 'clientId', value: 'c0ffee00-0000-4000-8000-000000000000' });
    old.close();

    const db = openDb(name);
    expect((await listVisits(db)).map((v) => v.id)).toEqual(['v1']);
    expect(await listOnsite(db, 'v1')).toHaveLength(1);
    expect(await outboxCounts(db)).toEqual({ pending: 1, rejected: 0 });
    expect(await getClientId(db)).toBe('c0ffee00-0000-4000-8000-000000000000');
    expect(await db.decisions.count()).toBe(0);
    const [row] = await pendingBatch(db, 10);
    expect(row.id).toBe(1);
    expect(db.verno).toBe(3);
    await db.delete();
  });
});
