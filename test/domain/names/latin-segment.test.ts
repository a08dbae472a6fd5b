import { describe, expect, it } from 'vitest';
import { latinSplits } from '../../../src/domain/names/latin-segment';
import { wordKey } from '../../../src/domain/names/name-form';

describe('latin-segment', () => {
  // Srey and Neang only as the register writes them in Khmer.
  const known = new Set(['Kaev', 'Sophea', 'ស្រី', 'នាង', 'Kong', 'Sopheak', 'Ong'].map(wordKey));
  const cuts = (word: string) => latinSplits(word, wordKey, (k) => known.has(k));

  it('cuts a name run together where every piece keys as a word of the register, in any spelling of it or in Khmer', () => {
    expect(cuts('kaevsophea')).toEqual([['kaev', 'sophea']]);
    expect(cuts('keovsophear')).toEqual([['keov', 'sophear']]);
  });

  it('cuts in three where the given name is two words, and offers every cut, fewest pieces first', () => {
    expect(cuts('kaevsreyneang')).toEqual([['kaev', 'srey', 'neang']]);
    expect(cuts('sopheakong')).toEqual([['sophea', 'kong'], ['sopheak', 'ong']]);
  });

  it('finds no cut where a piece is no word of the register', () => {
    expect(cuts('kaevdara')).toEqual([]);
    expect(cuts('ka')).toEqual([]);
  });

  it('leaves uncut a word too long to be a name run together: a cell of junk, whose cuts would cost the square of its length', () => {
    expect(cuts('kaevsophea'.repeat(4))).toEqual([]);
  });
});
