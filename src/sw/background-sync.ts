import { loadSession } from '../store/session';
import { openDb } from '../store/db';
import { createApiClient } from '../sync/api';
import { syncNow } from '../sync/engine';

/**
 * The same push as the page's: same database, same outbox, same Web Lock, so a tab that is
 * syncing at the same moment simply goes first. Throwing asks the browser to retry later.
 */
export async function syncFromWorker(): Promise<void> {
  const session = await loadSession();
  if (!session) return;
  const db = openDb();
  try {
    const report = await syncNow(db, createApiClient({ getToken: () => session.token }));
    if (report.error === 'offline' || report.error === 'server') throw new Error(`background sync: ${report.error}`);
  } finally {
    db.close();
  }
}
