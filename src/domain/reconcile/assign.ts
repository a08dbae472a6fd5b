import { hungarian } from './hungarian';

export interface Edge {
  o: number;
  r: number;
  /** Posterior log-odds in bits; only positive edges are worth assigning. */
  bits: number;
}

/** Components up to this many cells get the exact method; namesake clusters stay far below it. */
const EXACT_CELLS = 4096;

/**
 * The one-to-one pairing that maximizes the summed log-odds of its pairs: under Fellegi-Sunter's
 * independence this is the most likely joint assignment (the MAP), not a first-come greedy per
 * row. A greedy pass would give "Sok Dara" on site to the first registered Sok Dara that fits
 * and leave the second one's true match without a partner.
 *
 * The problem splits into connected components of the candidate graph, which are small (a
 * family of namesakes, a shared date of birth), so each is solved exactly with the Hungarian
 * method. A pathological component beyond EXACT_CELLS falls back to greedy by descending score,
 * which is within a factor 2 of optimal and, with the review margins in classify.ts, safe.
 * Returns the registered index for each assigned on-site index.
 */
export function assign(edges: readonly Edge[], onsiteCount: number): Map<number, number> {
  const positive = edges.filter((e) => e.bits > 0);
  const parent = new Int32Array(onsiteCount + maxR(positive) + 1).map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (const e of positive) parent[find(e.o)] = find(onsiteCount + e.r);
  const components = new Map<number, Edge[]>();
  for (const e of positive) {
    const root = find(e.o);
    const list = components.get(root);
    if (list) list.push(e);
    else components.set(root, [e]);
  }
  const result = new Map<number, number>();
  for (const list of components.values()) {
    const os = [...new Set(list.map((e) => e.o))].sort((a, b) => a - b);
    const rs = [...new Set(list.map((e) => e.r))].sort((a, b) => a - b);
    if (os.length === 1 && rs.length === 1) result.set(os[0], rs[0]);
    else if (os.length * rs.length <= EXACT_CELLS) solveExact(list, os, rs, result);
    else solveGreedy(list, result);
  }
  return result;
}

function solveExact(list: Edge[], os: number[], rs: number[], result: Map<number, number>): void {
  const row = new Map(os.map((o, i) => [o, i]));
  const col = new Map(rs.map((r, j) => [r, j]));
  const w = os.map(() => new Array<number>(rs.length).fill(0));
  for (const e of list) w[row.get(e.o)!][col.get(e.r)!] = e.bits;
  hungarian(w, rs.length).forEach((j, i) => {
    if (j >= 0) result.set(os[i], rs[j]);
  });
}

function solveGreedy(list: Edge[], result: Map<number, number>): void {
  const used = new Set<number>();
  const sorted = [...list].sort((a, b) => b.bits - a.bits || a.o - b.o || a.r - b.r);
  for (const e of sorted) {
    if (result.has(e.o) || used.has(e.r)) continue;
    result.set(e.o, e.r);
    used.add(e.r);
  }
}

function maxR(edges: readonly Edge[]): number {
  let m = 0;
  for (const e of edges) if (e.r > m) m = e.r;
  return m;
}
