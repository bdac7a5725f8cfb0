import { join } from 'node:path';
import { version } from '../../../package.json';
import type { Logger } from '../../core/ports';
import type { Channel } from '../../shared/contract';
import { ok } from '../../shared/result';
import type { AppConfig } from '../config';
import { ensureDataDir } from '../config';
import { createFileLogger } from '../log/file-logger';
import type { Dispatch } from './dispatch';
import { createDispatch } from './dispatch';
import type { EventListener } from './event-bus';
import { createEventBus } from './event-bus';
import type { Emit, HandlerMap, ServiceContext } from './handler-types';
import { prepareSample } from './sample-file';
import { wireServices } from './service-wiring';

/** Which shell hosts the backend (the renderer adapts a few affordances to it). */
export type ShellKind = 'electron' | 'browser';

/** Encrypts secrets with an OS-protected key (Electron safeStorage in the Electron shell). */
export interface Encryptor {
  encrypt(text: string): Promise<Buffer>;
  decrypt(data: Buffer): Promise<{ text: string; shouldReEncrypt: boolean }>;
}

/** Which OS secret store the encryptor uses, and whether it deserves the name. */
export interface SecureBackendInfo {
  /** e.g. 'keychain', 'dpapi', 'gnome_libsecret', 'kwallet6', 'basic_text'. */
  backend: string;
  secure: boolean;
}

/** What a shell hands to createBackend. */
export interface BackendOptions {
  config: AppConfig;
  shell: ShellKind;
  /** Present only in the Electron shell; without it secrets stay in memory for this session. */
  encryptor?: Encryptor;
  secureBackend?: SecureBackendInfo;
  /** Opens an allowlisted URL in the system browser (OAuth); false when refused; absent where the shell cannot. */
  openExternal?: (url: string) => Promise<boolean>;
  /** Defaults to the JSON-lines file logger in `<dataDir>/logs`. */
  log?: Logger;
}

/** The transport-agnostic backend both shells serve. */
export interface Backend {
  readonly shell: ShellKind;
  readonly config: AppConfig;
  readonly log: Logger;
  readonly handlers: Partial<HandlerMap<Channel>>;
  /** Validates, calls and checks one channel; never throws. */
  readonly dispatch: Dispatch;
  readonly emit: Emit;
  /** Subscribes to every event; returns the unsubscribe function. */
  on(listener: EventListener): () => void;
  /** Stops services (uploads pause at a batch boundary), drops listeners, closes the log. */
  close(): Promise<void>;
}

/** Composes every service slice into one backend for a shell. */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const { config, shell } = options;
  const dataDir = ensureDataDir(config.dataDir);
  const fileLogger = options.log ? undefined : createFileLogger({ dir: join(dataDir, 'logs'), level: config.logLevel });
  const log: Logger = options.log ?? fileLogger!;
  const bus = createEventBus(log, config.checkOutputs);
  const ctx: ServiceContext = { dataDir, emit: bus.emit, log };
  const services = await wireServices(ctx, options);
  let samplePath: string | null | undefined;
  // "Try the sample file": a fresh copy with recent event times, made on first request.
  const sample = () => {
    if (samplePath === undefined) {
      try {
        samplePath = prepareSample(dataDir, __dirname) ?? null;
      } catch {
        samplePath = null; // no sample button rather than a failing app:info
      }
    }
    return samplePath ?? undefined;
  };
  const handlers: Partial<HandlerMap<Channel>> = {
    ...services.handlers,
    'app:info': async () => ok({ version, shell, platform: process.platform, samplePath: sample() }),
  };
  const dispatch = createDispatch(handlers, { log, checkOutputs: config.checkOutputs });
  log.info('backend started', { shell, channels: Object.keys(handlers).length });
  let closed: Promise<void> | undefined;
  return {
    shell,
    config,
    log,
    handlers,
    dispatch,
    emit: bus.emit,
    on: bus.on,
    close() {
      closed ??= (async () => {
        try {
          await services.close();
        } finally {
          log.info('backend stopped');
          bus.clear();
          fileLogger?.close();
        }
      })();
      return closed;
    },
  };
}
