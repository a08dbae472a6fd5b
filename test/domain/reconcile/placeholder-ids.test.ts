import { describe, expect, it } from 'vitest';
import { placeholderIds, tooShortForId } from '../../../src/domain/reconcile/placeholder-ids';

describe('placeholder IDs', () => {
  it('takes a number of fewer than five digits after its zeros as no ID, and a longer one or one with letters as an ID', () => {
    for (const id of ['0', '00', '000000000', '1234', '0001234']) expect(tooShortForId(id), id).toBe(true);
    for (const id of ['12345', '012345678', 'N1234', 'AB']) expect(tooShortForId(id), id).toBe(false);
  });

  it('finds a value three workers of one list share, counting each list on its own', () => {
    const register = ['111111111', '111111111', '111111111', '222222222', '222222222', null, null, null];
    const site = ['222222222', '333333333', '333333333', '333333333', '444444444'];
    expect(placeholderIds([register, site])).toEqual(new Set(['111111111', '333333333']));
  });

  it('keeps a number two workers share, as one slip or one worker listed twice may', () => {
    expect(placeholderIds([['123456789', '123456789', '987654321']]).size).toBe(0);
  });
});
