import type { MatchDecision, Mutation, Notice, OnsiteWorker, PhotoMeta, Reconciliation } from '../../protocol';
import type { Queryable } from '../db/db';
import { writeEffects, type Owned } from './write-effects';

/** A mutation that can never succeed; it is logged as rejected and the queue moves on. */
export class Rejection extends Error {}

type OwnedTable = 'onsite_workers' | 'notices' | 'match_decisions' | 'photos';

/**
 * What a batch of mutations leaves in the database, worked out in memory in the order sent and
 * then written in a handful of statements, whatever the batch size: a push of a hundred on-site
 * workers is one INSERT, not a hundred. Applying in memory first also means a Rejection leaves
 * nothing behind: a refused mutation never reaches the pending writes.
 *
 * Rows with client-made ids must never move to another visit, so the current owner of every id
 * the batch names is read once up front and kept up to date as mutations apply.
 */
export class BatchEffects {
  private readonly tallies = new Map<string, number>();
  private readonly reconciliations = new Map<string, Reconciliation>();
  private readonly onsite = new Map<string, Owned<OnsiteWorker>>();
  private readonly notices = new Map<string, Owned<Notice>>();
  private readonly decisions = new Map<string, Owned<MatchDecision>>();
  private readonly photos = new Map<string, Owned<PhotoMeta>>();

  private constructor(
    private readonly owners: Record<OwnedTable, Map<string, string | null>>,
    /** Notices already issued: a legal document, never changed, only superseded by a new notice. */
    private readonly issued: Set<string>,
  ) {}

  static async load(tx: Queryable, mutations: Mutation[]): Promise<BatchEffects> {
    const ids: Record<OwnedTable, Set<string>> = { onsite_workers: new Set(), notices: new Set(), match_decisions: new Set(), photos: new Set() };
    const add = (table: OwnedTable, id: string) => ids[table].add(id.toLowerCase());
    for (const m of mutations) {
      if (m.type === 'onsite.upsert') add('onsite_workers', m.payload.worker.id);
      if (m.type === 'onsite.bulkAdd') for (const w of m.payload.workers) add('onsite_workers', w.id);
      if (m.type === 'onsite.remove') add('onsite_workers', m.payload.workerId);
      if (m.type === 'notice.save' || m.type === 'notice.issue') add('notices', m.payload.notice.id);
      if (m.type === 'photo.add') add('photos', m.payload.photo.id);
      if (m.type === 'decision.save') add('match_decisions', m.payload.decision.id);
      if (m.type === 'decision.remove') add('match_decisions', m.payload.decisionId);
    }
    const owners = {} as Record<OwnedTable, Map<string, string | null>>;
    for (const table of Object.keys(ids) as OwnedTable[]) owners[table] = await currentOwners(tx, table, [...ids[table]]);
    const issued = ids.notices.size === 0 ? [] : await tx.query<{ id: string }>(
      `SELECT id::text AS id FROM notices WHERE id = ANY($1::uuid[]) AND status = 'issued'`, [[...ids.notices]]);
    return new BatchEffects(owners, new Set(issued.map((r) => r.id)));
  }

  /** Applies one validated, authorized mutation in memory; throws a Rejection and changes nothing if it cannot apply. */
  apply(m: Mutation): void {
    switch (m.type) {
      case 'tally.set':
        this.tallies.set(m.visitId, m.payload.count);
        return;
      case 'onsite.upsert':
      case 'onsite.bulkAdd': {
        const workers = m.type === 'onsite.upsert' ? [m.payload.worker] : m.payload.workers;
        const ids = workers.map((w) => w.id.toLowerCase());
        if (new Set(ids).size !== ids.length) throw new Rejection('the same on-site worker id appears twice in one import');
        return this.put('onsite_workers', this.onsite, m.visitId, workers, 'on-site worker');
      }
      case 'onsite.remove':
        // Removing what is already gone is a success: the client's intent holds.
        return this.remove('onsite_workers', this.onsite, m.visitId, m.payload.workerId);
      case 'reconciliation.save':
        this.reconciliations.set(m.visitId, m.payload.reconciliation);
        return;
      case 'notice.save':
      case 'notice.issue': {
        const id = m.payload.notice.id.toLowerCase();
        if (this.issued.has(id)) throw new Rejection(`notice ${m.payload.notice.number ?? id} is issued and cannot change; issue a revision that supersedes it`);
        this.put('notices', this.notices, m.visitId, [m.payload.notice], 'notice');
        if (m.type === 'notice.issue') this.issued.add(id);
        return;
      }
      case 'photo.add':
        return this.put('photos', this.photos, m.visitId, [m.payload.photo], 'photo');
      case 'decision.save':
        return this.put('match_decisions', this.decisions, m.visitId, [m.payload.decision], 'decision');
      case 'decision.remove':
        return this.remove('match_decisions', this.decisions, m.visitId, m.payload.decisionId);
    }
  }

  write(tx: Queryable, userId: string): Promise<void> {
    return writeEffects(tx, userId, {
      tallies: this.tallies,
      reconciliations: this.reconciliations,
      onsite: this.onsite,
      notices: this.notices,
      decisions: this.decisions,
      photos: this.photos,
    });
  }

  private put<T extends { id: string }>(table: OwnedTable, rows: Map<string, Owned<T>>, visitId: string, items: T[], what: string) {
    const owners = this.owners[table];
    const ids = items.map((item) => item.id.toLowerCase());
    const clash = ids.find((id) => {
      const owner = owners.get(id);
      return owner != null && owner !== visitId;
    });
    if (clash) throw new Rejection(`${what} ${clash} belongs to another visit`);
    items.forEach((item, i) => {
      owners.set(ids[i], visitId);
      rows.set(ids[i], { visitId, row: item });
    });
  }

  private remove<T>(table: OwnedTable, rows: Map<string, Owned<T>>, visitId: string, rawId: string) {
    const id = rawId.toLowerCase();
    // Another visit's row is left alone, as DELETE … WHERE visit_id = this visit would.
    if (this.owners[table].get(id) !== visitId) return;
    this.owners[table].set(id, null);
    rows.set(id, { visitId, row: null });
  }
}

/** The visit each id is filed under now, or null for ids not in the table. */
async function currentOwners(tx: Queryable, table: OwnedTable, ids: string[]): Promise<Map<string, string | null>> {
  const owners = new Map<string, string | null>(ids.map((id) => [id, null]));
  if (ids.length === 0) return owners;
  const rows = await tx.query<{ id: string; visit_id: string }>(
    `SELECT id::text AS id, visit_id FROM ${table} WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  for (const r of rows) owners.set(r.id, r.visit_id);
  return owners;
}
