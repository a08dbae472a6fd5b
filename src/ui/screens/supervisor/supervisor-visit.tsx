import { formatRiel } from '../../../domain/money';
import { PersonLine } from '../../components/person-line';
import { describeError } from '../../errors';
import { formatDate, useI18n } from '../../i18n/i18n';
import { href } from '../../router';
import { supervisorApi } from '../../services';
import { ReconcileStats } from '../reconcile/reconcile-stats';
import { useRemote } from './use-remote';

export function SupervisorVisit({ visitId }: { visitId: string }) {
  const { t, lang } = useI18n();
  const res = useRemote(() => supervisorApi.visitResults(visitId), [visitId]);
  const back = <p style="margin:0 0 0.5rem"><a href={href({ name: 'supervisor' })}>← {t('nav.back')}</a></p>;
  if (res.error) return <>{back}<p class="banner bad" role="alert">{describeError(res.error, t)}</p></>;
  if (!res.data) return <>{back}<p>{t('common.loading')}</p></>;
  const { overview, onsite, reconciliation, notices } = res.data;

  async function withdraw() {
    try {
      await supervisorApi.updateVisit(visitId, { status: 'withdrawn' });
      res.reload();
    } catch (e) {
      alert(describeError(e, t));
    }
  }

  return (
    <div>
      {back}
      <h1>{lang === 'km' ? overview.visit.employerNameKh : overview.visit.employerName}</h1>
      <section class="card">
        <p>{formatDate(lang, overview.visit.scheduledDate)} · {t('supervisor.inspector')}: {overview.inspectorUsername}</p>
        <p>{t('reconcile.tally')}: {overview.tally ?? '—'}</p>
        {overview.visit.status !== 'withdrawn' && <button type="button" class="danger" onClick={withdraw}>{t('supervisor.withdraw')}</button>}
      </section>
      {reconciliation && <ReconcileStats summary={reconciliation.summary} />}
      {notices.map((n) => (
        <section class="card" key={n.id}>
          <h2>{t('notice.title')}</h2>
          <p>{t('notice.hiddenWorkers', { count: n.hiddenWorkers.length })}: {n.hiddenWorkers.map((h) => h.name).join(', ')}</p>
          <p><strong>{t('notice.total')}: {formatRiel(n.totalRiel, lang)}</strong></p>
          <ul>{n.lines.map((l) => <li key={l.breach}>{l.breach}: {formatRiel(l.amountRiel, lang)} — {l.legalReference}</li>)}</ul>
          {n.remarks && <p>{n.remarks}</p>}
        </section>
      ))}
      <section class="card">
        <h2>{t('onsite.title', { count: onsite.length })}</h2>
        <ul class="people">{onsite.slice(0, 200).map((w) => <li key={w.id}><PersonLine name={w.name} nationalId={w.nationalId} nssfNumber={w.nssfNumber} dateOfBirth={w.dateOfBirth} /></li>)}</ul>
      </section>
    </div>
  );
}
