import { PROTOCOL_VERSION, type OutboxExport, type SessionUser } from '../protocol';
import type { HeadcountDb } from './db';
import { getClientId } from './meta';
import { listPending, toEnvelope } from './outbox';

/** Everything not yet acknowledged by the server, oldest first, as a file's content. */
export async function exportUnsynced(db: HeadcountDb, user: Pick<SessionUser, 'username' | 'inspectorCode'>): Promise<OutboxExport> {
  const rows = await listPending(db);
  return {
    format: 'headcount-outbox',
    protocolVersion: PROTOCOL_VERSION,
    clientId: await getClientId(db),
    exportedAt: new Date().toISOString(),
    username: user.username,
    inspectorCode: user.inspectorCode,
    mutations: rows.map(toEnvelope),
  };
}
