import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeTransport, fetchTransport, TransportError } from '../../../../electron/app/pinterest/http-transport';

// The transport itself is under test here, so a raw loopback server that misbehaves on purpose is
// the real counterpart (resets after reading the body, never answers, trickles).
let server: http.Server;
let base: string;
const transport = createNodeTransport();

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.url === '/ok') {
        res.writeHead(200, { 'content-type': 'application/json', 'x-pinterest-rid': 'rid-ok' });
        res.end(JSON.stringify({ echoed: Buffer.concat(chunks).length }));
      } else if (req.url === '/reset') req.socket.resetAndDestroy();
      else if (req.url === '/trickle') {
        res.writeHead(200);
        res.write('{');
      } // '/hang': never answers
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  transport.close();
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const req = (path: string, extra: Partial<Parameters<typeof transport.request>[0]> = {}) => ({
  method: 'POST' as const,
  url: base + path,
  headers: { 'content-type': 'application/json' },
  body: '{"data":[1,2,3]}',
  connectTimeoutMs: 200,
  timeoutMs: 300,
  ...extra,
});

async function closedPort(): Promise<number> {
  const closed = http.createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((r) => closed.close(r));
  return port;
}

async function failure(p: Promise<unknown>): Promise<TransportError> {
  const error = await p.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(TransportError);
  return error as TransportError;
}

describe('node transport', () => {
  it('returns status, headers and body', async () => {
    const res = await transport.request(req('/ok'));
    expect(res.status).toBe(200);
    expect(res.header('X-Pinterest-Rid')).toBe('rid-ok');
    expect(JSON.parse(res.text)).toEqual({ echoed: 16 });
  });

  it('connection refused → not ambiguous', async () => {
    const port = await closedPort();
    const error = await failure(transport.request(req('/ok', { url: `http://127.0.0.1:${port}/ok` })));
    expect(error).toMatchObject({ code: 'ECONNREFUSED', sent: false, reason: 'network' });
  });

  it('reset after the body was read → ambiguous', async () => {
    const error = await failure(transport.request(req('/reset')));
    expect(error).toMatchObject({ sent: true, reason: 'network' });
  });

  it('no answer → timeout, ambiguous', async () => {
    const error = await failure(transport.request(req('/hang')));
    expect(error).toMatchObject({ code: 'ETIMEDOUT', sent: true, reason: 'timeout' });
  });

  it('a trickled answer that never ends → timeout, ambiguous', async () => {
    const error = await failure(transport.request(req('/trickle')));
    expect(error).toMatchObject({ sent: true, reason: 'timeout' });
  });

  it('cancel before start → not ambiguous; cancel mid-flight → ambiguous', async () => {
    const pre = new AbortController();
    pre.abort();
    expect(await failure(transport.request(req('/ok', { signal: pre.signal })))).toMatchObject({ sent: false, reason: 'cancelled' });
    const mid = new AbortController();
    const pending = transport.request(req('/hang', { signal: mid.signal, timeoutMs: 10_000 }));
    setTimeout(() => mid.abort(), 50);
    expect(await failure(pending)).toMatchObject({ sent: true, reason: 'cancelled' });
  });
});

describe('fetch transport', () => {
  const viaFetch = fetchTransport(fetch);
  it('answers and maps refused / timeout', async () => {
    expect((await viaFetch.request(req('/ok'))).status).toBe(200);
    const error = await failure(viaFetch.request(req('/hang')));
    expect(error).toMatchObject({ sent: true, reason: 'timeout' });
    const refused = await failure(viaFetch.request(req('/ok', { url: `http://127.0.0.1:${await closedPort()}/ok` })));
    expect(refused).toMatchObject({ sent: false, reason: 'network' });
  });
});
