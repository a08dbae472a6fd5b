import { expect } from 'vitest';
import type { createApp } from '../../../src/server/app';
import { DEMO_PASSWORD } from '../../../src/server/seed/seed';

type App = ReturnType<typeof createApp>;

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** One JSON request against the app, without a socket. */
export async function call<T = any>(app: App, method: string, path: string, options: { token?: string; json?: unknown; body?: string; contentType?: string; headers?: Record<string, string> } = {}): Promise<Reply<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['Content-Type'] = 'application/json';
  }
  if (options.contentType) headers['Content-Type'] = options.contentType;
  const res = await app.request(path, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    /* not JSON: keep the text */
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}

const tokens = new WeakMap<App, Map<string, string>>();

/** Signs a demo user in once per app and remembers the token. */
export async function tokenFor(app: App, username: string): Promise<string> {
  let byUser = tokens.get(app);
  if (!byUser) tokens.set(app, (byUser = new Map()));
  const known = byUser.get(username);
  if (known) return known;
  const res = await call(app, 'POST', '/api/session', { json: { username, password: DEMO_PASSWORD } });
  expect(res.status).toBe(200);
  byUser.set(username, res.body.token);
  return res.body.token;
}
