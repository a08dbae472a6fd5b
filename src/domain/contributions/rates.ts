import type { ContributionRate, PenaltySchedule } from '../../protocol';
import { ageOn, firstDayOf } from './calendar';

/**
 * The rates in force for a month: those in force on its first day. Contributions are monthly,
 * so a prakas taking effect mid-month applies from the next month, and a rate ending on the last
 * day of June and its successor starting on 1 July never both apply to one month.
 * Every entry in force counts: a scheme split into an employer and a worker entry adds up.
 */
export function ratesForMonth(schedule: PenaltySchedule, month: string): ContributionRate[] {
  const day = firstDayOf(month);
  return schedule.contributionRates.filter((r) => (r.validFrom ?? day) <= day && day <= (r.validTo ?? day));
}

/** The wage a scheme charges on: the wage raised to its floor and capped at its ceiling (null = none). */
export function contributableWage(wageRiel: number, rate: Pick<ContributionRate, 'wageFloorRiel' | 'wageCeilingRiel'>): number {
  const floored = rate.wageFloorRiel === null ? wageRiel : Math.max(wageRiel, rate.wageFloorRiel);
  // A floor above the ceiling is a schedule error; the ceiling wins so the charge never exceeds it.
  return rate.wageCeilingRiel === null ? floored : Math.min(floored, rate.wageCeilingRiel);
}

/** The lowest wage floor of the rates in force, the least a month's wage can be declared at; null when none has a floor. */
export function lowestFloor(schedule: PenaltySchedule, month: string): number | null {
  const floors = ratesForMonth(schedule, month).flatMap((r) => (r.wageFloorRiel === null ? [] : [r.wageFloorRiel]));
  return floors.length === 0 ? null : Math.min(...floors);
}

/**
 * Whether a worker owes nothing to this scheme for the month, by their age on its first day
 * (the same day that decides which rates apply): someone turning 60 on the 1st is exempt that
 * month; on any later day, from the next month. An unknown date of birth is not an exemption.
 */
export function isExempt(rate: ContributionRate, dateOfBirth: string | null, month: string): boolean {
  if (rate.exemptFromAge == null || dateOfBirth === null) return false;
  return ageOn(dateOfBirth, firstDayOf(month)) >= rate.exemptFromAge;
}
