import { z } from 'zod';
import { Uuid } from './common';
import { MutationEnvelope } from './mutations';
import { VisitSummary } from './visits';

export const MAX_PUSH_MUTATIONS = 100;

export const PushRequest = z.object({
  protocolVersion: z.number().int().positive(),
  clientId: Uuid,
  mutations: z.array(MutationEnvelope).min(1).max(MAX_PUSH_MUTATIONS),
});
export type PushRequest = z.infer<typeof PushRequest>;

export const MutationOutcome = z.object({
  id: z.number().int().positive(),
  /** applied now; duplicate = applied by an earlier request; rejected = parked with reason, never retried. */
  status: z.enum(['applied', 'duplicate', 'rejected']),
  reason: z.string().optional(),
});
export type MutationOutcome = z.infer<typeof MutationOutcome>;

export const PushResponse = z.object({
  lastMutationId: z.number().int().nonnegative(),
  results: z.array(MutationOutcome),
});
export type PushResponse = z.infer<typeof PushResponse>;

export const PullResponse = z.object({
  /** Pass back as ?since= on the next pull. */
  cursor: z.number().int().nonnegative(),
  /** Visits whose assignment changed since the cursor; status 'withdrawn' when taken away. */
  visits: z.array(VisitSummary),
});
export type PullResponse = z.infer<typeof PullResponse>;
