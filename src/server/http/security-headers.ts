import type { Context, MiddlewareHandler } from 'hono';

/**
 * Everything the app loads comes from this origin, and no script runs unless it is a file from it:
 * script-src has no 'unsafe-inline' (the built index.html has no inline script). style-src keeps
 * 'unsafe-inline' because Preact sets `style` attributes; a style cannot run code. blob: images are
 * the ID-card photos shown before upload. frame-ancestors repeats X-Frame-Options for browsers
 * that only read CSP.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The camera takes ID-card and evidence photos, geolocation stamps them; nothing needs the microphone. */
export const PERMISSIONS_POLICY = 'camera=(self), geolocation=(self), microphone=()';

/** A year, the usual minimum for HSTS preload lists. */
export const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * HSTS only over https: sent over plain http (a LAN install, the tests) it is ignored by browsers at
 * best. Behind a TLS-terminating proxy the proxy says so in X-Forwarded-Proto; FORCE_HSTS=1 sends it always.
 */
function servedOverHttps(c: Context): boolean {
  if (process.env.FORCE_HSTS && process.env.FORCE_HSTS !== '0' && process.env.FORCE_HSTS !== 'false') return true;
  const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return proto === 'https' || new URL(c.req.url).protocol === 'https:';
}

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('X-Frame-Options', 'DENY');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  c.header('Permissions-Policy', PERMISSIONS_POLICY);
  c.header('Cross-Origin-Opener-Policy', 'same-origin');
  if (servedOverHttps(c)) c.header('Strict-Transport-Security', HSTS);
};
