// Fixed-height row virtualization that works for any row count. Browsers cap an element's height
// (Chromium at about 33.5 million px: 1,048,576 rows × 32 px already exceeds it), so past
// `maxSpacerPx` the scrollbar is scaled: one pixel of scrolling moves `scale` pixels of rows,
// while rows keep their real height on screen. Below it, scale is 1 and nothing is distorted.

/** Tallest spacer we ever create, far below any engine's limit. */
export const maxSpacerPx = 8_000_000;

/** Geometry of a virtual list. */
export interface WindowLayout {
  /** Height of the scrollable spacer. */
  spacer: number;
  /** Rows' pixels per scrollbar pixel (1 when nothing is scaled). */
  scale: number;
}

/** Rows to render for a scroll position, and where to put the first of them. */
export interface VisibleWindow {
  /** First and last row index to render (inclusive), overscan included. */
  start: number;
  end: number;
  /** Top (in spacer coordinates) of row `start`. */
  top: number;
}

/** Spacer height and scale for `count` rows of `rowHeight` in a viewport of `viewport` px. */
export function layoutOf(count: number, rowHeight: number, viewport: number, max = maxSpacerPx): WindowLayout {
  const real = Math.max(0, count * rowHeight);
  if (real <= max || viewport >= max) return { spacer: real, scale: 1 };
  return { spacer: max, scale: (real - viewport) / (max - viewport) };
}

/** Which rows are visible at `scrollTop`, plus `overscan` rows on each side. */
export function visibleWindow(scrollTop: number, viewport: number, count: number, rowHeight: number, layout: WindowLayout, overscan = 4): VisibleWindow {
  if (count === 0) return { start: 0, end: -1, top: 0 };
  const maxTop = Math.max(0, layout.spacer - viewport);
  const clamped = Math.min(Math.max(0, scrollTop), maxTop);
  const virtualTop = clamped * layout.scale;
  const first = Math.min(count - 1, Math.floor(virtualTop / rowHeight));
  const shift = virtualTop - first * rowHeight;
  const start = Math.max(0, first - overscan);
  const end = Math.min(count - 1, first + Math.ceil(viewport / rowHeight) + overscan);
  return { start, end, top: clamped - shift - (first - start) * rowHeight };
}

/** The scrollTop that shows row `index` at the top of the viewport. */
export function scrollTopFor(index: number, rowHeight: number, layout: WindowLayout): number {
  return (index * rowHeight) / layout.scale;
}

/**
 * Data columns (equal width `colWidth`, after `fixedWidth` px of always-shown columns) that are
 * visible when scrolled `left` px in a `width` px wide viewport, plus `overscan` on each side.
 */
export function visibleColumns(left: number, width: number, fixedWidth: number, colWidth: number, count: number, overscan = 1): { first: number; last: number } {
  if (count === 0) return { first: 0, last: -1 };
  const from = Math.floor(Math.max(0, left - fixedWidth) / colWidth);
  const to = Math.floor(Math.max(0, left + width - fixedWidth) / colWidth);
  return { first: Math.max(0, from - overscan), last: Math.min(count - 1, to + overscan) };
}
