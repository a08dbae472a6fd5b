import type { MatchResult } from '../../../protocol';
import type { PreparedOnsite, PreparedRegistered } from './prepare';
import { REVIEW_CODES } from '../reasons';
import type { MatchState } from './state';

/** Score of a worker left for the inspector to decide: neither a match nor a miss. */
const REVIEW_SCORE = 0.5;

/** One result per on-site worker, in the order they were recorded. */
export function toResults(onsite: PreparedOnsite[], registered: PreparedRegistered[], state: MatchState): MatchResult[] {
  return onsite.map((o): MatchResult => {
    const m = state.matches.get(o.index);
    if (m) {
      return { onsiteId: o.id, status: 'matched', registeredId: registered[m.registeredIndex].workerId, score: 1, reasons: m.reasons };
    }
    const flags = state.flagsOf(o.index);
    if (flags.some((f) => REVIEW_CODES.has(f))) {
      return { onsiteId: o.id, status: 'review', registeredId: null, score: REVIEW_SCORE, reasons: [...flags] };
    }
    return { onsiteId: o.id, status: 'hidden', registeredId: null, score: 0, reasons: ['no.candidate', ...flags] };
  });
}

/** Registered workers no one on site was matched to, in register order. */
export function absentIds(registered: PreparedRegistered[], state: MatchState): string[] {
  return registered.filter((r) => !state.isUsed(r.index)).map((r) => r.workerId);
}
