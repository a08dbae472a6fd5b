import type { ContributionMonth, RegisteredWorker, VisitPackage, VisitSummary } from '../protocol';
import { protect, reveal, revealAll } from './crypto/protect';
import type { HeadcountDb, LocalVisit, RegisterPart, VisitPrivate } from './db';
import { setCursor } from './meta';
import { REGISTER_PART_SIZE } from './upgrade-v4';
import { writeTx } from './write';

/** A prepared visit as the screens need it. */
export type LocalVisitPackage = Omit<VisitPackage, 'visit'> & { visit: LocalVisit };
/** Everything but the register: what opening a visit needs, read without decrypting thousands of workers. */
export type LocalVisitHeader = Omit<LocalVisitPackage, 'registered'>;

/**
 * Stores a downloaded package in one transaction: the visit's register and contributions are
 * replaced, never merged, so workers removed from the register disappear. Everything personal is
 * sealed first, outside the transaction: IndexedDB commits a transaction left waiting on Web Crypto.
 */
export async function saveVisitPackage(db: HeadcountDb, pkg: VisitPackage): Promise<LocalVisit> {
  const vault = db.requireVault();
  const visitId = pkg.visit.id;
  const now = new Date().toISOString();
  const details = { visitId, ...(await protect<VisitPrivate>(vault, { employer: pkg.employer, complaint: pkg.complaint, contributions: pkg.contributions })) };
  const chunks: RegisteredWorker[][] = [];
  for (let i = 0; i < pkg.registered.length; i += REGISTER_PART_SIZE) chunks.push(pkg.registered.slice(i, i + REGISTER_PART_SIZE));
  const parts: RegisterPart[] = (await vault.sealAll(chunks)).map((sealed, part) => ({ visitId, part, sealed }));
  return writeTx(db, [db.visits, db.details, db.registerParts], async () => {
    const existing = await db.visits.get(visitId);
    const visit: LocalVisit = {
      ...pkg.visit,
      preparedAt: now,
      preparedVersion: pkg.visit.version,
      withdrawnAt: pkg.visit.status === 'withdrawn' ? (existing?.withdrawnAt ?? now) : null,
    };
    await db.visits.put(visit);
    await db.details.put(details);
    await db.registerParts.where('visitId').equals(visitId).delete();
    await db.registerParts.bulkPut(parts);
    return visit;
  });
}

/** The visit, employer, complaint and contributions; null when the visit is unknown or was never prepared. */
export async function getVisitHeader(db: HeadcountDb, visitId: string): Promise<LocalVisitHeader | null> {
  const vault = db.requireVault();
  const [visit, details] = await db.transaction('r', [db.visits, db.details], () =>
    Promise.all([db.visits.get(visitId), db.details.get(visitId)]),
  );
  if (!visit || !details) return null;
  const { employer, complaint, contributions } = await reveal(vault, details);
  return { visit, employer, complaint, contributions: contributions as ContributionMonth[] };
}

/** The registered workers of a prepared visit, in the order the fund sent them. */
export async function getRegistered(db: HeadcountDb, visitId: string): Promise<RegisteredWorker[]> {
  const vault = db.requireVault();
  const parts = await db.registerParts.where('visitId').equals(visitId).sortBy('part');
  return (await revealAll(vault, parts)).flat();
}

/** The prepared package, or null when the visit is unknown or was never prepared. */
export async function getVisitPackage(db: HeadcountDb, visitId: string): Promise<LocalVisitPackage | null> {
  const [header, registered] = await Promise.all([getVisitHeader(db, visitId), getRegistered(db, visitId)]);
  return header ? { ...header, registered } : null;
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
