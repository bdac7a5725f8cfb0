import type { Dispatch } from 'react';
import { BannerCallout, Box, Button, Flex, Icon, Text } from 'gestalt';
import { useApi } from '../api/api-context';
import { DropOverlay } from '../components/drop-overlay';
import { ErrorCallout } from '../components/error-callout';
import { formatCount } from '../components/format';
import { ProgressMeter } from '../components/progress-meter';
import type { StepState } from '../components/step-frame';
import { StepFrame } from '../components/step-frame';
import { useAsync } from '../hooks/use-async';
import { useWindowDrop } from '../hooks/use-window-drop';
import type { WizardAction, WizardState } from '../wizard/wizard-state';
import { DetectionSummary } from './file/detection-summary';
import { FilePicker } from './file/file-picker';
import { RecentFiles } from './file/recent-files';
import type { OpenState } from './file/use-open-dataset';
import { useOpenDataset } from './file/use-open-dataset';

interface Props {
  state: WizardState & { step: 'file' };
  dispatch: Dispatch<WizardAction>;
}

function Reading({ open, onCancel }: { open: OpenState & { status: 'reading' | 'staging' }; onCancel: () => void }) {
  const p = open.status === 'reading' ? open.progress : undefined;
  const fraction = p && p.totalBytes > 0 ? p.bytesRead / p.totalBytes : null;
  const label = open.status === 'staging' ? `Copying ${open.fileName}…` : `Reading ${open.fileName}…`;
  return (
    <Flex direction="column" gap={3}>
      <ProgressMeter label={label} fraction={fraction} detail={p ? `${formatCount(p.rows)} rows so far` : undefined} />
      <Box>
        <Button text="Cancel" onClick={onCancel} />
      </Box>
    </Flex>
  );
}

function DropZone() {
  return (
    <div className="drop-zone">
      <Flex direction="column" alignItems="center" gap={2}>
        <Icon accessibilityLabel="" icon="upload-feed" size={32} color="subtle" />
        <Text align="center" weight="bold">
          Drag your spreadsheet anywhere onto this window
        </Text>
        <Text align="center" size="200" color="subtle">
          CSV, TSV, TXT or Excel (.xlsx); one row per conversion, column names in the first row.
        </Text>
      </Flex>
    </div>
  );
}

function stepStateOf(open: OpenState): StepState {
  if (open.status === 'staging' || open.status === 'reading') return 'loading';
  if (open.status === 'idle') return 'empty';
  return open.status;
}

/** Step 3: the spreadsheet: dropped anywhere, picked, a recent one, or the sample. */
export function FileStep({ state, dispatch }: Props) {
  const api = useApi();
  const { state: open, openPath, openFile, cancel } = useOpenDataset();
  const [info] = useAsync(() => api.appInfo({}), 'app-info');
  const busy = open.status === 'staging' || open.status === 'reading';
  const dragging = useWindowDrop(!busy, openFile);
  const retry = state.retryOfJobId !== undefined;
  return (
    <StepFrame
      step="file"
      state={stepStateOf(open)}
      title={retry ? 'Pick the fixed file' : 'Choose your spreadsheet'}
      subtitle={retry ? 'Only the rows that failed last time will be sent again.' : 'Your file stays on this computer; only hashed data is ever sent.'}
      footer={
        open.status === 'ready' ? (
          <Button color="red" text="Continue" onClick={() => dispatch({ type: 'dataset-opened', dataset: open.dataset })} />
        ) : undefined
      }
    >
      <DropOverlay visible={dragging} />
      {retry ? (
        <BannerCallout type="info" iconAccessibilityLabel="Information" message="Fix the rows in your spreadsheet, save it, then choose it here. The mapping of the last run is reused." />
      ) : null}
      {busy ? <Reading open={open} onCancel={() => void cancel()} /> : null}
      {open.status === 'error' ? (
        <ErrorCallout error={{ ...open.error, file: open.error.file ?? open.fileName }} />
      ) : null}
      {open.status === 'ready' ? <DetectionSummary dataset={open.dataset} onReopen={(o) => void openPath(open.path, o)} /> : null}
      {!busy && open.status !== 'ready' ? <DropZone /> : null}
      {!busy ? (
        <FilePicker disabled={busy} hasFile={open.status === 'ready'} onPath={(p) => void openPath(p)} onFile={(f) => void openFile(f)} samplePath={info.status === 'ready' ? info.value.samplePath : undefined} />
      ) : null}
      {!busy && open.status !== 'ready' ? <RecentFiles onOpen={(p) => void openPath(p)} disabled={busy} /> : null}
    </StepFrame>
  );
}
