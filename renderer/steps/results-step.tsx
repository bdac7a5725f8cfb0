import type { Dispatch } from 'react';
import { Badge, BannerSlim, Box, Button, Datapoint, Flex, Heading, Text } from 'gestalt';
import { formatCount } from '../components/format';
import { StepFrame } from '../components/step-frame';
import type { WizardAction, WizardState } from '../wizard/wizard-state';
import { ExportReportButton } from './results/export-report-button';
import { HistoryList } from './results/history-list';
import { ProblemsTable } from './results/problems-table';
import { fixableRows, outcomesOf, reconciles } from './results/reconcile';

interface Props {
  state: WizardState & { step: 'results' };
  dispatch: Dispatch<WizardAction>;
}

const stateText = { done: 'Finished', cancelled: 'Cancelled', failed: 'Stopped', queued: 'Queued', running: 'Running', paused: 'Paused' } as const;

function Counts({ job }: { job: Props['state']['job'] }) {
  const items = outcomesOf(job.counts, job.test);
  return (
    <Flex direction="column" gap={2}>
      <div data-testid="result-counts" data-reconciles={reconciles(job.counts) ? 'yes' : 'no'}>
        <Flex gap={6} wrap>
          {items.map((o) => (
            <div key={o.key} data-count={o.key} data-value={o.count}>
              <Datapoint title={o.label} value={formatCount(o.count)} tooltipText={o.help} />
            </div>
          ))}
        </Flex>
      </div>
      <div data-testid="retries" data-value={job.retries}>
        <Text size="200">{job.retries > 0 ? `Requests retried after rate limits or connection problems: ${formatCount(job.retries)}.` : 'No request had to be retried.'}</Text>
      </div>
      <Text size="200" color="subtle">
        {`${items.map((o) => formatCount(o.count)).join(' + ')} = ${formatCount(job.counts.rows)} rows in the file${reconciles(job.counts) ? '' : ' (the numbers do not add up: please report this)'}.`}
      </Text>
    </Flex>
  );
}

function NextSteps({ state, dispatch }: Props) {
  const { job } = state;
  const fixable = fixableRows(job.counts);
  return (
    <Flex gap={2} wrap alignItems="start">
      {job.test ? <Button color="red" text="Go live…" onClick={() => dispatch({ type: 'send-again' })} /> : null}
      {!job.test && fixable > 0 ? (
        <Button color="red" text={`Re-send the ${formatCount(fixable)} failed rows after fixing the file…`} onClick={() => dispatch({ type: 'resend-failed', jobId: job.jobId })} />
      ) : null}
      <ExportReportButton jobId={job.jobId} fileName={state.dataset.fileName} />
      <Button text="Send another file" onClick={() => dispatch({ type: 'go-to', step: 'file' })} />
    </Flex>
  );
}

/** Step 7: what happened to every row, what to fix, and the way to send the fixed rows. */
export function ResultsStep({ state, dispatch }: Props) {
  const { job } = state;
  return (
    <StepFrame
      step="results"
      state="done"
      title={job.test ? 'Test results' : 'Results'}
      subtitle={`${state.dataset.fileName} → ${state.account.name} (id ${state.account.id})`}
      aside={<Badge text={job.test ? 'TEST: nothing was recorded' : 'LIVE'} type={job.test ? 'info' : 'success'} />}
    >
      <Box data-testid="job-state" data-job-state={job.state}>
        <Text weight="bold">{stateText[job.state]}</Text>
      </Box>
      {job.reason ? <BannerSlim type="warning" iconAccessibilityLabel="Note" message={job.reason} /> : null}
      <Counts job={job} />
      <NextSteps state={state} dispatch={dispatch} />
      <Heading size="300" accessibilityLevel={2}>
        Rows to look at
      </Heading>
      <ProblemsTable jobId={job.jobId} />
      {fixableRows(job.counts) === 0 && job.counts.possiblySent === 0 ? <Text>Every row was sent. Nothing to fix.</Text> : null}
      <HistoryList refreshKey={job.jobId} />
    </StepFrame>
  );
}
