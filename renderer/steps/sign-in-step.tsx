import { BannerSlim, Box, Flex, Spinner } from 'gestalt';
import { useState } from 'react';
import { ErrorCallout } from '../components/error-callout';
import { StepFrame } from '../components/step-frame';
import type { AsyncState } from '../hooks/use-async';
import type { AuthStatus } from '../wizard/wizard-state';
import { OAuthCard } from './sign-in/oauth-card';
import { SandboxCard } from './sign-in/sandbox-card';
import { SavedConnections } from './sign-in/saved-connections';
import { SettingsModal } from './sign-in/settings-modal';
import { StorageNotice } from './sign-in/storage-notice';
import { TokenForm } from './sign-in/token-form';

interface Props {
  auth?: AuthStatus;
  load: AsyncState<AuthStatus>;
  reload: () => void;
  onAuth: (auth: AuthStatus) => void;
}

function Methods({ auth, onAuth, reload }: { auth: AuthStatus; onAuth: Props['onAuth']; reload: () => void }) {
  const [settingsOpen, setSettingsOpen] = useState(false);
  // With nothing configured the Sandbox is the obvious first step; otherwise it stays available last.
  const fresh = auth.connections.length === 0 && !auth.oauthConfigured;
  const sandbox = auth.sandboxAvailable ? <SandboxCard highlight={fresh} onAuth={onAuth} /> : null;
  return (
    <Flex direction="column" gap={4}>
      <StorageNotice auth={auth} onAuth={onAuth} />
      {auth.lastError ? <ErrorCallout error={auth.lastError} /> : null}
      {auth.notice ? <BannerSlim type="info" iconAccessibilityLabel="Note" message={auth.notice} /> : null}
      <SavedConnections auth={auth} onAuth={onAuth} />
      {fresh ? sandbox : null}
      <div className="two-columns">
        <div className="card">
          <TokenForm onAuth={onAuth} />
        </div>
        <OAuthCard configured={auth.oauthConfigured} pending={auth.oauthPending} onOpenSettings={() => setSettingsOpen(true)} />
      </div>
      {fresh ? null : sandbox}
      {settingsOpen ? (
        <SettingsModal
          onDismiss={() => setSettingsOpen(false)}
          onSaved={() => {
            setSettingsOpen(false);
            reload();
          }}
        />
      ) : null}
    </Flex>
  );
}

/** Step 1: connect to Pinterest (Sandbox, conversion token or OAuth), or pick a saved connection. */
export function SignInStep({ auth, load, reload, onAuth }: Props) {
  const known = auth ?? (load.status === 'ready' ? load.value : undefined);
  const state = known ? 'ready' : load.status === 'error' ? 'error' : 'loading';
  return (
    <StepFrame step="signIn" state={state} title="Connect to Pinterest" subtitle="Choose how the app sends conversions for you.">
      {load.status === 'error' && !known ? <ErrorCallout error={load.error} retry={{ label: 'Try again', onClick: reload }} /> : null}
      {state === 'loading' ? (
        <Box minHeight={320} display="flex" justifyContent="center" alignItems="center">
          <Spinner show accessibilityLabel="Checking your sign-in" />
        </Box>
      ) : null}
      {known ? <Methods auth={known} onAuth={onAuth} reload={reload} /> : null}
    </StepFrame>
  );
}
