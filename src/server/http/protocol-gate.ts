import type { MiddlewareHandler } from 'hono';
import { MIN_PROTOCOL_VERSION, PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../protocol';
import { HttpError } from './errors';

/**
 * Turns away an app too old (426: update, your outbox is kept) or too new for this server,
 * on every route, before anything is read or written. Requests without the header (curl,
 * health checks) pass.
 */
export const protocolGate: MiddlewareHandler = async (c, next) => {
  const raw = c.req.header(PROTOCOL_HEADER);
  if (raw !== undefined) {
    const version = Number.parseInt(raw, 10);
    if (!Number.isFinite(version) || version > PROTOCOL_VERSION) {
      throw new HttpError(400, 'unsupported_protocol', `This server speaks protocol ${PROTOCOL_VERSION}, not ${raw}`);
    }
    if (version < MIN_PROTOCOL_VERSION) {
      throw new HttpError(426, 'client_too_old', `Protocol ${version} is no longer supported; update the app`);
    }
  }
  await next();
};
