import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { repairMisreadUtf8 } from '../../../src/domain/names/misread-utf8';
import { normalizeName } from '../../../src/domain/names/normalize';

/** Latin-1's reading of UTF-8 text, each byte its own code point: what Node's decoder makes of it. */
const misread = (text: string) => new TextDecoder('latin1').decode(new TextEncoder().encode(text));

describe('text misread as Windows-1252', () => {
  const names = ['សុខ ដារ៉ា', 'ហេង ស្រីមុំ', 'ចាន់\u200bសុភា', 'ឡាយ សុភ័ក្ត្រ', 'Nguyễn Văn An', 'Hélène Sok'];
  // As Excel on Windows shows them (Python's cp1252, its five gaps kept as C1 controls).
  const excel = [
    '\u00e1\u017e\u0178\u00e1\u017e\u00bb\u00e1\u017e\u0081 \u00e1\u017e\u0160\u00e1\u017e\u00b6\u00e1\u017e\u0161\u00e1\u0178\u2030\u00e1\u017e\u00b6',
    '\u00e1\u017e\u00a0\u00e1\u0178\u0081\u00e1\u017e\u201e \u00e1\u017e\u0178\u00e1\u0178\u2019\u00e1\u017e\u0161\u00e1\u017e\u00b8\u00e1\u017e\u02dc\u00e1\u017e\u00bb\u00e1\u0178\u2020',
    '\u00e1\u017e\u2026\u00e1\u017e\u00b6\u00e1\u017e\u201c\u00e1\u0178\u2039\u00e2\u20ac\u2039\u00e1\u017e\u0178\u00e1\u017e\u00bb\u00e1\u017e\u2014\u00e1\u017e\u00b6',
    '\u00e1\u017e\u00a1\u00e1\u017e\u00b6\u00e1\u017e\u2122 \u00e1\u017e\u0178\u00e1\u017e\u00bb\u00e1\u017e\u2014\u00e1\u0178\u0090\u00e1\u017e\u20ac\u00e1\u0178\u2019\u00e1\u017e\u008f\u00e1\u0178\u2019\u00e1\u017e\u0161',
    'Nguy\u00e1\u00bb\u2026n V\u00c4\u0192n An',
    'H\u00c3\u00a9l\u00c3\u00a8ne Sok',
  ];

  it('puts back Khmer names, a zero-width space and Vietnamese letters included, as Excel and as Latin-1 misread them', () => {
    names.forEach((name, i) => {
      expect(repairMisreadUtf8(excel[i])).toBe(name);
      expect(repairMisreadUtf8(misread(name))).toBe(name);
    });
    expect(excel[0].startsWith('ážŸáž»')).toBe(true);
  });

  it('leaves text that was never misread as it is', () => {
    for (const name of names) expect(repairMisreadUtf8(name)).toBe(name);
    // Accents and signs in Latin names that are no UTF-8 sequence: é then b, Â then a space.
    for (const name of ['Sébastien', 'Â Sok', 'Ça', 'Müller Ö', 'Dara ©2024']) expect(repairMisreadUtf8(name)).toBe(name);
    // An accented letter and a no-break space at the end read as UTF-8 only with another: not put back.
    for (const name of ['José\u00a0', 'Hà\u00a0', 'ç©']) expect(repairMisreadUtf8(name)).toBe(name);
  });

  it('leaves text with a letter no misreading makes, or bytes that are not UTF-8', () => {
    const mixed = `${excel[0]} ដារ៉ា`;
    expect(repairMisreadUtf8(mixed)).toBe(mixed);
    expect(repairMisreadUtf8('Ã©tÃx')).toBe('Ã©tÃx');
    expect(repairMisreadUtf8('Ã©tÃ')).toBe('Ã©tÃ');
  });

  it('puts back a name whose trailing no-break space a spreadsheet trimmed, the last byte of ហ', () => {
    const cut = '\u00e1\u017e\u02dc\u00e1\u0178\u2030\u00e1\u0178\u2026 \u00e1\u017e';
    expect(repairMisreadUtf8(cut)).toBe('ម៉ៅ ហ');
  });

  it('puts back any text misread so, and never changes text that was not', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (text) => {
      expect(repairMisreadUtf8(misread(text))).toBe(text);
    }));
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'សុខដារ៉ាហេង ស្រីមុំabcdéèçÂÃ©'), maxLength: 12 }), (text) => {
      // Text of Khmer, Latin letters and accents alone has no misread pair but Â or Ã before a
      // sign, which a real name does not write; such text is put back only if it reads as UTF-8.
      const back = repairMisreadUtf8(text);
      if (back !== text) expect(misread(back)).toBe(text);
    }));
  });

  it('is read through by normalizeName, which also leaves out a letter a decoder could not read', () => {
    expect(normalizeName(misread('សុខ ដារ៉ា'))).toBe(normalizeName('សុខ ដារ៉ា'));
    expect(normalizeName('SOK D\ufffdRA')).toBe('sok dra');
  });
});
