import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportSource, ReportVerdict } from '../../../../electron/app/report/report-writer';
import { pumpChunks, reportChunks, writeReport } from '../../../../electron/app/report/report-writer';
import type { PreparedReport } from '../../../../electron/app/report/export-report';
import { streamReport } from '../../../../electron/app/report/export-report';
import type { UploadItem } from '../../../../electron/app/upload/engine-types';

// The report's rows, as a file and as a stream: same bytes, same OWASP escaping; the
// value-free summary carries no cell of the file.

const canary = { email: 'canary-7f3a@example.test', phone: '+1 202 555 0147', ssn: '9b2d4c1e-0000' };
const columns = ['email', 'phone', 'note', 'ssn'];
const cells: Record<number, string[]> = {
  2: [canary.email, canary.phone, '=HYPERLINK("x")', canary.ssn],
  3: ['bad-email', '0171 234', 'fine', canary.ssn],
  4: ['dup@example.test', '', '-5', canary.ssn],
  5: ['rej@example.test', '', '@cmd', canary.ssn],
};
const items: UploadItem[] = [
  { rows: [2], eventId: 'a', event: {}, issues: [], status: 'valid' },
  {
    rows: [3],
    eventId: 'b',
    issues: [
      { row: 3, column: 'email', field: 'user_data.em', severity: 'error', code: 'em_invalid', message: "'bad-email' is not an email address." },
      { row: 3, column: 'phone', field: 'user_data.ph', severity: 'error', code: 'ph_too_short', message: "'0171 234' is too short for Germany." },
    ],
    status: 'invalid',
  },
  { rows: [4], eventId: 'c', event: {}, issues: [], status: 'duplicate' },
  { rows: [5], eventId: 'd', event: {}, issues: [], status: 'valid' },
];
const verdicts: ReportVerdict[] = [
  { status: 'sent', message: '' },
  { status: 'invalid', message: "'bad-email' is not an email address. '0171 234' is too short for Germany." },
  { status: 'duplicate', message: 'Same event as an earlier row.' },
  { status: 'rejected', message: 'Invalid hash 5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8 for rej@example.test' },
];

function source(test = false): ReportSource {
  const rows = new Map<number, readonly string[]>();
  return {
    columns,
    test,
    rows,
    items: (async function* () {
      for (const item of items) {
        for (const line of item.rows) rows.set(line, cells[line]!);
        yield { items: [item] };
      }
    })(),
    verdict: (_item, ordinal) => verdicts[ordinal]!,
  };
}

async function text(src: ReportSource, options: { onlyProblems: boolean; valueFree: boolean }): Promise<{ text: string; rows: number }> {
  const counter = { rows: 0 };
  let out = '';
  for await (const chunk of reportChunks(src, options, counter)) out += chunk;
  return { text: out, rows: counter.rows };
}

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true, delimiter: ',' }).data;

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('reportChunks', () => {
  it('gives every row back with its verdict, formulas defused', async () => {
    const { text: csv, rows } = await text(source(), { onlyProblems: false, valueFree: false });
    expect(rows).toBe(4);
    const parsed = parse(csv);
    expect(parsed.map((r) => r['Upload status'])).toEqual(['sent', 'invalid', 'duplicate', 'rejected']);
    expect(parsed[0]).toMatchObject({ email: canary.email, note: `'=HYPERLINK("x")`, 'Upload row': '2', 'Upload mode': 'LIVE' });
    expect(parsed[2]!.note).toBe("'-5");
    expect(parsed[3]!.note).toBe("'@cmd");
  });

  it('keeps only what needs fixing when asked', async () => {
    const { text: csv, rows } = await text(source(true), { onlyProblems: true, valueFree: false });
    expect(rows).toBe(2);
    expect(parse(csv).map((r) => [r['Upload row'], r['Upload status']])).toEqual([['3', 'invalid (TEST)'], ['5', 'rejected (TEST)']]);
  });

  it('value-free summary: row, column, status, code, message, and not one cell of the file (PRIV-06)', async () => {
    const { text: csv, rows } = await text(source(), { onlyProblems: false, valueFree: true });
    expect(rows).toBe(2);
    const parsed = parse(csv);
    expect(Object.keys(parsed[0]!)).toEqual(['Upload row', 'Column', 'Upload status', 'Code', 'Upload message', 'Upload mode']);
    expect(parsed[0]).toMatchObject({ 'Upload row': '3', Column: 'email; phone', 'Upload status': 'invalid', Code: 'em_invalid; ph_too_short' });
    expect(parsed[0]!['Upload message']).toBe('Column email: not a usable email address. Column phone: not a usable phone number.');
    expect(parsed[1]).toMatchObject({ 'Upload row': '5', Column: '', 'Upload status': 'rejected', Code: 'pinterest-rejected' });
    for (const value of [canary.email, canary.phone, canary.ssn, 'bad-email', '0171 234', 'rej@example.test', '5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8', 'HYPERLINK', '@cmd']) {
      expect(csv, value).not.toContain(value);
    }
  });
});

describe('file and stream', () => {
  it('write the same bytes; the file appears atomically with mode 0600', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cu-report-'));
    const path = join(dir, 'report.csv');
    const options = { onlyProblems: false, valueFree: false };
    expect(await writeReport(path, source(), options)).toBe(4);
    const sink = new PassThrough();
    const received: Buffer[] = [];
    sink.on('data', (c: Buffer) => received.push(c));
    const prepared: PreparedReport = { options, source: () => source() };
    expect(await streamReport(prepared, sink, new AbortController().signal)).toBe(4);
    expect(Buffer.concat(received).toString('utf8')).toBe(readFileSync(path, 'utf8'));
    expect(readdirSync(dir)).toEqual(['report.csv']);
  });

  it('waits for a slow reader (back-pressure) and stops when the signal aborts', async () => {
    const writes: string[] = [];
    const slow = new Writable({
      highWaterMark: 1,
      write(chunk: Buffer, _enc, done) {
        writes.push(chunk.toString('utf8'));
        setTimeout(done, 5);
      },
    });
    await pumpChunks(slow, (async function* () {
      yield 'a';
      yield 'b';
      yield 'c';
    })());
    expect(writes).toEqual(['a', 'b', 'c']);

    const controller = new AbortController();
    const stuck = new Writable({ highWaterMark: 1, write() {} }); // never drains
    const pumping = pumpChunks(stuck, (async function* () {
      yield 'x';
      yield 'y';
    })(), controller.signal);
    controller.abort();
    await expect(pumping).rejects.toThrow();
  });
});
