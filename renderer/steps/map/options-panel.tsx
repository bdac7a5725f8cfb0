import { Checkbox, ComboBox, Flex, Heading, SelectList, TextField } from 'gestalt';
import { useState } from 'react';
import type { Mapping } from '../../../electron/shared/mapping';
import { setFieldHint, setOption } from './mapping-edit';

interface Props {
  mapping: Mapping;
  timezones: string[];
  onChange: (mapping: Mapping) => void;
}

const dateFormats = ['YYYY-MM-DD HH:mm:ss', 'MM/DD/YYYY HH:mm', 'DD/MM/YYYY HH:mm', 'DD.MM.YYYY HH:mm', 'YYYY-MM-DD', 'MM/DD/YYYY', 'DD.MM.YYYY'];
const orderField = 'custom_data.order_id';

function TimezoneBox({ mapping, timezones, onChange }: Props) {
  const zone = mapping.options?.timezone ?? '';
  const options = timezones.map((z) => ({ label: z.replace(/_/g, ' '), value: z }));
  return (
    <ComboBox
      id="option-timezone"
      label="Time zone of the times in the file"
      helperText="Used for times without an offset (e.g. 03/14/2025 10:30)."
      options={options}
      inputValue={zone.replace(/_/g, ' ')}
      selectedOption={options.find((o) => o.value === zone)}
      onSelect={({ item }) => onChange(setOption(mapping, 'timezone', item.value))}
      onClear={() => onChange(setOption(mapping, 'timezone', undefined))}
      accessibilityClearButtonLabel="Clear the time zone"
      noResultText="No time zone with that name"
    />
  );
}

function CountryField({ mapping, onChange }: Pick<Props, 'mapping' | 'onChange'>) {
  const [text, setText] = useState(mapping.options?.defaultCountry ?? '');
  const valid = text === '' || /^[A-Z]{2}$/.test(text);
  return (
    <TextField
      id="option-country"
      label="Country for phone numbers and addresses without one"
      helperText="Two letters, e.g. US, GB, DE."
      value={text}
      errorMessage={valid ? undefined : 'Use the two-letter country code, e.g. US.'}
      onChange={({ value }) => {
        const code = value.trim().toUpperCase().slice(0, 2);
        setText(code);
        if (code === '' || code.length === 2) onChange(setOption(mapping, 'defaultCountry', code || undefined));
      }}
    />
  );
}

/** How to read the file's values: time zone, date format, country for phone numbers, decimals, line items. */
export function OptionsPanel({ mapping, timezones, onChange }: Props) {
  const options = mapping.options ?? {};
  const timeFormat = mapping.fields.event_time?.format ?? options.dateFormat ?? '';
  const formatOptions = dateFormats.map((f) => ({ label: f, value: f }));
  const orderMapped = mapping.fields[orderField] !== undefined;
  return (
    <Flex direction="column" gap={3}>
      <Heading size="300" accessibilityLevel={2}>
        How to read your values
      </Heading>
      <TimezoneBox mapping={mapping} timezones={timezones} onChange={onChange} />
      <ComboBox
        id="option-date-format"
        label="Date format (leave empty to detect)"
        options={formatOptions}
        inputValue={timeFormat}
        selectedOption={formatOptions.find((o) => o.value === timeFormat)}
        onSelect={({ item }) => onChange(setOption(mapping, 'dateFormat', item.value))}
        onChange={({ value }) => onChange(setFieldHint(setOption(mapping, 'dateFormat', value), 'event_time', 'format', undefined))}
        onClear={() => onChange(setFieldHint(setOption(mapping, 'dateFormat', undefined), 'event_time', 'format', undefined))}
        accessibilityClearButtonLabel="Clear the date format"
        noResultText="Type your own, e.g. DD-MM-YYYY HH:mm"
      />
      <CountryField mapping={mapping} onChange={onChange} />
      <SelectList id="option-decimal" label="Decimal separator in amounts" value={options.decimal ?? ''} onChange={({ value }) => onChange(setOption(mapping, 'decimal', value === '.' || value === ',' ? value : undefined))}>
        <SelectList.Option label="Detect" value="" />
        <SelectList.Option label="Dot: 1,234.56" value="." />
        <SelectList.Option label="Comma: 1.234,56" value="," />
      </SelectList>
      <Checkbox
        id="option-merge"
        label="Merge rows with the same order id into one event (one row per product)"
        helperText={orderMapped ? undefined : 'Map a column to Order id first.'}
        disabled={!orderMapped}
        checked={options.mergeRowsBy === orderField}
        onChange={({ checked }) => onChange(setOption(mapping, 'mergeRowsBy', checked ? orderField : undefined))}
      />
    </Flex>
  );
}
