import type { Reconciliation } from '../../../protocol';
import { matchByNationalId, matchByNssfNumber } from './match-by-id';
import { matchByName } from './match-by-name';
import { prepareOnsite, prepareRegistered } from './prepare';
import { absentIds, toResults } from './results';
import { summarize } from '../summary';
import { MatchState } from './state';
import type { ReconcileInput } from '../types';

export const BASELINE_ENGINE = 'baseline-v1';

/**
 * Exact matching, strongest evidence first: national ID, then NSSF number, then an
 * unambiguous name. Each pass sees only who the earlier passes left unmatched, and decides by
 * groups rather than row by row, so the result does not depend on the order of either list.
 */
export function reconcileBaseline(input: ReconcileInput): Reconciliation {
  const onsite = prepareOnsite(input.onsite);
  const registered = prepareRegistered(input.registered);
  const state = new MatchState();
  matchByNationalId(onsite, registered, state);
  matchByNssfNumber(onsite, registered, state);
  matchByName(onsite, registered, state);
  const results = toResults(onsite, registered, state);
  const absent = absentIds(registered, state);
  return {
    visitId: input.visitId,
    runAt: input.runAt,
    engine: BASELINE_ENGINE,
    summary: summarize(results, absent, registered.length, input.tally),
    results,
    absent,
  };
}
