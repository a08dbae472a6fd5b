import { useState } from 'preact/hooks';
import type { MatchDecision, MatchResult, MatchStatus, OnsiteWorker, Reconciliation, RegisteredWorker } from '../../../protocol';
import { PersonLine } from '../../components/person-line';
import { formatNumber, useI18n, type MessageKey } from '../../i18n/i18n';
import { ReviewCard, type Decide } from './review-card';

const PAGE = 30;

function ShowMore({ total, shown, onMore }: { total: number; shown: number; onMore: () => void }) {
  const { t } = useI18n();
  if (total <= shown) return null;
  return <button type="button" class="block" onClick={onMore}>{t('reconcile.showAll', { count: total })}</button>;
}

interface Props {
  rec: Reconciliation;
  onsite: OnsiteWorker[];
  registered: RegisteredWorker[];
  decisions: MatchDecision[];
  decide: Decide;
  undo: (decision: MatchDecision) => void;
  busy: boolean;
}

export function ResultGroups({ rec, onsite, registered, decisions, decide, undo, busy }: Props) {
  const { t, lang } = useI18n();
  const onsiteById = new Map(onsite.map((w) => [w.id, w]));
  const registeredById = new Map(registered.map((w) => [w.workerId, w]));
  const standing = new Map(decisions.filter((d) => d.kind !== 'reject').map((d) => [d.onsiteId, d]));
  const reasonText = (codes: string[]) => codes.map((c) => t(`reason.${c}` as MessageKey)).join('; ');
  const [limits, setLimits] = useState<Record<string, number>>({});
  const limitOf = (k: string) => limits[k] ?? PAGE;
  const more = (k: string, n: number) => setLimits({ ...limits, [k]: n });

  const review = rec.results.filter((r) => r.status === 'review');
  const groups: { status: MatchStatus; title: MessageKey; cls: string }[] = [
    { status: 'hidden', title: 'reconcile.hidden', cls: 'bad' },
    { status: 'matched', title: 'reconcile.matched', cls: 'ok' },
  ];

  function line(r: MatchResult) {
    const w = onsiteById.get(r.onsiteId);
    const reg = r.registeredId ? registeredById.get(r.registeredId) : undefined;
    const mine = standing.get(r.onsiteId);
    return (
      <li key={r.onsiteId}>
        <div class="who">
          <PersonLine name={w?.name ?? r.onsiteId} nationalId={w?.nationalId} nssfNumber={w?.nssfNumber} dateOfBirth={w?.dateOfBirth} />
          {reg && <div class="ids">→ {reg.nameKh}{reg.nameLatin ? ` · ${reg.nameLatin}` : ''} ({reg.workerId})</div>}
          <div class="ids">{reasonText(r.reasons)}</div>
        </div>
        {mine ? (
          <button type="button" disabled={busy} onClick={() => undo(mine)}>{t('review.undo')}</button>
        ) : r.status === 'matched' && r.registeredId ? (
          <button type="button" disabled={busy} onClick={() => decide('reject', r.onsiteId, r.registeredId)}>{t('review.notSame')}</button>
        ) : null}
      </li>
    );
  }

  return (
    <>
      {review.length > 0 && (
        <section aria-labelledby="g-review" data-testid="group-review">
          <h2 id="g-review"><span class="pill warn">{formatNumber(lang, review.length)}</span> {t('reconcile.review')}</h2>
          {review.slice(0, limitOf('review')).map((r) => (
            <ReviewCard key={r.onsiteId} result={r} worker={onsiteById.get(r.onsiteId)} registeredById={registeredById} decide={decide} busy={busy} />
          ))}
          <ShowMore total={review.length} shown={limitOf('review')} onMore={() => more('review', review.length)} />
        </section>
      )}
      {groups.map(({ status, title, cls }) => {
        const rows = rec.results.filter((r) => r.status === status);
        if (rows.length === 0) return null;
        return (
          <section class="card" key={status} aria-labelledby={`g-${status}`} data-testid={`group-${status}`}>
            <h2 id={`g-${status}`}><span class={`pill ${cls}`}>{formatNumber(lang, rows.length)}</span> {t(title)}</h2>
            <ul class="people">{rows.slice(0, limitOf(status)).map(line)}</ul>
            <ShowMore total={rows.length} shown={limitOf(status)} onMore={() => more(status, rows.length)} />
          </section>
        );
      })}
      {rec.absent.length > 0 && (
        <section class="card" aria-labelledby="g-absent" data-testid="group-absent">
          <h2 id="g-absent"><span class="pill warn">{formatNumber(lang, rec.absent.length)}</span> {t('reconcile.absent')}</h2>
          <ul class="people">
            {rec.absent.slice(0, limitOf('absent')).map((id) => {
              const w = registeredById.get(id);
              return (
                <li key={id}>
                  <PersonLine name={w?.nameKh ?? id} nameAlt={w?.nameLatin} nationalId={w?.nationalId} nssfNumber={w?.nssfNumber} dateOfBirth={w?.dateOfBirth} />
                </li>
              );
            })}
          </ul>
          <ShowMore total={rec.absent.length} shown={limitOf('absent')} onMore={() => more('absent', rec.absent.length)} />
        </section>
      )}
    </>
  );
}
