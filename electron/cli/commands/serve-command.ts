import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../../app/backend/create-backend';
import type { Bridge } from '../../app/bridge/bridge';
import { startBridge } from '../../app/bridge/bridge';
import { openInBrowser } from '../../app/bridge/open-browser';
import { findRendererBuild } from '../../app/bridge/renderer-build';
import { ConfigError, loadConfig } from '../../app/config';
import type { Command, CommandIo } from '../command';
import { exitCodes } from '../command';

const usage = `Usage: conversions-uploader serve [--port N] [--data-dir DIR] [--open] [--json]

Runs the app in your browser: starts the backend and a local web server on 127.0.0.1 and
prints the address to open (it carries a one-time key; keep it to yourself).
  --port N        listen on port N (default: a free port)
  --data-dir DIR  keep settings, history and logs in DIR (default: per-user folder; env CU_DATA_DIR)
  --open          open the address in the system browser
  --json          print {"url","origin","port"} as JSON instead of the bare address
Stops with Ctrl-C.`;

/** Parses `serve` arguments; throws a TypeError with a readable message on bad input. */
export function parseServeArgs(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      open: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new TypeError('--port must be a number from 0 to 65535.');
  return { port, dataDir: values['data-dir'], open: values.open, json: values.json };
}

function waitForInterrupt(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/** Options of `serve` after parsing. */
export type ServeOptions = ReturnType<typeof parseServeArgs>;

/** Runs backend + bridge until interrupted (exported for tests, which pass their own build folder). */
export async function serve(options: ServeOptions, io: CommandIo, staticDir = findRendererBuild(__dirname)): Promise<number> {
  const config = loadConfig({ env: io.env, dataDirArg: options.dataDir });
  if (!existsSync(join(staticDir, 'index.html'))) {
    io.stderr.write('The app is not built yet: run `npm run build` first.\n');
    return exitCodes.fatal;
  }
  const backend = await createBackend({ config, shell: 'browser' });
  let bridge: Bridge;
  try {
    bridge = await startBridge({ backend, port: options.port, staticDir });
  } catch (error) {
    await backend.close();
    const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    io.stderr.write(inUse ? `Port ${options.port} is already in use; try another --port.\n` : 'The local server could not start.\n');
    return exitCodes.fatal;
  }
  io.stdout.write(options.json ? `${JSON.stringify({ url: bridge.url, origin: bridge.origin, port: bridge.port })}\n` : `${bridge.url}\n`);
  io.stderr.write(`Conversions Uploader is running. Open the address above in your browser. Data folder: ${config.dataDir}\nPress Ctrl-C to stop.\n`);
  if (options.open && !(await openInBrowser(bridge.url))) io.stderr.write('Could not open a browser; open the address yourself.\n');
  await waitForInterrupt(io.interrupted);
  io.stderr.write('Stopping...\n');
  await bridge.close();
  await backend.close();
  return exitCodes.ok;
}

/** `serve`: the app in the browser through the loopback bridge, until Ctrl-C. */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'run the app in your browser (local server on 127.0.0.1)',
  usage,
  async run(args, io) {
    let options: ServeOptions;
    try {
      options = parseServeArgs(args);
    } catch (error) {
      io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${usage}\n`);
      return exitCodes.fatal;
    }
    try {
      return await serve(options, io);
    } catch (error) {
      if (error instanceof ConfigError) {
        io.stderr.write(`${error.message}\n`);
        return exitCodes.fatal;
      }
      throw error;
    }
  },
};
