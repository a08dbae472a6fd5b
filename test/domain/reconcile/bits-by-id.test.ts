import { describe, expect, it } from 'vitest';
import { BitsById } from '../../../src/domain/reconcile/bits-by-id';

describe('BitsById', () => {
  it('gives NaN for an id it keeps nothing for, near or far past its table', () => {
    const memo = new BitsById();
    expect(memo.get(0)).toBeNaN();
    expect(memo.get(5_000)).toBeNaN();
  });

  it('keeps bits for ids far past its first table, and the ids kept before', () => {
    const memo = new BitsById();
    expect(memo.set(3, -2.5)).toBe(-2.5);
    expect(memo.set(70_000, 11.25)).toBe(11.25);
    expect(memo.get(3)).toBe(-2.5);
    expect(memo.get(70_000)).toBe(11.25);
    // The grown part holds nothing until set.
    expect(memo.get(1_024)).toBeNaN();
    expect(memo.get(69_999)).toBeNaN();
  });

  it('keeps zero and negative bits as bits, not as nothing', () => {
    const memo = new BitsById();
    memo.set(1, 0);
    memo.set(2, -0.75);
    expect(memo.get(1)).toBe(0);
    expect(memo.get(2)).toBe(-0.75);
  });
});
