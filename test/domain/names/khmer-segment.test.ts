import { describe, expect, it } from 'vitest';
import { khmerNameWords, splitKnown } from '../../../src/domain/names/khmer-segment';

describe('khmer-segment', () => {
  const known = khmerNameWords(['ពេជ្រ សុភា', 'សុខ\u200bធីតា', 'ពេជ្រធីតា', 'SOK DARA', 'សុខ ស្រីមុំ']);

  it('learns the Khmer words of names written apart, by a space or a zero-width space, and not of names run together', () => {
    expect([...known].sort()).toEqual(['ធីតា', 'ពេជ្រ', 'សុខ', 'សុភា', 'ស្រីមុំ'].sort());
  });

  it('splits a name run together where both halves are known words', () => {
    expect(splitKnown('ពេជ្រធីតា', known)).toEqual(['ពេជ្រ', 'ធីតា']);
    expect(splitKnown('សុខស្រីមុំ', known)).toEqual(['សុខ', 'ស្រីមុំ']);
  });

  it('leaves alone a known word, a word with an unknown half, Latin, and everything when nothing is known', () => {
    expect(splitKnown('ស្រីមុំ', known)).toBeNull();
    expect(splitKnown('ពេជ្រដារ៉ា', known)).toBeNull();
    expect(splitKnown('pechthida', new Set(['pech', 'thida']))).toBeNull();
    expect(splitKnown('ពេជ្រធីតា', new Set())).toBeNull();
  });
});
