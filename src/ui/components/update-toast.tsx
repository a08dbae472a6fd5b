import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n';
import { hasUnsavedInput } from '../unsaved-input';
import { Toast } from './toast';

/** Offers a waiting app version; the inspector applies it when no form is half-filled. */
export function UpdateToast({ apply, dismiss }: { apply: () => Promise<void>; dismiss: () => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [blocked, setBlocked] = useState(false);

  function applyIfSafe() {
    if (hasUnsavedInput()) {
      setBlocked(true);
      return;
    }
    setBusy(true);
    void apply();
  }
  return (
    <Toast>
      <span>{blocked ? t('update.finishFirst') : t('update.ready')}</span>
      <span class="row">
        <button type="button" onClick={dismiss}>{t('update.later')}</button>
        <button type="button" disabled={busy} onClick={applyIfSafe}>{t('update.apply')}</button>
      </span>
    </Toast>
  );
}
