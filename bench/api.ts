// API overhead: search and neighbours at 50 concurrent connections over HTTP,
// beside the same use cases called in process with the same concurrency, on
// the synthetic corpus of bench/corpus.ts ingested through the real extractor.
//
// How it is measured: the graph is built once into a data folder under /tmp
// and reused by later runs. The in-process figures come first, in this
// process. Then this process closes the store and starts `kg serve` on that
// folder in a child process, so the server has its own event loop and the
// load generator (autocannon, here) does not compete with it on one thread.
// CPU per request is measured for the answering process only (the child for
// HTTP): on a small shared machine the load generator's own CPU otherwise
// counts against the server. Both sides make each request once before measuring, then walk the same
// shuffled request list: neighbours of a sample of
// entities with the hubs among them, at the client's page size; searches for
// names in Chinese, their pinyin, English and two-character prefixes.
// Usage: tsx bench/api.ts [documents] [seconds]
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { pinyin } from 'pinyin-pro';
import { ingestFiles } from '../graph/ingest/ingest.js';
import { openStore } from '../graph/store/open.js';
import type { GraphStore } from '../graph/store/types.js';
import { cachedNeighbors, neighbourCache } from '../server/api/usecases/explore.js';
import { EntitySearch } from '../server/api/usecases/search.js';
import { writeCorpus } from './corpus.js';

const DOCUMENTS = Number(process.argv[2] ?? 1000);
const SECONDS = Number(process.argv[3] ?? 10);
const CONNECTIONS = 50;
/** The page sizes the explorer asks for (client/src/canvas/expand.ts, client/src/api-client/api.ts). */
const NEIGHBOUR_PAGE = 25;
// As the explorer asks: the first few evidence sentences of each edge, the rest when an edge is opened.
const EVIDENCE_PREVIEW = 3;
const SEARCH_LIMIT = 12;

interface Figures {
  p50: number;
  p99: number;
  rps: number;
  /** CPU milliseconds the answering process spent per request (the load generator's excluded). */
  cpuMs: number;
}

