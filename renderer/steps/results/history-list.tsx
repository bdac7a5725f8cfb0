import { Badge, Flex, Heading, Spinner, Table, Text } from 'gestalt';
import { useApi } from '../../api/api-context';
import { ErrorCallout } from '../../components/error-callout';
import { formatCount, formatWhen } from '../../components/format';
import { useAsync } from '../../hooks/use-async';

/** Past uploads (no personal data: file name, account, mode, counts). */
export function HistoryList({ refreshKey }: { refreshKey: string }) {
  const api = useApi();
  const [history, reload] = useAsync(() => api.historyList({}), `history:${refreshKey}`);
  return (
    <Flex direction="column" gap={2}>
      <Heading size="300" accessibilityLevel={2}>
        History
      </Heading>
      {history.status === 'loading' ? <Spinner show accessibilityLabel="Loading the history" /> : null}
      {history.status === 'error' ? <ErrorCallout error={history.error} retry={{ label: 'Try again', onClick: reload }} slim /> : null}
      {history.status === 'ready' && history.value.entries.length === 0 ? <Text>No uploads yet.</Text> : null}
      {history.status === 'ready' && history.value.entries.length > 0 ? (
        <div data-testid="history">
          <Table accessibilityLabel="Past uploads" borderStyle="sm" maxHeight={360}>
            <Table.Header sticky>
              <Table.Row>
                {['When', 'File', 'Ad account', 'Mode', 'Outcome', 'Sent', 'Problems'].map((h) => (
                  <Table.HeaderCell key={h} scope="col"><Text weight="bold" size="200">{h}</Text></Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {history.value.entries.map((e) => (
                <Table.Row key={e.jobId}>
                  <Table.Cell><Text size="200">{formatWhen(e.startedAt)}</Text></Table.Cell>
                  <Table.Cell><Text size="200">{e.fileName}</Text></Table.Cell>
                  <Table.Cell><Text size="200">{e.adAccountId}</Text></Table.Cell>
                  <Table.Cell><Badge text={e.test ? 'TEST' : 'LIVE'} type={e.test ? 'info' : 'success'} /></Table.Cell>
                  <Table.Cell><Text size="200">{e.state}</Text></Table.Cell>
                  <Table.Cell><Text size="200">{formatCount(e.counts.sent)}</Text></Table.Cell>
                  <Table.Cell><Text size="200">{formatCount(e.counts.rejected + e.counts.invalid + e.counts.possiblySent)}</Text></Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      ) : null}
    </Flex>
  );
}
