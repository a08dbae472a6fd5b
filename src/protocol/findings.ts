import { z } from 'zod';
import { IsoDate, IsoDateTime, Riel, Sex, Uuid } from './common';

export const OnsiteSource = z.enum(['manual', 'csv', 'id-card']);

/** A person found on site, as the inspector recorded them. */
export const OnsiteWorker = z.object({
  id: Uuid,
  visitId: z.string(),
  name: z.string().trim().min(1).max(200),
  nationalId: z.string().trim().max(40).nullable(),
  nssfNumber: z.string().trim().max(40).nullable(),
  sex: Sex.nullable(),
  dateOfBirth: IsoDate.nullable(),
  source: OnsiteSource,
  /** The row in the employer's sheet (1 = first data row), for CSV imports. */
  sourceRow: z.number().int().positive().nullable(),
  recordedAt: IsoDateTime,
});
export type OnsiteWorker = z.infer<typeof OnsiteWorker>;

export const MatchStatus = z.enum(['matched', 'review', 'hidden']);
export type MatchStatus = z.infer<typeof MatchStatus>;

/** A registered worker a review row may be, with how likely and why. */
export const MatchCandidate = z.object({
  registeredId: z.string(),
  score: z.number(),
  reasons: z.array(z.string()),
});
export type MatchCandidate = z.infer<typeof MatchCandidate>;

/** One on-site worker's outcome; `reasons` are codes the UI translates. */
export const MatchResult = z.object({
  onsiteId: z.string(),
  status: MatchStatus,
  registeredId: z.string().nullable(),
  score: z.number(),
  reasons: z.array(z.string()),
  /** Review rows: the best registered candidates, most likely first, for the inspector to choose from. */
  candidates: z.array(MatchCandidate).optional(),
});
export type MatchResult = z.infer<typeof MatchResult>;

export const ReconcileSummary = z.object({
  registeredCount: z.number().int().nonnegative(),
  onsiteCount: z.number().int().nonnegative(),
  tally: z.number().int().nonnegative().nullable(),
  matched: z.number().int().nonnegative(),
  review: z.number().int().nonnegative(),
  hidden: z.number().int().nonnegative(),
  absent: z.number().int().nonnegative(),
  /** tally − registered; positive means more people on site than on the register. */
  tallyDifference: z.number().int().nullable(),
});
export type ReconcileSummary = z.infer<typeof ReconcileSummary>;

export const Reconciliation = z.object({
  visitId: z.string(),
  runAt: IsoDateTime,
  engine: z.string(),
  summary: ReconcileSummary,
  results: z.array(MatchResult),
  absent: z.array(z.string()),
});
export type Reconciliation = z.infer<typeof Reconciliation>;

export const FineLine = z.object({
  breach: z.string(),
  count: z.number().int().nonnegative(),
  multiplier: z.number().positive(),
  baseDailyWageRiel: Riel,
  amountRiel: Riel,
  legalReference: z.string(),
});
export type FineLine = z.infer<typeof FineLine>;

export const NoticeStatus = z.enum(['draft']);

export const Notice = z.object({
  id: Uuid,
  visitId: z.string(),
  status: NoticeStatus,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  scheduleVersion: z.number().int().positive(),
  employerId: z.string(),
  employerName: z.string(),
  visitDate: IsoDate,
  hiddenWorkers: z.array(z.object({ onsiteId: z.string(), name: z.string() })),
  lines: z.array(FineLine),
  totalRiel: Riel,
  remarks: z.string().max(4000),
});
export type Notice = z.infer<typeof Notice>;
