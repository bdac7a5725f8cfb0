import type { ServerResponse } from 'node:http';
import type { EventListener } from '../backend/event-bus';

/** Open Server-Sent-Events answers, so the bridge can end them on close. */
export interface EventStreams {
  /** Turns an answer into an event stream fed by `subscribe` until the client goes away. */
  open(res: ServerResponse, subscribe: (listener: EventListener) => () => void): void;
  closeAll(): void;
}

/** Frames one event as `event:` + `data:` lines (JSON has no raw newlines, so one data line). */
export function sseFrame(event: string, payload: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
}

/**
 * Server-Sent Events over a plain GET (read with fetch, since EventSource cannot send the
 * secret header). A comment line every `heartbeatMs` keeps idle connections from timing out.
 */
export function createEventStreams(heartbeatMs = 20_000): EventStreams {
  const open = new Set<ServerResponse>();
  return {
    open(res, subscribe) {
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'x-accel-buffering': 'no',
      });
      res.write(': connected\n\n');
      open.add(res);
      const unsubscribe = subscribe((event, payload) => {
        if (!res.writableEnded) res.write(sseFrame(event, payload));
      });
      const heartbeat = setInterval(() => res.write(': ping\n\n'), heartbeatMs);
      heartbeat.unref();
      res.on('close', () => {
        clearInterval(heartbeat);
        unsubscribe();
        open.delete(res);
      });
    },
    closeAll() {
      for (const res of open) res.end();
      open.clear();
    },
  };
}
