import pg from 'pg';
import type { Db, Queryable } from './db';
import { DATE_OID, INT8_OID, parseDate, parseInt8 } from './type-parsers';

const typeParsers = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID) return parseInt8;
    if (oid === DATE_OID) return parseDate;
    return pg.types.getTypeParser(oid, format);
  },
};

/**
 * Connections per server process. A push holds one for its whole batch; on a small box more
 * connections than this only add PostgreSQL backends competing with Node for the same cores.
 * PG_POOL_MAX overrides it for a bigger database host.
 */
export const DEFAULT_POOL_SIZE = 10;

export interface PostgresOptions {
  poolSize?: number;
}

/** PostgreSQL through a pg Pool; a transaction holds one pooled client from BEGIN to COMMIT. */
export async function openPostgres(connectionString: string, options: PostgresOptions = {}): Promise<Db> {
  const max = options.poolSize ?? (Number(process.env.PG_POOL_MAX) || DEFAULT_POOL_SIZE);
  const pool = new pg.Pool({ connectionString, types: typeParsers as pg.CustomTypesConfig, max });
  // An idle client losing its connection emits 'error' on the pool; without a listener Node exits.
  pool.on('error', (err) => console.error('postgres pool error:', err.message));
  const wrap = (q: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await q.query(sql, params);
      return result.rows as T[];
    },
  });
  const self = wrap(pool);
  return {
    kind: 'postgres',
    query: self.query,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
