import { OUTBOX_SYNC_TAG } from '../sw/tags';

/** Asks the browser to wake the service worker and push the outbox when it next has a network. */
export async function requestBackgroundSync(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const reg = (await navigator.serviceWorker.getRegistration()) as (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }) | undefined;
  await reg?.sync?.register(OUTBOX_SYNC_TAG).catch(() => {
    /* refused (permission, or unsupported): the page's own auto-sync still runs */
  });
}
