import { afterEach, expect, it, vi } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/server/app';
import { forEachDatabase } from './helpers/databases';
import { call } from './helpers/http';

const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

forEachDatabase(
  'security headers',
  (t) => {
    afterEach(() => vi.unstubAllEnvs());

    it('allows scripts only from this origin: no inline script, no eval, no plugins, no framing', async () => {
      const csp = directives((await call(t.app, 'GET', '/api/health')).headers.get('content-security-policy')!);
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      // Preact writes style attributes; styles cannot run code, so style-src keeps 'unsafe-inline'.
      expect(csp.get('style-src')).toContain("'unsafe-inline'");
    });

    it('sets nosniff, frame denial, permissions and opener policy on answers, errors and refusals alike', async () => {
      const answers = [
        await call(t.app, 'GET', '/api/health'),
        await call(t.app, 'GET', '/api/visits'),
        await call(t.app, 'GET', '/api/nothing-here'),
        await call(t.app, 'POST', '/api/session', { body: 'x'.repeat(MAX_BODY_BYTES + 1), contentType: 'application/json' }),
      ];
      expect(answers.map((a) => a.status)).toEqual([200, 401, expect.any(Number), 413]);
      for (const { headers } of answers) {
        expect(headers.get('x-content-type-options')).toBe('nosniff');
        expect(headers.get('x-frame-options')).toBe('DENY');
        expect(headers.get('permissions-policy')).toBe('camera=(self), geolocation=(self), microphone=()');
        expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
        expect(headers.get('content-type')).toMatch(/^application\/json/);
      }
    });

    it('sends Strict-Transport-Security only over https, or when FORCE_HSTS says so', async () => {
      expect((await call(t.app, 'GET', '/api/health')).headers.get('strict-transport-security')).toBeNull();
      const proxied = await call(t.app, 'GET', '/api/health', { headers: { 'x-forwarded-proto': 'https' } });
      expect(proxied.headers.get('strict-transport-security')).toMatch(/^max-age=31536000/);
      const direct = await t.app.request('https://headcount.example/api/health');
      expect(direct.headers.get('strict-transport-security')).toMatch(/^max-age=/);
      vi.stubEnv('FORCE_HSTS', '1');
      expect((await call(t.app, 'GET', '/api/health')).headers.get('strict-transport-security')).toMatch(/^max-age=/);
    });
  },
  { seed: false },
);
