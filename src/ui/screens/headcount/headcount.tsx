import { listOnsite } from '../../../store/findings-repo';
import { useLiveQuery } from '../../hooks/use-live-query';
import { db } from '../../services';
import { TallyCounter } from './tally-counter';
import { AddWorkerForm } from './add-worker-form';
import { CsvImport } from './csv-import';
import { OnsiteList } from './onsite-list';

export function Headcount({ visitId }: { visitId: string }) {
  // Read once for the list and the form's same-card check: opening 10,000 sealed rows takes a
  // phone a second or more, and the form read them again for every worker typed in.
  const workers = useLiveQuery(() => listOnsite(db, visitId), [visitId]);
  return (
    <div>
      <TallyCounter visitId={visitId} />
      <AddWorkerForm visitId={visitId} workers={workers} />
      <CsvImport visitId={visitId} />
      <OnsiteList visitId={visitId} workers={workers ?? []} />
    </div>
  );
}
