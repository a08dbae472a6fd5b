import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_LOCK_MS, watchIdle } from '../../src/ui/lock/idle';

/** Just enough of a page for the idle watcher: input events on window, visibility on document. */
function fakePage() {
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  vi.stubGlobal('addEventListener', win.addEventListener.bind(win));
  vi.stubGlobal('removeEventListener', win.removeEventListener.bind(win));
  vi.stubGlobal('document', doc);
  return {
    tap: () => win.dispatchEvent(new Event('pointerdown')),
    hide: () => { doc.visibilityState = 'hidden'; doc.dispatchEvent(new Event('visibilitychange')); },
    show: () => { doc.visibilityState = 'visible'; doc.dispatchEvent(new Event('visibilitychange')); },
  };
}

describe('locking a phone left alone', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('locks after the idle time with no input, and each tap starts the wait over', () => {
    const page = fakePage();
    const onIdle = vi.fn();
    watchIdle(onIdle);
    vi.advanceTimersByTime(IDLE_LOCK_MS - 1000);
    page.tap();
    vi.advanceTimersByTime(IDLE_LOCK_MS - 1000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('locks on return when the app was in the background longer than the idle time', () => {
    const page = fakePage();
    const onIdle = vi.fn();
    const stop = watchIdle(onIdle, 60_000);
    page.hide();
    vi.setSystemTime(Date.now() + 61_000);
    page.show();
    expect(onIdle).toHaveBeenCalledTimes(1);
    stop();
  });

  it('does not lock after a short look away, nor once stopped', () => {
    const page = fakePage();
    const onIdle = vi.fn();
    const stop = watchIdle(onIdle, 60_000);
    page.hide();
    vi.setSystemTime(Date.now() + 5_000);
    page.show();
    stop();
    vi.advanceTimersByTime(120_000);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
