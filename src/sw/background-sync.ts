import { loadSession } from '../store/session';
import { openDb } from '../store/db';
import { getClientId } from '../store/meta';
import { keyringState } from '../store/crypto/keyring';
import { unlockDb } from '../store/crypto/unlock-db';
import { createApiClient } from '../sync/api';
import { unlockFromServer } from '../sync/device-key';
import { syncNow } from '../sync/engine';

/**
 * The same push as the page's: same database, same outbox, same Web Lock, so a tab that is
 * syncing at the same moment simply goes first. Throwing asks the browser to retry later.
 * No one is there to type a PIN: the server's key opens the outbox, and only while online.
 */
export async function syncFromWorker(): Promise<void> {
  const session = await loadSession();
  if (!session) return;
  const db = openDb();
  try {
    const api = createApiClient({ getToken: () => session.token, getClientId: () => getClientId(db) });
    // A phone still setting up its key is the page's business, not the worker's.
    if (!(await keyringState())) return;
    const unlocked = await unlockFromServer(api, session.user.username).catch((e: unknown) => {
      throw new Error(`background sync: could not fetch the device key (${(e as Error).message})`);
    });
    if (unlocked.status !== 'unlocked') return;
    await unlockDb(db, unlocked.key);
    const report = await syncNow(db, api);
    if (report.error === 'offline' || report.error === 'server') throw new Error(`background sync: ${report.error}`);
  } finally {
    db.close();
  }
}
