/*
 * When to lock by itself: a phone put down on a factory floor, or pocketed with the app open.
 * Five minutes is the screen-lock default on most Android phones; the fund can shorten it here.
 */
export const IDLE_LOCK_MS = 5 * 60_000;

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/** Calls onIdle after `ms` without input, or on return to a page hidden for longer than that. */
export function watchIdle(onIdle: () => void, ms = IDLE_LOCK_MS): () => void {
  let timer = setTimeout(onIdle, ms);
  let hiddenAt: number | null = null;
  const activity = () => {
    clearTimeout(timer);
    timer = setTimeout(onIdle, ms);
  };
  // Timers are throttled or frozen in a background tab, so time away is measured, not waited for.
  const visibility = () => {
    if (document.visibilityState === 'hidden') hiddenAt = Date.now();
    else if (hiddenAt !== null && Date.now() - hiddenAt >= ms) onIdle();
    else activity();
  };
  for (const type of ACTIVITY) addEventListener(type, activity, { passive: true, capture: true });
  document.addEventListener('visibilitychange', visibility);
  return () => {
    clearTimeout(timer);
    for (const type of ACTIVITY) removeEventListener(type, activity, { capture: true });
    document.removeEventListener('visibilitychange', visibility);
  };
}
