import type { CSSProperties, ReactNode } from 'react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { layoutOf, visibleWindow } from './scaled-window';

interface Props {
  count: number;
  rowHeight: number;
  /** CSS grid columns shared by the header and every row. */
  columns: string;
  label: string;
  header: ReactNode;
  renderRow: (index: number) => ReactNode;
  /** Called with the rendered range, so the owner can fetch what is missing. */
  onRange: (start: number, end: number) => void;
  /** Changes of this value scroll back to the top (a new filter). */
  resetKey: string;
  testId?: string;
}

/** Height of the sticky header row (CSS .grid-row.header). */
const headerHeight = 40;

/** Scroll position (one state update per animation frame) and viewport height of a scroller. */
function useScroller(resetKey: string) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ key: resetKey, top: 0 });
  const [viewport, setViewport] = useState(480);
  const frame = useRef(0);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return undefined;
    const observer = new ResizeObserver(() => setViewport(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [resetKey]);
  const onScroll = useCallback(() => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => setScroll({ key: resetKey, top: scroller.current?.scrollTop ?? 0 }));
  }, [resetKey]);
  // A new resetKey starts at the top before the scroll event of the reset arrives.
  return { scroller, onScroll, viewport, scrollTop: scroll.key === resetKey ? scroll.top : 0 };
}

/**
 * A table body that renders only the rows on screen, for any number of rows, with a fixed row
 * height so nothing jumps when data arrives. The rows sit in one translated block, so scrolling
 * moves a single transform and rows that stay on screen are not re-rendered.
 */
export function VirtualRows({ count, rowHeight, columns, label, header, renderRow, onRange, resetKey, testId }: Props) {
  const { scroller, onScroll, viewport, scrollTop } = useScroller(resetKey);
  const layout = useMemo(() => layoutOf(count, rowHeight, viewport), [count, rowHeight, viewport]);
  const win = visibleWindow(scrollTop, viewport, count, rowHeight, layout);
  useEffect(() => onRange(win.start, win.end), [onRange, win.start, win.end]);
  const rows: ReactNode[] = [];
  for (let i = win.start; i <= win.end; i += 1) rows.push(renderRow(i));
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
      style={{ '--grid-columns': columns, height: `min(60vh, 640px, ${headerHeight + count * rowHeight + 2}px)` } as CSSProperties}
      onScroll={onScroll}
    >
      <div role="rowgroup" className="virtual-header">
        {header}
      </div>
      <div role="rowgroup" className="virtual-spacer" style={{ height: layout.spacer }}>
        <div className="virtual-window" style={{ transform: `translateY(${win.top}px)` }}>
          {rows}
        </div>
      </div>
    </div>
  );
}
