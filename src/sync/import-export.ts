import { MAX_PUSH_MUTATIONS, OutboxExport, PROTOCOL_VERSION, type ImportResult } from '../protocol';
import type { ApiClient } from './api';

export class BadExportFileError extends Error {
  override name = 'BadExportFileError';
}

/** Reads an export file's text; anything that is not a whole, valid export is refused. */
export function parseExportFile(text: string): OutboxExport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BadExportFileError('This is not a Headcount export file (not JSON).');
  }
  const parsed = OutboxExport.safeParse(json);
  if (!parsed.success) throw new BadExportFileError('This is not a complete Headcount export file.');
  return parsed.data;
}

/**
 * Pushes another device's exported work under that device's clientId, so the server's
 * exactly-once record covers it: if the original phone later syncs too, nothing doubles.
 */
export async function pushExport(api: ApiClient, file: OutboxExport): Promise<ImportResult> {
  const result: ImportResult = { applied: 0, duplicate: 0, rejected: [] };
  for (let i = 0; i < file.mutations.length; i += MAX_PUSH_MUTATIONS) {
    const batch = file.mutations.slice(i, i + MAX_PUSH_MUTATIONS);
    const res = await api.push({ protocolVersion: PROTOCOL_VERSION, clientId: file.clientId, mutations: batch });
    for (const r of res.results) {
      if (r.status === 'applied') result.applied++;
      else if (r.status === 'duplicate') result.duplicate++;
      else result.rejected.push({ id: r.id, reason: r.reason ?? 'rejected' });
    }
  }
  return result;
}
