import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { forEachDatabase } from './helpers/databases';
import { call } from './helpers/http';

const dist = mkdtempSync(join(tmpdir(), 'headcount-dist-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Headcount</title>');
writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
writeFileSync(join(dist, 'manifest.webmanifest'), '{}');

forEachDatabase(
  'serving the built app',
  (t) => {
    it('serves index.html at / and for client routes, never cached stale', async () => {
      for (const path of ['/', '/visits/visit-2026-0101']) {
        const res = await call(t.app, 'GET', path);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/text\/html/);
        expect(res.headers.get('cache-control')).toBe('no-cache');
        expect(res.body).toContain('<title>Headcount</title>');
      }
    });

    it('serves the service worker with no-cache and hashed assets as immutable', async () => {
      const sw = await call(t.app, 'GET', '/sw.js');
      expect(sw.headers.get('cache-control')).toBe('no-cache');
      expect(sw.headers.get('content-type')).toMatch(/javascript/);
      const asset = await call(t.app, 'GET', '/assets/index-abc123.js');
      expect(asset.headers.get('cache-control')).toContain('immutable');
    });

    it('answers 404 for a missing asset instead of HTML, and never leaves the dist folder', async () => {
      expect((await call(t.app, 'GET', '/assets/index-gone.js')).status).toBe(404);
      expect((await call(t.app, 'GET', '/assets/..%2f..%2f..%2f..%2fetc%2fpasswd')).status).toBe(404);
      const dotted = await call(t.app, 'GET', '/%2e%2e/%2e%2e/etc/passwd');
      expect(dotted.body).not.toContain('root:');
      expect((await call(t.app, 'GET', '/api/unknown')).status).toBe(404);
    });

    it('adds the security headers to static files', async () => {
      const res = await call(t.app, 'GET', '/');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('content-security-policy')).toContain("worker-src 'self'");
    });
  },
  { seed: false, distDir: dist },
);
