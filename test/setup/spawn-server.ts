import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FieldTeam } from './field-team';
import type { FromServer, ServerProcessConfig, ToServer } from './server-process';

export interface ServerProcess {
  port: number;
  baseUrl: string;
  /** The team created on first start; null when the database already had users. */
  team: FieldTeam | null;
  /** A query on the server's own database connection (PGlite lives inside the child). */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Cuts every connection, waits for requests in flight, closes the database, ends the process. */
  stop(): Promise<void>;
}

const SCRIPT = fileURLToPath(new URL('./server-process.ts', import.meta.url));

/** Starts the server in a child process; resolves once it listens. */
export function spawnServer(
  config: ServerProcessConfig,
  { startTimeoutMs = 60_000, extraExecArgv = [] }: { startTimeoutMs?: number; extraExecArgv?: string[] } = {},
): Promise<ServerProcess> {
  const child: ChildProcess = fork(SCRIPT, [], {
    // The parent's flags carry tsx's loader; extra ones are e.g. --cpu-prof to profile the server.
    execArgv: [...process.execArgv, ...extraExecArgv],
    env: { ...process.env, HEADCOUNT_SERVER_CONFIG: JSON.stringify(config) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, { resolve: (rows: unknown[]) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let stopped: (() => void) | null = null;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server process did not start within ${startTimeoutMs} ms`));
    }, startTimeoutMs);
    child.once('exit', (code) => reject(new Error(`server process exited with ${code} before it was ready`)));
    child.on('message', (m: FromServer) => {
      if (m.type === 'rows') {
        const p = pending.get(m.id);
        pending.delete(m.id);
        if (m.error !== undefined) p?.reject(new Error(m.error));
        else p?.resolve(m.rows ?? []);
      } else if (m.type === 'stopped') {
        stopped?.();
      } else if (m.type === 'ready') {
        clearTimeout(timer);
        resolve({
          port: m.port,
          baseUrl: `http://127.0.0.1:${m.port}`,
          team: m.team,
          query<T>(sql: string, params?: unknown[]) {
            const id = nextId++;
            const msg: ToServer = { type: 'query', id, sql, params };
            return new Promise<T[]>((res, rej) => {
              pending.set(id, { resolve: res as (rows: unknown[]) => void, reject: rej });
              child.send(msg);
            });
          },
          async stop() {
            if (child.exitCode !== null || !child.connected) return exited;
            const done = new Promise<void>((r) => (stopped = r));
            child.send({ type: 'stop' } satisfies ToServer);
            await Promise.race([done, exited]);
            await exited;
          },
        });
      }
    });
  });
}
