import { groupEntries, type Edges } from './edges';
import { hungarian } from './hungarian';

/** Components up to this many cells (on-site rows × registered workers) get the exact method. */
const EXACT_CELLS = 4096;

/**
 * The one-to-one pairing that maximizes the summed log-odds of its pairs: under Fellegi-Sunter's
 * independence this is the most likely joint assignment (the MAP), not a first-come greedy per
 * row. A greedy pass would give "Sok Dara" on site to the first registered Sok Dara that fits
 * and leave the second one's true match without a partner.
 *
 * The problem splits into connected components of the candidate graph, most of them small (a
 * family of namesakes, a shared date of birth), each solved exactly with the Hungarian method;
 * most are a single pair and need no solving. A component beyond EXACT_CELLS falls back to
 * greedy by descending score, which is within a factor 2 of optimal and, with the review
 * margins in classify.ts, safe. Common names chain namesakes into a few such components: on the
 * bench rosters of 10,000, 2-16 a roster, holding 7-23 % of the rows (none on payroll and
 * grader). Solving them exactly too, at seconds a roster, moved no quality figure past noise
 * over three seeds.
 * Returns the registered index for each on-site index, -1 for none.
 */
export function assign(edges: Edges, onsiteCount: number, registeredCount: number): Int32Array {
  // Each step is a function of its own: one-off loops are compiled one at a time, and sooner.
  const root = componentRoots(edges, onsiteCount, registeredCount);
  const { start, order } = edgesByComponent(edges, root);
  const result = new Int32Array(onsiteCount).fill(-1);
  for (let c = 0; c < root.length; c++) {
    const from = start[c];
    const to = start[c + 1];
    if (to - from === 1) result[edges.o[order[from]]] = edges.r[order[from]];
    else if (to - from > 1) solveComponent(edges, order.subarray(from, to), result);
  }
  return result;
}

/** For each on-site row, then each registered worker, the root of its component of positive edges (union-find). */
function componentRoots(edges: Edges, onsiteCount: number, registeredCount: number): Int32Array {
  const parent = identity(onsiteCount + registeredCount);
  unite(parent, edges, onsiteCount);
  for (let i = 0; i < parent.length; i++) parent[i] = find(parent, i);
  return parent;
}

function identity(n: number): Int32Array {
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  return parent;
}

/** Joins the two ends of every positive edge. */
function unite(parent: Int32Array, edges: Edges, onsiteCount: number): void {
  for (let e = 0; e < edges.length; e++) if (edges.bits[e] > 0) parent[find(parent, edges.o[e])] = find(parent, onsiteCount + edges.r[e]);
}

/** The root of x, halving the path on the way. */
function find(parent: Int32Array, x: number): number {
  while (parent[x] !== x) x = parent[x] = parent[parent[x]];
  return x;
}

/** Positive edges grouped by component (its root): component c's are order[start[c] .. start[c + 1]). */
function edgesByComponent(edges: Edges, root: Int32Array): { start: Int32Array; order: Int32Array } {
  const component = new Int32Array(edges.length);
  for (let e = 0; e < edges.length; e++) component[e] = edges.bits[e] > 0 ? root[edges.o[e]] : -1;
  return groupEntries(component, edges.length, root.length);
}

function solveComponent(edges: Edges, list: Int32Array, result: Int32Array): void {
  const os = distinctSorted(list, edges.o);
  const rs = distinctSorted(list, edges.r);
  if (os.length * rs.length > EXACT_CELLS) return solveGreedy(edges, list, result);
  // Typed rows: one array kind whatever the weights, so the solver is compiled once.
  const w: Float64Array[] = [];
  for (let i = 0; i < os.length; i++) w.push(new Float64Array(rs.length));
  for (let i = 0; i < list.length; i++) {
    const e = list[i];
    w[indexIn(os, edges.o[e])][indexIn(rs, edges.r[e])] = edges.bits[e];
  }
  const cols = hungarian(w, rs.length);
  for (let i = 0; i < cols.length; i++) if (cols[i] >= 0) result[os[i]] = rs[cols[i]];
}

function solveGreedy(edges: Edges, list: Int32Array, result: Int32Array): void {
  const used = new Set<number>();
  // The order is total (an edge is its o and r), so the typed array's sort gives the one order there is.
  const sorted = list.slice().sort((a, b) => edges.bits[b] - edges.bits[a] || edges.o[a] - edges.o[b] || edges.r[a] - edges.r[b]);
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i];
    if (result[edges.o[e]] >= 0 || used.has(edges.r[e])) continue;
    result[edges.o[e]] = edges.r[e];
    used.add(edges.r[e]);
  }
}

/** The distinct ends of the listed edges, ascending: a component's rows or columns. */
function distinctSorted(list: Int32Array, end: Int32Array): Int32Array {
  const values = new Int32Array(list.length);
  for (let i = 0; i < list.length; i++) values[i] = end[list[i]];
  values.sort();
  let n = 0;
  for (let i = 0; i < values.length; i++) if (n === 0 || values[i] !== values[n - 1]) values[n++] = values[i];
  return values.subarray(0, n);
}

/** Where `value` is in `sorted` (ascending, and holding it): a binary search, as components are small but need not be. */
function indexIn(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
