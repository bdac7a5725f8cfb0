import { useCallback } from 'react';
import type { HorizontalView } from '../../components/virtual/virtual-rows';
import { VirtualRows } from '../../components/virtual/virtual-rows';
import { visibleColumns } from '../../components/virtual/scaled-window';
import type { PreviewRow } from './use-preview-pages';
import { PreviewRowView, previewRowHeight } from './preview-row';

interface Props {
  total: number;
  columns: string[];
  rowAt: (index: number) => PreviewRow | undefined;
  onRange: (start: number, end: number) => void;
  onOpen: (row: PreviewRow) => void;
  resetKey: string;
  /** Bumped when a page arrives, so placeholders are replaced. */
  version: number;
}

/** Widths of the Row and Status columns, then of every data column (px). */
const fixedWidths = [88, 180];
const columnWidth = 220;
const fixedWidth = fixedWidths[0]! + fixedWidths[1]!;

/** The data columns in view: wide files render a handful of cells per row, not all of them. */
function columnsInView(view: HorizontalView, count: number): [number, number] {
  const { first, last } = visibleColumns(view.left, view.width, fixedWidth, columnWidth, count);
  return [first, last];
}

/** Every row of the file, virtualized in both directions: only what is on screen exists in the page. */
export function PreviewGrid({ total, columns, rowAt, onRange, onOpen, resetKey, version }: Props) {
  const template = `${fixedWidths.map((w) => `${w}px`).join(' ')} repeat(${columns.length}, ${columnWidth}px)`;
  const renderRow = useCallback(
    (index: number, view: HorizontalView) => <PreviewRowView key={index} index={index} row={rowAt(index)} columns={columns} range={columnsInView(view, columns.length)} onOpen={onOpen} />,
    // `version` makes newly arrived pages show up.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rowAt, columns, onOpen, version],
  );
  const header = (view: HorizontalView) => {
    const [first, last] = columnsInView(view, columns.length);
    return (
      <div role="row" className="grid-row header" aria-rowindex={1}>
        <div role="columnheader" className="grid-cell">Row</div>
        <div role="columnheader" className="grid-cell">Status</div>
        {columns.slice(first, last + 1).map((c, i) => (
          <div role="columnheader" className="grid-cell" key={c} aria-colindex={first + i + 3} style={{ gridColumnStart: first + i + 3 }}>
            {c}
          </div>
        ))}
      </div>
    );
  };
  return <VirtualRows count={total} rowHeight={previewRowHeight} columns={template} label="Preview of your rows" header={header} renderRow={renderRow} onRange={onRange} resetKey={resetKey} testId="preview-grid" height="min(60vh, 640px)" />;
}
