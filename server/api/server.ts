// Starts the app on a port (0 for any free one) and closes it cleanly.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphStore } from '../../graph/store/types.js';
import { type AppDeps, createApp } from './app.js';

export interface ServerOptions {
  port: number;
  /** Defaults to 127.0.0.1: the API is only reachable from this machine unless told otherwise. */
  host?: string;
  store: GraphStore;
  config?: AppDeps['config'];
  logDestination?: AppDeps['logDestination'];
  warm?: boolean;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function startServer(options: ServerOptions): Promise<RunningServer> {
  const { store, config, logDestination, warm } = options;
  const server = createServer(createApp({ store, config, logDestination, warm }));
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shownHost}:${port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((closeError) => (closeError ? fail(closeError) : done()));
            server.closeAllConnections();
          }),
      });
    });
    server.keepAliveTimeout = 5_000;
  });
}
