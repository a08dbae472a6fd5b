import { useState } from 'preact/hooks';
import { PIN_PATTERN, setPin } from '../../store/crypto/keyring';
import { useI18n } from '../i18n/i18n';
import { LockPage } from './lock-page';
import { PinInput } from './pin-input';
import { useSaid } from '../i18n/said';

/** After an online sign-in on a phone whose data key has no PIN yet (new phone, or after a lock-out). */
export function SetPin({ dataKey, onDone, onCancel }: { dataKey: CryptoKey; onDone: () => void; onCancel?: () => void }) {
  const { t } = useI18n();
  const [pin, setPinValue] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useSaid();

  async function submit(e: Event) {
    e.preventDefault();
    if (!PIN_PATTERN.test(pin)) return setError({ say: (t) => t('pin.invalid') });
    if (pin !== again) return setError({ say: (t) => t('pin.mismatch') });
    setBusy(true);
    setError(null);
    try {
      await setPin(dataKey, pin);
      onDone();
    } catch (err) {
      setError({ say: (t) => t('error.generic', { message: (err as Error).message }) });
      setBusy(false);
    }
  }

  return (
    <LockPage>
      <form class="card" onSubmit={submit} data-testid="set-pin">
        <h1>{t('pin.title')}</h1>
        <p class="muted">{t('pin.intro')}</p>
        <PinInput id="new-pin" label={t('pin.new')} value={pin} onInput={setPinValue} autoFocus />
        <PinInput id="new-pin-again" label={t('pin.confirm')} value={again} onInput={setAgain} />
        {error && <p class="banner bad" role="alert">{error.text}</p>}
        <button class="primary block" type="submit" disabled={busy}>{busy ? t('lock.busy') : t('pin.submit')}</button>
        {onCancel && <button class="block" type="button" style="margin-top:0.75rem" onClick={onCancel}>{t('pin.keep')}</button>}
      </form>
    </LockPage>
  );
}
