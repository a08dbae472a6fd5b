import type { OnsiteWorker, RegisteredWorker } from '../../../protocol';
import { useI18n, type MessageKey } from '../../i18n/i18n';

/**
 * An on-site worker beside a registered one, field by field, for the inspector to rule on.
 * `card`: a number read off the worker's card, shown on the on-site side in its field.
 */
export function CompareTable({ worker, reg, registeredId, card }: {
  worker: OnsiteWorker | undefined;
  reg: RegisteredWorker | undefined;
  registeredId: string;
  card?: { field: 'nationalId' | 'nssfNumber'; number: string };
}) {
  const { t } = useI18n();
  const onsite = (field: 'nationalId' | 'nssfNumber') => (card?.field === field ? card.number : worker?.[field]);
  const rows: [MessageKey, string | null | undefined, string | null | undefined][] = [
    ['field.name', worker?.name, reg ? [reg.nameKh, reg.nameLatin].filter(Boolean).join(' · ') : registeredId],
    ['worker.nationalId', onsite('nationalId'), reg?.nationalId],
    ['worker.nssfNumber', onsite('nssfNumber'), reg?.nssfNumber],
    ['worker.sex', worker?.sex && t(`worker.sex.${worker.sex}`), reg?.sex && t(`worker.sex.${reg.sex}`)],
    ['worker.dob', worker?.dateOfBirth, reg?.dateOfBirth],
  ];
  return (
    <table class="compare">
      <thead><tr><th><span class="visually-hidden">{t('field.name')}</span></th><th>{t('review.onsite')}</th><th>{t('review.register')}</th></tr></thead>
      <tbody>
        {rows.map(([label, a, b]) => (
          <tr key={label}>
            <th scope="row" class="muted">{t(label)}</th>
            <td class={label === 'field.name' ? undefined : 'id'}>{a || '—'}</td>
            <td class={label === 'field.name' ? undefined : 'id'}>{b || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