/** CPU milliseconds a process has used so far: this one, or a child through /proc (Linux). */
function cpuMsOf(pid?: number): number {
  if (pid === undefined) {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  }
  // Fields 14 and 15 of /proc/<pid>/stat, after the command name in parentheses: user and system time in ticks of 10 ms.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Builds the graph of `documents` reports into a data folder under /tmp, once; later runs reuse it. */
async function cachedGraph(documents: number): Promise<string> {
  const dataDir = join(tmpdir(), `kg-bench-api-${documents}`);
  const complete = join(dataDir, 'complete');
  if (existsSync(complete)) return dataDir;
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const started = performance.now();
  const store = await openStore({ KG_DATA_DIR: dataDir });
  try {
    const files = writeCorpus(join(dataDir, 'corpus'), documents);
    const ingest = await ingestFiles(store, files, { dataDir });
    if (ingest.failures.length > 0) console.log(`${ingest.failures.length} documents failed to ingest`);
  } finally {
    await store.close();
  }
  writeFileSync(complete, '');
  console.log(`graph built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return dataDir;
}

/**
 * Where connection c starts in a request list: spread out, so that
 * connections do not ask for the same thing at the same moment (which would
 * measure how well answers in progress are shared).
 */
const startOf = (c: number, length: number) => Math.floor((c * length) / CONNECTIONS);

/**
 * `CONNECTIONS` loops calling `work` back to back for `seconds`; like each of
 * autocannon's connections, each loop walks the request list from its own start.
 */
async function direct(work: (i: number) => Promise<unknown>, length: number, seconds: number): Promise<Figures> {
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  const loop = async (_: unknown, c: number) => {
    for (let i = startOf(c, length); performance.now() < end; i++) {
      const started = performance.now();
      await work(i);
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  const cpu = cpuMsOf();
  await Promise.all(Array.from({ length: CONNECTIONS }, loop));
  const cpuMs = (cpuMsOf() - cpu) / latencies.length;
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), rps: latencies.length / elapsed, cpuMs };
}

/**
 * Every request once, one after another, before a measured run: a store just
 * opened and a server just started fill their caches on first use, and the
 * figures are of the steady state.
 */
async function warmUp(count: number, call: (i: number) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < count; i++) await call(i);
}

async function overHttp(url: string, server: number, paths: string[], seconds: number): Promise<Figures> {
  await warmUp(paths.length, async (i) => (await fetch(url + paths[i])).arrayBuffer());
  let connections = 0;
  const cpu = cpuMsOf(server);
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [{
      method: 'GET',
      setupRequest: (request, context: { next?: number }) => {
        context.next ??= startOf(connections++, paths.length);
        return { ...request, path: paths[context.next++ % paths.length] };
      },
    }],
  });
  if (result.non2xx > 0) throw new Error(`${result.non2xx} answers were not 2xx`);
  if (result.errors > 0) console.log(`  (${result.errors} connection errors, ${result.timeouts} timeouts)`);
  const cpuMs = (cpuMsOf(server) - cpu) / result.requests.total;
  return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.total / seconds, cpuMs };
}

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

interface Requests {
  entityIds: string[];
  searches: string[];
}

/** 180 entities at random and the 20 of highest degree; 100 names each as written, in pinyin and by their first two characters. */
async function requestMix(store: GraphStore): Promise<Requests> {
  const all = await store.query('MATCH (e:Entity) RETURN e.id AS id, e.name AS name ORDER BY e.id', { params: {} });
  const hubs = await store.query('MATCH (e:Entity)-[r]-(:Entity) RETURN e.id AS id, count(r) AS degree ORDER BY degree DESC LIMIT 20', { params: {} });
  const hubIds = hubs.rows.map((r) => String(r.id));
  const entityIds = shuffled([...shuffled(all.rows.map((r) => String(r.id))).slice(0, 180), ...hubIds]);
  const names = shuffled(all.rows.map((r) => String(r.name))).slice(0, 100);
  const pinyins = names.map((name) => pinyin(name, { toneType: 'none', separator: '' })).filter((p) => /^[a-z]+$/.test(p));
  const english = ['shanghai', 'hangzhou', 'new energy', 'technology', 'industrial park', 'beijing'];
  const searches = shuffled([...names, ...names.map((name) => name.slice(0, 2)), ...pinyins, ...english, '新能源']);
  return { entityIds, searches };
}

const fmt = (f: Figures) =>
  `p50 ${f.p50.toFixed(1).padStart(6)} ms  p99 ${f.p99.toFixed(1).padStart(6)} ms  ${f.rps.toFixed(0).padStart(6)} req/s  cpu ${f.cpuMs.toFixed(2)} ms/req`;

const neighbourPath = (id: string) => `/api/nodes/${encodeURIComponent(id)}/neighbors?limit=${NEIGHBOUR_PAGE}&offset=0&evidence=${EVIDENCE_PREVIEW}`;
const searchPath = (q: string) => `/api/search?q=${encodeURIComponent(q)}&limit=${SEARCH_LIMIT}`;

async function inProcess(dataDir: string): Promise<{ requests: Requests; neighbours: Figures; search: Figures }> {
  const store = await openStore({ KG_DATA_DIR: dataDir });
  try {
    const counts = await store.counts();
    console.log(`graph: ${DOCUMENTS} documents, ${counts.nodes} nodes, ${counts.relationships} relationships`);
    const requests = await requestMix(store);
    const search = new EntitySearch(store);
    const started = performance.now();
    await search.search({ q: 'warm-up', limit: SEARCH_LIMIT, kinds: undefined });
    console.log(`search index built in ${(performance.now() - started).toFixed(0)} ms`);
    const { entityIds, searches } = requests;
    const options = { limit: NEIGHBOUR_PAGE, offset: 0, types: undefined, kinds: undefined, evidence: EVIDENCE_PREVIEW };
    const hubs = neighbourCache(store);
    const neighbour = (i: number) => cachedNeighbors(store, hubs, entityIds[i % entityIds.length], options);
    const find = (i: number) => search.search({ q: searches[i % searches.length], limit: SEARCH_LIMIT, kinds: undefined });
    await warmUp(entityIds.length, neighbour);
    const n = await direct(neighbour, entityIds.length, SECONDS);
    await warmUp(searches.length, find);
    const s = await direct(find, searches.length, SECONDS);
    return { requests, neighbours: n, search: s };
  } finally {
    await store.close();
  }
}

/** `kg serve` on the data folder in a child process; resolves with its URL once it listens. */
function serve(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const env = { ...process.env, KG_DATA_DIR: dataDir, KG_API_LOG: '0', KG_API_QUERY_RATE: '0', KG_API_WRITE_RATE: '0', NEO4J_URI: '' };
  // BENCH_SERVER_FLAGS passes Node flags to the server alone, e.g. --cpu-prof to profile it under load.
  const flags = process.env.BENCH_SERVER_FLAGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...flags, '--import', 'tsx', join(import.meta.dirname, '../server/cli/main.ts'), 'serve', '--port', '0'], {
    env,
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let said = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(said)?.[1];
      if (url) resolve({ url, child });
    });
    child.once('exit', (code) => reject(new Error(`kg serve exited (${code}): ${said}`)));
  });
}

const dataDir = await cachedGraph(DOCUMENTS);
const local = await inProcess(dataDir);
const { url, child } = await serve(dataDir);
const rows: Array<[string, Figures, Figures]> = [];
try {
  const started = performance.now();
  // The server builds its search index at start; the first search waits for it.
  await fetch(`${url}${searchPath('warm-up')}`);
  console.log(`server ready for search after ${(performance.now() - started).toFixed(0)} ms`);
  rows.push(['neighbours', local.neighbours, await overHttp(url, child.pid!, local.requests.entityIds.map(neighbourPath), SECONDS)]);
  rows.push(['search', local.search, await overHttp(url, child.pid!, local.requests.searches.map(searchPath), SECONDS)]);
} finally {
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

console.log(`\n${CONNECTIONS} concurrent, ${SECONDS} s each; neighbours limit ${NEIGHBOUR_PAGE} with ${EVIDENCE_PREVIEW} evidence sentences per edge, search limit ${SEARCH_LIMIT}`);
for (const [name, inProc, http] of rows) {
  console.log(`${name.padEnd(10)} in process  ${fmt(inProc)}`);
  console.log(`${''.padEnd(10)} over HTTP   ${fmt(http)}`);
  console.log(`${''.padEnd(10)} overhead    ${(inProc.rps / http.rps).toFixed(2)}x req/s, ${(http.p50 / inProc.p50).toFixed(2)}x p50, ${(http.cpuMs / inProc.cpuMs).toFixed(2)}x server cpu per request`);
}
console.log('\ngoals: neighbours p99 < 30 ms and >= 1,000 req/s; search p99 < 50 ms; overhead <= 1.5x');
