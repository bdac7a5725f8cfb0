import type { Logger } from '../../core/ports';
import type { EventName, EventPayload } from '../../shared/contract';
import { events } from '../../shared/contract';
import type { Emit } from './handler-types';

/** Receives every event the backend emits (a transport forwards them to its renderers). */
export type EventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** The backend's event bus: services emit, transports listen. */
export interface EventBus {
  emit: Emit;
  /** Adds a listener; returns the function that removes it. */
  on(listener: EventListener): () => void;
  /** Drops every listener (backend shutdown). */
  clear(): void;
}

/**
 * Synchronous fan-out to listeners. A listener that throws is logged and skipped, so one broken
 * transport never stops events reaching the others. With `checkPayloads` every payload is
 * checked against the contract first (development and tests): a bad payload is a bug, logged
 * and dropped rather than sent.
 */
export function createEventBus(log: Logger, checkPayloads: boolean): EventBus {
  const listeners = new Set<EventListener>();
  const emit: Emit = (event, payload) => {
    if (checkPayloads) {
      const schema = events[event];
      if (!schema || !schema.safeParse(payload).success) {
        log.error('dropped an event whose payload breaks the contract', { event: String(event) });
        return;
      }
    }
    for (const listener of [...listeners]) {
      try {
        listener(event, payload);
      } catch (error) {
        log.error('event listener failed', { event, errorName: error instanceof Error ? error.name : typeof error });
      }
    }
  };
  return {
    emit,
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clear: () => listeners.clear(),
  };
}
