// A Cypher script that recreates the subgraph in an empty Neo4j: the
// constraints first (so the edge MATCHes use the id index), then the nodes,
// then the edges matched by label and id.
import { schemaStatements } from '../cypher/schema.js';
import { GRAPH_LABELS } from '../schema.js';
import type { Subgraph } from './subgraph.js';

export function cypherName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

export function cypherString(text: string): string {
  const escaped = text.replace(/[\\"\u0000-\u001F]/g, (c) => {
    if (c === '\\' || c === '"') return `\\${c}`;
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `"${escaped}"`;
}

export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  if (typeof value === 'object') return cypherMap(value as Record<string, unknown>);
  return cypherString(String(value));
}

function cypherMap(props: Record<string, unknown>): string {
  const entries = Object.entries(props).filter(([, v]) => v !== null && v !== undefined);
  return `{${entries.map(([k, v]) => `${cypherName(k)}: ${cypherLiteral(v)}`).join(', ')}}`;
}

const MAIN_LABELS: string[] = [GRAPH_LABELS.entity, GRAPH_LABELS.document, GRAPH_LABELS.fact];

/** The label a node is matched by: the one its id is unique under. */
function matchLabel(labels: string[]): string {
  const main = MAIN_LABELS.find((l) => labels.includes(l));
  return main ? `:${cypherName(main)}` : '';
}

export function toCypherScript(graph: Subgraph): string {
  const labelsOf = new Map(graph.nodes.map((n) => [n.id, n.labels]));
  const lines = schemaStatements('neo4j').map((s) => `${s};`);
  for (const n of graph.nodes) {
    lines.push(`CREATE (${n.labels.map((l) => `:${cypherName(l)}`).join('')} ${cypherMap({ ...n.properties, id: n.id })});`);
  }
  for (const e of graph.edges) {
    lines.push(
      `MATCH (a${matchLabel(labelsOf.get(e.source) ?? [])} {id: ${cypherString(e.source)}}), ` +
        `(b${matchLabel(labelsOf.get(e.target) ?? [])} {id: ${cypherString(e.target)}}) ` +
        `CREATE (a)-[:${cypherName(e.type)} ${cypherMap(e.properties)}]->(b);`,
    );
  }
  return `${lines.join('\n')}\n`;
}
