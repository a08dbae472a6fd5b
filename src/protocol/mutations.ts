import { z } from 'zod';
import { IsoDateTime, Uuid } from './common';
import { IssuedNotice, Notice, OnsiteWorker, Reconciliation } from './findings';
import { PhotoMeta } from './evidence';
import { MatchDecision } from './decisions';

/** Rows per onsite.bulkAdd mutation, so one push request stays small. */
export const MAX_BULK_WORKERS = 500;

const base = {
  /** Per-client, strictly increasing; the server's exactly-once key with clientId. */
  id: z.number().int().positive(),
  visitId: z.string().min(1),
  createdAt: IsoDateTime,
};

export const TallySet = z.object({
  ...base,
  type: z.literal('tally.set'),
  payload: z.object({ count: z.number().int().nonnegative().max(1_000_000) }),
});
export const OnsiteUpsert = z.object({
  ...base,
  type: z.literal('onsite.upsert'),
  payload: z.object({ worker: OnsiteWorker }),
});
export const OnsiteBulkAdd = z.object({
  ...base,
  type: z.literal('onsite.bulkAdd'),
  payload: z.object({
    importId: Uuid,
    fileName: z.string().max(300),
    workers: z.array(OnsiteWorker).min(1).max(MAX_BULK_WORKERS),
  }),
});
export const OnsiteRemove = z.object({
  ...base,
  type: z.literal('onsite.remove'),
  payload: z.object({ workerId: Uuid }),
});
export const ReconciliationSave = z.object({
  ...base,
  type: z.literal('reconciliation.save'),
  payload: z.object({ reconciliation: Reconciliation }),
});
export const NoticeSave = z.object({
  ...base,
  type: z.literal('notice.save'),
  payload: z.object({ notice: Notice }),
});

export const DecisionSave = z.object({
  ...base,
  type: z.literal('decision.save'),
  payload: z.object({ decision: MatchDecision }),
});
/** Undoes a decision, e.g. a confirmation made by mistake. */
export const DecisionRemove = z.object({
  ...base,
  type: z.literal('decision.remove'),
  payload: z.object({ decisionId: Uuid }),
});

/** Issuing is its own mutation: the server checks the notice is complete and then never lets it change. */
export const NoticeIssue = z.object({
  ...base,
  type: z.literal('notice.issue'),
  payload: z.object({ notice: IssuedNotice }),
});
export const PhotoAdd = z.object({
  ...base,
  type: z.literal('photo.add'),
  payload: z.object({ photo: PhotoMeta }),
});

export const Mutation = z.discriminatedUnion('type', [
  TallySet,
  OnsiteUpsert,
  OnsiteBulkAdd,
  OnsiteRemove,
  ReconciliationSave,
  NoticeSave,
  DecisionSave,
  DecisionRemove,
  NoticeIssue,
  PhotoAdd,
]);
export type Mutation = z.infer<typeof Mutation>;
export type MutationType = Mutation['type'];
/** A mutation before the outbox gives it an id. */
export type NewMutation = Mutation extends infer M ? (M extends Mutation ? Omit<M, 'id'> : never) : never;

/**
 * What a push carries per mutation. Only the envelope is checked for the whole batch;
 * each payload is checked on its own so one poisoned mutation cannot block the rest.
 */
export const MutationEnvelope = z.object({
  id: base.id,
  visitId: base.visitId,
  createdAt: base.createdAt,
  type: z.string().min(1),
  payload: z.unknown(),
});
export type MutationEnvelope = z.infer<typeof MutationEnvelope>;
