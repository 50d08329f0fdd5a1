// Read queries shared by the CLI, the API, the exporters and the benches.
// They return plain columns (ids, labels, property maps) so both stores hand
// back the same rows without mapping driver graph values.
import { GRAPH_LABELS, STRUCTURAL_RELATIONS } from '../schema.js';
import { depthBound } from './labels.js';
import { NAME_INDEX } from './schema.js';
import { statement, type Statement } from './statement.js';

const { entity: ENTITY, document: DOCUMENT, fact: FACT } = GRAPH_LABELS;
const { hasFact: HAS_FACT } = STRUCTURAL_RELATIONS;

const NODE_COLUMNS = 'n.id AS id, labels(n) AS labels, properties(n) AS properties';
const EDGE_COLUMNS =
  'elementId(r) AS id, type(r) AS type, a.id AS source, b.id AS target, properties(r) AS properties';

export function documentById(id: string): Statement {
  return statement(`MATCH (n:${DOCUMENT} {id: $id}) RETURN ${NODE_COLUMNS}`, { id });
}

export function documentsByFile(file: string): Statement {
  return statement(`MATCH (n:${DOCUMENT} {file: $file}) RETURN ${NODE_COLUMNS}`, { file });
}

export function listDocuments(): Statement {
  return statement(`MATCH (n:${DOCUMENT}) RETURN ${NODE_COLUMNS} ORDER BY n.file, n.id`);
}

export function allNodes(): Statement {
  return statement(`MATCH (n) RETURN ${NODE_COLUMNS} ORDER BY id`);
}

export function allEdges(): Statement {
  return statement(`MATCH (a)-[r]->(b) RETURN ${EDGE_COLUMNS} ORDER BY source, type, target`);
}

/** Ids of every node within `depth` hops of the node with id `id`, in either direction, itself included. */
export function neighbourhoodIds(id: string, depth: number): Statement {
  return statement(
    `MATCH (c) WHERE c.id = $id MATCH (c)-[*0..${depthBound(depth)}]-(n) RETURN DISTINCT n.id AS id`,
    { id },
  );
}

export function nodesByIds(ids: string[]): Statement {
  return statement(`MATCH (n) WHERE n.id IN $ids RETURN ${NODE_COLUMNS} ORDER BY id`, { ids });
}

/** Edges whose both ends are among `ids`. */
export function edgesAmong(ids: string[]): Statement {
  return statement(
    `MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids RETURN ${EDGE_COLUMNS} ORDER BY source, type, target`,
    { ids },
  );
}

/** An entity and its direct neighbours among entities, with the edges between them. */
export function entityNeighbours(id: string, limit: number): Statement {
  return statement(
    `MATCH (a:${ENTITY} {id: $id})-[r]-(b:${ENTITY})
RETURN b.id AS id, b.name AS name, labels(b) AS labels, type(r) AS type, startNode(r).id = a.id AS outgoing
ORDER BY id LIMIT $limit`,
    { id, limit },
  );
}

/** Id, kind, name and aliases of every entity: what a store's in-memory name index is built from. */
export function entityNameList(): Statement {
  return statement(`MATCH (n:${ENTITY}) RETURN n.id AS id, n.kind AS kind, n.name AS name, n.aliases AS aliases`);
}

const CONTAINS = 'n.name CONTAINS $text OR any(a IN n.aliases WHERE a CONTAINS $text)';
const HIT_COLUMNS = 'n.id AS id, n.name AS name, n.kind AS kind';
const BY_NAME = 'ORDER BY size(n.name), n.name LIMIT $limit';

/** Id, aliases and which optional properties every entity holds: what a store's in-memory entity index is built from. */
export function entityFacetList(): Statement {
  return statement(
    `MATCH (n:${ENTITY}) RETURN n.id AS id, n.aliases AS aliases,
  n.nameEn IS NOT NULL AS nameEn, n.divisionCode IS NOT NULL AS divisionCode, n.level IS NOT NULL AS level`,
  );
}

/** Type and end ids of every edge between entities: what a store's in-memory edge index is built from. */
export function entityEdgeList(): Statement {
  return statement(`MATCH (a:${ENTITY})-[x]->(b:${ENTITY}) RETURN type(x) AS type, a.id AS source, b.id AS target`);
}

/** Entities whose name or an alias contains `text`, shortest name first; of the given kinds when there are any. */
export function searchEntities(text: string, limit: number, kinds: readonly string[] = []): Statement {
  return statement(
    `MATCH (n:${ENTITY}) WHERE (${CONTAINS}) AND (size($kinds) = 0 OR n.kind IN $kinds) RETURN ${HIT_COLUMNS} ${BY_NAME}`,
    { text, limit, kinds: [...kinds] },
  );
}

/**
 * The same answer through Neo4j's full-text index (schema.ts): the index
 * finds names holding the text's character pairs as a phrase, CONTAINS keeps the exact ones.
 */
export function searchEntitiesFulltext(text: string, limit: number, kinds: readonly string[] = []): Statement {
  const phrase = `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`;
  return statement(
    `CALL db.index.fulltext.queryNodes('${NAME_INDEX}', $phrase) YIELD node AS n
WHERE (${CONTAINS}) AND (size($kinds) = 0 OR n.kind IN $kinds) RETURN ${HIT_COLUMNS} ${BY_NAME}`,
    { text, phrase, limit, kinds: [...kinds] },
  );
}

export interface FactFilter {
  place?: string;
  indicator?: string;
  year?: number;
}

/** Numeric facts by place (entity id), indicator (substring) and year; any filter may be left out. */
export function factsWhere(filter: FactFilter, limit: number): Statement {
  return statement(
    `MATCH (e:${ENTITY})-[:${HAS_FACT}]->(f:${FACT})
WHERE ($place IS NULL OR e.id = $place) AND ($indicator IS NULL OR f.indicator CONTAINS $indicator)
  AND ($year IS NULL OR f.year = $year)
RETURN e.id AS place, f.indicator AS indicator, f.value AS value, f.unit AS unit, f.measure AS measure, f.fall AS fall,
  f.year AS year, f.document AS document, f.sentence AS sentence
ORDER BY place, indicator, year LIMIT $limit`,
    { place: filter.place ?? null, indicator: filter.indicator ?? null, year: filter.year ?? null, limit },
  );
}

export function countNodes(): Statement {
  return statement('MATCH (n) RETURN count(n) AS count');
}

export function countEdges(): Statement {
  return statement('MATCH ()-[r]->() RETURN count(r) AS count');
}
