import { Box, ColorSchemeProvider, Flex, Heading, Text } from 'gestalt';
import { ApiProvider } from './api/api-context';
import { getApi } from './api/get-api';
import { WizardApp } from './wizard/wizard-app';

function NoBackend() {
  return (
    <Box padding={8} data-step="none" data-state="error">
      <Flex direction="column" gap={2}>
        <Heading size="600">Conversions Uploader cannot reach its backend</Heading>
        <Text>
          Open the full address that <code>npm run serve</code> printed (it ends with #k=...), or start the desktop app with
          npm start.
        </Text>
      </Flex>
    </Box>
  );
}

/** Root component: theme that follows the OS (light/dark), the transport, the wizard. */
export function App() {
  const api = getApi();
  return (
    <ColorSchemeProvider colorScheme="userPreference">
      {api ? (
        <ApiProvider api={api}>
          <WizardApp />
        </ApiProvider>
      ) : (
        <NoBackend />
      )}
    </ColorSchemeProvider>
  );
}
