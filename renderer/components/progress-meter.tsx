import { Flex, Text } from 'gestalt';

interface Props {
  label: string;
  /** 0..1, or null while the total is unknown (an indeterminate bar). */
  fraction: number | null;
  detail?: string;
}

/** A labelled progress bar (Gestalt has none): the native element keeps its accessible role. */
export function ProgressMeter({ label, fraction, detail }: Props) {
  const pct = fraction === null ? undefined : Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <Flex direction="column" gap={1}>
      <Flex justifyContent="between" gap={2}>
        <Text size="200" weight="bold">
          {label}
        </Text>
        <Text size="200" color="subtle">
          {detail ?? (pct === undefined ? '' : `${pct}%`)}
        </Text>
      </Flex>
      <progress className="progress-meter" aria-label={label} max={100} value={pct} />
    </Flex>
  );
}
