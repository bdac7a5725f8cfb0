import { mkdirSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { Encryptor, SecretStore } from './secret-store';
import { assertSecretKey, isSecureBackend, SecretUnreadableError } from './secret-store';

/** Where and how the file store keeps ciphertext. */
export interface FileSecretStoreOptions {
  /** The data folder; secrets go to `<dataDir>/secrets/<key>.bin`. */
  dataDir: string;
  encryptor: Encryptor;
  /** The backend the encryptor uses (safeStorage.getSelectedStorageBackend() or the platform's). */
  backend: string;
  /** The shell's verdict on the backend; never overrides a known-insecure backend name. */
  secure?: boolean;
}

/** Marks our files so a foreign or truncated file is recognised as unreadable, not decrypted blindly. */
const magic = Buffer.from('CUS1');

/**
 * Ciphertext files written atomically with mode 0600 in a 0700 folder. Only what the Encryptor
 * returns is written: there is no plaintext fallback, and a file that will not decrypt makes
 * get() reject with SecretUnreadableError (the caller asks the user to sign in again).
 */
export function createFileSecretStore(options: FileSecretStoreOptions): SecretStore {
  const dir = join(options.dataDir, 'secrets');
  const pathOf = (key: string) => {
    assertSecretKey(key);
    return join(dir, `${key}.bin`);
  };
  async function write(key: string, value: string): Promise<void> {
    const cipher = await options.encryptor.encrypt(value);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    await writeFileAtomic(pathOf(key), Buffer.concat([magic, cipher]), { mode: 0o600, fsync: true });
  }
  return {
    backend: options.backend,
    secure: (options.secure ?? true) && isSecureBackend(options.backend),
    async get(key) {
      let data: Buffer;
      try {
        data = await readFile(pathOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw new SecretUnreadableError(key);
      }
      if (data.length <= magic.length || !data.subarray(0, magic.length).equals(magic)) throw new SecretUnreadableError(key);
      let plain: { text: string; shouldReEncrypt: boolean };
      try {
        plain = await options.encryptor.decrypt(data.subarray(magic.length));
      } catch {
        throw new SecretUnreadableError(key);
      }
      if (plain.shouldReEncrypt) await write(key, plain.text).catch(() => undefined);
      return plain.text;
    },
    set: write,
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
