import { isDefaultDay } from './compare-dob';
import type { Person } from './people';

/**
 * How a sheet's years of birth alone (1 January) sit against the full dates of the registered
 * workers whose name they share: in the same year, or one year apart. A year worked out from an
 * age ("he is 34") is one year early about half the time, as the birthday has or has not come
 * yet this year; a year the worker knows is right. Counted only where one registered worker
 * holds the name (in any spelling, NameCache's ring), so that the pair is as good as certain.
 */
export interface YearsFromAges {
  same: number;
  apart: number;
}

export function yearsFromAges(site: readonly Person[], registered: readonly Person[]): YearsFromAges {
  // Ring id → the one registered worker with a full date who holds it, or -1 when several hold it.
  const holder = new Map<number, number>();
  registered.forEach((r, i) => {
    for (const n of r.names) {
      if (n.ringId < 0) continue;
      const h = holder.get(n.ringId);
      holder.set(n.ringId, h === undefined || h === i ? i : -1);
    }
  });
  let same = 0;
  let apart = 0;
  for (const o of site) {
    if (o.dob === null || !isDefaultDay(o.dob)) continue;
    let h = -1;
    for (const n of o.names) if ((h = holder.get(n.ringId) ?? -1) >= 0) break;
    const d = h >= 0 ? registered[h].dob : null;
    if (d === null || isDefaultDay(d)) continue;
    const years = Math.abs(d.year - o.dob.year);
    if (years === 0) same++;
    else if (years === 1) apart++;
  }
  return { same, apart };
}
