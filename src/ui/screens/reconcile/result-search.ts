import type { OnsiteWorker, Reconciliation, RegisteredWorker } from '../../../protocol';
import { searchText } from '../../search-text';

/** What the reconcile screen's search reads (search-text.ts), per on-site row and per absent registered worker. */
export interface ResultSearchTexts {
  results: Map<string, string>;
  absent: Map<string, string>;
}

/**
 * A result is found by its on-site row's name and numbers and by those of each registered
 * worker it is shown with (matched, candidate, namesake): the inspector walking the floor looks
 * up the person in front of them, by what they say or by what their card says.
 */
export function resultSearchTexts(rec: Reconciliation, onsiteById: Map<string, OnsiteWorker>, registeredById: Map<string, RegisteredWorker>): ResultSearchTexts {
  const registeredOf = (id: string | null | undefined) => (id ? registeredById.get(id) : undefined);
  const results = new Map<string, string>();
  for (const r of rec.results) {
    const w = onsiteById.get(r.onsiteId);
    const regs = [registeredOf(r.registeredId), registeredOf(r.namesakeId), ...(r.candidates ?? []).map((c) => registeredOf(c.registeredId))].filter((x) => x !== undefined);
    results.set(r.onsiteId, searchText([w?.name, ...regs.flatMap((x) => [x.nameKh, x.nameLatin])], [w?.nationalId, w?.nssfNumber, ...regs.flatMap((x) => [x.nationalId, x.nssfNumber, x.workerId])]));
  }
  const absent = new Map<string, string>();
  for (const id of rec.absent) {
    const x = registeredOf(id);
    absent.set(id, searchText([x?.nameKh, x?.nameLatin], [x?.nationalId, x?.nssfNumber, id]));
  }
  return { results, absent };
}
