import { useState } from 'preact/hooks';
import type { OnsiteWorker } from '../../../protocol';
import { sameCardOnList } from '../../../domain/roster/same-card';
import { addOnsiteWorker, listOnsite, onsiteStillIs } from '../../../store/findings-repo';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { describeError } from '../../errors';
import { useI18n } from '../../i18n/i18n';
import { db } from '../../services';
import { useUnsavedInput } from '../../unsaved-input';
import { useSaid, type Say } from '../../i18n/said';

const empty = { name: '', nationalId: '', nssfNumber: '', sex: '' as '' | 'F' | 'M', dateOfBirth: '' };

/** `workers`: the on-site list as last read, for the same-card check; undefined while it is read, and then read here. */
export function AddWorkerForm({ visitId, workers }: { visitId: string; workers: OnsiteWorker[] | undefined }) {
  const { t } = useI18n();
  const { syncSoon } = useApp();
  const [form, setForm] = useState(empty);
  const [message, setMessage] = useSaid<{ kind: 'ok' | 'warn' | 'bad'; say: Say }>();
  useUnsavedInput('add-worker', Object.values(form).some((v) => v !== ''));
  const set = (k: keyof typeof empty) => (e: Event) => setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });

  // The list as last read, unless a change since has not reached it yet.
  const currentList = async () => (workers && (await onsiteStillIs(db, visitId, workers)) ? workers : listOnsite(db, visitId));

  async function submit(e: Event) {
    e.preventDefault();
    const name = form.name.trim();
    if (!name) {
      setMessage({ kind: 'bad', say: (t) => t('worker.nameRequired') });
      return;
    }
    const worker: OnsiteWorker = {
      id: crypto.randomUUID(),
      visitId,
      name,
      nationalId: form.nationalId.trim() || null,
      nssfNumber: form.nssfNumber.trim() || null,
      sex: form.sex || null,
      dateOfBirth: form.dateOfBirth || null,
      source: 'manual',
      sourceRow: null,
      recordedAt: new Date().toISOString(),
    };
    try {
      // Only a worker with a card number can have been entered already by it.
      const twin = worker.nationalId || worker.nssfNumber ? sameCardOnList(worker, await currentList()) : null;
      await addOnsiteWorker(db, worker);
      setForm(empty);
      setMessage(twin
        ? { kind: 'warn', say: (t) => t('worker.addedSameCard', { name, other: twin.name }) }
        : { kind: 'ok', say: (t) => t('worker.added', { name }) });
      syncSoon();
    } catch (err) {
      setMessage({ kind: 'bad', say: (t) => describeError(err, t) });
    }
  }

  return (
    <form class="card" onSubmit={submit} aria-labelledby="add-h">
      <h2 id="add-h">{t('worker.add.title')}</h2>
      <Field id="w-name" label={t('worker.name')}>
        <input id="w-name" value={form.name} onInput={set('name')} autoComplete="off" />
      </Field>
      <div class="row" style="align-items:flex-start">
        <div style="flex:1;min-width:9rem">
          <Field id="w-nid" label={t('worker.nationalId')}>
            <input id="w-nid" value={form.nationalId} onInput={set('nationalId')} inputMode="numeric" autoComplete="off" />
          </Field>
        </div>
        <div style="flex:1;min-width:9rem">
          <Field id="w-nssf" label={t('worker.nssfNumber')}>
            <input id="w-nssf" value={form.nssfNumber} onInput={set('nssfNumber')} autoComplete="off" />
          </Field>
        </div>
      </div>
      <fieldset class="field" style="border:0;padding:0;margin:0 0 0.75rem">
        <legend style="font-weight:700">{t('worker.sex')}</legend>
        <div class="choice">
          {(['F', 'M', ''] as const).map((s) => (
            <label key={s || 'none'}>
              <input type="radio" name="w-sex" value={s} checked={form.sex === s} onChange={() => setForm({ ...form, sex: s })} />
              {s ? t(`worker.sex.${s}`) : t('worker.sex.unknown')}
            </label>
          ))}
        </div>
      </fieldset>
      <Field id="w-dob" label={t('worker.dob')}>
        <input id="w-dob" type="date" value={form.dateOfBirth} onInput={set('dateOfBirth')} max={new Date().toISOString().slice(0, 10)} />
      </Field>
      {message && <p class={`banner ${message.kind}`} role={message.kind === 'bad' ? 'alert' : 'status'} data-testid="add-worker-message">{message.text}</p>}
      <button type="submit" class="primary block">{t('worker.add')}</button>
    </form>
  );
}
