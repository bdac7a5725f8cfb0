// Per-event error and warning texts. Pinterest does not publish its vocabulary (one message is
// observed, PINTEREST-NOTES §3), so every text is a table entry a test or user may replace.

/** The per-event messages the sandbox writes into `events[i].error_message` / `warning_message`. */
export interface EventMessages {
  /** user_data carries none of em, hashed_maids, or client_ip_address + client_user_agent. */
  missingUserData: () => string;
  /** A hashed field holds something that is not a SHA-256 hex digest (e.g. a raw email). */
  notHashed: (field: string, index: number) => string;
  /** A hashed field holds a SHA-256 digest in uppercase hex. */
  uppercaseHash: (field: string, index: number) => string;
  /** event_time looks like milliseconds. */
  millisecondsTime: (given: number, now: number) => string;
  /** event_time is in the future (beyond the allowed clock skew). */
  futureTime: (given: number, now: number) => string;
  /** event_time is older than the accepted window. */
  pastTime: (given: number, now: number) => string;
  /** action_source is not one of app_android, app_ios, web, offline. */
  invalidActionSource: (value: string) => string;
  /** Warning for an event_name outside Pinterest's lists ("" = no warning). */
  unknownEventName: (name: string) => string;
  /** Warning for a user_data key the spec does not declare ("" = no warning). */
  unknownUserDataField: (field: string) => string;
}

/** Default texts; the time ones follow the single observed Pinterest message. */
export const defaultEventMessages: EventMessages = {
  missingUserData: () =>
    'Missing user_data: at least one of em, hashed_maids, or both client_ip_address and client_user_agent is required.',
  notHashed: (field, index) =>
    `Invalid user_data.${field}[${index}]: the value is not hashed. Hashed fields must be SHA-256 digests in lowercase hexadecimal (64 characters).`,
  uppercaseHash: (field, index) =>
    `Invalid user_data.${field}[${index}]: the SHA-256 digest is in uppercase. Send lowercase hexadecimal.`,
  millisecondsTime: (given, now) =>
    `Invalid event_timestamp parameter. Given timestamp seems to be in milliseconds, Unix seconds are expected. Current timestamp: ${now}, Given event_timestamp: ${given}`,
  futureTime: (given, now) =>
    `Invalid event_timestamp parameter. Given timestamp is in the future. Current timestamp: ${now}, Given event_timestamp: ${given}`,
  pastTime: (given, now) =>
    `Invalid event_timestamp parameter. Given timestamp is in the past. Current timestamp: ${now}, Given event_timestamp: ${given}`,
  invalidActionSource: (value) =>
    `Invalid action_source '${value}'. Expected one of app_android, app_ios, web, offline.`,
  unknownEventName: (name) => `Unrecognized event_name '${name}'; the event was recorded as a custom event.`,
  unknownUserDataField: (field) => `Unrecognized user_data field '${field}' was ignored.`,
};

/** Defaults with the given overrides. */
export function eventMessages(overrides: Partial<EventMessages> = {}): EventMessages {
  return { ...defaultEventMessages, ...overrides };
}
