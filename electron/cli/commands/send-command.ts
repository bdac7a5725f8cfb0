import { resolve } from 'node:path';
import { loadConfig, ensureDataDir } from '../../app/config';
import { createFileLogger } from '../../app/log/file-logger';
import { checkServiceUrl, readCliToken } from '../../app/session/cli-token';
import type { UploadProgress } from '../../app/upload/job-progress';
import type { SendFileResult } from '../../app/upload/send-file';
import { sendFile } from '../../app/upload/send-file';
import type { Command, CommandIo } from '../command';
import { exitCodes, parseCommandArgs } from '../command';

const usage = `Usage: conversions-uploader send <file> --ad-account ID [options]

Sends every valid row of a spreadsheet to the Pinterest Conversions API, exactly once: a
journal in the data folder lets a killed or interrupted send resume (--resume) without
sending anything twice, and a per-account ledger skips rows an earlier upload already sent.

Options:
  --ad-account ID          the ad account to send to (required)
  --mapping M.json         mapping to use (default: the suggested mapping, see "inspect")
  --test                   TEST run: Pinterest checks every event and records nothing (?test=true)
  --api-base URL           API base including the version (default https://api.pinterest.com/v5)
  --json                   print a JSON summary with the reconciled counts on stdout
  --report out.csv         write every row with its status and message (CSV, safe to open in Excel)
  --resume                 continue the paused or interrupted upload of this file
  --resend-possibly-sent   with --resume: send again rows whose answer was lost (they may count twice)
  --force                  send rows even if the ledger says they were sent
  --timezone TZ            IANA zone for times without an offset
  --default-country CC     country for national phone numbers, zip codes and states
  --data-dir D             journal, ledger and history folder (default: $CU_DATA_DIR or the app's)
  --token-file FILE        read the token from FILE (mode 600) instead of $PINTEREST_TOKEN
  --request-timeout S      seconds to wait for each answer (default 60)
  --rate-limit N           live calls per minute per ad account (default 5000)
  --workers N              threads building events (default: 2 for large files, 0 = this thread)

Progress goes to stderr. Exit codes: 0 every valid row was processed, 1 some rows were rejected,
invalid or possibly sent, 2 usage or fatal error (including a paused upload: resume it).`;

const options = {
  'ad-account': { type: 'string' }, mapping: { type: 'string' }, test: { type: 'boolean' }, 'api-base': { type: 'string' },
  json: { type: 'boolean' }, report: { type: 'string' }, resume: { type: 'boolean' }, 'resend-possibly-sent': { type: 'boolean' },
  force: { type: 'boolean' }, timezone: { type: 'string' }, 'default-country': { type: 'string' }, 'data-dir': { type: 'string' },
  'token-file': { type: 'string' }, 'request-timeout': { type: 'string' }, 'rate-limit': { type: 'string' }, workers: { type: 'string' },
} as const;

function progressPrinter(io: CommandIo): (p: UploadProgress) => void {
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (p.state === 'running' && now - last < 1000) return;
    last = now;
    const c = p.counts;
    const done = c.rows - c.pending;
    const eta = p.etaSeconds !== undefined ? ` · ETA ${p.etaSeconds} s` : '';
    io.stderr.write(`${p.test ? '[TEST] ' : ''}${p.state}: ${done.toLocaleString('en-US')} of ${c.rows.toLocaleString('en-US')} rows done · ${Math.round(p.rate).toLocaleString('en-US')} rows/s${eta} · retries ${p.retries}\n`);
  };
}

function exitCodeOf(p: UploadProgress): number {
  if (p.state !== 'done') return exitCodes.fatal;
  return p.counts.rejected + p.counts.invalid + p.counts.possiblySent > 0 ? exitCodes.rowsFailed : exitCodes.ok;
}

function summary(result: SendFileResult): Record<string, unknown> {
  const p = result.progress;
  return {
    jobId: p.jobId, state: p.state, mode: p.test ? 'TEST' : 'LIVE', test: p.test, adAccountId: p.adAccountId, resumed: result.resumed,
    counts: p.counts, retries: p.retries, reason: p.reason, errorKind: p.errorKind, report: result.report,
  };
}

