import { mkdtempSync, rmSync, statSync, chmodSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, defaultDataDir, ensureDataDir, loadConfig } from '../../../electron/app/config';

const home = '/home/ann';

describe('loadConfig', () => {
  it('defaults to Pinterest production and the per-user folder', () => {
    const config = loadConfig({ env: {}, platform: 'linux', home });
    expect(config).toMatchObject({
      dataDir: '/home/ann/.config/conversions-uploader',
      apiBaseUrl: 'https://api.pinterest.com/v5',
      oauthAuthorizeUrl: 'https://www.pinterest.com/oauth',
      tokenExchangeUrl: 'https://api.pinterest.com/v5/oauth/token',
      logLevel: 'info',
      checkOutputs: true,
    });
    expect(config.oauthClientId).toBeUndefined();
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('picks the data folder: --data-dir, then CU_DATA_DIR, then Electron userData, then the platform default', () => {
    const env = { CU_DATA_DIR: '/env/dir' };
    expect(loadConfig({ env, dataDirArg: '/arg/dir', electronUserData: '/ud', home }).dataDir).toBe('/arg/dir');
    expect(loadConfig({ env, electronUserData: '/ud', home }).dataDir).toBe('/env/dir');
    expect(loadConfig({ env: {}, electronUserData: '/ud', home }).dataDir).toBe('/ud');
  });

  it.each([
    ['linux', { XDG_CONFIG_HOME: '/xdg' }, '/xdg/conversions-uploader'],
    ['linux', { XDG_CONFIG_HOME: 'relative' }, '/home/ann/.config/conversions-uploader'],
    ['darwin', {}, '/home/ann/Library/Application Support/conversions-uploader'],
    ['win32', { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, 'conversions-uploader'],
  ] as const)('default folder on %s', (platform, env, expected) => {
    expect(defaultDataDir(platform, env, home)).toContain(expected);
  });

  it('reads the Pinterest settings from the environment', () => {
    const config = loadConfig({
      env: {
        PINTEREST_API_BASE: 'http://127.0.0.1:4567/v5/',
        PINTEREST_CLIENT_ID: ' 1234 ',
        PINTEREST_CLIENT_SECRET: 'shh',
        PINTEREST_TOKEN_EXCHANGE_URL: 'https://broker.example.com/exchange',
        CU_LOG_LEVEL: 'DEBUG',
        NODE_ENV: 'production',
      },
      home,
    });
    expect(config).toMatchObject({
      apiBaseUrl: 'http://127.0.0.1:4567/v5',
      oauthClientId: '1234',
      oauthClientSecret: 'shh',
      tokenExchangeUrl: 'https://broker.example.com/exchange',
      logLevel: 'debug',
      checkOutputs: false,
    });
  });

  it.each([
    ['PINTEREST_API_BASE', 'http://api.pinterest.com/v5'],
    ['PINTEREST_API_BASE', 'not a url'],
    ['PINTEREST_API_BASE', 'https://user:pw@api.pinterest.com/v5'],
    ['PINTEREST_TOKEN_EXCHANGE_URL', 'http://192.168.1.2/token'],
    ['PINTEREST_OAUTH_AUTHORIZE_URL', 'javascript:alert(1)'],
    ['CU_LOG_LEVEL', 'loud'],
  ])('refuses %s=%s and names the setting', (name, value) => {
    expect(() => loadConfig({ env: { [name]: value }, home })).toThrow(ConfigError);
    expect(() => loadConfig({ env: { [name]: value }, home })).toThrow(name);
  });
});

describe('ensureDataDir', () => {
  it.skipIf(process.platform === 'win32')('creates the folder with mode 0700 and tightens an open one', () => {
    const base = mkdtempSync(join(tmpdir(), 'cu-config-'));
    try {
      const fresh = ensureDataDir(join(base, 'a', 'b'));
      expect(statSync(fresh).mode & 0o777).toBe(0o700);
      const open = join(base, 'open');
      mkdirSync(open);
      chmodSync(open, 0o755);
      ensureDataDir(open);
      expect(statSync(open).mode & 0o777).toBe(0o700);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});
