import { MAX_PUSH_MUTATIONS, PROTOCOL_VERSION, type MutationOutcome } from '../protocol';
import { getClientId, noteAttempt, pendingBatch, settle, toEnvelope, type HeadcountDb, type Settlement } from '../store';
import type { ApiClient } from './api';

export interface PushTally {
  pushed: number;
  rejected: number;
}

/**
 * Sends the outbox oldest first, a batch at a time, until it is empty. Any error stops the loop
 * and is rethrown with the unsent rows still pending. Resending a batch whose answer was lost is
 * harmless: the server acknowledges what it already applied as `duplicate`.
 */
export async function pushOutbox(db: HeadcountDb, api: ApiClient, tally: PushTally): Promise<void> {
  const clientId = await getClientId(db);
  for (;;) {
    const batch = await pendingBatch(db, MAX_PUSH_MUTATIONS);
    if (batch.length === 0) return;
    const ids = batch.map((row) => row.id);

    let results: MutationOutcome[];
    try {
      ({ results } = await api.push({ protocolVersion: PROTOCOL_VERSION, clientId, mutations: batch.map(toEnvelope) }));
    } catch (error) {
      // Diagnostics only: failing to note the attempt must not hide the real error.
      await noteAttempt(db, ids, error instanceof Error ? error.message : String(error)).catch(() => undefined);
      throw error;
    }

    const outcomes = new Map(results.map((r) => [r.id, r]));
    const settlement: Settlement = { acknowledged: [], rejected: [] };
    for (const id of ids) {
      const outcome = outcomes.get(id);
      if (!outcome) continue; // not processed this time; stays pending for the next batch
      if (outcome.status === 'rejected') settlement.rejected.push({ id, reason: outcome.reason ?? 'rejected by the server' });
      else settlement.acknowledged.push(id);
    }
    await settle(db, settlement);
    tally.pushed += settlement.acknowledged.length;
    tally.rejected += settlement.rejected.length;

    // A server that answers without settling anything would otherwise be asked the same forever.
    if (settlement.acknowledged.length + settlement.rejected.length === 0) {
      throw new NoProgressError();
    }
  }
}

export class NoProgressError extends Error {
  override name = 'NoProgressError';
  constructor() {
    super('The server settled none of the pushed mutations');
  }
}
