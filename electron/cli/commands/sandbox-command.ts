import { parseArgs } from 'node:util';
import type { Command, CommandIo } from '../command';
import { exitCodes } from '../command';
import { startSandbox } from '../../sandbox/sandbox';
import type { Sandbox, SandboxOptions } from '../../sandbox/sandbox';

const usage = `Usage: conversions-uploader sandbox [options]

Runs the embedded Pinterest sandbox (a local fake of Pinterest API v5) on 127.0.0.1 until
Ctrl-C. Nothing leaves this computer. Prints its base URL, conversion token, OAuth client and
ad account ids; use the base URL as --api-base of other commands. GET <origin>/_sandbox/stats
returns what it received (counts per status and per ad account, duplicated event ids).

Options:
  --port N          port to listen on (default: a free one)
  --token T         conversion token to accept (default: a generated one)
  --accounts N      number of seeded ad accounts (default 3)
  --rate-limit N    live events calls per ad account per minute (default 5000)
  --test-rate N     ?test=true calls per second (default 10)
  --max-age-days N  oldest accepted event_time in days (default 7)
  --json            print one JSON line instead of the human summary
  --help            this text`;

function integer(name: string, raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}.`);
  return value;
}

function options(args: string[]): { sandbox: SandboxOptions; json: boolean } {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      port: { type: 'string' }, token: { type: 'string' }, accounts: { type: 'string' }, 'rate-limit': { type: 'string' },
      'test-rate': { type: 'string' }, 'max-age-days': { type: 'string' }, json: { type: 'boolean' },
    },
  });
  if (values.token !== undefined && !/^\S+$/.test(values.token)) throw new Error('--token must be a non-empty string without spaces.');
  const sandbox: SandboxOptions = {
    port: integer('port', values.port, 0, 65_535),
    conversionToken: values.token,
    adAccounts: integer('accounts', values.accounts, 1, 100_000),
    rateLimitPerMinute: integer('rate-limit', values['rate-limit'], 1, 10_000_000),
    testRatePerSecond: integer('test-rate', values['test-rate'], 1, 1_000_000),
    maxEventAgeDays: integer('max-age-days', values['max-age-days'], 0, 100_000),
    // Standalone, nobody can read whole events back (GET /_sandbox/stats gives counts): keep ids only.
    recordEvents: 'ids',
  };
  return { sandbox, json: values.json === true };
}

function summary(sandbox: Sandbox): Record<string, unknown> {
  return {
    baseUrl: sandbox.baseUrl,
    origin: sandbox.origin,
    authorizeUrl: sandbox.authorizeUrl,
    conversionToken: sandbox.conversionToken,
    oauthClient: sandbox.oauthClient,
    adAccountIds: sandbox.adAccountIds,
  };
}

function human(sandbox: Sandbox): string {
  return [
    'Pinterest sandbox (local, nothing leaves this computer)',
    `  Base URL:          ${sandbox.baseUrl}`,
    `  Conversion token:  ${sandbox.conversionToken}`,
    `  OAuth client:      ${sandbox.oauthClient.clientId} / ${sandbox.oauthClient.clientSecret}`,
    `  OAuth authorize:   ${sandbox.authorizeUrl}`,
    '  Ad accounts:',
    ...sandbox.adAccounts.map((a) => `    ${a.id}  ${a.name} (${a.currency}; ${a.permissions.join(', ')})`),
    '',
  ].join('\n');
}

function untilInterrupted(io: CommandIo): Promise<void> {
  if (io.interrupted.aborted) return Promise.resolve();
  return new Promise((resolve) => io.interrupted.addEventListener('abort', () => resolve(), { once: true }));
}

/** `sandbox` subcommand: runs the embedded Pinterest sandbox standalone until Ctrl-C. */
export const sandboxCommand: Command = {
  name: 'sandbox',
  summary: 'run the embedded Pinterest sandbox (local fake API) until Ctrl-C',
  usage,
  async run(args, io) {
    let parsed: ReturnType<typeof options>;
    try {
      parsed = options(args);
    } catch (error) {
      io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${usage}\n`);
      return exitCodes.fatal;
    }
    let sandbox: Sandbox;
    try {
      sandbox = await startSandbox(parsed.sandbox);
    } catch (error) {
      io.stderr.write(`Could not start the sandbox: ${error instanceof Error ? error.message : String(error)}\n`);
      return exitCodes.fatal;
    }
    io.stdout.write(parsed.json ? `${JSON.stringify(summary(sandbox))}\n` : human(sandbox));
    io.stderr.write('Sandbox running. Press Ctrl-C to stop.\n');
    await untilInterrupted(io);
    await sandbox.close();
    io.stderr.write('Sandbox stopped.\n');
    return exitCodes.ok;
  },
};
