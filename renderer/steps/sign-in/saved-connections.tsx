import { Badge, Button, Flex, Heading, Text } from 'gestalt';
import { useApi } from '../../api/api-context';
import { ErrorCallout } from '../../components/error-callout';
import { useAction } from '../../hooks/use-action';
import type { AuthStatus } from '../../wizard/wizard-state';

type Connection = AuthStatus['connections'][number];
const methodLabel = { sandbox: 'Sandbox', token: 'Conversion token', oauth: 'Pinterest account' } as const;

function ConnectionRow({ connection, active, onAuth }: { connection: Connection; active: boolean; onAuth: (auth: AuthStatus) => void }) {
  const api = useApi();
  const [switchTo, switchState] = useAction(() => api.authSwitch({ connectionId: connection.id }));
  const [remove, removeState] = useAction(() => api.authSignOut({ connectionId: connection.id }));
  const run = async (action: typeof switchTo) => {
    const result = await action();
    if (result?.ok) onAuth(result.value);
  };
  const busy = switchState.status === 'busy' || removeState.status === 'busy';
  const error = switchState.status === 'error' ? switchState.error : removeState.status === 'error' ? removeState.error : null;
  return (
    <li className="connection-row" data-connection={connection.id}>
      <Flex justifyContent="between" alignItems="center" gap={2} wrap>
        <Flex direction="column" gap={1}>
          <Text weight="bold">{connection.accountName}</Text>
          <Flex gap={2} wrap>
            <Text size="200" color="subtle">
              {methodLabel[connection.method]}
              {connection.adAccountId ? ` · ad account ${connection.adAccountId}` : ''}
            </Text>
            {!connection.persistent ? <Badge text="This session only" type="warning" /> : null}
            {connection.needsSignIn ? <Badge text="Sign in again" type="error" /> : null}
          </Flex>
        </Flex>
        <Flex gap={2}>
          <Button text={active ? 'Continue' : 'Use'} color="red" size="sm" disabled={busy} onClick={() => void run(switchTo)} accessibilityLabel={`${active ? 'Continue' : 'Use'} with ${connection.accountName}`} />
          <Button text="Remove" size="sm" disabled={busy} onClick={() => void run(remove)} accessibilityLabel={`Remove ${connection.accountName}`} />
        </Flex>
      </Flex>
      {error ? <ErrorCallout error={error} slim /> : null}
    </li>
  );
}

/** Saved connections (several businesses, several tokens): switch with one click, remove one. */
export function SavedConnections({ auth, onAuth }: { auth: AuthStatus; onAuth: (auth: AuthStatus) => void }) {
  if (auth.connections.length === 0) return null;
  return (
    <div className="card" data-testid="saved-connections">
      <Flex direction="column" gap={2}>
        <Heading size="300" accessibilityLevel={2}>
          Your connections
        </Heading>
        <ul className="plain-list">
          {auth.connections.map((c) => (
            <ConnectionRow key={c.id} connection={c} active={c.id === auth.activeConnectionId} onAuth={onAuth} />
          ))}
        </ul>
      </Flex>
    </div>
  );
}
