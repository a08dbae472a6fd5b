import { BadExportFileError, parseExportFile } from '../../../sync/import-export';
import { describeError } from '../../errors';
import { useI18n } from '../../i18n/i18n';
import { supervisorApi } from '../../services';
import { useSaid, type Say } from '../../i18n/said';

/** A phone's exported unsent work, applied as its inspector; importing twice changes nothing. */
export function WorkImport({ onImported }: { onImported: () => void }) {
  const { t } = useI18n();
  const [message, setMessage] = useSaid<{ kind: 'ok' | 'bad'; say: Say }>();

  async function onFile(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const f = input.files?.[0];
    input.value = '';
    if (!f) return;
    try {
      const r = await supervisorApi.importWork(parseExportFile(await f.text()));
      setMessage({ kind: r.rejected.length ? 'bad' : 'ok', say: (t) => t('outbox.imported', { applied: r.applied, duplicate: r.duplicate, rejected: r.rejected.length }) });
      onImported();
    } catch (err) {
      setMessage({ kind: 'bad', say: (t) => err instanceof BadExportFileError ? t('outbox.badFile') : describeError(err, t) });
    }
  }

  return (
    <section class="card" aria-labelledby="work-h">
      <h2 id="work-h">{t('outbox.import')}</h2>
      <label class="button" for="work-file">{t('common.chooseFile')}</label>
      <input id="work-file" class="visually-hidden" type="file" accept=".json,application/json" onChange={onFile} />
      {message && <p class={`banner ${message.kind}`} role={message.kind === 'bad' ? 'alert' : 'status'}>{message.text}</p>}
    </section>
  );
}
