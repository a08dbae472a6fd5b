import { useEffect, useState } from 'preact/hooks';
import { requestPersistence, storageEstimate } from '../../store/meta';
import { useApp } from '../app-context';
import { formatBytes, useI18n } from '../i18n/i18n';

/** How much the phone holds, and whether the browser promised to keep it. */
export function StoragePanel({ refreshKey }: { refreshKey: unknown }) {
  const { t, lang } = useI18n();
  const { changePin } = useApp();
  const [persist, setPersist] = useState<'granted' | 'denied' | 'unsupported' | null>(null);
  const [estimate, setEstimate] = useState<{ usage: number; quota: number } | null>(null);

  useEffect(() => {
    void requestPersistence().then(setPersist);
  }, []);
  useEffect(() => {
    void storageEstimate().then((e) => setEstimate(e ?? null));
  }, [refreshKey]);

  return (
    <section class="card" aria-labelledby="storage-h">
      <h2 id="storage-h">{t('storage.title')}</h2>
      <p data-testid="storage-usage">
        {estimate ? t('storage.used', { used: formatBytes(lang, estimate.usage), quota: formatBytes(lang, estimate.quota) }) : t('storage.unknown')}
      </p>
      {estimate && estimate.quota > 0 && estimate.usage / estimate.quota > 0.8 && (
        <p class="banner bad" role="alert">{t('storage.nearlyFull', { percent: Math.round((100 * estimate.usage) / estimate.quota) })}</p>
      )}
      {persist && (
        <p class={persist === 'granted' ? 'muted' : 'banner warn'}>
          {persist === 'granted' ? t('storage.persisted') : t('storage.notPersisted')}
        </p>
      )}
      {changePin && <button type="button" class="block" onClick={changePin}>{t('pin.change')}</button>}
    </section>
  );
}
