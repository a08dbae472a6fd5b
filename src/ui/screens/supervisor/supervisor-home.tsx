import type { VisitOverview } from '../../../protocol';
import { formatRiel } from '../../../domain/money';
import { describeError } from '../../errors';
import { formatDate, formatDateTime, formatNumber, useI18n } from '../../i18n/i18n';
import { href } from '../../router';
import { supervisorApi } from '../../services';
import { AssignVisitForm } from './assign-visit-form';
import { RegistryImport } from './registry-import';
import { useRemote } from './use-remote';
import { WorkImport } from './work-import';

export function SupervisorHome() {
  const { t } = useI18n();
  const overview = useRemote(() => supervisorApi.overview(), []);
  const employers = useRemote(() => supervisorApi.employers(), []);
  const inspectors = useRemote(() => supervisorApi.inspectors(), []);
  const error = overview.error ?? employers.error ?? inspectors.error;

  return (
    <div>
      <div class="spread" style="margin-bottom:0.5rem">
        <h1>{t('supervisor.title')}</h1>
        <span class="row">
          <a class="button" href={href({ name: 'schedule' })}>{t('supervisor.schedule')}</a>
          <button type="button" onClick={overview.reload}>{t('common.refresh')}</button>
        </span>
      </div>
      {error ? <p class="banner bad" role="alert">{describeError(error, t)}</p> : null}
      {!overview.data && !error && <p>{t('common.loading')}</p>}
      <ul class="stack" style="list-style:none;padding:0;margin:0 0 0.75rem">
        {overview.data?.visits.map((v) => <li key={v.visit.id}><OverviewCard v={v} /></li>)}
      </ul>
      {employers.data && inspectors.data && (
        <>
          <AssignVisitForm employers={employers.data.employers} inspectors={inspectors.data.inspectors} onAssigned={overview.reload} />
          <RegistryImport employers={employers.data.employers} onImported={() => { employers.reload(); overview.reload(); }} />
          <WorkImport onImported={overview.reload} />
        </>
      )}
    </div>
  );
}

function OverviewCard({ v }: { v: VisitOverview }) {
  const { t, lang } = useI18n();
  const s = v.reconciliation;
  return (
    <article class="card" data-testid="overview-card">
      <div class="spread">
        <h2 style="margin:0">
          <a href={href({ name: 'supervisorVisit', visitId: v.visit.id })}>{lang === 'km' ? v.visit.employerNameKh : v.visit.employerName}</a>
        </h2>
        <span class={`pill ${v.visit.status === 'withdrawn' ? 'warn' : 'ok'}`}>{formatDate(lang, v.visit.scheduledDate)}</span>
      </div>
      <p class="muted">{t('supervisor.inspector')}: {v.inspectorUsername} · {t(`visits.reason.${v.visit.reason}`)}</p>
      {v.lastResultAt === null ? <p class="muted">{t('supervisor.noResults')}</p> : (
        <p>
          {t('reconcile.tally')}: {v.tally === null ? '—' : formatNumber(lang, v.tally)} · {t('reconcile.onsite')}: {formatNumber(lang, v.onsiteCount)}
          {s && <> · <span class={`pill ${s.hidden > 0 ? 'bad' : 'ok'}`}>{t('reconcile.hidden')}: {formatNumber(lang, s.hidden)}</span> <span class={`pill ${s.absent > 0 ? 'warn' : 'ok'}`}>{t('reconcile.absent')}: {formatNumber(lang, s.absent)}</span></>}
          <br />
          {t('supervisor.notices', { count: v.noticeCount, total: formatRiel(v.noticeTotalRiel, lang) })}
          <span class="muted"> · {formatDateTime(lang, v.lastResultAt)}</span>
        </p>
      )}
    </article>
  );
}
