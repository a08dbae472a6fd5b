import { describe, it, expect } from 'vitest';
import { checkContributions } from '../../../src/domain/contributions/check';
import type { ContributionCheckInput } from '../../../src/domain/contributions/findings';
import { BEFORE_PENSION, FULL_MONTH, hidden, month, rate, S, withRates, withSurcharge, worker } from './fixtures';

const check = (over: Partial<ContributionCheckInput>) =>
  checkContributions({ schedule: S, months: [], registered: [worker('A')], hidden: [], asOf: '2026-06-20', ...over });
const statusOf = (f: ReturnType<typeof check>, m: string) => f.months.find((x) => x.month === m)?.status;

describe('checkContributions: months', () => {
  it('marks a month paid in full by the 15th of the next month as paid', () => {
    const f = check({ months: [month('2026-04', { paidOn: '2026-05-15' })] });
    expect(f.months[0]).toMatchObject({ month: '2026-04', dueDate: '2026-05-15', status: 'paid', shortRiel: 0, daysLate: 0 });
  });

  it('detects a payment made on the 16th as late by one day', () => {
    const f = check({ months: [month('2026-04', { paidOn: '2026-05-16' })] });
    expect(f.months[0]).toMatchObject({ status: 'late', daysLate: 1, shortRiel: 0 });
    expect(f.latePaidWorkerIds).toEqual(['A']);
  });

  it('finds the boss who pays one month and misses the next', () => {
    const f = check({
      months: [month('2026-01'), month('2026-02', { paidRiel: 0, paidOn: null }), month('2026-03'), month('2026-04', { paidRiel: 0, paidOn: null })],
    });
    expect(f.months.map((m) => m.status)).toEqual(['paid', 'missed', 'paid', 'missed', 'missed']);
    expect(f.months[1]).toMatchObject({ shortRiel: FULL_MONTH, daysOutstanding: 97 });
    expect(f.totals).toMatchObject({ owedRiel: 5 * FULL_MONTH, paidRiel: 2 * FULL_MONTH, unpaidRiel: 3 * FULL_MONTH, lateSurchargeRiel: 0 });
    expect(f.unpaidWorkerIds).toEqual(['A']);
  });

  it('treats a month absent from the history as missed, charged on the register, and says so', () => {
    const f = check({ months: [month('2026-01'), month('2026-03')], asOf: '2026-04-10' });
    expect(f.months.map((m) => [m.month, m.status, m.inHistory])).toEqual([
      ['2026-01', 'paid', true], ['2026-02', 'missed', false], ['2026-03', 'not_yet_due', true],
    ]);
    expect(f.months[1]).toMatchObject({ dueRiel: FULL_MONTH, paidRiel: 0, recordedDueRiel: null });
    expect(f.assumptions).toEqual(expect.arrayContaining(['month_missing_from_history', 'wage_from_register']));
  });

  it('counts months after the history up to the last overdue one as missed', () => {
    const f = check({ months: [month('2026-03')], asOf: '2026-06-16' });
    expect(f.months.map((m) => [m.month, m.status])).toEqual([['2026-03', 'paid'], ['2026-04', 'missed'], ['2026-05', 'missed']]);
  });

  it('leaves the visit month and last month before its due day out of what is owed', () => {
    const f = check({ months: [month('2026-04'), month('2026-05', { paidRiel: 0, paidOn: null })], asOf: '2026-06-15' });
    expect(statusOf(f, '2026-05')).toBe('not_yet_due');
    expect(f.months).toHaveLength(2);
    expect(f.totals.owedRiel).toBe(FULL_MONTH);
    expect(f.totals.unpaidRiel).toBe(0);
  });

  it('finds a short payment, and a short payment made late', () => {
    const f = check({ months: [month('2026-03', { paidRiel: 50_000 }), month('2026-04', { paidRiel: 0, paidOn: null })], asOf: '2026-05-10' });
    expect(f.months[0]).toMatchObject({ status: 'short', shortRiel: 24_000, daysOutstanding: 25 });
    expect(statusOf(f, '2026-04')).toBe('not_yet_due');
    const g = check({ months: [month('2026-04', { paidRiel: 50_000, paidOn: '2026-06-01' })] });
    expect(g.months[0]).toMatchObject({ status: 'late_short', shortRiel: 24_000, daysLate: 17 });
  });

  it('does not set a month paid above its due against another month', () => {
    const f = check({ months: [month('2026-03', { paidRiel: 100_000 }), month('2026-04', { paidRiel: 48_000 })] });
    expect(f.months.map((m) => m.status)).toEqual(['paid', 'short', 'missed']);
    expect(f.totals).toMatchObject({ overpaidRiel: 26_000, unpaidRiel: 26_000 + FULL_MONTH });
    expect(f.assumptions).toContain('overpayment_not_carried');
  });

  it('does not extrapolate registered workers before the first month of the history', () => {
    const f = check({ registered: [worker('A', { hireDate: '2020-01-01' })], months: [month('2026-04')] });
    expect(f.months[0].month).toBe('2026-04');
    expect(f.totals.owedRiel).toBe(2 * FULL_MONTH);
  });

  it('refuses a history with two records for one month', () => {
    expect(() => check({ months: [month('2026-04'), month('2026-04')] })).toThrow(/two records for 2026-04/);
  });

  it('uses the default payment rules for an old schedule without them, and says so', () => {
    const { payment: _, ...old } = S;
    expect(check({ schedule: old, months: [month('2026-04')] }).assumptions).toContain('payment_rules_from_default');
  });
});

