import {
  applyVisitChanges,
  getCursor,
  saveSchedule,
  saveVisitPackage,
  setLastSyncAt,
  StorageFullError,
  visitsNeedingPreparation,
  type HeadcountDb,
  type LocalVisit,
} from '../store';
import type { ApiClient } from './api';
import { AuthExpiredError, ClientTooOldError, DeviceRevokedError, OfflineError, ProtocolError, ServerError } from './errors';
import { NoProgressError, pushOutbox, type PushTally } from './push';
import { topUpNumbers, uploadPhotos } from './evidence';

export type SyncErrorKind = 'offline' | 'auth' | 'too_old' | 'server' | 'storage' | 'revoked';

export interface SyncReport {
  /** Mutations the server now has (applied now or acknowledged as duplicates). */
  pushed: number;
  /** Mutations the server refused for good; parked in the outbox with the reason. */
  rejected: number;
  pulledVisits: number;
  error?: SyncErrorKind;
}

/** What kind of failure an error is, or null for a bug that should surface as-is. */
export function classifySyncError(error: unknown): SyncErrorKind | null {
  if (error instanceof DeviceRevokedError) return 'revoked';
  if (error instanceof OfflineError) return 'offline';
  if (error instanceof AuthExpiredError) return 'auth';
  if (error instanceof ClientTooOldError) return 'too_old';
  if (error instanceof ServerError || error instanceof ProtocolError || error instanceof NoProgressError) return 'server';
  if (error instanceof StorageFullError) return 'storage';
  return null;
}

/** Downloads a visit's package and stores it for offline use. */
export async function prepareVisit(db: HeadcountDb, api: ApiClient, visitId: string): Promise<LocalVisit> {
  return saveVisitPackage(db, await api.getVisitPackage(visitId));
}

export interface PrepareAllResult {
  prepared: string[];
  /** Visits whose download failed for a reason of their own (e.g. a 404); the rest went on. */
  failed: { visitId: string; error: string }[];
}

/**
 * Refreshes the visit list, then downloads every assigned visit not yet prepared or whose
 * version moved on. Offline, auth and too-old errors stop the whole run (they would hit every visit).
 */
export async function prepareAll(
  db: HeadcountDb,
  api: ApiClient,
  onProgress?: (done: number, total: number) => void,
): Promise<PrepareAllResult> {
  const { visits } = await api.listVisits();
  await applyVisitChanges(db, visits);
  const todo = await visitsNeedingPreparation(db);
  const result: PrepareAllResult = { prepared: [], failed: [] };
  for (const [i, visit] of todo.entries()) {
    onProgress?.(i, todo.length);
    try {
      await prepareVisit(db, api, visit.id);
      result.prepared.push(visit.id);
    } catch (error) {
      const kind = classifySyncError(error);
      if (kind !== 'server') throw error;
      result.failed.push({ visitId: visit.id, error: (error as Error).message });
    }
  }
  onProgress?.(todo.length, todo.length);
  return result;
}

const inFlight = new WeakMap<HeadcountDb, Promise<SyncReport>>();

/**
 * Push the outbox, pull assignment changes, refresh the penalty schedule. Never rejects for
 * expected failures: they come back as `report.error`, with unsent work left in the outbox.
 * Single-flight: a call while one is running gets the running one's promise. Across tabs, the
 * Web Locks API (where present) makes the second tab wait and then find little left to do.
 */
export function syncNow(db: HeadcountDb, api: ApiClient): Promise<SyncReport> {
  const running = inFlight.get(db);
  if (running) return running;
  const run = withTabLock(`headcount-sync:${db.name}`, () => runSync(db, api)).finally(() => inFlight.delete(db));
  inFlight.set(db, run);
  return run;
}

async function runSync(db: HeadcountDb, api: ApiClient): Promise<SyncReport> {
  const tally: PushTally = { pushed: 0, rejected: 0 };
  let pulledVisits = 0;
  try {
    await pushOutbox(db, api, tally);
    const pulled = await api.pull(await getCursor(db));
    await applyVisitChanges(db, pulled.visits, { cursor: pulled.cursor });
    pulledVisits = pulled.visits.length;
    await saveSchedule(db, await api.getPenaltySchedule());
    await topUpNumbers(db, api);
    await uploadPhotos(db, api);
    await setLastSyncAt(db, new Date().toISOString());
    return { ...tally, pulledVisits };
  } catch (error) {
    const kind = classifySyncError(error);
    if (!kind) throw error;
    return { ...tally, pulledVisits, error: kind };
  }
}

function withTabLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? (locks.request(name, work) as Promise<T>) : work();
}
