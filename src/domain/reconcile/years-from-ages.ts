import { isDefaultDay } from './compare-dob';
import type { Person } from './people';

/**
 * How a sheet's years of birth alone (1 January) sit against the full dates of the registered
 * workers whose name they share: in the same year, or one year apart. A year worked out from an
 * age ("he is 34") is one year early about half the time, as the birthday has or has not come
 * yet this year; a year the worker knows is right. Counted only where one registered worker
 * holds the name (in any spelling, NameCache's ring), so that the pair is as good as certain.
 */
const NONE = -2;

export interface YearsFromAges {
  same: number;
  apart: number;
}

export function yearsFromAges(site: readonly Person[], registered: readonly Person[]): YearsFromAges {
  let same = 0;
  let apart = 0;
  if (!site.some((o) => o.dob !== null && isDefaultDay(o.dob))) return { same, apart };
  // Ring id → the one registered worker who holds it, or -1 when several hold it (NONE: no one).
  // Ring ids are small and dense (name-cache.ts), so an array, not a map.
  let top = -1;
  for (const o of site) for (const n of o.names) top = Math.max(top, n.ringId);
  const holder = new Int32Array(top + 1).fill(NONE);
  registered.forEach((r, i) => {
    for (const n of r.names) {
      if (n.ringId < 0 || n.ringId > top) continue;
      const h = holder[n.ringId];
      holder[n.ringId] = h === NONE || h === i ? i : -1;
    }
  });
  for (const o of site) {
    if (o.dob === null || !isDefaultDay(o.dob)) continue;
    let h = -1;
    for (const n of o.names) if (n.ringId >= 0 && (h = holder[n.ringId]) >= 0) break;
    const d = h >= 0 ? registered[h].dob : null;
    if (d === null || isDefaultDay(d)) continue;
    const years = Math.abs(d.year - o.dob.year);
    if (years === 0) same++;
    else if (years === 1) apart++;
  }
  return { same, apart };
}
