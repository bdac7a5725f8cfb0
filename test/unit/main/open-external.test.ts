import { fc, test } from '@fast-check/vitest';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ shell: { openExternal: vi.fn(async (_url: string) => undefined) } }));
vi.mock('electron', () => electron);

const { allowExternalOrigin, openExternalSafe } = await import('../../../electron/main/open-external');

beforeEach(() => electron.shell.openExternal.mockClear());

describe('openExternalSafe (the one shell.openExternal call site)', () => {
  it('opens allowlisted https links', async () => {
    expect(await openExternalSafe('https://help.pinterest.com/en/business')).toBe(true);
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://help.pinterest.com/en/business');
  });

  it.each(['https://example.com.attacker.com/', 'javascript:alert(1)', 'file:///etc/passwd', 'smb://x/y', 'ms-msdt:x', 'data:text/html,x', 'https://xn--pnterest-5za.com/'])(
    'never opens %s',
    async (url) => {
      expect(await openExternalSafe(url)).toBe(false);
      expect(electron.shell.openExternal).not.toHaveBeenCalled();
    },
  );

  it('opens the configured consent page origin once allowed, and only that origin', async () => {
    expect(await openExternalSafe('http://127.0.0.1:4567/oauth/?state=x')).toBe(false);
    allowExternalOrigin('http://127.0.0.1:4567/oauth/');
    allowExternalOrigin('http://10.0.0.1/oauth/');
    expect(await openExternalSafe('http://127.0.0.1:4567/oauth/?state=x')).toBe(true);
    expect(await openExternalSafe('http://10.0.0.1/oauth/')).toBe(false);
  });

  test.prop([fc.oneof(fc.string(), fc.webUrl(), fc.constantFrom('file:', 'smb:', 'ms-msdt:', 'javascript:', 'data:').map((s) => `${s}//www.pinterest.com/`))], {
    numRuns: 2_000,
  })('calls shell.openExternal only with https URLs', async (url) => {
    electron.shell.openExternal.mockClear();
    await openExternalSafe(url);
    for (const [opened] of electron.shell.openExternal.mock.calls) {
      const parsed = new URL(opened);
      expect(parsed.protocol === 'https:' || parsed.origin === 'http://127.0.0.1:4567').toBe(true);
    }
  });
});
