import { useState } from 'preact/hooks';
import type { AssignVisitRequest, InspectorList } from '../../../protocol';
import { Field } from '../../components/field';
import { describeError } from '../../errors';
import { useI18n } from '../../i18n/i18n';
import { supervisorApi, type EmployerRow } from '../../services';
import { useSaid, type Say } from '../../i18n/said';

export function AssignVisitForm({ employers, inspectors, onAssigned }: { employers: EmployerRow[]; inspectors: InspectorList['inspectors']; onAssigned: () => void }) {
  const { t, lang } = useI18n();
  const [employerId, setEmployerId] = useState(employers[0]?.id ?? '');
  const [inspector, setInspector] = useState(inspectors[0]?.username ?? '');
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [complaint, setComplaint] = useState('');
  const [named, setNamed] = useState('');
  const [message, setMessage] = useSaid<{ kind: 'ok' | 'bad'; say: Say }>();

  async function submit(e: Event) {
    e.preventDefault();
    const hasComplaint = complaint.trim().length > 0;
    const req: AssignVisitRequest = {
      employerId,
      inspectorUsername: inspector,
      scheduledDate: date,
      reason: hasComplaint ? 'complaint' : 'routine',
      complaint: hasComplaint
        ? { receivedAt: new Date().toISOString(), hotline: '1286', summary: complaint.trim(), namedWorkers: named.split(/[\n,;]/).map((s) => s.trim()).filter(Boolean) }
        : null,
    };
    try {
      await supervisorApi.assignVisit(req);
      setMessage({ kind: 'ok', say: (t) => t('supervisor.assigned') });
      setComplaint('');
      setNamed('');
      onAssigned();
    } catch (err) {
      setMessage({ kind: 'bad', say: (t) => describeError(err, t) });
    }
  }

  return (
    <form class="card" onSubmit={submit} aria-labelledby="assign-h">
      <h2 id="assign-h">{t('supervisor.assign')}</h2>
      <Field id="a-employer" label={t('supervisor.employer')}>
        <select id="a-employer" value={employerId} onChange={(e) => setEmployerId(e.currentTarget.value)}>
          {employers.map((e) => <option key={e.id} value={e.id}>{lang === 'km' ? e.nameKh : e.name} ({e.registeredCount})</option>)}
        </select>
      </Field>
      <Field id="a-inspector" label={t('supervisor.inspector')}>
        <select id="a-inspector" value={inspector} onChange={(e) => setInspector(e.currentTarget.value)}>
          {inspectors.map((i) => <option key={i.username} value={i.username}>{i.displayName} ({i.inspectorCode})</option>)}
        </select>
      </Field>
      <Field id="a-date" label={t('visit.date')}>
        <input id="a-date" type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} required />
      </Field>
      <Field id="a-complaint" label={t('visit.complaint')}>
        <textarea id="a-complaint" value={complaint} onInput={(e) => setComplaint(e.currentTarget.value)} />
      </Field>
      <Field id="a-named" label={t('visit.complaint.named')}>
        <textarea id="a-named" value={named} onInput={(e) => setNamed(e.currentTarget.value)} />
      </Field>
      {message && <p class={`banner ${message.kind}`} role={message.kind === 'bad' ? 'alert' : 'status'}>{message.text}</p>}
      <button type="submit" class="primary block">{t('supervisor.assignSubmit')}</button>
    </form>
  );
}
