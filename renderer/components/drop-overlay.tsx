import { Flex, Heading, Icon, Text } from 'gestalt';

/** Full-window hint while a file is dragged over the app. */
export function DropOverlay({ visible }: { visible: boolean }) {
  if (!visible) return null;
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <Flex direction="column" alignItems="center" gap={3}>
        <Icon accessibilityLabel="" icon="upload-feed" size={48} color="inverse" />
        <Heading size="600" color="inverse" accessibilityLevel="none">
          Drop your spreadsheet to open it
        </Heading>
        <Text color="inverse">CSV, TSV, TXT or XLSX</Text>
      </Flex>
    </div>
  );
}
