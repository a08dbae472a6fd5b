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

  it('starts pension on 1 October 2022 (Sub-Decree 144) and exempts workers from 60; other schemes are open-ended', () => {
    const [pension] = DEFAULT_PENALTY_SCHEDULE.contributionRates.filter((r) => r.scheme === 'pension');
    expect(pension).toMatchObject({ ratePercent: 4, paidBy: 'both', validFrom: '2022-10-01', validTo: null, exemptFromAge: 60 });
    expect(pension.provenance.reference).toContain('Sub-Decree 144');
    for (const r of DEFAULT_PENALTY_SCHEDULE.contributionRates.filter((x) => x.scheme !== 'pension')) {
      expect(r).toMatchObject({ validFrom: null, validTo: null, exemptFromAge: null });
    }
  });

  it('makes contributions due on the 15th of the following month, from Prakas 168/22', () => {
    expect(DEFAULT_PENALTY_SCHEDULE.payment!.dueDayOfFollowingMonth).toMatchObject({ value: 15, provenance: { sourced: true } });
    expect(DEFAULT_PENALTY_SCHEDULE.payment!.dueDayOfFollowingMonth.provenance.reference).toContain('168/22');
  });

  it('leaves the late surcharge at 0 for a supervisor to enter, marked as not sourced', () => {
    expect(DEFAULT_PENALTY_SCHEDULE.payment!.lateSurchargePercentPerMonth).toMatchObject({ value: 0, provenance: { sourced: false } });
  });

  it('marks the payment and contest periods as unsourced defaults pending confirmation', () => {
    const { paymentDeadlineDays, contestDays } = DEFAULT_PENALTY_SCHEDULE.payment!;
    for (const d of [paymentDeadlineDays, contestDays]) {
      expect(d.provenance.sourced).toBe(false);
      expect(d.provenance.reference).toMatch(/not found in public sources; default pending supervisor confirmation/i);
    }
    expect([paymentDeadlineDays.value, contestDays.value]).toEqual([15, 30]);
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
