import { useState } from 'preact/hooks';
import type { MatchDecision, OnsiteWorker, Reconciliation, VisitPackage } from '../../../protocol';
import { addOnsiteWorker, getReconciliation, getTally, listOnsite, removeOnsiteWorker, saveReconciliation } from '../../../store/findings-repo';
import { listDecisions, removeDecision, saveDecision } from '../../../store/decisions-repo';
import { useApp } from '../../app-context';
import { describeError } from '../../errors';
import { useLiveQuery } from '../../hooks/use-live-query';
import { formatDate, formatDateTime, useI18n } from '../../i18n/i18n';
import { runReconcile } from '../../run-reconcile';
import { db } from '../../services';
import { ReconcileStats } from './reconcile-stats';
import { ResultGroups } from './result-groups';
import { useSaid, type Say } from '../../i18n/said';
import { Toast } from '../../components/toast';

export function ReconcileView({ pkg }: { pkg: VisitPackage }) {
  const { t, lang } = useI18n();
  const { syncSoon } = useApp();
  const visitId = pkg.visit.id;
  const rec = useLiveQuery(() => getReconciliation(db, visitId).then((r) => r ?? null), [visitId]);
  // Never another visit's workers, even while this one's are read (useLiveQuery).
  const onsite = useLiveQuery(() => listOnsite(db, visitId), [visitId]);
  const decisions = useLiveQuery(() => listDecisions(db, visitId), [visitId]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useSaid();
  // What a date of birth the worker gave made of their row, which by then has often left the review cards.
  // With the row as it was, so a date typed wrong can be taken back: the headcount has no edit.
  const [dobOutcome, setDobOutcome] = useSaid<{ say: Say; before: OnsiteWorker }>();

  async function guarded(work: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    setDobOutcome(null);
    try {
      await work();
      syncSoon();
    } catch (e) {
      setError({ say: (t) => describeError(e, t) });
    } finally {
      setBusy(false);
    }
  }

  // Every run reads the inspector's standing decisions, so a confirmed pair survives re-running.
  // The workers on site are the list this screen shows, which its live query keeps current:
  // reading and opening 10,000 sealed rows again took 300 ms of each review decision's re-run.
  // After a row is removed here the list is read again: the live query has not caught up yet.
  async function reconcileNow(fresh = false): Promise<Reconciliation> {
    const workers = fresh || !onsite ? listOnsite(db, visitId) : onsite;
    const [listed, tally, ruled] = await Promise.all([workers, getTally(db, visitId), listDecisions(db, visitId)]);
    const result = await runReconcile({
      visitId,
      registered: pkg.registered,
      onsite: listed,
      tally: tally ?? null,
      runAt: new Date().toISOString(),
      decisions: ruled.map((d) => ({ onsiteId: d.onsiteId, kind: d.kind, registeredId: d.registeredId ?? undefined })),
    });
    await saveReconciliation(db, result);
    return result;
  }

  const run = () => guarded(() => reconcileNow());
  const decide = (kind: MatchDecision['kind'], onsiteId: string, registeredId: string | null) =>
    guarded(async () => {
      await saveDecision(db, { id: crypto.randomUUID(), visitId, onsiteId, kind, registeredId, decidedAt: new Date().toISOString() });
      await reconcileNow();
    });
  const removeRow = (onsiteId: string) =>
    guarded(async () => {
      await removeOnsiteWorker(db, visitId, onsiteId);
      await reconcileNow(true);
    });
  const saveDob = (worker: OnsiteWorker, dateOfBirth: string) =>
    guarded(async () => {
      await addOnsiteWorker(db, { ...worker, dateOfBirth });
      const result = await reconcileNow(true);
      const row = result.results.find((r) => r.onsiteId === worker.id);
      const reg = row?.registeredId ? pkg.registered.find((w) => w.workerId === row.registeredId) : undefined;
      const said: Say = (t, lang) => {
        const about = { name: worker.name, date: formatDate(lang, dateOfBirth) };
        if (row?.status === 'matched' && reg) return t('dob.matched', { ...about, registered: `${reg.nameKh}${reg.nameLatin ? ` · ${reg.nameLatin}` : ''} (${reg.workerId})` });
        return t(row?.status === 'hidden' ? 'dob.hidden' : 'dob.review', about);
      };
      setDobOutcome({ say: said, before: worker });
    });
  const takeDobBack = (before: OnsiteWorker) =>
    guarded(async () => {
      await addOnsiteWorker(db, before);
      await reconcileNow(true);
    });
  const undo = (d: MatchDecision) =>
    guarded(async () => {
      await removeDecision(db, visitId, d.id);
      await reconcileNow();
    });

  return (
    <div>
      <section class="card">
        <div class="spread">
          <span class="muted">{rec ? t('reconcile.lastRun', { when: formatDateTime(lang, rec.runAt) }) : t('reconcile.none')}</span>
          <button type="button" class="primary" disabled={busy} onClick={run} data-testid="run-reconcile">
            {busy ? t('common.loading') : rec ? t('reconcile.rerun') : t('reconcile.run')}
          </button>
        </div>
        {error && <p class="banner bad" role="alert">{error.text}</p>}
      </section>
      {rec && <ReconcileStats summary={rec.summary} />}
      {rec && onsite && decisions && (
        <ResultGroups rec={rec} onsite={onsite} registered={pkg.registered} decisions={decisions} decide={decide} removeRow={removeRow} saveDob={saveDob} undo={undo} busy={busy} />
      )}
      {dobOutcome && (
        <Toast testId="dob-outcome">
          <span>{dobOutcome.text}</span>
          <span class="row">
            <button type="button" disabled={busy} onClick={() => takeDobBack(dobOutcome.before)}>{t('dob.takeBack')}</button>
            <button type="button" onClick={() => setDobOutcome(null)}>{t('dob.done')}</button>
          </span>
        </Toast>
      )}
    </div>
  );
}
