import type { Edges } from './edges';
import { hungarian } from './hungarian';

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
 * method; most are a single pair and need no solving. A pathological component beyond
 * EXACT_CELLS falls back to greedy by descending score, which is within a factor 2 of optimal
 * and, with the review margins in classify.ts, safe.
 * Returns the registered index for each on-site index, -1 for none.
 */
export function assign(edges: Edges, onsiteCount: number, registeredCount: number): Int32Array {
  const parent = new Int32Array(onsiteCount + registeredCount);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (let e = 0; e < edges.length; e++) if (edges.bits[e] > 0) parent[find(edges.o[e])] = find(onsiteCount + edges.r[e]);
  // Positive edges grouped by component (its root), counting sort.
  const start = new Int32Array(parent.length + 1);
  for (let e = 0; e < edges.length; e++) if (edges.bits[e] > 0) start[find(edges.o[e]) + 1]++;
  for (let i = 0; i < parent.length; i++) start[i + 1] += start[i];
  const fill = start.slice(0, parent.length);
  const order = new Int32Array(start[parent.length]);
  for (let e = 0; e < edges.length; e++) if (edges.bits[e] > 0) order[fill[find(edges.o[e])]++] = e;

  const result = new Int32Array(onsiteCount).fill(-1);
  for (let c = 0; c < parent.length; c++) {
    const from = start[c];
    const to = start[c + 1];
    if (to - from === 1) result[edges.o[order[from]]] = edges.r[order[from]];
    else if (to - from > 1) solveComponent(edges, order.subarray(from, to), result);
  }
  return result;
}

function solveComponent(edges: Edges, list: Int32Array, result: Int32Array): void {
  const os = distinctSorted(list, edges.o);
  const rs = distinctSorted(list, edges.r);
  if (os.length * rs.length > EXACT_CELLS) return solveGreedy(edges, list, result);
  const row = new Map(os.map((o, i) => [o, i]));
  const col = new Map(rs.map((r, j) => [r, j]));
  const w = os.map(() => new Array<number>(rs.length).fill(0));
  for (const e of list) w[row.get(edges.o[e])!][col.get(edges.r[e])!] = edges.bits[e];
  hungarian(w, rs.length).forEach((j, i) => {
    if (j >= 0) result[os[i]] = rs[j];
  });
}

function solveGreedy(edges: Edges, list: Int32Array, result: Int32Array): void {
  const used = new Set<number>();
  const sorted = [...list].sort((a, b) => edges.bits[b] - edges.bits[a] || edges.o[a] - edges.o[b] || edges.r[a] - edges.r[b]);
  for (const e of sorted) {
    if (result[edges.o[e]] >= 0 || used.has(edges.r[e])) continue;
    result[edges.o[e]] = edges.r[e];
    used.add(edges.r[e]);
  }
}

function distinctSorted(list: Int32Array, end: Int32Array): number[] {
  return [...new Set(Array.from(list, (e) => end[e]))].sort((a, b) => a - b);
}
