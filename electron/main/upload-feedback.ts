import type { EventPayload } from '../shared/contract';

// Taskbar/dock progress and a system notification for uploads, driven by the backend's
// upload:progress events in main: it keeps working while the renderer reloads after a crash.

/** Upload progress as the backend reports it. */
export type UploadProgress = EventPayload<'upload:progress'>;

/** What the feedback needs from the window and the OS. */
export interface FeedbackSinks {
  /** 0..1, or -1 to clear; `paused` shows the paused/error colour where the OS has one. */
  setProgress(fraction: number, mode: 'normal' | 'paused' | 'error' | 'none'): void;
  notify(title: string, body: string): void;
  /** True while the user is looking at the window (no notification needed then). */
  isFocused(): boolean;
}

/** Uploads shorter than this finish without a notification unless the window is in the background. */
export const notifyAfterMs = 30_000;

const finished = new Set<UploadProgress['state']>(['done', 'cancelled', 'failed']);

function summary(p: UploadProgress): { title: string; body: string } {
  const mode = p.test ? 'Test upload' : 'Upload';
  const problems = p.counts.rejected + p.counts.invalid + p.counts.possiblySent;
  if (p.state === 'failed') return { title: `${mode} stopped`, body: p.reason ?? 'Open the app to see what happened.' };
  if (p.state === 'cancelled') return { title: `${mode} cancelled`, body: `${p.counts.sent.toLocaleString('en')} of ${p.counts.rows.toLocaleString('en')} rows were sent.` };
  const tail = problems > 0 ? ` ${problems.toLocaleString('en')} need attention.` : '';
  return { title: `${mode} finished`, body: `${p.counts.sent.toLocaleString('en')} of ${p.counts.rows.toLocaleString('en')} rows sent.${tail}` };
}

/** Turns progress events into taskbar progress and, at the end of a long upload, a notification. */
export function createUploadFeedback(sinks: FeedbackSinks): (progress: UploadProgress) => void {
  const notified = new Set<string>();
  return (p) => {
    if (!finished.has(p.state)) {
      const total = p.counts.rows;
      const fraction = total > 0 ? Math.min(1, (total - p.counts.pending) / total) : 0;
      sinks.setProgress(fraction, p.state === 'paused' ? 'paused' : 'normal');
      return;
    }
    sinks.setProgress(-1, 'none');
    if (notified.has(p.jobId)) return;
    notified.add(p.jobId);
    const long = (p.finishedAt ?? p.startedAt) - p.startedAt >= notifyAfterMs;
    if (long || !sinks.isFocused()) {
      const { title, body } = summary(p);
      sinks.notify(title, body);
    }
  };
}
