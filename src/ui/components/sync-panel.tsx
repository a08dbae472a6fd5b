import { useEffect, useState } from 'preact/hooks';
import { getLastSyncAt } from '../../store/meta';
import { outboxCounts } from '../../store/outbox';
import { useApp } from '../app-context';
import { useLiveQuery } from '../hooks/use-live-query';
import { formatDateTime, useI18n } from '../i18n/i18n';
import { db } from '../services';

function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    addEventListener('online', up);
    addEventListener('offline', down);
    return () => { removeEventListener('online', up); removeEventListener('offline', down); };
  }, []);
  return online;
}

/** What is waiting to leave the phone, when it last left, and a button to send it now. */
export function SyncPanel() {
  const { t, lang } = useI18n();
  const { sync, syncNow } = useApp();
  const online = useOnline();
  const counts = useLiveQuery(() => outboxCounts(db), []);
  // Kept in the database, so the live query sees each sync's new time by itself.
  const lastSyncAt = useLiveQuery(() => getLastSyncAt(db), []);
  const error = sync.last?.error;

  return (
    <section class="card" aria-labelledby="sync-h">
      <h2 id="sync-h" class="visually-hidden">{t('sync.now')}</h2>
      {!online && <p class="banner warn" role="status">{t('sync.offline')}</p>}
      {online && error && <p class="banner bad" role="alert">{t(`sync.error.${error}`)}</p>}
      <div class="spread">
        <div>
          <div data-testid="outbox-status">
            {counts && counts.pending > 0
              ? <span class="pill warn">{t('sync.pending', { count: counts.pending })}</span>
              : <span class="pill ok">{t('sync.allSent')}</span>}
            {counts && counts.rejected > 0 && <> <span class="pill bad">{t('sync.rejected', { count: counts.rejected })}</span></>}
          </div>
          <div class="muted" data-testid="last-sync">{lastSyncAt ? t('sync.lastAt', { when: formatDateTime(lang, lastSyncAt) }) : t('sync.never')}</div>
        </div>
        <button type="button" class="primary" disabled={sync.running} onClick={() => void syncNow()}>
          {sync.running ? t('sync.running') : t('sync.now')}
        </button>
      </div>
    </section>
  );
}
