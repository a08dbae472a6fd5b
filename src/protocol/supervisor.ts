import { z } from 'zod';
import { IsoDate } from './common';
import { Complaint, VisitSummary } from './visits';
import { Notice, OnsiteWorker, Reconciliation } from './findings';
import { Employer } from './registry';
import { PhotoMeta } from './evidence';

export const AssignVisitRequest = z.object({
  employerId: z.string().min(1),
  inspectorUsername: z.string().min(1),
  scheduledDate: IsoDate,
  reason: z.enum(['complaint', 'routine']),
  complaint: Complaint.nullable().default(null),
});
export type AssignVisitRequest = z.infer<typeof AssignVisitRequest>;

export const UpdateVisitRequest = z.union([
  z.object({ inspectorUsername: z.string().min(1) }),
  z.object({ status: z.literal('withdrawn') }),
]);
export type UpdateVisitRequest = z.infer<typeof UpdateVisitRequest>;

/** One row of the supervisor's "what came back" list. */
export const VisitOverview = z.object({
  visit: VisitSummary,
  inspectorUsername: z.string(),
  tally: z.number().int().nullable(),
  onsiteCount: z.number().int().nonnegative(),
  reconciliation: Reconciliation.shape.summary.nullable(),
  noticeCount: z.number().int().nonnegative(),
  noticeTotalRiel: z.number().int().nonnegative(),
  lastResultAt: z.string().nullable(),
});
export type VisitOverview = z.infer<typeof VisitOverview>;

export const VisitOverviewList = z.object({ visits: z.array(VisitOverview) });

/** One line of a visit's audit trail: what arrived from which inspector, when, and what became of it. */
export const HistoryEntry = z.object({
  at: z.string(),
  username: z.string(),
  type: z.string(),
  status: z.enum(['applied', 'rejected']),
  reason: z.string().nullable(),
});

export const VisitResults = z.object({
  overview: VisitOverview,
  onsite: z.array(OnsiteWorker),
  reconciliation: Reconciliation.nullable(),
  notices: z.array(Notice),
  /** The server's hash of each issued notice, by notice id: what a printed copy is checked against. */
  noticeHashes: z.record(z.string(), z.string()).default({}),
  photos: z.array(PhotoMeta.extend({ uploaded: z.boolean() })).default([]),
  history: z.array(HistoryEntry).default([]),
});
export type VisitResults = z.infer<typeof VisitResults>;

export const EmployerList = z.object({ employers: z.array(Employer.extend({ registeredCount: z.number().int() })) });

/** How a roster value was read otherwise than written, for a screen to say in its own language. */
export const RosterNoteKind = z.enum(['dayMonthSwapped', 'twoDigitYear', 'dayNumber', 'yearOnly', 'notOnCalendar', 'sexNotStated', 'textPutBack', 'dittoFilled']);
export type RosterNoteKind = z.infer<typeof RosterNoteKind>;

/** Which of day and month a roster file writes first in dates like 03/04/1990; Cambodia writes the day first. */
export const DateOrder = z.enum(['dayFirst', 'monthFirst']);
export type DateOrder = z.infer<typeof DateOrder>;

export const RegistryImportResponse = z.object({
  employerId: z.string(),
  imported: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), message: z.string() })),
  /** Rows imported with a value read otherwise than written (a date with day and month swapped), each value's kind in order. */
  notes: z.array(z.object({ row: z.number().int(), message: z.string(), kinds: z.array(RosterNoteKind).default([]) })).default([]),
  /** Rows whose ID number or date of birth is a placeholder (000000000, 1900-01-01), which matching reads as missing. */
  placeholderRows: z.number().int().nonnegative().default(0),
  /** How the file writes its dates, and so how they were read: month first when its dates say so (3/25/1990). */
  dateOrder: DateOrder.default('dayFirst'),
});
export type RegistryImportResponse = z.infer<typeof RegistryImportResponse>;

export const InspectorList = z.object({
  inspectors: z.array(z.object({ username: z.string(), displayName: z.string(), inspectorCode: z.string() })),
});
export type InspectorList = z.infer<typeof InspectorList>;
