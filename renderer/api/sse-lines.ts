/** One message of a text/event-stream. */
export interface SseMessage {
  event: string;
  data: string;
}

/**
 * Incremental text/event-stream parser: feed it chunks as they arrive, get whole messages back.
 * Written by hand because EventSource cannot send the bridge's secret header.
 */
export function createSseParser(): (chunk: string) => SseMessage[] {
  let buffer = '';
  let event = 'message';
  let data: string[] = [];
  return (chunk) => {
    buffer += chunk;
    const out: SseMessage[] = [];
    let newline = buffer.search(/\r\n|\r|\n/);
    while (newline >= 0) {
      // A lone CR at the end may be the first half of a CRLF split across chunks.
      if (buffer[newline] === '\r' && newline === buffer.length - 1) break;
      const line = buffer.slice(0, newline);
      const width = buffer.startsWith('\r\n', newline) ? 2 : 1;
      buffer = buffer.slice(newline + width);
      if (line === '') {
        if (data.length > 0) out.push({ event, data: data.join('\n') });
        event = 'message';
        data = [];
      } else if (!line.startsWith(':')) {
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
      }
      newline = buffer.search(/\r\n|\r|\n/);
    }
    return out;
  };
}
