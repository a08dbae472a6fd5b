import type { LocalVisitHeader } from '../../../store/visits-repo';
import { formatDate, formatDateTime, useI18n } from '../../i18n/i18n';

export function VisitOverview({ pkg }: { pkg: LocalVisitHeader }) {
  const { t, lang } = useI18n();
  const { employer, complaint, contributions, visit } = pkg;
  const unpaid = contributions.filter((c) => c.paidRiel === 0).map((c) => c.month);
  const short = contributions.filter((c) => c.paidRiel > 0 && c.paidRiel < c.dueRiel).map((c) => c.month);
  return (
    <div>
      <section class="card">
        <h2>{t('visit.employer')}</h2>
        <p><strong lang="km">{employer.nameKh}</strong><br />{employer.name}</p>
        <p class="muted">{t('visit.nssfNo')}: {employer.nssfEmployerNumber}</p>
        <p class="muted">{t('visit.address')}: {employer.address}, {employer.province}</p>
        <p class="muted">{t('visit.date')}: {formatDate(lang, visit.scheduledDate)} · {t('visits.registered', { count: visit.registeredCount })}</p>
      </section>
      {complaint && (
        <section class="card">
          <h2>{t('visit.complaint')}</h2>
          <p class="muted">{t('visit.complaint.hotline', { hotline: complaint.hotline, when: formatDateTime(lang, complaint.receivedAt) })}</p>
          <p>{complaint.summary}</p>
          {complaint.namedWorkers.length > 0 && (
            <>
              <h3>{t('visit.complaint.named')}</h3>
              <ul>{complaint.namedWorkers.map((n) => <li key={n}>{n}</li>)}</ul>
            </>
          )}
        </section>
      )}
      <section class="card">
        <h2>{t('visit.contributions')}</h2>
        <p>{t('visit.contributions.months', { count: contributions.length })}</p>
        {unpaid.length > 0 && <p class="banner bad">{t('visit.contributions.unpaid', { months: unpaid.join(', ') })}</p>}
        {short.length > 0 && <p class="banner warn">{t('visit.contributions.short', { months: short.join(', ') })}</p>}
      </section>
    </div>
  );
}
