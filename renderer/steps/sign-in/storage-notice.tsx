import { BannerSlim, Box, Flex, ModalAlert, Text } from 'gestalt';
import { useState } from 'react';
import { useApi } from '../../api/api-context';
import { ErrorCallout } from '../../components/error-callout';
import { useAction } from '../../hooks/use-action';
import type { AuthStatus } from '../../wizard/wizard-state';
import { OverlayLayer } from '../../components/overlay-layer';

interface Props {
  auth: AuthStatus;
  onAuth: (auth: AuthStatus) => void;
}

function OptInWarning({ onAccept, onDismiss }: { onAccept: () => void; onDismiss: () => void }) {
  return (
    <OverlayLayer>
      <ModalAlert
        accessibilityModalLabel="Save sign-ins without encryption?"
        heading="Save sign-ins without encryption?"
        type="warning"
        onDismiss={onDismiss}
        primaryAction={{ accessibilityLabel: 'Save without encryption', label: 'Save without encryption', onClick: onAccept, role: 'button' }}
        secondaryAction={{ accessibilityLabel: 'Keep for this session only', label: 'Keep for this session only', onClick: onDismiss, role: 'button' }}
      >
        <Flex direction="column" gap={2}>
          <Text>Anyone who can read your files on this computer could copy the tokens and send conversions for your ad accounts.</Text>
          <Text>Choose this only on a computer that is yours alone. You can change your mind here at any time.</Text>
        </Flex>
      </ModalAlert>
    </OverlayLayer>
  );
}

/** Says plainly when tokens cannot be stored safely, and offers the opt-in only after a warning. */
export function StorageNotice({ auth, onAuth }: Props) {
  const api = useApi();
  const [asking, setAsking] = useState(false);
  const [allow, allowState] = useAction((value: boolean) => api.authAllowInsecureStorage({ allow: value }));
  const decide = (value: boolean) => {
    setAsking(false);
    void allow(value).then((result) => result?.ok && onAuth(result.value));
  };
  const { storage } = auth;
  if (storage.secure) return null;
  if (storage.backend === 'memory')
    return (
      <Box data-testid="storage-notice">
        <BannerSlim type="info" iconAccessibilityLabel="Note" message="Sign-ins last while the app runs: this version never writes tokens to disk, so you sign in again after a restart." />
      </Box>
    );
  const message = storage.insecureOptIn
    ? `Sign-ins are saved on this computer without encryption (${storage.backend}), as you chose.`
    : `This computer offers no secure place for sign-in tokens (${storage.backend}), so they are kept for this session only: you will sign in again next time.`;
  const action = storage.insecureOptIn
    ? { accessibilityLabel: 'Stop saving them', label: 'Stop saving them', onClick: () => decide(false), role: 'button' as const }
    : { accessibilityLabel: 'Save them anyway…', label: 'Save them anyway…', onClick: () => setAsking(true), role: 'button' as const };
  return (
    <Box data-testid="storage-notice">
      <BannerSlim type={storage.insecureOptIn ? 'warning' : 'info'} iconAccessibilityLabel="Note" message={message} primaryAction={action} />
      {allowState.status === 'error' ? <ErrorCallout error={allowState.error} slim /> : null}
      {asking ? <OptInWarning onAccept={() => decide(true)} onDismiss={() => setAsking(false)} /> : null}
    </Box>
  );
}
