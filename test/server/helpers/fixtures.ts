import { randomUUID } from 'node:crypto';
import type { MutationEnvelope, Notice, OnsiteWorker } from '../../../src/protocol';

const at = '2026-11-25T09:30:00+07:00';

export function onsiteWorker(visitId: string, overrides: Partial<OnsiteWorker> = {}): OnsiteWorker {
  return {
    id: randomUUID(),
    visitId,
    name: 'សុខ ស្រីមុំ',
    nationalId: null,
    nssfNumber: null,
    sex: 'F',
    dateOfBirth: '1999-04-12',
    source: 'manual',
    sourceRow: null,
    recordedAt: at,
    ...overrides,
  };
}

export function notice(visitId: string, overrides: Partial<Notice> = {}): Notice {
  return {
    id: randomUUID(),
    visitId,
    status: 'draft',
    createdAt: at,
    updatedAt: at,
    scheduleVersion: 1,
    employerId: 'emp-golden-thread',
    employerName: 'Golden Thread Garment Co., Ltd.',
    visitDate: '2026-11-25',
    hiddenWorkers: [{ onsiteId: randomUUID(), name: 'សុខ ស្រីមុំ' }],
    lines: [{ breach: 'unregistered_worker', count: 1, multiplier: 10, baseDailyWageRiel: 80_000, amountRiel: 800_000, legalReference: 'Prakas 168/22' }],
    totalRiel: 800_000,
    remarks: '',
    ...overrides,
  };
}

/** Builds envelopes with ids 1, 2, 3… for one client. */
export function envelopes(visitId: string, items: Array<{ type: string; payload: unknown; visitId?: string }>): MutationEnvelope[] {
  return items.map((m, i) => ({ id: i + 1, visitId: m.visitId ?? visitId, createdAt: at, type: m.type, payload: m.payload }));
}

export function reconciliation(visitId: string) {
  return {
    visitId,
    runAt: at,
    engine: 'test-1',
    summary: { registeredCount: 3012, onsiteCount: 2, tally: 3, matched: 1, review: 0, hidden: 1, absent: 3011, tallyDifference: -3009 },
    results: [],
    absent: [],
  };
}
