import type { OnsiteWorker, RegisteredWorker } from '../../../protocol';
import { normalizeId, normalizeName } from '../../names/normalize';

/** The fields the passes compare, normalized once. */
export interface Comparable {
  nationalId: string | null;
  nssfNumber: string | null;
  sex: 'F' | 'M' | null;
  dateOfBirth: string | null;
}

export interface PreparedOnsite extends Comparable {
  index: number;
  id: string;
  name: string;
}

export interface PreparedRegistered extends Comparable {
  index: number;
  workerId: string;
  /** The Khmer and the Latin name: the inspector may have written either. */
  names: ReadonlySet<string>;
}

export function prepareOnsite(onsite: OnsiteWorker[]): PreparedOnsite[] {
  assertUnique(onsite.map((o) => o.id), 'on-site worker id');
  return onsite.map((o, index) => ({
    index,
    id: o.id,
    name: normalizeName(o.name),
    nationalId: normalizeId(o.nationalId),
    nssfNumber: normalizeId(o.nssfNumber),
    sex: o.sex,
    dateOfBirth: o.dateOfBirth,
  }));
}

export function prepareRegistered(registered: RegisteredWorker[]): PreparedRegistered[] {
  assertUnique(registered.map((r) => r.workerId), 'registered workerId');
  return registered.map((r, index) => ({
    index,
    workerId: r.workerId,
    names: new Set([normalizeName(r.nameKh), normalizeName(r.nameLatin ?? '')].filter((n) => n !== '')),
    nationalId: normalizeId(r.nationalId),
    nssfNumber: normalizeId(r.nssfNumber),
    sex: r.sex,
    dateOfBirth: r.dateOfBirth,
  }));
}

/** One-to-one matching is keyed on these ids; a duplicate is a bug upstream, not a finding. */
function assertUnique(ids: string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new Error(`reconcile: ${what} "${id}" appears more than once`);
    seen.add(id);
  }
}
