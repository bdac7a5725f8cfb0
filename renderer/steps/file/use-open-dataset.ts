import { useCallback, useRef, useState } from 'react';
import type { AppError } from '../../../electron/shared/app-error';
import type { ChannelInput, EventPayload } from '../../../electron/shared/contract';
import { useApi } from '../../api/api-context';
import { useBackendEvent } from '../../hooks/use-backend-event';
import type { DatasetInfo } from '../../wizard/wizard-state';

/** Overrides the user can give when the detection was wrong. */
export type OpenOverrides = Omit<ChannelInput<'dataset:open'>, 'path'>;

/** Where opening a file stands. */
export type OpenState =
  | { status: 'idle' }
  | { status: 'staging'; fileName: string }
  | { status: 'reading'; fileName: string; progress?: EventPayload<'dataset:progress'> }
  | { status: 'ready'; path: string; dataset: DatasetInfo }
  | { status: 'error'; fileName: string; error: AppError };

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** Opens a file by path or as a dropped/picked File, with progress and cancel. */
export function useOpenDataset() {
  const api = useApi();
  const [state, setState] = useState<OpenState>({ status: 'idle' });
  const runId = useRef(0);
  const datasetId = useRef<string | null>(null);
  useBackendEvent('dataset:progress', (progress) => {
    datasetId.current = progress.datasetId;
    setState((s) => (s.status === 'reading' ? { ...s, progress } : s));
  });

  const openPath = useCallback(
    async (path: string, overrides: OpenOverrides = {}) => {
      const run = ++runId.current;
      datasetId.current = null;
      setState({ status: 'reading', fileName: baseName(path) });
      const result = await api.datasetOpen({ path, ...overrides });
      if (run !== runId.current) return;
      setState(result.ok ? { status: 'ready', path, dataset: result.value } : { status: 'error', fileName: baseName(path), error: result.error });
    },
    [api],
  );

  const openFile = useCallback(
    async (file: File) => {
      const run = ++runId.current;
      setState({ status: 'staging', fileName: file.name });
      const staged = await api.pathForFile(file);
      if (run !== runId.current) return;
      if (!staged.ok) return setState({ status: 'error', fileName: file.name, error: staged.error });
      await openPath(staged.value.path);
    },
    [api, openPath],
  );

  const cancel = useCallback(async () => {
    runId.current += 1;
    setState({ status: 'idle' });
    if (datasetId.current) await api.datasetCancel({ datasetId: datasetId.current });
  }, [api]);

  return { state, openPath, openFile, cancel };
}
