// Store values (GraphNode, GraphEdge, GraphPath) as the API shows them: nodes
// keyed by their entity id, edges with their evidence unpacked from the
// parallel arrays the stores keep.
import type { GraphEdge, GraphNode, GraphPath, PlainValue } from '../../graph/store/types.js';
import { EVIDENCE_PROPERTIES, isEntityKind } from '../../graph/schema.js';
import type { ApiEdge, ApiNode, Evidence, Subgraph } from './schemas.js';

/** The first `max` items of an array property as strings; [] when it is no array. */
function strings(value: unknown, max = Infinity): string[] {
  return Array.isArray(value) ? value.slice(0, max).map(String) : [];
}

function numbers(value: unknown, max = Infinity): Array<number | null> {
  return Array.isArray(value) ? value.slice(0, max).map((v) => (typeof v === 'number' ? v : null)) : [];
}

const lengthOf = (value: unknown): number => (Array.isArray(value) ? value.length : 0);

/** The id a client sees: the `id` property (entity id, document id) when there is one. */
export function nodeKey(node: GraphNode): string {
  const id = node.properties.id;
  return typeof id === 'string' && id.length > 0 ? id : node.id;
}

/** A node returned as the columns `id, labels, properties` (the shape of graph/cypher/read.ts). */
export function nodeFromColumns(row: Record<string, PlainValue>): GraphNode {
  const properties = typeof row.properties === 'object' && row.properties !== null && !Array.isArray(row.properties)
    ? (row.properties as Record<string, unknown>)
    : {};
  return { id: String(row.id), labels: Array.isArray(row.labels) ? row.labels.map(String) : [], properties };
}

export function toApiNode(node: GraphNode): ApiNode {
  const p = node.properties;
  const kindProperty = typeof p.kind === 'string' && isEntityKind(p.kind) ? p.kind : null;
  const kind = kindProperty ?? node.labels.find(isEntityKind) ?? null;
  const name = typeof p.name === 'string' ? p.name : typeof p.title === 'string' ? p.title : typeof p.indicator === 'string' ? p.indicator : nodeKey(node);
  return { id: nodeKey(node), labels: node.labels, kind, name, aliases: strings(p.aliases), properties: p };
}

function evidenceCount(properties: Record<string, unknown>): number {
  return Math.max(lengthOf(properties.documents), lengthOf(properties.sentences));
}

/**
 * The edge's evidence, unpacked from its parallel arrays: the first `limit` sentences, all by
 * default. Only those are unpacked: a hub edge may hold thousands.
 */
export function evidenceOf(properties: Record<string, unknown>, limit = Infinity): Evidence[] {
  const count = Math.min(limit, evidenceCount(properties));
  const documents = strings(properties.documents, count);
  const sentences = strings(properties.sentences, count);
  const starts = numbers(properties.starts, count);
  const ends = numbers(properties.ends, count);
  return Array.from({ length: count }, (_, i) => ({
    document: documents[i] ?? documents[0] ?? '',
    sentence: sentences[i] ?? '',
    start: starts[i] ?? null,
    end: ends[i] ?? null,
  }));
}

const EVIDENCE_KEYS = new Set(Object.keys(EVIDENCE_PROPERTIES));

/** Edge properties other than the evidence arrays, which travel unpacked in `evidence`. */
function otherProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in properties) if (!EVIDENCE_KEYS.has(key)) out[key] = properties[key];
  return out;
}

/** `keys` maps store node ids to client ids, for edges whose ends came in the same answer. */
/** `evidenceLimit`: at most this many evidence sentences, the first ones; all when absent. */
export function toApiEdge(
  edge: GraphEdge, keys: ReadonlyMap<string, string>, ends?: { source: string; target: string }, evidenceLimit?: number,
): ApiEdge {
  return {
    id: edge.id,
    type: edge.type,
    source: ends?.source ?? keys.get(edge.source) ?? edge.source,
    target: ends?.target ?? keys.get(edge.target) ?? edge.target,
    evidence: evidenceOf(edge.properties, evidenceLimit),
    evidenceTotal: evidenceCount(edge.properties),
    properties: otherProperties(edge.properties),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isGraphPath(value: unknown): value is GraphPath {
  return isObject(value) && Array.isArray(value.nodes) && Array.isArray(value.edges) && Object.keys(value).length === 2;
}

export function isGraphNode(value: unknown): value is GraphNode {
  return isObject(value) && typeof value.id === 'string' && Array.isArray(value.labels) && isObject(value.properties);
}

export function isGraphEdge(value: unknown): value is GraphEdge {
  return isObject(value) && typeof value.id === 'string' && typeof value.type === 'string' &&
    typeof value.source === 'string' && typeof value.target === 'string' && isObject(value.properties);
}

/** Every node, edge and path anywhere in the rows (inside lists and maps too), each once. */
export function collectGraph(rows: ReadonlyArray<Record<string, PlainValue>>): Subgraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const visit = (value: unknown): void => {
    if (isGraphPath(value)) {
      value.nodes.forEach(visit);
      value.edges.forEach(visit);
    } else if (isGraphNode(value)) {
      nodes.set(value.id, value);
    } else if (isGraphEdge(value)) {
      edges.set(value.id, value);
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (isObject(value)) {
      Object.values(value).forEach(visit);
    }
  };
  rows.forEach(visit);
  return subgraph([...nodes.values()], [...edges.values()]);
}

/** Nodes and edges from one answer, edge ends translated to client ids. */
export function subgraph(nodes: GraphNode[], edges: GraphEdge[]): Subgraph {
  const keys = new Map(nodes.map((n) => [n.id, nodeKey(n)]));
  return { nodes: nodes.map(toApiNode), edges: edges.map((e) => toApiEdge(e, keys)) };
}
