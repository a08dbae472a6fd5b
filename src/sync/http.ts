import type { z } from 'zod';
import { CLIENT_HEADER, PROTOCOL_HEADER, PROTOCOL_VERSION } from '../protocol';
import {
  AuthExpiredError,
  ClientTooOldError,
  DeviceRevokedError,
  OfflineError,
  ProtocolError,
  ServerError,
  WrongCredentialsError,
} from './errors';

export interface ApiClientOptions {
  baseUrl?: string;
  /** The bearer token for every call but sign-in; null means signed out. */
  getToken: () => string | null | undefined | Promise<string | null | undefined>;
  /** This device's clientId, sent on every call so the server can refuse a revoked device. */
  getClientId?: () => string | null | Promise<string | null>;
  fetchImpl?: typeof fetch;
  /** A field connection can hang rather than fail; give up and count it as offline. */
  timeoutMs?: number;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A request body: JSON by default, or raw text or bytes with their content type (a CSV, a photo). */
export type Body = unknown | { raw: string | Blob; contentType: string };

export type Caller = <S extends z.ZodType>(
  schema: S,
  method: Method,
  path: string,
  body?: Body,
  authenticated?: boolean,
) => Promise<z.infer<S>>;

const DEFAULT_TIMEOUT_MS = 20_000;

function isRaw(body: Body): body is { raw: string | Blob; contentType: string } {
  return typeof body === 'object' && body !== null && 'raw' in body && 'contentType' in body;
}

/**
 * The one place requests are made: bearer token, timeout, error classes by status, and every
 * answer checked against its protocol schema.
 */
export function createCaller(options: ApiClientOptions): Caller {
  const { baseUrl = '', getToken, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  // Called through a plain function so `fetch` is never invoked with a foreign `this`.
  const doFetch: typeof fetch = options.fetchImpl ?? ((input, init) => fetch(input, init));

  return async function call(schema, method, path, body, authenticated = true) {
    const headers: Record<string, string> = { accept: 'application/json', [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) };
    let payload: string | Blob | undefined;
    if (body !== undefined) {
      headers['content-type'] = isRaw(body) ? body.contentType : 'application/json';
      payload = isRaw(body) ? body.raw : JSON.stringify(body);
    }
    const clientId = await options.getClientId?.();
    if (clientId) headers[CLIENT_HEADER] = clientId;
    if (authenticated) {
      const token = await getToken();
      if (!token) throw new AuthExpiredError('Not signed in');
      headers.authorization = `Bearer ${token}`;
    }

    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let status: number;
    let text: string;
    try {
      const res = await doFetch(baseUrl + path, { method, headers, body: payload, signal: controller.signal });
      status = res.status;
      text = await res.text();
    } catch (error) {
      throw new OfflineError(controller.signal.aborted ? `No answer within ${timeoutMs / 1000} s` : undefined, error);
    } finally {
      clearTimeout(timer);
    }

    const json = parseJson(text);
    if (status === 401 && (json as { error?: string } | undefined)?.error === 'revoked') throw new DeviceRevokedError();
    if (status === 401) throw authenticated ? new AuthExpiredError() : new WrongCredentialsError();
    if (status === 426) throw new ClientTooOldError();
    if (status < 200 || status >= 300) throw new ServerError(status, json === undefined ? text : json);

    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new ProtocolError(`Unexpected answer from ${method} ${path}`, parsed.error.issues);
    }
    return parsed.data;
  };
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
