import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { FineLine, type PenaltySchedule } from '../../../src/protocol';
import { DEFAULT_PENALTY_SCHEDULE } from '../../../src/domain/fines/default-schedule';
import { citationOf, draftFineLines, noticeTotal } from '../../../src/domain/fines/draft';

const S = DEFAULT_PENALTY_SCHEDULE;

describe('draftFineLines', () => {
  it('fines two hidden workers 10 × 80,000 riel each by default: 1,600,000 riel', () => {
    const lines = draftFineLines(S, { unregisteredWorkers: 2 });
    expect(lines).toEqual([{
      breach: 'unregistered_worker', kind: 'fine', count: 2, multiplier: 10, baseDailyWageRiel: 80_000, amountRiel: 1_600_000,
      legalReference: 'Prakas 168/22 (5 Jul 2022)', labelKm: S.breaches[0].labelKm, labelEn: S.breaches[0].labelEn,
    }]);
    expect(lines.map((l) => FineLine.parse(l))).toEqual(lines);
  });

  it('uses the multiplier the inspector chose within the range', () => {
    expect(draftFineLines(S, { unregisteredWorkers: 1 }, { unregistered_worker: 30 })[0].amountRiel).toBe(2_400_000);
  });

  it('refuses a multiplier outside the schedule range instead of changing it', () => {
    expect(() => draftFineLines(S, { unregisteredWorkers: 1 }, { unregistered_worker: 31 })).toThrow(/between 10 and 30/);
    expect(() => draftFineLines(S, { unregisteredWorkers: 1 }, { unregistered_worker: 9 })).toThrow(RangeError);
    expect(() => draftFineLines(S, { unregisteredWorkers: 1 }, { unregistered_worker: Number.NaN })).toThrow(RangeError);
  });

  it('drafts no line when no worker is concerned', () => {
    expect(draftFineLines(S, { unregisteredWorkers: 0 })).toEqual([]);
  });

  it('refuses a count that is not a whole number of workers', () => {
    expect(() => draftFineLines(S, { unregisteredWorkers: -1 })).toThrow(RangeError);
    expect(() => draftFineLines(S, { unregisteredWorkers: 1.5 })).toThrow(RangeError);
  });

  it('refuses a rule a supervisor has not filled in yet', () => {
    const unset: PenaltySchedule = {
      ...S, breaches: S.breaches.map((b) => (b.code === 'unregistered_worker' ? { ...b, multiplierMin: 0, multiplierMax: 0, defaultMultiplier: 0 } : b)),
    };
    expect(() => draftFineLines(unset, { unregisteredWorkers: 1 })).toThrow(/supervisor/);
  });

  it('rounds a fractional multiplier to whole riel per worker', () => {
    const odd: PenaltySchedule = { ...S, baseDailyWageRiel: 33_333 };
    expect(draftFineLines(odd, { unregisteredWorkers: 3 }, { unregistered_worker: 10.5 })[0].amountRiel).toBe(3 * 349_997);
  });

  it('is linear in the count, and the total is the sum of the lines', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), fc.double({ min: 10, max: 30, noNaN: true }),
      fc.integer({ min: 1, max: 1_000_000 }),
      (a, b, m, base) => {
        const s = { ...S, baseDailyWageRiel: base };
        const draft = (n: number) => draftFineLines(s, { unregisteredWorkers: n }, { unregistered_worker: m });
        const [la, lb, lab] = [draft(a), draft(b), draft(a + b)];
        expect(noticeTotal(lab)).toBe(noticeTotal(la) + noticeTotal(lb));
        expect(noticeTotal(lab)).toBe(lab.reduce((x, l) => x + l.amountRiel, 0));
        for (const l of lab) expect(Number.isInteger(l.amountRiel)).toBe(true);
      },
    ));
  });
});

describe('noticeTotal', () => {
  it('is zero for a notice without lines', () => {
    expect(noticeTotal([])).toBe(0);
  });
});

describe('the legal basis printed on a notice', () => {
  it('is the citation alone, not the research notes behind the figure', () => {
    const [line] = draftFineLines(S, { unregisteredWorkers: 1 });
    expect(line.legalReference).toBe('Prakas 168/22 (5 Jul 2022)');
    expect(S.breaches[0].provenance.reference.length).toBeGreaterThan(line.legalReference.length);
  });

  it('falls back to the full reference where a supervisor gave no citation', () => {
    expect(citationOf({ reference: 'Circular 12 of the fund, art. 3', citation: null })).toBe('Circular 12 of the fund, art. 3');
  });
});
