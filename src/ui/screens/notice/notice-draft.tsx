import { useEffect, useState } from 'preact/hooks';
import type { Notice, PenaltySchedule, VisitPackage } from '../../../protocol';
import { DEFAULT_PENALTY_SCHEDULE } from '../../../domain/fines/default-schedule';
import type { BreachCode } from '../../../domain/fines/draft';
import { formatRiel } from '../../../domain/money';
import { getReconciliation, getSchedule, listNotices, listOnsite, saveNotice } from '../../../store';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { describeError } from '../../errors';
import { useLiveQuery } from '../../hooks/use-live-query';
import { formatDateTime, useI18n } from '../../i18n/i18n';
import { db } from '../../services';
import { useUnsavedInput } from '../../unsaved-input';
import { ContributionsCard } from './contributions-card';
import { FineTable } from './fine-table';
import { HiddenWorkersCard } from './hidden-workers-card';
import { useDraftFigures } from './use-notice-draft';
import { useSaid, type Say } from '../../i18n/said';

export function NoticeDraft({ pkg }: { pkg: VisitPackage }) {
  const { t } = useI18n();
  const visitId = pkg.visit.id;
  const data = useLiveQuery(async () => {
    const [rec, onsite, notices, schedule] = await Promise.all([
      getReconciliation(db, visitId), listOnsite(db, visitId), listNotices(db, visitId), getSchedule(db),
    ]);
    return { rec: rec ?? null, onsite, draft: notices.find((n) => n.status === 'draft') ?? null, schedule: schedule ?? DEFAULT_PENALTY_SCHEDULE };
  }, [visitId]);
  if (!data) return <p>{t('common.loading')}</p>;
  if (!data.rec) return <p class="card">{t('notice.needsReconcile')}</p>;
  return <DraftEditor pkg={pkg} {...data} rec={data.rec} />;
}

type EditorProps = { pkg: VisitPackage; rec: NonNullable<Parameters<typeof useDraftFigures>[1]>; onsite: Parameters<typeof useDraftFigures>[2]; draft: Notice | null; schedule: PenaltySchedule };

function DraftEditor({ pkg, rec, onsite, draft, schedule }: EditorProps) {
  const { t, lang } = useI18n();
  const { syncSoon } = useApp();
  const [multipliers, setMultipliers] = useState<Partial<Record<BreachCode, number>>>({});
  const [remarks, setRemarks] = useState<string | null>(null);
  const [message, setMessage] = useSaid<{ kind: 'ok' | 'bad'; say: Say }>();
  useUnsavedInput('notice', remarks !== null && remarks !== (draft?.remarks ?? ''));

  useEffect(() => {
    // A saved draft's choices win over the schedule's defaults, once, when it first loads.
    if (!draft) return;
    setMultipliers(Object.fromEntries(draft.lines.filter((l) => (l.kind ?? 'fine') === 'fine').map((l) => [l.breach, l.multiplier])));
    setRemarks(draft.remarks);
  }, [draft?.id]);

  const figures = useDraftFigures(pkg, rec, onsite, schedule, multipliers);
  const pendingReview = rec.results.filter((r) => r.status === 'review').length;
  // Flagged hidden only because another row holds the worker who fits: one person entered twice is no hidden worker.
  const heldElsewhere = rec.results.filter((r) => r.status === 'hidden' && r.reasons[0] === 'held.byAnotherRow').length;
  const fineRules = schedule.breaches.filter((b) => b.multiplierMax > 0 && figures.drafted?.lines.some((l) => l.breach === b.code));

  async function save() {
    if (!figures.drafted) return;
    const now = new Date().toISOString();
    const notice: Notice = {
      id: draft?.id ?? crypto.randomUUID(),
      visitId: pkg.visit.id,
      status: 'draft',
      createdAt: draft?.createdAt ?? now,
      updatedAt: now,
      scheduleVersion: figures.drafted.scheduleVersion,
      employerId: pkg.employer.id,
      employerName: pkg.employer.name,
      visitDate: pkg.visit.scheduledDate,
      hiddenWorkers: figures.hidden.map((w) => ({ onsiteId: w.id, name: w.name })),
      lines: figures.drafted.lines,
      totalRiel: figures.drafted.totalRiel,
      months: figures.months,
      remarks: remarks ?? '',
      supersedes: draft?.supersedes ?? null,
    };
    try {
      await saveNotice(db, notice);
      setMessage({ kind: 'ok', say: (t, lang) => t('notice.saved', { when: formatDateTime(lang, now) }) });
      syncSoon();
    } catch (e) {
      setMessage({ kind: 'bad', say: (t) => describeError(e, t) });
    }
  }

  return (
    <div>
      <HiddenWorkersCard hidden={figures.hidden} />
      <ContributionsCard findings={figures.findings} />
      <section class="card" aria-labelledby="notice-h">
        <h2 id="notice-h">{t('notice.title')}</h2>
        <p class="muted">{t('notice.baseWage', { amount: formatRiel(schedule.baseDailyWageRiel, lang), version: schedule.version })}</p>
        {/* A person still to confirm may be hidden: the fine cannot be called final before they are ruled on. */}
        {pendingReview > 0 && <p class="banner warn" role="status" data-testid="notice-pending-review">{t('notice.pendingReview', { count: pendingReview })}</p>}
        {heldElsewhere > 0 && <p class="banner warn" role="status" data-testid="notice-held-elsewhere">{t('notice.heldElsewhere', { count: heldElsewhere })}</p>}
        {figures.hidden.length === 0 && pendingReview === 0 && <p class="banner ok">{t('notice.noHidden')}</p>}
        {fineRules.map((rule) => (
          <Field key={rule.code} id={`m-${rule.code}`} label={`${lang === 'km' ? rule.labelKm : rule.labelEn}: ${t('notice.multiplier')} (${rule.multiplierMin}–${rule.multiplierMax})`}>
            <input id={`m-${rule.code}`} type="number" inputMode="decimal" min={rule.multiplierMin} max={rule.multiplierMax} step="1"
              value={multipliers[rule.code] ?? rule.defaultMultiplier}
              onInput={(e) => setMultipliers({ ...multipliers, [rule.code]: Number(e.currentTarget.value) })} />
          </Field>
        ))}
        {figures.error ? <p class="banner bad" role="alert">{figures.error}</p>
          : figures.drafted && <FineTable lines={figures.drafted.lines} schedule={schedule} total={figures.drafted.totalRiel} />}
      </section>
      <section class="card">
        <Field id="remarks" label={t('notice.remarks')}>
          <textarea id="remarks" maxLength={4000} value={remarks ?? ''} onInput={(e) => setRemarks(e.currentTarget.value)} />
        </Field>
        {message && <p class={`banner ${message.kind}`} role={message.kind === 'bad' ? 'alert' : 'status'} data-testid="notice-message">{message.text}</p>}
        {draft && !message && <p class="muted">{t('notice.saved', { when: formatDateTime(lang, draft.updatedAt) })}</p>}
        <button type="button" class="primary block" disabled={!figures.drafted || !!figures.error} onClick={save}>{t('notice.save')}</button>
      </section>
    </div>
  );
}
