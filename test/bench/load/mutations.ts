/**
 * Protocol-level mutations for the load benchmark and the soak's light clients: what a phone
 * would send, each carrying a unique marker (a worker or notice uuid, or a per-client tally
 * count) so the server's database can be searched for it afterwards.
 */
import { randomUUID } from 'node:crypto';
import type { MutationEnvelope, Notice, OnsiteWorker } from '../../../src/protocol';

export type MutationKind = 'onsite' | 'tally' | 'notice';

/** Mostly people found on site, as in the field: a count now and then, a notice at the end. */
export const FIELD_MIX: Array<[MutationKind, number]> = [['onsite', 0.75], ['tally', 0.2], ['notice', 0.05]];

export function pickKind(r: number, mix = FIELD_MIX): MutationKind {
  let acc = 0;
  for (const [kind, share] of mix) if (r < (acc += share)) return kind;
  return mix[mix.length - 1][0];
}

export function onsiteWorker(visitId: string, id = randomUUID()): OnsiteWorker {
  return {
    id,
    visitId,
    name: `សុខ ស្រីមុំ ${id.slice(0, 8)}`,
    nationalId: null,
    nssfNumber: null,
    sex: 'F',
    dateOfBirth: '1999-04-12',
    source: 'manual',
    sourceRow: null,
    recordedAt: new Date().toISOString(),
  };
}

export function notice(visitId: string, id = randomUUID()): Notice {
  const at = new Date().toISOString();
  return {
    id,
    visitId,
    status: 'draft',
    createdAt: at,
    updatedAt: at,
    scheduleVersion: 1,
    employerId: 'emp-field-team',
    employerName: 'Field Team Garment Co.',
    visitDate: '2026-12-01',
    hiddenWorkers: [],
    lines: [{ breach: 'unregistered_worker', count: 1, multiplier: 10, baseDailyWageRiel: 80_000, amountRiel: 800_000, legalReference: 'Prakas 168/22' }],
    totalRiel: 800_000,
    remarks: '',
  };
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
