import { Button, Flex, IconButton, Modal, Text, TextField } from 'gestalt';
import { useState } from 'react';
import type { ChannelOutput } from '../../../electron/shared/contract';
import { useApi } from '../../api/api-context';
import { ErrorCallout } from '../../components/error-callout';
import { formatWhen } from '../../components/format';
import { useAction } from '../../hooks/use-action';
import { OverlayLayer } from '../../components/overlay-layer';

/** A saved mapping template. */
export type Template = ChannelOutput<'templates:list'>['templates'][number];

function TemplateRow({ template, onChanged }: { template: Template; onChanged: () => void }) {
  const api = useApi();
  const [name, setName] = useState(template.name);
  const [rename, renameState] = useAction(() => api.templatesRename({ id: template.id, name: name.trim() }));
  const [remove, removeState] = useAction(() => api.templatesDelete({ id: template.id }));
  const error = renameState.status === 'error' ? renameState.error : removeState.status === 'error' ? removeState.error : null;
  const after = (p: Promise<unknown>) => void p.then(onChanged);
  return (
    <li data-template={template.id}>
      <Flex gap={2} alignItems="end" wrap>
        <TextField id={`template-${template.id}`} label={`Name (saved ${formatWhen(template.updatedAt)})`} value={name} onChange={({ value }) => setName(value)} />
        <Button size="sm" text="Rename" disabled={name.trim() === '' || name === template.name} onClick={() => after(rename())} />
        <IconButton accessibilityLabel={`Delete template ${template.name}`} icon="trash-can" size="sm" onClick={() => after(remove())} />
      </Flex>
      {error ? <ErrorCallout error={error} slim /> : null}
    </li>
  );
}

/** Rename or delete saved mapping templates. */
export function TemplatesManager({ templates, onChanged, onDismiss }: { templates: Template[]; onChanged: () => void; onDismiss: () => void }) {
  return (
    <OverlayLayer>
      <Modal accessibilityModalLabel="Saved mappings" heading="Saved mappings" onDismiss={onDismiss} size="md" footer={<Flex justifyContent="end"><Button text="Done" onClick={onDismiss} /></Flex>}>
        {templates.length === 0 ? <Text>No saved mappings yet.</Text> : null}
        <ul className="plain-list">
          {templates.map((t) => (
            <TemplateRow key={t.id} template={t} onChanged={onChanged} />
          ))}
        </ul>
      </Modal>
    </OverlayLayer>
  );
}
