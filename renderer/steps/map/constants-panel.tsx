import { ComboBox, Flex, Heading, Text, TextField } from 'gestalt';
import type { Mapping } from '../../../electron/shared/mapping';
import { constantOf, describeSource, setConstant } from './mapping-edit';

interface Props {
  mapping: Mapping;
  eventNames: string[];
  onChange: (mapping: Mapping) => void;
}

function EventNameField({ mapping, eventNames, onChange }: Props) {
  const eventName = constantOf(mapping, 'event_name') ?? '';
  const options = eventNames.map((n) => ({ label: n, value: n }));
  return (
    <ComboBox
      id="constant-event-name"
      label="Event name"
      helperText="What happened, e.g. checkout for a purchase."
      options={options}
      inputValue={eventName}
      selectedOption={options.find((o) => o.value === eventName)}
      onChange={({ value }) => onChange(setConstant(mapping, 'event_name', value.trim()))}
      onSelect={({ item }) => onChange(setConstant(mapping, 'event_name', item.value))}
      onClear={() => onChange(setConstant(mapping, 'event_name', undefined))}
      accessibilityClearButtonLabel="Clear the event name"
      noResultText="Type any event name Pinterest accepts"
    />
  );
}

/** Values that are the same for every row when the file has no column for them. */
export function ConstantsPanel({ mapping, eventNames, onChange }: Props) {
  const eventSource = mapping.fields.event_name;
  const eventFromColumn = eventSource !== undefined && eventSource.value === undefined;
  const currencySource = mapping.fields['custom_data.currency'];
  const currencyFromColumn = currencySource !== undefined && currencySource.value === undefined;
  return (
    <Flex direction="column" gap={3}>
      <Heading size="300" accessibilityLevel={2}>
        Same for every row
      </Heading>
      {eventFromColumn ? (
        <Text size="200">Event name comes from {describeSource(eventSource)}.</Text>
      ) : (
        <EventNameField mapping={mapping} eventNames={eventNames} onChange={onChange} />
      )}
      <TextField id="constant-action-source" label="Action source" helperText="Conversions from a file are sent as offline." value={constantOf(mapping, 'action_source') ?? 'offline'} readOnly onChange={() => undefined} />
      {currencyFromColumn ? (
        <Text size="200">Currency comes from {describeSource(currencySource)}.</Text>
      ) : (
        <TextField
          id="constant-currency"
          label="Currency"
          helperText="Three letters, e.g. USD or EUR. Leave empty to use the ad account's currency."
          value={constantOf(mapping, 'custom_data.currency') ?? ''}
          onChange={({ value }) => onChange(setConstant(mapping, 'custom_data.currency', value.trim().toUpperCase().slice(0, 3)))}
        />
      )}
    </Flex>
  );
}
