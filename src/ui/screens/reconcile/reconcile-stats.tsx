import type { ReconcileSummary } from '../../../protocol';
import { formatNumber, useI18n } from '../../i18n/i18n';

export function ReconcileStats({ summary }: { summary: ReconcileSummary }) {
  const { t, lang } = useI18n();
  const n = (v: number) => formatNumber(lang, v);
  const cells: [string, string, number | null][] = [
    ['', t('reconcile.registered'), summary.registeredCount],
    ['', t('reconcile.onsite'), summary.onsiteCount],
    ['matched', t('reconcile.matched'), summary.matched],
    ['hidden', t('reconcile.hidden'), summary.hidden],
    ['', t('reconcile.review'), summary.review],
    ['absent', t('reconcile.absent'), summary.absent],
  ];
  return (
    <section class="card" aria-label={t('visit.tab.reconcile')} data-testid="reconcile-summary">
      <div class="stats">
        {cells.map(([cls, label, v]) => (
          <div class={`stat ${cls}`} key={label}>
            <div class="n">{v === null ? '—' : n(v)}</div>
            <div>{label}</div>
          </div>
        ))}
      </div>
      <p style="margin-top:0.6rem">
        {summary.tally === null
          ? t('reconcile.noTally')
          : <>{t('reconcile.tally')}: <strong>{n(summary.tally)}</strong> · {t('reconcile.tallyDiff', { diff: `${summary.tallyDifference! > 0 ? '+' : ''}${n(summary.tallyDifference!)}` })}</>}
      </p>
    </section>
  );
}
