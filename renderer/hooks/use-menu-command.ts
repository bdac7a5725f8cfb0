import type { EventPayload } from '../../electron/shared/contract';
import { useBackendEvent } from './use-backend-event';

/** A command of the Electron application menu (File → Open…, Export report…). */
export type MenuCommand = EventPayload<'app:menu'>['command'];

/** Runs `cb` when the application menu sends `command` (Electron only; never fires in a browser). */
export function useMenuCommand(command: MenuCommand, cb: () => void): void {
  useBackendEvent('app:menu', (payload) => {
    if (payload.command === command) cb();
  });
}
