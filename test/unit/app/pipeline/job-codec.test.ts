import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { packJob, packReply, unpackJob, unpackReply } from '../../../../electron/app/pipeline/job-codec';
import type { BuiltItem, Job } from '../../../../electron/app/pipeline/prepared';
import type { Issue } from '../../../../electron/core/mapping/issue';

const issueArb: fc.Arbitrary<Issue> = fc.record(
  { row: fc.nat(), field: fc.string(), column: fc.string(), severity: fc.constantFrom('error' as const, 'warning' as const), code: fc.string(), message: fc.string() },
  { requiredKeys: ['row', 'severity', 'code', 'message'] },
);

const rowArb = fc.record(
  { index: fc.nat(), line: fc.nat(), cells: fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 6 }), issues: fc.array(issueArb, { minLength: 1, maxLength: 2 }) },
  { requiredKeys: ['index', 'line', 'cells'] },
);

const jobArb: fc.Arbitrary<Job> = fc.record({
  seq: fc.nat(),
  rowsDone: fc.nat(),
  groups: fc.array(fc.record({ rows: fc.array(rowArb, { minLength: 1, maxLength: 3 }) }), { maxLength: 8 }),
});

function itemsFor(job: Job, seed: number): BuiltItem[] {
  return job.groups.map((g, i) => {
    const valid = (seed + i) % 3 !== 0;
    const item: BuiltItem = {
      rows: g.rows.map((r) => r.line),
      rowIndexes: g.rows.map((r) => r.index),
      eventId: `id-${seed}-${i}-\u00e9\n`,
      valid,
      matchKeys: valid ? (seed * 7 + i) & 0xff : 0,
      issues: g.rows.flatMap((r) => r.issues ?? []),
    };
    if (valid && seed % 2 === 0) item.eventJson = JSON.stringify({ i, text: g.rows[0]?.cells[0] ?? '' });
    return item;
  });
}

describe('job codec (what crosses to and from the build workers)', () => {
  test.prop([jobArb])('a packed job unpacks to the same rows, groups and reader issues', (job) => {
    const { packed } = packJob(job);
    expect(unpackJob(structuredClone(packed))).toEqual(job);
  });

  test.prop([jobArb, fc.nat()])('a packed reply unpacks to the same built items, rows joined back from the sender', (job, seed) => {
    const items = itemsFor(job, seed);
    const { rows } = packJob(job);
    const { packed } = packReply(job.seq, items);
    expect(unpackReply(structuredClone(packed), rows)).toEqual(items);
  });
});
