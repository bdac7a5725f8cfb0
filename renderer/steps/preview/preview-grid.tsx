import { useCallback } from 'react';
import { VirtualRows } from '../../components/virtual/virtual-rows';
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

/** Every row of the file, virtualized: only what is on screen exists in the page. */
export function PreviewGrid({ total, columns, rowAt, onRange, onOpen, resetKey, version }: Props) {
  const template = `88px 180px ${columns.map(() => '220px').join(' ')}`;
  const renderRow = useCallback(
    (index: number) => <PreviewRowView key={index} index={index} row={rowAt(index)} columns={columns} onOpen={onOpen} />,
    // `version` makes newly arrived pages show up.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rowAt, columns, onOpen, version],
  );
  const header = (
    <div role="row" className="grid-row header" aria-rowindex={1}>
      <div role="columnheader" className="grid-cell">Row</div>
      <div role="columnheader" className="grid-cell">Status</div>
      {columns.map((c) => (
        <div role="columnheader" className="grid-cell" key={c}>
          {c}
        </div>
      ))}
    </div>
  );
  return (
    <VirtualRows
      count={total}
      rowHeight={previewRowHeight}
      columns={template}
      label="Preview of your rows"
      header={header}
      renderRow={renderRow}
      onRange={onRange}
      resetKey={resetKey}
      testId="preview-grid"
    />
  );
}
