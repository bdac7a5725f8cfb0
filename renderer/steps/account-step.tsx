import type { Dispatch } from 'react';
import { BannerCallout, Box, Button, Flex, Spinner, Text } from 'gestalt';
import { useState } from 'react';
import type { ChannelOutput } from '../../electron/shared/contract';
import { useApi } from '../api/api-context';
import { ErrorCallout } from '../components/error-callout';
import { StepFrame } from '../components/step-frame';
import { useAction } from '../hooks/use-action';
import { useAsync } from '../hooks/use-async';
import type { WizardAction, WizardState } from '../wizard/wizard-state';
import { preselect } from './account/account-filter';
import { AccountList } from './account/account-list';

interface Props {
  state: WizardState & { step: 'account' };
  dispatch: Dispatch<WizardAction>;
}

type AccountsAnswer = ChannelOutput<'accounts:list'>;

function NoAccounts({ name, message, reload }: { name?: string; message?: string; reload: () => void }) {
  const text = message ?? `${name ?? 'This Pinterest user'} has no ad account the app can use. Ask your business admin to give you the Owner, Admin, Analyst, Audience or Campaign role on one, then reload.`;
  return (
    <BannerCallout
      type="warning"
      iconAccessibilityLabel="Warning"
      title="No ad accounts yet"
      message={text}
      primaryAction={{ accessibilityLabel: 'Reload ad accounts', label: 'Reload', onClick: reload, role: 'button' }}
    />
  );
}

function AccountBody({ value, selected, onSelect, name, reload }: { value: AccountsAnswer; selected: string | null; onSelect: (id: string) => void; name?: string; reload: () => void }) {
  if (!value.canList) {
    const message = `A conversion token can't list ad accounts; it sends for ad account ${selected ?? '(unknown)'}.${value.message ? ` ${value.message}` : ''}`;
    return <BannerCallout type="info" iconAccessibilityLabel="Information" title="This token sends for one ad account" message={message} />;
  }
  if (value.accounts.length === 0) return <NoAccounts name={name} message={value.message} reload={reload} />;
  return (
    <Flex direction="column" gap={3}>
      <AccountList accounts={value.accounts} selected={selected} onSelect={onSelect} />
      {!selected ? <Text color="subtle">Pick an account to continue.</Text> : null}
    </Flex>
  );
}

/** Step 2: which ad account the conversions are for. */
export function AccountStep({ state, dispatch }: Props) {
  const api = useApi();
  const [list, reload] = useAsync(() => api.accountsList({}), `accounts:${state.auth.activeConnectionId ?? ''}`);
  const [picked, setPicked] = useState<string | null>(null);
  const [choose, chooseState] = useAction((id: string) => api.accountsChoose({ adAccountId: id }));
  const value = list.status === 'ready' ? list.value : undefined;
  const tokenAccount = state.auth.connections.find((c) => c.id === state.auth.activeConnectionId)?.adAccountId;
  const fallback = value?.canList === false ? (tokenAccount ?? value.accounts[0]?.id ?? null) : null;
  const selected = picked ?? (value ? preselect(value.accounts, value.lastChosenId) : null) ?? fallback;
  const confirm = async () => {
    const result = selected ? await choose(selected) : null;
    if (!selected || !result?.ok) return;
    const a = value?.accounts.find((x) => x.id === selected);
    dispatch({ type: 'account-chosen', account: { id: selected, name: a?.name ?? `Ad account ${selected}`, currency: a?.currency, country: a?.country } });
  };
  const empty = value?.canList === true && value.accounts.length === 0;
  return (
    <StepFrame
      step="account"
      state={chooseState.status === 'busy' ? 'busy' : list.status === 'ready' && empty ? 'empty' : list.status}
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
      {value ? <AccountBody value={value} selected={selected} onSelect={setPicked} name={state.auth.accountName} reload={reload} /> : null}
      {chooseState.status === 'error' ? <ErrorCallout error={chooseState.error} slim /> : null}
    </StepFrame>
  );
}
