import type { Channel, EventName } from './contract';

// Channel and event names as plain strings, so the sandboxed preload can build `window.api`
// without bundling zod (contract.ts). The type checks below fail the build when the contract
// gains a channel or event that is not listed here, or lists one the contract lacks.

/** Every request/response channel of the contract, in contract order. */
export const channelNames = [
  'app:info',
  'auth:status', 'auth:sign-in-sandbox', 'auth:sign-in-token', 'auth:oauth-start', 'auth:oauth-cancel',
  'auth:switch', 'auth:sign-out', 'auth:allow-insecure-storage',
  'settings:get', 'settings:update',
  'accounts:list', 'accounts:choose',
  'dataset:open', 'dataset:cancel', 'dataset:close', 'dataset:recent',
  'mapping:suggest', 'mapping:evaluate', 'mapping:parse', 'mapping:catalog',
  'templates:list', 'templates:save', 'templates:rename', 'templates:delete',
  'preview:page', 'preview:event',
  'upload:start', 'upload:pause', 'upload:resume', 'upload:cancel', 'upload:status', 'upload:jobs', 'upload:problems',
  'report:export',
  'history:list',
] as const satisfies readonly Channel[];

/** Every pushed event of the contract. */
export const eventNames = ['auth:changed', 'dataset:progress', 'mapping:progress', 'upload:progress', 'app:menu'] as const satisfies readonly EventName[];

type MissingChannel = Exclude<Channel, (typeof channelNames)[number]>;
type MissingEvent = Exclude<EventName, (typeof eventNames)[number]>;
/** Compile-time proof that no channel or event is missing (the type is `true` only then). */
export const namesAreComplete: [MissingChannel, MissingEvent] extends [never, never] ? true : [MissingChannel, MissingEvent] = true;
