// Ports for keeping secrets (tokens, the OAuth client secret). The Electron shell adapts
// safeStorage's encryptStringAsync/decryptStringAsync to `Encryptor`; everything else is plain Node.

/** Encrypts with an OS-protected key (Electron safeStorage async API in the shell). */
export interface Encryptor {
  encrypt(text: string): Promise<Buffer>;
  /** `shouldReEncrypt`: the key rotated; encrypt again and rewrite (CRED-01). */
  decrypt(data: Buffer): Promise<{ text: string; shouldReEncrypt: boolean }>;
}

/** Where secrets live. Keys are short ids (letters, digits, `.`, `_`, `-`). */
export interface SecretStore {
  /** e.g. 'keychain', 'dpapi', 'gnome_libsecret', 'kwallet6', 'basic_text', 'memory'. */
  readonly backend: string;
  /** True when the secret is encrypted with a key the OS protects (not basic_text, not memory). */
  readonly secure: boolean;
  /** The secret, or undefined when there is none. Rejects with SecretUnreadableError when it cannot be decrypted. */
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

/** A saved secret exists but cannot be decrypted (OS key changed, file damaged): sign in again. */
export class SecretUnreadableError extends Error {
  override readonly name = 'SecretUnreadableError';
  constructor(readonly key: string) {
    super(`The saved secret "${key}" cannot be read any more.`);
  }
}

/** Backends whose "encryption" uses a hard-coded or no key (CRED-02): never call them a keychain. */
export const insecureBackends: ReadonlySet<string> = new Set(['basic_text', 'unknown', 'memory', 'plaintext']);

/** Whether a safeStorage backend name stands for OS-protected encryption. */
export function isSecureBackend(backend: string): boolean {
  return !insecureBackends.has(backend);
}

/** Checks a secret key (it becomes a file name). */
export function assertSecretKey(key: string): void {
  if (!/^[A-Za-z0-9._-]{1,120}$/.test(key) || key.startsWith('.')) throw new Error('Invalid secret key.');
}

/** Secrets kept in memory for this session only (CLI, browser bridge, insecure backends without opt-in). */
export function createMemorySecretStore(): SecretStore {
  const values = new Map<string, string>();
  return {
    backend: 'memory',
    secure: false,
    get: (key) => Promise.resolve(values.get(key)),
    async set(key, value) {
      assertSecretKey(key);
      values.set(key, value);
    },
    async delete(key) {
      values.delete(key);
    },
  };
}
