/**
 * `tsx src/server/main.ts`: one process serving the API and the built app.
 * PORT (8080), HOST (0.0.0.0), DATABASE_URL (PostgreSQL) or else PGlite in DATA_DIR (./data/pglite),
 * DIST_DIR (./dist) for the built app.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { openDb } from './db/db';
import { runMigrations } from './db/migrations';
import { DEMO_PASSWORD, DEMO_USERS, hasUsers, seedDemo } from './seed/seed';

async function main() {
  const port = Number(process.env.PORT ?? 8080);
  const host = process.env.HOST ?? '0.0.0.0';
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const dataDir = databaseUrl ? undefined : resolve(process.env.DATA_DIR ?? './data/pglite');

  const db = await openDb({ databaseUrl, dataDir });
  const applied = await runMigrations(db);
  if (applied.length > 0) console.log(`Applied migrations: ${applied.join(', ')}`);
  if (!(await hasUsers(db))) {
    const started = Date.now();
    const s = await seedDemo(db);
    if (s) console.log(`Seeded demo data: ${s.employers} employers, ${s.workers} registered workers, ${s.visits} visits (${Date.now() - started} ms)`);
  }

  const distDir = resolve(process.env.DIST_DIR ?? 'dist');
  if (!existsSync(resolve(distDir, 'index.html'))) console.warn('No dist/index.html: run `npm run build` to serve the app; the API works without it.');
  const app = createApp({ db, distDir });
  const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
    const shown = host === '0.0.0.0' ? 'localhost' : host;
    console.log(`Headcount server on http://${shown}:${info.port} (database: ${db.kind}${dataDir ? ` in ${dataDir}` : ''})`);
    console.log(`Demo logins (password ${DEMO_PASSWORD}): ${DEMO_USERS.map((u) => u.username).join(', ')}`);
    console.log('Inspectors choose a PIN of 6-12 digits at their first sign-in on a phone; it unlocks the encrypted data offline.');
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    // Stop accepting, let in-flight requests finish, then close the database so PGlite flushes.
    server.close(async () => {
      await db.close();
      process.exit(0);
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
