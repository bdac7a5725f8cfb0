import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../electron/shared/app-error';
import type { Result } from '../../electron/shared/result';

/** The state of a backend call, as the `data-state` markers name it. */
export type AsyncState<T> =
  | { status: 'loading'; value?: T }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: AppError; value?: T };

/**
 * Loads something when the component mounts and whenever `key` changes; `reload` runs it again.
 * A stale answer (the key changed meanwhile) is dropped, so a slow call never overwrites a newer
 * one; while a new answer is pending the previous value stays available (no layout jump).
 */
export function useAsync<T>(load: () => Promise<Result<T>>, key: string): [AsyncState<T>, () => void] {
  const [generation, setGeneration] = useState(0);
  const token = `${key}#${generation}`;
  const [answer, setAnswer] = useState<{ token: string; state: AsyncState<T> } | null>(null);
  const latest = useRef(load);
  useEffect(() => {
    latest.current = load;
  });
  useEffect(() => {
    let live = true;
    void latest.current().then((result) => {
      if (!live) return;
      setAnswer({ token, state: result.ok ? { status: 'ready', value: result.value } : { status: 'error', error: result.error } });
    });
    return () => {
      live = false;
    };
  }, [token]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const state: AsyncState<T> = answer?.token === token ? answer.state : { status: 'loading', value: answer?.state.value };
  return [state, reload];
}
