import type { Dispatch } from 'react';
import { Box, Button, Checkbox, Flex, Text } from 'gestalt';
import { useState } from 'react';
import { useApi } from '../api/api-context';
import { ErrorCallout } from '../components/error-callout';
import { formatCount } from '../components/format';
import type { StepState } from '../components/step-frame';
import { StepFrame } from '../components/step-frame';
import type { ActionState } from '../hooks/use-action';
import { useAction } from '../hooks/use-action';
import type { WizardAction, WizardState } from '../wizard/wizard-state';
import { GoLiveModal } from './send/go-live-modal';
import { TestModeBanner } from './send/test-mode-banner';
import { UploadProgressView } from './send/upload-progress-view';
import { useUploadJob } from './send/use-upload-job';

interface Props {
  state: WizardState & { step: 'send' };
  dispatch: Dispatch<WizardAction>;
}

function Summary({ state }: { state: Props['state'] }) {
  const e = state.evaluation;
  return (
    <Flex direction="column" gap={1}>
      <Text>
        Ad account <Text inline weight="bold">{state.account.name}</Text> (id {state.account.id}) · file <Text inline weight="bold">{state.dataset.fileName}</Text>
      </Text>
      {e ? <Text>{`${formatCount(e.valid)} events ready; ${formatCount(e.invalid)} rows with errors will be skipped.`}</Text> : null}
      {state.retryOfJobId ? <Text weight="bold">Re-sending only the rows that failed last time.</Text> : null}
      {state.testRun ? <Text>{state.testRun.passed ? 'Last test run: passed.' : 'Last test run: found problems.'}</Text> : null}
    </Flex>
  );
}

function stepStateOf(running: boolean, start: ActionState): StepState {
  if (running) return 'running';
  if (start.status === 'busy') return 'busy';
  return start.status === 'error' ? 'error' : 'ready';
}

/** Starts uploads of the step's file; `live` remembers the mode of the running one for the banner. */
function useStart(state: Props['state'], dispatch: Props['dispatch'], force: boolean) {
  const api = useApi();
  const [live, setLive] = useState(false);
  const [start, startState] = useAction((test: boolean) =>
    api.uploadStart({ datasetId: state.dataset.datasetId, mapping: state.mapping, adAccountId: state.account.id, test, force: force || undefined, retryOfJobId: state.retryOfJobId }),
  );
  const begin = async (test: boolean) => {
    setLive(!test);
    const result = await start(test);
    if (result?.ok) dispatch({ type: 'job-started', jobId: result.value.jobId });
  };
  return { live, begin, startState };
}

/** Step 6: send, in test mode first; going live only through a confirmation. */
export function SendStep({ state, dispatch }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [force, setForce] = useState(false);
  const { live, begin, startState } = useStart(state, dispatch, force);
  const job = useUploadJob(state.activeJobId, (finished) => dispatch({ type: 'job-finished', job: finished }));
  const running = state.activeJobId !== undefined;
  const idle = !running && startState.status !== 'busy';
  const footer = idle ? (
    <>
      <Button text="Go live…" onClick={() => setConfirming(true)} />
      <Button color="red" text="Send a test" onClick={() => void begin(true)} />
    </>
  ) : undefined;
  return (
    <StepFrame step="send" state={stepStateOf(running, startState)} title={running ? (live ? 'Sending to Pinterest' : 'Sending a test') : 'Send your conversions'} subtitle="Start with a test: Pinterest checks every event and records nothing." footer={footer}>
      <TestModeBanner live={running && live} />
      <Summary state={state} />
      {startState.status === 'error' ? <ErrorCallout error={startState.error} /> : null}
      {job.error ? <ErrorCallout error={job.error} slim /> : null}
      {running ? <UploadProgressView progress={job.progress} onControl={(a, r) => void job.control(a, r)} /> : null}
      {idle ? (
        <Box>
          <Checkbox id="force-resend" checked={force} onChange={({ checked }) => setForce(checked)} label="Also send rows this app already sent before" helperText="Pinterest would count them twice. Leave this off unless you know they never arrived." />
        </Box>
      ) : null}
      {confirming ? (
        <GoLiveModal account={state.account} fileName={state.dataset.fileName} evaluation={state.evaluation} testRun={state.testRun} retry={state.retryOfJobId !== undefined} onConfirm={() => { setConfirming(false); void begin(false); }} onDismiss={() => setConfirming(false)} />
      ) : null}
    </StepFrame>
  );
}
