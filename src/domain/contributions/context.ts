import type { PaymentRules, PenaltySchedule } from '../../protocol';
import { firstDayOf, lastDayOf } from './calendar';
import type { AssumptionCode } from './findings';
import { owedForMonth, type MonthOwed } from './owed';
import { lowestFloor, ratesForMonth } from './rates';

/** What every part of one check shares: the schedule, the visit date, and the assumptions noted so far. */
export interface CheckContext {
  schedule: PenaltySchedule;
  rules: PaymentRules;
  asOf: string;
  prorate: boolean;
  notes: Set<AssumptionCode>;
}

export interface ChargeRequest {
  month: string;
  /** null: unknown, charged on the lowest floor in force and noted with `unknownWage`. */
  wageRiel: number | null;
  unknownWage: AssumptionCode;
  dateOfBirth: string | null;
  startDate: string | null;
  ignoreFloors?: boolean;
}

/** owedForMonth, noting each assumption the charge rests on. */
export function charge(ctx: CheckContext, r: ChargeRequest): MonthOwed {
  let wage = r.wageRiel;
  if (wage === null) {
    ctx.notes.add(r.unknownWage);
    wage = lowestFloor(ctx.schedule, r.month) ?? 0;
  }
  if (r.dateOfBirth === null && ratesForMonth(ctx.schedule, r.month).some((rate) => rate.exemptFromAge != null)) {
    ctx.notes.add('date_of_birth_unknown');
  }
  const owed = owedForMonth(ctx.schedule, {
    month: r.month, wageRiel: wage, dateOfBirth: r.dateOfBirth, startDate: r.startDate, prorate: ctx.prorate, ignoreFloors: r.ignoreFloors,
  });
  if (owed.prorated) ctx.notes.add('prorated_first_month');
  else if (startsMidMonth(r.startDate, r.month)) ctx.notes.add('first_month_charged_in_full');
  return owed;
}

const startsMidMonth = (start: string | null, month: string): boolean => start !== null && start > firstDayOf(month) && start <= lastDayOf(month);
