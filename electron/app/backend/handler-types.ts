import type { Logger } from '../../core/ports';
import type { Channel, ChannelOutput, EventName, EventPayload } from '../../shared/contract';
import type { channels } from '../../shared/contract';
import type { Result } from '../../shared/result';
import type { z } from 'zod';

/** A channel's parsed input (after the transport validated it against the contract). */
export type HandlerInput<C extends Channel> = z.output<(typeof channels)[C]['input']>;

/** Implementation of one channel. Never throws across the transport: returns a Result. */
export type Handler<C extends Channel> = (input: HandlerInput<C>) => Promise<Result<ChannelOutput<C>>>;

/** Implementations of a set of channels (each service provides a slice). */
export type HandlerMap<C extends Channel = Channel> = { [K in C]: Handler<K> };

/** Pushes an event to every connected renderer. */
export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** What every backend service receives. */
export interface ServiceContext {
  /** Folder for settings, history, journals, templates (mode 0700). */
  dataDir: string;
  emit: Emit;
  log: Logger;
}
