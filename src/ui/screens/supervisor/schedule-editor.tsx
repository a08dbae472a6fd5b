import { useEffect, useState } from 'preact/hooks';
import type { PenaltySchedule } from '../../../protocol';
import { describeError } from '../../errors';
import { formatDate, useI18n } from '../../i18n/i18n';
import { href } from '../../router';
import { supervisorApi } from '../../services';
import { useUnsavedInput } from '../../unsaved-input';
import { useSaid, type Say } from '../../i18n/said';

type Provenance = { reference: string; sourced: boolean };

/** A figure's source, editable beside it: a value without a public source says so on every notice. */
function Source({ id, value, onChange }: { id: string; value: Provenance; onChange: (p: Provenance) => void }) {
  const { t } = useI18n();
  return (
    <div class="field">
      <label for={`${id}-ref`} class="muted">{t('schedule.reference')}</label>
      <textarea id={`${id}-ref`} rows={rowsFor(value.reference)} style="min-height:6rem" value={value.reference} onInput={(e) => onChange({ ...value, reference: e.currentTarget.value })} />
      {/* The box's label stays put: one that said the other state when unticked read as the thing to tick. */}
      <div class="choice">
        <label><input type="checkbox" checked={value.sourced} onChange={(e) => onChange({ ...value, sourced: e.currentTarget.checked })} />
          {t('schedule.sourced')}</label>
      </div>
      {!value.sourced && <p class="muted">{t('schedule.unsourced')}</p>}
    </div>
  );
}

/** Rows enough to show a source whole at 360 px (about 30 characters a line): cut off, it reads as ending where the box does. */
const rowsFor = (text: string) => Math.min(16, Math.max(4, Math.ceil(text.length / 30) + 1));

function Num({ id, label, value, onChange }: { id: string; label: string; value: number | null | undefined; onChange: (v: number | null) => void }) {
  return (
    <div style="flex:1;min-width:7rem" class="field">
      <label for={id}>{label}</label>
      <input id={id} type="number" inputMode="decimal" value={value ?? ''} onInput={(e) => onChange(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))} />
    </div>
  );
}

export function ScheduleEditor() {
  const { t, lang } = useI18n();
  const [s, setS] = useState<PenaltySchedule | null>(null);
  const [original, setOriginal] = useState<string>('');
  const [message, setMessage] = useSaid<{ kind: 'ok' | 'bad'; say: Say }>();
  useEffect(() => {
    supervisorApi.schedule().then((x) => { setS(x); setOriginal(JSON.stringify(x)); }, (e) => setMessage({ kind: 'bad', say: (t) => describeError(e, t) }));
  }, []);
  useUnsavedInput('schedule', s !== null && JSON.stringify(s) !== original);
  if (!s) return <p>{message?.text ?? t('common.loading')}</p>;

  async function publish() {
    const { version: _v, publishedAt: _a, publishedBy: _b, ...edit } = s!;
    try {
      const saved = await supervisorApi.publishSchedule(edit);
      setS(saved);
      setOriginal(JSON.stringify(saved));
      setMessage({ kind: 'ok', say: (t) => t('schedule.published', { version: saved.version }) });
    } catch (e) {
      setMessage({ kind: 'bad', say: (t) => describeError(e, t) });
    }
  }

  const payment = s.payment;
  return (
    <div>
      <p style="margin:0 0 0.5rem"><a class="back" href={href({ name: 'supervisor' })}>← {t('nav.back')}</a></p>
      <h1>{t('schedule.title', { version: s.version })}</h1>
      <p class="muted">{t('schedule.help')}</p>
      <section class="card">
        <Num id="base" label={t('schedule.baseWage')} value={s.baseDailyWageRiel} onChange={(v) => setS({ ...s, baseDailyWageRiel: v ?? 0 })} />
        <Source id="base" value={s.baseDailyWageProvenance} onChange={(p) => setS({ ...s, baseDailyWageProvenance: p })} />
      </section>
      {s.breaches.map((b, i) => {
        const set = (change: Partial<typeof b>) => setS({ ...s, breaches: s.breaches.map((x, j) => (j === i ? { ...x, ...change } : x)) });
        return (
          <section class="card" key={b.code}>
            <h2>{lang === 'km' ? b.labelKm : b.labelEn}</h2>
            <div class="row" style="align-items:flex-start">
              <Num id={`${b.code}-min`} label={t('schedule.min')} value={b.multiplierMin} onChange={(v) => set({ multiplierMin: v ?? 0 })} />
              <Num id={`${b.code}-max`} label={t('schedule.max')} value={b.multiplierMax} onChange={(v) => set({ multiplierMax: v ?? 0 })} />
              <Num id={`${b.code}-def`} label={t('schedule.default')} value={b.defaultMultiplier} onChange={(v) => set({ defaultMultiplier: v ?? 0 })} />
            </div>
            <Source id={b.code} value={b.provenance} onChange={(p) => set({ provenance: p })} />
          </section>
        );
      })}
      {s.contributionRates.map((r, i) => {
        const set = (change: Partial<typeof r>) => setS({ ...s, contributionRates: s.contributionRates.map((x, j) => (j === i ? { ...x, ...change } : x)) });
        return (
          <section class="card" key={`${r.scheme}-${i}`}>
            <h2>{t(`scheme.${r.scheme}`)}{r.validFrom ? ` · ${formatDate(lang, r.validFrom)}` : ''}</h2>
            <div class="row" style="align-items:flex-start">
              <Num id={`r${i}-rate`} label={t('schedule.rate')} value={r.ratePercent} onChange={(v) => set({ ratePercent: v ?? 0 })} />
              <Num id={`r${i}-floor`} label={t('schedule.floor')} value={r.wageFloorRiel} onChange={(v) => set({ wageFloorRiel: v })} />
              <Num id={`r${i}-ceil`} label={t('schedule.ceiling')} value={r.wageCeilingRiel} onChange={(v) => set({ wageCeilingRiel: v })} />
            </div>
            <Source id={`r${i}`} value={r.provenance} onChange={(p) => set({ provenance: p })} />
          </section>
        );
      })}
      {payment && (
        <section class="card">
          <h2>{t('schedule.payment')}</h2>
          {([['dueDayOfFollowingMonth', 'schedule.dueDay'], ['lateSurchargePercentPerMonth', 'schedule.surcharge'], ['paymentDeadlineDays', 'schedule.deadlineDays'], ['contestDays', 'schedule.contestDays']] as const).map(([key, label]) => (
            <div key={key}>
              <Num id={`p-${key}`} label={t(label)} value={payment[key].value} onChange={(v) => setS({ ...s, payment: { ...payment, [key]: { ...payment[key], value: v ?? 0 } } })} />
              <Source id={`p-${key}`} value={payment[key].provenance} onChange={(p) => setS({ ...s, payment: { ...payment, [key]: { ...payment[key], provenance: p } } })} />
            </div>
          ))}
        </section>
      )}
      {message && <p class={`banner ${message.kind}`} role={message.kind === 'bad' ? 'alert' : 'status'}>{message.text}</p>}
      <button type="button" class="primary block" onClick={publish}>{t('schedule.publish')}</button>
    </div>
  );
}
