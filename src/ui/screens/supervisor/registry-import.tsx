import { useState } from 'preact/hooks';
import { decodeRosterFile } from '../../../domain/roster/decode';
import { Field } from '../../components/field';
import { describeError } from '../../errors';
import { useI18n } from '../../i18n/i18n';
import { describeRosterNote, NOTES_SHOWN } from '../../roster-notes';
import { supervisorApi, type EmployerRow } from '../../services';
import type { RegistryImportResponse } from '../../../protocol';
import { ServerError } from '../../../sync/errors';
import { useSaid, type Say } from '../../i18n/said';

type RowError = RegistryImportResponse['errors'][number];
type RegistryImportNote = RegistryImportResponse['notes'][number];

/** Replaces one employer's register from the fund's CSV export; the server refuses a file with bad rows whole. */
export function RegistryImport({ employers, onImported }: { employers: EmployerRow[]; onImported: () => void }) {
  const { t, lang } = useI18n();
  const [employerId, setEmployerId] = useState(employers[0]?.id ?? '');
  /** `rows`: the server's reasons for refusing the file, row by row, in its own words. */
  const [message, setMessage] = useSaid<{ kind: 'ok' | 'bad'; say: Say; rows?: RowError[] }>();
  /** Rows imported with a value read otherwise than written: a warning beside the success, as the phone's import shows it. */
  const [notes, setNotes] = useState<RegistryImportNote[]>([]);

  async function onFile(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setNotes([]);
    const decoded = decodeRosterFile(new Uint8Array(await file.arrayBuffer()), 20 * 1024 * 1024);
    if (!decoded.ok) {
      setMessage({ kind: 'bad', say: (t) => t(`csv.error.${decoded.error}`, { max: '20 MB' }) });
      return;
    }
    try {
      const res = await supervisorApi.importRegistry(employerId, decoded.text);
      setMessage({ kind: 'ok', say: (t) => [
        t('supervisor.registryImported', { count: res.imported }),
        res.placeholderRows > 0 ? ` ${t('csv.placeholderRows', { count: res.placeholderRows })}` : '',
        res.dateOrder === 'monthFirst' ? ` ${t('csv.monthFirst')}` : '',
      ].join('') });
      setNotes(res.notes);
      onImported();
    } catch (err) {
      const body = err instanceof ServerError ? (err.body as { errors?: RowError[] }) : undefined;
      setMessage({ kind: 'bad', say: (t) => describeError(err, t), rows: body?.errors });
    }
  }

  return (
    <section class="card" aria-labelledby="reg-h">
      <h2 id="reg-h">{t('supervisor.registryImport')}</h2>
      <Field id="r-employer" label={t('supervisor.employer')}>
        <select id="r-employer" value={employerId} onChange={(e) => setEmployerId(e.currentTarget.value)}>
          {employers.map((e) => <option key={e.id} value={e.id}>{lang === 'km' ? e.nameKh : e.name}</option>)}
        </select>
      </Field>
      <label class="button" for="r-file">{t('csv.choose')}</label>
      <input id="r-file" class="visually-hidden" type="file" accept=".csv,text/csv" onChange={onFile} />
      {message && (
        <div class={`banner ${message.kind}`} role={message.kind === 'bad' ? 'alert' : 'status'}>
          {message.text}
          {message.rows && <ul class="errors">{message.rows.slice(0, 50).map((r) => <li key={r.row}>{t('csv.row', { row: r.row })}: {r.message}</li>)}</ul>}
        </div>
      )}
      {notes.length > 0 && (
        <div class="banner warn" role="status" data-testid="registry-read-notes">
          <p>{t('csv.readNotes', { count: notes.length })}</p>
          <ul>{notes.slice(0, NOTES_SHOWN).map((n) => <li key={n.row}>{describeRosterNote(t, n)}</li>)}</ul>
        </div>
      )}
    </section>
  );
}
