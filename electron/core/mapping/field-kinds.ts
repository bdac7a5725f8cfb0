// How each mappable Pinterest field is converted from a spreadsheet cell. The field catalog
// (core/schema) describes fields for people; this table says which converter builds each one.

/** Converter family of a field. */
export type FieldKind =
  | 'hashed' // user_data identity fields: normalize + SHA-256, array of distinct hashes
  | 'ip' // user_data.client_ip_address: raw, validated
  | 'raw' // other unhashed strings sent as is (user agent, click id...)
  | 'time' // event_time: Unix seconds
  | 'event-name'
  | 'action-source'
  | 'money' // decimal string
  | 'integer'
  | 'currency' // ISO 4217
  | 'boolean'
  | 'language' // two-letter ISO 639-1
  | 'list' // array of strings split from one cell
  | 'text';

const hashed = ['em', 'ph', 'fn', 'ln', 'ge', 'db', 'ct', 'st', 'zp', 'country', 'external_id', 'hashed_maids'];
const text = ['event_id', 'event_source_url', 'partner_name', 'app_id', 'app_name', 'app_version', 'device_brand',
  'device_carrier', 'device_model', 'device_type', 'os_version'];
const customText = ['content_name', 'content_category', 'content_brand', 'order_id', 'search_string', 'opt_out_type',
  'np', 'external_measurement_id'];

/** Every field path a mapping may use, with its converter. */
export const fieldKinds: ReadonlyMap<string, FieldKind> = new Map<string, FieldKind>([
  ['event_name', 'event-name'],
  ['action_source', 'action-source'],
  ['event_time', 'time'],
  ...text.map((p): [string, FieldKind] => [p, 'text']),
  ['opt_out', 'boolean'],
  ['wifi', 'boolean'],
  ['language', 'language'],
  ...hashed.map((p): [string, FieldKind] => [`user_data.${p}`, 'hashed']),
  ['user_data.client_ip_address', 'ip'],
  ['user_data.client_user_agent', 'raw'],
  ['user_data.click_id', 'raw'],
  ['user_data.partner_id', 'raw'],
  ['custom_data.currency', 'currency'],
  ['custom_data.value', 'money'],
  ['custom_data.predicted_ltv', 'money'],
  ['custom_data.content_ids', 'list'],
  ...customText.map((p): [string, FieldKind] => [`custom_data.${p}`, 'text']),
  ['custom_data.num_items', 'integer'],
  ['custom_data.external_measurement_vendor_id', 'integer'],
  ['custom_data.contents.id', 'text'],
  ['custom_data.contents.item_name', 'text'],
  ['custom_data.contents.item_category', 'text'],
  ['custom_data.contents.item_brand', 'text'],
  ['custom_data.contents.item_price', 'money'],
  ['custom_data.contents.quantity', 'integer'],
]);

/** user_data fields Pinterest can match a person on by themselves (besides IP + user agent together). */
export const matchIdentifiers = ['user_data.em', 'user_data.hashed_maids'] as const;

/** Prefix of the per-line-item fields. */
export const contentsPrefix = 'custom_data.contents.';

/** Short user_data name of a path (`user_data.em` → `em`). */
export function shortName(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1);
}
