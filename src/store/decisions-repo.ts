import { MatchDecision } from '../protocol';
import type { HeadcountDb } from './db';
import { InvalidInputError } from './errors';
import { enqueue } from './outbox';
import { writeTx } from './write';

/**
 * Records an inspector's ruling. A worker has at most one standing confirm-or-hidden ruling, so a
 * new one replaces the old (and the removal syncs too); rejections of different candidates add up;
 * a registered worker is confirmed for one on-site worker at most.
 */
export async function saveDecision(db: HeadcountDb, decision: MatchDecision): Promise<void> {
  const parsed = MatchDecision.safeParse(decision);
  if (!parsed.success) throw InvalidInputError.fromZod('match decision', parsed.error);
  const d = parsed.data;
  await writeTx(db, [db.decisions, db.outbox], async () => {
    const earlier = await db.decisions.where({ visitId: d.visitId, onsiteId: d.onsiteId }).toArray();
    const replaced = earlier.filter(
      (e) => e.id !== d.id && (d.kind === 'reject' ? e.kind !== 'reject' && e.registeredId === d.registeredId : e.kind !== 'reject'),
    );
    // One registered worker is one person: confirming them here withdraws a confirmation elsewhere.
    if (d.kind === 'confirm') {
      const elsewhere = await db.decisions.where('visitId').equals(d.visitId)
        .filter((e) => e.kind === 'confirm' && e.registeredId === d.registeredId && e.onsiteId !== d.onsiteId).toArray();
      replaced.push(...elsewhere);
    }
    for (const old of replaced) {
      await db.decisions.delete(old.id);
      await enqueue(db, { type: 'decision.remove', visitId: d.visitId, createdAt: d.decidedAt, payload: { decisionId: old.id } });
    }
    await db.decisions.put(d);
    await enqueue(db, { type: 'decision.save', visitId: d.visitId, createdAt: d.decidedAt, payload: { decision: d } });
  });
}

export async function removeDecision(db: HeadcountDb, visitId: string, decisionId: string): Promise<void> {
  await writeTx(db, [db.decisions, db.outbox], async () => {
    await db.decisions.delete(decisionId);
    await enqueue(db, { type: 'decision.remove', visitId, createdAt: new Date().toISOString(), payload: { decisionId } });
  });
}

export function listDecisions(db: HeadcountDb, visitId: string): Promise<MatchDecision[]> {
  return db.decisions.where('visitId').equals(visitId).sortBy('decidedAt');
}
