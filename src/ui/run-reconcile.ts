import type { Reconciliation } from '../protocol';
import type { ReconcileInput } from '../domain/reconcile';

/** Runs the engine in a Web Worker where the browser has one, else on this thread. */
export function runReconcile(input: ReconcileInput): Promise<Reconciliation> {
  if (typeof Worker === 'undefined') return import('../domain/reconcile').then((m) => m.reconcile(input));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./reconcile-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ ok: true; result: Reconciliation } | { ok: false; message: string }>) => {
      worker.terminate();
      if (e.data.ok) resolve(e.data.result);
      else reject(new Error(e.data.message));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'reconcile worker failed'));
    };
    worker.postMessage(input);
  });
}
