import { Box, Button, Flex, Text } from 'gestalt';
import { useState } from 'react';
import { useApi } from '../api/api-context';
import { useAsync } from '../hooks/use-async';
import { useBackendEvent } from '../hooks/use-backend-event';
import type { UploadProgress } from '../wizard/wizard-state';
import { formatCount } from './format';
import { ProgressMeter } from './progress-meter';

const active = new Set<UploadProgress['state']>(['queued', 'running', 'paused']);

function JobLine({ job }: { job: UploadProgress }) {
  const api = useApi();
  const { rows, pending } = job.counts;
  const label = `${job.test ? 'Test upload' : 'Upload'} for ad account ${job.adAccountId} ${job.state === 'paused' ? 'is paused' : 'is running in the background'}`;
  return (
    <div className="card" data-testid="background-job" data-job={job.jobId} data-job-state={job.state}>
      <Flex direction="column" gap={2}>
        <ProgressMeter label={label} fraction={rows === 0 ? null : (rows - pending) / rows} detail={`${formatCount(rows - pending)} of ${formatCount(rows)} rows`} />
        {job.reason ? <Text size="200">{job.reason}</Text> : null}
        <Flex gap={2}>
          {job.state === 'paused' ? <Button size="sm" text="Resume" onClick={() => void api.uploadResume({ jobId: job.jobId })} /> : <Button size="sm" text="Pause" onClick={() => void api.uploadPause({ jobId: job.jobId })} />}
          <Button size="sm" text="Cancel" onClick={() => void api.uploadCancel({ jobId: job.jobId })} />
        </Flex>
      </Flex>
    </div>
  );
}

/**
 * Uploads that run without a wizard step watching them (after a reload, or a renderer crash in
 * Electron: the job lives in the backend and carries on). Shown above every step until done.
 */
export function BackgroundJobs({ hideJobId }: { hideJobId?: string }) {
  const api = useApi();
  const [listed] = useAsync(() => api.uploadJobs({}), 'jobs');
  const [pushed, setPushed] = useState<Record<string, UploadProgress>>({});
  useBackendEvent('upload:progress', (p) => setPushed((m) => ({ ...m, [p.jobId]: p })));
  const byId = new Map<string, UploadProgress>();
  for (const job of listed.status === 'ready' ? listed.value.jobs : []) byId.set(job.jobId, job);
  for (const job of Object.values(pushed)) byId.set(job.jobId, job);
  const shown = [...byId.values()].filter((j) => active.has(j.state) && j.jobId !== hideJobId);
  if (shown.length === 0) return null;
  return (
    <Box marginBottom={4}>
      <Flex direction="column" gap={2}>
        {shown.map((job) => (
          <JobLine key={job.jobId} job={job} />
        ))}
      </Flex>
    </Box>
  );
}
