import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { owedForMonth } from '../../../src/domain/contributions/owed';
import { contributableWage, lowestFloor, ratesForMonth } from '../../../src/domain/contributions/rates';
import { BEFORE_PENSION, FULL_MONTH, rate, S, withRates } from './fixtures';

const owed = (over: Partial<Parameters<typeof owedForMonth>[1]> = {}, schedule = S) =>
  owedForMonth(schedule, { month: '2026-03', wageRiel: 1_000_000, dateOfBirth: '1995-05-05', ...over }).owedRiel;

describe('ratesForMonth', () => {
  it('charges no pension before October 2022, when Sub-Decree 144 started it', () => {
    expect(ratesForMonth(S, '2022-09').map((r) => r.scheme).sort()).toEqual(['health_care', 'occupational_risk']);
    expect(ratesForMonth(S, '2022-10').map((r) => r.scheme).sort()).toEqual(['health_care', 'occupational_risk', 'pension']);
  });

  it('applies a rate ending on 30 June to June and its successor from 1 July to July, never both', () => {
    const s = withRates([rate({ ratePercent: 2, validTo: '2025-06-30' }), rate({ ratePercent: 3, validFrom: '2025-07-01' })]);
    expect(ratesForMonth(s, '2025-06').map((r) => r.ratePercent)).toEqual([2]);
    expect(ratesForMonth(s, '2025-07').map((r) => r.ratePercent)).toEqual([3]);
  });

  it('applies a rate taking effect mid-month from the next month', () => {
    const s = withRates([rate({ ratePercent: 2, validTo: '2025-06-15' }), rate({ ratePercent: 3, validFrom: '2025-06-16' })]);
    expect(ratesForMonth(s, '2025-06').map((r) => r.ratePercent)).toEqual([2]);
    expect(ratesForMonth(s, '2025-07').map((r) => r.ratePercent)).toEqual([3]);
  });
});

describe('contributableWage', () => {
  it('raises a wage below the floor to the floor and caps one above the ceiling', () => {
    const band = { wageFloorRiel: 400_000, wageCeilingRiel: 1_200_000 };
    expect(contributableWage(250_000, band)).toBe(400_000);
    expect(contributableWage(900_000, band)).toBe(900_000);
    expect(contributableWage(3_000_000, band)).toBe(1_200_000);
  });

  it('treats a null floor or ceiling as none', () => {
    expect(contributableWage(50_000, { wageFloorRiel: null, wageCeilingRiel: 1_200_000 })).toBe(50_000);
    expect(contributableWage(9_000_000, { wageFloorRiel: 200_000, wageCeilingRiel: null })).toBe(9_000_000);
  });

  it('finds the lowest floor in force: occupational risk 200,000 riel', () => {
    expect(lowestFloor(S, '2026-03')).toBe(200_000);
    expect(lowestFloor(withRates([rate({})]), '2026-03')).toBeNull();
  });
});

