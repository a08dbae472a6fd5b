import { reconcileFs } from '../../src/domain/reconcile';
import { engineInput, rosterFor } from './rosters';
const { roster } = rosterFor(process.argv[2] ?? 'payroll', 10000);
const input = engineInput(roster, 'x');
for (let i = 0; i < 12; i++) reconcileFs(input);
