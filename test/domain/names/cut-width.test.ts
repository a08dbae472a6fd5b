import { describe, expect, it } from 'vitest';
import { cutWidth } from '../../../src/domain/names/cut-width';

/** `n` Latin names of `length` characters. */
const names = (n: number, length: number) => Array.from({ length: n }, (_, i) => `SOK ${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i % 26].repeat(length - 4)}`);

describe('cutWidth', () => {
  it('finds the width where a fixed-width field piles long names up', () => {
    // 11 and 12 characters written whole, 13 where the field cut every longer name.
    expect(cutWidth([...names(300, 11), ...names(280, 12), ...names(310, 13)])).toBe(13);
  });

  it('finds it beside a few longer names typed in by hand', () => {
    expect(cutWidth([...names(300, 11), ...names(280, 12), ...names(310, 13), ...names(40, 15), ...names(20, 17)])).toBe(13);
  });

  it('finds none where names thin out past their commonest length, as typed names do', () => {
    expect(cutWidth([...names(300, 11), ...names(200, 12), ...names(90, 13), ...names(16, 14)])).toBe(0);
    // The bench's realistic roster of 10,000, by length from 10 letters on.
    const realistic = [1098, 1210, 1027, 603, 336, 91, 15, 1].flatMap((n, i) => names(n, 10 + i));
    expect(cutWidth(realistic)).toBe(0);
  });

  it('needs a pile of some size: a few names at the longest length are no width', () => {
    expect(cutWidth([...names(10, 11), ...names(12, 12)])).toBe(0);
  });

  it('counts characters as written, and leaves Khmer names (typed off ID cards) out', () => {
    const khmer = Array.from({ length: 200 }, () => 'សុខ ស្រីលក្ខិណា ចាន់');
    const dotted = Array.from({ length: 100 }, () => ' P. SREYLEAKHE ');
    expect(cutWidth([...names(200, 12), ...names(100, 13), ...dotted, ...khmer])).toBe(13);
  });
});
