import type { VisitPackage, VisitSummary } from '../protocol';
import type { HeadcountDb, LocalVisit, VisitDetails } from './db';
import { setCursor } from './meta';
import { writeTx } from './write';

/** A prepared visit as the screens need it. */
export type LocalVisitPackage = Omit<VisitPackage, 'visit'> & { visit: LocalVisit };

/**
 * Stores a downloaded package in one transaction: the visit's register and contributions are
 * replaced, never merged, so workers removed from the register disappear. bulkPut keeps a
 * 3,000-worker register to a handful of IndexedDB requests.
 */
export async function saveVisitPackage(db: HeadcountDb, pkg: VisitPackage): Promise<LocalVisit> {
  const visitId = pkg.visit.id;
  const now = new Date().toISOString();
  return writeTx(db, [db.visits, db.details, db.registered, db.contributions], async () => {
    const existing = await db.visits.get(visitId);
    const visit: LocalVisit = {
      ...pkg.visit,
      preparedAt: now,
      preparedVersion: pkg.visit.version,
      withdrawnAt: pkg.visit.status === 'withdrawn' ? (existing?.withdrawnAt ?? now) : null,
    };
    await db.visits.put(visit);
    const details: VisitDetails = { visitId, employer: pkg.employer, complaint: pkg.complaint };
    await db.details.put(details);
    await db.registered.where('visitId').equals(visitId).delete();
    await db.registered.bulkPut(pkg.registered.map((w) => ({ ...w, visitId })));
    await db.contributions.where('visitId').equals(visitId).delete();
    await db.contributions.bulkPut(pkg.contributions.map((c) => ({ ...c, visitId })));
    return visit;
  });
}

/** The prepared package, or null when the visit is unknown or was never prepared. */
export async function getVisitPackage(db: HeadcountDb, visitId: string): Promise<LocalVisitPackage | null> {
  return db.transaction('r', [db.visits, db.details, db.registered, db.contributions], async () => {
    const [visit, details] = await Promise.all([db.visits.get(visitId), db.details.get(visitId)]);
    if (!visit || !details) return null;
    const [registered, contributions] = await Promise.all([
      db.registered.where('visitId').equals(visitId).toArray(),
      db.contributions.where('visitId').equals(visitId).toArray(),
    ]);
    return {
      visit,
      employer: details.employer,
      complaint: details.complaint,
      registered: registered.map(({ visitId: _, ...w }) => w),
      contributions: contributions.map(({ visitId: _, ...c }) => c),
    };
  });
}

export function getVisit(db: HeadcountDb, visitId: string): Promise<LocalVisit | undefined> {
  return db.visits.get(visitId);
}

/** Every visit this device knows, withdrawn ones included (they may hold unsynced findings), by date. */
export function listVisits(db: HeadcountDb): Promise<LocalVisit[]> {
  return db.visits.orderBy('scheduledDate').toArray();
}

/**
 * Upserts assignment changes from a pull or the visit list. A withdrawn visit is marked, never
 * deleted: its findings may not have reached the server yet. The stored package is kept when the
 * version moves on; `preparedVersion !== version` tells prepareAll to download it again.
 * Pass `cursor` to save the pull cursor in the same transaction as the changes it covers.
 */
export function applyVisitChanges(
  db: HeadcountDb,
  summaries: VisitSummary[],
  opts: { cursor?: number } = {},
): Promise<void> {
  const now = new Date().toISOString();
  return writeTx(db, [db.visits, db.meta], async () => {
    const existing = await db.visits.bulkGet(summaries.map((s) => s.id));
    const rows = summaries.map((s, i): LocalVisit => {
      const old = existing[i];
      return {
        ...s,
        preparedAt: old?.preparedAt ?? null,
        preparedVersion: old?.preparedVersion ?? null,
        withdrawnAt: s.status === 'withdrawn' ? (old?.withdrawnAt ?? now) : null,
      };
    });
    await db.visits.bulkPut(rows);
    if (opts.cursor !== undefined) await setCursor(db, opts.cursor);
  });
}

/** Visits whose package is missing or older than the server's version (withdrawn ones excluded). */
export async function visitsNeedingPreparation(db: HeadcountDb): Promise<LocalVisit[]> {
  const all = await listVisits(db);
  return all.filter((v) => v.status === 'assigned' && (!v.preparedAt || v.preparedVersion !== v.version));
}
