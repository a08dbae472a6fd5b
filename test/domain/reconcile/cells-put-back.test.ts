import { describe, expect, it } from 'vitest';
import { putBack } from '../../../src/domain/reconcile/cells-put-back';
import { onsite } from './fixtures';

describe('putBack', () => {
  it('swaps back a name of digits and an ID of letters, in either ID column', () => {
    expect(putBack(onsite({ name: '012345678', nationalId: 'Sok Dara' }))).toMatchObject({ name: 'Sok Dara', nationalId: '012345678', notes: ['name.inIdColumn'] });
    expect(putBack(onsite({ name: '1002003004', nssfNumber: 'ចាន់ សុភា' }))).toMatchObject({ name: 'ចាន់ សុភា', nssfNumber: '1002003004', notes: ['name.inIdColumn'] });
  });

  it('reads a date written in an ID column as the date of birth where none is given, day first', () => {
    expect(putBack(onsite({ name: 'Sok Dara', nssfNumber: '12/05/1990' }))).toMatchObject({ dateOfBirth: '1990-05-12', nssfNumber: null, notes: ['dob.inIdColumn'] });
    expect(putBack(onsite({ name: 'Sok Dara', nationalId: '1990-05-12' }))).toMatchObject({ dateOfBirth: '1990-05-12', nationalId: null, notes: ['dob.inIdColumn'] });
  });

  it('leaves an ordinary row, an ID number in groups, and a date beside a date of birth as they are', () => {
    const row = onsite({ name: 'Sok Dara', nationalId: '012 345 678', nssfNumber: '10-20030-04', dateOfBirth: '1990-05-12' });
    expect(putBack(row)).toEqual({ name: row.name, nationalId: row.nationalId, nssfNumber: row.nssfNumber, dateOfBirth: row.dateOfBirth, notes: [] });
    expect(putBack(onsite({ name: 'Sok Dara', nssfNumber: '12/05/1990', dateOfBirth: '1990-05-12' })).nssfNumber).toBe('12/05/1990');
    // A name of digits beside IDs of digits is left: nothing says where the name went.
    expect(putBack(onsite({ name: '012345678', nationalId: '1002003004' })).name).toBe('012345678');
  });
});
