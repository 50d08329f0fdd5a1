// Statements that write one document's contributions. Each takes rows already
// shaped by graph/store/rows.ts and writes a whole batch with one UNWIND.
import { GRAPH_LABELS, STRUCTURAL_RELATIONS } from '../schema.js';
import type { DocumentRow, EntityRow, FactRow, RelationRow } from '../store/rows.js';
import { kindLabel, relationLabel } from './labels.js';
import { statement, type Statement } from './statement.js';

const { entity: ENTITY, document: DOCUMENT, fact: FACT } = GRAPH_LABELS;
const { mentions: MENTIONS, hasFact: HAS_FACT, reportedIn: REPORTED_IN } = STRUCTURAL_RELATIONS;

/** Documents that share the id or the file name of a document about to be written. */
export function documentsLike(id: string, file: string): Statement {
  return statement(
    `MATCH (d:${DOCUMENT}) WHERE d.id = $id OR d.file = $file RETURN d.id AS id, d.sha256 AS sha256`,
    { id, file },
  );
}

export function createDocument(doc: DocumentRow): Statement {
  return statement(`CREATE (d:${DOCUMENT}) SET d = $doc`, { doc });
}

/**
 * One kind at a time (the kind label cannot be a parameter), each entity
 * linked to the document. Aliases are the union over documents; the
 * document's own aliases sit on its MENTIONS edge so a removal can recompute them.
 */
export function mergeEntities(documentId: string, kind: string, rows: EntityRow[]): Statement {
  return statement(
    `MATCH (d:${DOCUMENT} {id: $doc})
UNWIND $rows AS r
MERGE (e:${ENTITY}:${kindLabel(kind)} {id: r.id})
ON CREATE SET e.kind = r.kind, e.name = r.name, e.aliases = r.aliases
ON MATCH SET e.aliases = e.aliases + [a IN r.aliases WHERE NOT a IN e.aliases]
SET e.nameEn = coalesce(e.nameEn, r.nameEn), e.divisionCode = coalesce(e.divisionCode, r.divisionCode),
    e.level = coalesce(e.level, r.level)
CREATE (d)-[:${MENTIONS} {count: r.count, aliases: r.aliases}]->(e)`,
    { doc: documentId, rows },
  );
}

/** Evidence is appended as parallel arrays, one entry per statement. */
export function mergeRelations(type: string, rows: RelationRow[]): Statement {
  return statement(
    `UNWIND $rows AS r
MATCH (a:${ENTITY} {id: r.from})
MATCH (b:${ENTITY} {id: r.to})
MERGE (a)-[x:${relationLabel(type)}]->(b)
ON CREATE SET x.documents = r.documents, x.sentences = r.sentences, x.starts = r.starts, x.ends = r.ends
ON MATCH SET x.documents = x.documents + r.documents, x.sentences = x.sentences + r.sentences,
    x.starts = x.starts + r.starts, x.ends = x.ends + r.ends`,
    { rows },
  );
}

export function createFacts(documentId: string, rows: FactRow[]): Statement {
  return statement(
    `MATCH (d:${DOCUMENT} {id: $doc})
UNWIND $rows AS r
MATCH (e:${ENTITY} {id: r.subject})
CREATE (e)-[:${HAS_FACT}]->(f:${FACT})-[:${REPORTED_IN}]->(d)
SET f = r`,
    { doc: documentId, rows },
  );
}
