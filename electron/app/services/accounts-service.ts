import { appError } from '../../shared/app-error';
import { err, ok } from '../../shared/result';
import { emptyListMessage, toAdAccountView } from '../accounts/account-view';
import type { HandlerMap, ServiceContext } from '../backend/handler-types';
import type { AuthRuntime } from '../session/auth-runtime';

/** The accounts:* channels. */
export type AccountsChannel = 'accounts:list' | 'accounts:choose';

/** What the accounts service needs: the shared auth runtime. */
export interface AccountsServiceDeps {
  auth: AuthRuntime;
}

/** Handlers of accounts:list (every page) and accounts:choose (remembered per signed-in user). */
export function accountsService(_ctx: ServiceContext, deps: AccountsServiceDeps): HandlerMap<AccountsChannel> {
  const rt = deps.auth;
  return {
    async 'accounts:list'() {
      const handle = await rt.sessions.activeClient();
      if (!handle.ok) return handle;
      const { client, method, adAccountId, userKey } = handle.value;
      if (method === 'token' && adAccountId) {
        return ok({
          canList: false,
          accounts: [{ id: adAccountId, name: `Ad account ${adAccountId}`, canSend: true }],
          lastChosenId: adAccountId,
          message: `A conversion token can only send events, so Pinterest does not let the app list your ad accounts. This token is for ad account ${adAccountId}.`,
        });
      }
      const listed = await client.listAdAccounts();
      if (!listed.ok) return listed;
      const accounts = listed.value.map(toAdAccountView);
      for (const account of accounts) if (account.currency && account.currency !== 'UNK') rt.accountCurrencies.set(account.id, account.currency);
      const remembered = await rt.choices.get(userKey);
      const lastChosenId = accounts.some((a) => a.id === remembered && a.canSend) ? remembered : undefined;
      const message = emptyListMessage(accounts);
      return ok({ canList: true, accounts, ...(lastChosenId ? { lastChosenId } : {}), ...(message ? { message } : {}) });
    },
    async 'accounts:choose'({ adAccountId }) {
      const handle = await rt.sessions.activeClient();
      if (!handle.ok) return handle;
      const bound = handle.value.adAccountId;
      if (handle.value.method === 'token' && bound && bound !== adAccountId) {
        return err(appError('validation', `This conversion token is for ad account ${bound}. Sign in with a token for ${adAccountId} to use that account.`, {
          fields: [{ path: 'adAccountId', message: 'Not the token\'s ad account.' }],
        }));
      }
      await rt.choices.set(handle.value.userKey, adAccountId);
      rt.chosenAccountId = adAccountId;
      return ok({ adAccountId });
    },
  };
}
