import { describe, expect, it } from 'vitest';
import { placeholderId, placeholderYear } from '../../../src/domain/reconcile/placeholders';

describe('placeholders', () => {
  it('takes a number of fewer than five digits after its zeros, or one digit repeated, as no ID', () => {
    for (const id of ['0', '00', '000000000', '1234', '0001234', '999999999', '11111111']) expect(placeholderId(id), id).toBe(true);
    for (const id of ['12345', '012345678', '100000000', 'N1234', 'AB', 'AAAAAAAA']) expect(placeholderId(id), id).toBe(false);
  });

  it('takes a birth in 1900 or before as no date, and a later impossible year as a slip to compare', () => {
    expect([1, 1899, 1900].map(placeholderYear)).toEqual([true, true, true]);
    expect([1901, 1909, 1990].map(placeholderYear)).toEqual([false, false, false]);
  });
});
