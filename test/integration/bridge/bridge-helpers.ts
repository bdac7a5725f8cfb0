import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Backend } from '../../../electron/app/backend/create-backend';
import { createDispatch } from '../../../electron/app/backend/dispatch';
import { createEventBus } from '../../../electron/app/backend/event-bus';
import type { HandlerMap } from '../../../electron/app/backend/handler-types';
import { loadConfig } from '../../../electron/app/config';
import { silentLogger } from '../../../electron/core/ports';

/** A raw HTTP answer. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Sends a request exactly as given (no path normalisation, any Host header). */
export function raw(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A fresh temp folder holding a fake renderer build, a secret outside it and a symlink in it. */
export function makeSite(): { root: string; staticDir: string; dataDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'cu-bridge-'));
  const staticDir = join(root, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>CU</title><script type="module" src="./assets/app.js"></script>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("app")');
  writeFileSync(join(root, 'secret.txt'), 'TOP-SECRET');
  symlinkSync(join(root, 'secret.txt'), join(staticDir, 'link.txt'));
  return { root, staticDir, dataDir: join(root, 'data') };
}

/** A Backend built from the real dispatcher and event bus with the given handlers. */
export function backendWith(dataDir: string, handlers: Partial<HandlerMap>): Backend {
  const config = loadConfig({ env: {}, dataDirArg: dataDir });
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const bus = createEventBus(silentLogger, true);
  return {
    shell: 'browser',
    config,
    log: silentLogger,
    handlers,
    dispatch: createDispatch(handlers, { log: silentLogger, checkOutputs: true }),
    emit: bus.emit,
    on: bus.on,
    close: async () => bus.clear(),
  };
}
