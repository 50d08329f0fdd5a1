// Exports as downloads; POST takes the same request as a body, for id lists too long for a URL.
import type { ApiContext } from '../context.js';
import { route } from '../route.js';
import { rateLimiter } from '../security.js';
import * as s from '../schemas.js';
import { exportGraph } from '../usecases/export.js';

const DOWNLOADS = ['application/json', 'application/graphml+xml', 'text/plain', 'application/zip'];

export function exportRoutes({ store, config }: ApiContext) {
  const limit = rateLimiter('export', config.queryRatePerMinute);
  return [
    route({
      method: 'get', path: '/api/export', tag: 'export',
      summary: 'The whole graph or the neighbourhood of entities as JSON (Cytoscape), GraphML, CSV (zip) or Cypher',
      query: s.exportQuery, response: { download: DOWNLOADS }, errors: [400, 404, 429, 503],
      before: [limit],
      handle: ({ query }) => exportGraph(store, { format: query.format, ids: query.ids ?? [], depth: query.depth }),
    }),
    route({
      method: 'post', path: '/api/export', tag: 'export', summary: 'The same export with the ids in a JSON body',
      body: s.exportBody, response: { download: DOWNLOADS }, errors: [400, 404, 413, 429, 503],
      before: [limit],
      handle: ({ body }) => exportGraph(store, body),
    }),
  ];
}
