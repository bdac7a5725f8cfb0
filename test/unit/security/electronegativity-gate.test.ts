import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { baselinePath, compareWithBaseline, findingsFromSarif } from '../../../scripts/electronegativity-gate.mjs';

type Finding = { issue: string; file: string; sample: string; justification?: string };
const compare = compareWithBaseline as (f: Finding[], b: Finding[]) => { fresh: Finding[]; stale: Finding[]; unjustified: Finding[] };
const fromSarif = findingsFromSarif as (s: unknown, read: (file: string, line: number) => string) => Finding[];

const sarif = {
  runs: [
    {
      results: [
        { ruleId: 'CSP_GLOBAL_CHECK', locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///' }, region: { startLine: 1 } } }] },
        { ruleId: 'SANDBOX_JS_CHECK', locations: [{ physicalLocation: { artifactLocation: { uri: 'main/window.ts' }, region: { startLine: 43 } } }] },
      ],
    },
  ],
};

describe('electronegativity gate', () => {
  it('keys findings by issue, file and the source line (not the line number)', () => {
    const findings = fromSarif(sarif, (file, line) => `${file}:${line} text`);
    expect(findings).toEqual([
      { issue: 'CSP_GLOBAL_CHECK', file: 'file:///', sample: 'N/A' },
      { issue: 'SANDBOX_JS_CHECK', file: 'main/window.ts', sample: 'main/window.ts:43 text' },
    ]);
  });

  it('fails on a finding missing from the baseline and reports stale entries', () => {
    const finding = { issue: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/x.ts', sample: 'shell.openExternal(url)' };
    const old = { issue: 'SANDBOX_JS_CHECK', file: 'main/old.ts', sample: 'x', justification: 'reviewed long ago' };
    expect(compare([finding], [old])).toEqual({ fresh: [finding], stale: [old], unjustified: [] });
    expect(compare([finding], [{ ...finding, justification: 'the one allowed call site' }]).fresh).toEqual([]);
  });

  it('refuses baseline entries without a real justification', () => {
    const entry = { issue: 'A', file: 'b', sample: 'c', justification: 'ok' };
    expect(compare([], [entry]).unjustified).toEqual([entry]);
  });

  it('the committed baseline is justified entry by entry', () => {
    const baseline = JSON.parse(readFileSync(baselinePath as string, 'utf8')) as Finding[];
    expect(baseline.length).toBeGreaterThan(0);
    expect(compare([], baseline).unjustified).toEqual([]);
  });
});
