// Subgraphs the page asks for through the read-only Cypher route: the first view,
// a saved view, and what an uploaded document mentions.
import { GRAPH_LABELS, STRUCTURAL_RELATIONS } from '../../../graph/schema.js';
import { query } from '../api-client/api.js';
import type { Subgraph } from '../api-client/schemas.js';

const E = GRAPH_LABELS.entity;

function merge(...parts: Subgraph[]): Subgraph {
  return { nodes: parts.flatMap((p) => p.nodes), edges: parts.flatMap((p) => p.edges) };
}

/** The relations among the given entities. */
async function linksAmong(ids: string[]): Promise<Subgraph> {
  if (ids.length < 2) return { nodes: [], edges: [] };
  const { graph } = await query(`MATCH (a:${E})-[r]->(b:${E}) WHERE a.id IN $ids AND b.id IN $ids RETURN a, r, b`, { ids });
  return graph;
}

export interface Overview {
  graph: Subgraph;
  /** Whole-graph degree of the hubs, for node sizes. */
  degrees: Map<string, number>;
}

/** The most connected entities and the links among them: a first view without typing, small enough to read. */
export async function overview(count = 40): Promise<Overview> {
  const top = await query(
    `MATCH (n:${E})-[r]-(:${E}) RETURN n.id AS id, count(r) AS degree ORDER BY degree DESC LIMIT $count`,
    { count },
  );
  const degrees = new Map<string, number>();
  for (const row of top.rows) if (typeof row.id === 'string') degrees.set(row.id, Number(row.degree));
  return { graph: await entitiesById([...degrees.keys()]), degrees };
}

/** The given entities and the relations among them, for reopening a saved view. */
export async function entitiesById(ids: string[]): Promise<Subgraph> {
  if (ids.length === 0) return { nodes: [], edges: [] };
  const [nodes, links] = await Promise.all([query(`MATCH (n:${E}) WHERE n.id IN $ids RETURN n`, { ids }), linksAmong(ids)]);
  return merge(nodes.graph, links);
}

/** The entities the named documents mention, with the relations among them. */
export async function entitiesOfDocuments(files: string[], limit = 150): Promise<Subgraph> {
  const found = await query(
    `MATCH (d:${GRAPH_LABELS.document})-[:${STRUCTURAL_RELATIONS.mentions}]->(e:${E}) WHERE d.file IN $files RETURN e LIMIT $limit`,
    { files, limit },
  );
  const ids = found.graph.nodes.map((n) => n.id);
  return merge(found.graph, await linksAmong(ids));
}
