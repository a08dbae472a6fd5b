import { z } from 'zod';
import { IsoDate, IsoDateTime } from './common';
import { ContributionMonth, Employer, RegisteredWorker } from './registry';

export const Complaint = z.object({
  receivedAt: IsoDateTime,
  hotline: z.enum(['1286', '1297']),
  summary: z.string(),
  /** Names the callers gave, as the call-taker wrote them. */
  namedWorkers: z.array(z.string()),
});
export type Complaint = z.infer<typeof Complaint>;

export const VisitStatus = z.enum(['assigned', 'withdrawn']);

/** What the visit list needs; cheap to pull often. */
export const VisitSummary = z.object({
  id: z.string(),
  employerId: z.string(),
  employerName: z.string(),
  employerNameKh: z.string(),
  scheduledDate: IsoDate,
  reason: z.enum(['complaint', 'routine']),
  status: VisitStatus,
  registeredCount: z.number().int().nonnegative(),
  /** Server version of the last change to this assignment; the pull cursor. */
  version: z.number().int().nonnegative(),
});
export type VisitSummary = z.infer<typeof VisitSummary>;

/** Everything a visit needs on the factory floor, downloaded while online. */
export const VisitPackage = z.object({
  visit: VisitSummary,
  employer: Employer,
  complaint: Complaint.nullable(),
  registered: z.array(RegisteredWorker),
  contributions: z.array(ContributionMonth),
});
export type VisitPackage = z.infer<typeof VisitPackage>;

export const VisitListResponse = z.object({ visits: z.array(VisitSummary) });
export type VisitListResponse = z.infer<typeof VisitListResponse>;
