import { MatchDecision, type NewMutation } from '../protocol';
import { protect, revealAll } from './crypto/protect';
import type { HeadcountDb, StoredDecision } from './db';
import { InvalidInputError } from './errors';
import { enqueue, sealMutations } from './outbox';
import { writeTx } from './write';

/** Another tab changing the same worker's rulings at the same moment; a few retries settle it. */
const MAX_ATTEMPTS = 3;

/**
 * Records an inspector's ruling. A worker has at most one standing confirm-or-hidden ruling, so a
 * new one replaces the old (and the removal syncs too); rejections of different candidates add up;
 * a registered worker is confirmed for one on-site worker at most.
 */
export async function saveDecision(db: HeadcountDb, decision: MatchDecision): Promise<void> {
  const parsed = MatchDecision.safeParse(decision);
  if (!parsed.success) throw InvalidInputError.fromZod('match decision', parsed.error);
  const d = parsed.data;
  const row: StoredDecision = { id: d.id, visitId: d.visitId, onsiteId: d.onsiteId, decidedAt: d.decidedAt, ...(await protect(db.requireVault(), d)) };
  // Which rulings this one replaces needs their sealed contents; it is worked out before the write
  // (Web Crypto cannot run inside it) and checked again inside, in case another tab moved first.
  for (let attempt = 1; ; attempt++) {
    const earlier = await listDecisions(db, d.visitId);
    const planned = earlier.map((e) => e.id).sort().join();
    const replaced = replacedBy(d, earlier);
    const mutations: NewMutation[] = [
      ...replaced.map((old): NewMutation => ({ type: 'decision.remove', visitId: d.visitId, createdAt: d.decidedAt, payload: { decisionId: old } })),
      { type: 'decision.save', visitId: d.visitId, createdAt: d.decidedAt, payload: { decision: d } },
    ];
    const sealed = await sealMutations(db, mutations);
    const done = await writeTx(db, [db.decisions, db.outbox], async () => {
      const ids = (await db.decisions.where('visitId').equals(d.visitId).primaryKeys()).sort().join();
      if (ids !== planned) return false;
      await db.decisions.bulkDelete(replaced);
      await db.decisions.put(row);
      for (const m of sealed) await enqueue(db, m);
      return true;
    });
    if (done) return;
    if (attempt >= MAX_ATTEMPTS) throw new Error('Match decisions kept changing in another tab; try again');
  }
}

function replacedBy(d: MatchDecision, earlier: MatchDecision[]): string[] {
  const replaced = earlier.filter((e) =>
    e.id !== d.id &&
    ((e.onsiteId === d.onsiteId && (d.kind === 'reject' ? e.kind !== 'reject' && e.registeredId === d.registeredId : e.kind !== 'reject')) ||
      // One registered worker is one person: confirming them here withdraws a confirmation elsewhere.
      (d.kind === 'confirm' && e.kind === 'confirm' && e.registeredId === d.registeredId && e.onsiteId !== d.onsiteId)),
  );
  return replaced.map((e) => e.id);
}

export async function removeDecision(db: HeadcountDb, visitId: string, decisionId: string): Promise<void> {
  const [m] = await sealMutations(db, [{ type: 'decision.remove', visitId, createdAt: new Date().toISOString(), payload: { decisionId } }]);
  await writeTx(db, [db.decisions, db.outbox], async () => {
    await db.decisions.delete(decisionId);
    await enqueue(db, m);
  });
}

export async function listDecisions(db: HeadcountDb, visitId: string): Promise<MatchDecision[]> {
  const vault = db.requireVault();
  return revealAll(vault, await db.decisions.where('visitId').equals(visitId).sortBy('decidedAt'));
}
