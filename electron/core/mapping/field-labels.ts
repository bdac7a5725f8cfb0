import { fieldByPath } from '../schema/field-catalog';

// Plain names of Pinterest fields for messages ("Email", not "user_data.em"). The catalog in
// core/schema carries the same labels for the UI; messages must not depend on it being loaded.

const labels: Record<string, string> = {
  event_name: 'Event name',
  action_source: 'Action source',
  event_time: 'Event time',
  event_id: 'Event id',
  event_source_url: 'Page URL',
  opt_out: 'Opt-out',
  partner_name: 'Partner name',
  language: 'Language',
  'user_data.em': 'Email',
  'user_data.ph': 'Phone',
  'user_data.fn': 'First name',
  'user_data.ln': 'Last name',
  'user_data.ge': 'Gender',
  'user_data.db': 'Date of birth',
  'user_data.ct': 'City',
  'user_data.st': 'State',
  'user_data.zp': 'Zip code',
  'user_data.country': 'Country',
  'user_data.external_id': 'Customer id',
  'user_data.hashed_maids': 'Mobile ad id',
  'user_data.client_ip_address': 'IP address',
  'user_data.client_user_agent': 'User agent',
  'user_data.click_id': 'Click id (epik)',
  'user_data.partner_id': 'Partner id',
  'custom_data.currency': 'Currency',
  'custom_data.value': 'Value',
  'custom_data.predicted_ltv': 'Predicted lifetime value',
  'custom_data.content_ids': 'Product ids',
  'custom_data.order_id': 'Order id',
  'custom_data.num_items': 'Number of items',
  'custom_data.contents.id': 'Item id (SKU)',
  'custom_data.contents.item_price': 'Item price',
  'custom_data.contents.quantity': 'Item quantity',
  'custom_data.contents.item_name': 'Item name',
};

/** The plain name of a field path, for messages (the catalog's label when it has one). */
export function fieldLabel(path: string): string {
  return labels[path] ?? fieldByPath(path)?.label ?? path;
}
