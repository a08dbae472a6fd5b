import type { Reconciliation } from '../../protocol';
import { reconcileBaseline } from './baseline';
import type { ReconcileInput } from './types';

export type { ReconcileInput } from './types';
export { REASON_CODES, type ReasonCode } from './reasons';
export { BASELINE_ENGINE } from './baseline';

/** Matches the people found on site against the register. The engine behind it may change; this signature does not. */
export function reconcile(input: ReconcileInput): Reconciliation {
  return reconcileBaseline(input);
}
