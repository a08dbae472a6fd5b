import type { FineLine, PenaltySchedule } from '../../../protocol';
import { formatRiel } from '../../../domain/money';
import { formatNumber, useI18n } from '../../i18n/i18n';

export function FineTable({ lines, schedule, total }: { lines: FineLine[]; schedule: PenaltySchedule; total: number }) {
  const { t, lang } = useI18n();
  return (
    <table data-testid="fine-table">
      <thead>
        <tr><th>{t('notice.breach')}</th><th class="num">{t('notice.count')}</th><th class="num">{t('notice.amount')}</th></tr>
      </thead>
      <tbody>
        {lines.map((l) => {
          const rule = schedule.breaches.find((b) => b.code === l.breach);
          return (
            <tr key={`${l.breach}-${l.kind ?? 'fine'}`}>
              <td>
                {(lang === 'km' ? l.labelKm ?? rule?.labelKm : l.labelEn ?? rule?.labelEn) ?? l.breach}
                <div class="muted">{t('notice.legal')}: {l.legalReference}</div>
                {rule && !rule.provenance.sourced && <div class="pill warn">{t('notice.unsourced')}</div>}
              </td>
              <td class="num">{(l.kind ?? 'fine') === 'fine' ? `${formatNumber(lang, l.count)} × ${formatNumber(lang, l.multiplier)}` : formatNumber(lang, l.count)}</td>
              <td class="num">{formatRiel(l.amountRiel, lang)}</td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr><th colSpan={2}>{t('notice.total')}</th><th class="num" data-testid="fine-total">{formatRiel(total, lang)}</th></tr>
      </tfoot>
    </table>
  );
}
