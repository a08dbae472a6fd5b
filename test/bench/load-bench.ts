/**
 * Load benchmark of POST /api/sync/push: simulated inspectors (protocol-level clients, each its own
 * device) pushing batches at the real server in a child process, on a throw-away PostgreSQL 15 and
 * on in-memory PGlite. `runLoadBench()` prints its own table; `tsx test/bench/load-bench.ts` runs it alone.
 *
 * Target (issue "Sync that loses nothing"): ≥ 2,000 mutations/s with p99 ≤ 100 ms per push at
 * 200 concurrent clients on a 2-core box. A closed loop of 200 clients pushing with no pause can
 * only show p99 ≈ 200 / (requests per second), so the target rows pace the clients to offer
 * 2,500 mutations/s between them; the flat-out row shows the ceiling.
 */
import { pathToFileURL } from 'node:url';
import { startPgCluster } from '../setup/pg-cluster';
import { spawnServer, type ServerProcess } from '../setup/spawn-server';
import { runScenario, type LoadResult } from './load/scenario';

const TARGET_THROUGHPUT = 2000;
const TARGET_P99_MS = 100;
const INSPECTORS = 200;

interface Scenario {
  name: string;
  clients: number;
  batch: number;
  /** Mutations per second all clients together try to send; 0 = as fast as answers come. */
  offered: number;
  /** The row the issue's target is about. */
  target: boolean;
}

const SCENARIOS: Scenario[] = [
  { name: '50 clients, paced', clients: 50, batch: 10, offered: 2500, target: false },
  { name: '200 clients, paced', clients: 200, batch: 10, offered: 2500, target: true },
  { name: '200 clients, flat out', clients: 200, batch: 20, offered: 0, target: false },
];
const WARMUP_MS = 1500;
const MEASURE_MS = 6000;

interface Row extends LoadResult {
  database: string;
  scenario: Scenario;
  logged: number;
}

async function benchServer(database: string, server: ServerProcess): Promise<Row[]> {
  // Untimed: the first seconds of a fresh process pay for JIT compilation and cold caches.
  const warm = await runScenario(server.baseUrl, server.team!.inspectors, { clients: 50, batch: 10, thinkMs: 0, warmupMs: 2000, measureMs: 0 });
  const rows: Row[] = [];
  let sentSoFar = warm.sent;
  for (const scenario of SCENARIOS) {
    const thinkMs = scenario.offered > 0 ? (scenario.clients * scenario.batch * 1000) / scenario.offered : 0;
    const result = await runScenario(server.baseUrl, server.team!.inspectors, {
      clients: scenario.clients,
      batch: scenario.batch,
      thinkMs,
      warmupMs: WARMUP_MS,
      measureMs: MEASURE_MS,
    });
    sentSoFar += result.sent;
    const [{ n }] = await server.query<{ n: number }>('SELECT count(*)::int AS n FROM mutation_log');
    rows.push({ database, scenario, ...result, logged: n - (sentSoFar - result.sent) });
  }
  return rows;
}

export async function runLoadBench(): Promise<void> {
  const rows: Row[] = [];
  const team = { inspectors: INSPECTORS, visitsEach: 1 };

  const cluster = await startPgCluster();
  try {
    const server = await spawnServer({ database: { kind: 'postgres', url: cluster.url }, port: 0, team });
    try {
      rows.push(...(await benchServer('PostgreSQL 15', server)));
    } finally {
      await server.stop();
    }
  } finally {
    await cluster.stop();
  }

  const pglite = await spawnServer({ database: { kind: 'pglite' }, port: 0, team });
  try {
    rows.push(...(await benchServer('PGlite (memory)', pglite)));
  } finally {
    await pglite.stop();
  }
  console.log(table(rows));
}

function table(rows: Row[]): string {
  const n = (x: number) => Math.round(x).toLocaleString('en');
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  const lines = [
    `push load: ${INSPECTORS} inspectors, batches of 10 (flat out: 20), mix 75 % onsite.upsert / 20 % tally.set / 5 % notice.save; ` +
      `${MEASURE_MS / 1000} s measured after ${WARMUP_MS / 1000} s warm-up`,
    `target at 200 clients: ≥ ${n(TARGET_THROUGHPUT)} mutations/s and p99 ≤ ${TARGET_P99_MS} ms`,
    '',
    '| database | clients | offered | mutations/s (≥ 2,000) | p50 | p99 (≤ 100 ms) | pushes | errors | all logged once |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const s = r.scenario;
    const thr = s.target ? `${n(r.throughput)} ${mark(r.throughput >= TARGET_THROUGHPUT)}` : n(r.throughput);
    const p99 = s.target ? `${ms(r.p99)} ${mark(r.p99 <= TARGET_P99_MS)}` : ms(r.p99);
    const logged = r.logged === r.sent && r.notApplied === 0 ? `yes (${n(r.sent)})` : `NO: ${n(r.logged)} of ${n(r.sent)}, ${r.notApplied} not applied`;
    lines.push(`| ${r.database} | ${s.name} | ${s.offered ? `${n(s.offered)}/s` : 'flat out'} | ${thr} | ${ms(r.p50)} | ${p99} | ${n(r.requests)} | ${r.errors} | ${logged} |`);
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runLoadBench().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
