import { z } from 'zod';
import { IsoDate, Riel } from './common';

/** Where a figure comes from; `sourced: false` marks a value a supervisor entered without a public source. */
export const Provenance = z.object({
  /** Where the figure comes from, with the research notes a supervisor needs to judge it. */
  reference: z.string(),
  sourced: z.boolean(),
  /** The legal instrument and article alone, as printed on a notice ("Prakas 168/22"). */
  citation: z.string().max(300).nullish(),
});

export const BreachRule = z.object({
  code: z.enum(['unregistered_worker', 'unpaid_contribution', 'late_payment']),
  labelEn: z.string(),
  labelKm: z.string(),
  multiplierMin: z.number().nonnegative(),
  multiplierMax: z.number().nonnegative(),
  /** The multiplier of the base daily wage a draft starts with; the inspector may change it within min..max. */
  defaultMultiplier: z.number().nonnegative(),
  provenance: Provenance,
});
export type BreachRule = z.infer<typeof BreachRule>;

export const ContributionRate = z.object({
  scheme: z.enum(['occupational_risk', 'health_care', 'pension']),
  ratePercent: z.number().nonnegative(),
  paidBy: z.enum(['employer', 'worker', 'both']),
  wageFloorRiel: Riel.nullable(),
  wageCeilingRiel: Riel.nullable(),
  /** The months this rate applies to (inclusive; null = open): rates change by prakas mid-period. */
  validFrom: IsoDate.nullish(),
  validTo: IsoDate.nullish(),
  /** Workers at or over this age owe nothing to this scheme (pension: 60). */
  exemptFromAge: z.number().int().positive().nullish(),
  provenance: Provenance,
});
export type ContributionRate = z.infer<typeof ContributionRate>;

/** A figure with its source, for rules that are one number (a due day, a surcharge, a deadline). */
export const SourcedNumber = z.object({ value: z.number().nonnegative(), provenance: Provenance });
export type SourcedNumber = z.infer<typeof SourcedNumber>;

export const PaymentRules = z.object({
  /** Contributions for a month are due by this day of the following month (Prakas 168/22: 15). */
  dueDayOfFollowingMonth: SourcedNumber,
  /** Surcharge on a late or unpaid amount, percent per month or part month late. */
  lateSurchargePercentPerMonth: SourcedNumber,
  /** Days the employer has to pay what a notice orders. */
  paymentDeadlineDays: SourcedNumber,
  /** Days the employer has to contest a notice. */
  contestDays: SourcedNumber,
});
export type PaymentRules = z.infer<typeof PaymentRules>;

export const PenaltySchedule = z.object({
  version: z.number().int().positive(),
  effectiveFrom: IsoDate,
  baseDailyWageRiel: Riel,
  baseDailyWageProvenance: Provenance,
  breaches: z.array(BreachRule).min(1),
  contributionRates: z.array(ContributionRate),
  payment: PaymentRules.optional(),
  /** Who made this version and when; a notice keeps the version it was drafted under. */
  publishedAt: z.string().nullish(),
  publishedBy: z.string().nullish(),
  note: z.string().max(2000).nullish(),
});
export type PenaltySchedule = z.infer<typeof PenaltySchedule>;
