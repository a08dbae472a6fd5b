/** The Background Sync tag the page registers after a local write and the service worker answers. */
export const OUTBOX_SYNC_TAG = 'headcount-outbox';
