// Every entity's edges to other entities with the keys a neighbour page is
// ordered by, kept in memory by the Grafeo store: a page is then chosen
// without a query, and only its own few edges and nodes are read from the
// database. Ordering a hub's thousands of edges through Cypher costs tens of
// milliseconds, and even a small page costs three queries. Edge weights
// change with every write, so the store drops the index after each one.
import { GRAPH_LABELS } from '../schema.js';
import { statement, type Statement } from '../cypher/statement.js';
import type { NeighbourQuery } from './types.js';

const ENTITY = GRAPH_LABELS.entity;

/** Grafeo's internal ids of every entity, with its id and kind. */
export function grafeoEntityList(): Statement {
  return statement(`MATCH (n:${ENTITY}) RETURN id(n) AS node, n.id AS id, n.kind AS kind`);
}

/** Grafeo's internal ids of every edge between entities and of its ends, with its type and number of supporting documents. */
export function grafeoEntityEdgeList(): Statement {
  return statement(
    `MATCH (a:${ENTITY})-[r]->(b:${ENTITY}) RETURN id(r) AS edge, id(a) AS source, id(b) AS target, type(r) AS type, size(r.documents) AS weight`,
  );
}

/** One edge seen from one of its ends. */
export interface Neighbour {
  edge: number;
  /** Internal id of the far end. */
  far: number;
  type: string;
  weight: number;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Small numbers for a few distinct strings (kinds, relation types), so that each is held once. */
class Codes {
  readonly names: string[] = [];
  private readonly codes = new Map<string, number>();

  code(name: string): number {
    let code = this.codes.get(name);
    if (code === undefined) this.codes.set(name, (code = this.names.push(name) - 1));
    return code;
  }
}

/**
 * Entities are numbered 0..n-1 (slots); each slot's edges sit side by side in
 * flat typed arrays (compressed sparse rows), from `start[slot]` to
 * `start[slot + 1]`. A few flat arrays instead of an object per edge: the
 * collector of a server holding hundreds of thousands of them would walk them
 * all on every full collection.
 */
export class NeighbourIndex {
  private readonly slotOfId: Map<string, number>;
  private readonly kinds = new Codes();
  private readonly types = new Codes();

  private constructor(
    private readonly ids: string[],
    private readonly slotOfNode: Map<number, number>,
    private readonly nodes: Float64Array,
    private readonly kindOf: Uint16Array,
    private readonly start: Int32Array,
    private readonly edges: Float64Array,
    /** Slot of the far end. */
    private readonly fars: Int32Array,
    private readonly typeOf: Uint16Array,
    private readonly weights: Float64Array,
    /** 1 for slots whose edges are in page order already: each is sorted on its first request. */
    private readonly ordered: Uint8Array,
  ) {
    this.slotOfId = new Map(ids.map((id, slot) => [id, slot]));
  }

  /** From the rows of `grafeoEntityList` and `grafeoEntityEdgeList`. */
  static fromRows(entityRows: ReadonlyArray<Record<string, unknown>>, edgeRows: ReadonlyArray<Record<string, unknown>>): NeighbourIndex {
    const n = entityRows.length;
    const slotOfNode = new Map<number, number>();
    entityRows.forEach((row, slot) => slotOfNode.set(Number(row.node), slot));
    const ends = edgeRows.map((row) => [slotOfNode.get(Number(row.source)), slotOfNode.get(Number(row.target))]);
    const start = new Int32Array(n + 1);
    for (const [a, b] of ends) {
      start[a! + 1]++;
      if (b !== a) start[b! + 1]++;
    }
    for (let slot = 0; slot < n; slot++) start[slot + 1] += start[slot];
    const size = start[n];
    const index = new NeighbourIndex(
      entityRows.map((row) => String(row.id)), slotOfNode, new Float64Array(n), new Uint16Array(n), start,
      new Float64Array(size), new Int32Array(size), new Uint16Array(size), new Float64Array(size), new Uint8Array(n),
    );
    entityRows.forEach((row, slot) => {
      index.nodes[slot] = Number(row.node);
      index.kindOf[slot] = index.kinds.code(String(row.kind));
    });
    const next = start.slice(0, n);
    edgeRows.forEach((row, i) => {
      const [a, b] = ends[i] as [number, number];
      const type = index.types.code(String(row.type));
      for (const [from, far] of a === b ? [[a, b]] : [[a, b], [b, a]]) {
        const at = next[from]++;
        index.edges[at] = Number(row.edge);
        index.fars[at] = far;
        index.typeOf[at] = type;
        index.weights[at] = Number(row.weight) || 0;
      }
    });
    return index;
  }

  /** The entity id of an internal node id, when it is an entity. */
  idOf(node: number): string | undefined {
    const slot = this.slotOfNode.get(node);
    return slot === undefined ? undefined : this.ids[slot];
  }

  /** Most supporting documents first, then by the far end's id, then by type (the order of the Cypher page query). */
  private putInOrder(slot: number): void {
    if (this.ordered[slot]) return;
    const from = this.start[slot];
    const positions = Array.from({ length: this.start[slot + 1] - from }, (_, i) => from + i);
    const { edges, fars, typeOf, weights, ids, types } = this;
    positions.sort((a, b) => weights[b] - weights[a] || byText(ids[fars[a]], ids[fars[b]]) ||
      byText(types.names[typeOf[a]], types.names[typeOf[b]]) || edges[a] - edges[b]);
    const moved = positions.map((at) => [edges[at], fars[at], typeOf[at], weights[at]]);
    moved.forEach(([edge, far, type, weight], i) => {
      edges[from + i] = edge;
      fars[from + i] = far;
      typeOf[from + i] = type;
      weights[from + i] = weight;
    });
    this.ordered[slot] = 1;
  }

  /** The centre's internal id, the page's neighbours and how many match in all; null for an unknown entity. */
  page(query: NeighbourQuery): { centre: number; neighbours: Neighbour[]; total: number } | null {
    const slot = this.slotOfId.get(query.id);
    if (slot === undefined) return null;
    this.putInOrder(slot);
    const types = query.types?.length ? new Set(query.types) : null;
    const kinds = query.kinds?.length ? new Set(query.kinds) : null;
    const neighbours: Neighbour[] = [];
    let total = 0;
    for (let at = this.start[slot]; at < this.start[slot + 1]; at++) {
      const type = this.types.names[this.typeOf[at]];
      if (types && !types.has(type)) continue;
      if (kinds && !kinds.has(this.kinds.names[this.kindOf[this.fars[at]]])) continue;
      if (total >= query.offset && neighbours.length < query.limit) {
        neighbours.push({ edge: this.edges[at], far: this.nodes[this.fars[at]], type, weight: this.weights[at] });
      }
      total++;
    }
    return { centre: this.nodes[slot], neighbours, total };
  }
}
