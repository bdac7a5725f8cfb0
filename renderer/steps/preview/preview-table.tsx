import { Box, Flex, Text } from 'gestalt';
import { useEffect } from 'react';
import type { AppError } from '../../../electron/shared/app-error';
import type { Mapping } from '../../../electron/shared/mapping';
import { ErrorCallout } from '../../components/error-callout';
import { PreviewGrid } from './preview-grid';
import type { PreviewFilter, PreviewRow } from './use-preview-pages';
import { usePreviewPages } from './use-preview-pages';

/** What the step around the table needs to know (it changes rarely, unlike the loaded pages). */
export interface TableStatus {
  total: number | null;
  error: AppError | null;
}

interface Props {
  datasetId: string;
  mapping: Mapping;
  filter: PreviewFilter;
  columns: string[];
  onOpen: (row: PreviewRow) => void;
  onStatus: (status: TableStatus) => void;
}

/**
 * The preview table with its own page state: a page arriving re-renders this table only, not the
 * step's Gestalt components around it (they would cost a long task per page while scrolling).
 */
export function PreviewTable({ datasetId, mapping, filter, columns, onOpen, onStatus }: Props) {
  const pages = usePreviewPages(datasetId, mapping, filter);
  useEffect(() => onStatus({ total: pages.total, error: pages.error }), [onStatus, pages.total, pages.error]);
  return (
    <Flex direction="column" gap={2}>
      {pages.error ? <ErrorCallout error={pages.error} retry={{ label: 'Try again', onClick: pages.retry }} /> : null}
      {pages.total === 0 ? <Text>No rows match this filter.</Text> : null}
      <Box data-testid="preview-rows" data-total={pages.total ?? ''}>
        <PreviewGrid total={pages.total ?? 0} columns={columns} rowAt={pages.rowAt} onRange={pages.onRange} onOpen={onOpen} resetKey={filter} version={pages.version} />
      </Box>
    </Flex>
  );
}
