import { Button, Flex, SelectList } from 'gestalt';
import { useState } from 'react';
import type { Mapping } from '../../../electron/shared/mapping';
import { useApi } from '../../api/api-context';
import { useAsync } from '../../hooks/use-async';
import { SaveTemplateModal } from './save-template-modal';
import type { Template } from './templates-manager';
import { TemplatesManager } from './templates-manager';

interface Props {
  mapping: Mapping;
  headers: string[];
  fileName: string;
  onLoad: (mapping: Mapping, name: string) => void;
}

function LoadTemplate({ templates, onLoad }: { templates: Template[]; onLoad: Props['onLoad'] }) {
  return (
    <SelectList
      id="load-template"
      label="Saved mappings"
      placeholder="Load a saved mapping"
      value={null}
      onChange={({ value }) => {
        const t = templates.find((x) => x.id === value);
        if (t) onLoad(t.mapping, t.name);
      }}
    >
      {templates.map((t) => (
        <SelectList.Option key={t.id} label={t.name} value={t.id} />
      ))}
    </SelectList>
  );
}

/** Load, save, rename and delete mapping templates. */
export function TemplatesBar({ mapping, headers, fileName, onLoad }: Props) {
  const api = useApi();
  const [list, reload] = useAsync(() => api.templatesList({}), 'templates');
  const [saving, setSaving] = useState(false);
  const [managing, setManaging] = useState(false);
  const templates = list.status === 'ready' ? list.value.templates : [];
  return (
    <Flex gap={2} alignItems="end" wrap>
      {templates.length > 0 ? <LoadTemplate templates={templates} onLoad={onLoad} /> : null}
      <Button size="sm" text="Save as template…" iconStart="add" onClick={() => setSaving(true)} />
      {templates.length > 0 ? <Button size="sm" text="Manage saved mappings" onClick={() => setManaging(true)} /> : null}
      {saving ? (
        <SaveTemplateModal
          mapping={mapping}
          headers={headers}
          suggestedName={fileName.replace(/\.[^.]+$/, '')}
          onDone={(saved) => {
            setSaving(false);
            if (saved) reload();
          }}
        />
      ) : null}
      {managing ? <TemplatesManager templates={templates} onChanged={reload} onDismiss={() => setManaging(false)} /> : null}
    </Flex>
  );
}
