import { describe, it, expect } from 'vitest';
import { NameCache } from '../../../src/domain/names/name-cache';
import { compareName } from '../../../src/domain/reconcile/compare-name';
import { namesClose } from '../../../src/domain/reconcile/name-code';
import { COMMON_NAMES, PUBLIC_FIGURES, UN_ROMANIZED, type KnownName } from './known-names';

/** Each (Khmer, Latin) pair of the list, and whether the engine's comparator finds them similar or better. */
function agreement(list: KnownName[]): { rate: number; missed: string[] } {
  const cache = new NameCache();
  const missed: string[] = [];
  let pairs = 0;
  for (const { kh, latin } of list) {
    for (const l of latin) {
      pairs++;
      if (!namesClose(compareName(cache.form(l), [cache.form(kh)]))) missed.push(`${kh} / ${l}`);
    }
  }
  return { rate: 1 - missed.length / pairs, missed };
}

describe('romanized Khmer against the Latin spellings names are known by', () => {
  // 108 of 112 pairs agree. The four that do not are spellings of their own, not a romanization:
  // Sam Rainsy (រង្ស៊ី), Norodom Sihanouk (-nouk), Aun Pornmoniroth (ព័ន្ធ Porn), Hok Lundy (ឡង់ Lun).
  it('finds at least 95 % of publicly known names similar or better', () => {
    const { rate, missed } = agreement([...PUBLIC_FIGURES, ...COMMON_NAMES]);
    expect(rate, `missed: ${missed.join('; ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it("finds every name written in the UN's romanization, with its diacritics and ligatures (Chhœm), similar or better", () => {
    const { missed } = agreement(UN_ROMANIZED);
    expect(missed).toEqual([]);
  });

  it('finds every common given and family name similar or better', () => {
    const { missed } = agreement(COMMON_NAMES);
    expect(missed).toEqual([]);
  });

  it('never takes a known spelling for another name the register knows, with every Khmer name of the lists on the register', () => {
    const cache = new NameCache();
    const all = [...PUBLIC_FIGURES, ...COMMON_NAMES];
    const known = new Uint8Array(10_000);
    for (const { kh } of all) for (const id of cache.form(kh).keyIds) known[id] = 1;
    const split: string[] = [];
    for (const { kh, latin } of all) {
      for (const l of latin) {
        const level = compareName(cache.onsite(l), [cache.form(kh)], known)?.level;
        if (level === 'otherName') split.push(`${kh} / ${l}`);
      }
    }
    expect(split).toEqual([]);
  });
});
