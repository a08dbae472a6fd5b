/**
 * Starts a throw-away PostgreSQL 15 for the server tests, so every server test runs on
 * PGlite and on the real thing. TEST_DATABASE_URL skips the start and uses that server.
 * PostgreSQL refuses to run as root, so the cluster belongs to the `postgres` user.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';
import type { TestProject } from 'vitest/node';
import { freePort } from './free-port';
import type {} from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

const BIN_DIRS = ['/usr/lib/postgresql/15/bin', '/usr/local/bin', '/usr/bin'];

function findBin(name: string): string {
  for (const dir of BIN_DIRS) if (existsSync(join(dir, name))) return join(dir, name);
  throw new Error(`PostgreSQL binary ${name} not found in ${BIN_DIRS.join(', ')}; install PostgreSQL 15 or set TEST_DATABASE_URL`);
}

function asPostgres(cmd: string, args: string[]): string[] {
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]].flat() as string[] : [cmd, ...args];
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

let child: ChildProcess | undefined;
let dir: string | undefined;

export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('postgresUrl', process.env.TEST_DATABASE_URL);
    return;
  }
  dir = mkdtempSync(join(tmpdir(), 'headcount-pg-'));
  chmodSync(dir, 0o777);
  const dataDir = join(dir, 'data');
  const [initCmd, ...initArgs] = asPostgres(findBin('initdb'), ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale']);
  execFileSync(initCmd, initArgs, { stdio: 'pipe' });
  const port = await freePort();
  const [pgCmd, ...pgArgs] = asPostgres(findBin('postgres'), [
    '-D', dataDir, '-p', String(port), '-k', dir, '-h', '127.0.0.1',
    '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300',
  ]);
  child = spawn(pgCmd, pgArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => { stderr += d; });
  try {
    await waitForPort(port, 20_000);
  } catch (e) {
    throw new Error(`${(e as Error).message}\n${stderr}`);
  }
  project.provide('postgresUrl', `postgres://postgres@127.0.0.1:${port}/postgres`);
  return async () => {
    child?.kill('SIGTERM');
    await new Promise((r) => child?.once('exit', r));
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
