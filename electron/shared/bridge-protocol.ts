// Constants shared by the loopback HTTP bridge (electron/app/bridge) and the renderer's browser
// client (renderer/api). The protocol itself is documented at the top of electron/app/bridge/bridge.ts.

/** Header carrying the per-run secret on every /api request. */
export const bridgeSecretHeader = 'x-bridge-secret';

/** Key of the URL fragment (`#k=<secret>`) through which the printed URL hands the secret over. */
export const bridgeSecretFragmentKey = 'k';

/** Paths served by the bridge. `call` is a prefix: POST `/api/<channel>`. */
export const bridgePaths = {
  call: '/api/',
  events: '/api/events',
  stageFile: '/api/stage-file',
  download: '/api/download',
} as const;

/** URL path of a contract call (channel names contain `:`, which is legal in a path segment). */
export function bridgeCallPath(channel: string): string {
  return `${bridgePaths.call}${encodeURIComponent(channel)}`;
}

/** Header with the staged file's name (URI-encoded); `?name=` works too. */
export const bridgeFileNameHeader = 'x-file-name';

/** Largest file the browser shell may stage (bytes): far above a million-row CSV. */
export const bridgeMaxStagedBytes = 2 * 1024 * 1024 * 1024;

/** Largest JSON body of a contract call (bytes); mapping JSON imports are the biggest. */
export const bridgeMaxJsonBytes = 4 * 1024 * 1024;
