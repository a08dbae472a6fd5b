import { openDb, Vault, type HeadcountDb } from '../../src/store';

// One data key for the test run, made at module load so freshDb stays synchronous.
const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
export function testVault(): Vault {
  return new Vault(key);
}
import type { Notice, PenaltySchedule, OnsiteWorker, Reconciliation, VisitPackage, VisitSummary } from '../../src/protocol';

/** A database of its own for each test, unlocked with the test key. */
export function freshDb(): HeadcountDb {
  return openDb(`test-${crypto.randomUUID()}`, testVault());
}

export function summary(id: string, overrides: Partial<VisitSummary> = {}): VisitSummary {
  return {
    id,
    employerId: `emp-${id}`,
    employerName: 'Golden Thread Garment Co.',
    employerNameKh: 'ក្រុមហ៊ុន ខ្សែមាស',
    scheduledDate: '2025-03-10',
    reason: 'complaint',
    status: 'assigned',
    registeredCount: 0,
    version: 1,
    ...overrides,
  };
}

export function visitPackage(id: string, opts: { workers?: number; version?: number; months?: string[] } = {}): VisitPackage {
  const workers = opts.workers ?? 3;
  const months = opts.months ?? ['2025-01', '2025-02'];
  return {
    visit: summary(id, { registeredCount: workers, version: opts.version ?? 1 }),
    employer: {
      id: `emp-${id}`,
      nssfEmployerNumber: '000123',
      name: 'Golden Thread Garment Co.',
      nameKh: 'ក្រុមហ៊ុន ខ្សែមាស',
      sector: 'garment',
      address: 'Street 2004, Phnom Penh',
      province: 'Phnom Penh',
    },
    complaint: {
      receivedAt: '2025-03-01T08:00:00.000Z',
      hotline: '1286',
      summary: 'Workers not registered',
      namedWorkers: ['Sok Dara'],
    },
    registered: Array.from({ length: workers }, (_, i) => ({
      workerId: `w${String(i).padStart(5, '0')}`,
      nssfNumber: `N${i}`,
      nationalId: null,
      nameKh: 'សុខ ដារា',
      nameLatin: `Sok Dara ${i}`,
      sex: i % 2 ? 'M' : 'F',
      dateOfBirth: '1995-05-01',
      hireDate: '2022-01-01',
      wageRiel: 800_000,
    })),
    contributions: months.map((month) => ({
      month,
      declaredWorkers: workers,
      declaredWagesRiel: workers * 800_000,
      dueRiel: 1_000,
      paidRiel: 1_000,
      paidOn: `${month}-15`,
    })),
  };
}

export function onsiteWorker(visitId: string, overrides: Partial<OnsiteWorker> = {}): OnsiteWorker {
  return {
    id: crypto.randomUUID(),
    visitId,
    name: 'Chan Sreymom',
    nationalId: null,
    nssfNumber: null,
    sex: 'F',
    dateOfBirth: null,
    source: 'manual',
    sourceRow: null,
    recordedAt: new Date().toISOString(),
    ...overrides,
  };
}

export function reconciliation(visitId: string): Reconciliation {
  return {
    visitId,
    runAt: new Date().toISOString(),
    engine: 'test-1',
    summary: { registeredCount: 1, onsiteCount: 1, tally: 2, matched: 1, review: 0, hidden: 0, absent: 0, tallyDifference: 1 },
    results: [{ onsiteId: 'o1', status: 'matched', registeredId: 'w00000', score: 1, reasons: [] }],
    absent: [],
  };
}

export function notice(visitId: string, overrides: Partial<Notice> = {}): Notice {
  const now = new Date().toISOString();
  return {
    id: crypto.randomUUID(),
    visitId,
    status: 'draft',
    createdAt: now,
    updatedAt: now,
    scheduleVersion: 1,
    employerId: `emp-${visitId}`,
    employerName: 'Golden Thread Garment Co.',
    visitDate: '2025-03-10',
    hiddenWorkers: [],
    lines: [],
    totalRiel: 0,
    remarks: '',
    ...overrides,
  };
}

export const schedule: PenaltySchedule = {
  version: 3,
  effectiveFrom: '2025-01-01',
  baseDailyWageRiel: 30_000,
  baseDailyWageProvenance: { reference: 'Test reference', sourced: false },
  breaches: [
    {
      code: 'unregistered_worker',
      labelEn: 'Unregistered worker',
      labelKm: 'កម្មករមិនបានចុះឈ្មោះ',
      multiplierMin: 1,
      multiplierMax: 5,
      defaultMultiplier: 2,
      provenance: { reference: 'Test reference', sourced: false },
    },
  ],
  contributionRates: [],
};
