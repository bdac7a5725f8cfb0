import { useCallback, useEffect, useReducer } from 'react';
import { useApi } from '../api/api-context';
import { AppLayout } from '../components/app-layout';
import { useAsync } from '../hooks/use-async';
import { useBackendEvent } from '../hooks/use-backend-event';
import { canGoTo, initialWizardState, wizardReducer } from './wizard-reducer';
import type { StepName } from './wizard-state';
import { WizardView } from './wizard-view';

/** The whole app: the wizard's state, the sign-in status that drives it, and the frame around it. */
export function WizardApp() {
  const api = useApi();
  const [state, dispatch] = useReducer(wizardReducer, initialWizardState);
  const [authLoad, reloadAuth] = useAsync(() => api.authStatus({}), 'auth');
  useEffect(() => {
    if (authLoad.status === 'ready') dispatch({ type: 'auth-changed', auth: authLoad.value });
  }, [authLoad]);
  useBackendEvent('auth:changed', (auth) => dispatch({ type: 'auth-changed', auth }));
  const goTo = useCallback((step: StepName) => dispatch({ type: 'go-to', step }), []);
  return (
    <AppLayout state={state} canGoTo={(step) => canGoTo(state, step)} onGoTo={goTo}>
      <WizardView state={state} dispatch={dispatch} authLoad={authLoad} reloadAuth={reloadAuth} />
    </AppLayout>
  );
}
