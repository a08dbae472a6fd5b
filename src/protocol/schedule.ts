import { z } from 'zod';
import { IsoDate, Riel } from './common';

/** Where a figure comes from; `sourced: false` marks a value a supervisor entered without a public source. */
export const Provenance = z.object({
  reference: z.string(),
  sourced: z.boolean(),
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
  provenance: Provenance,
});

export const PenaltySchedule = z.object({
  version: z.number().int().positive(),
  effectiveFrom: IsoDate,
  baseDailyWageRiel: Riel,
  baseDailyWageProvenance: Provenance,
  breaches: z.array(BreachRule).min(1),
  contributionRates: z.array(ContributionRate),
});
export type PenaltySchedule = z.infer<typeof PenaltySchedule>;
