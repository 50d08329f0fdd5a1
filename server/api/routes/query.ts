// The read-only Cypher console.
import type { ApiContext } from '../context.js';
import { route } from '../route.js';
import { rateLimiter } from '../security.js';
import * as s from '../schemas.js';
import { runReadQuery } from '../usecases/query.js';

export function queryRoutes({ store, config }: ApiContext) {
  return [
    route({
      method: 'post', path: '/api/query', tag: 'query',
      summary: 'Read-only Cypher with parameters; writes are refused, a timeout and a row cap apply',
      body: s.queryBody, response: s.queryAnswer, errors: [400, 403, 408, 413, 429, 503],
      before: [rateLimiter('query', config.queryRatePerMinute)],
      handle: ({ body }) =>
        runReadQuery(store, body.cypher, body.params, { timeoutMs: config.queryTimeoutMs, rowLimit: config.queryRowLimit }),
    }),
  ];
}
