import { useEffect, useState } from 'preact/hooks';
import type { Notice, PenaltySchedule, VisitPackage } from '../../../protocol';
import { DEFAULT_PENALTY_SCHEDULE } from '../../../domain/fines/default-schedule';
import { draftFineLines, noticeTotal } from '../../../domain/fines/draft';
import { formatRiel } from '../../../domain/money';
import { getReconciliation, listNotices, listOnsite, saveNotice } from '../../../store/findings-repo';
import { getSchedule } from '../../../store/meta';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { describeError } from '../../errors';
import { useLiveQuery } from '../../hooks/use-live-query';
import { formatDateTime, useI18n } from '../../i18n/i18n';
import { db } from '../../services';
import { useUnsavedInput } from '../../unsaved-input';
import { FineTable } from './fine-table';

export function NoticeDraft({ pkg }: { pkg: VisitPackage }) {
  const { t, lang } = useI18n();
  const { syncSoon } = useApp();
  const visitId = pkg.visit.id;
  const data = useLiveQuery(async () => {
    const [rec, onsite, notices, schedule] = await Promise.all([
      getReconciliation(db, visitId), listOnsite(db, visitId), listNotices(db, visitId), getSchedule(db),
    ]);
    return { rec: rec ?? null, onsite, draft: notices.find((n) => n.status === 'draft') ?? null, schedule: schedule ?? DEFAULT_PENALTY_SCHEDULE };
  }, [visitId]);
  const [multiplier, setMultiplier] = useState<number | null>(null);
  const [remarks, setRemarks] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'bad'; text: string } | null>(null);
  useUnsavedInput('notice', remarks !== null && remarks !== (data?.draft?.remarks ?? ''));

  useEffect(() => {
    // A saved draft wins over the schedule's defaults, once, when it first loads.
    if (data?.draft && multiplier === null) {
      setMultiplier(data.draft.lines[0]?.multiplier ?? null);
      setRemarks(data.draft.remarks);
    }
  }, [data?.draft]);

  if (!data) return <p>{t('common.loading')}</p>;
  const { rec, onsite, draft } = data;
  // An existing draft keeps the schedule version it was drafted under.
  const schedule: PenaltySchedule = data.schedule;
  if (!rec) return <p class="card">{t('notice.needsReconcile')}</p>;

  const byId = new Map(onsite.map((w) => [w.id, w]));
  const hidden = rec.results.filter((r) => r.status === 'hidden').map((r) => ({ onsiteId: r.onsiteId, name: byId.get(r.onsiteId)?.name ?? r.onsiteId }));
  const rule = schedule.breaches.find((b) => b.code === 'unregistered_worker')!;
  const m = multiplier ?? rule.defaultMultiplier;
  let lines: ReturnType<typeof draftFineLines> = [];
  let lineError: string | null = null;
  try {
    lines = hidden.length > 0 ? draftFineLines(schedule, { unregisteredWorkers: hidden.length }, { unregistered_worker: m }) : [];
  } catch (e) {
    lineError = (e as Error).message;
  }
  const total = noticeTotal(lines);

  async function save() {
    const now = new Date().toISOString();
    const notice: Notice = {
      id: draft?.id ?? crypto.randomUUID(),
      visitId,
      status: 'draft',
      createdAt: draft?.createdAt ?? now,
      updatedAt: now,
      scheduleVersion: schedule.version,
      employerId: pkg.employer.id,
      employerName: pkg.employer.name,
      visitDate: pkg.visit.scheduledDate,
      hiddenWorkers: hidden,
      lines,
      totalRiel: total,
      remarks: remarks ?? '',
    };
    try {
      await saveNotice(db, notice);
      setMessage({ kind: 'ok', text: t('notice.saved', { when: formatDateTime(lang, now) }) });
      syncSoon();
    } catch (e) {
      setMessage({ kind: 'bad', text: describeError(e, t) });
    }
  }

  return (
    <div>
      <section class="card" aria-labelledby="notice-h">
        <h2 id="notice-h">{t('notice.title')}</h2>
        <p><strong lang="km">{pkg.employer.nameKh}</strong> · {pkg.employer.name}</p>
        <p class="muted">{t('notice.baseWage', { amount: formatRiel(schedule.baseDailyWageRiel, lang), version: schedule.version })}</p>
        {hidden.length === 0 ? <p class="banner ok">{t('notice.noHidden')}</p> : (
          <>
            <Field id="multiplier" label={`${t('notice.multiplier')} (${rule.multiplierMin}–${rule.multiplierMax})`}>
              <input id="multiplier" type="number" inputMode="decimal" min={rule.multiplierMin} max={rule.multiplierMax} step="1"
                value={m} onInput={(e) => setMultiplier(Number(e.currentTarget.value))} />
            </Field>
            {lineError ? <p class="banner bad" role="alert">{lineError}</p> : <FineTable lines={lines} schedule={schedule} total={total} />}
          </>
        )}
      </section>
      {hidden.length > 0 && (
        <section class="card" aria-labelledby="nh-h">
          <h2 id="nh-h">{t('notice.hiddenWorkers', { count: hidden.length })}</h2>
          <ol data-testid="notice-hidden">{hidden.map((h) => <li key={h.onsiteId}>{h.name}</li>)}</ol>
        </section>
      )}
      <section class="card">
        <Field id="remarks" label={t('notice.remarks')}>
          <textarea id="remarks" maxLength={4000} value={remarks ?? ''} onInput={(e) => setRemarks(e.currentTarget.value)} />
        </Field>
        {message && <p class={`banner ${message.kind}`} role={message.kind === 'bad' ? 'alert' : 'status'} data-testid="notice-message">{message.text}</p>}
        {draft && !message && <p class="muted">{t('notice.saved', { when: formatDateTime(lang, draft.updatedAt) })}</p>}
        <button type="button" class="primary block" disabled={lineError !== null} onClick={save}>{t('notice.save')}</button>
      </section>
    </div>
  );
}
