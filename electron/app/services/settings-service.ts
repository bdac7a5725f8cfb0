import { ok } from '../../shared/result';
import type { HandlerMap, ServiceContext } from '../backend/handler-types';
import type { AuthRuntime } from '../session/auth-runtime';

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
      await rt.settings.update(input);
      rt.changed();
      return ok({ saved: true });
    },
  };
}
