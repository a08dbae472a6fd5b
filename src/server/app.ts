import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AuthEnv } from './auth/middleware';
import { deviceGate } from './auth/revocation';
import type { Db } from './db/db';
import { auditTrail } from './http/audit-trail';
import { errorBody, HttpError } from './http/errors';
import { securityHeaders } from './http/security-headers';
import { serveApp } from './http/static';
import { protocolGate } from './http/protocol-gate';
import { adminRoutes } from './routes/admin';
import { healthRoutes } from './routes/health';
import { scheduleRoutes } from './routes/schedule';
import { sessionRoutes } from './routes/session';
import { supervisorRoutes } from './routes/supervisor';
import { syncRoutes } from './routes/sync';
import { visitRoutes } from './routes/visits';
import { evidenceRoutes } from './routes/evidence';
import { deviceKeyRoutes } from './routes/device-key';

/** A full push is 100 mutations of up to 500 workers; 10 MB holds that with room to spare. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface AppOptions {
  db: Db;
  /** The built client (vite build); omitted in API-only tests. */
  distDir?: string;
}

export function createApp({ db, distDir }: AppOptions) {
  const app = new Hono<AuthEnv>();
  app.use('*', securityHeaders);

  const api = new Hono<AuthEnv>();
  api.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json({ error: 'payload_too_large', message: `Request body over ${MAX_BODY_BYTES} bytes` }, 413),
    }),
  );
  // Registers and findings name workers: no browser or proxy may keep a copy on disk.
  api.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  // A revoked phone is told so before anything else, even an app too old for this server.
  api.use('*', deviceGate(db));
  api.use('*', protocolGate);
  api.use('*', auditTrail(db));
  // Each group checks the session itself, so an unknown /api path is a 404, not a 401.
  api.route('/', healthRoutes(db));
  api.route('/', sessionRoutes(db));
  api.route('/', deviceKeyRoutes(db));
  api.route('/visits', visitRoutes(db));
  api.route('/sync', syncRoutes(db));
  api.route('/penalty-schedule', scheduleRoutes(db));
  api.route('/supervisor', adminRoutes(db));
  api.route('/supervisor', supervisorRoutes(db));
  api.route('/', evidenceRoutes(db));
  api.all('*', (c) => c.json({ error: 'not_found', message: `No API route ${c.req.method} ${c.req.path}` }, 404));
  app.route('/api', api);

  if (distDir) app.get('*', serveApp(distDir));
  app.notFound((c) => c.json({ error: 'not_found', message: `${c.req.path} not found` }, 404));

  app.onError((err, c) => {
    if (err instanceof HttpError) return c.json(errorBody(err), err.status);
    console.error(`${c.req.method} ${c.req.path} failed:`, err);
    return c.json({ error: 'internal', message: 'Internal server error' }, 500);
  });
  return app;
}
