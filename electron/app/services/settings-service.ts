import { appError } from '../../shared/app-error';
import { err, ok } from '../../shared/result';
import type { HandlerMap, ServiceContext } from '../backend/handler-types';
import type { AuthRuntime } from '../session/auth-runtime';
import { checkServiceUrl } from '../session/cli-token';

/** The settings:* channels. */
export type SettingsChannel = 'settings:get' | 'settings:update';

/** What the settings service needs: the shared auth runtime (Settings live with the OAuth setup). */
export interface SettingsServiceDeps {
  auth: AuthRuntime;
}

/** Handlers of settings:get / settings:update. The client secret is write-only: get reports only whether one is set. */
export function settingsService(_ctx: ServiceContext, deps: SettingsServiceDeps): HandlerMap<SettingsChannel> {
  const rt = deps.auth;
  return {
    async 'settings:get'() {
      const { settings } = rt;
      const clientId = settings.clientId();
      const broker = settings.brokerUrl();
      return ok({
        ...(clientId ? { oauthClientId: clientId } : {}),
        hasOauthClientSecret: settings.clientSecret() !== undefined,
        ...(broker ? { tokenExchangeUrl: broker } : {}),
        apiBaseUrl: rt.deps.config.apiBaseUrl,
        maxEventAgeDays: settings.maxEventAgeDays(),
      });
    },
    async 'settings:update'(input) {
      if (input.tokenExchangeUrl) {
        // The exchange URL receives authorization codes: https only (plain http only on this machine).
        const checked = checkServiceUrl(input.tokenExchangeUrl);
        if (!checked.ok) {
          return err(appError('validation', 'The token exchange URL must start with https:// (plain http only for 127.0.0.1).', {
            fields: [{ path: 'tokenExchangeUrl', message: 'Use an https URL.' }],
          }));
        }
      }
      await rt.settings.update(input);
      rt.changed();
      return ok({ saved: true });
    },
  };
}
