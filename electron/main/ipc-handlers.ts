import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { ipcMain } from 'electron';
import { z } from 'zod';
import type { Backend } from '../app/backend/create-backend';
import { validationError } from '../app/backend/dispatch';
import type { Logger } from '../core/ports';
import { appError } from '../shared/app-error';
import { channelNames } from '../shared/channel-names';
import { ipcEventChannel, shellChannels } from '../shared/ipc-protocol';
import type { Result } from '../shared/result';
import { err, ok } from '../shared/result';
import { isAppUrl } from './url-policy';

// The ONE module that touches ipcMain (SECURITY §1 item 17). Every channel goes through
// `guarded`: the sender must be one of our windows (trusted webContents id), the calling frame
// must be that window's top frame showing an app:// page, and the payload must match its schema
// (the backend's dispatch validates contract channels; shell channels are checked here).
// Anything else is refused as data and the handler is never called.

/** What only the Electron shell can do for the renderer. */
export interface ShellHandlers {
  openFileDialog(sender: WebContents): Promise<string | null>;
  saveFileDialog(sender: WebContents, defaultName: string): Promise<string | null>;
  setProgress(sender: WebContents, fraction: number): void;
  notify(title: string, body: string): void;
}

/** What registerIpcHandlers needs. */
export interface IpcOptions {
  backend: Pick<Backend, 'dispatch' | 'on'>;
  /** The webContents of our own windows (the only trusted senders). */
  trusted: () => readonly WebContents[];
  shell: ShellHandlers;
  log: Logger;
}

/** True when an IPC call comes from the top frame of one of our windows, showing an app:// page. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, trusted: readonly WebContents[]): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (!trusted.some((contents) => contents.id === event.sender.id)) return false;
  return isAppUrl(frame.url);
}

const shellInputs = {
  [shellChannels.openFileDialog]: z.object({}).strict(),
  [shellChannels.saveFileDialog]: z.object({ defaultName: z.string().min(1).max(255) }).strict(),
  [shellChannels.setProgress]: z.object({ fraction: z.number().min(-1).max(1) }).strict(),
  [shellChannels.notify]: z.object({ title: z.string().min(1).max(120), body: z.string().max(400) }).strict(),
};

function shellCall(shell: ShellHandlers, channel: keyof typeof shellInputs, input: Record<string, unknown>, sender: WebContents): Promise<unknown> | unknown {
  switch (channel) {
    case shellChannels.openFileDialog:
      return shell.openFileDialog(sender);
    case shellChannels.saveFileDialog:
      return shell.saveFileDialog(sender, String(input.defaultName));
    case shellChannels.setProgress:
      return shell.setProgress(sender, Number(input.fraction)) ?? null;
    case shellChannels.notify:
      return shell.notify(String(input.title), String(input.body)) ?? null;
  }
}

/** Registers every contract channel and shell channel; returns the function that removes them. */
export function registerIpcHandlers(options: IpcOptions): () => void {
  const guarded = (channel: string, run: (event: IpcMainInvokeEvent, raw: unknown) => Promise<Result<unknown>>) => {
    ipcMain.handle(channel, async (event, raw: unknown) => {
      if (!isTrustedSender(event, options.trusted())) {
        options.log.warn('refused IPC from an untrusted sender', { channel, senderId: event.sender.id });
        return err(appError('forbidden', 'This page may not talk to the app.'));
      }
      return run(event, raw);
    });
  };
  for (const channel of channelNames) guarded(channel, (_event, raw) => options.backend.dispatch(channel, raw));
  for (const channel of Object.keys(shellInputs) as Array<keyof typeof shellInputs>) {
    guarded(channel, async (event, raw) => {
      const parsed = shellInputs[channel].safeParse(raw ?? {});
      if (!parsed.success) return err(validationError(parsed.error));
      try {
        return ok(await shellCall(options.shell, channel, parsed.data, event.sender));
      } catch {
        options.log.error('shell call failed', { channel });
        return err(appError('internal', 'The window could not do that.'));
      }
    });
  }
  const all = [...channelNames, ...Object.keys(shellInputs)];
  return () => all.forEach((channel) => ipcMain.removeHandler(channel));
}

/** Forwards every backend event to our live windows; returns the unsubscribe function. */
export function forwardEvents(backend: Pick<Backend, 'on'>, trusted: () => readonly WebContents[]): () => void {
  return backend.on((name, payload) => {
    for (const contents of trusted()) {
      if (!contents.isDestroyed()) contents.send(ipcEventChannel, { name, payload });
    }
  });
}
