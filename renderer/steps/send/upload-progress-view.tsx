import { BannerCallout, Box, Button, Datapoint, Flex } from 'gestalt';
import { formatCount, formatDuration } from '../../components/format';
import { ProgressMeter } from '../../components/progress-meter';
import type { UploadProgress } from '../../wizard/wizard-state';
import { doneFraction } from './use-upload-job';

interface Props {
  progress: UploadProgress | null;
  onControl: (action: 'pause' | 'resume' | 'cancel', resendPossiblySent?: boolean) => void;
}

/** Rows sent, rate, time left and retries of the running job, with pause, resume and cancel. */
export function UploadProgressView({ progress, onControl }: Props) {
  if (!progress) return <ProgressMeter label="Starting…" fraction={null} />;
  const { counts } = progress;
  const paused = progress.state === 'paused';
  const eta = progress.etaSeconds !== undefined ? formatDuration(progress.etaSeconds) : '–';
  return (
    <Flex direction="column" gap={4}>
      <div data-testid="upload-progress" data-job-state={progress.state}>
        <ProgressMeter label={paused ? 'Paused' : progress.test ? 'Sending a test…' : 'Sending to Pinterest…'} fraction={doneFraction(progress)} detail={`${formatCount(counts.rows - counts.pending)} of ${formatCount(counts.rows)} rows`} />
      </div>
      <Flex gap={6} wrap>
        <Datapoint title="Sent" value={formatCount(counts.sent)} />
        <Datapoint title="Rejected" value={formatCount(counts.rejected)} />
        <Datapoint title="Invalid (not sent)" value={formatCount(counts.invalid)} />
        <Datapoint title="Rows per second" value={formatCount(progress.rate)} />
        <Datapoint title="Time left" value={eta} />
        <Datapoint title="Retries" value={formatCount(progress.retries)} />
      </Flex>
      {paused && progress.reason ? (
        <BannerCallout type="warning" iconAccessibilityLabel="Paused" title="The upload is paused" message={progress.reason} />
      ) : null}
      <Box>
        <Flex gap={2}>
          {paused ? <Button color="red" text="Resume" onClick={() => onControl('resume')} /> : <Button text="Pause" onClick={() => onControl('pause')} />}
          {paused && counts.possiblySent > 0 ? <Button text="Resume and re-send the uncertain rows" onClick={() => onControl('resume', true)} /> : null}
          <Button text="Cancel" onClick={() => onControl('cancel')} />
        </Flex>
      </Box>
    </Flex>
  );
}
