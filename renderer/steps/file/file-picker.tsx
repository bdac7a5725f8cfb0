import { Button, Flex } from 'gestalt';
import { useRef } from 'react';
import { useApi } from '../../api/api-context';
import { useMenuCommand } from '../../hooks/use-menu-command';

interface Props {
  disabled: boolean;
  /** A file is open already: picking is then the secondary action. */
  hasFile?: boolean;
  onPath: (path: string) => void;
  onFile: (file: File) => void;
  samplePath?: string;
}

/** The accepted spreadsheet types, for the picker. */
export const acceptedTypes = '.csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** "Choose a file" (native dialog in Electron, the browser's picker otherwise) and the sample. */
export function FilePicker({ disabled, hasFile = false, onPath, onFile, samplePath }: Props) {
  const api = useApi();
  const input = useRef<HTMLInputElement>(null);
  const choose = async () => {
    if (api.openFileDialog) {
      const path = await api.openFileDialog();
      if (path) onPath(path);
      return;
    }
    input.current?.click();
  };
  useMenuCommand('open-file', () => {
    if (!disabled) void choose();
  });
  return (
    <Flex gap={2} wrap alignItems="center">
      <Button color={hasFile ? 'gray' : 'red'} size={hasFile ? 'md' : 'lg'} text={hasFile ? 'Choose another file…' : 'Choose a file…'} iconStart="folder" disabled={disabled} onClick={() => void choose()} />
      {samplePath && !hasFile ? <Button size="lg" text="Try the sample file" disabled={disabled} onClick={() => onPath(samplePath)} /> : null}
      <input
        ref={input}
        className="visually-hidden"
        type="file"
        accept={acceptedTypes}
        tabIndex={-1}
        aria-hidden="true"
        data-testid="file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </Flex>
  );
}
