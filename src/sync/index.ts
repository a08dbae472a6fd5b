/** The client's sync engine: the UI starts auto-sync and calls these; it never builds requests itself. */
export { createApiClient } from './api';
export type { ApiClient, ApiClientOptions } from './api';
export {
  OfflineError,
  AuthExpiredError,
  WrongCredentialsError,
  ClientTooOldError,
  ServerError,
  ProtocolError,
} from './errors';
export { syncNow, prepareVisit, prepareAll, classifySyncError } from './engine';
export type { SyncReport, SyncErrorKind, PrepareAllResult } from './engine';
export { startAutoSync, backoffDelay } from './auto-sync';
export type { AutoSync, AutoSyncOptions } from './auto-sync';
