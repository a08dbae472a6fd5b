import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { ApiError } from '../../protocol';

/** Thrown anywhere in a route; the app's error handler turns it into an ApiError JSON body. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new HttpError(404, 'not_found', `${what} not found`);

export function issuesOf(error: z.ZodError): NonNullable<ApiError['issues']> {
  return error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: i.message,
  }));
}

export function invalid(error: z.ZodError, what = 'request body'): HttpError {
  const issues = issuesOf(error);
  const first = issues[0];
  const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
  return new HttpError(400, 'invalid_request', `Invalid ${what}${where}: ${first?.message ?? 'unknown problem'}`, { issues });
}

/** Reads and validates a JSON body; malformed JSON and schema failures are both a 400. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const raw = await readRawJson(c);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error);
  return parsed.data;
}

export async function readRawJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new HttpError(400, 'invalid_request', 'Request body is not valid JSON', { issues: [] });
  }
}

export function errorBody(err: HttpError): ApiError & Record<string, unknown> {
  return { error: err.code, message: err.message, ...err.extra };
}
