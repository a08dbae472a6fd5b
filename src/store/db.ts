import { Dexie, type EntityTable, type Table } from 'dexie';
import type {
  Complaint,
  ContributionMonth,
  Employer,
  MatchDecision,
  PhotoMeta,
  NewMutation,
  Notice,
  OnsiteWorker,
  Reconciliation,
  RegisteredWorker,
  VisitSummary,
} from '../protocol';
import { LockedError, type Sealed, type Vault } from './crypto/vault';
import { upgradeToSealedRows } from './upgrade-v4';

/** A visit as this device knows it: the server's summary plus what happened locally. */
export type LocalVisit = VisitSummary & {
  /** When the package (register, contributions) was last downloaded; null until prepared. */
  preparedAt: string | null;
  /** The summary version the stored package belongs to; differs from `version` when the package is stale. */
  preparedVersion: number | null;
  /** When the server took the visit away; its local findings are kept until synced. */
  withdrawnAt: string | null;
};

export interface TallyRow {
  visitId: string;
  count: number;
  updatedAt: string;
}

export type OutboxStatus = 'pending' | 'rejected';

export interface OutboxRow {
  /** Auto-increment: this IS the per-client, strictly increasing mutation id sent to the server. */
  id: number;
  mutation: NewMutation;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * Personal data at rest: sealed with the device key. `plain` exists only in rows written by app
 * versions before encryption, until the first unlock seals them (sealLegacyRows).
 */
export type Protected<T> = { sealed: Sealed; plain?: never } | { plain: T; sealed?: never };

/** The parts of a visit package that name people or money: employer, complaint (callers' names), contributions. */
export interface VisitPrivate {
  employer: Employer;
  complaint: Complaint | null;
  contributions: ContributionMonth[];
}

export type StoredDetails = { visitId: string } & Protected<VisitPrivate>;
/** The register in parts of REGISTER_PART_SIZE workers: a 10,000-worker visit is ten seals, not ten thousand. */
export type RegisterPart = { visitId: string; part: number } & Protected<RegisteredWorker[]>;
export type StoredOnsite = { id: string; visitId: string; recordedAt: string } & Protected<OnsiteWorker>;
export type StoredReconciliation = { visitId: string } & Protected<Reconciliation>;
/** `status` stays readable so an issued notice can be refused a change inside the writing transaction. */
export type StoredNotice = { id: string; visitId: string; createdAt: string; status: Notice['status']; number: string | null } & Protected<Notice>;
export type StoredDecision = { id: string; visitId: string; onsiteId: string; decidedAt: string } & Protected<MatchDecision>;
export type StoredOutboxRow = Omit<OutboxRow, 'mutation'> & Protected<NewMutation>;
export type StoredPhoto = {
  id: string;
  visitId: string;
  takenAt: string;
  uploaded: 0 | 1;
  type: string;
  /** The image bytes, sealed; `blob` only in rows from before encryption. */
  bytes?: Sealed;
  blob?: Blob;
} & Protected<PhotoMeta>;

/** Kept as released: tests open a database at each old version and upgrade it. */
export const STORES_V1 = {
  visits: 'id, scheduledDate',
  details: 'visitId',
  registered: '[visitId+workerId], visitId',
  contributions: '[visitId+month], visitId',
  onsite: 'id, visitId',
  tallies: 'visitId',
  reconciliations: 'visitId',
  notices: 'id, visitId',
  // The key generator never reuses an id, even after rows are deleted, so ids stay increasing
  // for the life of the database — which is also the life of the clientId kept in `meta`.
  outbox: '++id, status',
  meta: 'key',
} as const;

export const STORES_V2 = { ...STORES_V1, decisions: 'id, visitId, [visitId+onsiteId]' } as const;

/** v3: evidence photos, kept as Blobs until their bytes reach the server. */
export const STORES_V3 = { ...STORES_V2, photos: 'id, visitId, uploaded' } as const;

export interface PhotoRow {
  id: string;
  visitId: string;
  meta: PhotoMeta;
  blob: Blob;
  /** 0 until the server has the bytes (a number, because IndexedDB cannot index booleans). */
  uploaded: 0 | 1;
}

/** v4: personal data sealed (see Protected); the register and contributions move into sealed parts. */
export const STORES_V4 = { ...STORES_V3, registerParts: '[visitId+part], visitId' } as const;
/** v5: the plain v3 tables, emptied by the v4 upgrade, are dropped. */
export const STORES_V5 = { ...STORES_V4, registered: null, contributions: null } as const;

export class HeadcountDb extends Dexie {
  visits!: Table<LocalVisit, string>;
  details!: Table<StoredDetails, string>;
  registerParts!: Table<RegisterPart, [string, number]>;
  onsite!: Table<StoredOnsite, string>;
  tallies!: Table<TallyRow, string>;
  reconciliations!: Table<StoredReconciliation, string>;
  notices!: Table<StoredNotice, string>;
  outbox!: EntityTable<StoredOutboxRow, 'id'>;
  meta!: Table<MetaRow, string>;
  decisions!: Table<StoredDecision, string>;
  photos!: Table<StoredPhoto, string>;

  /** The unlocked data key; null while the app is locked. Held in memory only. */
  vault: Vault | null = null;

  constructor(name: string) {
    super(name);
    this.version(1).stores(STORES_V1);
    // v2: the inspector's match decisions; nothing existing changes shape, so no upgrade function.
    this.version(2).stores(STORES_V2);
    this.version(3).stores(STORES_V3);
    // No key exists during an upgrade, so rows move to their new shape as `plain` and are sealed at the first unlock.
    this.version(4).stores(STORES_V4).upgrade(upgradeToSealedRows);
    this.version(5).stores(STORES_V5);
  }

  /** The data key, or LockedError: nothing personal is read or written while locked. */
  requireVault(): Vault {
    if (!this.vault) throw new LockedError();
    return this.vault;
  }
}

export function openDb(name = 'headcount', vault: Vault | null = null): HeadcountDb {
  const db = new HeadcountDb(name);
  db.vault = vault;
  return db;
}
