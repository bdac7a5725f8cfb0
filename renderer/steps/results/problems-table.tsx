import { useCallback } from 'react';
import type { ChannelOutput } from '../../../electron/shared/contract';
import { useApi } from '../../api/api-context';
import { ErrorCallout } from '../../components/error-callout';
import { VirtualRows } from '../../components/virtual/virtual-rows';
import { usePagedRows } from '../../hooks/use-paged-rows';

type ProblemRow = ChannelOutput<'upload:problems'>['rows'][number];

const rowHeight = 56;
const statusText: Partial<Record<ProblemRow['status'], string>> = {
  rejected: 'Rejected by Pinterest',
  invalid: 'Error in the file',
  'possibly-sent': 'Possibly sent',
  skipped: 'Already sent',
  duplicate: 'Duplicate',
};

function ProblemLine({ index, row }: { index: number; row?: ProblemRow }) {
  return (
    <div role="row" className="grid-row" aria-rowindex={index + 2} data-problem-row={row?.row ?? ''} style={{ height: rowHeight }}>
      <div role="cell" className="grid-cell">{row ? row.row : <span className="placeholder" />}</div>
      <div role="cell" className="grid-cell"><span className={`status-pill status-${row?.status ?? 'pending'}`}>{row ? (statusText[row.status] ?? row.status) : ''}</span></div>
      <div role="cell" className="grid-cell"><span className="value">{row?.column ?? ''}</span></div>
      <div role="cell" className="grid-cell" title={row?.message}><span className="value wrap">{row?.message ?? ''}</span></div>
    </div>
  );
}

/** Every row that did not make it, with Pinterest's (or our) message, paged and virtualized. */
export function ProblemsTable({ jobId }: { jobId: string }) {
  const api = useApi();
  const fetchPage = useCallback((offset: number, limit: number) => api.uploadProblems({ jobId, offset, limit }), [api, jobId]);
  const pages = usePagedRows<ProblemRow>(fetchPage, jobId);
  const renderRow = useCallback(
    (index: number) => <ProblemLine key={index} index={index} row={pages.rowAt(index)} />,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [pages.rowAt, pages.version],
  );
  const header = (
    <div role="row" className="grid-row header" aria-rowindex={1}>
      {['Row', 'Outcome', 'Column', 'Message'].map((h) => (
        <div role="columnheader" className="grid-cell" key={h}>{h}</div>
      ))}
    </div>
  );
  if (pages.error) return <ErrorCallout error={pages.error} retry={{ label: 'Try again', onClick: pages.retry }} />;
  if (pages.total === 0) return null;
  return (
    <div data-testid="problems" data-total={pages.total ?? ''}>
      <VirtualRows count={pages.total ?? 0} rowHeight={rowHeight} columns="80px 200px 180px 640px" label="Rows that were not sent" header={header} renderRow={renderRow} onRange={pages.onRange} resetKey={jobId} testId="problems-grid" />
    </div>
  );
}
