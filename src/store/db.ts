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

/** A visit as this device knows it: the server's summary plus what happened locally. */
export type LocalVisit = VisitSummary & {
  /** When the package (register, contributions) was last downloaded; null until prepared. */
  preparedAt: string | null;
  /** The summary version the stored package belongs to; differs from `version` when the package is stale. */
  preparedVersion: number | null;
  /** When the server took the visit away; its local findings are kept until synced. */
  withdrawnAt: string | null;
};

/** The VisitPackage parts that are neither the summary nor the lists. */
export interface VisitDetails {
  visitId: string;
  employer: Employer;
  complaint: Complaint | null;
}

export type RegisteredRow = RegisteredWorker & { visitId: string };
export type ContributionRow = ContributionMonth & { visitId: string };

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

export class HeadcountDb extends Dexie {
  visits!: Table<LocalVisit, string>;
  details!: Table<VisitDetails, string>;
  registered!: Table<RegisteredRow, [string, string]>;
  contributions!: Table<ContributionRow, [string, string]>;
  onsite!: Table<OnsiteWorker, string>;
  tallies!: Table<TallyRow, string>;
  reconciliations!: Table<Reconciliation, string>;
  notices!: Table<Notice, string>;
  outbox!: EntityTable<OutboxRow, 'id'>;
  meta!: Table<MetaRow, string>;

  decisions!: Table<MatchDecision, string>;
  photos!: Table<PhotoRow, string>;

  constructor(name: string) {
    super(name);
    this.version(1).stores(STORES_V1);
    // v2: the inspector's match decisions; nothing existing changes shape, so no upgrade function.
    this.version(2).stores(STORES_V2);
    this.version(3).stores(STORES_V3);
  }
}

export function openDb(name = 'headcount'): HeadcountDb {
  return new HeadcountDb(name);
}
