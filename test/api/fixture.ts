// A real server on port 0 over a real store.
import type { GraphStore } from '../../graph/store/types.js';
import type { ApiConfig } from '../../server/api/config.js';
import { type RunningServer, startServer } from '../../server/api/server.js';

export interface Fixture {
  store: GraphStore;
  server: RunningServer;
  url: string;
  get(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/** Serves `store` (closed with the server) on a free port of 127.0.0.1. */
export async function startFixture(graph: GraphStore, config: Partial<ApiConfig> = {}): Promise<Fixture> {
  const server = await startServer({ port: 0, store: graph, config: { log: false, clientDir: undefined, ...config } });
  return {
    store: graph,
    server,
    url: server.url,
    get: (path, init) => fetch(server.url + path, init),
    close: async () => {
      await server.close();
      await graph.close();
    },
  };
}
