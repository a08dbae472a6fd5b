import { ROW_CODES } from '../../../domain/reconcile/reasons';
import type { MatchDecision, MatchResult, OnsiteWorker, RegisteredWorker } from '../../../protocol';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { AskDob, type SaveDob } from './ask-dob';
import { CardLookup, type HeldBy } from './card-lookup';
import { CompareTable } from './compare-table';

export type Decide = (kind: MatchDecision['kind'], onsiteId: string, registeredId: string | null) => void;
/** Takes an on-site row off the headcount: one person entered twice. */
export type RemoveRow = (onsiteId: string) => void;

/** The on-site worker beside each register candidate, field by field, so the inspector can rule. */
export function ReviewCard({ result, worker, registered, registeredById, heldBy, decide, removeRow, saveDob, busy }: {
  result: MatchResult;
  worker: OnsiteWorker | undefined;
  registered: readonly RegisteredWorker[];
  registeredById: Map<string, RegisteredWorker>;
  heldBy: HeldBy;
  decide: Decide;
  removeRow: RemoveRow;
  saveDob: SaveDob;
  busy: boolean;
}) {
  const { t } = useI18n();
  const reasons = (codes: string[]) => codes.map((c) => t(`reason.${c}` as MessageKey)).join('; ');
  // A candidate the engine gives no chance at all is noise for the inspector, not a choice.
  const candidates = (result.candidates ?? (result.registeredId ? [{ registeredId: result.registeredId, score: result.score, reasons: result.reasons }] : []))
    .filter((c) => c.score > 0);
  // Why a person must rule: several fit, too little evidence, or the names share nothing.
  const why = result.reasons.find((r) => r.startsWith('match.'));
  // Another row holds this worker: "same person" would take the worker from it; the row is the
  // one to remove, if the person was entered twice.
  const twice = why === 'match.twice';
  // What the row gives that was read as not given (another worker's number, a child's date): true of every candidate.
  const own = result.reasons.filter((r) => ROW_CODES.has(r));
  return (
    <article class="card" data-testid="review-card" aria-label={worker?.name ?? result.onsiteId}>
      <h3>{worker?.name ?? result.onsiteId}</h3>
      {why && <p data-testid="review-why">{t(`reason.${why}` as MessageKey)}</p>}
      {own.length > 0 && <p class="muted" data-testid="review-row-notes">{reasons(own)}</p>}
      <button type="button" class="danger block" style="margin-bottom:0.75rem" disabled={busy} onClick={() => decide('hidden', result.onsiteId, null)}>
        {t('review.markHidden')}
      </button>
      {candidates.length === 0 && <p>{t('review.noCandidate')}</p>}
      {candidates.map((c, i) => (
        <div key={c.registeredId} class={i > 0 ? 'card-part' : undefined}>
          {candidates.length > 1 && <h3>{t('review.candidate', { n: i + 1 })}</h3>}
          <CompareTable worker={worker} reg={registeredById.get(c.registeredId)} registeredId={c.registeredId} />
          <p class="muted">{reasons(c.reasons)}</p>
          <div class="row">
            {twice
              ? <button type="button" class="primary" disabled={busy} onClick={() => removeRow(result.onsiteId)}>{t('review.removeTwice')}</button>
              : <button type="button" class="primary" disabled={busy} onClick={() => decide('confirm', result.onsiteId, c.registeredId)}>{t('review.same')}</button>}
            <button type="button" disabled={busy} onClick={() => decide('reject', result.onsiteId, c.registeredId)}>{t('review.notSame')}</button>
          </div>
        </div>
      ))}
      {/* Apart from the last candidate: the card, or the date, may name a worker none of them is. */}
      <div class="card-part checks">
        {worker && !worker.dateOfBirth && candidates.length > 0 && <AskDob worker={worker} save={saveDob} busy={busy} />}
        <CardLookup onsiteId={result.onsiteId} worker={worker} registered={registered} heldBy={heldBy} decide={decide} removeRow={removeRow} busy={busy} />
      </div>
    </article>
  );
}
