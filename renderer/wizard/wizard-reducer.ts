import type { StepName, TestRun, UploadProgress, WizardAction, WizardState } from './wizard-state';
import { stepIndex } from './wizard-state';

/** The state before anything is known (the sign-in step shows its loading state). */
export const initialWizardState: WizardState = { step: 'signIn' };

/** A finished test job becomes the evidence shown before going live. */
export function testRunOf(job: UploadProgress): TestRun | undefined {
  if (!job.test) return undefined;
  const problems = job.counts.rejected + job.counts.invalid + job.counts.possiblySent;
  return { jobId: job.jobId, passed: job.state === 'done' && job.counts.rejected === 0, sent: job.counts.sent, problems };
}

function onAuthChanged(state: WizardState, auth: WizardAction & { type: 'auth-changed' }): WizardState {
  const next = auth.auth;
  if (!next.signedIn) return { step: 'signIn', auth: next };
  if (state.step === 'signIn') return { step: 'account', auth: next };
  // Another connection: its accounts differ, so the choice must be made again.
  if (state.auth?.activeConnectionId !== next.activeConnectionId) return { step: 'account', auth: next };
  return { ...state, auth: next };
}

/** Can the user jump back to `target` from here? Only to earlier steps, never during a run. */
export function canGoTo(state: WizardState, target: StepName): boolean {
  if (state.step === 'send' && state.activeJobId) return false;
  if (stepIndex(target) >= stepIndex(state.step)) return false;
  return target !== 'signIn' || state.auth !== undefined;
}

function goTo(state: WizardState, target: StepName): WizardState {
  if (!canGoTo(state, target) || state.step === 'signIn') return state;
  const { auth } = state;
  switch (target) {
    case 'signIn':
      return { step: 'signIn', auth };
    case 'account':
      return { step: 'account', auth };
  }
  if (state.step === 'account') return state;
  const { account, testRun } = state;
  if (target === 'file') return { step: 'file', auth, account, testRun, mapping: state.mapping };
  if (state.step === 'file') return state;
  const { dataset } = state;
  if (target === 'map') return { step: 'map', auth, account, testRun, dataset, mapping: state.mapping };
  if (state.step === 'map') return state;
  const { mapping, evaluation } = state;
  if (target === 'preview') return { step: 'preview', auth, account, testRun, dataset, mapping, evaluation };
  if (target === 'send') return { step: 'send', auth, account, testRun, dataset, mapping, evaluation };
  return state;
}

function onDatasetOpened(state: WizardState, action: WizardAction & { type: 'dataset-opened' }): WizardState {
  if (state.step !== 'file') return state;
  const { retryOfJobId, mapping } = state;
  // A fixed file for a re-send keeps the mapping of the run it repairs and goes straight to sending.
  if (retryOfJobId && mapping) return { ...state, step: 'send', dataset: action.dataset, mapping, retryOfJobId };
  return { ...state, step: 'map', dataset: action.dataset };
}

function onJobFinished(state: WizardState, job: UploadProgress): WizardState {
  if (state.step !== 'send' || state.activeJobId !== job.jobId) return state;
  const { activeJobId: _done, ...rest } = state;
  const testRun = testRunOf(job) ?? rest.testRun;
  return { ...rest, step: 'results', job, testRun, retryOfJobId: undefined };
}

/** The wizard's pure transition function: unknown or out-of-place actions leave the state as is. */
export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'auth-changed':
      return onAuthChanged(state, action);
    case 'account-chosen':
      return state.step === 'account' ? { step: 'file', auth: state.auth, account: action.account } : state;
    case 'dataset-opened':
      return onDatasetOpened(state, action);
    case 'mapping-confirmed':
      return state.step === 'map' ? { ...state, step: 'preview', mapping: action.mapping, evaluation: action.evaluation } : state;
    case 'preview-confirmed':
      return state.step === 'preview' ? { ...state, step: 'send' } : state;
    case 'job-started':
      return state.step === 'send' && !state.activeJobId ? { ...state, activeJobId: action.jobId } : state;
    case 'job-finished':
      return onJobFinished(state, action.job);
    case 'send-again':
      return state.step === 'results' ? sendAgain(state) : state;
    case 'resend-failed':
      return state.step === 'results' ? resendFailed(state, action.jobId) : state;
    case 'go-to':
      return goTo(state, action.step);
  }
}

function sendAgain(state: WizardState & { step: 'results' }): WizardState {
  const { job: _job, ...rest } = state;
  return { ...rest, step: 'send' };
}

function resendFailed(state: WizardState & { step: 'results' }, jobId: string): WizardState {
  const { auth, account, mapping, testRun } = state;
  return { step: 'file', auth, account, mapping, testRun, retryOfJobId: jobId };
}
