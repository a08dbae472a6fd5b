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
  /** For a hidden worker: the day they say they started, which contributions are owed from. */
  statedStartDate: IsoDate.nullish(),
  /** For a hidden worker: the monthly wage they state or the payroll shows. */
  wageRiel: Riel.nullish(),
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
  /**
   * Hidden rows: the registered worker with the row's name (or one slip from it) whom the date
   * of birth, sex or an ID number told apart, the one to hold the worker's card against.
   */
  namesakeId: z.string().optional(),
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
  /**
   * Absent registered workers with the very ID number of a registered worker present: one
   * person registered twice, most likely. Absent from reconciliations run before it was kept.
   */
  registeredTwice: z.array(z.object({ absentId: z.string(), presentId: z.string() })).optional(),
});
export type Reconciliation = z.infer<typeof Reconciliation>;

export const FineLine = z.object({
  breach: z.string(),
  /** fine: count × multiplier × base daily wage; contribution / surcharge: an amount owed to the fund. */
  kind: z.enum(['fine', 'contribution', 'surcharge']).optional(),
  count: z.number().int().nonnegative(),
  multiplier: z.number().nonnegative(),
  baseDailyWageRiel: Riel,
  amountRiel: Riel,
  legalReference: z.string(),
  /** The breach's name as printed, kept with the line so a later schedule never rewrites an old notice. */
  labelKm: z.string().optional(),
  labelEn: z.string().optional(),
});
export type FineLine = z.infer<typeof FineLine>;

/** draft: editable; issued: handed to the employer, immutable, only superseded by a revision. */
export const NoticeStatus = z.enum(['draft', 'issued']);

/** The employer's representative who received the notice: a drawn signature, or a recorded refusal. */
export const Acknowledgement = z.object({
  name: z.string().trim().min(1).max(200),
  role: z.string().trim().max(200),
  /** PNG data URL of the signature drawn on the screen; null when they refused to sign. */
  signature: z.string().startsWith('data:image/png;base64,').max(400_000).nullable(),
  refused: z.boolean(),
  refusalNote: z.string().max(1000),
});
export type Acknowledgement = z.infer<typeof Acknowledgement>;

/** Months the contribution check found wrong, as printed on the notice. */
export const NoticeMonth = z.object({
  month: z.string(),
  status: z.string(),
  dueRiel: Riel,
  paidRiel: Riel,
});

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
  // Filled when the notice is issued; a draft may leave them out.
  number: z.string().max(60).nullish(),
  issuedAt: IsoDateTime.nullish(),
  /** An issued notice this one revises; the old one stays as it was. */
  supersedes: Uuid.nullish(),
  employerNameKh: z.string().nullish(),
  employerAddress: z.string().nullish(),
  employerNssfNumber: z.string().nullish(),
  inspectorName: z.string().nullish(),
  inspectorCode: z.string().nullish(),
  months: z.array(NoticeMonth).nullish(),
  paymentDeadline: IsoDate.nullish(),
  contestBy: IsoDate.nullish(),
  inspectorSignature: z.string().startsWith('data:image/png;base64,').max(400_000).nullish(),
  acknowledgement: Acknowledgement.nullish(),
  photoIds: z.array(Uuid).max(50).nullish(),
});
export type Notice = z.infer<typeof Notice>;

/** What an issued notice must carry: it is a legal document, handed over as printed. */
export const IssuedNotice = Notice.refine((n) => n.status === 'issued' && !!n.number && !!n.issuedAt && !!n.acknowledgement && !!n.inspectorSignature, {
  message: 'an issued notice has a number, an issue time, the inspector\'s signature and the representative\'s signature or refusal',
});
