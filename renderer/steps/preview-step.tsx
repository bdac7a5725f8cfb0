import type { Dispatch } from 'react';
import { Button, Flex, SegmentedControl, Text } from 'gestalt';
import { useMemo, useState } from 'react';
import { useApi } from '../api/api-context';
import { ErrorCallout } from '../components/error-callout';
import { formatCount } from '../components/format';
import { StepFrame } from '../components/step-frame';
import { useAsync } from '../hooks/use-async';
import type { Evaluation, WizardAction, WizardState } from '../wizard/wizard-state';
import { MatchQuality } from './preview/match-quality';
import type { TableStatus } from './preview/preview-table';
import { PreviewTable } from './preview/preview-table';
import { RowDetails } from './preview/row-details';
import type { PreviewFilter, PreviewRow } from './preview/use-preview-pages';

interface Props {
  state: WizardState & { step: 'preview' };
  dispatch: Dispatch<WizardAction>;
}

const filters: Array<{ value: PreviewFilter; label: string; count: (e: Evaluation) => number }> = [
  { value: 'all', label: 'All rows', count: (e) => e.rows },
  { value: 'errors', label: 'Errors', count: (e) => e.invalid },
  { value: 'warnings', label: 'Warnings', count: (e) => e.warnings },
  { value: 'duplicates', label: 'Duplicates', count: (e) => e.duplicates },
];

function mappedColumns(state: Props['state']): string[] {
  const used = new Set(Object.values(state.mapping.fields).flatMap((s) => (s.column ? [s.column] : (s.columns ?? []))));
  return state.dataset.columns.filter((c) => used.has(c));
}

function FilterBar({ filter, evaluation, total, onChange }: { filter: PreviewFilter; evaluation?: Evaluation; total: number | null; onChange: (f: PreviewFilter) => void }) {
  const label = (f: (typeof filters)[number]) => (evaluation ? `${f.label} (${formatCount(f.count(evaluation))})` : f.label);
  return (
    <Flex justifyContent="between" alignItems="center" wrap gap={2}>
      <div data-testid="preview-filter" data-filter={filter}>
        <SegmentedControl items={filters.map(label)} selectedItemIndex={filters.findIndex((f) => f.value === filter)} onChange={({ activeIndex }) => onChange(filters[activeIndex]?.value ?? 'all')} />
      </div>
      <Text size="200" color="subtle">
        {total === null ? 'Loading rows…' : `${formatCount(total)} rows shown`}
      </Text>
    </Flex>
  );
}

/** Step 5: every row as it will be sent, problems next to their cells, match quality. */
export function PreviewStep({ state, dispatch }: Props) {
  const api = useApi();
  const { dataset, mapping } = state;
  const [filter, setFilter] = useState<PreviewFilter>('all');
  const [openRow, setOpenRow] = useState<PreviewRow | null>(null);
  const [full] = useAsync<Evaluation>(
    () => (state.evaluation ? Promise.resolve({ ok: true as const, value: state.evaluation }) : api.mappingEvaluate({ datasetId: dataset.datasetId, mapping })),
    `eval:${dataset.datasetId}`,
  );
  const evaluation = full.status === 'ready' ? full.value : undefined;
  const [table, setTable] = useState<TableStatus>({ total: null, error: null });
  const columns = useMemo(() => mappedColumns(state), [state]);
  const stepState = table.error ? 'error' : table.total === null ? 'loading' : table.total === 0 ? 'empty' : 'ready';
  return (
    <StepFrame
      step="preview"
      state={stepState}
      title="Preview"
      subtitle="Each row as it will be sent. Click a row number to see how it is hashed and the exact event."
      footer={<Button color="red" text="Continue to sending" onClick={() => dispatch({ type: 'preview-confirmed' })} />}
    >
      <MatchQuality evaluation={evaluation} />
      {full.status === 'error' ? <ErrorCallout error={full.error} slim /> : null}
      <FilterBar filter={filter} evaluation={evaluation} total={table.total} onChange={setFilter} />
      <PreviewTable datasetId={dataset.datasetId} mapping={mapping} filter={filter} columns={columns} onOpen={setOpenRow} onStatus={setTable} />
      {openRow ? <RowDetails datasetId={dataset.datasetId} mapping={mapping} row={openRow.row} onDismiss={() => setOpenRow(null)} /> : null}
    </StepFrame>
  );
}
