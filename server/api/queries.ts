// Cypher texts the API needs that graph/cypher/read.ts does not provide (yet):
// pure functions returning {text, params}, candidates to move there. User input only ever travels in params;
// the one number spliced into a text (the hop bound of a path pattern, which
// Cypher cannot take as a parameter) is a validated integer.
import type { Statement } from '../../graph/cypher/statement.js';
import { GRAPH_LABELS, RELATION_TYPE_NAMES, STRUCTURAL_RELATIONS } from '../../graph/schema.js';

export type CypherQuery = Statement;

const { entity: ENTITY, document: DOCUMENT } = GRAPH_LABELS;
const { mentions: MENTIONS } = STRUCTURAL_RELATIONS;

/** Id, kind, name and aliases of every entity: the input of the search index. */
export function listEntities(): CypherQuery {
  return { text: `MATCH (e:${ENTITY}) RETURN e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases`, params: {} };
}

export function countByKind(): CypherQuery {
  return { text: `MATCH (e:${ENTITY}) RETURN e.kind AS name, count(*) AS count`, params: {} };
}

export function countByRelationType(): CypherQuery {
  return { text: `MATCH (:${ENTITY})-[r]->(:${ENTITY}) RETURN type(r) AS name, count(*) AS count`, params: {} };
}

/** One entity by id through the Entity id index (read.ts's nodesByIds scans every node). */
export function entityById(id: string): CypherQuery {
  return { text: `MATCH (n:${ENTITY} {id: $id}) RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties`, params: { id } };
}

/** Names of entities by id, each looked up through the id index. */
export function entityNames(ids: string[]): CypherQuery {
  return { text: `UNWIND $ids AS id MATCH (n:${ENTITY} {id: id}) RETURN n.id AS id, n.name AS name`, params: { ids } };
}

export function documentsMentioning(id: string): CypherQuery {
  return {
    text: `MATCH (d:${DOCUMENT})-[m:${MENTIONS}]->(e:${ENTITY} {id: $id})
RETURN d.id AS id, d.file AS file, d.title AS title, m.count AS mentions ORDER BY mentions DESC, file`,
    params: { id },
  };
}

/** The relationship of one type from one entity to another (at most one: writes merge statements of a relation). */
export function relationBetween(from: string, to: string, type: string): CypherQuery {
  return {
    text: `MATCH (a:${ENTITY} {id: $from})-[r]->(b:${ENTITY} {id: $to}) WHERE type(r) = $type RETURN r AS edge`,
    params: { from, to, type },
  };
}

export function degreeByType(id: string): CypherQuery {
  return {
    text: `MATCH (e:${ENTITY} {id: $id})-[r]-(:${ENTITY}) RETURN type(r) AS type, count(*) AS count`,
    params: { id },
  };
}

export interface NeighborFilter {
  id: string;
  types?: string[];
  kinds?: string[];
}

const NEIGHBOR_MATCH = `MATCH (e:${ENTITY} {id: $id})-[r]-(n:${ENTITY})
WHERE ($types IS NULL OR type(r) IN $types) AND ($kinds IS NULL OR n.kind IN $kinds)`;

function neighborParams(filter: NeighborFilter): Record<string, unknown> {
  return { id: filter.id, types: filter.types?.length ? filter.types : null, kinds: filter.kinds?.length ? filter.kinds : null };
}

/**
 * One page of neighbouring edges, the best-attested first, by the store's
 * edge id: only the sort keys are built for every edge, which a hub has
 * thousands of; `neighborEdges` then builds the page's few.
 */
export function neighborPage(filter: NeighborFilter, limit: number, offset: number): CypherQuery {
  return {
    text: `${NEIGHBOR_MATCH}
RETURN id(r) AS edge, size(r.documents) AS weight, n.id AS node, type(r) AS type
ORDER BY weight DESC, node, type SKIP $offset LIMIT $limit`,
    params: { ...neighborParams(filter), limit, offset },
  };
}

/** Neighbouring edges given by store edge id, with their far ends and the centre, in no particular order. */
export function neighborEdges(filter: NeighborFilter, edgeIds: readonly number[]): CypherQuery {
  return {
    text: `${NEIGHBOR_MATCH} AND id(r) IN $edges
RETURN id(r) AS edgeId, e AS centre, r AS edge, startNode(r).id AS source, endNode(r).id AS target, n AS node`,
    params: { ...neighborParams(filter), edges: edgeIds },
  };
}

export function neighborCount(filter: NeighborFilter): CypherQuery {
  return { text: `${NEIGHBOR_MATCH}\nRETURN count(*) AS total`, params: neighborParams(filter) };
}

/** Shortest paths between two entities through entity relations only (not via documents or facts), up to `maxHops` edges. */
export function shortestPaths(from: string, to: string, maxHops: number, limit: number): CypherQuery {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 10) throw new RangeError(`maxHops ${maxHops} outside 1..10`);
  return {
    text: `MATCH p = allShortestPaths((a:${ENTITY} {id: $from})-[:${RELATION_TYPE_NAMES.join('|')}*..${maxHops}]-(b:${ENTITY} {id: $to}))
RETURN p AS path LIMIT $limit`,
    params: { from, to, limit },
  };
}
