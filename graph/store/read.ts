// Running the shared read statements through any store.
import { countEdges, countNodes } from '../cypher/read.js';
import type { Statement } from '../cypher/statement.js';
import type { GraphStore, PlainValue, StoreCounts } from './types.js';

export async function readRows(store: GraphStore, s: Statement): Promise<Record<string, PlainValue>[]> {
  return (await store.query(s.text, { params: s.params })).rows;
}

export async function countsOf(store: GraphStore): Promise<StoreCounts> {
  const [nodes] = await readRows(store, countNodes());
  const [relationships] = await readRows(store, countEdges());
  return { nodes: Number(nodes?.count ?? 0), relationships: Number(relationships?.count ?? 0) };
}
