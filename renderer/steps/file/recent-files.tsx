import { Button, Flex, Heading, Text } from 'gestalt';
import { useApi } from '../../api/api-context';
import { formatWhen } from '../../components/format';
import { useAsync } from '../../hooks/use-async';

/** Files opened before, one click to open again. Hidden when there are none. */
export function RecentFiles({ onOpen, disabled }: { onOpen: (path: string) => void; disabled: boolean }) {
  const api = useApi();
  const [recent] = useAsync(() => api.datasetRecent({}), 'recent');
  if (recent.status !== 'ready' || recent.value.files.length === 0) return null;
  return (
    <Flex direction="column" gap={2}>
      <Heading size="300" accessibilityLevel={2}>
        Recent files
      </Heading>
      <ul className="plain-list" data-testid="recent-files">
        {recent.value.files.slice(0, 6).map((f) => (
          <li key={`${f.path}-${f.openedAt}`}>
            <Flex gap={2} alignItems="baseline" wrap>
              <Button
                size="sm"
                color="transparent"
                iconStart="history"
                text={f.fileName}
                accessibilityLabel={`Open ${f.fileName} again`}
                disabled={disabled}
                onClick={() => onOpen(f.path)}
              />
              <Text inline size="200" color="subtle">
                {formatWhen(f.openedAt)}
              </Text>
            </Flex>
          </li>
        ))}
      </ul>
    </Flex>
  );
}
