import type { CSSProperties, ReactNode } from 'react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { layoutOf, visibleWindow } from './scaled-window';

/** The horizontal part of the view, for lists that also window their columns. */
export interface HorizontalView {
  left: number;
  width: number;
}

interface Props {
  count: number;
  rowHeight: number;
  /** CSS grid columns shared by the header and every row. */
  columns: string;
  label: string;
  header: ReactNode | ((view: HorizontalView) => ReactNode);
  renderRow: (index: number, view: HorizontalView) => ReactNode;
  /** Called with the rendered range, so the owner can fetch what is missing. */
  onRange: (start: number, end: number) => void;
  /** Changes of this value scroll back to the top (a new filter). */
  resetKey: string;
  testId?: string;
  /** A fixed CSS height (no jump when the row count arrives); by default short lists shrink. */
  height?: string;
}

/** Height of the sticky header row (CSS .grid-row.header). */
const headerHeight = 40;

/** Scroll position (one state update per animation frame) and viewport height of a scroller. */
function useScroller(resetKey: string) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ key: resetKey, top: 0, left: 0 });
  const [viewport, setViewport] = useState({ height: 480, width: 1200 });
  const frame = useRef(0);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return undefined;
    const observer = new ResizeObserver(() => setViewport({ height: el.clientHeight, width: el.clientWidth }));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [resetKey]);
  const onScroll = useCallback(() => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => setScroll({ key: resetKey, top: scroller.current?.scrollTop ?? 0, left: scroller.current?.scrollLeft ?? 0 }));
  }, [resetKey]);
  // A new resetKey starts at the top before the scroll event of the reset arrives.
  const fresh = scroll.key === resetKey;
  return { scroller, onScroll, viewport, scrollTop: fresh ? scroll.top : 0, scrollLeft: fresh ? scroll.left : 0 };
}

/**
 * A table body that renders only the rows on screen, for any number of rows, with a fixed row
 * height so nothing jumps when data arrives. The rows sit in one translated block, so scrolling
 * moves a single transform and rows that stay on screen are not re-rendered.
 */
export function VirtualRows({ count, rowHeight, columns, label, header, renderRow, onRange, resetKey, testId, height }: Props) {
  const { scroller, onScroll, viewport, scrollTop, scrollLeft } = useScroller(resetKey);
  const layout = useMemo(() => layoutOf(count, rowHeight, viewport.height), [count, rowHeight, viewport.height]);
  const win = visibleWindow(scrollTop, viewport.height, count, rowHeight, layout);
  useEffect(() => onRange(win.start, win.end), [onRange, win.start, win.end]);
  const view = useMemo(() => ({ left: scrollLeft, width: viewport.width }), [scrollLeft, viewport.width]);
  const rows: ReactNode[] = [];
  for (let i = win.start; i <= win.end; i += 1) rows.push(renderRow(i, view));
  return (
    <div
      ref={scroller}
      className="virtual-scroller"
      tabIndex={0}
      role="table"
      aria-label={label}
      aria-rowcount={count + 1}
      data-testid={testId}
      data-scale={layout.scale.toFixed(3)}
      // A short list gets a short box; a long one scrolls inside at most 60% of the window.
      style={{ '--grid-columns': columns, height: height ?? `min(60vh, 640px, ${headerHeight + count * rowHeight + 2}px)` } as CSSProperties}
      onScroll={onScroll}
    >
      <div role="rowgroup" className="virtual-header">
        {typeof header === 'function' ? header(view) : header}
      </div>
      <div role="rowgroup" className="virtual-spacer" style={{ height: layout.spacer }}>
        <div className="virtual-window" style={{ transform: `translateY(${win.top}px)` }}>
          {rows}
        </div>
      </div>
    </div>
  );
}
