import { openDb } from '../store/db';
import { createApiClient } from '../sync/api';
import { getClientId as getClientIdFromDb } from '../store/meta';
import { clearSession } from '../store/session';
import { deleteKeyring } from '../store/crypto/keyring';
import { unlockDb } from '../store/crypto/unlock-db';
import { createSupervisorApi } from '../sync/supervisor-api';

export type { EmployerRow } from '../sync/supervisor-api';

/** The one database and API clients of this tab. */
export const db = openDb();

let token: string | null = null;
export function setToken(next: string | null): void {
  token = next;
}
const getToken = () => token;
// The device id lives in the same database as the outbox; a supervisor can revoke it.
const getClientId = () => getClientIdFromDb(db);
export const api = createApiClient({ getToken, getClientId });
export const supervisorApi = createSupervisorApi({ getToken });

/** Opens the encrypted data for this tab. */
export function unlockDevice(key: CryptoKey): Promise<void> {
  return unlockDb(db, key);
}

/** The data key leaves memory; screens that read personal data must be unmounted first. */
export function lockDevice(): void {
  db.vault = null;
}

/** A revoked device keeps nothing: the database, the keys, the session and the cached app data go. */
export async function wipeDevice(): Promise<void> {
  setToken(null);
  lockDevice();
  db.close();
  await Promise.all([db.delete(), clearSession(), deleteKeyring()]);
}
