import type { OnsiteWorker, RegisteredWorker } from '../../../src/protocol';

let seq = 0;
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export function registered(p: Partial<RegisteredWorker> & { workerId: string }): RegisteredWorker {
  return {
    nssfNumber: null,
    nationalId: null,
    nameKh: '',
    nameLatin: null,
    sex: null,
    dateOfBirth: null,
    hireDate: null,
    wageRiel: null,
    ...p,
  };
}

export function onsite(p: Partial<OnsiteWorker> & { name: string }): OnsiteWorker {
  return {
    id: uuid(++seq),
    visitId: 'visit-1',
    nationalId: null,
    nssfNumber: null,
    sex: null,
    dateOfBirth: null,
    source: 'manual',
    sourceRow: null,
    recordedAt: '2025-02-03T08:00:00+07:00',
    ...p,
  };
}

/** The same person as written on the register, as the inspector would record them. */
export function onsiteCopyOf(r: RegisteredWorker, id = uuid(++seq)): OnsiteWorker {
  return onsite({
    id,
    name: r.nameKh || r.nameLatin || '?',
    nationalId: r.nationalId,
    nssfNumber: r.nssfNumber,
    sex: r.sex,
    dateOfBirth: r.dateOfBirth,
  });
}

export const RUN_AT = '2025-02-03T10:00:00+07:00';
