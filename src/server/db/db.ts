/**
 * The server's one door to SQL. Both adapters speak plain PostgreSQL with $1 parameters,
 * so every query is written once and runs on PGlite (one-box installs, tests) and PostgreSQL.
 */
export type DbKind = 'pglite' | 'postgres';

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
  readonly kind: DbKind;
  /** Runs fn inside BEGIN/COMMIT; any throw rolls back and is rethrown. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenDbOptions {
  /** postgres://… ; when set, PostgreSQL is used. */
  databaseUrl?: string;
  /** PGlite data directory; undefined means in-memory (tests). */
  dataDir?: string;
  /** PostgreSQL only: connections in the pool. */
  poolSize?: number;
}

export async function openDb(options: OpenDbOptions): Promise<Db> {
  if (options.databaseUrl) {
    const { openPostgres } = await import('./postgres');
    return openPostgres(options.databaseUrl, { poolSize: options.poolSize });
  }
  const { openPglite } = await import('./pglite');
  return openPglite(options.dataDir);
}
