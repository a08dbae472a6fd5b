import type { Edges } from './edges';
import { P_HIDDEN, P_MATCH, TAKEN_MARGIN } from './weights';

export type Outcome =
  | { status: 'matched'; r: number; p: number }
  | { status: 'review'; p: number; ambiguous: boolean; candidates: { r: number; p: number }[] }
  | { status: 'hidden'; p: number };

/** How many candidates a review row carries: enough to choose from, few enough to read on a phone. */
const MAX_CANDIDATES = 3;
/**
 * A candidate after the first with a lower posterior than this (1 in 200) is left off: on the
 * bench rosters such candidates were the true worker about 1 time in 600, so they cost the
 * inspector a screen each far more often than they help. Rejecting the others and running
 * again brings one back.
 */
const MIN_CANDIDATE_P = 0.005;

/**
 * Turns the assignment into one outcome per on-site worker, with a posterior probability.
 * The probability that on-site o is registered r weighs the pair against every rival that is
 * still plausible: other registered workers o fits (row) and other on-site workers who fit r
 * (column), but not a rival already matched elsewhere by a wide margin (TAKEN_MARGIN) — a
 * namesake whose twin clearly matched someone else is no longer a rival. "Nobody" has odds 1:
 * scores already include the prior odds (score.ts).
 *
 * A rival on-site row o2 with odds w for r pulls on r less when it fits other registered
 * workers too: for two rows and one registered worker, P(o is r) = 2^b / (2^b + (1 + R)(1 +
 * w / (1 + F))), where R is o's own rival mass and F o2's odds over the registered workers
 * nobody was assigned. A name alone that fits five free namesakes is a fifth of a rival to each,
 * not a whole one. Only free workers count in F: one assigned elsewhere is not free to take.
 */
export function classify(edges: Edges, assigned: Int32Array, registeredCount: number): Outcome[] {
  const onsiteCount = assigned.length;
  const rows = edges.groupBy('o', onsiteCount);
  const cols = edges.groupBy('r', registeredCount);
  const owner = new Int32Array(registeredCount).fill(-1);
  const ownBits = new Float64Array(onsiteCount);
  for (let o = 0; o < onsiteCount; o++) {
    const r = assigned[o];
    if (r < 0) continue;
    owner[r] = o;
    for (let i = rows.start[o]; i < rows.start[o + 1]; i++) if (edges.r[rows.order[i]] === r) ownBits[o] = edges.bits[rows.order[i]];
  }
  // A rival registered worker taken by someone else, or a rival on-site worker matched elsewhere, by a wide margin.
  const rTaken = (e: number) => {
    const o2 = owner[edges.r[e]];
    return o2 >= 0 && o2 !== edges.o[e] && ownBits[o2] >= edges.bits[e] + TAKEN_MARGIN;
  };
  const oTaken = (e: number) => {
    const o = edges.o[e];
    return assigned[o] >= 0 && assigned[o] !== edges.r[e] && ownBits[o] >= edges.bits[e] + TAKEN_MARGIN;
  };

  // Each on-site row's odds over the registered workers nobody was assigned: F above.
  const freeMass = new Float64Array(onsiteCount);
  for (let o = 0; o < onsiteCount; o++) {
    for (let i = rows.start[o]; i < rows.start[o + 1]; i++) {
      const e = rows.order[i];
      if (owner[edges.r[e]] < 0) freeMass[o] += 2 ** edges.bits[e];
    }
  }

  const outcomes = new Array<Outcome>(onsiteCount);
  const rivals: number[] = []; // reused row to row: only review rows copy it
  for (let o = 0; o < onsiteCount; o++) {
    const r = assigned[o];
    rivals.length = 0;
    let rowMass = 0;
    for (let i = rows.start[o]; i < rows.start[o + 1]; i++) {
      const e = rows.order[i];
      if (edges.r[e] === r || rTaken(e)) continue;
      rivals.push(e);
      rowMass += 2 ** edges.bits[e];
    }
    if (r >= 0) {
      const b = ownBits[o];
      let colMass = 0;
      for (let i = cols.start[r]; i < cols.start[r + 1]; i++) {
        const e = cols.order[i];
        if (edges.o[e] === o || oTaken(e)) continue;
        colMass += 2 ** edges.bits[e] / (1 + freeMass[edges.o[e]]);
      }
      const alt = rowMass + (1 + rowMass) * colMass;
      const p = 1 / (1 + (1 + alt) / 2 ** b);
      if (p >= P_MATCH) outcomes[o] = { status: 'matched', r, p };
      else outcomes[o] = { status: 'review', p, ambiguous: alt >= 1, candidates: top([{ r, bits: b }, ...rivals.map((e) => ({ r: edges.r[e], bits: edges.bits[e] }))], 1 + 2 ** b + alt) };
      continue;
    }
    const p = rowMass / (1 + rowMass);
    if (p < P_HIDDEN) outcomes[o] = { status: 'hidden', p };
    else {
      const likely = rivals.filter((e) => edges.bits[e] > 0).length;
      outcomes[o] = { status: 'review', p, ambiguous: likely !== 1, candidates: top(rivals.map((e) => ({ r: edges.r[e], bits: edges.bits[e] })), 1 + rowMass) };
    }
  }
  return outcomes;
}

function top(edges: { r: number; bits: number }[], total: number): { r: number; p: number }[] {
  return edges
    .sort((a, b) => b.bits - a.bits || a.r - b.r)
    .slice(0, MAX_CANDIDATES)
    .map((e) => ({ r: e.r, p: 2 ** e.bits / total }))
    .filter((c, i) => i === 0 || c.p >= MIN_CANDIDATE_P);
}
