// Ingest bench: N synthetic reports (default 1,000, ~20 MB) into a fresh
// Grafeo store, then p50/p99 of a neighbourhood query and a search at that size.
// End to end (default): through `ingestFiles`, extraction included, as `kg ingest` runs.
// --store-only: each group of reports extracted, then written, one after the
// other (no overlap), so the store's own rate is seen apart from extraction,
// by wall time and by process CPU time (the machine may be shared).
// Usage: tsx bench/ingest.ts [count] [kilobytes per report] [--store-only]
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractSource } from '../graph/extract/pipeline.js';
import { ingestFiles } from '../graph/ingest/ingest.js';
import { sha256Of } from '../graph/ingest/originals.js';
import { GrafeoStore } from '../graph/store/grafeo.js';
import type { DocumentWrite, GraphStore } from '../graph/store/types.js';
import { writeCorpus } from './corpus.js';
import { queryLatencies } from './query.js';

const args = process.argv.slice(2);
const storeOnly = args.includes('--store-only');
const [count = 1000, kilobytes = 20] = args.filter((a) => !a.startsWith('--')).map(Number);
const GROUP = 64;

const cpuSeconds = (since?: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1e6;
};

/**
 * Times every store write, so graph writes per second leave extraction out.
 * CPU seconds count only when nothing else runs meanwhile (--store-only).
 */
function timedWrites(store: GrafeoStore): () => { wall: number; cpu: number } {
  const spent = { wall: 0, cpu: 0 };
  const timed = <A extends unknown[], R>(write: (...a: A) => Promise<R>) => async (...a: A): Promise<R> => {
    const t = performance.now();
    const cpu = process.cpuUsage();
    try {
      return await write(...a);
    } finally {
      spent.wall += (performance.now() - t) / 1000;
      spent.cpu += cpuSeconds(cpu);
    }
  };
  store.writeDocument = timed(store.writeDocument.bind(store));
  store.writeDocuments = timed(store.writeDocuments.bind(store));
  return () => spent;
}

function extractAll(files: string[]): Promise<DocumentWrite[]> {
  return Promise.all(files.map(async (file) => {
    const bytes = await readFile(file);
    const sha256 = sha256Of(bytes);
    const { extraction, document } = await extractSource({ file, bytes });
    return {
      doc: { id: sha256.slice(0, 16), file, title: document.title, language: document.language, chars: document.text.length, sha256, ingestedAt: new Date().toISOString() },
      extraction,
    };
  }));
}

/**
 * Extracts and writes ingest-sized groups one after the other; only one
 * group's extractions are held at a time. Entities+relations as the store counts them.
 */
async function writeAll(store: GraphStore, files: string[]): Promise<{ writes: number; facts: number }> {
  const out = { writes: 0, facts: 0 };
  for (let i = 0; i < files.length; i += GROUP) {
    const writes = await extractAll(files.slice(i, i + GROUP));
    for (const s of await store.writeDocuments!(writes)) {
      out.writes += s.entities + s.relations;
      out.facts += s.facts;
    }
  }
  return out;
}

/** Peak RSS, and what the JS side holds now (the rest is the store's native memory and the runtime). */
function memoryLine(): string {
  const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
  const { heapUsed, external, arrayBuffers } = process.memoryUsage();
  return `peak RSS: ${mb(process.resourceUsage().maxRSS * 1024)}; now JS heap ${mb(heapUsed)}, external ${mb(external + arrayBuffers)}, RSS ${mb(process.memoryUsage.rss())}`;
}

const dir = mkdtempSync(join(tmpdir(), 'kg-bench-'));
try {
  const files = writeCorpus(join(dir, 'corpus'), count, kilobytes);
  const store = GrafeoStore.open(join(dir, 'graph.grafeo'));
  await store.init();
  const spent = timedWrites(store);
  const lines: string[] = [];
  const cpu = process.cpuUsage();
  const started = performance.now();
  if (storeOnly) {
    const out = await writeAll(store, files);
    const { wall, cpu: writeCpu } = spent();
    const rate = (seconds: number) => `${seconds.toFixed(1)} s = ${Math.round(out.writes / seconds)} per s`;
    lines.push(
      `extraction (not timed as writes): ${((performance.now() - started) / 1000 - wall).toFixed(1)} s`,
      `store only: ${out.writes} entities+relations (+${out.facts} facts): wall ${rate(wall)}; CPU ${rate(writeCpu)}`,
    );
  } else {
    const summary = await ingestFiles(store, files, { dataDir: dir });
    const total = (performance.now() - started) / 1000;
    const writes = summary.entities + summary.relations;
    lines.push(
      `end to end: ${total.toFixed(1)} s (${((total * 1000) / files.length).toFixed(1)} ms per document), ${summary.documents.failed} failed, process CPU ${cpuSeconds(cpu).toFixed(1)} s`,
      `store writes: ${writes} entities+relations (+${summary.facts} facts) in ${spent().wall.toFixed(1)} s = ${Math.round(writes / spent().wall)} per s (overlapping extraction)`,
    );
  }
  const counts = await store.counts();
  lines.unshift(`documents: ${files.length} (${kilobytes} KB each); graph: ${counts.nodes} nodes, ${counts.relationships} relationships`);
  lines.push(...(await queryLatencies(store)), memoryLine());
  await store.close();
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
