/**
 * The soak's verdict, read from the server's database alone, never from what clients believe:
 * each intended marker is looked up among the applied mutation_log rows and the effect tables.
 */
import type { Queryable } from '../../src/server/db/db';
import type { Ledger } from './ledger';

export interface Verdict {
  intended: number;
  delivered: number;
  duplicates: number;
  lost: number;
  /** Visits whose final tally is not the last count their client set: applied out of order. */
  tallyOrder: number;
  /** Clients whose log rows were not written in mutation id order. */
  logOrder: number;
  /** Applied log rows or effect rows carrying no intended marker: invented by the system. */
  unexpected: number;
}

export async function countDelivered(db: Queryable, ledger: Ledger): Promise<Verdict> {
  let delivered = 0, duplicates = 0, unexpected = 0;
  const tally = (intended: Set<string>, logged: Map<string, number>, effect: Map<string, number> | null) => {
    for (const marker of intended) {
      const times = logged.get(marker) ?? 0;
      const rows = effect ? (effect.get(marker) ?? 0) : times;
      if (times >= 1 && rows >= 1) delivered++;
      if (times > 1 || rows > 1) duplicates++;
    }
    for (const marker of logged.keys()) if (!intended.has(marker)) unexpected++;
    for (const marker of effect?.keys() ?? []) if (!intended.has(marker)) unexpected++;
  };
  const counted = async (sql: string) =>
    new Map((await db.query<{ marker: string; n: number }>(sql)).map((r) => [r.marker, Number(r.n)]));

  tally(
    ledger.onsite,
    await counted(`SELECT payload->'worker'->>'id' AS marker, count(*) AS n FROM mutation_log WHERE type = 'onsite.upsert' AND status = 'applied' GROUP BY 1`),
    await counted(`SELECT id::text AS marker, count(*) AS n FROM onsite_workers GROUP BY 1`),
  );
  tally(
    ledger.notices,
    await counted(`SELECT payload->'notice'->>'id' AS marker, count(*) AS n FROM mutation_log WHERE type = 'notice.save' AND status = 'applied' GROUP BY 1`),
    await counted(`SELECT id::text AS marker, count(*) AS n FROM notices GROUP BY 1`),
  );
  tally(
    ledger.tallies,
    await counted(`SELECT client_id::text || ':' || (payload->>'count') AS marker, count(*) AS n FROM mutation_log WHERE type = 'tally.set' AND status = 'applied' GROUP BY 1`),
    null,
  );

  const finals = await db.query<{ visit_id: string; count: number }>('SELECT visit_id, count FROM tallies');
  const final = new Map(finals.map((r) => [r.visit_id, Number(r.count)]));
  let tallyOrder = 0;
  for (const [visitId, count] of ledger.lastTally) if (final.get(visitId) !== count) tallyOrder++;

  const [{ n: logOrder }] = await db.query<{ n: number }>(
    `SELECT count(DISTINCT client_id) AS n FROM (
       SELECT client_id, id, lag(id) OVER (PARTITION BY client_id ORDER BY mutation_id) AS prev FROM mutation_log) x
      WHERE prev > id`,
  );
  return { intended: ledger.size, delivered, duplicates, lost: ledger.size - delivered, tallyOrder, logOrder: Number(logOrder), unexpected };
}
