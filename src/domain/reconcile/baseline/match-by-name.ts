import { compatible } from './compare';
import { groupBy } from './group';
import type { PreparedOnsite, PreparedRegistered } from './prepare';
import type { MatchState } from './state';

/**
 * Pass 3: the exact normalized name, against the Khmer and the Latin name on the register.
 * Namesakes are common and a wrong match lets an employer off, so a name decides only when it
 * is unambiguous both ways: the on-site worker's name fits exactly one unmatched registered
 * worker, no other unmatched on-site worker names that registered worker (in either script),
 * and nothing the two state disagrees. Everyone else sharing a name goes to review, except
 * on-site workers whom every registered namesake contradicts (date of birth, sex, an ID):
 * they are another person.
 */
export function matchByName(onsite: PreparedOnsite[], registered: PreparedRegistered[], state: MatchState): void {
  const open = onsite.filter((o) => !state.isMatched(o.index) && o.name !== '');
  const byName = groupBy(registered.filter((r) => !state.isUsed(r.index)), (r) => r.names);
  const candidatesOf = new Map(open.map((o) => [o, byName.get(o.name) ?? []]));
  const claimants = new Map<PreparedRegistered, number>();
  for (const rs of candidatesOf.values()) for (const r of rs) claimants.set(r, (claimants.get(r) ?? 0) + 1);

  for (const [o, rs] of candidatesOf) {
    if (rs.length === 0) continue;
    const r = rs[0];
    if (rs.length === 1 && claimants.get(r) === 1 && compatible(o, r)) {
      state.match(o.index, r.index, ['name.equal']);
    } else {
      state.flag(o.index, rs.some((c) => compatible(o, c)) ? 'name.ambiguous' : 'name.namesake');
    }
  }
}
