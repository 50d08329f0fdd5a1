import type { GraphStore, QueryResult } from '../../../graph/store/types.js';
import type { CypherQuery } from '../queries.js';

export function run(store: GraphStore, query: CypherQuery): Promise<QueryResult> {
  return store.query(query.text, { params: query.params });
}

export function asNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(value ?? 0) || 0;
}

export function asString(value: unknown): string {
  return typeof value === 'string' ? value : value == null ? '' : String(value);
}
