import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { normalizeId, normalizeName } from '../../../src/domain/names/normalize';

const ZWSP = '\u200b';

describe('normalizeName', () => {
  it('reads digits an OCR took for letters in a Latin name word (S0K, KH1EV, B0PHA), not in a code or a number', () => {
    expect(normalizeName('S0K DARA')).toBe('sok dara');
    expect(normalizeName('KH1EV<<B0PHA')).toBe('khiev bopha');
    expect(normalizeName('M0NY 5REY')).toBe('mony srey');
    // A line code has as many digits as letters; a number has no letter; 3, 4, 6, 7 and 9 look like none.
    expect(normalizeName('SOK DARA L12')).toBe('sok dara l12');
    expect(normalizeName('SOK DARA 012345678')).toBe('sok dara 012345678');
    expect(normalizeName('DARA7')).toBe('dara7');
  });

  it('treats a zero-width space between Khmer words as a space', () => {
    expect(normalizeName(`សុខ${ZWSP} ដារា`)).toBe(normalizeName('សុខ ដារា'));
    expect(normalizeName(`សុខ${ZWSP}ដារា`)).toBe('សុខ ដារា');
  });

  it('drops joiners and byte-order marks that copying leaves in a name', () => {
    expect(normalizeName('\ufeffចាន់\u200c សុភា\u200d')).toBe('ចាន់ សុភា');
  });

  it('drops the invisible inherent vowels and writes deprecated Khmer vowels as the letters they stand for', () => {
    expect(normalizeName('សុខ\u17b4 ដារ៉ា\u17b5')).toBe('សុខ ដារ៉ា');
    expect(normalizeName('\u17a3ុក')).toBe(normalizeName('អុក'));
    expect(normalizeName('\u17a4')).toBe(normalizeName('អា'));
    expect(normalizeName('\u17b2្យ')).toBe(normalizeName('ឱ្យ'));
  });

  it('collapses runs of spaces, tabs and non-breaking spaces', () => {
    expect(normalizeName('  ចាន់ \t\u00a0 សុភា  ')).toBe('ចាន់ សុភា');
  });

  it('reads full-width letters and the ideographic space as the plain ones', () => {
    expect(normalizeName('ＳＯＫ\u3000ＤＡＲＡ')).toBe('sok dara');
  });

  it('drops a title before the name, joined to it or not, but not a name that looks like one', () => {
    expect(normalizeName('Mr. Sok Dara')).toBe('sok dara');
    expect(normalizeName('MISS CHAN SOPHEA')).toBe('chan sophea');
    expect(normalizeName('លោក សុខ ដារ៉ា')).toBe(normalizeName('សុខ ដារ៉ា'));
    expect(normalizeName('លោកស្រីចាន់ សុភា')).toBe(normalizeName('ចាន់ សុភា'));
    expect(normalizeName('អ្នកស្រី ចាន់ សុភា')).toBe(normalizeName('ចាន់ សុភា'));
    expect(normalizeName('អ្នកនាងចាន់ សុភា')).toBe(normalizeName('ចាន់ សុភា'));
    expect(normalizeName('Madam Chan Sophea')).toBe('chan sophea');
    // As clerks schooled in French write them.
    expect(normalizeName('Mme pagna sao')).toBe('pagna sao');
    expect(normalizeName('Mlle. SOK Sreymom')).toBe('sok sreymom');
    expect(normalizeName('Monsieur Chan Dara')).toBe('chan dara');
    // កញ្ញា is Miss, and also the given name Kanha; a title alone is kept as written.
    expect(normalizeName('កញ្ញា សុខ')).toBe('កញ្ញា សុខ');
    expect(normalizeName('Mr')).toBe('mr');
  });

  it('drops bin or binti between a Cham name and the father\'s, in either script, but not as a first or last word', () => {
    expect(normalizeName('ROSMAH BINTI OSMAN')).toBe('rosmah osman');
    expect(normalizeName('Rosmah bt. Osman')).toBe('rosmah osman');
    expect(normalizeName('dolah bin yusof')).toBe('dolah yusof');
    expect(normalizeName('រ៉ូស្មះ ប៊ិនទី អូស្មាន់')).toBe(normalizeName('រ៉ូស្មះ អូស្មាន់'));
    expect(normalizeName('BIN SOKHA')).toBe('bin sokha');
    expect(normalizeName('Sok Bin')).toBe('sok bin');
    expect(normalizeName('Chan Binh Dara')).toBe('chan binh dara');
  });

  it('composes decomposed text to NFC so the same letters compare equal', () => {
    expect(normalizeName('Le\u0301a')).toBe(normalizeName('Léa'));
  });

  it('ignores the case of Latin names', () => {
    expect(normalizeName('SOK Dara')).toBe('sok dara');
    expect(normalizeName('sok dara')).toBe(normalizeName('Sok DARA'));
  });

  it('strips punctuation: commas and hyphens separate, apostrophes join', () => {
    expect(normalizeName('Sok, Dara.')).toBe('sok dara');
    expect(normalizeName('Sok-Dara')).toBe('sok dara');
    expect(normalizeName("Ly Kim'Heng")).toBe('ly kimheng');
  });

  it('strips Khmer punctuation such as the khan ។', () => {
    expect(normalizeName('ហេង សំណាង។')).toBe('ហេង សំណាង');
  });

  it('keeps Khmer vowel signs and subscripts that tell two names apart', () => {
    expect(normalizeName('ស្រីពៅ')).not.toBe(normalizeName('ស្រីពេ'));
    expect(normalizeName('ស្រី')).toBe('ស្រី');
  });

  it('keeps Latin accents, which may distinguish names', () => {
    expect(normalizeName('Lê')).not.toBe(normalizeName('Le'));
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      expect(normalizeName(normalizeName(s))).toBe(normalizeName(s));
    }));
  });
});

