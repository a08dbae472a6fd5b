import { describe, it, expect } from 'vitest';
import { scriptParts } from '../../../src/domain/names/script-parts';
import { normalizeName } from '../../../src/domain/names/normalize';

const parts = (raw: string) => scriptParts(raw).map(normalizeName);

describe('scriptParts', () => {
  it('gives a name in one script as it is', () => {
    expect(scriptParts('SOK DARA')).toEqual(['SOK DARA']);
    expect(scriptParts('សុខ ដារ៉ា')).toEqual(['សុខ ដារ៉ា']);
    expect(scriptParts('')).toEqual(['']);
  });

  it('parts a cell written in both scripts into its Khmer and its Latin writing, Khmer first', () => {
    expect(parts('សុខ ដារ៉ា (SOK DARA)')).toEqual(['សុខ ដារ៉ា', 'sok dara']);
    expect(parts('Chan Srey Mom / ចាន់\u200bស្រីមុំ')).toEqual(['ចាន់ ស្រីមុំ', 'chan srey mom']);
    expect(parts('សុខDara')).toEqual(['សុខ', 'dara']);
  });
});
