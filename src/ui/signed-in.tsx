import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SignInResponse } from '../protocol';
import { clearSession } from '../store/session';
import { startAutoSync } from '../sync/auto-sync';
import { syncNow } from '../sync/engine';
import { AppContext, type AppContextValue, type SyncState } from './app-context';
import { requestBackgroundSync } from './background-sync';
import { Shell } from './screens/shell';
import { api, db, lockDevice, setToken, wipeDevice } from './services';

/**
 * Everything that needs the database and the server: loaded only once the phone is unlocked, so
 * the lock and sign-in screens start without Dexie, zod or the sync engine.
 */
export function SignedIn({ session, onSignedOut, onLock, onChangePin }: {
  session: SignInResponse;
  /** `expired`: the server no longer accepts the token; the inspector signs in again, work kept. */
  onSignedOut: (expired: boolean) => void;
  onLock?: () => void;
  onChangePin?: () => void;
}) {
  const [sync, setSync] = useState<SyncState>({ running: false, last: null });
  const autoSync = useRef<ReturnType<typeof startAutoSync> | null>(null);

  useEffect(() => {
    // An expired token still lets the inspector work offline; the server says when to sign in again.
    setToken(session.token);
    // Unmounting is locking: the key leaves memory with the screens that showed decrypted data.
    return () => lockDevice();
  }, [session]);

  useEffect(() => {
    if (session.user.role !== 'inspector') return;
    const handle = startAutoSync({ db, api, sync: trackedSync, onReport: (report) => void handleErrors(report) });
    autoSync.current = handle;
    return () => {
      handle.stop();
      autoSync.current = null;
    };
  }, [session]);

  // Wraps the engine so the screen shows when a sync (automatic or asked for) is running.
  async function trackedSync(...args: Parameters<typeof syncNow>) {
    setSync((s) => ({ ...s, running: true }));
    try {
      const report = await syncNow(...args);
      setSync({ running: false, last: report });
      return report;
    } catch (e) {
      setSync((s) => ({ ...s, running: false }));
      throw e;
    }
  }

  async function handleErrors(report: Awaited<ReturnType<typeof syncNow>>) {
    if (report.error === 'auth') signOutLocally(true);
    if (report.error === 'revoked') {
      await wipeDevice();
      // A fresh page opens the deleted database anew; the flag survives only in the URL.
      location.replace('/?revoked=1');
    }
  }

  function signOutLocally(expired: boolean) {
    // Stop at once, not on the next render: a sync starting now could write into a wiped database.
    autoSync.current?.stop();
    autoSync.current = null;
    setToken(null);
    lockDevice();
    void clearSession();
    onSignedOut(expired);
  }

  const ctx: AppContextValue = useMemo(() => ({
    session,
    sync,
    syncNow: async () => handleErrors(await trackedSync(db, api)),
    syncSoon: () => {
      autoSync.current?.syncSoon();
      void requestBackgroundSync();
    },
    changePin: onChangePin,
  }), [session, sync, onChangePin]);

  return (
    <AppContext.Provider value={ctx}>
      <Shell onSignOut={() => signOutLocally(false)} onLock={onLock} />
    </AppContext.Provider>
  );
}
