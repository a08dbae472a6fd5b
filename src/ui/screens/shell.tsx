import { outboxCounts } from '../../store/outbox';
import { useApp } from '../app-context';
import { LangSwitch } from '../components/lang-switch';
import { useI18n } from '../i18n/i18n';
import { href, useRoute } from '../router';
import { db, wipeDevice } from '../services';
import { lazyScreen } from '../components/lazy';

// Supervisors' screens never load on an inspector's phone.
const SupervisorHome = lazyScreen(() => import('./supervisor/supervisor-home').then((m) => m.SupervisorHome));
const SupervisorVisit = lazyScreen(() => import('./supervisor/supervisor-visit').then((m) => m.SupervisorVisit));
const ScheduleEditor = lazyScreen(() => import('./supervisor/schedule-editor').then((m) => m.ScheduleEditor));
import { VisitList } from './visits/visit-list';
import { VisitScreen } from './visit/visit-screen';

export function Shell({ onSignOut, onLock }: { onSignOut: () => void; onLock?: () => void }) {
  const { t } = useI18n();
  const { session } = useApp();
  const route = useRoute();
  const isSupervisor = session.user.role === 'supervisor';

  // The phone carries workers' names and IDs: signing out leaves nothing behind, but never
  // throws away unsent work without the inspector saying so.
  async function signOut() {
    // Read now, not from the live count: a change made a moment ago must not be erased unasked.
    const { pending } = await outboxCounts(db);
    if (pending > 0 && !confirm(t('signOut.confirmDiscard', { count: pending }))) return;
    onSignOut();
    await wipeDevice();
    // A fresh page opens a fresh, empty database.
    location.replace('/');
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
        {onLock && <button type="button" onClick={onLock}>{t('lock.now')}</button>}
        <button type="button" onClick={() => void signOut()}>{t('nav.signOut')}</button>
      </header>
      <main>{screen}</main>
    </>
  );
}
