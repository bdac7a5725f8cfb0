import { suggestMapping } from '../../core/mapping/auto/suggest-mapping';
import type { MappingSuggestion } from '../../core/mapping/auto/suggest-mapping';
import { toFileAppError } from '../../app/files/file-error';
import type { ScannedInfo } from '../../app/files/scan-table';
import { scanTable } from '../../app/files/scan-table';
import type { Command, CommandIo } from '../command';
import { exitCodes, parseCommandArgs } from '../command';

const usage = `Usage: conversions-uploader inspect <file> [--json] [--encoding E] [--delimiter D] [--header-row N] [--sheet S]

Reads a spreadsheet once and shows what was detected (encoding, delimiter, header row, columns,
row count) and the suggested mapping to Pinterest's fields, with a confidence per column.
--json prints {encoding, delimiter, headerRow, columns, rowCount, suggestedMapping, ...} on stdout;
the suggested mapping can be saved and passed to "validate --mapping".`;

const options = {
  json: { type: 'boolean' },
  encoding: { type: 'string' },
  delimiter: { type: 'string' },
  'header-row': { type: 'string' },
  sheet: { type: 'string' },
} as const;

function printHuman(io: CommandIo, info: ScannedInfo, suggestion: MappingSuggestion): void {
  const detected = [
    `File: ${info.fileName} (${info.format}${info.encoding ? `, ${info.encoding}` : ''}${info.delimiter ? `, delimiter ${JSON.stringify(info.delimiter)}` : ''}${info.sheet ? `, sheet ${info.sheet}` : ''})`,
    `Header row: ${info.headerRow}   Data rows: ${info.rowCount}   Columns: ${info.columns.length}`,
    ...info.issues.slice(0, 10).map((i) => `Note: ${i.message}`),
    '',
    'Suggested mapping:',
    ...suggestion.columns.map((c) => `  ${c.column.padEnd(28)} → ${(c.field ?? '(not sent)').padEnd(30)} ${Math.round(c.confidence * 100)}%  ${c.reason}`),
    ...Object.entries(suggestion.mapping.fields)
      .filter(([, s]) => s.value !== undefined)
      .map(([field, s]) => `  ${'(constant)'.padEnd(28)} → ${field.padEnd(30)} ${JSON.stringify(s.value)}`),
  ];
  io.stdout.write(`${detected.join('\n')}\n`);
}

/** `inspect` subcommand: detection summary and suggested mapping of one file. */
export const inspectCommand: Command = {
  name: 'inspect',
  summary: 'show what was detected in a file and the suggested mapping',
  usage,
  async run(args, io) {
    const parsed = parseCommandArgs({ args, options, allowPositionals: true }, usage, io);
    if (!parsed) return exitCodes.fatal;
    const { values, positionals } = parsed;
    const headerRow = values['header-row'] === undefined ? undefined : Number(values['header-row']);
    if (positionals.length !== 1 || (headerRow !== undefined && !(Number.isInteger(headerRow) && headerRow > 0))) {
      io.stderr.write(`Give exactly one file (and a positive --header-row).\n\n${usage}\n`);
      return exitCodes.fatal;
    }
    const file = positionals[0] as string;
    let info: ScannedInfo;
    try {
      const tableOptions = { encoding: values.encoding, delimiter: values.delimiter, headerRow, sheet: values.sheet };
      info = (await scanTable(file, tableOptions, { signal: io.interrupted })).info;
    } catch (error) {
      io.stderr.write(`${toFileAppError(file, error).message}\n`);
      return exitCodes.fatal;
    }
    const suggestion = suggestMapping({ columns: info.columns, samples: info.samples });
    if (!values.json) {
      printHuman(io, info, suggestion);
      return exitCodes.ok;
    }
    const { encoding, delimiter, headerRow: header, columns, rowCount, sheet, sheets, issues, format } = info;
    const body = { encoding, delimiter, headerRow: header, columns, rowCount, suggestedMapping: suggestion.mapping, columnSuggestions: suggestion.columns, format, sheet, sheets, issues };
    io.stdout.write(`${JSON.stringify(body)}\n`);
    return exitCodes.ok;
  },
};
