// neo4j-driver values to plain typed objects, one small mapper per driver
// type. Relationship ends arrive as element ids; the caller's lookup turns
// them into the nodes' `id` properties.
import neo4j, {
  type Integer, type Node, type Path, type Relationship,
} from 'neo4j-driver';
import type { GraphEdge, GraphNode, GraphPath, PlainValue } from './types.js';

/** The stable `id` of the node with element id `elementId`. */
export type ElementLookup = (elementId: string) => string;

const identity: ElementLookup = (elementId) => elementId;

export function integerValue(value: Integer): number | string {
  return value.inSafeRange() ? value.toNumber() : value.toString();
}

function propertiesOf(props: Record<string, unknown>, lookup: ElementLookup): Record<string, PlainValue> {
  const out: Record<string, PlainValue> = {};
  for (const [k, v] of Object.entries(props)) out[k] = neo4jValue(v, lookup);
  return out;
}

export function nodeValue(node: Node, lookup: ElementLookup = identity): GraphNode {
  const properties = propertiesOf(node.properties, lookup);
  return {
    id: typeof properties.id === 'string' ? properties.id : node.elementId,
    labels: [...node.labels].sort(),
    properties,
  };
}

export function relationshipValue(rel: Relationship, lookup: ElementLookup = identity): GraphEdge {
  return {
    id: rel.elementId,
    type: rel.type,
    source: lookup(rel.startNodeElementId),
    target: lookup(rel.endNodeElementId),
    properties: propertiesOf(rel.properties, lookup),
  };
}

export function pathValue(path: Path, lookup: ElementLookup = identity): GraphPath {
  return {
    nodes: [path.start, ...path.segments.map((s) => s.end)].map((n) => nodeValue(n, lookup)),
    edges: path.segments.map((s) => relationshipValue(s.relationship, lookup)),
  };
}

/** Dates, times, date-times and durations as their ISO strings. */
export function temporalValue(value: { toString(): string }): string {
  return value.toString();
}

function isTemporal(v: unknown): boolean {
  return neo4j.isDate(v as never) || neo4j.isDateTime(v as never) || neo4j.isLocalDateTime(v as never) ||
    neo4j.isTime(v as never) || neo4j.isLocalTime(v as never) || neo4j.isDuration(v as never);
}

export function neo4jValue(v: unknown, lookup: ElementLookup = identity): PlainValue {
  if (v === null || v === undefined) return null;
  if (neo4j.isInt(v)) return integerValue(v as Integer);
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map((x) => neo4jValue(x, lookup));
  if (neo4j.isNode(v as never)) return nodeValue(v as Node, lookup);
  if (neo4j.isRelationship(v as never)) return relationshipValue(v as Relationship, lookup);
  if (neo4j.isPath(v as never)) return pathValue(v as Path, lookup);
  if (isTemporal(v)) return temporalValue(v as { toString(): string });
  if (neo4j.isPoint(v as never)) {
    const p = v as { srid: Integer | number; x: number; y: number; z?: number };
    return { srid: neo4jValue(p.srid), x: p.x, y: p.y, ...(p.z === undefined ? {} : { z: p.z }) };
  }
  if (typeof v === 'object') return propertiesOf(v as Record<string, unknown>, lookup);
  return String(v);
}

/** Element ids of every node a value holds, with their `id` properties: what relationship ends resolve against. */
export function collectNodeIds(v: unknown, into: Map<string, string>): void {
  if (Array.isArray(v)) v.forEach((x) => collectNodeIds(x, into));
  else if (neo4j.isNode(v as never)) {
    const node = v as Node;
    if (typeof node.properties.id === 'string') into.set(node.elementId, node.properties.id);
  } else if (neo4j.isPath(v as never)) {
    const path = v as Path;
    collectNodeIds([path.start, ...path.segments.map((s) => s.end)], into);
  } else if (v && typeof v === 'object' && !neo4j.isInt(v) && !neo4j.isRelationship(v as never)) {
    Object.values(v).forEach((x) => collectNodeIds(x, into));
  }
}

/** Element ids of relationship ends a value holds. */
export function collectEndpoints(v: unknown, into: Set<string>): void {
  if (Array.isArray(v)) v.forEach((x) => collectEndpoints(x, into));
  else if (neo4j.isRelationship(v as never)) {
    const rel = v as Relationship;
    into.add(rel.startNodeElementId);
    into.add(rel.endNodeElementId);
  } else if (neo4j.isPath(v as never)) {
    (v as Path).segments.forEach((s) => collectEndpoints(s.relationship, into));
  } else if (v && typeof v === 'object' && !neo4j.isInt(v) && !neo4j.isNode(v as never)) {
    Object.values(v).forEach((x) => collectEndpoints(x, into));
  }
}

/** Whole-number parameters become Integers, so LIMIT $n and integer properties stay integers in Neo4j. */
export function toNeo4jParam(v: unknown): unknown {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return neo4j.int(v);
  if (Array.isArray(v)) return v.map(toNeo4jParam);
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toNeo4jParam(x)]));
  }
  return v;
}
