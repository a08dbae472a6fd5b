import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { IntMap } from '../../../src/domain/reconcile/int-map';

describe('IntMap', () => {
  it('answers like a Map for any keys below 2^53, through growth', () => {
    const key = fc.oneof(fc.nat(64), fc.nat(), fc.maxSafeNat());
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.integer({ min: -1, max: 2 ** 31 - 1 })), { maxLength: 300 }), fc.array(key, { maxLength: 50 }), (writes, reads) => {
        const map = new IntMap(2);
        const want = new Map<number, number>();
        for (const [k, v] of writes) {
          map.set(k, v);
          want.set(k, v);
        }
        expect(map.size).toBe(want.size);
        for (const k of [...want.keys(), ...reads]) expect(map.get(k)).toBe(want.get(k) ?? -1);
      }),
    );
  });
});
