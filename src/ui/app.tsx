import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { SignInResponse } from '../protocol';
import { loadLanguage, loadSession, saveLanguage } from '../store/session';
import { keyringState } from '../store/crypto/keyring';
import { I18nContext, makeI18n, type Lang } from './i18n/i18n';
import { startPwa } from './pwa';
import { SignIn, type Unlocked } from './screens/sign-in';
import { UpdateToast } from './components/update-toast';
import { lazyScreen } from './components/lazy';
import { LockScreen } from './lock/lock-screen';
import { SetPin } from './lock/set-pin';
import { watchIdle } from './lock/idle';

const SignedIn = lazyScreen(() => import('./signed-in').then((m) => m.SignedIn));

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
  // Changing the PIN goes through the lock screen: whoever holds an unlocked phone must know the old one.
  const [changingPin, setChangingPin] = useState(false);
  // On the new-PIN screen by choice (not after a first sign-in): the old PIN may be kept.
  const [keepingPin, setKeepingPin] = useState(false);
  const [expired, setExpired] = useState(false);
  const [applyUpdate, setApplyUpdate] = useState<(() => Promise<void>) | null>(null);

  useEffect(() => {
    void (async () => {
      const [saved, savedLang, ring] = await Promise.all([loadSession(), loadLanguage(), keyringState()]);
      if (savedLang) setLangState(savedLang);
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

  const inspectorIn = !!session && session.user.role === 'inspector' && lock === 'open';
  // A phone left alone locks itself; the screens holding decrypted data unmount with the key.
  useEffect(() => (inspectorIn ? watchIdle(() => setLock('pin')) : undefined), [inspectorIn]);

  async function open(key: CryptoKey) {
    const { unlockDevice } = await import('./services');
    await unlockDevice(key);
    setLockedOut(false);
    setNewKey(null);
    setKeepingPin(false);
    setLock('open');
  }

  function signedIn(s: SignInResponse, unlocked: Unlocked | null) {
    setExpired(false);
    setSession(s);
    if (!unlocked) setLock('open');
    else if (unlocked.needsPin) {
      setNewKey(unlocked.key);
      setLock('choose-pin');
    } else void open(unlocked.key);
  }

  const changePin = useCallback(() => {
    setChangingPin(true);
    setLock('pin');
  }, []);

  const setLang = useCallback((l: Lang) => {
    setLangState(l);
    void saveLanguage(l);
  }, []);
  const i18n = useMemo(() => makeI18n(lang, setLang), [lang, setLang]);

  return (
    <I18nContext.Provider value={i18n}>
      {session === undefined ? null : session && lock === 'pin' ? (
        <LockScreen
          displayName={session.user.displayName}
          onUnlocked={(key) => {
            if (!changingPin) return void open(key);
            setChangingPin(false);
            setKeepingPin(true);
            setNewKey(key);
            setLock('choose-pin');
          }}
          onLockedOut={() => {
            setChangingPin(false);
            setLockedOut(true);
            setLock('password');
          }}
          onUsePassword={() => setLock('password')}
        />
      ) : session && lock === 'choose-pin' && newKey ? (
        <SetPin dataKey={newKey} onDone={() => void open(newKey)} onCancel={keepingPin ? () => void open(newKey) : undefined} />
      ) : session && lock === 'open' ? (
        <SignedIn
          session={session}
          onLock={session.user.role === 'inspector' ? () => setLock('pin') : undefined}
          onChangePin={session.user.role === 'inspector' ? changePin : undefined}
          onSignedOut={(wasExpired) => {
            setExpired(wasExpired);
            setSession(null);
            setLock('password');
          }}
        />
      ) : (
        <SignIn
          expired={expired}
          lockedOut={lockedOut}
          revoked={new URLSearchParams(location.search).has('revoked')}
          onSignedIn={signedIn}
        />
      )}
      {applyUpdate && <UpdateToast apply={applyUpdate} dismiss={() => setApplyUpdate(null)} />}
    </I18nContext.Provider>
  );
}
