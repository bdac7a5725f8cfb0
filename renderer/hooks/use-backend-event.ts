import { useEffect, useRef } from 'react';
import type { EventName, EventPayload } from '../../electron/shared/contract';
import { useApi } from '../api/api-context';

/** Subscribes to a backend event for the lifetime of the component (latest callback wins). */
export function useBackendEvent<E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void): void {
  const api = useApi();
  const latest = useRef(cb);
  useEffect(() => {
    latest.current = cb;
  });
  useEffect(() => api.on(event, (payload) => latest.current(payload)), [api, event]);
}
