import type { Sandbox, SandboxOptions } from '../../../electron/sandbox/sandbox';
import { startSandbox } from '../../../electron/sandbox/sandbox';
import { test as appTest } from '../support/app-fixture';

export { expect } from '../support/app-fixture';

/**
 * `test` whose app talks to a sandbox THIS test controls (faults, tokens, what was received):
 * the app's API base, OAuth authorize URL and OAuth client point at it. The app's own "Sandbox"
 * sign-in still uses its embedded sandbox, which a test cannot reach.
 */
export const test = appTest.extend<{ sandbox: Sandbox; sandboxOptions: SandboxOptions }>({
  /** Options of the controlled sandbox (`test.use({ sandboxOptions: { adAccounts: 40 } })`). */
  sandboxOptions: [{}, { option: true }],
  sandbox: async ({ sandboxOptions }, use) => {
    const sandbox = await startSandbox({ testRatePerSecond: 1000, ...sandboxOptions });
    try {
      await use(sandbox);
    } finally {
      await sandbox.close();
    }
  },
  appEnv: async ({ sandbox }, use) => {
    await use({
      PINTEREST_API_BASE: sandbox.baseUrl,
      PINTEREST_OAUTH_AUTHORIZE_URL: sandbox.authorizeUrl,
      PINTEREST_CLIENT_ID: sandbox.oauthClient.clientId,
      PINTEREST_CLIENT_SECRET: sandbox.oauthClient.clientSecret,
    });
  },
});
