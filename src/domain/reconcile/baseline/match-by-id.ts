import { differences, differs } from './compare';
import { groupBy } from './group';
import type { PreparedOnsite, PreparedRegistered } from './prepare';
import type { MatchState } from './state';

/**
 * Pass 1: the national ID card number. Matches only where exactly one unmatched worker on each
 * side holds the number, so the outcome does not depend on row order; the national ID outranks
 * every other field, so disagreements are shown beside the match rather than blocking it.
 */
export function matchByNationalId(onsite: PreparedOnsite[], registered: PreparedRegistered[], state: MatchState): void {
  forEachSharedKey(onsite, registered, state, 'nationalId', (os, rs) => {
    if (os.length === 1 && rs.length === 1) {
      const [o, r] = [os[0], rs[0]];
      state.match(o.index, r.index, ['nationalId.equal', ...differences(o, r, ['nssfNumber', 'dateOfBirth', 'sex'])]);
    } else {
      for (const o of os) state.flag(o.index, 'nationalId.ambiguous');
    }
  });
}

/**
 * Pass 2: the NSSF number. An NSSF number is what an employer can copy from a registered worker
 * onto someone else, so a match whose national IDs disagree goes to review instead.
 */
export function matchByNssfNumber(onsite: PreparedOnsite[], registered: PreparedRegistered[], state: MatchState): void {
  forEachSharedKey(onsite, registered, state, 'nssfNumber', (os, rs) => {
    if (os.length === 1 && rs.length === 1) {
      const [o, r] = [os[0], rs[0]];
      if (differs(o, r, 'nationalId')) state.flag(o.index, 'nationalId.differs');
      else state.match(o.index, r.index, ['nssfNumber.equal', ...differences(o, r, ['dateOfBirth', 'sex'])]);
    } else {
      for (const o of os) state.flag(o.index, 'nssfNumber.ambiguous');
    }
  });
}

function forEachSharedKey(
  onsite: PreparedOnsite[],
  registered: PreparedRegistered[],
  state: MatchState,
  field: 'nationalId' | 'nssfNumber',
  decide: (os: PreparedOnsite[], rs: PreparedRegistered[]) => void,
): void {
  const keyOf = (w: { nationalId: string | null; nssfNumber: string | null }) => (w[field] === null ? [] : [w[field]!]);
  const os = groupBy(onsite.filter((o) => !state.isMatched(o.index)), keyOf);
  const rs = groupBy(registered.filter((r) => !state.isUsed(r.index)), keyOf);
  for (const [key, group] of os) {
    const candidates = rs.get(key);
    if (candidates) decide(group, candidates);
  }
}
