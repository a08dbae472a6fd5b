import type { ContributionMonth, PenaltySchedule, RegisteredWorker } from '../../protocol';
import { owedForMonth } from '../../domain/contributions/owed';
import { addDays, dueDate, lastDayOfMonth, monthsUpTo, SEED_TODAY } from './dates';
import type { PaymentHabit } from './employers';
import type { Rng } from './prng';

/** Months of history each employer gets; the newest is last month, whose due date has passed. */
export const HISTORY_MONTHS = 18;

/** Months at the end of the history that carry per-worker declarations (the fund's e-declarations). */
export const DECLARED_MONTHS = 6;

/**
 * One worker's monthly contribution on their declared wage, as the domain computes it (rates in
 * force, floors, ceilings, age). Declared wages are what the fund charges on, whole months, so a
 * worker hired mid-month is declared (and paid for) on the full wage: an honest employer's record.
 */
export function monthlyContribution(worker: RegisteredWorker, month: string, schedule: PenaltySchedule): number {
  return owedForMonth(schedule, { month, wageRiel: worker.wageRiel ?? 0, dateOfBirth: worker.dateOfBirth }).owedRiel;
}

/**
 * The fund's record of what an employer declared and paid, month by month, with the
 * habits inspectors hunt for: paying one month and skipping the next, paying short, paying late.
 */
export function generateContributions(
  rng: Rng,
  workers: RegisteredWorker[],
  habit: PaymentHabit,
  schedule: PenaltySchedule,
): ContributionMonth[] {
  const [lastMonth] = monthsUpTo(SEED_TODAY.slice(0, 7), 2);
  const months = monthsUpTo(lastMonth, HISTORY_MONTHS);
  return months.map((month, index) => {
    const end = lastDayOfMonth(month);
    const employed = workers.filter((w) => (w.hireDate ?? '0000') <= end);
    // A short-paying employer also leaves a few workers out of its declarations.
    const declared = habit === 'short_pays' ? employed.filter(() => !rng.chance(0.04)) : employed;
    const declaredWagesRiel = declared.reduce((sum, w) => sum + (w.wageRiel ?? 0), 0);
    const dueRiel = declared.reduce((sum, w) => sum + monthlyContribution(w, month, schedule), 0);
    const withLines = index >= HISTORY_MONTHS - DECLARED_MONTHS;
    const onTime = addDays(dueDate(month), -rng.int(1, 6));
    const recent = index >= HISTORY_MONTHS - 8;
    let paidRiel = dueRiel;
    let paidOn: string | null = onTime;
    if (habit === 'pays_one_misses_one' && recent && index % 2 === 1) {
      paidRiel = 0;
      paidOn = null;
    } else if (habit === 'short_pays' && recent) {
      paidRiel = Math.round((dueRiel * rng.int(62, 80)) / 100);
    } else if (habit === 'late' && (recent || rng.chance(0.3))) {
      paidOn = addDays(dueDate(month), rng.int(12, 55));
      if (paidOn > SEED_TODAY) {
        paidRiel = 0;
        paidOn = null;
      }
    }
    return {
      month, declaredWorkers: declared.length, declaredWagesRiel, dueRiel, paidRiel, paidOn,
      ...(withLines ? { declarations: declared.map((w) => ({ workerId: w.workerId, wageRiel: w.wageRiel ?? 0 })) } : {}),
    };
  });
}
