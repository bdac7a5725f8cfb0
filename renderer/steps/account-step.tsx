import type { Dispatch } from 'react';
import { BannerCallout, Box, Button, Spinner, Text } from 'gestalt';
import { useState } from 'react';
import { useApi } from '../api/api-context';
import { ErrorCallout } from '../components/error-callout';
import { StepFrame } from '../components/step-frame';
import { useAction } from '../hooks/use-action';
import { useAsync } from '../hooks/use-async';
import type { WizardAction, WizardState } from '../wizard/wizard-state';
import type { AdAccountView } from './account/account-filter';
import { preselect } from './account/account-filter';
import { AccountList } from './account/account-list';

interface Props {
  state: WizardState & { step: 'account' };
  dispatch: Dispatch<WizardAction>;
}

function NoAccounts({ name, message, reload }: { name?: string; message?: string; reload: () => void }) {
  return (
    <BannerCallout
      type="warning"
      iconAccessibilityLabel="Warning"
      title="No ad accounts yet"
      message={
        message ??
        `${name ?? 'This Pinterest user'} has no ad account the app can use. Ask your business admin to give you the Owner, Admin, Analyst, Audience or Campaign role on one, then reload.`
      }
      primaryAction={{ accessibilityLabel: 'Reload ad accounts', label: 'Reload', onClick: reload, role: 'button' }}
    />
  );
}

/** Step 2: which ad account the conversions are for. */
export function AccountStep({ state, dispatch }: Props) {
  const api = useApi();
  const [list, reload] = useAsync(() => api.accountsList({}), `accounts:${state.auth.activeConnectionId ?? ''}`);
  const [picked, setPicked] = useState<string | null>(null);
  const [choose, chooseState] = useAction((id: string) => api.accountsChoose({ adAccountId: id }));
  const value = list.status === 'ready' ? list.value : undefined;
  const accounts: AdAccountView[] = value?.accounts ?? [];
  const tokenAccount = state.auth.connections.find((c) => c.id === state.auth.activeConnectionId)?.adAccountId;
  const selected = picked ?? (value ? preselect(accounts, value.lastChosenId) : null) ?? (value?.canList === false ? (tokenAccount ?? accounts[0]?.id ?? null) : null);
  const confirm = async () => {
    if (!selected) return;
    const result = await choose(selected);
    if (!result?.ok) return;
    const a = accounts.find((x) => x.id === selected);
    dispatch({ type: 'account-chosen', account: { id: selected, name: a?.name ?? `Ad account ${selected}`, currency: a?.currency, country: a?.country } });
  };
  const stepState = list.status === 'ready' ? (accounts.length === 0 && value?.canList !== false ? 'empty' : 'ready') : list.status;
  return (
    <StepFrame
      step="account"
      state={chooseState.status === 'busy' ? 'busy' : stepState}
      title="Choose the ad account"
      subtitle="Conversions are recorded for this ad account."
      footer={<Button color="red" text="Continue" disabled={!selected || chooseState.status === 'busy'} onClick={() => void confirm()} />}
    >
      {list.status === 'loading' ? (
        <Box minHeight={240} display="flex" justifyContent="center" alignItems="center">
          <Spinner show accessibilityLabel="Loading your ad accounts" />
        </Box>
      ) : null}
      {list.status === 'error' ? <ErrorCallout error={list.error} retry={{ label: 'Try again', onClick: reload }} /> : null}
      {value && !value.canList ? (
        <BannerCallout
          type="info"
          iconAccessibilityLabel="Information"
          title="This token sends for one ad account"
          message={`A conversion token can't list ad accounts; it sends for ad account ${selected ?? tokenAccount ?? '(unknown)'}.${value.message ? ` ${value.message}` : ''}`}
        />
      ) : null}
      {value?.canList && accounts.length === 0 ? <NoAccounts name={state.auth.accountName} message={value.message} reload={reload} /> : null}
      {value?.canList && accounts.length > 0 ? <AccountList accounts={accounts} selected={selected} onSelect={setPicked} /> : null}
      {chooseState.status === 'error' ? <ErrorCallout error={chooseState.error} slim /> : null}
      {value?.canList && accounts.length > 0 && !selected ? <Text color="subtle">Pick an account to continue.</Text> : null}
    </StepFrame>
  );
}
