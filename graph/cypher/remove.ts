// Statements that take one document's contributions back out, in the order
// they must run: evidence first (it is found through the document's
// mentions), then facts, then the document, then entities nobody mentions.
import { GRAPH_LABELS, STRUCTURAL_RELATIONS } from '../schema.js';
import { statement, type Statement } from './statement.js';

const { entity: ENTITY, document: DOCUMENT, fact: FACT } = GRAPH_LABELS;
const { mentions: MENTIONS, reportedIn: REPORTED_IN } = STRUCTURAL_RELATIONS;

export function mentionedEntityIds(documentId: string): Statement {
  return statement(
    `MATCH (d:${DOCUMENT} {id: $doc}) OPTIONAL MATCH (d)-[:${MENTIONS}]->(e:${ENTITY}) RETURN d.id AS document, collect(e.id) AS ids`,
    { doc: documentId },
  );
}

/** Drops the document's entries from every edge's evidence arrays; an edge left with none goes. */
export function dropEvidence(documentId: string): Statement {
  return statement(
    `MATCH (:${DOCUMENT} {id: $doc})-[:${MENTIONS}]->(:${ENTITY})-[x]-(:${ENTITY})
WHERE $doc IN x.documents
WITH DISTINCT x
WITH x, [i IN range(0, size(x.documents) - 1) WHERE x.documents[i] <> $doc] AS keep
SET x.documents = [i IN keep | x.documents[i]], x.sentences = [i IN keep | x.sentences[i]],
    x.starts = [i IN keep | x.starts[i]], x.ends = [i IN keep | x.ends[i]]
WITH x WHERE size(x.documents) = 0
DELETE x`,
    { doc: documentId },
  );
}

export function deleteFacts(documentId: string): Statement {
  return statement(`MATCH (f:${FACT})-[:${REPORTED_IN}]->(:${DOCUMENT} {id: $doc}) DETACH DELETE f`, { doc: documentId });
}

export function deleteDocument(documentId: string): Statement {
  return statement(`MATCH (d:${DOCUMENT} {id: $doc}) DETACH DELETE d`, { doc: documentId });
}

export function deleteUnmentioned(entityIds: string[]): Statement {
  return statement(
    `UNWIND $ids AS id
MATCH (e:${ENTITY} {id: id})
OPTIONAL MATCH (e)<-[m:${MENTIONS}]-()
WITH e, count(m) AS mentions
WHERE mentions = 0
DETACH DELETE e`,
    { ids: entityIds },
  );
}

/** Aliases of the entities that remain: the union of what their remaining documents saw. */
export function recomputeAliases(entityIds: string[]): Statement {
  return statement(
    `UNWIND $ids AS id
MATCH (e:${ENTITY} {id: id})<-[m:${MENTIONS}]-()
WITH e, collect(m.aliases) AS lists
SET e.aliases = reduce(acc = [], l IN lists | acc + [a IN l WHERE NOT a IN acc])`,
    { ids: entityIds },
  );
}
