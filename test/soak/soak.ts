/**
 * `npm run --silent soak -- [--json]`: many clients, the real sync engine among them, syncing
 * through a fault-injecting proxy to the real server (PGlite on disk, in a child process) that is
 * also restarted mid-run; then the server's database is searched for every mutation intended.
 * Loopback only, bounded by a hard 60 s limit. Exit code 1 if anything was lost, applied twice or
 * applied out of order; 2 on timeout.
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../../src/server/db/db';
import { pickKind } from '../bench/load/mutations';
import { freePort } from '../setup/free-port';
import { spawnServer, type ServerProcess } from '../setup/spawn-server';
import { countDelivered } from './count';
import { engineClient } from './engine-client';
import { startFaultProxy } from './fault-proxy';
import { Ledger } from './ledger';
import { lightClient } from './light-client';
import type { SoakClient } from './soak-client';

const HARD_LIMIT_MS = 60_000;
const DRAIN_LIMIT_MS = 15_000;
const ENGINE_CLIENTS = 40;
const ENGINE_WRITES = 130;
const LIGHT_CLIENTS = 60;
const LIGHT_WRITES = 110;
const FAULT_RATE = 0.15;
/** Shorter than a phone's 20 s so hung requests resolve within the time box. */
const CLIENT_TIMEOUT_MS = 1500;
const HANG_MS = 2500;
const SLOW_MS = 2000;
/** Server restarts, in ms after the load starts. */
const RESTARTS_AT = [4000, 11_000];
/** When the supervisor withdraws and reassigns visits the clients are still writing to. */
const REASSIGN_AT = 7000;

const json = process.argv.includes('--json');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const rand = (n: number) => Math.floor(Math.random() * n);

