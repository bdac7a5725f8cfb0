import { Badge, SelectList, Table, Text } from 'gestalt';
import type { Mapping } from '../../../electron/shared/mapping';
import { fullNameChoice } from '../../../electron/shared/mapping';
import type { DatasetInfo } from '../../wizard/wizard-state';
import type { CatalogField, ColumnSuggestion } from './catalog';
import { confidenceBadge, fieldOptionLabel, groupFields, groupLabels } from './catalog';
import { fieldOfColumn } from './mapping-edit';

interface Props {
  dataset: DatasetInfo;
  mapping: Mapping;
  fields: CatalogField[];
  suggestions: ColumnSuggestion[];
  onAssign: (column: string, field: string | null) => void;
}

const none = '__none__';

function samplesOf(dataset: DatasetInfo, column: string): string {
  const values = (dataset.samples[column] ?? []).filter((v) => v.trim() !== '').slice(0, 3);
  return values.length > 0 ? values.join(' · ') : '(empty in the first rows)';
}

function FieldSelect({ column, value, fields, onChange }: { column: string; value: string | undefined; fields: CatalogField[]; onChange: (field: string | null) => void }) {
  return (
    <SelectList id={`map-${column}`} label={`Send column “${column}” as`} labelDisplay="hidden" value={value ?? none} onChange={({ value: v }) => onChange(v === none ? null : v)}>
      <SelectList.Option label="Don't send this column" value={none} />
      {groupFields(fields).map(({ group, fields: inGroup }) => (
        <SelectList.Group key={group} label={groupLabels[group]}>
          {inGroup.map((f) => (
            <SelectList.Option key={f.path} label={fieldOptionLabel(f)} value={f.path} />
          ))}
          {group === 'identity' ? <SelectList.Option label="Full name: first word as first name, last as last name" value={fullNameChoice} /> : null}
        </SelectList.Group>
      ))}
    </SelectList>
  );
}

function Confidence({ suggestion, current }: { suggestion?: ColumnSuggestion; current?: string }) {
  if (current !== suggestion?.field) return <Text size="200" color="subtle">{current ? 'Changed by you' : 'Not sent'}</Text>;
  if (!suggestion?.field) return <Text size="200" color="subtle">No suggestion</Text>;
  const badge = confidenceBadge(suggestion.confidence);
  return <Badge text={badge.text} type={badge.type} tooltip={{ text: suggestion.reason }} />;
}

/** Every column of the file: a few sample values, where it goes, and how sure the suggestion was. */
export function ColumnsTable({ dataset, mapping, fields, suggestions, onAssign }: Props) {
  const byColumn = new Map(suggestions.map((s) => [s.column, s]));
  return (
    <Table accessibilityLabel="Columns of your file and the Pinterest field each one becomes" borderStyle="sm">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col"><Text weight="bold">Column in your file</Text></Table.HeaderCell>
          <Table.HeaderCell scope="col"><Text weight="bold">Sample values</Text></Table.HeaderCell>
          <Table.HeaderCell scope="col"><Text weight="bold">Send as</Text></Table.HeaderCell>
          <Table.HeaderCell scope="col"><Text weight="bold">Suggestion</Text></Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {dataset.columns.map((column) => {
          const current = fieldOfColumn(mapping, column);
          return (
            <Table.Row key={column}>
              <Table.Cell><Text weight="bold">{column}</Text></Table.Cell>
              <Table.Cell><Text size="200" lineClamp={2}>{samplesOf(dataset, column)}</Text></Table.Cell>
              <Table.Cell>
                <div data-column={column} className="field-select">
                  <FieldSelect column={column} value={current} fields={fields} onChange={(f) => onAssign(column, f)} />
                </div>
              </Table.Cell>
              <Table.Cell><Confidence suggestion={byColumn.get(column)} current={current} /></Table.Cell>
            </Table.Row>
          );
        })}
      </Table.Body>
    </Table>
  );
}
