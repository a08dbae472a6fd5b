import { exportUnsynced, listRejected, outboxCounts } from '../../store';
import { ServerError } from '../../sync/errors';
import { BadExportFileError, parseExportFile, pushExport } from '../../sync/import-export';
import { useApp } from '../app-context';
import { describeError } from '../errors';
import { useLiveQuery } from '../hooks/use-live-query';
import { useI18n } from '../i18n/i18n';
import { api, db } from '../services';
import { downloadFile } from './download';
import { useSaid, type Say } from '../i18n/said';

/** Unsent work leaves the phone by file when the network never comes; refused changes are shown, not hidden. */
export function OutboxPanel() {
  const { t } = useI18n();
  const { session } = useApp();
  const counts = useLiveQuery(() => outboxCounts(db), []);
  const rejected = useLiveQuery(() => listRejected(db), []);
  const [message, setMessage] = useSaid<{ kind: 'ok' | 'bad'; say: Say }>();

  async function exportNow() {
    const file = await exportUnsynced(db, session.user);
    const name = `headcount-unsent-${session.user.inspectorCode}-${file.exportedAt.slice(0, 16).replace(/[:T]/g, '')}.json`;
    downloadFile(name, JSON.stringify(file));
    setMessage({ kind: 'ok', say: (t) => t('outbox.exported', { count: file.mutations.length, file: name }) });
  }

  async function importFile(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const f = input.files?.[0];
    input.value = '';
    if (!f) return;
    try {
      const file = parseExportFile(await f.text());
      const r = await pushExport(api, file);
      setMessage({ kind: r.rejected.length ? 'bad' : 'ok', say: (t) => t('outbox.imported', { applied: r.applied, duplicate: r.duplicate, rejected: r.rejected.length }) });
    } catch (err) {
      if (err instanceof BadExportFileError) setMessage({ kind: 'bad', say: (t) => t('outbox.badFile') });
      else if (err instanceof ServerError && err.status === 403) setMessage({ kind: 'bad', say: (t) => t('outbox.otherInspector') });
      else setMessage({ kind: 'bad', say: (t) => describeError(err, t) });
    }
  }

  return (
    <section class="card" aria-labelledby="outbox-h">
      <h2 id="outbox-h">{t('outbox.title')}</h2>
      <p class="muted">{t('outbox.help')}</p>
      <div class="row">
        <button type="button" disabled={!counts?.pending} onClick={() => void exportNow()}>{t('outbox.export')}</button>
        <label class="button" for="import-file">{t('outbox.import')}</label>
        <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json" onChange={importFile} />
      </div>
      {message && <p class={`banner ${message.kind}`} role={message.kind === 'bad' ? 'alert' : 'status'} data-testid="outbox-message">{message.text}</p>}
      {rejected && rejected.length > 0 && (
        <div data-testid="rejected-list">
          <h3>{t('outbox.rejectedTitle')}</h3>
          <p class="muted">{t('outbox.rejectedHelp')}</p>
          <ul class="errors">
            {rejected.map((r) => <li key={r.id}>#{r.id} {r.mutation.type} · {r.mutation.visitId}: {r.lastError}</li>)}
          </ul>
        </div>
      )}
    </section>
  );
}
