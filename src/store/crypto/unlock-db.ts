import type { HeadcountDb } from '../db';
import { sealLegacyRows } from './seal-legacy';
import { Vault } from './vault';

/** Opens the database's personal data with the data key; rows an older app version left in the clear are sealed now. */
export async function unlockDb(db: HeadcountDb, key: CryptoKey): Promise<void> {
  db.vault = new Vault(key);
  await sealLegacyRows(db);
}
