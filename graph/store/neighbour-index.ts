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

interface Entity {
  id: string;
  kind: string;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class NeighbourIndex {
  private readonly internal = new Map<string, number>();
  private readonly entities = new Map<number, Entity>();
  private readonly lists = new Map<number, Neighbour[]>();
  /** Entities whose list is in page order already: each is sorted on its first request. */
  private readonly ordered = new Set<number>();

  /** From the rows of `grafeoEntityList` and `grafeoEntityEdgeList`. */
  static fromRows(entities: Iterable<Record<string, unknown>>, edges: Iterable<Record<string, unknown>>): NeighbourIndex {
    const index = new NeighbourIndex();
    for (const row of entities) {
      const node = Number(row.node);
      index.internal.set(String(row.id), node);
      index.entities.set(node, { id: String(row.id), kind: String(row.kind) });
    }
    for (const row of edges) {
      const [source, target] = [Number(row.source), Number(row.target)];
      const seen = { edge: Number(row.edge), type: String(row.type), weight: Number(row.weight) || 0 };
      index.listOf(source).push({ ...seen, far: target });
      if (target !== source) index.listOf(target).push({ ...seen, far: source });
    }
    return index;
  }

  private listOf(node: number): Neighbour[] {
    let list = this.lists.get(node);
    if (!list) this.lists.set(node, (list = []));
    return list;
  }

  /** The entity id of an internal node id, when it is an entity. */
  idOf(node: number): string | undefined {
    return this.entities.get(node)?.id;
  }

  /** Most supporting documents first, then by the far end's id, then by type (the order of the Cypher page query). */
  private inOrder(node: number): Neighbour[] {
    const list = this.lists.get(node) ?? [];
    if (!this.ordered.has(node)) {
      const idOf = (n: Neighbour) => this.entities.get(n.far)?.id ?? '';
      list.sort((a, b) => b.weight - a.weight || byText(idOf(a), idOf(b)) || byText(a.type, b.type) || a.edge - b.edge);
      this.ordered.add(node);
    }
    return list;
  }

  /** The centre's internal id, the page's neighbours and how many match in all; null for an unknown entity. */
  page(query: NeighbourQuery): { centre: number; neighbours: Neighbour[]; total: number } | null {
    const centre = this.internal.get(query.id);
    if (centre === undefined) return null;
    const list = this.inOrder(centre);
    const types = query.types?.length ? new Set(query.types) : null;
    const kinds = query.kinds?.length ? new Set(query.kinds) : null;
    const matching = types || kinds
      ? list.filter((n) => (!types || types.has(n.type)) && (!kinds || kinds.has(this.entities.get(n.far)?.kind ?? '')))
      : list;
    return { centre, neighbours: matching.slice(query.offset, query.offset + query.limit), total: matching.length };
  }
}
