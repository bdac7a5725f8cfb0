import { describe, expect, it } from 'vitest';
import { canGoTo, initialWizardState, testRunOf, wizardReducer } from '../../../../renderer/wizard/wizard-reducer';
import type { AuthStatus, DatasetInfo, UploadProgress, WizardAction, WizardState } from '../../../../renderer/wizard/wizard-state';
import { stepNames } from '../../../../renderer/wizard/wizard-state';

const storage = { backend: 'memory', secure: false, insecureOptIn: false };
const signedIn = (connection = 'c1'): AuthStatus => ({
  signedIn: true,
  method: 'sandbox',
  accountName: 'Sandbox',
  activeConnectionId: connection,
  connections: [{ id: connection, method: 'sandbox', accountName: 'Sandbox', persistent: false }],
  storage,
  oauthConfigured: false,
  sandboxAvailable: true,
});
const signedOut: AuthStatus = { signedIn: false, connections: [], storage, oauthConfigured: false, sandboxAvailable: true };
const dataset: DatasetInfo = {
  datasetId: 'd1', fileName: 'a.csv', format: 'csv', sizeBytes: 10, headerRow: 1, columns: ['email'], rowCount: 3,
  samples: {}, issues: [], fingerprint: 'f',
};
const mapping = { version: 1 as const, fields: { 'user_data.em': { column: 'email' } }, options: {} };
const counts = { rows: 3, sent: 3, rejected: 0, invalid: 0, skipped: 0, possiblySent: 0, duplicate: 0, pending: 0 };
const job = (over: Partial<UploadProgress> = {}): UploadProgress => ({
  jobId: 'j1', state: 'done', test: true, adAccountId: '1', counts, rate: 1, retries: 0, startedAt: 1, ...over,
});

const run = (...actions: WizardAction[]) => actions.reduce(wizardReducer, initialWizardState);
const toSend = (): WizardState =>
  run(
    { type: 'auth-changed', auth: signedIn() },
    { type: 'account-chosen', account: { id: '1', name: 'Acme' } },
    { type: 'dataset-opened', dataset },
    { type: 'mapping-confirmed', mapping },
    { type: 'preview-confirmed' },
  );

describe('wizardReducer', () => {
  it('walks the happy path through every step in order', () => {
    const seen = [initialWizardState.step];
    let state = initialWizardState;
    const actions: WizardAction[] = [
      { type: 'auth-changed', auth: signedIn() },
      { type: 'account-chosen', account: { id: '1', name: 'Acme' } },
      { type: 'dataset-opened', dataset },
      { type: 'mapping-confirmed', mapping },
      { type: 'preview-confirmed' },
      { type: 'job-started', jobId: 'j1' },
      { type: 'job-finished', job: job() },
    ];
    for (const action of actions) {
      const next = wizardReducer(state, action);
      if (next.step !== state.step) seen.push(next.step);
      state = next;
    }
    expect(seen).toEqual([...stepNames]);
  });

  it('stays on sign-in when the status says signed out, and returns there on sign-out from any step', () => {
    expect(run({ type: 'auth-changed', auth: signedOut }).step).toBe('signIn');
    expect(wizardReducer(toSend(), { type: 'auth-changed', auth: signedOut }).step).toBe('signIn');
  });

  it('asks for the ad account again when another connection becomes active', () => {
    const state = wizardReducer(toSend(), { type: 'auth-changed', auth: signedIn('c2') });
    expect(state.step).toBe('account');
    const same = wizardReducer(toSend(), { type: 'auth-changed', auth: { ...signedIn(), accountName: 'renamed' } });
    expect(same.step).toBe('send');
    expect(same.auth?.accountName).toBe('renamed');
  });

  it('ignores actions that belong to another step', () => {
    const atAccount = run({ type: 'auth-changed', auth: signedIn() });
    expect(wizardReducer(atAccount, { type: 'dataset-opened', dataset })).toBe(atAccount);
    expect(wizardReducer(atAccount, { type: 'preview-confirmed' })).toBe(atAccount);
    expect(wizardReducer(atAccount, { type: 'job-finished', job: job() })).toBe(atAccount);
  });

  it('records a passing test run and keeps it for the go-live confirmation', () => {
    const sending = wizardReducer(toSend(), { type: 'job-started', jobId: 'j1' });
    const results = wizardReducer(sending, { type: 'job-finished', job: job() });
    expect(results.step === 'results' && results.testRun).toEqual({ jobId: 'j1', passed: true, sent: 3, problems: 0 });
    const again = wizardReducer(results, { type: 'send-again' });
    expect(again.step).toBe('send');
    expect(again.step === 'send' && again.testRun?.passed).toBe(true);
  });

  it('ignores the end of a job that is not the active one', () => {
    const sending = wizardReducer(toSend(), { type: 'job-started', jobId: 'j1' });
    expect(wizardReducer(sending, { type: 'job-finished', job: job({ jobId: 'other' }) })).toBe(sending);
  });

  it('does not let a second job start or the user leave while one runs', () => {
    const sending = wizardReducer(toSend(), { type: 'job-started', jobId: 'j1' });
    expect(wizardReducer(sending, { type: 'job-started', jobId: 'j2' })).toBe(sending);
    expect(canGoTo(sending, 'map')).toBe(false);
    expect(wizardReducer(sending, { type: 'go-to', step: 'map' })).toBe(sending);
  });

  it('goes back to earlier steps keeping what was chosen, never forward', () => {
    const send = toSend();
    const map = wizardReducer(send, { type: 'go-to', step: 'map' });
    expect(map.step).toBe('map');
    expect(map.step === 'map' && map.mapping).toEqual(mapping);
    expect(wizardReducer(map, { type: 'go-to', step: 'send' })).toBe(map);
    const account = wizardReducer(send, { type: 'go-to', step: 'account' });
    expect(account).toEqual({ step: 'account', auth: signedIn() });
  });

  it('re-sends failed rows: picks a fixed file and goes straight to sending with the old mapping', () => {
    const sending = wizardReducer(toSend(), { type: 'job-started', jobId: 'j1' });
    const results = wizardReducer(sending, { type: 'job-finished', job: job({ test: false, counts: { ...counts, sent: 2, rejected: 1 } }) });
    const file = wizardReducer(results, { type: 'resend-failed', jobId: 'j1' });
    expect(file.step === 'file' && file.retryOfJobId).toBe('j1');
    const fixed = { ...dataset, datasetId: 'd2' };
    const send = wizardReducer(file, { type: 'dataset-opened', dataset: fixed });
    expect(send).toMatchObject({ step: 'send', retryOfJobId: 'j1', dataset: fixed, mapping });
    const done = wizardReducer(wizardReducer(send, { type: 'job-started', jobId: 'j2' }), { type: 'job-finished', job: job({ jobId: 'j2', test: false }) });
    expect(done.step === 'results' && done.retryOfJobId).toBeUndefined();
  });
});

describe('testRunOf', () => {
  it('is undefined for live jobs and fails a test with rejected rows or an unfinished state', () => {
    expect(testRunOf(job({ test: false }))).toBeUndefined();
    expect(testRunOf(job({ counts: { ...counts, rejected: 1 } }))?.passed).toBe(false);
    expect(testRunOf(job({ state: 'cancelled' }))?.passed).toBe(false);
    expect(testRunOf(job({ counts: { ...counts, invalid: 2 } }))).toMatchObject({ passed: true, problems: 2 });
  });
});
