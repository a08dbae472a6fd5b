import { z } from 'zod';
import { IsoDateTime, Uuid } from './common';

/**
 * An inspector's ruling on a proposed match, which every later reconciliation honours:
 * confirm = these two are the same person; reject = this pair is not; hidden = nobody on the
 * register is this person.
 */
export const MatchDecision = z
  .object({
    id: Uuid,
    visitId: z.string().min(1),
    onsiteId: z.string().min(1),
    kind: z.enum(['confirm', 'reject', 'hidden']),
    registeredId: z.string().min(1).nullable(),
    decidedAt: IsoDateTime,
  })
  .refine((d) => (d.kind === 'hidden') === (d.registeredId === null), {
    message: 'confirm and reject name a registered worker; hidden names none',
    path: ['registeredId'],
  });
export type MatchDecision = z.infer<typeof MatchDecision>;
