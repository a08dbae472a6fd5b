import { z } from 'zod';
import {
  MAX_BULK_WORKERS,
  IssuedNotice,
  Notice,
  OnsiteWorker,
  Reconciliation,
  TallySet,
  Uuid,
  type NewMutation,
} from '../protocol';
import { protect, reveal, revealAll } from './crypto/protect';
import type { StoredOnsite, TallyRow } from './db';
import type { HeadcountDb } from './db';
import { InvalidInputError } from './errors';
import { enqueue, sealMutations } from './outbox';
import { writeTx } from './write';
import { markNumberUsed } from './numbers';

/*
 * Every write here is the data change and its outbox mutation in ONE transaction: both land or
 * neither does. Input is checked against the protocol first, so nothing the server would refuse
 * as malformed is ever stored. Both are sealed before the transaction opens (see saveVisitPackage).
 */

const VisitId = z.string().min(1);

function check<S extends z.ZodType>(what: string, schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw InvalidInputError.fromZod(what, parsed.error);
  return parsed.data;
}

function stamp(): string {
  return new Date().toISOString();
}

export async function setTally(db: HeadcountDb, visitId: string, count: number): Promise<void> {
  const id = check('visit id', VisitId, visitId);
  const payload = check('head count', TallySet.shape.payload, { count });
  const createdAt = stamp();
  const [m] = await sealMutations(db, [{ type: 'tally.set', visitId: id, createdAt, payload }]);
  await writeTx(db, [db.tallies, db.outbox], async () => {
    await db.tallies.put({ visitId: id, count: payload.count, updatedAt: createdAt });
    await enqueue(db, m);
  });
}

export async function getTally(db: HeadcountDb, visitId: string): Promise<number | null> {
  return (await db.tallies.get(visitId))?.count ?? null;
}

export function getTallyRow(db: HeadcountDb, visitId: string): Promise<TallyRow | undefined> {
  return db.tallies.get(visitId);
}

/** Adds a worker found on site, or replaces the one with the same id (an edit). */
export async function addOnsiteWorker(db: HeadcountDb, worker: OnsiteWorker): Promise<void> {
  const w = check('on-site worker', OnsiteWorker, worker);
  const row = await sealOnsite(db, w);
  const [m] = await sealMutations(db, [{ type: 'onsite.upsert', visitId: w.visitId, createdAt: stamp(), payload: { worker: w } }]);
  await writeTx(db, [db.onsite, db.outbox], async () => {
    await db.onsite.put(row);
    await enqueue(db, m);
  });
}

/**
 * Stores an imported sheet in one transaction and records it as onsite.bulkAdd mutations of at
 * most MAX_BULK_WORKERS rows each, sharing one importId, so each push request stays small.
 */
export async function importOnsiteWorkers(
  db: HeadcountDb,
  visitId: string,
  fileName: string,
  workers: OnsiteWorker[],
): Promise<{ importId: string; mutations: number }> {
  const id = check('visit id', VisitId, visitId);
  const name = check('file name', z.string().max(300), fileName);
  const rows = check('imported workers', z.array(OnsiteWorker).min(1, 'the file has no workers'), workers);
  const foreign = rows.find((w) => w.visitId !== id);
  if (foreign) {
    throw new InvalidInputError('imported workers', [
      { path: ['visitId'], message: `worker ${foreign.id} belongs to visit ${foreign.visitId}, not ${id}` },
    ]);
  }
  const importId = crypto.randomUUID();
  const createdAt = stamp();
  const chunks: NewMutation[] = [];
  for (let i = 0; i < rows.length; i += MAX_BULK_WORKERS) {
    chunks.push({
      type: 'onsite.bulkAdd',
      visitId: id,
      createdAt,
      payload: { importId, fileName: name, workers: rows.slice(i, i + MAX_BULK_WORKERS) },
    });
  }
  const stored = await Promise.all(rows.map((w) => sealOnsite(db, w)));
  const sealed = await sealMutations(db, chunks);
  await writeTx(db, [db.onsite, db.outbox], async () => {
    await db.onsite.bulkPut(stored);
    for (const m of sealed) await enqueue(db, m);
  });
  return { importId, mutations: chunks.length };
}

export async function removeOnsiteWorker(db: HeadcountDb, visitId: string, workerId: string): Promise<void> {
  const id = check('visit id', VisitId, visitId);
  const wid = check('worker id', Uuid, workerId);
  const [m] = await sealMutations(db, [{ type: 'onsite.remove', visitId: id, createdAt: stamp(), payload: { workerId: wid } }]);
  await writeTx(db, [db.onsite, db.outbox], async () => {
    await db.onsite.delete(wid);
    await enqueue(db, m);
  });
}

