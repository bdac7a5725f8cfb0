import type { ReactNode } from 'react';
import { createContext, useContext } from 'react';
import type { AppApi } from './get-api';

const ApiContext = createContext<AppApi | null>(null);

/** Makes the backend available to every step and hook below it. */
export function ApiProvider({ api, children }: { api: AppApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

/** The backend (Api + ShellApi) of the current transport. */
export function useApi(): AppApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() outside <ApiProvider>');
  return api;
}
