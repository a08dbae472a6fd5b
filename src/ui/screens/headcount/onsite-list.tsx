import { useMemo, useState } from 'preact/hooks';
import type { OnsiteWorker } from '../../../protocol';
import { removeOnsiteWorker } from '../../../store/findings-repo';
import { useApp } from '../../app-context';
import { useI18n } from '../../i18n/i18n';
import { db } from '../../services';
import { PersonLine } from '../../components/person-line';
import { VirtualList } from '../../components/virtual-list';
import { searchFor, searchText } from '../../search-text';

/** A row at 360 px: a name over two lines of identifiers; rows measure themselves once rendered. */
const ROW_PX = 90;

/** `workers`: the visit's on-site list, as the headcount screen reads it. */
export function OnsiteList({ visitId, workers }: { visitId: string; workers: OnsiteWorker[] }) {
  const { t } = useI18n();
  const { syncSoon } = useApp();
  const [filter, setFilter] = useState('');
  const found = searchFor(filter);
  // Worked out once a search starts, not each time the list changes (every worker added or imported).
  const searching = found !== null;
  const texts = useMemo(() => (searching ? workers.map((w) => searchText([w.name], [w.nationalId, w.nssfNumber])) : null), [workers, searching]);
  const shown = found && texts ? workers.filter((_, i) => found(texts[i])) : workers;

  return (
    <section class="card" aria-labelledby="onsite-h">
      <h2 id="onsite-h" data-testid="onsite-count">{t('onsite.title', { count: workers.length })}</h2>
      {workers.length === 0 ? <p class="muted">{t('onsite.empty')}</p> : (
        <>
          <label class="visually-hidden" for="onsite-filter">{t('onsite.filter')}</label>
          <input id="onsite-filter" type="search" placeholder={t('onsite.filter')} value={filter} onInput={(e) => setFilter(e.currentTarget.value)} />
          <VirtualList class="people" items={shown} itemKey={(w) => w.id} estimate={ROW_PX} renderItem={(w) => (
            <>
              <PersonLine name={w.name} nationalId={w.nationalId} nssfNumber={w.nssfNumber} dateOfBirth={w.dateOfBirth}
                extra={w.source === 'csv' ? t('worker.source.csv', { row: w.sourceRow ?? 0 }) : t(`worker.source.${w.source}`)} />
              <button type="button" class="danger" aria-label={`${t('worker.remove')} ${w.name}`}
                onClick={() => void removeOnsiteWorker(db, visitId, w.id).then(syncSoon)}>×</button>
            </>
          )} />
        </>
      )}
    </section>
  );
}
