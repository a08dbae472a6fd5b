/** One rendered row of a windowed list, and the space left for unrendered rows just above it. */
export interface WindowRow {
  index: number;
  gapAbove: number;
}

/** Which rows to render, and how much empty space stands in for the rest above and below them. */
export interface WindowRows {
  rows: WindowRow[];
  padTop: number;
  padBottom: number;
}

export interface WindowInput {
  /** Every row's height in px: measured where the row has been rendered, estimated elsewhere. */
  heights: readonly number[];
  /** How far the list's top edge is above the top of the viewport (negative while it is below). */
  viewTop: number;
  viewHeight: number;
  /** Extra px rendered above and below the viewport, so a fast flick or a Tab press finds rows ready. */
  overscan: number;
  /** A row that stays rendered wherever it is, such as the one holding keyboard focus. */
  keep?: number;
}

/**
 * The rows that cross the viewport (plus overscan), and the spacing that puts each of them where it
 * would be if every row were rendered.
 */
export function windowRows({ heights, viewTop, viewHeight, overscan, keep = -1 }: WindowInput): WindowRows {
  const offsets = new Array<number>(heights.length + 1);
  offsets[0] = 0;
  for (let i = 0; i < heights.length; i++) offsets[i + 1] = offsets[i] + heights[i];
  const total = offsets[heights.length];

  // A list wholly below the viewport still renders its first screen, and one wholly above its last,
  // so Tab and Shift+Tab from the page around it land on its rows instead of skipping the list.
  const top = Math.min(Math.max(viewTop, 0), Math.max(total - viewHeight, 0));
  const from = top - overscan;
  const to = top + viewHeight + overscan;
  let start = 0;
  while (start < heights.length && offsets[start + 1] <= from) start++;
  let end = start;
  while (end < heights.length && offsets[end] < to) end++;

  const indices: number[] = [];
  for (let i = start; i < end; i++) indices.push(i);
  if (keep >= 0 && keep < heights.length && (keep < start || keep >= end)) {
    if (keep < start) indices.unshift(keep);
    else indices.push(keep);
  }
  if (indices.length === 0) return { rows: [], padTop: total, padBottom: 0 };

  const rows = indices.map((index, k) => ({ index, gapAbove: k === 0 ? 0 : offsets[index] - offsets[indices[k - 1] + 1] }));
  return { rows, padTop: offsets[indices[0]], padBottom: total - offsets[indices[indices.length - 1] + 1] };
}
