import { describe, expect, it } from 'vitest';
import { NameCache } from '../../../src/domain/names/name-cache';
import { People } from '../../../src/domain/reconcile/people';
import { sharedOnRegister } from '../../../src/domain/reconcile/placeholders';
import { yearsFromAges } from '../../../src/domain/reconcile/years-from-ages';
import { onsite, registered } from './fixtures';

describe('yearsFromAges', () => {
  const register = [
    registered({ workerId: 'w1', nameKh: 'សុខ ដារ៉ា', nameLatin: 'SOK DARA', dateOfBirth: '1990-03-04' }),
    registered({ workerId: 'w2', nameKh: 'កែវ សុភា', nameLatin: 'KEO SOPHEA', dateOfBirth: '1985-07-08' }),
    registered({ workerId: 'w3', nameKh: 'ជា វុទ្ធី', nameLatin: 'CHEA VUTHY', dateOfBirth: '1970-01-01' }),
    // Two holders of one name: no telling whose year a row gives.
    registered({ workerId: 'w4', nameKh: 'លី ណារី', nameLatin: 'LY NARY', dateOfBirth: '1980-02-02' }),
    registered({ workerId: 'w5', nameKh: 'លី ណារី', nameLatin: 'LY NARY', dateOfBirth: '1981-02-02' }),
  ];
  const people = new People(new NameCache(), 16, sharedOnRegister(register));
  const reg = register.map((r, i) => people.registered(r, i));
  const count = (...rows: ReturnType<typeof onsite>[]) => yearsFromAges(rows.map((o, i) => people.onsite(o, i)), reg);

  it('counts rows with a year alone against the full date of the one registered holder of their name, in any spelling', () => {
    expect(count(onsite({ name: 'Sok Dara', dateOfBirth: '1990-01-01' }), onsite({ name: 'Dara Sok', dateOfBirth: '1989-01-01' }), onsite({ name: 'កែវ សុភា', dateOfBirth: '1986-01-01' }))).toEqual({ same: 1, apart: 2 });
  });

  it('leaves out full dates, years further off, names several hold, and registered dates that are a year alone', () => {
    expect(count(onsite({ name: 'Sok Dara', dateOfBirth: '1990-03-04' }), onsite({ name: 'Sok Dara', dateOfBirth: '1995-01-01' }), onsite({ name: 'Ly Nary', dateOfBirth: '1980-01-01' }), onsite({ name: 'Chea Vuthy', dateOfBirth: '1971-01-01' }))).toEqual({ same: 0, apart: 0 });
  });
});
