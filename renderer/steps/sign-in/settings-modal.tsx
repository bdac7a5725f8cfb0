import { Button, Flex, Modal, Spinner, Text, TextField } from 'gestalt';
import { useState } from 'react';
import type { ChannelOutput } from '../../../electron/shared/contract';
import { useApi } from '../../api/api-context';
import { ErrorCallout } from '../../components/error-callout';
import { useAction } from '../../hooks/use-action';
import { useAsync } from '../../hooks/use-async';
import { OverlayLayer } from '../../components/overlay-layer';

type Settings = ChannelOutput<'settings:get'>;

interface Props {
  onDismiss: () => void;
  onSaved: () => void;
}

function SettingsForm({ current, onDismiss, onSaved }: Props & { current: Settings }) {
  const api = useApi();
  const [clientId, setClientId] = useState(current.oauthClientId ?? '');
  const [secret, setSecret] = useState('');
  const [exchangeUrl, setExchangeUrl] = useState(current.tokenExchangeUrl ?? '');
  const [save, state] = useAction(() =>
    api.settingsUpdate({ oauthClientId: clientId.trim(), oauthClientSecret: secret === '' ? undefined : secret, tokenExchangeUrl: exchangeUrl.trim() }),
  );
  const submit = () => void save().then((r) => r?.ok && onSaved());
  const footer = (
    <Flex justifyContent="end" gap={2}>
      <Button text="Cancel" onClick={onDismiss} />
      <Button color="red" text="Save settings" disabled={state.status === 'busy'} onClick={submit} />
    </Flex>
  );
  return (
    <Modal accessibilityModalLabel="Settings for Sign in with Pinterest" heading="Sign in with Pinterest: settings" onDismiss={onDismiss} footer={footer} size="md">
      <Flex direction="column" gap={3}>
        <Text size="200">Create an app at developers.pinterest.com and copy its id and secret here.</Text>
        <TextField id="oauth-client-id" label="App id (client id)" value={clientId} onChange={({ value }) => setClientId(value)} />
        <TextField id="oauth-client-secret" label="App secret key" type="password" autoComplete="off" placeholder={current.hasOauthClientSecret ? 'Saved (type to replace it)' : ''} value={secret} onChange={({ value }) => setSecret(value)} />
        <TextField id="token-exchange-url" label="Token exchange URL (optional)" helperText="Only when your organisation keeps the app secret on its own server." type="url" value={exchangeUrl} onChange={({ value }) => setExchangeUrl(value)} />
        {state.status === 'error' ? <ErrorCallout error={state.error} slim /> : null}
      </Flex>
    </Modal>
  );
}

/** OAuth app settings (client id, secret, optional token-exchange URL): entered once, kept by the backend. */
export function SettingsModal({ onDismiss, onSaved }: Props) {
  const api = useApi();
  const [settings, reload] = useAsync(() => api.settingsGet({}), 'settings');
  return (
    <OverlayLayer>
      {settings.status === 'ready' ? (
        <SettingsForm current={settings.value} onDismiss={onDismiss} onSaved={onSaved} />
      ) : (
        <Modal accessibilityModalLabel="Settings for Sign in with Pinterest" heading="Sign in with Pinterest: settings" onDismiss={onDismiss} size="md">
          {settings.status === 'error' ? <ErrorCallout error={settings.error} retry={{ label: 'Try again', onClick: reload }} /> : <Spinner show accessibilityLabel="Loading settings" />}
        </Modal>
      )}
    </OverlayLayer>
  );
}
