import { describe, it, expect } from 'vitest';
import { sameCardOnList } from '../../../src/domain/roster/same-card';
import { onsite } from '../reconcile/fixtures';

describe('sameCardOnList', () => {
  const sheet = [onsite({ name: 'Sok Dara', nationalId: '012345678' }), onsite({ name: 'Chan Sophea', nssfNumber: 'NSSF-10000002' }), onsite({ name: 'Keo Lina', nationalId: '000000000' })];

  it('finds the worker with the same card number, however written', () => {
    expect(sameCardOnList(onsite({ name: 'សុខ ដារា', nationalId: '0123 456 78' }), sheet)?.name).toBe('Sok Dara');
    expect(sameCardOnList(onsite({ name: 'សុខ ដារា', nationalId: '12345678' }), sheet)?.name).toBe('Sok Dara');
    expect(sameCardOnList(onsite({ name: 'ចាន់ សុភា', nssfNumber: '10000002' }), sheet)?.name).toBe('Chan Sophea');
  });

  it('finds nobody for another number, a slip of it, a placeholder, no number, or the worker itself', () => {
    expect(sameCardOnList(onsite({ name: 'x', nationalId: '012345679' }), sheet)).toBeNull();
    expect(sameCardOnList(onsite({ name: 'x', nationalId: '000000000' }), sheet)).toBeNull();
    expect(sameCardOnList(onsite({ name: 'Sok Dara' }), sheet)).toBeNull();
    expect(sameCardOnList(sheet[0], sheet)).toBeNull();
  });
});
