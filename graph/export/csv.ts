// CSV in the neo4j-admin import layout: nodes.csv (`id:ID`, `:LABEL`, typed
// property columns) and relationships.csv (`:START_ID`, `:END_ID`, `:TYPE`,
// typed property columns). Arrays use ARRAY_DELIMITER; import with
// `neo4j-admin database import full --array-delimiter="|" --nodes=nodes.csv --relationships=relationships.csv`.
import { propertyTypes, type ValueType } from './values.js';
import type { Subgraph } from './subgraph.js';

export const ARRAY_DELIMITER = '|';
/** An element that holds the delimiter gets its full-width twin in its place. */
const DELIMITER_STANDIN = '｜';

const ADMIN_TYPE: Record<ValueType, string> = {
  boolean: 'boolean', long: 'long', double: 'double', string: 'string',
  'long[]': 'long[]', 'double[]': 'double[]', 'string[]': 'string[]',
};

/** RFC 4180 quoting: quote a field that holds a quote, a comma or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return csvField(value.map((v) => String(v).split(ARRAY_DELIMITER).join(DELIMITER_STANDIN)).join(ARRAY_DELIMITER));
  return csvField(String(value));
}

function table(header: string[], rows: unknown[][]): string {
  return [header.map(csvField).join(','), ...rows.map((r) => r.map(cell).join(','))].join('\n') + '\n';
}

export function toNeo4jCsv(graph: Subgraph): { 'nodes.csv': string; 'relationships.csv': string } {
  const nodeTypes = propertyTypes(graph.nodes.map((n) => n.properties));
  nodeTypes.delete('id');
  const edgeTypes = propertyTypes(graph.edges.map((e) => e.properties));
  const nodes = table(
    ['id:ID', ':LABEL', ...[...nodeTypes].map(([k, t]) => `${k}:${ADMIN_TYPE[t]}`)],
    graph.nodes.map((n) => [n.id, n.labels.join(ARRAY_DELIMITER), ...[...nodeTypes.keys()].map((k) => n.properties[k])]),
  );
  const relationships = table(
    [':START_ID', ':END_ID', ':TYPE', ...[...edgeTypes].map(([k, t]) => `${k}:${ADMIN_TYPE[t]}`)],
    graph.edges.map((e) => [e.source, e.target, e.type, ...[...edgeTypes.keys()].map((k) => e.properties[k])]),
  );
  return { 'nodes.csv': nodes, 'relationships.csv': relationships };
}