async function sealOnsite(db: HeadcountDb, w: OnsiteWorker): Promise<StoredOnsite> {
  return { id: w.id, visitId: w.visitId, recordedAt: w.recordedAt, ...(await protect(db.requireVault(), w)) };
}

/**
 * Whether `workers` (a list read earlier) are still the visit's on-site workers, by their ids
 * alone: the index answers without opening a sealed row, where reading the list again opens
 * every one (10,000 rows take a phone a second or more).
 */
export async function onsiteStillIs(db: HeadcountDb, visitId: string, workers: readonly OnsiteWorker[]): Promise<boolean> {
  const ids = await db.onsite.where('visitId').equals(visitId).primaryKeys();
  if (ids.length !== workers.length) return false;
  const known = new Set(workers.map((w) => w.id));
  return ids.every((id) => known.has(id));
}

/** On-site workers in the order they were recorded; an imported sheet's rows in the sheet's order. */
export async function listOnsite(db: HeadcountDb, visitId: string): Promise<OnsiteWorker[]> {
  const vault = db.requireVault();
  const workers = await revealAll(vault, await db.onsite.where('visitId').equals(visitId).sortBy('recordedAt'));
  return workers.sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || (a.sourceRow ?? 0) - (b.sourceRow ?? 0));
}

export async function saveReconciliation(db: HeadcountDb, rec: Reconciliation): Promise<void> {
  const r = check('reconciliation', Reconciliation, rec);
  const row = { visitId: r.visitId, ...(await protect(db.requireVault(), r)) };
  const [m] = await sealMutations(db, [{ type: 'reconciliation.save', visitId: r.visitId, createdAt: stamp(), payload: { reconciliation: r } }]);
  await writeTx(db, [db.reconciliations, db.outbox], async () => {
    await db.reconciliations.put(row);
    await enqueue(db, m);
  });
}

export async function getReconciliation(db: HeadcountDb, visitId: string): Promise<Reconciliation | null> {
  const vault = db.requireVault();
  const row = await db.reconciliations.get(visitId);
  return row ? reveal(vault, row) : null;
}

/** Saves a draft. An issued notice is never overwritten: a change to it is a new, superseding draft. */
export async function saveNotice(db: HeadcountDb, notice: Notice): Promise<void> {
  const n = check('notice', Notice, notice);
  if (n.status !== 'draft') throw new InvalidInputError('notice', [{ path: ['status'], message: 'only drafts are saved; issue with issueNotice' }]);
  const row = await sealNotice(db, n);
  const [m] = await sealMutations(db, [{ type: 'notice.save', visitId: n.visitId, createdAt: stamp(), payload: { notice: n } }]);
  await writeTx(db, [db.notices, db.outbox], async () => {
    await refuseIfIssued(db, n.id);
    await db.notices.put(row);
    await enqueue(db, m);
  });
}

/**
 * Issues a notice: from here on it is the document the employer holds. The number it carries is
 * marked used in the same transaction, so no other notice on this device can ever take it.
 */
export async function issueNotice(db: HeadcountDb, notice: Notice): Promise<void> {
  const n = check('issued notice', IssuedNotice, notice);
  const row = await sealNotice(db, n);
  const [m] = await sealMutations(db, [{ type: 'notice.issue', visitId: n.visitId, createdAt: stamp(), payload: { notice: n } }]);
  await writeTx(db, [db.notices, db.outbox, db.meta], async () => {
    await refuseIfIssued(db, n.id);
    await markNumberUsed(db, n.number!);
    await db.notices.put(row);
    await enqueue(db, m);
  });
}

async function sealNotice(db: HeadcountDb, n: Notice) {
  return { id: n.id, visitId: n.visitId, createdAt: n.createdAt, status: n.status, number: n.number ?? null, ...(await protect(db.requireVault(), n)) };
}

async function refuseIfIssued(db: HeadcountDb, id: string): Promise<void> {
  const existing = await db.notices.get(id);
  if (existing?.status === 'issued') {
    throw new InvalidInputError('notice', [{ path: ['status'], message: `notice ${existing.number} is issued and cannot change; draft a revision` }]);
  }
}

export async function listNotices(db: HeadcountDb, visitId: string): Promise<Notice[]> {
  const vault = db.requireVault();
  return revealAll(vault, await db.notices.where('visitId').equals(visitId).sortBy('createdAt'));
}
