/**
 * Protocol-level mutations for the load benchmark and the soak's light clients: what a phone
 * would send, each carrying a unique marker (a worker or notice uuid, or a per-client tally
 * count) so the server's database can be searched for it afterwards.
 */
import { randomUUID } from 'node:crypto';
import type { MutationEnvelope, Notice, OnsiteWorker } from '../../../src/protocol';
import { notice as fixtureNotice, onsiteWorker as fixtureWorker } from '../../server/helpers/fixtures';

export type MutationKind = 'onsite' | 'tally' | 'notice';

/** Mostly people found on site, as in the field: a count now and then, a notice at the end. */
export const FIELD_MIX: Array<[MutationKind, number]> = [['onsite', 0.75], ['tally', 0.2], ['notice', 0.05]];

export function pickKind(r: number, mix = FIELD_MIX): MutationKind {
  let acc = 0;
  for (const [kind, share] of mix) if (r < (acc += share)) return kind;
  return mix[mix.length - 1][0];
}

/** A person found on site; the name carries the id so a row can be told apart in the database. */
export function onsiteWorker(visitId: string, id = randomUUID()): OnsiteWorker {
  return fixtureWorker(visitId, { id, name: `សុខ ស្រីមុំ ${id.slice(0, 8)}`, recordedAt: new Date().toISOString() });
}

export function notice(visitId: string, id = randomUUID()): Notice {
  const at = new Date().toISOString();
  return fixtureNotice(visitId, {
    id, createdAt: at, updatedAt: at, employerId: 'emp-field-team', employerName: 'Field Team Garment Co.',
    visitDate: '2026-12-01', hiddenWorkers: [],
  });
}

/** A mutation with id `id`; a tally's count is its id, unique per client and rising with the order sent. */
export function envelope(kind: MutationKind, id: number, visitId: string): MutationEnvelope {
  const createdAt = new Date().toISOString();
  switch (kind) {
    case 'onsite':
      return { id, visitId, createdAt, type: 'onsite.upsert', payload: { worker: onsiteWorker(visitId) } };
    case 'tally':
      return { id, visitId, createdAt, type: 'tally.set', payload: { count: id } };
    case 'notice':
      return { id, visitId, createdAt, type: 'notice.save', payload: { notice: notice(visitId) } };
  }
}
