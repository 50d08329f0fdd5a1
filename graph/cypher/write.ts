// Statements that write documents' contributions. Each takes rows already
// shaped by graph/store/rows.ts (possibly several documents merged) and
// writes a whole batch with one UNWIND, its rows packed as lists (packed.ts).
import { GRAPH_LABELS, STRUCTURAL_RELATIONS } from '../schema.js';
import type { DocumentRow, EntityRow, FactRow, MentionRow, RelationRow } from '../store/rows.js';
import { kindLabel, relationLabel } from './labels.js';
import { packed } from './packed.js';
import { statement, type Statement } from './statement.js';

const { entity: ENTITY, document: DOCUMENT, fact: FACT } = GRAPH_LABELS;
const { mentions: MENTIONS, hasFact: HAS_FACT, reportedIn: REPORTED_IN } = STRUCTURAL_RELATIONS;

const ENTITY_ROW = packed<EntityRow>(['id', 'kind', 'name', 'aliases', 'nameEn', 'divisionCode', 'level']);
const MENTION_ROW = packed<MentionRow>(['document', 'entity', 'count', 'aliases']);
const RELATION_ROW = packed<RelationRow>(['from', 'to', 'documents', 'sentences', 'starts', 'ends']);
const FACT_ROW = packed<FactRow>([
  'id', 'subject', 'indicator', 'value', 'unit', 'measure', 'fall', 'year', 'document', 'sentence', 'start', 'end',
]);

/** Stored documents that share an id or a file name with documents about to be written. */
export function documentsLike(ids: string[], files: string[]): Statement {
  return statement(
    `MATCH (d:${DOCUMENT}) WHERE d.id IN $ids OR d.file IN $files RETURN d.id AS id, d.file AS file`,
    { ids, files },
  );
}

export function createDocuments(docs: DocumentRow[]): Statement {
  return statement(`UNWIND $docs AS doc CREATE (d:${DOCUMENT}) SET d = doc`, { docs });
}

/**
 * One kind at a time (the kind label cannot be a parameter). Aliases are the
 * union over documents; each document's own aliases sit on its MENTIONS edge
 * (createMentions) so a removal can recompute them.
 */
export function mergeEntities(kind: string, rows: EntityRow[]): Statement {
  const r = ENTITY_ROW.at;
  return statement(
    `UNWIND $rows AS r
MERGE (e:${ENTITY}:${kindLabel(kind)} {id: ${r.id}})
ON CREATE SET e.kind = ${r.kind}, e.name = ${r.name}, e.aliases = ${r.aliases}, e.nameEn = ${r.nameEn},
    e.divisionCode = ${r.divisionCode}, e.level = ${r.level}
ON MATCH SET e.aliases = e.aliases + [a IN ${r.aliases} WHERE NOT a IN e.aliases],
    e.nameEn = coalesce(e.nameEn, ${r.nameEn}), e.divisionCode = coalesce(e.divisionCode, ${r.divisionCode}),
    e.level = coalesce(e.level, ${r.level})`,
    { rows: ENTITY_ROW.pack(rows) },
  );
}

/** Entities known not to exist yet, for a store that knows which do (graph/store/entity-index.ts). */
export function createEntities(kind: string, rows: EntityRow[]): Statement {
  const r = ENTITY_ROW.at;
  return statement(
    `UNWIND $rows AS r
CREATE (e:${ENTITY}:${kindLabel(kind)} {
  id: ${r.id}, kind: ${r.kind}, name: ${r.name}, aliases: ${r.aliases}, nameEn: ${r.nameEn},
  divisionCode: ${r.divisionCode}, level: ${r.level}
})`,
    { rows: ENTITY_ROW.pack(rows) },
  );
}

/** Each row a document and an entity it mentions; a flat UNWIND lets both ends be found through the id indexes. */
export function createMentions(rows: MentionRow[]): Statement {
  const r = MENTION_ROW.at;
  return statement(
    `UNWIND $rows AS r
MATCH (d:${DOCUMENT} {id: ${r.document}})
MATCH (e:${ENTITY} {id: ${r.entity}})
CREATE (d)-[:${MENTIONS} {count: ${r.count}, aliases: ${r.aliases}}]->(e)`,
    { rows: MENTION_ROW.pack(rows) },
  );
}

/** The edge `x`'s evidence arrays set from the row (`=`) or extended by it (`+`). */
function evidence(how: '=' | '+'): string {
  const r = RELATION_ROW.at;
  const fields = ['documents', 'sentences', 'starts', 'ends'] as const;
  return fields.map((f) => `x.${f} = ${how === '+' ? `x.${f} + ` : ''}${r[f]}`).join(', ');
}

/** Evidence is appended as parallel arrays, one entry per statement. */
export function mergeRelations(type: string, rows: RelationRow[]): Statement {
  const r = RELATION_ROW.at;
  return statement(
    `UNWIND $rows AS r
MATCH (a:${ENTITY} {id: ${r.from}})
MATCH (b:${ENTITY} {id: ${r.to}})
MERGE (a)-[x:${relationLabel(type)}]->(b)
ON CREATE SET ${evidence('=')}
ON MATCH SET ${evidence('+')}`,
    { rows: RELATION_ROW.pack(rows) },
  );
}

export function createFacts(rows: FactRow[]): Statement {
  const r = FACT_ROW.at;
  return statement(
    `UNWIND $rows AS r
MATCH (d:${DOCUMENT} {id: ${r.document}})
MATCH (e:${ENTITY} {id: ${r.subject}})
CREATE (e)-[:${HAS_FACT}]->(f:${FACT} {
  id: ${r.id}, subject: ${r.subject}, indicator: ${r.indicator}, value: ${r.value}, unit: ${r.unit},
  measure: ${r.measure}, fall: ${r.fall}, year: ${r.year}, document: ${r.document}, sentence: ${r.sentence}, start: ${r.start}, end: ${r.end}
})-[:${REPORTED_IN}]->(d)`,
    { rows: FACT_ROW.pack(rows) },
  );
}

/**
 * New edges only, for a store that knows which edges exist (graph/store/edge-index.ts):
 * no MERGE, so no walk over the busy endpoints' edges.
 */
export function createRelations(type: string, rows: RelationRow[]): Statement {
  const r = RELATION_ROW.at;
  return statement(
    `UNWIND $rows AS r
MATCH (a:${ENTITY} {id: ${r.from}})
MATCH (b:${ENTITY} {id: ${r.to}})
CREATE (a)-[:${relationLabel(type)} {
  documents: ${r.documents}, sentences: ${r.sentences}, starts: ${r.starts}, ends: ${r.ends}
}]->(b)`,
    { rows: RELATION_ROW.pack(rows) },
  );
}

/**
 * Evidence appended to edges known to exist. The edge is found by walking
 * from the endpoint with fewer edges of the type: `from: 'target'` starts the
 * pattern at the target, which both Grafeo and Neo4j then expand from.
 */
export function appendEvidence(type: string, rows: RelationRow[], from: 'source' | 'target'): Statement {
  const label = relationLabel(type);
  const r = RELATION_ROW.at;
  const pattern = from === 'source'
    ? `(a:${ENTITY} {id: ${r.from}})-[x:${label}]->(b:${ENTITY} {id: ${r.to}})`
    : `(b:${ENTITY} {id: ${r.to}})<-[x:${label}]-(a:${ENTITY} {id: ${r.from}})`;
  return statement(
    `UNWIND $rows AS r
MATCH ${pattern}
SET ${evidence('+')}`,
    { rows: RELATION_ROW.pack(rows) },
  );
}
