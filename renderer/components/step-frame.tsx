import { Box, Flex, Heading, Text } from 'gestalt';
import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import type { StepName } from '../wizard/wizard-state';

/** What a step is doing right now (exposed as `data-state` for tests and assistive styling). */
export type StepState = 'loading' | 'ready' | 'error' | 'busy' | 'empty' | 'running' | 'done';

interface Props {
  step: StepName;
  state: StepState;
  title: string;
  subtitle?: ReactNode;
  /** Right side of the title row (badges, secondary actions). */
  aside?: ReactNode;
  children: ReactNode;
  /** The step's main actions, kept at the bottom in the same place on every step. */
  footer?: ReactNode;
}

let firstScreen = true;

/**
 * The root of every step: `data-step`/`data-state` markers, a heading that takes focus when the
 * step appears (so keyboard and screen-reader users land on the new step), and a steady layout.
 */
export function StepFrame({ step, state, title, subtitle, aside, children, footer }: Props) {
  const headingRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The first screen after start-up keeps the browser's own focus; every later step takes it.
    if (firstScreen) {
      firstScreen = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);
  return (
    <Box as="section" data-step={step} data-state={state} aria-labelledby={`${step}-heading`} aria-busy={state === 'loading' || state === 'busy'}>
      <Flex direction="column" gap={4}>
        <Flex justifyContent="between" alignItems="start" gap={4} wrap>
          <Flex direction="column" gap={1}>
            <div ref={headingRef} tabIndex={-1} className="step-heading" data-testid="step-heading">
              <Heading size="600" accessibilityLevel={1} id={`${step}-heading`}>
                {title}
              </Heading>
            </div>
            {subtitle ? <Text color="subtle">{subtitle}</Text> : null}
          </Flex>
          {aside}
        </Flex>
        {children}
        {footer ? <div className="step-footer">{footer}</div> : null}
      </Flex>
    </Box>
  );
}
