import { Box, Button, Flex, NumberField, SelectList } from 'gestalt';
import { useState } from 'react';
import type { DatasetInfo } from '../../wizard/wizard-state';
import type { OpenOverrides } from './use-open-dataset';

const encodings = ['utf-8', 'windows-1252', 'iso-8859-1', 'utf-16le', 'utf-16be', 'shift_jis'];
const delimiters = [
  { value: ',', label: 'Comma (,)' },
  { value: ';', label: 'Semicolon (;)' },
  { value: '\t', label: 'Tab' },
  { value: '|', label: 'Pipe (|)' },
];

interface Props {
  dataset: DatasetInfo;
  onApply: (overrides: OpenOverrides) => void;
  onCancel: () => void;
}

function CsvFields({ encoding, delimiter, onEncoding, onDelimiter }: { encoding: string; delimiter: string; onEncoding: (v: string) => void; onDelimiter: (v: string) => void }) {
  const encodingChoices = encodings.includes(encoding) ? encodings : [encoding, ...encodings];
  return (
    <Flex direction="column" gap={3}>
      <SelectList id="override-encoding" label="Encoding" value={encoding} onChange={({ value }) => onEncoding(value)}>
        {encodingChoices.map((e) => (
          <SelectList.Option key={e} label={e} value={e} />
        ))}
      </SelectList>
      <SelectList id="override-delimiter" label="Separator" value={delimiter} onChange={({ value }) => onDelimiter(value)}>
        {delimiters.map((d) => (
          <SelectList.Option key={d.label} label={d.label} value={d.value} />
        ))}
      </SelectList>
    </Flex>
  );
}

/** Corrections of the detection (encoding, separator, header row, sheet); the file is re-read with them. */
export function DetectionOverrides({ dataset, onApply, onCancel }: Props) {
  const [encoding, setEncoding] = useState(dataset.encoding ?? 'utf-8');
  const [delimiter, setDelimiter] = useState(dataset.delimiter ?? ',');
  const [headerRow, setHeaderRow] = useState<number | undefined>(dataset.headerRow);
  const [sheet, setSheet] = useState(dataset.sheet ?? dataset.sheets?.[0] ?? '');
  const csv = dataset.format === 'csv';
  const apply = () =>
    onApply(csv ? { encoding, delimiter, headerRow: headerRow ?? 1 } : { sheet: sheet || undefined, headerRow: headerRow ?? 1 });
  return (
    <Box data-testid="detection-overrides" padding={4} borderStyle="sm" rounding={4}>
      <Flex direction="column" gap={3}>
        {csv ? <CsvFields encoding={encoding} delimiter={delimiter} onEncoding={setEncoding} onDelimiter={setDelimiter} /> : null}
        {!csv && dataset.sheets && dataset.sheets.length > 0 ? (
          <SelectList id="override-sheet" label="Sheet" value={sheet} onChange={({ value }) => setSheet(value)}>
            {dataset.sheets.map((s) => (
              <SelectList.Option key={s} label={s} value={s} />
            ))}
          </SelectList>
        ) : null}
        <NumberField id="override-header-row" label="Header row (the row with the column names)" min={1} value={headerRow} onChange={({ value }) => setHeaderRow(value)} />
        <Flex gap={2}>
          <Button color="red" text="Re-open with these settings" onClick={apply} />
          <Button text="Cancel" onClick={onCancel} />
        </Flex>
      </Flex>
    </Box>
  );
}
