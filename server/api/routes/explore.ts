// Read-only routes for exploring the graph.
import type { ApiContext } from '../context.js';
import { route } from '../route.js';
import * as s from '../schemas.js';
import * as explore from '../usecases/explore.js';

export function exploreRoutes({ store, search, neighbours }: ApiContext) {
  return [
    route({
      method: 'get', path: '/api/health', tag: 'explore', summary: 'Store kind and size',
      response: s.healthAnswer, errors: [503],
      handle: () => explore.health(store),
    }),
    route({
      method: 'get', path: '/api/schema', tag: 'explore', summary: 'Entity kinds and relation types with counts',
      response: s.schemaAnswer, errors: [503],
      handle: () => explore.describeSchema(store),
    }),
    route({
      method: 'get', path: '/api/search', tag: 'explore',
      summary: 'Entities by name: simplified, traditional, pinyin or English; exact > prefix > alias > fuzzy',
      query: s.searchQuery, response: s.searchAnswer, errors: [400, 503],
      handle: ({ query }) => search.search(query),
    }),
    route({
      method: 'get', path: '/api/nodes/:id', tag: 'explore',
      summary: 'One entity: properties, aliases, documents, facts, degree per relation type',
      params: s.idParams, response: s.nodeAnswer, errors: [400, 404, 503],
      handle: ({ params }) => explore.describeNode(store, params.id),
    }),
    route({
      method: 'get', path: '/api/nodes/:id/neighbors', tag: 'explore',
      summary: 'Neighbouring entities and the edges to them, with evidence, one page at a time',
      params: s.idParams, query: s.neighborsQuery, response: s.neighborsAnswer, errors: [400, 404, 503],
      handle: ({ params, query }) => explore.cachedNeighbors(store, neighbours, params.id, query),
    }),
    route({
      method: 'get', path: '/api/relations', tag: 'explore',
      summary: 'One relationship by its ends and type, with every evidence sentence (neighbour pages carry a preview)',
      query: s.relationQuery, response: s.relationAnswer, errors: [400, 404, 503],
      handle: ({ query }) => explore.relation(store, query),
    }),
    route({
      method: 'get', path: '/api/paths', tag: 'explore', summary: 'Shortest paths between two entities, shortest first',
      query: s.pathsQuery, response: s.pathsAnswer, errors: [400, 404, 503],
      handle: ({ query }) => explore.paths(store, query),
    }),
    route({
      method: 'get', path: '/api/facts', tag: 'explore', summary: 'Numeric facts by indicator, place and year',
      query: s.factsQuery, response: s.factsAnswer, errors: [400, 503],
      handle: ({ query }) => explore.findFacts(store, search, query),
    }),
  ];
}
