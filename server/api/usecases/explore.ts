// Reading the graph: what the store holds, one entity, its neighbourhood, the
// paths between two entities, and the numeric facts.
import { KgError } from '../../../graph/errors.js';
import { ENTITY_KINDS, ENTITY_KIND_NAMES, RELATION_TYPES, RELATION_TYPE_NAMES, parseEntityId } from '../../../graph/schema.js';
import type { GraphEdge, GraphNode, GraphStore, NeighbourPage, NeighbourQuery, PlainValue } from '../../../graph/store/types.js';
import { factsWhere, type FactFilter } from '../../../graph/cypher/read.js';
import { isGraphEdge, isGraphNode, isGraphPath, nodeFromColumns, subgraph, toApiEdge, toApiNode } from '../graph-view.js';
import * as q from '../queries.js';
import type { ApiFact, ApiNode, FactsQuery, NeighborsAnswer, NeighborsQuery, PathsQuery, RelationQuery } from '../schemas.js';
import { AnswerCache } from '../answer-cache.js';
import { asNumber, asString, run } from './run.js';
import type { EntitySearch } from './search.js';

export async function health(store: GraphStore) {
  const counts = await store.counts();
  return { status: 'ok' as const, store: store.kind, ...counts };
}

function countMap(rows: Array<Record<string, PlainValue>>): Map<string, number> {
  return new Map(rows.map((row) => [asString(row.name), asNumber(row.count)]));
}

/** Every kind and relation type of graph/schema.ts with how many the store holds. */
export async function describeSchema(store: GraphStore) {
  const [kinds, types] = await Promise.all([run(store, q.countByKind()), run(store, q.countByRelationType())]);
  const kindCounts = countMap(kinds.rows);
  const typeCounts = countMap(types.rows);
  return {
    kinds: ENTITY_KIND_NAMES.map((name) => ({ name, ...ENTITY_KINDS[name], count: kindCounts.get(name) ?? 0 })),
    relationTypes: RELATION_TYPE_NAMES.map((name) => {
      const { zh, en, color, symmetric } = RELATION_TYPES[name];
      return { name, zh, en, color, symmetric, count: typeCounts.get(name) ?? 0 };
    }),
  };
}

function toFact(row: Record<string, PlainValue>, names: ReadonlyMap<string, string>): ApiFact {
  const subject = asString(row.place);
  return {
    subject,
    subjectName: names.get(subject) ?? subject,
    indicator: asString(row.indicator),
    value: asNumber(row.value),
    unit: asString(row.unit),
    measure: asString(row.measure),
    fall: row.fall === true,
    year: typeof row.year === 'number' ? row.year : null,
    document: typeof row.document === 'string' ? row.document : null,
    sentence: typeof row.sentence === 'string' ? row.sentence : null,
  };
}

async function factRows(store: GraphStore, filter: FactFilter, limit: number): Promise<ApiFact[]> {
  const rows = (await run(store, factsWhere(filter, limit))).rows;
  const ids = [...new Set(rows.map((row) => asString(row.place)))];
  const found = ids.length > 0 ? (await run(store, q.entityNames(ids))).rows : [];
  const names = new Map(found.map((row) => [asString(row.id), asString(row.name)]));
  return rows.map((row) => toFact(row, names));
}

/** Facts for comparing places and years; a place given by name stands for every entity of that exact name. */
export async function findFacts(store: GraphStore, search: EntitySearch, filter: FactsQuery) {
  const { indicator, year, limit } = filter;
  if (!filter.place) return { facts: await factRows(store, { indicator, year }, limit) };
  const places = parseEntityId(filter.place) ? [filter.place] : await search.exactIds(filter.place);
  const facts = (await Promise.all(places.map((place) => factRows(store, { place, indicator, year }, limit)))).flat();
  return { facts: facts.slice(0, limit) };
}

async function entityOrNull(store: GraphStore, id: string): Promise<GraphNode | null> {
  return (await run(store, q.entityById(id))).rows.map(nodeFromColumns)[0] ?? null;
}

function unknownEntity(id: string): KgError {
  return new KgError('NOT_FOUND', `No entity with id ${JSON.stringify(id)}; search for one with /api/search?q=`);
}

async function requireEntity(store: GraphStore, id: string): Promise<GraphNode> {
  const node = await entityOrNull(store, id);
  if (!node) throw unknownEntity(id);
  return node;
}

/** One entity with the documents that mention it, its facts and its degree per relation type. */
export async function describeNode(store: GraphStore, id: string) {
  const node = await requireEntity(store, id);
  const [documents, facts, degree] = await Promise.all([
    run(store, q.documentsMentioning(id)),
    factRows(store, { place: id }, 1000),
    run(store, q.degreeByType(id)),
  ]);
  return {
    node: toApiNode(node),
    documents: documents.rows.map((row) => ({
      id: asString(row.id),
      file: asString(row.file),
      title: asString(row.title),
      mentions: asNumber(row.mentions),
    })),
    facts,
    degree: Object.fromEntries(degree.rows.map((row) => [asString(row.type), asNumber(row.count)])),
  };
}

