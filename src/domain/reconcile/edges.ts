import { grown } from './grown';

/**
 * Candidate pairs worth keeping, in three parallel typed arrays: tens of thousands of them per
 * run, so no object per pair and no garbage to collect.
 */
export class Edges {
  o = new Int32Array(1024);
  r = new Int32Array(1024);
  /** Posterior log-odds in bits; only positive edges are worth assigning. */
  bits = new Float64Array(1024);
  length = 0;

  push(o: number, r: number, bits: number): void {
    if (this.length === this.o.length) {
      this.o = grown(this.o);
      this.r = grown(this.r);
      this.bits = grown(this.bits);
    }
    this.o[this.length] = o;
    this.r[this.length] = r;
    this.bits[this.length] = bits;
    this.length++;
  }

  /** The edges grouped by one end (`o` or `r`): edge numbers of group g are order[start[g] .. start[g + 1]). */
  groupBy(end: 'o' | 'r', groups: number): { start: Int32Array; order: Int32Array } {
    return groupEntries(this[end], this.length, groups);
  }
}

/**
 * Entries 0 .. length - 1 grouped by key[e] (a counting sort): those of group g are
 * order[start[g] .. start[g + 1]), in entry order. An entry whose key is -1 is left out.
 */
export function groupEntries(key: Int32Array, length: number, groups: number): { start: Int32Array; order: Int32Array } {
  const start = new Int32Array(groups + 1);
  countGroups(key, length, start);
  accumulate(start);
  return { start, order: orderByGroup(key, length, start) };
}

// The passes of a counting sort, one loop to a function: a one-off loop is compiled on its own,
// not compiled again with the code that follows it.

/** start[g + 1] counts the entries of group g. */
function countGroups(key: Int32Array, length: number, start: Int32Array): void {
  for (let e = 0; e < length; e++) if (key[e] >= 0) start[key[e] + 1]++;
}

/** Counts to running totals, in place: start[g] becomes where group g begins. */
function accumulate(start: Int32Array): void {
  for (let g = 0; g + 1 < start.length; g++) start[g + 1] += start[g];
}

/** The entries ordered by group, each group in entry order. */
function orderByGroup(key: Int32Array, length: number, start: Int32Array): Int32Array {
  const fill = start.slice(0, start.length - 1);
  const order = new Int32Array(start[start.length - 1]);
  for (let e = 0; e < length; e++) if (key[e] >= 0) order[fill[key[e]]++] = e;
  return order;
}
