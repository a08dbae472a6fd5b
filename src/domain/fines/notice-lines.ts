import type { FineLine, Notice, PenaltySchedule } from '../../protocol';
import type { ContributionFindings } from '../contributions/findings';
import { paymentRulesOf } from '../contributions/payment-rules';
import { citationOf, fineLine, noticeTotal, type BreachCode } from './draft';

/** The lines of a notice that are not fines but amounts owed to the fund; not breach rules of the schedule. */
export const CONTRIBUTIONS_OWED = 'contributions_owed';
export const LATE_SURCHARGE = 'late_surcharge';

// Printed with the line like a breach rule's labels. The Khmer wording awaits review by the fund.
const LABELS = {
  [CONTRIBUTIONS_OWED]: { labelKm: 'ភាគទានដែលត្រូវបង់', labelEn: 'Contributions owed' },
  [LATE_SURCHARGE]: { labelKm: 'ប្រាក់បន្ថែមលើការបង់យឺត', labelEn: 'Late-payment surcharge' },
};

export interface NoticeFindings {
  /** Hidden workers from the reconciliation. */
  hiddenCount: number;
  /** The contribution check, or null when the visit has no contribution history to check. */
  contributions: ContributionFindings | null;
}

export interface NoticeLines {
  /** The schedule the lines were drafted under; the notice records it. */
  scheduleVersion: number;
  lines: FineLine[];
  totalRiel: number;
}

/**
 * The lines of a notice, all in whole riel:
 * - unregistered_worker: a fine per hidden worker;
 * - unpaid_contribution: a fine per worker with an unpaid month (undeclared, hidden, or employed
 *   in a month left wholly unpaid) — sources apply the registration fine per worker concerned;
 * - late_payment: a fine per worker employed in a month paid late, only once a supervisor has
 *   given the rule a multiplier (no public source has one);
 * - contributions_owed (kind 'contribution'): the unpaid contributions themselves;
 * - late_surcharge (kind 'surcharge'): the surcharge on late and unpaid amounts, when the schedule has a rate.
 * The last two are not fines: count = workers concerned, multiplier 1, no base daily wage.
 * A fine does not remove the duty to register or to pay: the same notice orders both.
 */
export function noticeLines(
  schedule: PenaltySchedule,
  found: NoticeFindings,
  multipliers: Partial<Record<BreachCode, number>> = {},
): NoticeLines {
  const c = found.contributions;
  if (c && c.scheduleVersion !== schedule.version) {
    throw new Error(`The contribution check used schedule version ${c.scheduleVersion}, the notice version ${schedule.version}: check again.`);
  }
  const lines: FineLine[] = [];
  const add = (line: FineLine | null) => void (line && lines.push(line));
  add(fineLine(schedule, 'unregistered_worker', found.hiddenCount, multipliers.unregistered_worker));
  if (c) {
    add(fineLine(schedule, 'unpaid_contribution', c.unpaidWorkerIds.length, multipliers.unpaid_contribution));
    const late = schedule.breaches.find((b) => b.code === 'late_payment');
    if (late && late.multiplierMax > 0) add(fineLine(schedule, 'late_payment', c.latePaidWorkerIds.length, multipliers.late_payment));
    const { rules } = paymentRulesOf(schedule);
    const rateReferences = [rules.dueDayOfFollowingMonth, ...schedule.contributionRates].map((r) => citationOf(r.provenance));
    add(owedLine(CONTRIBUTIONS_OWED, 'contribution', c.totals.unpaidRiel, c.unpaidWorkerIds.length, [...new Set(rateReferences)].join(' ')));
    add(owedLine(LATE_SURCHARGE, 'surcharge', c.totals.lateSurchargeRiel, c.unpaidWorkerIds.length, citationOf(rules.lateSurchargePercentPerMonth.provenance)));
  }
  return { scheduleVersion: schedule.version, lines, totalRiel: noticeTotal(lines) };
}

/** The months to print on the notice: those the check found wrong, oldest first. */
export function noticeMonths(findings: ContributionFindings): NonNullable<Notice['months']> {
  return findings.months
    .filter((m) => m.status !== 'paid' && m.status !== 'not_yet_due')
    .map((m) => ({ month: m.month, status: m.status, dueRiel: m.dueRiel, paidRiel: m.paidRiel }));
}

function owedLine(breach: keyof typeof LABELS, kind: 'contribution' | 'surcharge', amountRiel: number, count: number, legalReference: string): FineLine | null {
  if (amountRiel === 0) return null;
  return { breach, kind, count, multiplier: 1, baseDailyWageRiel: 0, amountRiel, legalReference, ...LABELS[breach] };
}
