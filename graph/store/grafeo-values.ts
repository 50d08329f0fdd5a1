// Grafeo result values to plain typed objects. Grafeo hands nodes and edges
// back as objects tagged with `_id`, `_labels`, `_source`, `_target`, `_type`,
// and paths as `{nodes, edges}`; edge ends are internal ids, resolved to the
// nodes' `id` properties by the caller's lookup.
import type { GraphEdge, GraphNode, GraphPath, PlainValue } from './types.js';

type Tagged = Record<string, unknown>;

/** The stable `id` of the node with internal id `internal`. */
export type EndpointLookup = (internal: number) => string;

const isObject = (v: unknown): v is Tagged => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNodeValue = (v: unknown): v is Tagged => isObject(v) && '_id' in v && '_labels' in v;
const isEdgeValue = (v: unknown): v is Tagged => isObject(v) && '_id' in v && '_source' in v && '_type' in v;
const isPathValue = (v: unknown): v is Tagged =>
  isObject(v) && Object.keys(v).length === 2 && Array.isArray(v.nodes) && Array.isArray(v.edges) &&
  (v.nodes as unknown[]).every(isNodeValue);

/** Property values of `raw` in the order of `keys`, leaving out Grafeo's own tags (`_id`, `_labels`, ...). */
function propertiesOf(raw: Tagged, keys: readonly string[], lookup: EndpointLookup): Record<string, PlainValue> {
  const out: Record<string, PlainValue> = {};
  for (const k of keys) if (!k.startsWith('_')) out[k] = grafeoValue(raw[k], lookup);
  return out;
}

function nodeOf(internal: unknown, labels: readonly string[], properties: Record<string, PlainValue>): GraphNode {
  const id = typeof properties.id === 'string' ? properties.id : `n${String(internal)}`;
  return { id, labels: [...labels].sort(), properties };
}

function edgeOf(internal: unknown, type: unknown, ends: [string, string], properties: Record<string, PlainValue>): GraphEdge {
  return { id: `e:${String(internal)}`, type: String(type), source: ends[0], target: ends[1], properties };
}

export function grafeoNode(v: Tagged, lookup: EndpointLookup): GraphNode {
  return nodeOf(v._id, v._labels as string[], propertiesOf(v, Object.keys(v), lookup));
}

export function grafeoEdge(v: Tagged, lookup: EndpointLookup): GraphEdge {
  return edgeOf(v._id, v._type, [lookup(Number(v._source)), lookup(Number(v._target))], propertiesOf(v, Object.keys(v), lookup));
}

/** What Grafeo's `getNode` gives; read by internal id, so no query result's tags. */
export interface StoredNode {
  labels: string[];
  properties(): object;
}

/** What Grafeo's `getEdge` gives. */
export interface StoredEdge {
  edgeType: string;
  sourceId: number;
  targetId: number;
  properties(): object;
}

const sortedKeys = (o: object) => Object.keys(o).sort();

/** A node read by internal id, as a query returns it: properties in key order. */
export function storedNode(internal: number, node: StoredNode, lookup: EndpointLookup): GraphNode {
  const raw = node.properties() as Tagged;
  return nodeOf(internal, node.labels, propertiesOf(raw, sortedKeys(raw), lookup));
}

/** An edge read by internal id, as a query returns it: properties in key order, ends by entity id. */
export function storedEdge(internal: number, edge: StoredEdge, lookup: EndpointLookup): GraphEdge {
  const raw = edge.properties() as Tagged;
  return edgeOf(internal, edge.edgeType, [lookup(edge.sourceId), lookup(edge.targetId)], propertiesOf(raw, sortedKeys(raw), lookup));
}

function grafeoPath(v: Tagged, lookup: EndpointLookup): GraphPath {
  return {
    nodes: (v.nodes as Tagged[]).map((n) => grafeoNode(n, lookup)),
    edges: (v.edges as Tagged[]).map((e) => grafeoEdge(e, lookup)),
  };
}

export function grafeoValue(v: unknown, lookup: EndpointLookup): PlainValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  if (Buffer.isBuffer(v)) return v.toString('base64');
  if (v instanceof Float32Array) return [...v];
  if (Array.isArray(v)) return v.map((x) => grafeoValue(x, lookup));
  if (isNodeValue(v)) return grafeoNode(v, lookup);
  if (isEdgeValue(v)) return grafeoEdge(v, lookup);
  if (isPathValue(v)) return grafeoPath(v, lookup);
  if (isObject(v)) {
    if ('termType' in v && 'value' in v) return String(v.value);
    const keys = Object.keys(v);
    if (keys.length === 1 && keys[0].startsWith('$')) return String(v[keys[0]]);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, grafeoValue(x, lookup)]));
  }
  return String(v);
}
