import { describe, it, expect } from 'vitest';
import { parseDate, parseRiel, parseSex } from '../../../src/domain/roster/fields';
import { headerKey } from '../../../src/domain/roster/columns';

describe('roster fields', () => {
  it('knows leap years', () => {
    expect(parseDate('29/02/2000')).toEqual({ ok: true, value: '2000-02-29' });
    expect(parseDate('29/02/1900').ok).toBe(false);
    expect(parseDate('2023-02-29').ok).toBe(false);
  });

  it('never reads a date month first', () => {
    expect(parseDate('12/31/1990').ok).toBe(false);
  });

  it('treats blank as not stated', () => {
    expect(parseDate(null)).toEqual({ ok: true, value: null });
    expect(parseSex(null)).toEqual({ ok: true, value: null });
    expect(parseRiel(null)).toEqual({ ok: true, value: null });
  });

  it('refuses negative and fractional wages', () => {
    expect(parseRiel('-5').ok).toBe(false);
    expect(parseRiel('1200.50').ok).toBe(false);
  });

  it('reduces header spellings to one key', () => {
    expect(headerKey(' Full Name ')).toBe(headerKey('full_name'));
    expect(headerKey('ប. ស. ស.')).toBe(headerKey('ប.ស.ស'));
    expect(headerKey('\ufeffname')).toBe('name');
  });
});
