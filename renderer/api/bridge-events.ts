import type { EventName } from '../../electron/shared/contract';
import { events } from '../../electron/shared/contract';
import { bridgePaths } from '../../electron/shared/bridge-protocol';
import { bridgeHeaders, bridgeUrl } from './bridge-protocol';
import { createSseParser } from './sse-lines';

type Listener = (payload: unknown) => void;

// One event stream per page, shared by every subscriber: browsers cap connections per origin.
const listeners = new Map<string, Set<Listener>>();
let controller: AbortController | null = null;

function dispatch(event: string, data: string): void {
  const schema = (events as Record<string, { safeParse: (v: unknown) => { success: boolean; data?: unknown } }>)[event];
  const subscribers = listeners.get(event);
  if (!schema || !subscribers) return;
  let parsed: { success: boolean; data?: unknown };
  try {
    parsed = schema.safeParse(JSON.parse(data));
  } catch {
    return;
  }
  if (!parsed.success) return;
  for (const listener of [...subscribers]) listener(parsed.data);
}

async function readStream(secret: string, signal: AbortSignal): Promise<void> {
  const response = await fetch(bridgeUrl(bridgePaths.events), {
    headers: { ...bridgeHeaders(secret), accept: 'text/event-stream' },
    cache: 'no-store',
    signal,
  });
  if (!response.ok || !response.body) throw new Error(`events: HTTP ${response.status}`);
  const parse = createSseParser();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    for (const message of parse(value)) dispatch(message.event, message.data);
  }
}

async function keepConnected(secret: string, signal: AbortSignal): Promise<void> {
  let delay = 250;
  while (!signal.aborted) {
    const started = Date.now();
    try {
      await readStream(secret, signal);
    } catch {
      // Reconnect below; a dropped stream is expected when the server restarts.
    }
    if (signal.aborted) return;
    if (Date.now() - started > 5000) delay = 250;
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 5000);
  }
}

/** Subscribes to one backend event over the bridge's SSE stream; returns the unsubscribe. */
export function subscribeToBridgeEvents(secret: string, event: EventName, cb: Listener): () => void {
  let set = listeners.get(event);
  if (!set) listeners.set(event, (set = new Set()));
  set.add(cb);
  if (!controller) {
    controller = new AbortController();
    void keepConnected(secret, controller.signal);
  }
  return () => {
    set.delete(cb);
    const anyLeft = [...listeners.values()].some((s) => s.size > 0);
    if (!anyLeft && controller) {
      controller.abort();
      controller = null;
    }
  };
}
