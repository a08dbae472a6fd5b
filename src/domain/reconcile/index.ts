import type { Reconciliation } from '../../protocol';
import { reconcileFs } from './engine';
import type { ReconcileInput } from './types';

export type { ReconcileInput } from './types';
export type { Decision } from './decisions';
export { REASON_CODES, type ReasonCode } from './reasons';
export { BASELINE_ENGINE, reconcileBaseline } from './baseline';
export { FS_ENGINE, reconcileFs, type EngineOptions } from './engine';

/** Matches the people found on site against the register. The engine behind it may change; this signature does not. */
export function reconcile(input: ReconcileInput): Reconciliation {
  return reconcileFs(input);
}
