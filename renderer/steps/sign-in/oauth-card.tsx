import { Box, Button, Flex, Heading, Link, Spinner, Text } from 'gestalt';
import { useState } from 'react';
import { useApi } from '../../api/api-context';
import { ErrorCallout } from '../../components/error-callout';
import { useAction } from '../../hooks/use-action';

interface Props {
  configured: boolean;
  onOpenSettings: () => void;
}

/** "Sign in with Pinterest": OAuth in the system browser (or a new tab in the browser build). */
export function OAuthCard({ configured, onOpenSettings }: Props) {
  const api = useApi();
  const [pendingUrl, setPendingUrl] = useState<string | null>(null);
  const [start, startState] = useAction(() => api.authOauthStart({}));
  const [cancel] = useAction(() => api.authOauthCancel({}));
  const begin = async () => {
    const result = await start();
    if (!result?.ok) return;
    setPendingUrl(result.value.authorizeUrl);
    // Electron opens the system browser itself; a browser tab has to open it here.
    if (!result.value.openedExternally) window.open(result.value.authorizeUrl, '_blank', 'noopener');
  };
  const stop = async () => {
    await cancel();
    setPendingUrl(null);
  };
  return (
    <div className="card" data-testid="oauth-card" data-state={pendingUrl ? 'waiting' : 'ready'}>
      <Flex direction="column" gap={3}>
        <Heading size="300" accessibilityLevel={2}>
          Sign in with Pinterest
        </Heading>
        <Text>Approve access in your browser; the app then lists the ad accounts you can use.</Text>
        {!configured ? (
          <Text size="200" color="subtle">
            This needs your Pinterest app&apos;s client id, entered once in Settings.
          </Text>
        ) : null}
        {startState.status === 'error' ? <ErrorCallout error={startState.error} slim /> : null}
        {pendingUrl ? (
          <Flex direction="column" gap={2}>
            <Flex gap={2} alignItems="center">
              <Spinner show accessibilityLabel="Waiting for approval" size="sm" />
              <Text>Waiting for you to approve in your browser…</Text>
            </Flex>
            <Text size="200">
              Nothing opened?{' '}
              <Link href={pendingUrl} target="blank" display="inline">
                Open the Pinterest sign-in page
              </Link>
            </Text>
            <Box>
              <Button text="Cancel sign-in" onClick={() => void stop()} />
            </Box>
          </Flex>
        ) : (
          <Flex gap={2} wrap>
            <Button color="red" text="Sign in with Pinterest" disabled={!configured || startState.status === 'busy'} onClick={() => void begin()} />
            <Button text="Settings" iconStart="cog" onClick={onOpenSettings} />
          </Flex>
        )}
      </Flex>
    </div>
  );
}
