import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { freePort } from '../../setup/free-port';

export { freePort };

const ROOT = resolve(import.meta.dirname, '../../..');

/** The real server (`src/server/main.ts`) in a child process, on PGlite in a temp folder that survives restarts. */
export class ServerProcess {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'headcount-e2e-'));
  private child: ChildProcess | null = null;
  output = '';
  constructor(readonly port: number, private readonly distDir?: string) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(this.port), HOST: '127.0.0.1', DATA_DIR: this.dataDir, DATABASE_URL: '', ...(this.distDir ? { DIST_DIR: this.distDir } : {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.on('data', (d) => { this.output += d; });
    this.child.stderr?.on('data', (d) => { this.output += d; });
    const until = Date.now() + 90_000;
    while (Date.now() < until) {
      if (this.child.exitCode !== null) throw new Error(`server exited early:\n${this.output}`);
      try {
        const res = await fetch(`${this.url}/api/health`);
        if (res.ok) return;
      } catch {
        /* not listening yet */
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`server did not answer /api/health in time:\n${this.output}`);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timeout = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timeout);
    this.child = null;
  }

  /** Stops the server, runs `check` on its database directly, and starts it again. */
  async inspectDatabase<T>(check: (db: PGlite) => Promise<T>): Promise<T> {
    await this.stop();
    const db = new PGlite(this.dataDir);
    try {
      return await check(db);
    } finally {
      await db.close();
      await this.start();
    }
  }

  cleanup(): void {
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
