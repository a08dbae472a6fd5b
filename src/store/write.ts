import type { Table } from 'dexie';
import type { HeadcountDb } from './db';
import { toStorageError } from './errors';

/**
 * The one way the store writes: a read-write transaction over `tables`, so a failure anywhere
 * (including a full disk) rolls back every change made inside `work`, and quota failures
 * surface as StorageFullError.
 */
export async function writeTx<T>(db: HeadcountDb, tables: Table<any, any>[], work: () => Promise<T>): Promise<T> {
  try {
    return await db.transaction('rw', tables, work);
  } catch (error) {
    throw toStorageError(error);
  }
}
