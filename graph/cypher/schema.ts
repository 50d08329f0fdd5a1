// Constraints and indexes created on every start. Neo4j backs a uniqueness
// constraint with an index of its own; Grafeo needs the index stated, and
// without it every MERGE scans all nodes.
import { GRAPH_LABELS } from '../schema.js';

const UNIQUE_IDS = [GRAPH_LABELS.entity, GRAPH_LABELS.document, GRAPH_LABELS.fact];

const LOOKUPS: Array<[label: string, property: string]> = [
  [GRAPH_LABELS.document, 'file'],
  [GRAPH_LABELS.entity, 'name'],
  [GRAPH_LABELS.fact, 'subject'],
  [GRAPH_LABELS.fact, 'indicator'],
  [GRAPH_LABELS.fact, 'year'],
];

function indexName(label: string, property: string): string {
  return `${label.toLowerCase()}_${property.toLowerCase()}`;
}

function index(label: string, property: string): string {
  return `CREATE INDEX ${indexName(label, property)} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`;
}

/** Neo4j's Lucene index over entity names and aliases, split in character pairs by the CJK analyzer. */
export const NAME_INDEX = 'entity_names';

/** Created by the Neo4j store on start, apart from schemaStatements: scripts that recreate a graph need no search index. */
export const NEO4J_NAME_INDEX = `CREATE FULLTEXT INDEX ${NAME_INDEX} IF NOT EXISTS FOR (n:${GRAPH_LABELS.entity}) ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'cjk'}}`;

export function schemaStatements(store: 'embedded' | 'neo4j'): string[] {
  const ids = UNIQUE_IDS.map((label) =>
    store === 'neo4j'
      ? `CREATE CONSTRAINT ${indexName(label, 'id')} IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`
      : index(label, 'id'),
  );
  return [...ids, ...LOOKUPS.map(([label, property]) => index(label, property))];
}
