import type { Reconciliation } from '../protocol';
import type { ReconcileInput } from '../domain/reconcile';

type Reply = { ok: true; result: Reconciliation } | { ok: false; message: string };

/**
 * One worker serves run after run: every decision on the review screen runs the engine again,
 * and a fresh worker compiles it afresh, which at 10,000 workers makes each run about twice as
 * slow. It is closed after WORKER_IDLE_MS without a run, so an idle phone does not keep its heap.
 */
export const WORKER_IDLE_MS = 60_000;

let worker: Worker | null = null;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
/** Runs one at a time: a worker answers its messages in order, but each run sets the handlers. */
let queue: Promise<unknown> = Promise.resolve();

/** Runs the engine in a Web Worker where the browser has one, else on this thread. */
export function runReconcile(input: ReconcileInput): Promise<Reconciliation> {
  if (typeof Worker === 'undefined') return import('../domain/reconcile').then((m) => m.reconcile(input));
  const run = queue.then(() => runInWorker(input));
  queue = run.catch(() => undefined);
  return run;
}

function runInWorker(input: ReconcileInput): Promise<Reconciliation> {
  clearTimeout(idleTimer);
  const w = (worker ??= new Worker(new URL('./reconcile-worker.ts', import.meta.url), { type: 'module' }));
  return new Promise<Reconciliation>((resolve, reject) => {
    w.onmessage = (e: MessageEvent<Reply>) => {
      if (e.data.ok) resolve(e.data.result);
      else reject(new Error(e.data.message));
    };
    // The worker itself failed (out of memory, a script that would not load): start afresh next time.
    w.onerror = (e) => {
      closeWorker();
      reject(new Error(e.message || 'reconcile worker failed'));
    };
    w.postMessage(input);
  }).finally(() => {
    idleTimer = setTimeout(closeWorker, WORKER_IDLE_MS);
  });
}

function closeWorker(): void {
  clearTimeout(idleTimer);
  worker?.terminate();
  worker = null;
}
