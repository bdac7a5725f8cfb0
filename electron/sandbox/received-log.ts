// What the sandbox received: every request (method, path, mode, status) and every accepted
// LIVE event, so delivery tests can prove "every row exactly once".

/** One request as the sandbox saw it (no headers, no tokens). */
export interface ReceivedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  /** `?test=true` was set. */
  test: boolean;
  /** HTTP status answered; 0 when no answer was sent (reset, hang, cut). */
  status: number;
  /** Number of events in the body (0 when none could be read). */
  events: number;
  /** Clock time (ms) of arrival. */
  time: number;
  /** Ad account id from the path, when the path has one. */
  adAccountId?: string;
  /** The `x-pinterest-rid` sent (or that would have been sent). */
  rid: string;
  /** Name of the fault that shaped the answer, if any. */
  fault?: string;
}

/** An accepted live event as sent (or only its id when the log keeps ids). */
export type ReceivedEvent = Record<string, unknown> & { event_id: string };

/** How much of each accepted event the log keeps ('ids' saves memory on million-event runs). */
export type RecordMode = 'full' | 'ids';

/** The received log exposed to tests. */
export interface ReceivedLog {
  /** Accepted live events of an ad account, in arrival order (never test events). */
  events(adAccountId: string): ReceivedEvent[];
  /** event_id → how many times it was accepted live (duplicates have counts > 1). */
  eventIdCounts(adAccountId: string): Map<string, number>;
  /** Every request, in arrival order. */
  readonly requests: readonly ReceivedRequest[];
  /** Total accepted live events over all ad accounts. */
  totalEvents(): number;
  /** Forgets everything. */
  clear(): void;
}

/** The writable side, used by the server. */
export interface ReceivedLogWriter extends ReceivedLog {
  addRequest(request: ReceivedRequest): void;
  addEvent(adAccountId: string, event: ReceivedEvent): void;
}

/** Creates an empty log. */
export function createReceivedLog(mode: RecordMode = 'full'): ReceivedLogWriter {
  const requests: ReceivedRequest[] = [];
  const events = new Map<string, ReceivedEvent[]>();
  let total = 0;
  return {
    events: (id) => [...(events.get(id) ?? [])],
    eventIdCounts(id) {
      const counts = new Map<string, number>();
      for (const event of events.get(id) ?? []) counts.set(event.event_id, (counts.get(event.event_id) ?? 0) + 1);
      return counts;
    },
    get requests() {
      return requests;
    },
    totalEvents: () => total,
    clear() {
      requests.length = 0;
      events.clear();
      total = 0;
    },
    addRequest: (request) => void requests.push(request),
    addEvent(id, event) {
      let list = events.get(id);
      if (!list) events.set(id, (list = []));
      list.push(mode === 'full' ? event : { event_id: event.event_id });
      total++;
    },
  };
}
