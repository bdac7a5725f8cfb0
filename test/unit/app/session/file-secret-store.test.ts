import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileSecretStore } from '../../../../electron/app/session/file-secret-store';
import { createMemorySecretStore, isSecureBackend, SecretUnreadableError } from '../../../../electron/app/session/secret-store';
import { tempDataDir, testEncryptor } from '../../../integration/pinterest/sandbox-fixtures';

const token = 'pina_canary_3f1d7c0a9b8e4d2f';

describe('file secret store (CRED-01)', () => {
  it('writes ciphertext only, mode 0600 in a 0700 folder, and reads it back', async () => {
    const dataDir = tempDataDir();
    const store = createFileSecretStore({ dataDir, encryptor: testEncryptor(), backend: 'keychain' });
    await store.set('conn-a', token);
    const path = join(dataDir, 'secrets', 'conn-a.bin');
    const bytes = readFileSync(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(dataDir, 'secrets')).mode & 0o777).toBe(0o700);
    expect(bytes.toString('latin1')).not.toContain(token);
    expect(bytes.toString('latin1')).not.toContain(token.slice(5, 20));
    expect(await store.get('conn-a')).toBe(token);
    expect(store).toMatchObject({ backend: 'keychain', secure: true });
  });

  it('missing → undefined; delete removes the file', async () => {
    const store = createFileSecretStore({ dataDir: tempDataDir(), encryptor: testEncryptor(), backend: 'dpapi' });
    expect(await store.get('nothing')).toBeUndefined();
    await store.set('k', 'v-secret');
    await store.delete('k');
    expect(await store.get('k')).toBeUndefined();
  });

  it('re-encrypts and rewrites when the OS asks (shouldReEncrypt)', async () => {
    const dataDir = tempDataDir();
    let rotate = false;
    const store = createFileSecretStore({ dataDir, encryptor: testEncryptor({ rotate: () => rotate }), backend: 'keychain' });
    await store.set('k', token);
    const before = readFileSync(join(dataDir, 'secrets', 'k.bin'));
    rotate = true;
    expect(await store.get('k')).toBe(token);
    const after = readFileSync(join(dataDir, 'secrets', 'k.bin'));
    expect(after.equals(before)).toBe(false);
    rotate = false;
    expect(await store.get('k')).toBe(token);
  });

  it('a decrypt failure or a foreign file is SecretUnreadableError, never plaintext', async () => {
    const dataDir = tempDataDir();
    let fail = false;
    const store = createFileSecretStore({ dataDir, encryptor: testEncryptor({ failDecrypt: () => fail }), backend: 'kwallet6' });
    await store.set('k', token);
    fail = true;
    await expect(store.get('k')).rejects.toBeInstanceOf(SecretUnreadableError);
    writeFileSync(join(dataDir, 'secrets', 'foreign.bin'), token);
    fail = false;
    await expect(store.get('foreign')).rejects.toBeInstanceOf(SecretUnreadableError);
  });

  it('refuses keys that could escape the folder', async () => {
    const store = createFileSecretStore({ dataDir: tempDataDir(), encryptor: testEncryptor(), backend: 'keychain' });
    await expect(store.set('../x', 'v')).rejects.toThrow();
    await expect(store.get('a/b')).rejects.toThrow();
  });

  it('basic_text and unknown are never called secure, whatever the shell says', () => {
    expect(createFileSecretStore({ dataDir: tempDataDir(), encryptor: testEncryptor(), backend: 'basic_text', secure: true }).secure).toBe(false);
    expect(isSecureBackend('unknown')).toBe(false);
    expect(isSecureBackend('gnome_libsecret')).toBe(true);
    expect(createFileSecretStore({ dataDir: tempDataDir(), encryptor: testEncryptor(), backend: 'keychain', secure: false }).secure).toBe(false);
  });
});

describe('memory secret store', () => {
  it('keeps values for the session only', async () => {
    const store = createMemorySecretStore();
    await store.set('k', 'v');
    expect(await store.get('k')).toBe('v');
    await store.delete('k');
    expect(await store.get('k')).toBeUndefined();
    expect(store).toMatchObject({ backend: 'memory', secure: false });
  });
});
