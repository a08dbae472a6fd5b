import { describe, it, expect } from 'vitest';
import { PenaltySchedule } from '../../../src/protocol';
import { DEFAULT_PENALTY_SCHEDULE } from '../../../src/domain/fines/default-schedule';

describe('DEFAULT_PENALTY_SCHEDULE', () => {
  it('is a valid PenaltySchedule on the wire', () => {
    expect(PenaltySchedule.parse(DEFAULT_PENALTY_SCHEDULE)).toEqual(DEFAULT_PENALTY_SCHEDULE);
  });

  it('fines an unregistered worker 10 to 30 times the base daily wage of 80,000 riel', () => {
    const rule = DEFAULT_PENALTY_SCHEDULE.breaches.find((b) => b.code === 'unregistered_worker')!;
    expect(DEFAULT_PENALTY_SCHEDULE.baseDailyWageRiel).toBe(80_000);
    expect([rule.multiplierMin, rule.defaultMultiplier, rule.multiplierMax]).toEqual([10, 10, 30]);
    expect(rule.provenance.reference).toContain('168/22');
    expect(rule.labelKm).toBe('មិនបានចុះបញ្ជីកម្មករ');
  });

  it('marks the base daily wage as to be confirmed for fund fines', () => {
    expect(DEFAULT_PENALTY_SCHEDULE.baseDailyWageProvenance.reference).toMatch(/to be confirmed/);
  });

  it('leaves the late-payment fine for a supervisor to enter, marked as not sourced', () => {
    const rule = DEFAULT_PENALTY_SCHEDULE.breaches.find((b) => b.code === 'late_payment')!;
    expect(rule.provenance.sourced).toBe(false);
    expect(rule.defaultMultiplier).toBe(0);
  });

  it('has one rule per breach code and one rate per scheme', () => {
    const codes = DEFAULT_PENALTY_SCHEDULE.breaches.map((b) => b.code);
    expect(new Set(codes).size).toBe(codes.length);
    const schemes = DEFAULT_PENALTY_SCHEDULE.contributionRates.map((r) => r.scheme);
    expect(schemes.sort()).toEqual(['health_care', 'occupational_risk', 'pension']);
  });

  it('keeps every breach within its own multiplier range', () => {
    for (const b of DEFAULT_PENALTY_SCHEDULE.breaches) {
      expect(b.multiplierMin).toBeLessThanOrEqual(b.defaultMultiplier);
      expect(b.defaultMultiplier).toBeLessThanOrEqual(b.multiplierMax);
    }
  });
});
