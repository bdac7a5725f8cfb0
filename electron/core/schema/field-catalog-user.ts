import type { FieldSpec } from './field-spec';
import { field } from './field-spec';

const hashedMulti = { hashed: true, multi: true } as const;

/** user_data fields: the customer details Pinterest matches on. */
export const USER_FIELDS: readonly FieldSpec[] = [
  field('user_data.em', 'Email', 'identity', 'string-array', 'The customer\'s email address: the strongest match. We lowercase and hash it before it leaves your computer. You can map several email columns.', { ...hashedMulti, recommended: true, identity: 'em' }),
  field('user_data.ph', 'Phone', 'identity', 'string-array', 'Phone number. Numbers without a country code use your default country. Hashed before sending.', { ...hashedMulti, recommended: true, identity: 'ph' }),
  field('user_data.fn', 'First name', 'identity', 'string-array', 'The customer\'s first name. Hashed before sending.', { ...hashedMulti, recommended: true, identity: 'fn' }),
  field('user_data.ln', 'Last name', 'identity', 'string-array', 'The customer\'s last name. Hashed before sending.', { ...hashedMulti, recommended: true, identity: 'ln' }),
  field('user_data.ge', 'Gender', 'identity', 'string-array', 'Gender as f, m or n (non-binary); words like "female" or "männlich" are understood. Hashed before sending.', { ...hashedMulti, identity: 'ge' }),
  field('user_data.db', 'Date of birth', 'identity', 'string-array', 'The customer\'s birthday, in any common date format. Hashed before sending.', { ...hashedMulti, identity: 'db' }),
  field('user_data.ct', 'City', 'identity', 'string-array', 'City of the (billing) address. Hashed before sending.', { ...hashedMulti, identity: 'ct' }),
  field('user_data.st', 'State', 'identity', 'string-array', 'State or region of the address, as a code (CA) or name (California). Hashed before sending.', { ...hashedMulti, identity: 'st' }),
  field('user_data.zp', 'ZIP / postcode', 'identity', 'string-array', 'ZIP or postcode of the address. Hashed before sending.', { ...hashedMulti, identity: 'zp' }),
  field('user_data.country', 'Country', 'identity', 'string-array', 'Country of the address, as a code (US) or name (Germany). Hashed before sending.', { ...hashedMulti, identity: 'country' }),
  field('user_data.external_id', 'Customer ID', 'identity', 'string-array', 'Your own ID for the customer, e.g. a user or loyalty ID. Pinterest recommends it on every event. Hashed before sending.', { ...hashedMulti, recommended: true, identity: 'external_id' }),
  field('user_data.hashed_maids', 'Mobile ad ID', 'identity', 'string-array', 'The device\'s advertising ID (Google Advertising ID or Apple IDFA). Counts as a match key on its own. Hashed before sending.', { ...hashedMulti, recommended: true, identity: 'hashed_maids' }),
  field('user_data.client_ip_address', 'IP address', 'identity', 'string', 'The customer\'s IP address (IPv4 or IPv6). Sent as is. Together with the browser user agent it can replace an email.', { recommended: true }),
  field('user_data.client_user_agent', 'Browser user agent', 'identity', 'string', 'The customer\'s browser identification text. Sent as is; needed together with the IP address.', { recommended: true }),
  field('user_data.click_id', 'Pinterest click ID', 'identity', 'string', 'The _epik value Pinterest added to the link the customer clicked. Sent as is.', { recommended: true }),
  field('user_data.partner_id', 'Partner visitor ID', 'identity', 'string', 'A visitor ID from a data partner, e.g. RampID. Sent as is.', { advanced: true }),
];
