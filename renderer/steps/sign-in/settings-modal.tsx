import { Box, Button, Flex, Layer, Modal, Spinner, Text, TextField } from 'gestalt';
import { useState } from 'react';
import { useApi } from '../../api/api-context';
import { ErrorCallout } from '../../components/error-callout';
import { useAction } from '../../hooks/use-action';
import { useAsync } from '../../hooks/use-async';

interface Props {
  onDismiss: () => void;
  onSaved: () => void;
}

/** OAuth app settings (client id, secret, optional token-exchange URL): entered once, kept by the backend. */
export function SettingsModal({ onDismiss, onSaved }: Props) {
  const api = useApi();
  const [settings] = useAsync(() => api.settingsGet({}), 'settings');
  const current = settings.status === 'ready' ? settings.value : undefined;
  const [clientId, setClientId] = useState<string | null>(null);
  const [secret, setSecret] = useState('');
  const [exchangeUrl, setExchangeUrl] = useState<string | null>(null);
  const [save, saveState] = useAction(() =>
    api.settingsUpdate({
      oauthClientId: (clientId ?? current?.oauthClientId ?? '').trim(),
      oauthClientSecret: secret === '' ? undefined : secret,
      tokenExchangeUrl: (exchangeUrl ?? current?.tokenExchangeUrl ?? '').trim(),
    }),
  );
  const submit = async () => {
    const result = await save();
    if (result?.ok) onSaved();
  };
  const footer = (
    <Flex justifyContent="end" gap={2}>
      <Button text="Cancel" onClick={onDismiss} />
      <Button color="red" text="Save settings" disabled={!current || saveState.status === 'busy'} onClick={() => void submit()} />
    </Flex>
  );
  return (
    <Layer>
      <Modal accessibilityModalLabel="Settings for Sign in with Pinterest" heading="Sign in with Pinterest: settings" onDismiss={onDismiss} footer={footer} size="md">
        <Box data-testid="settings" data-state={settings.status}>
          {settings.status === 'error' ? <ErrorCallout error={settings.error} /> : null}
          {!current ? <Spinner show accessibilityLabel="Loading settings" /> : null}
          {current ? (
            <Flex direction="column" gap={3}>
              <Text size="200">Create an app at developers.pinterest.com and copy its id and secret here.</Text>
              <TextField id="oauth-client-id" label="App id (client id)" value={clientId ?? current.oauthClientId ?? ''} onChange={({ value }) => setClientId(value)} />
              <TextField
                id="oauth-client-secret"
                label="App secret key"
                type="password"
                autoComplete="off"
                placeholder={current.hasOauthClientSecret ? 'Saved (type to replace it)' : ''}
                value={secret}
                onChange={({ value }) => setSecret(value)}
              />
              <TextField
                id="token-exchange-url"
                label="Token exchange URL (optional)"
                helperText="Only when your organisation keeps the app secret on its own server."
                type="url"
                value={exchangeUrl ?? current.tokenExchangeUrl ?? ''}
                onChange={({ value }) => setExchangeUrl(value)}
              />
              {saveState.status === 'error' ? <ErrorCallout error={saveState.error} slim /> : null}
            </Flex>
          ) : null}
        </Box>
      </Modal>
    </Layer>
  );
}
