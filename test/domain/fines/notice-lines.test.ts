import { describe, it, expect } from 'vitest';
import { FineLine, type PenaltySchedule } from '../../../src/protocol';
import { checkContributions } from '../../../src/domain/contributions/check';
import { CONTRIBUTIONS_OWED, LATE_SURCHARGE, noticeLines, noticeMonths } from '../../../src/domain/fines/notice-lines';
import { draftFineLines, noticeTotal } from '../../../src/domain/fines/draft';
import { FULL_MONTH, hidden, month, S, withSurcharge, worker } from '../contributions/fixtures';

const findings = (schedule: PenaltySchedule = S) =>
  checkContributions({
    schedule,
    registered: [worker('A'), worker('B')],
    months: [month('2026-03', { declare: [['A', 1_000_000]], paidOn: '2026-04-20' }), month('2026-04', { declare: [['A', 1_000_000], ['B', 1_000_000]], paidRiel: 2 * FULL_MONTH })],
    hidden: [hidden('H1', '2026-04-01'), hidden('H2', '2026-04-01')],
    asOf: '2026-05-20',
  });

describe('noticeLines', () => {
  it('fines hidden and unpaid workers per worker, and orders the contributions owed as a line of their own', () => {
    const f = findings();
    const { lines, scheduleVersion, totalRiel } = noticeLines(S, { hiddenCount: 2, contributions: f });
    expect(scheduleVersion).toBe(S.version);
    expect(lines.map((l) => [l.breach, l.count, l.amountRiel])).toEqual([
      ['unregistered_worker', 2, 2 * 800_000],
      // B undeclared in March; H1 and H2 hidden.
      ['unpaid_contribution', 3, 3 * 800_000],
      [CONTRIBUTIONS_OWED, 3, 3 * FULL_MONTH],
    ]);
    expect(lines[1].legalReference).toBe(S.breaches.find((b) => b.code === 'unpaid_contribution')!.provenance.citation);
    expect(lines[2].legalReference).toContain('168/22');
    expect(totalRiel).toBe(noticeTotal(lines));
    for (const l of lines) expect(FineLine.parse(l)).toEqual(l);
  });

  it('drafts no late-payment fine while the rule has no multiplier', () => {
    expect(findings().latePaidWorkerIds).toEqual(['A']);
    expect(noticeLines(S, { hiddenCount: 0, contributions: findings() }).lines.map((l) => l.breach)).not.toContain('late_payment');
  });

  it('drafts a late-payment fine once a supervisor has set its multiplier', () => {
    const s: PenaltySchedule = { ...S, breaches: S.breaches.map((b) => (b.code === 'late_payment' ? { ...b, multiplierMin: 1, multiplierMax: 5, defaultMultiplier: 2 } : b)) };
    const late = noticeLines(s, { hiddenCount: 0, contributions: findings(s) }).lines.find((l) => l.breach === 'late_payment');
    expect(late).toMatchObject({ count: 1, multiplier: 2, amountRiel: 160_000 });
  });

  it('orders the late surcharge as its own line once the schedule has a rate', () => {
    const s = withSurcharge(2);
    const f = findings(s);
    const { lines } = noticeLines(s, { hiddenCount: 2, contributions: f });
    const owed = lines.filter((l) => l.kind !== 'fine');
    expect(owed.map((l) => [l.breach, l.kind, l.amountRiel])).toEqual([
      [CONTRIBUTIONS_OWED, 'contribution', f.totals.unpaidRiel],
      [LATE_SURCHARGE, 'surcharge', f.totals.lateSurchargeRiel],
    ]);
    expect(f.totals.lateSurchargeRiel).toBeGreaterThan(0);
    expect(owed[1].legalReference).toContain('supervisor');
    for (const l of lines) expect(FineLine.parse(l)).toEqual(l);
  });

  it('prints the months found wrong, with what was due and paid', () => {
    expect(noticeMonths(findings())).toEqual([{ month: '2026-03', status: 'late_short', dueRiel: 2 * FULL_MONTH, paidRiel: FULL_MONTH }]);
  });

  it('keeps each line’s printed labels with it', () => {
    for (const l of noticeLines(S, { hiddenCount: 2, contributions: findings() }).lines) {
      expect(l.labelKm).toBeTruthy();
      expect(l.labelEn).toBeTruthy();
    }
  });

  it('uses the inspector’s multipliers and refuses one outside the range', () => {
    const f = findings();
    expect(noticeLines(S, { hiddenCount: 1, contributions: f }, { unpaid_contribution: 30 }).lines[1].amountRiel).toBe(3 * 2_400_000);
    expect(() => noticeLines(S, { hiddenCount: 1, contributions: f }, { unregistered_worker: 31 })).toThrow(RangeError);
  });

  it('matches draftFineLines when there is no contribution history', () => {
    expect(noticeLines(S, { hiddenCount: 2, contributions: null }).lines).toEqual(draftFineLines(S, { unregisteredWorkers: 2 }));
  });

  it('refuses findings checked under another schedule version', () => {
    expect(() => noticeLines({ ...S, version: 2 }, { hiddenCount: 0, contributions: findings() })).toThrow(/version/);
  });
});
