import type { FieldSpec } from './field-spec';
import { field } from './field-spec';
import { ACTION_SOURCES } from './event-names';

const legacy = { advanced: true, offline: false } as const;

/** Top-level event fields (the `data[]` item), legacy flat app/device fields included. */
export const EVENT_FIELDS: readonly FieldSpec[] = [
  field('event_name', 'Event type', 'event', 'string', 'What happened, e.g. checkout (a purchase), lead or signup. Use a column or pick one type for the whole file.', { required: true }),
  field('action_source', 'Where it happened', 'event', 'string', 'Always "offline" for conversions uploaded from a file.', { required: true, enumValues: ACTION_SOURCES }),
  field('event_time', 'Event time', 'event', 'time', 'When the conversion happened. Dates without a time zone are read in the time zone you choose.', { required: true }),
  field('event_id', 'Event ID', 'event', 'string', 'A unique ID per conversion. If you do not map one, we build a stable one from the row so a re-upload is recognised.', { required: true }),
  field('event_source_url', 'Page URL', 'other', 'string', 'The web page where a web conversion happened. Not needed for offline conversions.', { advanced: true }),
  field('opt_out', 'Opted out of tracking', 'other', 'boolean', 'Yes when the customer opted out of ad tracking.'),
  field('partner_name', 'Partner name', 'other', 'string', 'Only for partners Pinterest assigned a name to (like ss-shopify). Leave it empty.', { advanced: true }),
  field('language', 'Language', 'other', 'string', 'The customer\'s language as a two-letter code, e.g. en or de.', { advanced: true }),
  field('app_id', 'App store ID', 'other', 'string', 'The app\'s ID in its app store (app conversions only).', legacy),
  field('app_name', 'App name', 'other', 'string', 'Name of the app (app conversions only).', legacy),
  field('app_version', 'App version', 'other', 'string', 'Version of the app (app conversions only).', legacy),
  field('device_brand', 'Device brand', 'other', 'string', 'Brand of the customer\'s device, e.g. Apple.', legacy),
  field('device_carrier', 'Mobile carrier', 'other', 'string', 'The device\'s mobile carrier.', legacy),
  field('device_model', 'Device model', 'other', 'string', 'Model of the device, e.g. iPhone X.', legacy),
  field('device_type', 'Device type', 'other', 'string', 'Type of device, e.g. iPhone.', legacy),
  field('os_version', 'OS version', 'other', 'string', 'Version of the device\'s operating system.', legacy),
  field('wifi', 'On wifi', 'other', 'boolean', 'Whether the device was on wifi (app conversions only).', legacy),
];
