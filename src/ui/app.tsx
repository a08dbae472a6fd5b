import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SignInResponse } from '../protocol';
import { clearSession, loadLanguage, loadSession, saveLanguage } from '../store/session';
import { startAutoSync } from '../sync/auto-sync';
import { syncNow } from '../sync/engine';
import { AppContext, type AppContextValue, type SyncState } from './app-context';
import { I18nContext, makeI18n, type Lang } from './i18n/i18n';
import { startPwa } from './pwa';
import { requestBackgroundSync } from './background-sync';
import { api, db, lockDevice, setToken, unlockDevice, wipeDevice } from './services';
import { SignIn, type Unlocked } from './screens/sign-in';
import { Shell } from './screens/shell';
import { UpdateToast } from './components/update-toast';
import { keyringState } from '../store/crypto/keyring';
import { LockScreen } from './lock/lock-screen';
import { SetPin } from './lock/set-pin';
import { watchIdle } from './lock/idle';

/**
 * Where a signed-in inspector stands with the phone's encrypted data: asked for the PIN, asked for
 * the password (no PIN copy of the key: first sign-in, or too many wrong PINs), choosing a PIN, or in.
 */
type Lock = 'pin' | 'password' | 'choose-pin' | 'open';

export function App() {
  const [lang, setLangState] = useState<Lang>('km');
  const [session, setSession] = useState<SignInResponse | null | undefined>(undefined);
  const [lock, setLock] = useState<Lock>('pin');
  const [lockedOut, setLockedOut] = useState(false);
  const [newKey, setNewKey] = useState<CryptoKey | null>(null);
  const [expired, setExpired] = useState(false);
  const [sync, setSync] = useState<SyncState>({ running: false, last: null });
  const [applyUpdate, setApplyUpdate] = useState<(() => Promise<void>) | null>(null);
  const autoSync = useRef<ReturnType<typeof startAutoSync> | null>(null);

  useEffect(() => {
    void (async () => {
      const [saved, savedLang, ring] = await Promise.all([loadSession(), loadLanguage(), keyringState()]);
      if (savedLang) setLangState(savedLang);
      // An expired token still lets the inspector work offline; the server says when to sign in again.
      setToken(saved?.token ?? null);
      if (saved?.user.role === 'supervisor') setLock('open');
      else if (!ring?.hasPin || ring.username !== saved?.user.username) {
        setLock('password');
        setLockedOut(ring !== null);
      }
      setSession(saved ?? null);
      performance.mark('app-ready');
    })();
    startPwa({ onUpdateReady: (apply) => setApplyUpdate(() => apply), onOfflineReady: () => {} });
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // A phone left alone locks itself; the screens holding decrypted data unmount with the key.
  useEffect(() => {
    if (!session || session.user.role !== 'inspector' || lock !== 'open') return;
    return watchIdle(lockNow);
  }, [session, lock]);

  useEffect(() => {
    if (!session || session.user.role !== 'inspector' || lock !== 'open') return;
    const handle = startAutoSync({
      db,
      api,
      sync: trackedSync,
      onReport: (report) => {
        if (report.error === 'auth') signOutLocally(true);
        if (report.error === 'revoked') void wipeAndRestart();
      },
    });
    autoSync.current = handle;
    return () => {
      handle.stop();
      autoSync.current = null;
    };
  }, [session, lock]);

  function lockNow() {
    autoSync.current?.stop();
    autoSync.current = null;
    lockDevice();
    setLock('pin');
  }

  async function open(key: CryptoKey) {
    await unlockDevice(key);
    setLockedOut(false);
    setNewKey(null);
    setLock('open');
  }

  function signedIn(s: SignInResponse, unlocked: Unlocked | null) {
    setToken(s.token);
    setExpired(false);
    setSession(s);
    if (!unlocked) setLock('open');
    else if (unlocked.needsPin) {
      setNewKey(unlocked.key);
      setLock('choose-pin');
    } else void open(unlocked.key);
  }

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

  const setLang = useCallback((l: Lang) => {
    setLangState(l);
    void saveLanguage(l);
  }, []);
  const i18n = useMemo(() => makeI18n(lang, setLang), [lang, setLang]);

  async function wipeAndRestart() {
    await wipeDevice();
    // A fresh page opens the deleted database anew; the flag survives only in the URL.
    location.replace('/?revoked=1');
  }

  function signOutLocally(sessionExpired: boolean) {
    // Stop at once, not on the next render: a sync starting now could write into a wiped database.
    autoSync.current?.stop();
    autoSync.current = null;
    setToken(null);
    lockDevice();
    void clearSession();
    setExpired(sessionExpired);
    setSession(null);
    setLock('password');
  }

  const ctx: AppContextValue | null = useMemo(() => {
    if (!session) return null;
    return {
      session,
      sync,
      syncNow: async () => {
        const report = await trackedSync(db, api);
        if (report.error === 'auth') signOutLocally(true);
        if (report.error === 'revoked') await wipeAndRestart();
      },
      syncSoon: () => {
        autoSync.current?.syncSoon();
        void requestBackgroundSync();
      },
    };
  }, [session, sync]);

  return (
    <I18nContext.Provider value={i18n}>
      {session === undefined ? null : session && lock === 'pin' ? (
        <LockScreen
          displayName={session.user.displayName}
          onUnlocked={(key) => void open(key)}
          onLockedOut={() => {
            setLockedOut(true);
            setLock('password');
          }}
          onUsePassword={() => setLock('password')}
        />
      ) : session && lock === 'choose-pin' && newKey ? (
        <SetPin dataKey={newKey} onDone={() => void open(newKey)} />
      ) : session === null || !ctx || lock !== 'open' ? (
        <SignIn
          expired={expired}
          lockedOut={lockedOut}
          revoked={new URLSearchParams(location.search).has('revoked')}
          onSignedIn={signedIn}
        />
      ) : (
        <AppContext.Provider value={ctx}>
          <Shell onSignOut={() => signOutLocally(false)} onLock={session.user.role === 'inspector' ? lockNow : undefined} />
        </AppContext.Provider>
      )}
      {applyUpdate && <UpdateToast apply={applyUpdate} dismiss={() => setApplyUpdate(null)} />}
    </I18nContext.Provider>
  );
}
