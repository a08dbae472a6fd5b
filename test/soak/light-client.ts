/**
 * A protocol-level soak client, lighter than the Dexie engine so the soak reaches its volume in
 * its time box: an in-memory outbox with rising ids, resent from the oldest unacknowledged
 * mutation until the server settles it, exactly as the engine does.
 */
import { randomUUID } from 'node:crypto';
import { MAX_PUSH_MUTATIONS, PROTOCOL_VERSION, PushResponse, type MutationEnvelope } from '../../src/protocol';
import type { FieldInspector } from '../setup/field-team';
import { envelope, type MutationKind } from '../bench/load/mutations';
import type { Ledger } from './ledger';
import type { SoakClient } from './soak-client';

export function lightClient(inspector: FieldInspector, baseUrl: string, timeoutMs: number, ledger: Ledger): SoakClient {
  const clientId = randomUUID();
  const outbox: MutationEnvelope[] = [];
  let nextId = 1;
  let rejected = 0;
  let running: Promise<boolean> | null = null;

  async function pushOnce(): Promise<boolean> {
    while (outbox.length > 0) {
      const batch = outbox.slice(0, MAX_PUSH_MUTATIONS);
      let answer: PushResponse;
      try {
        const res = await fetch(`${baseUrl}/api/sync/push`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${inspector.token}` },
          body: JSON.stringify({ protocolVersion: PROTOCOL_VERSION, clientId, mutations: batch }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        if (res.status !== 200) return false;
        answer = PushResponse.parse(await res.json());
      } catch {
        return false;
      }
      const settled = new Set(answer.results.map((r) => r.id));
      rejected += answer.results.filter((r) => r.status === 'rejected').length;
      const before = outbox.length;
      for (let i = outbox.length - 1; i >= 0; i--) if (settled.has(outbox[i].id)) outbox.splice(i, 1);
      if (outbox.length === before) return false;
    }
    return true;
  }

  return {
    kind: 'light',
    async write(kind: MutationKind, visitId: string) {
      const m = envelope(kind, nextId++, visitId);
      outbox.push(m);
      const p = m.payload as { worker?: { id: string }; notice?: { id: string }; count?: number };
      if (p.worker) ledger.onsite.add(p.worker.id);
      else if (p.notice) ledger.notices.add(p.notice.id);
      else ledger.tally(clientId, visitId, p.count!);
    },
    sync() {
      // One push loop at a time per client, like the engine's single flight.
      running ??= pushOnce().finally(() => (running = null));
      return running;
    },
    pending: async () => outbox.length,
    rejected: async () => rejected,
    close: async () => undefined,
  };
}
