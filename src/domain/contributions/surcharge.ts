import type { PaymentRules } from '../../protocol';
import { monthsLate } from './payment-rules';
import { EXACT_PER_RIEL, percentOf, roundHalfUp } from './riel';

export interface LateAmounts {
  dueDate: string;
  /** Paid, but after the due date, and when. */
  paidLateRiel: number;
  paidOn: string | null;
  /** Still unpaid on `asOf`. */
  unpaidRiel: number;
  asOf: string;
}

/**
 * The late-payment surcharge on one month: the schedule's percent per month or part month, on
 * what was paid late (until it was paid) and on what is still unpaid (until the visit), rounded
 * once, half up. No public source gives this rate, so the default schedule has 0 and this is 0
 * until a supervisor enters one.
 */
export function lateSurcharge(rules: PaymentRules, a: LateAmounts): number {
  const rate = rules.lateSurchargePercentPerMonth.value;
  if (rate === 0) return 0;
  const paidMonths = a.paidOn === null || a.paidLateRiel === 0 ? 0 : monthsLate(a.dueDate, a.paidOn);
  const unpaidMonths = a.unpaidRiel === 0 ? 0 : monthsLate(a.dueDate, a.asOf);
  const exact = percentOf(a.paidLateRiel, rate) * BigInt(paidMonths) + percentOf(a.unpaidRiel, rate) * BigInt(unpaidMonths);
  return roundHalfUp(exact, EXACT_PER_RIEL);
}
