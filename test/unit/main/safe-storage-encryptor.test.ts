import { describe, expect, it, vi } from 'vitest';
import { createSafeStorageAdapter } from '../../../electron/main/safe-storage-encryptor';

type Backend = 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown';

// A stand-in for safeStorage's async API that "encrypts" reversibly so round trips can be checked.
function fakeSafeStorage(available: boolean | Error, backend: Backend = 'gnome_libsecret', shouldReEncrypt = false) {
  return {
    isAsyncEncryptionAvailable: vi.fn(async () => {
      if (available instanceof Error) throw available;
      return available;
    }),
    encryptStringAsync: vi.fn(async (text: string) => Buffer.from(`enc:${text}`)),
    decryptStringAsync: vi.fn(async (data: Buffer) => ({ result: data.toString().replace(/^enc:/, ''), shouldReEncrypt })),
    getSelectedStorageBackend: vi.fn(() => backend),
    // The deprecated sync API must never be used.
    encryptString: vi.fn(),
    decryptString: vi.fn(),
    isEncryptionAvailable: vi.fn(),
  };
}

describe('createSafeStorageAdapter', () => {
  it.each([
    ['linux', 'gnome_libsecret', 'gnome_libsecret', true],
    ['linux', 'kwallet6', 'kwallet6', true],
    ['linux', 'basic_text', 'basic_text', false],
    ['linux', 'unknown', 'unknown', false],
    ['darwin', 'unknown', 'keychain', true],
    ['win32', 'unknown', 'dpapi', true],
  ] as const)('on %s with %s reports %s (secure: %s)', async (platform, selected, backend, secure) => {
    const storage = fakeSafeStorage(true, selected);
    const adapter = await createSafeStorageAdapter(storage, platform);
    expect(adapter.secureBackend).toEqual({ backend, secure });
    expect(adapter.encryptor).toBeDefined();
  });

  it('round-trips through the async API only and passes shouldReEncrypt on', async () => {
    const storage = fakeSafeStorage(true, 'gnome_libsecret', true);
    const { encryptor } = await createSafeStorageAdapter(storage, 'linux');
    const cipher = await encryptor!.encrypt('pina_secret');
    expect(await encryptor!.decrypt(cipher)).toEqual({ text: 'pina_secret', shouldReEncrypt: true });
    expect(storage.encryptStringAsync).toHaveBeenCalledOnce();
    expect(storage.encryptString).not.toHaveBeenCalled();
    expect(storage.decryptString).not.toHaveBeenCalled();
    expect(storage.isEncryptionAvailable).not.toHaveBeenCalled();
  });

  it.each([false, new Error('no keyring')])('offers no encryptor when encryption is unavailable (%s)', async (available) => {
    const adapter = await createSafeStorageAdapter(fakeSafeStorage(available), 'linux');
    expect(adapter).toEqual({ secureBackend: { backend: 'memory', secure: false } });
  });

  it('lets a decryption failure reach the caller (the auth area asks to sign in again)', async () => {
    const storage = fakeSafeStorage(true);
    storage.decryptStringAsync.mockRejectedValueOnce(new Error('Error while decrypting the ciphertext'));
    const { encryptor } = await createSafeStorageAdapter(storage, 'linux');
    await expect(encryptor!.decrypt(Buffer.from('x'))).rejects.toThrow();
  });
});
