import { createStore, type UseStore } from 'idb-keyval';

/*
 * A tiny key-value store beside the Dexie database: the session, the UI language and the wrapped
 * data keys. It opens without the app's schema, so the lock screen and the service worker can read
 * it before (or without) opening the encrypted database.
 */
let store: UseStore | undefined;

// Opened on first use, not at import, so importing a module never touches IndexedDB.
export function prefs(): UseStore {
  store ??= createStore('headcount-prefs', 'kv');
  return store;
}
