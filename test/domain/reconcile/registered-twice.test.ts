import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../src/domain/reconcile';
import { Reconciliation } from '../../../src/protocol';
import { onsite, registered, RUN_AT } from './fixtures';

const run = (reg: ReturnType<typeof registered>[], site: ReturnType<typeof onsite>[]) =>
  reconcile({ visitId: 'visit-1', registered: reg, onsite: site, tally: null, runAt: RUN_AT });

// Registered in 2019, and again in 2023 under a new NSSF number with the same national ID.
const first = registered({ workerId: 'w-2019', nationalId: '012345678', nssfNumber: '10000001', nameKh: 'សុខ ដារ៉ា', nameLatin: 'SOK DARA', sex: 'M', dateOfBirth: '1990-03-04' });
const again = registered({ workerId: 'w-2023', nationalId: '012345678', nssfNumber: '20000002', nameKh: 'សុខ ដារ៉ា', nameLatin: 'SOK DARA', sex: 'M', dateOfBirth: '1990-03-04' });
const other = registered({ workerId: 'w-other', nationalId: '099999999', nssfNumber: '30000003', nameKh: 'ជា វុទ្ធី', nameLatin: 'CHEA VUTHY', sex: 'M', dateOfBirth: '1985-11-20' });

describe('registered twice', () => {
  it('notes an absent registration with the very national ID of a worker on site', () => {
    const r = run([first, again, other], [onsite({ name: 'Sok Dara', nssfNumber: '10000001', sex: 'M', dateOfBirth: '1990-03-04' })]);
    expect(r.results[0]).toMatchObject({ status: 'matched', registeredId: 'w-2019' });
    expect(r.absent).toEqual(['w-2023', 'w-other']);
    expect(r.registeredTwice).toEqual([{ absentId: 'w-2023', presentId: 'w-2019' }]);
    expect(Reconciliation.parse(r)).toEqual(r);
  });

  it('notes one by its NSSF number too', () => {
    const sameNssf = registered({ ...again, nationalId: null, nssfNumber: '10000001' });
    const r = run([first, sameNssf], [onsite({ name: 'Sok Dara', nationalId: '012345678', sex: 'M', dateOfBirth: '1990-03-04' })]);
    expect(r.registeredTwice).toEqual([{ absentId: 'w-2023', presentId: 'w-2019' }]);
  });

  it('notes none when neither registration is on site, or the number is a placeholder many share', () => {
    expect(run([first, again], [onsite({ name: 'Chea Vuthy', sex: 'M' })]).registeredTwice).toEqual([]);
    const zeros = Array.from({ length: 6 }, (_, i) => registered({ workerId: `z${i}`, nationalId: '000000000', nameLatin: `KEO ${'ABCDEF'[i]}ARA`, dateOfBirth: `198${i}-01-0${i + 1}` }));
    const r = run(zeros, [onsite({ name: 'Keo Aara', dateOfBirth: '1980-01-01' })]);
    expect(r.results[0]).toMatchObject({ status: 'matched', registeredId: 'z0' });
    expect(r.registeredTwice).toEqual([]);
  });
});
