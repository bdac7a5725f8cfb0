import { BannerCallout, Box, Button, Flex, Text } from 'gestalt';
import { useState } from 'react';
import type { AppError } from '../../../electron/shared/app-error';
import type { ChannelOutput } from '../../../electron/shared/contract';
import type { Mapping } from '../../../electron/shared/mapping';
import { ErrorCallout } from '../../components/error-callout';
import type { DatasetInfo, Evaluation } from '../../wizard/wizard-state';
import type { Catalog } from './catalog';
import { ColumnsTable } from './columns-table';
import { ConstantsPanel } from './constants-panel';
import { FieldsOverview } from './fields-overview';
import { LiveCounts } from './live-counts';
import { MappingFileButtons } from './mapping-file-buttons';
import { assignColumn, missingColumns, setConstant } from './mapping-edit';
import { OptionsPanel } from './options-panel';
import { TemplatesBar } from './templates-bar';
import type { EvaluationState } from './use-mapping-evaluation';
import { useMappingEvaluation } from './use-mapping-evaluation';

/** What mapping:suggest answers. */
export type Suggestion = ChannelOutput<'mapping:suggest'>;
type Template = NonNullable<Suggestion['template']>;

interface Props {
  dataset: DatasetInfo;
  catalog: Catalog;
  suggestion: Suggestion;
  previous?: Mapping;
  onConfirm: (mapping: Mapping, evaluation?: Evaluation) => void;
}

/** File rows are offline conversions; say so unless the mapping already does. */
function withDefaults(mapping: Mapping): Mapping {
  return mapping.fields.action_source ? mapping : setConstant(mapping, 'action_source', 'offline');
}

function initialMapping(dataset: DatasetInfo, suggestion: Suggestion, previous?: Mapping): Mapping {
  if (previous && missingColumns(previous, dataset.columns).length === 0) return withDefaults(previous);
  return withDefaults(suggestion.mapping);
}

function TemplateOffer({ template, onUse, onDismiss }: { template: Template; onUse: () => void; onDismiss: () => void }) {
  return (
    <BannerCallout
      type="recommendation"
      iconAccessibilityLabel="Suggestion"
      title="A saved mapping fits this file"
      message={`“${template.name}” was made for files with these columns.`}
      primaryAction={{ accessibilityLabel: `Use it: ${template.name}`, label: 'Use it', onClick: onUse, role: 'button' }}
      dismissButton={{ accessibilityLabel: 'No thanks', onDismiss }}
    />
  );
}

function ConfirmBar({ evaluation, onConfirm }: { evaluation: EvaluationState; onConfirm: () => void }) {
  const blocking = evaluation.evaluation?.mappingIssues.filter((i) => i.severity === 'error') ?? [];
  return (
    <Box paddingY={4}>
      <Flex justifyContent="end" gap={2} alignItems="center">
        {blocking.length > 0 ? <Text color="error">Fix the problems above to continue.</Text> : null}
        <Button color="red" text="Continue to preview" disabled={blocking.length > 0} onClick={onConfirm} />
      </Flex>
    </Box>
  );
}

/** The map step's editor, mounted once the catalog and the suggestion are known. */
export function MapEditor({ dataset, catalog, suggestion, previous, onConfirm }: Props) {
  const [mapping, setMapping] = useState(() => initialMapping(dataset, suggestion, previous));
  const [offer, setOffer] = useState(suggestion.template);
  const [note, setNote] = useState<string | null>(null);
  const [importError, setImportError] = useState<AppError | null>(null);
  const evaluation = useMappingEvaluation(dataset.datasetId, mapping);
  const load = (next: Mapping, name: string) => {
    const missing = missingColumns(next, dataset.columns);
    setMapping(withDefaults(next));
    setNote(missing.length > 0 ? `“${name}” uses columns this file lacks: ${missing.join(', ')}. Map them again below.` : `Using “${name}”.`);
  };
  const assign = (column: string, field: string | null) => setMapping((m) => assignColumn(m, column, field, catalog.fields.find((f) => f.path === field)?.multi ?? false));
  return (
    <Flex direction="column" gap={4}>
      {offer ? <TemplateOffer template={offer} onUse={() => { load(offer.mapping, offer.name); setOffer(undefined); }} onDismiss={() => setOffer(undefined)} /> : null}
      <LiveCounts state={evaluation} />
      <Flex gap={4} justifyContent="between" wrap alignItems="end">
        <TemplatesBar mapping={mapping} headers={dataset.columns} fileName={dataset.fileName} onLoad={load} />
        <MappingFileButtons mapping={mapping} fileName={dataset.fileName} onImport={(m) => load(m, 'the imported mapping')} onError={setImportError} />
      </Flex>
      {note ? <Text size="200">{note}</Text> : null}
      {importError ? <ErrorCallout error={importError} slim /> : null}
      <div className="map-layout">
        <ColumnsTable dataset={dataset} mapping={mapping} fields={catalog.fields} suggestions={suggestion.columns} onAssign={assign} />
        <Flex direction="column" gap={6}>
          <ConstantsPanel mapping={mapping} eventNames={catalog.eventNames} onChange={setMapping} />
          <OptionsPanel mapping={mapping} timezones={catalog.timezones} onChange={setMapping} />
          <FieldsOverview fields={catalog.fields} mapping={mapping} />
        </Flex>
      </div>
      <ConfirmBar evaluation={evaluation} onConfirm={() => onConfirm(mapping, evaluation.evaluation?.complete ? evaluation.evaluation : undefined)} />
    </Flex>
  );
}
