/**
 * Child process: the real server (createApp on @hono/node-server) on loopback, on PostgreSQL or
 * PGlite, for the soak and the load benchmark. Run apart from the clients so it has its own event
 * loop and core, and so a restart is a real stop: connections cut, database closed, process gone.
 * Driven over IPC by spawn-server.ts.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../../src/server/app';
import { openDb } from '../../src/server/db/db';
import { runMigrations } from '../../src/server/db/migrations';
import { createFieldTeam, type FieldTeam, type FieldTeamSpec } from './field-team';

export interface ServerProcessConfig {
  database: { kind: 'postgres'; url: string; poolSize?: number } | { kind: 'pglite'; dataDir?: string };
  /** 0 picks a free port. */
  port: number;
  /** Created when the database has no users yet. */
  team?: FieldTeamSpec;
}

export type ToServer = { type: 'query'; id: number; sql: string; params?: unknown[] } | { type: 'stop' };
export type FromServer =
  | { type: 'ready'; port: number; team: FieldTeam | null }
  | { type: 'rows'; id: number; rows?: unknown[]; error?: string }
  | { type: 'stopped' };

const send = (m: FromServer) => process.send!(m);

async function main() {
  const config = JSON.parse(process.env.HEADCOUNT_SERVER_CONFIG ?? '{}') as ServerProcessConfig;
  const d = config.database;
  const db = await openDb(d.kind === 'postgres' ? { databaseUrl: d.url, poolSize: d.poolSize } : { dataDir: d.dataDir });
  await runMigrations(db);
  const fresh = (await db.query('SELECT 1 FROM users LIMIT 1')).length === 0;
  const team = config.team && fresh ? await createFieldTeam(db, config.team) : null;

  const app = createApp({ db });
  let inFlight = 0;
  let onIdle: (() => void) | null = null;
  const fetch = async (req: Request) => {
    inFlight++;
    try {
      return await app.fetch(req);
    } finally {
      if (--inFlight === 0) onIdle?.();
    }
  };
  const server = serve({ fetch, port: config.port, hostname: '127.0.0.1' }, (info: AddressInfo) => {
    send({ type: 'ready', port: info.port, team });
  });

  process.on('message', async (m: ToServer) => {
    if (m.type === 'query') {
      try {
        send({ type: 'rows', id: m.id, rows: await db.query(m.sql, m.params) });
      } catch (err) {
        send({ type: 'rows', id: m.id, error: (err as Error).message });
      }
      return;
    }
    // A restart as the field sees it: every open connection cut, requests mid-flight lose their answer.
    server.close();
    (server as unknown as { closeAllConnections(): void }).closeAllConnections();
    if (inFlight > 0) await new Promise<void>((r) => (onIdle = r));
    await db.close();
    send({ type: 'stopped' });
    process.disconnect();
  });
  process.on('disconnect', () => setTimeout(() => process.exit(0), 100).unref());
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
