// Free Cypher from the query console: read-only (the store refuses writes),
// bounded in time and rows, with every node, edge and path collected for drawing.
import type { GraphStore } from '../../../graph/store/types.js';
import { collectGraph } from '../graph-view.js';

export interface QueryLimits {
  timeoutMs: number;
  rowLimit: number;
}

export async function runReadQuery(store: GraphStore, cypher: string, params: Record<string, unknown>, limits: QueryLimits) {
  const result = await store.query(cypher, { params, timeoutMs: limits.timeoutMs, rowLimit: limits.rowLimit });
  return { columns: result.columns, rows: result.rows, graph: collectGraph(result.rows) };
}
