import type { OnsiteWorker, RegisteredWorker } from '../../protocol';
import type { Decision } from './decisions';

/** What every reconcile engine takes; kept stable so a fuzzy engine can replace the baseline. */
export interface ReconcileInput {
  visitId: string;
  registered: RegisteredWorker[];
  onsite: OnsiteWorker[];
  /** The inspector's head count at the gate, or null when none was taken. */
  tally: number | null;
  runAt: string;
  /** What the inspector already decided on review rows; the engine respects it on every run. */
  decisions?: Decision[];
}
