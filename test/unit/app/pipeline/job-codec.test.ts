import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { buildJob } from '../../../../electron/app/pipeline/build-job';
import { nodeHasher } from '../../../../electron/app/adapters/node-hasher';
import { buildPacked, packJob, unpackReply } from '../../../../electron/app/pipeline/job-codec';
import type { Job } from '../../../../electron/app/pipeline/prepared';
import { compileMapping } from '../../../../electron/core/mapping/compile-mapping';
import type { Issue } from '../../../../electron/core/mapping/issue';
import type { CompiledPlan, RowCells } from '../../../../electron/core/mapping/plan';
import { mappingSchema } from '../../../../electron/shared/mapping';

// What a worker answers for a packed job, once unpacked by the sender, must be exactly what
// building the job in the sender's thread gives: same items, same order, same issues and JSON.

const header = ['order', 'email', 'phone', 'country', 'time', 'total', 'sku', 'qty'];
const now = Date.UTC(2025, 0, 20, 12);
const ctx = { now, timezone: 'Europe/Berlin', maxEventAgeDays: 7, hasher: nodeHasher };

function planFor(merge: boolean): CompiledPlan {
  const mapping = mappingSchema.parse({
    version: 1,
    fields: {
      event_name: { value: 'checkout' }, action_source: { value: 'offline' }, event_time: { column: 'time' },
      'user_data.em': { column: 'email' }, 'user_data.ph': { column: 'phone' }, 'user_data.country': { column: 'country' },
      'custom_data.order_id': { column: 'order' }, 'custom_data.value': { column: 'total' },
      'custom_data.contents.id': { column: 'sku' }, 'custom_data.contents.quantity': { column: 'qty' },
    },
    options: merge ? { defaultCountry: 'DE', mergeRowsBy: 'custom_data.order_id' } : { defaultCountry: 'DE' },
  });
  const { plan } = compileMapping(mapping, header);
  if (!plan) throw new Error('mapping did not compile');
  return plan;
}

const cellArb = (values: string[]) => fc.oneof(fc.constantFrom(...values), fc.string({ maxLength: 12 }));
const cellsArb = fc.tuple(
  cellArb(['#1', '#2', '']), cellArb(['a@example.com', 'B@Example.com ', 'no at', '']), cellArb(['+49 171 2345678', '0171 234', '(650) 555-1212', '']),
  cellArb(['DE', 'us', 'France', '']), cellArb(['2025-01-19T10:00:00Z', '01/19/2025 10:00', '2020-01-01', 'soon']), cellArb(['12.50', '1.234,50', 'x', '']),
  cellArb(['S1', 'S2', '']), cellArb(['1', '2', 'many', '']),
);
const readerIssue: Issue = { row: 0, severity: 'error', code: 'too-few-cells', message: 'Row has too few cells.' };
const jobArb: fc.Arbitrary<Job> = fc
  .array(fc.tuple(fc.array(fc.tuple(cellsArb, fc.boolean()), { minLength: 1, maxLength: 3 })), { maxLength: 12 })
  .map((groups) => {
    let index = 0;
    const rowOf = ([cells, flagged]: [string[], boolean]): RowCells => {
      const row: RowCells = { index, line: index + 2, cells };
      if (flagged && index % 3 === 0) row.issues = [{ ...readerIssue, row: index + 2 }];
      index++;
      return row;
    };
    return { seq: 7, rowsDone: index, groups: groups.map(([rows]) => ({ rows: rows.map(rowOf) })) };
  });

describe('job codec (what crosses to and from the build workers)', () => {
  test.prop([jobArb, fc.boolean(), fc.boolean()])('a packed job built in a worker unpacks to exactly the in-thread build', (job, merge, withJson) => {
    const plan = planFor(merge);
    const { packed, rows } = packJob(job);
    const reply = buildPacked(plan, ctx, structuredClone(packed), withJson).packed;
    // Issues travel as JSON, where an undefined property is simply absent.
    const here = JSON.parse(JSON.stringify(buildJob(plan, ctx, job, withJson))) as unknown;
    expect(unpackReply(structuredClone(reply), rows)).toEqual(here);
  });
});
