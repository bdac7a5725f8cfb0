import { Badge, Box, Button, Flex, Heading, Text } from 'gestalt';
import { useApi } from '../../api/api-context';
import { ErrorCallout } from '../../components/error-callout';
import { useAction } from '../../hooks/use-action';
import type { AuthStatus } from '../../wizard/wizard-state';

/** The embedded Sandbox: a fake Pinterest inside the app, so anyone can try the whole flow safely. */
export function SandboxCard({ highlight, onAuth }: { highlight: boolean; onAuth: (auth: AuthStatus) => void }) {
  const api = useApi();
  const [signIn, state] = useAction(() => api.authSignInSandbox({}));
  return (
    <div className={highlight ? 'card card-highlight' : 'card'} data-testid="sandbox-card">
      <Flex direction="column" gap={3}>
        <Flex gap={2} alignItems="center" wrap>
          <Heading size="300" accessibilityLevel={2}>
            Try it with the Sandbox
          </Heading>
          <Badge text="Sandbox: nothing leaves this computer" type="info" />
        </Flex>
        <Text>
          A pretend Pinterest that runs inside this app. Walk through every step with a sample file; no account needed, and no
          conversion is sent anywhere.
        </Text>
        {state.status === 'error' ? <ErrorCallout error={state.error} slim /> : null}
        <Box>
          <Button
            color={highlight ? 'red' : 'gray'}
            text={state.status === 'busy' ? 'Opening the Sandbox…' : 'Use the Sandbox'}
            disabled={state.status === 'busy'}
            onClick={() => void signIn().then((r) => r?.ok && onAuth(r.value))}
          />
        </Box>
      </Flex>
    </div>
  );
}
