import { Button, Flex } from 'gestalt';
import { useRef } from 'react';
import type { AppError } from '../../../electron/shared/app-error';
import type { Mapping } from '../../../electron/shared/mapping';
import { useApi } from '../../api/api-context';
import { downloadText } from '../../components/download';

interface Props {
  mapping: Mapping;
  fileName: string;
  onImport: (mapping: Mapping) => void;
  onError: (error: AppError) => void;
}

/** Import a mapping from JSON (checked by the backend) and export the current one. */
export function MappingFileButtons({ mapping, fileName, onImport, onError }: Props) {
  const api = useApi();
  const input = useRef<HTMLInputElement>(null);
  const importFile = async (file: File) => {
    const json = await file.text();
    const result = await api.mappingParse({ json });
    if (result.ok) onImport(result.value);
    else onError(result.error);
  };
  const base = fileName.replace(/\.[^.]+$/, '') || 'mapping';
  return (
    <Flex gap={2} wrap>
      <Button size="sm" text="Import mapping (JSON)" iconStart="download" onClick={() => input.current?.click()} />
      <Button size="sm" text="Export mapping (JSON)" iconStart="share" onClick={() => downloadText(`${base}-mapping.json`, `${JSON.stringify(mapping, null, 2)}\n`)} />
      <input
        ref={input}
        className="visually-hidden"
        type="file"
        accept=".json,application/json"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="mapping-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
    </Flex>
  );
}
