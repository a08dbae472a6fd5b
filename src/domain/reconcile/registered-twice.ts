import { groupBy } from './baseline/group';
import type { Person } from './people';

/**
 * A registered worker listed absent who has the very national ID or NSSF number of a worker
 * found on site: most likely one person registered twice (a second registration, a re-hire
 * entered afresh), not someone missing from the floor. The fund's own register writes one
 * number one way, so the numbers are compared as read (readId), and placeholders shared by
 * many (000000000) were read as none before they got here.
 */
export interface RegisteredTwice {
  absentId: string;
  presentId: string;
}

/**
 * `registered` in worker-id order, as the engine holds it; `present[p.row]` is 1 for each one
 * found on site. In the register's order, as `absent` is. An absent worker's national ID is
 * looked for first, then its NSSF number, each among the present workers by worker id.
 */
export function registeredTwice(registered: readonly Person[], present: Uint8Array): RegisteredTwice[] {
  // The absent are few: their numbers make the maps, and each present worker looks itself up.
  const absent = registered.filter((r) => !present[r.row]);
  const byNationalId = groupBy(absent, (r) => (r.nationalId === null ? [] : [r.nationalId]));
  const byNssfNumber = groupBy(absent, (r) => (r.nssfNumber === null ? [] : [r.nssfNumber]));
  const twinOf = new Map<Person, Person>();
  for (const r of registered) if (present[r.row] && r.nationalId !== null) claim(byNationalId.get(r.nationalId), r, twinOf);
  for (const r of registered) if (present[r.row] && r.nssfNumber !== null) claim(byNssfNumber.get(r.nssfNumber), r, twinOf);
  return [...twinOf].sort(([a], [b]) => a.row - b.row).map(([a, p]) => ({ absentId: a.id, presentId: p.id }));
}

function claim(absent: Person[] | undefined, present: Person, twinOf: Map<Person, Person>): void {
  if (absent) for (const a of absent) if (!twinOf.has(a)) twinOf.set(a, present);
}
