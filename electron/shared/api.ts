import type { Channel, ChannelInput, ChannelOutput, EventName, EventPayload } from './contract';
import type { Result } from './result';

type CamelCase<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<CamelCase<T>>}` : S;

/** The method name of a channel: `auth:sign-in-token` → `authSignInToken`. */
export type MethodName<C extends string> = C extends `${infer A}:${infer B}` ? `${CamelCase<A>}${Capitalize<CamelCase<B>>}` : never;

/** Runtime twin of MethodName. */
export function methodName<C extends Channel>(channel: C): MethodName<C> {
  const camel = (s: string) => s.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
  const [area = '', action = ''] = channel.split(':');
  return `${camel(area)}${camel(action).replace(/^./, (c) => c.toUpperCase())}` as MethodName<C>;
}

/** Subscribes to a backend event; returns the unsubscribe function. */
export type Subscribe = <E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void) => () => void;

/** The backend as the renderer sees it: one named async function per channel, plus `on`. */
export type Api = {
  [C in Channel as MethodName<C>]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
} & { on: Subscribe };

/**
 * What only a shell can do (Electron: webUtils/dialogs; browser: upload to the bridge).
 * `file` is a DOM File; typed loosely here because shared code has no DOM.
 */
export interface ShellApi {
  shell: 'electron' | 'browser';
  /** Turns a dropped or picked File into a path the backend can open. */
  pathForFile(file: unknown): Promise<Result<{ path: string }>>;
  /** Native open dialog (Electron); null where the shell has none. */
  openFileDialog: (() => Promise<string | null>) | null;
  /** Native save dialog (Electron); null where the shell has none. */
  saveFileDialog: ((defaultName: string) => Promise<string | null>) | null;
  /** Taskbar/dock progress (0..1, or -1 to clear) and a system notification, where supported. */
  setProgress: ((fraction: number) => void) | null;
  notify: ((title: string, body: string) => void) | null;
}
