import { describe, expect, it } from 'vitest';
import { windowRows } from '../../src/ui/components/window-range';

const rows = (n: number, h = 50) => new Array<number>(n).fill(h);
const indices = (w: ReturnType<typeof windowRows>) => w.rows.map((r) => r.index);
/** The list's full height must not depend on which rows happen to be rendered. */
const height = (w: ReturnType<typeof windowRows>, heights: number[]) =>
  w.padTop + w.padBottom + w.rows.reduce((sum, r) => sum + r.gapAbove + heights[r.index], 0);

describe('windowRows', () => {
  it('renders only the rows that cross the viewport, at the top of a long list', () => {
    const heights = rows(3000);
    const w = windowRows({ heights, viewTop: 0, viewHeight: 740, overscan: 0 });
    expect(indices(w)).toEqual([...Array(15).keys()]);
    expect(w.padTop).toBe(0);
    expect(w.padBottom).toBe((3000 - 15) * 50);
  });

  it('adds the overscan above and below the viewport', () => {
    const heights = rows(3000);
    const w = windowRows({ heights, viewTop: 10_000, viewHeight: 500, overscan: 250 });
    expect(indices(w)[0]).toBe(195);
    expect(indices(w).at(-1)).toBe(214);
    expect(w.padTop).toBe(195 * 50);
    expect(height(w, heights)).toBe(3000 * 50);
  });

  it('renders the last rows when scrolled to the bottom', () => {
    const heights = rows(3000);
    const w = windowRows({ heights, viewTop: 3000 * 50 - 740, viewHeight: 740, overscan: 100 });
    expect(indices(w).at(-1)).toBe(2999);
    expect(w.padBottom).toBe(0);
  });

  it('renders the first screen of a list that starts below the viewport top', () => {
    const w = windowRows({ heights: rows(500), viewTop: -300, viewHeight: 740, overscan: 0 });
    expect(indices(w)).toEqual([...Array(15).keys()]);
  });

  it('renders the first screen of a list far below the viewport, so Tab can enter it', () => {
    const heights = rows(500);
    const w = windowRows({ heights, viewTop: -50_000, viewHeight: 740, overscan: 100 });
    expect(indices(w)).toEqual([...Array(17).keys()]);
    expect(height(w, heights)).toBe(500 * 50);
  });

  it('renders the last screen of a list far above the viewport, so Shift+Tab can enter it', () => {
    const heights = rows(500);
    const w = windowRows({ heights, viewTop: 90_000, viewHeight: 740, overscan: 100 });
    expect(indices(w)[0]).toBe(500 - 17);
    expect(indices(w).at(-1)).toBe(499);
    expect(w.padBottom).toBe(0);
    expect(height(w, heights)).toBe(500 * 50);
  });

  it('renders every row of a list shorter than the viewport', () => {
    const w = windowRows({ heights: rows(10), viewTop: 5000, viewHeight: 740, overscan: 0 });
    expect(indices(w)).toEqual([...Array(10).keys()]);
  });

  it('places rows of different heights by the sum of the heights above them', () => {
    const heights = Array.from({ length: 1000 }, (_, i) => (i % 3 === 0 ? 90 : 60));
    const w = windowRows({ heights, viewTop: 21_000, viewHeight: 740, overscan: 0 });
    const first = indices(w)[0];
    const above = heights.slice(0, first).reduce((a, b) => a + b, 0);
    expect(w.padTop).toBe(above);
    expect(above).toBeLessThanOrEqual(21_000);
    expect(above + heights[first]).toBeGreaterThan(21_000);
    expect(height(w, heights)).toBe(heights.reduce((a, b) => a + b, 0));
  });

  it('keeps a focused row rendered far above the viewport, with a gap standing in for the rows between', () => {
    const heights = rows(3000);
    const w = windowRows({ heights, viewTop: 50_000, viewHeight: 740, overscan: 0, keep: 10 });
    expect(indices(w)[0]).toBe(10);
    expect(w.padTop).toBe(10 * 50);
    expect(w.rows[1]).toEqual({ index: 1000, gapAbove: (1000 - 11) * 50 });
    expect(height(w, heights)).toBe(3000 * 50);
  });

  it('keeps a focused row rendered far below the viewport', () => {
    const heights = rows(3000);
    const w = windowRows({ heights, viewTop: 0, viewHeight: 740, overscan: 0, keep: 2500 });
    expect(w.rows.at(-1)).toEqual({ index: 2500, gapAbove: (2500 - 15) * 50 });
    expect(w.padBottom).toBe(499 * 50);
    expect(height(w, heights)).toBe(3000 * 50);
  });

  it('does not render a focused row twice when it is already in view', () => {
    const w = windowRows({ heights: rows(3000), viewTop: 0, viewHeight: 740, overscan: 0, keep: 3 });
    expect(indices(w)).toEqual([...Array(15).keys()]);
  });

  it('renders nothing for an empty list', () => {
    expect(windowRows({ heights: [], viewTop: 0, viewHeight: 740, overscan: 100 })).toEqual({ rows: [], padTop: 0, padBottom: 0 });
  });
});
