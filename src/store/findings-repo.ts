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
import type { TallyRow } from './db';
import type { HeadcountDb } from './db';
import { InvalidInputError } from './errors';
import { enqueue } from './outbox';
import { writeTx } from './write';
import { markNumberUsed } from './numbers';

/*
 * Every write here is the data change and its outbox mutation in ONE transaction: both land or
 * neither does. Input is checked against the protocol first, so nothing the server would refuse
 * as malformed is ever stored.
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
  await writeTx(db, [db.tallies, db.outbox], async () => {
    await db.tallies.put({ visitId: id, count: payload.count, updatedAt: createdAt });
    await enqueue(db, { type: 'tally.set', visitId: id, createdAt, payload });
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
  await writeTx(db, [db.onsite, db.outbox], async () => {
    await db.onsite.put(w);
    await enqueue(db, { type: 'onsite.upsert', visitId: w.visitId, createdAt: stamp(), payload: { worker: w } });
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
  await writeTx(db, [db.onsite, db.outbox], async () => {
    await db.onsite.bulkPut(rows);
    for (const m of chunks) await enqueue(db, m);
  });
  return { importId, mutations: chunks.length };
}

export async function removeOnsiteWorker(db: HeadcountDb, visitId: string, workerId: string): Promise<void> {
  const id = check('visit id', VisitId, visitId);
  const wid = check('worker id', Uuid, workerId);
  await writeTx(db, [db.onsite, db.outbox], async () => {
    await db.onsite.delete(wid);
    await enqueue(db, { type: 'onsite.remove', visitId: id, createdAt: stamp(), payload: { workerId: wid } });
  });
}

/** On-site workers in the order they were recorded. */
export function listOnsite(db: HeadcountDb, visitId: string): Promise<OnsiteWorker[]> {
  return db.onsite.where('visitId').equals(visitId).sortBy('recordedAt');
}

export async function saveReconciliation(db: HeadcountDb, rec: Reconciliation): Promise<void> {
  const r = check('reconciliation', Reconciliation, rec);
  await writeTx(db, [db.reconciliations, db.outbox], async () => {
    await db.reconciliations.put(r);
    await enqueue(db, { type: 'reconciliation.save', visitId: r.visitId, createdAt: stamp(), payload: { reconciliation: r } });
  });
}

export async function getReconciliation(db: HeadcountDb, visitId: string): Promise<Reconciliation | null> {
  return (await db.reconciliations.get(visitId)) ?? null;
}

/** Saves a draft. An issued notice is never overwritten: a change to it is a new, superseding draft. */
export async function saveNotice(db: HeadcountDb, notice: Notice): Promise<void> {
  const n = check('notice', Notice, notice);
  if (n.status !== 'draft') throw new InvalidInputError('notice', [{ path: ['status'], message: 'only drafts are saved; issue with issueNotice' }]);
  await writeTx(db, [db.notices, db.outbox], async () => {
    await refuseIfIssued(db, n.id);
    await db.notices.put(n);
    await enqueue(db, { type: 'notice.save', visitId: n.visitId, createdAt: stamp(), payload: { notice: n } });
  });
}

/**
 * Issues a notice: from here on it is the document the employer holds. The number it carries is
 * marked used in the same transaction, so no other notice on this device can ever take it.
 */
export async function issueNotice(db: HeadcountDb, notice: Notice): Promise<void> {
  const n = check('issued notice', IssuedNotice, notice);
  await writeTx(db, [db.notices, db.outbox, db.meta], async () => {
    await refuseIfIssued(db, n.id);
    await markNumberUsed(db, n.number!);
    await db.notices.put(n);
    await enqueue(db, { type: 'notice.issue', visitId: n.visitId, createdAt: stamp(), payload: { notice: n } });
  });
}

async function refuseIfIssued(db: HeadcountDb, id: string): Promise<void> {
  const existing = await db.notices.get(id);
  if (existing?.status === 'issued') {
    throw new InvalidInputError('notice', [{ path: ['status'], message: `notice ${existing.number} is issued and cannot change; draft a revision` }]);
  }
}

export function listNotices(db: HeadcountDb, visitId: string): Promise<Notice[]> {
  return db.notices.where('visitId').equals(visitId).sortBy('createdAt');
}
