import type { PaymentRules, PenaltySchedule } from '../../protocol';
import { DEFAULT_PENALTY_SCHEDULE } from '../fines/default-schedule';
import { addMonths, addMonthsToDate, dayOfMonth, monthOf } from './calendar';

/**
 * The schedule's payment rules. A schedule published before they existed has none: the
 * defaults (each with its own provenance) stand in, and `fromDefault` lets the UI say so.
 */
export function paymentRulesOf(schedule: PenaltySchedule): { rules: PaymentRules; fromDefault: boolean } {
  if (schedule.payment) return { rules: schedule.payment, fromDefault: false };
  if (!DEFAULT_PENALTY_SCHEDULE.payment) throw new Error('The default penalty schedule has no payment rules.');
  return { rules: DEFAULT_PENALTY_SCHEDULE.payment, fromDefault: true };
}

/** The day a month's contributions are due: the schedule's day of the following month (Prakas 168/22: the 15th). */
export function dueDateOf(month: string, rules: PaymentRules): string {
  const day = rules.dueDayOfFollowingMonth.value;
  if (!Number.isInteger(day) || day < 1) throw new RangeError(`The due day must be a day of the month, not ${day}.`);
  return dayOfMonth(addMonths(month, 1), day);
}

/** A month is overdue once its due date has passed: paying on the due date itself is on time. */
export const isOverdue = (month: string, asOf: string, rules: PaymentRules): boolean => asOf > dueDateOf(month, rules);

/** The latest month overdue on `asOf`: the month before last, or last month once its due day has passed. */
export function lastOverdueMonth(asOf: string, rules: PaymentRules): string {
  const last = addMonths(monthOf(asOf), -1);
  return isOverdue(last, asOf, rules) ? last : addMonths(last, -1);
}

/**
 * Months or part months from the due date to `until`: a day late is one month, one month and a
 * day is two ("percent per month or part month late"). Months are calendar months from the due date.
 */
export function monthsLate(dueDate: string, until: string): number {
  let n = 0;
  while (addMonthsToDate(dueDate, n) < until) n++;
  return n;
}