async function main() {
  const started = Date.now();
  const hardStop = setTimeout(() => {
    console.log(JSON.stringify({ error: `soak did not finish within ${HARD_LIMIT_MS / 1000} s` }));
    process.exit(2);
  }, HARD_LIMIT_MS);

  const dataDir = mkdtempSync(join(tmpdir(), 'headcount-soak-'));
  const port = await freePort();
  const pglite = { kind: 'pglite' as const, dataDir };
  let server: ServerProcess = await spawnServer({ database: pglite, port, team: { inspectors: ENGINE_CLIENTS + LIGHT_CLIENTS, visitsEach: 2 } });
  const team = server.team!;
  const proxy = await startFaultProxy({ targetPort: port, rate: FAULT_RATE, hangMs: HANG_MS, slowMs: SLOW_MS });
  const baseUrl = `http://127.0.0.1:${proxy.port}`;
  const ledger = new Ledger();
  const bugs: string[] = [];

  const clients: Array<{ client: SoakClient; visits: string[]; writes: number }> = [];
  for (const [i, inspector] of team.inspectors.entries()) {
    const engine = i < ENGINE_CLIENTS;
    const client = engine
      ? await engineClient(`soak-client-${i}`, inspector, baseUrl, CLIENT_TIMEOUT_MS, ledger)
      : lightClient(inspector, baseUrl, CLIENT_TIMEOUT_MS, ledger);
    clients.push({ client, visits: inspector.visitIds, writes: engine ? ENGINE_WRITES : LIGHT_WRITES });
  }
  const setupMs = Date.now() - started;

  // Write in bursts, sometimes syncing in the background while writing on, as an inspector does.
  const drive = async ({ client, visits, writes }: (typeof clients)[number]) => {
    for (let w = 0; w < writes; ) {
      for (let burst = 1 + rand(12); burst > 0 && w < writes; burst--, w++) await client.write(pickKind(Math.random()), visits[rand(visits.length)]);
      const sync = client.sync().catch((err) => void bugs.push(String(err)));
      if (Math.random() < 0.6) await sync;
      await sleep(rand(20));
    }
  };

  let restarts = 0;
  let reassigned = 0;
  const loadStarted = Date.now();
  const chaos = (async () => {
    const events = [...RESTARTS_AT.map((at) => ({ at, what: 'restart' })), { at: REASSIGN_AT, what: 'reassign' }].sort((a, b) => a.at - b.at);
    for (const e of events) {
      await sleep(Math.max(0, loadStarted + e.at - Date.now()));
      if (e.what === 'restart') {
        await server.stop();
        server = await spawnServer({ database: pglite, port });
        restarts++;
      } else {
        reassigned = await changeAssignments(`http://127.0.0.1:${port}`, team);
      }
    }
  })();
  await Promise.all(clients.map(drive));
  const loadMs = Date.now() - loadStarted;
  await chaos;

  // Drain: every client syncs until its outbox is empty; the faults go on.
  const drainUntil = Date.now() + DRAIN_LIMIT_MS;
  await Promise.all(
    clients.map(async ({ client }) => {
      while ((await client.pending()) > 0 && Date.now() < drainUntil) {
        if (!(await client.sync().catch((err) => void bugs.push(String(err))))) await sleep(50 + rand(100));
      }
    }),
  );
  let unsent = 0, parked = 0;
  for (const { client } of clients) {
    unsent += await client.pending();
    parked += await client.rejected();
    await client.close();
  }
  const totalMs = Date.now() - started;

  await proxy.close();
  await server.stop();
  const db = await openDb({ dataDir });
  const verdict = await countDelivered(db, ledger);
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
  clearTimeout(hardStop);

  const injected = Object.entries(proxy.counts).filter(([k]) => k !== 'server-down').reduce((n, [, v]) => n + v, 0);
  const summary = {
    clients: clients.length,
    mutations: verdict.intended,
    faults: injected + restarts,
    delivered: verdict.delivered,
    duplicates: verdict.duplicates,
    lost: verdict.lost,
  };
  const ok = verdict.lost === 0 && verdict.duplicates === 0 && verdict.tallyOrder === 0 && verdict.logOrder === 0 && verdict.unexpected === 0 && bugs.length === 0;
  if (json) console.log(JSON.stringify(summary));
  else {
    console.log(`soak: ${summary.clients} clients (${ENGINE_CLIENTS} on the real Dexie engine, ${LIGHT_CLIENTS} protocol-level), ${summary.mutations.toLocaleString('en')} mutations`);
    console.log(`time: ${(totalMs / 1000).toFixed(1)} s (setup ${(setupMs / 1000).toFixed(1)} s, writing ${(loadMs / 1000).toFixed(1)} s, then drain), ${proxy.requests.toLocaleString('en')} requests through the proxy`);
    console.log(`faults: ${summary.faults} = ${Object.entries(proxy.counts).filter(([k]) => k !== 'server-down').map(([k, v]) => `${k} ${v}`).join(', ')}, server restarts ${restarts}`);
    console.log(`        plus ${proxy.counts['server-down']} requests refused while the server was down; ${reassigned} visits withdrawn or reassigned mid-run`);
    console.log(`server database: delivered ${verdict.delivered.toLocaleString('en')}, lost ${verdict.lost}, duplicates ${verdict.duplicates}, ` +
      `tallies out of order ${verdict.tallyOrder}, clients logged out of order ${verdict.logOrder}, unexpected rows ${verdict.unexpected}`);
    console.log(`clients: ${unsent} still unsent after the drain, ${parked} parked as rejected${bugs.length ? `; errors: ${bugs.slice(0, 3).join(' | ')}` : ''}`);
    console.log(ok ? 'OK: exactly once' : 'FAILED');
  }
  process.exit(ok ? 0 : 1);
}

/** A tenth of the team's second visits withdrawn and a tenth reassigned to a colleague, while their inspectors keep working on them. */
async function changeAssignments(serverUrl: string, team: NonNullable<ServerProcess['team']>): Promise<number> {
  const tenth = Math.max(1, Math.floor(team.inspectors.length / 10));
  const changes = team.inspectors.slice(0, 2 * tenth).map((inspector, i) => ({
    visitId: inspector.visitIds[1],
    body: i < tenth ? { status: 'withdrawn' } : { inspectorUsername: team.inspectors[(i + 1) % team.inspectors.length].username },
  }));
  let done = 0;
  for (const change of changes) {
    const res = await fetch(`${serverUrl}/api/supervisor/visits/${change.visitId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${team.supervisorToken}` },
      body: JSON.stringify(change.body),
    });
    if (res.ok) done++;
  }
  return done;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
