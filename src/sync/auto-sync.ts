import type { HeadcountDb } from '../store';
import type { ApiClient } from './api';
import { syncNow, type SyncReport } from './engine';

export interface AutoSyncOptions {
  db: HeadcountDb;
  api: ApiClient;
  onReport?: (report: SyncReport) => void;
  /** Called when a sync throws something unexpected (a bug); the schedule carries on. */
  onError?: (error: unknown) => void;
  intervalMs?: number;
  /** syncSoon() waits this long for more writes before syncing. */
  debounceMs?: number;
  /** First retry delay after a failure; doubles per consecutive failure up to maxBackoffMs. */
  backoffBaseMs?: number;
  maxBackoffMs?: number;
  /** Where 'online' is announced; defaults to `window`. */
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  isOnline?: () => boolean;
  random?: () => number;
  /** Defaults to syncNow; injectable for tests. */
  sync?: (db: HeadcountDb, api: ApiClient) => Promise<SyncReport>;
}

export interface AutoSync {
  /** Call after a local write: syncs about a second later, once, however many writes came in between. */
  syncSoon(): void;
  stop(): void;
}

const DEFAULTS = { intervalMs: 60_000, debounceMs: 1_000, backoffBaseMs: 5_000, maxBackoffMs: 10 * 60_000 };

/** Delay before retry number `failures` (1-based): exponential, capped, with "equal jitter". */
export function backoffDelay(failures: number, baseMs: number, maxMs: number, random: () => number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/**
 * Keeps the device in sync: once at start, when the browser comes back online, every interval
 * while online, and shortly after local writes. After a failure it retries with back-off instead;
 * after 'auth' or 'too_old' it stops retrying on its own (only 'online' or a new write try again),
 * since repeating cannot help until the inspector signs in or updates the app.
 */
export function startAutoSync(options: AutoSyncOptions): AutoSync {
  const o = { ...DEFAULTS, ...options };
  const events = o.events ?? (typeof window === 'undefined' ? undefined : window);
  const isOnline = o.isOnline ?? (() => typeof navigator === 'undefined' || navigator.onLine !== false);
  const random = o.random ?? Math.random;
  const sync = o.sync ?? syncNow;

  let stopped = false;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let debounce: ReturnType<typeof setTimeout> | undefined;

  function schedule(delayMs: number): void {
    clearTimeout(timer);
    timer = setTimeout(tick, delayMs);
  }

  function tick(): void {
    if (isOnline()) void run();
    else schedule(o.intervalMs);
  }

  let running = false;
  let again = false;

  async function run(): Promise<void> {
    if (stopped) return;
    // A write that lands during a sync may have missed its batch: sync once more afterwards.
    if (running) {
      again = true;
      return;
    }
    running = true;
    clearTimeout(timer);
    let report: SyncReport | undefined;
    try {
      report = await sync(o.db, o.api);
    } catch (error) {
      o.onError?.(error);
    } finally {
      running = false;
    }
    if (stopped) return;
    if (report) o.onReport?.(report);
    const error = report ? report.error : 'server';
    if (!error) {
      failures = 0;
      if (again) {
        again = false;
        return run();
      }
      schedule(o.intervalMs);
    } else if (error === 'auth' || error === 'too_old') {
      failures = 0;
      again = false;
      clearTimeout(timer);
    } else {
      failures += 1;
      again = false;
      schedule(backoffDelay(failures, o.backoffBaseMs, o.maxBackoffMs, random));
    }
  }

  function onOnline(): void {
    failures = 0;
    void run();
  }

  events?.addEventListener('online', onOnline);
  void run();

  return {
    syncSoon() {
      // While backing off, the pending retry will carry this write too.
      if (stopped || failures > 0) return;
      clearTimeout(debounce);
      debounce = setTimeout(() => void run(), o.debounceMs);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      clearTimeout(debounce);
      events?.removeEventListener('online', onOnline);
    },
  };
}
