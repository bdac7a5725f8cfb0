import type { Dispatch } from 'react';
import { assertNever } from '../../electron/shared/app-error';
import type { AsyncState } from '../hooks/use-async';
import { AccountStep } from '../steps/account-step';
import { FileStep } from '../steps/file-step';
import { MapStep } from '../steps/map-step';
import { PreviewStep } from '../steps/preview-step';
import { ResultsStep } from '../steps/results-step';
import { SendStep } from '../steps/send-step';
import { SignInStep } from '../steps/sign-in-step';
import type { AuthStatus, WizardAction, WizardState } from './wizard-state';

interface Props {
  state: WizardState;
  dispatch: Dispatch<WizardAction>;
  authLoad: AsyncState<AuthStatus>;
  reloadAuth: () => void;
}

/** Renders the screen of the current step; each step gets exactly its own slice of the state. */
export function WizardView({ state, dispatch, authLoad, reloadAuth }: Props) {
  switch (state.step) {
    case 'signIn':
      return <SignInStep auth={state.auth} load={authLoad} reload={reloadAuth} onAuth={(auth) => dispatch({ type: 'auth-changed', auth })} />;
    case 'account':
      return <AccountStep state={state} dispatch={dispatch} />;
    case 'file':
      return <FileStep state={state} dispatch={dispatch} />;
    case 'map':
      return <MapStep state={state} dispatch={dispatch} />;
    case 'preview':
      return <PreviewStep state={state} dispatch={dispatch} />;
    case 'send':
      return <SendStep state={state} dispatch={dispatch} />;
    case 'results':
      return <ResultsStep state={state} dispatch={dispatch} />;
    default:
      return assertNever(state, 'step');
  }
}
