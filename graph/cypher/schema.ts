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

export function schemaStatements(store: 'embedded' | 'neo4j'): string[] {
  const ids = UNIQUE_IDS.map((label) =>
    store === 'neo4j'
      ? `CREATE CONSTRAINT ${indexName(label, 'id')} IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`
      : index(label, 'id'),
  );
  return [...ids, ...LOOKUPS.map(([label, property]) => index(label, property))];
}
