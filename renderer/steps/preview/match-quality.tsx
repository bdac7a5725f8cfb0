import { Datapoint, Flex, Heading, Text } from 'gestalt';
import { formatPercent } from '../../components/format';
import type { Evaluation } from '../../wizard/wizard-state';
import { matchAdvice, matchItems } from './match-advice';

/** How well Pinterest will be able to match these conversions to people. */
export function MatchQuality({ evaluation }: { evaluation?: Evaluation }) {
  const shares = evaluation?.matchQuality ?? {};
  return (
    <div className="card" data-testid="match-quality" data-state={evaluation ? 'ready' : 'loading'}>
      <Flex direction="column" gap={3}>
        <Heading size="300" accessibilityLevel={2}>
          Match quality
        </Heading>
        <Flex gap={6} wrap>
          {matchItems(shares).map((item) => (
            <Datapoint key={item.key} size="md" title={item.label} value={evaluation ? formatPercent(item.share) : '–'} badge={item.recommended ? { text: 'Recommended', type: 'recommendation' } : undefined} />
          ))}
        </Flex>
        <Text size="200">{evaluation ? matchAdvice(shares) : 'Checking the whole file…'}</Text>
      </Flex>
    </div>
  );
}
