import { Badge, Flex, Heading, Icon, Text } from 'gestalt';
import type { Mapping } from '../../../electron/shared/mapping';
import type { CatalogField } from './catalog';
import { groupFields, groupLabels } from './catalog';
import { describeSource } from './mapping-edit';

// Fields the app fills in itself when no column feeds them.
const automatic: Record<string, string> = { event_id: 'made by the app: one stable id per row' };

function FieldLine({ field, mapping }: { field: CatalogField; mapping: Mapping }) {
  const fed = mapping.fields[field.path];
  const auto = !fed ? automatic[field.path] : undefined;
  const source = fed ?? (auto ? { value: '' } : undefined);
  const missing = !source && field.required;
  return (
    <li data-field={field.path} data-mapped={source ? 'yes' : 'no'}>
      <Flex gap={2} alignItems="center" wrap>
        <Icon
          accessibilityLabel={source ? 'mapped' : missing ? 'missing' : 'not mapped'}
          icon={source ? 'check-circle' : missing ? 'workflow-status-problem' : 'circle'}
          size={14}
          color={source ? 'success' : missing ? 'error' : 'subtle'}
        />
        <Text weight={source ? 'bold' : 'normal'} inline title={field.help}>
          {field.label}
        </Text>
        {field.required ? <Badge text="Required" type={source ? 'neutral' : 'error'} /> : null}
        {!field.required && field.recommended ? <Badge text="Recommended" type="recommendation" /> : null}
        <Text size="100" color="subtle" inline>
          {auto ?? describeSource(fed)}
        </Text>
      </Flex>
    </li>
  );
}

/** Pinterest's fields by group, marking required and recommended ones and what feeds each. */
export function FieldsOverview({ fields, mapping }: { fields: CatalogField[]; mapping: Mapping }) {
  // Only fields that matter: required, recommended, or already used.
  const relevant = fields.filter((f) => f.required || f.recommended || mapping.fields[f.path]);
  return (
    <Flex direction="column" gap={3}>
      <Heading size="300" accessibilityLevel={2}>
        Pinterest fields
      </Heading>
      {groupFields(relevant).map(({ group, fields: inGroup }) => (
        <Flex key={group} direction="column" gap={1}>
          <Heading size="200" accessibilityLevel={3}>
            {groupLabels[group]}
          </Heading>
          <ul className="plain-list compact">
            {inGroup.map((f) => (
              <FieldLine key={f.path} field={f} mapping={mapping} />
            ))}
          </ul>
        </Flex>
      ))}
    </Flex>
  );
}
