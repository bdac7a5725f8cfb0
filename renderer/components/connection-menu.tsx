import { Badge, Button, Flex, Text } from 'gestalt';
import { useApi } from '../api/api-context';
import { useAction } from '../hooks/use-action';
import type { AuthStatus } from '../wizard/wizard-state';

const methodLabel = { sandbox: 'Sandbox', token: 'Conversion token', oauth: 'Pinterest account' } as const;

/** Who is signed in, how, and the way out (switching connections happens on the sign-in step). */
export function ConnectionMenu({ auth, onSwitch }: { auth: AuthStatus; onSwitch: () => void }) {
  const api = useApi();
  const [signOut, state] = useAction(() => api.authSignOut({ connectionId: auth.activeConnectionId }));
  return (
    <Flex alignItems="center" gap={2} wrap>
      {auth.method === 'sandbox' ? (
        <Badge text="Sandbox: nothing leaves this computer" type="info" />
      ) : (
        <Text size="200" color="subtle">
          {auth.method ? methodLabel[auth.method] : ''}
        </Text>
      )}
      <Text size="200" weight="bold">
        {auth.accountName ?? ''}
      </Text>
      {auth.connections.length > 1 ? <Button size="sm" text="Switch connection" onClick={onSwitch} /> : null}
      <Button size="sm" text="Sign out" disabled={state.status === 'busy'} onClick={() => void signOut()} />
    </Flex>
  );
}
