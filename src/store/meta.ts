import { PenaltySchedule } from '../protocol';
import type { HeadcountDb } from './db';
import { writeTx } from './write';

export { requestPersistence, storageEstimate } from './device-storage';

const CLIENT_ID = 'clientId';
const CURSOR = 'pullCursor';
const LAST_SYNC_AT = 'lastSyncAt';
const SCHEDULE = 'penaltySchedule';

async function read<T>(db: HeadcountDb, key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

async function write(db: HeadcountDb, key: string, value: unknown): Promise<void> {
  await writeTx(db, [db.meta], () => db.meta.put({ key, value }));
}

/**
 * This device's identity for the server's exactly-once key (clientId, mutation id). Kept in the
 * same database as the outbox: if the browser wipes one it wipes both, so ids never restart under
 * an old clientId.
 */
export function getClientId(db: HeadcountDb): Promise<string> {
  return writeTx(db, [db.meta], async () => {
    const existing = await read<string>(db, CLIENT_ID);
    if (existing) return existing;
    const id = crypto.randomUUID();
    await db.meta.put({ key: CLIENT_ID, value: id });
    return id;
  });
}

/** The last pull cursor the server gave us; 0 before the first pull. */
export async function getCursor(db: HeadcountDb): Promise<number> {
  return (await read<number>(db, CURSOR)) ?? 0;
}

export function setCursor(db: HeadcountDb, cursor: number): Promise<void> {
  return write(db, CURSOR, cursor);
}

export async function getLastSyncAt(db: HeadcountDb): Promise<string | null> {
  return (await read<string>(db, LAST_SYNC_AT)) ?? null;
}

export function setLastSyncAt(db: HeadcountDb, at: string): Promise<void> {
  return write(db, LAST_SYNC_AT, at);
}

export function saveSchedule(db: HeadcountDb, schedule: PenaltySchedule): Promise<void> {
  return write(db, SCHEDULE, schedule);
}

/** The cached penalty schedule, or null if none was ever downloaded (or the cache is unreadable). */
export async function getSchedule(db: HeadcountDb): Promise<PenaltySchedule | null> {
  const parsed = PenaltySchedule.safeParse(await read(db, SCHEDULE));
  return parsed.success ? parsed.data : null;
}
