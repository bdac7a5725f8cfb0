import { Box, Button, Flex, Heading, Text, TextField } from 'gestalt';
import { useState } from 'react';
import { useApi } from '../../api/api-context';
import { ErrorCallout } from '../../components/error-callout';
import { useAction } from '../../hooks/use-action';
import type { AuthStatus } from '../../wizard/wizard-state';
import type { TokenFormErrors } from './token-rules';
import { checkTokenForm, isClean, placeSignInError } from './token-rules';

interface Values {
  token: string;
  adAccountId: string;
  label: string;
}

function TokenFields({ values, errors, onChange }: { values: Values; errors: TokenFormErrors; onChange: (v: Values) => void }) {
  return (
    <Flex direction="column" gap={3}>
      <TextField id="token" label="Conversion access token" type="password" autoComplete="off" value={values.token} onChange={({ value }) => onChange({ ...values, token: value })} errorMessage={errors.token} />
      <TextField
        id="ad-account-id"
        label="Ad account id"
        helperText="Digits only, up to 18 (shown in Ads Manager next to the account name)."
        mobileInputMode="numeric"
        value={values.adAccountId}
        onChange={({ value }) => onChange({ ...values, adAccountId: value })}
        errorMessage={errors.adAccountId}
      />
      <TextField id="token-label" label="Name for this connection (optional)" value={values.label} onChange={({ value }) => onChange({ ...values, label: value })} />
    </Flex>
  );
}

/** Sign-in with a conversion access token from Ads Manager, bound to one ad account. */
export function TokenForm({ onAuth }: { onAuth: (auth: AuthStatus) => void }) {
  const api = useApi();
  const [values, setValues] = useState<Values>({ token: '', adAccountId: '', label: '' });
  const [errors, setErrors] = useState<TokenFormErrors>({});
  const [signIn, state] = useAction(() =>
    api.authSignInToken({ token: values.token.trim(), adAccountId: values.adAccountId.trim(), label: values.label.trim() || undefined }),
  );
  const submit = async () => {
    const local = checkTokenForm(values.token, values.adAccountId);
    setErrors(local);
    if (!isClean(local)) return;
    const result = await signIn();
    if (result && !result.ok) setErrors(placeSignInError(result.error, values.adAccountId.trim()));
    if (result?.ok) onAuth(result.value);
  };
  const busy = state.status === 'busy';
  return (
    <form data-testid="token-form" data-state={busy ? 'busy' : isClean(errors) ? 'ready' : 'error'} onSubmit={(event) => { event.preventDefault(); void submit(); }}>
      <Flex direction="column" gap={3}>
        <Heading size="300" accessibilityLevel={2}>
          Use a conversion access token
        </Heading>
        <Text size="200" color="subtle">
          Ads Manager → Conversions → Conversion access token. The app checks it with one test request before saving it.
        </Text>
        <TokenFields values={values} errors={errors} onChange={setValues} />
        {errors.other ? <ErrorCallout error={errors.other} slim /> : null}
        <Box>
          <Button type="submit" color="red" text={busy ? 'Checking the token…' : 'Check token and sign in'} disabled={busy} />
        </Box>
      </Flex>
    </form>
  );
}
