import { Button, Flex, Modal, TextField } from 'gestalt';
import { useState } from 'react';
import type { Mapping } from '../../../electron/shared/mapping';
import { useApi } from '../../api/api-context';
import { ErrorCallout } from '../../components/error-callout';
import { useAction } from '../../hooks/use-action';
import { OverlayLayer } from '../../components/overlay-layer';

interface Props {
  mapping: Mapping;
  headers: string[];
  suggestedName: string;
  onDone: (saved: boolean) => void;
}

/** Names and saves the current mapping, so the same file layout is mapped in one click next time. */
export function SaveTemplateModal({ mapping, headers, suggestedName, onDone }: Props) {
  const api = useApi();
  const [name, setName] = useState(suggestedName);
  const [save, state] = useAction(() => api.templatesSave({ name: name.trim(), mapping, headers }));
  const submit = async () => {
    const result = await save();
    if (result?.ok) onDone(true);
  };
  return (
    <OverlayLayer>
      <Modal
        accessibilityModalLabel="Save this mapping as a template"
        heading="Save this mapping"
        onDismiss={() => onDone(false)}
        size="sm"
        footer={
          <Flex justifyContent="end" gap={2}>
            <Button text="Cancel" onClick={() => onDone(false)} />
            <Button color="red" text="Save" disabled={name.trim() === '' || state.status === 'busy'} onClick={() => void submit()} />
          </Flex>
        }
      >
        <Flex direction="column" gap={2}>
          <TextField id="template-name" label="Template name" value={name} onChange={({ value }) => setName(value)} />
          {state.status === 'error' ? <ErrorCallout error={state.error} slim /> : null}
        </Flex>
      </Modal>
    </OverlayLayer>
  );
}
