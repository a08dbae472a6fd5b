import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n';

/** Offers a waiting app version; the inspector applies it when no form is half-filled. */
export function UpdateToast({ apply, dismiss }: { apply: () => Promise<void>; dismiss: () => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  return (
    <div class="toast" role="status">
      <span>{t('update.ready')}</span>
      <span class="row">
        <button type="button" onClick={dismiss}>{t('update.later')}</button>
        <button type="button" disabled={busy} onClick={() => { setBusy(true); void apply(); }}>{t('update.apply')}</button>
      </span>
    </div>
  );
}
