/**
 * The loopback HTTP bridge: serves the built renderer and the backend to a browser on this
 * machine (`npm run serve`, end-to-end tests). Protocol:
 *
 * - Binds 127.0.0.1 only (there is no host option; the bound address is asserted after listen).
 * - A per-run secret of 32 random bytes (base64url). The printed URL carries it in the fragment,
 *   `http://127.0.0.1:PORT/#k=SECRET`, which browsers never send to a server, so it never lands
 *   in a log. The page reads it, drops the fragment, and sends it on every API request in the
 *   `x-bridge-secret` header (compared in constant time). Wrong or missing: 403, Result error
 *   kind `forbidden`.
 * - Every request: the Host header must be `127.0.0.1:PORT` or `localhost:PORT` (defeats DNS
 *   rebinding) or the answer is 421. API requests with an Origin header must come from that same
 *   origin (403 otherwise).
 * - `POST /api/<channel>` (channel URI-encoded or raw, e.g. `/api/auth:status`), body = the
 *   channel's input as JSON (`content-type: application/json`, at most 4 MiB). Answer: 200 with
 *   the Result JSON `{ok:true,value}` / `{ok:false,error}`; input is validated by the backend.
 *   Transport failures answer a failed Result too, with 400/405/413/415/500.
 * - `GET /api/events`: Server-Sent Events (`event: <name>` + one `data: <json>` line), read
 *   with fetch because EventSource cannot send the secret header; `: ping` comments keep it open.
 * - `POST /api/stage-file?name=<file name>` (or header `x-file-name`, URI-encoded), body = the
 *   file's bytes (at most 2 GiB): stores a TEMPORARY COPY in `<dataDir>/staging/<run>/` (0700
 *   folders, 0600 files) and answers `Result<{path}>` for `dataset:open`. Copies are deleted
 *   when the bridge closes and at process exit; a killed run's copies are swept at next start.
 * - `GET /api/download?job=<jobId>&ticket=<token>`: a report download. `report:export` without a
 *   path stores nothing and answers a `downloadUrl` of this form; the ticket is random, single
 *   use, valid for 10 minutes and bound to that job and this backend's data folder. The bridge
 *   generates the CSV on demand, streaming it into the response (`text/csv`, attachment, no
 *   length, `no-store`). Unknown, used or expired tickets: 404 with a failed Result. There is no
 *   way to name a file path.
 * - Any other path: a GET/HEAD for a file of the renderer build (listed in its manifest; no
 *   traversal possible), with a strict Content-Security-Policy; otherwise 404.
 */
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { bridgeMaxStagedBytes, bridgeSecretFragmentKey } from '../../shared/bridge-protocol';
import type { Backend } from '../backend/create-backend';
import type { BridgeState } from './bridge-routes';
import { handleRequest } from './bridge-routes';
import { createEventStreams } from './event-stream';
import { dropReportTickets } from '../report/report-tickets';
import { createFileStaging } from './file-staging';
import { loadStaticManifest } from './static-assets';

/** The only address the bridge ever binds. */
export const bridgeHost = '127.0.0.1';

/** What startBridge needs. There is deliberately no host option. */
export interface BridgeOptions {
  backend: Backend;
  /** 0 (default) picks a free port. */
  port?: number;
  /** The renderer build (out/renderer). */
  staticDir: string;
  /** Largest staged file in bytes (default 2 GiB). */
  maxStagedBytes?: number;
}

/** A running bridge. */
export interface Bridge {
  /** `http://127.0.0.1:PORT/#k=SECRET`: open this in a browser. */
  readonly url: string;
  /** `http://127.0.0.1:PORT` without the secret. */
  readonly origin: string;
  readonly port: number;
  readonly secret: string;
  /** Stops listening, ends event streams, deletes staged copies. Does not close the backend. */
  close(): Promise<void>;
}

/** Throws unless the server is bound to the loopback address (never a wildcard or LAN address). */
export function assertLoopback(address: AddressInfo | string | null): AddressInfo {
  if (address === null || typeof address === 'string' || address.address !== bridgeHost) {
    throw new Error(`The bridge must listen on ${bridgeHost} only.`);
  }
  return address;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host: bridgeHost, exclusive: true }, () => resolve());
  }).then(() => {
    try {
      return assertLoopback(server.address()).port;
    } catch (error) {
      server.close();
      throw error;
    }
  });
}

/** Starts the bridge on 127.0.0.1 and resolves once it is listening. */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const secret = randomBytes(32).toString('base64url');
  let port = 0;
  const state: BridgeState = {
    backend: options.backend,
    secret,
    port: () => port,
    manifest: loadStaticManifest(options.staticDir),
    staging: createFileStaging(join(options.backend.config.dataDir, 'staging'), options.maxStagedBytes ?? bridgeMaxStagedBytes),
    streams: createEventStreams(),
  };
  const server = createServer((req, res) => void handleRequest(state, req, res));
  try {
    port = await listen(server, options.port ?? 0);
  } catch (error) {
    state.staging.close();
    throw error;
  }
  const origin = `http://${bridgeHost}:${port}`;
  options.backend.log.info('bridge listening', { port });
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= new Promise<void>((resolve) => {
      state.streams.closeAll();
      server.close(() => resolve());
      server.closeAllConnections();
      state.staging.close();
      dropReportTickets(options.backend.config.dataDir);
    }));
  return { url: `${origin}/#${bridgeSecretFragmentKey}=${secret}`, origin, port, secret, close };
}
