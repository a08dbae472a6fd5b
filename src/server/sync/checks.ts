import { Mutation, type MutationEnvelope } from '../../protocol';
import type { Queryable } from '../db/db';
import { NOT_YOUR_VISIT, visitsEverAssigned } from './authorize';

/** A mutation ready to apply, or the reason it never will be. */
export type Checked = { mutation: Mutation } | { reason: string };

/**
 * Everything decidable before touching the effect tables, for a whole batch at once: the payload
 * fits its schema, the visit is (or was) the inspector's, and the payload names that same visit.
 */
export async function checkMutations(tx: Queryable, inspectorId: string, envelopes: MutationEnvelope[]): Promise<Checked[]> {
  const allowed = await visitsEverAssigned(tx, inspectorId, [...new Set(envelopes.map((e) => e.visitId))]);
  return envelopes.map((envelope): Checked => {
    const parsed = Mutation.safeParse(envelope);
    if (!parsed.success) return { reason: describeIssues(envelope, parsed.error.issues) };
    if (!allowed.has(parsed.data.visitId)) return { reason: NOT_YOUR_VISIT };
    const mismatch = payloadVisitMismatch(parsed.data);
    return mismatch ? { reason: mismatch } : { mutation: parsed.data };
  });
}

/** The payload's own visit ids must name the envelope's visit, or data would land in the wrong file. */
export function payloadVisitMismatch(m: Mutation): string | null {
  const ids: string[] = [];
  if (m.type === 'onsite.upsert') ids.push(m.payload.worker.visitId);
  if (m.type === 'onsite.bulkAdd') ids.push(...m.payload.workers.map((w) => w.visitId));
  if (m.type === 'reconciliation.save') ids.push(m.payload.reconciliation.visitId);
  if (m.type === 'notice.save') ids.push(m.payload.notice.visitId);
  if (m.type === 'decision.save') ids.push(m.payload.decision.visitId);
  const wrong = ids.find((id) => id !== m.visitId);
  return wrong === undefined ? null : `payload names visit ${wrong} but the mutation is for visit ${m.visitId}`;
}

function describeIssues(envelope: MutationEnvelope, issues: Array<{ path: PropertyKey[]; message: string; code?: string }>) {
  if (issues.some((i) => i.path.length === 1 && i.path[0] === 'type')) return `unknown mutation type '${envelope.type}'`;
  const text = issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || '(mutation)'}: ${i.message}`)
    .join('; ');
  return `invalid ${envelope.type}: ${text}`;
}
