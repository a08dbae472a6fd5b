import { z } from 'zod';
import { IsoDate, Month, Riel, Sex } from './common';

export const Sector = z.enum(['garment', 'construction', 'hospitality', 'other']);
export type Sector = z.infer<typeof Sector>;

export const Employer = z.object({
  id: z.string(),
  nssfEmployerNumber: z.string(),
  name: z.string(),
  nameKh: z.string(),
  sector: Sector,
  address: z.string(),
  province: z.string(),
});
export type Employer = z.infer<typeof Employer>;

/** A worker on the fund's register for one employer. */
export const RegisteredWorker = z.object({
  workerId: z.string(),
  nssfNumber: z.string().nullable(),
  nationalId: z.string().nullable(),
  nameKh: z.string(),
  nameLatin: z.string().nullable(),
  sex: Sex.nullable(),
  dateOfBirth: IsoDate.nullable(),
  hireDate: IsoDate.nullable(),
  wageRiel: Riel.nullable(),
});
export type RegisteredWorker = z.infer<typeof RegisteredWorker>;

/** One worker's line in a month's declaration to the fund. */
export const DeclarationLine = z.object({
  workerId: z.string(),
  wageRiel: Riel,
});
export type DeclarationLine = z.infer<typeof DeclarationLine>;

/** One month of an employer's declaration and payment to the fund. */
export const ContributionMonth = z.object({
  month: Month,
  declaredWorkers: z.number().int().nonnegative(),
  declaredWagesRiel: Riel,
  dueRiel: Riel,
  paidRiel: Riel,
  /** null when nothing was paid for that month. */
  paidOn: IsoDate.nullable(),
  /** The workers declared for the month with their declared wage, where the fund has them. */
  declarations: z.array(DeclarationLine).optional(),
});
export type ContributionMonth = z.infer<typeof ContributionMonth>;
