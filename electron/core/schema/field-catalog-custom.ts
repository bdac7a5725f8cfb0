import type { FieldSpec } from './field-spec';
import { field } from './field-spec';

const onlyWhenTold = { advanced: true } as const;

/** custom_data fields: order value, currency and product details. */
export const CUSTOM_FIELDS: readonly FieldSpec[] = [
  field('custom_data.value', 'Order value', 'value', 'decimal-string', 'Total value of the conversion, best before tax and shipping. "1.234,50 €" and "$72.39" are understood.', { recommended: true }),
  field('custom_data.currency', 'Currency', 'value', 'string', 'Currency of the value as a three-letter code (EUR, USD). Without it Pinterest uses your ad account\'s currency.', { recommended: true }),
  field('custom_data.order_id', 'Order ID', 'value', 'string', 'Your order number. Pinterest recommends it: it helps avoid counting an order twice.', { recommended: true }),
  field('custom_data.num_items', 'Number of items', 'value', 'integer', 'How many items were bought in total. Counted from the product rows when you merge order lines.', { recommended: true }),
  field('custom_data.content_ids', 'Product IDs', 'products', 'string-array', 'IDs (SKUs) of the products, matching your Pinterest catalog. Several columns or a comma-separated list.', { recommended: true, multi: true }),
  field('custom_data.content_name', 'Product or page name', 'products', 'string', 'Name of the product or page the conversion is about.'),
  field('custom_data.content_category', 'Product category', 'products', 'string', 'Category of the product, e.g. shirts.'),
  field('custom_data.content_brand', 'Brand', 'products', 'string', 'Brand of the product.'),
  field('custom_data.search_string', 'Search term', 'other', 'string', 'What the customer searched for (search events).'),
  field('custom_data.opt_out_type', 'Privacy opt-out type', 'other', 'string', 'Privacy-law opt-out flags, comma separated, e.g. LDP (limited data processing).', { advanced: true }),
  field('custom_data.predicted_ltv', 'Predicted lifetime value', 'value', 'decimal-string', 'Your prediction of what the customer will spend over time.', { advanced: true }),
  field('custom_data.np', 'Named partner', 'other', 'string', 'For Pinterest\'s internal use. Leave it empty unless Pinterest told you otherwise.', onlyWhenTold),
  field('custom_data.external_measurement_id', 'External measurement ID', 'other', 'string', 'Only when Pinterest instructs you to.', onlyWhenTold),
  field('custom_data.external_measurement_vendor_id', 'External measurement vendor', 'other', 'integer', 'Only when Pinterest instructs you to.', onlyWhenTold),
  field('custom_data.contents.id', 'Line item: product ID', 'products', 'string', 'Product ID of one order line. With "merge rows by order", every line becomes one product of the order.', { recommended: true }),
  field('custom_data.contents.item_price', 'Line item: price', 'products', 'decimal-string', 'Price of one unit of the product, before discounts.', { recommended: true }),
  field('custom_data.contents.quantity', 'Line item: quantity', 'products', 'integer', 'How many units of the product were bought.', { recommended: true }),
  field('custom_data.contents.item_name', 'Line item: product name', 'products', 'string', 'Name of the product.'),
  field('custom_data.contents.item_category', 'Line item: category', 'products', 'string', 'Category of the product.'),
  field('custom_data.contents.item_brand', 'Line item: brand', 'products', 'string', 'Brand of the product.'),
];
