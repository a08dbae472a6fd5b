import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The address a request came from, for the sign-in throttle and the audit log.
 *
 * X-Forwarded-For is written by whoever sends the request, so it is believed only when
 * TRUSTED_PROXY says how many proxies of ours stand in front ("1", or "true" for one): each
 * appends the address it saw, so the entry that many places from the right is the one our
 * outermost proxy saw; anything left of it is the client's own claim. Without TRUSTED_PROXY,
 * the socket's address. 'unknown' when there is no socket (app.request in tests).
 */
export function clientIp(c: Context): string {
  const hops = trustedHops();
  if (hops > 0) {
    const chain = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (chain.length > 0) return chain[Math.max(0, chain.length - hops)].slice(0, 64);
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function trustedHops(): number {
  const raw = process.env.TRUSTED_PROXY?.trim().toLowerCase();
  if (!raw || raw === 'false' || raw === '0') return 0;
  if (raw === 'true') return 1;
  const n = Number.parseInt(raw, 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
}
