import { useState } from 'preact/hooks';
import { listVisits } from '../../../store/visits-repo';
import { prepareAll, prepareVisit } from '../../../sync/engine';
import { useLiveQuery } from '../../hooks/use-live-query';
import { useI18n } from '../../i18n/i18n';
import { api, db } from '../../services';
import { SyncPanel } from '../../components/sync-panel';
import { StoragePanel } from '../../components/storage-panel';
import { OutboxPanel } from '../../components/outbox-panel';
import { VisitCard } from './visit-card';
import { describeError } from '../../errors';
import { useInstallPrompt } from '../../install-prompt';
import { useSaid } from '../../i18n/said';

export function VisitList() {
  const { t } = useI18n();
  const visits = useLiveQuery(() => listVisits(db), []);
  const [busy, setBusy] = useState<string | null>(null);
  const install = useInstallPrompt();
  const [error, setError] = useSaid();

  async function run(key: string, work: () => Promise<unknown>) {
    setBusy(key);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError({ say: (t) => describeError(e, t) });
    } finally {
      setBusy(null);
    }
  }

  const active = visits?.filter((v) => !v.withdrawnAt) ?? [];
  const withdrawn = visits?.filter((v) => v.withdrawnAt) ?? [];

  return (
    <div>
      {install && (
        <div class="banner ok spread">
          <span>{t('install.offer')}</span>
          <button type="button" class="primary" onClick={() => void install()}>{t('install.button')}</button>
        </div>
      )}
      <SyncPanel />
      <div class="spread" style="margin-bottom:0.5rem">
        <h1>{t('visits.title')}</h1>
        <button type="button" class="primary" disabled={busy !== null} onClick={() => run('all', () => prepareAll(db, api))}>
          {busy === 'all' ? t('visits.preparing') : t('visits.prepareAll')}
        </button>
      </div>
      {error && <p class="banner bad" role="alert">{error.text}</p>}
      {visits && visits.length === 0 && <p class="card">{t('visits.empty')}</p>}
      <ul class="stack" style="list-style:none;padding:0;margin:0">
        {[...active, ...withdrawn].map((v) => (
          <li key={v.id}>
            <VisitCard visit={v} busy={busy === v.id} onPrepare={() => run(v.id, () => prepareVisit(db, api, v.id))} />
          </li>
        ))}
      </ul>
      <OutboxPanel />
      <StoragePanel refreshKey={visits} />
    </div>
  );
}
