import { registerSW } from 'virtual:pwa-register';

export interface PwaEvents {
  onUpdateReady: (apply: () => Promise<void>) => void;
  onOfflineReady: () => void;
}

/**
 * Registers the service worker with the "prompt" policy: a new version waits until the
 * inspector chooses to apply it, so an update never reloads the page under unsaved input.
 */
export function startPwa(events: PwaEvents): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => events.onUpdateReady(() => update(true)),
    onOfflineReady: events.onOfflineReady,
    onRegisterError: (e) => console.error('service worker registration failed', e),
  });
}
