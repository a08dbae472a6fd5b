import { useId, useState } from 'preact/hooks';
import type { OnsiteWorker } from '../../../protocol';
import { useI18n } from '../../i18n/i18n';

/** Saves a date of birth on an on-site row and runs reconciliation again with it. */
export type SaveDob = (worker: OnsiteWorker, dateOfBirth: string) => void;

/**
 * For a review row without a date of birth: a name and sex are often all an attendance sheet
 * gives, and several registered workers share them. The worker is there to ask, and the date
 * tells the namesakes apart where the shown candidates may not even include the right one
 * (a common name's holders are read, only the likeliest are shown). Also for a row flagged
 * hidden without a date that has a registered namesake: the date confirms the flag before a
 * fine rests on it, or finds the worker. The date is saved on the row, as any edit of the
 * headcount is, so the evidence and the outbox say where it came from.
 */
export function AskDob({ worker, save, busy }: { worker: OnsiteWorker; save: SaveDob; busy: boolean }) {
  const { t } = useI18n();
  const inputId = useId();
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState('');
  if (!open) {
    return <button type="button" class="card-check" disabled={busy} onClick={() => setOpen(true)}>{t('dob.ask')}</button>;
  }
  return (
    <form class="card-lookup" data-testid="ask-dob" onSubmit={(e) => {
      e.preventDefault();
      if (date) save(worker, date);
    }}>
      <label for={inputId}>{t('dob.label')}</label>
      <div class="row">
        <input id={inputId} type="date" value={date} max={new Date().toISOString().slice(0, 10)} onInput={(e) => setDate(e.currentTarget.value)} />
        <button type="submit" class="primary" disabled={busy || date === ''}>{t('dob.save')}</button>
      </div>
    </form>
  );
}
