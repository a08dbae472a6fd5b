import { describe, expect, it } from 'vitest';
import { placeholderId, placeholderYear, sharedOnRegister } from '../../../src/domain/reconcile/placeholders';

const worker = (dateOfBirth: string | null, nationalId: string | null = null, nssfNumber: string | null = null) => ({ dateOfBirth, nationalId, nssfNumber });
const sharedDates = (workers: { dateOfBirth: string | null }[]) => sharedOnRegister(workers.map((w) => worker(w.dateOfBirth))).dates;

describe('placeholders', () => {
  it('takes a number of fewer than five digits after its zeros, or one digit repeated, as no ID', () => {
    for (const id of ['0', '00', '000000000', '1234', '0001234', '999999999', '11111111']) expect(placeholderId(id), id).toBe(true);
    for (const id of ['12345', '012345678', '100000000', 'N1234', 'AB', 'AAAAAAAA']) expect(placeholderId(id), id).toBe(false);
  });

  it('takes a birth in 1900 or before as no date, and a later impossible year as a slip to compare', () => {
    expect([1, 1899, 1900].map(placeholderYear)).toEqual([true, true, true]);
    expect([1901, 1909, 1990].map(placeholderYear)).toEqual([false, false, false]);
  });

  it('takes a date of birth that 3 % of the register and 20 workers or more share as no date', () => {
    const spread = Array.from({ length: 600 }, (_, i) => ({ dateOfBirth: `19${70 + (i % 30)}-0${1 + (i % 9)}-1${i % 10}` }));
    const epoch = Array.from({ length: 20 }, () => ({ dateOfBirth: '1970-01-01' }));
    expect(sharedDates([...spread, ...epoch, { dateOfBirth: null }])).toEqual(new Set(['1970-01-01']));
  });

  it('keeps a 1 January that many of a small register give, under twenty, as people who know only their birth year', () => {
    const register = [...Array.from({ length: 19 }, () => ({ dateOfBirth: '1990-01-01' })), { dateOfBirth: '1985-06-02' }];
    expect(sharedDates(register).size).toBe(0);
  });

  it('takes an ID number three registered workers share as no ID, each kind on its own, and keeps one two share', () => {
    const shared = sharedOnRegister([worker(null, '123-456-789'), worker(null, '123456789'), worker(null, '123456789', '55555'), worker(null, '987654321', '10000001'), worker(null, '987654321')]);
    expect(shared.nationalIds).toEqual(new Set(['123456789']));
    expect(shared.nssfNumbers.size).toBe(0);
  });
});
