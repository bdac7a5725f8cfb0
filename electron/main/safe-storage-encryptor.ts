import type { SafeStorage } from 'electron';
import type { Encryptor, SecureBackendInfo } from '../app/backend/create-backend';

// Adapts Electron's safeStorage to the backend's Encryptor port with the ASYNC API only
// (CRED-01: the sync trio is deprecated in Electron 45 and removed in 46; data written by it
// still decrypts asynchronously). The encryptor only encrypts; the auth area keeps the
// ciphertext in its own 0600 files.

/** Linux backends whose key is hard-coded or unknown (CRED-02): not a keychain, never "secure". */
const insecureLinuxBackends: ReadonlySet<string> = new Set(['basic_text', 'unknown']);

/** Names the OS secret store safeStorage uses on this platform. Call after `ready`. */
export function storageBackendName(safeStorage: Pick<SafeStorage, 'getSelectedStorageBackend'>, platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'keychain';
  if (platform === 'win32') return 'dpapi';
  return safeStorage.getSelectedStorageBackend();
}

/** The encryptor and what it is worth, or no encryptor when the OS offers no encryption at all. */
export interface SafeStorageAdapter {
  encryptor?: Encryptor;
  secureBackend: SecureBackendInfo;
}

/** Wraps safeStorage for the backend. Call after `ready` (the backend name is 'unknown' before). */
export async function createSafeStorageAdapter(
  safeStorage: Pick<SafeStorage, 'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'>,
  platform: NodeJS.Platform,
): Promise<SafeStorageAdapter> {
  const available = await safeStorage.isAsyncEncryptionAvailable().catch(() => false);
  if (!available) return { secureBackend: { backend: 'memory', secure: false } };
  let backend: string;
  try {
    backend = storageBackendName(safeStorage, platform);
  } catch {
    backend = 'unknown';
  }
  const secure = !(platform === 'linux' && insecureLinuxBackends.has(backend));
  const encryptor: Encryptor = {
    encrypt: (text) => safeStorage.encryptStringAsync(text),
    async decrypt(data) {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(data);
      return { text: result, shouldReEncrypt };
    },
  };
  return { encryptor, secureBackend: { backend, secure } };
}
