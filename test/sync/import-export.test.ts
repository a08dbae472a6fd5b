import { afterEach, describe, expect, it } from 'vitest';
import type { PushRequest, PushResponse } from '../../src/protocol';
import { exportUnsynced, getClientId, setTally, type HeadcountDb } from '../../src/store';
import type { ApiClient } from '../../src/sync/api';
import { BadExportFileError, parseExportFile, pushExport } from '../../src/sync/import-export';
import { freshDb } from '../store/fixtures';

let db: HeadcountDb;
afterEach(() => db?.delete());
const user = { username: 'inspector.demo', inspectorCode: 'PP-014' };

describe('exporting unsent work to a file', () => {
  it('carries the device id and every pending mutation, oldest first', async () => {
    db = freshDb();
    for (const n of [1, 2, 3]) await setTally(db, 'v1', n);
    const file = parseExportFile(JSON.stringify(await exportUnsynced(db, user)));
    expect(file.clientId).toBe(await getClientId(db));
    expect(file.mutations.map((m) => [m.id, (m.payload as { count: number }).count])).toEqual([[1, 1], [2, 2], [3, 3]]);
  });

  it('refuses a file that is not a whole export', () => {
    expect(() => parseExportFile('not json')).toThrow(BadExportFileError);
    expect(() => parseExportFile('{"format":"headcount-outbox"}')).toThrow(BadExportFileError);
  });

  it('pushes the file under its own device id, in server-sized batches, and counts what happened', async () => {
    db = freshDb();
    for (let n = 0; n < 150; n++) await setTally(db, 'v1', n);
    const file = await exportUnsynced(db, user);
    const seen: PushRequest[] = [];
    const applied = new Set<number>([1, 2]);
    const api = {
      push: async (req: PushRequest): Promise<PushResponse> => {
        seen.push(req);
        const results = req.mutations.map((m) => {
          const status = applied.has(m.id) ? ('duplicate' as const) : ('applied' as const);
          applied.add(m.id);
          return { id: m.id, status };
        });
        return { lastMutationId: req.mutations.at(-1)!.id, results };
      },
    } as unknown as ApiClient;
    expect(await pushExport(api, file)).toEqual({ applied: 148, duplicate: 2, rejected: [] });
    expect(seen.map((r) => r.mutations.length)).toEqual([100, 50]);
    expect(new Set(seen.map((r) => r.clientId))).toEqual(new Set([file.clientId]));
  });
});
