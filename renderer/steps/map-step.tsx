import type { Dispatch } from 'react';
import { Box, Button, Flex, Spinner } from 'gestalt';
import { useApi } from '../api/api-context';
import { ErrorCallout } from '../components/error-callout';
import { StepFrame } from '../components/step-frame';
import type { AsyncState } from '../hooks/use-async';
import { useAsync } from '../hooks/use-async';
import type { WizardAction, WizardState } from '../wizard/wizard-state';
import type { Catalog } from './map/catalog';
import type { Suggestion } from './map/map-editor';
import { MapEditor } from './map/map-editor';

interface Props {
  state: WizardState & { step: 'map' };
  dispatch: Dispatch<WizardAction>;
}

function both<A, B>(a: AsyncState<A>, b: AsyncState<B>): AsyncState<[A, B]> {
  if (a.status === 'error') return { status: 'error', error: a.error };
  if (b.status === 'error') return { status: 'error', error: b.error };
  if (a.status === 'ready' && b.status === 'ready') return { status: 'ready', value: [a.value, b.value] };
  return { status: 'loading' };
}

/** Step 4: which column becomes which Pinterest field, with live counts while editing. */
export function MapStep({ state, dispatch }: Props) {
  const api = useApi();
  const { dataset } = state;
  const [catalog, reloadCatalog] = useAsync<Catalog>(() => api.mappingCatalog({}), 'catalog');
  const [suggestion, reloadSuggestion] = useAsync<Suggestion>(() => api.mappingSuggest({ datasetId: dataset.datasetId }), dataset.datasetId);
  const ready = both(catalog, suggestion);
  const retry = () => {
    reloadCatalog();
    reloadSuggestion();
  };
  return (
    <StepFrame step="map" state={ready.status} title="Map your columns" subtitle={`Tell Pinterest what each column of ${dataset.fileName} means. We suggested a mapping; check it.`}>
      {ready.status === 'loading' ? (
        <Box minHeight={400} display="flex" justifyContent="center" alignItems="center">
          <Spinner show accessibilityLabel="Suggesting a mapping" />
        </Box>
      ) : null}
      {ready.status === 'error' ? <ErrorCallout error={ready.error} retry={{ label: 'Try again', onClick: retry }} /> : null}
      {ready.status === 'ready' ? (
        <MapEditor
          dataset={dataset}
          catalog={ready.value[0]}
          suggestion={ready.value[1]}
          previous={state.mapping}
          onConfirm={(mapping, evaluation) => dispatch({ type: 'mapping-confirmed', mapping, evaluation })}
        />
      ) : null}
      {ready.status !== 'ready' ? (
        <Flex justifyContent="end">
          <Button text="Continue" disabled />
        </Flex>
      ) : null}
    </StepFrame>
  );
}
