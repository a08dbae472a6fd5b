import { useState } from 'preact/hooks';
import { unlockWithPin } from '../../store/crypto/keyring';
import { useI18n } from '../i18n/i18n';
import { LockPage } from './lock-page';
import { PinInput } from './pin-input';
import { useSaid } from '../i18n/said';

/** Opens the phone's encrypted data with the PIN; works with no network at all. */
export function LockScreen({ displayName, onUnlocked, onLockedOut, onUsePassword }: {
  displayName: string;
  onUnlocked: (key: CryptoKey) => void;
  onLockedOut: () => void;
  onUsePassword: () => void;
}) {
  const { t } = useI18n();
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useSaid();

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await unlockWithPin(pin);
      if (result.status === 'unlocked') onUnlocked(result.key);
      else if (result.status === 'locked-out') onLockedOut();
      else setError({ say: (t) => t('lock.wrong', { count: result.attemptsLeft }) });
    } catch (err) {
      setError({ say: (t) => t('error.generic', { message: (err as Error).message }) });
    } finally {
      setBusy(false);
      setPin('');
    }
  }

  return (
    <LockPage>
      <form class="card" onSubmit={submit} data-testid="lock-screen">
        <h1>{t('lock.title')}</h1>
        <p class="muted">{t('lock.intro', { name: displayName })}</p>
        <PinInput id="unlock-pin" label={t('lock.pin')} value={pin} onInput={setPin} autoFocus />
        {error && <p class="banner bad" role="alert">{error.text}</p>}
        <button class="primary block" type="submit" disabled={busy || pin.length === 0}>{busy ? t('lock.busy') : t('lock.submit')}</button>
        <button class="block" type="button" style="margin-top:0.75rem" onClick={onUsePassword}>{t('lock.usePassword')}</button>
      </form>
    </LockPage>
  );
}
