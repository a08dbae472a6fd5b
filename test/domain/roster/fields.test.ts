import { describe, it, expect } from 'vitest';
import { dateOrderOf, parseDate, parseRiel, parseSex } from '../../../src/domain/roster/fields';
import { cell, headerKey } from '../../../src/domain/roster/columns';

describe('roster fields', () => {
  it('knows leap years', () => {
    expect(parseDate('29/02/2000')).toEqual({ ok: true, value: '2000-02-29' });
    for (const written of ['29/02/1900', '2023-02-29']) {
      expect(parseDate(written)).toMatchObject({ ok: true, value: null, note: { kind: 'notOnCalendar', text: expect.stringContaining(written) } });
    }
  });

  it('reads a date day first wherever day first makes a date', () => {
    expect(parseDate('03/04/1990')).toEqual({ ok: true, value: '1990-04-03' });
    expect(parseDate('31/02/1990')).toMatchObject({ ok: true, value: null, note: { kind: 'notOnCalendar' } });
  });

  it('reads a date not on the calendar, even with day and month swapped, as not given, never as another day', () => {
    for (const written of ['1990-02-30', '1990-03-38', '1990-13-13', '1990-00-12', '38/03/1990', '30/02/90']) {
      expect(parseDate(written), written).toMatchObject({ ok: true, value: null, note: { kind: 'notOnCalendar' } });
    }
    expect(parseDate('1990-03')).toMatchObject({ ok: false, message: expect.stringContaining('is not YYYY-MM-DD') });
  });

  it('reads a date that exists only with day and month swapped so, and says so', () => {
    expect(parseDate('12/31/1990')).toMatchObject({ ok: true, value: '1990-12-31', note: { kind: 'dayMonthSwapped', text: expect.stringContaining('swapped') } });
    expect(parseDate('1990-25-03')).toMatchObject({ ok: true, value: '1990-03-25', note: { text: expect.stringContaining('"1990-25-03"') } });
    expect(parseDate('1990-03-25')).toEqual({ ok: true, value: '1990-03-25' });
  });

  it('reads a date month first when told the file writes its dates so, and a day-first one there as swapped', () => {
    expect(parseDate('03/04/1990', 'monthFirst')).toEqual({ ok: true, value: '1990-03-04' });
    expect(parseDate('3/25/1990 12:00:00 AM', 'monthFirst')).toEqual({ ok: true, value: '1990-03-25' });
    expect(parseDate('3/25/90', 'monthFirst')).toMatchObject({ ok: true, value: '1990-03-25', note: { kind: 'twoDigitYear' } });
    expect(parseDate('25/3/1990', 'monthFirst')).toMatchObject({ ok: true, value: '1990-03-25', note: { kind: 'dayMonthSwapped' } });
    expect(parseDate('1990-03-04', 'monthFirst')).toEqual({ ok: true, value: '1990-03-04' });
    expect(parseDate('25 March 1990', 'monthFirst')).toEqual({ ok: true, value: '1990-03-25' });
  });

  it('takes a file as writing dates month first only when more of them, and at least two, can be read only so', () => {
    expect(dateOrderOf(['3/25/1990', '12/31/1985', '3/4/1990', null, ''])).toBe('monthFirst');
    expect(dateOrderOf(['3/25/1990', '12/31/1985', '31/12/1985', '01/02/03'])).toBe('monthFirst');
    expect(dateOrderOf(['3/25/1990', '3/4/1990'])).toBe('dayFirst');
    expect(dateOrderOf(['3/25/1990', '12/31/1985', '25/3/1990', '31/12/1985'])).toBe('dayFirst');
    expect(dateOrderOf(['1990-03-25', '1985-12-31', '25 March 1990'])).toBe('dayFirst');
    expect(dateOrderOf([])).toBe('dayFirst');
  });

  it('reads the forms spreadsheets export dates in', () => {
    for (const written of ['1990/03/25', '1990.3.25', '19900325', '1990-03-25 00:00:00', '25/03/1990 12:00:00 AM', '25/03/1990 0:00', '1990-03-25T00:00:00.000Z', '25-Mar-1990', '25 March 1990', '25 មីនា 1990', '២៥/០៣/១៩៩០']) {
      expect(parseDate(written), written).toEqual({ ok: true, value: '1990-03-25' });
    }
    for (const written of ['Mar 25, 1990', 'March 25 1990']) expect(parseDate(written), written).toEqual({ ok: true, value: '1990-03-25' });
    expect(parseDate('25 Marchly 1990').ok).toBe(false);
    expect(parseDate('1990-03').ok).toBe(false);
  });

  it('reads a two-digit year as Excel does, a spreadsheet day number and a year alone, each with a note', () => {
    expect(parseDate('25/03/90')).toMatchObject({ ok: true, value: '1990-03-25', note: { kind: 'twoDigitYear' } });
    expect(parseDate('01.02.05')).toMatchObject({ ok: true, value: '2005-02-01', note: { kind: 'twoDigitYear' } });
    expect(parseDate('31/12/29')).toMatchObject({ value: '2029-12-31' });
    expect(parseDate('4-Mar-90')).toMatchObject({ ok: true, value: '1990-03-04', note: { kind: 'twoDigitYear' } });
    expect(parseDate('25 មីនា 05')).toMatchObject({ ok: true, value: '2005-03-25', note: { kind: 'twoDigitYear' } });
    expect(parseDate('01/01/30')).toMatchObject({ value: '1930-01-01' });
    expect(parseDate('32957')).toMatchObject({ ok: true, value: '1990-03-25', note: { kind: 'dayNumber' } });
    expect(parseDate('45000')).toMatchObject({ value: '2023-03-15' });
    expect(parseDate('1234').ok).toBe(false);
    expect(parseDate('1990')).toMatchObject({ ok: true, value: '1990-01-01', note: { kind: 'yearOnly' } });
    expect(parseDate('១៩៨៥')).toMatchObject({ ok: true, value: '1985-01-01' });
    expect(parseDate('1850').ok).toBe(false);
  });

  it('reads sex U, X or O as not stated, with a note', () => {
    for (const written of ['U', 'x', 'O', 'Other']) expect(parseSex(written), written).toMatchObject({ ok: true, value: null, note: { kind: 'sexNotStated' } });
  });

  it('reads sex written as a word, a Khmer initial or with a full stop', () => {
    for (const [written, sex] of [['Woman', 'F'], ['ស', 'F'], ['F.', 'F'], ['man', 'M'], ['ប', 'M'], ['Male', 'M']] as const) {
      expect(parseSex(written), written).toEqual({ ok: true, value: sex });
    }
    expect(parseSex('Z').ok).toBe(false);
    expect(parseSex('yes').ok).toBe(false);
  });

  it('takes a cell saying "not known" as blank', () => {
    const map = { date_of_birth: [0], sex: [1] };
    for (const v of ['N/A', '-', 'null', 'មិនដឹង', '#N/A', 'nan', 'NaT', 'undefined']) expect(cell([v, 'F'], map, 'date_of_birth', ['dob', 'sex'])).toEqual({ ok: true, value: null });
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
