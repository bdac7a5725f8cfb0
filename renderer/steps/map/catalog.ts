import type { ChannelOutput } from '../../../electron/shared/contract';

/** The mapping catalog as the backend describes it. */
export type Catalog = ChannelOutput<'mapping:catalog'>;
/** One Pinterest field of the catalog. */
export type CatalogField = Catalog['fields'][number];
/** A column's suggested field. */
export type ColumnSuggestion = ChannelOutput<'mapping:suggest'>['columns'][number];

/** Group names in a marketer's words, in the order the map step shows them. */
export const groupLabels: Record<CatalogField['group'], string> = {
  event: 'The event',
  identity: 'Who converted (matching)',
  value: 'Value',
  products: 'Products',
  other: 'Other',
};

/** Catalog fields by group, in display order. */
export function groupFields(fields: readonly CatalogField[]): Array<{ group: CatalogField['group']; fields: CatalogField[] }> {
  return (Object.keys(groupLabels) as CatalogField['group'][])
    .map((group) => ({ group, fields: fields.filter((f) => f.group === group) }))
    .filter((g) => g.fields.length > 0);
}

/** "Email (recommended)", "Event time (required)". */
export function fieldOptionLabel(field: CatalogField): string {
  return `${field.label}${field.required ? ' (required)' : field.recommended ? ' (recommended)' : ''}`;
}

/** Confidence of a suggestion as a word and a badge colour. */
export function confidenceBadge(confidence: number): { text: string; type: 'success' | 'info' | 'warning' } {
  if (confidence >= 0.8) return { text: 'Sure', type: 'success' };
  if (confidence >= 0.5) return { text: 'Likely', type: 'info' };
  return { text: 'Check this', type: 'warning' };
}

/** Fields that are set as constants in the constants panel rather than from a column. */
export const constantFields = ['event_name', 'action_source', 'custom_data.currency'] as const;
