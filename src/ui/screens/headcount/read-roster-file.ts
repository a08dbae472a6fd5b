import type { DateOrder, OnsiteWorker } from '../../../protocol';
import { decodeRosterFile } from '../../../domain/roster/decode';
import type { RosterNote } from '../../../domain/roster/errors';
import type { OnsiteRowError } from '../../../domain/roster/parse-onsite';

/** An employer's sheet is a few MB at most; a larger file is a mistake, refused before it is read. */
export const MAX_ROSTER_BYTES = 10 * 1024 * 1024;

export type RosterFileResult =
  | { kind: 'unreadable'; error: 'empty' | 'too_large' | 'not_utf8' | 'binary'; maxBytes: number }
  | { kind: 'parsed'; workers: OnsiteWorker[]; errors: OnsiteRowError[]; notes: RosterNote[]; columns: string[]; titleRows: number; totalRows: number; placeholderRows: number; dateOrder: DateOrder };

export async function readRosterFile(file: File, visitId: string): Promise<RosterFileResult> {
  if (file.size > MAX_ROSTER_BYTES) return { kind: 'unreadable', error: 'too_large', maxBytes: MAX_ROSTER_BYTES };
  const decoded = decodeRosterFile(new Uint8Array(await file.arrayBuffer()), MAX_ROSTER_BYTES);
  if (!decoded.ok) return { kind: 'unreadable', error: decoded.error, maxBytes: MAX_ROSTER_BYTES };
  // The CSV parser loads only when a sheet is imported.
  const { onsiteWorkerFromRow, parseOnsiteCsv } = await import('../../../domain/roster/parse-onsite');
  const parsed = parseOnsiteCsv(decoded.text);
  const recordedAt = new Date().toISOString();
  const workers = parsed.rows.map((r) => onsiteWorkerFromRow(r, crypto.randomUUID(), visitId, recordedAt));
  return { kind: 'parsed', workers, errors: parsed.errors, notes: parsed.notes, columns: parsed.columns, titleRows: parsed.titleRows, totalRows: parsed.totalRows, placeholderRows: parsed.placeholderRows, dateOrder: parsed.dateOrder };
}
