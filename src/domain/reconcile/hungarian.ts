/**
 * Maximum-weight assignment on a small dense matrix (Kuhn-Munkres, in the O(n²·m) potentials
 * form of Jonker & Volgenant). rows ≤ cols is not required: the matrix is padded with zeros,
 * and a zero-weight assignment means "leave unassigned". Returns the column for each row, or -1.
 */
export function hungarian(weights: readonly Float64Array[], cols: number): number[] {
  const rows = weights.length;
  const n = Math.max(rows, cols);
  const cost = (i: number, j: number) => (i < rows && j < cols ? -weights[i][j] : 0);
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const p = new Int32Array(n + 1);
  const way = new Int32Array(n + 1);
  const minv = new Float64Array(n + 1);
  const used = new Uint8Array(n + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  const out = new Array<number>(rows).fill(-1);
  for (let j = 1; j <= n; j++) {
    const i = p[j] - 1;
    if (i >= 0 && i < rows && j - 1 < cols && weights[i][j - 1] > 0) out[i] = j - 1;
  }
  return out;
}
