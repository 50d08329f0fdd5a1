// The Express app: security headers and logging, the API routes declared in
// ./routes, the OpenAPI document generated from them, the built client, and
// one error shape for everything.
import type { RequestListener } from 'node:http';
import express from 'express';
import type { DestinationStream } from 'pino';
import type { GraphStore } from '../../graph/store/types.js';
import { type ApiConfig, configFromEnv } from './config.js';
import type { ApiContext } from './context.js';
import { errorHandler, notFoundHandler } from './http-errors.js';
import { requestLogger } from './logging.js';
import { openApiDocument } from './openapi.js';
import { type RouteSpec, mount } from './route.js';
import { documentRoutes } from './routes/documents.js';
import { exploreRoutes } from './routes/explore.js';
import { exportRoutes } from './routes/export.js';
import { queryRoutes } from './routes/query.js';
import { securityHeaders } from './security.js';
import { type Middleware, directReads } from './direct-reads.js';
import { clientRouter } from './static-client.js';
import { EntitySearch } from './usecases/search.js';
import { neighbourCache } from './usecases/explore.js';

export interface AppDeps {
  store: GraphStore;
  /** Overrides of the configuration read from the environment. */
  config?: Partial<ApiConfig>;
  /** Where request logs go when logging is on; stdout by default. */
  logDestination?: DestinationStream;
  /**
   * Build the search index and the store's indexes at once, and again after every change
   * (a large graph takes seconds), instead of on the first request that needs them.
   */
  warm?: boolean;
}

export const API_VERSION = '0.1.0';

export function apiRoutes(context: ApiContext): RouteSpec[] {
  return [...exploreRoutes(context), ...queryRoutes(context), ...exportRoutes(context), ...documentRoutes(context)];
}

/** The Express app, with the plain read routes answered ahead of its router (./direct-reads.ts). */
export function createApp(deps: AppDeps): RequestListener {
  const config = { ...configFromEnv(), ...deps.config };
  const search = new EntitySearch(deps.store);
  const neighbours = neighbourCache(deps.store);
  const warm = () => {
    if (!deps.warm) return;
    search.warm();
    deps.store.warm?.().catch(() => {});
  };
  const context: ApiContext = {
    store: deps.store, config, search, neighbours,
    graphChanged: () => {
      search.invalidate();
      neighbours.clear();
      warm();
    },
  };
  warm();
  const routes = apiRoutes(context);
  const openapi = openApiDocument(routes, API_VERSION);

  const app = express();
  app.disable('x-powered-by');
  // Answers are computed per request; hashing each for an ETag costs more than it saves.
  app.disable('etag');
  app.set('query parser', 'simple');
  const middleware: Middleware[] = [...(config.log ? [requestLogger(deps.logDestination)] : []), securityHeaders()];
  for (const step of middleware) app.use(step);
  app.use('/api', express.json({ limit: config.bodyLimit, strict: true }));

  const api = express.Router();
  api.get('/api/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  mount(api, routes);
  app.use(api);
  app.use('/api', notFoundHandler);

  const client = clientRouter(config.clientDir);
  if (client) app.use(client);
  app.use(notFoundHandler);
  app.use(errorHandler);
  return directReads(routes, middleware, app);
}
