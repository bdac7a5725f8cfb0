import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../electron/shared/app-error';
import type { Result } from '../../electron/shared/result';

/** Where a user-triggered call stands. */
export type ActionState = { status: 'idle' } | { status: 'busy' } | { status: 'error'; error: AppError };

/**
 * Wraps a user action (a button) that calls the backend: tracks busy/error for the UI and
 * ignores a second click while the first call runs.
 */
export function useAction<A extends unknown[], T>(
  fn: (...args: A) => Promise<Result<T>>,
): [(...args: A) => Promise<Result<T> | null>, ActionState, () => void] {
  const [state, setState] = useState<ActionState>({ status: 'idle' });
  const busy = useRef(false);
  const latest = useRef(fn);
  useEffect(() => {
    latest.current = fn;
  });
  const run = useCallback(async (...args: A) => {
    if (busy.current) return null;
    busy.current = true;
    setState({ status: 'busy' });
    const result = await latest.current(...args);
    busy.current = false;
    setState(result.ok ? { status: 'idle' } : { status: 'error', error: result.error });
    return result;
  }, []);
  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return [run, state, reset];
}
