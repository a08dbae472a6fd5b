import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import { getRegistered, getVisitHeader, listVisits, type LocalVisitHeader, type LocalVisitPackage } from '../../../store/visits-repo';
import { useLiveQuery } from '../../hooks/use-live-query';
import { useI18n } from '../../i18n/i18n';
import { href, type VisitTab } from '../../router';
import { db } from '../../services';
import { SyncPanel } from '../../components/sync-panel';
import { VisitOverview } from './visit-overview';
import { Headcount } from '../headcount/headcount';
import { ReconcileView } from '../reconcile/reconcile-view';
import { lazyScreen } from '../../components/lazy';

// The notice (contribution check, printable document, signatures) loads when first opened.
const NoticeTab = lazyScreen(() => import('../notice/notice-tab').then((m) => m.NoticeTab));

const TABS: VisitTab[] = ['overview', 'headcount', 'reconcile', 'notice'];

export function VisitScreen({ visitId, tab }: { visitId: string; tab: VisitTab }) {
  const { t, lang } = useI18n();
  // Opening a visit reads the employer and contributions only; the register (thousands of
  // workers to decrypt) loads with the tabs that need it.
  const pkg = useLiveQuery(() => getVisitHeader(db, visitId), [visitId]);
  const local = useLiveQuery(() => listVisits(db).then((vs) => vs.find((v) => v.id === visitId) ?? null), [visitId]);

  if (pkg === undefined) return <p>{t('common.loading')}</p>;
  if (pkg === null) {
    return (
      <div class="card">
        <p>{t('visits.needsDownload')}</p>
        <a class="button" href={href({ name: 'visits' })}>{t('nav.back')}</a>
      </div>
    );
  }
  const name = lang === 'km' ? pkg.employer.nameKh : pkg.employer.name;
  return (
    <div>
      <p style="margin:0 0 0.5rem"><a class="back" href={href({ name: 'visits' })}>← {t('nav.back')}</a></p>
      <h1>{name}</h1>
      {local?.withdrawnAt && <p class="banner warn">{t('visit.withdrawnNote')}</p>}
      <nav class="tabs" aria-label={name}>
        {TABS.map((id) => (
          <a key={id} href={href({ name: 'visit', visitId, tab: id })} aria-current={id === tab ? 'page' : undefined}>
            {t(`visit.tab.${id}`)}
          </a>
        ))}
      </nav>
      {tab === 'overview' && <VisitOverview pkg={pkg} />}
      {tab === 'headcount' && <Headcount visitId={visitId} />}
      {tab === 'reconcile' && <WithRegister header={pkg}>{(full) => <ReconcileView pkg={full} />}</WithRegister>}
      {tab === 'notice' && <WithRegister header={pkg}>{(full) => <NoticeTab pkg={full} />}</WithRegister>}
      <SyncPanel />
    </div>
  );
}

function WithRegister({ header, children }: { header: LocalVisitHeader; children: (pkg: LocalVisitPackage) => JSX.Element }) {
  const { t } = useI18n();
  const visitId = header.visit.id;
  const registered = useLiveQuery(() => getRegistered(db, visitId), [visitId]);
  const pkg = useMemo(() => (registered ? { ...header, registered } : null), [header, registered]);
  return pkg ? children(pkg) : <p>{t('common.loading')}</p>;
}
