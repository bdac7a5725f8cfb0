import { Box, Button, Flex, Heading, Link, Spinner, Text } from 'gestalt';
import { useState } from 'react';
import { useApi } from '../../api/api-context';
import { ErrorCallout } from '../../components/error-callout';
import { useAction } from '../../hooks/use-action';

interface Props {
  configured: boolean;
  /** The backend's view: false once the attempt ended (approved, refused or cancelled). */
  pending?: boolean;
  onOpenSettings: () => void;
}

function Waiting({ url, onCancel }: { url: string; onCancel: () => void }) {
  return (
    <Flex direction="column" gap={2}>
      <Flex gap={2} alignItems="center">
        <Spinner show accessibilityLabel="Waiting for approval" size="sm" />
        <Text>Waiting for you to approve in your browser…</Text>
      </Flex>
      <Text size="200">
        Nothing opened?{' '}
        <Link href={url} target="blank" display="inline">
          Open the Pinterest sign-in page
        </Link>
      </Text>
      <Box>
        <Button text="Cancel sign-in" onClick={onCancel} />
      </Box>
    </Flex>
  );
}

/** "Sign in with Pinterest": OAuth in the system browser (or a new tab in the browser build). */
export function OAuthCard({ configured, pending, onOpenSettings }: Props) {
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
  const waitingUrl = pendingUrl !== null && pending !== false ? pendingUrl : null;
  return (
    <div className="card" data-testid="oauth-card" data-state={waitingUrl ? 'waiting' : 'ready'}>
      <Flex direction="column" gap={3}>
        <Heading size="300" accessibilityLevel={2}>
          Sign in with Pinterest
        </Heading>
        <Text>Approve access in your browser; the app then lists the ad accounts you can use.</Text>
        {!configured ? <Text size="200" color="subtle">This needs your Pinterest app&apos;s client id, entered once in Settings.</Text> : null}
        {startState.status === 'error' ? <ErrorCallout error={startState.error} slim /> : null}
        {waitingUrl ? (
          <Waiting url={waitingUrl} onCancel={() => void cancel().then(() => setPendingUrl(null))} />
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
