import { describe, expect, it } from 'vitest';
import { joinBrokenWords, khmerFamilies, khmerNameWords, khmerWordsByLatin, khmerWordsBySheet, splitFamily, splitKnown } from '../../../src/domain/names/khmer-segment';
import { wordKey } from '../../../src/domain/names/name-form';
import { normalizeName } from '../../../src/domain/names/normalize';

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

  it('learns where a register that runs its Khmer names together cuts them, from the family name of the Latin name beside', () => {
    const learned = khmerWordsByLatin(
      [{ nameKh: 'ពេជ្រស្រីណា', nameLatin: 'PECH SREY NA' }, { nameKh: 'សុខស្រីមុំ', nameLatin: 'Sok Sreymom' }, { nameKh: 'ចាន់ដារ៉ា', nameLatin: null }],
      new Set(),
      normalizeName,
      wordKey,
    );
    expect([...learned].sort()).toEqual(['ពេជ្រ', 'ស្រីណា', 'សុខ', 'ស្រីមុំ'].sort());
    // Those words then cut a name the register writes in Khmer only.
    expect(splitKnown('ពេជ្រស្រីមុំ', learned)).toEqual(['ពេជ្រ', 'ស្រីមុំ']);
  });

  it('learns nothing from a name written apart, one already known, a Latin name of one word, or a family name the Khmer does not start with', () => {
    const learned = khmerWordsByLatin(
      [{ nameKh: 'ពេជ្រ ស្រីណា', nameLatin: 'PECH SREY NA' }, { nameKh: 'ពេជ្រធីតា', nameLatin: 'PECH THIDA' }, { nameKh: 'សុខស្រីមុំ', nameLatin: 'SOKSREYMOM' }, { nameKh: 'ចាន់ដារ៉ា', nameLatin: 'KEO DARA' }],
      new Set(['ពេជ្រធីតា']),
      normalizeName,
      wordKey,
    );
    expect([...learned]).toEqual([]);
  });
});

describe('khmerWordsBySheet', () => {
  const sheet = new Set(['PICH PHARY', 'Sok Dara', 'chanmeng vong', 'Mme Srey Mom Kim'].flatMap((n) => normalizeName(n).split(' ')).map(wordKey));
  const learn = (names: { nameKh: string; nameLatin: string | null }[], known = new Set<string>()) => khmerWordsBySheet(names, () => sheet, known, normalizeName, wordKey);

  it('cuts a register name written in Khmer alone, run together, where both parts key as words of the sheet\'s Latin names', () => {
    const learned = learn([{ nameKh: 'ពេជ្រផារី', nameLatin: null }, { nameKh: 'វង្សចាន់ម៉េង', nameLatin: null }, { nameKh: 'សុខដារ៉ា', nameLatin: null }]);
    expect([...learned].sort()).toEqual(['ចាន់ម៉េង', 'ដារ៉ា', 'ផារី', 'ពេជ្រ', 'វង្ស', 'សុខ'].sort());
    expect(splitKnown('ពេជ្រដារ៉ា', learned)).toEqual(['ពេជ្រ', 'ដារ៉ា']);
  });

  it('learns nothing from a name with a Latin name beside it, written apart, known, or whose rest the sheet does not write', () => {
    const learned = learn([
      { nameKh: 'ពេជ្រផារី', nameLatin: 'PICH PHARY' },
      { nameKh: 'សុខ ដារ៉ា', nameLatin: null },
      { nameKh: 'វង្សចាន់ម៉េង', nameLatin: null },
      { nameKh: 'សុខវណ្ណា', nameLatin: null },
    ], new Set(['វង្សចាន់ម៉េង']));
    expect([...learned]).toEqual([]);
    expect([...khmerWordsBySheet([{ nameKh: 'ពេជ្រផារី', nameLatin: null }], () => new Set(), new Set(), normalizeName, wordKey)]).toEqual([]);
  });
});

describe('splitFamily', () => {
  const families = khmerFamilies(['សាន ណារី', 'ចាន់ ដាវី', 'SOK DARA', 'ពេជ្រ\u200bធីតា', 'ស្រីមុំ']);

  it('learns the first words of Khmer names written apart', () => {
    expect([...families].sort()).toEqual(['ចាន់', 'ពេជ្រ', 'សាន'].sort());
  });

  it('cuts after the longest family name a word starts with, where a syllable starts', () => {
    expect(splitFamily('សានណារិ', families)).toEqual(['សាន', 'ណារិ']);
    expect(splitFamily('ពេជ្រធីតាា', families)).toEqual(['ពេជ្រ', 'ធីតាា']);
    // ចាន់ followed by a vowel sign: no syllable starts there.
    expect(splitFamily('ចាន់ា', families)).toBeNull();
    expect(splitFamily('ដាវីណារ', families)).toBeNull();
  });
});

describe('joinBrokenWords', () => {
  // The words names write apart; a name run together (ខៀវសុភា) is no word of its own.
  const words = khmerNameWords(['មាស ធីតា', 'ហ៊ុន មករា', 'ម៉េង ដារ៉ា', 'ខៀវសុភា']);

  it('joins the pieces between zero-width spaces that make a register word, in each part between real spaces', () => {
    expect(joinBrokenWords('ធី\u200bតា នាង', words)).toBe('ធីតា នាង');
    expect(joinBrokenWords('អា មក\u200bរា', words)).toBe('អា មករា');
    // The longest run that makes a word; a piece after it stays apart.
    expect(joinBrokenWords('ដា\u200bរ៉ា\u200bអា', words)).toBe('ដារ៉ា\u200bអា');
  });

  it('leaves a break between two words, a name without zero-width spaces, and everything when the register teaches nothing', () => {
    expect(joinBrokenWords('មាស\u200bធីតា', words)).toBe('មាស\u200bធីតា');
    // ខៀវសុភា is a whole name run together on the register, not a word of it.
    expect(joinBrokenWords('ខៀវ\u200bសុភា', words)).toBe('ខៀវ\u200bសុភា');
    expect(joinBrokenWords('ធី តា', words)).toBe('ធី តា');
    expect(joinBrokenWords('ធី\u200bតា', new Set())).toBe('ធី\u200bតា');
  });
});
