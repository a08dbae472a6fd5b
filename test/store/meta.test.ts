import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  getClientId,
  getCursor,
  getLastSyncAt,
  getSchedule,
  requestPersistence,
  saveSchedule,
  setCursor,
  setLastSyncAt,
  storageEstimate,
  type HeadcountDb,
} from '../../src/store';
import { freshDb, schedule } from './fixtures';


describe('meta', () => {
  let db: HeadcountDb;
  afterEach(() => {
    vi.unstubAllGlobals();
    return db?.delete();
  });

  it('creates the client id once and keeps it, even when asked concurrently', async () => {
    db = freshDb();
    const ids = await Promise.all([getClientId(db), getClientId(db), getClientId(db)]);
    expect(new Set(ids).size).toBe(1);
    expect(await getClientId(db)).toBe(ids[0]);
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('starts pulling from cursor 0 and remembers the last cursor', async () => {
    db = freshDb();
    expect(await getCursor(db)).toBe(0);
    await setCursor(db, 42);
    expect(await getCursor(db)).toBe(42);
  });

  it('remembers when the last sync finished', async () => {
    db = freshDb();
    expect(await getLastSyncAt(db)).toBeNull();
    await setLastSyncAt(db, '2025-03-10T10:00:00.000Z');
    expect(await getLastSyncAt(db)).toBe('2025-03-10T10:00:00.000Z');
  });

  it('caches the penalty schedule', async () => {
    db = freshDb();
    expect(await getSchedule(db)).toBeNull();
    await saveSchedule(db, schedule);
    expect(await getSchedule(db)).toEqual(schedule);
  });

  describe('device storage', () => {
    it('reports usage and quota', async () => {
      vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 10, quota: 100 }) } });
      expect(await storageEstimate()).toEqual({ usage: 10, quota: 100 });
    });

    it('tolerates a browser without the storage API', async () => {
      vi.stubGlobal('navigator', {});
      expect(await storageEstimate()).toBeNull();
      expect(await requestPersistence()).toBe('unsupported');
    });

    it('does not ask again when storage is already persistent', async () => {
      const persist = vi.fn(async () => false);
      vi.stubGlobal('navigator', { storage: { persisted: async () => true, persist } });
      expect(await requestPersistence()).toBe('granted');
      expect(persist).not.toHaveBeenCalled();
    });

    it('reports a refusal', async () => {
      vi.stubGlobal('navigator', { storage: { persisted: async () => false, persist: async () => false } });
      expect(await requestPersistence()).toBe('denied');
    });
  });
});
