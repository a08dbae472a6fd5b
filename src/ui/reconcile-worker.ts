/// <reference lib="webworker" />
import { reconcile } from '../domain/reconcile';
import type { ReconcileInput } from '../domain/reconcile';

// Reconciling thousands of workers must not freeze the screen, so it runs here.
self.onmessage = (e: MessageEvent<ReconcileInput>) => {
  try {
    self.postMessage({ ok: true, result: reconcile(e.data) });
  } catch (err) {
    self.postMessage({ ok: false, message: (err as Error).message });
  }
};
