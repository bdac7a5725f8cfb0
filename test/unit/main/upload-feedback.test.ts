import { describe, expect, it, vi } from 'vitest';
import type { UploadProgress } from '../../../electron/main/upload-feedback';
import { createUploadFeedback, notifyAfterMs } from '../../../electron/main/upload-feedback';

function progress(over: Partial<UploadProgress> = {}, counts: Partial<UploadProgress['counts']> = {}): UploadProgress {
  return {
    jobId: 'j1',
    state: 'running',
    test: false,
    adAccountId: '1',
    counts: { rows: 1000, sent: 0, rejected: 0, invalid: 0, skipped: 0, possiblySent: 0, duplicate: 0, pending: 1000, ...counts },
    rate: 0,
    retries: 0,
    startedAt: 0,
    ...over,
  };
}

function sinks(focused: boolean) {
  return { setProgress: vi.fn(), notify: vi.fn(), isFocused: () => focused };
}

describe('upload feedback', () => {
  it('shows progress while running and paused, and clears it at the end', () => {
    const s = sinks(true);
    const feed = createUploadFeedback(s);
    feed(progress({}, { pending: 750, sent: 250 }));
    feed(progress({ state: 'paused' }, { pending: 500, sent: 500 }));
    feed(progress({ state: 'done', finishedAt: 1000 }, { pending: 0, sent: 1000 }));
    expect(s.setProgress.mock.calls).toEqual([[0.25, 'normal'], [0.5, 'paused'], [-1, 'none']]);
  });

  it('notifies once at the end of a long upload, in plain words and without personal data', () => {
    const s = sinks(true);
    const feed = createUploadFeedback(s);
    const done = progress({ state: 'done', finishedAt: notifyAfterMs, test: true }, { pending: 0, sent: 950, rejected: 30, invalid: 20 });
    feed(done);
    feed(done);
    expect(s.notify.mock.calls).toEqual([['Test upload finished', '950 of 1,000 rows sent. 50 need attention.']]);
  });

  it('stays quiet for a short upload the user is watching, but not one in the background', () => {
    const watching = sinks(true);
    createUploadFeedback(watching)(progress({ state: 'done', finishedAt: 5_000 }, { pending: 0, sent: 1000 }));
    expect(watching.notify).not.toHaveBeenCalled();
    const away = sinks(false);
    createUploadFeedback(away)(progress({ state: 'failed', finishedAt: 5_000, reason: 'Pinterest refused the token.' }));
    expect(away.notify).toHaveBeenCalledWith('Upload stopped', 'Pinterest refused the token.');
  });
});
