import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addDays, addMonths, addMonthsToDate, ageOn, dayOfMonth, daysBetween, daysInMonth, lastDayOf, monthRange,
} from '../../../src/domain/contributions/calendar';

describe('calendar', () => {
  it('knows February has 29 days in leap years only', () => {
    expect(daysInMonth('2024-02')).toBe(29);
    expect(daysInMonth('2025-02')).toBe(28);
    expect(daysInMonth('2000-02')).toBe(29);
    expect(daysInMonth('2100-02')).toBe(28);
    expect(lastDayOf('2026-04')).toBe('2026-04-30');
  });

  it('crosses the year from December to January', () => {
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });

  it('moves 31 January one month to the last day of February', () => {
    expect(addMonthsToDate('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsToDate('2025-01-31', 1)).toBe('2025-02-28');
    expect(dayOfMonth('2025-02', 31)).toBe('2025-02-28');
  });

  it('counts days across February in leap and common years', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
  });

  it('gives someone born on 29 February their birthday on 1 March in common years', () => {
    expect(ageOn('1968-02-29', '2029-02-28')).toBe(60);
    expect(ageOn('1968-02-29', '2029-03-01')).toBe(61);
    expect(ageOn('1964-02-29', '2024-02-29')).toBe(60);
  });

  it('refuses dates that do not exist', () => {
    expect(() => addDays('2025-02-29', 1)).toThrow(RangeError);
    expect(() => addMonths('2025-13', 1)).toThrow(RangeError);
  });

  it('adds and subtracts days and months consistently', () => {
    const day = fc.date({ min: new Date('1950-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(day, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
      expect(daysBetween(d, addDays(d, n))).toBe(n);
      expect(addMonths(addMonths(d.slice(0, 7), n), -n)).toBe(d.slice(0, 7));
    }));
  });
});
