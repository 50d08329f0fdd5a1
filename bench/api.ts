// API overhead: search and neighbours at 50 concurrent connections through
// HTTP (autocannon in its own worker thread), beside the same use cases called
// in process with the same concurrency, on the synthetic corpus of
// bench/corpus.ts ingested through the real extractor.
// Usage: tsx bench/api.ts [documents] [seconds]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ingestFiles } from '../graph/ingest/ingest.js';
import { GrafeoStore } from '../graph/store/grafeo.js';
import { startServer } from '../server/api/server.js';
import { neighbors } from '../server/api/usecases/explore.js';
import { EntitySearch } from '../server/api/usecases/search.js';
import { writeCorpus } from './corpus.js';

const DOCUMENTS = Number(process.argv[2] ?? 1000);
const SECONDS = Number(process.argv[3] ?? 10);
const CONNECTIONS = 50;

interface Figures {
  p50: number;
  p99: number;
  rps: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * `CONNECTIONS` loops calling `work` back to back for `seconds`. Like each of
 * autocannon's connections, each loop walks the request list from its start,
 * so both sides ask the same mix.
 */
async function direct(work: (i: number) => Promise<unknown>, seconds: number): Promise<Figures> {
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  const loop = async () => {
    for (let i = 0; performance.now() < end; i++) {
      const started = performance.now();
      await work(i);
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, loop));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), rps: latencies.length / elapsed };
}

async function overHttp(url: string, paths: string[], seconds: number): Promise<Figures> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    workers: 1,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  if (result.non2xx > 0) throw new Error(`${result.non2xx} answers were not 2xx`);
  if (result.errors > 0) console.log(`  (${result.errors} connection errors, ${result.timeouts} timeouts)`);
  return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average };
}

const fmt = (f: Figures) => `p50 ${f.p50.toFixed(1).padStart(6)} ms  p99 ${f.p99.toFixed(1).padStart(6)} ms  ${f.rps.toFixed(0).padStart(6)} req/s`;

const store = GrafeoStore.open();
await store.init();
let started = performance.now();
const work = mkdtempSync(join(tmpdir(), 'kg-bench-api-'));
try {
  const files = writeCorpus(join(work, 'corpus'), DOCUMENTS);
  const ingest = await ingestFiles(store, files, { dataDir: join(work, 'data') });
  if (ingest.failures.length > 0) console.log(`${ingest.failures.length} documents failed to ingest`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
const counts = await store.counts();
console.log(`graph: ${DOCUMENTS} documents, ${counts.nodes} nodes, ${counts.relationships} relationships in ${((performance.now() - started) / 1000).toFixed(1)} s`);

/** A fixed pseudo-random order, so the first requests of every connection are a mix of kinds and degrees. */
function shuffled<T>(list: T[]): T[] {
  let seed = 7;
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const sample = await store.query('MATCH (e:Entity) RETURN e.id AS id, e.name AS name ORDER BY e.id', { params: {} });
const entityIds = shuffled(sample.rows.map((r) => String(r.id))).slice(0, 200);
const names = shuffled(sample.rows.map((r) => String(r.name))).slice(0, 100);
const searches = shuffled(names.flatMap((name) => [name, name.slice(0, 2)]).concat(['shanghai', 'xinnengyuan', '新能源', 'hangzhou']));
const neighborOptions = { limit: 50, offset: 0, types: undefined, kinds: undefined };

const search = new EntitySearch(store);
started = performance.now();
await search.search({ q: 'warm-up', limit: 20, kinds: undefined });
console.log(`search index built in ${(performance.now() - started).toFixed(0)} ms`);

const server = await startServer({ port: 0, store, config: { log: false, queryRatePerMinute: 0, writeRatePerMinute: 0, clientDir: undefined } });
const rows: Array<[string, Figures, Figures]> = [];
try {
  const nDirect = await direct((i) => neighbors(store, entityIds[i % entityIds.length], neighborOptions), SECONDS);
  const nHttp = await overHttp(server.url, entityIds.map((id) => `/api/nodes/${encodeURIComponent(id)}/neighbors?limit=50`), SECONDS);
  rows.push(['neighbours', nDirect, nHttp]);
  // The server keeps its own index: wait for it to be built before measuring.
  await fetch(`${server.url}/api/search?q=warm`);
  const sDirect = await direct((i) => search.search({ q: searches[i % searches.length], limit: 20, kinds: undefined }), SECONDS);
  const sHttp = await overHttp(server.url, searches.map((q) => `/api/search?q=${encodeURIComponent(q)}&limit=20`), SECONDS);
  rows.push(['search', sDirect, sHttp]);
} finally {
  await server.close();
  await store.close();
}

console.log(`\n${CONNECTIONS} concurrent, ${SECONDS} s each`);
for (const [name, inProcess, http] of rows) {
  console.log(`${name.padEnd(10)} in process  ${fmt(inProcess)}`);
  console.log(`${''.padEnd(10)} over HTTP   ${fmt(http)}`);
  console.log(`${''.padEnd(10)} overhead    ${(inProcess.rps / http.rps).toFixed(2)}x req/s, ${(http.p50 / inProcess.p50).toFixed(2)}x p50`);
}
console.log('\ngoals: neighbours p99 < 30 ms and >= 1,000 req/s; search p99 < 50 ms; overhead <= 1.5x');
