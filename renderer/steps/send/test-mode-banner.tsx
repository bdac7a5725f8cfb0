import { Badge, Flex, Text } from 'gestalt';

/** The unmistakable mode marker: TEST (nothing recorded) or LIVE (real conversions). */
export function TestModeBanner({ live }: { live: boolean }) {
  return (
    <div className={live ? 'mode-banner live' : 'mode-banner test'} data-testid="mode-banner" data-mode={live ? 'live' : 'test'} role="status">
      <Flex gap={3} alignItems="center">
        <Badge text={live ? 'LIVE' : 'TEST'} type={live ? 'error' : 'info'} />
        <Text weight="bold">
          {live ? 'Live: conversions are recorded by Pinterest for this ad account.' : 'Test mode: Pinterest checks every event but records nothing.'}
        </Text>
      </Flex>
    </div>
  );
}
