import type { MatchResult, ReconcileSummary } from '../../protocol';
import { tallyDifference } from '../tally';

/** The counts the visit screen and the notice show; every engine reports them the same way. */
export function summarize(results: MatchResult[], absent: string[], registeredCount: number, tally: number | null): ReconcileSummary {
  const count = (status: MatchResult['status']) => results.filter((r) => r.status === status).length;
  return {
    registeredCount,
    onsiteCount: results.length,
    tally,
    matched: count('matched'),
    review: count('review'),
    hidden: count('hidden'),
    absent: absent.length,
    tallyDifference: tallyDifference(tally, registeredCount),
  };
}
