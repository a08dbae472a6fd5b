import { PersonLine, unbrokenId } from '../../components/person-line';
import { describeError } from '../../errors';
import { formatDate, formatDateTime, formatNumber, useI18n, type MessageKey } from '../../i18n/i18n';
import { href } from '../../router';
import { supervisorApi } from '../../services';
import { shortHash } from '../../../domain/notice/hash';
import { PrintableNotice } from '../notice/printable-notice';
import { ReconcileStats } from '../reconcile/reconcile-stats';
import { AuthImage } from './auth-image';
import { useRemote } from './use-remote';

/** Everything that came back from one visit: the notices as the employer received them, evidence, and the audit trail. */
export function SupervisorVisit({ visitId }: { visitId: string }) {
  const { t, lang } = useI18n();
  const res = useRemote(() => supervisorApi.visitResults(visitId), [visitId]);
  const back = <p class="no-print" style="margin:0 0 0.5rem"><a class="back" href={href({ name: 'supervisor' })}>← {t('nav.back')}</a></p>;
  if (res.error) return <>{back}<p class="banner bad" role="alert">{describeError(res.error, t)}</p></>;
  if (!res.data) return <>{back}<p>{t('common.loading')}</p></>;
  const { overview, onsite, reconciliation, notices, noticeHashes, photos, history } = res.data;

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
      <h1 class="no-print">{lang === 'km' ? overview.visit.employerNameKh : overview.visit.employerName}</h1>
      <section class="card no-print">
        <p>{formatDate(lang, overview.visit.scheduledDate)} · {t('supervisor.inspector')}: {overview.inspectorUsername}</p>
        <p>{t('reconcile.tally')}: {overview.tally === null ? '—' : formatNumber(lang, overview.tally)}</p>
        {overview.visit.status !== 'withdrawn' && <button type="button" class="danger" onClick={withdraw}>{t('supervisor.withdraw')}</button>}
      </section>
      {reconciliation && <div class="no-print"><ReconcileStats summary={reconciliation.summary} /></div>}
      {reconciliation?.registeredTwice && reconciliation.registeredTwice.length > 0 && (
        <section class="card no-print" aria-labelledby="twice-h" data-testid="supervisor-registered-twice">
          <h2 id="twice-h"><span class="pill warn">{formatNumber(lang, reconciliation.registeredTwice.length)}</span> {t('supervisor.registeredTwice')}</h2>
          <p class="muted">{t('supervisor.registeredTwiceNote')}</p>
          <ul class="people">
            {reconciliation.registeredTwice.slice(0, 200).map((x) => <li key={x.absentId}><div class="who">{t('supervisor.registeredTwiceAs', { absent: unbrokenId(x.absentId), present: unbrokenId(x.presentId) })}</div></li>)}
          </ul>
        </section>
      )}
      {notices.map((n) => (
        <section class="card" key={n.id} data-testid="supervisor-notice">
          {n.status === 'issued'
            ? <PrintableNotice notice={n} schedule={null} hash={noticeHashes[n.id] ? shortHash(noticeHashes[n.id]) : null} />
            : <p>{t('notice.title')} · {formatDateTime(lang, n.updatedAt)}</p>}
          {n.status === 'issued' && <button type="button" class="no-print" style="margin-top:0.5rem" onClick={() => print()}>{t('issue.print')}</button>}
        </section>
      ))}
      {photos.length > 0 && (
        <section class="card no-print" aria-labelledby="ph-h">
          <h2 id="ph-h">{t('photo.title')} ({photos.length})</h2>
          <div class="photos">
            {photos.filter((p) => p.uploaded).map((p) => <AuthImage key={p.id} id={p.id} alt={`${formatDateTime(lang, p.takenAt)}${p.latitude !== null ? ` · ${p.latitude.toFixed(5)}, ${p.longitude!.toFixed(5)}` : ''}`} />)}
          </div>
          {photos.some((p) => !p.uploaded) && <p class="muted">{t('photo.pendingUpload', { count: photos.filter((p) => !p.uploaded).length })}</p>}
        </section>
      )}
      <section class="card no-print">
        <h2>{t('onsite.title', { count: onsite.length })}</h2>
        <ul class="people">{onsite.slice(0, 200).map((w) => <li key={w.id}><PersonLine name={w.name} nationalId={w.nationalId} nssfNumber={w.nssfNumber} dateOfBirth={w.dateOfBirth} /></li>)}</ul>
      </section>
      <section class="card no-print" aria-labelledby="hist-h">
        <h2 id="hist-h">{t('supervisor.history')}</h2>
        <ul class="people">
          {history.slice(0, 100).map((h, i) => (
            <li key={i}><div class="who"><div>{t(`mutation.${h.type}` as MessageKey) ?? h.type} · {h.username}</div><div class="ids">{formatDateTime(lang, h.at)}{h.status === 'rejected' ? ` · ${h.reason}` : ''}</div></div></li>
          ))}
        </ul>
      </section>
    </div>
  );
}
