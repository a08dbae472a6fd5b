import { TallyCounter } from './tally-counter';
import { AddWorkerForm } from './add-worker-form';
import { CsvImport } from './csv-import';
import { OnsiteList } from './onsite-list';

export function Headcount({ visitId }: { visitId: string }) {
  return (
    <div>
      <TallyCounter visitId={visitId} />
      <AddWorkerForm visitId={visitId} />
      <CsvImport visitId={visitId} />
      <OnsiteList visitId={visitId} />
    </div>
  );
}
