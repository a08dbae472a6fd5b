import type { OnsiteWorker, RegisteredWorker } from '../../protocol';
import { nameForm, type NameForm } from '../names/name-form';
import { normalizeId } from '../names/normalize';
import { toDob, type Dob } from './compare-dob';

/** A worker on either list, normalized once for the many comparisons to come. */
export interface Person {
  id: string;
  nationalId: string | null;
  nssfNumber: string | null;
  sex: 'F' | 'M' | null;
  dob: Dob | null;
  /** On site one name; on the register the Khmer and, when given, the Latin one. */
  names: NameForm[];
}

type Forms = (name: string) => NameForm;

/**
 * nameForm remembered for one run: a roster repeats names (family names, common given names,
 * the same spelling on both lists), and romanizing is most of the preparation time.
 */
export function memoNameForm(): Forms {
  const memo = new Map<string, NameForm>();
  return (name) => {
    let f = memo.get(name);
    if (!f) memo.set(name, (f = nameForm(name)));
    return f;
  };
}

export function onsitePerson(o: OnsiteWorker, forms: Forms = nameForm): Person {
  return { id: o.id, nationalId: normalizeId(o.nationalId), nssfNumber: normalizeId(o.nssfNumber), sex: o.sex, dob: toDob(o.dateOfBirth), names: [forms(o.name)] };
}

export function registeredPerson(r: RegisteredWorker, forms: Forms = nameForm): Person {
  const names = [r.nameKh, r.nameLatin ?? ''].map(forms).filter((n) => n.keys.length > 0);
  return { id: r.workerId, nationalId: normalizeId(r.nationalId), nssfNumber: normalizeId(r.nssfNumber), sex: r.sex, dob: toDob(r.dateOfBirth), names };
}

/** One-to-one matching is keyed on these ids; a duplicate is a bug upstream, not a finding. */
export function assertUnique(ids: string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new Error(`reconcile: ${what} "${id}" appears more than once`);
    seen.add(id);
  }
}

/** Sorting both lists by id first is what makes every later tie-break independent of row order. */
export const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
