import type { DBCore, DBCoreMutateRequest } from 'dexie';
import type { HeadcountDb } from '../../src/store';

export function quotaExceeded(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

/**
 * Makes writes to `table` fail inside IndexedDB's pipeline (a Dexie DBCore middleware), the way a
 * full disk does: `failFrom` = the 1-based write from which failures start.
 */
export function failWritesTo(db: HeadcountDb, table: string, opts: { failFrom?: number; error?: () => unknown } = {}): void {
  const { failFrom = 1, error = quotaExceeded } = opts;
  let writes = 0;
  db.use({
    stack: 'dbcore',
    name: `fail-${table}`,
    create(down: DBCore): DBCore {
      return {
        ...down,
        table(name: string) {
          const t = down.table(name);
          if (name !== table) return t;
          return {
            ...t,
            mutate(req: DBCoreMutateRequest) {
              writes += 1;
              return writes >= failFrom ? Promise.reject(error()) : t.mutate(req);
            },
          };
        },
      };
    },
  });
}
