// What an export writes: the whole graph, or the nodes within `depth` hops of
// one node and the edges among them, as plain nodes and edges.
import { allEdges, allNodes, edgesAmong, neighbourhoodIds, nodesByIds } from '../cypher/read.js';
import { KgError } from '../errors.js';
import { readRows } from '../store/read.js';
import type { GraphEdge, GraphNode, GraphStore, PlainValue } from '../store/types.js';

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

type Row = Record<string, PlainValue>;

const asNode = (r: Row): GraphNode => ({
  id: String(r.id), labels: [...(r.labels as string[])].sort(), properties: r.properties as Record<string, unknown>,
});

const asEdge = (r: Row): GraphEdge => ({
  id: String(r.id), type: String(r.type), source: String(r.source), target: String(r.target),
  properties: r.properties as Record<string, unknown>,
});

export async function loadSubgraph(store: GraphStore, around?: { node: string; depth: number }): Promise<Subgraph> {
  if (!around) {
    return { nodes: (await readRows(store, allNodes())).map(asNode), edges: (await readRows(store, allEdges())).map(asEdge) };
  }
  const ids = (await readRows(store, neighbourhoodIds(around.node, around.depth))).map((r) => String(r.id));
  if (ids.length === 0) throw new KgError('NOT_FOUND', `no node has the id ${JSON.stringify(around.node)}`, { id: around.node });
  return {
    nodes: (await readRows(store, nodesByIds(ids))).map(asNode),
    edges: (await readRows(store, edgesAmong(ids))).map(asEdge),
  };
}
