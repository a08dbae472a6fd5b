import { useState } from 'preact/hooks';
import type { SignInResponse } from '../../protocol';
import { saveSession } from '../../store/session';
import { OfflineError, WrongCredentialsError } from '../../sync/errors';
import { Field } from '../components/field';
import { LangSwitch } from '../components/lang-switch';
import { useI18n } from '../i18n/i18n';
import { useSaid } from '../i18n/said';

/** What an inspector's sign-in opens: the phone's data key, and whether a PIN must be chosen for it. */
export interface Unlocked {
  key: CryptoKey;
  needsPin: boolean;
}

export function SignIn({ expired, revoked, lockedOut, onSignedIn }: {
  expired: boolean;
  revoked: boolean;
  lockedOut: boolean;
  onSignedIn: (s: SignInResponse, unlocked: Unlocked | null) => void;
}) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useSaid();

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // The API client and the store load with the first sign-in, not with the screen.
      const [{ api, setToken }, { unlockFromServer }] = await Promise.all([import('../services'), import('../../sync/device-key')]);
      const session = await api.signIn({ username: username.trim(), password });
      let unlocked: Unlocked | null = null;
      // Supervisors keep no visit data on the phone, so they have nothing to encrypt.
      if (session.user.role === 'inspector') {
        setToken(session.token);
        const result = await unlockFromServer(api, session.user.username);
        if (result.status !== 'unlocked') {
          setToken(null);
          setError({ say: (t) => result.status === 'other-inspector' ? t('signIn.otherInspector', { name: result.username }) : t('signIn.keyLost') });
          return;
        }
        unlocked = { key: result.key, needsPin: result.needsPin };
      }
      await saveSession(session);
      onSignedIn(session, unlocked);
    } catch (err) {
      if (err instanceof WrongCredentialsError) setError({ say: (t) => t('signIn.wrong') });
      else if (err instanceof OfflineError) setError({ say: (t) => t('signIn.offline') });
      else setError({ say: (t) => t('error.generic', { message: (err as Error).message }) });
    } finally {
      setBusy(false);
      setPassword('');
    }
  }

  return (
    <>
      <header class="topbar">
        <span class="title">{t('app.name')} · {t('app.tagline')}</span>
        <LangSwitch />
      </header>
      <main>
        <form class="card" onSubmit={submit}>
          <h1>{t('signIn.title')}</h1>
          {expired && <p class="banner warn" role="alert">{t('signIn.expired')}</p>}
          {revoked && <p class="banner bad" role="alert">{t('signIn.revoked')}</p>}
          {lockedOut && <p class="banner warn" role="alert">{t('signIn.unlockAgain')}</p>}
          <p class="muted">{t('signIn.intro')}</p>
          <Field id="username" label={t('signIn.username')}>
            <input id="username" name="username" autoComplete="username" autoCapitalize="none" spellcheck={false}
              value={username} onInput={(e) => setUsername(e.currentTarget.value)} required />
          </Field>
          <Field id="password" label={t('signIn.password')}>
            <input id="password" name="password" type="password" autoComplete="current-password"
              value={password} onInput={(e) => setPassword(e.currentTarget.value)} required />
          </Field>
          {error && <p class="banner bad" role="alert">{error.text}</p>}
          <button class="primary block" type="submit" disabled={busy}>{busy ? t('signIn.busy') : t('signIn.submit')}</button>
        </form>
      </main>
    </>
  );
}
