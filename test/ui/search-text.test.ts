import { describe, expect, it } from 'vitest';
import { searchFor, searchText } from '../../src/ui/search-text';

const row = searchText(['សុខ ដារ៉ា', 'SOK  Dara'], ['012345678', null, 'NSSF-10000001']);
const finds = (query: string) => searchFor(query)!(row);

describe('searching rows by name or number', () => {
  it('finds a row by part of a name, in either script, however it is spaced or cased', () => {
    expect(finds('sok d')).toBe(true);
    expect(finds('DARA')).toBe(true);
    expect(finds('ដារ៉ា')).toBe(true);
    // Typed with a zero-width space between the words, as Khmer keyboards do.
    expect(finds('សុខ\u200bដារ៉ា')).toBe(true);
    expect(finds('chan')).toBe(false);
  });

  it('finds a row by part of a number, as printed on a card or typed with spaces', () => {
    expect(finds('012 345')).toBe(true);
    expect(finds('០១២៣៤៥')).toBe(true);
    expect(finds('10000001')).toBe(true);
    expect(finds('99999')).toBe(false);
  });

  it('never runs a query from one field into the next', () => {
    expect(finds('dara012')).toBe(false);
    expect(finds('67810000001')).toBe(false);
  });

  it('lets every row through for a blank query', () => {
    expect(searchFor('')).toBeNull();
    expect(searchFor('  \u200b ')).toBeNull();
  });
});
