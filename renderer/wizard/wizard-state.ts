import type { z } from 'zod';
import type { ChannelOutput } from '../../electron/shared/contract';
import type { Mapping } from '../../electron/shared/mapping';
import type { authStatusSchema, datasetInfoSchema, uploadProgressSchema } from '../../electron/shared/views';

/** What the renderer knows about the sign-in. */
export type AuthStatus = z.infer<typeof authStatusSchema>;
/** What was detected when a file was opened. */
export type DatasetInfo = z.infer<typeof datasetInfoSchema>;
/** A job's progress as the backend pushes it. */
export type UploadProgress = z.infer<typeof uploadProgressSchema>;
/** Counts and quality of a mapping over a file. */
export type Evaluation = ChannelOutput<'mapping:evaluate'>;

/** The wizard's steps, in order. */
export const stepNames = ['signIn', 'account', 'file', 'map', 'preview', 'send', 'results'] as const;

/** One step of the wizard. */
export type StepName = (typeof stepNames)[number];

/** Labels shown in the step indicator (a marketer's words, not ours). */
export const stepLabels: Record<StepName, string> = {
  signIn: 'Sign in',
  account: 'Ad account',
  file: 'File',
  map: 'Map columns',
  preview: 'Preview',
  send: 'Send',
  results: 'Results',
};

/** The ad account events will be sent for. */
export interface ChosenAccount {
  id: string;
  name: string;
  currency?: string;
  country?: string;
}

/** Outcome of the latest test run, shown in the go-live confirmation. */
export interface TestRun {
  jobId: string;
  passed: boolean;
  sent: number;
  problems: number;
}

interface Signed {
  auth: AuthStatus;
}
interface WithAccount extends Signed {
  account: ChosenAccount;
  /** Set when the user re-sends the failed rows of this job after fixing the file. */
  retryOfJobId?: string;
  /** The mapping of the previous run, kept for a re-send of a fixed file. */
  mapping?: Mapping;
  testRun?: TestRun;
}
interface WithDataset extends WithAccount {
  dataset: DatasetInfo;
}
interface WithMapping extends WithDataset {
  mapping: Mapping;
  evaluation?: Evaluation;
}

/** The wizard: each step holds exactly what it needs, so a step can never render half-ready. */
export type WizardState =
  | { step: 'signIn'; auth?: AuthStatus }
  | ({ step: 'account' } & Signed)
  | ({ step: 'file' } & WithAccount)
  | ({ step: 'map' } & WithDataset)
  | ({ step: 'preview' } & WithMapping)
  | ({ step: 'send' } & WithMapping & { activeJobId?: string })
  | ({ step: 'results' } & WithMapping & { job: UploadProgress });

/** Everything the wizard can be told. */
export type WizardAction =
  | { type: 'auth-changed'; auth: AuthStatus }
  | { type: 'account-chosen'; account: ChosenAccount }
  | { type: 'dataset-opened'; dataset: DatasetInfo }
  | { type: 'mapping-confirmed'; mapping: Mapping; evaluation?: Evaluation }
  | { type: 'preview-confirmed' }
  | { type: 'job-started'; jobId: string }
  | { type: 'job-finished'; job: UploadProgress }
  | { type: 'send-again' }
  | { type: 'resend-failed'; jobId: string }
  | { type: 'go-to'; step: StepName };

/** Position of a step in the wizard (0-based). */
export function stepIndex(step: StepName): number {
  return stepNames.indexOf(step);
}
