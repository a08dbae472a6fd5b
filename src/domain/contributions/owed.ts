import type { ContributionRate, PenaltySchedule } from '../../protocol';
import { daysBetween, daysInMonth, firstDayOf, lastDayOf } from './calendar';
import { contributableWage, isExempt, ratesForMonth } from './rates';
import { EXACT_PER_RIEL, percentOf, roundHalfUp, wholeRiel } from './riel';

export interface WorkerMonth {
  month: string;
  /** The worker's monthly wage. */
  wageRiel: number;
  dateOfBirth: string | null;
  /** The first day of work (hire date, or the date a hidden worker states); null = worked the whole month. */
  startDate?: string | null;
  /**
   * Charge a month started mid-way by calendar days worked / days in the month. Not in the
   * public sources: an assumption the UI shows, on by default (see check.ts).
   */
  prorate?: boolean;
  /** Leave out the wage floors: what a wage declared below them would have been charged. */
  ignoreFloors?: boolean;
}

export interface SchemeCharge {
  scheme: ContributionRate['scheme'];
  ratePercent: number;
  contributableWageRiel: number;
  exempt: boolean;
}

export interface MonthOwed {
  month: string;
  /** All schemes, employer and worker shares together (the employer remits both), whole riel. */
  owedRiel: number;
  daysCharged: number;
  daysInMonth: number;
  prorated: boolean;
  charges: SchemeCharge[];
}

/**
 * What one worker owes for one month: Σ rate × contributable wage over the schemes in force,
 * kept exact and rounded once, half up, to whole riel, so the sum of a month's workers never
 * drifts from rounding each scheme. A prorated month charges the monthly contribution — wage,
 * floor and ceiling alike — × days worked / days in month; prorating the wage alone would let
 * the floor undo the proration.
 */
export function owedForMonth(schedule: PenaltySchedule, w: WorkerMonth): MonthOwed {
  wholeRiel(w.wageRiel, 'A wage');
  const days = daysInMonth(w.month);
  const worked = daysWorked(w.month, w.startDate ?? null, days);
  const prorated = (w.prorate ?? true) && worked < days;
  const charged = prorated ? worked : worked === 0 ? 0 : days;
  let exact = 0n;
  const charges = ratesForMonth(schedule, w.month).map((rate): SchemeCharge => {
    const exempt = isExempt(rate, w.dateOfBirth, w.month);
    const base = contributableWage(w.wageRiel, w.ignoreFloors ? { ...rate, wageFloorRiel: null } : rate);
    if (!exempt) exact += percentOf(base, rate.ratePercent);
    return { scheme: rate.scheme, ratePercent: rate.ratePercent, contributableWageRiel: base, exempt };
  });
  const owedRiel = roundHalfUp(exact * BigInt(charged), EXACT_PER_RIEL * BigInt(days));
  return { month: w.month, owedRiel, daysCharged: charged, daysInMonth: days, prorated, charges };
}

/** Calendar days from the start date to the month's end, both included; 0 when work starts later. */
function daysWorked(month: string, startDate: string | null, days: number): number {
  if (startDate === null || startDate <= firstDayOf(month)) return days;
  if (startDate > lastDayOf(month)) return 0;
  return daysBetween(startDate, lastDayOf(month)) + 1;
}
