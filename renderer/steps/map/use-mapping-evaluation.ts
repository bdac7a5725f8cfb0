import { useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../electron/shared/app-error';
import type { EventPayload } from '../../../electron/shared/contract';
import type { Mapping } from '../../../electron/shared/mapping';
import { useApi } from '../../api/api-context';
import { useBackendEvent } from '../../hooks/use-backend-event';
import type { Evaluation } from '../../wizard/wizard-state';

/** Live counts for the mapping being edited. */
export interface EvaluationState {
  /** The newest answer (a sample while editing, then the whole file). */
  evaluation?: Evaluation;
  status: 'evaluating' | 'ready' | 'error';
  error?: AppError;
  progress?: EventPayload<'mapping:progress'>;
}

const sampleDelayMs = 250;
const fullDelayMs = 1200;

/**
 * Re-evaluates the mapping as it changes: a quick sample first (the counts follow the user's
 * edits), then the whole file once editing pauses. Answers for an older mapping are dropped.
 */
export function useMappingEvaluation(datasetId: string, mapping: Mapping): EvaluationState {
  const api = useApi();
  const [answer, setAnswer] = useState<EvaluationState & { key: string }>({ status: 'evaluating', key: '' });
  const key = JSON.stringify(mapping);
  const latestMapping = useRef(mapping);
  useEffect(() => {
    latestMapping.current = mapping;
  });
  useBackendEvent('mapping:progress', (progress) => {
    if (progress.datasetId === datasetId) setAnswer((s) => ({ ...s, progress }));
  });
  useEffect(() => {
    let live = true;
    const timers: ReturnType<typeof setTimeout>[] = [];
    const run = async (sampleOnly: boolean) => {
      const result = await api.mappingEvaluate({ datasetId, mapping: latestMapping.current, sampleOnly });
      if (!live) return;
      if (!result.ok) return setAnswer((s) => ({ status: 'error', error: result.error, evaluation: s.evaluation, key }));
      setAnswer({ status: result.value.complete ? 'ready' : 'evaluating', evaluation: result.value, key });
      if (sampleOnly && !result.value.complete) timers.push(setTimeout(() => void run(false), fullDelayMs));
    };
    timers.push(setTimeout(() => void run(true), sampleDelayMs));
    return () => {
      live = false;
      timers.forEach(clearTimeout);
    };
  }, [api, datasetId, key]);
  // Until the answer for this very mapping arrives, the last counts stay on screen, marked as updating.
  if (answer.key !== key) return { status: 'evaluating', evaluation: answer.evaluation, progress: answer.progress };
  return answer;
}
