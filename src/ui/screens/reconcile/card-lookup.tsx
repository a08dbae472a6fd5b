import { useId, useState } from 'preact/hooks';
import type { OnsiteWorker, RegisteredWorker } from '../../../protocol';
import { cardHolders, type CardHolder } from '../../../domain/reconcile/card-lookup';
import { useI18n } from '../../i18n/i18n';
import { CompareTable } from './compare-table';
import type { Decide, RemoveRow } from './review-card';

/** Registered id → the on-site row matched to that worker (its name as written), for a card that names a worker another row holds. */
export type HeldBy = ReadonlyMap<string, { onsiteId: string; name: string }>;

/**
 * Settles a row from the worker's own card: the inspector types the number on it, and the
 * register's holders of that number are shown beside the row to confirm. A review row whose
 * name hundreds share shows only its likeliest candidates, and a hidden flag the worker
 * disputes has none: with the card in hand, the number says who they are.
 */
export function CardLookup({ onsiteId, worker, registered, heldBy, decide, removeRow, busy }: {
  onsiteId: string;
  worker: OnsiteWorker | undefined;
  registered: readonly RegisteredWorker[];
  heldBy: HeldBy;
  decide: Decide;
  removeRow: RemoveRow;
  busy: boolean;
}) {
  const { t } = useI18n();
  const inputId = useId();
  const [open, setOpen] = useState(false);
  const [number, setNumber] = useState('');
  // What the last search found, and for which number: typing again does not unsay it until searched.
  const [found, setFound] = useState<{ number: string; holders: CardHolder[] } | null>(null);
  if (!open) {
    return <button type="button" class="card-check" disabled={busy} onClick={() => setOpen(true)}>{t('card.check')}</button>;
  }
  return (
    <form class="card-lookup" data-testid="card-lookup" onSubmit={(e) => {
      e.preventDefault();
      setFound({ number: number.trim(), holders: cardHolders(registered, number) });
    }}>
      <label for={inputId}>{t('card.number')}</label>
      <div class="row">
        <input id={inputId} class="id" autocomplete="off" value={number} onInput={(e) => setNumber(e.currentTarget.value)} />
        <button type="submit" disabled={number.trim() === ''}>{t('card.find')}</button>
      </div>
      {found && found.holders.length === 0 && <p role="status" data-testid="card-none">{t('card.none', { number: found.number })}</p>}
      {found?.holders.map(({ worker: reg, field, agreement }) => {
        // Another row already holds this worker: one person entered twice, or the other row is someone else.
        const other = heldBy.get(reg.workerId);
        const twice = other !== undefined && other.onsiteId !== onsiteId;
        return (
          <div key={reg.workerId} class="card-holder">
            <p role="status">{t(`card.${agreement === 'equal' ? 'equal' : 'slip'}.${field}`)}</p>
            <CompareTable worker={worker} reg={reg} registeredId={reg.workerId} card={{ field, number: found.number }} />
            {twice && <p data-testid="card-held">{t('card.heldBy', { name: other.name })}</p>}
            <div class="row">
              <button type="button" class="primary" disabled={busy} onClick={() => decide('confirm', onsiteId, reg.workerId)}>{t('review.same')}</button>
              {twice && <button type="button" disabled={busy} onClick={() => removeRow(onsiteId)}>{t('review.removeTwice')}</button>}
            </div>
          </div>
        );
      })}
    </form>
  );
}
