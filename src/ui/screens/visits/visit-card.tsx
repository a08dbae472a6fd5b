import type { LocalVisit } from '../../../store/db';
import { formatDate, useI18n } from '../../i18n/i18n';
import { href } from '../../router';

export function VisitCard({ visit, busy, onPrepare }: { visit: LocalVisit; busy: boolean; onPrepare: () => void }) {
  const { t, lang } = useI18n();
  const name = lang === 'km' ? visit.employerNameKh : visit.employerName;
  return (
    <article class="card" aria-labelledby={`visit-${visit.id}`} data-testid="visit-card">
      <div class="spread">
        <h2 id={`visit-${visit.id}`} style="margin:0">{name}</h2>
        <span class={`pill ${visit.reason === 'complaint' ? 'bad' : 'ok'}`}>{t(`visits.reason.${visit.reason}`)}</span>
      </div>
      <p class="muted">
        {formatDate(lang, visit.scheduledDate)} · {t('visits.registered', { count: visit.registeredCount })}
      </p>
      {visit.withdrawnAt && <p class="banner warn">{t('visits.withdrawn')}</p>}
      <div class="spread">
        <span class={`pill ${visit.preparedAt ? 'ok' : 'warn'}`}>{visit.preparedAt ? t('visits.prepared') : t('visits.notPrepared')}</span>
        <span class="row">
          {!visit.withdrawnAt && (!visit.preparedAt || visit.preparedVersion !== visit.version) && (
            <button type="button" disabled={busy} onClick={onPrepare}>
              {busy ? t('visits.preparing') : t('visits.prepare')}
            </button>
          )}
          {visit.preparedAt && (
            <a class="button primary" href={href({ name: 'visit', visitId: visit.id, tab: 'overview' })}>{t('visits.open')}</a>
          )}
        </span>
      </div>
    </article>
  );
}
