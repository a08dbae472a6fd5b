import { describe, expect, it } from 'vitest';
import { NameCache } from '../../../src/domain/names/name-cache';
import { LearnedLatin } from '../../../src/domain/reconcile/learned-latin';

describe('LearnedLatin', () => {
  // The register's clerks write នឹម as NEUV (the romanizer reads Nem) and ជា as CHEA.
  const register = [
    { nameKh: 'ជា នឹម', nameLatin: 'CHEA NEUV' },
    { nameKh: 'ជា ម៉ន', nameLatin: 'CHEA MORN' },
    { nameKh: 'កែវ នឹម', nameLatin: 'KEO NEUV' },
  ];
  const cache = new NameCache([], register);
  const learned = new LearnedLatin(cache, register);

  it("reads a Khmer name given alone in the register's clerks' spellings", () => {
    expect(learned.latinOf(cache.form('ជា នឹម'))).toBe('chea neuv');
  });

  it('learns a spelling for the Khmer word as written, not for every word its key folds with it: ឆាយ (Chhay) is not ជា (Chea)', () => {
    expect(learned.latinOf(cache.form('ឆាយ នឹម'))).toBeNull();
  });
});
