/** The storage layer's public face: the UI and sync import from here, never from Dexie. */
export { openDb, HeadcountDb } from './db';
export { Vault, LockedError, TamperedError, generateDataKey } from './crypto/vault';
export { sealLegacyRows } from './crypto/seal-legacy';
export { unlockDb } from './crypto/unlock-db';
export type { LocalVisit, OutboxRow, OutboxStatus, TallyRow, PhotoRow } from './db';
export { StorageFullError, InvalidInputError } from './errors';
export { enqueue, sealMutations, pendingBatch, listPending, toEnvelope, acknowledge, park, settle, noteAttempt, outboxCounts, listRejected } from './outbox';
export type { Settlement } from './outbox';
export {
  saveVisitPackage,
  getVisitPackage,
  getVisitHeader,
  getRegistered,
  getVisit,
  listVisits,
  applyVisitChanges,
  visitsNeedingPreparation,
} from './visits-repo';
export type { LocalVisitPackage, LocalVisitHeader } from './visits-repo';
export {
  setTally,
  getTally,
  getTallyRow,
  addOnsiteWorker,
  importOnsiteWorkers,
  removeOnsiteWorker,
  listOnsite,
  onsiteStillIs,
  saveReconciliation,
  getReconciliation,
  saveNotice,
  issueNotice,
  listNotices,
} from './findings-repo';
export { saveDecision, removeDecision, listDecisions } from './decisions-repo';
export { exportUnsynced } from './export';
export { addPhoto, listPhotos, photosToUpload, markPhotoUploaded } from './photos-repo';
export { getNumberBlocks, getUsedNumbers, addNumberBlock } from './numbers';
export {
  getClientId,
  getCursor,
  setCursor,
  getLastSyncAt,
  setLastSyncAt,
  saveSchedule,
  getSchedule,
  storageEstimate,
  requestPersistence,
} from './meta';
export type { PersistenceResult } from './device-storage';
export { loadSession, saveSession, clearSession, isSessionExpired, loadLanguage, saveLanguage } from './session';
export type { StoredSession, Language } from './session';
export { liveQuery } from 'dexie';
