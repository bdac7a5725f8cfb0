import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bridge, BridgeOptions } from '../../../electron/app/bridge/bridge';
import { assertLoopback, startBridge } from '../../../electron/app/bridge/bridge';
import { ok } from '../../../electron/shared/result';
import { backendWith, makeSite, raw } from './bridge-helpers';

let site: ReturnType<typeof makeSite>;
let bridge: Bridge;
let backend: ReturnType<typeof backendWith>;
const info = { version: '9.9.9', shell: 'browser' as const, platform: 'test' };

beforeEach(async () => {
  site = makeSite();
  backend = backendWith(site.dataDir, {
    'app:info': async () => ok(info),
    'report:export': async ({ jobId }) => {
      const path = join(site.dataDir, `report-${jobId}.csv`);
      writeFileSync(path, 'row,status\n2,sent\n');
      return ok({ path, rows: 1 });
    },
  });
  bridge = await startBridge({ backend, staticDir: site.staticDir, port: 0, maxStagedBytes: 64 });
});

afterEach(async () => {
  await bridge.close();
  rmSync(site.root, { recursive: true, force: true });
});

const host = () => `127.0.0.1:${bridge.port}`;
const call = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  raw(bridge.port, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { host: host(), 'content-type': 'application/json', 'x-bridge-secret': bridge.secret, ...headers },
    body: JSON.stringify(body),
  });

describe('binding', () => {
  it('listens on 127.0.0.1 only and prints the secret in the fragment', () => {
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/#k=${bridge.secret}`);
    expect(Buffer.from(bridge.secret, 'base64url')).toHaveLength(32);
  });

  it('has no way to ask for another host, and refuses any non-loopback address', () => {
    // @ts-expect-error there is deliberately no host option
    const options: BridgeOptions = { backend: undefined as never, staticDir: '', host: '0.0.0.0' };
    expect(options).toBeDefined();
    for (const address of ['0.0.0.0', '::', '192.168.1.20', '::1', '127.0.0.2']) {
      expect(() => assertLoopback({ address, family: 'IPv4', port: 1 })).toThrow(/127\.0\.0\.1/);
    }
    expect(() => assertLoopback('/tmp/socket')).toThrow();
    expect(() => assertLoopback(null)).toThrow();
    expect(assertLoopback({ address: '127.0.0.1', family: 'IPv4', port: 5 }).port).toBe(5);
  });

  it('gives every run its own secret', async () => {
    const other = await startBridge({ backend: backendWith(site.dataDir, {}), staticDir: site.staticDir });
    expect(other.secret).not.toBe(bridge.secret);
    expect(other.port).not.toBe(bridge.port);
    await other.close();
  });
});

describe('API guard', () => {
  it('answers a call carrying the secret', async () => {
    const answer = await call('app:info', {});
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual(ok(info));
    expect(answer.headers['cache-control']).toBe('no-store');
  });

  it.each([
    ['no secret', { 'x-bridge-secret': '' }],
    ['a wrong secret', { 'x-bridge-secret': 'A'.repeat(43) }],
    ['a foreign origin', { origin: 'http://evil.example' }],
    ['another loopback port as origin', { origin: 'http://127.0.0.1:1' }],
  ])('refuses a call with %s (403, forbidden)', async (_why, headers) => {
    const answer = await call('app:info', {}, headers);
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
  });

  it('accepts its own origin under both loopback names', async () => {
    expect((await call('app:info', {}, { origin: `http://127.0.0.1:${bridge.port}` })).status).toBe(200);
    const viaLocalhost = await call('app:info', {}, { host: `localhost:${bridge.port}`, origin: `http://localhost:${bridge.port}` });
    expect(viaLocalhost.status).toBe(200);
  });

  it.each(['evil.example', `evil.example:${0}`, 'localhost', '127.0.0.1', '[::1]:PORT', '127.0.0.1.nip.io:PORT'])(
    'refuses a rebinding Host header %s, even with the secret',
    async (hostHeader) => {
      const answer = await call('app:info', {}, { host: hostHeader.replace('PORT', String(bridge.port)) });
      expect(answer.status).toBe(421);
      const page = await raw(bridge.port, { path: '/', headers: { host: hostHeader.replace('PORT', String(bridge.port)) } });
      expect(page.status).toBe(421);
    },
  );

  it('refuses non-JSON bodies, broken JSON and wrong methods without reaching the backend', async () => {
    expect((await call('app:info', {}, { 'content-type': 'text/plain' })).status).toBe(415);
    const broken = await raw(bridge.port, {
      method: 'POST',
      path: '/api/app:info',
      headers: { host: host(), 'content-type': 'application/json', 'x-bridge-secret': bridge.secret },
      body: '{nope',
    });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { kind: 'validation' } });
    const get = await raw(bridge.port, { path: '/api/app:info', headers: { host: host(), 'x-bridge-secret': bridge.secret } });
    expect(get.status).toBe(405);
  });

  it('validates input and answers unknown channels as data, encoded or not', async () => {
    expect(JSON.parse((await call('app:info', { extra: 1 })).body)).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(JSON.parse((await call('no:such', {})).body)).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(JSON.parse((await call(encodeURIComponent('app:info'), {})).body)).toEqual(ok(info));
    expect(JSON.parse((await call('%E0%A4%A', {})).body)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });
});

describe('static renderer', () => {
  it('serves index.html and assets with a strict CSP', async () => {
    const page = await raw(bridge.port, { path: '/', headers: { host: host() } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>CU</title>');
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const csp = String(page.headers['content-security-policy']);
    for (const directive of ["default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"]) {
      expect(csp).toContain(directive);
    }
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const js = await raw(bridge.port, { path: '/assets/app.js', headers: { host: host() } });
    expect(js.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/../../secret.txt',
    '/..%5csecret.txt',
    '/assets%5c..%5c..%5csecret.txt',
    '/index.html%00.js',
    '/link.txt',
    '/%',
    '//etc/passwd',
    '/etc/passwd',
    `/${'a/'.repeat(50)}`,
    'http://evil.example/index.html',
  ])('never serves %s', async (path) => {
    const answer = await raw(bridge.port, { path, headers: { host: host() } });
    expect([400, 404]).toContain(answer.status);
    expect(answer.body).not.toContain('TOP-SECRET');
  });
});

describe('events', () => {
  it('streams backend events over SSE to a caller with the secret only', async () => {
    const denied = await fetch(`${bridge.origin}/api/events`);
    expect(denied.status).toBe(403);
    const controller = new AbortController();
    const response = await fetch(`${bridge.origin}/api/events`, { headers: { 'x-bridge-secret': bridge.secret }, signal: controller.signal });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = response.body!.getReader();
    const payload = { datasetId: 'd1', bytesRead: 5, totalBytes: 10, rows: 2 };
    const decoder = new TextDecoder();
    let text = decoder.decode((await reader.read()).value);
    expect(text).toBe(': connected\n\n');
    backend.emit('dataset:progress', payload);
    while (!/event: dataset:progress\ndata: .*\n\n/.test(text)) text += decoder.decode((await reader.read()).value);
    expect(text).toContain(`event: dataset:progress\ndata: ${JSON.stringify(payload)}\n\n`);
    controller.abort();
  });
});
