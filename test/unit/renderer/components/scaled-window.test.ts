import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { layoutOf, scrollTopFor, visibleColumns, visibleWindow } from '../../../../renderer/components/virtual/scaled-window';

describe('scaled window', () => {
  it('does not scale lists that fit', () => {
    expect(layoutOf(1000, 40, 600)).toEqual({ spacer: 40_000, scale: 1 });
    const w = visibleWindow(4000, 600, 1000, 40, layoutOf(1000, 40, 600), 2);
    expect(w).toEqual({ start: 98, end: 117, top: 98 * 40 });
  });

  it('caps the spacer for a million rows and still reaches the last row exactly', () => {
    const layout = layoutOf(1_000_000, 48, 600);
    expect(layout.spacer).toBeLessThanOrEqual(8_000_000);
    const bottom = visibleWindow(layout.spacer - 600, 600, 1_000_000, 48, layout, 0);
    expect(bottom.end).toBe(999_999);
    // The last row's bottom edge sits on the viewport's bottom edge.
    const lastTop = bottom.top + (999_999 - bottom.start) * 48;
    expect(lastTop + 48).toBeCloseTo(layout.spacer, 3);
  });

  it('is empty for no rows', () => {
    expect(visibleWindow(0, 600, 0, 40, layoutOf(0, 40, 600))).toEqual({ start: 0, end: -1, top: 0 });
  });

  test.prop([fc.integer({ min: 1, max: 2_000_000 }), fc.integer({ min: 20, max: 80 }), fc.integer({ min: 100, max: 1200 }), fc.double({ min: 0, max: 1, noNaN: true })])(
    'always covers the viewport with rows in range, at any scroll position',
    (count, rowHeight, viewport, where) => {
      const layout = layoutOf(count, rowHeight, viewport);
      const scrollTop = where * Math.max(0, layout.spacer - viewport);
      const w = visibleWindow(scrollTop, viewport, count, rowHeight, layout, 0);
      expect(w.start).toBeGreaterThanOrEqual(0);
      expect(w.end).toBeLessThanOrEqual(count - 1);
      expect(w.top).toBeLessThanOrEqual(scrollTop + 1e-6);
      const bottom = w.top + (w.end - w.start + 1) * rowHeight;
      expect(bottom).toBeGreaterThanOrEqual(Math.min(scrollTop + viewport, layout.spacer) - 1e-6);
    },
  );

  test.prop([fc.integer({ min: 1, max: 2_000_000 }), fc.integer({ min: 20, max: 80 }), fc.integer({ min: 100, max: 1200 })])(
    'scrolling to a row shows that row first',
    (count, rowHeight, viewport) => {
      const layout = layoutOf(count, rowHeight, viewport);
      const index = Math.floor(count / 3);
      const top = scrollTopFor(index, rowHeight, layout);
      if (top > layout.spacer - viewport) return;
      const w = visibleWindow(top, viewport, count, rowHeight, layout, 0);
      expect(Math.abs(w.start - index)).toBeLessThanOrEqual(1);
    },
  );
});

describe('visible columns', () => {
  it('renders only the data columns in view, plus one on each side', () => {
    expect(visibleColumns(0, 1000, 268, 220, 30)).toEqual({ first: 0, last: 4 });
    expect(visibleColumns(2000, 1000, 268, 220, 30)).toEqual({ first: 6, last: 13 });
    expect(visibleColumns(0, 5000, 268, 220, 5)).toEqual({ first: 0, last: 4 });
    expect(visibleColumns(0, 1000, 268, 220, 0)).toEqual({ first: 0, last: -1 });
  });
});