describe('checkContributions: declarations', () => {
  const registered = [worker('A'), worker('B', { wageRiel: 800_000 }), worker('C', { hireDate: '2026-04-16' })];

  it('recomputes what was due from the declarations, raising a wage under the floor to the floor', () => {
    const f = check({ registered: registered.slice(0, 1), months: [month('2026-03', { declare: [['A', 150_000]], dueRiel: 11_100, paidRiel: 11_100 })], asOf: '2026-04-20' });
    // 0.8 % of 200,000 + 2.6 % of 150,000 + 4 % of 400,000, where the fund's record took 7.4 % of 150,000.
    const due = 1_600 + 3_900 + 16_000;
    expect(f.months[0]).toMatchObject({ recordedDueRiel: 11_100, dueRiel: due, status: 'short', shortRiel: due - 11_100, belowFloorWorkerIds: ['A'] });
    expect(f.workers[0].lines).toEqual([{ month: '2026-03', reason: 'below_floor', owedRiel: due, paidRiel: 11_100, prorated: false, lateSurchargeRiel: 0 }]);
  });

  it('finds a registered worker missing from a month’s declaration, but not before they were hired', () => {
    const f = check({
      registered,
      months: [
        month('2026-03', { declare: [['A', 1_000_000]], paidRiel: FULL_MONTH }),
        month('2026-04', { declare: [['A', 1_000_000], ['B', 800_000]], paidRiel: FULL_MONTH + 59_200 }),
      ],
      asOf: '2026-05-20',
    });
    expect(f.months.map((m) => m.missingWorkerIds)).toEqual([['B'], ['C']]);
    expect(f.months[0]).toMatchObject({ undeclaredDueRiel: 59_200, dueRiel: FULL_MONTH + 59_200, status: 'short' });
    // C was hired on 16 April, a 30-day month: half a month.
    expect(f.months[1]).toMatchObject({ undeclaredDueRiel: FULL_MONTH / 2, status: 'short' });
    expect(f.workers.map((w) => [w.workerId, w.lines.map((l) => [l.month, l.reason, l.owedRiel, l.paidRiel])])).toEqual([
      ['B', [['2026-03', 'not_declared', 59_200, 0]]],
      ['C', [['2026-04', 'not_declared', FULL_MONTH / 2, 0]]],
    ]);
    expect(f.unpaidWorkerIds).toEqual(['B', 'C']);
    expect(f.assumptions).toEqual(expect.arrayContaining(['prorated_first_month', 'undeclared_assumed_employed', 'wage_from_register']));
  });

  it('charges the undeclared first month in full when proration is off, and says so', () => {
    const f = check({ registered, months: [month('2026-04', { declare: [['A', 1_000_000], ['B', 800_000]] })], asOf: '2026-05-20', prorateFirstMonth: false });
    expect(f.months[0].undeclaredDueRiel).toBe(FULL_MONTH);
    expect(f.assumptions).toContain('first_month_charged_in_full');
    expect(f.assumptions).not.toContain('prorated_first_month');
  });

  it('counts every declared worker of a month left wholly unpaid among those with unpaid contributions', () => {
    const f = check({ registered, months: [month('2026-03', { declare: [['A', 1_000_000], ['B', 800_000]], paidRiel: 0, paidOn: null })], asOf: '2026-04-20' });
    expect(f.months[0].status).toBe('missed');
    expect(f.unpaidWorkerIds).toEqual(['A', 'B']);
  });

  it('uses each month’s own rate when the schedule changes mid-period', () => {
    const schedule = withRates([rate({ ratePercent: 2, validTo: '2025-06-30' }), rate({ ratePercent: 3, validFrom: '2025-07-01' })]);
    const f = check({
      schedule,
      registered: [worker('A', { hireDate: '2025-01-01' })],
      months: ['2025-05', '2025-06', '2025-07', '2025-08'].map((m) => month(m, { declare: [['A', 1_000_000]], paidRiel: 20_000 })),
      asOf: '2025-09-20',
    });
    expect(f.months.map((m) => [m.dueRiel, m.status])).toEqual([[20_000, 'paid'], [20_000, 'paid'], [30_000, 'short'], [30_000, 'short']]);
    expect(f.totals.unpaidRiel).toBe(20_000);
  });

  it('charges a 60-year-old’s pension up to the month of the birthday', () => {
    const old = worker('A', { dateOfBirth: '1966-03-15' });
    const f = check({ registered: [old], months: ['2026-03', '2026-04'].map((m) => month(m, { declare: [['A', 1_000_000]] })), asOf: '2026-05-20' });
    expect(f.months.map((m) => m.dueRiel)).toEqual([FULL_MONTH, BEFORE_PENSION]);
    expect(f.months[1]).toMatchObject({ status: 'paid', overpaidRiel: FULL_MONTH - BEFORE_PENSION });
  });
});

