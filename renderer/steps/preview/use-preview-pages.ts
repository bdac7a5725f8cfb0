import { useCallback } from 'react';
import type { ChannelInput, ChannelOutput } from '../../../electron/shared/contract';
import type { Mapping } from '../../../electron/shared/mapping';
import { useApi } from '../../api/api-context';
import { usePagedRows } from '../../hooks/use-paged-rows';

/** One row of the preview. */
export type PreviewRow = ChannelOutput<'preview:page'>['rows'][number];
/** Which rows the preview shows. */
export type PreviewFilter = ChannelInput<'preview:page'>['filter'];

/** Preview rows of a dataset under a mapping and filter, fetched page by page as they scroll in. */
export function usePreviewPages(datasetId: string, mapping: Mapping, filter: PreviewFilter) {
  const api = useApi();
  const fetchPage = useCallback(
    (offset: number, limit: number) => api.previewPage({ datasetId, mapping, filter, offset, limit }),
    [api, datasetId, mapping, filter],
  );
  return usePagedRows<PreviewRow>(fetchPage, `${datasetId}:${filter}`);
}
