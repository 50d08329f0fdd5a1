// Query latencies at the size of a stored graph: a neighbourhood query and an
// entity search (the store's own index when it has one, else the shared
// CONTAINS query), p50/p99 over 200 entities spread through the graph.
// Usage: tsx bench/query.ts   (the store of KG_DATA_DIR, or NEO4J_URI)
import { pathToFileURL } from 'node:url';
import { entityNeighbours, searchEntities } from '../graph/cypher/read.js';
import { openStore } from '../graph/store/open.js';
import { readRows } from '../graph/store/read.js';
import type { GraphStore } from '../graph/store/types.js';

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function latency(label: string, runs: Array<() => Promise<unknown>>): Promise<string> {
  const times: number[] = [];
  for (const run of runs) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return `${label}: p50 ${percentile(times, 50).toFixed(2)} ms, p99 ${percentile(times, 99).toFixed(2)} ms (${times.length} runs)`;
}

function search(store: GraphStore, text: string): Promise<unknown> {
  return store.searchEntities ? store.searchEntities(text, { limit: 20 }) : readRows(store, searchEntities(text, 20));
}

export async function queryLatencies(store: GraphStore): Promise<string[]> {
  const ids = (await store.query('MATCH (e:Entity) RETURN e.id AS id, e.name AS name', { rowLimit: 1_000_000 })).rows;
  if (ids.length === 0) return ['no entities to query'];
  const sample = Array.from({ length: 200 }, (_, i) => ids[(i * 7919) % ids.length]);
  const started = performance.now();
  await search(store, String(sample[0].name).slice(0, 2));
  const first = performance.now() - started;
  return [
    await latency('neighbourhood query', sample.map((r) => () => readRows(store, entityNeighbours(String(r.id), 50)))),
    `search: first query ${first.toFixed(0)} ms (${store.searchEntities ? 'builds the name index' : 'CONTAINS scan'})`,
    await latency('search query', sample.map((r) => () => search(store, String(r.name).slice(0, 2)))),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const store = await openStore();
  try {
    process.stdout.write(`${(await queryLatencies(store)).join('\n')}\n`);
  } finally {
    await store.close();
  }
}
