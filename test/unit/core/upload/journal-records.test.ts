import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { HeaderRecord, JournalRecord } from '../../../../electron/core/upload/journal-records';
import { decodeJournal, encodeRecord } from '../../../../electron/core/upload/journal-records';
import { replayJournal } from '../../../../electron/core/upload/journal-replay';
import { fromRanges, itemCode, ItemCodes, toRanges } from '../../../../electron/core/upload/item-codes';

const header: HeaderRecord = { t: 'h', v: 1, job: 'j1', acct: '123', test: false, fp: 'f', mh: 'm', created: 1, rows: 10 };

describe('journal lines', () => {
  test.prop([fc.string({ unit: 'binary' })])('round-trip any message', (m) => {
    const record: JournalRecord = { t: 'r', r: [[1, 2]], m };
    expect(decodeJournal(encodeRecord(record))).toEqual({ records: [record], torn: false, damaged: 0 });
  });

  test.prop([fc.integer({ min: 1, max: 200 })])('a torn last line is ignored, never mistaken for a record', (cut) => {
    const text = encodeRecord(header) + encodeRecord({ t: 'i', b: 1, r: [[0, 5]], n: 5, ph: 'abc' });
    const torn = text.slice(0, Math.max(text.indexOf('\n') + 1, text.length - cut));
    const decoded = decodeJournal(torn);
    expect(decoded.damaged).toBe(0);
    expect(decoded.records[0]).toEqual(header);
    expect(decoded.records.length + (decoded.torn ? 1 : 0)).toBeLessThanOrEqual(2);
  });

  test('a damaged complete line is counted', () => {
    const text = encodeRecord(header).replace('"job":"j1"', '"job":"j2"') + encodeRecord({ t: 'n', b: 1 });
    expect(decodeJournal(text)).toMatchObject({ damaged: 1, torn: false });
  });
});

describe('replayJournal', () => {
  test('inflight → possibly sent; ack → sent/rejected; nack → released; reject → rejected', () => {
    const records: JournalRecord[] = [
      header,
      { t: 'i', b: 1, r: [[0, 3]], n: 3, ph: 'x' },
      { t: 'a', b: 1, m: ['bad time', 'odd field'], f: [[1, 0]], w: [[2, 1]] },
      { t: 'i', b: 2, r: [[3, 2]], n: 2, ph: 'y' },
      { t: 'n', b: 2 },
      { t: 'i', b: 3, r: [[5, 2], [8, 1]], n: 3, ph: 'z' },
      { t: 'r', r: [[9, 1]], m: 'Invalid request' },
      { t: 'c', resend: false, at: 5 },
    ];
    const job = replayJournal(records)!;
    const codes = Array.from({ length: 10 }, (_, i) => job.codes.get(i));
    const { sent, rejected, inflight, none } = itemCode;
    expect(codes).toEqual([sent, rejected, sent, none, none, inflight, inflight, none, inflight, rejected]);
    expect(job.rejectMessages.get(1)).toBe('bad time');
    expect(job.rejectMessages.get(9)).toBe('Invalid request');
    expect(job.warnings.get(2)).toBe('odd field');
    expect(job.nextBatchId).toBe(4);
    expect(job.resendConsent).toBe(false);
  });

  test('no header, no job', () => {
    expect(replayJournal([{ t: 'n', b: 1 }])).toBeUndefined();
  });

  test('a snapshot restores every code', () => {
    const codes = new ItemCodes();
    [1, 1, 2, 5, 6, 4, 3].forEach((c, i) => codes.set(i, c));
    const job = replayJournal([header, { t: 'z', runs: codes.toRuns(), m: ['no'], prob: [[2, [[4, 1]], 2, 0, -1]], resent: [], retries: 0 }])!;
    expect(Array.from({ length: 7 }, (_, i) => job.codes.get(i))).toEqual([1, 1, 2, 5, 6, 4, 3]);
    expect(job.rejectMessages.get(2)).toBe('no');
  });
});

describe('ranges and runs', () => {
  test.prop([fc.array(fc.nat(5000))])('ranges round-trip', (ordinals) => {
    expect(fromRanges(toRanges(ordinals))).toEqual(ordinals);
  });

  test.prop([fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 3000 })])('runs round-trip', (values) => {
    const codes = new ItemCodes(4);
    values.forEach((v, i) => codes.set(i, v));
    const back = ItemCodes.fromRuns(codes.toRuns());
    expect(Array.from({ length: values.length }, (_, i) => back.get(i))).toEqual(values);
    expect(back.length).toBe(values.length);
  });
});
