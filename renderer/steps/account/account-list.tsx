import { Box, Flex, RadioGroup, SearchField, Text } from 'gestalt';
import { useState } from 'react';
import type { AdAccountView } from './account-filter';
import { accountDetails, filterAccounts } from './account-filter';

interface Props {
  accounts: AdAccountView[];
  selected: string | null;
  onSelect: (id: string) => void;
}

/** Searchable list of ad accounts; those that cannot send stay visible, disabled, with the reason. */
export function AccountList({ accounts, selected, onSelect }: Props) {
  const [query, setQuery] = useState('');
  const shown = filterAccounts(accounts, query);
  return (
    <Flex direction="column" gap={3}>
      {accounts.length > 5 ? (
        <SearchField
          id="account-search"
          accessibilityLabel="Search ad accounts by name, id, country, currency or role"
          label="Search ad accounts by name, id, country, currency or role"
          placeholder="Search ad accounts"
          value={query}
          onChange={({ value }) => setQuery(value)}
        />
      ) : null}
      {shown.length === 0 ? <Text>No ad account matches “{query}”.</Text> : null}
      <Box data-testid="account-list" maxHeight="55vh" overflow="auto" padding={1}>
        <RadioGroup id="accounts" legend={`Ad accounts (${shown.length} of ${accounts.length})`} legendDisplay="hidden">
          {shown.map((a) => (
            <RadioGroup.RadioButton
              key={a.id}
              id={`account-${a.id}`}
              name="ad-account"
              value={a.id}
              label={a.name}
              helperText={a.canSend ? accountDetails(a) : `${accountDetails(a)} — ${a.reason ?? 'Your role cannot send conversions.'}`}
              checked={selected === a.id}
              disabled={!a.canSend}
              onChange={() => onSelect(a.id)}
            />
          ))}
        </RadioGroup>
      </Box>
    </Flex>
  );
}
