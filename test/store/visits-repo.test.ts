import { afterEach, describe, expect, it } from 'vitest';
import {
  addOnsiteWorker,
  applyVisitChanges,
  getCursor,
  getTally,
  getVisitPackage,
  listOnsite,
  listVisits,
  outboxCounts,
  saveVisitPackage,
  setTally,
  visitsNeedingPreparation,
  type HeadcountDb,
} from '../../src/store';
import { freshDb, onsiteWorker, summary, visitPackage } from './fixtures';

describe('visits repository', () => {
  let db: HeadcountDb;
  afterEach(() => db?.delete());

  it('stores a downloaded package and gives it back whole', async () => {
    db = freshDb();
    const pkg = visitPackage('v1', { workers: 4 });
    const saved = await saveVisitPackage(db, pkg);
    expect(saved.preparedAt).not.toBeNull();
    const back = await getVisitPackage(db, 'v1');
    expect(back?.visit).toMatchObject({ ...pkg.visit, preparedVersion: 1, withdrawnAt: null });
    expect(back?.employer).toEqual(pkg.employer);
    expect(back?.complaint).toEqual(pkg.complaint);
    expect(back?.registered).toEqual(pkg.registered);
    expect(back?.contributions).toEqual(pkg.contributions);
  });

  it('returns null for a visit that was never prepared', async () => {
    db = freshDb();
    await applyVisitChanges(db, [summary('v1')]);
    expect(await getVisitPackage(db, 'v1')).toBeNull();
  });

  it('replaces the register on re-download instead of merging, so removed workers disappear', async () => {
    db = freshDb();
    await saveVisitPackage(db, visitPackage('v1', { workers: 5, months: ['2025-01', '2025-02'] }));
    await saveVisitPackage(db, visitPackage('v1', { workers: 2, months: ['2025-03'], version: 2 }));
    const back = await getVisitPackage(db, 'v1');
    expect(back?.registered).toHaveLength(2);
    expect(back?.contributions.map((c) => c.month)).toEqual(['2025-03']);
  });

  it("keeps one visit's register apart from another's", async () => {
    db = freshDb();
    await saveVisitPackage(db, visitPackage('v1', { workers: 3 }));
    await saveVisitPackage(db, visitPackage('v2', { workers: 7 }));
    await saveVisitPackage(db, visitPackage('v1', { workers: 1 }));
    expect((await getVisitPackage(db, 'v2'))?.registered).toHaveLength(7);
  });

  it('stores a register of 3,000 workers in one go', async () => {
    db = freshDb();
    const started = performance.now();
    await saveVisitPackage(db, visitPackage('big', { workers: 3_000 }));
    expect((await getVisitPackage(db, 'big'))?.registered).toHaveLength(3_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('lists visits by scheduled date', async () => {
    db = freshDb();
    await applyVisitChanges(db, [
      summary('late', { scheduledDate: '2025-04-01' }),
      summary('early', { scheduledDate: '2025-03-01' }),
    ]);
    expect((await listVisits(db)).map((v) => v.id)).toEqual(['early', 'late']);
  });

  it('marks a withdrawn visit and keeps it with all its local findings', async () => {
    db = freshDb();
    await saveVisitPackage(db, visitPackage('v1'));
    await setTally(db, 'v1', 12);
    await addOnsiteWorker(db, onsiteWorker('v1'));
    await applyVisitChanges(db, [summary('v1', { status: 'withdrawn', version: 2 })]);

    const [visit] = await listVisits(db);
    expect(visit).toMatchObject({ id: 'v1', status: 'withdrawn' });
    expect(visit.withdrawnAt).not.toBeNull();
    expect(await getTally(db, 'v1')).toBe(12);
    expect(await listOnsite(db, 'v1')).toHaveLength(1);
    expect((await getVisitPackage(db, 'v1'))?.registered).toHaveLength(3);
    expect(await outboxCounts(db)).toEqual({ pending: 2, rejected: 0 });
  });

  it('clears the withdrawal when the visit is assigned back', async () => {
    db = freshDb();
    await applyVisitChanges(db, [summary('v1', { status: 'withdrawn' })]);
    await applyVisitChanges(db, [summary('v1', { status: 'assigned', version: 3 })]);
    expect((await listVisits(db))[0].withdrawnAt).toBeNull();
  });

  it('asks for a fresh download when the server version moves past the prepared one', async () => {
    db = freshDb();
    await saveVisitPackage(db, visitPackage('v1', { version: 1 }));
    await applyVisitChanges(db, [summary('v2')]);
    expect((await visitsNeedingPreparation(db)).map((v) => v.id)).toEqual(['v2']);
    await applyVisitChanges(db, [summary('v1', { version: 2 })]);
    expect((await visitsNeedingPreparation(db)).map((v) => v.id).sort()).toEqual(['v1', 'v2']);
    // The stale package stays usable offline until the new one arrives.
    expect(await getVisitPackage(db, 'v1')).not.toBeNull();
  });

  it('saves the pull cursor together with the changes it covers', async () => {
    db = freshDb();
    await applyVisitChanges(db, [summary('v1')], { cursor: 17 });
    expect(await getCursor(db)).toBe(17);
  });
});
