import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { InvalidInputError, listDecisions, listPending, removeDecision, saveDecision, type HeadcountDb } from '../../src/store';
import type { MatchDecision } from '../../src/protocol';
import { freshDb } from './fixtures';

let db: HeadcountDb;
afterEach(() => db?.delete());

function decision(over: Partial<MatchDecision> = {}): MatchDecision {
  return { id: randomUUID(), visitId: 'v1', onsiteId: 'o1', kind: 'confirm', registeredId: 'W-1', decidedAt: new Date().toISOString(), ...over };
}

const outboxTypes = async () => (await listPending(db)).map((r) => r.mutation.type);

describe('match decisions', () => {
  it('stores a decision and its outbox mutation together', async () => {
    db = freshDb();
    await saveDecision(db, decision());
    expect(await listDecisions(db, 'v1')).toHaveLength(1);
    expect(await outboxTypes()).toEqual(['decision.save']);
  });

  it('replaces a standing confirmation when the inspector marks the worker hidden instead', async () => {
    db = freshDb();
    const confirm = decision();
    await saveDecision(db, confirm);
    await saveDecision(db, decision({ kind: 'hidden', registeredId: null }));
    const left = await listDecisions(db, 'v1');
    expect(left.map((d) => d.kind)).toEqual(['hidden']);
    expect(await outboxTypes()).toEqual(['decision.save', 'decision.remove', 'decision.save']);
  });

  it('keeps rejections of different candidates side by side', async () => {
    db = freshDb();
    await saveDecision(db, decision({ kind: 'reject', registeredId: 'W-1' }));
    await saveDecision(db, decision({ kind: 'reject', registeredId: 'W-2' }));
    await saveDecision(db, decision({ kind: 'confirm', registeredId: 'W-3' }));
    expect((await listDecisions(db, 'v1')).map((d) => `${d.kind}:${d.registeredId}`).sort()).toEqual(['confirm:W-3', 'reject:W-1', 'reject:W-2']);
  });

  it('moves a confirmation when the same registered worker is confirmed for another on-site worker', async () => {
    db = freshDb();
    await saveDecision(db, decision({ onsiteId: 'o1' }));
    await saveDecision(db, decision({ onsiteId: 'o2' }));
    expect((await listDecisions(db, 'v1')).map((d) => d.onsiteId)).toEqual(['o2']);
  });

  it('refuses a hidden ruling that names a registered worker, writing nothing', async () => {
    db = freshDb();
    await expect(saveDecision(db, decision({ kind: 'hidden', registeredId: 'W-1' }))).rejects.toBeInstanceOf(InvalidInputError);
    expect(await db.outbox.count()).toBe(0);
  });

  it('removes a decision and tells the server', async () => {
    db = freshDb();
    const d = decision();
    await saveDecision(db, d);
    await removeDecision(db, 'v1', d.id);
    expect(await listDecisions(db, 'v1')).toEqual([]);
    expect(await outboxTypes()).toEqual(['decision.save', 'decision.remove']);
  });
});
