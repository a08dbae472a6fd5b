import type { Edge } from './assign';
import { P_HIDDEN, P_MATCH, TAKEN_MARGIN } from './weights';

export type Outcome =
  | { status: 'matched'; r: number; p: number }
  | { status: 'review'; p: number; ambiguous: boolean; candidates: { r: number; p: number }[] }
  | { status: 'hidden'; p: number };

/** How many candidates a review row carries: enough to choose from, few enough to read on a phone. */
const MAX_CANDIDATES = 3;

/**
 * Turns the assignment into one outcome per on-site worker, with a posterior probability.
 * The probability that on-site o is registered r weighs the pair against every rival that is
 * still plausible: other registered workers o fits (row) and other on-site workers who fit r
 * (column), but not a rival already matched elsewhere by a wide margin (TAKEN_MARGIN) — a
 * namesake whose twin clearly matched someone else is no longer a rival. "Nobody" has odds 1:
 * scores already include the prior odds (score.ts).
 */
export function classify(onsiteCount: number, edges: readonly Edge[], assigned: Map<number, number>): Outcome[] {
  const byO: Edge[][] = Array.from({ length: onsiteCount }, () => []);
  const byR = new Map<number, Edge[]>();
  for (const e of edges) {
    byO[e.o].push(e);
    const list = byR.get(e.r);
    if (list) list.push(e);
    else byR.set(e.r, [e]);
  }
  const owner = new Map<number, number>();
  for (const [o, r] of assigned) owner.set(r, o);
  const bitsOf = (o: number, r: number) => byO[o].find((e) => e.r === r)?.bits ?? -Infinity;
  const rTaken = (r: number, from: Edge) => {
    const o2 = owner.get(r);
    return o2 !== undefined && o2 !== from.o && bitsOf(o2, r) >= from.bits + TAKEN_MARGIN;
  };
  const oTaken = (o: number, from: Edge) => {
    const r2 = assigned.get(o);
    return r2 !== undefined && r2 !== from.r && bitsOf(o, r2) >= from.bits + TAKEN_MARGIN;
  };

  return byO.map((own, o): Outcome => {
    const r = assigned.get(o);
    const rivals = own.filter((e) => e.r !== r && !rTaken(e.r, e));
    if (r !== undefined) {
      const b = bitsOf(o, r);
      const colRivals = (byR.get(r) ?? []).filter((e) => e.o !== o && !oTaken(e.o, e));
      const alt = sum(rivals) + sum(colRivals);
      const p = 1 / (1 + (1 + alt) / 2 ** b);
      if (p >= P_MATCH) return { status: 'matched', r, p };
      const all = [{ r, bits: b }, ...rivals];
      return { status: 'review', p, ambiguous: alt >= 1, candidates: top(all, 1 + 2 ** b + alt) };
    }
    const mass = sum(rivals);
    const p = mass / (1 + mass);
    if (p >= P_HIDDEN) return { status: 'review', p, ambiguous: rivals.filter((e) => e.bits > 0).length !== 1, candidates: top(rivals, 1 + mass) };
    return { status: 'hidden', p };
  });
}

function sum(edges: readonly { bits: number }[]): number {
  let s = 0;
  for (const e of edges) s += 2 ** e.bits;
  return s;
}

function top(edges: readonly { r: number; bits: number }[], total: number): { r: number; p: number }[] {
  return [...edges]
    .sort((a, b) => b.bits - a.bits || a.r - b.r)
    .slice(0, MAX_CANDIDATES)
    .map((e) => ({ r: e.r, p: 2 ** e.bits / total }));
}
