import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkServiceUrl, readCliToken } from '../../../../electron/app/session/cli-token';
import { checkTokenShape } from '../../../../electron/app/session/conversion-token-check';
import { tempDataDir } from '../../../integration/pinterest/sandbox-fixtures';

describe('readCliToken (CRED-06)', () => {
  it('reads PINTEREST_TOKEN, trimmed', async () => {
    expect(await readCliToken(undefined, { PINTEREST_TOKEN: ' pina_abc \n' })).toEqual({ ok: true, value: 'pina_abc' });
  });
  it('reads a 0600 file and refuses a group-readable one without echoing it', async () => {
    const file = join(tempDataDir(), 't');
    writeFileSync(file, 'pina_from_file_canary\n', { mode: 0o600 });
    expect(await readCliToken(file, {})).toEqual({ ok: true, value: 'pina_from_file_canary' });
    chmodSync(file, 0o640);
    const refused = await readCliToken(file, {});
    expect(refused.ok).toBe(false);
    expect(JSON.stringify(refused)).not.toContain('pina_from_file_canary');
  });
  it('explains a missing token or file', async () => {
    expect(await readCliToken(undefined, {})).toMatchObject({ ok: false, error: { kind: 'auth' } });
    expect(await readCliToken('/nonexistent/t', {})).toMatchObject({ ok: false, error: { kind: 'validation' } });
  });
  it('refuses multi-word tokens without quoting them', async () => {
    const r = await readCliToken(undefined, { PINTEREST_TOKEN: 'pina_a pina_b' });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain('pina_a');
  });
});

describe('checkServiceUrl', () => {
  it.each([
    ['https://api.pinterest.com/v5/', true],
    ['http://127.0.0.1:4000/v5', true],
    ['http://localhost:4000/v5', true],
    ['http://api.pinterest.com/v5', false],
    ['https://user:pw@api.pinterest.com/v5', false],
    ['file:///etc/passwd', false],
    ['nonsense', false],
  ])('%s → %s', (url, accepted) => expect(checkServiceUrl(url).ok).toBe(accepted));
});

describe('checkTokenShape', () => {
  it('warns on a token without pina_, refuses whitespace inside', () => {
    expect(checkTokenShape('pina_x')).toEqual({ ok: true, value: { token: 'pina_x', notice: undefined } });
    expect(checkTokenShape('abc').ok && (checkTokenShape('abc') as { value: { notice?: string } }).value.notice).toMatch(/pina_/);
    expect(checkTokenShape('a\tb').ok).toBe(false);
    expect(checkTokenShape('   ').ok).toBe(false);
  });
});
