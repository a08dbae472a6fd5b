/**
 * A throw-away PostgreSQL 15 cluster on loopback in a temp dir, for the server tests, the load
 * benchmark and anything else that needs the real thing. PostgreSQL refuses to run as root, so
 * the cluster then belongs to the `postgres` user (via runuser).
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

const BIN_DIRS = ['/usr/lib/postgresql/15/bin', '/usr/local/bin', '/usr/bin'];

export interface PgCluster {
  /** postgres://postgres@127.0.0.1:PORT/postgres */
  url: string;
  stop(): Promise<void>;
}

export interface PgClusterOptions {
  /** Extra `-c name=value` settings. */
  settings?: Record<string, string | number>;
}

function findBin(name: string): string {
  for (const dir of BIN_DIRS) if (existsSync(join(dir, name))) return join(dir, name);
  throw new Error(`PostgreSQL binary ${name} not found in ${BIN_DIRS.join(', ')}; install PostgreSQL 15 or set TEST_DATABASE_URL`);
}

function asPostgres(cmd: string, args: string[]): string[] {
  return process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--', cmd, ...args] : [cmd, ...args];
}

async function waitForPort(port: number, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const ok = await new Promise<boolean>((res) => {
      const s = net.connect(port, '127.0.0.1', () => { s.end(); res(true); });
      s.on('error', () => res(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`PostgreSQL did not open port ${port} within ${ms} ms`);
}

/** Durability is off: these clusters hold test data and are deleted on stop. */
const DEFAULT_SETTINGS = { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: 300 };

export async function startPgCluster(options: PgClusterOptions = {}): Promise<PgCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'headcount-pg-'));
  chmodSync(dir, 0o777);
  const dataDir = join(dir, 'data');
  const [initCmd, ...initArgs] = asPostgres(findBin('initdb'), ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale']);
  execFileSync(initCmd, initArgs, { stdio: 'pipe' });
  const port = await freePort();
  const settings = Object.entries({ ...DEFAULT_SETTINGS, ...options.settings }).flatMap(([k, v]) => ['-c', `${k}=${v}`]);
  const [pgCmd, ...pgArgs] = asPostgres(findBin('postgres'), ['-D', dataDir, '-p', String(port), '-k', dir, '-h', '127.0.0.1', ...settings]);
  const child = spawn(pgCmd, pgArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => { stderr += d; });
  const exited = new Promise((r) => child.once('exit', r));
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForPort(port, 20_000);
  } catch (e) {
    await stop();
    throw new Error(`${(e as Error).message}\n${stderr}`);
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
}