describe('checkContributions: hidden workers', () => {
  it('charges a hidden worker every overdue month since the start date they state, nothing paid', () => {
    const f = check({ hidden: [hidden('H', '2026-01-01')], asOf: '2026-05-20' });
    const h = f.workers.find((w) => w.workerId === 'H')!;
    expect(h.lines.map((l) => l.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(h.totals).toEqual({ owedRiel: 4 * FULL_MONTH, paidRiel: 0, unpaidRiel: 4 * FULL_MONTH, lateSurchargeRiel: 0 });
    expect(f.unpaidWorkerIds).toEqual(['H']);
  });

  it('charges less once the inspector corrects the start date to a later one', () => {
    const stated = check({ hidden: [hidden('H', '2026-01-01')], asOf: '2026-05-20' });
    const corrected = check({ hidden: [hidden('H', '2026-03-16')], asOf: '2026-05-20' });
    expect(corrected.totals.owedRiel).toBe(Math.round((FULL_MONTH * 16) / 31) + FULL_MONTH);
    expect(corrected.totals.owedRiel).toBeLessThan(stated.totals.owedRiel);
  });

  it('charges no pension for the months before the scheme existed', () => {
    const f = check({ hidden: [hidden('H', '2022-08-01')], asOf: '2022-12-20' });
    expect(f.workers[0].lines.map((l) => [l.month, l.owedRiel])).toEqual([
      ['2022-08', BEFORE_PENSION], ['2022-09', BEFORE_PENSION], ['2022-10', FULL_MONTH], ['2022-11', FULL_MONTH],
    ]);
  });

  it('charges nothing for months in which no scheme existed', () => {
    const s = withRates([rate({ validFrom: '2022-10-01' })]);
    const f = check({ schedule: s, hidden: [hidden('H', '2022-01-01')], asOf: '2022-12-20' });
    expect(f.workers[0].lines.map((l) => l.month)).toEqual(['2022-10', '2022-11']);
  });

  it('charges a hidden worker of unknown wage on the lowest floor in force, and says so', () => {
    const f = check({ hidden: [hidden('H', '2026-04-01', { wageRiel: null })], asOf: '2026-05-20' });
    // 200,000 riel: 0.8 % + 2.6 %, and pension on its own floor of 400,000.
    expect(f.workers[0].totals.owedRiel).toBe(1_600 + 5_200 + 16_000);
    expect(f.assumptions).toContain('hidden_wage_unknown');
  });

  it('lists a hidden worker who started too recently to owe anything, with nothing owed', () => {
    const f = check({ hidden: [hidden('H', '2026-06-01')], asOf: '2026-06-20' });
    expect(f.workers).toEqual([expect.objectContaining({ workerId: 'H', lines: [], totals: expect.objectContaining({ owedRiel: 0 }) })]);
    expect(f.unpaidWorkerIds).toEqual([]);
  });

  it('notes a hidden worker’s start before the history begins', () => {
    expect(check({ months: [month('2026-04')], hidden: [hidden('H', '2025-01-01')] }).assumptions).toContain('hidden_start_before_history');
  });
});

describe('checkContributions: late surcharge', () => {
  it('adds nothing while the schedule has no surcharge rate', () => {
    const f = check({ months: [month('2026-03', { paidOn: '2026-05-20' }), month('2026-04', { paidRiel: 0, paidOn: null })], hidden: [hidden('H', '2026-01-01')] });
    expect(f.totals.lateSurchargeRiel).toBe(0);
  });

  it('charges the entered rate per month or part month, on late, unpaid and hidden amounts', () => {
    const f = check({
      schedule: withSurcharge(2),
      months: [month('2026-03', { paidOn: '2026-05-20' }), month('2026-04', { paidRiel: 0, paidOn: null })],
      hidden: [hidden('H', '2026-04-01')],
      asOf: '2026-05-20',
    });
    // March: due 15 Apr, paid 20 May: two part-months. April: due 15 May, unpaid at 20 May: one.
    expect(f.months.map((m) => m.lateSurchargeRiel)).toEqual([2_960, 1_480]);
    expect(f.workers[0].totals.lateSurchargeRiel).toBe(1_480);
    expect(f.totals.lateSurchargeRiel).toBe(2_960 + 1_480 + 1_480);
  });
});
