/**
 * Every server test runs twice: on in-memory PGlite and on the real PostgreSQL that
 * test/setup/postgres.ts starts. Each file gets its own PostgreSQL database, so files run in parallel.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { createApp } from '../../../src/server/app';
import { openDb, type Db, type DbKind } from '../../../src/server/db/db';
import { runMigrations } from '../../../src/server/db/migrations';
import { seedDemo } from '../../../src/server/seed/seed';

export const DATABASE_KINDS: DbKind[] = ['pglite', 'postgres'];

export interface TestDatabase {
  db: Db;
  drop(): Promise<void>;
}

/** A fresh, empty database of the given kind (not migrated). */
export async function createTestDatabase(kind: DbKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const db = await openDb({});
    return { db, drop: () => db.close() };
  }
  const adminUrl = inject('postgresUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openDb({ databaseUrl: url.toString() });
  return {
    db,
    async drop() {
      await db.close();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface TestServer {
  kind: DbKind;
  db: Db;
  app: ReturnType<typeof createApp>;
}

export interface ServerOptions {
  /** Fill with the demo data (default true). */
  seed?: boolean;
  distDir?: string;
}

/**
 * describe.each over both databases. The callback receives an object whose fields are
 * filled in beforeAll, so read them inside tests, not while declaring them.
 */
export function forEachDatabase(title: string, body: (t: TestServer) => void, options: ServerOptions = {}) {
  describe.each(DATABASE_KINDS)(`${title} [%s]`, (kind) => {
    const t = { kind } as TestServer;
    let handle: TestDatabase | undefined;
    beforeAll(async () => {
      handle = await createTestDatabase(kind);
      await runMigrations(handle.db);
      if (options.seed !== false) await seedDemo(handle.db);
      t.db = handle.db;
      t.app = createApp({ db: handle.db, distDir: options.distDir });
    });
    afterAll(async () => {
      await handle?.drop();
    });
    body(t);
  });
}
