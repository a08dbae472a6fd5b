import { useState } from 'preact/hooks';
import { decodeRosterFile } from '../../../domain/roster/decode';
import { Field } from '../../components/field';
import { describeError } from '../../errors';
import { useI18n } from '../../i18n/i18n';
import { describeRosterNote } from '../../roster-notes';
import { supervisorApi, type EmployerRow } from '../../services';
import { ServerError } from '../../../sync/errors';

/** Replaces one employer's register from the fund's CSV export; the server refuses a file with bad rows whole. */
export function RegistryImport({ employers, onImported }: { employers: EmployerRow[]; onImported: () => void }) {
  const { t, lang } = useI18n();
  const [employerId, setEmployerId] = useState(employers[0]?.id ?? '');
  const [message, setMessage] = useState<{ kind: 'ok' | 'bad'; text: string; rows?: string[] } | null>(null);
  /** Rows imported with a value read otherwise than written: a warning beside the success, as the phone's import shows it. */
  const [notes, setNotes] = useState<string[]>([]);

  async function onFile(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setNotes([]);
    const decoded = decodeRosterFile(new Uint8Array(await file.arrayBuffer()), 20 * 1024 * 1024);
    if (!decoded.ok) {
      setMessage({ kind: 'bad', text: t(`csv.error.${decoded.error}`, { max: '20 MB' }) });
      return;
    }
    try {
      const res = await supervisorApi.importRegistry(employerId, decoded.text);
      const placeholders = res.placeholderRows > 0 ? ` ${t('csv.placeholderRows', { count: res.placeholderRows })}` : '';
      const monthFirst = res.dateOrder === 'monthFirst' ? ` ${t('csv.monthFirst')}` : '';
      setMessage({ kind: 'ok', text: t('supervisor.registryImported', { count: res.imported }) + placeholders + monthFirst });
      setNotes(res.notes.map((n) => describeRosterNote(t, n)));
      onImported();
    } catch (err) {
      const body = err instanceof ServerError ? (err.body as { errors?: { row: number; message: string }[] }) : undefined;
      const rows = body?.errors?.map((r) => `${t('csv.row', { row: r.row })}: ${r.message}`);
      setMessage({ kind: 'bad', text: describeError(err, t), rows });
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
          {message.rows && <ul class="errors">{message.rows.slice(0, 50).map((r) => <li key={r}>{r}</li>)}</ul>}
        </div>
      )}
      {notes.length > 0 && (
        <div class="banner warn" role="status" data-testid="registry-read-notes">
          <p>{t('csv.readNotes', { count: notes.length })}</p>
          <ul>{notes.slice(0, 50).map((r) => <li key={r}>{r}</li>)}</ul>
        </div>
      )}
    </section>
  );
}