/** A neighbour page through the queries of ../queries.ts: for stores without `neighbourPage` of their own. */
export async function neighbourPageByQuery(store: GraphStore, query: NeighbourQuery): Promise<NeighbourPage> {
  const filter = { id: query.id, types: query.types && [...query.types], kinds: query.kinds && [...query.kinds] };
  const page = await run(store, q.neighborPage(filter, query.limit, query.offset));
  const order = page.rows.map((row) => asNumber(row.edge));
  // A short page that is not past the end is the last one, and tells the total: most entities have one page.
  const last = order.length < query.limit && (order.length > 0 || query.offset === 0);
  const [rows, total] = await Promise.all([
    order.length > 0 ? run(store, q.neighborEdges(filter, order)).then((r) => r.rows) : [],
    last ? query.offset + order.length : run(store, q.neighborCount(filter)).then((r) => asNumber(r.rows[0]?.total)),
  ]);
  const rank = new Map(order.map((edge, i) => [edge, i]));
  const edges = rows
    .filter((row) => isGraphNode(row.node) && isGraphEdge(row.edge))
    .sort((a, b) => (rank.get(asNumber(a.edgeId)) ?? 0) - (rank.get(asNumber(b.edgeId)) ?? 0))
    .map((row) => ({ edge: row.edge as GraphEdge, node: row.node as GraphNode, source: asString(row.source), target: asString(row.target) }));
  // The centre is looked up only when the page is empty: to tell an unknown id from a lonely entity.
  const centre = rows.length > 0 && isGraphNode(rows[0].centre) ? rows[0].centre : await entityOrNull(store, query.id);
  return { centre, edges, total };
}

export async function neighbors(store: GraphStore, id: string, options: NeighborsQuery): Promise<NeighborsAnswer> {
  const query = { id, types: options.types, kinds: options.kinds, limit: options.limit, offset: options.offset };
  const page = await (store.neighbourPage ? store.neighbourPage(query) : neighbourPageByQuery(store, query));
  if (!page.centre) throw unknownEntity(id);
  const nodes = new Map<string, ApiNode>();
  const edges = page.edges.map(({ edge, node, source, target }) => {
    const far = toApiNode(node);
    nodes.set(far.id, far);
    return toApiEdge(edge, new Map(), { source, target }, options.evidence);
  });
  return { nodes: [toApiNode(page.centre), ...nodes.values()], edges, total: page.total };
}

/** Entities with more neighbours than this have their pages kept: ordering their edges costs tens of milliseconds. */
const HUB_NEIGHBOURS = 500;

export function neighbourCache(store: GraphStore): AnswerCache<NeighborsAnswer> {
  return new AnswerCache<NeighborsAnswer>({
    entries: 1_000,
    maxAgeMs: store.kind === 'neo4j' ? 5_000 : Infinity,
    keep: (answer) => answer.total > HUB_NEIGHBOURS,
  });
}

/** `neighbors`, through the cache of hub pages. */
export function cachedNeighbors(store: GraphStore, cache: AnswerCache<NeighborsAnswer>, id: string, options: NeighborsQuery) {
  const { limit, offset, types, kinds, evidence } = options;
  return cache.answer(JSON.stringify([id, limit, offset, types, kinds, evidence]), () => neighbors(store, id, options));
}

/** One relationship with every evidence sentence, found by its ends and type: what an edge's page showed a preview of. */
export async function relation(store: GraphStore, { from, to, type }: RelationQuery) {
  const edge = (await run(store, q.relationBetween(from, to, type))).rows.map((row) => row.edge).find(isGraphEdge);
  if (!edge) {
    throw new KgError('NOT_FOUND', `No ${type} relationship from ${JSON.stringify(from)} to ${JSON.stringify(to)}; the edges of an entity are listed by /api/nodes/{id}/neighbors`);
  }
  return { edge: toApiEdge(edge, new Map(), { source: from, target: to }) };
}

export async function paths(store: GraphStore, options: PathsQuery) {
  await Promise.all([requireEntity(store, options.from), requireEntity(store, options.to)]);
  if (options.from === options.to) return { paths: [] };
  const result = await run(store, q.shortestPaths(options.from, options.to, options.maxHops, options.limit));
  const found = result.rows.map((row) => row.path).filter(isGraphPath);
  found.sort((a, b) => a.edges.length - b.edges.length);
  return { paths: found.map((path) => subgraph(path.nodes, path.edges)) };
}
