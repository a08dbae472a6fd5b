import type { OnsiteWorker } from '../../../protocol';
import { addOnsiteWorker } from '../../../store';
import { useApp } from '../../app-context';
import { useI18n } from '../../i18n/i18n';
import { db } from '../../services';

/** Each hidden worker with the start date and wage they state, which what is owed for them depends on. */
export function HiddenWorkersCard({ hidden }: { hidden: OnsiteWorker[] }) {
  const { t } = useI18n();
  const { syncSoon } = useApp();
  if (hidden.length === 0) return null;
  const update = (w: OnsiteWorker, change: Partial<OnsiteWorker>) => void addOnsiteWorker(db, { ...w, ...change }).then(syncSoon);
  return (
    <section class="card" aria-labelledby="nh-h">
      <h2 id="nh-h">{t('notice.hiddenWorkers', { count: hidden.length })}</h2>
      {hidden.some((w) => !w.statedStartDate) && <p class="muted">{t('contrib.needStart')}</p>}
      <ol data-testid="notice-hidden" style="padding-left:1.2rem">
        {hidden.map((w) => (
          <li key={w.id} style="margin-bottom:0.6rem">
            <div>{w.name}</div>
            {/* Labelled where they are seen: the start date decides the months owed, and a bare date box says nothing of that. */}
            <div class="row" style="align-items:flex-end">
              <div style="flex:1;min-width:9rem">
                <label class="muted" for={`start-${w.id}`}>{t('contrib.startDate')}</label>
                <input id={`start-${w.id}`} type="date" aria-label={`${t('contrib.startDate')}: ${w.name}`}
                  value={w.statedStartDate ?? ''} max={new Date().toISOString().slice(0, 10)}
                  onChange={(e) => update(w, { statedStartDate: e.currentTarget.value || null })} />
              </div>
              <div style="flex:1;min-width:8rem">
                <label class="muted" for={`wage-${w.id}`}>{t('contrib.wage')}</label>
                <input id={`wage-${w.id}`} type="number" inputMode="numeric" min={0} step={1000} aria-label={`${t('contrib.wage')}: ${w.name}`}
                  value={w.wageRiel ?? ''}
                  onChange={(e) => update(w, { wageRiel: e.currentTarget.value ? Math.round(Number(e.currentTarget.value)) : null })} />
              </div>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
