import { BannerSlim, Box, Button, Flex, Text } from 'gestalt';
import { useState } from 'react';
import { delimiterName, formatBytes, formatCount } from '../../components/format';
import type { DatasetInfo } from '../../wizard/wizard-state';
import { DetectionOverrides } from './detection-overrides';
import type { OpenOverrides } from './use-open-dataset';

function Fact({ label, value, name }: { label: string; value: string; name: string }) {
  return (
    <div className="fact" data-fact={name}>
      <dt>
        <Text size="200" color="subtle">
          {label}
        </Text>
      </dt>
      <dd>
        <Text weight="bold">{value}</Text>
      </dd>
    </div>
  );
}

function FileIssues({ issues }: { issues: DatasetInfo['issues'] }) {
  if (issues.length === 0) return null;
  const shown = issues.slice(0, 5);
  return (
    <Flex direction="column" gap={2}>
      {shown.map((issue, i) => (
        <BannerSlim
          key={`${issue.row}-${issue.code}-${i}`}
          type={issue.severity === 'error' ? 'error' : 'warning'}
          iconAccessibilityLabel={issue.severity}
          message={`${issue.row > 0 ? `Row ${issue.row}: ` : ''}${issue.message}`}
        />
      ))}
      {issues.length > shown.length ? <Text size="200">…and {formatCount(issues.length - shown.length)} more file notes.</Text> : null}
    </Flex>
  );
}

/** What was detected, in plain words, with a way to correct it and re-open the file. */
export function DetectionSummary({ dataset, onReopen }: { dataset: DatasetInfo; onReopen: (o: OpenOverrides) => void }) {
  const [editing, setEditing] = useState(false);
  const csv = dataset.format === 'csv';
  return (
    <Flex direction="column" gap={3}>
      <dl className="facts" data-testid="detected">
        <Fact name="file" label="File" value={`${dataset.fileName} (${formatBytes(dataset.sizeBytes)})`} />
        <Fact name="rows" label="Rows" value={formatCount(dataset.rowCount)} />
        <Fact name="columns" label="Columns" value={formatCount(dataset.columns.length)} />
        <Fact name="header" label="Header row" value={`Row ${dataset.headerRow}`} />
        {csv ? <Fact name="encoding" label="Encoding" value={dataset.encoding ?? 'unknown'} /> : null}
        {csv ? <Fact name="delimiter" label="Separator" value={delimiterName(dataset.delimiter)} /> : null}
        {!csv ? <Fact name="sheet" label="Sheet" value={dataset.sheet ?? 'first sheet'} /> : null}
      </dl>
      <FileIssues issues={dataset.issues} />
      {editing ? (
        <DetectionOverrides dataset={dataset} onCancel={() => setEditing(false)} onApply={(o) => { setEditing(false); onReopen(o); }} />
      ) : (
        <Box>
          <Button size="sm" text="Something looks wrong? Change it" iconStart="edit" onClick={() => setEditing(true)} />
        </Box>
      )}
    </Flex>
  );
}
