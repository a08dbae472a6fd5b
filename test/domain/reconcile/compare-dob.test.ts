import { describe, it, expect } from 'vitest';
import { compareDob, fromBuddhistEra, tooYoung, toDob } from '../../../src/domain/reconcile/compare-dob';
import { priorAbsent, PRIOR_ABSENT } from '../../../src/domain/reconcile/weights';

const cmp = (a: string, b: string) => compareDob(toDob(a), toDob(b));

describe('compareDob', () => {
  it('names a date a century off, with day and month as written or swapped, as a two-digit year read in the wrong century', () => {
    expect(cmp('1905-08-08', '2005-08-08')).toBe('centuryApart');
    expect(cmp('2068-11-03', '1968-03-11')).toBe('centuryApart');
    // Other days, or years not a century apart, are no such slip.
    expect(cmp('1905-08-09', '2005-08-07')).toBe('differs');
    expect(cmp('1968-03-11', '2067-03-11')).toBe('differs');
  });

  it('names the same year and month with the 1st on one side as a day not known, not two slips', () => {
    expect(cmp('1988-04-01', '1988-04-29')).toBe('monthDefaultDay');
    expect(cmp('1988-04-29', '1988-04-01')).toBe('monthDefaultDay');
    // Another month, or no 1st, is still the same year only; 1 January is the year alone.
    expect(cmp('1988-04-01', '1988-05-29')).toBe('sameYear');
    expect(cmp('1988-04-12', '1988-04-29')).toBe('sameYear');
    expect(cmp('1988-01-01', '1988-04-29')).toBe('yearDefaultDay');
  });

  it('keeps the slips it named before', () => {
    expect(cmp('1990-03-04', '1990-04-03')).toBe('dayMonthSwapped');
    expect(cmp('1990-03-04', '1991-03-04')).toBe('oneDigit');
    expect(cmp('1990-03-04', '1990-03-04')).toBe('equal');
  });
});

describe('priorAbsent', () => {
  it('reads the usual absences where the sheet lists about the register, and more where it lists far fewer', () => {
    expect(priorAbsent(10_000, 9_500)).toBe(PRIOR_ABSENT);
    expect(priorAbsent(10_000, 8_700)).toBe(PRIOR_ABSENT);
    expect(priorAbsent(10_000, 6_000)).toBeCloseTo(0.4);
    expect(priorAbsent(10_000, 2_000)).toBe(0.5);
  });

  it('reads a sheet of a few workers checked alone as no floor, which says nothing of the others', () => {
    expect(priorAbsent(300, 3)).toBe(PRIOR_ABSENT);
    expect(priorAbsent(10_000, 0)).toBe(PRIOR_ABSENT);
  });
});

describe('tooYoung', () => {
  it('takes a date that makes the worker a child when the row was written for no date of birth, but not a date after it (a century slip)', () => {
    const at = '2025-03-10T08:00:00+07:00';
    expect(tooYoung(toDob('2019-11-02')!, at)).toBe(true);
    expect(tooYoung(toDob('2012-01-01')!, at)).toBe(true);
    expect(tooYoung(toDob('2010-06-30')!, at)).toBe(false);
    expect(tooYoung(toDob('1990-03-04')!, at)).toBe(false);
    expect(tooYoung(toDob('2068-11-03')!, at)).toBe(false);
  });
});

describe('fromBuddhistEra', () => {
  it('reads a year of the Buddhist Era (CE + 543), as Khmer papers write it, as the Common Era year, and no other', () => {
    expect(fromBuddhistEra(toDob('2533-05-12')!)).toMatchObject({ iso: '1990-05-12', year: 1990, month: 5, day: 12, ymd: 19900512 });
    expect(fromBuddhistEra(toDob('2400-01-01')!)?.iso).toBe('1857-01-01');
    expect(fromBuddhistEra(toDob('1990-05-12')!)).toBeNull();
    // A two-digit year in the wrong century is not one.
    expect(fromBuddhistEra(toDob('2068-11-03')!)).toBeNull();
  });
});
