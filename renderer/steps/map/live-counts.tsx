import { BannerSlim, Box, Datapoint, Flex, Spinner, Text } from 'gestalt';
import { ErrorCallout } from '../../components/error-callout';
import { formatCount, formatPercent } from '../../components/format';
import { ProgressMeter } from '../../components/progress-meter';
import type { EvaluationState } from './use-mapping-evaluation';

/** Valid / invalid / warnings as the mapping changes, plus what is still missing. */
export function LiveCounts({ state }: { state: EvaluationState }) {
  const e = state.evaluation;
  const scope = e ? (e.complete ? `all ${formatCount(e.rows)} rows` : `the first ${formatCount(e.rows)} rows`) : '';
  return (
    <Box data-testid="live-counts" data-state={state.status} data-complete={e?.complete ? 'yes' : 'no'} minHeight={96}>
      <Flex direction="column" gap={2}>
        <Flex gap={6} wrap alignItems="center">
          <Datapoint title="Ready to send" value={e ? formatCount(e.valid) : '–'} />
          <Datapoint title="With errors" value={e ? formatCount(e.invalid) : '–'} badge={e && e.invalid > 0 ? { text: 'fix or skip', type: 'error' } : undefined} />
          <Datapoint title="With warnings" value={e ? formatCount(e.warnings) : '–'} />
          <Datapoint title="Duplicates" value={e ? formatCount(e.duplicates) : '–'} />
          {e && e.rows > 0 ? <Datapoint title="Share ready" value={formatPercent(e.valid / Math.max(1, e.events))} /> : null}
          {state.status === 'evaluating' ? <Spinner show size="sm" accessibilityLabel="Updating counts" /> : null}
        </Flex>
        <Text size="200" color="subtle">
          {e ? `Counted over ${scope}.` : 'Counting…'}
        </Text>
        {state.progress && state.status === 'evaluating' && state.progress.rowsTotal > 0 ? (
          <ProgressMeter label="Checking the whole file" fraction={state.progress.rowsDone / state.progress.rowsTotal} />
        ) : null}
        {state.error ? <ErrorCallout error={state.error} slim /> : null}
        {e?.mappingIssues.map((issue) => (
          <BannerSlim key={`${issue.field}-${issue.message}`} type={issue.severity === 'error' ? 'error' : 'warning'} iconAccessibilityLabel={issue.severity} message={issue.message} />
        ))}
      </Flex>
    </Box>
  );
}
