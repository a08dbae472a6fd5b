import { z } from 'zod';
import { IsoDateTime, Uuid } from './common';
import { MutationEnvelope } from './mutations';

/**
 * Unsent work saved to a file, for a phone that cannot reach the server (or is about to be wiped).
 * It keeps the device's clientId and mutation ids, so importing it anywhere — on the inspector's
 * other phone or by a supervisor — is a push like any other: applied exactly once.
 */
export const OutboxExport = z.object({
  format: z.literal('headcount-outbox'),
  protocolVersion: z.number().int().positive(),
  clientId: Uuid,
  exportedAt: IsoDateTime,
  username: z.string().min(1),
  inspectorCode: z.string(),
  mutations: z.array(MutationEnvelope).max(100_000),
});
export type OutboxExport = z.infer<typeof OutboxExport>;

export const ImportResult = z.object({
  applied: z.number().int().nonnegative(),
  duplicate: z.number().int().nonnegative(),
  rejected: z.array(z.object({ id: z.number().int(), reason: z.string() })),
});
export type ImportResult = z.infer<typeof ImportResult>;
