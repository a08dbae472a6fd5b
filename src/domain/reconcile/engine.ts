import type { MatchResult, Reconciliation } from '../../protocol';
import { NameCache } from '../names/name-cache';
import { assign, type Edge } from './assign';
import { forEachBlockedPair, forEachPair } from './blocking';
import { classify, type Outcome } from './classify';
import { readDecisions, type Decided } from './decisions';
import { assertUnique, byId, People, type Person } from './people';
import type { ReasonCode } from './reasons';
import { Scorer } from './score';
import { summarize } from './summary';
import type { ReconcileInput } from './types';

export const FS_ENGINE = 'fs-v2';

export interface EngineOptions {
  /** 'all' scores every pair: the benchmark's yardstick for what blocking misses and saves. */
  pairs?: 'blocked' | 'all';
}

/** Pairs below this (1 : 1000 against) are no one's rival and no one's candidate. */
const FLOOR_BITS = -10;

/**
 * Fellegi-Sunter matching: block, score each candidate pair in bits, pick the most likely
 * one-to-one assignment, then say how sure each outcome is. Inspector decisions are applied
 * first: a confirmed pair is fixed, a rejected pair is never proposed, a worker declared
 * hidden stays hidden.
 */
export function reconcileFs(input: ReconcileInput, options: EngineOptions = {}): Reconciliation {
  assertUnique(input.onsite.map((o) => o.id), 'on-site worker id');
  assertUnique(input.registered.map((r) => r.workerId), 'registered workerId');
  const decided = readDecisions(input.decisions, new Set(input.onsite.map((o) => o.id)), new Set(input.registered.map((r) => r.workerId)));
  const people = new People(new NameCache());
  const registered = input.registered.map((r) => people.registered(r)).sort(byId);
  const site = input.onsite.map((o) => people.onsite(o)).sort(byId);
  const scorer = new Scorer(registered, people.nameSetCount);
  const regIndex = new Map(registered.map((r, i) => [r.id, i]));
  const confirmedReg = new Set(decided.confirmed.values());

  const open = site.filter((o) => !decided.confirmed.has(o.id) && !decided.hidden.has(o.id));
  const openReg = registered.filter((r) => !confirmedReg.has(r.id));
  const rejected = rejectedPairs(decided, open, openReg);

  const edges: Edge[] = [];
  const closest: (Edge | null)[] = open.map(() => null);
  (options.pairs === 'all' ? forEachPair : forEachBlockedPair)(open, openReg, (o, r) => {
    if (rejected.size > 0 && rejected.has(o * openReg.length + r)) return;
    const bits = scorer.score(open[o], openReg[r]);
    const best = closest[o];
    if (bits <= FLOOR_BITS && best !== null && bits <= best.bits) return;
    const e = { o, r, bits };
    if (bits > FLOOR_BITS) edges.push(e);
    if (best === null || bits > best.bits) closest[o] = e;
  });
  const outcomes = classify(open.length, edges, assign(edges, open.length));

  const byOnsite = new Map<string, MatchResult>();
  open.forEach((o, i) => byOnsite.set(o.id, toResult(o, outcomes[i], openReg, scorer, closest[i])));
  for (const o of site) {
    if (decided.hidden.has(o.id)) byOnsite.set(o.id, { onsiteId: o.id, status: 'hidden', registeredId: null, score: 0, reasons: ['decision.hidden'] });
    const rid = decided.confirmed.get(o.id);
    if (rid !== undefined) {
      const reasons: ReasonCode[] = ['decision.confirmed'];
      scorer.score(o, registered[regIndex.get(rid)!], reasons);
      byOnsite.set(o.id, { onsiteId: o.id, status: 'matched', registeredId: rid, score: 1, reasons });
    }
  }
  const results = input.onsite.map((o) => byOnsite.get(o.id)!);
  const used = new Set(results.flatMap((r) => (r.status === 'matched' && r.registeredId ? [r.registeredId] : [])));
  const absent = input.registered.map((r) => r.workerId).filter((id) => !used.has(id));
  return {
    visitId: input.visitId,
    runAt: input.runAt,
    engine: FS_ENGINE,
    summary: summarize(results, absent, input.registered.length, input.tally),
    results,
    absent,
  };
}

/** Rejected pairs as numbers (on-site index · registered count + registered index), to test per pair without building strings. */
function rejectedPairs(decided: Decided, open: Person[], reg: Person[]): Set<number> {
  const out = new Set<number>();
  if (decided.rejected.size === 0) return out;
  const oIndex = new Map(open.map((o, i) => [o.id, i]));
  const rIndex = new Map(reg.map((r, i) => [r.id, i]));
  for (const [oid, rids] of decided.rejected) {
    const o = oIndex.get(oid);
    if (o === undefined) continue;
    for (const rid of rids) {
      const r = rIndex.get(rid);
      if (r !== undefined) out.add(o * reg.length + r);
    }
  }
  return out;
}

const round = (p: number) => Math.round(p * 1e4) / 1e4;

function toResult(o: Person, out: Outcome, reg: Person[], scorer: Scorer, closest: Edge | null): MatchResult {
  const why = (r: Person) => {
    const reasons: ReasonCode[] = [];
    scorer.score(o, r, reasons);
    return reasons;
  };
  if (out.status === 'matched') {
    return { onsiteId: o.id, status: 'matched', registeredId: reg[out.r].id, score: round(out.p), reasons: why(reg[out.r]) };
  }
  if (out.status === 'review') {
    const candidates = out.candidates.map((c) => ({ registeredId: reg[c.r].id, score: round(c.p), reasons: why(reg[c.r]) }));
    const reasons: ReasonCode[] = [out.ambiguous ? 'match.ambiguous' : 'match.weak', ...(candidates[0]?.reasons ?? [])];
    return { onsiteId: o.id, status: 'review', registeredId: null, score: clampReview(out.p), reasons, candidates };
  }
  return { onsiteId: o.id, status: 'hidden', registeredId: null, score: round(out.p), reasons: hiddenReasons(closest ? why(reg[closest.r]) : []) };
}

/** A review row's score is strictly between a miss (0) and a sure match (1), as the UI sorts by it. */
function clampReview(p: number): number {
  return Math.min(0.9999, Math.max(0.0001, round(p)));
}

/**
 * Why nobody on the register fits. When the closest registered worker has the same or a similar
 * name, the row says namesake and what tells them apart (date of birth, sex, an ID).
 */
function hiddenReasons(closest: ReasonCode[]): ReasonCode[] {
  const sameName = closest.some((c) => c === 'name.equal' || c === 'name.phonetic' || c === 'name.similar');
  if (!sameName) return ['no.candidate'];
  const tellsApart = closest.filter((c) => c === 'dob.differs' || c === 'dob.sameYear' || c === 'sex.differs' || c === 'nationalId.differs' || c === 'nssfNumber.differs');
  return ['no.candidate', 'name.namesake', ...tellsApart];
}
