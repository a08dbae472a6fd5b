import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { windowRows, type WindowRows } from './window-range';

/** Below this many rows every row renders, as a plain list: windowing would buy nothing there. */
const WINDOW_FROM_ROWS = 100;
/** About one phone screen above and below the viewport, so a flick or a Tab press lands on rows already there. */
const OVERSCAN_PX = 740;

interface Props<T> {
  items: readonly T[];
  itemKey: (item: T) => string;
  /** The content of one <li>; the list renders the <li> itself. */
  renderItem: (item: T) => ComponentChildren;
  /** A typical row's height in px at phone width; a row's measured height replaces it once it has rendered. */
  estimate: number;
  /** Lists of big rows (review cards) may start windowing sooner. */
  windowFrom?: number;
  class?: string;
}

/**
 * A list of thousands of rows that renders only those near the viewport. The page (not an inner box)
 * scrolls, so the list reads its place from its own bounding box on every scroll, resize and layout
 * change. Rows keep their list semantics for screen readers (aria-setsize / aria-posinset give the
 * whole count), and the row holding keyboard focus stays rendered when it is scrolled away.
 */
export function VirtualList<T>({ items, itemKey, renderItem, estimate, windowFrom = WINDOW_FROM_ROWS, class: cls }: Props<T>) {
  const windowed = items.length >= windowFrom;
  const list = useRef<HTMLUListElement>(null);
  const heights = useRef(new Map<string, number>());
  const view = useRef({ top: 0, height: innerHeight, width: innerWidth });
  const [focused, setFocused] = useState<string | null>(null);
  const [, redraw] = useState(0);

  const layout = (): WindowRows => windowRows({
    heights: items.map((it) => heights.current.get(itemKey(it)) ?? estimate),
    viewTop: view.current.top,
    viewHeight: view.current.height,
    overscan: OVERSCAN_PX,
    keep: focused === null ? -1 : items.findIndex((it) => itemKey(it) === focused),
  });
  const win = windowed ? layout() : null;
  // The scroll listener outlives renders; it must see this render's items, not the first one's.
  const latest = useRef({ layout, win });
  latest.current = { layout, win };

  const refresh = () => {
    const el = list.current;
    const { layout: next, win: now } = latest.current;
    if (!el || !now) return;
    // Turning the phone rewraps every row, so heights measured at the old width no longer hold.
    if (innerWidth !== view.current.width) heights.current.clear();
    view.current = { top: -el.getBoundingClientRect().top, height: innerHeight, width: innerWidth };
    if (!sameRows(next(), now)) redraw((n) => n + 1);
  };

  useEffect(() => {
    if (!windowed) return;
    let frame = 0;
    const soon = () => { if (!frame) frame = requestAnimationFrame(() => { frame = 0; refresh(); }); };
    addEventListener('scroll', soon, { passive: true });
    addEventListener('resize', soon, { passive: true });
    // Content above the list (an import's error list, a banner) moves it without any scroll.
    const resized = new ResizeObserver(soon);
    resized.observe(document.body);
    return () => {
      removeEventListener('scroll', soon);
      removeEventListener('resize', soon);
      resized.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [windowed]);

  // Rows wrap (long names, Khmer script), so each rendered row's real height replaces the estimate.
  useLayoutEffect(() => {
    const el = list.current;
    if (!el || !win) return;
    const rendered = el.querySelectorAll(':scope > li[aria-posinset]');
    let changed = false;
    win.rows.forEach(({ index }, k) => {
      const h = rendered[k].getBoundingClientRect().height;
      const key = itemKey(items[index]);
      if (Math.abs((heights.current.get(key) ?? -1) - h) > 0.5) {
        heights.current.set(key, h);
        changed = true;
      }
    });
    if (changed) redraw((n) => n + 1);
    else refresh();
  });

  const row = (index: number) => (
    <li key={`row:${itemKey(items[index])}`} aria-setsize={items.length} aria-posinset={index + 1}>
      {renderItem(items[index])}
    </li>
  );
  // Empty rows, not the list's padding, stand in for the unrendered ones: the browser's scroll
  // anchoring keeps the rows in view still when a sibling's height changes, but not an ancestor's padding.
  const gap = (key: string, px: number) => px > 0 && <li key={`gap:${key}`} class="window-gap" aria-hidden="true" style={{ height: `${px}px` }} />;

  if (!win) return <ul class={cls} role="list">{items.map((_, i) => row(i))}</ul>;
  return (
    <ul
      ref={list} class={cls} role="list"
      // aria-posinset is the row's place in `items`, so focus can be followed without another attribute.
      onFocusIn={(e) => {
        const pos = Number((e.target as Element).closest('li[aria-posinset]')?.getAttribute('aria-posinset'));
        if (pos) setFocused(itemKey(items[pos - 1]));
      }}
      onFocusOut={(e) => { if (!list.current?.contains(e.relatedTarget as Node | null)) setFocused(null); }}
    >
      {gap('top', win.padTop)}
      {/* One flat keyed array: a nested one would be matched by position and remount the focused row. */}
      {win.rows.flatMap(({ index, gapAbove }) => (gapAbove > 0 ? [gap(`above:${index}`, gapAbove), row(index)] : [row(index)]))}
      {gap('bottom', win.padBottom)}
    </ul>
  );
}

function sameRows(a: WindowRows, b: WindowRows): boolean {
  return a.padTop === b.padTop && a.padBottom === b.padBottom && a.rows.length === b.rows.length
    && a.rows.every((r, i) => r.index === b.rows[i].index && r.gapAbove === b.rows[i].gapAbove);
}
