import type { ContributionMonth, PenaltySchedule, RegisteredWorker } from '../../protocol';
import { addDays, dueDate, lastDayOfMonth, monthsUpTo, SEED_TODAY } from './dates';
import type { PaymentHabit } from './employers';
import type { Rng } from './prng';

/** Months of history each employer gets; the newest is last month, whose due date has passed. */
export const HISTORY_MONTHS = 18;

/** One worker's monthly contribution, all schemes: rate × wage clamped to the scheme's base range. */
export function monthlyContribution(wageRiel: number, schedule: PenaltySchedule): number {
  let total = 0;
  for (const rate of schedule.contributionRates) {
    const base = Math.min(Math.max(wageRiel, rate.wageFloorRiel ?? 0), rate.wageCeilingRiel ?? Infinity);
    total += (base * rate.ratePercent) / 100;
  }
  return Math.round(total);
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
    const declaredWagesRiel = employed.reduce((sum, w) => sum + (w.wageRiel ?? 0), 0);
    const dueRiel = employed.reduce((sum, w) => sum + monthlyContribution(w.wageRiel ?? 0, schedule), 0);
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
    return { month, declaredWorkers: employed.length, declaredWagesRiel, dueRiel, paidRiel, paidOn };
  });
}
