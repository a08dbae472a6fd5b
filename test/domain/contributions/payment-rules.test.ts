import { describe, it, expect } from 'vitest';
import { dueDateOf, isOverdue, lastOverdueMonth, monthsLate, paymentRulesOf } from '../../../src/domain/contributions/payment-rules';
import { lateSurcharge } from '../../../src/domain/contributions/surcharge';
import { S, withSurcharge } from './fixtures';

const rules = S.payment!;

describe('due dates (Prakas 168/22: the 15th of the following month)', () => {
  it('makes December due on 15 January of the next year', () => {
    expect(dueDateOf('2025-12', rules)).toBe('2026-01-15');
    expect(dueDateOf('2026-01', rules)).toBe('2026-02-15');
  });

  it('puts a due day of 31 on the last day of February', () => {
    const r = { ...rules, dueDayOfFollowingMonth: { ...rules.dueDayOfFollowingMonth, value: 31 } };
    expect(dueDateOf('2024-01', r)).toBe('2024-02-29');
    expect(dueDateOf('2025-01', r)).toBe('2025-02-28');
  });

  it('counts paying on the due day as on time and the day after as overdue', () => {
    expect(isOverdue('2026-01', '2026-02-15', rules)).toBe(false);
    expect(isOverdue('2026-01', '2026-02-16', rules)).toBe(true);
  });

  it('takes last month as overdue only once its due day has passed', () => {
    expect(lastOverdueMonth('2026-11-15', rules)).toBe('2026-09');
    expect(lastOverdueMonth('2026-11-16', rules)).toBe('2026-10');
    expect(lastOverdueMonth('2026-01-20', rules)).toBe('2025-12');
  });

  it('uses the default schedule’s rules, and says so, for a schedule without payment rules', () => {
    const { payment: _, ...old } = S;
    expect(paymentRulesOf(old)).toEqual({ rules, fromDefault: true });
    expect(paymentRulesOf(S).fromDefault).toBe(false);
  });
});

describe('late surcharge', () => {
  it('counts a day late as one month and a month and a day as two', () => {
    expect(monthsLate('2026-02-15', '2026-02-15')).toBe(0);
    expect(monthsLate('2026-02-15', '2026-02-16')).toBe(1);
    expect(monthsLate('2026-02-15', '2026-03-15')).toBe(1);
    expect(monthsLate('2026-02-15', '2026-03-16')).toBe(2);
  });

  it('is zero while the schedule has no surcharge rate (none found in public sources)', () => {
    expect(S.payment!.lateSurchargePercentPerMonth).toMatchObject({ value: 0, provenance: { sourced: false } });
    expect(lateSurcharge(rules, { dueDate: '2026-02-15', paidLateRiel: 74_000, paidOn: '2026-05-01', unpaidRiel: 1_000, asOf: '2026-06-01' })).toBe(0);
  });

  it('charges the entered percent per month late on the late and the unpaid amounts, rounded once', () => {
    const r = withSurcharge(2).payment!;
    // 74,000 paid two part-months late; 10,001 unpaid for four part-months at the visit.
    const s = lateSurcharge(r, { dueDate: '2026-02-15', paidLateRiel: 74_000, paidOn: '2026-03-20', unpaidRiel: 10_001, asOf: '2026-06-01' });
    expect(s).toBe(Math.round(0.02 * 74_000 * 2 + 0.02 * 10_001 * 4));
  });
});
