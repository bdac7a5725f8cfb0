import { Box, Flex, Heading } from 'gestalt';
import type { ReactNode } from 'react';
import type { StepName, WizardState } from '../wizard/wizard-state';
import { BackgroundJobs } from './background-jobs';
import { ConnectionMenu } from './connection-menu';
import { StepIndicator } from './step-indicator';

interface Props {
  state: WizardState;
  canGoTo: (step: StepName) => boolean;
  onGoTo: (step: StepName) => void;
  children: ReactNode;
}

/** The window's frame: product name, connection, step indicator, and the step itself. */
export function AppLayout({ state, canGoTo, onGoTo, children }: Props) {
  return (
    <div className="app">
      <header className="app-header">
        <Flex alignItems="center" justifyContent="between" gap={4} wrap>
          <Heading size="400" accessibilityLevel="none">
            Conversions Uploader
          </Heading>
          {state.auth?.signedIn ? <ConnectionMenu auth={state.auth} onSwitch={() => onGoTo('signIn')} /> : null}
        </Flex>
        <Box marginTop={2}>
          <StepIndicator current={state.step} canGoTo={canGoTo} onGoTo={onGoTo} />
        </Box>
      </header>
      <main className="app-main" id="main">
        {state.auth?.signedIn ? <BackgroundJobs hideJobId={state.step === 'send' ? state.activeJobId : undefined} /> : null}
        {children}
      </main>
    </div>
  );
}
