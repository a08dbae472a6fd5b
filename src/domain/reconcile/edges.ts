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
    const key = this[end];
    const start = new Int32Array(groups + 1);
    for (let e = 0; e < this.length; e++) start[key[e] + 1]++;
    for (let g = 0; g < groups; g++) start[g + 1] += start[g];
    const fill = start.slice(0, groups);
    const order = new Int32Array(this.length);
    for (let e = 0; e < this.length; e++) order[fill[key[e]]++] = e;
    return { start, order };
  }
}

function grown<T extends Int32Array | Float64Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}
