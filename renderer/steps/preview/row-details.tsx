import { BannerSlim, Box, Button, Flex, Heading, OverlayPanel, Spinner, Table, Text } from 'gestalt';
import { useState } from 'react';
import type { ChannelOutput } from '../../../electron/shared/contract';
import type { Mapping } from '../../../electron/shared/mapping';
import { useApi } from '../../api/api-context';
import { ErrorCallout } from '../../components/error-callout';
import { useAsync } from '../../hooks/use-async';
import { OverlayLayer } from '../../components/overlay-layer';

type EventDetails = ChannelOutput<'preview:event'>;

interface Props {
  datasetId: string;
  mapping: Mapping;
  row: number;
  onDismiss: () => void;
}

function IdentityTable({ identity }: { identity: EventDetails['identity'] }) {
  if (identity.length === 0) return <Text>No identity fields are mapped for this row.</Text>;
  return (
    <Table accessibilityLabel="How identity fields are normalized and hashed" borderStyle="sm">
      <Table.Header>
        <Table.Row>
          {['Field', 'In your file', 'Normalized', 'Sent (SHA-256)'].map((h) => (
            <Table.HeaderCell key={h} scope="col"><Text weight="bold" size="200">{h}</Text></Table.HeaderCell>
          ))}
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {identity.map((t, i) => (
          <Table.Row key={`${t.field}-${i}`}>
            <Table.Cell><Text size="200">{t.field}{t.column ? ` (${t.column})` : ''}</Text></Table.Cell>
            <Table.Cell><Text size="200">{t.raw || '(empty)'}</Text></Table.Cell>
            <Table.Cell><Text size="200">{t.normalized ?? t.note ?? '–'}</Text></Table.Cell>
            <Table.Cell><code className="hash">{t.hashed ?? '–'}</code></Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

function Details({ details }: { details: EventDetails }) {
  const [showJson, setShowJson] = useState(false);
  return (
    <Flex direction="column" gap={4}>
      {details.issues.length === 0 ? <BannerSlim type="success" iconAccessibilityLabel="OK" message="No problems in this row." /> : null}
      {details.issues.map((issue, i) => (
        <BannerSlim key={i} type={issue.severity === 'error' ? 'error' : 'warning'} iconAccessibilityLabel={issue.severity} message={`${issue.column ? `Column ${issue.column}: ` : ''}${issue.message}`} />
      ))}
      <Heading size="300" accessibilityLevel={3}>Identity: raw → normalized → hashed</Heading>
      <IdentityTable identity={details.identity} />
      <Box>
        <Button text={showJson ? 'Hide the event JSON' : 'Show the event JSON sent to Pinterest'} onClick={() => setShowJson((v) => !v)} accessibilityExpanded={showJson} />
      </Box>
      {showJson ? <pre className="json" data-testid="event-json" tabIndex={0} aria-label="Event JSON">{details.event === undefined ? 'No event: this row has errors.' : JSON.stringify(details.event, null, 2)}</pre> : null}
    </Flex>
  );
}

/** Everything about one row: its problems, how identity fields are hashed, the event's JSON. */
export function RowDetails({ datasetId, mapping, row, onDismiss }: Props) {
  const api = useApi();
  const [details, reload] = useAsync(() => api.previewEvent({ datasetId, mapping, row }), `${datasetId}:${row}`);
  return (
    <OverlayLayer>
      <OverlayPanel accessibilityLabel={`Details of row ${row}`} accessibilityDismissButtonLabel="Close row details" heading={`Row ${row}`} onDismiss={onDismiss} size="lg">
        <Box data-testid="row-details" data-state={details.status}>
          {details.status === 'loading' ? <Spinner show accessibilityLabel="Loading the row" /> : null}
          {details.status === 'error' ? <ErrorCallout error={details.error} retry={{ label: 'Try again', onClick: reload }} /> : null}
          {details.status === 'ready' ? <Details details={details.value} /> : null}
        </Box>
      </OverlayPanel>
    </OverlayLayer>
  );
}
