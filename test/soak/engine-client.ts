/**
 * A soak client running the app's real code: the Dexie store (on fake-indexeddb) with its
 * repositories and outbox, and the sync engine's syncNow over the real API client.
 */
import { generateDataKey, getClientId, openDb, outboxCounts, saveNotice, setTally, addOnsiteWorker, Vault, type HeadcountDb } from '../../src/store';
import { createApiClient, syncNow, type ApiClient } from '../../src/sync';
import type { FieldInspector } from '../setup/field-team';
import { notice, onsiteWorker, type MutationKind } from '../bench/load/mutations';
import type { Ledger } from './ledger';
import type { SoakClient } from './soak-client';

export async function engineClient(name: string, inspector: FieldInspector, baseUrl: string, timeoutMs: number, ledger: Ledger): Promise<SoakClient> {
  // Unlocked as a signed-in phone is: the outbox is sealed at rest, as in the app.
  const db: HeadcountDb = openDb(name, new Vault(await generateDataKey()));
  await db.open();
  const clientId = await getClientId(db);
  const api: ApiClient = createApiClient({ baseUrl, getToken: () => inspector.token, timeoutMs });
  let lastCount = 0;
  return {
    kind: 'engine',
    async write(kind: MutationKind, visitId: string) {
      if (kind === 'onsite') {
        const w = onsiteWorker(visitId);
        await addOnsiteWorker(db, w);
        ledger.onsite.add(w.id);
      } else if (kind === 'notice') {
        const n = notice(visitId);
        await saveNotice(db, n);
        ledger.notices.add(n.id);
      } else {
        // Rising across all of this client's visits, so (client, count) is a unique marker.
        const count = ++lastCount;
        await setTally(db, visitId, count);
        ledger.tally(clientId, visitId, count);
      }
    },
    async sync() {
      const report = await syncNow(db, api);
      return report.error === undefined;
    },
    async pending() {
      const { pending } = await outboxCounts(db);
      return pending;
    },
    async rejected() {
      return (await outboxCounts(db)).rejected;
    },
    close: async () => db.close(),
  };
}
