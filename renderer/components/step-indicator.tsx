import { Box, Icon, TapArea, Text } from 'gestalt';
import type { StepName } from '../wizard/wizard-state';
import { stepIndex, stepLabels, stepNames } from '../wizard/wizard-state';

interface Props {
  current: StepName;
  canGoTo: (step: StepName) => boolean;
  onGoTo: (step: StepName) => void;
}

function StepLabel({ step, current }: { step: StepName; current: StepName }) {
  const done = stepIndex(step) < stepIndex(current);
  const here = step === current;
  return (
    <Box display="flex" alignItems="center" paddingX={2} paddingY={1}>
      {done ? <Icon accessibilityLabel="done" icon="check-circle" size={14} color="success" /> : null}
      <Box marginStart={done ? 1 : 0}>
        <Text size="200" weight={here ? 'bold' : 'normal'} color={here || done ? 'default' : 'subtle'}>
          {`${stepIndex(step) + 1}. ${stepLabels[step]}`}
        </Text>
      </Box>
    </Box>
  );
}

/** Where the user is in the wizard; earlier steps can be revisited with a click or the keyboard. */
export function StepIndicator({ current, canGoTo, onGoTo }: Props) {
  return (
    <nav aria-label="Steps">
      <ol className="step-indicator">
        {stepNames.map((step) => (
          <li key={step} aria-current={step === current ? 'step' : undefined} data-indicator-step={step}>
            {canGoTo(step) ? (
              <TapArea rounding={2} onTap={() => onGoTo(step)} accessibilityLabel={`Back to ${stepIndex(step) + 1}. ${stepLabels[step]}`}>
                <StepLabel step={step} current={current} />
              </TapArea>
            ) : (
              <StepLabel step={step} current={current} />
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
