import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../electron/shared/app-error';
import { useApi } from '../../api/api-context';
import { useBackendEvent } from '../../hooks/use-backend-event';
import type { UploadProgress } from '../../wizard/wizard-state';

const finished = new Set<UploadProgress['state']>(['done', 'cancelled', 'failed']);
const pollMs = 2000;

/** True when a job will not change any more. */
export function isFinished(progress: UploadProgress): boolean {
  return finished.has(progress.state);
}

/** Share of the job's rows that reached a final state (0..1). */
export function doneFraction(progress: UploadProgress): number {
  const { rows, pending } = progress.counts;
  return rows === 0 ? 0 : (rows - pending) / rows;
}

/**
 * Follows one upload job: pushed progress events, plus a slow poll as a safety net (an event can
 * be missed while the stream reconnects). The taskbar progress and the end-of-upload notification
 * are NOT driven from here: Electron's main process drives them from the same events, so they keep
 * working while the renderer reloads after a crash (electron/main/upload-feedback.ts).
 */
export function useUploadJob(jobId: string | undefined, onFinished: (job: UploadProgress) => void) {
  const api = useApi();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const latestFinished = useRef(onFinished);
  useEffect(() => {
    latestFinished.current = onFinished;
  });
  const accept = useCallback(
    (p: UploadProgress) => {
      if (p.jobId !== jobId) return;
      setProgress(p);
      if (isFinished(p)) latestFinished.current(p);
    },
    [jobId],
  );
  useBackendEvent('upload:progress', accept);
  useEffect(() => {
    if (!jobId) return undefined;
    const poll = async () => {
      const result = await api.uploadStatus({ jobId });
      if (result.ok) accept(result.value);
    };
    void poll();
    const timer = setInterval(() => void poll(), pollMs);
    return () => clearInterval(timer);
  }, [api, jobId, accept]);
  const control = useCallback(
    async (action: 'pause' | 'resume' | 'cancel', resendPossiblySent?: boolean) => {
      if (!jobId) return;
      const result =
        action === 'pause' ? await api.uploadPause({ jobId }) : action === 'resume' ? await api.uploadResume({ jobId, resendPossiblySent }) : await api.uploadCancel({ jobId });
      if (result.ok) accept(result.value);
      setError(result.ok ? null : result.error);
    },
    [api, jobId, accept],
  );
  return { progress: progress?.jobId === jobId ? progress : null, error, control };
}
