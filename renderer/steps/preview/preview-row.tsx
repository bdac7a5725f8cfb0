import { memo } from 'react';
import type { PreviewRow } from './use-preview-pages';

/** Height of one preview row: the value and, under it, the issue of that cell. */
export const previewRowHeight = 52;

const statusText: Record<PreviewRow['status'], string> = {
  valid: 'Ready',
  invalid: 'Error',
  sent: 'Sent',
  rejected: 'Rejected',
  skipped: 'Already sent',
  'possibly-sent': 'Possibly sent',
  duplicate: 'Duplicate',
  pending: 'Pending',
};

interface Props {
  index: number;
  row: PreviewRow | undefined;
  columns: string[];
  /** First and last data column on screen (the others are not rendered). */
  range: [number, number];
  onOpen: (row: PreviewRow) => void;
}

function Cell({ row, column, at }: { row: PreviewRow; column: string; at: number }) {
  const issues = row.issues.filter((i) => i.column === column);
  const worst = issues.find((i) => i.severity === 'error') ?? issues[0];
  const value = row.cells[column] ?? '';
  return (
    <div role="cell" className={`grid-cell${worst ? ` ${worst.severity}` : ''}`} title={worst ? `${value}\n${worst.message}` : value} aria-colindex={at} style={{ gridColumnStart: at }}>
      <span className="value">{value === '' ? '\u00a0' : value}</span>
      {worst ? <span className="issue">{worst.message}</span> : null}
    </div>
  );
}

function RowStatus({ row }: { row: PreviewRow }) {
  // The row's own problem, else its first error: its column may be scrolled out of view.
  const first = row.issues.find((i) => !i.column) ?? row.issues.find((i) => i.severity === 'error');
  const general = first ? { message: first.column ? `${first.column}: ${first.message}` : first.message } : undefined;
  const warnings = row.issues.some((i) => i.severity === 'warning');
  const label = row.status === 'valid' && warnings ? 'Ready, with warnings' : statusText[row.status];
  return (
    <div role="cell" className="grid-cell" title={general?.message}>
      <span className={`status-pill status-${row.status}`}>{label}</span>
      {general ? <span className="issue">{general.message}</span> : null}
    </div>
  );
}

/** One row of the preview; a placeholder of the same height until its page arrives. */
export const PreviewRowView = memo(
  function PreviewRowView({ index, row, columns, range, onOpen }: Props) {
    const [first, last] = range;
    const shown = columns.slice(first, last + 1);
    if (!row) {
      return (
        <div role="row" className="grid-row" aria-rowindex={index + 2} data-loading="yes" style={{ height: previewRowHeight }}>
          <div role="cell" className="grid-cell">
            <span className="placeholder" />
          </div>
        </div>
      );
    }
    return (
      <div role="row" className="grid-row" aria-rowindex={index + 2} data-row={row.row} data-status={row.status} style={{ height: previewRowHeight }}>
        <div role="cell" className="grid-cell">
          <button type="button" className="row-button" onClick={() => onOpen(row)} aria-label={`Row ${row.row}: show details`}>
            {row.row}
          </button>
        </div>
        <RowStatus row={row} />
        {shown.map((c, i) => (
          <Cell key={c} row={row} column={c} at={first + i + 3} />
        ))}
      </div>
    );
  },
  // Re-render only when the row, its columns or the columns in view change.
  (a, b) => a.row === b.row && a.columns === b.columns && a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.onOpen === b.onOpen,
);
