import { useState } from 'preact/hooks';
import { importOnsiteWorkers } from '../../../store/findings-repo';
import { useApp } from '../../app-context';
import { describeError } from '../../errors';
import { formatBytes, useI18n } from '../../i18n/i18n';
import { describeRosterNote, NOTES_SHOWN } from '../../roster-notes';
import { db } from '../../services';
import { readRosterFile, type RosterFileResult } from './read-roster-file';
import { useSaid } from '../../i18n/said';

export function CsvImport({ visitId }: { visitId: string }) {
  const { t, lang } = useI18n();
  const { syncSoon } = useApp();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<RosterFileResult | null>(null);
  const [imported, setImported] = useState<{ count: number; file: string } | null>(null);
  const [error, setError] = useSaid();

  async function onFile(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setBusy(true);
    setError(null);
    setImported(null);
    // The previous file's errors must not stand for this one while it is read.
    setResult(null);
    try {
      const read = await readRosterFile(file, visitId);
      setResult(read);
      if (read.kind === 'parsed' && read.workers.length > 0) {
        await importOnsiteWorkers(db, visitId, file.name, read.workers);
        setImported({ count: read.workers.length, file: file.name });
        syncSoon();
      }
    } catch (err) {
      setError({ say: (t) => describeError(err, t) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card" aria-labelledby="csv-h">
      <h2 id="csv-h">{t('csv.title')}</h2>
      <p class="muted" id="csv-help">{t('csv.help')}</p>
      <label class="button" for="csv-file" style="display:inline-flex">{busy ? t('common.loading') : t('csv.choose')}</label>
      <input id="csv-file" class="visually-hidden" type="file" accept=".csv,text/csv,text/plain" aria-describedby="csv-help" onChange={onFile} disabled={busy} />
      {error && <p class="banner bad" role="alert">{error.text}</p>}
      {result?.kind === 'unreadable' && (
        <p class="banner bad" role="alert" data-testid="csv-error">
          {t(`csv.error.${result.error}`, { max: formatBytes(lang, result.maxBytes) })}
        </p>
      )}
      {imported && (
        <p class="banner ok" role="status" data-testid="csv-imported">
          {t('csv.imported', { count: imported.count, file: imported.file })}
          {result?.kind === 'parsed' && result.titleRows > 0 && ` ${t('csv.titleRows', { count: result.titleRows })}`}
          {result?.kind === 'parsed' && result.totalRows > 0 && ` ${t('csv.totalRows', { count: result.totalRows })}`}
          {result?.kind === 'parsed' && result.placeholderRows > 0 && ` ${t('csv.placeholderRows', { count: result.placeholderRows })}`}
          {result?.kind === 'parsed' && result.dateOrder === 'monthFirst' && ` ${t('csv.monthFirst')}`}
        </p>
      )}
      {result?.kind === 'parsed' && result.notes.length > 0 && (
        <div class="banner warn" role="status" data-testid="csv-read-notes">
          <p>{t('csv.readNotes', { count: result.notes.length })}</p>
          <ul>
            {result.notes.slice(0, NOTES_SHOWN).map((n) => (
              <li key={n.row}>
                {describeRosterNote(t, n)} — <code>{n.raw}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {result?.kind === 'parsed' && result.errors.length > 0 && (
        <div class="errors" role="alert" data-testid="csv-row-errors">
          <p><strong>{t('csv.rowsWithErrors', { count: result.errors.length })}</strong></p>
          <ul>
            {result.errors.map((err) => (
              <li key={err.row}>
                {err.code === 'no_name_column'
                  ? `${t('csv.error.no_name_column')} (${result.columns.join(', ')})`
                  : <>{t('csv.row', { row: err.row })}: {t(`csv.error.${err.code}`)} — <code>{err.raw}</code></>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