describe('owedForMonth', () => {
  it('charges 0.8 % + 2.6 % + 4 % of a 1,000,000 riel wage: 74,000 riel, employer and worker shares together', () => {
    expect(owed()).toBe(FULL_MONTH);
  });

  it('charges a wage below every floor on each scheme’s own floor', () => {
    // 0.8 % of 200,000 + 2.6 % of 100,000 (no floor) + 4 % of 400,000.
    expect(owed({ wageRiel: 100_000 })).toBe(1_600 + 2_600 + 16_000);
  });

  it('charges a wage above the ceiling on the ceiling of 1,200,000 riel', () => {
    expect(owed({ wageRiel: 5_000_000 })).toBe(owed({ wageRiel: 1_200_000 }));
    expect(owed({ wageRiel: 1_200_000 })).toBe(9_600 + 31_200 + 48_000);
  });

  it('charges no pension for September 2022 and full pension from October 2022', () => {
    expect(owed({ month: '2022-09' })).toBe(BEFORE_PENSION);
    expect(owed({ month: '2022-10' })).toBe(FULL_MONTH);
  });

  it('rounds 29,618.5 riel up to 29,619: half up, once per worker-month', () => {
    expect(owed({ wageRiel: 400_250 })).toBe(29_619);
  });

  it('rounds 0.29 % of 25,000 riel to 73, where floating point would give 72', () => {
    expect(owed({ wageRiel: 25_000 }, withRates([rate({ ratePercent: 0.29 })]))).toBe(73);
  });

  it('charges a worker hired on the 16th of a 30-day month for half the month', () => {
    expect(owed({ month: '2026-04', startDate: '2026-04-16' })).toBe(FULL_MONTH / 2);
  });

  it('charges a worker hired on the 16th of a 31-day month for 16 of 31 days, rounded', () => {
    expect(owed({ month: '2026-03', startDate: '2026-03-16' })).toBe(Math.round((FULL_MONTH * 16) / 31));
  });

  it('prorates February by 29 days in a leap year and 28 otherwise', () => {
    expect(owed({ month: '2025-02', startDate: '2025-02-15' })).toBe(FULL_MONTH / 2);
    expect(owed({ month: '2024-02', startDate: '2024-02-15' })).toBe(Math.round((FULL_MONTH * 15) / 29));
  });

  it('charges the whole first month when proration is off', () => {
    expect(owed({ month: '2026-04', startDate: '2026-04-16', prorate: false })).toBe(FULL_MONTH);
  });

  it('charges a full month for a start on the 1st or in an earlier month, and nothing for a start after the month', () => {
    expect(owed({ month: '2026-04', startDate: '2026-04-01' })).toBe(FULL_MONTH);
    expect(owed({ month: '2026-04', startDate: '2025-12-20' })).toBe(FULL_MONTH);
    expect(owed({ month: '2026-04', startDate: '2026-05-01' })).toBe(0);
    expect(owed({ month: '2026-04', startDate: '2026-05-01', prorate: false })).toBe(0);
  });

  it('still charges pension in the month a worker turns 60, and not from the next', () => {
    expect(owed({ month: '2026-03', dateOfBirth: '1966-03-15' })).toBe(FULL_MONTH);
    expect(owed({ month: '2026-04', dateOfBirth: '1966-03-15' })).toBe(BEFORE_PENSION);
  });

  it('exempts a worker who turns 60 on the 1st from that month', () => {
    expect(owed({ month: '2026-03', dateOfBirth: '1966-03-01' })).toBe(BEFORE_PENSION);
  });

  it('charges pension when the date of birth is unknown', () => {
    expect(owed({ dateOfBirth: null })).toBe(FULL_MONTH);
  });

  it('refuses a wage that is not whole riel', () => {
    expect(() => owed({ wageRiel: 1.5 })).toThrow(RangeError);
    expect(() => owed({ wageRiel: -1 })).toThrow(RangeError);
  });

  describe('properties', () => {
    const wage = fc.integer({ min: 0, max: 20_000_000 });
    const month = fc.integer({ min: 2015 * 12, max: 2035 * 12 }).map((i) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);

    it('is whole riel, never negative, and never falls as the wage rises', () => {
      fc.assert(fc.property(wage, wage, month, (a, b, m) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const x = owed({ wageRiel: lo, month: m });
        expect(Number.isSafeInteger(x) && x >= 0).toBe(true);
        expect(owed({ wageRiel: hi, month: m })).toBeGreaterThanOrEqual(x);
      }));
    });

    it('charges every wage under the floors like the floor, and every wage over the ceilings like the ceiling', () => {
      fc.assert(fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1_200_000, max: 50_000_000 }), (low, high) => {
        // Health care has no floor: only the floored schemes are flat below theirs.
        const floored = withRates(S.contributionRates.filter((r) => r.wageFloorRiel !== null));
        expect(owed({ wageRiel: low }, floored)).toBe(owed({ wageRiel: 0 }, floored));
        expect(owed({ wageRiel: high })).toBe(owed({ wageRiel: 1_200_000 }));
      }));
    });

    it('rounds exactly, half up, for any rate in hundredths of a percent', () => {
      fc.assert(fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000_000 }), (hundredths, w) => {
        const exact = (2n * BigInt(w) * BigInt(hundredths) + 10_000n) / 20_000n;
        expect(owed({ wageRiel: w }, withRates([rate({ ratePercent: hundredths / 100 })]))).toBe(Number(exact));
      }));
    });

    it('never charges more for a later start date in the month', () => {
      fc.assert(fc.property(wage, fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 31 }), fc.boolean(), (w, d1, d2, prorate) => {
        const day = (d: number) => `2026-01-${String(d).padStart(2, '0')}`;
        const [early, late] = d1 <= d2 ? [d1, d2] : [d2, d1];
        expect(owed({ month: '2026-01', wageRiel: w, startDate: day(late), prorate })).toBeLessThanOrEqual(owed({ month: '2026-01', wageRiel: w, startDate: day(early), prorate }));
      }));
    });
  });
});
