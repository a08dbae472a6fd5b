import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffDelay, startAutoSync, type ApiClient, type AutoSync, type SyncReport } from '../../src/sync';
import type { HeadcountDb } from '../../src/store';

const ok: SyncReport = { pushed: 0, rejected: 0, pulledVisits: 0 };

function setup(opts: { online?: boolean; reports?: SyncReport[] } = {}) {
  let online = opts.online ?? true;
  const reports = [...(opts.reports ?? [])];
  const events = new EventTarget();
  const callTimes: number[] = [];
  const sync = vi.fn(async () => {
    callTimes.push(Date.now());
    return reports.shift() ?? ok;
  });
  const onReport = vi.fn();
  const auto = startAutoSync({
    db: {} as HeadcountDb,
    api: {} as ApiClient,
    sync,
    onReport,
    events,
    isOnline: () => online,
    random: () => 1, // jitter at its maximum, so delays are predictable
    intervalMs: 60_000,
    debounceMs: 1_000,
    backoffBaseMs: 5_000,
    maxBackoffMs: 40_000,
  });
  return {
    auto,
    sync,
    onReport,
    callTimes,
    goOnline() {
      online = true;
      events.dispatchEvent(new Event('online'));
    },
    goOffline() {
      online = false;
    },
  };
}

describe('auto sync', () => {
  let auto: AutoSync | undefined;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    auto?.stop();
    vi.useRealTimers();
  });

  it('syncs at start and reports the result', async () => {
    const s = setup();
    auto = s.auto;
    await vi.advanceTimersByTimeAsync(0);
    expect(s.sync).toHaveBeenCalledTimes(1);
    expect(s.onReport).toHaveBeenCalledWith(ok);
  });

  it('syncs every interval while online, and skips the ticks while offline', async () => {
    const s = setup();
    auto = s.auto;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(s.sync).toHaveBeenCalledTimes(2);
    s.goOffline();
    await vi.advanceTimersByTimeAsync(180_000);
    expect(s.sync).toHaveBeenCalledTimes(2);
  });

  it('syncs as soon as the browser comes back online', async () => {
    const s = setup();
    auto = s.auto;
    await vi.advanceTimersByTimeAsync(0);
    s.goOffline();
    s.goOnline();
    await vi.advanceTimersByTimeAsync(0);
    expect(s.sync).toHaveBeenCalledTimes(2);
  });

  it('gathers writes in quick succession into one sync about a second later', async () => {
    const s = setup();
    auto = s.auto;
    await vi.advanceTimersByTimeAsync(0);
    s.auto.syncSoon();
    await vi.advanceTimersByTimeAsync(500);
    s.auto.syncSoon();
    await vi.advanceTimersByTimeAsync(500);
    s.auto.syncSoon();
    expect(s.sync).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(s.sync).toHaveBeenCalledTimes(2);
  });

  it('backs off exponentially after failures, up to the cap, and returns to the interval after a success', async () => {
    const offline: SyncReport = { ...ok, error: 'offline' };
    const s = setup({ reports: [offline, offline, offline, offline, offline] });
    auto = s.auto;
    await vi.advanceTimersByTimeAsync(5_000 + 10_000 + 20_000 + 40_000 + 40_000 + 60_000);
    const gaps = s.callTimes.slice(1).map((t, i) => t - s.callTimes[i]);
    expect(gaps).toEqual([5_000, 10_000, 20_000, 40_000, 40_000, 60_000]);
  });

  it('does not add syncs on top of a back-off when the inspector keeps writing', async () => {
    const s = setup({ reports: [{ ...ok, error: 'server' }] });
    auto = s.auto;
    await vi.advanceTimersByTimeAsync(0);
    s.auto.syncSoon();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(s.sync).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(s.sync).toHaveBeenCalledTimes(2);
  });

  it('stops retrying on its own when the session expired, until a write or reconnect', async () => {
    const s = setup({ reports: [{ ...ok, error: 'auth' }] });
    auto = s.auto;
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(s.sync).toHaveBeenCalledTimes(1);
    s.auto.syncSoon();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(s.sync).toHaveBeenCalledTimes(2);
  });

  it('syncs once more when a write arrives during a sync', async () => {
    const s = setup();
    auto = s.auto;
    let release!: () => void;
    s.sync.mockImplementationOnce(() => new Promise<SyncReport>((r) => (release = () => r(ok))));
    await vi.advanceTimersByTimeAsync(0);
    s.auto.syncSoon();
    await vi.advanceTimersByTimeAsync(1_000); // debounce fires while the first sync still runs
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(s.sync).toHaveBeenCalledTimes(2);
  });

  it('does nothing after stop', async () => {
    const s = setup();
    await vi.advanceTimersByTimeAsync(0);
    s.auto.stop();
    s.auto.syncSoon();
    s.goOnline();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(s.sync).toHaveBeenCalledTimes(1);
  });
});

describe('back-off delay', () => {
  it('doubles per failure, never exceeds the cap, and jitters between half and all of it', () => {
    expect(backoffDelay(1, 5_000, 60_000, () => 1)).toBe(5_000);
    expect(backoffDelay(3, 5_000, 60_000, () => 1)).toBe(20_000);
    expect(backoffDelay(30, 5_000, 60_000, () => 1)).toBe(60_000);
    expect(backoffDelay(3, 5_000, 60_000, () => 0)).toBe(10_000);
  });
});
