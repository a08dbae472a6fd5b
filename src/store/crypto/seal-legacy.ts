import type { Table } from 'dexie';
import type { HeadcountDb } from '../db';
import { writeTx } from '../write';
import type { Sealed } from './vault';

const ALL_SEALED = 'allRowsSealed';

type LegacyRow = { plain?: unknown; sealed?: Sealed; blob?: Blob; bytes?: Sealed };

/**
 * Seals the rows an app version before encryption left in the clear (moved under `plain` by the
 * v4 upgrade). Runs after each unlock until none are left; returns how many it sealed.
 */
export async function sealLegacyRows(db: HeadcountDb): Promise<number> {
  const vault = db.requireVault();
  // Every write since v4 is sealed, so once a pass finds nothing left, later unlocks skip the scan.
  if ((await db.meta.get(ALL_SEALED))?.value === true) return 0;
  const tables = [db.details, db.registerParts, db.onsite, db.reconciliations, db.notices, db.decisions, db.outbox, db.photos] as Table<LegacyRow, any>[];
  let sealedCount = 0;
  for (const table of tables) {
    const keys = (await table.filter((r) => r.plain !== undefined).primaryKeys()) as unknown[];
    if (keys.length === 0) continue;
    const legacy = (await table.bulkGet(keys)) as (LegacyRow | undefined)[];
    const sealed = await Promise.all(
      legacy.map(async (r = {}) => ({
        sealed: await vault.seal(r.plain),
        bytes: r.blob ? await vault.sealBytes(await r.blob.arrayBuffer()) : r.bytes,
      })),
    );
    sealedCount += await writeTx(db, [table], async () => {
      // Re-read inside the write: a row synced (deleted) or edited (sealed anew) meanwhile is left alone.
      const current = await table.bulkGet(keys);
      const updates = current.flatMap((row, i) => {
        if (!row || row.plain === undefined) return [];
        const { plain: _p, blob: _b, ...rest } = row;
        return [{ ...rest, ...sealed[i], ...(sealed[i].bytes ? {} : { bytes: undefined }) }];
      });
      await table.bulkPut(updates.map((u) => stripUndefined(u)));
      return updates.length;
    });
  }
  await writeTx(db, [db.meta], () => db.meta.put({ key: ALL_SEALED, value: true }));
  return sealedCount;
}

function stripUndefined<T extends object>(row: T): T {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as T;
}
