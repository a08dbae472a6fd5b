import type { Person } from './people';

/**
 * A registered worker listed absent who has the very national ID or NSSF number of a worker
 * found on site: most likely one person registered twice (a second registration by another
 * employer's clerk, or a re-hire entered afresh), not someone missing from the floor. The fund's
 * own register writes one number one way, so the numbers are compared as read (readId), and
 * placeholders shared by many (000000000) were read as none before they got here.
 */
export interface RegisteredTwice {
  absentId: string;
  presentId: string;
}

/**
 * `registered` in worker-id order, as the engine holds it; `present[p.row]` is 1 for each one
 * found on site. In the register's order, as `absent` is; a number two present workers share
 * names the first of them by worker id.
 */
export function registeredTwice(registered: readonly Person[], present: Uint8Array): RegisteredTwice[] {
  const holders = new Map<string, Person>();
  for (const r of registered) {
    if (!present[r.row]) continue;
    if (r.nationalId !== null && !holders.has(nid(r.nationalId))) holders.set(nid(r.nationalId), r);
    if (r.nssfNumber !== null && !holders.has(nssf(r.nssfNumber))) holders.set(nssf(r.nssfNumber), r);
  }
  const found: { row: number; twin: RegisteredTwice }[] = [];
  if (holders.size === 0) return [];
  for (const r of registered) {
    if (present[r.row]) continue;
    const twin = (r.nationalId !== null ? holders.get(nid(r.nationalId)) : undefined) ?? (r.nssfNumber !== null ? holders.get(nssf(r.nssfNumber)) : undefined);
    if (twin) found.push({ row: r.row, twin: { absentId: r.id, presentId: twin.id } });
  }
  return found.sort((a, b) => a.row - b.row).map((f) => f.twin);
}

// One map for both kinds of number, each under its own prefix: a national ID that happens to be
// another worker's NSSF number is not the same number.
const nid = (id: string) => `n${id}`;
const nssf = (id: string) => `s${id}`;
