import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReconcileInput } from '../../src/domain/reconcile';

/** A stand-in for the reconcile worker: answers each message on the next tick, as `answer` says. */
class FakeWorker {
  static made: FakeWorker[] = [];
  static answer: (input: ReconcileInput) => 'ok' | 'refuse' | 'crash' = () => 'ok';
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { message: string }) => void) | null = null;
  terminated = false;
  received: string[] = [];

  constructor() {
    FakeWorker.made.push(this);
  }

  postMessage(input: ReconcileInput): void {
    this.received.push(input.visitId);
    setTimeout(() => {
      const how = FakeWorker.answer(input);
      if (how === 'crash') this.onerror?.({ message: 'out of memory' });
      else if (how === 'refuse') this.onmessage?.({ data: { ok: false, message: `bad ${input.visitId}` } });
      else this.onmessage?.({ data: { ok: true, result: { visitId: input.visitId } } });
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

const input = (visitId: string) => ({ visitId, registered: [], onsite: [], tally: null, runAt: '2025-01-01T00:00:00Z' }) as ReconcileInput;

async function load() {
  vi.resetModules();
  return import('../../src/ui/run-reconcile');
}

describe('running the engine in a worker kept between runs', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeWorker.made = [];
    FakeWorker.answer = () => 'ok';
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('answers run after run from one worker, each with its own result, in the order asked', async () => {
    const { runReconcile } = await load();
    const first = runReconcile(input('a'));
    const second = runReconcile(input('b'));
    await vi.runAllTimersAsync();
    await expect(first).resolves.toMatchObject({ visitId: 'a' });
    await expect(second).resolves.toMatchObject({ visitId: 'b' });
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0].received).toEqual(['a', 'b']);
  });

  it('closes the worker after a minute without a run, and starts a new one for the next', async () => {
    const { runReconcile, WORKER_IDLE_MS } = await load();
    const first = runReconcile(input('a'));
    await vi.advanceTimersByTimeAsync(1);
    await first;
    await vi.advanceTimersByTimeAsync(WORKER_IDLE_MS - 1000);
    expect(FakeWorker.made[0].terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(FakeWorker.made[0].terminated).toBe(true);
    const next = runReconcile(input('b'));
    await vi.advanceTimersByTimeAsync(1);
    await expect(next).resolves.toMatchObject({ visitId: 'b' });
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('reports an input the engine refuses and keeps the worker; a worker that fails is replaced', async () => {
    const { runReconcile } = await load();
    FakeWorker.answer = (i) => (i.visitId === 'bad' ? 'refuse' : i.visitId === 'boom' ? 'crash' : 'ok');
    const refused = runReconcile(input('bad'));
    const crashed = runReconcile(input('boom'));
    const after = runReconcile(input('c'));
    const settled = Promise.allSettled([refused, crashed, after]);
    await vi.runAllTimersAsync();
    const [r1, r2, r3] = await settled;
    expect(r1).toMatchObject({ status: 'rejected', reason: new Error('bad bad') });
    expect(r2).toMatchObject({ status: 'rejected', reason: new Error('out of memory') });
    expect(r3).toMatchObject({ status: 'fulfilled', value: { visitId: 'c' } });
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made[0].terminated).toBe(true);
    expect(FakeWorker.made[0].received).toEqual(['bad', 'boom']);
  });
});
