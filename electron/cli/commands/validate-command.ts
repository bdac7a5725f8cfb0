import type { ValidateFileResult } from '../../app/pipeline/validate-file';
import { validateFileIsolated } from '../../app/pipeline/validate-isolated';
import type { Command, CommandIo } from '../command';
import { exitCodes, parseCommandArgs } from '../command';

const usage = `Usage: conversions-uploader validate <file> [options]

Reads a spreadsheet, maps it, normalizes, hashes and checks every row as it would be sent.
Nothing is sent and nothing is stored.

Options:
  --mapping M.json        mapping to use (default: the suggested mapping, see "inspect")
  --timezone TZ           IANA zone for times without an offset (default: the mapping's, else this machine's)
  --default-country CC    country for national phone numbers, zip codes and states
  --json                  print {rows, valid, invalid, duplicates, warnings, events, issues, ...} on stdout
  --events-out E.jsonl    write every valid event, exactly as it would be sent (hashed), one per line
  --max-age-days N        oldest accepted event time in days (default 7)
  --now TIME              evaluate the time window as of this ISO time or Unix ms (reproducible checks)
  --max-issues N          issues listed in --json output (default 10000; counts always cover all)
  --workers N             worker threads (default: 2 for large files, 0 = in this thread)

Counts are in source rows: rows = valid + invalid + duplicates. A merged order counts all its
rows; "events" gives the same by event. Exit codes: 0 all valid, 1 some rows invalid, 2 usage or fatal.`;

const options = {
  mapping: { type: 'string' },
  timezone: { type: 'string' },
  'default-country': { type: 'string' },
  json: { type: 'boolean' },
  'events-out': { type: 'string' },
  'max-age-days': { type: 'string' },
  now: { type: 'string' },
  'max-issues': { type: 'string' },
  workers: { type: 'string' },
} as const;

function parseNow(text: string | undefined): number | undefined | 'bad' {
  if (text === undefined) return undefined;
  const value = /^\d+$/.test(text) ? Number(text) : Date.parse(text);
  return Number.isFinite(value) ? value : 'bad';
}

function optionalInt(text: string | undefined): number | undefined | 'bad' {
  if (text === undefined) return undefined;
  return /^\d+$/.test(text) ? Number(text) : 'bad';
}

function progressPrinter(io: CommandIo): (rows: number) => void {
  let next = 100_000;
  return (rows) => {
    if (rows < next) return;
    next = rows + 100_000;
    io.stderr.write(`validated ${rows.toLocaleString('en-US')} rows…\n`);
  };
}

function printHuman(io: CommandIo, result: Extract<ValidateFileResult, { ok: true }>): void {
  const c = result.summary.counts;
  const lines = [
    `Rows: ${c.rows}  valid: ${c.valid}  invalid: ${c.invalid}  duplicates: ${c.duplicates}  warnings: ${c.warnings}`,
    `Events: ${c.events.valid} to send, ${c.events.invalid} invalid, ${c.events.duplicate} duplicates`,
    ...result.mappingIssues.map((i) => `Mapping ${i.severity}: ${i.message}`),
    ...result.summary.issues.slice(0, 20).map((i) => `Row ${i.row}${i.column ? `, column ${i.column}` : ''}: ${i.severity}: ${i.message}`),
  ];
  if (result.summary.issues.length > 20) lines.push(`… and more: use --json for every issue.`);
  io.stdout.write(`${lines.join('\n')}\n`);
}

function printJson(io: CommandIo, result: Extract<ValidateFileResult, { ok: true }>): void {
  const { counts, matchQuality, topIssues, issues, issuesNotListed } = result.summary;
  const body = {
    rows: counts.rows, valid: counts.valid, invalid: counts.invalid, duplicates: counts.duplicates, warnings: counts.warnings,
    events: counts.events, matchQuality, mappingIssues: result.mappingIssues, topIssues, issues, issuesNotListed,
  };
  io.stdout.write(`${JSON.stringify(body)}\n`);
}

/** `validate` subcommand: maps, normalizes, hashes and checks every row; sends nothing. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'check every row of a file as it would be sent (nothing is sent)',
  usage,
  async run(args, io) {
    const parsed = parseCommandArgs({ args, options, allowPositionals: true }, usage, io);
    if (!parsed) return exitCodes.fatal;
    const { values, positionals } = parsed;
    const now = parseNow(values.now);
    const [maxAge, maxIssues, workers] = [values['max-age-days'], values['max-issues'], values.workers].map(optionalInt);
    if (positionals.length !== 1 || now === 'bad' || maxAge === 'bad' || maxIssues === 'bad' || workers === 'bad') {
      io.stderr.write(`${positionals.length !== 1 ? 'Give exactly one file.' : 'An option has a value that is not a number or time.'}\n\n${usage}\n`);
      return exitCodes.fatal;
    }
    const result = await validateFileIsolated({
      file: positionals[0] as string, mappingPath: values.mapping, timezone: values.timezone, defaultCountry: values['default-country'],
      eventsOut: values['events-out'], now, maxEventAgeDays: maxAge, keepIssues: maxIssues, workers,
      signal: io.interrupted, onProgress: progressPrinter(io),
    });
    if (!result.ok) {
      io.stderr.write(`${result.error}\n${(result.mappingIssues ?? []).map((i) => `  ${i.severity}: ${i.message}\n`).join('')}`);
      return exitCodes.fatal;
    }
    if (values.json) printJson(io, result);
    else printHuman(io, result);
    return result.summary.counts.invalid > 0 ? exitCodes.rowsFailed : exitCodes.ok;
  },
};
