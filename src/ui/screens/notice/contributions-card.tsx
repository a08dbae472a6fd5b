import type { ContributionFindings } from '../../../domain/contributions';
import { formatRiel } from '../../../domain/money';
import { formatNumber, useI18n, type MessageKey } from '../../i18n/i18n';

/** What the contribution history shows: months unpaid, short or late, and the assumptions behind the sums. */
export function ContributionsCard({ findings }: { findings: ContributionFindings | null }) {
  const { t, lang } = useI18n();
  if (!findings) return <section class="card"><h2>{t('contrib.title')}</h2><p class="muted">{t('contrib.noHistory')}</p></section>;
  const bad = findings.months.filter((m) => m.status !== 'paid' && m.status !== 'not_yet_due');
  const missing = new Set(findings.months.flatMap((m) => m.missingWorkerIds)).size;
  return (
    <section class="card" aria-labelledby="contrib-h" data-testid="contributions">
      <h2 id="contrib-h">{t('contrib.title')}</h2>
      {bad.length > 0 && (
        <table>
          <thead><tr><th>{t('contrib.months')}</th><th class="num">{t('notice.amount')}</th></tr></thead>
          <tbody>
            {bad.map((m) => (
              <tr key={m.month}>
                <td>{m.month} · <span class="pill warn">{t(`contrib.status.${m.status}` as MessageKey)}</span></td>
                <td class="num">{formatRiel(m.paidRiel, lang)} / {formatRiel(m.dueRiel, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {missing > 0 && <p class="banner warn">{t('contrib.workersMissing', { count: missing })}</p>}
      <p>{t('contrib.unpaid')}: <strong>{formatRiel(findings.totals.unpaidRiel, lang)}</strong></p>
      {findings.totals.lateSurchargeRiel > 0 && <p>{t('contrib.surcharge')}: <strong>{formatRiel(findings.totals.lateSurchargeRiel, lang)}</strong></p>}
      {findings.assumptions.length > 0 && (
        <details>
          <summary>{t('contrib.assumption')} ({formatNumber(lang, findings.assumptions.length)})</summary>
          <ul class="muted">{findings.assumptions.map((a) => <li key={a}>{t(`assumption.${a}` as MessageKey)}</li>)}</ul>
        </details>
      )}
    </section>
  );
}
