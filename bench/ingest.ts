// Ingest bench: N synthetic reports (default 1,000, ~20 MB) into a fresh
// Grafeo store, end to end through the real extractor, then p50/p99 of a
// neighbourhood query and a search query at that size.
// Usage: tsx bench/ingest.ts [count] [kilobytes per report]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entityNeighbours, searchEntities } from '../graph/cypher/read.js';
import { ingestFiles } from '../graph/ingest/ingest.js';
import { GrafeoStore } from '../graph/store/grafeo.js';
import { readRows } from '../graph/store/read.js';
import type { GraphStore } from '../graph/store/types.js';
import { writeCorpus } from './corpus.js';

const count = Number(process.argv[2] ?? 1000);
const kilobytes = Number(process.argv[3] ?? 20);

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Times every store write, so graph writes per second leave extraction out. */
function timedWrites(store: GraphStore): { store: GraphStore; ms: () => number } {
  let ms = 0;
  const write = store.writeDocument.bind(store);
  store.writeDocument = async (...args) => {
    const t = performance.now();
    try {
      return await write(...args);
    } finally {
      ms += performance.now() - t;
    }
  };
  return { store, ms: () => ms };
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

const dir = mkdtempSync(join(tmpdir(), 'kg-bench-'));
try {
  const files = writeCorpus(join(dir, 'corpus'), count, kilobytes);
  const grafeo = GrafeoStore.open(join(dir, 'graph.grafeo'));
  await grafeo.init();
  const { store, ms } = timedWrites(grafeo);
  const started = performance.now();
  const summary = await ingestFiles(store, files, { dataDir: dir });
  const total = performance.now() - started;
  const writes = summary.entities + summary.relations;
  const counts = await store.counts();
  const ids = (await store.query('MATCH (e:Entity) RETURN e.id AS id, e.name AS name', { rowLimit: 200_000 })).rows;
  const sample = Array.from({ length: 200 }, (_, i) => ids[(i * 7919) % ids.length]);
  const lines = [
    `documents: ${files.length} (${kilobytes} KB each), ${summary.documents.failed} failed; graph: ${counts.nodes} nodes, ${counts.relationships} relationships`,
    `end to end: ${(total / 1000).toFixed(1)} s (${(total / files.length).toFixed(1)} ms per document)`,
    `store writes: ${writes} entities+relations (+${summary.facts} facts) in ${(ms() / 1000).toFixed(1)} s = ${Math.round(writes / (ms() / 1000))} per s`,
    await latency('neighbourhood query', sample.map((r) => () => readRows(store, entityNeighbours(String(r.id), 50)))),
    await latency('search query', sample.map((r) => () => readRows(store, searchEntities(String(r.name).slice(0, 2), 20)))),
    `peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  ];
  await store.close();
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