describe('normalizeId', () => {
  it('keeps letters and digits, upper-cased, without spaces, dashes or dots', () => {
    expect(normalizeId(' 0123-456.78 ')).toBe('012345678');
    expect(normalizeId('nssf 12-34')).toBe('NSSF1234');
  });

  it('drops a label written before the number, in English or Khmer', () => {
    for (const written of ['NSSF-012345678', 'nssf 012345678', 'ID: 012345678', 'No. 012345678', 'ID card no. 012345678', 'NSSF No. 012345678', 'លេខ ០១២៣៤៥៦៧៨', 'ប.ស.ស 012345678', 'អត្តសញ្ញាណប័ណ្ណ៖ 012345678', 'លេខអត្តសញ្ញាណប័ណ្ណ ០១២៣៤៥៦៧៨']) {
      expect(normalizeId(written), written).toBe('012345678');
    }
  });

  it('keeps letters that are not a label, or are before too few digits to be a number alone', () => {
    expect(normalizeId('N0123456')).toBe('N0123456');
    expect(normalizeId('IDA12345')).toBe('IDA12345');
    expect(normalizeId('ID 1234')).toBe('ID1234');
  });

  it('reads letters that look like digits as those digits, in a number that is otherwise digits, as a card reader misreads them', () => {
    expect(normalizeId('O12345678')).toBe('012345678');
    expect(normalizeId('o1234S67B')).toBe('012345678');
    expect(normalizeId('1O2 345 678')).toBe('102345678');
    expect(normalizeId('ID: O12345678')).toBe('012345678');
    // A letter that looks like no digit, or too few digits: a code, kept as written.
    expect(normalizeId('N0123456')).toBe('N0123456');
    expect(normalizeId('SB12')).toBe('SB12');
    expect(normalizeId('DOB123456')).toBe('DOB123456');
  });

  it('reads a number a spreadsheet wrote in scientific notation as that number when every digit is there, and as none when digits were rounded away', () => {
    expect(normalizeId('1.23456789E+08')).toBe('123456789');
    expect(normalizeId('4.66854E+08')).toBeNull();
    expect(normalizeId(' 4,66854e+8 ')).toBeNull();
    // Not a number in that notation: kept as written.
    expect(normalizeId('E12345')).toBe('E12345');
    expect(normalizeId('12345E08')).toBe('12345E08');
  });

  it('reads Khmer and full-width digits as the same number', () => {
    expect(normalizeId('០១២៣៤៥៦៧៨')).toBe('012345678');
    expect(normalizeId('０１２３')).toBe('0123');
  });

  it('keeps leading zeros, which are part of the number', () => {
    expect(normalizeId('007')).toBe('007');
  });

  it('returns null for nothing', () => {
    expect(normalizeId('')).toBeNull();
    expect(normalizeId(' - . ')).toBeNull();
    expect(normalizeId(null)).toBeNull();
    expect(normalizeId(undefined)).toBeNull();
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const once = normalizeId(s);
      expect(normalizeId(once)).toBe(once);
    }));
  });
});