function printHuman(io: CommandIo, result: SendFileResult): void {
  const { counts: c, test, reason } = result.progress;
  const lines = [
    `${test ? 'TEST run (nothing recorded). ' : ''}Rows ${c.rows}: sent ${c.sent}, rejected ${c.rejected}, invalid ${c.invalid}, already sent ${c.skipped}, duplicates ${c.duplicate}, possibly sent ${c.possiblySent}, pending ${c.pending}.`,
  ];
  if (reason) lines.push(reason);
  if (result.report) lines.push(`Report: ${result.report.path} (${result.report.rows} rows)`);
  io.stdout.write(`${lines.join('\n')}\n`);
}

function numberOption(text: string | undefined, min = Number.MIN_VALUE): number | undefined | 'bad' {
  if (text === undefined) return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value >= min ? value : 'bad';
}

type Parsed = { values: { [K in keyof typeof options]?: (typeof options)[K]['type'] extends 'boolean' ? boolean : string }; file: string };

function parse(args: string[], io: CommandIo): Parsed | undefined {
  const parsed = parseCommandArgs({ args, options, allowPositionals: true, strict: true }, usage, io);
  if (!parsed) return undefined;
  const { values, positionals } = parsed;
  const account = values['ad-account'];
  const numbers = [numberOption(values['request-timeout']), numberOption(values['rate-limit']), numberOption(values.workers, 0)];
  let problem: string | undefined;
  if (positionals.length !== 1) problem = 'Give exactly one file.';
  else if (!account || !/^\d{1,18}$/.test(account)) problem = '--ad-account must be 1 to 18 digits.';
  else if (numbers.includes('bad')) problem = 'An option needs a positive number.';
  if (problem) {
    io.stderr.write(`${problem}\n\n${usage}\n`);
    return undefined;
  }
  return { values, file: positionals[0] as string };
}

function dataDirOf(values: Parsed['values'], io: CommandIo): string | undefined {
  try {
    return ensureDataDir(loadConfig({ env: io.env, dataDirArg: values['data-dir'] }).dataDir);
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return undefined;
  }
}

async function send(parsed: Parsed, token: string, apiBase: string, dataDir: string, io: CommandIo): Promise<number> {
  const { values } = parsed;
  const log = createFileLogger({ dir: resolve(dataDir, 'logs'), level: 'info', name: 'cli' });
  const seconds = values['request-timeout'] === undefined ? undefined : Number(values['request-timeout']);
  try {
    const result = await sendFile({
      file: resolve(parsed.file), adAccountId: values['ad-account'] as string, token, apiBase, dataDir, test: Boolean(values.test),
      mappingPath: values.mapping, timezone: values.timezone, defaultCountry: values['default-country'], resume: Boolean(values.resume),
      resendPossiblySent: Boolean(values['resend-possibly-sent']), force: Boolean(values.force), reportPath: values.report && resolve(values.report),
      requestTimeoutMs: seconds && seconds * 1000, ratePerMinute: values['rate-limit'] === undefined ? undefined : Number(values['rate-limit']),
      workers: values.workers === undefined ? undefined : Math.floor(Number(values.workers)),
      signal: io.interrupted, log, onProgress: progressPrinter(io),
    });
    if (!result.ok) {
      io.stderr.write(`${result.error.message}\n`);
      return exitCodes.fatal;
    }
    if (result.value.reportError) io.stderr.write(`The report could not be written: ${result.value.reportError.message}\n`);
    if (values.json) io.stdout.write(`${JSON.stringify(summary(result.value))}\n`);
    else printHuman(io, result.value);
    return exitCodeOf(result.value.progress);
  } finally {
    log.close();
  }
}

/** `send` subcommand: sends a file once, resumably; see usage. */
export const sendCommand: Command = {
  name: 'send',
  summary: 'send a file to the Conversions API exactly once (resumable; --test for a dry run)',
  usage,
  async run(args, io) {
    const parsed = parse(args, io);
    if (!parsed) return exitCodes.fatal;
    const base = checkServiceUrl(parsed.values['api-base'] ?? io.env.PINTEREST_API_BASE ?? 'https://api.pinterest.com/v5');
    const token = await readCliToken(parsed.values['token-file'], io.env);
    if (!base.ok || !token.ok) {
      io.stderr.write(`${(!base.ok ? base.error : !token.ok ? token.error : undefined)?.message}\n`);
      return exitCodes.fatal;
    }
    const dataDir = dataDirOf(parsed.values, io);
    return dataDir ? send(parsed, token.value, base.value, dataDir, io) : exitCodes.fatal;
  },
};
