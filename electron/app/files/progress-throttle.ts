import type { ReadProgress } from './table-types';

/** Calls `onProgress` at most every `intervalMs` (plus always for `final`). */
export function throttleProgress(onProgress: ((p: ReadProgress) => void) | undefined, intervalMs = 200): (p: ReadProgress, final?: boolean) => void {
  let last = 0;
  return (progress, final = false) => {
    if (!onProgress) return;
    const now = Date.now();
    if (!final && now - last < intervalMs) return;
    last = now;
    onProgress(progress);
  };
}
