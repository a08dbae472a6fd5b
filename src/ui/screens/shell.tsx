import { outboxCounts } from '../../store/outbox';
import { useApp } from '../app-context';
import { LangSwitch } from '../components/lang-switch';
import { useLiveQuery } from '../hooks/use-live-query';
import { useI18n } from '../i18n/i18n';
import { href, useRoute } from '../router';
import { db } from '../services';
import { SupervisorHome } from './supervisor/supervisor-home';
import { SupervisorVisit } from './supervisor/supervisor-visit';
import { ScheduleEditor } from './supervisor/schedule-editor';
import { VisitList } from './visits/visit-list';
import { VisitScreen } from './visit/visit-screen';

export function Shell({ onSignOut }: { onSignOut: () => void }) {
  const { t } = useI18n();
  const { session } = useApp();
  const route = useRoute();
  const counts = useLiveQuery(() => outboxCounts(db), []);
  const isSupervisor = session.user.role === 'supervisor';

  function signOut() {
    const pending = counts?.pending ?? 0;
    if (pending > 0 && !confirm(t('signOut.confirmUnsent', { count: pending }))) return;
    onSignOut();
  }

  let screen;
  if (isSupervisor) {
    screen = route.name === 'supervisorVisit' ? <SupervisorVisit visitId={route.visitId} />
      : route.name === 'schedule' ? <ScheduleEditor /> : <SupervisorHome />;
  } else {
    screen = route.name === 'visit' ? <VisitScreen visitId={route.visitId} tab={route.tab} /> : <VisitList />;
  }

  return (
    <>
      <header class="topbar">
        <a class="title" href={isSupervisor ? href({ name: 'supervisor' }) : href({ name: 'visits' })} style="color:inherit;text-decoration:none">
          {t('app.name')}
        </a>
        <LangSwitch />
        <button type="button" onClick={signOut}>{t('nav.signOut')}</button>
      </header>
      <main>{screen}</main>
    </>
  );
}
